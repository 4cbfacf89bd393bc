// Benchmark: generates a corpus of N articles (sentences of the seeds and fixtures shuffled, names varied),
// indexes it with the real Corpus code, and prints throughput, memory, and the cost of one edit and of one
// references query. Figures, not assertions: run `npm run bench -- 3000`.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const N = Number(process.argv[2] ?? 2000);
const root = join(tmpdir(), `corpus-bench-${process.pid}`);
const sources = [join('seeds'), join('test', 'fixtures', 'workspace', 'articles')];

// A small deterministic generator, so runs compare.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const paragraphs = sources.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 40)),
);
const names = ['Kang Sun-nam', 'Pak Jong-chon', 'Ri Pyong-chol', 'Anna Dupont', 'Marc Lefèvre', 'Olga Ivanova'];

rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
let bytes = 0;
for (let i = 0; i < N; i++) {
  const parts = [` date 202${Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}`];
  const k = 6 + Math.floor(rand() * 8);
  for (let j = 0; j < k; j++) parts.push(pick(paragraphs));
  parts.push(`Le ministre nord-coréen de la Défense ${pick(names)} a déclaré que « rien n’a été livré ».`);
  const text = parts.join('\n\n');
  bytes += Buffer.byteLength(text);
  const dir = join(root, `d${i % 50}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `a${i}.txt`), text);
}

// The bundled CLI contains the corpus code; load the same modules through a tiny entry built on the fly.
const { build } = await import('esbuild');
const entry = join(root, 'entry.ts');
writeFileSync(
  entry,
  `export { Corpus } from '${join(process.cwd(), 'server/src/corpus/corpus.ts')}';\nexport { URI } from 'vscode-uri';\n`,
);
const out = join(root, 'bench-bundle.js');
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, mainFields: ['module', 'main'], nodePaths: [join(process.cwd(), 'node_modules')], logLevel: 'error' });
const { Corpus, URI } = require(out);

global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const corpus = new Corpus(join(process.cwd(), 'server', 'data'), [root]);
const tLoad = performance.now() - t0;
const t1 = performance.now();
const count = await corpus.indexAll();
const tIndex = performance.now() - t1;
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;

let mentions = 0;
let findings = 0;
for (const d of corpus.index.documents()) {
  mentions += d.analysis.mentions.length;
  findings += d.analysis.findings.length;
}

// One edit: re-analyse one article.
const uri = corpus.index.uris()[0];
const path = URI.parse(uri).fsPath;
const text = readFileSync(path, 'utf8');
const editRuns = 50;
const t2 = performance.now();
for (let i = 0; i < editRuns; i++) corpus.openOrChange(uri, `${text}\nLa Russie dément. ${i}`, i + 2);
const tEdit = (performance.now() - t2) / editRuns;

// References of the most mentioned entity, and a summary (hover) of it.
const top = corpus.index.entityIds().sort((a, b) => corpus.index.mentionsOf(b).length - corpus.index.mentionsOf(a).length)[0];
const t3 = performance.now();
const refs = corpus.index.mentionsOf(top);
const tRefs = performance.now() - t3;
const t4 = performance.now();
corpus.index.summary(top);
const tHover = performance.now() - t4;

const mb = bytes / 1024 / 1024;
console.log(`corpus: ${count} articles, ${mb.toFixed(1)} MB, ${mentions} mentions, ${findings} findings`);
console.log(`load data + compile knowledge base: ${tLoad.toFixed(0)} ms`);
console.log(`index (read + analyse, one core): ${tIndex.toFixed(0)} ms = ${(mb / (tIndex / 1000)).toFixed(2)} MB/s, ${(count / (tIndex / 1000)).toFixed(0)} articles/s`);
console.log(`heap after indexing: ${((heap1 - heap0) / 1024 / 1024).toFixed(1)} MB (${((heap1 - heap0) / Math.max(1, mentions)).toFixed(0)} B per mention)${global.gc ? '' : ' [run with --expose-gc for a steadier figure]'}`);
console.log(`re-analyse one edited article: ${tEdit.toFixed(2)} ms`);
console.log(`references of the most mentioned entity (${top}, ${refs.length} mentions): ${tRefs.toFixed(2)} ms; its summary for the hover: ${tHover.toFixed(2)} ms`);
console.log(`rss: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);

// The real server over stdio: from initialize to "indexed", then hover and references round trips on one article.
if (existsSync(join('dist', 'server.js'))) {
  const rpc = require('vscode-jsonrpc/node');
  const server = spawn(process.execPath, [join('dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  let indexed;
  const done = new Promise((r) => (indexed = r));
  conn.onNotification('corpusAnnotator/indexed', () => indexed());
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.listen();
  const s0 = performance.now();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: URI.file(root).toString(), name: 'bench' }], capabilities: {} });
  await conn.sendNotification('initialized', {});
  await done;
  const tServer = performance.now() - s0;
  const target = URI.file(path).toString();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: target, languageId: 'corpus-article', version: 1, text } });
  const at = text.indexOf('Corée du Nord');
  const before = text.slice(0, Math.max(0, at));
  const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') };
  const h0 = performance.now();
  const rounds = 20;
  for (let i = 0; i < rounds; i++) await conn.sendRequest('textDocument/hover', { textDocument: { uri: target }, position });
  const tHoverRpc = (performance.now() - h0) / rounds;
  const r0 = performance.now();
  const refs = await conn.sendRequest('textDocument/references', { textDocument: { uri: target }, position, context: { includeDeclaration: false } });
  const tRefsRpc = performance.now() - r0;
  console.log(`server over stdio: initialize → all ${count} articles indexed in ${tServer.toFixed(0)} ms; hover round trip ${tHoverRpc.toFixed(1)} ms; references (${refs.length} locations) ${tRefsRpc.toFixed(0)} ms`);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  server.kill();
}
rmSync(root, { recursive: true, force: true });
