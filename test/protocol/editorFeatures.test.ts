import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, InitializeResult, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import type { CoalitionMatrix, CorpusStatus, EntityTreeResult, QuoteTreeResult, StatementTreeResult } from '../../server/src/lsp/corpusProtocol';
import { FIXTURES } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

/** A decoded semantic token: the text it covers, its type and its modifiers by name. */
interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly text: string;
  readonly type: string;
  readonly modifiers: string[];
}

function decode(data: readonly number[], legend: SemanticTokensLegend, text: string): DecodedToken[] {
  const lines = text.split(/\r?\n/);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (mods & (1 << bit)) !== 0);
    out.push({ line, character, text: lines[line]!.slice(character, character + length), type: legend.tokenTypes[type]!, modifiers });
  }
  return out;
}

function tokenFor(tokens: readonly DecodedToken[], text: string): DecodedToken {
  const t = tokens.find((x) => x.text === text);
  assert.ok(t, `no token covering "${text}"; tokens: ${tokens.map((x) => x.text).join(' | ')}`);
  return t;
}

// Two articles written for these tests, with lists of signatories, so that the statements and the matrix have columns.
const STATEMENT_A = ` date 2024-01 Déclaration commune sur les missiles nord-coréens

Les ministres des Affaires étrangères d'Allemagne, d'Australie, du Canada et du Japon ont publié une déclaration commune condamnant les transferts d'armes de la Corée du Nord vers la Russie.
`;
const STATEMENT_B = ` date 2023-09 Séoul, Washington et Tokyo condamnent Pyongyang

La Corée du Sud, les États-Unis et le Japon ont fermement condamné vendredi, dans une déclaration commune, les livraisons d'armes de la Corée du Nord à la Russie.
`;

describe('editor features over stdio: semantic tokens, code lenses, views requests', () => {
  let ws: string;
  let client: TestClient;
  let legend: SemanticTokensLegend;
  const texts = new Map<string, string>();

  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'corpus-editor-'));
    cpSync(join(FIXTURES, 'workspace'), ws, { recursive: true });
    writeFileSync(join(ws, 'articles', 'b1_declaration.txt'), STATEMENT_A);
    writeFileSync(join(ws, 'articles', 'b2_trilateral.txt'), STATEMENT_B);
    for (const name of ['a1_sommet.txt', 'a2_kharkiv.txt', 'a3_onu.txt', 'b1_declaration.txt', 'b2_trilateral.txt']) {
      texts.set(name, readFileSync(join(ws, 'articles', name), 'utf8'));
    }
    client = new TestClient();
    const init = client.waitForNotification('corpusAnnotator/indexed');
    const result = await client.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: 'en',
      workspaceFolders: [{ uri: fileUri(ws), name: 'ws' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    const provider = result.capabilities.semanticTokensProvider;
    assert.ok(provider && 'legend' in provider, 'semantic tokens are announced with a legend');
    legend = provider.legend;
    assert.ok(result.capabilities.codeLensProvider, 'code lenses are announced');
    await client.notify('initialized', {});
    await init;
  });

  after(async () => {
    await client.stop();
    rmSync(ws, { recursive: true, force: true });
  });

  const uriOf = (name: string): string => fileUri(join(ws, 'articles', name));

  async function tokensOf(name: string): Promise<DecodedToken[]> {
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uriOf(name) } });
    assert.equal(r.data.length % 5, 0);
    return decode(r.data, legend, texts.get(name)!);
  }

  it('announces the entity types and the modifiers in its legend', () => {
    assert.deepEqual(legend.tokenTypes, ['person', 'organisation', 'country', 'place', 'weapon', 'statement']);
    assert.deepEqual(legend.tokenModifiers, ['acronym', 'demonym', 'metonym', 'unknown']);
  });

  it('colours each mention by type, with acronym, metonym and demonym modifiers, at the right ranges', async () => {
    const onu = await tokensOf('a3_onu.txt');
    assert.deepEqual(tokenFor(onu, 'RPDC'), { ...tokenFor(onu, 'RPDC'), type: 'country', modifiers: ['acronym'] });
    assert.equal(tokenFor(onu, 'Corée du Nord').type, 'country');
    assert.deepEqual(tokenFor(onu, 'Corée du Nord').modifiers, []);
    assert.deepEqual(tokenFor(onu, 'Pyongyang').modifiers, ['metonym']);
    assert.equal(tokenFor(onu, 'CSNU').type, 'organisation');
    assert.equal(tokenFor(onu, 'Linda Thomas-Greenfield').type, 'person');
    const sommet = await tokensOf('a1_sommet.txt');
    const demonym = tokenFor(sommet, 'nord-coréen');
    assert.equal(demonym.type, 'country');
    assert.deepEqual(demonym.modifiers, ['demonym']);
    assert.equal(tokenFor(sommet, 'Vladimir Poutine').type, 'person');
    const kharkiv = await tokensOf('a2_kharkiv.txt');
    assert.equal(tokenFor(kharkiv, 'KN-23').type, 'weapon');
    assert.equal(tokenFor(kharkiv, 'Kharkiv').type, 'place');
  });

  it('marks entities found by a rule only as unknown', async () => {
    const kharkiv = await tokensOf('a2_kharkiv.txt');
    const ota = kharkiv.filter((t) => t.text === 'OTA');
    assert.ok(ota.length > 0, 'OTA, defined in the text, is a token');
    for (const t of ota) assert.ok(t.modifiers.includes('unknown'), `OTA is unknown: ${JSON.stringify(t)}`);
  });

  it('answers a range request with the tokens of that range only', async () => {
    const text = texts.get('a3_onu.txt')!;
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: uriOf('a3_onu.txt') },
      range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } },
    });
    const tokens = decode(r.data, legend, text);
    assert.ok(tokens.length > 0);
    for (const t of tokens) assert.equal(t.line, 4, `token outside the range: ${JSON.stringify(t)}`);
    assert.ok(tokens.some((t) => t.text === 'RPDC'));
  });

  it('gives an unknown document empty tokens and no lenses, not an error', async () => {
    const r = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere/x.txt' } });
    assert.deepEqual(r.data, []);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'file:///nowhere/x.txt' } });
    assert.deepEqual(lenses, []);
  });

  it('puts one lens on the first mention of each entity, with corpus-wide counts', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf('a3_onu.txt') } });
    const text = texts.get('a3_onu.txt')!.split('\n');
    const at = (l: CodeLens): string => text[l.range.start.line]!.slice(l.range.start.character, l.range.end.character);
    const onLine = lenses.map(at);
    assert.equal(new Set(lenses.map((l) => `${l.range.start.line}:${l.range.start.character}`)).size, lenses.length, 'no two lenses at one place');
    // "Corée du Nord" is first named on line 0; the later "RPDC" is the same entity and gets no lens.
    const nk = lenses.find((l) => at(l) === 'Corée du Nord');
    assert.ok(nk, `a lens on Corée du Nord; lenses on: ${onLine.join(', ')}`);
    assert.equal(nk.range.start.line, 0);
    assert.ok(!onLine.includes('RPDC'), 'RPDC is a later mention of North Korea');
    const m = /^(\d+) mentions? in (\d+) articles?$/.exec(nk.command!.title);
    assert.ok(m, nk.command!.title);
    assert.ok(Number(m[1]) >= 5, 'North Korea is mentioned in every article');
    assert.equal(Number(m[2]), 5);
    assert.equal(nk.command!.command, 'corpusAnnotator.showReferences');
    assert.deepEqual(nk.command!.arguments, [uriOf('a3_onu.txt'), nk.range.start]);
  });

  it('entityTree: types → entities with counts, then an entity → its articles → mentions with ranges', async () => {
    const top = await client.request<EntityTreeResult>('corpusAnnotator/entityTree', {});
    assert.equal(top.articles.length, 0);
    const countries = top.types.find((t) => t.type === 'country');
    assert.ok(countries, 'a Countries group');
    assert.equal(countries.label, 'Countries');
    const nk = countries.entities.find((e) => e.name === 'Corée du Nord');
    assert.ok(nk, 'North Korea among the countries');
    assert.equal(nk.articleCount, 5);
    assert.equal(countries.entities[0]!.mentionCount >= nk.mentionCount, true, 'most mentioned first');
    const deep = await client.request<EntityTreeResult>('corpusAnnotator/entityTree', { entityId: nk.id });
    assert.equal(deep.articles.length, 5);
    assert.equal(deep.articles.reduce((n, a) => n + a.mentions.length, 0), nk.mentionCount);
    const onu = deep.articles.find((a) => a.uri === uriOf('a3_onu.txt'));
    assert.ok(onu);
    assert.equal(onu.path, join('articles', 'a3_onu.txt'));
    const lines = texts.get('a3_onu.txt')!.split('\n');
    for (const m of onu.mentions) assert.equal(lines[m.range.start.line]!.slice(m.range.start.character, m.range.end.character), m.surface);
    assert.ok(onu.mentions.some((m) => m.surface === 'RPDC' && m.kind === 'acronym'));
  });

  it('quoteTree: speakers with counts, then a speaker → the quoted words and where they are', async () => {
    const top = await client.request<QuoteTreeResult>('corpusAnnotator/quoteTree', {});
    const total = top.speakers.reduce((n, s) => n + s.count, 0);
    let listed = 0;
    for (const s of top.speakers) {
      const r = await client.request<QuoteTreeResult>('corpusAnnotator/quoteTree', { speaker: s.key });
      assert.equal(r.quotes.length, s.count, `quotations of ${s.label}`);
      for (const q of r.quotes) {
        const name = q.uri.split('/').pop()!;
        const lines = texts.get(name)!.split('\n');
        const first = lines[q.range.start.line]!.slice(q.range.start.character);
        assert.ok(first.replace(/\s+/g, ' ').startsWith(q.text.replace(/…$/, '').slice(0, 20)), `quote text ${q.text} at its range`);
      }
      listed += r.quotes.length;
    }
    assert.equal(listed, total);
  });

  it('statementTree: one statement per list of signatories, oldest first, members by canonical name', async () => {
    const r = await client.request<StatementTreeResult>('corpusAnnotator/statementTree', {});
    const dated = r.statements.filter((s) => s.date);
    assert.ok(dated.length >= 2, `statements from both written articles: ${JSON.stringify(r.statements.map((s) => s.label))}`);
    const dates = dated.map((s) => s.date!);
    assert.deepEqual(dates, [...dates].sort(), 'by date');
    const trilateral = r.statements.find((s) => s.uri === uriOf('b2_trilateral.txt'));
    assert.ok(trilateral);
    assert.equal(trilateral.date, '2023-09');
    const names = trilateral.members.map((m) => m.name);
    for (const expected of ['Corée du Sud', 'États-Unis', 'Japon']) assert.ok(names.some((n) => n.includes(expected)), `${expected} in ${names.join(', ')}`);
  });

  it('coalitionMatrix: rows are states and bodies, columns statements by date, cells point at the member in its article', async () => {
    const m = await client.request<CoalitionMatrix>('corpusAnnotator/coalitionMatrix', {});
    assert.ok(m.columns.length >= 2);
    const dates = m.columns.filter((c) => c.date).map((c) => c.date!);
    assert.deepEqual(dates, [...dates].sort());
    const japan = m.rows.findIndex((r) => r.name === 'Japon');
    assert.ok(japan >= 0, `Japan is a row: ${m.rows.map((r) => r.name).join(', ')}`);
    const japanCells = m.cells.filter((c) => c.row === japan);
    assert.ok(japanCells.length >= 2, 'Japan signed both statements');
    assert.equal(m.rows[0]!.name, 'Japon', 'the most frequent signatory first');
    for (const c of m.cells) {
      assert.ok(c.row < m.rows.length && c.column < m.columns.length);
      const name = c.uri.split('/').pop()!;
      const line = texts.get(name)!.split('\n')[c.range.start.line]!;
      assert.ok(line.slice(c.range.start.character, c.range.end.character).length > 0);
    }
  });

  it('status counts articles, entities and findings; a change is announced by corpusAnnotator/indexChanged', async () => {
    const before = await client.request<CorpusStatus>('corpusAnnotator/status', {});
    assert.equal(before.articles, 5);
    assert.ok(before.entities > 10);
    assert.ok(before.findings >= 0);
    const changed = client.waitForNotification('corpusAnnotator/indexChanged', 5000);
    const uri = await client.open(join(ws, 'articles', 'new.txt'), 'La Norvège et la Corée du Nord.');
    await changed;
    const after = await client.request<CorpusStatus>('corpusAnnotator/status', {});
    assert.equal(after.articles, 6);
    assert.ok(after.generation > before.generation);
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('server messages follow the locale of initialize', () => {
  let client: TestClient;
  const a3 = join(FIXTURES, 'workspace', 'articles', 'a3_onu.txt');

  before(async () => {
    client = new TestClient();
    const indexed = client.waitForNotification('corpusAnnotator/indexed');
    await client.request('initialize', { processId: process.pid, rootUri: null, locale: 'fr-FR', workspaceFolders: [{ uri: fileUri(join(FIXTURES, 'workspace')), name: 'ws' }], capabilities: {} });
    await client.notify('initialized', {});
    await indexed;
  });

  after(async () => {
    await client.stop();
  });

  it('labels the entity groups and the lenses in French', async () => {
    const top = await client.request<EntityTreeResult>('corpusAnnotator/entityTree', {});
    assert.equal(top.types.find((t) => t.type === 'country')?.label, 'Pays');
    assert.equal(top.types.find((t) => t.type === 'person')?.label, 'Personnes');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: fileUri(a3) } });
    assert.ok(lenses.length > 0);
    for (const l of lenses) assert.match(l.command!.title, /^\d+ mentions? dans \d+ articles?$/);
  });
});
