'use strict';
const assert = require('assert');
const h = require('./helpers.cjs');
const { vscode } = h;

describe('semantic tokens of article 000', function () {
  it('are provided, with a legend', async function () {
    await h.activateExtension();
    const doc = await h.openArticle();
    const tokens = await h.until(
      () => vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri),
      (t) => t && t.data && t.data.length > 0,
      { what: 'semantic tokens', describe: (t) => (t && t.data ? `${t.data.length} numbers` : String(t)) });
    assert.strictEqual(tokens.data.length % 5, 0, 'token data is not a multiple of 5');
    const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend && legend.tokenTypes.length > 0, 'no semantic tokens legend');
    // every token type index is within the legend
    for (let i = 3; i < tokens.data.length; i += 5) assert.ok(tokens.data[i] < legend.tokenTypes.length, `token type ${tokens.data[i]} outside the legend`);
  });
});
