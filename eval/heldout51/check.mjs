// Checks gold.json against the articles of this set, independently of build.mjs.
// Reads only the texts, gold.json, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Exits 1 when an error is found. Usage: node eval/heldout51/check.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- knowledge base: every form it knows -------------------------------------------------------
const kbType = new Map();
const forms = []; // { form, entity, how }
function inflect(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) out.add(d + 'ne').add(d + 'nes');
  return [...out];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : d.entries ?? d.entities;
  for (const e of arr) {
    kbType.set(e.name, e.type);
    forms.push({ form: e.name, entity: e.name, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, entity: e.name, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, entity: e.name, how: 'metonym' });
    for (const dm of e.demonyms ?? []) for (const x of inflect(dm)) forms.push({ form: x, entity: e.name, how: 'demonym' });
  }
}
const isAcronym = (s) => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

// folding with an index map back to the original text
function foldMap(s) {
  let out = '';
  const map = [];
  for (let i = 0; i < s.length; i++) {
    let d = s[i].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/[’']/.test(s[i])) d = "'";
    else if (/[-‑–]/.test(s[i])) d = ' ';
    else if (/[\u00a0\u202f\s]/.test(s[i])) d = ' ';
    for (const ch of d) {
      out += ch;
      map.push(i);
    }
  }
  return { out, map };
}
const foldStr = (s) => foldMap(s).out;
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const foldedForms = forms.map((f) => ({ ...f, folded: foldStr(f.form), acr: isAcronym(f.form) }));
const allFolded = new Set(foldedForms.map((f) => f.folded));

function nth(text, surface, n) {
  let k = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (isWord(text[i - 1]) || isWord(text[i + surface.length])) continue;
    if (k++ === n) return i;
  }
  return -1;
}

// ---- per article --------------------------------------------------------------------------------
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (gold.version !== 1) err('gold.version is not 1');
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`articles ${txtFiles} ≠ gold ${goldFiles}`);
let withDate = 0;
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];

for (const art of goldFiles) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const where = (i) => JSON.stringify(text.slice(Math.max(0, i - 20), i + 30));

  // words
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind && !KINDS.includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      if (allFolded.has(foldStr(e.surface))) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(`${art}: "${e.entity}" is ${kbType.get(e.entity)} in the kb, not ${e.type}`);
      // the surface should be a kb form of that entity, or a rule-found form (surname, acronym, short form)
      const sf = foldStr(e.surface);
      const own = foldedForms.filter((f) => f.entity === e.entity && f.folded === sf);
      if (!own.length) warn(`${art}: "${e.surface}" → ${e.entity} is not a kb form of it (rule-found form?)`);
      if (own.some((f) => f.how === 'demonym') && !own.some((f) => f.how !== 'demonym') && !['adjective', 'demonym'].includes(e.kind)) warn(`${art}: demonym "${e.surface}" without kind`);
      if (own.some((f) => f.how === 'metonym') && !['metonym', 'capital'].includes(e.kind)) warn(`${art}: metonym "${e.surface}" without kind`);
      if (e.kind === 'metonym' || e.kind === 'capital') if (!own.some((f) => f.how === 'metonym')) err(`${art}: "${e.surface}" kind ${e.kind} but not a kb metonym`);
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${art}: mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}" at ${where(spans[i].start)}`);

  // every kb form in the text lies under a gold mention
  const { out: ft, map } = foldMap(text);
  for (const f of foldedForms) {
    if (f.acr) {
      for (let i = text.indexOf(f.form); i >= 0; i = text.indexOf(f.form, i + 1)) {
        if (isWord(text[i - 1]) || isWord(text[i + f.form.length])) continue;
        if (!spans.some((s) => s.start <= i && s.end >= i + f.form.length)) err(`${art}: kb ${f.how} "${f.form}" (${f.entity}) not under a gold mention at ${where(i)}`);
      }
      continue;
    }
    if (!f.folded.trim()) continue;
    for (let j = ft.indexOf(f.folded); j >= 0; j = ft.indexOf(f.folded, j + 1)) {
      const a = map[j];
      const b = map[j + f.folded.length - 1] + 1;
      if (isWord(ft[j - 1]) || isWord(ft[j + f.folded.length])) continue;
      if (!spans.some((s) => s.start <= a && s.end >= b)) err(`${art}: kb ${f.how} "${f.form}" (${f.entity}) not under a gold mention at ${where(a)}`);
    }
  }

  // sentences: in order, the first at the start, each at a plausible boundary
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, k) => {
    if (!STATUSES.includes(s.status)) err(`${art}: bad status ${s.status}`);
    if (s.text.length > 40) err(`${art}: sentence prefix longer than 40: ${s.text}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) return err(`${art}: sentence ${k} "${s.text}" not found in order`);
    if (k === 0 && text.slice(0, at).trim()) err(`${art}: first sentence does not start the text`);
    if (k > 0) {
      const before = text.slice(Math.max(0, at - 3), at);
      if (!/(\n|[.!?»”"…)]\s|[.!?] ?[»”"]\s)$/.test(before) && !/\n\s*$/.test(before)) warn(`${art}: sentence ${k} starts after ${JSON.stringify(before)}: "${s.text}"`);
    }
    starts.push(at);
    from = at + 1;
  });
  // no sentence-final punctuation left inside a sentence (other than in quotes, numbers, M.)
  for (let k = 0; k < starts.length; k++) {
    const seg = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length).trimEnd();
    const inner = seg.slice(0, -1);
    const m = inner.match(/[^M][.!?] [«“"]?\p{Lu}|\n\S/u);
    if (m) warn(`${art}: sentence ${k} may hold two sentences: ${JSON.stringify(seg.slice(0, 90))}`);
  }

  // quotation marks: pair them and compare with the gold quotes one for one
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const close = c === '«' ? '»' : c === '“' ? '”' : c === '"' ? '"' : null;
    if (!close) {
      if (c === '»' || c === '”') err(`${art}: closing mark without opening at ${where(i)}`);
      continue;
    }
    const j = text.indexOf(close, i + 1);
    if (j < 0) {
      err(`${art}: unclosed quotation at ${where(i)}`);
      break;
    }
    const inner = text.slice(i + 1, j).replace(/^[\s\u00a0\u202f]+/, '');
    if (/[«“]/.test(inner)) err(`${art}: nested quotation at ${where(i)}`);
    found.push(inner);
    i = j;
  }
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in the gold`);
  g.quotes.forEach((q, k) => {
    if (!found[k] || !found[k].startsWith(q.text)) err(`${art}: quote ${k} "${q.text}" ≠ text "${(found[k] ?? '').slice(0, 30)}"`);
    if (q.text.length > 30) err(`${art}: quote text over 30 chars`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
    if (q.speakerAlso && q.speaker === null) err(`${art}: speakerAlso without speaker`);
  });

  // lists
  const sentenceEnd = (i) => {
    const k = starts.findIndex((s) => s > i);
    return k < 0 ? text.length : starts[k];
  };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(`${art}: signatory list "${l.text}" not found`);
      continue;
    }
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const t = kbType.get(m);
      if (t !== 'country' && t !== 'organisation') err(`${art}: member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= at && s.start < end && s.e.entity === m && s.e.kb !== false)) err(`${art}: member ${m} not mentioned in its list`);
    }
    if (!l.members.length) err(`${art}: empty signatory list`);
    if (!('statedTotal' in l)) err(`${art}: signatory list without statedTotal`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) err(`${art}: stated total below the members`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(`${art}: negative list "${l.text}" not found`);
      continue;
    }
    const end = sentenceEnd(at);
    const n = spans.filter((s) => s.start >= at && s.start < end).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate) err('no article has a date line');
if (withDate === goldFiles.length) err('every article has a date line');

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(`${goldFiles.length} articles checked: ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
