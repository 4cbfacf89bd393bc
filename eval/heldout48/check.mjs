// Checks gold.json against the article texts, independently of build.mjs (it does not read src/).
// Usage: node eval/heldout48/check.mjs   — exits 1 on any error.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const warn = (a, m) => warnings.push(`${a}: ${m}`);

// ---- kb: only name, type, aliases, demonyms, metonyms are read
const kbType = new Map();
const kbForms = []; // { form, name, type, how }
const demonymsOf = new Map(); // name -> Set of inflected forms (lower case)
const metonymsOf = new Map(); // name -> Set of metonyms
function inflections(b) {
  const s = new Set([b]);
  if (/(en|on)$/.test(b)) for (const x of ['ne', 's', 'nes']) s.add(b + x);
  else if (/s$/.test(b)) for (const x of ['e', 'es']) s.add(b + x);
  else if (/e$/.test(b)) s.add(b + 's');
  else for (const x of ['e', 's', 'es']) s.add(b + x);
  return [...s];
}
const capHyphen = (s) => s.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kbType.set(e.name, e.type);
    kbForms.push({ form: e.name, name: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases ?? []) kbForms.push({ form: a, name: e.name, type: e.type, how: 'alias' });
    metonymsOf.set(e.name, new Set(e.metonyms ?? []));
    for (const m of e.metonyms ?? []) kbForms.push({ form: m, name: e.name, type: e.type, how: 'metonym' });
    const ds = new Set();
    for (const d of e.demonyms ?? []) for (const i of inflections(d)) {
      ds.add(i);
      kbForms.push({ form: i, name: e.name, type: e.type, how: 'demonym' });
      kbForms.push({ form: capHyphen(i), name: e.name, type: e.type, how: 'demonym' });
    }
    demonymsOf.set(e.name, ds);
  }
}
const norm = (s) => s.replace(/[’']/g, "'").replace(/[\u00a0\u202f]/g, ' ');
const kbFormSet = new Set(kbForms.map((k) => norm(k.form).toLowerCase()));
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function formRegex(form) {
  // apostrophes and spaces folded; first letter case-insensitive unless the form is an acronym (kept exact)
  const acronym = /^[A-Z0-9-]{2,}$/.test(form.replace(/[ .]/g, ''));
  let body = [...form].map((ch, i) => {
    if (ch === "'" || ch === '’') return "['’]";
    if (ch === ' ') return '[ \\u00a0\\u202f]';
    if (i === 0 && !acronym && ch.toLowerCase() !== ch.toUpperCase()) return `[${esc(ch.toLowerCase())}${esc(ch.toUpperCase())}]`;
    return esc(ch);
  }).join('');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
}
const formRegexes = kbForms.map((k) => ({ ...k, re: formRegex(k.form) }));

function nthOccurrence(text, surface, n) {
  let seen = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const b = text[i - 1], a = text[i + surface.length];
    if ((b && /[\p{L}\p{N}]/u.test(b)) || (a && /[\p{L}\p{N}]/u.test(a))) continue;
    if (seen === n) return i;
    seen++;
  }
  return -1;
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.json', 'version must be 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err('gold.json', `articles ${arts} differ from the .txt files ${txts}`);
if (arts.length !== 6) err('gold.json', `6 articles expected, ${arts.length} found`);

let withDate = 0, withoutDate = 0;
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];
const totals = { words: 0, ents: 0, quotes: 0, sents: 0, sig: 0, neg: 0 };

for (const art of arts) {
  if (!existsSync(join(here, art))) { err(art, 'text missing'); continue; }
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(art, `${k} missing`);

  // words, date line
  const words = text.split(/\s+/).filter(Boolean).length;
  totals.words += words;
  if (words < 350 || words > 600) err(art, `${words} words (350-600 expected)`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;
  if (/\uFFFD/.test(text)) err(art, 'replacement character in text');

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    totals.ents++;
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) { err(art, `entity "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ start: at, end: at + e.surface.length, e });
    if (!TYPES.includes(e.type)) err(art, `bad type ${e.type} for "${e.surface}"`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) err(art, `bad kind ${e.kind} for "${e.surface}"`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(art, `"${e.entity}" marked kb:false but is a kb name`);
      if (kbFormSet.has(norm(e.surface).toLowerCase())) err(art, `kb:false surface "${e.surface}" is a kb form`);
      if (e.kind) err(art, `kb:false "${e.surface}" has a kind`);
    } else {
      if (!kbType.has(e.entity)) err(art, `"${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(art, `"${e.entity}" has kb type ${kbType.get(e.entity)}, gold ${e.type}`);
      if ((e.kind === 'metonym' || e.kind === 'capital') && !metonymsOf.get(e.entity)?.has(e.surface))
        err(art, `"${e.surface}" (${e.kind}) is not a kb metonym of ${e.entity}`);
      if ((e.kind === 'adjective' || e.kind === 'demonym') && !demonymsOf.get(e.entity)?.has(e.surface.toLowerCase()))
        err(art, `"${e.surface}" (${e.kind}) is not a demonym of ${e.entity}`);
      if (!e.kind && metonymsOf.get(e.entity)?.has(e.surface)) err(art, `metonym form "${e.surface}" without kind`);
      if (!e.kind && demonymsOf.get(e.entity)?.has(e.surface.toLowerCase())) err(art, `demonym form "${e.surface}" without kind`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(art, `mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // every kb form in the text lies under a gold mention
  for (const k of formRegexes) {
    for (const m of text.matchAll(k.re)) {
      const s = m.index, t = s + m[0].length;
      if (!spans.some((sp) => sp.start <= s && t <= sp.end))
        err(art, `kb ${k.how} "${m[0]}" (${k.name}) at ${s} is not under a gold mention: …${text.slice(Math.max(0, s - 30), t + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, i) => {
    totals.sents++;
    if (!STATUSES.includes(s.status)) err(art, `bad status ${s.status}`);
    if (!s.text || s.text.length > 40) err(art, `sentence text must be 1-40 chars: "${s.text}"`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(art, `sentence "${s.text}" not found in order`); return; }
    if (i === 0 && text.slice(0, at).trim()) err(art, `first sentence does not start the text`);
    if (i > 0 && text.slice(from, at).length && !/[\s]$/.test(text.slice(0, at))) warn(art, `sentence "${s.text}" does not follow a space`);
    starts.push(at);
    from = at + 1;
  });
  // every line starts a sentence; sentence ends inside a sentence are reported
  const startSet = new Set(starts);
  for (const m of text.matchAll(/(^|\n)([ \t]*)(\S)/g)) {
    const at = m.index + m[1].length + m[2].length;
    if (!startSet.has(at)) err(art, `line at ${at} ("${text.slice(at, at + 30)}") does not start a sentence`);
  }
  for (const m of text.matchAll(/[.!?][»”"]?[ \u00a0]+(?=[«“"]?[\p{Lu}])/gu)) {
    const next = m.index + m[0].length;
    if (!startSet.has(next)) warn(art, `possible sentence start not in gold: "${text.slice(next, next + 40)}"`);
  }
  for (const at of starts) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (at > 0 && !/\n\s*$/.test(before) && !/[.!?][»”"]?[ \u00a0]+$/.test(text.slice(0, at)) && !/[.!?] $/.test(before))
      warn(art, `sentence start at ${at} not after . ! ? or a line break: "${text.slice(at, at + 30)}"`);
  }

  // ---- quotes: marks in the text match gold quotes one for one
  const opens = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«' || text[i] === '“') opens.push(i);
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) err(art, 'odd number of straight quotes');
  for (let i = 0; i < straight.length; i += 2) opens.push(straight[i]);
  opens.sort((a, b) => a - b);
  const closes = [...text.matchAll(/[»”]/g)].length;
  if (closes !== [...text.matchAll(/[«“]/g)].length) err(art, 'unbalanced « » / “ ”');
  if (opens.length !== g.quotes.length) err(art, `${opens.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    totals.quotes++;
    const o = opens[i];
    if (o === undefined) return;
    const inner = text.slice(o + 1).replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) err(art, `quote ${i} "${q.text}" does not open at quotation mark ${o} ("${inner.slice(0, 30)}")`);
    if (q.text.length > 30) err(art, `quote text over 30 chars: "${q.text}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(art, `bad speaker for "${q.text}"`);
    for (const a of q.speakerAlso ?? []) if (typeof a !== 'string') err(art, `bad speakerAlso for "${q.text}"`);
  });

  // ---- lists: a list runs from its text to the end of its sentence
  const sentEnd = (at) => starts.find((s) => s > at) ?? text.length;
  const mentionsIn = (a, b) => spans.filter((sp) => sp.start >= a && sp.end <= b);
  for (const l of g.signatoryLists) {
    totals.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `signatory list "${l.text}" not found`); continue; }
    const inside = mentionsIn(at, sentEnd(at));
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(m))) err(art, `member ${m} is not a kb country or organisation`);
      if (!inside.some((sp) => sp.e.entity === m && sp.e.kb !== false)) err(art, `member ${m} not mentioned inside the list "${l.text}"`);
    }
    if (new Set(l.members).size !== l.members.length) err(art, `duplicate members in "${l.text}"`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(art, `bad statedTotal in "${l.text}"`);
    if (l.statedTotal && l.statedTotal < l.members.length) err(art, `statedTotal below the member count in "${l.text}"`);
  }
  for (const l of g.negativeLists) {
    totals.neg++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `negative list "${l.text}" not found`); continue; }
    if (mentionsIn(at, sentEnd(at)).length < 2) err(art, `negative list "${l.text}" has fewer than 2 mentions`);
  }
}
if (!withDate) err('set', 'no article with a date line');
if (!withoutDate) err('set', 'no article without a date line');
if (totals.sig < 2) err('set', `${totals.sig} signatory lists (≥ 2 expected)`);
if (totals.neg < 4) err('set', `${totals.neg} negative lists (≥ 4 expected)`);

for (const w of warnings) console.log('warning', w);
for (const e of errors) console.log('ERROR', e);
console.log(`${arts.length} articles, ${totals.words} words, ${totals.ents} entity mentions, ${totals.sents} sentences, ${totals.quotes} quotations, ${totals.sig} signatory lists, ${totals.neg} negative lists; ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
