import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyseDocument } from '../../server/src/analysis/analyseDocument';
import { analyseSignatories } from '../../server/src/analysis/signatoryLists';
import {
  buildStatements,
  compareMembers,
  describeComparison,
  describeEvidence,
  formatMemberDiff,
  relatedStatements,
  statementAt,
  statementOfList,
  type StatementArticle,
} from '../../server/src/analysis/statements';
import type { KbEntity, Quote } from '../../server/src/analysis/types';
import { contextWith, FIXTURES } from '../support/core';

const DIR = join(FIXTURES, 'signatories');
const KB = (JSON.parse(readFileSync(join(DIR, 'kb.json'), 'utf8')) as { entities: KbEntity[] }).entities;
const ctx = contextWith(KB);
const NAMES = new Map(KB.map((e) => [e.id, e.name]));
const nameOf = (id: string): string => NAMES.get(id) ?? id;

/** Analyses a fixture article the way the corpus will: lists, statement mentions, and quotes (given here, attribution being another module). */
function article(file: string, quotes: Quote[] = []): StatementArticle & { text: string } {
  const text = readFileSync(join(DIR, file), 'utf8');
  const a = analyseDocument(text, ctx);
  const { statementMentions } = analyseSignatories({ text, sentences: a.sentences, mentions: a.mentions, lexicons: ctx.lexicons });
  return { uri: `file:///corpus/${file}`, text, ...(a.date ? { date: a.date } : {}), signatoryLists: a.signatoryLists, statementMentions, quotes };
}

/** A quote of the fixture spoken by the statement noun that follows it ("…», indique le communiqué"). */
function quoteOfCommunique(text: string): Quote {
  const start = text.indexOf('«');
  const end = text.indexOf('»', start) + 1;
  const at = text.indexOf('communiqué', end);
  return { start, end, speaker: { label: 'le communiqué', span: { start: at, end: at + 'communiqué'.length }, how: 'verb:indiquer' } };
}

describe('statements from one article', () => {
  it('a joint statement with its issuers, date, relative date, mentions and quote', () => {
    const g7 = article('g7-mars.txt');
    const withQuote = { ...g7, quotes: [quoteOfCommunique(g7.text)] };
    const [s, ...rest] = buildStatements([withQuote], { nameOf });
    assert.equal(rest.length, 0);
    assert.ok(s);
    assert.equal(s.type, 'statement');
    assert.deepEqual(s.members, ['CA', 'FR', 'DE', 'IT', 'JP', 'GB']);
    assert.deepEqual(s.issuers, s.members);
    assert.equal(s.date, '2025-03');
    assert.equal(s.when, 'jeudi');
    assert.match(s.id, /^statement:2025-03:[0-9a-z]+$/);
    assert.equal(s.label, 'Déclaration commune du 2025-03 (jeudi) — Canada, France, Allemagne + 3');
    assert.equal(s.reports.length, 1);
    // "Le texte" refers back to the statement too.
    assert.deepEqual(s.reports[0]!.mentions.map((m) => g7.text.slice(m.start, m.end)), ['déclaration commune', 'communiqué', 'texte']);
    assert.equal(s.reports[0]!.quotes.length, 1);
    assert.deepEqual(s.evidence, []);
  });

  it('issuers and co-signers of one statement, a stated total, and a second, unrelated statement', () => {
    const a = article('coalition-cinquante.txt');
    const statements = buildStatements([a], { nameOf });
    assert.equal(statements.length, 2);
    const [main, other] = statements;
    assert.deepEqual(main!.members, ['EU', 'US', 'CA', 'NO', 'AU', 'AR']);
    assert.deepEqual(main!.issuers, ['EU', 'US']);
    assert.deepEqual(main!.signatories, ['CA', 'NO', 'AU', 'AR']);
    assert.equal(main!.statedTotal, 50);
    assert.equal(main!.partial, true);
    assert.deepEqual(other!.members, ['RU', 'CN']);
  });
});

describe('statements across articles', () => {
  it('an undated partial report joins the dated statement it is contained in, with the evidence', () => {
    const statements = buildStatements([article('g7-mars.txt'), article('reprise-sans-date.txt')], { nameOf });
    assert.equal(statements.length, 1);
    const [s] = statements;
    assert.equal(s!.reports.length, 2);
    assert.deepEqual(s!.signatories, ['IT', 'JP']);
    const [e] = s!.evidence;
    assert.ok(e);
    assert.equal(e.reason, 'containment');
    assert.equal(e.period, 'undated');
    assert.equal(e.weekday, 'jeudi');
    assert.deepEqual(e.shared, ['IT', 'JP']);
    assert.equal(describeEvidence(e), 'one article has no date line, 2 shared members, partial report contained (100%), Jaccard 0.33, both say jeudi');
  });

  it('two dated reports of the same month merge on Jaccard ≥ 0.5', () => {
    const [s, ...rest] = buildStatements([article('g7-mars.txt'), article('g7-mars-bis.txt')]);
    assert.equal(rest.length, 0);
    assert.equal(s!.evidence[0]!.reason, 'jaccard');
    assert.equal(s!.evidence[0]!.period, 'same-month');
    assert.ok(Math.abs(s!.evidence[0]!.jaccard - 5 / 7) < 1e-9);
    // Issuers ("ont publié") come before members that only signed ("ont signé").
    assert.deepEqual(s!.members, ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'NO']);
  });

  it('the same members in another month are another statement', () => {
    const statements = buildStatements([article('g7-mars.txt'), article('g7-janvier.txt')]);
    assert.equal(statements.length, 2);
    assert.notEqual(statements[0]!.id, statements[1]!.id);
  });

  it('a wire dispatch with no date line is dated by its dateline', () => {
    const dated = (text: string): string | undefined => analyseDocument(text, ctx).date;
    assert.equal(dated('Les trois alliés condamnent\n\nTOKYO, 28 juil 2024 (AFP) - Les États-Unis, le Japon et la Corée du Sud ont condamné dimanche ces tirs.'), '2024-07');
    assert.equal(dated('Séoul, 14 décembre 2024 (AFP) – Le Japon et la Pologne ont signé une déclaration commune.'), '2024-12');
    // A date in the body is the date of something else; a dateline without a year gives no month to trust.
    assert.equal(dated('Le 21 novembre 2023, la Corée du Nord a lancé un satellite.'), undefined);
    assert.equal(dated('BRUXELLES, 20 mai (Reuters) - Le Japon a parlé.'), undefined);
    assert.equal(dated('date 2025-03\nTOKYO, 28 juil 2024 (AFP) - Le Japon a parlé.'), '2025-03');
  });

  it('two different weekdays are two statements', () => {
    assert.equal(buildStatements([article('g7-mars.txt'), article('g7-lundi.txt')]).length, 2);
  });

  it('a different coalition of the same month stays apart', () => {
    assert.equal(buildStatements([article('g7-mars.txt'), article('trilaterale-mars.txt')]).length, 2);
  });

  it('an undated report never bridges two dated statements of different months', () => {
    const lundiLess = { ...article('reprise-sans-date.txt') };
    const statements = buildStatements([article('g7-mars.txt'), article('g7-janvier.txt'), lundiLess]);
    assert.equal(statements.length, 2);
    assert.ok(statements.every((s) => new Set(s.reports.map((r) => r.date).filter(Boolean)).size <= 1));
  });

  it('does not depend on the order of the articles', () => {
    const files = ['trilaterale-mars.txt', 'g7-mars.txt', 'reprise-sans-date.txt', 'g7-janvier.txt', 'coalition-cinquante.txt', 'g7-mars-bis.txt'];
    const forward = buildStatements(files.map((f) => article(f)));
    const backward = buildStatements([...files].reverse().map((f) => article(f)));
    assert.deepEqual(backward, forward);
  });

  it('ids depend on period and members only', () => {
    const a = buildStatements([article('g7-janvier.txt')])[0]!;
    const moved = buildStatements([{ ...article('g7-janvier.txt'), uri: 'file:///elsewhere.txt' }])[0]!;
    assert.equal(a.id, moved.id);
  });
});

describe('comparing statements for the hover', () => {
  it('compareMembers and formatMemberDiff', () => {
    const table: [string[], string[], string][] = [
      [['DE', 'JP'], ['JP', 'AR'], '+ Allemagne, − Argentine'],
      [['JP'], ['JP'], 'same members'],
      [[], ['KR'], '− Corée du Sud'],
    ];
    for (const [a, b, expected] of table) assert.equal(formatMemberDiff(compareMembers(a, b), nameOf), expected);
  });

  it('related statements share members; the comparison line names the other period', () => {
    const statements = buildStatements([article('g7-mars.txt'), article('trilaterale-mars.txt'), article('g7-janvier.txt')], { nameOf });
    const g7 = statements.find((s) => s.date === '2025-03' && s.members.includes('GB'))!;
    const related = relatedStatements(g7, statements);
    assert.deepEqual(related.map((r) => r.diff.shared.length), [6, 1]);
    assert.equal(describeComparison(g7, related[1]!.statement, nameOf), 'vs. the statement of 2025-03: + Canada, + France, + Allemagne, + Italie, + Royaume-Uni, − Corée du Sud, − États-Unis');
  });

  it('finds the statement of a list and at an offset', () => {
    const a = article('g7-mars.txt');
    const statements = buildStatements([a]);
    const list = a.signatoryLists[0]!;
    assert.equal(statementOfList(statements, a.uri, list), statements[0]);
    assert.equal(statementAt(statements, a.uri, a.text.indexOf('communiqué') + 2), statements[0]);
    assert.equal(statementAt(statements, a.uri, 0), undefined);
  });

  it('never throws on an empty corpus or articles without lists', () => {
    assert.deepEqual(buildStatements([]), []);
    assert.deepEqual(buildStatements([{ uri: 'x', signatoryLists: [] }]), []);
  });
});
