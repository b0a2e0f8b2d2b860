// flinksql run FILE [--mode streaming|batch] [--format changelog|tableau|json]
//                   [--arrival sequential|interleaved] [--max-rows N]
// With --gateway URL the statements run on a Flink cluster instead (cli/gateway-run.ts).
// Prints the changes the sink receives; a rejected query prints `ERROR <class>: <message>`, exit 1.
import { dirname, resolve } from 'node:path';
import { parseRunArgs } from './run-args.ts';
import { parse } from '../engine/syntax/parse.ts';
import { writeOut } from './stdout.ts';
import { changelogWriter, jsonLine, LineBytes, run, statementSetTargets, tableau, type Change, type Field, type RowKind } from '../engine/index.ts';

const USAGE = 'usage: flinksql run FILE [--mode streaming|batch] [--format changelog|tableau|json] [--arrival sequential|interleaved] [--max-rows N]';

export async function runCommand(args: string[]): Promise<number> {
  if (args.some((a) => a === '--gateway' || a.startsWith('--gateway='))) return (await import('./gateway-run.ts')).gatewayRunCommand(args);
  const parsed = parseRunArgs(args, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { text, format } = parsed;
  // EXECUTE STATEMENT SET: Flink runs its INSERTs as one job; each sink's changelog is shown in
  // turn, in the order of the INSERTs, under a line naming it (a JSON object for --format json).
  // A rejection of any INSERT rejects the set before anything runs.
  // (the file is parsed once: the run takes the tree statementSetTargets read)
  const tree = parse(text);
  const once = (t: string) => (t === text ? tree : parse(t));
  const targets = statementSetTargets(text, { parse: once });
  if (!targets) return runOne(parsed, undefined, undefined, once);
  for (let i = 0; i < targets.length; i++) {
    const header = format === 'json' ? JSON.stringify({ statementSet: { insert: i + 1, of: targets.length, table: targets[i] } }) : `-- INSERT INTO ${targets[i]} (${i + 1} of ${targets.length})`;
    const code = await runOne(parsed, i, header);
    if (code !== 0) return code;
  }
  return 0;
}

async function runOne(parsed: Exclude<ReturnType<typeof parseRunArgs>, number>, setInsert: number | undefined, header?: string, parseOnce?: typeof parse): Promise<number> {
  const { file, text, mode, format, arrival, maxRows } = parsed;
  // Output in big chunks: lines are written as bytes into one buffer (json lines appended to one
  // string) and written every 4096+ lines, synchronously (stdout.ts); a write that fills the pipe
  // holds the run (onPage's promise) until it drains.
  const bytes = new LineBytes();
  let out = '';
  let lines = 0;
  let flushed = false;
  const flush = (): Promise<void> | undefined => {
    if (!out && bytes.pos === 0) return;
    lines = 0; flushed = true;
    if (out) { const s = out; out = ''; return writeOut(s); }
    // the lines go out from the writer's buffer, which is written over again when the write
    // completed at once (fresh buffers cost page faults); one a full pipe still holds is left to it
    const wait = writeOut(bytes.written());
    if (wait) bytes.take(); else bytes.pos = 0;
    return wait;
  };
  let sink = '';
  const all: Change[] = [];
  let columns: Field[] = [];
  // the changelog goes from the sink to the bytes without Change objects (RunOptions.writer)
  let line: (kind: RowKind, fields: readonly unknown[], out: LineBytes) => void = () => {};
  const res = await run(text, {
    baseDir: dirname(resolve(file)), mode, arrival, maxRows, setInsert, ...(parseOnce ? { parse: parseOnce } : {}),
    onStart: (a) => {
      if (header !== undefined) { if (format === 'changelog') bytes.str(header + '\n'); else out += header + '\n'; }
      columns = a.columns; sink = a.sink;
      if (format === 'changelog') line = changelogWriter(columns);
    },
    ...(format === 'changelog' ? {
      writer: {
        change: (kind, fields) => { line(kind, fields, bytes); lines++; },
        page: () => (lines > 4096 ? flush() : undefined),
      },
    } : {
      onPage: (page: Change[]) => {
        if (format === 'tableau') { all.push(...page); return; }
        for (let i = 0; i < page.length; i++) out += jsonLine(page[i]!, columns) + '\n';
        lines += page.length;
        if (lines > 4096) return flush();
      },
    }),
    pageSize: 4096,
  });
  // A bare SELECT reads its rows through collect(): when the job fails before the client has
  // fetched them, Flink gives out none, only the error (test/cases/cast-failure-runtime, as Flink
  // 2.3.0 printed it). Rows already handed out (a full page) stay printed. A sink (INSERT INTO)
  // keeps what it consumed before the failure.
  if (res.error && sink === 'collect' && !flushed) { out = ''; bytes.take(); }
  await flush();
  if (res.error) {
    await writeOut(`ERROR ${res.error.className}: ${res.error.message}\n`);
    return 1;
  }
  if (format === 'tableau') await writeOut(tableau(all, res.columns) + '\n');
  return 0;
}
