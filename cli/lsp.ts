// flinksql lsp --stdio: the same language server as dist/server.js, for any LSP editor. It runs
// that bundle (through its stub and code cache): the CLI's own bundle, loaded by every `check`
// and `run`, leaves the language server and its protocol libraries out.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export async function lsp(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: flinksql lsp [--stdio | --node-ipc | --socket=PORT]\n\nthe Flink SQL language server (stdio by default)');
    return 0;
  }
  // server/main.ts reads the transport from process.argv (`lsp` before it is ignored there);
  // __dirname is the bundle's folder, dist/
  createRequire(__filename)(join(__dirname, 'server.js'));
  // The connection keeps the process alive; it exits on the client's `exit` notification.
  return new Promise<number>(() => undefined);
}
