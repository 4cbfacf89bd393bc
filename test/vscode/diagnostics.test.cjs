'use strict';
const assert = require('assert');
const h = require('./helpers.cjs');

describe('diagnostics of article 000', function () {
  it('include an attribution problem from corpus-annotator', async function () {
    await h.activateExtension();
    const doc = await h.openArticle();
    const ours = (ds) => ds.filter((d) => d.source === h.SOURCE && h.ATTRIBUTION_CODES.includes(h.codeOf(d)));
    const diags = await h.waitForDiagnostics(doc.uri, (ds) => ours(ds).length > 0, 30000);
    const d = ours(diags)[0];
    assert.strictEqual(d.source, 'corpus-annotator');
    assert.ok(h.ATTRIBUTION_CODES.includes(h.codeOf(d)), `code ${h.codeOf(d)}`);
    assert.ok(d.message.length > 0, 'empty message');
    assert.ok(d.range.start.line >= 0 && d.range.end.isAfterOrEqual(d.range.start));
  });
});
