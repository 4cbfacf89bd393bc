// Checks eval/heldout18/gold.json against the articles, without the annotated sources:
// occurrences counted as eval/README.md says, sentence prefixes in order and at sentence starts, every quotation
// listed and each gold quote right after an opening mark, kb names and types, list members, and every kb form in the
// texts either annotated or explicitly excused below. Exits 1 on an error.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKb, demonymForms, fold, isWordChar, isAcronym } from './kb.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const kb = loadKb();
const byName = new Map(kb.map((e) => [e.name, e]));
const errors = [];
const notes = [];
const err = (m) => errors.push(m);

// kb forms found in a text but deliberately not annotated (article, exact surface, reason)
// (occurrence counted as in eval/README.md)
const EXCUSED = [
  ['04_prisonniers_koursk.txt', 'ukrainien', 1, 'a language (ne parle ukrainien, anglais ou russe), like « caractères coréens » in eval/README.md'],
  ['04_prisonniers_koursk.txt', 'russe', 0, 'a language, not a demonym'],
  ['05_geneve_surveillance.txt', 'séjourné', 0, 'the verb séjourner, not Stéphane Séjourné'],
];

function nth(text, surface, n) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}

const forms = []; // { form, folded, e, acronym }
for (const e of kb) {
  const all = [e.name, ...e.aliases, ...e.metonyms, ...e.demonyms.flatMap(demonymForms)];
  for (const f of new Set(all)) forms.push({ form: f, folded: fold(f), e, acronym: isAcronym(f) });
}
const formsOf = new Map();
for (const f of forms) {
  if (!formsOf.has(f.e.name)) formsOf.set(f.e.name, new Set());
  formsOf.get(f.e.name).add(f.folded);
}

const OPENERS = ['«', '“'];
const status = {};
const totals = { articles: 0, words: 0, entities: 0, outside: 0, sentences: 0, quotes: 0, nullQuotes: 0, lists: 0, neg: 0 };
const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(files) !== JSON.stringify(goldFiles)) err(`articles ${files} ≠ gold ${goldFiles}`);

for (const art of goldFiles) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) err(`${art}: no ${k}`);
  totals.articles++;
  const words = text.split(/[\s\u00a0\u202f]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const at = nth(text, e.surface, e.occurrence);
    if (at < 0) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      totals.outside++;
      if (byName.has(e.entity)) err(`${art}: ${e.entity} marked outside the kb but is a kb name`);
    } else {
      const k = byName.get(e.entity);
      if (!k) err(`${art}: ${e.entity} is not a kb name`);
      else {
        if (k.type !== e.type) err(`${art}: ${e.entity} has type ${k.type}, gold ${e.type}`);
        if (!formsOf.get(k.name).has(fold(e.surface))) notes.push(`${art}: "${e.surface}" linked by hand to ${k.name}`);
      }
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  totals.entities += g.entities.length;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++)
    if (sorted[k].start < sorted[k - 1].end) err(`${art}: overlapping gold entities ${sorted[k - 1].e.surface} / ${sorted[k].e.surface}`);
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].start) err(`${art}: entities not in text order at ${spans[k].e.surface}`);

  // every kb form in the text is covered by a gold entity (or excused)
  const ftext = fold(text);
  for (const f of forms) {
    const hay = f.acronym ? text : ftext;
    const needle = f.acronym ? f.form : f.folded;
    for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) {
      if (isWordChar(text[p - 1]) || isWordChar(text[p + needle.length])) continue;
      if (spans.some((s) => s.start < p + needle.length && p < s.end)) continue;
      const surface = text.slice(p, p + needle.length);
      if (EXCUSED.some(([a, s, n]) => a === art && s === surface && nth(text, s, n) === p)) continue;
      err(`${art}: kb form "${surface}" (${f.e.name}) at ${p} is not annotated`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${art}: bad status ${s.status}`);
    if (s.text.length > 40) err(`${art}: sentence prefix over 40 chars`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    const before = text.slice(0, at).replace(/[ \u00a0\u202f]+$/u, '');
    if (before !== '' && !/[\n.!?»”"…:)]$/u.test(before)) err(`${art}: sentence "${s.text}" does not start after an end of sentence`);
    starts.push(at);
    from = at + s.text.length;
    status[s.status] = (status[s.status] ?? 0) + 1;
  }
  totals.sentences += g.sentences.length;
  if (starts[0] !== text.search(/\S/u)) err(`${art}: the first sentence is not at the start of the text`);
  // every line of text starts a sentence, and no likely sentence end is left inside one
  for (let p = 0; p < text.length; p++) {
    if ((p === 0 || text[p - 1] === '\n') && /\S/u.test(text[p] ?? '') && !starts.includes(p)) err(`${art}: line at ${p} ("${text.slice(p, p + 30)}") starts no gold sentence`);
  }
  const re = /[.!?]["»”]?[ \u00a0]+(?=[«“"]?\p{Lu})/gu;
  for (let m; (m = re.exec(text)); ) {
    const next = m.index + m[0].length;
    if (starts.includes(next)) continue;
    const word = text.slice(0, m.index + 1).match(/(\S+)$/u)[1];
    if (/^(M\.|Mme\.|MM\.)$/.test(word)) continue;
    err(`${art}: possible sentence start not in gold: "${text.slice(next, next + 30)}" after "${word}"`);
  }

  // ---- quotes
  let qfrom = 0;
  const opens = [];
  for (let p = 0; p < text.length; p++) if (OPENERS.includes(text[p])) opens.push(p);
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) err(`${art}: odd number of straight quotes`);
  for (let k = 0; k < straight.length; k += 2) opens.push(straight[k]);
  opens.sort((a, b) => a - b);
  if (opens.length !== g.quotes.length) err(`${art}: ${opens.length} quotations in the text, ${g.quotes.length} in the gold`);
  g.quotes.forEach((q, k) => {
    if (q.text.length > 30) err(`${art}: quote text over 30 chars`);
    const at = text.indexOf(q.text, qfrom);
    if (at < 0) return err(`${art}: quote "${q.text}" not found in order`);
    qfrom = at + 1;
    const open = text.slice(0, at).replace(/[ \u00a0\u202f]+$/u, '').length - 1;
    if (open !== opens[k]) err(`${art}: quote "${q.text}" is not right after the opening mark #${k}`);
    if (q.speaker === null) totals.nullQuotes++;
    else if (typeof q.speaker !== 'string' || !q.speaker) err(`${art}: bad speaker`);
    for (const a of q.speakerAlso ?? []) if (!byName.has(a) && !/^(le|la|les|l’|l')/i.test(a)) err(`${art}: speakerAlso ${a} is neither a kb name nor a noun phrase`);
  });
  totals.quotes += g.quotes.length;

  // ---- lists
  for (const l of g.signatoryLists) {
    if (l.text.length > 40 || !text.includes(l.text)) err(`${art}: signatory list "${l.text}" not found`);
    for (const m of l.members) if (!byName.has(m)) err(`${art}: member ${m} is not a kb name`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: bad statedTotal`);
    if (typeof l.approximate !== 'boolean') err(`${art}: bad approximate`);
    const at = text.indexOf(l.text);
    const seg = text.slice(at, text.indexOf('.', at + 40) + 1);
    for (const m of l.members)
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.start < at + seg.length)) err(`${art}: member ${m} not mentioned in its list`);
  }
  for (const l of g.negativeLists) if (l.text.length > 40 || !text.includes(l.text)) err(`${art}: negative list "${l.text}" not found`);
  totals.lists += g.signatoryLists.length;
  totals.neg += g.negativeLists.length;
  console.log(
    `${art.padEnd(30)} ${String(words).padStart(4)} words ${String(g.entities.length).padStart(4)} entities (${g.entities.filter((e) => e.kb === false).length} outside kb) ${String(g.sentences.length).padStart(3)} sentences ${String(g.quotes.length).padStart(3)} quotes ${g.signatoryLists.length} lists ${g.negativeLists.length} neg`,
  );
}

console.log('\ntotals', JSON.stringify(totals));
console.log('sentences by status', JSON.stringify(status));
if (process.argv.includes('--notes')) for (const n of notes) console.log('note:', n);
if (errors.length) {
  for (const e of errors) console.log('ERROR', e);
  process.exit(1);
}
console.log('OK');
