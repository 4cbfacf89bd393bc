#!/usr/bin/env node
// Checks gold.json against the articles, the way eval/score.mjs reads them, without running the tool:
//   - gold.json parses and has the expected shape;
//   - every entity surface/occurrence is found (word-bounded, case-sensitive), types and kb names are valid,
//     no two gold mentions overlap;
//   - every sentence prefix is found in order, the sentences cover the text, statuses are valid;
//   - every quotation prefix is found in order, and the number of quotations equals the number of opening marks;
//   - every list text is found; list members are kb names;
//   - a coverage scan: kb names, aliases, metonyms and demonym inflections found in the text and not covered
//     by a gold mention (to review by hand), and capitalised words outside any gold mention;
//   - possible sentence boundaries that are not gold sentence starts (to review by hand);
//   - counts (articles, words, mentions, sentences by status, quotes, lists).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, fold, inflect } from './kb-names.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const verbose = process.argv.includes('-v');
const { byName, entries } = loadKb();
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const notes = [];
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];

// kb forms for the coverage scan (folded → entity)
const forms = [];
for (const e of entries) {
  for (const f of [e.name, ...e.aliases, ...e.metonyms]) forms.push({ form: f, entity: e.name });
  for (const d of e.demonyms) for (const f of inflect(d)) forms.push({ form: f, entity: e.name });
}

const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) errors.push('articles and gold do not match');
if (gold.version !== 1) errors.push('version');

const totals = { words: 0, mentions: 0, kbFalse: 0, byType: {}, byKind: {}, sentences: {}, quotes: 0, nullQuotes: 0, sig: 0, neg: 0 };
for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) errors.push(`${art}: ${k} missing`);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) errors.push(`${art}: ${words} words`);

  // entities
  const spans = [];
  for (const e of g.entities) {
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) errors.push(`${art}: entity ${e.surface} #${e.occurrence} not found`);
    if (!TYPES.has(e.type)) errors.push(`${art}: type ${e.type}`);
    if (e.kind && !KINDS.has(e.kind)) errors.push(`${art}: kind ${e.kind}`);
    if (e.kb === false) {
      if (byName.has(e.entity)) errors.push(`${art}: ${e.entity} marked outside the kb but is a kb name`);
    } else if (!byName.has(e.entity)) errors.push(`${art}: ${e.entity} not a kb name`);
    else if (byName.get(e.entity).type !== e.type) errors.push(`${art}: ${e.entity} type ${e.type}`);
    spans.push({ start: at, end: at + e.surface.length, e });
    totals.mentions++;
    if (e.kb === false) totals.kbFalse++;
    totals.byType[e.type] = (totals.byType[e.type] ?? 0) + 1;
    totals.byKind[e.kind ?? 'name'] = (totals.byKind[e.kind ?? 'name'] ?? 0) + 1;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) errors.push(`${art}: overlapping mentions ${spans[i - 1].e.surface} / ${spans[i].e.surface}`);
  const covered = (s, e) => spans.some((x) => x.start < e && s < x.end);

  // coverage scan of kb forms
  const ftext = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
  if (ftext.length !== text.length) notes.push(`${art}: folding changed the length, coverage scan offsets approximate`);
  for (const { form, entity } of forms) {
    const f = form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'");
    if (f.length < 2) continue;
    for (let p = ftext.indexOf(f); p !== -1; p = ftext.indexOf(f, p + 1)) {
      if (isWordChar(ftext[p - 1]) || isWordChar(ftext[p + f.length])) continue;
      // acronyms and short forms: case-sensitive
      if (form === form.toUpperCase() && text.slice(p, p + form.length) !== form) continue;
      if (!covered(p, p + f.length)) notes.push(`${art}: uncovered kb form "${text.slice(p, p + f.length)}" (${entity}) at ${p}`);
    }
  }
  // capitalised words outside gold mentions
  const capRe = /\p{Lu}[\p{L}\p{N}'’-]*/gu;
  const caps = new Set();
  for (let m; (m = capRe.exec(text)); ) if (!covered(m.index, m.index + m[0].length)) caps.add(m[0]);
  if (verbose) notes.push(`${art}: capitalised words outside mentions: ${[...caps].join(' ')}`);

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.includes(s.status)) errors.push(`${art}: status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) errors.push(`${art}: sentence "${s.text}" not found in order`);
    else {
      if (starts.length && at <= starts[starts.length - 1]) errors.push(`${art}: sentence "${s.text}" does not follow the previous one`);
      starts.push(at);
      from = at + s.text.length;
      // the rest of the sentence is skipped by the next search
    }
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  }
  if (starts[0] !== text.search(/\S/)) errors.push(`${art}: first sentence does not start the text`);
  // possible boundaries not in the gold
  const bRe = /[.!?»"”](?:\s*[»"”])?\s+(?=[\p{Lu}«"“])|\n\s*(?=\S)/gu;
  for (let m; (m = bRe.exec(text)); ) {
    const p = m.index + m[0].length;
    if (!starts.includes(p)) notes.push(`${art}: possible boundary not in gold: …${JSON.stringify(text.slice(Math.max(0, p - 25), p + 25))}`);
  }
  // sentence ends: every gold sentence but the headlines should end with . » " ” or a line end
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(starts[i], end).trimEnd();
    if (verbose) notes.push(`${art}: [${g.sentences[i].status}] ${body}`);
  }

  // quotes
  const openMarks = (text.match(/[«“]/g) ?? []).length + (text.match(/"/g) ?? []).length / 2;
  if (openMarks !== g.quotes.length) errors.push(`${art}: ${openMarks} quotations in the text, ${g.quotes.length} in the gold`);
  from = 0;
  for (const q of g.quotes) {
    const at = text.indexOf(q.text, from);
    if (at < 0) errors.push(`${art}: quote "${q.text}" not found in order`);
    else {
      if (!/[«“"]\s*$/.test(text.slice(Math.max(0, at - 3), at))) errors.push(`${art}: quote "${q.text}" does not follow an opening mark`);
      from = at + 1;
    }
    if (q.text.length > 30) errors.push(`${art}: quote text too long`);
    if (q.speaker !== null && typeof q.speaker !== 'string') errors.push(`${art}: speaker`);
    if (q.speakerAlso) for (const s of q.speakerAlso) if (!byName.has(s) && !/^(la|le|les) /.test(s)) errors.push(`${art}: speakerAlso ${s}`);
    totals.quotes++;
    if (q.speaker === null) totals.nullQuotes++;
  }

  // lists
  for (const l of g.signatoryLists) {
    if (text.indexOf(l.text) < 0) errors.push(`${art}: list "${l.text}" not found`);
    for (const m of l.members) if (!byName.has(m)) errors.push(`${art}: member ${m}`);
    if (!('statedTotal' in l)) errors.push(`${art}: statedTotal missing`);
    totals.sig++;
  }
  for (const l of g.negativeLists) {
    if (text.indexOf(l.text) < 0) errors.push(`${art}: negative list "${l.text}" not found`);
    totals.neg++;
  }
  console.log(
    `${art.padEnd(30)} ${String(words).padStart(4)} words ${String(g.entities.length).padStart(4)} mentions ${String(g.sentences.length).padStart(3)} sentences ${String(g.quotes.length).padStart(3)} quotes ${g.signatoryLists.length} sig ${g.negativeLists.length} neg`,
  );
}
console.log(`\n${txts.length} articles, ${totals.words} words, ${totals.mentions} entity mentions (${totals.kbFalse} outside the kb)`);
console.log(`  by type ${JSON.stringify(totals.byType)}\n  by kind ${JSON.stringify(totals.byKind)}`);
console.log(`  sentences ${JSON.stringify(totals.sentences)} = ${Object.values(totals.sentences).reduce((a, b) => a + b, 0)}`);
console.log(`  quotes ${totals.quotes} (${totals.nullQuotes} with no speaker), signatory lists ${totals.sig}, negative lists ${totals.neg}`);
if (notes.length) console.log(`\nTo review:\n  ${notes.join('\n  ')}`);
if (errors.length) {
  console.log(`\nERRORS:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log('\nno errors');
