// Checks eval/heldout37/gold.json against the article texts, independently of build.mjs.
// Exit code 1 when there is any error; warnings are printed for review.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);

// ---- kb: name, type, aliases, demonyms, metonyms only
const kbByName = new Map();
const forms = []; // { form, name, type, how }
for (const f of readdirSync(kbDir)) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbByName.set(e.name, e.type);
    forms.push({ form: e.name, name: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, name: e.name, type: e.type, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, name: e.name, type: e.type, how: 'metonym' });
    for (const d of e.demonyms ?? []) {
      const infl = new Set([d, d + 's', d + 'e', d + 'es']);
      if (/[ie]n$/.test(d)) { infl.add(d + 'ne'); infl.add(d + 'nes'); }
      if (/c$/.test(d)) { infl.add(d.slice(0, -1) + 'que'); infl.add(d.slice(0, -1) + 'ques'); }
      for (const x of infl) forms.push({ form: x, name: e.name, type: e.type, how: 'demonym' });
    }
  }
}
// one character for one character: accents off, apostrophes and hyphens and odd spaces unified
const fold1 = (c) => {
  if (/[’‘`']/.test(c)) return "'";
  if (/[\u00A0\u202F\u2009-]/.test(c)) return ' ';
  const b = c.normalize('NFD')[0];
  return b.length === 1 ? b : c;
};
const fold = (s) => Array.from(s, fold1).join('');
const foldedForms = new Set(forms.map((f) => fold(f.form).toLowerCase()));

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function allBounded(text, s) {
  const out = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1))
    if (!isWordChar(text[p - 1]) && !isWordChar(text[p + s.length])) out.push(p);
  return out;
}

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const totals = { words: 0, dated: 0, undated: 0 };

const txts = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);
for (const f of txts) if (!gold.articles[f]) err(`${f}: not in gold.json`);
if (gold.version !== 1) err('gold.version is not 1');

for (const [art, g] of Object.entries(gold.articles)) {
  const path = join(here, art);
  if (!existsSync(path)) { err(`${art}: missing text`); continue; }
  const text = readFileSync(path, 'utf8');
  const E = (m) => err(`${art}: ${m}`), W = (m) => warn(`${art}: ${m}`);

  // words and date line
  const words = text.split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  totals.words += words;
  if (words < 350 || words > 600) E(`${words} words, not 350–600`);
  if (/^date \d{4}-\d{2}\n/.test(text)) totals.dated++; else totals.undated++;

  // ---- sentences, first: their spans are used below
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) E(`bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() !== '' && starts.length) {
      // the gap belongs to the previous sentence: fine, but the prefix should not have been found far away
    }
    starts.push(at);
    from = at + s.text.length;
  }
  const firstChar = text.search(/\S/);
  if (starts[0] !== firstChar) E('the first sentence does not start the text');
  // candidate boundaries: after . ! ? (and a closing quote) then space and a capital/quote/digit; and at a new line
  const cands = new Set();
  for (const m of text.matchAll(/[.!?](?:[ \u00A0\u202F]?[»”"])?[ \u00A0]+(?=[\p{Lu}«“"\d(])/gu)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/(^|[\s(])M\.$/.test(before)) continue; // M. Lee
    cands.add(m.index + m[0].length);
  }
  for (const m of text.matchAll(/\n+(?=\S)/g)) cands.add(m.index + m[0].length);
  const startSet = new Set(starts);
  for (const c of cands) if (!startSet.has(c)) E(`a sentence seems to start here but gold has none: "${text.slice(c, c + 50)}"`);
  for (const s of starts) if (s !== firstChar && !cands.has(s)) W(`sentence start not at an obvious boundary: "${text.slice(s, s + 50)}"`);
  const sentenceEnd = (pos) => {
    let end = text.length;
    for (const s of starts) if (s > pos) { end = s; break; }
    return end;
  };

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    if (typeof e.surface !== 'string' || !Number.isInteger(e.occurrence)) { E(`malformed entity ${JSON.stringify(e)}`); continue; }
    if (!TYPES.has(e.type)) E(`bad type ${e.type} for "${e.surface}"`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`bad kind ${e.kind} for "${e.surface}"`);
    const occ = allBounded(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { E(`entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
    if (e.kb === false) {
      if (kbByName.has(e.entity)) E(`"${e.entity}" is marked kb:false but is a kb name`);
      if (foldedForms.has(fold(e.entity).toLowerCase()) || foldedForms.has(fold(e.surface).toLowerCase()))
        E(`kb:false "${e.surface}"→${e.entity} is a kb form`);
    } else {
      if (!kbByName.has(e.entity)) E(`"${e.entity}" is not a kb name (surface "${e.surface}")`);
      else if (kbByName.get(e.entity) !== e.type) E(`"${e.entity}" has kb type ${kbByName.get(e.entity)}, gold says ${e.type}`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.type !== 'country' && e.entity !== 'Union européenne') W(`${e.kind} on a non-country: "${e.surface}"→${e.entity}`);
    spans.push({ start, end: start + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);

  // every kb form present in the text lies under a gold mention
  const ftext = fold(text);
  const flow = ftext.toLowerCase();
  const covered = (p, len) => spans.find((s) => s.start <= p && p + len <= s.end);
  for (const f of forms) {
    const ff = fold(f.form);
    const acronym = /^[\p{Lu}\d-]+$/u.test(f.form) && f.form.length <= 6;
    const hits = f.how === 'demonym' ? allBounded(flow, ff.toLowerCase()) : allBounded(ftext, ff);
    for (const p of hits) {
      const c = covered(p, ff.length);
      if (!c) E(`kb ${f.how} "${f.form}" (${f.name}) not under a gold mention: "${text.slice(Math.max(0, p - 20), p + ff.length + 20)}"`);
      else if (c.start === p && c.end === p + ff.length && c.e.entity !== f.name && c.e.kb !== false)
        W(`"${c.e.surface}" is a kb ${f.how} of ${f.name}, gold links it to ${c.e.entity}`);
    }
    if (f.how !== 'demonym' && !acronym && ff.includes(' ')) {
      for (const p of allBounded(flow, ff.toLowerCase()))
        if (!covered(p, ff.length)) W(`kb form "${f.form}" in another case, not annotated: "${text.slice(p, p + ff.length)}"`);
    }
  }

  // ---- quotes: the quotation marks of the text, in order, against gold
  const found = [];
  const pairs = { '«': '»', '“': '”', '"': '"' };
  for (let i = 0; i < text.length; i++) {
    const close = pairs[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) { E(`unclosed quotation at "${text.slice(i, i + 30)}"`); break; }
    const inner = text.slice(i + 1, j).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
    found.push(inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, ''));
    i = j;
  }
  if (/[»”]/.test(text.replace(/«[^»]*»|“[^”]*”/g, ''))) E('a closing quotation mark without its opening one');
  if (found.length !== g.quotes.length) E(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] !== q.text) E(`quote ${i}: gold "${q.text}", text "${found[i]}"`);
    if (!('speaker' in q)) E(`quote "${q.text}" has no speaker field`);
    if (q.speaker !== null && typeof q.speaker !== 'string') E(`quote "${q.text}": bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) E(`quote "${q.text}": speakerAlso is not a list`);
  });

  // ---- signatory lists
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const t = kbByName.get(m);
      if (t !== 'country' && t !== 'organisation') E(`list member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= at && s.end <= end && s.e.entity === m)) E(`list member ${m} not mentioned in the list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`list "${l.text}": bad statedTotal`);
  }
  for (const n of g.negativeLists ?? []) {
    const at = text.indexOf(n.text);
    if (at < 0) { E(`negative list "${n.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    if (inside.length < 2) E(`negative list "${n.text}" has ${inside.length} mentions`);
  }
}
if (!totals.dated || !totals.undated) err(`need articles with and without a date line (${totals.dated} with, ${totals.undated} without)`);

for (const w of warnings) console.log('warning: ' + w);
for (const e of errors) console.log('ERROR: ' + e);
console.log(`${errors.length} errors, ${warnings.length} warnings; ${totals.words} words`);
process.exit(errors.length ? 1 : 0);
