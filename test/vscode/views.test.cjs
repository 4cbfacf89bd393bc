'use strict';
// The data of the Entities, Quotes and Statements views. Their TreeDataProviders are not exported; the extension's API
// (`activate()` → { client, corpus }) gives the CorpusClient they read through, so each level of each tree is asked
// with the very request and parameters the view's getChildren() sends (client/src/views/*.ts).
const assert = require('assert');
const path = require('path');
const h = require('./helpers.cjs');
const { vscode } = h;

const NK = 'Corée du Nord';

// The text an LSP range covers in a workspace article (read from disk: the views show indexed, unedited articles).
async function textAt(uri, range) {
  const text = await h.readText(vscode.Uri.parse(uri));
  assert.ok(text !== undefined, `${uri} cannot be read`);
  const lines = text.split('\n');
  assert.strictEqual(range.start.line, range.end.line, `a mention over several lines: ${JSON.stringify(range)}`);
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('tree views: Entities', function () {
  let types;
  before(async function () {
    const r = await h.corpusRequest(h.METHODS.entityTree, {},
      (v) => v && Array.isArray(v.types) && v.types.some((t) => t.entities.some((e) => e.name === NK && e.articleCount >= 3)),
      'entityTree (types → entities)');
    types = r.types;
  });

  it(`types → entities: "${NK}" is a country with ≥ 10 mentions in ≥ 3 articles, most mentioned first`, function () {
    const countries = types.find((t) => t.type === 'country');
    assert.ok(countries, `no country group in ${types.map((t) => t.type).join(', ')}`);
    assert.ok(countries.label && countries.label.length > 0, 'the country group has no label');
    const nk = countries.entities.find((e) => e.name === NK);
    assert.ok(nk, `${NK} not among the countries: ${countries.entities.map((e) => e.name).join(', ')}`);
    assert.ok(nk.mentionCount >= 10, `${NK}: ${nk.mentionCount} mentions`);
    assert.ok(nk.articleCount >= 3, `${NK}: ${nk.articleCount} articles`);
    assert.strictEqual(nk.unknown, false, `${NK} should be a knowledge-base entity`);
    const counts = countries.entities.map((e) => e.mentionCount);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), 'entities are not sorted by mention count');
    assert.strictEqual(countries.mentionCount, counts.reduce((a, b) => a + b, 0), 'the group count is not the sum of its entities');
    for (const t of types) for (const e of t.entities) assert.strictEqual(e.type, t.type, `${e.name} (${e.type}) under ${t.type}`);
  });

  it(`"${NK}" → articles → mentions: one article node per article, mentions that point at real text`, async function () {
    const nk = types.flatMap((t) => t.entities).find((e) => e.name === NK);
    const r = await h.corpusRequest(h.METHODS.entityTree, { entityId: nk.id },
      (v) => v && Array.isArray(v.articles) && v.articles.length > 0, `entityTree { entityId: ${nk.id} }`);
    const articles = r.articles;
    assert.strictEqual(articles.length, nk.articleCount, `articles ${articles.map((a) => a.path).join(', ')} vs. articleCount ${nk.articleCount}`);
    assert.strictEqual(articles.reduce((n, a) => n + a.mentions.length, 0), nk.mentionCount, 'mentions under the articles ≠ mentionCount');
    const root = h.workspaceRoot();
    for (const a of articles) {
      assert.ok(vscode.Uri.parse(a.uri).path.startsWith(root.path + '/'), `${a.uri} is not in the workspace`);
      assert.strictEqual(a.path, path.posix.relative(root.path, vscode.Uri.parse(a.uri).path), `label ${a.path} for ${a.uri}`);
      assert.ok(a.mentions.length > 0, `${a.path}: no mention`);
    }
    // every mention of one article reveals its own surface
    const a0 = articles.find((a) => a.path === h.ARTICLE) || articles[0];
    for (const m of a0.mentions) assert.strictEqual(await textAt(a0.uri, m.range), m.surface, `${a0.path}:${m.range.start.line + 1}`);
    const surfaces = new Set(articles.flatMap((a) => a.mentions.map((m) => m.surface)));
    assert.ok(surfaces.has('RPDC') || surfaces.has('Pyongyang'), `surfaces ${[...surfaces].join(', ')}`);
    assert.ok(articles.flatMap((a) => a.mentions).every((m) => ['name', 'acronym', 'adjective', 'metonym'].includes(m.kind)), 'a mention has an unknown kind');
  });
});

describe('tree views: Quotes', function () {
  it('speakers with their quotations; each speaker\'s quotations are as many as its count', async function () {
    const r = await h.corpusRequest(h.METHODS.quoteTree, {},
      (v) => v && Array.isArray(v.speakers) && v.speakers.some((s) => s.key !== 'none' && s.count > 0), 'quoteTree (speakers)');
    const named = r.speakers.filter((s) => s.key !== 'none');
    assert.ok(named.length >= 2, `named speakers: ${named.map((s) => s.label).join(', ')}`);
    const none = r.speakers.findIndex((s) => s.key === 'none');
    if (none >= 0) assert.strictEqual(none, r.speakers.length - 1, '"No speaker" is not last');
    for (const s of r.speakers) {
      assert.ok(s.label && s.count > 0, `speaker ${JSON.stringify(s)}`);
      const q = await h.corpusRequest(h.METHODS.quoteTree, { speaker: s.key },
        (v) => v && Array.isArray(v.quotes) && v.quotes.length > 0, `quoteTree { speaker: ${s.key} }`);
      assert.strictEqual(q.quotes.length, s.count, `${s.label}: ${q.quotes.length} quotations, count ${s.count}`);
      for (const quote of q.quotes) {
        assert.ok(quote.text.length > 0, `${s.label}: a quotation with no text at ${quote.path}:${quote.range.start.line + 1}`);
        assert.ok(quote.path.endsWith('.txt'), `quotation path ${quote.path}`);
      }
    }
  });
});

describe('tree views: Statements', function () {
  let statements;
  before(async function () {
    const r = await h.corpusRequest(h.METHODS.statementTree, {},
      (v) => v && Array.isArray(v.statements) && v.statements.length >= 2, 'statementTree');
    statements = r.statements;
  });

  it('≥ 2 statements, one with ≥ 8 signatories, dated ones oldest first', function () {
    assert.ok(statements.length >= 2, `${statements.length} statements`);
    const big = statements.find((s) => s.members.length >= 8);
    assert.ok(big, `signatories per statement: ${statements.map((s) => `${s.label}: ${s.members.length}`).join('; ')}`);
    const dates = statements.map((s) => s.date).filter(Boolean);
    assert.deepStrictEqual(dates, [...dates].sort(), 'dated statements are not oldest first');
    for (const s of statements) {
      assert.ok(s.id.startsWith('statement:'), `id ${s.id}`);
      assert.ok(s.label.length > 0 && s.reports.length > 0, `statement ${s.id}: label or reports missing`);
      const ids = s.members.map((m) => m.entityId);
      assert.strictEqual(new Set(ids).size, ids.length, `${s.label}: a signatory twice`);
    }
  });

  it('signatories are named entities at their place in a report; the "about 50" statement says so', async function () {
    const big = statements.find((s) => s.members.length >= 8);
    const names = big.members.map((m) => m.name);
    for (const expected of ['Japon', 'Corée du Sud']) assert.ok(statements.some((s) => s.members.some((m) => m.name === expected)), `${expected} signs no statement`);
    for (const m of big.members) {
      assert.ok(['issuer', 'signatory'].includes(m.role), `${m.name}: role ${m.role}`);
      assert.ok(['country', 'organisation'].includes(m.type), `${m.name}: type ${m.type}`);
      assert.ok((await textAt(m.uri, m.range)).length > 0, `${m.name}: empty range`);
    }
    assert.ok(names.length >= 8, names.join(', '));
    const about50 = statements.find((s) => s.statedTotal !== undefined);
    assert.ok(about50, 'no statement with a stated total ("près de 50 pays")');
    assert.ok(about50.statedTotal >= 40 && about50.statedTotal <= 60, `stated total ${about50.statedTotal}`);
    assert.ok(about50.members.length < about50.statedTotal, 'the named members should be fewer than the stated total');
  });

  it('the statement reported by two articles is one node with two reports', function () {
    const shared = statements.find((s) => s.reports.length >= 2);
    assert.ok(shared, `reports per statement: ${statements.map((s) => s.reports.map((r) => r.path).join('+')).join('; ')}`);
    assert.strictEqual(new Set(shared.reports.map((r) => r.uri)).size, shared.reports.length, 'the same article reports twice');
  });
});
