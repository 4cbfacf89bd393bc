// Independent check of eval/heldout11/gold.json against the article texts (does not use build.mjs).
// Errors make it exit 1; "review" lines are things a person should look at (possible missed mentions,
// sentence boundaries that a naive splitter sees differently). Reads only the kb fields
// name, type, aliases, demonyms and metonyms.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = new Map(); // name → type
const terms = []; // [term, name]
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.set(e.name, e.type);
    for (const t of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) terms.push([t, e.name]);
    for (const d of e.demonyms ?? []) for (const x of [d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes']) terms.push([x, e.name]);
  }
}
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrences(text, s) {
  const r = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) if (!isW(text[p - 1]) && !isW(text[p + s.length])) r.push(p);
  return r;
}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").replace(/[\u00a0\u202f]/g, ' ').toLowerCase();

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
let errors = 0, reviews = 0;
const E = (m) => { errors++; console.log('ERROR  ' + m); };
const R = (m) => { reviews++; console.log('review ' + m); };
if (gold.version !== 1) E('version must be 1');
const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.join() !== Object.keys(gold.articles).sort().join()) E(`articles ${files} ≠ gold ${Object.keys(gold.articles)}`);
const STATUS = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const totals = { words: 0, ents: 0, outside: 0, sent: {}, quotes: 0, sig: 0, neg: 0 };

for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const words = text.split(/\s+/).filter(Boolean).length;
  totals.words += words;
  if (words < 350 || words > 600) E(`${art}: ${words} words`);
  // entities
  const spans = [];
  for (const e of g.entities) {
    const occ = occurrences(text, e.surface);
    if (!(e.occurrence < occ.length)) { E(`${art}: "${e.surface}" #${e.occurrence} not found`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!TYPES.has(e.type)) E(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) { if (kb.has(e.entity)) E(`${art}: ${e.entity} marked kb:false but is a kb name`); totals.outside++; }
    else if (!kb.has(e.entity)) E(`${art}: ${e.entity} is not a kb name`);
    else if (kb.get(e.entity) !== e.type) E(`${art}: ${e.entity} type ${e.type} ≠ kb ${kb.get(e.entity)}`);
  }
  totals.ents += g.entities.length;
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) E(`${art}: overlapping "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  for (let i = 1; i < spans.length; i++) if (spans[i].start === spans[i - 1].start) E(`${art}: duplicate mention at ${spans[i].start}`);
  const covered = (p, q) => spans.some((s) => s.start < q && s.end > p);
  // possible misses: kb terms (folded) and capitalised words outside any gold mention
  const ft = fold(text);
  for (const [t, name] of terms) {
    const ftt = fold(t);
    if (ftt.length < 3) continue;
    for (const p of occurrences(ft, ftt)) if (!covered(p, p + ftt.length)) R(`${art}: kb term "${text.slice(p, p + ftt.length)}" (${name}) at ${p} has no gold mention`);
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*/gu)) {
    const p = m.index;
    if (covered(p, p + m[0].length)) continue;
    const before = text.slice(Math.max(0, p - 3), p);
    const sentenceStart = /(^|[.!?»"”]\s+|\n\s*|[«“"]\s*|:\s*|-\s)$/u.test(text.slice(0, p)) || p === 0;
    if (!sentenceStart) R(`${art}: capitalised "${m[0]}" at ${p} (…${before}) not in any gold mention`);
  }
  // sentences
  let from = 0, prevEnd = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUS.has(s.status)) E(`${art}: bad status ${s.status}`);
    totals.sent[s.status] = (totals.sent[s.status] ?? 0) + 1;
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() && starts.length === 0) E(`${art}: text before first sentence`);
    if (s.text.length < 40 && !/^[\s]*$/.test(text.slice(at + s.text.length, at + s.text.length + 1)) && at + s.text.length < text.length) E(`${art}: short sentence "${s.text}" not followed by a break`);
    starts.push(at);
    from = at + s.text.length;
  }
  // naive splitter for comparison
  const naive = new Set([text.search(/\S/)]);
  for (const m of text.matchAll(/\n+\s*(?=\S)/g)) naive.add(m.index + m[0].length);
  for (const m of text.matchAll(/[.!?…][»”"]?\s+(?=[«“"]?\s*\p{Lu})/gu)) {
    const pre = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/\bM\.$/.test(pre)) continue;
    naive.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(/»\s+(?=\p{Lu})/gu)) naive.add(m.index + m[0].length);
  const goldSet = new Set(starts);
  for (const p of naive) if (!goldSet.has(p)) R(`${art}: naive splitter starts a sentence at ${p}: «${text.slice(p, p + 40)}»`);
  for (const p of goldSet) if (!naive.has(p)) R(`${art}: gold sentence the naive splitter misses: «${text.slice(p, p + 40)}»`);
  // quotes
  const opens = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«' || text[i] === '“') opens.push(i);
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) E(`${art}: odd number of straight quotes`);
  for (let i = 0; i < straight.length; i += 2) opens.push(straight[i]);
  opens.sort((a, b) => a - b);
  if (opens.length !== g.quotes.length) E(`${art}: ${opens.length} quotations in text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const o = opens[i];
    if (o === undefined) return;
    const after = text.slice(o + 1).replace(/^[\s\u00a0\u202f]+/, '');
    if (!after.startsWith(q.text)) E(`${art}: quote ${i} "${q.text}" does not start after opening mark ${o}: «${after.slice(0, 30)}»`);
    if (q.text.length > 30) E(`${art}: quote text longer than 30`);
    const closeCh = { '«': '»', '“': '”', '"': '"' }[text[o]];
    const inner = text.slice(o + 1, text.indexOf(closeCh, o + 1)).trim().replace(/^[\u00a0\u202f]+|[\u00a0\u202f]+$/g, '');
    if (!inner.startsWith(q.text) || (inner.length >= 30 && q.text.length !== 30) || (inner.length < 30 && q.text !== inner)) E(`${art}: quote ${i} text should be «${inner.slice(0, 30)}»`);
    if (!('speaker' in q)) E(`${art}: quote without speaker field`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) E(`${art}: speakerAlso not an array`);
  });
  totals.quotes += g.quotes.length;
  // lists
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) E(`${art}: list "${l.text}" not found`);
    for (const m of l.members) {
      if (!kb.has(m)) E(`${art}: member ${m} not a kb name`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.start < at + 400)) E(`${art}: member ${m} has no mention after the list start`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`${art}: bad statedTotal`);
    if (typeof l.approximate !== 'boolean') E(`${art}: approximate must be boolean`);
    totals.sig++;
  }
  for (const l of g.negativeLists ?? []) { if (text.indexOf(l.text) < 0) E(`${art}: negative list "${l.text}" not found`); totals.neg++; }
}
console.log(JSON.stringify(totals));
console.log(`${errors} errors, ${reviews} review notes`);
process.exit(errors ? 1 : 0);
