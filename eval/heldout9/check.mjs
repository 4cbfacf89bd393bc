#!/usr/bin/env node
// Checks gold.json of eval/heldout9 against the articles, independently of build.mjs:
//  - gold.json parses and has the shape of eval/README.md;
//  - every entity (surface, occurrence) is found with the scorer's rule (whole word, case-sensitive) and mentions
//    do not overlap; kb names exist in the kb, names marked kb:false do not;
//  - every sentence prefix is found in order, at the start of the text or after a blank, and sentences cover the text;
//  - every quote prefix is found in order right after an opening mark, and every opening mark has a gold quote;
//  - list prefixes are found; members are kb names;
//  - lint: every form of a kb entry (name, alias, metonym, demonym and its inflections) found in the text is inside
//    some gold mention (printed, to be judged by hand);
//  - counts (words, mentions, sentences by status, quotes, lists).
// Reads only the kb fields name, type, aliases, demonyms, metonyms.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
const kbNames = new Map(kb.map((e) => [e.name, e.type]));

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(text, s, n) {
  let k = 0;
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + s.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/[-‐‑–]/g, ' ').replace(/[\u00A0\u202F]/g, ' ');
let errors = 0;
const bad = (m) => { errors++; console.log('ERROR ' + m); };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STAT = ['attributed', 'vague', 'unattributed', 'not-claim'];
const tot = { words: 0, ents: 0, outKb: 0, sent: Object.fromEntries(STAT.map((s) => [s, 0])), quotes: 0, nullQuotes: 0, sig: 0, neg: 0 };

// forms of the kb for the lint
const forms = [];
for (const e of kb) {
  const add = (f, how) => forms.push({ f: fold(f), name: e.name, how });
  add(e.name, 'name');
  e.aliases.forEach((a) => add(a, 'alias'));
  e.metonyms.forEach((a) => add(a, 'metonym'));
  for (const d of e.demonyms) {
    const v = new Set([d, d + 's', d + 'e', d + 'es']);
    if (d.endsWith('n')) { v.add(d + 'ne'); v.add(d + 'nes'); }
    v.forEach((x) => add(x, 'demonym'));
  }
}

console.log('article                         words ents outKb  att vag una not quotes(null) sig neg');
for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) bad(`${art}: ${k} missing`);
  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) bad(`${art}: bad type ${e.type}`);
    if (e.kind && !KINDS.has(e.kind)) bad(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) { if (kbNames.has(e.entity)) bad(`${art}: ${e.entity} marked outside the kb but is a kb name`); }
    else if (!kbNames.has(e.entity)) bad(`${art}: ${e.entity} is not a kb name`);
    else if (kbNames.get(e.entity) !== e.type) bad(`${art}: ${e.entity} has kb type ${kbNames.get(e.entity)}, gold ${e.type}`);
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) { bad(`${art}: entity ${e.surface} #${e.occurrence} not found`); continue; }
    spans.push([p, p + e.surface.length, e]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) bad(`${art}: overlapping mentions ${spans[i - 1][2].surface} / ${spans[i][2].surface}`);
  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!STAT.includes(s.status)) bad(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { bad(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (at > 0 && !/\s/.test(text[at - 1])) bad(`${art}: sentence "${s.text}" does not start after a blank`);
    starts.push(at);
    from = at + s.text.length;
    tot.sent[s.status]++;
  }
  if (starts[0] !== 0) bad(`${art}: first sentence not at 0`);
  // each sentence should contain at most one sentence end (. ! ? followed by blank) except at its end
  starts.forEach((st, i) => {
    const body = text.slice(st, i + 1 < starts.length ? starts[i + 1] : text.length).trimEnd();
    const inner = body.slice(0, -1);
    const m = /(?<!\bM)[.!?][»"”\u00A0\u202F ]*\s+(?=[A-ZÀ-Ý«"“])/u.exec(inner);
    if (m) console.log(`  note ${art}: possible unsplit sentence: …${body.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    if (/\n/.test(body)) console.log(`  note ${art}: sentence spans a line break: ${body.slice(0, 60)}`);
  });
  // quotes
  from = 0;
  const openers = [];
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '«' || text[i] === '“') openers.push(i);
    if (text[i] === '"') { if (straight % 2 === 0) openers.push(i); straight++; }
  }
  if (openers.length !== g.quotes.length) bad(`${art}: ${openers.length} opening marks, ${g.quotes.length} gold quotes`);
  g.quotes.forEach((q, k) => {
    const at = text.indexOf(q.text, from);
    if (at < 0) return bad(`${art}: quote "${q.text}" not found in order`);
    const before = text.slice(0, at).replace(/[ \u00A0\u202F]+$/, '');
    if (before.length - 1 !== openers[k]) bad(`${art}: quote "${q.text}" is not right after opening mark #${k}`);
    from = at + 1;
    if (q.speaker !== null && typeof q.speaker !== 'string') bad(`${art}: bad speaker`);
    tot.quotes++;
    if (q.speaker === null) tot.nullQuotes++;
  });
  // lists
  for (const l of g.signatoryLists) {
    if (!text.includes(l.text)) bad(`${art}: signatory list "${l.text}" not found`);
    for (const m of l.members) if (kbNames.get(m) !== 'country' && m !== 'Union européenne') bad(`${art}: member ${m}`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal)) || typeof l.approximate !== 'boolean') bad(`${art}: list fields`);
  }
  for (const l of g.negativeLists) if (!text.includes(l.text)) bad(`${art}: negative list "${l.text}" not found`);
  // lint: kb forms not covered by a gold mention
  const ft = fold(text); // same length as text (NFD then removal of marks keeps length for precomposed Latin letters? checked below)
  if (ft.length === text.length) {
    for (const { f, name, how } of forms) {
      if (f.length < 2) continue;
      for (let p = ft.indexOf(f); p !== -1; p = ft.indexOf(f, p + 1)) {
        if (isWordChar(ft[p - 1]) || isWordChar(ft[p + f.length])) continue;
        const covered = spans.some(([s, e]) => s <= p && p + f.length <= e);
        if (!covered) console.log(`  lint ${art}: "${text.slice(p, p + f.length)}" (${how} of ${name}) not inside a gold mention`);
      }
    }
  } else console.log(`  lint ${art}: skipped (folding changed the length)`);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) bad(`${art}: ${words} words`);
  const st = Object.fromEntries(STAT.map((s) => [s, g.sentences.filter((x) => x.status === s).length]));
  const outKb = g.entities.filter((e) => e.kb === false).length;
  tot.words += words; tot.ents += g.entities.length; tot.outKb += outKb; tot.sig += g.signatoryLists.length; tot.neg += g.negativeLists.length;
  console.log(`${art.padEnd(30)} ${String(words).padStart(5)} ${String(g.entities.length).padStart(4)} ${String(outKb).padStart(5)} ${[st.attributed, st.vague, st.unattributed, st['not-claim']].map((n) => String(n).padStart(4)).join('')} ${String(g.quotes.length).padStart(6)}(${g.quotes.filter((q) => q.speaker === null).length}) ${String(g.signatoryLists.length).padStart(3)} ${String(g.negativeLists.length).padStart(3)}`);
}
console.log(`total: ${Object.keys(gold.articles).length} articles, ${tot.words} words, ${tot.ents} entity mentions (${tot.outKb} outside the kb), ` +
  `sentences ${JSON.stringify(tot.sent)} = ${Object.values(tot.sent).reduce((a, b) => a + b)}, ${tot.quotes} quotes (${tot.nullQuotes} with no speaker), ` +
  `${tot.sig} signatory lists, ${tot.neg} negative lists`);
console.log(errors ? `${errors} error(s)` : 'OK');
process.exit(errors ? 1 : 0);
