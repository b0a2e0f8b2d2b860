// Outline: one symbol per statement; declarations carry their columns (and watermark) as children.
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';

const KIND: Record<string, SymbolKind> = {
  table: SymbolKind.Class,
  'materialized table': SymbolKind.Class,
  view: SymbolKind.Interface,
  function: SymbolKind.Function,
  catalog: SymbolKind.Namespace,
  database: SymbolKind.Namespace,
  model: SymbolKind.Object,
};

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const { doc, model } = a;
  const range = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
  const out: DocumentSymbol[] = [];
  for (const st of model.statements) {
    const full = range(st.span.start, st.span.endWithSemicolon);
    const d = st.decl;
    if (d) {
      const children: DocumentSymbol[] = d.columns.map((c) => ({
        name: c.name,
        detail: c.kind === 'computed' ? (c.expr ? `AS ${c.expr}` : '') : c.type + (c.kind === 'metadata' ? ' METADATA' : ''),
        kind: SymbolKind.Field,
        range: range(c.start, c.end),
        selectionRange: range(c.start, c.end),
      }));
      if (d.watermark) {
        children.push({ name: `WATERMARK FOR ${d.watermark.column}`, detail: d.watermark.expr, kind: SymbolKind.Event, range: range(d.watermark.start, d.watermark.end), selectionRange: range(d.watermark.start, d.watermark.end) });
      }
      const connector = d.options.find((o) => o.key === 'connector')?.value;
      const sym: DocumentSymbol = { name: d.name, detail: connector ? `${st.label} · ${connector}` : st.label, kind: KIND[d.kind] ?? SymbolKind.Object, range: full, selectionRange: range(d.start, d.end) };
      if (children.length) sym.children = children;
      out.push(sym);
      continue;
    }
    const first = st.tokens[0]!;
    let name = st.label;
    if (st.target) name = `INSERT INTO ${st.target.table}`;
    else if (st.label === 'SELECT' && st.sources.length) name = `SELECT FROM ${[...new Set(st.sources.map((s) => s.table))].join(', ')}`;
    else if (st.label === 'SET' || st.label.startsWith('SET ')) name = model.text.slice(st.span.start, st.span.end).replace(/\s+/g, ' ').slice(0, 60);
    out.push({ name, kind: st.target ? SymbolKind.Event : SymbolKind.Operator, range: full, selectionRange: range(first.start, first.end) });
  }
  return out;
}
