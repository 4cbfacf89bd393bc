// Checks gold.json of eval/heldout42 against the article texts, independently of build.mjs.
// Usage: node eval/heldout42/check.mjs   (exit code 1 when there is an error)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const notes = [];
const err = (m) => errors.push(m);

// ---- kb: name, type, aliases, demonyms, metonyms only
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  for (const e of Array.isArray(data) ? data : data.entities)
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

// length-preserving fold: accents, case, apostrophes, hyphens, non-breaking spaces
const foldChar = (c) => {
  if (c === '’' || c === '‘') return "'";
  if (c === '-' || c === '\u00a0' || c === '\u202f' || c === '\u2011') return ' ';
  const f = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return f.length === 1 ? f : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isAcronym = (s) => /^[A-Z0-9&-]{2,}$/.test(s) && /[A-Z]/.test(s);
const inflect = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (d.endsWith('en')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
// every form of every kb entity, with how it is used
const forms = []; // { form, entity, how: 'name'|'metonym'|'demonym', exact }
for (const e of kb) {
  for (const a of [e.name, ...e.aliases]) forms.push({ form: a, entity: e.name, how: 'name', exact: isAcronym(a) });
  for (const m of e.metonyms) forms.push({ form: m, entity: e.name, how: 'metonym', exact: false });
  for (const d of e.demonyms) for (const i of inflect(d)) forms.push({ form: i, entity: e.name, how: 'demonym', exact: false });
}
const formsOf = (name, how) => new Set(forms.filter((f) => f.entity === name && f.how === how).map((f) => fold(f.form)));
const anyForm = new Set(forms.map((f) => fold(f.form)));

const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function allBounded(hay, needle) {
  const out = [];
  let from = 0;
  for (;;) {
    const k = hay.indexOf(needle, from);
    if (k < 0) return out;
    if (!isWord(hay[k - 1]) && !isWord(hay[k + needle.length])) out.push(k);
    from = k + 1;
  }
}

const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];
const OPENERS = { '«': '»', '“': '”' };

const gold = JSON.parse(fs.readFileSync(process.argv[2] ?? path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version is not 1');
const txtFiles = fs.readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`articles differ: txt ${txtFiles} / gold ${goldFiles}`);
if (txtFiles.length !== 6) err(`${txtFiles.length} articles, not 6`);

let withDate = 0, withoutDate = 0;
const totals = { words: 0 };

for (const file of txtFiles) {
  const text = fs.readFileSync(path.join(here, file), 'utf8');
  const g = gold.articles[file];
  if (!g) continue;
  const A = (m) => err(`${file}: ${m}`);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) A(`${k} missing`);

  // words
  const words = (text.match(/\S+/g) ?? []).length;
  totals.words += words;
  if (words < 350 || words > 600) A(`${words} words`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++; else withoutDate++;
  if (/[{}§⟪⟫¤¦|]/.test(text)) A('markup left in the text');

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const where = `entity "${e.surface}" #${e.occurrence} (${e.entity})`;
    if (!TYPES.includes(e.type)) A(`${where}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.includes(e.kind)) A(`${where}: bad kind ${e.kind}`);
    const occ = allBounded(text, e.surface);
    if (!(e.occurrence >= 0 && e.occurrence < occ.length)) { A(`${where}: occurrence not found (${occ.length} bounded occurrences)`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    const fs_ = fold(e.surface);
    if (e.kb === false) {
      if (kbByName.has(e.entity)) A(`${where}: kb:false but its name is a kb name`);
      if (anyForm.has(fs_)) A(`${where}: kb:false but the surface is a kb form`);
      if (e.kind) A(`${where}: kb:false with a kind`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) { A(`${where}: not a kb name`); continue; }
      if (k.type !== e.type) A(`${where}: type ${e.type}, kb says ${k.type}`);
      if (e.kind === 'metonym' || e.kind === 'capital') {
        if (!formsOf(e.entity, 'metonym').has(fs_)) A(`${where}: not a metonym of ${e.entity}`);
      } else if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!formsOf(e.entity, 'demonym').has(fs_)) A(`${where}: not a demonym of ${e.entity}`);
        if (e.kind === 'demonym' && e.surface[0] !== e.surface[0].toUpperCase()) A(`${where}: demonym noun in lower case`);
        if (e.kind === 'adjective' && e.surface[0] !== e.surface[0].toLowerCase()) A(`${where}: adjective in upper case`);
      } else if (!formsOf(e.entity, 'name').has(fs_)) {
        notes.push(`${file}: ${where} is not a kb name/alias of ${e.entity} (short form, surname, defined acronym or other reading)`);
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) A(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const f of forms) {
    const hits = f.exact ? allBounded(text, f.form) : allBounded(ftext, fold(f.form));
    for (const k of hits) {
      const end = k + f.form.length;
      if (!spans.some((s) => s.start <= k && end <= s.end))
        A(`kb form "${text.slice(k, end)}" (${f.how} of ${f.entity}) at ${k} is not under a gold mention: …${text.slice(Math.max(0, k - 30), end + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // ---- sentences: prefixes in order, at sentence starts, covering the text
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, i) => {
    if (!STATUSES.includes(s.status)) A(`sentence ${i}: bad status ${s.status}`);
    if (s.text.length !== Math.min(40, s.text.length) || s.text.length === 0) A(`sentence ${i}: bad text`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { A(`sentence ${i} "${s.text}" not found in order`); return; }
    if (i === 0 && at !== 0) A(`sentence 0 does not start the text`);
    if (i > 0 && !/\s/.test(text[at - 1])) A(`sentence ${i} "${s.text}" is not preceded by a space`);
    if (i > 0) {
      const before = text.slice(0, at).trimEnd();
      if (!/\n\n$/.test(text.slice(0, at)) && !/[.?!»”"]$/.test(before)) A(`sentence ${i} "${s.text}" does not follow an end of sentence`);
    }
    starts.push(at);
    from = at + s.text.length;
  });
  for (let i = 0; i < starts.length; i++) {
    const seg = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    if (seg.length < 3) A(`sentence ${i} too short`);
    if (seg.trimEnd().includes('\n\n')) A(`sentence ${i} runs over a paragraph break: "${seg.slice(0, 60)}"`);
    // a possible sentence end inside a gold sentence (not after a known non-final word)
    const inner = seg.trimEnd().slice(0, -1);
    const m = /[.?!]["»”]?\s+(?=[A-ZÀ-ÖØ-Þ«“"])/.exec(inner);
    if (m) notes.push(`${file}: sentence ${i} may hold two sentences: "${seg.slice(0, 80).replace(/\n/g, ' ')}…"`);
  }

  // ---- quotations: marks match gold quotes one for one
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENERS[c]) {
      const j = text.indexOf(OPENERS[c], i + 1);
      if (j < 0) { A(`unclosed ${c} at ${i}`); continue; }
      const nested = text.slice(i + 1, j).search(/[«“]/);
      if (nested >= 0) A(`nested quotation at ${i}`);
      found.push({ at: i, inner: text.slice(i + 1, j) });
      i = j;
    } else if (c === '»' || c === '”') A(`closing ${c} without opening at ${i}`);
    else if (c === '"') {
      const j = text.indexOf('"', i + 1);
      if (j < 0) { A(`unpaired " at ${i}`); continue; }
      found.push({ at: i, inner: text.slice(i + 1, j) });
      i = j;
    }
  }
  if (found.length !== g.quotes.length) A(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  found.forEach((q, i) => {
    const gq = g.quotes[i];
    if (!gq) return;
    const inner = q.inner.replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(gq.text) || gq.text.length !== Math.min(30, inner.replace(/[\s\u00a0\u202f]+$/, '').length) && gq.text.length < 30)
      A(`quote ${i}: gold "${gq.text}" vs text "${inner.slice(0, 30)}"`);
    if (gq.speaker !== null && typeof gq.speaker !== 'string') A(`quote ${i}: bad speaker`);
    if (typeof gq.speaker === 'string' && !kbByName.has(gq.speaker)) {
      const own = g.entities.some((e) => e.kb === false && e.entity === gq.speaker);
      const content = gq.speaker.split(/[\s']+/).filter((w) => w.length > 3);
      const inText = content.some((w) => fold(text).includes(fold(w)));
      if (!own && !inText) A(`quote ${i}: speaker "${gq.speaker}" is neither a kb name, an entity of the article nor a phrase from it`);
    }
    for (const s of gq.speakerAlso ?? []) if (!kbByName.has(s)) A(`quote ${i}: speakerAlso "${s}" is not a kb name`);
  });

  // ---- lists
  const sentenceEnd = (at) => {
    const next = starts.find((s) => s > at);
    return next ?? text.length;
  };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { A(`signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    if (!Array.isArray(l.members) || l.members.length < 2) A(`signatory list "${l.text}": fewer than 2 members`);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) A(`signatory list "${l.text}": member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.end <= end)) A(`signatory list "${l.text}": member ${m} not mentioned in the list`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) A(`signatory list "${l.text}": bad statedTotal`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) A(`signatory list "${l.text}": statedTotal below the members`);
    if (typeof l.approximate !== 'boolean') A(`signatory list "${l.text}": approximate not boolean`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { A(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.start >= at && s.start < at + l.text.length).length;
    if (n < 2) A(`negative list "${l.text}": ${n} mention(s)`);
    if (g.signatoryLists.some((s) => text.indexOf(s.text) === at)) A(`negative list "${l.text}" is also a signatory list`);
  }
}
if (!withDate) err('no article with a date line');
if (!withoutDate) err('no article without a date line');

for (const n of notes) console.log(`note: ${n}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(`${txtFiles.length} articles, ${totals.words} words: ${errors.length} error(s), ${notes.length} note(s)`);
process.exit(errors.length ? 1 : 0);
