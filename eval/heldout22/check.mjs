// Checks gold.json against the article texts, independently of build.mjs.
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of the kb (kbforms.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, kbForms, fold, isAcronym, inflections } from './kbforms.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const kb = loadKb();
const kbByName = new Map(kb.map((e) => [e.name, e]));
const forms = kbForms(kb);
const foldedForms = new Set(forms.map((f) => fold(f.form)));
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];

function nth(text, s, n) {
  let k = -1, i = text.indexOf(s);
  while (i >= 0) {
    if (!isW(text[i - 1]) && !isW(text[i + s.length])) { k++; if (k === n) return i; }
    i = text.indexOf(s, i + 1);
  }
  return -1;
}
function allAt(hay, needle) {
  const out = [];
  let i = hay.indexOf(needle);
  while (i >= 0) {
    if (!isW(hay[i - 1]) && !isW(hay[i + needle.length])) out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}
const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const txts = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
const arts = Object.keys(gold.articles).sort();
if (gold.version !== 1) err('version must be 1');
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`texts ${txts} vs gold ${arts}`);
let withDate = 0, withoutDate = 0;
const sizes = [];

for (const art of arts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const E = (m) => err(`${art}: ${m}`), W = (m) => warn(`${art}: ${m}`);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) E(`missing ${k}`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text)) withDate++; else withoutDate++;
  const wc = words(text);
  if (wc < 350 || wc > 600) E(`${wc} words`);

  // entities
  const spans = [];
  for (const e of g.entities) {
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) { E(`entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.includes(e.type)) E(`bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) E(`bad kind ${e.kind}`);
    const fs = fold(e.surface);
    if (e.kb === false) {
      if (kbByName.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (foldedForms.has(fs)) E(`kb:false surface "${e.surface}" is a kb form`);
      if (e.kind) E(`kb:false "${e.surface}" has a kind`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) E(`"${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) E(`"${e.surface}": type ${e.type} but kb says ${k.type}`);
        const isName = [k.name, ...k.aliases].some((a) => fold(a) === fs);
        const isMet = k.metonyms.some((a) => fold(a) === fs);
        const isDem = k.demonyms.flatMap(inflections).some((a) => fold(a) === fs);
        if ((e.kind === 'metonym' || e.kind === 'capital') && !isMet) E(`"${e.surface}" kind ${e.kind} but not a metonym of ${e.entity}`);
        if ((e.kind === 'adjective' || e.kind === 'demonym') && !isDem) E(`"${e.surface}" kind ${e.kind} but not a demonym of ${e.entity}`);
        if (!e.kind && !isName) W(`"${e.surface}" → ${e.entity}: not a kb name or alias (judgement call)`);
        if (!e.kind && (isMet || isDem)) E(`"${e.surface}" is a metonym/demonym but has no kind`);
      }
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) E(`overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);

  // every kb form in the text lies under a gold mention
  const ft = fold(text);
  for (const f of forms) {
    const hits = isAcronym(f.form) ? allAt(text, f.form) : allAt(ft, fold(f.form));
    for (const h of hits) {
      const end = h + f.form.length;
      if (!spans.some((s) => s.start <= h && s.end >= end)) E(`kb form "${text.slice(h, end)}" (${f.how} of ${f.entity}) at ${h} is not under a gold mention`);
    }
  }

  // sentences: in order, covering the text
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.includes(s.status)) E(`bad status ${s.status}`);
    if (s.text.length > 40) E(`sentence prefix longer than 40: ${s.text}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (starts.length && at === starts[starts.length - 1]) E(`sentence "${s.text}" at the same place as the previous one`);
    starts.push(at);
    from = at + 1;
  }
  if (starts[0] !== text.search(/\S/)) E('first sentence does not start the text');
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(starts[i], end).trimEnd();
    if (body.includes('\n')) E(`sentence "${g.sentences[i].text}" spans a line break (a sentence is missing)`);
    const inner = body.replace(/\b(M|Mme|n°)\.\s/g, 'X ');
    const m = /[.!?][»”"]?\s+[«“"]?[\p{Lu}]/u.exec(inner);
    if (m) W(`sentence "${g.sentences[i].text}" may hold two sentences: …${inner.slice(Math.max(0, m.index - 20), m.index + 10)}…`);
  }

  // quotes
  const found = [];
  const pairs = { '«': '»', '“': '”', '"': '"' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '»' || c === '”') E(`closing mark without opening at ${i}`);
    if (!(c in pairs)) continue;
    const close = text.indexOf(pairs[c], i + 1);
    if (close < 0) { E(`unclosed quote at ${i}`); break; }
    const inner = text.slice(i + 1, close);
    if (/[«“]/.test(inner)) E(`nested quote at ${i}`);
    found.push(inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30));
    i = close;
  }
  if (found.length !== g.quotes.length) E(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] === undefined) return;
    if (!found[i].startsWith(q.text) || q.text.length < Math.min(found[i].trimEnd().length, 25)) E(`quote ${i}: gold "${q.text}" vs text "${found[i]}"`);
    if (q.speaker !== null && (typeof q.speaker !== 'string' || !q.speaker)) E(`quote ${i}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) E(`quote ${i}: bad speakerAlso`);
  });

  // signatory lists
  const sentEnd = (pos) => { const k = starts.findIndex((s) => s > pos); return k < 0 ? text.length : starts[k]; };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const end = sentEnd(at);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= at && s.start < end && s.e.entity === m)) E(`member ${m} not mentioned inside list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`bad statedTotal in "${l.text}"`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) E(`statedTotal below member count in "${l.text}"`);
    if (l.approximate !== undefined && typeof l.approximate !== 'boolean') E('bad approximate');
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.start >= at && s.start < at + l.text.length).length;
    if (n < 2) E(`negative list "${l.text}" has ${n} mention(s)`);
  }
  sizes.push({ art, wc });
}
if (!withDate || !withoutDate) err(`need articles with and without a date line (${withDate}/${withoutDate})`);
for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(`${arts.length} articles, ${sizes.map((s) => `${s.art} ${s.wc}w`).join(', ')}`);
console.log(errors.length ? `${errors.length} error(s)` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
