// Checks gold.json against the articles of eval/heldout43, independently of build.mjs.
// Reads only *.txt, gold.json and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Exit code 1 on any error; warnings are printed for review.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---- kb -------------------------------------------------------------------------------------------
const kb = new Map(); // name -> type
const forms = []; // { form, entity, type, how }
function inflections(d) {
  const s = new Set([d]);
  if (d.endsWith('e')) s.add(d + 's');
  else if (d.endsWith('s')) { s.add(d + 'e'); s.add(d + 'es'); }
  else {
    s.add(d + 's'); s.add(d + 'e'); s.add(d + 'es');
    if (/(en|on)$/.test(d)) { s.add(d + 'ne'); s.add(d + 'nes'); }
  }
  return [...s];
}
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities ?? []) {
    kb.set(e.name, e.type);
    forms.push({ form: e.name, entity: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, entity: e.name, type: e.type, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, entity: e.name, type: e.type, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const i of inflections(d)) forms.push({ form: i, entity: e.name, type: e.type, how: 'demonym' });
  }
}
// fold one character at a time so that offsets are kept
const foldChar = (c) => {
  if (c === '’' || c === '‘') return "'";
  if (c === '-' || c === '\u00a0' || c === '\u202f' || c === '\u2011') return ' ';
  const d = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return d.length === 1 ? d : c;
};
const foldStr = (s) => [...s].map(foldChar).join('');
const isAcronym = (f) => /^[A-Z0-9][A-Z0-9-]*$/.test(f) && /[A-Z]/.test(f) && f.length <= 10;
const wordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function findAll(hay, needle) {
  const out = [];
  for (let p = hay.indexOf(needle); p >= 0; p = hay.indexOf(needle, p + 1))
    if (!wordChar(hay[p - 1]) && !wordChar(hay[p + needle.length])) out.push(p);
  return out;
}
const foldedForms = new Set(forms.map((f) => foldStr(f.form)));

// ---- gold -----------------------------------------------------------------------------------------
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.version is not 1');
const txts = fs.readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err(`articles ${arts} vs files ${txts}`);
if (txts.length !== 6) err(`${txts.length} articles, not 6`);

const TYPES = ['country', 'organisation', 'person', 'place', 'weapon'];
const KINDS = ['metonym', 'capital', 'adjective', 'demonym'];
const STATUSES = ['attributed', 'vague', 'unattributed', 'not-claim'];
let withDate = 0;
const sizes = { words: 0, mentions: 0, outside: 0, byType: {}, byKind: {}, sentences: {}, quotes: 0, nullQuotes: 0, sig: 0, neg: 0 };

for (const art of arts) {
  const a = gold.articles[art];
  const file = path.join(here, art);
  if (!fs.existsSync(file)) continue;
  const text = fs.readFileSync(file, 'utf8');
  const P = (m) => `${art}: ${m}`;
  for (const k of ['entities', 'quotes', 'sentences', 'signatoryLists', 'negativeLists'])
    if (!Array.isArray(a[k])) err(P(`${k} is not an array`));

  // words
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(P(`${words} words`));
  sizes.words += words;
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++;

  // entities
  const spans = [];
  for (const e of a.entities) {
    const at = findAll(text, e.surface)[e.occurrence];
    if (at === undefined) { err(P(`entity "${e.surface}" #${e.occurrence} not found`)); continue; }
    if (!TYPES.includes(e.type)) err(P(`bad type ${e.type} for ${e.surface}`));
    if (e.kind !== undefined && !KINDS.includes(e.kind)) err(P(`bad kind ${e.kind} for ${e.surface}`));
    if (e.kb === false) {
      if (kb.has(e.entity)) err(P(`kb:false entity "${e.entity}" is a kb name`));
      if (foldedForms.has(foldStr(e.surface))) err(P(`kb:false surface "${e.surface}" is a kb form`));
      if (foldedForms.has(foldStr(e.entity))) err(P(`kb:false entity "${e.entity}" is a kb form`));
      sizes.outside++;
    } else {
      if (!kb.has(e.entity)) err(P(`"${e.entity}" is not a kb name`));
      else if (kb.get(e.entity) !== e.type) err(P(`"${e.entity}" is ${kb.get(e.entity)} in the kb, not ${e.type}`));
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && e.type !== 'country' && e.entity !== 'Union européenne')
      warn(P(`${e.kind} "${e.surface}" linked to ${e.type} ${e.entity}`));
    spans.push({ start: at, end: at + e.surface.length, e });
    sizes.mentions++;
    sizes.byType[e.type] = (sizes.byType[e.type] ?? 0) + 1;
    if (e.kind) sizes.byKind[e.kind] = (sizes.byKind[e.kind] ?? 0) + 1;
  }
  spans.sort((x, y) => x.start - y.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(P(`mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`));
  // gold order follows the text
  for (let i = 1; i < a.entities.length; i++) {
    const p = findAll(text, a.entities[i - 1].surface)[a.entities[i - 1].occurrence];
    const q = findAll(text, a.entities[i].surface)[a.entities[i].occurrence];
    if (p !== undefined && q !== undefined && q < p) warn(P(`entities out of text order at "${a.entities[i].surface}"`));
  }

  // every kb form in the text lies under a gold mention
  const ftext = foldStr(text);
  const covered = (s, e) => spans.some((m) => m.start <= s && m.end >= e);
  for (const f of forms) {
    const hits = isAcronym(f.form) ? findAll(text, f.form) : findAll(ftext, foldStr(f.form));
    for (const h of hits) {
      const end = h + f.form.length;
      if (!covered(h, end))
        err(P(`kb ${f.how} "${text.slice(h, end)}" (${f.entity}) at ${h} is not under a gold mention: …${text.slice(Math.max(0, h - 30), end + 30).replace(/\n/g, ' ')}…`));
      else {
        const m = spans.find((m) => m.start <= h && m.end >= end);
        if (m.start === h && m.end === end && m.e.kb !== false && m.e.entity !== f.entity)
          warn(P(`"${m.e.surface}" gold ${m.e.entity}, kb form of ${f.entity}`));
      }
    }
  }

  // sentences: prefixes in order, covering the text
  let from = 0;
  const starts = [];
  for (const s of a.sentences) {
    if (!STATUSES.includes(s.status)) err(P(`bad status ${s.status}`));
    sizes.sentences[s.status] = (sizes.sentences[s.status] ?? 0) + 1;
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(P(`sentence "${s.text}" not found in order`)); continue; }
    starts.push(at);
    from = at + 1;
  }
  if (starts.length && /\S/.test(text.slice(0, starts[0]))) err(P('text before the first sentence'));
  if (starts.length === a.sentences.length)
    a.sentences.forEach((s, i) => {
      const next = i + 1 < starts.length ? starts[i + 1] : text.length;
      if (s.text.length < 40 && !/^[\s\u00a0\u202f]/.test(text.slice(starts[i] + s.text.length, starts[i] + s.text.length + 1)) && /\S/.test(text.slice(starts[i] + s.text.length, next).replace(/[\u00a0\u202f]/g, ' ')))
        err(P(`short sentence prefix "${s.text}" is not the whole sentence`));
      if (s.text !== s.text.trim()) err(P(`sentence prefix "${s.text}" not trimmed`));
    });
  // look for sentence breaks the gold does not list, and listed breaks that look odd
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const e = i + 1 < starts.length ? starts[i + 1] : text.length;
    const body = text.slice(s, e).replace(/[\s\u00a0\u202f]+$/, '');
    if (body.includes('\n')) err(P(`line break inside sentence "${a.sentences[i].text}"`));
    const re = /[.!?…][»”"]?[\s\u00a0\u202f]+(?=[«“"]?[\p{Lu}])/gu;
    let m;
    while ((m = re.exec(body))) warn(P(`possible unlisted sentence break in "${a.sentences[i].text}": …${body.slice(Math.max(0, m.index - 25), m.index + 25)}…`));
    if (i > 0) {
      const before = text.slice(0, s).replace(/[\s\u00a0\u202f]+$/, '');
      const gap = text.slice(before.length, s);
      if (!gap.includes('\n') && !/[.!?…»”"]$/.test(before)) warn(P(`sentence "${a.sentences[i].text}" starts after "${before.slice(-15)}"`));
    }
  }

  // quotations: one gold quote per quotation in the text, in order
  const qs = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const close = { '«': '»', '“': '”', '"': '"' }[c];
    if (!close) { if (c === '»' || c === '”') err(P(`closing ${c} without opening at ${i}`)); continue; }
    const j = text.indexOf(close, i + 1);
    if (j < 0) { err(P(`unclosed ${c} at ${i}`)); break; }
    const inner = text.slice(i + 1, j);
    if (/[«“]/.test(inner)) err(P(`nested or unbalanced quotation at ${i}`));
    qs.push(inner.replace(/^[\s\u00a0\u202f]+/, ''));
    i = j;
  }
  if (qs.length !== a.quotes.length) err(P(`${qs.length} quotations in the text, ${a.quotes.length} in gold`));
  a.quotes.forEach((q, i) => {
    if (qs[i] === undefined) return;
    const want = qs[i].slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
    if (q.text !== want) err(P(`quote ${i}: gold "${q.text}", text "${want}"`));
    if (q.speaker !== null && typeof q.speaker !== 'string') err(P(`quote ${i}: bad speaker`));
    if (q.speakerAlso && !Array.isArray(q.speakerAlso)) err(P(`quote ${i}: bad speakerAlso`));
    sizes.quotes++;
    if (q.speaker === null) sizes.nullQuotes++;
  });

  // sentence end after a position
  const sentenceEnd = (p) => starts.find((s) => s > p) ?? text.length;
  const mentionsIn = (s, e) => spans.filter((m) => m.start >= s && m.end <= e);

  for (const l of a.signatoryLists) {
    sizes.sig++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`signatory list "${l.text}" not found`)); continue; }
    if (!Array.isArray(l.members) || l.members.length < 2) err(P(`signatory list "${l.text}" has < 2 members`));
    if (!('statedTotal' in l)) err(P(`signatory list "${l.text}" has no statedTotal`));
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') err(P(`bad statedTotal in "${l.text}"`));
    const inside = mentionsIn(at, sentenceEnd(at));
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kb.get(m))) err(P(`member ${m} is not a kb country or organisation`));
      if (!inside.some((x) => x.e.entity === m)) err(P(`member ${m} not mentioned in list "${l.text}"`));
    }
  }
  for (const l of a.negativeLists) {
    sizes.neg++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(P(`negative list "${l.text}" not found`)); continue; }
    const n = mentionsIn(at, sentenceEnd(at)).length;
    if (n < 2) err(P(`negative list "${l.text}" has ${n} mentions`));
    if (!spans.some((m) => m.start === at)) warn(P(`negative list "${l.text}" does not start at a mention`));
  }
}
if (withDate < 1) err('no article with a date line');
if (withDate === txts.length) err('every article has a date line');

for (const w of warnings) console.log('WARN ', w);
for (const e of errors) console.log('ERROR', e);
console.log(JSON.stringify(sizes));
console.log(errors.length ? `${errors.length} errors` : `OK: no errors (${warnings.length} warnings)`);
process.exit(errors.length ? 1 : 0);
