// Checks eval/heldout19/gold.json against the articles, independently of build.mjs.
//
// Errors (exit 1):
//  - an article is not what its source gives once the markup is removed (the markup is re-read here with a
//    separate tokenizer);
//  - an entity's (surface, occurrence) does not land, counted as eval/README.md says (exact string, case-sensitive,
//    no letter or digit right before or after, occurrences inside longer mentions included), on the mention the
//    source marks; two mentions overlap; a kb entity name is not in server/data/kb or has another type;
//    an entity marked kb:false is a kb name;
//  - a sentence prefix is not found in order, or a line of the article does not start a sentence;
//  - the number of quotations differs from the number of opening quote marks, or a quote text is not found in
//    order right after an opening quote mark;
//  - a list text is not found; a signatory list member is not a kb name; a stated total is not a number or null;
//  - an article has fewer than 350 or more than 600 words; an unknown status, type or kind.
// Warnings (printed, to review by hand): kb surfaces that are no known form of their entity (surnames…), kb forms
// in the text that no gold mention covers, speakers that are noun phrases, possible sentence starts with no
// gold sentence.
//
// Reads only the fields name, type, aliases, demonyms and metonyms of the kb files.
// Usage: node eval/heldout19/check.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------------------------------------------------------------- kb (names and forms only)
const kb = new Map(); // name -> type
const forms = []; // { form, name, caseSensitive }
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.set(e.name, e.type);
    const add = (s) => forms.push({ form: s, name: e.name, caseSensitive: /^[A-Z0-9-]{2,6}$/.test(s) });
    add(e.name);
    for (const a of e.aliases ?? []) add(a);
    for (const m of e.metonyms ?? []) add(m);
    for (const d of e.demonyms ?? []) {
      const stems = new Set([d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes']);
      if (d.endsWith('e')) stems.add(d.slice(0, -1) + 'es');
      for (const s of stems) add(s);
    }
  }
}
const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/-/g, ' ')
    .toLowerCase();
const formsByFold = new Map();
for (const f of forms) {
  const k = fold(f.form);
  if (!formsByFold.has(k)) formsByFold.set(k, new Set());
  formsByFold.get(k).add(f.name);
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}

// ---------------------------------------------------------------- an independent reading of the sources
function readSource(src) {
  const re = /§([avun])\||\{([^}|]*)\|[^}]*\}|⟨[^⟩]*⟩|⟪[^⟫]*⟫|~|\^/gu;
  let text = '';
  let last = 0;
  const marks = [];
  for (const m of src.matchAll(re)) {
    text += src.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '~') text += '\u00A0';
    else if (m[0] === '^') text += '\u202F';
    else if (m[0].startsWith('{')) {
      const surface = m[2].replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');
      marks.push({ start: text.length, surface });
      text += surface;
    }
  }
  text += src.slice(last);
  if (!text.endsWith('\n')) text += '\n';
  return { text, marks };
}

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const OPENERS = ['«', '“'];
const totals = { words: 0, entities: 0, outside: 0, sentences: {}, quotes: 0, nullQuotes: 0, lists: 0, negative: 0 };

for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  const src = readFileSync(join(here, 'src', art.replace(/\.txt$/, '.src')), 'utf8');
  const { text: fromSrc, marks } = readSource(src);
  if (fromSrc !== text) err(`${art}: the article differs from its source`);

  // words
  const words = text.split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);

  // entities
  if (g.entities.length !== marks.length) err(`${art}: ${g.entities.length} gold entities, ${marks.length} marked`);
  const spans = [];
  g.entities.forEach((e, k) => {
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) return err(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
    const mk = marks[k];
    if (!mk || mk.start !== at || mk.surface !== e.surface)
      err(`${art}: entity "${e.surface}" #${e.occurrence} lands at ${at}, the source marks ${mk ? `"${mk.surface}" at ${mk.start}` : 'nothing'}`);
    spans.push([at, at + e.surface.length, e.surface]);
    totals.entities++;
    if (e.kb === false) {
      totals.outside++;
      if (kb.has(e.entity)) err(`${art}: "${e.entity}" is marked kb:false but is a kb name`);
      const known = formsByFold.get(fold(e.surface));
      if (known) warn(`${art}: kb:false "${e.surface}" is a kb form of ${[...known].join(', ')}`);
    } else {
      if (!kb.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kb.get(e.entity) !== e.type) err(`${art}: "${e.entity}" is ${kb.get(e.entity)} in the kb, gold says ${e.type}`);
      const known = formsByFold.get(fold(e.surface));
      if (!known || !known.has(e.entity)) warn(`${art}: surface "${e.surface}" is no kb form of ${e.entity}`);
    }
  });
  spans.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < spans.length; k++)
    if (spans[k][0] < spans[k - 1][1]) err(`${art}: "${spans[k - 1][2]}" and "${spans[k][2]}" overlap`);

  // kb forms that no gold mention covers
  const ftext = fold(text); // same length as text: fold keeps one char per char for this corpus
  if (ftext.length !== text.length) warn(`${art}: folding changed the length; coverage lint skipped`);
  else
    for (const f of forms) {
      const needle = f.caseSensitive ? f.form : fold(f.form);
      const hay = f.caseSensitive ? text : ftext;
      for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) {
        if (isWordChar(hay[p - 1]) || isWordChar(hay[p + needle.length])) continue;
        if (!spans.some(([s, e]) => s < p + needle.length && p < e))
          warn(`${art}: "${text.slice(p, p + needle.length)}" (${f.name}) at ${p} has no gold mention`);
      }
    }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    if (at !== from && text.slice(from, at).trim() !== '' && starts.length === 0) err(`${art}: text before the first sentence`);
    starts.push(at);
    from = at + s.text.length;
  }
  if (starts[0] !== 0) err(`${art}: the first sentence does not start the article`);
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !starts.includes(off)) err(`${art}: the line "${line.slice(0, 40)}" does not start a sentence`);
    off += line.length + 1;
  }
  // a full stop, ? or ! followed by a space and a capital, outside quotations, with no sentence start there
  let depth = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '«' || c === '“') depth++;
    else if (c === '»' || c === '”') depth--;
    if (depth === 0 && /[.?!]/.test(c) && text[p + 1] === ' ' && /[\p{Lu}«“"]/u.test(text[p + 2] ?? '')) {
      if (text.slice(p - 2, p + 1) === ' M.') continue;
      if (!starts.includes(p + 2)) warn(`${art}: possible sentence start with no gold sentence: "${text.slice(p + 2, p + 40)}"`);
    }
  }

  // quotes
  const openAt = [];
  for (let p = 0; p < text.length; p++) if (OPENERS.includes(text[p])) openAt.push(p);
  const straight = [...text].reduce((a, c, p) => (c === '"' ? [...a, p] : a), []);
  if (straight.length % 2) err(`${art}: odd number of straight quotes`);
  for (let k = 0; k < straight.length; k += 2) openAt.push(straight[k]);
  openAt.sort((a, b) => a - b);
  if (openAt.length !== g.quotes.length) err(`${art}: ${openAt.length} opening quote marks, ${g.quotes.length} gold quotes`);
  g.quotes.forEach((q, k) => {
    totals.quotes++;
    if (q.speaker === null) totals.nullQuotes++;
    const p = openAt[k];
    if (p === undefined) return;
    let s = p + 1;
    while (/[\s\u00A0\u202F]/.test(text[s])) s++;
    if (!text.startsWith(q.text, s)) err(`${art}: quote "${q.text}" is not right after the opening mark at ${p}`);
    if (q.text.length > 30) err(`${art}: quote text over 30 chars: "${q.text}"`);
    if (q.speaker !== null && !kb.has(q.speaker)) warn(`${art}: noun-phrase speaker "${q.speaker}" for «${q.text}»`);
    for (const a of q.speakerAlso ?? []) if (!kb.has(a) && !/^(l[ae]s?|la) /i.test(a)) warn(`${art}: speakerAlso "${a}" is neither a kb name nor a noun phrase`);
  });

  // lists
  for (const l of g.signatoryLists ?? []) {
    totals.lists++;
    if (!text.includes(l.text)) err(`${art}: signatory list "${l.text}" not found`);
    for (const m of l.members) {
      if (!kb.has(m)) err(`${art}: member "${m}" is not a kb name`);
      else if (kb.get(m) !== 'country' && m !== 'Union européenne') warn(`${art}: member "${m}" is a ${kb.get(m)}`);
    }
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') err(`${art}: bad statedTotal`);
    if (typeof l.statedTotal === 'number' && !l.approximate && l.statedTotal !== l.members.length)
      warn(`${art}: exact total ${l.statedTotal} but ${l.members.length} members`);
    if (typeof l.approximate !== 'boolean') err(`${art}: approximate must be a boolean`);
  }
  for (const l of g.negativeLists ?? []) {
    totals.negative++;
    if (!text.includes(l.text)) err(`${art}: negative list "${l.text}" not found`);
  }
  console.log(
    `${art}: ${words} words, ${g.entities.length} entities (${g.entities.filter((e) => e.kb === false).length} outside the kb), ` +
      `${g.sentences.length} sentences, ${g.quotes.length} quotes, ${(g.signatoryLists ?? []).length} lists, ${(g.negativeLists ?? []).length} negative`,
  );
}

console.log(
  `total: ${Object.keys(gold.articles).length} articles, ${totals.words} words, ${totals.entities} entity mentions (${totals.outside} outside the kb), ` +
    `sentences ${JSON.stringify(totals.sentences)}, ${totals.quotes} quotes (${totals.nullQuotes} with no speaker), ${totals.lists} signatory lists, ${totals.negative} negative lists`,
);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
if (errors.length) process.exit(1);
console.log('check passed');
