// flinksql: one binary, one file per subcommand. Exit codes: 0 ok, 1 the input has errors
// (or the query was rejected), 2 usage or I/O error.
import { VERSION } from '../engine/version.ts';
import { isOutputPending } from './stdout.ts';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.ts')).check,
  run: async () => (await import('./run.ts')).runCommand,
  explain: async () => (await import('./explain.ts')).explain,
  lsp: async () => (await import('./lsp.ts')).lsp,
};
/** the commands that are done when they return (the language server is not) */
const finishing = new Set(['check', 'run', 'explain']);

const USAGE = `usage: flinksql <command> [options]

commands:
  check [--json] [--syntax-only] FILE...   report syntax and semantic diagnostics
  run FILE [--mode streaming|batch] [--format changelog|tableau|json] [--arrival sequential|interleaved] [--max-rows N]
                                           run the statement on the embedded engine
  run FILE --gateway URL [--mode ...] [--format ...] [--max-rows N]
                                           run it on a Flink cluster through its SQL Gateway (REST v2+)
  explain FILE... [--mode streaming|batch] the operator graph with changelog modes and upsert keys
  lsp --stdio                              the language server over stdio
  --version                                print the version`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`flinksql: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}

// A reader that stops early (`flinksql run q.sql | head`) closes the pipe: stop quietly, as
// other command-line tools do, instead of failing on the unhandled EPIPE. Installed on a stream
// when it is first used: `check` writes its report without creating process.stdout (check.ts).
const quietOnEpipe = (err: NodeJS.ErrnoException): void => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
};
const streamsUsed: NodeJS.WriteStream[] = [];
for (const name of ['stdout', 'stderr'] as const) {
  const hook = (stream: NodeJS.WriteStream): NodeJS.WriteStream => {
    streamsUsed.push(stream);
    stream.on('error', quietOnEpipe);
    return stream;
  };
  const own = Object.getOwnPropertyDescriptor(process, name);
  if (own?.get && own.configurable) {
    // Node's lazy getter, wrapped until its first use, then put back
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: own.enumerable ?? true,
      get: () => {
        Object.defineProperty(process, name, own);
        return hook(process[name]);
      },
    });
  } else hook(process[name]);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // `check`, `run` and `explain` are done when they return: exit at once, before V8 runs a
    // pending full garbage collection of a heap that is about to go away (~15-35 ms on the docs
    // corpus), unless output is still on its way (a full pipe; messages on stderr).
    if (finishing.has(process.argv[2] ?? '') && !isOutputPending() && !stdioPending()) process.exit(code);
  },
  (err: unknown) => {
    console.error(`flinksql: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exitCode = 2;
  },
);

/** Whether a stdio stream that was created still holds output. */
function stdioPending(): boolean {
  return streamsUsed.some((stream) => stream.writableLength > 0);
}
