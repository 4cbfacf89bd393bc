// Checks gold.json against the article texts, independently of the sources in src/.
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Exits 1 on any error; prints warnings that need a human look.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- kb ----
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  for (const e of j.entities ?? j)
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));
// one char in, one char out, so offsets survive folding
const foldChar = (c) => {
  if ('’ʼ‘'.includes(c)) return "'";
  if (c === '\u00a0' || c === '\u202f') return ' ';
  if ('-‑–'.includes(c)) return ' ';
  return c.normalize('NFD')[0].toLowerCase();
};
const fold = (s) => [...s].map(foldChar).join('');
const isAcronym = (f) => !/\s/.test(f) && f === f.toUpperCase() && /\p{Lu}/u.test(f) && f.length <= 8;
const inflections = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) (out.add(d + 'ne'), out.add(d + 'nes'));
  if (/c$/.test(d)) (out.add(d.slice(0, -1) + 'que'), out.add(d.slice(0, -1) + 'ques'));
  return [...out];
};
const forms = []; // { form, exact, entity, how }
const allFolded = new Set();
for (const e of kb) {
  const push = (form, how) => {
    forms.push({ form, exact: isAcronym(form), entity: e.name, type: e.type, how });
    allFolded.add(fold(form));
  };
  push(e.name, 'name');
  e.aliases.forEach((a) => push(a, 'alias'));
  e.metonyms.forEach((m) => push(m, 'metonym'));
  e.demonyms.forEach((d) => inflections(d).forEach((f) => push(f, 'demonym')));
}

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const bounded = (text, k, len) => !isWordChar(text[k - 1]) && !isWordChar(text[k + len]);
function nth(text, surface, n) {
  let seen = 0;
  for (let k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1)) {
    if (!bounded(text, k, surface.length)) continue;
    if (seen === n) return k;
    seen += 1;
  }
  return -1;
}

const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version must be 1');
const txtFiles = fs.readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`articles differ: txt ${txtFiles} gold ${goldFiles}`);
if (txtFiles.length !== 6) err(`expected 6 articles, found ${txtFiles.length}`);

const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
let withDate = 0;
const sizes = [];

for (const art of goldFiles) {
  const text = fs.readFileSync(path.join(here, art), 'utf8');
  const g = gold.articles[art];
  for (const key of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[key])) err(`${art}: ${key} missing`);

  // words, date line
  const words = text.split(/[\s\u00a0\u202f]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words (350-600)`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate += 1;

  // ---- entities ----
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const start = nth(text, e.surface, e.occurrence);
    if (start < 0) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      if (allFolded.has(fold(e.surface))) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
      if (allFolded.has(fold(e.entity))) err(`${art}: kb:false entity "${e.entity}" is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${art}: "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) err(`${art}: "${e.entity}" is ${k.type} in the kb, gold says ${e.type}`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.type !== 'country' && e.entity !== 'Union européenne')
      warn(`${art}: ${e.kind} "${e.surface}" linked to ${e.type}`);
    spans.push({ start, end: start + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start < spans[k - 1].end) err(`${art}: mentions overlap: "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`);
  const covered = (s, e) => spans.some((m) => m.start <= s && m.end >= e);

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const f of forms) {
    const hay = f.exact ? text : ftext;
    const needle = f.exact ? f.form : fold(f.form);
    for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1)) {
      if (!bounded(text, k, needle.length)) continue;
      if (!covered(k, k + needle.length))
        err(`${art}: kb ${f.how} "${text.slice(k, k + needle.length)}" (${f.entity}) at ${k} is under no gold mention: …${text.slice(Math.max(0, k - 30), k + needle.length + 20).replace(/\n/g, ' ')}…`);
    }
  }

  // ---- sentences ----
  const starts = [];
  let cursor = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (!s.text || s.text.length > 40) err(`${art}: sentence text must be 1-40 chars: "${s.text}"`);
    const at = text.indexOf(s.text, cursor);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    if (starts.length === 0 && text.slice(0, at).trim() !== '') err(`${art}: text before the first sentence`);
    if (starts.length > 0) {
      const between = text.slice(starts[starts.length - 1], at);
      if (!/[.!?»”"):]\s*$|\n\s*$/u.test(between)) warn(`${art}: sentence "${s.text}" does not follow an end mark: …${between.slice(-30)}`);
    }
    starts.push(at);
    cursor = at + 1;
  }
  const sentEnd = (pos) => {
    const nxt = starts.find((s) => s > pos);
    return nxt ?? text.length;
  };
  // no end mark inside a sentence that is not followed by the next sentence
  for (let k = 0; k < starts.length; k++) {
    const body = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length).trimEnd();
    const inner = body.slice(0, -1);
    const m = /[.!?]\s+(?=[\p{Lu}«“"])/u.exec(inner);
    if (m && !/\b(M|Mme|St)\.$/.test(inner.slice(0, m.index + 1))) warn(`${art}: possible unsplit sentence: …${inner.slice(Math.max(0, m.index - 30), m.index + 20)}…`);
  }

  // ---- quotes ----
  const marks = [];
  let straightOpen = true;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '«' || c === '“') marks.push({ k, open: true, c });
    else if (c === '»' || c === '”') marks.push({ k, open: false, c });
    else if (c === '"') {
      marks.push({ k, open: straightOpen, c });
      straightOpen = !straightOpen;
    }
  }
  const found = [];
  const stack = [];
  for (const m of marks) {
    if (m.open) stack.push(m);
    else {
      const o = stack.pop();
      if (!o) {
        err(`${art}: closing quote without opening at ${m.k}`);
        continue;
      }
      found.push({ start: o.k, end: m.k, inner: text.slice(o.k + 1, m.k) });
    }
  }
  if (stack.length) err(`${art}: unclosed quotation mark`);
  found.sort((a, b) => a.start - b.start);
  const qtexts = found.map((q) => q.inner.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/gu, '').slice(0, 30));
  if (qtexts.length !== g.quotes.length) err(`${art}: ${qtexts.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, k) => {
    if (qtexts[k] !== q.text) err(`${art}: quote ${k} gold "${q.text}" vs text "${qtexts[k]}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(`${art}: bad speakerAlso`);
  });

  // ---- lists ----
  const listAt = (l, from) => text.indexOf(l.text, from);
  let lc = 0;
  for (const l of g.signatoryLists) {
    const at = listAt(l, lc);
    if (at < 0) {
      err(`${art}: signatory list "${l.text}" not found`);
      continue;
    }
    lc = at;
    const end = sentEnd(at);
    const inside = spans.filter((m) => m.start >= at && m.end <= end).map((m) => m.e);
    for (const mem of l.members) {
      const k = kbByName.get(mem);
      if (!k || !['country', 'organisation'].includes(k.type)) err(`${art}: member ${mem} is not a kb country/organisation`);
      if (!inside.some((e) => e.entity === mem)) err(`${art}: member ${mem} not mentioned inside the list "${l.text}"`);
    }
    if (!('statedTotal' in l)) err(`${art}: statedTotal missing`);
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') err(`${art}: statedTotal must be a number or null`);
  }
  for (const l of g.negativeLists) {
    const at = listAt(l, 0);
    if (at < 0) {
      err(`${art}: negative list "${l.text}" not found`);
      continue;
    }
    const end = Math.min(sentEnd(at), at + 120);
    const n = spans.filter((m) => m.start >= at && m.end <= end).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mentions`);
  }

  sizes.push({ art, words, g });
}
if (withDate < 1) err('no article with a date line');
if (withDate > 5) err('every article has a date line');

// ---- sizes (for README) ----
if (process.argv.includes('--sizes')) {
  const count = (f) => sizes.reduce((n, s) => n + f(s), 0);
  const ents = sizes.flatMap((s) => s.g.entities);
  const by = (key) => ents.reduce((m, e) => ((m[key(e)] = (m[key(e)] ?? 0) + 1), m), {});
  const sents = sizes.flatMap((s) => s.g.sentences);
  const quotes = sizes.flatMap((s) => s.g.quotes);
  console.log(
    JSON.stringify(
      {
        perArticle: sizes.map((s) => ({ art: s.art, words: s.words, entities: s.g.entities.length, sentences: s.g.sentences.length, quotes: s.g.quotes.length, sig: s.g.signatoryLists.length, neg: s.g.negativeLists.length })),
        words: count((s) => s.words),
        entities: ents.length,
        byType: by((e) => e.type),
        byKind: by((e) => e.kind ?? 'name'),
        outsideKb: ents.filter((e) => e.kb === false).length,
        sentences: sents.length,
        byStatus: sents.reduce((m, s) => ((m[s.status] = (m[s.status] ?? 0) + 1), m), {}),
        quotes: quotes.length,
        quotesWithSpeaker: quotes.filter((q) => q.speaker !== null).length,
        quotesNoSpeaker: quotes.filter((q) => q.speaker === null).length,
        signatoryLists: count((s) => s.g.signatoryLists.length),
        negativeLists: count((s) => s.g.negativeLists.length),
      },
      null,
      1,
    ),
  );
}

for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(errors.length ? `${errors.length} error(s)` : `ok: ${sizes.length} articles, no errors (${warnings.length} warning(s))`);
process.exit(errors.length ? 1 : 0);
