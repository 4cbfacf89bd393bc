// Checks gold.json against the article texts and the kb names, independently of build.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);
const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// kb: names with their type, and every form (name, alias, metonym, inflected demonym) that must lie under a mention
const kbType = new Map(), forms = new Map();
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (!d.endsWith('e')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    for (const s of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.set(s, e.name);
    for (const d of e.demonyms ?? []) for (const s of inflect(d)) { forms.set(s, e.name); forms.set(s[0].toUpperCase() + s.slice(1), e.name); forms.set(s.replace(/(^|-)(\p{L})/gu, (m, a, b) => a + b.toUpperCase()), e.name); }
  }
}
const norm = (s) => s.replace(/[’]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
const kbNormNames = new Set([...forms.keys()].map(norm));

function occurrences(text, surface) {
  const out = [];
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1))
    if (!isWordChar(text[p - 1]) && !isWordChar(text[p + surface.length])) out.push(p);
  return out;
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (txts.join() !== Object.keys(gold.articles).sort().join()) err('articles in gold.json differ from *.txt');
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);
let withDate = 0, withoutDate = 0, sigTotal = 0, negTotal = 0;
for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    for (const k of ['surface', 'occurrence', 'entity', 'type']) if (e[k] === undefined) err(`${art}: entity without ${k}: ${JSON.stringify(e)}`);
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const occ = occurrences(text, e.surface);
    if (e.occurrence >= occ.length) { err(`${art}: "${e.surface}" #${e.occurrence} not in text`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      if (kbNormNames.has(norm(e.entity)) || kbNormNames.has(norm(e.surface))) err(`${art}: kb:false "${e.surface}" is a kb form`);
      if (e.kind) err(`${art}: kb:false entity with a kind: ${e.surface}`);
    } else {
      if (!kbType.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(`${art}: "${e.entity}" is ${kbType.get(e.entity)} in the kb, gold says ${e.type}`);
      const f = forms.get(norm(e.surface)) ?? forms.get(e.surface);
      if (f !== undefined && f !== e.entity) warn(`${art}: "${e.surface}" is a kb form of ${f}, gold links it to ${e.entity}`);
      if (f === undefined && !['Kim'].includes(e.surface)) warn(`${art}: kb mention "${e.surface}" → ${e.entity} is not itself a kb form`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${art}: overlapping mentions "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  const covered = (s, e) => spans.some((sp) => sp.start <= s && sp.end >= e);
  const ntext = norm(text);
  for (const [form, name] of forms) {
    for (const p of occurrences(ntext, norm(form)))
      if (!covered(p, p + form.length)) err(`${art}: kb form "${form}" (${name}) at ${p} not under a gold mention: …${text.slice(Math.max(0, p - 30), p + 40)}…`);
  }

  // case-insensitive pass, as warnings (a lower-case or capitalised kb form the case-sensitive pass skips)
  const ltext = ntext.toLowerCase();
  for (const [form, name] of forms) {
    if (form.length < 4) continue;
    for (const p of occurrences(ltext, norm(form).toLowerCase()))
      if (!covered(p, p + form.length)) warn(`${art}: case-folded kb form "${form}" (${name}) not under a mention: …${text.slice(Math.max(0, p - 20), p + 30)}…`);
  }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() && starts.length) {
      // text between the previous sentence's prefix and this one belongs to the previous sentence: fine
    }
    if (!starts.length && text.slice(0, at).trim()) err(`${art}: text before the first sentence`);
    if (starts.length) {
      const before = text.slice(0, at).trimEnd();
      if (!/[.!?»”"\n:)]$/.test(before) && !/\n\s*$/.test(text.slice(0, at))) warn(`${art}: sentence "${s.text}" does not follow an end of sentence`);
    }
    starts.push(at);
    from = at + s.text.length;
  }
  // a likely missed boundary: ". X" inside a sentence
  for (let i = 0; i < starts.length; i++) {
    const body = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    for (const m of body.matchAll(/[.!?] +[A-ZÀ-Ý«“"]/gu)) {
      if (/\bM\. $/.test(body.slice(0, m.index + 2).slice(-4))) continue;
      warn(`${art}: possible missed sentence boundary: …${body.slice(Math.max(0, m.index - 20), m.index + 20)}…`);
    }
    if (/\n\s*\S/.test(body.trimEnd())) err(`${art}: a sentence spans a line break: ${body.slice(0, 50)}`);
  }

  // quotes
  const opens = (text.match(/[«“]/g) ?? []).length + (text.match(/"/g) ?? []).length / 2;
  const closes = (text.match(/[»”]/g) ?? []).length;
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) err(`${art}: unbalanced « »`);
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) err(`${art}: unbalanced “ ”`);
  if ((text.match(/"/g) ?? []).length % 2) err(`${art}: odd number of straight quotes`);
  if (opens !== g.quotes.length) err(`${art}: ${opens} quotations in the text, ${g.quotes.length} in gold (closes ${closes})`);
  let qfrom = 0;
  const qre = /([«“"])[\s\u00a0\u202f]*/g;
  const marks = [];
  for (let p = 0; p < text.length; p++) {
    const ch = text[p];
    if (ch === '«' || ch === '“') marks.push(p);
    else if (ch === '"') { marks.push(p); p = text.indexOf('"', p + 1); }
  }
  g.quotes.forEach((q, i) => {
    const at = text.indexOf(q.text, qfrom);
    if (at < 0) { err(`${art}: quote "${q.text}" not found in order`); return; }
    qfrom = at + 1;
    const m = marks[i];
    if (m === undefined || !text.slice(m + 1, at).match(/^[\s\u00a0\u202f]*$/)) err(`${art}: quote ${i} "${q.text}" does not start right after quote mark ${i}`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
    if (q.text.length > 30) err(`${art}: quote text longer than 30`);
    if (q.speaker && /^[A-ZÉ]/.test(q.speaker) && !kbType.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker))
      err(`${art}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
  });

  // lists
  const sentenceEnd = (p) => { const n = starts.find((s) => s > p); return n ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    sigTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end).map((s) => s.e);
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(m))) err(`${art}: member "${m}" is not a kb country or organisation`);
      if (!inside.some((e) => e.entity === m)) err(`${art}: member "${m}" not mentioned inside the list`);
    }
    if (!('statedTotal' in l)) err(`${art}: list without statedTotal`);
  }
  for (const l of g.negativeLists ?? []) {
    negTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.end <= sentenceEnd(at));
    if (inside.length < 2) err(`${art}: negative list "${l.text}" has ${inside.length} mentions`);
  }
}
if (!withDate || !withoutDate) err(`date lines: ${withDate} with, ${withoutDate} without`);
if (sigTotal < 2) err(`only ${sigTotal} signatory lists`);
if (negTotal < 4) err(`only ${negTotal} negative lists`);
for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors', `(${warnings.length} warnings)`);
process.exit(errors.length ? 1 : 0);
