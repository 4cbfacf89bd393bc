'use strict';
// Hover, references and definition on "RPDC" in article 000, through the providers the extension registers.
const assert = require('assert');
const path = require('path');
const h = require('./helpers.cjs');
const { vscode } = h;

describe('navigation on "RPDC" in article 000', function () {
  let doc; let pos;
  before(async function () {
    await h.activateExtension();
    doc = await h.openArticle();
    pos = h.positionOf(doc, 'RPDC');
  });

  it('hover names "Corée du Nord"', async function () {
    const hovers = await h.until(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos),
      (hs) => h.hoverText(hs).includes('Corée du Nord'),
      { what: 'hover on RPDC', describe: (hs) => h.hoverText(hs) || '(no hover)' });
    assert.match(h.hoverText(hovers), /Corée du Nord/);
  });

  it('references span at least 3 files, including unopened articles', async function () {
    const locs = await h.until(
      () => vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, pos),
      (ls) => Array.isArray(ls) && new Set(ls.map((l) => l.uri.toString())).size >= 3,
      { what: 'references of RPDC', describe: (ls) => (ls || []).map((l) => `${path.basename(l.uri.path)}:${l.range.start.line + 1}`) });
    const files = new Set(locs.map((l) => path.basename(l.uri.path)));
    assert.ok(files.size >= 3, `references in ${[...files].join(', ')}`);
    const opened = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    assert.ok(locs.some((l) => !opened.has(l.uri.toString())), 'no reference in an unopened article');
  });

  it('definition goes to a knowledge-base JSON file (server/data/kb/)', async function () {
    const defs = await h.until(
      () => vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, pos),
      (ds) => Array.isArray(ds) && ds.some((d) => h.locationUri(d).path.includes('server/data/kb/')),
      { what: 'definition of RPDC', describe: (ds) => (ds || []).map((d) => h.locationUri(d).path) });
    const kb = defs.map(h.locationUri).find((u) => u.path.includes('server/data/kb/'));
    assert.match(kb.path, /server\/data\/kb\/.+\.json$/);
  });
});
