// Checks gold.json of eval/heldout52 against the article texts, independently of build.mjs.
// Run: node eval/heldout52/check.mjs  (exit code 1 and a list of errors when something is wrong)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const kb = JSON.parse(readFileSync(join(here, 'src', 'kbforms.json'), 'utf8'));
const errors = [];
const warn = (m) => errors.push(m);

// Forms of the kb present in the text that are deliberately left unannotated (with the reason).
const ALLOWED_UNANNOTATED = [
  { file: '06_reuters_moscou_entree_vigueur.txt', surface: 'française', why: '"version française": the language, not France' },
];
// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = ['M.', 'Mme.', 'MM.'];

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);

// ---- kb forms
const norm = (c) => {
  if (c === '\u2019' || c === '\u02bc') return "'";
  if (c === '\u00a0' || c === '\u202f') return ' ';
  if (c === '-' || c === '\u2011') return ' ';
  const d = c.normalize('NFD').charAt(0).toLowerCase();
  return d.length === 1 ? d : c;
};
const foldText = (s) => Array.from(s, norm).join(''); // same length as s for BMP text
const kbNames = new Map(kb.map((e) => [e.name, e]));
const allForms = []; // { form, folded, name, type, how }
const demonymInflections = (d) => {
  const s = new Set([d, `${d}s`, `${d}e`, `${d}es`]);
  if (d.endsWith('en') || d.endsWith('on')) { s.add(`${d}ne`); s.add(`${d}nes`); }
  return [...s];
};
for (const e of kb) {
  const push = (form, how) => allForms.push({ form, folded: foldText(form), name: e.name, type: e.type, how });
  push(e.name, 'name');
  e.aliases.forEach((a) => push(a, 'alias'));
  e.metonyms.forEach((m) => push(m, 'metonym'));
  e.demonyms.forEach((d) => demonymInflections(d).forEach((f) => push(f, 'demonym')));
}
const foldedForms = new Set(allForms.map((f) => f.folded));

const wordChar = /[\p{L}\p{N}]/u;
const isW = (c) => c !== undefined && wordChar.test(c);
function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (!isW(text[i - 1]) && !isW(text[i + s.length])) out.push(i);
  return out;
}

// ---- independent sentence splitter
function sentenceStarts(text) {
  const starts = [];
  const lines = text.split('\n');
  let off = 0;
  for (const line of lines) {
    if (line.trim()) {
      const first = off + line.search(/\S/);
      starts.push(first);
      const re = /[.!?…]["»”’)]*[\s\u00a0]+(?=[\p{Lu}«“"(\d])/gu;
      let m;
      while ((m = re.exec(line))) {
        const before = line.slice(0, m.index + 1);
        if (ABBREVIATIONS.some((a) => before.endsWith(` ${a}`) || before === a)) continue;
        starts.push(off + m.index + m[0].length);
      }
    }
    off += line.length + 1;
  }
  return starts;
}

const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(files) !== JSON.stringify(goldFiles)) warn(`files ${files} ≠ gold articles ${goldFiles}`);
if (files.length !== 6) warn(`expected 6 articles, found ${files.length}`);
let withDate = 0;

for (const file of files) {
  const text = readFileSync(join(here, file), 'utf8');
  const g = gold.articles[file];
  if (!g) continue;
  const E = (m) => warn(`${file}: ${m}`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;

  // words
  const words = text.split(/\s+/).filter((w) => wordChar.test(w)).length;
  if (words < 350 || words > 600) E(`${words} words`);

  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) E(`bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`bad kind ${e.kind} for ${e.surface}`);
    const occ = occurrences(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { E(`entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbNames.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (foldedForms.has(foldText(e.surface))) E(`kb:false surface "${e.surface}" is a kb form`);
      if (foldedForms.has(foldText(e.entity))) E(`kb:false entity "${e.entity}" is a kb form`);
    } else {
      const k = kbNames.get(e.entity);
      if (!k) E(`"${e.entity}" is not a kb name`);
      else if (k.type !== e.type) E(`"${e.entity}" has kb type ${k.type}, gold ${e.type}`);
      if (k && (e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.some((m) => foldText(m) === foldText(e.surface)))
        E(`"${e.surface}" is not a kb metonym of ${e.entity}`);
      if (k && (e.kind === 'adjective' || e.kind === 'demonym')) {
        const ok = k.demonyms.some((d) => demonymInflections(d).some((f) => foldText(f) === foldText(e.surface)));
        if (!ok) E(`"${e.surface}" is not a demonym of ${e.entity}`);
        if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface)) E(`adjective "${e.surface}" is capitalised`);
        if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) E(`demonym noun "${e.surface}" is not capitalised`);
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // gold in text order
  for (let i = 1; i < g.entities.length; i++) {
    const a = occurrences(text, g.entities[i - 1].surface)[g.entities[i - 1].occurrence];
    const b = occurrences(text, g.entities[i].surface)[g.entities[i].occurrence];
    if (a !== undefined && b !== undefined && b < a) E(`entities not in text order at "${g.entities[i].surface}"`);
  }

  // every kb form in the text lies under a gold mention
  const ft = foldText(text);
  if (ft.length !== text.length) E('folding changed the length');
  for (const f of allForms) {
    for (let i = ft.indexOf(f.folded); i >= 0; i = ft.indexOf(f.folded, i + 1)) {
      const end = i + f.folded.length;
      if (isW(text[i - 1]) || isW(text[end])) continue;
      const orig = text.slice(i, end);
      const allCaps = f.form === f.form.toUpperCase() && /\p{L}/u.test(f.form);
      if (allCaps && f.form.length <= 6 && orig !== f.form) continue; // acronyms: exact capitals
      if (f.how !== 'demonym' && /^\p{Lu}/u.test(f.form) && !/^\p{Lu}/u.test(orig)) continue; // proper names keep their capital
      if (spans.some((s) => s.start <= i && end <= s.end)) continue;
      if (ALLOWED_UNANNOTATED.some((a) => a.file === file && a.surface === orig)) continue;
      E(`kb form "${orig}" (${f.how} of ${f.name}) at ${i} is not under a gold mention`);
    }
  }

  // sentences
  let from = 0;
  const goldStarts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    goldStarts.push(at);
    from = at + 1;
  }
  const split = sentenceStarts(text);
  for (const s of split) if (!goldStarts.includes(s)) E(`text sentence not in gold: "${text.slice(s, s + 50)}"`);
  for (const s of goldStarts) if (!split.includes(s)) E(`gold sentence does not start a sentence: "${text.slice(s, s + 50)}"`);

  // quotes
  const marks = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«') marks.push({ open: i, close: text.indexOf('»', i) });
    else if (text[i] === '“') marks.push({ open: i, close: text.indexOf('”', i) });
    else if (text[i] === '"') { const j = text.indexOf('"', i + 1); marks.push({ open: i, close: j }); i = j; }
  }
  const countOf = (ch) => [...text].filter((c) => c === ch).length;
  if (countOf('«') !== countOf('»')) E('unbalanced « »');
  if (countOf('“') !== countOf('”')) E('unbalanced “ ”');
  if (countOf('"') % 2) E('odd number of straight quotes');
  if (marks.length !== g.quotes.length) E(`${marks.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, k) => {
    const m = marks[k];
    if (!m) return;
    const inner = text.slice(m.open + 1, m.close).replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) E(`quote ${k} "${q.text}" does not match text "${inner.slice(0, 30)}"`);
    if (q.text.length > 30 || (q.text.length < 30 && inner.replace(/[\s\u00a0\u202f]+$/, '') !== q.text && inner.slice(0, 30).trimEnd() !== q.text)) E(`quote ${k} "${q.text}" is not the first 30 characters`);
    if (q.speaker !== null && typeof q.speaker !== 'string') E(`quote ${k} speaker`);
    for (const a of q.speakerAlso ?? []) if (!kbNames.has(a) && !/^(la|le|les) /.test(a)) E(`speakerAlso "${a}" is neither a kb name nor a noun phrase`);
  });

  // lists
  const sentenceEnd = (at) => { const n = goldStarts.find((s) => s > at); return n ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    for (const m of l.members) {
      const k = kbNames.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`member ${m} is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) E(`member ${m} not mentioned inside list "${l.text}"`);
    }
    if (!('statedTotal' in l)) E(`list "${l.text}" has no statedTotal`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) E(`list "${l.text}" total below its members`);
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.start >= at && s.end <= sentenceEnd(at)).length;
    if (n < 2) E(`negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate || withDate === files.length) warn(`articles with a date line: ${withDate} of ${files.length}`);
const sig = files.reduce((n, f) => n + (gold.articles[f]?.signatoryLists?.length ?? 0), 0);
const neg = files.reduce((n, f) => n + (gold.articles[f]?.negativeLists?.length ?? 0), 0);
if (sig < 2) warn(`only ${sig} signatory lists`);
if (neg < 4) warn(`only ${neg} negative lists`);

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log(`gold.json checks out: ${files.length} articles, ${sig} signatory lists, ${neg} negative lists`);
