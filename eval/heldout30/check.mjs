// Checks gold.json against the articles, independently of build.mjs. Exit 1 on any error.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const E = (m) => errors.push(m), W = (m) => warnings.push(m);

const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];
const ld = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// Folding that keeps the length: case, accents, apostrophes, non-breaking spaces, hyphens.
const foldChar = (c) => {
  if (c === '\u2019' || c === '\u2018') return "'";
  if (c === '\u00a0' || c === '\u202f' || c === '-') return ' ';
  const b = c.normalize('NFD')[0].toLowerCase();
  return b.length === 1 ? b : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isAcronym = (f) => /\p{Lu}/u.test(f) && f === f.toUpperCase();

function demonymForms(d) {
  const s = new Set([d]);
  const last = d.at(-1);
  if (last === 'e') s.add(d + 's');
  else if (/(en|on)$/.test(d)) { s.add(d + 'ne'); s.add(d + 'nes'); s.add(d + 's'); }
  else if (last === 's') { s.add(d + 'e'); s.add(d + 'es'); }
  else { s.add(d + 'e'); s.add(d + 's'); s.add(d + 'es'); }
  return [...s];
}

// kb: only name, type, aliases, demonyms, metonyms are read
const kbType = new Map();
const forms = []; // {form, name}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    for (const x of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push({ form: x, name: e.name });
    for (const d of e.demonyms ?? []) for (const x of demonymForms(d)) forms.push({ form: x, name: e.name });
  }
}
const foldedForms = new Set(forms.map((f) => fold(f.form)));

function findAll(text, needle, foldText) {
  const hay = foldText ?? text;
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    if (!ld(text[i - 1]) && !ld(text[i + needle.length])) out.push(i);
  return out;
}

const txtFiles = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (gold.version !== 1) E('version must be 1');
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) E(`articles differ: ${txtFiles} vs ${goldFiles}`);
if (txtFiles.length !== 6) E(`expected 6 articles, found ${txtFiles.length}`);

let withDate = 0, withoutDate = 0, sigTotal = 0, negTotal = 0;
for (const art of goldFiles) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const ft = fold(text);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) E(`${art}: ${k} missing`);

  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 350 || words > 600) E(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text.split('\n')[0])) withDate++; else withoutDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const occ = findAll(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { E(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.includes(e.type)) E(`${art}: "${e.surface}" bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) E(`${art}: "${e.surface}" bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) E(`${art}: "${e.surface}" marked kb:false but ${e.entity} is a kb name`);
      if (foldedForms.has(fold(e.surface))) E(`${art}: "${e.surface}" marked kb:false but is a kb form`);
      if (foldedForms.has(fold(e.entity))) E(`${art}: kb:false entity ${e.entity} is a kb form`);
    } else {
      if (!kbType.has(e.entity)) E(`${art}: "${e.surface}" → ${e.entity} is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) E(`${art}: "${e.surface}" type ${e.type} but kb says ${kbType.get(e.entity)}`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.type !== 'country') E(`${art}: "${e.surface}" ${e.kind} on a non-country`);
    spans.push({ start, end: start + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) E(`${art}: overlapping mentions "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // every kb form in the text is under a gold mention
  const covered = (s, e) => spans.some((sp) => sp.start <= s && e <= sp.end);
  for (const { form, name } of forms) {
    const hits = isAcronym(form) ? findAll(text, form.replace(/[’]/g, "'")) : findAll(text, fold(form), ft);
    for (const h of hits) if (!covered(h, h + form.length)) E(`${art}: kb form "${form}" (${name}) at ${h} not under a gold mention: …${text.slice(Math.max(0, h - 30), h + form.length + 20)}…`);
  }

  // sentences: in order, covering the text
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.includes(s.status)) E(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() !== '' && starts.length === 0) E(`${art}: text before first sentence`);
    starts.push(at);
    from = at + 1;
  }
  if (starts[0] !== 0) E(`${art}: first sentence does not start the text`);
  const startSet = new Set(starts);
  // every line starts a sentence
  let p = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !startSet.has(p)) E(`${art}: line not starting a sentence: ${line.slice(0, 50)}`);
    p += line.length + 1;
  }
  // possible sentence ends not declared
  for (let i = 0; i < starts.length; i++) {
    const seg = text.slice(starts[i], starts[i + 1] ?? text.length);
    const re = /[.!?][»”"]?[ \u00a0]+(?=[\p{Lu}«“"])/gu;
    let m;
    while ((m = re.exec(seg))) {
      const before = seg.slice(Math.max(0, m.index - 3), m.index + 1);
      if (m.index + m[0].length < seg.length) W(`${art}: possible undeclared sentence end after "${before}" in: ${seg.slice(0, 40)}…`);
    }
  }
  // declared starts must follow an end of sentence or a line break
  for (const st of starts.slice(1)) {
    const prev = text.slice(0, st).replace(/[ \u00a0]+$/, '');
    if (!/[.!?»”")\n]$/.test(prev)) E(`${art}: sentence starts mid-sentence at "${text.slice(st, st + 30)}"`);
  }

  // quotes: marks in text match gold quotes one for one, in order
  const marks = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') marks.push(i);
  }
  const straight = [...text].map((c, i) => (c === '"' ? i : -1)).filter((i) => i >= 0);
  if (straight.length % 2) E(`${art}: odd number of straight quotes`);
  for (let i = 0; i < straight.length; i += 2) marks.push(straight[i]);
  marks.sort((a, b) => a - b);
  const closeCount = [...text].filter((c) => c === '»' || c === '”').length;
  if (closeCount !== marks.length - straight.length / 2) E(`${art}: unbalanced « » / “ ”`);
  if (marks.length !== g.quotes.length) E(`${art}: ${marks.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const m = marks[i];
    if (m === undefined) return;
    const inner = text.slice(m + 1).replace(/^[ \u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) E(`${art}: quote ${i} "${q.text}" does not match the text's quotation "${inner.slice(0, 30)}"`);
    if (q.text.length > 30 || q.text !== q.text.trim()) E(`${art}: quote text "${q.text}" too long or untrimmed`);
    if (q.speaker !== null && typeof q.speaker !== 'string') E(`${art}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) E(`${art}: bad speakerAlso`);
  });

  // signatory lists
  const sentEnd = (at) => { const nx = starts.find((s) => s > at); return nx ?? text.length; };
  for (const l of g.signatoryLists) {
    sigTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(`${art}: signatory list "${l.text}" not found`); continue; }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`${art}: bad statedTotal`);
    if (!l.members.length) E(`${art}: signatory list with no members`);
    const end = sentEnd(at);
    for (const m of l.members) {
      const t = kbType.get(m);
      if (t !== 'country' && t !== 'organisation') E(`${art}: member ${m} is not a kb country or organisation`);
      if (!spans.some((sp) => sp.start >= at && sp.end <= end && sp.e.entity === m)) E(`${art}: member ${m} not mentioned inside the list "${l.text}"`);
    }
  }
  for (const l of g.negativeLists) {
    negTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(`${art}: negative list "${l.text}" not found`); continue; }
    const n = spans.filter((sp) => sp.start >= at && sp.start < at + l.text.length).length;
    if (n < 2) E(`${art}: negative list "${l.text}" has ${n} mentions`);
    if (g.signatoryLists.some((s) => { const a = text.indexOf(s.text); return a >= 0 && Math.abs(a - at) < 5; })) E(`${art}: negative list overlaps a signatory list`);
  }
}
if (!withDate || !withoutDate) E(`need articles with and without a date line (${withDate}/${withoutDate})`);
if (sigTotal < 2) E(`only ${sigTotal} signatory lists`);
if (negTotal < 4) E(`only ${negTotal} negative lists`);

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} error(s)` : `OK: ${goldFiles.length} articles, no errors (${warnings.length} warnings to review)`);
process.exit(errors.length ? 1 : 0);
