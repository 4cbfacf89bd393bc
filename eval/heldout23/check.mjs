// Checks gold.json of eval/heldout23 against the article texts, independently of build.mjs and of the tool.
// Reads only *.txt, gold.json, and the name/type/aliases/demonyms/metonyms of ../../server/data/kb/*.json.
// Exit code 1 when there is an error; warnings are printed for review.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);

// ---- kb: names, types and surface forms (folded) ----
const kbType = new Map(); // name -> type
const forms = []; // { form, entity, how, exact }
function inflect(d) {
  const out = new Set([d]);
  if (/en$/.test(d)) ['ne', 's', 'nes'].forEach((x) => out.add(d + x));
  else if (/on$/.test(d)) ['ne', 's', 'nes'].forEach((x) => out.add(d + x));
  else if (/s$/.test(d)) ['e', 'es'].forEach((x) => out.add(d + x));
  else if (/e$/.test(d)) out.add(d + 's');
  else if (/c$/.test(d)) ['s', 'que', 'ques'].forEach((x) => out.add(d.replace(/c$/, '') + (x === 's' ? 'cs' : x)));
  else ['e', 's', 'es'].forEach((x) => out.add(d + x));
  return [...out];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    for (const a of [e.name, ...(e.aliases ?? [])]) forms.push({ form: a, entity: e.name, how: 'name' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, entity: e.name, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) forms.push({ form: x, entity: e.name, how: 'demonym' });
  }
}
// one character in, one character out, so offsets stay the same
function fold(s) {
  let out = '';
  for (const ch of s) {
    let c = ch.normalize('NFD').replace(/\p{M}/gu, '');
    c = c.length ? c[0] : ch;
    c = c.toLowerCase();
    if (/['’‘ʼ]/.test(c)) c = "'";
    else if (/[-‐‑–]/.test(c)) c = ' ';
    else if (/[\u00A0\u202F\s]/.test(c)) c = ' ';
    out += c.length === 1 ? c : ch;
  }
  return out;
}
const acronym = (f) => !/\p{Ll}/u.test(f);
const foldedForms = forms.map((f) => ({ ...f, folded: fold(f.form) }));
const kbFolded = new Set(foldedForms.map((f) => f.folded));

function allOccurrences(hay, needle) {
  const res = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) res.push(at);
  return res;
}
function nthOccurrence(text, s, n) {
  let k = 0;
  for (const at of allOccurrences(text, s)) {
    if (isWord(text[at - 1]) || isWord(text[at + s.length])) continue;
    if (k === n) return at;
    k++;
  }
  return -1;
}
const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (gold.version !== 1) err('gold.version is not 1');
for (const f of txts) if (!gold.articles[f]) err(`${f}: not in gold.json`);
for (const f of Object.keys(gold.articles)) if (!txts.includes(f)) err(`${f}: in gold.json but no such file`);
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);

let withDate = 0, withoutDate = 0;
const totals = { words: 0, ents: 0, sents: 0, quotes: 0, sig: 0, neg: 0 };
for (const f of txts) {
  const text = readFileSync(join(here, f), 'utf8');
  const g = gold.articles[f];
  if (!g) continue;
  const P = (m) => `${f}: ${m}`;
  if (!/^\d\d_[a-z0-9_]+\.txt$/.test(f)) err(P('file name is not NN_slug.txt'));
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;
  else withoutDate++;
  const wc = words(text);
  totals.words += wc;
  if (wc < 350 || wc > 600) err(P(`${wc} words, not within 350-600`));
  if (text.includes('\uFFFD') || /[⟦⟧{}~^]/.test(text)) err(P('markup or replacement character left in the text'));

  // ---- entities ----
  const spans = [];
  for (const e of g.entities) {
    for (const k of ['surface', 'occurrence', 'entity', 'type']) if (e[k] === undefined) err(P(`entity without ${k}: ${JSON.stringify(e)}`));
    if (!TYPES.has(e.type)) err(P(`bad type ${e.type} for ${e.surface}`));
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(P(`bad kind ${e.kind} for ${e.surface}`));
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) { err(P(`entity "${e.surface}" #${e.occurrence} not found`)); continue; }
    spans.push({ start: at, end: at + e.surface.length, e });
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(P(`kb:false entity "${e.entity}" is a kb name`));
      if (kbFolded.has(fold(e.surface))) err(P(`kb:false surface "${e.surface}" is a kb form`));
      if (e.kind) warn(P(`kb:false entity "${e.surface}" has a kind`));
    } else {
      if (!kbType.has(e.entity)) err(P(`entity "${e.entity}" (${e.surface}) is not a kb name`));
      else if (kbType.get(e.entity) !== e.type) err(P(`entity "${e.entity}" has kb type ${kbType.get(e.entity)}, gold says ${e.type}`));
      if ((e.kind === 'metonym' || e.kind === 'capital' || e.kind === 'adjective' || e.kind === 'demonym') && e.type !== 'country' && e.entity !== 'Union européenne')
        warn(P(`kind ${e.kind} on a non-country: ${e.surface}`));
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start < spans[k - 1].end) err(P(`mentions overlap: "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`));
  // gold order = text order
  const goldOrder = g.entities.map((e) => nthOccurrence(text, e.surface, e.occurrence));
  for (let k = 1; k < goldOrder.length; k++) if (goldOrder[k] < goldOrder[k - 1]) warn(P(`entities not in text order at "${g.entities[k].surface}"`));
  totals.ents += g.entities.length;

  // ---- every kb form in the text lies under a gold mention ----
  const ftext = fold(text);
  for (const fm of foldedForms) {
    const hits = acronym(fm.form) ? allOccurrences(text, fm.form) : allOccurrences(ftext, fm.folded);
    for (const at of hits) {
      const end = at + fm.form.length;
      if (isWord(text[at - 1]) || isWord(text[end])) continue;
      const cover = spans.find((s) => s.start <= at && s.end >= end);
      if (!cover) err(P(`kb ${fm.how} "${text.slice(at, end)}" (${fm.entity}) is not under a gold mention: …${text.slice(Math.max(0, at - 30), end + 30).replace(/\n/g, ' ')}…`));
      else if (cover.start === at && cover.end === end && cover.e.entity !== fm.entity && cover.e.kb !== false)
        warn(P(`"${cover.e.surface}" is gold ${cover.e.entity} but the kb form points to ${fm.entity}`));
    }
  }

  // ---- sentences ----
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(P(`bad status ${s.status}`));
    if (typeof s.text !== 'string' || !s.text.length || s.text.length > 40) err(P(`bad sentence text ${JSON.stringify(s.text)}`));
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(P(`sentence "${s.text}" not found in order`)); continue; }
    if (text.slice(from, at).trim() && starts.length === 0) err(P(`text before the first sentence: ${text.slice(from, at)}`));
    starts.push(at);
    from = at + s.text.length;
  }
  totals.sents += g.sentences.length;
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const body = text.slice(starts[k], end).trim();
    if (body.slice(0, 40) !== g.sentences[k].text && body.length >= g.sentences[k].text.length) err(P(`sentence text is not the first 40 chars: "${g.sentences[k].text}"`));
    if (k > 0) {
      const prev = text.slice(starts[k - 1], starts[k]);
      const ok = /\n\s*$/.test(prev) || /[.!?»”"]\s+$/.test(prev);
      if (!ok) err(P(`sentence "${g.sentences[k].text}" does not start after a sentence end`));
    }
  }
  const startSet = new Set(starts);
  // every line starts a sentence
  for (const m of text.matchAll(/(^|\n)([^\n])/g)) {
    const at = m.index + m[1].length;
    if (!startSet.has(at)) err(P(`line not starting a sentence: "${text.slice(at, at + 40)}"`));
  }
  // candidate boundaries the gold does not have (abbreviations are expected here)
  for (const m of text.matchAll(/[.!?][»”"]?[ \u00A0]+(?=[\p{Lu}«“"])/gu)) {
    const at = m.index + m[0].length;
    if (!startSet.has(at)) warn(P(`possible sentence boundary not in gold: "${text.slice(Math.max(0, at - 12), at + 20)}"`));
  }

  // ---- quotes ----
  const opens = [];
  for (let k = 0; k < text.length; k++) if (text[k] === '«' || text[k] === '“') opens.push(k);
  const straight = allOccurrences(text, '"');
  if (straight.length % 2) err(P('odd number of straight quotation marks'));
  for (let k = 0; k < straight.length; k += 2) opens.push(straight[k]);
  opens.sort((a, b) => a - b);
  const closes = [...text].filter((c) => c === '»' || c === '”').length;
  if ([...text].filter((c) => c === '«' || c === '“').length !== closes) err(P('opening and closing quotation marks do not match'));
  if (opens.length !== g.quotes.length) err(P(`${opens.length} quotations in the text, ${g.quotes.length} in gold`));
  from = 0;
  g.quotes.forEach((q, k) => {
    if (!('speaker' in q)) err(P(`quote without speaker field: ${q.text}`));
    if (q.speaker !== null && typeof q.speaker !== 'string') err(P(`bad speaker ${q.speaker}`));
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(P(`bad speakerAlso`));
    if (q.text.length > 30 || q.text !== q.text.trim()) err(P(`bad quote text ${JSON.stringify(q.text)}`));
    const at = text.indexOf(q.text, from);
    if (at < 0) { err(P(`quote "${q.text}" not found in order`)); return; }
    from = at + 1;
    if (opens[k] === undefined) return;
    let p = opens[k] + 1;
    while (/[\s\u00A0\u202F]/.test(text[p])) p++;
    if (p !== at) err(P(`quote "${q.text}" does not start after quotation mark #${k}`));
    const close = text[opens[k]] === '«' ? '»' : text[opens[k]] === '“' ? '”' : '"';
    const inner = text.slice(opens[k] + 1, text.indexOf(close, opens[k] + 1)).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
    if (inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, '') !== q.text) err(P(`quote text is not the first 30 chars inside the marks: "${q.text}" vs "${inner.slice(0, 30)}"`));
    if (q.speaker && kbType.has(q.speaker) === false && kbFolded.has(fold(q.speaker))) warn(P(`speaker "${q.speaker}" is a kb form but not a kb name`));
    for (const s of q.speakerAlso ?? []) if (!kbType.has(s) && kbFolded.has(fold(s))) warn(P(`speakerAlso "${s}" is a kb form but not a kb name`));
  });
  totals.quotes += g.quotes.length;

  // ---- lists ----
  const sentenceEnd = (pos) => { const nx = starts.find((s) => s > pos); return nx === undefined ? text.length : nx; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`signatory list "${l.text}" not found`)); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    if (!Array.isArray(l.members) || !l.members.length) err(P(`signatory list "${l.text}" has no members`));
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(P(`bad statedTotal in "${l.text}"`));
    for (const m of l.members) {
      const t = kbType.get(m);
      if (t !== 'country' && t !== 'organisation') err(P(`member "${m}" is not a kb country or organisation`));
      if (!inside.some((s) => s.e.entity === m)) err(P(`member "${m}" is not mentioned inside the list "${l.text}"`));
    }
    totals.sig++;
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`negative list "${l.text}" not found`)); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    if (inside.length < 2) err(P(`negative list "${l.text}" has fewer than 2 mentions`));
    totals.neg++;
  }
}
if (!withDate) err('no article with a date line');
if (!withoutDate) err('no article without a date line');
if (totals.sig < 2) err('fewer than 2 signatory lists');
if (totals.neg < 4) err('fewer than 4 negative lists');

// ---- sizes (for README.md) ----
if (process.argv.includes('--sizes')) {
  const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
  const all = Object.values(gold.articles);
  const ents = all.flatMap((a) => a.entities), sents = all.flatMap((a) => a.sentences), qs = all.flatMap((a) => a.quotes);
  console.log('entities by type', count(ents, (e) => e.type));
  console.log('entities by kind', count(ents, (e) => e.kind ?? 'name'));
  console.log('outside the kb', ents.filter((e) => e.kb === false).length);
  console.log('sentences by status', count(sents, (s) => s.status));
  console.log('quotes with speaker', qs.filter((q) => q.speaker !== null).length, 'without', qs.filter((q) => q.speaker === null).length);
  for (const f of txts) console.log(f, words(readFileSync(join(here, f), 'utf8')), 'words');
}
for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(`${txts.length} articles, ${totals.words} words, ${totals.ents} entity mentions, ${totals.sents} sentences, ${totals.quotes} quotations, ${totals.sig} signatory lists, ${totals.neg} negative lists`);
console.log(errors.length ? `${errors.length} errors` : 'OK: no errors');
process.exit(errors.length ? 1 : 0);
