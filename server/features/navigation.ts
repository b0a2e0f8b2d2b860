// Go to definition, references and rename for tables, views and columns, over the model's
// resolved references (a column is identified by its table and name).
import { DocumentHighlightKind } from 'vscode-languageserver';
import type { DocumentHighlight, Location, Range, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../server.ts';
import type { DeclInfo, RefInfo } from '../model.ts';
import { findDecl, statementAt, tokenAt, visibleDecls } from '../model.ts';
import { nameOf } from '../lexer.ts';

function refAt(a: Analysis, offset: number): RefInfo | undefined {
  const ti = tokenAt(a.model.tokens, offset);
  if (ti < 0) return undefined;
  const t = a.model.tokens[ti]!;
  const ref = a.model.refs.find((r) => r.start === t.start);
  if (ref) return ref;
  // a declared table named outside FROM/INTO (DROP TABLE t, DESCRIBE t)
  if (t.kind !== 'word' && t.kind !== 'quoted') return undefined;
  const d = findDecl(visibleDecls(a.model, a.external, Math.max(statementAt(a.model, offset), 0)), nameOf(t));
  if (d && d.kind !== 'cte' && a.model.tokens[ti - 1]?.text !== '.') return { start: t.start, end: t.end, table: d.name, declaration: false };
  return undefined;
}

function declLocation(a: Analysis, d: DeclInfo, column?: string): Location | null {
  const target = column ? d.columns.find((c) => c.name === column) : d;
  if (!target) return null;
  if (d.source) {
    const other = TextDocument.create(d.source, 'flinksql', 0, d.sourceText ?? '');
    return { uri: d.source, range: { start: other.positionAt(target.start), end: other.positionAt(target.end) } };
  }
  return { uri: a.uri, range: { start: a.doc.positionAt(target.start), end: a.doc.positionAt(target.end) } };
}

export function definition(a: Analysis, offset: number): Location | null {
  const ref = refAt(a, offset);
  if (!ref) return null;
  const d = findDecl(visibleDecls(a.model, a.external, Math.max(statementAt(a.model, offset), 0)), ref.table);
  return d ? declLocation(a, d, ref.column) : null;
}

function sameTarget(r: RefInfo, ref: RefInfo): boolean {
  return r.table === ref.table && r.column === ref.column;
}

export function references(a: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const ref = refAt(a, offset);
  if (!ref) return [];
  const out: Location[] = [];
  for (const r of a.model.refs) {
    if (!sameTarget(r, ref) || (r.declaration && !includeDeclaration)) continue;
    out.push({ uri: a.uri, range: { start: a.doc.positionAt(r.start), end: a.doc.positionAt(r.end) } });
  }
  if (includeDeclaration && !a.model.refs.some((r) => r.declaration && sameTarget(r, ref))) {
    const d = findDecl(a.external, ref.table);
    const loc = d ? declLocation(a, d, ref.column) : null;
    if (loc) out.unshift(loc);
  }
  return out;
}

export function prepareRename(a: Analysis, offset: number): { range: Range; placeholder: string } | null {
  const ref = refAt(a, offset);
  if (!ref) return null;
  return { range: { start: a.doc.positionAt(ref.start), end: a.doc.positionAt(ref.end) }, placeholder: ref.column ?? ref.table };
}

/** A name as Flink needs it written: back-quoted unless a plain, non-reserved identifier. */
export function quoteName(name: string, reserved: (upper: string) => boolean): string {
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) && !reserved(name.toUpperCase()) ? name : '`' + name.replace(/`/g, '``') + '`';
}

export function rename(a: Analysis, offset: number, newName: string, reserved: (upper: string) => boolean = () => false): WorkspaceEdit | null {
  const ref = refAt(a, offset);
  if (!ref) return null;
  const text = quoteName(newName.replace(/^`|`$/g, ''), reserved);
  const edits = a.model.refs.filter((r) => sameTarget(r, ref)).map((r) => ({ range: { start: a.doc.positionAt(r.start), end: a.doc.positionAt(r.end) }, newText: text }));
  if (!edits.some((e) => a.doc.offsetAt(e.range.start) === ref.start)) edits.push({ range: { start: a.doc.positionAt(ref.start), end: a.doc.positionAt(ref.end) }, newText: text });
  return { changes: { [a.uri]: edits } };
}

/** Every occurrence of the table or column under the cursor in this document. */
export function documentHighlights(a: Analysis, offset: number): DocumentHighlight[] {
  const ref = refAt(a, offset);
  if (!ref) return [];
  return a.model.refs
    .filter((r) => sameTarget(r, ref))
    .map((r) => ({ range: { start: a.doc.positionAt(r.start), end: a.doc.positionAt(r.end) }, kind: r.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
