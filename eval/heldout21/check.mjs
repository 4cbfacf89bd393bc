// Checks gold.json against the article texts, independently of build.mjs.
// Reads only the texts, gold.json, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Exits 1 on any error; warnings are printed for review.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- kb: only the fields we are allowed to read
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
// Fold one character at a time so that offsets are kept: accents, case, apostrophes, hyphens, non-breaking spaces.
function fold(s) {
  let o = '';
  for (const ch of s) {
    let c = ch.normalize('NFD').replace(/\p{M}/gu, '');
    c = c.length ? c[0] : ch;
    c = c.toLowerCase();
    if (c.length !== 1) c = ch; // keep length 1:1
    if ('’‘ʼ`'.includes(c)) c = "'";
    if ('\u00a0\u202f\t-‐‑'.includes(c)) c = ' ';
    o += c;
  }
  return o;
}
function inflect(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (d.endsWith('en')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (d.endsWith('on')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (d.endsWith('s')) { out.add(d + 'e'); out.add(d + 'es'); out.delete(d + 's'); }
  if (d.endsWith('e')) { out.add(d + 's'); out.delete(d + 'e'); out.delete(d + 'es'); }
  return [...out];
}
const isAcronym = (f) => f.length <= 7 && !/\s/.test(f) && /[A-Z]/.test(f) && f === f.toUpperCase();
// every form of every kb entry: { form, entry, how }
const forms = [];
for (const e of kb) {
  for (const f of [e.name, ...e.aliases]) forms.push({ form: f, entry: e, how: 'name' });
  for (const f of e.metonyms) forms.push({ form: f, entry: e, how: 'metonym' });
  for (const d of e.demonyms) for (const f of inflect(d)) forms.push({ form: f, entry: e, how: 'demonym' });
}
const foldedForms = new Set(forms.map((f) => fold(f.form)));

function findAll(text, ftext, form) {
  const hits = [];
  const acr = isAcronym(form);
  const hay = acr ? text : ftext;
  const needle = acr ? form : fold(form);
  if (needle.length < 2) return hits;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) hits.push([i, i + needle.length]);
  }
  return hits;
}
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + surface.length])) continue;
    if (k === n) return i;
    k++;
  }
  return -1;
}

// ---- quotes in the text: « … », “ … ”, " … "
function quotesIn(text, art) {
  const qs = [];
  const pairs = { '«': '»', '“': '”' };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (pairs[ch] || ch === '"') {
      const close = ch === '"' ? '"' : pairs[ch];
      const j = text.indexOf(close, i + 1);
      if (j < 0) { err(`${art}: unclosed ${ch} at ${i}`); break; }
      const inner = text.slice(i + 1, j);
      if (/[«“]/.test(inner)) warn(`${art}: nested quote mark inside ${ch}…${close} at ${i}`);
      qs.push({ at: i, text: inner.trim().slice(0, 30) });
      i = j;
    } else if (ch === '»' || ch === '”') err(`${art}: closing ${ch} without opening at ${i}`);
  }
  return qs;
}

// ---- a naive sentence splitter, only for warnings
function naiveStarts(text) {
  const starts = [];
  const re = /(^|\n+|[.!?…»"”]\s+)(?=[•\-–\s]*["«“]?[\s\u00a0\u202f]*[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    let p = m.index + m[0].length;
    if (/(^|\s)(M|Mme|MM)\.\s+$/.test(text.slice(Math.max(0, m.index - 4), p))) continue; // M. Lavrov
    while (/\s/.test(text[p] ?? '')) p++; // a bullet starts its item
    if (p < text.length) starts.push(p);
  }
  starts.unshift(text.search(/\S/)); // the first line (a date line, a headline) starts a sentence
  return [...new Set(starts)];
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version must be 1');
const txts = readdirSync(here).filter((f) => /^\d\d_.+\.txt$/.test(f)).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`articles differ: txt ${txts} vs gold ${arts}`);
if (txts.length !== 6) err(`expected 6 articles, got ${txts.length}`);
let withDate = 0;
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);

for (const art of arts) {
  const text = readFileSync(join(here, art), 'utf8');
  const ftext = fold(text);
  if (ftext.length !== text.length) err(`${art}: fold changed the length`);
  const g = gold.articles[art];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;
  if (text.includes('\r')) err(`${art}: CR in text`);

  // sentences: in order, covering the text
  const sStarts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (!s.text || s.text.length > 40) err(`${art}: sentence text length ${s.text.length}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence not found in order: ${s.text}`); continue; }
    // the first sentence starts the text; each later one runs to the start of the next, so the text is covered
    if (!sStarts.length && /[\p{L}\p{N}]/u.test(text.slice(0, at))) err(`${art}: text before the first sentence`);
    if (isWordChar(text[at - 1])) err(`${art}: sentence starts inside a word: ${s.text}`);
    sStarts.push(at);
    from = at + s.text.length;
  }
  const sentEnd = (pos) => {
    const k = sStarts.findIndex((st) => st > pos);
    return k < 0 ? text.length : sStarts[k];
  };
  const naive = naiveStarts(text);
  for (const p of naive) if (!sStarts.includes(p)) warn(`${art}: naive splitter starts a sentence not in gold: "${text.slice(p, p + 40)}"`);
  for (const p of sStarts) if (!naive.includes(p)) warn(`${art}: gold sentence the naive splitter does not start: "${text.slice(p, p + 40)}"`);

  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type} for ${e.surface}`);
    if (e.kind && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) { err(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ start: at, end: at + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(`${art}: kb:false entity ${e.entity} is a kb name`);
      if (foldedForms.has(fold(e.surface))) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
      if (foldedForms.has(fold(e.entity))) err(`${art}: kb:false entity "${e.entity}" is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${art}: "${e.entity}" is not a kb name (${e.surface})`);
      else if (k.type !== e.type) err(`${art}: ${e.entity} is a ${k.type} in the kb, not a ${e.type}`);
      else {
        if ((e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.some((m) => fold(m) === fold(e.surface)))
          warn(`${art}: ${e.kind} "${e.surface}" is not a kb metonym of ${e.entity}`);
        if ((e.kind === 'adjective' || e.kind === 'demonym') && !k.demonyms.flatMap(inflect).some((d) => fold(d) === fold(e.surface)))
          warn(`${art}: ${e.kind} "${e.surface}" is not an inflected kb demonym of ${e.entity}`);
        if (!e.kind) {
          const known = [k.name, ...k.aliases].some((a) => fold(a) === fold(e.surface));
          if (!known) warn(`${art}: "${e.surface}" → ${e.entity}: not a kb name or alias (rule-found form)`);
        }
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) err(`${art}: overlapping mentions "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  }
  // every kb form in the text lies under a gold mention
  for (const f of forms) {
    for (const [s, e] of findAll(text, ftext, f.form)) {
      const cover = spans.find((sp) => sp.start <= s && sp.end >= e);
      if (!cover) err(`${art}: kb form "${text.slice(s, e)}" (${f.how} of ${f.entry.name}) at ${s} is under no gold mention: …${text.slice(Math.max(0, s - 30), e + 30).replace(/\n/g, ' ')}…`);
      else if (cover.start === s && cover.end === e && cover.e.entity !== f.entry.name && cover.e.kb !== false)
        warn(`${art}: "${text.slice(s, e)}" is a ${f.how} of ${f.entry.name} but gold says ${cover.e.entity}`);
    }
  }

  // quotes
  const tq = quotesIn(text, art);
  if (tq.length !== g.quotes.length) err(`${art}: ${tq.length} quotations in the text, ${g.quotes.length} in gold`);
  for (let i = 0; i < Math.min(tq.length, g.quotes.length); i++) {
    if (tq[i].text !== g.quotes[i].text) err(`${art}: quote ${i}: text "${tq[i].text}" vs gold "${g.quotes[i].text}"`);
    const sp = g.quotes[i].speaker;
    if (sp !== null && (typeof sp !== 'string' || !sp)) err(`${art}: quote ${i}: bad speaker`);
    if (sp && kbByName.has(sp) && !g.entities.some((e) => e.entity === sp)) warn(`${art}: speaker ${sp} is never mentioned`);
    for (const a of g.quotes[i].speakerAlso ?? []) if (typeof a !== 'string' || !a) err(`${art}: bad speakerAlso`);
  }

  // lists
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list text not found: ${l.text}`); continue; }
    const end = sentEnd(at);
    if (!l.members?.length) err(`${art}: signatory list with no members`);
    for (const m of l.members ?? []) {
      const k = kbByName.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) err(`${art}: member ${m} is not a kb country or organisation`);
      if (!spans.some((sp) => sp.start >= at && sp.end <= end && sp.e.entity === m)) err(`${art}: member ${m} not mentioned inside its list "${l.text}"`);
    }
    const inside = new Set(spans.filter((sp) => sp.start >= at && sp.end <= end && (sp.e.type === 'country' || sp.e.type === 'organisation')).map((sp) => sp.e.entity));
    for (const x of inside) if (!l.members.includes(x)) warn(`${art}: ${x} is mentioned in the list's sentence but is not a member ("${l.text}")`);
    if (!('statedTotal' in l)) err(`${art}: statedTotal missing`);
    if (l.statedTotal !== null && !(l.statedTotal >= l.members.length)) err(`${art}: statedTotal ${l.statedTotal} < members`);
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list text not found: ${l.text}`); continue; }
    const end = sentEnd(at);
    const n = spans.filter((sp) => sp.start >= at && sp.end <= end).length;
    if (n < 2) err(`${art}: negative list with ${n} mentions: ${l.text}`);
  }
}
if (!withDate) err('no article with a date line');
if (withDate === arts.length) err('every article has a date line');

// totals
const all = Object.values(gold.articles);
const count = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`articles ${arts.length}; sentences ${count(all.map((a) => a.sentences.length))}; entities ${count(all.map((a) => a.entities.length))}; quotes ${count(all.map((a) => a.quotes.length))}; signatory lists ${count(all.map((a) => (a.signatoryLists ?? []).length))}; negative lists ${count(all.map((a) => (a.negativeLists ?? []).length))}`);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} errors` : 'OK: no errors');
process.exit(errors.length ? 1 : 0);
