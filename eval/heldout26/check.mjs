// Checks gold.json against the *.txt texts, independently of build.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { entries, byName } from './kbforms.mjs';
const here = new URL('.', import.meta.url).pathname;
const gold = JSON.parse(readFileSync(here + 'gold.json', 'utf8'));
const errors = [], warnings = [];
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// fold one character at a time so that offsets are kept
const fc = (c) => { const d = c.normalize('NFD')[0]; return /[’'`]/.test(c) ? "'" : /[-\u00a0\u202f]/.test(c) ? ' ' : d.toLowerCase(); };
const foldKeep = (s) => [...s].map(fc).join('');
const foldStr = (s) => foldKeep(s);
const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const allForms = new Set();
for (const e of entries) for (const x of [e.name, ...e.aliases, ...e.metonyms]) allForms.add(foldStr(x));
function nth(text, s, n) {
  let k = 0;
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isW(text[p - 1]) || isW(text[p + s.length])) continue;
    if (k++ === n) return p;
  }
  return -1;
}
const inflect = (d) => [d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes'];
const txts = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) errors.push('texts and gold articles differ');
let dated = 0;
for (const art of txts) {
  const text = readFileSync(here + art, 'utf8');
  const g = gold.articles[art];
  const E = (m) => errors.push(`${art}: ${m}`);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) E(`${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) dated++;
  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.includes(e.type)) E(`bad type ${e.type}`);
    if (e.kind && !KINDS.includes(e.kind)) E(`bad kind ${e.kind}`);
    const p = nth(text, e.surface, e.occurrence);
    if (p < 0) { E(`entity "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ s: p, e: p + e.surface.length, ent: e });
    if (e.kb === false) {
      if (byName.has(e.entity)) E(`kb:false entity "${e.entity}" is a kb name`);
      if (allForms.has(foldStr(e.surface))) E(`kb:false surface "${e.surface}" is a kb form`);
    } else {
      const k = byName.get(e.entity);
      if (!k) E(`"${e.entity}" is not a kb name`);
      else if (k.type !== e.type) E(`"${e.entity}" has kb type ${k.type}, gold ${e.type}`);
      if (k && (e.kind === 'adjective' || e.kind === 'demonym')) {
        if (!k.demonyms.some((d) => inflect(foldStr(d)).includes(foldStr(e.surface)))) E(`"${e.surface}" is not a demonym of ${e.entity}`);
      }
      if (k && (e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.some((m) => foldStr(m) === foldStr(e.surface))) E(`"${e.surface}" is not a metonym of ${e.entity}`);
    }
  }
  spans.sort((a, b) => a.s - b.s);
  for (let i = 1; i < spans.length; i++) if (spans[i].s < spans[i - 1].e) E(`overlap "${spans[i - 1].ent.surface}" / "${spans[i].ent.surface}"`);
  // every kb form present lies under a gold mention
  const ft = foldKeep(text);
  for (const k of entries) {
    const forms = [...[k.name, ...k.aliases, ...k.metonyms].map((f) => ({ f, cs: /^[A-Z0-9-]{2,6}$/.test(f) })), ...k.demonyms.flatMap((d) => inflect(d).map((f) => ({ f, cs: false })))];
    for (const { f, cs } of forms) {
      const hay = cs ? text : ft, needle = cs ? f : foldStr(f);
      for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) {
        if (isW(hay[p - 1]) || isW(hay[p + needle.length])) continue;
        if (!spans.some((s) => s.s < p + needle.length && p < s.e)) E(`kb form "${text.slice(p, p + needle.length)}" (${k.name}) at ${p} has no gold mention: …${text.slice(Math.max(0, p - 30), p + 30).replace(/\n/g, ' ')}…`);
      }
    }
  }
  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) E(`bad status ${s.status}`);
    const p = text.indexOf(s.text, from);
    if (p < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, p).trim() !== '' && starts.length === 0) E('text before the first sentence');
    starts.push(p);
    from = p + s.text.length;
  }
  // every paragraph start and every ". X" starts a sentence
  const startSet = new Set(starts);
  for (const m of text.matchAll(/(^|\n)([^\s\n])/g)) { const p = m.index + m[1].length; if (!startSet.has(p)) E(`line at ${p} does not start a gold sentence: ${text.slice(p, p + 40)}`); }
  for (const m of text.matchAll(/[.?!…]["»”\u00a0\u202f]*\s+(["«“]?[\s\u00a0\u202f]*[A-ZÀ-ÖØ-Þ])/g)) {
    const p = m.index + m[0].length - m[1].length;
    if (!startSet.has(p)) warnings.push(`${art}: possible sentence start not in gold: …${text.slice(p - 20, p + 30).replace(/\n/g, ' ')}`);
  }
  // quotes
  const marks = (text.match(/«/g) ?? []).length + (text.match(/“/g) ?? []).length + (text.match(/"/g) ?? []).length / 2;
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) E('unbalanced « »');
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) E('unbalanced “ ”');
  if ((text.match(/"/g) ?? []).length % 2) E('odd number of "');
  if (marks !== g.quotes.length) E(`${marks} quotations in the text, ${g.quotes.length} in gold`);
  from = 0;
  for (const q of g.quotes) {
    const p = text.indexOf(q.text, from);
    if (p < 0) { E(`quote "${q.text}" not found in order`); continue; }
    if (!/["«“][\s\u00a0\u202f]*$/.test(text.slice(Math.max(0, p - 3), p))) E(`quote "${q.text}" does not follow an opening mark`);
    if (q.speaker !== null && typeof q.speaker !== 'string') E('bad speaker');
    from = p + q.text.length;
  }
  // lists
  const sentenceEnd = (p) => { const n = starts.find((s) => s > p); return n ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    const p = text.indexOf(l.text);
    if (p < 0) { E(`list "${l.text}" not found`); continue; }
    const end = sentenceEnd(p);
    for (const m of l.members) {
      const k = byName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`member ${m} is not a kb country/organisation`);
      if (!spans.some((s) => s.s >= p && s.s < end && s.ent.entity === m)) E(`member ${m} not mentioned inside the list "${l.text}"`);
    }
    if (!('statedTotal' in l)) E('statedTotal missing');
  }
  for (const l of g.negativeLists ?? []) {
    const p = text.indexOf(l.text);
    if (p < 0) { E(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((s) => s.s >= p && s.s < Math.min(sentenceEnd(p), p + 120)).length;
    if (n < 2) E(`negative list "${l.text}" has ${n} mentions`);
  }
}
if (!dated || dated === txts.length) errors.push(`${dated} articles with a date line: need some with and some without`);
for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
