'use strict';
// Shared helpers for the integration suite. Every wait is bounded.
const assert = require('assert');
const vscode = require('vscode');

const EXT_ID = 'corpus-annotator.corpus-annotator';
const ARTICLE = '000_1fbb9dd733766cb7.txt';
const SOURCE = 'corpus-annotator';
const ATTRIBUTION_CODES = ['unattributed-quote', 'unattributed-claim', 'vague-attribution'];

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length, 'no workspace folder is open');
  return folders[0].uri;
}

function articleUri(name = ARTICLE) {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms); }),
  ]);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Call fn until accept(value) holds; bounded by timeoutMs. Used for requests that return nothing until the language
// client is up (the provider is registered only once the client starts). Once the server gives an answer that does not
// satisfy accept (it is up but says something else), only graceMs more are allowed (the corpus may still be
// indexing), so that a wrong answer fails quickly. Throws with the last value described.
const isAnswer = (v) => v != null && (!Array.isArray(v) || v.length > 0);
async function until(fn, accept, { timeoutMs = 30000, graceMs = 10000, intervalMs = 250, what = 'condition', describe = (v) => JSON.stringify(v) } = {}) {
  const start = Date.now();
  let deadline = start + timeoutMs;
  let answeredAt = 0;
  let last; let lastErr;
  for (let attempt = 1; ; attempt++) {
    try {
      last = await withTimeout(fn(), Math.max(1000, deadline - Date.now()), what);
      lastErr = undefined;
      if (accept(last)) return last;
      if (!answeredAt && isAnswer(last)) { answeredAt = Date.now(); deadline = Math.min(deadline, answeredAt + graceMs); }
    } catch (e) { lastErr = e; }
    if (Date.now() + intervalMs > deadline) {
      const seen = lastErr ? `error ${lastErr.message}` : `last result ${String(describe(last)).slice(0, 400)}`;
      const when = answeredAt ? `first answer after ${answeredAt - start} ms, still wrong ${Date.now() - answeredAt} ms later`
        : `no answer in ${Date.now() - start} ms`;
      throw new Error(`${what}: not satisfied after ${attempt} attempt(s) (${when}); ${seen}`);
    }
    await sleep(intervalMs);
  }
}

async function activateExtension() {
  const ext = vscode.extensions.getExtension(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is not loaded (installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')})`);
  await withTimeout(ext.activate(), 30000, `activating ${EXT_ID}`);
  return ext;
}

async function openArticle(name = ARTICLE) {
  const doc = await vscode.workspace.openTextDocument(articleUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

// Position inside the n-th whole-word occurrence of `word` (one character in).
function positionOf(doc, word, occurrence = 0) {
  const re = new RegExp(`(^|[^\\p{L}\\p{N}_])(${word})(?![\\p{L}\\p{N}_])`, 'gu');
  const text = doc.getText();
  let m; let n = 0;
  while ((m = re.exec(text))) {
    if (n++ === occurrence) return doc.positionAt(m.index + m[1].length + 1);
  }
  throw new Error(`"${word}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
}

function hoverText(hovers) {
  return (hovers || []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

// The hover's markdown as a reader sees it: backslash escapes removed ("Poutine\\-Renommé" → "Poutine-Renommé").
function hoverPlain(hovers) {
  return hoverText(hovers).replace(/\\([\\`*_{}\[\]()#+\-.!|<>~])/g, '$1');
}

function locationUri(l) { return l.targetUri || l.uri; }

function codeOf(d) { return d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code); }

// Resolve with the diagnostics of `uri` once predicate(diagnostics) holds, driven by onDidChangeDiagnostics
// (no polling); rejects after timeoutMs with what was there.
function waitForDiagnostics(uri, predicate, timeoutMs = 30000) {
  return new Promise((resolve, reject) => {
    let done = false;
    let sub;
    const finish = (fn, v) => { if (done) return; done = true; clearTimeout(timer); if (sub) sub.dispose(); fn(v); };
    const check = () => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (predicate(diags)) finish(resolve, diags);
    };
    const timer = setTimeout(() => {
      const diags = vscode.languages.getDiagnostics(uri);
      finish(reject, new Error(`diagnostics for ${uri.path} did not satisfy the condition within ${timeoutMs} ms; have ${diags.length}: ` +
        JSON.stringify(diags.slice(0, 8).map((d) => ({ source: d.source, code: codeOf(d), message: d.message.slice(0, 80) })))));
    }, timeoutMs);
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    check();
  });
}

// The extension's API: activate() returns { client, corpus } (client/src/extension.ts). `corpus` is the CorpusClient the
// Entities, Quotes and Statements views read through (their TreeDataProviders are not exported), so the views' data is
// asked with the same custom requests, through the same object.
async function extensionApi() {
  const ext = await activateExtension();
  const api = ext.exports;
  assert.ok(api && api.client && api.corpus, `activate() did not return { client, corpus } (got ${api ? Object.keys(api).join(', ') : api})`);
  assert.strictEqual(typeof api.corpus.request, 'function', 'exports.corpus.request is not a function');
  return api;
}

// The custom requests of server/src/lsp/corpusRequests.ts (mirrored in client/src/protocol.ts).
const METHODS = {
  entityTree: 'corpusAnnotator/entityTree',
  quoteTree: 'corpusAnnotator/quoteTree',
  statementTree: 'corpusAnnotator/statementTree',
  coalitionMatrix: 'corpusAnnotator/coalitionMatrix',
  status: 'corpusAnnotator/status',
};

// Resolve once the server has indexed the whole workspace (its `corpusAnnotator/indexed` notification, which the
// CorpusClient turns into `indexed` / `onDidIndex`). Before that, requests answer from what is indexed so far, so
// corpus-wide counts may still grow.
async function waitForIndexed(timeoutMs = 30000) {
  const { corpus } = await extensionApi();
  if (corpus.indexed) return;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`the server did not finish indexing within ${timeoutMs} ms`)); }, timeoutMs);
    const sub = corpus.onDidIndex(() => { clearTimeout(timer); sub.dispose(); resolve(); });
    if (corpus.indexed) { clearTimeout(timer); sub.dispose(); resolve(); }
  });
}

// A view's request as the view makes it: corpus.request waits (bounded) for the client to run, never throws and gives
// undefined on failure; asked once the first indexing is done, retried with `until` while the client starts.
async function corpusRequest(method, params, accept, what) {
  const api = await extensionApi();
  await waitForIndexed();
  return until(() => api.corpus.request(method, params || {}), accept, {
    what: what || method, timeoutMs: 30000, graceMs: 10000,
    describe: (v) => JSON.stringify(v),
  });
}

// --- files of the workspace copy (vscode.workspace.fs, so that it works wherever the extension host runs)
function wsUri(...segments) { return vscode.Uri.joinPath(workspaceRoot(), ...segments); }

async function readBytes(uri) {
  try { return await vscode.workspace.fs.readFile(uri); } catch (e) {
    if (e && (e.code === 'FileNotFound' || e.name === 'EntryNotFound (FileSystemError)' || /ENOENT|EntryNotFound|FileNotFound/.test(String(e.code || e.message)))) return undefined;
    throw e;
  }
}
async function readText(uri) {
  const b = await readBytes(uri);
  return b === undefined ? undefined : Buffer.from(b).toString('utf8');
}
async function exists(uri) {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}
async function writeText(uri, text) { await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8')); }

// Remember the state of some files (content or absence) and put it back, deleting what was not there, including the
// folders (below the workspace folder) that did not exist and are left empty.
async function snapshot(uris) {
  const root = workspaceRoot();
  const files = [];
  const missingDirs = new Set();
  for (const uri of uris) {
    files.push({ uri, bytes: await readBytes(uri) });
    for (let dir = vscode.Uri.joinPath(uri, '..'); dir.path.startsWith(root.path + '/'); dir = vscode.Uri.joinPath(dir, '..')) {
      if (await exists(dir)) break;
      missingDirs.add(dir.toString());
    }
  }
  return { files, missingDirs };
}
async function restore(snap) {
  for (const { uri, bytes } of snap.files) {
    if (bytes === undefined) { if (await exists(uri)) await vscode.workspace.fs.delete(uri, { useTrash: false }); }
    else await vscode.workspace.fs.writeFile(uri, bytes);
  }
  const deepestFirst = [...snap.missingDirs].map((u) => vscode.Uri.parse(u)).sort((a, b) => b.path.length - a.path.length);
  for (const dir of deepestFirst) {
    if (!(await exists(dir))) continue;
    if ((await vscode.workspace.fs.readDirectory(dir)).length === 0) await vscode.workspace.fs.delete(dir, { recursive: false, useTrash: false });
  }
}

// Resolve once a document whose uri is `uri` has `languageId`, driven by onDidOpenTextDocument (a language change
// closes and reopens the document); rejects after timeoutMs.
function waitForLanguage(uri, languageId, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    let done = false;
    const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const finish = (fn, v) => { if (done) return; done = true; clearTimeout(timer); sub.dispose(); fn(v); };
    const timer = setTimeout(() => {
      const d = current();
      finish(reject, new Error(`${uri.path} did not get language ${languageId} within ${timeoutMs} ms (it is ${d ? d.languageId : 'not open'})`));
    }, timeoutMs);
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString() && d.languageId === languageId) finish(resolve, d);
    });
    const d = current();
    if (d && d.languageId === languageId) finish(resolve, d);
  });
}

// Watch one file of the workspace folder and wait for its events. VS Code coalesces a file's creation followed by its
// deletion within one batch of watcher events into nothing; a test that deletes a file the extension has just written
// waits for the creation to be reported first, so that the language server hears about the deletion.
function watchFile(uri) {
  const root = workspaceRoot();
  assert.ok(uri.path.startsWith(root.path + '/'), `${uri.path} is not in the workspace folder`);
  const rel = uri.path.slice(root.path.length + 1);
  const events = [];
  const listeners = new Set();
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, rel));
  const on = (kind) => (u) => {
    if (u.toString() !== uri.toString()) return;
    events.push(kind);
    for (const l of [...listeners]) l();
  };
  const subs = [watcher.onDidCreate(on('create')), watcher.onDidChange(on('change')), watcher.onDidDelete(on('delete'))];
  return {
    events,
    mark: () => events.length,
    // resolve once an event of one of `kinds` arrived after `since` (an earlier mark()); bounded. On a loaded machine the
    // watcher may report late or, armed late, not at all: with `written` (a check of the file's content), a write already
    // on disk is accepted after the wait, with a short grace for the watcher to catch up.
    async waitForWrite(kinds, since, written, timeoutMs = 20000) {
      try {
        return await this.waitFor(kinds, since, timeoutMs);
      } catch (e) {
        if (!(await written())) throw e;
        await new Promise((r) => setTimeout(r, 1000));
        return 'content';
      }
    },
    waitFor(kinds, since, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        let timer;
        const check = () => {
          const hit = events.slice(since).find((k) => kinds.includes(k));
          if (!hit) return;
          listeners.delete(check); clearTimeout(timer); resolve(hit);
        };
        timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no ${kinds.join('/')} event for ${rel} within ${timeoutMs} ms (seen: ${events.slice(since).join(', ') || 'none'})`)); }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    dispose() { for (const d of subs) d.dispose(); watcher.dispose(); listeners.clear(); },
  };
}

module.exports = {
  vscode, EXT_ID, ARTICLE, SOURCE, ATTRIBUTION_CODES, METHODS,
  workspaceRoot, articleUri, withTimeout, until, activateExtension, openArticle, positionOf,
  hoverText, hoverPlain, locationUri, codeOf, waitForDiagnostics,
  extensionApi, waitForIndexed, watchFile, corpusRequest, wsUri, readBytes, readText, exists, writeText, snapshot, restore,
  waitForLanguage,
};
