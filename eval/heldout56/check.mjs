// Checks gold.json against the articles and the knowledge base, independently of build.mjs:
// it reads only the *.txt files, gold.json and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
//   node eval/heldout56/check.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
// Length-preserving folding: accents, case, apostrophes, hyphens and non-breaking spaces.
const foldChar = (c) => {
  if (/[’‘ʼ]/.test(c)) return "'";
  if (/[-‐‑–\u00A0\u202F]/.test(c)) return ' ';
  const b = c.normalize('NFD')[0].toLowerCase();
  return b.length === 1 ? b : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isAcronym = (s) => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(s) && /\p{Lu}/u.test(s);

function occurrences(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isWordChar(hay[i - 1]) && !isWordChar(hay[i + needle.length])) out.push(i);
  }
  return out;
}

// ---- the knowledge base (only the fields we may read)
const kb = new Map(); // name → { type, forms: [{form, how}] }
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    const forms = [{ form: e.name, how: 'name' }];
    for (const a of e.aliases ?? []) forms.push({ form: a, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, how: 'metonym' });
    for (const d of e.demonyms ?? []) {
      const infl = new Set([d, d + 's', d + 'e', d + 'es']);
      if (/[nl]$/.test(d)) { infl.add(d + 'ne'); infl.add(d + 'nes'); infl.add(d + 'le'); infl.add(d + 'les'); }
      for (const x of infl) forms.push({ form: x, how: 'demonym' });
    }
    kb.set(e.name, { type: e.type, forms });
  }
}
const allForms = [];
for (const [name, e] of kb) for (const f of e.forms) allForms.push({ ...f, name, type: e.type, folded: fold(f.form) });
const foldedFormSet = new Set(allForms.map((f) => f.folded));

// ---- the gold
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version is not 1');
const txtFiles = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const goldFiles = Object.keys(gold.articles).sort();
if (JSON.stringify(txtFiles) !== JSON.stringify(goldFiles)) err(`texts ${txtFiles} ≠ gold articles ${goldFiles}`);
if (txtFiles.length !== 6) err(`${txtFiles.length} articles, not 6`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
let withDate = 0;
const sizes = [];

for (const art of goldFiles) {
  const path = join(here, art);
  if (!existsSync(path)) continue;
  const text = readFileSync(path, 'utf8');
  const g = gold.articles[art];
  const P = (m) => `${art}: ${m}`;
  if (/^\s*date \d{4}-\d{2}\b/.test(text)) withDate++;
  const words = text.split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(P(`${words} words, outside 350–600`));

  // entities
  const spans = [];
  for (const e of g.entities) {
    const where = `"${e.surface}" #${e.occurrence}`;
    if (!TYPES.has(e.type)) err(P(`${where}: bad type ${e.type}`));
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(P(`${where}: bad kind ${e.kind}`));
    const occ = occurrences(text, e.surface);
    if (e.occurrence >= occ.length) { err(P(`${where}: occurrence not found (${occ.length} found)`)); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kb.has(e.entity)) err(P(`${where}: marked outside the kb but "${e.entity}" is a kb name`));
      if (foldedFormSet.has(fold(e.surface))) err(P(`${where}: marked outside the kb but the surface is a kb form`));
      if (foldedFormSet.has(fold(e.entity))) err(P(`${where}: marked outside the kb but the entity is a kb form`));
    } else {
      const k = kb.get(e.entity);
      if (!k) { err(P(`${where}: "${e.entity}" is not a kb name`)); continue; }
      if (k.type !== e.type) err(P(`${where}: type ${e.type} but kb type ${k.type}`));
      const fs = k.forms.filter((f) => fold(f.form) === fold(e.surface));
      const hows = new Set(fs.map((f) => f.how));
      if (e.kind === 'metonym' || e.kind === 'capital') {
        if (!hows.has('metonym')) err(P(`${where}: kind ${e.kind} but not a metonym of ${e.entity}`));
      } else if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!hows.has('demonym')) err(P(`${where}: kind ${e.kind} but not a demonym of ${e.entity}`));
        const cap = /^\p{Lu}/u.test(e.surface);
        if (e.kind === 'demonym' && !cap) warn(P(`${where}: demonym noun in lower case`));
        if (e.kind === 'adjective' && cap) warn(P(`${where}: capitalised adjective`));
      } else if (!hows.has('name') && !hows.has('alias')) {
        const parts = e.entity.split(/[\s-]+/);
        if (parts.includes(e.surface)) warn(P(`${where}: name part of ${e.entity} (surname on its own)`));
        else warn(P(`${where}: not a kb name or alias of ${e.entity} (a description annotated by judgement)`));
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) err(P(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`));
  }
  const seen = new Set();
  for (const s of spans) {
    const key = `${s.start}`;
    if (seen.has(key)) err(P(`two mentions at ${s.start}`));
    seen.add(key);
  }

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const f of allForms) {
    const hits = isAcronym(f.form) ? occurrences(text, f.form) : occurrences(ftext, f.folded);
    for (const at of hits) {
      const end = at + f.form.length;
      if (!spans.some((s) => s.start <= at && end <= s.end)) {
        err(P(`kb ${f.how} "${text.slice(at, end)}" (${f.name}) at ${at} is under no gold mention: …${text.slice(Math.max(0, at - 30), end + 30).replace(/\n/g, ' ')}…`));
      }
    }
  }

  // sentences
  let from = 0;
  const starts = [];
  g.sentences.forEach((s, i) => {
    if (!STATUSES.has(s.status)) err(P(`sentence ${i}: bad status ${s.status}`));
    if (!s.text || s.text.length > 40) err(P(`sentence ${i}: prefix of ${s.text?.length} chars`));
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(P(`sentence "${s.text}" not found in order`)); return; }
    if (i === 0 && text.slice(0, at).trim() !== '') err(P('the first sentence does not start the text'));
    const before = text.slice(from, at);
    if (i > 0 && /\S/.test(before) === false && at === from) err(P(`sentence "${s.text}" starts where the previous one does`));
    starts.push(at);
    from = at + 1;
  });
  // between two sentence starts: the previous sentence ends with a boundary (punctuation, a line end or a dateline dash)
  for (let i = 1; i < starts.length; i++) {
    const prev = text.slice(starts[i - 1], starts[i]);
    if (!/([.!?»”"…:|-]|\n)[\s\u00A0\u202F]*$/.test(prev) && !/\)\s*-\s*$/.test(prev)) {
      err(P(`sentence ${i - 1} does not end at a boundary: ${JSON.stringify(prev.slice(-40))}`));
    }
    // a sentence-looking boundary inside a sentence (warning only)
    const body = prev.replace(/[\s\u00A0\u202F]+$/, '');
    const inner = /[.!?][»”"]?\s+(?=[\p{Lu}«“"])/gu;
    let m;
    while ((m = inner.exec(body))) {
      const left = body.slice(Math.max(0, m.index - 3), m.index + 1);
      if (!/\bM\.$/.test(left)) warn(P(`possible sentence boundary inside sentence ${i - 1}: …${body.slice(Math.max(0, m.index - 30), m.index + 20)}…`));
    }
    if (/\n/.test(body)) warn(P(`line break inside sentence ${i - 1}`));
  }

  // quotations: every opening mark has one gold quote, in order
  const opens = [];
  const closeFor = { '«': '»', '“': '”' };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“') {
      const close = text.indexOf(closeFor[c], i + 1);
      if (close < 0) err(P(`unclosed ${c} at ${i}`));
      opens.push(i);
    }
  }
  const straight = [...text.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) err(P('odd number of straight quotation marks'));
  for (let i = 0; i < straight.length; i += 2) opens.push(straight[i]);
  opens.sort((a, b) => a - b);
  if (/»|”/.test(text) && (text.match(/»/g) ?? []).length !== (text.match(/«/g) ?? []).length) err(P('« and » do not pair'));
  if ((text.match(/”/g) ?? []).length !== (text.match(/“/g) ?? []).length) err(P('“ and ” do not pair'));
  if (opens.length !== g.quotes.length) err(P(`${opens.length} quotation marks in the text, ${g.quotes.length} gold quotes`));
  g.quotes.forEach((q, i) => {
    const o = opens[i];
    if (o === undefined) return;
    const inside = text.slice(o + 1).replace(/^[\s\u00A0\u202F]+/, '');
    if (!inside.startsWith(q.text)) err(P(`quote ${i} "${q.text}" is not the text after the opening mark at ${o}: ${JSON.stringify(inside.slice(0, 30))}`));
    if (q.text.length > 30) err(P(`quote ${i} text longer than 30`));
    if (!('speaker' in q)) err(P(`quote ${i} has no speaker field`));
    if (q.speaker !== null && typeof q.speaker !== 'string') err(P(`quote ${i}: bad speaker`));
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(P(`quote ${i}: speakerAlso not an array`));
  });

  // lists
  const sentenceEnd = (at) => {
    const next = starts.find((s) => s > at);
    return next ?? text.length;
  };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`signatory list "${l.text}" not found`)); continue; }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(P(`list "${l.text}": bad statedTotal`));
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) err(P(`list "${l.text}": member ${m} is not a kb country or organisation`));
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.end <= end)) err(P(`list "${l.text}": member ${m} is not mentioned in the list`));
    }
    const inList = spans.filter((s) => s.start >= at && s.end <= end && s.e.kb !== false && ['country', 'organisation'].includes(s.e.type));
    for (const s of inList) if (!l.members.includes(s.e.entity) && s.start < at + 200) warn(P(`list "${l.text}": ${s.e.entity} mentioned after the list start but not a member`));
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`negative list "${l.text}" not found`)); continue; }
    const end = sentenceEnd(at);
    const n = spans.filter((s) => s.start >= at && s.end <= end).length;
    if (n < 2) err(P(`negative list "${l.text}" has ${n} mention(s)`));
  }

  const bySt = {};
  for (const s of g.sentences) bySt[s.status] = (bySt[s.status] ?? 0) + 1;
  sizes.push({ art, words, entities: g.entities.length, sentences: g.sentences.length, quotes: g.quotes.length, ...bySt, sig: (g.signatoryLists ?? []).length, neg: (g.negativeLists ?? []).length });
}
if (withDate < 1 || withDate > txtFiles.length - 1) err(`${withDate} articles with a date line: need at least one with and one without`);
const totalSig = Object.values(gold.articles).reduce((n, a) => n + (a.signatoryLists ?? []).length, 0);
const totalNeg = Object.values(gold.articles).reduce((n, a) => n + (a.negativeLists ?? []).length, 0);
if (totalSig < 2) err(`${totalSig} signatory lists, fewer than 2`);
if (totalNeg < 4) err(`${totalNeg} negative lists, fewer than 4`);

console.table(sizes);
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} error(s)` : 'OK: no errors');
process.exit(errors.length ? 1 : 0);
