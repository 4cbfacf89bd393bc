// Checks gold.json against the article texts, independently of build.mjs (which it does not import).
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of the kb entries.
// Usage: node check.mjs   → prints errors and warnings; exits 1 on any error.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);
const isW = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// ---- kb: only the fields the annotator may read
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(j) ? j : j.entities || j.entries || Object.values(j);
  for (const e of arr) kb.push({ name: e.name, type: e.type, aliases: e.aliases || [], demonyms: e.demonyms || [], metonyms: e.metonyms || [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

// one-for-one folding: case, accents, apostrophes, hyphens and no-break spaces
const foldCh = (c) => {
  if (c === '’' || c === 'ʼ') return "'";
  if (c === '-' || c === '\u00A0' || c === '\u202F' || c === '–') return ' ';
  const d = c.normalize('NFD')[0];
  return d.toLowerCase().length === 1 ? d.toLowerCase() : d;
};
const fold = (s) => Array.from(s).map(foldCh).join('');
const isAcronym = (f) => /^[A-Z0-9][A-Z0-9.\-]*$/.test(f) && /[A-Z].*[A-Z]|^[A-Z]{1,}$/.test(f);

function inflect(d) {
  const out = new Set([d]);
  if (/e$/.test(d)) out.add(d + 's');
  else if (/[sx]$/.test(d)) { out.add(d + 'e'); out.add(d + 'es'); }
  else if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); out.add(d + 's'); out.add(d + 'e'); out.add(d + 'es'); }
  else if (/c$/.test(d)) { out.add(d + 's'); out.add(d.slice(0, -1) + 'que'); out.add(d.slice(0, -1) + 'ques'); }
  else { out.add(d + 's'); out.add(d + 'e'); out.add(d + 'es'); }
  return [...out];
}
const kbForms = [];
for (const e of kb) {
  for (const f of [e.name, ...e.aliases, ...e.metonyms]) kbForms.push({ form: f, entity: e.name, how: 'name' });
  for (const d of e.demonyms) for (const f of inflect(d)) kbForms.push({ form: f, entity: e.name, how: 'demonym' });
}
const allKbFolded = new Set(kbForms.map((k) => (isAcronym(k.form) ? k.form : fold(k.form))));

function findAll(text, s, caseSensitive = true) {
  const hay = caseSensitive ? text : fold(text);
  const needle = caseSensitive ? s : fold(s);
  const res = [];
  let i = hay.indexOf(needle);
  while (i >= 0) {
    if (!isW(text[i - 1]) && !isW(text[i + needle.length])) res.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return res;
}

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) err(`articles in gold.json ≠ *.txt files`);
if (gold.version !== 1) err('version must be 1');
let withDate = 0;
let withoutDate = 0;

for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const P = (m) => `${art}: ${m}`;
  // words
  const words = text.split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(P(`${words} words (must be 350–600)`));
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text)) withDate++;
  else withoutDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const occ = findAll(text, e.surface);
    if (e.occurrence >= occ.length) { err(P(`entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`)); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!TYPES.has(e.type)) err(P(`bad type ${e.type}`));
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(P(`bad kind ${e.kind}`));
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(P(`kb:false entity "${e.entity}" is a kb name`));
      if (allKbFolded.has(isAcronym(e.surface) ? e.surface : fold(e.surface))) err(P(`kb:false surface "${e.surface}" is a kb form`));
      if (allKbFolded.has(fold(e.entity))) err(P(`kb:false entity "${e.entity}" is a kb form`));
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(P(`entity "${e.entity}" is not a kb name`));
      else if (k.type !== e.type) err(P(`entity "${e.entity}" has kb type ${k.type}, gold ${e.type}`));
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.kb !== false) {
      const k = kbByName.get(e.entity);
      if (k && !k.metonyms.some((m) => fold(m) === fold(e.surface))) warn(P(`"${e.surface}" marked ${e.kind} but not a kb metonym of ${e.entity}`));
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) err(P(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`));
  // every kb form in the text lies under a gold mention
  for (const k of kbForms) {
    const hits = isAcronym(k.form) ? findAll(text, k.form, true) : findAll(text, k.form, false);
    for (const h of hits) {
      const end = h + k.form.length;
      const cover = spans.find((s) => s.start <= h && s.end >= end);
      if (!cover) err(P(`kb ${k.how} "${text.slice(h, end)}" (${k.entity}) at ${h} is under no gold mention`));
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(P(`bad status ${s.status}`));
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(P(`sentence "${s.text}" not found in order`)); continue; }
    if (text.slice(from, at).trim() !== '' && starts.length === 0) err(P(`text before the first sentence: "${text.slice(from, at)}"`));
    starts.push(at);
    from = at + 1;
  }
  // each sentence starts after an end of sentence; no unmarked sentence end inside a sentence
  for (let i = 0; i < starts.length; i++) {
    const st = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (i > 0) {
      const before = text.slice(starts[i - 1], st).trimEnd();
      if (!/[.!?»”"\n]$/.test(before) && !text.slice(starts[i - 1], st).includes('\n')) err(P(`sentence "${g.sentences[i].text}" does not follow an end of sentence: …${before.slice(-30)}`));
    }
    const body = text.slice(st, end);
    const inner = body.trimEnd().slice(0, -1);
    const m = inner.match(/[.!?][»”"]?\s+[A-ZÀ-Ý«“"]/u);
    if (m) warn(P(`possible unmarked sentence end inside "${body.slice(0, 40)}…": ${JSON.stringify(body.slice(m.index - 15, m.index + 10))}`));
    if (body.trim().split('\n').length > 1) err(P(`sentence spans a line break: "${body.slice(0, 40)}"`));
  }

  // ---- quotes
  const opens = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '«' || text[i] === '“') opens.push(i);
  const straight = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '"') straight.push(i);
  if (straight.length % 2) err(P(`odd number of straight quotes`));
  for (let i = 0; i < straight.length; i += 2) opens.push(straight[i]);
  opens.sort((a, b) => a - b);
  if (opens.length !== g.quotes.length) err(P(`${opens.length} quotations in the text, ${g.quotes.length} in gold`));
  const closes = (text.match(/[»”]/g) || []).length;
  if (closes !== (text.match(/[«“]/g) || []).length) err(P(`unbalanced « » / “ ”`));
  g.quotes.forEach((q, n) => {
    const o = opens[n];
    if (o === undefined) return;
    let k = o + 1;
    while (/[\s\u00A0\u202F]/.test(text[k])) k++;
    if (text.slice(k, k + q.text.length) !== q.text) err(P(`quote ${n} "${q.text}" does not open quotation ${n}: ${JSON.stringify(text.slice(o, o + 35))}`));
    if (q.text.length > 30) err(P(`quote text longer than 30`));
    if (q.speaker !== null && typeof q.speaker !== 'string') err(P(`bad speaker`));
    if (q.speaker && /^[A-ZÉ]/.test(q.speaker) && !kbByName.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker)) err(P(`speaker "${q.speaker}" is neither a kb name nor an entity of the article`));
  });

  // ---- lists
  const sentEnd = (pos) => {
    const nxt = starts.find((s) => s > pos);
    return nxt === undefined ? text.length : nxt;
  };
  const mentionsIn = (a, b) => spans.filter((s) => s.start >= a && s.end <= b);
  for (const l of g.signatoryLists || []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`signatory list "${l.text}" not found`)); continue; }
    const ms = mentionsIn(at, sentEnd(at));
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(P(`member "${m}" is not a kb country or organisation`));
      if (!ms.some((s) => s.e.entity === m)) err(P(`member "${m}" is not mentioned inside its list`));
    }
    const listed = new Set(ms.filter((s) => ['country', 'organisation'].includes(s.e.type)).map((s) => s.e.entity));
    for (const m of listed) if (!l.members.includes(m)) warn(P(`"${m}" is mentioned in list "${l.text}" but not a member`));
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(P(`bad statedTotal`));
    if (l.statedTotal && l.statedTotal < l.members.length) err(P(`statedTotal below the members named`));
  }
  for (const l of g.negativeLists || []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`negative list "${l.text}" not found`)); continue; }
    const n = mentionsIn(at, sentEnd(at)).length;
    if (n < 2) err(P(`negative list "${l.text}" has ${n} mentions`));
  }
}
if (!withDate) err('no article with a date line');
if (!withoutDate) err('no article without a date line');
const sum = (f) => Object.values(gold.articles).reduce((a, g) => a + f(g), 0);
if (sum((g) => (g.signatoryLists || []).length) < 2) err('fewer than 2 signatory lists');
if (sum((g) => (g.negativeLists || []).length) < 4) err('fewer than 4 negative lists');

if (process.argv.includes('--stats')) {
  const all = Object.values(gold.articles);
  const count = (arr, key) => arr.reduce((m, x) => ((m[key(x)] = (m[key(x)] || 0) + 1), m), {});
  const ents = all.flatMap((g) => g.entities);
  const words = txts.reduce((a, f) => a + readFileSync(join(here, f), 'utf8').split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
  console.log(JSON.stringify({
    articles: txts.length, words,
    perArticleWords: Object.fromEntries(txts.map((f) => [f, readFileSync(join(here, f), 'utf8').split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length])),
    mentions: ents.length, byType: count(ents, (e) => e.type), byKind: count(ents, (e) => e.kind || 'name'),
    outsideKb: ents.filter((e) => e.kb === false).length, outsideKbByType: count(ents.filter((e) => e.kb === false), (e) => e.type),
    sentences: all.reduce((a, g) => a + g.sentences.length, 0), byStatus: count(all.flatMap((g) => g.sentences), (s) => s.status),
    quotes: all.reduce((a, g) => a + g.quotes.length, 0), quotesNoSpeaker: all.flatMap((g) => g.quotes).filter((q) => q.speaker === null).length,
    signatoryLists: all.reduce((a, g) => a + g.signatoryLists.length, 0), negativeLists: all.reduce((a, g) => a + g.negativeLists.length, 0),
  }, null, 1));
}
for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(`${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
