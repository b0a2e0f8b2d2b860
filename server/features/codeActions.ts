// Quick fixes for what the Flink-specific diagnostics name: add a WATERMARK, add a
// `PRIMARY KEY (...) NOT ENFORCED`, switch a `kafka` sink to `upsert-kafka` (key and value
// formats), and bound the state with `SET 'table.exec.state.ttl'`. Offered where the cursor
// (or a diagnostic) is; each diagnostic of the request whose code/message is about the fault is
// attached, so the editor shows the fix on it.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import type { DeclInfo, StatementInfo } from '../model.ts';
import { findDecl, visibleDecls } from '../model.ts';
import { connectorByName } from '../../engine/knowledge/connectors.ts';

/** Which fix a diagnostic asks for, from its message (stable codes to be matched as the engine defines them). */
function wants(d: Diagnostic, fix: 'watermark' | 'primaryKey' | 'upsert' | 'ttl'): boolean {
  const m = (typeof d.message === 'string' ? d.message : d.message.value).toLowerCase();
  // codes whose fix is known: the state TTL for FSQL200; none of these for the others
  if (d.code === 'FSQL200') return fix === 'ttl';
  if (d.code === 'FSQL120' || d.code === 'FSQL121' || d.code === 'FSQL201') return false;
  switch (fix) {
    case 'watermark': return m.includes('time attribute') || m.includes('watermark');
    case 'primaryKey': return m.includes('primary key');
    case 'upsert': return m.includes('update changes') || m.includes('append-only') || m.includes('upsert-kafka');
    case 'ttl': return m.includes('ttl') || m.includes('unbounded state') || m.includes('state.ttl');
  }
}

const TIMESTAMP3 = /^TIMESTAMP(_LTZ)?\s*\(\s*3\s*\)|^TIMESTAMP\s*\(\s*3\s*\)\s+WITH LOCAL TIME ZONE/i;

export function codeActions(a: Analysis, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const { doc, model } = a;
  const start = doc.offsetAt(range.start), end = doc.offsetAt(range.end);
  const out: CodeAction[] = [];
  const pos = (o: number) => doc.positionAt(o);
  const edit = (edits: TextEdit[]) => ({ changes: { [a.uri]: edits } });
  // one element per line in a multi-line schema, else on the same line
  const sep = (d: DeclInfo) => (d.schema && model.text.slice(d.schema.open, d.schema.close).includes('\n') ? ',\n  ' : ', ');
  const attach = (fix: Parameters<typeof wants>[1]) => diagnostics.filter((d) => wants(d, fix));
  model.statements.forEach((st, si) => {
    if (st.span.endWithSemicolon < start || st.span.start > end) return;
    const decls = visibleDecls(model, a.external, si);
    const tables: DeclInfo[] = [];
    if (st.decl?.kind === 'table') tables.push(st.decl);
    for (const s of [...st.sources, ...(st.target ? [st.target] : [])]) {
      const d = findDecl(decls, s.table);
      if (d && d.kind === 'table' && !d.source && !tables.includes(d)) tables.push(d);
    }
    for (const d of tables) {
      const connector = d.options.find((o) => o.key === 'connector');
      // add a WATERMARK on the first TIMESTAMP(3) / TIMESTAMP_LTZ(3) column
      if (!d.watermark && d.schema && (st.decl === d || attach('watermark').length)) {
        const col = d.columns.find((c) => c.kind !== 'computed' && TIMESTAMP3.test(c.type));
        if (col) {
          const diags = attach('watermark');
          out.push({
            title: `Add WATERMARK FOR ${col.name} (event time, 5 seconds out of order)`,
            kind: CodeActionKind.QuickFix,
            ...(diags.length ? { diagnostics: diags, isPreferred: true } : {}),
            edit: edit([{ range: { start: pos(d.schema.lastElementEnd), end: pos(d.schema.lastElementEnd) }, newText: `${sep(d)}WATERMARK FOR ${col.name} AS ${col.name} - INTERVAL '5' SECOND` }]),
          });
        }
      }
      const spec = connectorByName(connector?.value);
      // add a primary key where the connector needs one (upsert-kafka) or a diagnostic asks
      if (d.primaryKey.length === 0 && d.schema && d.columns.length && (spec?.requiresPrimaryKey || attach('primaryKey').length)) {
        const key = d.columns.find((c) => c.kind === 'physical')?.name ?? d.columns[0]!.name;
        const diags = attach('primaryKey');
        out.push({
          title: `Add PRIMARY KEY (${key}) NOT ENFORCED`,
          kind: CodeActionKind.QuickFix,
          ...(diags.length ? { diagnostics: diags, isPreferred: true } : {}),
          edit: edit([{ range: { start: pos(d.schema.lastElementEnd), end: pos(d.schema.lastElementEnd) }, newText: `${sep(d)}PRIMARY KEY (${key}) NOT ENFORCED` }]),
        });
      }
      // kafka -> upsert-kafka: the connector, key.format/value.format, a primary key, and no
      // source-only options (upsert-kafka has no scan.startup.mode)
      if (connector?.value === 'kafka' && (st.target?.table === d.name || st.decl === d)) {
        const edits: TextEdit[] = [{ range: { start: pos(connector.valueStart), end: pos(connector.valueEnd) }, newText: "'upsert-kafka'" }];
        const fmt = d.options.find((o) => o.key === 'format');
        const vfmt = d.options.find((o) => o.key === 'value.format');
        const format = (fmt ?? vfmt)?.value || 'json';
        if (fmt) edits.push({ range: { start: pos(fmt.keyStart), end: pos(fmt.keyEnd) }, newText: "'value.format'" });
        if (!d.options.some((o) => o.key === 'key.format') && d.withRange) {
          const last = d.options[d.options.length - 1];
          const at = last ? last.valueEnd : d.withRange.start;
          edits.push({ range: { start: pos(at), end: pos(at) }, newText: `${last ? ',' : ''}\n  'key.format' = '${format}'` });
        }
        for (const o of d.options) {
          if (!o.key.startsWith('scan.') && o.key !== 'topic-pattern' && o.key !== 'properties.group.id' && o.key !== 'sink.partitioner') continue;
          // remove the whole `'k' = 'v',` entry
          const text = model.text;
          let s0 = o.keyStart, e0 = o.valueEnd;
          const after = /^\s*,/.exec(text.slice(e0));
          if (after) e0 += after[0].length;
          else { const before = /,\s*$/.exec(text.slice(0, s0)); if (before) s0 -= before[0].length; }
          while (s0 > 0 && (text[s0 - 1] === ' ' || text[s0 - 1] === '\t')) s0--;
          if (text[s0 - 1] === '\n' && after) s0--;
          edits.push({ range: { start: pos(s0), end: pos(e0) }, newText: '' });
        }
        if (d.primaryKey.length === 0 && d.schema && d.columns.length) {
          const key = d.columns.find((c) => c.kind === 'physical')?.name ?? d.columns[0]!.name;
          edits.push({ range: { start: pos(d.schema.lastElementEnd), end: pos(d.schema.lastElementEnd) }, newText: `${sep(d)}PRIMARY KEY (${key}) NOT ENFORCED` });
        }
        const diags = attach('upsert');
        out.push({
          title: `Switch ${d.name} from kafka to upsert-kafka (accepts updates and deletes, keyed by the primary key)`,
          kind: CodeActionKind.QuickFix,
          ...(diags.length ? { diagnostics: diags, isPreferred: true } : {}),
          edit: edit(sortEdits(edits, a)),
        });
      }
    }
    // unbounded state: a GROUP BY without a window, or a regular join
    if (isUnboundedStateful(st) && !model.statements.some((x) => /table\.exec\.state\.ttl/i.test(model.text.slice(x.span.start, x.span.end)))) {
      const diags = attach('ttl');
      const at = pos(st.span.start);
      out.push({
        title: "Bound the state: SET 'table.exec.state.ttl' = '1 h' before this statement",
        kind: CodeActionKind.QuickFix,
        ...(diags.length ? { diagnostics: diags } : {}),
        edit: edit([{ range: { start: { line: at.line, character: 0 }, end: { line: at.line, character: 0 } }, newText: "SET 'table.exec.state.ttl' = '1 h';\n" }]),
      });
    }
  });
  out.push(...didYouMeanFixes(a, diagnostics), ...onConflictFixes(a, diagnostics));
  return out;
}

/** "Did you mean 'x'?" (unknown table, column, function, option key or value): replace the name. */
function didYouMeanFixes(a: Analysis, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const msg = typeof d.message === 'string' ? d.message : d.message.value;
    const m = /Did you mean '([^']+)'\?/.exec(msg);
    if (!m) continue;
    const want = m[1]!;
    const from = a.doc.offsetAt(d.range.start);
    const text = a.doc.getText(d.range);
    let len: number, newText: string;
    if (/^'[^']*'$/.test(text)) { len = text.length; newText = `'${want.replace(/'/g, "''")}'`; }
    else if (/^`[^`]*`$/.test(text)) { len = text.length; newText = `\`${want}\``; }
    else {
      const id = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text);
      if (!id || (id[0].length < text.length && !/^\s*\(/.test(text.slice(id[0].length)))) continue;
      len = id[0].length;
      newText = /^[A-Za-z_][A-Za-z0-9_]*$/.test(want) ? want : `\`${want}\``;
    }
    out.push({
      title: `Change to '${want}'`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [d],
      edit: { changes: { [a.uri]: [{ range: { start: d.range.start, end: a.doc.positionAt(from + len) }, newText }] } },
    });
  }
  return out;
}

/** Flink 2.3 asks for ON CONFLICT when the query's upsert key is not the sink's primary key. */
function onConflictFixes(a: Analysis, diagnostics: Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const msg = typeof d.message === 'string' ? d.message : d.message.value;
    if (!msg.includes('Please specify an ON CONFLICT clause')) continue;
    const text = a.doc.getText(d.range);
    if (!/^\s*INSERT\b/i.test(text) || /\bON\s+CONFLICT\b/i.test(text)) continue;
    out.push({
      title: 'Add ON CONFLICT DO DEDUPLICATE (the latest row per primary key wins; keeps the history in state)',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [a.uri]: [{ range: { start: d.range.end, end: d.range.end }, newText: '\nON CONFLICT DO DEDUPLICATE' }] } },
    });
  }
  return out;
}

function isUnboundedStateful(st: StatementInfo): boolean {
  const t = st.tokens;
  if (st.decl && st.decl.kind === 'table' && !t.some((x) => x.upper === 'SELECT')) return false;
  const windowed = t.some((x) => x.upper === 'TUMBLE' || x.upper === 'HOP' || x.upper === 'CUMULATE' || x.upper === 'SESSION' || x.upper === 'WINDOW_START');
  const grouped = t.some((x, i) => x.upper === 'GROUP' && t[i + 1]?.upper === 'BY');
  const joined = t.some((x) => x.upper === 'JOIN');
  return (grouped && !windowed) || (joined && !windowed && !t.some((x) => x.upper === 'SYSTEM_TIME'));
}

function sortEdits(edits: TextEdit[], a: Analysis): TextEdit[] {
  return [...edits].sort((x, y) => a.doc.offsetAt(x.range.start) - a.doc.offsetAt(y.range.start));
}
