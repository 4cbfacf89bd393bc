// Checks gold.json against the *.txt files, independently of src/ and build.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, kbForms, findKbForms, fold, demonymForms, isWordChar } from './kb.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const kb = loadKb();
const byName = new Map(kb.map((e) => [e.name, e]));
const forms = kbForms(kb);
const foldedForms = new Set(forms.map((f) => fold(f.form)));
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];

function nth(text, surface, n) {
  let i = text.indexOf(surface), k = 0;
  while (i >= 0) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) { if (k === n) return i; k++; }
    i = text.indexOf(surface, i + 1);
  }
  return -1;
}

const txts = fs.readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
const goldArts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(goldArts)) errors.push(`articles differ: ${txts} vs ${goldArts}`);
if (txts.length !== 6) errors.push(`expected 6 articles, found ${txts.length}`);
let withDate = 0;
const totals = { words: 0 };

for (const art of goldArts) {
  const text = fs.readFileSync(path.join(here, art), 'utf8');
  const g = gold.articles[art];
  // words
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length; // tokens holding a letter or digit
  totals.words += words;
  const words2 = text.split(/[\s'’]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  console.log(`${art}: ${words} words (${words2} with elisions split)`);
  if (words < 350 || words > 600) err(art, `${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) { err(art, `entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.includes(e.type)) err(art, `bad type ${e.type} for ${e.surface}`);
    if (e.kind && !KINDS.includes(e.kind)) err(art, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (byName.has(e.entity)) err(art, `kb:false entity "${e.entity}" is a kb name`);
      if (foldedForms.has(fold(e.entity)) || foldedForms.has(fold(e.surface))) err(art, `kb:false "${e.surface}"/"${e.entity}" is a kb form`);
    } else {
      const k = byName.get(e.entity);
      if (!k) err(art, `"${e.entity}" is not a kb name`);
      else if (k.type !== e.type) err(art, `"${e.entity}" has kb type ${k.type}, gold ${e.type}`);
      if (k && (e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.some((m) => fold(m) === fold(e.surface))) warnings.push(`${art}: ${e.kind} "${e.surface}" is not a metonym of ${e.entity}`);
      if (k && (e.kind === 'adjective' || e.kind === 'demonym') && !k.demonyms.some((d) => demonymForms(d).some((x) => fold(x) === fold(e.surface)))) err(art, `${e.kind} "${e.surface}" is not a demonym of ${e.entity}`);
      if (k && !e.kind && k.metonyms.some((m) => fold(m) === fold(e.surface))) err(art, `metonym "${e.surface}" has no kind`);
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) err(art, `mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // every kb form in the text lies under a gold mention
  for (const h of findKbForms(text, forms)) {
    if (!spans.some((s) => s.start <= h.start && h.end <= s.end)) err(art, `kb form "${h.text}" (${h.how} of ${h.entity}) at ${h.start} is not under a gold mention: …${text.slice(Math.max(0, h.start - 30), h.end + 30).replace(/\n/g, ' ')}…`);
  }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.includes(s.status)) err(art, `bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(art, `sentence "${s.text}" not found in order`); continue; }
    if (!starts.length && text.slice(0, at).trim()) err(art, `text before the first sentence`);
    if (starts.length && text.slice(from, at).trim() && at !== from) {
      // text between: belongs to the previous sentence; fine
    }
    starts.push(at);
    from = at + 1;
  }
  for (let i = 0; i < starts.length; i++) {
    const a = starts[i], b = i + 1 < starts.length ? starts[i + 1] : text.length;
    const span = text.slice(a, b);
    const body = span.replace(/\s+$/, '');
    if (/\n/.test(body)) err(art, `sentence spans a line break: "${body.slice(0, 60)}"`);
    if (i + 1 < starts.length && !/\s$/.test(span)) err(art, `sentence ${i + 1} does not start after white space: "${text.slice(b, b + 30)}"`);
    if (i + 1 < starts.length && !/\n\s*$/.test(span) && !/[.!?…]["»”\u00a0 ]*\s*$/.test(span)) err(art, `sentence ends without punctuation before the next one: "…${body.slice(-40)}"`);
    // an end of sentence inside the span
    const re = /[.!?…](?:[\s\u00a0]*[»”"])?\s+(?=[«“"]?\s?\p{Lu})/gu;
    let m;
    while ((m = re.exec(body))) {
      const before = body.slice(Math.max(0, m.index - 3), m.index + 1);
      if (/(^|\s)(M|Me|Dr|St)\.$/.test(before)) continue;
      err(art, `possible sentence end inside a sentence: "…${body.slice(Math.max(0, m.index - 30), m.index + 30)}…"`);
    }
  }

  // quotes: one gold quote for each pair of quotation marks, in order
  const found = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') {
      const close = text.indexOf(c === '«' ? '»' : '”', i + 1);
      if (close < 0) { err(art, `unclosed ${c}`); continue; }
      found.push(text.slice(i + 1, close));
    } else if (c === '"') {
      if (straight < 0) straight = i; else { found.push(text.slice(straight + 1, i)); straight = -1; }
    }
  }
  if (straight >= 0) err(art, 'odd number of straight quotes');
  const nOpen = (text.match(/[«“]/g) || []).length, nClose = (text.match(/[»”]/g) || []).length;
  if (nOpen !== nClose) err(art, `${nOpen} opening and ${nClose} closing quotation marks`);
  if (found.length !== g.quotes.length) err(art, `${found.length} quotations in the text, ${g.quotes.length} in the gold`);
  found.forEach((inner, i) => {
    const q = g.quotes[i];
    if (!q) return;
    const want = inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
    if (q.text !== want) err(art, `quote ${i}: gold "${q.text}", text "${want}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(art, `quote ${i}: bad speaker`);
    if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !byName.has(q.speaker) && !g.entities.some((e) => e.kb === false && e.entity === q.speaker)) err(art, `quote ${i}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    for (const a of q.speakerAlso ?? []) if (/^\p{Lu}/u.test(a) && !byName.has(a)) err(art, `quote ${i}: speakerAlso "${a}" is not a kb name`);
  });
  let qfrom = 0;
  for (const q of g.quotes) { const at = text.indexOf(q.text, qfrom); if (at < 0) err(art, `quote "${q.text}" not found in order`); else qfrom = at + q.text.length; }

  // lists
  const sentenceEnd = (pos) => { const i = starts.findIndex((s) => s > pos); return i < 0 ? text.length : starts[i]; };
  const mentionsIn = (a, b) => spans.filter((s) => s.start >= a && s.end <= b);
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `signatory list "${l.text}" not found`); continue; }
    if (text.indexOf(l.text, at + 1) >= 0) err(art, `signatory list text "${l.text}" is ambiguous`);
    const inList = mentionsIn(at, sentenceEnd(at));
    for (const m of l.members) {
      const k = byName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(art, `member ${m} is not a kb country or organisation`);
      if (!inList.some((s) => s.e.entity === m)) err(art, `member ${m} is not mentioned in the list "${l.text}"`);
    }
    if (new Set(l.members).size !== l.members.length) err(art, `duplicate members in "${l.text}"`);
    if (!('statedTotal' in l)) err(art, `list "${l.text}" has no statedTotal`);
    if (l.text.length !== 40) warnings.push(`${art}: list text "${l.text}" is ${l.text.length} chars`);
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `negative list "${l.text}" not found`); continue; }
    const n = mentionsIn(at, Math.min(sentenceEnd(at), at + 200)).length;
    if (n < 2) err(art, `negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate) errors.push('no article has a date line');
if (withDate === goldArts.length) errors.push('every article has a date line');

for (const w of warnings) console.log('warning: ' + w);
if (errors.length) { console.log(errors.map((e) => 'ERROR ' + e).join('\n')); console.log(`${errors.length} errors`); process.exit(1); }
console.log(`check passed: ${goldArts.length} articles, ${totals.words} words`);
