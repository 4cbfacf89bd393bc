// Checks gold.json against the article texts, independently of build.mjs.
// Usage: node check.mjs        (exit 1 on any error; warnings are printed for review)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);

// ---- kb (name, type, aliases, demonyms, metonyms only)
const kb = new Map();
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities)
    kb.set(e.name, { type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });

// folding, character by character so that offsets are kept
const foldChar = (c) => {
  if (/[-\u00A0\u202F\s]/.test(c)) return ' ';
  if (c === '’' || c === 'ʼ') return "'";
  const d = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return d.length === 1 ? d : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
};
const foldStr = (s) => [...s].map(foldChar).join('');
const letterOrDigit = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const upperOnly = (s) => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
function demonymForms(d) {
  const f = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) { f.add(d + 'ne'); f.add(d + 'nes'); }
  if (d.endsWith('e')) { f.delete(d + 'e'); f.delete(d + 'es'); }
  return [...f];
}
const kbForms = []; // {form, name, exact}
for (const [name, e] of kb) {
  for (const f of [name, ...e.aliases, ...e.metonyms]) kbForms.push({ form: f, name, exact: upperOnly(f) });
  for (const d of e.demonyms) for (const f of demonymForms(d)) kbForms.push({ form: f, name, exact: false });
}
const foldedKbForms = new Set(kbForms.filter((k) => !k.exact).map((k) => foldStr(k.form)));
const exactKbForms = new Set(kbForms.filter((k) => k.exact).map((k) => k.form));

function findAll(hay, needle) {
  const out = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    if (!letterOrDigit(hay[i - 1]) && !letterOrDigit(hay[i + needle.length])) out.push(i);
  return out;
}

const QUOTE_PAIRS = { '«': '»', '“': '”', '"': '"' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const words = (t) => (t.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
let withDate = 0, withoutDate = 0;
const totals = { words: 0, mentions: 0, byType: {}, byKind: {}, outside: 0, sentences: {}, quotesNamed: 0, quotesNull: 0, sig: 0, neg: 0 };

const files = fs.readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.length !== 6) err(`expected 6 articles, found ${files.length}`);
for (const f of files) if (!gold.articles[f]) err(`${f}: not in gold.json`);
for (const f of Object.keys(gold.articles)) if (!files.includes(f)) err(`gold.json has ${f} but no such file`);

for (const file of files) {
  const text = fs.readFileSync(path.join(here, file), 'utf8');
  const g = gold.articles[file];
  if (!g) continue;
  const E = (m) => err(`${file}: ${m}`), W = (m) => warn(`${file}: ${m}`);

  // ---- size, date line
  const n = words(text);
  totals.words += n;
  if (n < 350 || n > 600) E(`${n} words (must be 350–600)`);
  if (/^date \d{4}-\d{2}$/m.test(text.split('\n')[0])) withDate++; else withoutDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) E(`bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`bad kind ${e.kind} for ${e.surface}`);
    const occ = findAll(text, e.surface);
    if (e.occurrence >= occ.length) { E(`"${e.surface}" #${e.occurrence} not in text (${occ.length} found)`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kb.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (foldedKbForms.has(foldStr(e.surface)) || exactKbForms.has(e.surface)) E(`kb:false surface "${e.surface}" is a kb form`);
      if (foldedKbForms.has(foldStr(e.entity))) E(`kb:false entity "${e.entity}" is a kb form`);
      totals.outside++;
    } else {
      const k = kb.get(e.entity);
      if (!k) E(`"${e.entity}" is not a kb name`);
      else if (k.type !== e.type) E(`"${e.entity}" has kb type ${k.type}, gold says ${e.type}`);
      else {
        // the surface must be one of the entity's forms (or a name part after the full name, or a new acronym)
        const own = [e.entity, ...k.aliases, ...k.metonyms];
        const ownFold = new Set(own.map(foldStr));
        const demFold = new Set(k.demonyms.flatMap(demonymForms).map(foldStr));
        const sf = foldStr(e.surface);
        if (ownFold.has(sf) || own.includes(e.surface)) {
          const isMet = k.metonyms.some((m) => foldStr(m) === sf);
          if (isMet && !['metonym', 'capital'].includes(e.kind)) E(`"${e.surface}" is a metonym form but kind is ${e.kind}`);
        } else if (demFold.has(sf)) {
          if (!['adjective', 'demonym'].includes(e.kind)) E(`"${e.surface}" is a demonym but kind is ${e.kind}`);
        } else W(`"${e.surface}" is not a kb form of ${e.entity} (surname or new acronym?)`);
      }
    }
    totals.mentions++;
    totals.byType[e.type] = (totals.byType[e.type] ?? 0) + 1;
    totals.byKind[e.kind ?? '(name)'] = (totals.byKind[e.kind ?? '(name)'] ?? 0) + 1;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  const covered = (s, l) => spans.some((x) => x.start <= s && s + l <= x.end);

  // ---- every kb form in the text lies under a gold mention
  const folded = foldStr(text);
  if (folded.length !== text.length) E('folding changed the length');
  for (const k of kbForms) {
    const hits = k.exact ? findAll(text, k.form) : findAll(folded, foldStr(k.form));
    for (const h of hits) if (!covered(h, k.form.length)) E(`kb form "${text.slice(h, h + k.form.length)}" (${k.name}) at ${h} is not under a gold mention`);
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (s.text.length > 40) E(`sentence text longer than 40: "${s.text}"`);
    starts.push(at);
    from = at + s.text.length;
    totals.sentences[s.status] = (totals.sentences[s.status] ?? 0) + 1;
  }
  if (starts[0] !== 0) E('the first sentence does not start the text');
  for (let i = 0; i < starts.length; i++) {
    if (i > 0 && /\S/.test(text.slice(starts[i - 1], starts[i]).slice(-1))) W(`sentence ${i} does not follow whitespace`);
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(starts[i], end).trimEnd();
    if (body.includes('\n')) E(`sentence "${g.sentences[i].text}" spans a line break`);
    // a period, ! or ? followed by a space and a capital, outside a quotation, suggests a missing sentence
    const m = /[.!?][»”"]?\s+(?=[\p{Lu}«“"])/gu;
    let x;
    while ((x = m.exec(body))) W(`possible unlisted sentence boundary in "${g.sentences[i].text}": …${body.slice(Math.max(0, x.index - 15), x.index + 15)}…`);
  }

  // ---- quotations: every pair of marks in the text, in order, one for one with the gold
  const marks = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') {
      const close = text.indexOf(QUOTE_PAIRS[c], i + 1);
      if (close < 0) { E(`unclosed ${c} at ${i}`); continue; }
      marks.push([i, close]);
      i = close;
    } else if (c === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) { E(`unpaired " at ${i}`); continue; }
      marks.push([i, close]);
      i = close;
    } else if (c === '»' || c === '”') E(`closing ${c} without opening at ${i}`);
  }
  if (marks.length !== g.quotes.length) E(`${marks.length} quotations in the text, ${g.quotes.length} in gold`);
  marks.forEach(([o, c], i) => {
    const q = g.quotes[i];
    if (!q) return;
    const inner = text.slice(o + 1, c).replace(/^[\s\u00A0\u202F]+/, '');
    const want = inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, '');
    if (q.text !== want) E(`quote ${i}: gold "${q.text}", text "${want}"`);
    if (q.speaker === null) totals.quotesNull++; else totals.quotesNamed++;
    if (q.speaker !== null && typeof q.speaker !== 'string') E(`quote ${i}: bad speaker`);
    for (const a of q.speakerAlso ?? []) if (!kb.has(a) && !/^(le|la|les|un|une|des) /.test(a)) E(`quote ${i}: speakerAlso "${a}" is neither a kb name nor a noun phrase`);
    if (q.speaker && /^[A-ZÀ-Ý]/.test(q.speaker) && !kb.has(q.speaker)) {
      const named = g.entities.some((e) => e.entity === q.speaker && e.kb === false);
      if (!named) E(`quote ${i}: speaker "${q.speaker}" is not a kb name nor an annotated entity`);
    }
  });

  // ---- lists
  const sentenceEnd = (at) => { const k = starts.findIndex((s) => s > at); return k < 0 ? text.length : starts[k]; };
  for (const l of g.signatoryLists ?? []) {
    totals.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.start < sentenceEnd(at)).map((s) => s.e.entity);
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`signatory member "${m}" is not a kb country or organisation`);
      if (!inside.includes(m)) E(`signatory member "${m}" is not mentioned in the list's sentence`);
    }
    if (!('statedTotal' in l)) E(`signatory list "${l.text}" has no statedTotal`);
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') E('bad statedTotal');
  }
  for (const l of g.negativeLists ?? []) {
    totals.neg++;
    const at = text.indexOf(l.text);
    if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.start < sentenceEnd(at));
    if (inside.length < 2) E(`negative list "${l.text}" has fewer than 2 mentions`);
  }
}
if (!withDate) err('no article with a date line');
if (!withoutDate) err('no article without a date line');
if (totals.sig < 2) err('fewer than 2 signatory lists');
if (totals.neg < 4) err('fewer than 4 negative lists');

for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(JSON.stringify(totals));
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
