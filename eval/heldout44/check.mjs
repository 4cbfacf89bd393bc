// Checks gold.json of eval/heldout44 against the article texts, independently of build.mjs.
// Reads only gold.json, the *.txt articles and src/kb_forms.json (names, types, aliases, demonyms, metonyms of the kb).
// Exits 1 on any error. Prints notes (not errors) on kb forms that lie inside a longer mention of another entity.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const kb = JSON.parse(readFileSync(join(here, 'src', 'kb_forms.json'), 'utf8'));
const errors = [];
const notes = [];
const err = (a, m) => errors.push(`${a}: ${m}`);

// one character in, one character out, so that offsets agree with the text
const foldChar = (c) => {
  if (/[’‘`´]/.test(c)) return "'";
  if (/[\u00a0\u202f\s]/.test(c)) return ' ';
  if (/[-‐‑–]/.test(c)) return ' ';
  const d = c.normalize('NFD')[0].toLowerCase();
  return d.length === 1 ? d : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
    if (!isWord(text[i - 1]) && !isWord(text[i + s.length])) out.push(i);
  return out;
}

// kb forms
const kbByName = new Map(kb.map((e) => [e.name, e]));
const forms = []; // {form, entity, how}
for (const e of kb) {
  forms.push({ form: e.name, entity: e.name, how: 'name' });
  for (const a of e.aliases) forms.push({ form: a, entity: e.name, how: 'alias' });
  for (const m of e.metonyms) forms.push({ form: m, entity: e.name, how: 'metonym' });
  for (const d of e.demonyms)
    for (const suf of ['', 's', 'e', 'es', 'ne', 'nes']) forms.push({ form: d + suf, entity: e.name, how: 'demonym' });
}
const foldedForms = new Map();
for (const f of forms) {
  const k = fold(f.form);
  if (!foldedForms.has(k)) foldedForms.set(k, []);
  foldedForms.get(k).push(f);
}
const caseSensitive = (form) => !/\p{Ll}/u.test(form);

const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);

const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (gold.version !== 1) err('gold', 'version must be 1');
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err('gold', `articles ${goldFiles} vs files ${txtFiles}`);
if (txtFiles.length !== 6) err('set', `${txtFiles.length} articles, expected 6`);

let withDate = 0;
const totals = { words: 0, entities: 0, sentences: 0, quotes: 0, sig: 0, neg: 0 };

for (const art of goldFiles) {
  const g = gold.articles[art];
  const text = readFileSync(join(here, art), 'utf8');
  const ftext = fold(text);
  for (const key of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[key])) err(art, `missing ${key}`);

  // words
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => isWord([...w].find(isWord))).length;
  totals.words += words;
  if (words < 350 || words > 600) err(art, `${words} words`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++;

  // sentences: in order, first at 0, each boundary after end punctuation or a line break
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(art, `bad status ${s.status}`);
    if (s.text.length > 40) err(art, `sentence text over 40 chars: ${s.text}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(art, `sentence not found in order: ${s.text}`);
      continue;
    }
    starts.push(at);
    from = at + 1;
  }
  if (starts[0] !== 0) err(art, 'first sentence does not start the text');
  for (let i = 1; i < starts.length; i++) {
    const seg = text.slice(starts[i - 1], starts[i]);
    const sep = text.slice(starts[i - 1], starts[i]).match(/[\s\u00a0]*$/)[0];
    const body = seg.slice(0, seg.length - sep.length);
    if (!sep.includes('\n') && !/[.!?…»”"]$/.test(body)) err(art, `sentence boundary not after end punctuation: …${body.slice(-30)} | ${text.slice(starts[i], starts[i] + 30)}`);
    if (sep.length === 0) err(art, `no space before sentence ${text.slice(starts[i], starts[i] + 30)}`);
    if (/[.!?]\s+\p{Lu}/u.test(body.replace(/\b(M|Dr|St)\.\s/g, ''))) {
      // a sentence end inside a gold sentence (outside quotes) — report for review
      const noQuotes = body.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '');
      if (/[.!?]\s+\p{Lu}/u.test(noQuotes)) err(art, `possible unsplit sentence: ${body.slice(0, 60)}`);
    }
  }
  const lastSeg = text.slice(starts[starts.length - 1]).trimEnd();
  if (/\n/.test(lastSeg)) err(art, 'last sentence runs over a line break');
  for (let i = 1; i < starts.length; i++) {
    const body = text.slice(starts[i - 1], starts[i]).replace(/\s+$/, '');
    if (body.includes('\n')) err(art, `sentence runs over a line break: ${body.slice(0, 50)}`);
  }
  const sentenceEnd = (pos) => {
    let k = starts.findIndex((s) => s > pos);
    return k < 0 ? text.length : starts[k];
  };

  // entities
  const spans = [];
  for (const e of g.entities) {
    totals.entities++;
    if (!TYPES.has(e.type)) err(art, `bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(art, `bad kind ${e.kind}`);
    const occ = occurrences(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) {
      err(art, `entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    spans.push({ ...e, start, end: start + e.surface.length });
    const fs = foldedForms.get(fold(e.surface)) ?? [];
    if (e.kb === false) {
      if (kbByName.has(e.entity)) err(art, `kb:false entity ${e.entity} is a kb name`);
      if (foldedForms.has(fold(e.entity))) err(art, `kb:false entity ${e.entity} is a kb form`);
      if (fs.length) err(art, `kb:false surface ${e.surface} is a kb form of ${fs.map((f) => f.entity)}`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) err(art, `${e.entity} is not a kb name`);
      else if (k.type !== e.type) err(art, `${e.entity} has kb type ${k.type}, gold ${e.type}`);
      const mine = fs.filter((f) => f.entity === e.entity);
      if (e.kind === 'metonym' || e.kind === 'capital') {
        if (!mine.some((f) => f.how === 'metonym')) err(art, `${e.surface}: kind ${e.kind} but not a metonym of ${e.entity}`);
      } else if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!mine.some((f) => f.how === 'demonym')) err(art, `${e.surface}: kind ${e.kind} but not a demonym of ${e.entity}`);
        if ((e.kind === 'demonym') !== /^\p{Lu}/u.test(e.surface)) err(art, `${e.surface}: kind ${e.kind} vs capitalisation`);
      } else if (mine.some((f) => f.how === 'metonym') && !mine.some((f) => f.how !== 'metonym'))
        err(art, `${e.surface}: metonym form with no kind`);
      else if (mine.some((f) => f.how === 'demonym') && !e.kind) err(art, `${e.surface}: demonym form with no kind`);
      if (fs.length && !mine.length) err(art, `${e.surface} is a kb form of ${fs.map((f) => f.entity)}, gold says ${e.entity}`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(art, `overlapping mentions ${spans[i - 1].surface} / ${spans[i].surface}`);

  // every kb form in the text lies under a gold mention
  for (const [k, list] of foldedForms) {
    for (const f of list) {
      const hay = caseSensitive(f.form) ? text.replace(/[-‐‑–]/g, ' ') : ftext;
      const needle = caseSensitive(f.form) ? f.form.replace(/[-‐‑–]/g, ' ') : k;
      for (const at of occurrences(hay, needle)) {
        const end = at + needle.length;
        const cover = spans.find((s) => s.start <= at && end <= s.end);
        if (!cover) err(art, `kb form "${text.slice(at, end)}" (${f.entity}, ${f.how}) not under a gold mention`);
        else if (cover.entity !== f.entity && !(cover.start === at && cover.end === end))
          notes.push(`${art}: "${text.slice(at, end)}" (${f.entity}) inside "${cover.surface}" → ${cover.entity}${cover.kb === false ? ' [not in kb]' : ''}`);
      }
    }
  }

  // quotations in the text, one for one with gold quotes
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (let m; (m = re.exec(text)); ) {
    const inner = (m[1] ?? m[2] ?? m[3]).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    found.push(inner);
  }
  const opens = (text.match(/[«“]/g) ?? []).length;
  const closes = (text.match(/[»”]/g) ?? []).length;
  if (opens !== closes) err(art, `unbalanced quotation marks ${opens}/${closes}`);
  if ((text.match(/"/g) ?? []).length % 2) err(art, 'odd number of straight quotes');
  if (found.length !== g.quotes.length) err(art, `${found.length} quotations in text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    totals.quotes++;
    const f = found[i];
    if (f === undefined) return;
    if (!f.startsWith(q.text) || q.text !== f.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''))
      err(art, `quote ${i}: gold "${q.text}" vs text "${f.slice(0, 30)}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(art, `quote ${i}: bad speaker`);
    for (const a of q.speakerAlso ?? []) if (!kbByName.has(a)) err(art, `quote ${i}: speakerAlso ${a} not a kb name`);
  });

  // signatory lists
  for (const l of g.signatoryLists) {
    totals.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(art, `signatory list not found: ${l.text}`);
      continue;
    }
    if (l.text.length !== 40 && at + l.text.length !== text.length) err(art, `list text not 40 chars: ${l.text}`);
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(art, `member ${m} is not a kb country/organisation`);
      if (!inside.some((s) => s.entity === m)) err(art, `member ${m} not mentioned inside the list`);
    }
    const named = new Set(inside.filter((s) => ['country', 'organisation'].includes(s.type)).map((s) => s.entity));
    for (const n of named) if (!l.members.includes(n)) notes.push(`${art}: ${n} is mentioned in a signatory list but not a member`);
    if (l.statedTotal !== null && !(Number.isInteger(l.statedTotal) && l.statedTotal >= l.members.length))
      err(art, `bad statedTotal ${l.statedTotal}`);
    if ('approximate' in l && typeof l.approximate !== 'boolean') err(art, 'bad approximate');
  }

  // negative lists
  for (const l of g.negativeLists) {
    totals.neg++;
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(art, `negative list not found: ${l.text}`);
      continue;
    }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    if (inside.length < 2) err(art, `negative list with ${inside.length} mention(s): ${l.text}`);
    if (!spans.some((s) => s.start === at)) err(art, `negative list does not start at a mention: ${l.text}`);
  }
  totals.sentences += g.sentences.length;
}
if (withDate < 1) err('set', 'no article with a date line');
if (withDate > goldFiles.length - 1) err('set', 'no article without a date line');
for (const n of notes) console.log(`note  ${n}`);
for (const e of errors) console.log(`ERROR ${e}`);
console.log(`${goldFiles.length} articles, ${totals.words} words, ${totals.entities} mentions, ${totals.sentences} sentences, ${totals.quotes} quotes, ${totals.sig} signatory lists, ${totals.neg} negative lists; ${withDate} with a date line`);
console.log(errors.length ? `${errors.length} error(s)` : 'OK: no errors');
process.exitCode = errors.length ? 1 : 0;
