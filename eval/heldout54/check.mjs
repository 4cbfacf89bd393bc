// Checks gold.json against the articles, independently of build.mjs (it reads only *.txt, gold.json and the
// name, type, aliases, demonyms and metonyms of the knowledge base). Exit code 1 on any error.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const kbByName = new Map(kb.map((e) => [e.name, e]));
const errors = [];
const err = (m) => errors.push(m);

// Folding, length-preserving: accents, case, apostrophes, hyphens and non-breaking spaces.
const fold = (s) =>
  [...s].map((c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).join('').toLowerCase()
    .replace(/[’‘]/g, "'").replace(/[-\u00a0\u202f]/g, ' ');
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isAcronym = (s) => /^[A-Z0-9-]{2,6}$/.test(s) && /[A-Z]/.test(s);
const inflect = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/en$|on$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
function allAt(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + needle.length])) out.push(i);
  }
  return out;
}
// Every form the knowledge base knows, for the coverage check.
const forms = [];
for (const e of kb) {
  for (const n of [e.name, ...e.aliases, ...e.metonyms]) forms.push({ form: n, entity: e.name });
  for (const d of e.demonyms) for (const i of inflect(d)) forms.push({ form: i, entity: e.name });
}
const kbFolded = new Set(forms.map((f) => fold(f.form)));

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) err(`articles and gold differ: ${txts} / ${Object.keys(gold.articles)}`);
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STAT = ['attributed', 'vague', 'unattributed', 'not-claim'];
const OPEN = { '«': '»', '“': '”', '"': '"' };
let withDate = 0, withoutDate = 0;
const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const w = words(text);
  if (w < 350 || w > 600) err(`${art}: ${w} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;

  // entities
  const spans = [];
  const gentNames = new Set();
  for (const e of g.entities) {
    const at = allAt(text, e.surface)[e.occurrence];
    if (at === undefined) { err(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    gentNames.add(e.entity);
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      if (kbFolded.has(fold(e.surface))) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(`${art}: "${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) err(`${art}: "${e.entity}" type ${e.type}, kb ${k.type}`);
        const f = fold(e.surface);
        if (e.kind === 'metonym' || e.kind === 'capital') {
          if (!k.metonyms.some((m) => fold(m) === f)) err(`${art}: "${e.surface}" is not a metonym of ${e.entity}`);
        } else if (e.kind === 'adjective' || e.kind === 'demonym') {
          if (!k.demonyms.some((d) => inflect(fold(d)).includes(f))) err(`${art}: "${e.surface}" is not a demonym of ${e.entity}`);
          if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) err(`${art}: demonym noun "${e.surface}" not capitalised`);
        } else if (![k.name, ...k.aliases].some((n) => fold(n) === f)) {
          // a surname alone after the full name
          if (e.type !== 'person' || !k.name.split(' ').includes(e.surface)) err(`${art}: "${e.surface}" is not a name or alias of ${e.entity}`);
        }
      }
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) err(`${art}: mentions overlap: "${spans[i - 1].e.surface}" / "${spans[i].e.surface}"`);
  }
  // gold entities in text order (the order of gold.json must follow the text)
  const order = g.entities.map((e) => allAt(text, e.surface)[e.occurrence]);
  for (let i = 1; i < order.length; i++) if (order[i] < order[i - 1]) err(`${art}: entity ${i} out of order`);

  // coverage of kb forms
  const ftext = fold(text);
  for (const { form, entity } of forms) {
    const hits = isAcronym(form) ? allAt(text, form) : allAt(ftext, fold(form));
    for (const at of hits) {
      if (!spans.some((s) => s.start <= at && at + form.length <= s.end)) {
        err(`${art}: kb form "${form}" (${entity}) at ${at} "${text.slice(at, at + form.length)}" has no gold mention`);
      }
    }
  }

  // sentences
  let pos = -1;
  const starts = [];
  for (const s of g.sentences) {
    if (!STAT.includes(s.status)) err(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, pos + 1);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (at > 0 && !/\s/.test(text[at - 1])) err(`${art}: sentence "${s.text}" does not start after a space`);
    // nothing but whitespace can be skipped: the text between starts belongs to the previous sentence, and
    // a sentence must begin right after a sentence end or a line break
    if (starts.length) {
      const before = text.slice(starts.at(-1), at).trimEnd();
      if (!/[.!?»”"\-)]$/.test(before) && !text.slice(starts.at(-1), at).includes('\n')) err(`${art}: sentence "${s.text}" does not follow a sentence end`);
    }
    starts.push(at);
    pos = at;
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: the first sentence does not start the text`);
  if (!text.slice(starts.at(-1)).trim()) err(`${art}: empty last sentence`);
  // every line start is a sentence start
  for (let i = 0; i < text.length; i++) {
    if ((i === 0 || text[i - 1] === '\n') && /\S/.test(text[i]) && !starts.includes(i)) err(`${art}: line at ${i} "${text.slice(i, i + 30)}" starts no sentence`);
  }

  // every likely sentence end inside a paragraph (., ! or ?, maybe a closing quote, a space, a capital or an
  // opening quote) starts a gold sentence
  for (const m of text.matchAll(/[.!?][»”"]?[ \u00a0]+(?=[«“"]?[\s\u00a0\u202f]*\p{Lu})/gu)) {
    const next = m.index + m[0].length;
    if (/\b(M|Mme|St)\.$/.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) continue;
    if (!starts.includes(next)) err(`${art}: likely sentence start at ${next} "${text.slice(next, next + 30)}" is not a gold sentence`);
  }

  // quotes
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPEN[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) { err(`${art}: unclosed quote at ${i}`); break; }
    const inner = text.slice(i + 1, j);
    if (/[«“]/.test(inner)) err(`${art}: nested quote at ${i}`);
    found.push(inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''));
    i = j;
  }
  const closers = [...text].filter((c) => c === '»' || c === '”').length;
  const openers = [...text].filter((c) => c === '«' || c === '“').length;
  if (closers !== openers) err(`${art}: ${openers} opening and ${closers} closing quote marks`);
  if ([...text].filter((c) => c === '"').length % 2) err(`${art}: odd number of straight quotes`);
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] !== q.text) err(`${art}: quote ${i} "${q.text}" vs text "${found[i]}"`);
    if (q.speaker !== null) {
      const ok = kbByName.has(q.speaker) || gentNames.has(q.speaker) || /^(le |la |les |l'|un |une |des )/.test(q.speaker);
      if (!ok) err(`${art}: speaker "${q.speaker}" is neither a kb name, an entity of the article nor a noun phrase`);
      if (kbByName.has(q.speaker) && !gentNames.has(q.speaker)) err(`${art}: speaker "${q.speaker}" is not mentioned in the article`);
    }
    for (const a of q.speakerAlso ?? []) {
      if (!kbByName.has(a) && !/^(le |la |les |l'|un |une |des )/.test(a)) err(`${art}: speakerAlso "${a}" is not a kb name or noun phrase`);
    }
  });

  // lists
  const sentenceEnd = (at) => { const n = starts.find((s) => s > at); return n ?? text.length; };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) err(`${art}: member "${m}" is not a kb country or organisation`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.start < end)) err(`${art}: member "${m}" not mentioned inside its list`);
    }
    if (l.statedTotal !== null && l.statedTotal < l.members.length) err(`${art}: stated total below the members`);
    if (l.text.length !== 40) err(`${art}: list text not 40 characters`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.start >= at && s.start < Math.min(sentenceEnd(at), at + 60)).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mentions`);
    if (g.signatoryLists.some((s) => text.indexOf(s.text) === at)) err(`${art}: a list is both signatory and negative`);
  }
}
if (withDate < 1 || withoutDate < 1) err(`date lines: ${withDate} with, ${withoutDate} without`);

if (errors.length) {
  for (const e of errors) console.log('ERROR', e);
  console.log(`${errors.length} error(s)`);
  process.exit(1);
}
console.log(`check passed: ${txts.length} articles`);
