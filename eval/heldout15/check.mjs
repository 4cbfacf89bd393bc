#!/usr/bin/env node
// Independent check of eval/heldout15/gold.json against the article texts (does not use build.mjs).
//   node eval/heldout15/check.mjs          errors make it exit 1; warnings are printed for review
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// kb: name, type, aliases, demonyms, metonyms only.
const kbType = new Map();
const forms = []; // [form, name]
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    forms.push([e.name, e.name]);
    for (const a of e.aliases ?? []) forms.push([a, e.name]);
    for (const m of e.metonyms ?? []) forms.push([m, e.name]);
    for (const d of e.demonyms ?? []) for (const s of ['', 's', 'e', 'es', 'ne', 'nes']) forms.push([d + s, e.name]);
  }
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrences(text, s) {
  const out = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (!isWordChar(text[p - 1]) && !isWordChar(text[p + s.length])) out.push(p);
  }
  return out;
}
const foldChar = (c) => {
  let f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (f.length !== 1) f = c.toLowerCase().length === 1 ? c.toLowerCase() : '?';
  if (/[’‘ʼ]/.test(f)) f = "'";
  if (/[-‐‑–—]/.test(f)) f = ' ';
  if (/[\u00a0\u202f]/.test(f)) f = ' ';
  return f;
};
const fold = (s) => [...s].map(foldChar).join('');

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);

const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (gold.version !== 1) err('version is not 1');
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`files ${txtFiles} vs gold ${goldFiles}`);

const totals = { words: 0, entities: 0, outside: 0, sentences: {}, quotes: 0, lists: 0, neg: 0 };
for (const art of goldFiles) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const occ = occurrences(text, e.surface);
    const p = occ[e.occurrence];
    if (p === undefined) { err(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(`${art}: "${e.entity}" marked kb:false but is a kb name`);
      totals.outside++;
    } else {
      if (e.kb !== undefined) err(`${art}: kb field must be absent or false`);
      if (!kbType.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(`${art}: "${e.entity}" type ${e.type} vs kb ${kbType.get(e.entity)}`);
    }
    if (e.kind && e.type !== 'country' && !(e.entity === 'Union européenne')) err(`${art}: kind on non-country ${e.surface}`);
    spans.push({ start: p, end: p + e.surface.length, e });
  }
  totals.entities += g.entities.length;
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].start < spans[k - 1].end) err(`${art}: overlapping mentions "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`);
  }
  for (let k = 0; k < g.entities.length; k++) {
    // listed in text order
    const prev = g.entities[k - 1];
    if (prev) {
      const a = occurrences(text, prev.surface)[prev.occurrence];
      const b = occurrences(text, g.entities[k].surface)[g.entities[k].occurrence];
      if (a !== undefined && b !== undefined && b < a) warn(`${art}: entity "${g.entities[k].surface}" listed out of order`);
    }
  }
  // kb forms found in the text (folded) that no gold mention covers
  const ftext = fold(text);
  if (ftext.length !== text.length) err(`${art}: fold changed length`);
  const seen = new Set();
  for (const [form, name] of forms) {
    const ff = fold(form);
    if (ff.length < 2) continue;
    for (const p of occurrences(ftext, ff)) {
      if (spans.some((s) => s.start < p + ff.length && s.end > p)) continue;
      const key = `${p}:${text.slice(p, p + ff.length)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warn(`${art}: kb form "${text.slice(p, p + ff.length)}" (${name}) at ${p} not covered by a gold mention`);
    }
  }
  // mentions covered by no kb form although marked kb (informative)
  for (const s of spans) {
    if (s.e.kb === false) continue;
    const fs = fold(s.e.surface);
    if (!forms.some(([f, n]) => n === s.e.entity && fold(f) === fs)) warn(`${art}: "${s.e.surface}" → ${s.e.entity} is not a kb form of it (surname, short form or inflection?)`);
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (s.text.length > 40 || s.text.length === 0) err(`${art}: sentence prefix length ${s.text.length}`);
    const p = text.indexOf(s.text, from);
    if (p === -1) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, p).trim() !== '' && starts.length === 0) err(`${art}: text before first sentence`);
    starts.push(p);
    from = p + s.text.length;
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: first sentence does not start the text`);
  // every sentence prefix is 40 chars, or the whole sentence up to the next start
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const own = text.slice(starts[k], end).replace(/[\s\u00a0\u202f]+$/u, '');
    const want = own.slice(0, 40);
    if (g.sentences[k].text !== want) err(`${art}: sentence ${k} prefix "${g.sentences[k].text}" should be "${want}"`);
    if (/[.!?»"”]\s*$/.test(own) === false && !/\n/.test(text.slice(starts[k] + own.length, end)) && k + 1 < starts.length)
      warn(`${art}: sentence ${k} ends without punctuation or line break: "${own.slice(-30)}"`);
  }
  // candidate boundaries of a naive splitter that are not gold starts
  const cands = new Set();
  const re = /(?:[.!?](?:\s*[»"”])?[ \u00a0]+|\n+)(?=[«"“]?[\s\u00a0]*[A-ZÀ-ÖØ-Þ0-9«"“])/gu;
  for (let m; (m = re.exec(text)); ) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/\bM\.$|\bMme\.$/.test(before)) continue;
    cands.add(m.index + m[0].length);
  }
  for (const c of cands) if (!starts.includes(c)) warn(`${art}: possible sentence start not in gold: "${text.slice(c, c + 40)}"`);
  for (const s of starts) if (s !== starts[0] && !cands.has(s)) warn(`${art}: gold sentence start not a naive boundary: "${text.slice(s, s + 40)}"`);

  // ---- quotes
  const opens = (text.match(/[«“]/g) ?? []).length + Math.floor((text.match(/"/g) ?? []).length / 2);
  if (opens !== g.quotes.length) err(`${art}: ${opens} opening quote marks but ${g.quotes.length} gold quotes`);
  from = 0;
  for (const q of g.quotes) {
    if (q.text.length > 30 || q.text !== q.text.trim()) err(`${art}: quote text "${q.text}" length/trim`);
    const p = text.indexOf(q.text, from);
    if (p === -1) { err(`${art}: quote "${q.text}" not found in order`); continue; }
    let b = p - 1;
    while (/[ \u00a0\u202f]/.test(text[b])) b--;
    if (!/[«“"]/.test(text[b])) err(`${art}: quote "${q.text}" not right after an opening mark`);
    const inner = text.slice(b + 1).replace(/^[ \u00a0\u202f]+/u, '');
    const close = inner.search(/[»”"]/);
    const want = inner.slice(0, Math.min(30, close)).replace(/[ \u00a0\u202f]+$/u, '');
    if (want !== q.text) err(`${art}: quote text "${q.text}" should be "${want}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: speaker type`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(`${art}: speakerAlso type`);
    from = p + q.text.length;
  }
  totals.quotes += g.quotes.length;

  // ---- lists
  for (const l of g.signatoryLists) {
    if (text.indexOf(l.text) === -1) err(`${art}: signatory list "${l.text}" not found`);
    for (const m of l.members) if (!(kbType.get(m) === 'country' || m === 'Union européenne')) err(`${art}: member ${m} is not a kb country`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: statedTotal`);
    if (typeof l.approximate !== 'boolean') err(`${art}: approximate`);
    const seg = text.slice(text.indexOf(l.text), text.indexOf(l.text) + 400);
    for (const m of l.members) if (!g.entities.some((e) => e.entity === m)) err(`${art}: member ${m} has no mention`);
    if (!seg) err('empty');
  }
  for (const l of g.negativeLists) if (text.indexOf(l.text) === -1) err(`${art}: negative list "${l.text}" not found`);
  totals.lists += g.signatoryLists.length;
  totals.neg += g.negativeLists.length;
  console.log(`${art}: ${words} words, ${g.entities.length} mentions, ${g.sentences.length} sentences, ${g.quotes.length} quotes, ${g.signatoryLists.length} lists, ${g.negativeLists.length} negative lists`);
}
for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(JSON.stringify(totals));
process.exit(errors.length ? 1 : 0);
