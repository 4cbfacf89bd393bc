// Checks gold.json against the articles, independently of build.mjs. Exit code 1 on any error.
// Reads only this folder and the name/type/aliases/demonyms/metonyms of ../../server/data/kb/*.json.
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);

// ---- kb (only the fields we may read)
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : d.entities ?? Object.values(d);
  for (const e of arr) if (e && e.name) kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

// one character in, one character out: case, accents, apostrophes, hyphens and no-break spaces folded
const foldChar = (c) => {
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '-' || c === '‐' || c === '–' || c === '\u00A0' || c === '\u202F') return ' ';
  const d = c.normalize('NFD')[0].toLowerCase();
  return d.length === 1 ? d : c;
};
const fold = (s) => [...s].map(foldChar).join('');
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isAcronym = (f) => /[A-Z]/.test(f) && f === f.toUpperCase() && !/\s/.test(f);

function inflect(d) {
  const forms = new Set([d, d + 's']);
  if (!d.endsWith('e')) { forms.add(d + 'e'); forms.add(d + 'es'); }
  if (/(en|on)$/.test(d)) { forms.add(d + 'ne'); forms.add(d + 'nes'); }
  if (d.endsWith('s')) { forms.add(d + 'e'); forms.add(d + 'es'); }
  if (d === 'grec') forms.add('grecque').add('grecques');
  if (d === 'turc') forms.add('turque').add('turques');
  return [...forms];
}
const kbForms = []; // { form, entity, how }
for (const e of kb) {
  kbForms.push({ form: e.name, entity: e.name, how: 'name' });
  for (const a of e.aliases) kbForms.push({ form: a, entity: e.name, how: 'alias' });
  for (const m of e.metonyms) kbForms.push({ form: m, entity: e.name, how: 'metonym' });
  for (const d of e.demonyms) for (const f of inflect(d)) kbForms.push({ form: f, entity: e.name, how: 'demonym' });
}
const foldedKbForms = new Set(kbForms.map((f) => fold(f.form)));

function occurrences(text, s, folded = false) {
  const hay = folded ? fold(text) : text;
  const needle = folded ? fold(s) : s;
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1))
    if (!isWord(text[i - 1]) && !isWord(text[i + needle.length])) out.push(i);
  return out;
}

const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('version is not 1');
const txts = fs.readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`articles ${arts} differ from files ${txts}`);
if (arts.length !== 6) err(`${arts.length} articles, not 6`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
let withDate = 0;

for (const art of arts) {
  const text = fs.readFileSync(path.join(here, art), 'utf8');
  const g = gold.articles[art];
  const A = (m) => err(`${art}: ${m}`);
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists']) if (!Array.isArray(g[k])) A(`${k} missing`);

  // words
  const words = text.split(/[\s\u00A0\u202F]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) A(`${words} words`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++;
  if (/\{|\}|@[AVUN]:|%\{|\^S|\^N/.test(text)) A('markup left in the text');

  // entities
  const spans = [];
  for (const e of g.entities) {
    if (!TYPES.has(e.type)) A(`bad type ${e.type} for ${e.surface}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) A(`bad kind ${e.kind}`);
    const occ = occurrences(text, e.surface);
    const start = occ[e.occurrence];
    if (start === undefined) { A(`entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) A(`kb:false entity "${e.entity}" is a kb name`);
      if (foldedKbForms.has(fold(e.entity)) || foldedKbForms.has(fold(e.surface))) A(`kb:false "${e.surface}"/"${e.entity}" is a kb form`);
    } else {
      const k = kbByName.get(e.entity);
      if (!k) A(`entity "${e.entity}" is not a kb name`);
      else if (k.type !== e.type) A(`entity "${e.entity}" has kb type ${k.type}, gold ${e.type}`);
      if (e.kind === 'metonym' || e.kind === 'capital') {
        if (!k || !k.metonyms.some((m) => fold(m) === fold(e.surface))) A(`"${e.surface}" (${e.kind}) is not a metonym of ${e.entity}`);
      }
      if (e.kind === 'adjective' || e.kind === 'demonym') {
        if (!k || !k.demonyms.some((d) => inflect(d).some((f) => fold(f) === fold(e.surface)))) A(`"${e.surface}" is not a demonym of ${e.entity}`);
      }
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) A(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);
  // order of entities in gold = order in text
  // every kb form in the text lies under a gold mention
  for (const f of kbForms) {
    const hits = isAcronym(f.form) ? occurrences(text, f.form) : occurrences(text, f.form, true);
    for (const h of hits) {
      const end = h + f.form.length;
      if (!spans.some((s) => s.start <= h && end <= s.end)) A(`kb ${f.how} "${f.form}" (${f.entity}) at ${h} not under a gold mention: …${text.slice(Math.max(0, h - 25), end + 25).replace(/\n/g, ' ')}…`);
    }
  }
  // also: acronym-looking forms written in a different case (warning only)
  for (const f of kbForms.filter((f) => isAcronym(f.form) && f.form.length > 1))
    for (const h of occurrences(text, f.form, true))
      if (text.slice(h, h + f.form.length) !== f.form && !spans.some((s) => s.start <= h && h + f.form.length <= s.end))
        warn(`${art}: "${text.slice(h, h + f.form.length)}" looks like kb acronym ${f.form} in another case`);

  // sentences
  let from = 0, prevStart = -1;
  const starts = [];
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) A(`bad status ${s.status}`);
    if (!s.text || s.text.length > 40) A(`bad sentence text "${s.text}"`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { A(`sentence "${s.text}" not found in order`); continue; }
    if (prevStart >= 0 && text.slice(from, at).trim() !== '') {
      // the stretch between the previous match end and this start belongs to the previous sentence; fine
    }
    starts.push(at);
    prevStart = at;
    from = at + s.text.length;
  }
  if (starts[0] !== 0) A(`first sentence does not start the text`);
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(starts[i], end);
    if (/\n/.test(body.trimEnd())) A(`sentence "${g.sentences[i].text}" runs over a line break`);
    if (i + 1 < starts.length) {
      const before = text.slice(0, starts[i + 1]).replace(/[ \n]+$/, '');
      if (!/[.?!»”"\d\p{L})—-]$/u.test(before)) A(`sentence "${g.sentences[i + 1].text}" starts after "${before.slice(-10)}"`);
    }
    for (const m of body.matchAll(/[.?!][»”"]?[\s\u00A0]+(?=[«“"]?[\p{Lu}])/gu))
      if (m.index + m[0].length < body.trimEnd().length) warn(`${art}: possible unmarked sentence break inside "${g.sentences[i].text}": …${body.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\n/g, ' ')}…`);
  }

  // quotations in the text, one for one with gold quotes
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  for (const m of text.matchAll(re)) found.push((m[1] ?? m[2] ?? m[3]).replace(/^[\s\u00A0\u202F]+/u, '').slice(0, 30).replace(/[\s\u00A0\u202F]+$/u, ''));
  const stray = text.replace(re, '').match(/[«»“”"]/g);
  if (stray) A(`unpaired quotation marks: ${stray.join(' ')}`);
  if (found.length !== g.quotes.length) A(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    if (found[i] !== q.text) A(`quote ${i}: text has "${found[i]}", gold "${q.text}"`);
    if (q.speaker !== null && typeof q.speaker !== 'string') A(`quote ${i}: bad speaker`);
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) A(`quote ${i}: bad speakerAlso`);
  });

  // lists
  const sentenceEnd = (pos) => {
    const i = starts.findIndex((s, k) => s <= pos && (k + 1 === starts.length || starts[k + 1] > pos));
    return i + 1 < starts.length ? starts[i + 1] : text.length;
  };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { A(`signatory list "${l.text}" not found`); continue; }
    if (text.indexOf(l.text, at + 1) >= 0) A(`signatory list text "${l.text}" not unique`);
    const end = sentenceEnd(at);
    for (const m of l.members) {
      const k = kbByName.get(m);
      if (!k || !['country', 'organisation'].includes(k.type)) A(`member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.e.entity === m && s.start >= at && s.end <= end)) A(`member ${m} not mentioned inside the list "${l.text}"`);
    }
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) A(`bad statedTotal`);
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { A(`negative list "${l.text}" not found`); continue; }
    if (text.indexOf(l.text, at + 1) >= 0) A(`negative list text "${l.text}" not unique`);
    const end = sentenceEnd(at);
    const n = spans.filter((s) => s.start >= at && s.end <= end).length;
    if (n < 2) A(`negative list "${l.text}" has ${n} mentions`);
  }
}
if (withDate === 0 || withDate === arts.length) err(`${withDate} articles with a date line: need at least one with and one without`);

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(errors.length ? `${errors.length} errors` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
