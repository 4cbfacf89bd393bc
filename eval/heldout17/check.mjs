// Checks eval/heldout17/gold.json against the articles, independently of build.mjs and of src/.
//   node eval/heldout17/check.mjs            errors (exit 1) and, for review, kb forms not covered by a gold mention
// What it checks, per eval/README.md:
//   - every entity: its occurrence exists (exact string, case-sensitive, no letter or digit right before or after,
//     occurrences counted from 0 and overlapping ones counted); kb names exist with that type; kb:false names are not
//     kb names; kinds and types are valid; no two mentions overlap (the longest name wins, nothing inside it)
//   - sentences: every prefix is found in order, the first at the start of the article, each next one after an end of
//     sentence (. ! ? closing quote, or a line break) and nothing but sentences in between; statuses valid
//   - quotes: every text is found in order, right after an opening quote mark (spaces allowed), and the number of
//     opening quote marks in the article equals the number of gold quotes; speakers are a string or null
//   - lists: texts found; members are kb names of countries or organisations; statedTotal a number or null
// Only the name, type, aliases, demonyms and metonyms of server/data/kb/*.json are read.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kbType = new Map();
const forms = []; // [form, name] for the coverage review
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const { name, type, aliases = [], demonyms = [], metonyms = [] } of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(name, type);
    for (const a of [name, ...aliases, ...metonyms]) forms.push([a, name]);
    for (const d of demonyms) for (const s of ['', 's', 'e', 'es', 'ne', 'nes']) forms.push([d + s, name]);
  }
}

const errors = [];
const review = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(text, s, n) {
  let k = 0;
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + s.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];
const OPEN = { '«': '»', '“': '”', '"': '"' };
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) errors.push('version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) errors.push(`articles ${arts} vs files ${txts}`);

const totals = { articles: 0, words: 0, entities: 0, outsideKb: 0, sentences: {}, quotes: 0, nullQuotes: 0, signatoryLists: 0, negativeLists: 0 };
for (const a of arts) {
  const g = gold.articles[a];
  const text = readFileSync(join(here, a), 'utf8');
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) err(a, `no ${k}`);
  totals.articles++;
  totals.words += text.split(/[\s\u00A0\u202F]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) { err(a, `entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.includes(e.type)) err(a, `bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) err(a, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(a, `"${e.entity}" marked kb:false but is a kb name`);
      totals.outsideKb++;
    } else if (!kbType.has(e.entity)) err(a, `"${e.entity}" is not a kb name`);
    else if (kbType.get(e.entity) !== e.type) err(a, `"${e.entity}" is a ${kbType.get(e.entity)}, not a ${e.type}`);
    spans.push([p, p + e.surface.length, e.surface]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < spans.length; i++)
    if (spans[i][0] < spans[i - 1][1]) err(a, `mentions overlap: "${spans[i - 1][2]}" and "${spans[i][2]}"`);
  const seen = new Set(spans.map((s) => s[0] + ':' + s[2]));
  if (seen.size !== spans.length) err(a, 'the same mention is listed twice');
  totals.entities += g.entities.length;

  // coverage review: kb forms in the text (case and apostrophes folded) that no gold mention covers
  const ftext = text.replace(/’/g, "'").toLowerCase();
  for (const [form, name] of forms) {
    const f = form.replace(/’/g, "'").toLowerCase();
    for (let p = ftext.indexOf(f); p !== -1; p = ftext.indexOf(f, p + 1)) {
      if (isWordChar(ftext[p - 1]) || isWordChar(ftext[p + f.length])) continue;
      if (!spans.some(([s, e]) => s <= p && p + f.length <= e))
        review.push(`${a}: "${text.slice(p, p + f.length)}" (${name}) not covered: …${text.slice(Math.max(0, p - 30), p + f.length + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // sentences
  let from = 0;
  g.sentences.forEach((s, i) => {
    if (!STATUSES.includes(s.status)) err(a, `bad status ${s.status}`);
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(a, `sentence "${s.text}" not found in order`); return; }
    if (i === 0 && text.slice(0, at).trim() !== '') err(a, 'the first sentence does not open the article');
    if (i > 0) {
      const tail = text.slice(0, at).replace(/[ \u00A0\u202F]+$/u, '');
      if (!/[.!?»"”]$/.test(tail) && !/\n$/.test(tail)) err(a, `sentence "${s.text}" does not follow an end of sentence`);
    }
    from = at + s.text.length;
  });
  // an unlisted sentence would show as a ". X" or a line break inside one listed sentence: report those for review
  const starts = [];
  from = 0;
  for (const s of g.sentences) { const at = text.indexOf(s.text, from); starts.push(at); from = at + s.text.length; }
  starts.forEach((st, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(st, end).trimEnd();
    if (/\n/.test(body)) err(a, `a line break inside sentence "${g.sentences[i].text}"`);
    const inner = body.match(/[.!?][»"”]?[ \u00A0]+[«"“]?\p{Lu}/gu);
    if (inner) review.push(`${a}: possible sentence end inside "${g.sentences[i].text}": ${inner.join(' | ')}`);
  });

  // quotes
  let qfrom = 0;
  for (const q of g.quotes) {
    totals.quotes++;
    if (q.speaker === null) totals.nullQuotes++;
    else if (typeof q.speaker !== 'string' || !q.speaker) err(a, `bad speaker for "${q.text}"`);
    if (q.speakerAlso !== undefined && !Array.isArray(q.speakerAlso)) err(a, `speakerAlso not an array for "${q.text}"`);
    if (q.text !== q.text.trim() || q.text.length > 30 || !q.text) err(a, `quote text "${q.text}" is not a trimmed prefix of at most 30 characters`);
    const at = text.indexOf(q.text, qfrom);
    if (at < 0) { err(a, `quote "${q.text}" not found in order`); continue; }
    const lead = text.slice(0, at).replace(/[ \u00A0\u202F]+$/u, '');
    if (!(lead.slice(-1) in OPEN)) err(a, `quote "${q.text}" is not right after an opening quote mark`);
    qfrom = at + 1;
  }
  let opens = 0;
  let straight = 0;
  for (const c of text) {
    if (c === '«' || c === '“') opens++;
    if (c === '"') straight++;
  }
  if (straight % 2) err(a, 'odd number of straight quotes');
  if (opens + straight / 2 !== g.quotes.length) err(a, `${opens + straight / 2} quotations in the text, ${g.quotes.length} in the gold`);

  // lists
  for (const l of g.signatoryLists) {
    totals.signatoryLists++;
    if (!text.includes(l.text)) err(a, `signatory list "${l.text}" not found`);
    for (const m of l.members) if (!['country', 'organisation'].includes(kbType.get(m))) err(a, `member "${m}" is not a kb country or organisation`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(a, 'bad statedTotal');
    if (typeof l.approximate !== 'boolean') err(a, 'bad approximate');
  }
  for (const l of g.negativeLists) {
    totals.negativeLists++;
    if (!text.includes(l.text)) err(a, `negative list "${l.text}" not found`);
  }
}

for (const r of review) console.log('review  ' + r);
for (const e of errors) console.log('ERROR   ' + e);
console.log(JSON.stringify(totals));
console.log(errors.length ? `${errors.length} error(s)` : 'gold OK');
process.exit(errors.length ? 1 : 0);
