// Checks gold.json against the articles, independently of build.mjs and of the tool.
// Reads only the articles, gold.json and, from server/data/kb/*.json, the name, type, aliases, demonyms and metonyms.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [], infos = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m), info = (m) => infos.push(m);

// --- knowledge base: names, types and forms only
const kb = new Map(); // name -> {type, forms:[{form, how}]}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.set(e.name, {
      type: e.type,
      name: e.name, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [],
    });
  }
}
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// folding: case, accents, apostrophes, hyphens, non-breaking spaces; one char for one char
const fold = (s) => [...s].map((c) => {
  if (/['’ʼ]/.test(c)) return "'";
  if (/[-‐‑–]/.test(c)) return ' ';
  if (/[\u00a0\u202f]/.test(c)) return ' ';
  const d = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return d.length === 1 ? d : c.toLowerCase();
}).join('');
const isAcronym = (f) => !/\p{Ll}/u.test(f) && /\p{Lu}/u.test(f) && !/\s/.test(f);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function demonymForms(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (d.endsWith('en')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (d.endsWith('on')) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (d.endsWith('s') || d.endsWith('x')) { out.add(d + 'e'); out.add(d + 'es'); }
  if (d.endsWith('e')) out.add(d + 's');
  return [...out];
}
const allForms = []; // {form, entity, how}
const formIndex = new Map(); // folded form -> entities
for (const [name, e] of kb) {
  const add = (form, how) => {
    allForms.push({ form, entity: name, how });
    const k = isAcronym(form) ? form : fold(form);
    if (!formIndex.has(k)) formIndex.set(k, new Set());
    formIndex.get(k).add(name);
  };
  add(name, 'name');
  e.aliases.forEach((a) => add(a, 'alias'));
  e.metonyms.forEach((m) => add(m, 'metonym'));
  e.demonyms.forEach((d) => demonymForms(d).forEach((x) => add(x, 'demonym')));
}
function findAll(hay, needle) {
  const out = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (isWordChar(hay[at - 1]) || isWordChar(hay[at + needle.length])) continue;
    out.push(at);
  }
  return out;
}
function nthOccurrence(text, s, n) {
  const all = findAll(text, s);
  return n < all.length ? all[n] : -1;
}
const isKbForm = (s) => formIndex.has(isAcronym(s) ? s : fold(s));

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(files) !== JSON.stringify(Object.keys(gold.articles).sort())) err('articles and gold.json disagree');
if (files.length !== 6) err(`${files.length} articles, not 6`);
let withDate = 0;
const sizes = { words: 0, ents: 0, byType: {}, byKind: {}, outside: 0, sent: {}, quotes: 0, quotesNull: 0, sig: 0, neg: 0 };
const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);

for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  sizes.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;
  info(`${art}: ${words} words`);

  // --- entities
  const spans = [];
  for (const e of g.entities) {
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) { err(`${art}: "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      if (isKbForm(e.surface)) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
      if (isKbForm(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb form`);
      sizes.outside++;
    } else {
      const k = kb.get(e.entity);
      if (!k) err(`${art}: "${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) err(`${art}: "${e.entity}" is a ${k.type} in the kb, gold says ${e.type}`);
        const forms = formIndex.get(isAcronym(e.surface) ? e.surface : fold(e.surface));
        if (!forms || !forms.has(e.entity)) info(`${art}: "${e.surface}" → ${e.entity} is not a kb form of it (annotated by convention)`);
        if ((e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.some((m) => fold(m) === fold(e.surface)))
          info(`${art}: ${e.kind} "${e.surface}" is not a kb metonym of ${e.entity}`);
      }
    }
    spans.push({ start: at, end: at + e.surface.length, e });
    sizes.ents++; bump(sizes.byType, e.type); bump(sizes.byKind, e.kind ?? '(name)');
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${art}: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}" overlap`);
  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  const seen = new Set();
  for (const { form, entity, how } of allForms) {
    const acr = isAcronym(form);
    const hay = acr ? text : ftext, needle = acr ? form : fold(form);
    if (!needle.trim()) continue;
    for (const at of findAll(hay, needle)) {
      const key = `${at}:${needle.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const under = spans.find((s) => s.start <= at && at + needle.length <= s.end);
      if (!under) err(`${art}: kb ${how} "${text.slice(at, at + needle.length)}" (${entity}) at ${at} is under no gold mention`);
    }
  }

  // --- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    bump(sizes.sent, s.status);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (starts.length === 0 && text.slice(0, at).trim()) err(`${art}: text before the first sentence`);
    const before = text.slice(0, at).replace(/[ \u00a0\u202f]+$/, '');
    if (starts.length && !/[.!?»”"\n-]$/.test(before)) warn(`${art}: sentence "${s.text}" does not follow an end of sentence`);
    starts.push(at);
    from = at + 1;
  }
  starts.push(text.length);
  for (let i = 0; i + 1 < starts.length; i++) {
    const body = text.slice(starts[i], starts[i + 1]);
    const m = body.match(/[^M][.!?][ \u00a0]+[A-ZÀ-Ý«"“]/u);
    if (m && m.index < body.trimEnd().length - 3) warn(`${art}: possible missed sentence boundary in "${body.slice(0, 60)}…" at "${m[0]}"`);
    if (/\n\s*\S/.test(body.trimEnd())) warn(`${art}: line break inside sentence "${body.slice(0, 50)}"`);
  }

  // --- quotes: every opening mark has one gold quote, in order
  const opens = [];
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') opens.push(i);
    else if (c === '"') { if (!straightOpen) opens.push(i); straightOpen = !straightOpen; }
  }
  if (straightOpen) err(`${art}: unbalanced straight quotes`);
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) err(`${art}: unbalanced « »`);
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) err(`${art}: unbalanced “ ”`);
  if (opens.length !== g.quotes.length) err(`${art}: ${opens.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    sizes.quotes++;
    if (q.speaker === null) sizes.quotesNull++;
    if (q.speaker === '') err(`${art}: empty speaker`);
    const at = opens[i];
    if (at === undefined) return;
    const after = text.slice(at + 1).replace(/^[\s\u00a0\u202f]+/, '');
    if (!after.startsWith(q.text)) err(`${art}: quote ${i} "${q.text}" is not at opening mark ${i} ("${after.slice(0, 30)}")`);
    const inner = after.slice(0, after.search(/[»”"]/));
    if (inner.replace(/[\s\u00a0\u202f]+$/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '') !== q.text) err(`${art}: quote "${q.text}" is not the first 30 characters of its quotation`);
    for (const s of [q.speaker, ...(q.speakerAlso ?? [])]) if (s && kb.has(s) === false && /^[A-ZÉ]/.test(s) && !/^(La|Le|Les|L’|Un|Une|Des)\b/.test(s))
      info(`${art}: speaker "${s}" is not a kb name (outside-kb person or organisation)`);
  });

  // --- lists
  const sentenceEnd = (at) => starts.find((s) => s > at) ?? text.length;
  for (const l of g.signatoryLists ?? []) {
    sizes.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end && s.e.kb !== false);
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(`${art}: member "${m}" is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) err(`${art}: member "${m}" is not mentioned in the list's sentence`);
    }
    if (new Set(l.members).size !== l.members.length) err(`${art}: duplicate members`);
    if (l.statedTotal !== null && (typeof l.statedTotal !== 'number' || l.statedTotal < l.members.length)) err(`${art}: bad statedTotal`);
  }
  for (const l of g.negativeLists ?? []) {
    sizes.neg++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const n = spans.filter((s) => s.start >= at && s.end <= end).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate) err('no article with a date line');
if (withDate === files.length) err('every article has a date line');
if (sizes.sig < 2) err('fewer than 2 signatory lists');
if (sizes.neg < 4) err('fewer than 4 negative lists');

for (const m of infos) console.log('info  ' + m);
for (const m of warnings) console.log('WARN  ' + m);
for (const m of errors) console.log('ERROR ' + m);
console.log(JSON.stringify(sizes));
console.log(errors.length ? `${errors.length} errors` : 'OK: no errors');
process.exit(errors.length ? 1 : 0);
