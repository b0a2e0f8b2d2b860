// Entry point of the server bundle, dist/server-main.js, which the stub dist/server.js loads
// through a V8 code cache: the extension starts dist/server.js over node-ipc (or stdio); any other
// LSP client runs `node dist/server.js --stdio`.
import { createLspConnection } from './connection.ts';
import { startServer } from './server.ts';

startServer(createLspConnection(process.argv.slice(2)));
