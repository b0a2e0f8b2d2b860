// ARRAY_* and MAP_* functions as Flink 2.3.0 computes them.
import type { CallSite, CompiledCall } from './index.ts';

export function compileCollectionCall(site: CallSite): CompiledCall | undefined {
  switch (site.name) {
    default: return undefined;
  }
}
