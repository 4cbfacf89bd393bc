// Checks gold.json of eval/heldout47 against the articles, independently of build.mjs.
// Reads only the *.txt articles, gold.json, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Exits 1 on any error; prints warnings (things to look at) without failing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const E = (a, m) => errors.push(`${a}: ${m}`);
const W = (a, m) => warnings.push(`${a}: ${m}`);

// ---- kb
const kb = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kb.set(e.name, { type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
// one character in, one character out, so offsets stay true
const fold1 = (c) => {
  if (c === '’' || c === '‘' || c === 'ʼ') return "'";
  if (c === '\u00a0' || c === '\u202f' || c === '-' || c === '‑') return ' ';
  const d = c.normalize('NFD')[0];
  const l = d.toLowerCase();
  return l.length === 1 ? l : d;
};
const fold = (s) => [...s].map(fold1).join('');
const isAcronym = (s) => /^[A-Z0-9-]+$/.test(s) && /[A-Z]/.test(s);
function demonymForms(d) {
  const f = new Set([d, d + 's', d + 'e', d + 'es']);
  if (d.endsWith('en') || d.endsWith('on')) { f.add(d + 'ne'); f.add(d + 'nes'); }
  if (d.endsWith('ais') || d.endsWith('ois')) { f.add(d + 'e'); f.add(d + 'es'); }
  return [...f];
}
const forms = []; // { form, entity, how }
for (const [name, e] of kb) {
  for (const n of [name, ...e.aliases]) forms.push({ form: n, entity: name, how: 'name' });
  for (const m of e.metonyms) forms.push({ form: m, entity: name, how: 'metonym' });
  for (const d of e.demonyms) for (const f of demonymForms(d)) forms.push({ form: f, entity: name, how: 'demonym' });
}
const foldedForms = new Set(forms.filter((f) => !isAcronym(f.form)).map((f) => fold(f.form)));
const acronymForms = new Set(forms.filter((f) => isAcronym(f.form)).map((f) => f.form));

const wordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function allOccurrences(text, s) {
  const out = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (!wordChar(text[p - 1]) && !wordChar(text[p + s.length])) out.push(p);
  }
  return out;
}
const countWords = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
let withDate = 0, withoutDate = 0;
const stats = { words: 0, mentions: 0, byType: {}, byKind: {}, notKb: 0, sentences: {}, quotes: 0, quotesNull: 0, sig: 0, neg: 0 };

const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
if (files.length !== 6) E('set', `${files.length} articles, expected 6`);
for (const f of files) if (!gold.articles[f]) E(f, 'no gold');
for (const f of Object.keys(gold.articles)) if (!files.includes(f)) E(f, 'gold for a missing article');

for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  const words = countWords(text);
  stats.words += words;
  if (words < 350 || words > 600) E(art, `${words} words`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++; else withoutDate++;
  if (text.includes('\uFFFD')) E(art, 'replacement character');

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    const occ = allOccurrences(text, e.surface);
    if (e.occurrence >= occ.length) { E(art, `entity "${e.surface}" #${e.occurrence}: only ${occ.length} occurrence(s)`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!TYPES.has(e.type)) E(art, `"${e.surface}": bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(art, `"${e.surface}": bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kb.has(e.entity)) E(art, `"${e.surface}" marked kb:false but "${e.entity}" is a kb name`);
      if (foldedForms.has(fold(e.entity)) || acronymForms.has(e.entity)) E(art, `kb:false entity "${e.entity}" is a kb form`);
      if (foldedForms.has(fold(e.surface)) || acronymForms.has(e.surface)) E(art, `kb:false surface "${e.surface}" is a kb form`);
      stats.notKb++;
    } else {
      const k = kb.get(e.entity);
      if (!k) E(art, `"${e.surface}": "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) E(art, `"${e.surface}": type ${e.type} but kb says ${k.type}`);
      // the surface should be a form of that entity (name, alias, metonym, demonym), or a part of its name (surname)
      if (k) {
        const own = [e.entity, ...k.aliases, ...k.metonyms, ...k.demonyms.flatMap(demonymForms)].map(fold);
        const fs = fold(e.surface);
        if (!own.includes(fs) && !fold(e.entity).split(' ').includes(fs)) W(art, `"${e.surface}" → ${e.entity}: not one of its kb forms`);
        if ((e.kind === 'metonym' || e.kind === 'capital') && !k.metonyms.map(fold).includes(fs)) E(art, `"${e.surface}" kind ${e.kind} but not a metonym of ${e.entity}`);
        if ((e.kind === 'adjective' || e.kind === 'demonym') && !k.demonyms.flatMap(demonymForms).map(fold).includes(fs)) E(art, `"${e.surface}" kind ${e.kind} but not a demonym of ${e.entity}`);
        if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface)) W(art, `"${e.surface}" adjective with a capital`);
        if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) W(art, `"${e.surface}" demonym noun without a capital`);
      }
    }
    stats.mentions++;
    stats.byType[e.type] = (stats.byType[e.type] ?? 0) + 1;
    stats.byKind[e.kind ?? 'name'] = (stats.byKind[e.kind ?? 'name'] ?? 0) + 1;
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) E(art, `mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
    if (spans[i].start === spans[i - 1].start) E(art, `duplicate mention "${spans[i].e.surface}"`);
  }

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  const covered = (s, e) => spans.some((m) => m.start <= s && e <= m.end);
  const seen = new Set();
  for (const { form, entity, how } of forms) {
    const acr = isAcronym(form);
    const hay = acr ? text.replace(/[\u00a0\u202f]/g, ' ') : ftext;
    const needle = acr ? form : fold(form);
    for (const p of allOccurrences(hay, needle)) {
      const key = `${p}:${needle.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!covered(p, p + needle.length)) E(art, `kb ${how} "${text.slice(p, p + needle.length)}" (${entity}) at ${p} is not under a gold mention`);
    }
  }

  // ---- sentences
  let from = 0;
  const sStarts = [];
  g.sentences.forEach((s, i) => {
    if (!STATUSES.has(s.status)) E(art, `sentence ${i}: bad status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { E(art, `sentence "${s.text}" not found in order`); return; }
    if (i === 0 && text.slice(0, at).trim() !== '') E(art, `text before the first sentence: "${text.slice(0, at)}"`);
    if (i > 0 && at > 0 && !/\s/.test(text[at - 1])) E(art, `sentence "${s.text}" does not start after a space`);
    sStarts.push(at);
    from = at + s.text.length;
    stats.sentences[s.status] = (stats.sentences[s.status] ?? 0) + 1;
  });
  sStarts.forEach((st, i) => {
    const end = i + 1 < sStarts.length ? sStarts[i + 1] : text.length;
    const body = text.slice(st, end).trim();
    // a possible missed sentence boundary: ". X" inside a sentence, outside quotes
    const inner = body.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, '…');
    if (/[.!?]\s+\p{Lu}/u.test(inner.replace(/\bM\. /g, "M_"))) W(art, `sentence may hold two: "${body.slice(0, 80)}"`);
    if (/\n\s*\n/.test(body)) E(art, `sentence runs across a paragraph break: "${body.slice(0, 60)}"`);
  });
  const sentenceEnd = (p) => { const n = sStarts.find((s) => s > p); return n ?? text.length; };

  // ---- quotes: every pair of quotation marks in the text, in order
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (let m; (m = re.exec(text)); ) {
    const inner = (m[1] ?? m[2] ?? m[3]).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    found.push(inner);
  }
  const stray = text.replace(re, '').match(/[«»“”"]/g);
  if (stray) E(art, `unpaired quotation marks: ${stray.join(' ')}`);
  if (found.length !== g.quotes.length) E(art, `${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const inner = found[i];
    if (inner === undefined) return;
    if (!inner.startsWith(q.text) || q.text.length < Math.min(30, inner.length) - 1) E(art, `quote ${i}: gold "${q.text}" vs text "${inner.slice(0, 30)}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') E(art, `quote ${i}: bad speaker`);
    if (q.speaker && /^\p{Lu}/u.test(q.speaker) && !kb.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker)) E(art, `quote ${i}: speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    for (const a of q.speakerAlso ?? []) if (/^\p{Lu}/u.test(a) && !kb.has(a)) E(art, `quote ${i}: speakerAlso "${a}" is not a kb name`);
    stats.quotes++;
    if (q.speaker === null) stats.quotesNull++;
  });

  // ---- lists
  for (const l of g.signatoryLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(art, `signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.start < end);
    for (const m of l.members) {
      const k = kb.get(m);
      if (!k || (k.type !== 'country' && k.type !== 'organisation')) E(art, `list member "${m}" is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) E(art, `list member "${m}" not mentioned in the list "${l.text}"`);
    }
    if (l.members.length < 2) E(art, `signatory list "${l.text}" with ${l.members.length} member(s)`);
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') E(art, `bad statedTotal`);
    if (l.statedTotal && l.statedTotal < l.members.length) E(art, `statedTotal below the members named`);
    stats.sig++;
  }
  for (const l of g.negativeLists ?? []) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(art, `negative list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.start < sentenceEnd(at));
    if (inside.length < 2) E(art, `negative list "${l.text}" with ${inside.length} mention(s)`);
    stats.neg++;
  }
}
if (!withDate) E('set', 'no article with a date line');
if (!withoutDate) E('set', 'no article without a date line');

for (const w of warnings) console.log(`warning  ${w}`);
for (const e of errors) console.log(`ERROR    ${e}`);
console.log(JSON.stringify(stats));
console.log(errors.length ? `${errors.length} error(s)` : 'OK: no errors');
process.exit(errors.length ? 1 : 0);
