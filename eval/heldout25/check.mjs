// Checks gold.json against the articles independently of build.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const errors = [];
const err = (m) => errors.push(m);
// one folded char per char, so offsets stay true
const foldc = (c) => (c === '’' || c === '‘' ? "'" : c === '\u00a0' || c === '\u202f' ? ' ' : c.normalize('NFD')[0].toLowerCase());
const fold = (s) => [...s].map(foldc).join('');
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) kb.push(e);
const byName = new Map(kb.map((e) => [e.name, e]));
const inflections = (d) => {
  const o = new Set([d, d + 's']);
  if (!d.endsWith('e')) { o.add(d + 'e'); o.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { o.add(d + 'ne'); o.add(d + 'nes'); }
  return [...o];
};
// every kb form: [form, entity name, caseSensitive]
const forms = [];
for (const e of kb) {
  for (const a of [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? [])]) forms.push([a, e.name, /^[A-Z0-9-]+$/.test(a) && /[A-Z]{2}/.test(a)]);
  for (const d of e.demonyms ?? []) for (const i of inflections(d)) forms.push([i, e.name, false]);
}
const foldedForms = new Set(forms.map(([f]) => fold(f)));

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (files.length !== 6) err(`expected 6 articles, found ${files.length}`);
for (const f of files) if (!gold.articles[f]) err(`${f}: not in gold.json`);
let dated = 0;
for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  const ftext = fold(text);
  if (/^date \d{4}-\d{2}$/m.test(text)) dated++;
  const words = (text.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  // entities
  const spans = [];
  for (const e of g.entities) {
    let n = -1, at = -1;
    for (let p = text.indexOf(e.surface); p !== -1; p = text.indexOf(e.surface, p + 1)) {
      if (isW(text[p - 1]) || isW(text[p + e.surface.length])) continue;
      if (++n === e.occurrence) { at = p; break; }
    }
    if (at < 0) { err(`${art}: "${e.surface}" #${e.occurrence} not found`); continue; }
    spans.push({ ...e, start: at, end: at + e.surface.length });
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kb === false) {
      if (byName.has(e.entity) || foldedForms.has(fold(e.entity))) err(`${art}: kb:false entity "${e.entity}" is a kb form`);
      if (foldedForms.has(fold(e.surface))) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
    } else {
      const k = byName.get(e.entity);
      if (!k) { err(`${art}: "${e.entity}" is not a kb name`); continue; }
      if (k.type !== e.type) err(`${art}: "${e.entity}" has kb type ${k.type}, gold ${e.type}`);
      const fs = fold(e.surface);
      if (e.kind === 'metonym' || e.kind === 'capital') { if (!(k.metonyms ?? []).some((m) => fold(m) === fs)) err(`${art}: "${e.surface}" is not a metonym of ${e.entity}`); }
      else if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!(k.demonyms ?? []).some((d) => inflections(fold(d)).includes(fs))) err(`${art}: "${e.surface}" is not a demonym of ${e.entity}`);
        if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) err(`${art}: demonym noun "${e.surface}" not capitalised`);
        if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface)) err(`${art}: adjective "${e.surface}" capitalised`);
      } else if (e.kind) err(`${art}: bad kind ${e.kind}`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) err(`${art}: "${spans[i - 1].surface}" and "${spans[i].surface}" overlap`);
  // every kb form in the text lies under a gold mention
  for (const [form, name, cs] of forms) {
    const hay = cs ? text : ftext, needle = cs ? form : fold(form);
    for (let p = hay.indexOf(needle); p !== -1; p = hay.indexOf(needle, p + 1)) {
      if (isW(text[p - 1]) || isW(text[p + needle.length])) continue;
      if (!spans.some((s) => s.start <= p && s.end >= p + needle.length))
        err(`${art}: kb form "${text.slice(p, p + needle.length)}" (${name}) at ${p} not under a gold mention`);
    }
  }
  // sentences: in order, covering the text, starting after a sentence end
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (text.slice(from, at).trim() && starts.length) {
      // text skipped belongs to the previous sentence; fine, but the first must start the text
    }
    const before = text.slice(0, at).replace(/[\s\u00a0\u202f]+$/, '');
    if (before && !/[.!?»”"\n]$|\n$/.test(before) && !/\n\s*$/.test(text.slice(0, at)) && !/[.!?]\s*[»”"]?$/.test(before))
      err(`${art}: sentence "${s.text}" does not start after a sentence end (…${before.slice(-20)})`);
    starts.push(at);
    from = at + s.text.length;
  }
  if (starts[0] !== text.length - text.trimStart().length) err(`${art}: first sentence does not start the text`);
  // every line break between paragraphs starts a sentence
  for (const m of text.matchAll(/\n+(?=\S)/g)) { const p = m.index + m[0].length; if (!starts.includes(p)) err(`${art}: line at ${p} "${text.slice(p, p + 30)}" starts no sentence`); }
  // quotations
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (const m of text.matchAll(re)) found.push((m[1] ?? m[2] ?? m[3]).replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''));
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in gold`);
  found.forEach((q, i) => { if (g.quotes[i]?.text !== q) err(`${art}: quote ${i} "${q}" vs gold "${g.quotes[i]?.text}"`); });
  for (const q of g.quotes) {
    if (q.speaker !== null && typeof q.speaker !== 'string') err(`${art}: bad speaker`);
    for (const a of q.speakerAlso ?? []) if (!byName.has(a) && !/^(le|la|les|l'|un|une)\b/i.test(a)) err(`${art}: speakerAlso "${a}" is neither kb name nor noun phrase`);
  }
  const nQuoteChars = [...text].filter((c) => '«»“”"'.includes(c)).length;
  if (nQuoteChars !== found.length * 2) err(`${art}: unbalanced quotation marks`);
  // lists
  const sentenceEnd = (p) => { const i = starts.findIndex((s) => s > p); return i < 0 ? text.length : starts[i]; };
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    for (const m of l.members) {
      const k = byName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(`${art}: member ${m} not a kb country/organisation`);
      if (!inside.some((s) => s.entity === m)) err(`${art}: member ${m} not mentioned in the list`);
    }
    if (!('statedTotal' in l)) err(`${art}: statedTotal missing`);
    if (l.statedTotal && l.statedTotal < l.members.length) err(`${art}: stated total below members`);
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    if (inside.length < 2) err(`${art}: negative list "${l.text}" has ${inside.length} mentions`);
    for (const s of g.signatoryLists ?? []) { const a = text.indexOf(s.text); if (a >= at && a < end) err(`${art}: negative list overlaps a signatory list`); }
  }
}
if (!dated) err('no article with a date line');
if (dated === Object.keys(gold.articles).length) err('every article has a date line');
const tot = (k) => Object.values(gold.articles).reduce((n, a) => n + (a[k]?.length ?? 0), 0);
if (tot('signatoryLists') < 2) err('fewer than 2 signatory lists');
if (tot('negativeLists') < 4) err('fewer than 4 negative lists');
if (errors.length) { console.log(errors.join('\n')); console.log(`${errors.length} error(s)`); process.exit(1); }
console.log(`gold.json OK: ${Object.keys(gold.articles).length} articles, ${tot('entities')} mentions, ${tot('sentences')} sentences, ${tot('quotes')} quotes`);
