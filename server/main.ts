// Entry point of dist/server.js: the extension starts it over node-ipc (or stdio); any other
// LSP client runs `node dist/server.js --stdio`.
import { createLspConnection } from './connection.ts';
import { startServer } from './server.ts';

startServer(createLspConnection(process.argv.slice(2)));
