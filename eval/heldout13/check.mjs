// Checks gold.json of eval/heldout13 against the articles, independently of build.mjs.
// It reads only the *.txt, gold.json and the kb fields name, type, aliases, demonyms and metonyms.
//
//   node eval/heldout13/check.mjs            errors make it exit 1; warnings are printed for review
//
// What it checks (rules of eval/README.md):
//  - every entity's surface has its `occurrence` (0-based, exact, case-sensitive, no letter or digit right
//    before or after); kb names exist and types agree; kb:false names are not kb names; spans do not overlap;
//  - every form the kb knows (name, alias, metonym, demonym inflection; case, accents, hyphens and apostrophes
//    folded) that occurs in a text is covered by a gold mention;
//  - sentence prefixes occur in order, start the text, and agree with a simple sentence splitter (line starts,
//    after . ! ? followed by a capital or an opening quote, after a dateline), `M.` excepted;
//  - every quotation mark that opens a quote has exactly one gold quote, whose text starts right after it,
//    in order; named speakers appear in the article;
//  - signatory and negative lists are found; members are kb names and mentioned in or near the list;
//  - word counts are within 350–600.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function allOccurrences(text, s) {
  const r = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + s.length])) r.push(at);
  }
  return r;
}
// Same-length folding: lower case, accents off, ’ → ', hyphens and non-breaking spaces → space.
const fold = (s) =>
  [...s]
    .map((c) => {
      if (c === '’') return "'";
      if (c === '-' || c === '\u00A0' || c === '\u202F') return ' ';
      const base = c.normalize('NFD')[0];
      return base.toLowerCase().length === 1 ? base.toLowerCase() : c;
    })
    .join('');

function inflections(d) {
  const f = new Set([d]);
  if (d.endsWith('e')) f.add(d + 's');
  else if (d.endsWith('en') || d.endsWith('on')) ['ne', 's', 'nes'].forEach((x) => f.add(d + x));
  else if (d.endsWith('s')) ['e', 'es'].forEach((x) => f.add(d + x));
  else if (d.endsWith('c')) f.add(d + 's');
  else ['e', 's', 'es'].forEach((x) => f.add(d + x));
  return [...f];
}
const forms = [];
for (const e of kb) {
  for (const s of [e.name, ...e.aliases, ...e.metonyms]) forms.push({ form: fold(s), entity: e.name, how: 'name' });
  for (const d of e.demonyms) for (const s of inflections(d)) forms.push({ form: fold(s), entity: e.name, how: 'demonym' });
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) err(`articles differ: ${txts} vs gold`);
if (gold.version !== 1) err('version must be 1');

const stats = { words: 0, mentions: 0, outside: 0, byStatus: {}, quotes: 0, nullSpeakers: 0, lists: 0, negs: 0, sentences: 0 };

for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(`${art}: ${k} missing`);

  const words = text.split(/[\s\u00A0\u202F]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  stats.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const occ = allOccurrences(text, e.surface);
    if (!(e.occurrence < occ.length)) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`);
      continue;
    }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      stats.outside++;
      if (kbByName.has(e.entity)) err(`${art}: ${e.entity} marked kb:false but is a kb name`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${art}: ${e.entity} is not a kb name`);
      else if (k.type !== e.type) err(`${art}: ${e.entity} type ${e.type} ≠ kb ${k.type}`);
      if (k && (e.kind === 'metonym' || e.kind === 'capital')) {
        if (k && !k.metonyms.includes(e.surface)) warn(`${art}: ${e.surface} as ${e.kind} of ${e.entity} is not one of its metonyms`);
      }
      if (k && (e.kind === 'adjective' || e.kind === 'demonym')) {
        const ok = k.demonyms.some((d) => inflections(d).some((f) => fold(f) === fold(e.surface)));
        if (!ok) warn(`${art}: ${e.surface} as ${e.kind} of ${e.entity} is not a demonym inflection`);
      }
    }
    stats.mentions++;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) err(`${art}: overlapping mentions "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  }
  // coverage of every form the kb knows
  const ftext = fold(text);
  for (const f of forms) {
    for (const at of allOccurrences(ftext, f.form)) {
      const cover = spans.find((s) => s.start <= at && s.end >= at + f.form.length);
      if (!cover) {
        const part = spans.find((s) => s.start < at + f.form.length && s.end > at);
        warn(`${art}: "${text.slice(at, at + f.form.length)}" (${f.how} of ${f.entity}) ${part ? `partly covered by "${part.e.surface}"` : 'NOT COVERED'} — …${text.slice(Math.max(0, at - 30), at + f.form.length + 30).replace(/\n/g, ' ')}…`);
      } else if (cover.start === at && cover.end === at + f.form.length && cover.e.entity !== f.entity && cover.e.kb !== false) {
        warn(`${art}: "${cover.e.surface}" gold ${cover.e.entity}, the kb form belongs to ${f.entity}`);
      }
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    stats.sentences++;
    stats.byStatus[s.status] = (stats.byStatus[s.status] ?? 0) + 1;
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${art}: bad status ${s.status}`);
    if (s.text.length > 40) err(`${art}: sentence prefix longer than 40: ${s.text}`);
    if (/\n/.test(s.text) || s.text !== s.text.trimStart()) err(`${art}: sentence prefix has a newline or leading space: ${JSON.stringify(s.text)}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    starts.push(at);
    from = at + s.text.length;
  }
  for (let i = 0; i + 1 < starts.length; i++) {
    const len = g.sentences[i].text.length;
    if (len < 40 && starts[i] + len < starts[i + 1] && text.slice(starts[i] + len, starts[i + 1]).trim() !== '')
      err(`${art}: short prefix "${g.sentences[i].text}" is not the whole sentence`);
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: first sentence does not start the text`);
  const expected = new Set();
  for (const m of text.matchAll(/^(?=\S)/gmu)) expected.add(m.index);
  for (const m of text.matchAll(/[.!?][\s\u00A0\u202F]*[»”"]?[ \u00A0\u202F]+(?=[\p{Lu}«“"\d])/gu)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/(^|\s)M$/.test(before)) continue; // M. Nakatani
    expected.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\((?:AFP)\) - /g)) expected.add(m.index + m[0].length);
  for (const m of text.matchAll(/^\(\p{L}+\) /gmu)) expected.add(m.index + m[0].length);
  const got = new Set(starts);
  for (const x of expected) if (!got.has(x)) err(`${art}: the splitter starts a sentence at "${text.slice(x, x + 40)}", the gold does not`);
  for (const x of got) if (!expected.has(x)) warn(`${art}: gold sentence at "${text.slice(x, x + 40)}" not found by the splitter`);

  // ---- quotes
  const opens = [];
  for (const m of text.matchAll(/[«“]/g)) opens.push(m.index);
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) err(`${art}: odd number of straight quotes`);
  for (let i = 0; i < straight.length; i += 2) opens.push(straight[i]);
  opens.sort((a, b) => a - b);
  if (opens.length !== g.quotes.length) err(`${art}: ${opens.length} quotations in the text, ${g.quotes.length} in the gold`);
  let qfrom = 0;
  g.quotes.forEach((q, i) => {
    stats.quotes++;
    if (q.speaker === null) stats.nullSpeakers++;
    if (q.text.length > 30) err(`${art}: quote text longer than 30: ${q.text}`);
    const at = text.indexOf(q.text, qfrom);
    if (at < 0) return err(`${art}: quote "${q.text}" not found in order`);
    qfrom = at + 1;
    const o = opens[i];
    if (o === undefined || text.slice(o + 1, at).replace(/[\s\u00A0\u202F]/gu, '') !== '')
      err(`${art}: quote "${q.text}" does not start right after quotation mark #${i}`);
    if (q.speaker !== null) {
      if (typeof q.speaker !== 'string' || !q.speaker) err(`${art}: bad speaker`);
      else if (!g.entities.some((e) => e.entity === q.speaker)) {
        const content = q.speaker.split(/[\s']+/).filter((w) => w.length > 3);
        if (!content.every((w) => text.includes(w))) warn(`${art}: speaker "${q.speaker}" not in the text`);
      }
    }
    for (const s of q.speakerAlso ?? []) if (!kbByName.has(s) && !text.toLowerCase().includes(s.toLowerCase().split(' ').pop())) warn(`${art}: speakerAlso ${s}?`);
  });

  // ---- lists
  for (const l of g.signatoryLists) {
    stats.lists++;
    const at = text.indexOf(l.text);
    if (at < 0) err(`${art}: list "${l.text}" not found`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: bad statedTotal`);
    if (typeof l.approximate !== 'boolean') err(`${art}: approximate must be boolean`);
    for (const m of l.members) {
      if (!kbByName.has(m)) err(`${art}: member ${m} is not a kb name`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at - 200 && s.start <= at + 300)) err(`${art}: member ${m} not mentioned near its list`);
    }
  }
  for (const l of g.negativeLists) {
    stats.negs++;
    if (text.indexOf(l.text) < 0) err(`${art}: negative list "${l.text}" not found`);
  }
}

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(JSON.stringify(stats));
process.exit(errors.length ? 1 : 0);
