'use strict';
// Annotating in the real editor (issue 5): the quick fixes on an attribution diagnostic write `.corpus/annotations.jsonl`
// in the workspace, the diagnostic goes away, the article is never edited; deleting the line brings it back. Each test
// puts the annotations file back as it found it.
const assert = require('assert');
const h = require('./helpers.cjs');
const { vscode } = h;

const BACKGROUND_ARTICLE = '002_ccfcf5b065055add.txt'; // "… qui a fait plus de 30 morts …": unattributed-claim
const ATTRIBUTE_ARTICLE = '004_12494eb243bc7ffb.txt'; // "… plus de 100 essais de missiles …": unattributed-claim

const annotationsUri = () => h.wsUri('.corpus', 'annotations.jsonl');
const sameDiag = (a, b) => h.codeOf(a) === h.codeOf(b) && a.range.isEqual(b.range);
const describeActions = (as) => (as || []).map((a) => a.title).join(' | ');

// The corpus-annotator diagnostic of `code` whose message mentions `needle`, once published.
async function findDiagnostic(doc, code, needle) {
  const match = (d) => d.source === h.SOURCE && h.codeOf(d) === code && d.message.includes(needle);
  const ds = await h.waitForDiagnostics(doc.uri, (all) => all.some(match), 30000);
  return ds.find(match);
}

// The quick fixes VS Code would show for the diagnostic (Ctrl+. on its range), from the server.
async function fixesFor(doc, diag) {
  return h.until(
    () => vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range),
    (as) => Array.isArray(as) && as.some((a) => a.title === 'Mark as background' || /^Dismiss/.test(a.title)),
    { what: `code actions at ${doc.uri.path}:${diag.range.start.line + 1}`, describe: describeActions });
}

// Apply a code action as the editor does: its edit (if any), then its command.
async function applyAction(action) {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was not applied`);
  const cmd = action.command;
  if (cmd) {
    const c = typeof cmd === 'string' ? { command: cmd, arguments: [] } : cmd;
    await h.withTimeout(vscode.commands.executeCommand(c.command, ...(c.arguments || [])), 20000, `command ${c.command} of "${action.title}"`);
  }
}

function lines(text) { return (text || '').split('\n').filter((l) => l.trim()); }

// Run a quick fix on a diagnostic and check what it leaves: a new annotation line, the diagnostic gone, the article's
// bytes and editor unchanged. Then delete the line (restore the file) and wait for the diagnostic to come back.
async function annotateAndRestore({ article, code, needle, pick, check }) {
  await h.activateExtension();
  const doc = await h.openArticle(article);
  const diag = await findDiagnostic(doc, code, needle);
  const saved = await h.snapshot([annotationsUri()]);
  const articleBytes = Buffer.from(await h.readBytes(doc.uri));
  const linesBefore = lines(await h.readText(annotationsUri()));
  const othersBefore = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === h.SOURCE && !sameDiag(d, diag));
  const watcher = h.watchFile(annotationsUri());
  try {
    const actions = await fixesFor(doc, diag);
    const action = pick(actions);
    assert.ok(action, `no suitable action among: ${describeActions(actions)}`);
    if (action.diagnostics && action.diagnostics.length) assert.ok(action.diagnostics.some((d) => sameDiag(d, diag)), `"${action.title}" is not tied to the diagnostic`);

    const mark = watcher.mark();
    await applyAction(action);
    await h.waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => sameDiag(d, diag)), 20000);
    // the write has reached the file watchers (see helpers.watchFile) before the test deletes the line again
    await watcher.waitForWrite(['create', 'change'], mark, async () => lines(await h.readText(annotationsUri())).length > linesBefore.length);

    const after = lines(await h.readText(annotationsUri()));
    assert.strictEqual(after.length, linesBefore.length + 1, `annotations.jsonl has ${after.length} line(s), had ${linesBefore.length}`);
    const a = JSON.parse(after[after.length - 1]);
    assert.ok(a.id && a.author && !Number.isNaN(Date.parse(a.created)), `id/author/created: ${JSON.stringify(a)}`);
    assert.strictEqual(a.code, code);
    assert.strictEqual(a.target.source, article, `target.source ${a.target.source}`);
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote && position, `selectors ${JSON.stringify(a.target.selector)}`);
    assert.strictEqual(quote.exact, doc.getText(diag.range), 'TextQuoteSelector.exact is not the diagnostic\'s text');
    assert.strictEqual(position.start, doc.offsetAt(diag.range.start), 'TextPositionSelector.start');
    assert.strictEqual(position.end, doc.offsetAt(diag.range.end), 'TextPositionSelector.end');
    assert.ok(quote.exact.includes(needle), `exact "${quote.exact}"`);
    check(a, action);

    // the article itself is never edited: same bytes on disk, editor not dirty
    assert.ok(Buffer.from(await h.readBytes(doc.uri)).equals(articleBytes), `${article} changed on disk`);
    assert.strictEqual(doc.isDirty, false, `${article} is dirty in the editor`);
    // the article's other diagnostics stay
    const ours = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === h.SOURCE);
    assert.deepStrictEqual(ours().map((d) => `${h.codeOf(d)}@${d.range.start.line}:${d.range.start.character}`),
      othersBefore.map((d) => `${h.codeOf(d)}@${d.range.start.line}:${d.range.start.character}`), 'other diagnostics changed');
  } finally {
    watcher.dispose();
    await h.restore(saved);
  }
  // the file is watched: with the line gone, the diagnostic is back
  await h.waitForDiagnostics(doc.uri, (ds) => ds.some((d) => sameDiag(d, diag)), 30000);
}

describe('annotating: quick fixes on attribution diagnostics', function () {
  it('an unattributed claim offers "Attribute to <source>", "Mark as background" and "Dismiss with a reason…"', async function () {
    await h.activateExtension();
    const doc = await h.openArticle(BACKGROUND_ARTICLE);
    const diag = await findDiagnostic(doc, 'unattributed-claim', '30 morts');
    const actions = await fixesFor(doc, diag);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Mark as background'), describeActions(actions));
    assert.ok(titles.includes('Dismiss with a reason…'), describeActions(actions));
    const attribute = actions.filter((a) => /^Attribute to .+/.test(a.title));
    assert.ok(attribute.length >= 1, describeActions(actions));
    assert.ok(attribute.length <= 5, `more than 5 candidates: ${describeActions(attribute)}`);
    assert.strictEqual(attribute[0].isPreferred, true, 'the nearest candidate is not the preferred fix');
    for (const a of actions) {
      assert.ok(!a.kind || vscode.CodeActionKind.QuickFix.contains(a.kind), `${a.title}: kind ${a.kind && a.kind.value}`);
      assert.ok(a.command, `${a.title}: no command`);
    }
    const dismiss = actions.find((a) => a.title === 'Dismiss with a reason…');
    assert.strictEqual(dismiss.command.command, 'corpusAnnotator.dismissWithReason');
  });

  it('"Mark as background" writes one annotation line and removes the diagnostic; the article is untouched; deleting the line brings it back', async function () {
    await annotateAndRestore({
      article: BACKGROUND_ARTICLE, code: 'unattributed-claim', needle: '30 morts',
      pick: (as) => as.find((a) => a.title === 'Mark as background'),
      check: (a) => assert.strictEqual(a.kind, 'background'),
    });
  });

  it('"Attribute to <nearest source>" writes an attribute annotation naming it; the article is untouched; deleting the line brings it back', async function () {
    await annotateAndRestore({
      article: ATTRIBUTE_ARTICLE, code: 'unattributed-claim', needle: '100 essais',
      pick: (as) => as.find((a) => /^Attribute to .+/.test(a.title)),
      check: (a, action) => {
        assert.strictEqual(a.kind, 'attribute');
        const name = action.title.replace(/^Attribute to /, '');
        assert.ok(a.source && a.source.label === name, `source ${JSON.stringify(a.source)} vs. "${action.title}"`);
        assert.ok(a.source.entityId, 'the source has no entity id');
      },
    });
  });
});
