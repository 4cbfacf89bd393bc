#!/usr/bin/env node
// Checks eval/heldout7/gold.json against the articles, independently of build.mjs:
//   - gold.json parses and has the README's shape;
//   - every entity's (surface, occurrence) exists in the text (same rule as the scorer), kb names and types agree
//     with server/data/kb (only name/type/aliases/demonyms/metonyms are read);
//   - every sentence prefix is found in order, consecutively, and sentences cover the whole text;
//   - every quotation in the text is in the gold, in order, and every gold quote prefix is found in order;
//   - list prefixes are found; signatory members are kb names;
//   - a coverage scan: kb names, aliases, metonyms and demonym inflections found in the text but not covered by a
//     gold entity, and capitalised words not covered (to review by hand).
//
//   node eval/heldout7/check.mjs [--coverage]

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');
const showCoverage = process.argv.includes('--coverage');

const kb = new Map(); // name → type
const forms = []; // [form, name]
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.set(e.name, e.type);
    for (const a of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push([a, e.name]);
    for (const d of e.demonyms ?? []) for (const suf of ['', 'e', 's', 'es', 'ne', 'nes']) forms.push([d + suf, e.name]);
  }
}

const errors = [];
const warn = [];
const err = (m) => errors.push(m);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const fold = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/[\u00a0\u202f]/g, ' ');

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('version is not 1');
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const totals = { articles: 0, words: 0, entities: 0, notInKb: 0, quotes: 0, nullQuotes: 0, sentences: {}, sig: 0, neg: 0 };
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (txts.join() !== Object.keys(gold.articles).sort().join()) err(`articles on disk ${txts} ≠ gold ${Object.keys(gold.articles)}`);

for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.articles++;
  totals.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(`${art}: ${k} missing`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      totals.notInKb++;
      if (kb.has(e.entity)) warn.push(`${art}: "${e.entity}" marked kb:false but is a kb name`);
    } else if (!kb.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
    else if (kb.get(e.entity) !== e.type) err(`${art}: ${e.entity} is ${kb.get(e.entity)} in the kb, ${e.type} in the gold`);
    spans.push([at, at + e.surface.length, e]);
    totals.entities++;
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++)
    if (spans[i][0] < spans[i - 1][1]) err(`${art}: overlapping entities "${spans[i - 1][2].surface}" and "${spans[i][2].surface}"`);
  // duplicates
  const seen = new Set();
  for (const e of g.entities) {
    const k = `${e.surface}#${e.occurrence}`;
    if (seen.has(k)) err(`${art}: duplicate entity ${k}`);
    seen.add(k);
  }

  // ---- sentences: in order, consecutive, covering the text
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (s.text.length > 40) err(`${art}: sentence text over 40 chars`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    if (text.slice(from, at).trim() !== '' && starts.length) {
      // text between the previous prefix end and this start belongs to the previous sentence: fine
    }
    starts.push(at);
    from = at + s.text.length;
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  }
  if (starts.length && text.slice(0, starts[0]).trim() !== '') err(`${art}: text before the first sentence`);
  // each sentence start must be the first occurrence after the previous prefix, and no prefix may reach into the next sentence
  for (let i = 0; i + 1 < starts.length; i++)
    if (starts[i] + g.sentences[i].text.length > starts[i + 1]) err(`${art}: sentence ${i} prefix runs into the next`);
  // a sentence boundary must follow ., !, ?, », ”, a line break, or the text start
  for (let i = 1; i < starts.length; i++) {
    const before = text.slice(0, starts[i]).replace(/[\s\u00a0\u202f]+$/, '');
    if (!/[.!?»”)\n]$|\d$/.test(before) && !/\n\s*$/.test(text.slice(0, starts[i])))
      warn.push(`${art}: sentence ${i} "${g.sentences[i].text}" starts after "${before.slice(-15)}"`);
  }

  // ---- quotes: every quotation of the text, in order
  const found = [];
  for (const [o, c] of [
    ['«', '»'],
    ['“', '”'],
  ])
    for (let p = text.indexOf(o); p !== -1; p = text.indexOf(o, p + 1)) found.push([p, text.indexOf(c, p + 1)]);
  const st = [...text.matchAll(/"/g)].map((m) => m.index);
  for (let i = 0; i + 1 < st.length; i += 2) found.push([st[i], st[i + 1]]);
  found.sort((a, b) => a[0] - b[0]);
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in the gold`);
  from = 0;
  g.quotes.forEach((q, i) => {
    totals.quotes++;
    if (q.speaker === null) totals.nullQuotes++;
    if (q.text.length > 30) err(`${art}: quote text over 30 chars`);
    const at = text.indexOf(q.text, from);
    if (at < 0) return err(`${art}: quote "${q.text}" not found in order`);
    if (found[i] && !(at > found[i][0] && at < found[i][1])) err(`${art}: quote "${q.text}" found outside quotation ${i}`);
    from = at + 1;
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
  });

  // ---- lists
  for (const l of g.signatoryLists) {
    totals.sig++;
    if (text.indexOf(l.text) < 0) err(`${art}: signatory list "${l.text}" not found`);
    for (const m of l.members) if (!kb.has(m)) err(`${art}: member ${m} not a kb name`);
    if (!('statedTotal' in l)) err(`${art}: statedTotal missing`);
  }
  for (const l of g.negativeLists) {
    totals.neg++;
    if (text.indexOf(l.text) < 0) err(`${art}: negative list "${l.text}" not found`);
  }

  // ---- coverage scan
  if (showCoverage) {
    const ft = fold(text);
    const covered = (a, b) => spans.some(([s, e]) => s <= a && b <= e);
    const hits = new Map();
    for (const [form, name] of forms) {
      const ff = fold(form);
      if (ff.length < 2) continue;
      for (let p = ft.indexOf(ff); p !== -1; p = ft.indexOf(ff, p + 1)) {
        if (isWordChar(ft[p - 1]) || isWordChar(ft[p + ff.length])) continue;
        if (!covered(p, p + ff.length)) hits.set(`${p}`, `${text.slice(p, p + ff.length)} (kb ${name})`);
      }
    }
    for (const [p, h] of [...hits].sort((a, b) => a[0] - b[0])) console.log(`  ${art} @${p}: uncovered kb form ${h}`);
    for (const m of text.matchAll(/(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}\p{N}-]+/gu)) {
      const a = m.index;
      if (covered(a, a + m[0].length)) continue;
      const prev = text.slice(0, a).replace(/[\s\u00a0\u202f«“"(—–-]+$/, '');
      if (prev === '' || /[.!?»”\n:]$/.test(prev)) continue; // sentence-initial capital
      console.log(`  ${art} @${a}: capitalised, not annotated: ${m[0]}`);
    }
  }
}

console.log(JSON.stringify(totals));
for (const w of warn) console.log(`warning: ${w}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  process.exit(1);
}
console.log('gold.json OK');
