'use strict';
const assert = require('assert');
const h = require('./helpers.cjs');
const { vscode } = h;

describe('activation', function () {
  it('the workspace is the seeds folder copy with article 000', async function () {
    const root = h.workspaceRoot();
    const entries = await vscode.workspace.fs.readDirectory(root);
    assert.ok(entries.some(([name]) => name === h.ARTICLE), `${h.ARTICLE} not in ${root.fsPath}`);
  });

  it(`${h.EXT_ID} activates`, async function () {
    const ext = await h.activateExtension();
    assert.strictEqual(ext.isActive, true);
  });

  it("an article opens with languageId 'corpus-article'", async function () {
    const doc = await h.openArticle();
    assert.strictEqual(doc.languageId, 'corpus-article');
  });
});
