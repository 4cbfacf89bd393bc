// Checks gold.json against the article texts, independently of build.mjs and of the tool.
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);

// ---- kb forms
const kb = new Map(); // name -> {type, forms:[{form, how}]}
for (const f of readdirSync(join(here, '../../server/data/kb')).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(here, '../../server/data/kb', f), 'utf8')).entities) {
    const forms = [{ form: e.name, how: 'name' }];
    for (const a of e.aliases ?? []) forms.push({ form: a, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const i of inflect(d)) forms.push({ form: i, how: 'demonym' });
    kb.set(e.name, { type: e.type, forms });
  }
}
function inflect(d) {
  const s = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...s];
  if (/[sx]$/.test(d)) return [d, d + 'e', d + 'es'];
  s.add(d + 'e'); s.add(d + 'es');
  if (/(en|on)$/.test(d)) { s.add(d + 'ne'); s.add(d + 'nes'); }
  return [...s];
}
const isAcronym = (f) => /^[^a-z]*$/.test(f) && (f.match(/[A-Z]/g) ?? []).length >= 2;

// folding: accents, case, hyphens, apostrophes, no-break spaces; keeps a map to original offsets
function fold(s) {
  let out = '', map = [];
  for (let i = 0; i < s.length; i++) {
    let c = s[i].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (/[’'‘ʼ\-‐‑–\s\u00a0\u202f]/.test(c)) c = ' ';
    for (const ch of c) {
      if (ch === ' ' && out.endsWith(' ')) continue;
      out += ch; map.push(i);
    }
  }
  return { out, map };
}
const W = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function findAll(hay, needle) {
  const r = [];
  if (!needle) return r;
  for (let k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1))
    if (!W(hay[k - 1]) && !W(hay[k + needle.length])) r.push(k);
  return r;
}
const allForms = [];
for (const [name, e] of kb) for (const f of e.forms) allForms.push({ name, ...f, folded: fold(f.form).out.trim() });
const foldedFormSet = new Map();
for (const f of allForms) if (!isAcronym(f.form)) foldedFormSet.set(f.folded, f.name);
const acronymSet = new Map(allForms.filter((f) => isAcronym(f.form)).map((f) => [f.form, f.name]));

// ---- articles
const gold = JSON.parse(readFileSync(process.argv[2] ?? join(here, 'gold.json'), 'utf8'));
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
if (JSON.stringify(txts) !== JSON.stringify(Object.keys(gold.articles).sort())) err('articles in gold.json differ from *.txt');
let withDate = 0, withoutDate = 0;
const QOPEN = { '«': '»', '“': '”', '"': '"' };

for (const art of txts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(g[k])) err(`${art}: ${k} missing`);
  // words
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(`${art}: ${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text.split('\n')[0])) withDate++; else withoutDate++;

  // entities
  const spans = [];
  for (const e of g.entities) {
    const occ = findAll(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { err(`${art}: entity "${e.surface}" #${e.occurrence} not found`); continue; }
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`${art}: bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(`${art}: bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) err(`${art}: kb:false entity "${e.entity}" is a kb name`);
      const fs = fold(e.surface).out.trim();
      if (foldedFormSet.has(fs) || acronymSet.has(e.surface)) err(`${art}: kb:false surface "${e.surface}" is a kb form`);
      if (foldedFormSet.has(fold(e.entity).out.trim())) err(`${art}: kb:false entity "${e.entity}" is a kb form`);
    } else {
      const k = kb.get(e.entity);
      if (!k) err(`${art}: "${e.entity}" not a kb name`);
      else {
        if (k.type !== e.type) err(`${art}: "${e.entity}" is ${k.type} in the kb, gold says ${e.type}`);
        const fs = fold(e.surface).out.trim();
        const own = k.forms.some((f) => (isAcronym(f.form) ? f.form === e.surface : fold(f.form).out.trim() === fs));
        if (!own) warn(`${art}: "${e.surface}" → ${e.entity}: not one of its kb forms${foldedFormSet.has(fs) ? ` (kb form of ${foldedFormSet.get(fs)})` : ''}`);
        else if (foldedFormSet.has(fs) && foldedFormSet.get(fs) !== e.entity && !k.forms.some((f) => fold(f.form).out.trim() === fs))
          warn(`${art}: "${e.surface}" also a form of ${foldedFormSet.get(fs)}`);
        if ((e.kind === 'metonym' || e.kind === 'capital') && !k.forms.some((f) => f.how === 'metonym' && fold(f.form).out.trim() === fs))
          err(`${art}: "${e.surface}" kind ${e.kind} but not a metonym of ${e.entity}`);
        if ((e.kind === 'adjective' || e.kind === 'demonym') && !k.forms.some((f) => f.how === 'demonym' && fold(f.form).out.trim() === fs))
          err(`${art}: "${e.surface}" kind ${e.kind} but not a demonym of ${e.entity}`);
        if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) warn(`${art}: demonym noun "${e.surface}" in lower case`);
        if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface)) warn(`${art}: adjective "${e.surface}" capitalised`);
      }
    }
    spans.push({ start, end: start + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(`${art}: mentions overlap: "${spans[i - 1].e.surface}" / "${spans[i].e.surface}"`);
  // every kb form in the text lies under a gold mention
  const F = fold(text);
  for (const f of allForms) {
    const hits = isAcronym(f.form) ? findAll(text, f.form).map((s) => [s, s + f.form.length]) :
      findAll(F.out, f.folded).map((s) => [F.map[s], F.map[s + f.folded.length - 1] + 1]);
    for (const [s, e] of hits) {
      const cover = spans.find((m) => m.start <= s && m.end >= e);
      if (!cover) {
        const part = spans.find((m) => m.start < e && m.end > s);
        err(`${art}: kb ${f.how} "${text.slice(s, e)}" (${f.name}) at ${s} ${part ? `only partly under "${part.e.surface}"` : 'not under any gold mention'}`);
      }
    }
  }

  // sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(`${art}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(`${art}: sentence "${s.text}" not found in order`); continue; }
    if (starts.length && text.slice(from, at).trim()) {
      // text skipped between two sentence starts belongs to the previous sentence: fine
    }
    starts.push(at);
    from = at + 1;
  }
  if (starts[0] !== text.search(/\S/)) err(`${art}: first sentence does not start the text`);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i], e = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (i > 0 && !/(^|\n)$/.test(text.slice(0, s)) && !/[.!?…»"”][ \u00a0]+$/.test(text.slice(Math.max(0, s - 4), s)))
      err(`${art}: sentence start not after an end: "${text.slice(s - 10, s + 20)}"`);
    const body = text.slice(s, e).trimEnd();
    if (body.includes('\n')) err(`${art}: sentence spans lines: "${body.slice(0, 50)}"`);
    if (body.length > 40 && g.sentences[i].text.length !== 40) err(`${art}: sentence prefix not 40 chars: "${g.sentences[i].text}"`);
    const re = /([.!?])[»"”]?[ \u00a0]+(?=[\p{Lu}«"“])/gu;
    for (let m; (m = re.exec(body));) {
      const before = body.slice(Math.max(0, m.index - 3), m.index + 1);
      if (/(^|[\s(])M\.$/.test(before)) continue;
      err(`${art}: unmarked sentence boundary? "${body.slice(Math.max(0, m.index - 20), m.index + 20)}"`);
    }
  }

  // quotes: every quotation mark pair has one gold quote, in order
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!QOPEN[c]) continue;
    if (c === '»' || c === '”') continue;
    const close = text.indexOf(QOPEN[c], i + 1);
    if (close < 0) { err(`${art}: unclosed quote at ${i}`); break; }
    const inner = text.slice(i + 1, close);
    if (/[«“]/.test(inner)) err(`${art}: nested quote at ${i}`);
    found.push(inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''));
    i = close;
  }
  if ((text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) err(`${art}: « » unbalanced`);
  if ((text.match(/“/g) ?? []).length !== (text.match(/”/g) ?? []).length) err(`${art}: “ ” unbalanced`);
  if ((text.match(/"/g) ?? []).length % 2) err(`${art}: odd number of "`);
  if (found.length !== g.quotes.length) err(`${art}: ${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] !== q.text) err(`${art}: quote ${i} gold "${q.text}" vs text "${found[i]}"`);
    if (q.speaker !== null && (typeof q.speaker !== 'string' || !q.speaker)) err(`${art}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(`${art}: bad speakerAlso`);
  });

  // lists: span = from the list text to the end of its sentence
  const sentenceEnd = (pos) => { const n = starts.find((s) => s > pos); return n ?? text.length; };
  const mentionsIn = (a, b) => spans.filter((m) => m.start >= a && m.end <= b);
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: list "${l.text}" not found`); continue; }
    const inside = new Set(mentionsIn(at, sentenceEnd(at)).map((m) => m.e.entity));
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) err(`${art}: member ${m} not a kb country/organisation`);
      if (!inside.has(m)) err(`${art}: member ${m} not mentioned in the list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) err(`${art}: bad statedTotal`);
    if (l.statedTotal && l.statedTotal < l.members.length) err(`${art}: statedTotal below member count`);
    if ('approximate' in l && typeof l.approximate !== 'boolean') err(`${art}: bad approximate`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(`${art}: negative list "${l.text}" not found`); continue; }
    const n = mentionsIn(at, sentenceEnd(at)).length;
    if (n < 2) err(`${art}: negative list "${l.text}" has ${n} mentions`);
  }
  console.log(`${art}: ${words} words, ${g.entities.length} mentions, ${g.sentences.length} sentences, ${g.quotes.length} quotes, ${g.signatoryLists.length} signatory + ${g.negativeLists.length} negative lists`);
}
if (!withDate || !withoutDate) err(`need articles with and without a date line (${withDate}/${withoutDate})`);
for (const w of warnings) console.log('WARN ', w);
for (const e of errors) console.log('ERROR', e);
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
