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

module.exports = {
  vscode, EXT_ID, ARTICLE, SOURCE, ATTRIBUTION_CODES,
  workspaceRoot, articleUri, withTimeout, until, activateExtension, openArticle, positionOf,
  hoverText, locationUri, codeOf, waitForDiagnostics,
};
