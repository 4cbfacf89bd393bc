// Checks gold.json of eval/heldout61 against the article texts, independently of build.mjs.
// Reads only the name, type, aliases, demonyms and metonyms of the kb entries.
// Exit code 1 when an error is found.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
const errors = [];
const err = (m) => errors.push(m);

// ---- kb forms -------------------------------------------------------------------------------------
const kb = new Map(); // name -> type
const forms = []; // { form, name, acronym }
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities) {
    const { name, type, aliases = [], demonyms = [], metonyms = [] } = e;
    kb.set(name, type);
    for (const x of [name, ...aliases, ...metonyms]) if (x) forms.push({ form: x, name });
    for (const d of demonyms.filter(Boolean)) for (const suf of ['', 'e', 's', 'es', 'ne', 'nes']) forms.push({ form: d + suf, name });
  }
}
for (const f of forms) f.acronym = !/\p{Ll}/u.test(f.form) && /\p{Lu}/u.test(f.form);

const isAlnum = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// length-preserving folding: accents, case, apostrophes, hyphens and no-break spaces
function fold(s) {
  let out = '';
  for (const ch of s) {
    let c = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/['’‘`´]/.test(c)) c = "'";
    else if (/[-‐‑–—\u00A0\u202F\s]/.test(c)) c = ' ';
    out += c.length === 1 ? c : c[0] ?? ' ';
    if (ch.length === 2) out += ' '; // keep UTF-16 offsets for astral characters
  }
  return out;
}
const foldedForms = new Map();
for (const f of forms) {
  const key = f.acronym ? f.form : fold(f.form);
  if (!foldedForms.has(key)) foldedForms.set(key, { ...f, key });
}
function occurrences(hay, needle, raw) {
  const out = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isAlnum(raw[i - 1]) && !isAlnum(raw[i + needle.length])) out.push(i);
  }
  return out;
}

// ---- naive sentence splitter (for the coverage check) ----------------------------------------------
function naiveStarts(text) {
  const starts = new Set();
  const re = /(^|\n)[ \t]*(?=\S)/g;
  let m;
  while ((m = re.exec(text))) {
    starts.add(m.index + m[0].length);
    if (m[0] === '') re.lastIndex++;
  }
  const re2 = /[.!?…][»”"\u00A0\u202F ]*[ \u00A0]+(?=[\p{Lu}«“"\d])/gu;
  while ((m = re2.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/(^|\s)M\.$/.test(before)) continue; // "M. Dupont"
    starts.add(m.index + m[0].length);
  }
  return [...starts].sort((a, b) => a - b);
}

// ---- quotations in the text ------------------------------------------------------------------------
function textQuotes(text) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const close = c === '«' ? '»' : c === '“' ? '”' : c === '"' ? '"' : null;
    if (!close) {
      if (c === '»' || c === '”') out.push({ stray: c, at: i });
      continue;
    }
    const j = text.indexOf(close, i + 1);
    if (j < 0) {
      out.push({ stray: c, at: i });
      continue;
    }
    out.push({ at: i, text: text.slice(i + 1, j).trim().slice(0, 30) });
    i = j;
  }
  return out;
}

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const stats = { words: 0, mentions: 0 };
let withDate = 0;
let withoutDate = 0;

const files = fs.readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (files.length !== 6) err(`expected 6 articles, found ${files.length}`);
for (const f of files) if (!gold.articles[f]) err(`${f}: no gold`);
for (const art of Object.keys(gold.articles)) if (!files.includes(art)) err(`gold article ${art} has no text`);

for (const art of files) {
  const text = fs.readFileSync(path.join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const E = (m) => err(`${art}: ${m}`);

  // words
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  stats.words += words;
  if (words < 350 || words > 600) E(`${words} words (350-600 expected)`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++;
  else withoutDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const occ = occurrences(text, e.surface, text);
    if (e.occurrence >= occ.length) {
      E(`entity "${e.surface}" #${e.occurrence} not in text (${occ.length} occurrences)`);
      continue;
    }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!TYPES.has(e.type)) E(`entity "${e.surface}": bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`entity "${e.surface}": bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      const key = fold(e.surface);
      for (const [k, f] of foldedForms) {
        if (f.acronym ? f.form === e.surface : k === key) E(`kb:false surface "${e.surface}" is a kb form of ${f.name}`);
      }
    } else {
      if (!kb.has(e.entity)) E(`entity "${e.entity}" is not a kb name`);
      else if (kb.get(e.entity) !== e.type) E(`entity "${e.entity}" has type ${e.type}, kb says ${kb.get(e.entity)}`);
    }
  }
  stats.mentions += spans.length;
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  }
  const covered = (s, e) => spans.some((m) => m.start <= s && m.end >= e);

  // every kb form in the text lies under a gold mention
  const folded = fold(text);
  if (folded.length !== text.length) E('folding changed the length');
  for (const [key, f] of foldedForms) {
    const hay = f.acronym ? text : folded;
    for (const at of occurrences(hay, key, text)) {
      if (!covered(at, at + key.length)) E(`kb form "${text.slice(at, at + key.length)}" (${f.name}) at ${at} is under no gold mention`);
    }
  }

  // surnames: a name part of a person named in full must be annotated wherever it appears alone
  for (const m of spans.filter((s) => s.e.type === 'person' && /\s/.test(s.e.surface))) {
    const parts = m.e.surface.split(/\s+/);
    const korean = /^\p{Lu}\p{Ll}{1,3} \p{Lu}\p{Ll}+(-\p{Ll}+| \p{Lu}\p{Ll}+)$/u.test(m.e.surface);
    const last = korean ? parts[0] : parts[parts.length - 1];
    for (const at of occurrences(text, last, text)) {
      if (at > m.start && !covered(at, at + last.length)) E(`surname "${last}" at ${at} (of ${m.e.entity}) is not annotated`);
    }
  }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) E(`sentence "${s.text}": bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      E(`sentence "${s.text}" not found in order`);
      continue;
    }
    if (text.slice(from, at).trim() !== '' && starts.length) {
      // the previous sentence runs to here: fine
    }
    starts.push(at);
    from = at + s.text.length;
  }
  if (starts[0] !== text.search(/\S/)) E('the first sentence does not start the text');
  const naive = naiveStarts(text);
  const goldSet = new Set(starts);
  for (const n of naive) if (!goldSet.has(n)) E(`naive sentence start not in gold: "${text.slice(n, n + 40)}"`);
  for (const s of starts) if (!naive.includes(s)) E(`gold sentence start not found by the splitter: "${text.slice(s, s + 40)}"`);

  // quotations
  const tq = textQuotes(text);
  for (const q of tq.filter((q) => q.stray)) E(`unmatched quotation mark ${q.stray} at ${q.at}`);
  const real = tq.filter((q) => !q.stray);
  if (real.length !== g.quotes.length) E(`${real.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (!real[i] || real[i].text !== q.text) E(`quote #${i} "${q.text}" ≠ text "${real[i]?.text}"`);
    if (q.speaker !== null && (typeof q.speaker !== 'string' || !q.speaker.trim())) E(`quote "${q.text}": bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) E(`quote "${q.text}": speakerAlso not a list`);
  });

  // the span of a list: from its text to the end of its sentence
  const listSpan = (t) => {
    const at = text.indexOf(t);
    if (at < 0) return null;
    const next = starts.find((s) => s > at) ?? text.length;
    return [at, next];
  };
  for (const l of g.signatoryLists ?? []) {
    const sp = listSpan(l.text);
    if (!sp) {
      E(`signatory list "${l.text}" not found`);
      continue;
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`list "${l.text}": bad statedTotal`);
    if (l.statedTotal && l.members.length > l.statedTotal) E(`list "${l.text}": more members than stated`);
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kb.get(m))) E(`list member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.e.entity === m && s.start >= sp[0] && s.end <= sp[1])) E(`list member ${m} not mentioned inside "${l.text}"`);
    }
  }
  for (const l of g.negativeLists ?? []) {
    const sp = listSpan(l.text);
    if (!sp) {
      E(`negative list "${l.text}" not found`);
      continue;
    }
    const inside = spans.filter((s) => s.start >= sp[0] && s.end <= sp[1] && s.start >= sp[0]);
    if (inside.filter((s) => s.start < sp[0] + 80).length < 2) E(`negative list "${l.text}" has fewer than 2 mentions`);
  }
}
if (!withDate) err('no article has a date line');
if (!withoutDate) err('every article has a date line');

console.log(`${files.length} articles, ${stats.words} words, ${stats.mentions} entity mentions`);
if (errors.length) {
  console.log(errors.map((e) => `ERROR ${e}`).join('\n'));
  process.exit(1);
}
console.log('OK: no errors');
