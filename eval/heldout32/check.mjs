// Checks gold.json against the article texts, independently of src/ and build.mjs.
// Exit code 1 when there is an error; warnings are printed for review.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kbEntries, kbByName, kbForms, fold } from './kb.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const warn = (a, m) => warnings.push(`${a}: ${m}`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function nthOccurrence(text, surface, n) {
  let i = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (i === n) return p;
    i++;
  }
  return -1;
}

// every kb form, for the coverage check: acronyms (all capitals) are matched with their exact capitals, the rest folded
const formList = [];
for (const [k, recs] of kbForms) {
  for (const r of recs) {
    const acronym = /^[\p{Lu}\d-]+$/u.test(r.form) && r.form.length <= 8 && /\p{Lu}.*\p{Lu}/u.test(r.form);
    formList.push({ key: acronym ? r.form : k, acronym, rec: r });
  }
}

const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.length !== 6) err('set', `${files.length} articles, expected 6`);
if (gold.version !== 1) err('gold', 'version is not 1');
for (const f of Object.keys(gold.articles)) if (!files.includes(f)) err(f, 'in gold.json but no such file');

const totals = { words: 0 };
let withDate = 0;
for (const f of files) {
  const text = readFileSync(join(here, f), 'utf8');
  const g = gold.articles[f];
  if (!g) { err(f, 'no gold'); continue; }
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(f, `missing ${k}`);

  // words
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(f, `${words} words`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;
  if (text.includes('\uFFFD')) err(f, 'U+FFFD in text');

  // entities
  const spans = [];
  for (const e of g.entities) {
    const where = `entity "${e.surface}" #${e.occurrence}`;
    if (!TYPES.has(e.type)) err(f, `${where}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(f, `${where}: bad kind ${e.kind}`);
    if (e.surface !== e.surface.trim()) err(f, `${where}: surface has spaces at its ends`);
    const start = nthOccurrence(text, e.surface, e.occurrence);
    if (start < 0) { err(f, `${where}: not found`); continue; }
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(f, `${where}: kb:false but "${e.entity}" is a kb name`);
      if (kbForms.has(fold(e.entity))) err(f, `${where}: kb:false but "${e.entity}" is a kb form`);
      if (kbForms.has(fold(e.surface))) err(f, `${where}: kb:false but the surface is a kb form`);
      if (e.kind) err(f, `${where}: kb:false with a kind`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(f, `${where}: "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) err(f, `${where}: type ${e.type}, kb type ${k.type}`);
      const recs = kbForms.get(fold(e.surface)) ?? [];
      if (recs.length && !recs.some((r) => r.name === e.entity))
        warn(f, `${where}: surface is a kb form of ${[...new Set(recs.map((r) => r.name))].join(', ')}, gold says ${e.entity}`);
      if (['metonym', 'capital'].includes(e.kind) && !recs.some((r) => r.name === e.entity && r.how === 'metonym'))
        err(f, `${where}: kind ${e.kind} but not a metonym of ${e.entity}`);
      if (['adjective', 'demonym'].includes(e.kind) && !recs.some((r) => r.name === e.entity && r.how === 'demonym'))
        err(f, `${where}: kind ${e.kind} but not a demonym of ${e.entity}`);
      if (!e.kind && recs.some((r) => r.name === e.entity && r.how === 'demonym')) err(f, `${where}: a demonym with no kind`);
      if (!e.kind && recs.some((r) => r.name === e.entity && r.how === 'metonym')) err(f, `${where}: a metonym with no kind`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(f, `mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  const seen = new Set();
  for (const e of g.entities) {
    const key = `${e.surface}#${e.occurrence}`;
    if (seen.has(key)) err(f, `duplicate mention ${key}`);
    seen.add(key);
  }

  // every kb form in the text lies under a gold mention
  const folded = fold(text);
  for (const { key, acronym, rec } of formList) {
    const hay = acronym ? text : folded;
    for (let p = hay.indexOf(key); p !== -1; p = hay.indexOf(key, p + 1)) {
      if (isWordChar(hay[p - 1]) || isWordChar(hay[p + key.length])) continue;
      const covered = spans.some((s) => s.start <= p && s.end >= p + key.length);
      // a capitalised name met in lower case is a common word (the verb "séjourné" is not Séjourné): reported, not an error
      if (!covered && rec.how !== 'demonym' && /^\p{Lu}/u.test(rec.form) && /^\p{Ll}/u.test(text[p])) {
        warn(f, `lower-case homograph of kb ${rec.how} "${rec.form}" (${rec.name}) left unannotated: …${text.slice(Math.max(0, p - 30), p + key.length + 30).replace(/\n/g, ' ')}…`);
        continue;
      }
      if (!covered) err(f, `kb ${rec.how} "${text.slice(p, p + key.length)}" (${rec.name}) at ${p} is under no gold mention: …${text.slice(Math.max(0, p - 30), p + key.length + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // sentences
  let from = 0;
  const sentStarts = [];
  g.sentences.forEach((s, i) => {
    if (!STATUSES.has(s.status)) err(f, `sentence ${i}: bad status ${s.status}`);
    if (s.text.length > 40 || s.text !== s.text.trim() || !s.text) err(f, `sentence ${i}: bad text "${s.text}"`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(f, `sentence ${i} "${s.text}" not found in order`); return; }
    if (i === 0 && text.slice(0, at).trim()) err(f, `text before the first sentence: "${text.slice(0, at)}"`);
    sentStarts.push(at);
    from = at + s.text.length;
  });
  if (/^date /.test(text) && g.sentences[0]?.text !== text.split('\n')[0]) err(f, 'the date line is not the first sentence');
  const sentenceEnd = (p) => {
    const nxt = sentStarts.find((s) => s > p);
    return nxt ?? text.length;
  };

  // quotes: every quotation mark pair in the text is one gold quote, in order
  const opens = [];
  const closeOf = { '«': '»', '“': '”', '"': '"' };
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '«' || c === '“' || c === '"') {
      const q = text.indexOf(closeOf[c], p + 1);
      if (q < 0) { err(f, `unclosed ${c} at ${p}`); break; }
      opens.push({ p, inner: text.slice(p + 1, q) });
      p = q;
    } else if (c === '»' || c === '”') err(f, `stray ${c} at ${p}`);
  }
  if (opens.length !== g.quotes.length) err(f, `${opens.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const o = opens[i];
    if (!o) return;
    const inner = o.inner.replace(/^[\s\u00A0\u202F]+/, '');
    if (!q.text || q.text.length > 30 || q.text !== q.text.trim()) err(f, `quote ${i}: bad text "${q.text}"`);
    if (!inner.startsWith(q.text)) err(f, `quote ${i} "${q.text}" does not open quotation "${inner.slice(0, 30)}"`);
    if (q.text.length < 30 && inner.replace(/[\s\u00A0\u202F]+$/, '') !== q.text) err(f, `quote ${i} "${q.text}" is not the whole short quotation`);
    const names = [q.speaker, ...(q.speakerAlso ?? [])];
    if (q.speaker === undefined) err(f, `quote ${i}: no speaker field`);
    for (const n of names) {
      if (n === null) continue;
      if (typeof n !== 'string' || !n.trim()) err(f, `quote ${i}: bad speaker ${JSON.stringify(n)}`);
      else if (!kbByName.has(n) && !/^(le|la|l'|les|un|une|des)\b/.test(n) && !g.entities.some((e) => e.entity === n))
        err(f, `quote ${i}: speaker "${n}" is neither a kb name, a noun phrase nor an entity of the article`);
    }
    if (q.speakerAlso && q.speaker === null) err(f, `quote ${i}: speakerAlso with no speaker`);
  });

  // lists
  const mentionsIn = (a, b) => spans.filter((s) => s.start >= a && s.start < b);
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(f, `signatory list "${l.text}" not found`); continue; }
    if (l.text.length !== 40 && at + l.text.length !== text.length) err(f, `signatory list "${l.text}": text is not 40 characters`);
    const inside = mentionsIn(at, sentenceEnd(at));
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(f, `signatory "${m}" is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) err(f, `signatory "${m}" is not mentioned in its list "${l.text}"`);
    }
    if (new Set(l.members).size !== l.members.length) err(f, `duplicate member in "${l.text}"`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(f, `bad statedTotal in "${l.text}"`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) err(f, `statedTotal below the members in "${l.text}"`);
    if (typeof l.approximate !== 'boolean') err(f, `approximate is not a boolean in "${l.text}"`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(f, `negative list "${l.text}" not found`); continue; }
    const inside = mentionsIn(at, sentenceEnd(at));
    if (inside.length < 2) err(f, `negative list "${l.text}" has ${inside.length} mentions`);
    for (const s of g.signatoryLists) {
      const sa = text.indexOf(s.text);
      if (sa >= 0 && Math.abs(sa - at) < 40) err(f, `negative list "${l.text}" overlaps a signatory list`);
    }
  }
}
if (!withDate) err('set', 'no article with a date line');
if (withDate === files.length) err('set', 'every article has a date line');

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(`${files.length} articles, ${totals.words} words; ${errors.length} errors, ${warnings.length} warnings`);
process.exitCode = errors.length ? 1 : 0;

// sizes, for the README
if (process.argv.includes('--stats')) {
  const c = { words: 0, mentions: 0, type: {}, kind: {}, notKb: 0, status: {}, sentences: 0, qNamed: 0, qNull: 0, sig: 0, neg: 0 };
  const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);
  const rows = [];
  for (const f of files) {
    const text = readFileSync(join(here, f), 'utf8');
    const g = gold.articles[f];
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    c.words += words;
    for (const e of g.entities) { c.mentions++; bump(c.type, e.type); bump(c.kind, e.kind ?? 'name'); if (e.kb === false) c.notKb++; }
    for (const s of g.sentences) { c.sentences++; bump(c.status, s.status); }
    for (const q of g.quotes) q.speaker === null ? c.qNull++ : c.qNamed++;
    c.sig += g.signatoryLists.length;
    c.neg += g.negativeLists.length;
    rows.push(`${f}: ${words} words, ${g.entities.length} mentions, ${g.sentences.length} sentences, ${g.quotes.length} quotes`);
  }
  console.log(rows.join('\n'));
  console.log(JSON.stringify(c, null, 1));
}
