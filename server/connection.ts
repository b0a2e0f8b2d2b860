// The transport named by the launch arguments: --stdio, --node-ipc, --socket=N, --pipe=NAME
// (the conventions of vscode-languageclient's TransportKind).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Connection } from 'vscode-languageserver';
import { IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';

export function createLspConnection(args: string[]): Connection {
  if (args.includes('--node-ipc') && process.send) {
    // the client went away without `exit`: do not linger
    process.on('disconnect', () => process.exit(1));
    return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  }
  if (args.some((a) => a.startsWith('--socket=') || a.startsWith('--pipe=') || a.startsWith('--clientProcessId'))) {
    // createConnection() reads these from process.argv itself
    return createConnection(ProposedFeatures.all);
  }
  // default: stdio. Nothing else may write to stdout from here on.
  console.log = (...a: unknown[]) => console.error(...a);
  // the client closed our stdin without `exit` (an editor crashed): do not linger
  process.stdin.on('end', () => setTimeout(() => process.exit(1), 50));
  return createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
}
