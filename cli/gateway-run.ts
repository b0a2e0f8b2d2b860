// flinksql run FILE --gateway URL [--mode streaming|batch] [--format changelog|tableau|json] [--max-rows N]
// The file's statements on a Flink cluster through its SQL Gateway (client/gateway.ts), printed
// with the same code as local runs (engine/index.ts): a rejected query prints
// `ERROR <class>: <message>` and exits 1 (Flink's position, mapped into FILE, goes to stderr);
// no gateway at URL: a message on stderr, exit 2. Ctrl-C closes the operation (cancels the job).
import { dirname, resolve } from 'node:path';
import { parseRunArgs } from './run-args.ts';
import { changelogLine, jsonLine, tableau } from '../engine/index.ts';
import type { Change, Field } from '../engine/index.ts';
import { executeOnGateway } from '../client/gateway.ts';

export const GATEWAY_USAGE = 'usage: flinksql run FILE --gateway URL [--mode streaming|batch] [--format changelog|tableau|json] [--max-rows N]';

export async function gatewayRunCommand(args: string[]): Promise<number> {
  const parsed = parseRunArgs(args, GATEWAY_USAGE);
  if (typeof parsed === 'number') return parsed;
  const { file, text, gateway, mode, format, maxRows } = parsed;
  if (!gateway) { console.error(GATEWAY_USAGE); return 2; }

  const ac = new AbortController();
  const onSignal = (): void => ac.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const out: string[] = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
  let columns: Field[] = [];
  const all: Change[] = [];
  const res = await executeOnGateway({
    gatewayUrl: gateway, text, signal: ac.signal, maxRows,
    // relative paths and CSV headers as the embedded engine reads them (client/cluster-files.ts)
    baseDir: file === '-' ? process.cwd() : dirname(resolve(file)),
    ...(mode ? { properties: { 'execution.runtime-mode': mode } } : {}),
    onColumns: (c) => { columns = c; },
    onRows: (rows) => {
      for (const r of rows) {
        const c: Change = { kind: r.kind, fields: r.fields, cause: null };
        if (format === 'tableau') all.push(c);
        else out.push(format === 'json' ? jsonLine(c, columns) : changelogLine(c, columns));
      }
      // Rows come at the cluster's pace: print each page as it arrives (what the gateway
      // handed out is what Flink's collect() gave; a later failure does not take it back).
      flush();
    },
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (res.error?.unreachable) {
    console.error(`flinksql run: ${res.error.message}`);
    return 2;
  }
  flush();
  if (res.error) {
    process.stdout.write(`ERROR ${res.error.className}: ${res.error.message}\n`);
    const l = res.error.location;
    if (l) console.error(`${file}:${l.line}:${l.column}: Flink's error is here${l.endLine !== undefined ? ` (to ${l.endLine}:${(l.endColumn ?? 1) - 1})` : ''}`);
    return 1;
  }
  if (res.stopped) { console.error('flinksql run: stopped; the job was cancelled'); return 130; }
  if (res.insert) console.error(`flinksql run: submitted to the cluster as job ${res.jobId ?? '?'}; the sink receives its rows`);
  if (format === 'tableau' && !res.insert && columns.length) process.stdout.write(tableau(all, columns) + '\n');
  return 0;
}
