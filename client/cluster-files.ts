// The files of a cluster run ("Run on Flink Cluster", `flinksql run --gateway`). The embedded
// engine resolves a filesystem table's relative 'path' against the document's folder and reads a
// CSV file's first line as its header; a Flink cluster resolves paths against its own working
// directory, and Flink's csv format has no header line (the first line is a row). So that one
// document gives the same rows on both, each statement is rewritten before it is sent:
//   - a local 'path' (relative, absolute or file:) of a 'filesystem' table becomes absolute;
//   - a CSV file is sent as a copy without its first line, in a temporary folder (a path with a
//     scheme such as s3:// or hdfs://, a folder, and a file that is not there are left to Flink).
// The cluster must see this machine's files (a local cluster, or a shared filesystem). Flink's
// error positions are in the statement as sent; `toOriginal` maps an offset back.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../engine/syntax/parse.ts';
import type { StringLiteral } from '../engine/syntax/ast.ts';
import { LineIndex } from '../engine/line-index.ts';

export interface RewrittenStatement {
  sql: string;
  /** An offset in `sql` as the offset in the statement before the rewrite. */
  toOriginal(offset: number): number;
}

export interface ClusterFiles {
  rewrite(statement: string): RewrittenStatement;
  /** What was changed, one line each (for the log). */
  readonly notes: string[];
  /** The temporary folder of the copies, if any was made. */
  readonly folder: string | undefined;
  /** Removes the copies (not after an INSERT: its job may read them later). */
  dispose(): void;
}

interface Edit { start: number; end: number; replacement: string }

// a URI scheme (s3:, hdfs:, file:); one letter is a Windows drive (C:\data)
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]+):/;
const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function clusterFiles(baseDir: string): ClusterFiles {
  const notes: string[] = [];
  let folder: string | undefined;
  const copies = new Map<string, string>();
  const noted = new Set<string>();

  /** The path to send for a local file, or undefined to leave the option as it is. */
  const localPath = (value: string, csv: boolean): string | undefined => {
    const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'file') return undefined;
    let abs: string;
    try {
      abs = scheme === 'file' ? fileURLToPath(value) : resolve(baseDir, value);
    } catch {
      return undefined;
    }
    let isFile = false;
    try { isFile = statSync(abs).isFile(); } catch { /* Flink reports a missing file */ }
    if (!csv || !isFile) return abs === value ? undefined : abs;
    let copy = copies.get(abs);
    if (!copy) {
      if (!folder) {
        folder = mkdtempSync(join(tmpdir(), 'flinksql-cluster-'));
        // a local cluster may run as another user: it reads the copies as it would the originals
        chmodSync(folder, 0o755);
      }
      copy = join(folder, `${copies.size}-${basename(abs)}`);
      const text = readFileSync(abs, 'utf8');
      const nl = text.indexOf('\n');
      writeFileSync(copy, nl < 0 ? '' : text.slice(nl + 1));
      copies.set(abs, copy);
      noted.add(value);
      notes.push(`'${value}': sent as ${copy}, the CSV file without its header line (Flink would read it as a row)`);
    }
    return copy;
  };

  const rewrite = (statement: string): RewrittenStatement => {
    const same = { sql: statement, toOriginal: (o: number) => o };
    if (!/'path'/i.test(statement)) return same;
    const s = parse(statement).statements[0];
    if (!s || s.kind !== 'CreateTable') return same;
    const option = (key: string): StringLiteral | undefined => s.options.find((o) => o.key.value.toLowerCase() === key)?.value;
    if (option('connector')?.value.toLowerCase() !== 'filesystem') return same;
    const path = option('path');
    if (!path) return same;
    const to = localPath(path.value, option('format')?.value.toLowerCase() === 'csv');
    if (to === undefined) return same;
    const index = new LineIndex(statement);
    const edit: Edit = { start: index.offsetAt(path.range.start), end: index.offsetAt(path.range.end), replacement: quote(to) };
    if (!noted.has(path.value)) {
      noted.add(path.value);
      notes.push(`'${path.value}': sent as ${to}`);
    }
    return apply(statement, [edit]);
  };

  return {
    rewrite,
    notes,
    get folder() { return folder; },
    dispose: () => { if (folder) rmSync(folder, { recursive: true, force: true }); },
  };
}

/** The statement with the edits (ascending, not overlapping) made, and the way back. */
function apply(text: string, edits: Edit[]): RewrittenStatement {
  let sql = '';
  let at = 0;
  // [start in sql, end in sql, start in text, end in text] of each replacement
  const spans: [number, number, number, number][] = [];
  for (const e of edits) {
    sql += text.slice(at, e.start);
    spans.push([sql.length, sql.length + e.replacement.length, e.start, e.end]);
    sql += e.replacement;
    at = e.end;
  }
  sql += text.slice(at);
  return {
    sql,
    toOriginal(offset: number): number {
      let delta = 0;
      for (const [s, e, os, oe] of spans) {
        if (offset < s) break;
        if (offset < e) return os;
        delta = oe - e;
      }
      return offset + delta;
    },
  };
}
