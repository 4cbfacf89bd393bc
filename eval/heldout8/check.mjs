#!/usr/bin/env node
// Checks gold.json against the articles of eval/heldout8, the way eval/score.mjs locates things, without the tool:
//   - gold.json parses and has the documented shape;
//   - every entity's (surface, occurrence) is found, and lands where src/*.src put it (src/offsets.json);
//   - entity spans do not overlap;
//   - sentence prefixes are found in order, at the offsets the sources give, and the first one starts the article;
//   - quote prefixes are found in order at their offsets, and every quotation mark in the text opens a gold quote;
//   - list prefixes are found; signatory members are kb names;
//   - kb names, aliases, metonyms and demonyms that occur in the text outside any gold entity are listed for review.
// Prints the counts of the set.
//
//   node eval/heldout8/check.mjs

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const offsets = JSON.parse(readFileSync(join(here, 'src', 'offsets.json'), 'utf8'));
const errors = [];
const review = [];

const kbNames = new Set();
const forms = []; // [form, entity name]
const fold = (s) => s.normalize('NFC').replace(/[’‘]/g, "'");
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbNames.add(e.name);
    for (const a of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push([a, e.name]);
    for (const d of e.demonyms ?? []) for (const s of ['', 's', 'e', 'es', 'ne', 'nes']) forms.push([d + s, e.name]);
  }
}

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
const STATUS = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const totals = { articles: 0, words: 0, entities: 0, entitiesOutsideKb: 0, sentences: {}, quotes: 0, quotesNoSpeaker: 0, signatoryLists: 0, negativeLists: 0 };

if (gold.version !== 1) errors.push('version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) errors.push('articles in gold.json and *.txt differ');

for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  const off = offsets[art];
  const E = (m) => errors.push(`${art}: ${m}`);
  totals.articles++;
  const words = text.split(/[\s\u00A0\u202F]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) E(`${words} words`);

  // entities
  const spans = [];
  g.entities.forEach((e, i) => {
    if (!TYPES.has(e.type)) E(`bad type ${e.type}`);
    if (e.kind && !KINDS.has(e.kind)) E(`bad kind ${e.kind}`);
    if (e.kb === false ? kbNames.has(e.entity) : !kbNames.has(e.entity)) E(`kb flag wrong for ${e.entity}`);
    const p = nthOccurrence(text, e.surface, e.occurrence);
    if (p < 0) E(`entity "${e.surface}" #${e.occurrence} not found`);
    else if (p !== off.entities[i]) E(`entity "${e.surface}" #${e.occurrence} found at ${p}, annotated at ${off.entities[i]}`);
    spans.push([p, p + e.surface.length, e]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) E(`overlap "${spans[i - 1][2].surface}" / "${spans[i][2].surface}"`);
  totals.entities += g.entities.length;
  totals.entitiesOutsideKb += g.entities.filter((e) => e.kb === false).length;

  // sentences
  let from = 0;
  g.sentences.forEach((s, i) => {
    if (!STATUS.has(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at !== off.sentences[i]) E(`sentence "${s.text}" found at ${at}, starts at ${off.sentences[i]}`);
    if (at >= 0) from = at + s.text.length;
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  });
  if (off.sentences[0] !== text.search(/\S/)) E('first sentence does not start the article');
  if (!g.sentences[0].text.startsWith('date ') && art !== '04_arsenal_emprunt.txt') E('no date line');

  // quotes
  from = 0;
  g.quotes.forEach((q, i) => {
    if (q.text.length > 30) E(`quote text over 30 chars: ${q.text}`);
    const at = text.indexOf(q.text, from);
    if (at !== off.quotes[i]) E(`quote "${q.text}" found at ${at}, starts at ${off.quotes[i]}`);
    if (at >= 0) from = at;
    if (q.speaker === null) totals.quotesNoSpeaker++;
  });
  const opens = (text.match(/[«“]/g) ?? []).length + (text.match(/"/g) ?? []).length / 2;
  if (opens !== g.quotes.length) E(`${opens} quotations in the text, ${g.quotes.length} in the gold`);
  totals.quotes += g.quotes.length;

  // lists
  for (const l of g.signatoryLists) {
    if (!text.includes(l.text) || l.text.length !== 40) E(`signatory list "${l.text}"`);
    for (const m of l.members) if (!kbNames.has(m)) E(`member ${m} not a kb name`);
  }
  for (const l of g.negativeLists) if (!text.includes(l.text) || l.text.length !== 40) E(`negative list "${l.text}"`);
  totals.signatoryLists += g.signatoryLists.length;
  totals.negativeLists += g.negativeLists.length;

  // kb forms outside gold entities (case-insensitive for words, exact for acronyms)
  const ftext = fold(text);
  const lower = ftext.toLowerCase();
  for (const [form, name] of forms) {
    if (form.length < 3) continue;
    const acronym = form === form.toUpperCase();
    const hay = acronym ? ftext : lower;
    const needle = acronym ? fold(form) : fold(form).toLowerCase();
    for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) {
      if (isWordChar(hay[p - 1]) || isWordChar(hay[p + needle.length])) continue;
      totals.kbHits = (totals.kbHits ?? 0) + 1;
      if (!spans.some(([s, e]) => s < p + needle.length && e > p)) review.push(`${art}: "${text.slice(p, p + needle.length)}" (${name}) is not inside a gold entity`);
    }
  }
}

console.log(JSON.stringify(totals, null, 1));
for (const r of [...new Set(review)]) console.log(`REVIEW ${r}`);
for (const e of errors) console.log(`ERROR ${e}`);
process.exit(errors.length ? 1 : 0);
