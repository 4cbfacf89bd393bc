// Checks gold.json of eval/heldout34 against the article texts, independently of build.mjs's bookkeeping.
// node eval/heldout34/check.mjs   → lists every problem; exits 1 if there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { here, kbByName, findKbForms, fold, kbForms, occurrences, wordCount } from './lib.mjs';

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const err = (m) => errors.push(m);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
// kb forms deliberately left out of the gold (see README, Judgement calls): [file, form, occurrence of the form]
const NOT_MENTIONS = [
  ['02_belooussov_pyongyang_reuters.txt', 'française', 0], // "version française": the language, not France
];
const kbFolded = new Set(kbForms.map((f) => (f.acronym ? f.form : fold(f.form))));

const txts = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);
for (const t of txts) if (!gold.articles[t]) err(`${t}: not in gold.json`);
let dated = 0;

for (const [name, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, name), 'utf8');
  const words = wordCount(text);
  if (words < 350 || words > 600) err(`${name}: ${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) dated++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) err(`${name}: bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${name}: bad kind ${e.kind} for ${e.surface}`);
    const occ = occurrences(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { err(`${name}: "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(`${name}: kb:false entity "${e.entity}" is a kb name`);
      const f = fold(e.surface);
      if (kbFolded.has(f) || kbFolded.has(e.surface)) err(`${name}: kb:false surface "${e.surface}" is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${name}: "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) err(`${name}: "${e.entity}" has kb type ${k.type}, gold says ${e.type}`);
    }
    if (e.kind === 'adjective' || e.kind === 'demonym') {
      const forms = kbForms.filter((f) => f.entity === e.entity && fold(f.form) === fold(e.surface)).map((f) => f.how);
      if (!forms.includes('demonym') || forms.includes('name') || forms.includes('alias')) err(`${name}: "${e.surface}" is not a demonym form of ${e.entity}`);
      if ((e.kind === 'demonym') !== /^\p{Lu}/u.test(e.surface)) err(`${name}: "${e.surface}" kind ${e.kind} does not match its capital letter`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && !kbForms.some((f) => f.entity === e.entity && f.how === 'metonym' && fold(f.form) === fold(e.surface)))
      err(`${name}: "${e.surface}" is not a metonym of ${e.entity}`);
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.type !== 'country' && e.entity !== 'Union européenne')
      err(`${name}: ${e.kind} "${e.surface}" not linked to a country`);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${name}: mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  for (const h of findKbForms(text)) {
    const cover = spans.find((s) => s.start <= h.start && s.end >= h.end);
    const allowed = NOT_MENTIONS.some(([f, form, n]) => f === name && h.form === form && occurrences(text, form)[n] === h.start);
    if (!cover && allowed) continue;
    if (!cover) err(`${name}: kb form "${h.form}" (${h.how} of ${h.entity}) at ${h.start} is under no gold mention`);
    else if (cover.e.kb !== false && cover.start === h.start && cover.end === h.end && cover.e.entity !== h.entity) {
      const alts = findKbForms(text).filter((x) => x.start === h.start && x.end === h.end).map((x) => x.entity);
      if (!alts.includes(cover.e.entity)) err(`${name}: "${h.form}" is a kb form of ${alts.join('/')}, gold links it to ${cover.e.entity}`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, i) => {
    if (!STATUSES.has(s.status)) err(`${name}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${name}: sentence ${i} "${s.text}" not found in order`); return; }
    const gap = text.slice(from, at);
    if (i === 0 ? gap.trim() !== '' : false) err(`${name}: text before the first sentence: "${gap}"`);
    if (i > 0) {
      const before = text.slice(0, at).replace(/[\s\u00a0]+$/, '');
      if (at === before.length) err(`${name}: sentence "${s.text}" does not follow a space`);
      const last = before.slice(-1);
      const lineBreak = /\n/.test(text.slice(before.length, at));
      if (!lineBreak && !/[.!?»”")]/.test(last) && !/\) [-–—]$/.test(before.slice(-3))) err(`${name}: sentence "${s.text}" follows "${before.slice(-20)}"`);
    }
    starts.push(at);
    from = at + s.text.length;
  });
  const sentenceEnd = (pos) => { const n = starts.find((s) => s > pos); return n ?? text.length; };
  // no sentence boundary left unmarked: every ". X" inside a sentence is reported
  starts.forEach((st, i) => {
    const end = starts[i + 1] ?? text.length;
    const body = text.slice(st, end);
    const re = /[.!?][»”"]?[\s\u00a0]+(?=[\p{Lu}«“"])/gu;
    for (let m; (m = re.exec(body)); ) if (m.index + m[0].length < body.trimEnd().length) err(`${name}: possible unmarked sentence start in "${body.slice(Math.max(0, m.index - 20), m.index + 25)}"`);
    if (/\n/.test(body.trim())) err(`${name}: sentence spans a line break: "${body.slice(0, 40)}"`);
  });

  // ---- quotes
  const marks = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') {
      const close = text.indexOf(c === '«' ? '»' : '”', i + 1);
      marks.push({ i, inner: text.slice(i + 1, close) });
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) { err(`${name}: unmatched straight quote`); break; }
      marks.push({ i, inner: text.slice(i + 1, close) });
      i = close;
    }
  }
  if (marks.length !== g.quotes.length) err(`${name}: ${marks.length} quotations in the text, ${g.quotes.length} in gold`);
  marks.forEach((m, k) => {
    const q = g.quotes[k];
    if (!q) return;
    const inner = m.inner.replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) err(`${name}: quote ${k} gold "${q.text}" vs text "${inner.slice(0, 30)}"`);
    if (q.text !== inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '')) err(`${name}: quote ${k} text is not the first 30 characters: "${q.text}"`);
    if (!('speaker' in q)) err(`${name}: quote ${k} has no speaker field`);
    if (q.speakerAlso && !q.speaker) err(`${name}: quote ${k} has speakerAlso without speaker`);
  });

  // ---- lists
  const mentionsIn = (a, b) => spans.filter((s) => s.start >= a && s.end <= b);
  let lf = 0;
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text, lf);
    if (at < 0) { err(`${name}: signatory list "${l.text}" not found`); continue; }
    const ms = mentionsIn(at, sentenceEnd(at));
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(`${name}: member ${m} is not a kb country or organisation`);
      if (!ms.some((s) => s.e.entity === m)) err(`${name}: member ${m} not mentioned in list "${l.text}"`);
    }
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') err(`${name}: bad statedTotal`);
    if (new Set(l.members).size !== l.members.length) err(`${name}: duplicate members`);
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${name}: negative list "${l.text}" not found`); continue; }
    const ms = mentionsIn(at, sentenceEnd(at));
    if (ms.length < 2) err(`${name}: negative list "${l.text}" has ${ms.length} mentions`);
  }
}
if (dated === 0 || dated === Object.keys(gold.articles).length) err(`need articles with and without a date line (${dated} dated)`);
const nSig = Object.values(gold.articles).reduce((n, a) => n + (a.signatoryLists?.length ?? 0), 0);
const nNeg = Object.values(gold.articles).reduce((n, a) => n + (a.negativeLists?.length ?? 0), 0);
if (nSig < 2) err(`only ${nSig} signatory lists`);
if (nNeg < 4) err(`only ${nNeg} negative lists`);

if (errors.length) { console.error(errors.join('\n')); console.error(`${errors.length} problem(s)`); process.exit(1); }
console.log(`check passed: ${Object.keys(gold.articles).length} articles, ${nSig} signatory lists, ${nNeg} negative lists`);
