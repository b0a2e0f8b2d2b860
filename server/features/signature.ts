// Signature help for built-in functions: the innermost open call around the cursor, the active
// parameter counted by top-level commas.
import type { SignatureHelp } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import { functionDoc, signatureLabel } from '../knowledge/functions.ts';

export function signatureHelp(a: Analysis, offset: number): SignatureHelp | null {
  const toks = a.model.tokens;
  let depth = 0;
  let commas = 0;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    if (t.start >= offset) continue;
    if (t.kind !== 'punct') continue;
    if (t.text === ';') return null;
    if (t.text === ')') depth++;
    else if (t.text === '(') {
      if (depth > 0) { depth--; continue; }
      const name = toks[i - 1];
      const fn = name && (name.kind === 'word') ? functionDoc(name.upper) : undefined;
      if (!fn) { commas = 0; continue; } // a parenthesised expression: look further out
      const signatures = fn.signatures.map((s, k) => ({
        label: signatureLabel(fn, k),
        documentation: fn.description,
        parameters: s.params.map((p) => ({ label: p })),
      }));
      let active = signatures.findIndex((s) => s.parameters.length > commas || s.parameters.some((p) => p.label.includes('...')));
      if (active < 0) active = signatures.length - 1;
      const params = signatures[active]!.parameters;
      const variadic = params.length > 0 && params[params.length - 1]!.label.includes('...');
      return { signatures, activeSignature: active, activeParameter: variadic ? Math.min(commas, params.length - 1) : commas };
    } else if (t.text === ',' && depth === 0) commas++;
  }
  return null;
}
