// Checks gold.json against the article texts, independently of build.mjs (it reads only *.txt, gold.json and the
// name/type/aliases/demonyms/metonyms of the kb entries). Exits 1 on any error; prints warnings for review.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- kb fields
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
const kbByName = new Map(kb.map((e) => [e.name, e]));

// one-to-one character folding (keeps offsets): case, accents, apostrophes, hyphens and no-break spaces
function foldChar(c) {
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '-' || c === '‑' || c === '\u00a0' || c === '\u202f') return ' ';
  const d = c.normalize('NFD');
  return (d.length ? d[0] : c).toLowerCase();
}
const fold = (s) => Array.from(s, foldChar).join('');
const letterOrDigit = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function demonymForms(d) {
  const f = [d, d + 's'];
  if (d.endsWith('e')) return f;
  if (d.endsWith('en') || d.endsWith('on')) f.push(d + 'ne', d + 'nes');
  f.push(d + 'e', d + 'es');
  return f;
}
// every surface form the kb knows, with where it comes from
const forms = []; // { form, entity, how, exactCase }
for (const e of kb) {
  for (const n of [e.name, ...e.aliases]) forms.push({ form: n, entity: e.name, how: 'name' });
  for (const m of e.metonyms) forms.push({ form: m, entity: e.name, how: 'metonym' });
  for (const d of e.demonyms) for (const x of demonymForms(d)) forms.push({ form: x, entity: e.name, how: 'demonym' });
}
for (const f of forms) f.exactCase = /^[A-Z0-9]{2,6}$/.test(f.form);
const foldedForms = new Set(forms.map((f) => fold(f.form)));

function findAll(hay, needle) {
  const out = [];
  for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) out.push(p);
  return out;
}
function nth(text, surface, n) {
  let k = 0;
  for (const p of findAll(text, surface)) {
    if (letterOrDigit(text[p - 1]) || letterOrDigit(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}

// kb forms deliberately left unannotated (see README, Judgement calls): file, exact text, occurrence
const notEntities = [['06_lima_trilaterale.txt', 'française', 0]]; // "version française": the language, not France
const isException = (file, text, p, len) =>
  notEntities.some(([f, s, n]) => f === file && text.slice(p, p + len) === s && nth(text, s, n) === p);

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.json: version is not 1');
const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`files ${txtFiles} vs gold ${goldFiles}`);
if (txtFiles.length !== 6) err(`expected 6 articles, found ${txtFiles.length}`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
let withDate = 0;
const summary = [];

for (const file of txtFiles) {
  const text = readFileSync(join(here, file), 'utf8');
  const g = gold.articles[file];
  if (!g) continue;
  const ftext = fold(text);
  const A = (m) => err(`${file}: ${m}`);

  // ---- words, date line
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) A(`${words} words, not 350-600`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const where = `entity "${e.surface}" #${e.occurrence}`;
    if (!TYPES.has(e.type)) A(`${where}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) A(`${where}: bad kind ${e.kind}`);
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) {
      A(`${where}: not found`);
      continue;
    }
    spans.push({ start: p, end: p + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) A(`${where}: kb:false but "${e.entity}" is a kb name`);
      if (foldedForms.has(fold(e.surface))) A(`${where}: kb:false but the surface is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) A(`${where}: "${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) A(`${where}: type ${e.type}, kb says ${k.type}`);
        const fs = fold(e.surface);
        if (e.kind === 'metonym' || e.kind === 'capital') {
          if (!k.metonyms.some((m) => fold(m) === fs)) A(`${where}: ${e.kind} but not a metonym of ${e.entity}`);
        } else if (e.kind === 'adjective' || e.kind === 'demonym') {
          if (!k.demonyms.some((d) => demonymForms(d).some((x) => fold(x) === fs))) A(`${where}: ${e.kind} but not a demonym of ${e.entity}`);
        } else if (![k.name, ...k.aliases].some((n) => fold(n) === fs)) {
          warn(`${file}: ${where} → ${e.entity}: not a kb name or alias (surname, short form or inflection)`);
        }
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) A(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // every kb form in the text lies under a gold mention
  for (const f of forms) {
    const hits = f.exactCase ? findAll(text, f.form) : findAll(ftext, fold(f.form));
    for (const p of hits) {
      const q = p + f.form.length;
      if (letterOrDigit(text[p - 1]) || letterOrDigit(text[q])) continue;
      if (!spans.some((s) => s.start <= p && q <= s.end) && !isException(file, text, p, q - p))
        A(`kb form "${text.slice(p, q)}" (${f.how} of ${f.entity}) at ${p} is under no gold mention`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) A(`sentence "${s.text}": bad status`);
    if (!s.text || s.text.length > 40) A(`sentence "${s.text}": empty or longer than 40`);
    const p = text.indexOf(s.text, from);
    if (p < 0) {
      A(`sentence "${s.text}" not found in order`);
      continue;
    }
    if (text.slice(from, p).trim() && starts.length) {
      // text skipped between two sentences is fine (the previous sentence runs on); nothing to do
    }
    starts.push(p);
    from = p + 1;
  }
  if (starts.length && text.slice(0, starts[0]).trim()) A('text before the first sentence');
  // every line that holds text starts a sentence
  let off = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    if (line.trim() && !starts.includes(off + lead)) A(`line "${line.slice(0, 40)}" does not start a sentence`);
    off += line.length + 1;
  }
  // likely sentence ends that start no sentence (review)
  for (const m of text.matchAll(/[.!?]["»”]?[ \u00a0]+(?=[«"“]?[\p{Lu}])/gu)) {
    const p = m.index + m[0].length;
    if (!starts.includes(p)) warn(`${file}: possible sentence start not in gold: "${text.slice(p, p + 40)}"`);
  }
  for (const p of starts) {
    const before = text.slice(Math.max(0, p - 3), p);
    if (p > 0 && !/(^|[.!?»”")\n:]\s*)$/.test(text.slice(0, p)) && !/\n\s*$/.test(before))
      warn(`${file}: sentence start after "${before}": "${text.slice(p, p + 30)}"`);
  }

  // ---- quotations: every pair of marks in the text, in order
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (const m of text.matchAll(re)) {
    const inner = (m[1] ?? m[2] ?? m[3]).replace(/^[\s\u00a0\u202f]+/, '').replace(/[\s\u00a0\u202f]+$/, '');
    found.push(inner.slice(0, 30));
  }
  const count = (c) => text.split(c).length - 1;
  const pairs = count('«') + count('“') + count('"') / 2;
  if (count('«') !== count('»') || count('“') !== count('”') || count('"') % 2 || pairs !== found.length) A('unpaired quotation marks');
  if (found.length !== g.quotes.length) A(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] !== undefined && found[i].trimEnd() !== q.text.trimEnd()) A(`quote ${i}: text has "${found[i]}", gold "${q.text}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') A(`quote ${i}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) A(`quote ${i}: speakerAlso not a list`);
  });

  // ---- lists
  const sentenceEnd = (p) => {
    const next = starts.find((s) => s > p);
    return next ?? text.length;
  };
  for (const l of g.signatoryLists ?? []) {
    const p = text.indexOf(l.text);
    if (p < 0) {
      A(`signatory list "${l.text}" not found`);
      continue;
    }
    const end = sentenceEnd(p);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) A(`list "${l.text}": member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= p && s.end <= end && s.e.entity === m)) A(`list "${l.text}": member ${m} not mentioned in the list`);
    }
    const inList = new Set(spans.filter((s) => s.start >= p && s.end <= end && ['country', 'organisation'].includes(s.e.type)).map((s) => s.e.entity));
    for (const n of inList) if (!l.members.includes(n)) warn(`${file}: list "${l.text}": ${n} mentioned in the sentence but not a member`);
    if (!('statedTotal' in l)) A(`list "${l.text}": no statedTotal`);
  }
  for (const l of g.negativeLists ?? []) {
    const p = text.indexOf(l.text);
    if (p < 0) {
      A(`negative list "${l.text}" not found`);
      continue;
    }
    const end = Math.min(sentenceEnd(p), p + 120);
    const n = spans.filter((s) => s.start >= p && s.end <= end).length;
    if (n < 2) A(`negative list "${l.text}": ${n} mentions`);
  }

  const bySt = {};
  for (const s of g.sentences) bySt[s.status] = (bySt[s.status] ?? 0) + 1;
  summary.push(`${file}: ${words} words, ${g.entities.length} mentions, ${g.sentences.length} sentences ${JSON.stringify(bySt)}, ${g.quotes.length} quotes, ${(g.signatoryLists ?? []).length} signatory + ${(g.negativeLists ?? []).length} negative lists`);
}
if (withDate === 0) err('no article has a date line');
if (withDate === txtFiles.length) err('every article has a date line');

console.log(summary.join('\n'));
if (warnings.length) console.log(`\n${warnings.length} warning(s) to review:\n  ` + warnings.join('\n  '));
if (errors.length) {
  console.log(`\n${errors.length} error(s):\n  ` + errors.join('\n  '));
  process.exit(1);
}
console.log('\ncheck passed: no errors');
