import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { Finding } from '../../server/src/analysis/types';
import { findingMessage } from '../../server/src/lsp/convert';
import { configureLocale } from '../../server/src/lsp/l10n';
import { analyse, FIXTURES, REPO, shippedContext } from '../support/core';
import { fileUri, TestClient } from '../support/lspClient';

const WS = join(FIXTURES, 'workspace');
const A1 = join(WS, 'articles', 'a1_sommet.txt');
const A2 = join(WS, 'articles', 'a2_kharkiv.txt');
const A3 = join(WS, 'articles', 'a3_onu.txt');

function positionOf(text: string, needle: string): { line: number; character: number } {
  const idx = text.indexOf(needle);
  assert.ok(idx >= 0, needle);
  const before = text.slice(0, idx);
  return { line: before.split('\n').length - 1, character: idx - (before.lastIndexOf('\n') + 1) + 1 };
}

async function hoverText(client: TestClient, path: string, needle: string): Promise<string> {
  const text = readFileSync(path, 'utf8');
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: fileUri(path) }, position: positionOf(text, needle) });
  assert.ok(hover, `a hover on ${needle}`);
  return (hover.contents as MarkupContent).value;
}

/** A diagnostic's message as text (the protocol also allows markup). */
function messageOf(d: { message: string | MarkupContent }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

function byCode(diags: readonly Diagnostic[], code: string): Diagnostic {
  const d = diags.find((x) => x.code === code);
  assert.ok(d, `${code} in ${JSON.stringify(diags.map((x) => x.message))}`);
  return d;
}

describe('server messages in French when initialize says locale "fr"', () => {
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.start(WS, {}, { locale: 'fr' });
  });
  after(() => client.stop());

  it('words the attribution diagnostics in French, lexicon reasons and glosses included, with the cue id kept', async () => {
    const vague = byCode(await client.waitForDiagnostics(fileUri(A2), (d) => d.length > 0), 'vague-attribution');
    assert.equal(vague.message, 'Source vague « Des experts » : « experts » sans nom ni institution : quels experts, et où travaillent-ils ? (vague:experts)');
    const claim = byCode(await client.waitForDiagnostics(fileUri(A1), (d) => d.length > 0), 'unattributed-claim');
    assert.equal(claim.message, 'Affirmation sans source : qui affirme que « Corée du Nord » a livré des armes ? (claim:livrer)');
    for (const d of [vague, claim, ...(vague.relatedInformation ?? []), ...(claim.relatedInformation ?? [])]) {
      assert.doesNotMatch(messageOf(d), /\b(?:who|says|source nearby|without)\b/, messageOf(d));
    }
  });

  it('words a quotation without speaker and a figure in French', async () => {
    const text = 'Le sommet a eu lieu mardi.\n\n« Les obus arrivent chaque semaine par le port de Rajin. »\n\nLes frappes ont fait 30 morts.\n';
    const uri = await client.open(join(WS, 'articles', 'extra.txt'), text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    assert.match(messageOf(byCode(diags, 'unattributed-quote')), /^Citation sans locuteur : qui a dit « Les obus arrivent chaque semaine/u);
    assert.equal(byCode(diags, 'unattributed-claim').message, 'Chiffre sans source : qui avance « 30 morts » ? (claim:figure)');
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('hovers an entity in French, article text and names escaped as in English', async () => {
    const md = await hoverText(client, A3, 'RPDC');
    assert.match(md, /^\*\*Corée du Nord\*\* — pays/u);
    assert.match(md, /Dans le corpus : /u);
    assert.match(md, /\d+ mentions? dans \d+ articles?/u);
    assert.match(md, /Cette mention : sigle, trouvée par l'entrée `KP` de la base de connaissances/u);
    assert.doesNotMatch(md, /In the corpus|This mention|found by|mentions? in /u);
    const person = await hoverText(client, A1, 'Kim Jong-un un accord');
    assert.match(person, /^\*\*Kim Jong Un\*\* — personne/u);
    assert.match(person, /«\u00a0Kim Jong\\-un\u00a0»/u, 'the surface keeps its escaped hyphen');
  });

  it('hovers a vague source and a quotation in French', async () => {
    const vague = await hoverText(client, A2, 'Des experts');
    assert.match(vague, /^\*\*Source vague\*\* «\u00a0Des experts\u00a0»/u);
    assert.match(vague, /quels experts/u);
    assert.match(vague, /Trouvée par la règle|Trouvée par /u);
    const quote = await hoverText(client, A1, 'Nos relations');
    assert.match(quote, /^\*\*Citation\*\*/u);
    assert.match(quote, /Locuteur : \*\*Kim Jong Un\*\* \(personne\), sous la forme /u);
    assert.match(quote, /Locuteur trouvé par /u);
  });

  it('titles the quick fixes in French', async () => {
    const text = readFileSync(A1, 'utf8');
    const uri = await client.open(A1, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const claim = byCode(diags, 'unattributed-claim');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Marquer comme contexte'), titles.join(' | '));
    assert.ok(titles.includes('Écarter avec une raison…'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Attribuer à ')), titles.join(' | '));
    await client.notify('textDocument/didClose', { textDocument: { uri } });
  });
});

describe('server messages in English by default', () => {
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    // A language with no bundle falls back to English, as no locale at all does.
    await client.start(WS, {}, { locale: 'de' });
  });
  after(() => client.stop());

  it('words the diagnostics as the core does, and the hovers in English', async () => {
    const vague = byCode(await client.waitForDiagnostics(fileUri(A2), (d) => d.length > 0), 'vague-attribution');
    assert.equal(vague.message, 'Vague source "Des experts": "experts" without a name or an institution: which experts, and where do they work? (vague:experts)');
    const claim = byCode(await client.waitForDiagnostics(fileUri(A1), (d) => d.length > 0), 'unattributed-claim');
    assert.equal(claim.message, 'Claim with no source: who says Corée du Nord delivered weapons? (claim:livrer)');
    const md = await hoverText(client, A3, 'RPDC');
    assert.match(md, /^\*\*Corée du Nord\*\* — country/u);
    assert.match(md, /This mention: acronym, found by knowledge-base entry `KP`/u);
  });
});

describe('finding messages worded from their key and arguments', () => {
  const BUNDLES = join(REPO, 'l10n');
  const lexicons = shippedContext().lexicons;
  const articles = [join(REPO, 'seeds'), join(WS, 'articles')].flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(d, n), 'utf8')));
  const findings = (text: string): readonly Finding[] => analyse(text).findings;

  it('in English, say exactly what the core says, for every finding and related place of the seeds and the fixtures', () => {
    configureLocale(undefined, BUNDLES);
    let n = 0;
    for (const text of articles) {
      for (const f of findings(text)) {
        assert.ok(f.messageId && f.args, `${f.message} has a key and arguments`);
        assert.equal(findingMessage(f, lexicons), f.message);
        for (const r of f.related ?? []) assert.equal(findingMessage(r, lexicons), r.message);
        n++;
      }
    }
    assert.ok(n >= 5, `${n} findings`);
  });

  const cases: { text: string; id: Finding['messageId']; fr: string }[] = [
    { text: 'La Corée du Nord a livré plus de 1 000 conteneurs de munitions à la Russie.', id: 'finding.claim.actor', fr: 'Affirmation sans source : qui affirme que « Corée du Nord » a livré des armes ?' },
    { text: 'Les frappes ont fait 30 morts.', id: 'finding.figure', fr: 'Chiffre sans source : qui avance « 30 morts » ?' },
    { text: 'Des experts estiment que Pyongyang a livré des obus à la Russie.', id: 'finding.vague', fr: 'Source vague « Des experts » : « experts » sans nom ni institution : quels experts, et où travaillent-ils ?' },
    { text: 'Selon des sources, Pyongyang a livré des obus à la Russie.', id: 'finding.vague', fr: 'Source vague « des sources » : des sources anonymes : le lecteur ne peut pas savoir qui se porte garant de l’information.' },
    { text: 'Le sommet a eu lieu mardi.\n\n« Les obus arrivent chaque semaine par le port de Rajin. »', id: 'finding.quote', fr: 'Citation sans locuteur : qui a dit « Les obus arrivent chaque semaine par le port de R… » ?' },
  ];
  for (const c of cases) {
    it(`in French: ${c.id}, ${c.text.slice(0, 40)}…`, () => {
      configureLocale('fr', BUNDLES);
      const f = findings(c.text).find((x) => x.messageId === c.id);
      assert.ok(f, JSON.stringify(findings(c.text)));
      assert.equal(findingMessage(f, lexicons), c.fr);
    });
  }

  it('keeps the English message when an argument or a lexicon entry is missing, rather than mixing languages', () => {
    configureLocale('fr', BUNDLES);
    const f: Finding = { start: 0, end: 1, code: 'vague-attribution', cue: 'vague:x', message: 'Vague source "x": why', messageId: 'finding.vague', args: { source: 'x', reason: 'vague:unknown' } };
    assert.equal(findingMessage(f, lexicons), 'Vague source "x": why');
    assert.equal(findingMessage({ ...f, args: { source: 'x' } }, lexicons), 'Vague source "x": why');
    assert.equal(findingMessage({ message: 'plain' }, lexicons), 'plain');
  });
});

describe('the French bundle', () => {
  it('keeps every placeholder of every message', () => {
    const fr = JSON.parse(readFileSync(join(REPO, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const holes = (s: string): string => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');
    for (const [en, translated] of Object.entries(fr)) assert.equal(holes(translated), holes(en), `${en} → ${translated}`);
  });
});
