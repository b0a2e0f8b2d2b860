// "Generate Sample Data": CSV rows for a table from its DDL, as the datagen connector would make
// them (random values within datagen's default bounds, honouring the table's own
// `fields.<col>.*` options), with event-time columns ascending so windows fire. No `vscode`
// here (unit-tested). The first line is a header naming the columns (the project's CSV
// convention, see ../shared/cases/README.md).
import { analyze } from '../engine/index.ts';
import type { SqlType } from '../engine/index.ts';
import { prng } from '../engine/connectors/sources.ts';

export interface SampleTarget {
  name: string;
  /** the table's `'path'` option when it is a filesystem table */
  path?: string;
  columns: { name: string; type: SqlType }[];
  /** the watermark's column, generated ascending */
  rowtime?: string;
}

/** The tables of a document that sample data can be generated for (physical columns only). */
export function sampleTargets(text: string): SampleTarget[] {
  const a = analyze(text);
  const out: SampleTarget[] = [];
  for (const obj of a.catalog.objects.values()) {
    if (obj.kind !== 'table') continue;
    const t: SampleTarget = { name: obj.name, columns: obj.columns.filter((c) => c.kind === 'physical').map((c) => ({ name: c.name, type: c.type })) };
    if (obj.options['connector'] === 'filesystem' && obj.options['path']) t.path = obj.options['path'];
    if (obj.watermark) t.rowtime = obj.watermark.column;
    out.push(t);
  }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function timestampText(ms: number, precision: number): string {
  const d = new Date(ms);
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return precision > 0 ? `${base}.${pad(d.getUTCMilliseconds(), 3)}` : base;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const START = Date.UTC(2024, 0, 1, 10, 0, 0);

/**
 * `rows` CSV lines (plus the header) for `table` of `text`. Options read from the table's WITH
 * clause: `fields.<col>.min|max|length|null-rate|kind=sequence|start|end`, and `seed`.
 */
export function sampleCsv(text: string, table: string, rows: number, seed?: number): string {
  const a = analyze(text);
  const obj = [...a.catalog.objects.values()].find((o) => o.kind === 'table' && o.name.toLowerCase() === table.toLowerCase());
  if (!obj || obj.kind !== 'table') throw new Error(`no table ${table} in this document`);
  const opts = obj.options;
  const rand = prng(seed ?? Number(opts['seed'] ?? 42));
  const cols = obj.columns.filter((c) => c.kind === 'physical');
  const rowtime = obj.watermark?.column;
  let clock = START;
  const gens = cols.map((c) => {
    const p = `fields.${c.name}.`;
    const ty = c.type;
    const num = (k: string, d: number): number => { const v = Number(opts[p + k]); return Number.isFinite(v) && opts[p + k] !== undefined ? v : d; };
    const nullRate = num('null-rate', 0);
    if (opts[p + 'kind'] === 'sequence') {
      let cur = num('start', 1);
      const end = num('end', Number.MAX_SAFE_INTEGER);
      return (): string => (cur <= end ? String(cur++) : '');
    }
    return (): string => {
      if (c.name === rowtime) {
        clock += 1000 + Math.floor(rand() * 4000);
        return timestampText(clock, ty.precision ?? 3);
      }
      if (nullRate > 0 && rand() < nullRate) return '';
      switch (ty.name) {
        case 'TINYINT': case 'SMALLINT': case 'INT': case 'BIGINT': {
          const min = num('min', 0), max = num('max', ty.name === 'TINYINT' ? 127 : 1000);
          return String(min + Math.floor(rand() * (max - min + 1)));
        }
        case 'FLOAT': case 'DOUBLE': return String(Math.round((num('min', 0) + rand() * (num('max', 1000) - num('min', 0))) * 1000) / 1000);
        case 'DECIMAL': {
          const scale = ty.scale ?? 0;
          return (num('min', 0) + rand() * (num('max', 1000) - num('min', 0))).toFixed(scale);
        }
        case 'BOOLEAN': return rand() < 0.5 ? 'true' : 'false';
        case 'TIMESTAMP': case 'TIMESTAMP_LTZ':
          return timestampText(START + Math.floor(rand() * 3_600_000), ty.precision ?? 3);
        case 'DATE': return timestampText(START - Math.floor(rand() * 30) * 86_400_000, 0).slice(0, 10);
        case 'TIME': return timestampText(START + Math.floor(rand() * 86_400_000), 0).slice(11);
        default: {
          const len = Math.max(1, Math.min(num('length', 8), ty.precision ?? 8));
          let s = '';
          for (let i = 0; i < len; i++) s += 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)];
          return s;
        }
      }
    };
  });
  const lines = [cols.map((c) => c.name).join(',')];
  for (let i = 0; i < rows; i++) lines.push(gens.map((g) => csvField(g())).join(','));
  return lines.join('\n') + '\n';
}
