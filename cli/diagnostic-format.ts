// How diagnostics look on a terminal (tsc/rustc style) and in `--json` (LSP's shape). One
// printer for every command that reports diagnostics.
//
//   query.sql:3:10: error FSQL001: Encountered "FORM" at line 3, column 10.
//     3 | SELECT * FORM t
//       |          ^~~~
//
// Positions in the header are 1-based (line:col, col in UTF-16 units as LSP counts them);
// positions in JSON are 0-based as in LSP.
import type { Diagnostic, Severity } from '../engine/diagnostics.ts';
import type { LineIndex } from '../engine/line-index.ts';

export interface Style {
  bold(s: string): string;
  severity(sev: Severity, s: string): string;
  gutter(s: string): string;
}

const plain: Style = { bold: (s) => s, severity: (_sev, s) => s, gutter: (s) => s };
const SGR: Record<Severity, string> = { error: '31', warning: '33', information: '34', hint: '36' };
const ansi: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[0m`,
  severity: (sev, s) => `\x1b[1;${SGR[sev]}m${s}\x1b[0m`,
  gutter: (s) => `\x1b[1;34m${s}\x1b[0m`,
};

export function style(colour: boolean): Style {
  return colour ? ansi : plain;
}

/**
 * Colours only on a terminal, never when NO_COLOR is set to anything but '' (no-color.org);
 * FORCE_COLOR (not '0') turns them on elsewhere, e.g. to test them.
 */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Source order; at one position, the more severe first. Stable otherwise. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) =>
      a.d.range.start.line - b.d.range.start.line ||
      a.d.range.start.character - b.d.range.start.character ||
      RANK[a.d.severity] - RANK[b.d.severity] ||
      a.i - b.i)
    .map((x) => x.d);
}

/** One diagnostic: header, the source line, an underline from the start to the end of the range. */
export function formatDiagnostic(path: string, index: LineIndex, d: Diagnostic, st: Style = plain): string {
  const { start, end } = d.range;
  const line = Math.max(0, Math.min(start.line, index.lineCount - 1));
  const text = index.lineText(line);
  const from = start.line > line ? text.length : Math.max(0, Math.min(start.character, text.length));
  const to = end.line > line ? text.length : Math.max(from, Math.min(end.character, text.length));
  const [first, ...rest] = d.message.split(/\r\n|\n|\r/);
  const out = [
    `${st.bold(`${path}:${start.line + 1}:${start.character + 1}:`)} ${st.severity(d.severity, d.severity)} ${st.severity(d.severity, d.code)}: ${st.bold(first ?? '')}`,
    ...rest.map((l) => (l === '' ? '' : `  ${l}`)),
  ];
  const num = String(line + 1);
  const pad = ' '.repeat(num.length);
  out.push(`${st.gutter(` ${num} |`)} ${text}`);
  const underline = '^' + '~'.repeat(Math.max(0, columns(text, from, to) - 1));
  out.push(`${st.gutter(` ${pad} |`)} ${indentLike(text, from)}${st.severity(d.severity, underline)}`);
  return out.join('\n');
}

/** Blanks that put the caret under the character at `upTo`: tabs stay tabs, a surrogate pair is one column. */
function indentLike(text: string, upTo: number): string {
  let s = '';
  for (let i = 0; i < upTo; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) continue;
    s += c === 9 ? '\t' : ' ';
  }
  return s;
}

/** Terminal columns of text[from, to) counted per code point. */
function columns(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) continue;
    n++;
  }
  return n;
}

export interface Totals {
  files: number;
  unreadable: number;
  counts: Record<Severity, number>;
}

export function emptyTotals(): Totals {
  return { files: 0, unreadable: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 } };
}

export function countInto(totals: Totals, diags: readonly Diagnostic[]): void {
  for (const d of diags) totals.counts[d.severity]++;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** `2 files checked: 1 error, 2 warnings` / `1 file checked: no problems`. */
export function formatSummary(t: Totals, st: Style = plain): string {
  const parts: string[] = [];
  const c = t.counts;
  if (c.error) parts.push(st.severity('error', plural(c.error, 'error', 'errors')));
  if (c.warning) parts.push(st.severity('warning', plural(c.warning, 'warning', 'warnings')));
  if (c.information) parts.push(`${c.information} information`);
  if (c.hint) parts.push(plural(c.hint, 'hint', 'hints'));
  const head = plural(t.files, 'file', 'files') + ' checked' + (t.unreadable ? `, ${t.unreadable} unreadable` : '');
  return `${head}: ${parts.length ? parts.join(', ') : 'no problems'}`;
}

/** Exactly LSP's diagnostic shape, fields in a fixed order, nothing else. */
export function toJson(d: Diagnostic): Diagnostic {
  const p = (x: { line: number; character: number }) => ({ line: x.line, character: x.character });
  return { code: d.code, severity: d.severity, message: d.message, range: { start: p(d.range.start), end: p(d.range.end) } };
}
