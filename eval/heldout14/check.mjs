// Checks eval/heldout14/gold.json against the articles, independently of build.mjs: it reads only the *.txt,
// gold.json and the name, type, aliases, demonyms and metonyms of the kb.
// Errors (exit 1): a gold entity whose occurrence is not in the text (counted as eval/README.md says: exact string,
// case-sensitive, no letter or digit right before or after), a kb name or type that the kb does not have, mentions
// that overlap, sentence prefixes not found in order or longer than 40, quotation texts not found in order or not
// right after an opening quote mark, a number of quotations different from the number of opening quote marks,
// signatory members that are not kb names, list texts not found, markup left in a text, articles outside 350–600 words.
// Warnings (printed, for review): kb forms in the text that no gold mention covers, and places where a naive
// sentence splitter would cut but the gold does not (or the reverse).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : (d.entities ?? Object.values(d));
  for (const e of arr)
    if (e && e.name)
      kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

const gold = JSON.parse(readFileSync(process.env.CHECK_GOLD ?? join(here, 'gold.json'), 'utf8'));
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const wordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
function occurrences(text, s) {
  const r = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
    if (!wordChar(text[i - 1]) && !wordChar(text[i + s.length])) r.push(i);
  return r;
}
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\u00A0\u202F-]/g, ' ');

// every form of the kb, with the inflections of demonyms (folded, for the coverage warning)
const forms = [];
for (const e of kb) {
  for (const f of [e.name, ...e.aliases, ...e.metonyms]) forms.push([fold(f), e.name]);
  for (const d of e.demonyms) {
    const base = [d, d + 's', d + 'e', d + 'es'];
    if (/(en|on)$/.test(d)) base.push(d + 'ne', d + 'nes');
    for (const f of base) forms.push([fold(f), e.name]);
  }
}

const OPENERS = /[«“]/g;
const QTRIM = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g;
const totals = { words: 0, entities: 0, outside: 0, sentences: {}, quotes: 0, lists: 0, neg: 0 };

for (const [file, g] of Object.entries(gold.articles)) {
  let text;
  try {
    text = readFileSync(join(here, file), 'utf8');
  } catch {
    err(`${file}: missing`);
    continue;
  }
  if (/[⟦⟧⟨⟩⟪⟫§]/.test(text)) err(`${file}: markup left in the text`);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(`${file}: ${words} words`);

  // entities
  const spans = [];
  for (const e of g.entities) {
    const occ = occurrences(text, e.surface);
    if (e.occurrence >= occ.length) {
      err(`${file}: "${e.surface}" #${e.occurrence} not in the text`);
      continue;
    }
    const start = occ[e.occurrence];
    spans.push([start, start + e.surface.length, e]);
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${file}: bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(`${file}: bad kind ${e.kind}`);
    if (e.kb === false) {
      totals.outside++;
      if (kbByName.has(e.entity)) warn(`${file}: "${e.entity}" marked outside the kb but is a kb name`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${file}: "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) err(`${file}: "${e.entity}" is a ${k.type}, not a ${e.type}`);
    }
    totals.entities++;
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++)
    if (spans[i][0] < spans[i - 1][1]) err(`${file}: "${spans[i - 1][2].surface}" and "${spans[i][2].surface}" overlap`);

  // kb forms that no gold mention covers
  const ftext = fold(text);
  if (ftext.length !== text.length) err(`${file}: folding changed the length; coverage offsets unreliable`);
  for (const [f, name] of forms) {
    if (f.length < 2) continue;
    for (const at of occurrences(ftext, f)) {
      const covered = spans.some(([s, e]) => s < at + f.length && at < e);
      if (!covered) warn(`${file}: "${text.slice(at, at + f.length)}" (${name}) at ${at} has no gold mention`);
    }
  }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (s.text.length > 40) err(`${file}: sentence prefix longer than 40: ${s.text}`);
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${file}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) err(`${file}: sentence "${s.text}" not found in order`);
    else {
      if (text.slice(from, at).trim() !== '' && starts.length === 0) err(`${file}: text before the first sentence`);
      starts.push(at);
      from = at + 1;
    }
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  }
  // naive splitter: a line start, or . ? ! (and a closing quote) then a space and a capital or an opening quote
  const naive = new Set();
  for (const m of text.matchAll(/(^|\n)[ \t]*(?=\S)/g)) naive.add(m.index + m[0].length);
  for (const m of text.matchAll(/[.?!](?:[ \u00A0\u202F]*[»”"])?[ \u00A0]+(?=[\p{Lu}«“"])/gu)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/\bM\.$/.test(before)) continue;
    naive.add(m.index + m[0].length);
  }
  const goldStarts = new Set(starts);
  for (const n of naive) if (!goldStarts.has(n)) warn(`${file}: naive split not in gold: …${text.slice(Math.max(0, n - 30), n)}|${text.slice(n, n + 30)}…`);
  for (const s of goldStarts) if (!naive.has(s)) warn(`${file}: gold sentence not a naive split: …${text.slice(Math.max(0, s - 30), s)}|${text.slice(s, s + 30)}…`);

  // quotations
  const openers = (text.match(OPENERS) ?? []).length + Math.floor((text.match(/"/g) ?? []).length / 2);
  if (openers !== g.quotes.length) err(`${file}: ${openers} quotations in the text, ${g.quotes.length} in the gold`);
  from = 0;
  for (const q of g.quotes) {
    if (q.text.length > 30) err(`${file}: quote prefix longer than 30`);
    let at = text.indexOf(q.text, from);
    // must follow an opening quote mark (spaces allowed)
    while (at >= 0 && !/[«“"][ \u00A0\u202F]*$/.test(text.slice(Math.max(0, at - 3), at))) at = text.indexOf(q.text, at + 1);
    if (at < 0) err(`${file}: quote "${q.text}" not found in order after an opening mark`);
    else from = at + 1;
    if (q.text !== q.text.replace(QTRIM, '')) err(`${file}: quote "${q.text}" not trimmed`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${file}: bad speaker`);
    if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !kbByName.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker))
      err(`${file}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    for (const a of q.speakerAlso ?? [])
      if (/^\p{Lu}/u.test(a) && !kbByName.has(a)) err(`${file}: speakerAlso "${a}" is not a kb name`);
    totals.quotes++;
  }

  // lists
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) err(`${file}: list "${l.text}" not found`);
    for (const m of l.members) {
      if (!kbByName.has(m)) err(`${file}: member "${m}" is not a kb name`);
      else if (!spans.some(([s, , e]) => e.entity === m && s >= at && s < at + 400)) err(`${file}: member "${m}" not mentioned in its list`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${file}: bad statedTotal`);
    if (typeof l.approximate !== 'boolean') err(`${file}: bad approximate`);
    totals.lists++;
  }
  for (const l of g.negativeLists) {
    if (text.indexOf(l.text) < 0) err(`${file}: negative list "${l.text}" not found`);
    totals.neg++;
  }
  console.log(`${file}: ${words} words, ${g.entities.length} entity mentions, ${g.sentences.length} sentences, ${g.quotes.length} quotations`);
}

for (const w of warnings) console.log(`warning: ${w}`);
console.log(JSON.stringify(totals));
if (errors.length) {
  for (const e of errors) console.error(`error: ${e}`);
  process.exit(1);
}
console.log('check: ok');
