// Checks gold.json of eval/heldout20 against the articles, independently of build.mjs.
// It reads the articles (*.txt), gold.json, and only the name, type, aliases, demonyms and metonyms of the kb.
// Errors make it exit 1. Warnings (for review, not errors): kb forms found in the text with no gold mention over them,
// countries named in a list's sentence that are not members, and a possible sentence end inside a gold sentence;
// the reviewed ones are listed in REVIEWED and REVIEWED_NON_MEMBERS below with the reason.
// Run: node eval/heldout20/check.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = new Map(); // name -> { type, forms }
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    kb.set(e.name, { type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").replace(/[\u00a0\u202f]/g, ' ').toLowerCase();
const kbForms = new Map(); // folded form -> kb name
for (const [name, e] of kb) {
  for (const f of [name, ...e.aliases, ...e.metonyms]) kbForms.set(fold(f), name);
  for (const d of e.demonyms) for (const suf of ['', 'e', 's', 'es', 'ne', 'nes']) kbForms.set(fold(d + suf), name);
}

// Forms found in the text that are not mentions, after review (article -> folded form -> reason). None so far.
const REVIEWED = {};
// Countries mentioned in the sentence of a list of signatories that are not members, after review.
const REVIEWED_NON_MEMBERS = {
  '03_obus_contre_petrole.txt': { Ukraine: '« ukrainien » inside the quotation of the statement' },
  '06_aveu_pyongyang.txt': { 'Corée du Nord': '« nord-coréennes » of the troops the statement is about' },
};

const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrences(text, s) {
  const at = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + s.length])) at.push(i);
  return at;
}

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.json: version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const names = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(names)) err(`articles ${txts} ≠ gold ${names}`);
if (txts.length !== 6) err(`${txts.length} articles, not 6`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const OPEN = { '«': '»', '“': '”', '"': '"' };
const totals = { words: 0, entities: 0, outside: 0, quotes: 0, nullQuotes: 0, lists: 0, neg: 0, dated: 0, byStatus: {}, byKind: {}, byType: {} };

for (const art of names) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(`${art}: ${k} is not an array`);
  if (/[⟨⟩⟦⟧⁅⁆⟪⟫]/.test(text)) err(`${art}: markup left in the text`);
  const words = text.split(/\s+/).filter(Boolean).length;
  totals.words += words;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) totals.dated++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const at = occurrences(text, e.surface);
    if (!Number.isInteger(e.occurrence) || e.occurrence < 0 || e.occurrence >= at.length) {
      err(`${art}: entity "${e.surface}" #${e.occurrence} not found (${at.length} occurrences)`);
      continue;
    }
    if (!TYPES.has(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) err(`${art}: "${e.entity}" marked outside the kb but is a kb name`);
      if (kbForms.has(fold(e.surface))) err(`${art}: outside-kb "${e.surface}" is a kb form of ${kbForms.get(fold(e.surface))}`);
      totals.outside++;
    } else {
      if (!kb.has(e.entity)) err(`${art}: "${e.entity}" is not a kb name`);
      else if (kb.get(e.entity).type !== e.type) err(`${art}: ${e.entity} is a ${kb.get(e.entity).type}, gold says ${e.type}`);
      if (e.kb !== undefined) err(`${art}: kb field on a kb entity`);
    }
    const start = at[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    totals.entities++;
    totals.byKind[e.kind ?? 'name'] = (totals.byKind[e.kind ?? 'name'] ?? 0) + 1;
    totals.byType[e.type] = (totals.byType[e.type] ?? 0) + 1;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${art}: mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // every kb form in the text should be under a mention, or reviewed
  const ftext = fold(text);
  for (const [form, name] of kbForms) {
    if (form.length < 2) continue;
    for (const i of occurrences(ftext, form)) {
      if (spans.some((s) => s.start <= i && i + form.length <= s.end)) continue;
      const reason = REVIEWED[art]?.[form];
      if (reason) continue;
      warnings.push(`${art}: kb form "${text.slice(i, i + form.length)}" (${name}) at ${i} has no gold mention — ${text.slice(Math.max(0, i - 30), i + form.length + 30).replace(/\n/g, ' ')}`);
    }
  }

  // sentences: prefixes in order; each paragraph opens a sentence; no sentence end left inside one
  let pos = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) err(`${art}: bad status ${s.status}`);
    if (typeof s.text !== 'string' || !s.text || s.text.length > 40) err(`${art}: bad sentence text "${s.text}"`);
    const at = text.indexOf(s.text, pos);
    if (at < 0) {
      err(`${art}: sentence "${s.text}" not found in order`);
      continue;
    }
    starts.push(at);
    pos = at + 1;
    totals.byStatus[s.status] = (totals.byStatus[s.status] ?? 0) + 1;
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: the first sentence does not open the article`);
  for (const m of text.matchAll(/\n\s*(\S)/g)) {
    const i = m.index + m[0].length - 1;
    if (!starts.includes(i)) err(`${art}: paragraph at ${i} (${text.slice(i, i + 30)}) opens no sentence`);
  }
  for (let k = 0; k < starts.length; k++) {
    const body = text.slice(starts[k], starts[k + 1] ?? text.length);
    for (const m of body.matchAll(/[.!?](?:[\s\u00a0\u202f]*[»”"])?\s+(?=[\p{Lu}«“"])/gu)) {
      const before = body.slice(Math.max(0, m.index - 4), m.index + 1);
      if (/\bM\.$|\bMme\.$/.test(before)) continue;
      if (m.index + m[0].length >= body.trimEnd().length) continue;
      warnings.push(`${art}: possible sentence end inside "${body.slice(0, 40)}…": …${body.slice(Math.max(0, m.index - 20), m.index + 25)}…`);
    }
  }

  // quotations: every opening mark, in order, with the first 30 characters after it
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPEN[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) {
      err(`${art}: unclosed quotation at ${i}`);
      break;
    }
    found.push(text.slice(i + 1, j));
    i = j;
  }
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in the gold`);
  g.quotes.forEach((q, k) => {
    const inner = (found[k] ?? '').replace(/^[ \u00a0\u202f]+/, '');
    if (!q.text || q.text !== inner.slice(0, 30).replace(/[ \u00a0\u202f]+$/, ''))
      err(`${art}: quote ${k} "${q.text}" ≠ text "${inner.slice(0, 30)}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: quote ${k} bad speaker`);
    if (q.speakerAlso && (!Array.isArray(q.speakerAlso) || q.speaker === null)) err(`${art}: quote ${k} bad speakerAlso`);
    if (q.speaker === null) totals.nullQuotes++;
    totals.quotes++;
  });

  // lists
  const sentenceEnd = (i) => starts.find((s) => s > i) ?? text.length;
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) {
      err(`${art}: signatory list "${l.text}" not found`);
      continue;
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal)) || typeof l.approximate !== 'boolean') err(`${art}: bad list fields`);
    const end = sentenceEnd(at);
    for (const m of l.members) {
      if (!kb.has(m) || !['country', 'organisation'].includes(kb.get(m).type)) err(`${art}: member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= at && s.start < end && s.e.entity === m)) err(`${art}: member ${m} has no mention in its list`);
    }
    const listed = new Set(spans.filter((s) => s.start >= at && s.start < end && s.e.type === 'country').map((s) => s.e.entity));
    for (const c of listed) if (!l.members.includes(c) && !REVIEWED_NON_MEMBERS[art]?.[c]) warnings.push(`${art}: ${c} is mentioned after the list "${l.text}" but is not a member`);
    totals.lists++;
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) err(`${art}: negative list "${l.text}" not found`);
    else if (spans.filter((s) => s.start >= at && s.start < sentenceEnd(at)).length < 2) err(`${art}: negative list "${l.text}" has fewer than 2 mentions`);
    totals.neg++;
  }
}
if (totals.dated === 0 || totals.dated === names.length) err(`${totals.dated} articles of ${names.length} have a date line`);
if (totals.lists < 2) err('fewer than 2 signatory lists');
if (totals.neg < 4) err('fewer than 4 negative lists');

for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(JSON.stringify(totals));
console.log(errors.length ? `${errors.length} errors` : 'gold OK');
process.exit(errors.length ? 1 : 0);
