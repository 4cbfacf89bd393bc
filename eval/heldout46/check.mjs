// Checks gold.json against the article texts, independently of build.mjs. Exits 1 on any error.
// Reads only gold.json, the *.txt articles, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- knowledge base: names and every form
const foldChar = (c) => {
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '-' || c === '‐' || c === '‑' || c === '\u00a0' || c === '\u202f') return ' ';
  const d = c.normalize('NFD')[0].toLowerCase();
  return d.length === 1 ? d : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const kbByName = new Map(); // exact name → type
const forms = []; // { form, entity, how }
function inflect(base) {
  const out = new Set([base]);
  if (/en$/.test(base)) { out.add(base + 'ne'); out.add(base + 'nes'); out.add(base + 's'); }
  else if (/[sx]$/.test(base)) { out.add(base + 'e'); out.add(base + 'es'); }
  else if (/e$/.test(base)) out.add(base + 's');
  else { out.add(base + 'e'); out.add(base + 'es'); out.add(base + 's'); }
  return [...out];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbByName.set(e.name, e.type);
    forms.push({ form: e.name, entity: e.name, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, entity: e.name, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, entity: e.name, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) forms.push({ form: x, entity: e.name, how: 'demonym' });
  }
}
const isAcronym = (f) => !/\s/.test(f) && (f.match(/\p{Lu}/gu) ?? []).length >= 2 && f.length <= 9;
const foldedForms = new Set(forms.map((x) => fold(x.form)));
const wordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function nth(text, surface, n) {
  let k = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (wordChar(text[i - 1]) || wordChar(text[i + surface.length])) continue;
    if (k++ === n) return i;
  }
  return -1;
}
function findAll(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`articles differ: txt ${txtFiles} vs gold ${goldFiles}`);
if (txtFiles.length !== 6) err(`expected 6 articles, found ${txtFiles.length}`);

let withDate = 0;
const totals = { words: 0 };
for (const art of goldFiles) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const E = (m) => err(`${art}: ${m}`);
  const W = (m) => warn(`${art}: ${m}`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;

  // words
  const ws = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const wr = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  totals.words += ws;
  if (ws < 350 || ws > 600) E(`${ws} words (whitespace tokens), outside 350–600`);
  if (wr > 760) W(`${wr} letter/digit runs`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) E(`bad type ${e.type} for ${e.surface}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) E(`bad kind ${e.kind}`);
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) { E(`entity "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ ...e, start: at, end: at + e.surface.length });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (foldedForms.has(fold(e.entity))) E(`kb:false entity "${e.entity}" is a kb form`);
      if (foldedForms.has(fold(e.surface))) E(`kb:false surface "${e.surface}" is a kb form`);
    } else {
      const t = kbByName.get(e.entity);
      if (!t) E(`"${e.entity}" is not a kb name`);
      else if (t !== e.type) E(`"${e.entity}" has kb type ${t}, gold ${e.type}`);
      const own = forms.filter((x) => x.entity === e.entity && fold(x.form) === fold(e.surface));
      const hows = new Set(own.map((x) => x.how));
      if (!own.length) W(`"${e.surface}" is not a kb form of ${e.entity} (kind ${e.kind ?? 'name'})`);
      else if ((e.kind === 'metonym' || e.kind === 'capital') && !hows.has('metonym')) E(`"${e.surface}" marked ${e.kind} but is not a metonym of ${e.entity}`);
      else if ((e.kind === 'adjective' || e.kind === 'demonym') && !hows.has('demonym')) E(`"${e.surface}" marked ${e.kind} but is not a demonym of ${e.entity}`);
      else if (!e.kind && !hows.has('name') && !hows.has('alias')) E(`"${e.surface}" has no kind but is a ${[...hows]} of ${e.entity}`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].surface}" and "${spans[i].surface}"`);

  // every kb form present in the text lies under a gold mention
  const ftext = fold(text);
  if (ftext.length !== text.length) E('folding changed the length');
  for (const x of forms) {
    const acr = isAcronym(x.form);
    const hay = acr ? text : ftext;
    const needle = acr ? x.form : fold(x.form);
    for (const i of findAll(hay, needle)) {
      if (wordChar(text[i - 1]) || wordChar(text[i + needle.length])) continue;
      const cover = spans.find((s) => s.start <= i && i + needle.length <= s.end);
      if (!cover) E(`kb ${x.how} "${text.slice(i, i + needle.length)}" (${x.entity}) at ${i} is under no gold mention: …${text.slice(Math.max(0, i - 30), i + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // ---- sentences
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (starts.length === 0 && at !== 0) E(`first sentence does not start the text`);
    if (starts.length && at !== from) {
      const gap = text.slice(from, at);
      if (!/^\s*$/.test(gap) && starts.length) { /* the previous sentence runs on; checked below */ }
    }
    starts.push(at);
    from = at + s.text.length;
  }
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i];
    const b = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(a, b).replace(/\s+$/, '');
    if (body.includes('\n')) E(`sentence spans a line break: "${body.slice(0, 60)}"`);
    if (a > 0 && !/[\s]/.test(text[a - 1])) E(`sentence does not start after a space: "${body.slice(0, 40)}"`);
    const inner = body.replace(/[.!?…]["»”\s\u00a0\u202f]*$/, '');
    const m = inner.match(/(?<!\bM)[.!?…](?:[\s\u00a0\u202f]*[»”"])?\s+[«“"]?[\s\u00a0\u202f]?\p{Lu}/u);
    if (m) E(`sentence seems to hold two: "${body.slice(0, 80)}…" at "${m[0]}"`);
    if (!/^[\p{Lu}«“"\d]/u.test(body) && !/^date \d{4}-\d{2}$/.test(body)) E(`sentence starts oddly: "${body.slice(0, 40)}"`);
  }

  // ---- quotes
  const opens = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '«' || text[i] === '“') opens.push(i);
  const straight = findAll(text, '"');
  if (straight.length % 2) E(`odd number of straight quotes`);
  for (let k = 0; k < straight.length; k += 2) opens.push(straight[k]);
  opens.sort((a, b) => a - b);
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) E('« and » do not pair');
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) E('“ and ” do not pair');
  if (opens.length !== g.quotes.length) E(`${opens.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, k) => {
    const o = opens[k];
    if (o === undefined) return;
    const close = { '«': '»', '“': '”', '"': '"' }[text[o]];
    const end = text.indexOf(close, o + 1);
    const inner = text.slice(o + 1, end).replace(/^[\s\u00a0\u202f]+/, '').replace(/[\s\u00a0\u202f]+$/, '');
    if (inner.slice(0, 30) !== q.text) E(`quote ${k}: gold "${q.text}" vs text "${inner.slice(0, 30)}"`);
    if (q.speaker !== null && (typeof q.speaker !== 'string' || !q.speaker.trim())) E(`quote ${k}: bad speaker`);
    const si = starts.findLastIndex((s) => s <= o);
    const st = g.sentences[si]?.status;
    const named = q.speaker && (kbByName.has(q.speaker) || g.entities.some((e) => e.entity === q.speaker));
    if (named && st !== 'attributed') W(`quote "${q.text}" has named speaker ${q.speaker} but its sentence is ${st}`);
    for (const a of q.speakerAlso ?? []) if (!kbByName.has(a) && !/^(le|la|les|l')/i.test(a)) W(`speakerAlso "${a}" is neither a kb name nor a noun phrase`);
  });

  // ---- lists
  const sentenceEnd = (pos) => { const i = starts.findIndex((s) => s > pos); return i < 0 ? text.length : starts[i]; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const t = kbByName.get(m);
      if (t !== 'country' && t !== 'organisation') E(`list member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.entity === m && s.start >= at && s.start < end)) E(`list member ${m} not mentioned in the list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E('bad statedTotal');
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.start >= at && s.start < sentenceEnd(at)).length;
    if (n < 2) E(`negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate) err('no article with a date line');
if (withDate === goldFiles.length) err('every article has a date line');
const nSig = goldFiles.reduce((n, a) => n + (gold.articles[a].signatoryLists ?? []).length, 0);
const nNeg = goldFiles.reduce((n, a) => n + (gold.articles[a].negativeLists ?? []).length, 0);
if (nSig < 2) err(`only ${nSig} signatory lists`);
if (nNeg < 4) err(`only ${nNeg} negative lists`);

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(`${goldFiles.length} articles, ${totals.words} words, ${nSig} signatory lists, ${nNeg} negative lists: ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
