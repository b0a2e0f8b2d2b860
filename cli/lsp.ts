// flinksql lsp --stdio: the same language server as dist/server.js, for any LSP editor.
import { createLspConnection } from '../server/connection.ts';
import { startServer } from '../server/server.ts';

export async function lsp(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: flinksql lsp [--stdio | --node-ipc | --socket=PORT]\n\nthe Flink SQL language server (stdio by default)');
    return 0;
  }
  startServer(createLspConnection(args));
  // The connection keeps the process alive; it exits on the client's `exit` notification.
  return new Promise<number>(() => undefined);
}
