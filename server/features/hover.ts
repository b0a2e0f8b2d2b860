// Hover: what a name is in Flink's terms. Columns: type, and for time attributes what kind of
// time they carry and what that means for windows; tables: schema, connector and changelog;
// built-in functions: signatures; WITH options: the connector's documentation of the key.
import { MarkupKind } from 'vscode-languageserver';
import type { Hover } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';
import type { ColumnInfo, DeclInfo } from '../model.ts';
import { findDecl, statementAt, tokenAt, visibleDecls } from '../model.ts';
import { functionDoc, signatureLabel } from '../knowledge/functions.ts';
import { connectorByName, findOption, formatByName } from '../../engine/knowledge/connectors.ts';
import { nameOf } from '../lexer.ts';
import { changelogHover } from './changelog.ts';
import { WINDOW_COLUMNS } from './completion.ts';
import { KEYWORD_DOCS } from '../knowledge/keywords.ts';

export function isProctime(c: ColumnInfo): boolean {
  return c.kind === 'computed' && /^PROCTIME\s*\(\s*\)$/i.test((c.expr ?? '').trim());
}

export function columnMarkdown(d: DeclInfo, c: ColumnInfo): string {
  const lines: string[] = [];
  if (c.kind === 'computed') lines.push('```flinksql\n' + `${c.name} AS ${c.expr}` + '\n```');
  else lines.push('```flinksql\n' + `${c.name} ${c.type}${c.kind === 'metadata' ? ' METADATA' : ''}` + '\n```');
  lines.push(`Column of ${d.kind} \`${d.name}\`${d.primaryKey.includes(c.name) ? ' (primary key)' : ''}.`);
  if (d.watermark && d.watermark.column === c.name) {
    lines.push(
      `**Event-time attribute** (rowtime): \`WATERMARK FOR ${c.name} AS ${d.watermark.expr}\`.` +
        (d.watermark.delay
          ? ` Watermarks trail the largest \`${c.name}\` seen by ${d.watermark.delay}: rows up to that much out of order are still on time.`
          : ' The watermark is the strategy expression over the largest value seen (no delay: any row older than the newest is late).'),
      'Window TVFs (TUMBLE, HOP, CUMULATE, SESSION), OVER aggregates and interval joins may use it: a window fires when the watermark passes its end, and rows arriving after that are dropped as late. A regular join or GROUP BY over it materializes it into a plain TIMESTAMP.',
    );
  } else if (isProctime(c)) {
    lines.push(
      '**Processing-time attribute** (proctime): the wall-clock time of the machine when the row is processed, TIMESTAMP_LTZ(3).',
      'Windows on it fire by the clock, so their results depend on when rows arrive and are not reproducible; use an event-time attribute (WATERMARK) for deterministic windows.',
    );
  } else if (/^TIMESTAMP(_LTZ)?\s*\(\s*3\s*\)$|^TIMESTAMP(_LTZ)?$|^TIMESTAMP\s*\(\s*3\s*\)\s+WITH LOCAL TIME ZONE$/i.test(c.type) && c.kind !== 'computed') {
    lines.push(`Not a time attribute: window TVFs and OVER windows need \`WATERMARK FOR ${c.name} AS ${c.name} - INTERVAL '5' SECOND\` (event time) or a \`PROCTIME()\` column.`);
  }
  if (c.comment) lines.push(c.comment);
  return lines.join('\n\n');
}

export function tableMarkdown(d: DeclInfo): string {
  const cols = d.columns.map((c) => `  ${c.name} ${c.kind === 'computed' ? 'AS ' + c.expr : c.type}`).join(',\n');
  const parts = ['```flinksql\n' + `${d.kind === 'cte' ? 'WITH' : 'CREATE ' + d.kind.toUpperCase()} ${d.name}${cols ? ` (\n${cols}\n)` : ''}` + '\n```'];
  const connector = d.options.find((o) => o.key === 'connector')?.value;
  const spec = connectorByName(connector);
  if (connector) parts.push(`Connector \`${connector}\`${spec ? `: ${spec.description}` : ''}`);
  if (d.watermark) parts.push(`Event time: \`${d.watermark.column}\` (watermark \`${d.watermark.expr}\`).`);
  const pt = d.columns.find(isProctime);
  if (pt) parts.push(`Processing time: \`${pt.name}\`.`);
  if (d.primaryKey.length) parts.push(`Primary key: ${d.primaryKey.map((k) => `\`${k}\``).join(', ')}.`);
  if (d.kind === 'function' && d.className) parts.push(`Implemented by \`${d.className}\`.`);
  if (d.source) parts.push(`Declared in ${d.source}.`);
  return parts.join('\n\n');
}

export function hover(a: Analysis, offset: number, catalogText = ''): Hover | null {
  const { model, doc } = a;
  const ti = tokenAt(model.tokens, offset);
  if (ti < 0) return null;
  const t = model.tokens[ti]!;
  const range = { start: doc.positionAt(t.start), end: doc.positionAt(t.end) };
  const md = (value: string): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });
  const si = statementAt(model, offset);
  const decls = visibleDecls(model, a.external, Math.max(si, 0));
  // a name that refers to a declaration
  const ref = model.refs.find((r) => r.start === t.start);
  if (ref) {
    const d = findDecl(decls, ref.table);
    if (d) {
      if (ref.column) {
        const c = d.columns.find((x) => x.name === ref.column);
        if (c) return md(columnMarkdown(d, c));
      } else return md(tableMarkdown(d));
    }
  }
  // a string in WITH (...): option key or value
  if (t.kind === 'string' && si >= 0) {
    const st = model.statements[si]!;
    const d = st.decl;
    if (d) {
      const opt = d.options.find((o) => o.keyStart === t.start || o.valueStart === t.start);
      if (opt) {
        const connector = d.options.find((o) => o.key === 'connector')?.value;
        const all = Object.fromEntries(d.options.map((o) => [o.key, o.value]));
        if (opt.keyStart === t.start) {
          const spec = findOption(connector, opt.key, all);
          if (spec) {
            const meta = [spec.required ? 'required' : 'optional', spec.type, spec.default !== undefined ? `default \`${spec.default}\`` : '', spec.values ? `one of ${spec.values.map((v) => `\`${v}\``).join(', ')}` : ''].filter(Boolean).join(' · ');
            return md(`**'${opt.key}'**${connector && opt.key !== 'connector' ? ` (${connector})` : ''}\n\n${spec.description}\n\n${meta}`);
          }
          return md(`**'${opt.key}'**: not an option of ${connector ? `the \`${connector}\` connector` : 'this table'}.`);
        }
        if (opt.key === 'connector') {
          const c = connectorByName(opt.value);
          if (c) return md(`Connector **${c.name}**: ${c.description}`);
        }
        if (opt.key.endsWith('format')) {
          const f = formatByName(opt.value);
          if (f) return md(`Format **${f.name}**: ${f.description}`);
        }
      }
    }
    return null;
  }
  if (t.kind !== 'word' && t.kind !== 'quoted') return null;
  // the first keyword of a query or INSERT: its changelog
  if (si >= 0) {
    const st = model.statements[si]!;
    if ((st.label === 'SELECT' || st.label === 'INSERT') && st.tokens[0] === t) {
      const text = changelogHover(a, st, catalogText);
      if (text) return md(text);
    }
  }
  // a function call
  const next = model.tokens[ti + 1];
  const fn = functionDoc(t.upper);
  if (fn && (next?.text === '(' || ['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'LOCALTIMESTAMP'].includes(t.upper))) {
    const sigs = fn.signatures.map((_, i) => signatureLabel(fn, i)).join('\n');
    return md('```flinksql\n' + sigs + '\n```\n\n' + fn.description);
  }
  // window_start / window_end / window_time of a window TVF
  if (si >= 0) {
    const src = model.statements[si]!.sources.find((x) => x.windowTvf);
    const w = WINDOW_COLUMNS.find((c) => c.name === nameOf(t));
    if (src && w) return md('```flinksql\n' + `${w.name} ${w.type}` + '\n```\n\n' + `Added by ${src.windowTvf}(TABLE ${src.table}, ...). ${w.doc}`);
  }
  // Flink-specific keywords
  if (t.kind === 'word' && t.keyword && KEYWORD_DOCS[t.upper]) return md(KEYWORD_DOCS[t.upper]!);
  // a declared name not resolved as a reference (e.g. in DROP TABLE t)
  const d = findDecl(decls, nameOf(t));
  if (d && d.kind !== 'function' && !(model.tokens[ti - 1]?.text === '.')) return md(tableMarkdown(d));
  if (d && d.kind === 'function') return md(tableMarkdown(d));
  return null;
}
