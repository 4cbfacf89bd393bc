import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

// The data ships beside the bundle: dist/server.js reads server/data/ of the package.
const dataDir = process.env.CORPUS_ANNOTATOR_DATA ?? join(__dirname, '..', 'server', 'data');

// createConnection picks the transport from the command line: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error (the server keeps running): ${e.stack ?? String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`Unexpected rejection (the server keeps running): ${String(e)}`));
startServer(connection, dataDir);
