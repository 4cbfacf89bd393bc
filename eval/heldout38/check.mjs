// Checks eval/heldout38/gold.json against the article texts, independently of build.mjs and of src/.
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Usage: node eval/heldout38/check.mjs [folder]         (exit 1 on any error; prints the sizes table)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = dirname(fileURLToPath(import.meta.url));
const kbDir = join(self, '..', '..', 'server', 'data', 'kb');
const here = process.argv[2] ?? self; // the set's folder (default: this one)
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------- kb: names, types, forms ----------
const kb = new Map(); // name -> type
const forms = []; // { form, entity, how }
function inflect(d) {
  const out = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...out];
  out.add(d + 'e'); out.add(d + 'es');
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : d.entities ?? d.entries ?? Object.values(d).find(Array.isArray) ?? [];
  for (const e of arr) {
    kb.set(e.name, e.type);
    forms.push({ form: e.name, entity: e.name, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, entity: e.name, how: 'alias' });
    for (const a of e.metonyms ?? []) forms.push({ form: a, entity: e.name, how: 'metonym' });
    for (const a of e.demonyms ?? []) for (const i of inflect(a)) forms.push({ form: i, entity: e.name, how: 'demonym' });
  }
}
// one character in, one character out, so that offsets stay true
const fold1 = (c) => {
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '\u00A0' || c === '\u202F' || c === '-' || c === '‑') return ' ';
  const x = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return x.length === 1 ? x : c;
};
const fold = (s) => Array.from(s, fold1).join('');
const isAcronym = (f) => !/\p{Ll}/u.test(f);
const foldedForms = new Map();
for (const f of forms) {
  const k = isAcronym(f.form) ? 'A:' + f.form.replace(/’/g, "'") : 'F:' + fold(f.form);
  if (!foldedForms.has(k)) foldedForms.set(k, []);
  foldedForms.get(k).push(f);
}
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function allAt(hay, needle) {
  const res = [];
  let i = hay.indexOf(needle);
  while (i >= 0) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + needle.length])) res.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return res;
}

// ---------- gold ----------
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`articles differ: txt ${txts} / gold ${arts}`);
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);

const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const OPEN = { '«': '»', '“': '”', '"': '"' };
// known abbreviations after which a full stop does not end a sentence
const ABBREV = /(?:^|[\s(])(?:M|Mme|MM|St|Dr)\.$/;

const sizes = { words: 0, ent: 0, byType: {}, byKind: {}, outKb: 0, sent: 0, byStatus: {}, quotes: 0, qNamed: 0, qNull: 0, sig: 0, neg: 0, dated: 0 };
const bump = (o, k) => (o[k] = (o[k] ?? 0) + 1);
const perArticle = [];

for (const art of arts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words (350-600 required)`);
  sizes.words += words;
  if (/^date \d{4}-\d{2}\n/.test(text)) sizes.dated++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    if (typeof e.surface !== 'string' || !Number.isInteger(e.occurrence) || typeof e.entity !== 'string') { err(`${art}: malformed entity ${JSON.stringify(e)}`); continue; }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    const occ = allAt(text, e.surface);
    if (e.occurrence >= occ.length) { err(`${art}: "${e.surface}" #${e.occurrence} not found (only ${occ.length})`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kb.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      const k1 = 'F:' + fold(e.surface), k2 = 'A:' + e.surface;
      if (foldedForms.has(k1) || foldedForms.has(k2)) err(`${art}: kb:false surface "${e.surface}" is a kb form of ${(foldedForms.get(k1) ?? foldedForms.get(k2))[0].entity}`);
      sizes.outKb++;
    } else {
      if (!kb.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kb.get(e.entity) !== e.type) err(`${art}: "${e.entity}" has kb type ${kb.get(e.entity)}, gold ${e.type}`);
      // a surface that is exactly a kb form of another entity deserves a look
      const same = foldedForms.get('F:' + fold(e.surface)) ?? foldedForms.get('A:' + e.surface);
      if (same && !same.some((f) => f.entity === e.entity)) warn(`${art}: "${e.surface}" is a kb form of ${same.map((f) => f.entity).join('/')}, gold says ${e.entity}`);
    }
    if (e.kind === 'adjective' || e.kind === 'demonym') {
      const dem = foldedForms.get('F:' + fold(e.surface));
      if (!dem || !dem.some((f) => f.how === 'demonym' && f.entity === e.entity)) err(`${art}: "${e.surface}" (${e.kind}) is not a demonym of ${e.entity}`);
      const cap = /^\p{Lu}/u.test(e.surface);
      if (e.kind === 'adjective' && cap) warn(`${art}: capitalised adjective "${e.surface}"`);
      if (e.kind === 'demonym' && !cap) warn(`${art}: lower-case demonym noun "${e.surface}"`);
    }
    if (e.kind === 'metonym' || e.kind === 'capital') {
      const met = foldedForms.get('F:' + fold(e.surface));
      if (!met || !met.some((f) => f.how === 'metonym' && f.entity === e.entity)) err(`${art}: "${e.surface}" (${e.kind}) is not a kb metonym of ${e.entity}`);
    }
    sizes.ent++;
    bump(sizes.byType, e.type);
    bump(sizes.byKind, e.kind ?? (e.kb === false ? 'name (outside kb)' : 'name/alias'));
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) err(`${art}: mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  }
  const covered = (s, e) => spans.some((sp) => sp.start <= s && sp.end >= e);

  // every kb form present in the text lies under a gold mention
  const ftext = fold(text);
  const seen = new Set();
  for (const [k, fs] of foldedForms) {
    const acr = k.startsWith('A:');
    const needle = k.slice(2);
    const hay = acr ? text.replace(/’/g, "'") : ftext;
    for (const at of allAt(hay, needle)) {
      const key = `${at}:${needle.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!covered(at, at + needle.length)) err(`${art}: kb form "${text.slice(at, at + needle.length)}" (${fs[0].how} of ${fs[0].entity}) at ${at} is not under a gold mention`);
    }
  }

  // sentences: prefixes in order, covering the text
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (typeof s.text !== 'string' || !s.text.length || s.text.length > 40) err(`${art}: bad sentence text ${JSON.stringify(s.text)}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() && starts.length) {
      // the previous sentence runs up to here: fine
    }
    starts.push(at);
    from = at + 1;
    sizes.sent++;
    bump(sizes.byStatus, s.status);
  }
  const firstChar = text.search(/\S/);
  if (starts[0] !== firstChar) err(`${art}: first sentence does not start the text`);
  const startSet = new Set(starts);
  // each gold start follows a newline or a sentence-final mark
  for (const at of starts.slice(1)) {
    const before = text.slice(0, at);
    const prev = before.replace(/\s+$/, '');
    const gap = before.slice(prev.length);
    if (!gap.length) err(`${art}: sentence at ${at} does not follow a space`);
    if (!gap.includes('\n') && !/[.!?…»”")]$/.test(prev)) err(`${art}: sentence "${text.slice(at, at + 30)}" follows "${prev.slice(-20)}", not a sentence end`);
  }
  // every likely sentence start is a gold start
  const cand = [];
  for (const m of text.matchAll(/\n+\s*(\S)/g)) cand.push(m.index + m[0].length - 1);
  for (const m of text.matchAll(/([.!?…])(["»”]?)[ \u00A0]+(?=[«“"]?[\p{Lu}\d])/gu)) {
    const end = m.index + m[0].length;
    if (ABBREV.test(text.slice(0, m.index + 1))) continue;
    cand.push(end);
  }
  // a closing quote then a capital, e.g. « … » Selon
  for (const m of text.matchAll(/[.!?…][\s\u00A0\u202F]*[»”"][ ]+(?=\p{Lu})/gu)) cand.push(m.index + m[0].length);
  for (const c of cand) if (!startSet.has(c)) err(`${art}: likely sentence start not in gold: "${text.slice(c, c + 40).replace(/\n/g, '⏎')}"`);

  // quotations: one gold quote per quotation in the text, in order
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '»' || c === '”') err(`${art}: stray closing quote at ${i}`);
    if (!(c in OPEN)) continue;
    const close = text.indexOf(OPEN[c], i + 1);
    if (close < 0) { err(`${art}: unclosed quotation at ${i}`); break; }
    const inner = text.slice(i + 1, close);
    if (/[«“]/.test(inner)) err(`${art}: nested or unbalanced quotation at ${i}`);
    found.push({ at: i, inner });
    i = close;
  }
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in gold`);
  const trimQ = (s) => s.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
  g.quotes.forEach((q, k) => {
    const f = found[k];
    if (!f) return;
    const inner = trimQ(f.inner);
    if (!inner.startsWith(q.text) || q.text.length > 30 || (q.text.length < 30 && q.text !== trimQ(inner.slice(0, 30)))) err(`${art}: quote ${k} "${q.text}" does not match "${inner.slice(0, 30)}"`);
    if (!(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.length))) err(`${art}: bad speaker for "${q.text}"`);
    if (q.speakerAlso !== undefined && (!Array.isArray(q.speakerAlso) || !q.speakerAlso.length)) err(`${art}: bad speakerAlso for "${q.text}"`);
    if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !kb.has(q.speaker)) {
      // a proper-name speaker must be a kb name or an outside-kb entity of the article
      if (!g.entities.some((e) => e.kb === false && e.entity === q.speaker)) err(`${art}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    }
    sizes.quotes++;
    if (q.speaker === null) sizes.qNull++; else sizes.qNamed++;
  });

  // lists
  const sentenceEnd = (at) => { const n = starts.find((s) => s > at); return n ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list "${l.text}" not found`); continue; }
    if (!Array.isArray(l.members) || l.members.length < 2) err(`${art}: signatory list "${l.text}" has fewer than 2 members`);
    const end = sentenceEnd(at);
    for (const m of l.members) {
      if (!kb.has(m) || !['country', 'organisation'].includes(kb.get(m))) err(`${art}: member "${m}" is not a kb country or organisation`);
      if (!spans.some((sp) => sp.e.entity === m && sp.start >= at && sp.start < end)) err(`${art}: member "${m}" not mentioned in the list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: bad statedTotal`);
    if (l.approximate !== undefined && typeof l.approximate !== 'boolean') err(`${art}: bad approximate`);
    sizes.sig++;
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const n = spans.filter((sp) => sp.start >= at && sp.start < at + l.text.length).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mention(s)`);
    if ((g.signatoryLists ?? []).some((s) => text.indexOf(s.text) === at)) err(`${art}: a list is both signatory and negative`);
    sizes.neg++;
  }
  perArticle.push({ art, words, ent: g.entities.length, sent: g.sentences.length, quotes: g.quotes.length });
}
if (sizes.dated < 1 || sizes.dated === arts.length) err(`date lines: ${sizes.dated} of ${arts.length} articles (need at least one with and one without)`);
if (sizes.sig < 2) err(`only ${sizes.sig} signatory lists`);
if (sizes.neg < 4) err(`only ${sizes.neg} negative lists`);

for (const w of warnings) console.log('WARN  ' + w);
for (const e of errors) console.log('ERROR ' + e);
console.log('\n' + perArticle.map((p) => `${p.art}: ${p.words} words, ${p.ent} mentions, ${p.sent} sentences, ${p.quotes} quotes`).join('\n'));
console.log(JSON.stringify(sizes, null, 1));
console.log(errors.length ? `\n${errors.length} error(s)` : '\ncheck passed: 0 errors');
process.exit(errors.length ? 1 : 0);
