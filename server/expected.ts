// Keywords the parser accepts at the end of `textBefore` (its follow set), when the parser
// exposes it. The parser module (engine/syntax/) is expected to export
// `expectedTokens(text): string[]` (keyword images, upper case); until it does, this returns
// undefined and completion falls back to the keywords of the clause the cursor is in.
import * as parser from '../engine/syntax/parse.ts';

type Expected = (text: string) => string[] | undefined;
// looked up by a computed name: the export does not exist yet and the bundler must not warn
const EXPORT_NAME = ['expected', 'Tokens'].join('');

export function expectedKeywords(textBefore: string): string[] | undefined {
  const fn = (parser as unknown as Record<string, unknown>)[EXPORT_NAME] as Expected | undefined;
  if (typeof fn !== 'function') return undefined;
  try {
    const r = fn(textBefore);
    if (!Array.isArray(r) || r.length === 0) return undefined;
    return [...new Set(r.filter((w) => /^[A-Z_][A-Z0-9_ ]*$/.test(w)))];
  } catch {
    return undefined;
  }
}
