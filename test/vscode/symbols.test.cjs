'use strict';
// The outline (document symbols), workspace symbols (Ctrl+T) and the "N mentions in M articles" CodeLens, through the
// providers the extension registers.
const assert = require('assert');
const path = require('path');
const h = require('./helpers.cjs');
const { vscode } = h;

const STATEMENT_ARTICLE = '002_ccfcf5b065055add.txt'; // a statement ("cosigné par près de 50 pays") and quotations
const NK = 'Corée du Nord';
const ENTITY_GROUPS = ['Countries', 'Organisations', 'People', 'Places', 'Weapons'];

function describeSymbols(ss) {
  return (ss || []).map((s) => `${s.name}${s.children && s.children.length ? `(${s.children.length})` : ''}`).join(', ') || String(ss);
}

describe('document symbols (outline)', function () {
  let doc; let symbols;
  before(async function () {
    await h.activateExtension();
    doc = await h.openArticle(STATEMENT_ARTICLE);
    symbols = await h.until(
      () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri),
      (ss) => Array.isArray(ss) && ss.some((s) => s.name === 'Quotations') && ss.some((s) => s.name === 'Statements'),
      { what: `document symbols of ${STATEMENT_ARTICLE}`, describe: describeSymbols });
  });

  it('are DocumentSymbols: entity groups by type, "Statements" and "Quotations"', function () {
    for (const s of symbols) assert.ok(Array.isArray(s.children), `${s.name} is not a DocumentSymbol (no children)`);
    const names = symbols.map((s) => s.name);
    const groups = names.filter((n) => ENTITY_GROUPS.includes(n));
    assert.ok(groups.includes('Countries'), `top level: ${names.join(', ')}`);
    assert.strictEqual(new Set(groups).size, groups.length, `a group twice: ${groups.join(', ')}`);
    // (VS Code orders the outline by position, so the groups come in the order of their first entity, not by type)
    for (const g of symbols.filter((x) => ENTITY_GROUPS.includes(x.name))) assert.strictEqual(g.kind, vscode.SymbolKind.Package, `${g.name}: kind ${g.kind}`);
    const countries = symbols.find((s) => s.name === 'Countries');
    const nk = countries.children.find((c) => c.name === NK);
    assert.ok(nk, `${NK} not under Countries: ${describeSymbols(countries.children)}`);
    assert.match(nk.detail, /^\d+×$/, `detail of ${NK}: ${nk.detail}`);
    assert.ok(nk.range.contains(nk.selectionRange), `${NK}: the selection range is outside the range`);
    // the selection range of an entity is its first mention in the article
    const first = doc.getText(nk.selectionRange);
    assert.ok(first.length > 0 && /cor|rpdc|pyong|nord/i.test(first), `${NK}'s first mention reads "${first}"`);
    for (const g of symbols) for (const c of g.children) assert.ok(g.range.contains(c.range), `${c.name} outside its group ${g.name}`);
  });

  it('"Statements" holds the statement with its signatories', function () {
    const group = symbols.find((s) => s.name === 'Statements');
    assert.ok(group.children.length >= 1, 'no statement');
    const st = group.children.find((c) => c.children.length >= 8);
    assert.ok(st, `statements: ${describeSymbols(group.children)}`);
    assert.strictEqual(st.kind, vscode.SymbolKind.Event, `kind of ${st.name}`);
    const members = st.children.map((c) => c.name);
    for (const m of ['Japon', 'Corée du Sud', 'Argentine']) assert.ok(members.includes(m), `${m} not among ${members.join(', ')}`);
    for (const c of st.children) assert.ok(doc.getText(c.range).length > 0, `${c.name}: empty range`);
  });

  it('"Quotations" holds speakers, each with its quotations', function () {
    const group = symbols.find((s) => s.name === 'Quotations');
    assert.ok(group.children.length >= 1, 'no speaker');
    for (const speaker of group.children) {
      assert.ok(speaker.children.length >= 1, `${speaker.name}: no quotation`);
      assert.strictEqual(speaker.detail, `${speaker.children.length}×`, `${speaker.name}: detail ${speaker.detail}`);
      for (const q of speaker.children) {
        assert.strictEqual(q.kind, vscode.SymbolKind.String, `${q.name}: kind ${q.kind}`);
        const quoted = doc.getText(q.range);
        assert.ok(/^["«“]/.test(quoted.trim()) || quoted.length > 0, `${q.name}: range reads "${quoted}"`);
      }
    }
    const all = group.children.flatMap((s) => s.children.map((q) => q.name)).join(' | ');
    assert.match(all, /transfert de ces armes/, `quotations: ${all}`);
  });
});

describe('workspace symbols (Ctrl+T)', function () {
  before(async function () { await h.activateExtension(); });

  for (const query of ['rpdc', 'coree du nord']) {
    it(`"${query}" finds ${NK}, at a mention in a workspace article`, async function () {
      const found = await h.until(
        () => vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', query),
        (ss) => Array.isArray(ss) && ss.some((s) => s.name === NK),
        { what: `workspace symbols "${query}"`, describe: (ss) => (ss || []).map((s) => `${s.name} [${s.containerName}]`).join(', ') });
      const nk = found.find((s) => s.name === NK);
      assert.strictEqual(nk.kind, vscode.SymbolKind.Namespace, `kind ${nk.kind}`);
      assert.match(nk.containerName, /country · \d+ mentions/, `container ${nk.containerName}`);
      const root = h.workspaceRoot();
      assert.ok(nk.location.uri.path.startsWith(root.path + '/'), `location ${nk.location.uri.toString()}`);
      assert.match(path.basename(nk.location.uri.path), /^\d{3}_.*\.txt$/);
      const d = await vscode.workspace.openTextDocument(nk.location.uri);
      assert.ok(d.getText(nk.location.range).length > 0, 'empty range');
    });
  }

  it('a query that names nothing finds nothing', async function () {
    const found = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'zzqxw-nothing');
    assert.deepStrictEqual((found || []).filter((s) => s.name === NK), []);
  });
});

describe('CodeLens "N mentions in M articles"', function () {
  let doc; let lenses;
  before(async function () {
    await h.waitForIndexed(); // the counts are corpus-wide
    doc = await h.openArticle();
    lenses = await h.until(
      () => vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri),
      (ls) => Array.isArray(ls) && ls.length > 0 && ls.every((l) => l.command),
      { what: `code lenses of ${h.ARTICLE}`, describe: (ls) => (ls || []).map((l) => l.command && l.command.title).join('; ') });
  });

  it('every lens reads "N mention(s) in M article(s)" and opens the references', function () {
    for (const l of lenses) {
      assert.match(l.command.title, /^\d+ mentions? in \d+ articles?$/, `lens title "${l.command.title}"`);
      assert.strictEqual(l.command.command, 'corpusAnnotator.showReferences', `lens command ${l.command.command}`);
    }
    const starts = lenses.map((l) => `${l.range.start.line}:${l.range.start.character}`);
    assert.strictEqual(new Set(starts).size, starts.length, 'two lenses at the same place');
  });

  it(`the lens on ${NK}'s first mention has the Entities view's counts`, async function () {
    const tree = await h.corpusRequest(h.METHODS.entityTree, {},
      (v) => v && v.types && v.types.some((t) => t.entities.some((e) => e.name === NK)), 'entityTree');
    const nk = tree.types.flatMap((t) => t.entities).find((e) => e.name === NK);
    const mine = await h.corpusRequest(h.METHODS.entityTree, { entityId: nk.id },
      (v) => v && v.articles && v.articles.some((a) => a.uri === doc.uri.toString()), `entityTree { entityId: ${nk.id} }`);
    const first = mine.articles.find((a) => a.uri === doc.uri.toString()).mentions[0].range;
    const lens = lenses.find((l) => l.range.start.line === first.start.line && l.range.start.character === first.start.character);
    assert.ok(lens, `no lens at ${first.start.line + 1}:${first.start.character + 1}; lenses at ${lenses.map((l) => `${l.range.start.line + 1}:${l.range.start.character + 1}`).join(', ')}`);
    assert.strictEqual(lens.command.title, `${nk.mentionCount} mentions in ${nk.articleCount} articles`);
  });
});
