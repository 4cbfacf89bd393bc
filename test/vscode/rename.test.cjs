'use strict';
// Rename (F2) on a mention renames the entity's canonical name in the workspace's `.corpus/kb.json`, never in the
// articles. The test puts `.corpus/` back as it found it and waits for the old name to return.
const assert = require('assert');
const path = require('path');
const h = require('./helpers.cjs');
const { vscode } = h;

const ARTICLE = '002_ccfcf5b065055add.txt'; // "… entre Vladimir Poutine et Kim Jong-Un."
const OLD = 'Vladimir Poutine';
const NEW = 'Vladimir Poutine-Renommé';
const SHIPPED_ID = 'per:vladimir-putin'; // server/data/kb/people.json

const kbUri = () => h.wsUri('.corpus', 'kb.json');
const kbSchemaUri = () => h.wsUri('.corpus', 'kb.schema.json');

async function hoverUntil(doc, pos, needle, what, graceMs = 10000) {
  return h.until(
    () => vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos),
    (hs) => h.hoverPlain(hs).includes(needle),
    { what, graceMs, describe: (hs) => h.hoverPlain(hs).slice(0, 300) || '(no hover)' });
}

// Every .txt of the workspace with its bytes: the rename must leave them all as they are.
async function articleBytes() {
  const out = new Map();
  for (const [name, type] of await vscode.workspace.fs.readDirectory(h.workspaceRoot())) {
    if (type === vscode.FileType.File && name.endsWith('.txt')) out.set(name, Buffer.from(await h.readBytes(h.wsUri(name))));
  }
  return out;
}

describe(`rename (F2) on "${OLD}"`, function () {
  let doc; let pos; let saved; let watcher; let mark;
  before(async function () {
    await h.activateExtension();
    doc = await h.openArticle(ARTICLE);
    pos = h.positionOf(doc, OLD);
    await hoverUntil(doc, pos, `**${OLD}**`, `hover on ${OLD} before the rename`);
    saved = await h.snapshot([kbUri(), kbSchemaUri()]);
    watcher = h.watchFile(kbUri());
    mark = watcher.mark();
  });
  after(async function () {
    if (watcher) watcher.dispose();
    if (saved) await h.restore(saved);
  });

  it('prepareRename offers the canonical name over the mention', async function () {
    const r = await vscode.commands.executeCommand('vscode.prepareRename', doc.uri, pos);
    assert.ok(r, 'no prepareRename result');
    assert.strictEqual(r.placeholder, OLD);
    assert.strictEqual(doc.getText(r.range), OLD);
  });

  it('renames in .corpus/kb.json only: the articles are untouched, the hover and Ctrl+T show the new name', async function () {
    const bytes = await articleBytes();
    const edit = await h.withTimeout(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, NEW), 20000, 'rename');
    assert.ok(edit instanceof vscode.WorkspaceEdit || (edit && typeof edit.entries === 'function'), `rename gave ${edit}`);
    // The server writes the base itself and answers with an empty edit; an edit of kb.json would do too. Never an article.
    const touched = edit.entries().map(([uri]) => uri);
    for (const uri of touched) assert.ok(!uri.path.endsWith('.txt'), `the rename edits an article: ${uri.toString()}`);
    for (const uri of touched) assert.strictEqual(path.basename(uri.path), 'kb.json', `the rename edits ${uri.toString()}`);
    if (edit.size > 0) {
      assert.ok(await vscode.workspace.applyEdit(edit), 'the rename edit was not applied');
      for (const uri of touched) {
        const d = vscode.workspace.textDocuments.find((x) => x.uri.toString() === uri.toString());
        if (d && d.isDirty) assert.ok(await d.save(), `${uri.path} not saved`);
      }
    }

    const kb = JSON.parse(await h.readText(kbUri()));
    const entry = kb.entities.find((e) => e.name === NEW);
    assert.ok(entry, `no "${NEW}" in .corpus/kb.json: ${JSON.stringify(kb.entities.map((e) => e.name))}`);
    assert.ok(entry.aliases.includes(OLD), `the old name is not kept as an alias: ${JSON.stringify(entry.aliases)}`);
    assert.strictEqual(entry.id, SHIPPED_ID, 'the shipped entry is not copied with its id');
    assert.strictEqual(entry.type, 'person');

    const hover = await hoverUntil(doc, pos, `**${NEW}**`, `hover on ${OLD} after the rename`);
    assert.match(h.hoverText(hover), /person/);
    const syms = await h.until(
      () => vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'poutine-renomme'),
      (ss) => Array.isArray(ss) && ss.some((s) => s.name === NEW),
      { what: 'workspace symbols "poutine-renomme"', describe: (ss) => (ss || []).map((s) => s.name).join(', ') });
    assert.ok(syms.some((s) => s.name === NEW));

    const now = await articleBytes();
    for (const [name, b] of bytes) assert.ok(now.get(name) && now.get(name).equals(b), `${name} changed on disk`);
    for (const d of vscode.workspace.textDocuments) if (d.uri.path.endsWith('.txt')) assert.strictEqual(d.isDirty, false, `${d.uri.path} is dirty`);
  });

  it('with .corpus/ put back, the shipped name returns (the base is watched)', async function () {
    // the server's own write has reached the file watchers (see helpers.watchFile) before the file goes
    await watcher.waitFor(['create', 'change'], mark);
    await h.restore(saved);
    // The deletion reaches the server through the editor's file watcher, which lagged past 10 s once on a loaded machine.
    await hoverUntil(doc, pos, `**${OLD}**`, `hover on ${OLD} after restoring .corpus/`, 30000);
  });
});
