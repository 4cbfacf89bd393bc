#!/usr/bin/env node
// Independent check of eval/heldout16/gold.json against the articles (*.txt). It does not use build.mjs or src/.
//
//   node eval/heldout16/check.mjs            errors make it exit 1; warnings and notes are printed for review
//
// It checks, for every article:
//  - entities: the n-th whole-word occurrence of the surface exists (counted as eval/README.md says); spans do not
//    overlap; a kb entity's name exists in the kb with that type; a kind fits the kb entry (metonym/capital among its
//    metonyms, adjective/demonym an inflection of its demonyms); a name outside the kb is not a kb name;
//  - sentences: every prefix is found in order; every text line starts a sentence; no sentence crosses a line;
//    a full stop followed by a capital inside a sentence (outside quotes) is reported;
//  - quotes: the number of quotations in the text (« », “ ”, pairs of ") equals the gold's, and each gold text is
//    what follows the matching opening mark (first 30 characters, spaces trimmed), in order;
//  - lists: texts found; members are kb countries or organisations mentioned after the list's start; negative
//    lists found;
//  - coverage: every kb name, alias, metonym or demonym found in the text lies inside a gold mention (else reported);
//    capitalised words outside any gold mention are listed for review;
//  - 350–600 words per article.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const verbose = process.argv.includes('--verbose');

const kb = new Map();
for (const f of readdirSync(join(root, 'server', 'data', 'kb')).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(root, 'server', 'data', 'kb', f), 'utf8')).entities ?? [])
    kb.set(e.name, { name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });

let errors = 0;
let warnings = 0;
const err = (art, m) => (errors++, console.log(`ERROR ${art}: ${m}`));
const warn = (art, m) => (warnings++, console.log(`warn  ${art}: ${m}`));

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nth(text, s, n) {
  let k = 0;
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + s.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
// length-preserving fold: one output char per UTF-16 unit
const foldChar = (c) => {
  if (c === '’' || c === '‘' || c === 'ʼ') return "'";
  if (/[-‐‑–—]/.test(c)) return ' ';
  if (/[\s\u00A0\u202F]/.test(c)) return ' ';
  const d = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return d.length === 1 ? d : c.toLowerCase().length === 1 ? c.toLowerCase() : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const demonymForms = (d) => {
  const f = fold(d);
  if (/e$/.test(f)) return [f, f + 's'];
  if (/s$/.test(f) || /x$/.test(f)) return [f, f + 'e', f + 'es'];
  if (/en$/.test(f) || /on$/.test(f)) return [f, f + 's', f + 'ne', f + 'nes', f + 'e', f + 'es'];
  if (/c$/.test(f)) return [f, f + 's', f + 'que', f + 'ques'];
  return [f, f + 's', f + 'e', f + 'es'];
};

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold', 'version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err('gold', `articles ${arts} ≠ files ${txts}`);

const totals = { words: 0, ents: 0, out: 0, quotes: 0, sents: {}, sig: 0, neg: 0, nullQuotes: 0 };
for (const art of arts) {
  const g = gold.articles[art];
  if (!existsSync(join(here, art))) {
    err(art, 'missing file');
    continue;
  }
  const text = readFileSync(join(here, art), 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 350 || words > 600) err(art, `${words} words`);
  totals.words += words;
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(art, `no ${k}`);

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) {
      err(art, `entity "${e.surface}" #${e.occurrence} not found`);
      continue;
    }
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(art, `bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(art, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) err(art, `"${e.entity}" is a kb name but marked kb:false`);
      totals.out++;
    } else {
      const k = kb.get(e.entity);
      if (!k) err(art, `"${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) err(art, `"${e.entity}" has kb type ${k.type}, gold ${e.type}`);
        const fs = fold(e.surface);
        if (e.kind === 'metonym' || e.kind === 'capital') {
          if (!k.metonyms.some((m) => fold(m) === fs)) err(art, `"${e.surface}" is not a metonym of ${e.entity}`);
        } else if (e.kind === 'adjective' || e.kind === 'demonym') {
          if (!k.demonyms.some((d) => demonymForms(d).includes(fs))) err(art, `"${e.surface}" is not a demonym of ${e.entity}`);
        } else {
          const forms = [k.name, ...k.aliases].map(fold);
          const parts = forms.flatMap((f) => f.split(' '));
          // a short form that is the head of a name (`groupe d'experts` for `groupe d'experts de l'ONU`) is allowed
          if (!forms.includes(fs) && !parts.includes(fs) && !forms.some((f) => f.startsWith(fs + ' '))) warn(art, `"${e.surface}" is neither a name nor an alias of ${e.entity}`);
        }
      }
    }
    spans.push({ start: p, end: p + e.surface.length, e });
    totals.ents++;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(art, `overlapping mentions "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  const covered = (s, e) => spans.some((m) => m.start < e && m.end > s);

  // ---- sentences
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(art, `bad status ${s.status}`);
    totals.sents[s.status] = (totals.sents[s.status] ?? 0) + 1;
    const at = text.indexOf(s.text, from);
    if (at < 0) {
      err(art, `sentence "${s.text}" not found in order`);
      continue;
    }
    if (at !== from && text.slice(from, at).trim() !== '' && starts.length) {
      // text skipped between the end of the previous prefix and this one is fine (it belongs to the previous sentence)
    }
    starts.push(at);
    from = at + s.text.length;
  }
  let off = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !starts.includes(off + line.search(/\S/))) err(art, `line not starting a sentence: "${line.slice(0, 50)}"`);
    off += line.length + 1;
  }
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(starts[i], end).replace(/\s+$/, '');
    if (body.includes('\n')) err(art, `sentence crosses a line: "${body.slice(0, 60)}"`);
    // a full stop followed by a capital, outside quotes
    let depth = 0;
    let straight = false;
    for (let k = 0; k < body.length; k++) {
      const c = body[k];
      if (c === '«' || c === '“') depth++;
      else if (c === '»' || c === '”') depth--;
      else if (c === '"') straight = !straight;
      else if (/[.!?]/.test(c) && depth === 0 && !straight && /^[\s\u00A0]+[A-ZÀ-Ý«“"]/.test(body.slice(k + 1)) && !/\b(M|Mme)$/.test(body.slice(0, k)))
        warn(art, `possible sentence end inside "${body.slice(Math.max(0, k - 30), k + 20)}"`);
    }
  }

  // ---- quotes
  const opens = [];
  let straightOpen = true;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '«' || c === '“') opens.push(k);
    else if (c === '"') {
      if (straightOpen) opens.push(k);
      straightOpen = !straightOpen;
    }
  }
  if (opens.length !== g.quotes.length) err(art, `${opens.length} quotations in the text, ${g.quotes.length} in the gold`);
  g.quotes.forEach((q, i) => {
    totals.quotes++;
    if (q.speaker === null) totals.nullQuotes++;
    const k = opens[i];
    if (k === undefined) return;
    const close = { '«': '»', '“': '”', '"': '"' }[text[k]];
    const inner = text.slice(k + 1, text.indexOf(close, k + 1)).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
    const want = inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, '');
    if (q.text !== want) err(art, `quote ${i}: gold "${q.text}", text "${want}"`);
    if (!('speaker' in q)) err(art, `quote ${i} has no speaker field`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(art, `quote ${i}: speakerAlso not an array`);
    if (q.speaker && !kb.has(q.speaker) && !/^[a-zà-ÿ]/.test(q.speaker)) {
      // a person outside the kb is allowed if the gold has it as an entity
      if (!g.entities.some((e) => e.entity === q.speaker)) warn(art, `quote ${i}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    }
    for (const a of q.speakerAlso ?? []) if (!kb.has(a) && !/^[a-zà-ÿ]/.test(a)) warn(art, `quote ${i}: speakerAlso "${a}" not a kb name`);
  });

  // ---- lists
  for (const l of g.signatoryLists) {
    totals.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) err(art, `signatory list "${l.text}" not found`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(art, 'statedTotal');
    if (typeof l.approximate !== 'boolean') err(art, 'approximate');
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(art, `member "${m}" is not a kb country or organisation`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.start < at + 400)) err(art, `member "${m}" not mentioned in the list`);
    }
  }
  for (const n of g.negativeLists) {
    totals.neg++;
    if (text.indexOf(n.text) < 0) err(art, `negative list "${n.text}" not found`);
  }

  // ---- coverage of kb forms
  const ftext = fold(text);
  for (const k of kb.values()) {
    const forms = new Set();
    for (const f of [k.name, ...k.aliases, ...k.metonyms]) {
      if (/^[A-Z0-9-]{2,6}$/.test(f)) forms.add('=' + f); // acronym: exact case
      else forms.add(fold(f));
    }
    for (const d of k.demonyms) for (const f of demonymForms(d)) forms.add(f);
    for (const f of forms) {
      const exact = f.startsWith('=');
      const hay = exact ? text : ftext;
      const needle = exact ? f.slice(1) : f;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(needle)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of hay.matchAll(re)) {
        const s0 = m.index;
        const e0 = m.index + needle.length;
        const surf = text.slice(s0, e0);
        if (!covered(s0, e0)) warn(art, `kb form "${surf}" (${k.name}) not inside any gold mention`);
        else if (!spans.some((g) => g.start <= s0 && g.end >= e0))
          warn(art, `kb form "${surf}" (${k.name}) is longer than the gold mention(s) it overlaps`);
      }
    }
  }
  // capitalised words outside gold mentions (review)
  const caps = new Set();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]+/gu)) {
    const prev = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[.!?:«“"\n*]\s*$/.test(prev) || /\n$/.test(prev)) continue;
    if (!covered(m.index, m.index + m[0].length)) caps.add(m[0]);
  }
  if (verbose) console.log(`note  ${art}: capitalised words outside mentions: ${[...caps].join(', ')}`);
  else if (caps.size) console.log(`note  ${art}: ${caps.size} capitalised words outside mentions (--verbose lists them)`);
}

console.log(
  `\n${arts.length} articles, ${totals.words} words, ${totals.ents} entity mentions (${totals.out} outside the kb), ` +
    `${Object.values(totals.sents).reduce((a, b) => a + b, 0)} sentences ${JSON.stringify(totals.sents)}, ` +
    `${totals.quotes} quotations (${totals.nullQuotes} with no speaker), ${totals.sig} signatory lists, ${totals.neg} negative lists`,
);
console.log(`${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
