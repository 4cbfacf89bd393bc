// Checks gold.json against the article texts of this set, independently of build.mjs.
// Usage: node check.mjs   (exit 1 on any error)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warn = [];
const err = (m) => errors.push(m);

// ---------- kb: name, type, aliases, demonyms, metonyms only ----------
// Length-preserving fold (one UTF-16 unit in, one out) so offsets map back to the text.
const foldChar = (c) => {
  if (c === '’' || c === '‘') return "'";
  if (c === '-' || c === '‐' || c === '‑' || c === '\u00A0' || c === '\u202F' || c === '\n' || c === '\t') return ' ';
  return c.normalize('NFD')[0].toLowerCase();
};
const fold = (s) => [...s].map(foldChar).join('');
const foldKey = (s) => fold(s).replace(/\s+/g, ' ').trim();
const inflections = (d) => {
  const s = new Set([d, d + 's']);
  if (!d.endsWith('e')) { s.add(d + 'e'); s.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { s.add(d + 'ne'); s.add(d + 'nes'); }
  return [...s];
};
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities)
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
const kbByName = new Map(kb.map((e) => [e.name, e]));
const forms = []; // { key, entity, how }
for (const e of kb) {
  for (const f of [e.name, ...e.aliases]) forms.push({ key: foldKey(f), e, how: 'name/alias', raw: f });
  for (const f of e.metonyms) forms.push({ key: foldKey(f), e, how: 'metonym', raw: f });
  for (const d of e.demonyms) for (const f of inflections(d)) forms.push({ key: foldKey(f), e, how: 'demonym', raw: f });
}
const kbKeys = new Set(forms.map((f) => f.key));
// Short forms annotated on purpose (the body's usual short name in context; see README.md, Judgement calls).
const SHORT_FORMS = new Map([
  ['Parti démocrate', 'Parti démocrate de Corée'],
  ['ministère de la Défense', 'ministère sud-coréen de la Défense'],
  ['ministère des Affaires étrangères', 'ministère chinois des Affaires étrangères'],
  ['Commission', 'Commission européenne'],
  ['Conseil', "Conseil de l'Union européenne"],
  ['Congrès', 'Congrès américain'],
  ['Vostotchny', 'port de Vostotchny'],
]);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);

// ---------- helpers ----------
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function nthOccurrence(text, s, n) {
  let k = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + s.length])) continue;
    if (k++ === n) return i;
  }
  return -1;
}
function findAll(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (isWordChar(hay[i - 1]) || isWordChar(hay[i + needle.length])) continue;
    out.push(i);
  }
  return out;
}

// ---------- load ----------
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`articles differ: txt ${txts} vs gold ${arts}`);
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);

let withDate = 0, withoutDate = 0;
const totals = { words: 0, mentions: 0 };

for (const art of arts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  const E = (m) => err(`${art}: ${m}`);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) E(`missing array ${k}`);

  // words
  const w1 = text.split(/\s+/).filter(Boolean).length;
  const w2 = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (w2 < 350 || w1 > 600) E(`word count out of range: ${w2} words (${w1} tokens)`);
  totals.words += w2;
  if (/^date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++; else withoutDate++;

  // ---------- entities ----------
  const spans = [];
  for (const e of g.entities) {
    const where = `entity "${e.surface}" #${e.occurrence}`;
    if (typeof e.surface !== 'string' || !Number.isInteger(e.occurrence)) { E(`${where}: bad fields`); continue; }
    const at = nthOccurrence(text, e.surface, e.occurrence);
    if (at < 0) { E(`${where}: not found`); continue; }
    if (!TYPES.has(e.type)) E(`${where}: bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) E(`${where}: bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbByName.has(e.entity)) E(`${where}: kb:false but "${e.entity}" is a kb name`);
      if (kbKeys.has(foldKey(e.entity))) E(`${where}: kb:false but "${e.entity}" is a kb form`);
      if (kbKeys.has(foldKey(e.surface))) E(`${where}: kb:false but the surface is a kb form`);
      if (e.kind) E(`${where}: kind on a kb:false entity`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) E(`${where}: "${e.entity}" is not a kb name`);
      else {
        if (k.type !== e.type) E(`${where}: type ${e.type} but kb type ${k.type}`);
        const key = foldKey(e.surface);
        const ok =
          e.kind === 'metonym' || e.kind === 'capital'
            ? k.metonyms.some((m) => foldKey(m) === key) || foldKey(k.name) === key
            : e.kind === 'adjective' || e.kind === 'demonym'
              ? k.demonyms.some((d) => inflections(d).some((f) => foldKey(f) === key))
              : [k.name, ...k.aliases].some((f) => foldKey(f) === key) || k.type === 'person';
        if (!ok && SHORT_FORMS.get(e.surface) !== e.entity) E(`${where}: surface is not a ${e.kind ?? 'name/alias'} form of ${e.entity}`);
        if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) E(`${where}: demonym noun in lower case`);
        if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface)) warn.push(`${art}: ${where}: adjective with a capital`);
      }
    }
    spans.push({ start: at, end: at + e.surface.length, e });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) E(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  totals.mentions += spans.length;

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  const seen = new Set();
  for (const f of forms) {
    if (!f.key || seen.has(f.key + '|' + f.e.name)) continue;
    seen.add(f.key + '|' + f.e.name);
    for (const i of findAll(ftext, f.key)) {
      const end = i + f.key.length;
      if (!spans.some((s) => s.start <= i && end <= s.end))
        E(`kb ${f.how} "${f.raw}" (${f.e.name}) at ${i} not under a gold mention: "${text.slice(Math.max(0, i - 20), end + 20).replace(/\n/g, ' ')}"`);
    }
  }

  // ---------- sentences ----------
  const starts = [];
  let pos = 0;
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) E(`sentence "${s.text}": bad status`);
    const at = text.indexOf(s.text, pos);
    if (at < 0) { E(`sentence "${s.text}" not found in order`); continue; }
    if (at !== pos && text.slice(pos, at).trim() !== '' && starts.length) {
      // the previous sentence may extend up to here; nothing to check
    }
    if (!starts.length && text.slice(0, at).trim() !== '') E(`text before the first sentence`);
    starts.push(at);
    pos = at + 1;
  }
  // candidate boundaries in the text must be gold sentence starts, and vice versa
  const cand = new Set();
  for (const m of text.matchAll(/\n+\s*(?=\S)/g)) cand.add(m.index + m[0].length);
  for (const m of text.matchAll(/[.!?…]["»”\u00A0\u202F ]*\s+(?=["«“\p{Lu}])/gu)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1);
    if (/(^|\s)(M|Me|Mme|Dr)\.$/.test(before)) continue;
    cand.add(m.index + m[0].length);
  }
  cand.add(text.search(/\S/));
  const startSet = new Set(starts);
  for (const c of cand) if (!startSet.has(c)) E(`possible sentence start not in gold: "${text.slice(c, c + 40).replace(/\n/g, ' ')}"`);
  for (const s of starts) if (!cand.has(s)) warn.push(`${art}: gold sentence start not at a punctuation/line boundary: "${text.slice(s, s + 40)}"`);
  const sentEnd = (i) => { const nx = starts.filter((s) => s > i); return nx.length ? Math.min(...nx) : text.length; };

  // ---------- quotes ----------
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (const m of text.matchAll(re)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    found.push({ at: m.index, text: inner.slice(0, 30).trimEnd() });
  }
  if (found.length !== g.quotes.length) E(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (!found[i] || found[i].text !== q.text) E(`quote ${i} "${q.text}" does not match the text's "${found[i]?.text}"`);
    if (!(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.length))) E(`quote "${q.text}": bad speaker`);
    if (q.speakerAlso !== undefined && (!Array.isArray(q.speakerAlso) || !q.speakerAlso.length)) E(`quote "${q.text}": bad speakerAlso`);
  });

  // ---------- lists ----------
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`signatory list "${l.text}" not found`); continue; }
    const end = sentEnd(at);
    const inside = spans.filter((s) => s.start >= at && s.end <= end);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) E(`signatory list "${l.text}": member ${m} is not a kb country/organisation`);
      if (!inside.some((s) => s.e.entity === m && s.e.kb !== false)) E(`signatory list "${l.text}": member ${m} not mentioned inside the list`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) E(`signatory list "${l.text}": bad statedTotal`);
    if (l.statedTotal !== null && l.statedTotal < l.members.length) E(`signatory list "${l.text}": statedTotal below members`);
    if (new Set(l.members).size !== l.members.length) E(`signatory list "${l.text}": duplicate members`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { E(`negative list "${l.text}" not found`); continue; }
    const end = sentEnd(at);
    const n = spans.filter((s) => s.start >= at && s.end <= end).length;
    if (n < 2) E(`negative list "${l.text}": ${n} mention(s)`);
  }
}
if (!withDate) err('no article with a date line');
if (!withoutDate) err('no article without a date line');

for (const w of warn) console.log('warning: ' + w);
if (errors.length) { console.log(errors.map((e) => 'ERROR ' + e).join('\n')); console.log(`${errors.length} error(s)`); process.exit(1); }
console.log(`OK: ${arts.length} articles, ${totals.words} words, ${totals.mentions} entity mentions`);
