// Checks eval/heldout55/gold.json against the article texts, independently of build.mjs.
// Reads only the *.txt files, gold.json, and name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Usage: node eval/heldout55/check.mjs      (exit code 1 on any error)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------------------------------------------------------------- knowledge base
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities)
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

// Folding that keeps the length: one character in, one character out.
function foldChar(c) {
  if (c === '’' || c === '‘' || c === '`') return "'";
  if (c === '-' || c === '\u00a0' || c === '\u202f' || c === '\u2011' || /\s/.test(c)) return ' ';
  const base = c.normalize('NFD')[0];
  const low = base.toLowerCase();
  return low.length === 1 ? low : base;
}
const foldKeep = (s) => Array.from(s, foldChar).join('');
const fold = (s) => foldKeep(s).replace(/ +/g, ' ').trim();

function demonymForms(base) {
  const f = new Set([base]);
  if (base.endsWith('en')) ['ne', 's', 'nes'].forEach((x) => f.add(base + x));
  else if (/(ain|an|in)$/.test(base)) ['e', 's', 'es'].forEach((x) => f.add(base + x));
  else if (/(ais|ois|is)$/.test(base)) ['e', 'es'].forEach((x) => f.add(base + x));
  else if (base.endsWith('e')) f.add(base + 's');
  else if (base.endsWith('c')) [base.slice(0, -1) + 'que', base + 's', base.slice(0, -1) + 'ques'].forEach((x) => f.add(x));
  else ['e', 's', 'es'].forEach((x) => f.add(base + x));
  return [...f];
}
const isAcronym = (s) => /^[A-Z0-9][A-Z0-9-]*$/.test(s) && /[A-Z]/.test(s) && s.length <= 6;

// every form of every kb entity: { form, entity, kind: 'name'|'metonym'|'demonym', acronym }
const forms = [];
const formsOf = new Map(); // entity name -> Set(folded forms) by kind
for (const e of kb) {
  const set = { name: new Set(), metonym: new Set(), demonym: new Set() };
  for (const f of [e.name, ...e.aliases]) {
    forms.push({ form: f, entity: e.name, kind: 'name', acronym: isAcronym(f) });
    set.name.add(fold(f));
  }
  for (const m of e.metonyms) {
    forms.push({ form: m, entity: e.name, kind: 'metonym', acronym: false });
    set.metonym.add(fold(m));
  }
  for (const d of e.demonyms)
    for (const f of demonymForms(d)) {
      forms.push({ form: f, entity: e.name, kind: 'demonym', acronym: false });
      set.demonym.add(fold(f));
    }
  formsOf.set(e.name, set);
}
const allFolded = new Set(forms.map((f) => (f.acronym ? f.form : fold(f.form))));

// ---------------------------------------------------------------- helpers
const wordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nthOccurrence(text, surface, n) {
  let k = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (wordChar(text[i - 1]) || wordChar(text[i + surface.length])) continue;
    if (k === n) return i;
    k++;
  }
  return -1;
}
function findAll(hay, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    if (!wordChar(hay[i - 1]) && !wordChar(hay[i + needle.length])) out.push(i);
  return out;
}
const countWords = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// Hits of kb forms that are not entity mentions, with the reason (file, folded form, reason).
const notMentions = [];

// ---------------------------------------------------------------- gold
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version must be 1');
const files = fs.readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(files) !== JSON.stringify(goldFiles)) err(`texts ${files} vs gold ${goldFiles}`);
if (files.length !== 6) err(`expected 6 articles, found ${files.length}`);

let withDate = 0;
const STATUS = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);

for (const file of goldFiles) {
  const text = fs.readFileSync(path.join(here, file), 'utf8');
  const g = gold.articles[file];
  const P = `${file}:`;
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(`${P} missing ${k}`);

  // words, date line
  const words = countWords(text);
  if (words < 350 || words > 600) err(`${P} ${words} words (350–600)`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;

  // ------------------------------------------------------------ entities
  const spans = [];
  for (const e of g.entities) {
    const where = `${P} entity "${e.surface}" #${e.occurrence}`;
    if (!TYPES.has(e.type)) err(`${where}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${where}: bad kind ${e.kind}`);
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) {
      err(`${where}: not found`);
      continue;
    }
    spans.push({ ...e, start: at, end: at + e.surface.length });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(`${where}: kb:false but "${e.entity}" is a kb name`);
      if (allFolded.has(fold(e.surface)) || allFolded.has(e.surface)) err(`${where}: kb:false but the surface is a kb form`);
      if (e.kind) err(`${where}: kb:false with a kind`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) {
        err(`${where}: "${e.entity}" is not a kb name`);
        continue;
      }
      if (k.type !== e.type) err(`${where}: type ${e.type} but kb type ${k.type}`);
      const fs_ = formsOf.get(e.entity);
      const f = fold(e.surface);
      if (e.kind === 'metonym' || e.kind === 'capital') {
        if (!fs_.metonym.has(f)) err(`${where}: kind ${e.kind} but not a metonym of ${e.entity}`);
      } else if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!fs_.demonym.has(f)) err(`${where}: kind ${e.kind} but not a demonym of ${e.entity}`);
        if (e.kind === 'demonym' && e.surface[0] !== e.surface[0].toUpperCase()) warn(`${where}: demonym noun in lower case`);
        if (e.kind === 'adjective' && e.surface[0] !== e.surface[0].toLowerCase()) warn(`${where}: adjective capitalised`);
      } else if (!fs_.name.has(f)) warn(`${where}: not a kb name/alias of ${e.entity} (short form or surname?)`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${P} mentions overlap: "${spans[i - 1].surface}" and "${spans[i].surface}"`);

  // every kb form in the text lies under a gold mention, and no longer kb form covers a gold mention
  const ftext = foldKeep(text);
  const hits = [];
  for (const fm of forms) {
    const needle = fm.acronym ? fm.form : foldKeep(fm.form).replace(/ +/g, ' ');
    for (const i of findAll(fm.acronym ? text : ftext, needle)) hits.push({ ...fm, start: i, end: i + needle.length });
  }
  for (const h of hits) {
    const under = spans.find((s) => s.start <= h.start && h.end <= s.end);
    const overlapping = spans.filter((s) => s.start < h.end && h.start < s.end);
    const txt = text.slice(h.start, h.end);
    const excused = notMentions.find((n) => n.file === file && fold(n.form) === fold(txt));
    if (!under && !excused) {
      if (overlapping.length)
        err(`${P} kb form "${txt}" (${h.entity}) at ${h.start} is longer than the gold mention(s) ${overlapping.map((s) => `"${s.surface}"`).join(', ')}`);
      else err(`${P} kb form "${txt}" (${h.entity}, ${h.kind}) at ${h.start} is not under a gold mention`);
    }
    if (under && h.kind === 'name' && under.start === h.start && under.end === h.end && under.kb !== false && under.entity !== h.entity)
      warn(`${P} "${txt}" is a kb form of ${h.entity} but gold links it to ${under.entity}`);
  }
  // outside-kb mentions never coincide exactly with a kb form
  for (const s of spans.filter((s) => s.kb === false))
    if (hits.some((h) => h.start === s.start && h.end === s.end)) err(`${P} kb:false mention "${s.surface}" is exactly a kb form`);

  // ------------------------------------------------------------ sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUS.has(s.status)) err(`${P} sentence "${s.text}": bad status ${s.status}`);
    if (!s.text || s.text.length > 40) err(`${P} sentence "${s.text}": text must be 1–40 chars`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(`${P} sentence "${s.text}" not found in order`);
      continue;
    }
    const gap = text.slice(from, at);
    if (starts.length === 0 && gap.trim() !== '') err(`${P} text before the first sentence: "${gap}"`);
    if (starts.length && text.slice(starts[starts.length - 1], at).trim().length < s.text.length - 40)
      err(`${P} sentence "${s.text}" overlaps the previous one`);
    // a sentence starts at the text start, after a line break, or after end punctuation and a space
    const before = text.slice(Math.max(0, at - 3), at);
    if (at > 0 && !/\n\s*$/.test(text.slice(0, at)) && !/[.!?»"”]\s+$/.test(before) && !/[.!?][»"”]?\s+$/.test(text.slice(Math.max(0, at - 4), at)))
      warn(`${P} sentence "${s.text}" does not start after end punctuation or a line break`);
    starts.push(at);
    from = at + s.text.length;
  }
  if (g.sentences.length && starts.length === g.sentences.length) {
    // the last sentence must reach the end: nothing but its own text after it (checked loosely: no sentence end
    // punctuation followed by a capital letter in the rest, unless the rest is a quote's inside)
    const last = text.slice(starts[starts.length - 1]);
    if (/[.!?]\s+\p{Lu}/u.test(last.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ''))) warn(`${P} the last sentence seems to contain another sentence`);
  }
  // each sentence span should hold no unmarked sentence break: end punctuation + space + capital, outside quotes
  for (let i = 0; i < starts.length; i++) {
    const span = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const bare = span.replace(/«[^»]*»|“[^”]*”|"[^"\n]*"/g, (m) => ' '.repeat(m.length));
    const m = /[.!?]\s+(?=\p{Lu})/u.exec(bare.trimEnd());
    if (m && !/\b(M|Mme|St)\.\s+$/.test(bare.slice(0, m.index + 2))) warn(`${P} sentence "${g.sentences[i].text}" may contain two sentences: "…${span.slice(Math.max(0, m.index - 20), m.index + 20)}…"`);
    if (/\n\s*\n/.test(span.trim())) err(`${P} sentence "${g.sentences[i].text}" runs over a paragraph break`);
  }

  // ------------------------------------------------------------ quotes
  const opens = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«' || text[i] === '“') opens.push(i);
  }
  let straight = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '"') straight.push(i);
  if (straight.length % 2) err(`${P} odd number of straight quotes`);
  straight = straight.filter((_, k) => k % 2 === 0);
  const allOpens = [...opens, ...straight].sort((a, b) => a - b);
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) err(`${P} « and » do not pair`);
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) err(`${P} “ and ” do not pair`);
  if (allOpens.length !== g.quotes.length) err(`${P} ${allOpens.length} quotations in the text, ${g.quotes.length} in gold`);
  let qfrom = 0;
  g.quotes.forEach((q, k) => {
    const at = text.indexOf(q.text, qfrom);
    if (at < 0) return err(`${P} quote "${q.text}" not found in order`);
    const o = allOpens[k];
    if (o === undefined || text.slice(o + 1, at).trim() !== '') err(`${P} quote "${q.text}" does not start right after quotation mark #${k}`);
    if (q.text.length > 30 || q.text !== q.text.trim()) err(`${P} quote "${q.text}": 30 chars max, trimmed`);
    if (!('speaker' in q)) err(`${P} quote "${q.text}": no speaker field`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${P} quote "${q.text}": bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(`${P} quote "${q.text}": speakerAlso must be a list`);
    // a speaker that looks like a proper name must be a kb name or a gold entity of this article
    if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !kbByName.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker))
      err(`${P} quote "${q.text}": speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    qfrom = at + q.text.length;
  });

  // ------------------------------------------------------------ lists
  const sentenceEnd = (pos) => {
    const nxt = starts.find((s) => s > pos);
    return nxt === undefined ? text.length : nxt;
  };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(`${P} signatory list "${l.text}" not found`);
      continue;
    }
    if (!Array.isArray(l.members) || l.members.length < 2) err(`${P} signatory list "${l.text}": fewer than 2 members`);
    if (!('statedTotal' in l) || (l.statedTotal !== null && !Number.isInteger(l.statedTotal))) err(`${P} list "${l.text}": bad statedTotal`);
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) err(`${P} list "${l.text}": member ${m} is not a kb country/organisation`);
      if (!spans.some((s) => s.entity === m && s.start >= at && s.start < end)) err(`${P} list "${l.text}": member ${m} not mentioned in the list's sentence`);
    }
  }
  for (const l of [...g.signatoryLists, ...g.negativeLists])
    if (text.indexOf(l.text) !== text.lastIndexOf(l.text)) err(`${P} list text "${l.text}" occurs more than once`);
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(`${P} negative list "${l.text}" not found`);
      continue;
    }
    const n = spans.filter((s) => s.start >= at && s.start < at + l.text.length).length;
    if (n < 2) err(`${P} negative list "${l.text}": ${n} mention(s) inside`);
  }
}
if (withDate === 0) err('no article has a date line');
if (withDate === goldFiles.length) err('every article has a date line');

// set-level requirements of the brief
const all = Object.values(gold.articles);
const nSig = all.reduce((n, a) => n + a.signatoryLists.length, 0);
const nNeg = all.reduce((n, a) => n + a.negativeLists.length, 0);
if (nSig < 2) err(`only ${nSig} signatory lists`);
if (nNeg < 4) err(`only ${nNeg} negative lists`);

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} error(s)` : `gold.json OK (${warnings.length} warning(s))`);
process.exit(errors.length ? 1 : 0);
