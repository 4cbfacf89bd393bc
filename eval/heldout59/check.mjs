// Checks gold.json against the articles, independently of build.mjs: it reads only *.txt, gold.json and the
// name/type/aliases/demonyms/metonyms of the kb entries. Exits 1 on any error.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const E = (a, m) => errors.push(`${a}: ${m}`);
const W = (a, m) => warnings.push(`${a}: ${m}`);

// ---- kb
const kbEntries = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    kbEntries.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
const kbType = new Map(kbEntries.map((e) => [e.name, e.type]));
// length-preserving folding, char by char
const foldChar = (c) => {
  if (/[’ʼ`]/.test(c)) return "'";
  if (/[\u00a0\u202f\s]/.test(c)) return ' ';
  if (/[-‐‑–]/.test(c)) return ' ';
  const b = c.normalize('NFD')[0].toLowerCase();
  return b.length === 1 ? b : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (!d.endsWith('e')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (d.endsWith('en') || d.endsWith('on')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
const isAcronym = (f) => /^[\p{Lu}\d][\p{Lu}\d\- ]*$/u.test(f) && /\p{Lu}.*\p{Lu}/u.test(f);
const kbForms = []; // {form, entity, acronym}
for (const e of kbEntries) {
  for (const f of [e.name, ...e.aliases, ...e.metonyms]) kbForms.push({ form: f, entity: e.name, acronym: isAcronym(f) });
  for (const d of e.demonyms) for (const f of inflect(d)) kbForms.push({ form: f, entity: e.name, acronym: false });
}
const foldedForms = new Set(kbForms.map((f) => fold(f.form)));
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occ(text, s) {
  const out = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + s.length])) continue;
    out.push(p);
  }
  return out;
}

const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.length !== 6) E('set', `${files.length} articles, expected 6`);
for (const f of files) if (!gold.articles[f]) E(f, 'no gold');
for (const a of Object.keys(gold.articles)) if (!files.includes(a)) E(a, 'gold for a missing article');
let withDate = 0, withoutDate = 0, sigTotal = 0, negTotal = 0;
const statuses = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const types = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const kinds = new Set(['metonym', 'capital', 'adjective', 'demonym']);

for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  // words, date line
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) E(art, `${words} words`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++; else withoutDate++;
  if (/[{}\[\]~^]/.test(text)) E(art, 'markup left in the text');

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const o = occ(text, e.surface);
    if (!Number.isInteger(e.occurrence) || e.occurrence >= o.length) { E(art, `entity "${e.surface}" #${e.occurrence} not found (${o.length} occurrences)`); continue; }
    if (!types.has(e.type)) E(art, `bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !kinds.has(e.kind)) E(art, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) E(art, `kb:false entity "${e.entity}" is a kb name`);
      if (foldedForms.has(fold(e.surface))) E(art, `kb:false surface "${e.surface}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) E(art, `"${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) E(art, `"${e.entity}" has kb type ${kbType.get(e.entity)}, gold ${e.type}`);
    }
    spans.push({ start: o[e.occurrence], end: o[e.occurrence] + e.surface.length, e });
  }
  spans.sort((x, y) => x.start - y.start);
  for (let k = 1; k < spans.length; k++)
    if (spans[k].start < spans[k - 1].end) E(art, `mentions overlap: "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`);
  const covered = (s, e) => spans.some((m) => m.start <= s && e <= m.end);
  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const f of kbForms) {
    const hits = f.acronym ? occ(text.replace(/’/g, "'"), f.form) : occ(ftext, fold(f.form));
    for (const p of hits) {
      if (!covered(p, p + f.form.length))
        E(art, `kb form "${f.form}" (${f.entity}) at ${p} ("${text.slice(p, p + f.form.length)}") not under a gold mention: …${text.slice(Math.max(0, p - 30), p + f.form.length + 30).replace(/\n/g, ' ')}…`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, k) => {
    if (!statuses.has(s.status)) E(art, `bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(art, `sentence "${s.text}" not found in order`); return; }
    if (k === 0 && text.slice(0, at).trim() !== '') E(art, 'text before the first sentence');
    if (k > 0 && text.slice(from, at).trim() !== '' && at !== from) {
      // the previous sentence must run up to this one: only checks that we did not skip a sentence start
    }
    if (/\s/.test(s.text[0])) E(art, `sentence starts with a space: "${s.text}"`);
    if (at > 0 && !/\s/.test(text[at - 1])) E(art, `sentence "${s.text}" does not start after a space`);
    starts.push(at);
    from = at + 1;
  });
  starts.forEach((st, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    const body = text.slice(st, end).trimEnd();
    if (body.includes('\n')) E(art, `sentence "${g.sentences[k].text}" spans a line break`);
    if (k + 1 < starts.length && !/[.!?»”"\p{L}\d)—,]$/u.test(body)) W(art, `sentence "${body.slice(-30)}" ends oddly`);
    if (k + 1 < starts.length && !text.slice(st, end).includes('\n') && !/[.!?»”"—]$/u.test(body)) W(art, `sentence ends without punctuation inside a paragraph: "${body.slice(-40)}"`);
  });
  const sentenceEnd = (p) => { let e = text.length; for (const st of starts) if (st > p) { e = st; break; } return e; };
  const mentionsIn = (s, e) => spans.filter((m) => m.start >= s && m.end <= e);

  // ---- quotes
  const marks = [];
  let straightOpen = false;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '«' || c === '“') marks.push(p);
    else if (c === '"') { if (!straightOpen) marks.push(p); straightOpen = !straightOpen; }
  }
  if (straightOpen) E(art, 'odd number of straight quotes');
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) E(art, '« and » do not pair');
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) E(art, '“ and ” do not pair');
  if (marks.length !== g.quotes.length) E(art, `${marks.length} quotations in the text, ${g.quotes.length} in the gold`);
  const kbFalseNames = new Set(g.entities.filter((e) => e.kb === false).map((e) => e.entity));
  g.quotes.forEach((q, k) => {
    const p = marks[k];
    if (p === undefined) return;
    const inner = text.slice(p + 1).replace(/^[\s\u00a0\u202f]+/, '');
    if (!inner.startsWith(q.text)) E(art, `quote ${k} "${q.text}" is not at quotation mark ${k} (…${text.slice(p, p + 30)})`);
    if (q.text.length > 30 || q.text !== q.text.trim()) E(art, `quote text "${q.text}" not trimmed to 30`);
    if (q.speaker !== null) {
      const sp = [q.speaker, ...(q.speakerAlso ?? [])];
      for (const s of sp) {
        if (/^\p{Lu}/u.test(s) && !kbType.has(s) && !kbFalseNames.has(s)) E(art, `speaker "${s}" is capitalised but neither a kb name nor an entity of the article`);
      }
      if (kbType.has(q.speaker) || kbFalseNames.has(q.speaker)) {
        if (!g.entities.some((e) => e.entity === q.speaker)) E(art, `speaker ${q.speaker} not mentioned in the article`);
      }
    }
  });

  // ---- lists
  for (const l of g.signatoryLists ?? []) {
    sigTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(art, `signatory list "${l.text}" not found`); continue; }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(art, 'bad statedTotal');
    if (l.statedTotal && typeof l.approximate !== 'boolean') E(art, 'statedTotal without approximate');
    const inside = mentionsIn(at, sentenceEnd(at));
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(m))) E(art, `member "${m}" is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) E(art, `member "${m}" not mentioned inside the list "${l.text}"`);
    }
    if (l.members.length < 2) E(art, `signatory list "${l.text}" has < 2 members`);
    if (l.statedTotal && l.statedTotal < l.members.length) E(art, 'statedTotal below the members named');
  }
  for (const l of g.negativeLists ?? []) {
    negTotal++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(art, `negative list "${l.text}" not found`); continue; }
    if (mentionsIn(at, sentenceEnd(at)).length < 2) E(art, `negative list "${l.text}" has < 2 mentions`);
  }
}
if (!withDate) E('set', 'no article with a date line');
if (!withoutDate) E('set', 'no article without a date line');
if (sigTotal < 2) E('set', `${sigTotal} signatory lists, need ≥ 2`);
if (negTotal < 4) E('set', `${negTotal} negative lists, need ≥ 4`);

for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(errors.length ? `${errors.length} errors` : `OK: ${files.length} articles, no errors (${warnings.length} warnings)`);
process.exit(errors.length ? 1 : 0);
