'use strict';
// The article language: a .txt matching `corpusAnnotator.files` opens as 'corpus-article', any other .txt stays
// 'plaintext'. The default glob (**/*.txt) takes every .txt of the folder, so the test narrows it in the workspace's
// settings (.vscode/settings.json of the run's copy of seeds/), and puts everything back afterwards.
const assert = require('assert');
const h = require('./helpers.cjs');
const { vscode } = h;

const ARTICLE_LANGUAGE = 'corpus-article';
const NARROW_GLOB = '*.txt'; // the articles at the folder's root, as in seeds/

// Nothing in these texts is an entity or a finding: they change no count of the corpus while they are around.
const OUTSIDE_TEXT = 'notes de travail, sans nom propre.\n';
const INSIDE_TEXT = 'brouillon sans nom propre.\n';

describe('article language', function () {
  let snap;
  const settingsUri = () => h.wsUri('.vscode', 'settings.json');
  const outside = () => h.wsUri('notes-e2e', 'outside.txt');
  const control = () => h.wsUri('zz-e2e-control.txt');
  const control2 = () => h.wsUri('zz-e2e-control-2.txt');
  const skipped = () => h.wsUri('node_modules', 'e2e-pkg', 'readme.txt');

  before(async function () {
    await h.activateExtension();
    snap = await h.snapshot([settingsUri(), outside(), control(), control2(), skipped()]);
  });

  after(async function () {
    const config = vscode.workspace.getConfiguration('corpusAnnotator');
    if (config.inspect('files').workspaceValue !== undefined) await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
    if (snap) await h.restore(snap); // the files, and .vscode/, notes-e2e/, node_modules/ when they were not there
  });

  it('a .txt under node_modules stays plaintext, while a .txt opened after it in the glob becomes an article', async function () {
    await h.writeText(skipped(), OUTSIDE_TEXT);
    await h.writeText(control(), INSIDE_TEXT);
    const a = await vscode.workspace.openTextDocument(skipped());
    const b = await vscode.workspace.openTextDocument(control());
    // The extension decides per opened document, in order: once the later one is an article, the earlier one has been
    // decided too (no blind wait for "nothing happened").
    await h.waitForLanguage(b.uri, ARTICLE_LANGUAGE);
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === a.uri.toString());
    assert.strictEqual(now.languageId, 'plaintext', `${a.uri.path} is ${now.languageId}`);
  });

  it(`with "corpusAnnotator.files": "${NARROW_GLOB}" in the workspace settings, a .txt in a subfolder stays plaintext; back to the default glob, it becomes an article`, async function () {
    const config = vscode.workspace.getConfiguration('corpusAnnotator');
    await config.update('files', NARROW_GLOB, vscode.ConfigurationTarget.Workspace);
    assert.strictEqual(vscode.workspace.getConfiguration('corpusAnnotator').get('files'), NARROW_GLOB, 'the workspace setting did not take');
    const written = JSON.parse(await h.readText(settingsUri()));
    assert.strictEqual(written['corpusAnnotator.files'], NARROW_GLOB, 'not written to the copy\'s .vscode/settings.json');

    await h.writeText(outside(), OUTSIDE_TEXT);
    const out = await vscode.workspace.openTextDocument(outside());
    await vscode.window.showTextDocument(out, { preview: false });
    // a control opened after it, at the root: it matches the narrowed glob and becomes an article
    const c2 = control2();
    await h.writeText(c2, INSIDE_TEXT);
    await vscode.workspace.openTextDocument(c2);
    await h.waitForLanguage(c2, ARTICLE_LANGUAGE);
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === out.uri.toString());
    assert.strictEqual(now.languageId, 'plaintext', `${out.uri.path} outside "${NARROW_GLOB}" is ${now.languageId}`);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(out.uri).filter((d) => d.source === h.SOURCE), [], 'a plain-text file got corpus-annotator diagnostics');

    // back to the default glob (**/*.txt): the open file follows the setting and becomes an article
    await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
    await h.waitForLanguage(out.uri, ARTICLE_LANGUAGE);
  });
});
