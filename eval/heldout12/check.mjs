// Checks gold.json against the articles, independently of build.mjs (it reads only *.txt, gold.json and the
// name/type/aliases/demonyms/metonyms fields of the kb). Exit code 1 on any error; warnings are printed.
//   - every entity: the n-th occurrence (exact, case-sensitive, no letter/digit right before or after) exists;
//     kb entities: the name exists in the kb and the type agrees; kinds are valid; no two mentions overlap
//   - sentences: every prefix is found in order, none empty, statuses valid; between two sentence starts the text
//     ends like a sentence (punctuation, closing quote, line break, or the dateline dash)
//   - quotes: every prefix found in order, right after an opening quote mark (spaces allowed), ≤ 30 chars;
//     speakerAlso only with a speaker
//   - signatory lists: text found, members are kb names, statedTotal a number or null, approximate a boolean
//   - negative lists: text found
//   - coverage (warnings): every kb name/alias/metonym/demonym form found in the text is inside a gold mention
//   - size: 350–600 words per article
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = new Map();
const forms = []; // [form, name]
const inflect = (d) => [d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes'];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(data) ? data : data.entities ?? Object.values(data);
  for (const e of arr) {
    kb.set(e.name, e.type);
    for (const x of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push([x, e.name]);
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) forms.push([x, e.name]);
  }
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
let errors = 0, warnings = 0;
const err = (m) => { errors++; console.log('ERROR ' + m); };
const warn = (m) => { warnings++; console.log('warn  ' + m); };
const isLD = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(text, s, n) {
  let k = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (isLD(text[i - 1]) || isLD(text[i + s.length])) continue;
    if (k++ === n) return i;
  }
  return -1;
}
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUS = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const norm = (s) => s.replace(/’/g, "'").replace(/[\u00a0\u202f]/g, ' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

if (gold.version !== 1) err('version is not 1');
const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (JSON.stringify(files) !== JSON.stringify(Object.keys(gold.articles).sort())) err('articles in gold.json differ from the *.txt files');
const tot = { words: 0, ents: 0, out: 0, sents: {}, quotes: 0, lists: 0, neg: 0 };
for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  tot.words += words;
  // entities
  const spans = [];
  for (const e of g.entities) {
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) { err(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) { if (kb.has(e.entity)) warn(`${art}: "${e.entity}" marked kb:false but is a kb name`); tot.out++; }
    else if (!kb.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
    else if (kb.get(e.entity) !== e.type) err(`${art}: "${e.entity}" type ${e.type} ≠ kb ${kb.get(e.entity)}`);
    spans.push([at, at + e.surface.length, e.surface]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) err(`${art}: overlapping mentions "${spans[i - 1][2]}" / "${spans[i][2]}"`);
  for (let i = 1; i < g.entities.length; i++) {
    const a = nth(text, g.entities[i - 1].surface, g.entities[i - 1].occurrence), b = nth(text, g.entities[i].surface, g.entities[i].occurrence);
    if (b < a) err(`${art}: entities out of text order at "${g.entities[i].surface}"`);
  }
  tot.ents += g.entities.length;
  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUS.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (!s.text || s.text.length > 40) err(`${art}: sentence text length ${s.text.length}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    starts.push(at);
    from = at + 1;
    tot.sents[s.status] = (tot.sents[s.status] ?? 0) + 1;
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: first sentence does not start the text`);
  for (let i = 0; i + 1 < starts.length; i++) {
    const chunk = text.slice(starts[i], starts[i + 1]).replace(/[ \u00a0\u202f]+$/, '');
    if (!/([.!?»”"]|\n|\(AFP\) -)$/.test(chunk)) warn(`${art}: sentence does not end like one: …${JSON.stringify(chunk.slice(-30))}`);
  }
  // quotes
  from = 0;
  for (const q of g.quotes) {
    if (q.text.length > 30) err(`${art}: quote text > 30: ${q.text}`);
    const at = text.indexOf(q.text, from);
    if (at < 0) { err(`${art}: quote "${q.text}" not found in order`); continue; }
    const before = text.slice(0, at).replace(/[ \u00a0\u202f]+$/, '');
    if (!/[«“"]$/.test(before)) err(`${art}: quote "${q.text}" does not follow an opening mark`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
    if (q.speakerAlso && q.speaker === null) err(`${art}: speakerAlso without speaker`);
    from = at + 1;
  }
  tot.quotes += g.quotes.length;
  // count opening quote marks: every one should be a gold quote
  const opens = [...text.matchAll(/«|“/g)].length + Math.floor([...text.matchAll(/"/g)].length / 2);
  if (opens !== g.quotes.length) err(`${art}: ${opens} quotations in the text, ${g.quotes.length} in gold`);
  // lists
  for (const l of g.signatoryLists) {
    if (!text.includes(l.text)) err(`${art}: list "${l.text}" not found`);
    for (const m of l.members) if (!kb.has(m)) err(`${art}: member ${m} not a kb name`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: bad statedTotal`);
    if (typeof l.approximate !== 'boolean') err(`${art}: approximate not boolean`);
  }
  for (const n of g.negativeLists) if (!text.includes(n.text)) err(`${art}: negative list "${n.text}" not found`);
  tot.lists += g.signatoryLists.length;
  tot.neg += g.negativeLists.length;
  // coverage
  const ntext = norm(text);
  if (ntext.length !== text.length) { warn(`${art}: normalisation changed length, coverage skipped`); continue; }
  for (const [form, name] of forms) {
    const nf = norm(form);
    if (nf.length < 3) continue;
    const allCaps = form === form.toUpperCase() && /\p{L}/u.test(form);
    for (let i = ntext.indexOf(nf); i >= 0; i = ntext.indexOf(nf, i + 1)) {
      if (isLD(ntext[i - 1]) || isLD(ntext[i + nf.length])) continue;
      if (allCaps && text.slice(i, i + nf.length) !== form) continue;
      if (/^\p{Lu}/u.test(form) && !/^\p{Lu}/u.test(text[i])) continue; // a capitalised name is not a common word
      if (!spans.some(([a, b]) => a <= i && i + nf.length <= b)) warn(`${art}: kb form "${form}" (${name}) at ${i} not in a gold mention: …${text.slice(Math.max(0, i - 25), i + nf.length + 15).replace(/\n/g, ' ')}…`);
    }
  }
}
console.log(`\n${files.length} articles, ${tot.words} words, ${tot.ents} entity mentions (${tot.out} outside kb), sentences ${JSON.stringify(tot.sents)}, ${tot.quotes} quotations, ${tot.lists} signatory lists, ${tot.neg} negative lists`);
console.log(`${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
