// Checks gold.json of eval/heldout24 against the article texts, independently of build.mjs and of src/.
// It reads only *.txt, gold.json and the name, type, aliases, demonyms and metonyms of server/data/kb/*.json.
// Exit code 1 on any error; warnings are printed but do not fail.
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const kbDir = process.env.KB_DIR ?? path.join(here, '..', '..', 'server', 'data', 'kb');
const errors = [];
const warnings = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

// ---------- kb (only the allowed fields)
const kb = [];
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  const list = Array.isArray(data) ? data : data.entities ?? Object.values(data);
  for (const e of list) {
    if (!e || typeof e !== 'object' || !e.name) continue;
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const kbByName = new Map(kb.map((e) => [e.name, e]));

// Length-preserving folding: case, accents, apostrophes, hyphens and no-break spaces.
const foldChar = (c) => {
  if (c === '’' || c === 'ʼ' || c === '`') return "'";
  if (c === '-' || c === '‐' || c === '‑' || c === '\u00a0' || c === '\u202f') return ' ';
  const base = c.normalize('NFD')[0];
  return base.toLowerCase().length === 1 ? base.toLowerCase() : base;
};
const fold = (s) => [...s].map(foldChar).join('');
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isAcronym = (s) => s.length >= 2 && /\p{Lu}/u.test(s) && s === s.toUpperCase();

function inflections(d) {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  if (/e$/.test(d)) out.add(d + 's');
  return [...out];
}
const forms = []; // { form, entity, how }
for (const e of kb) {
  forms.push({ form: e.name, entity: e.name, how: 'name' });
  for (const a of e.aliases) forms.push({ form: a, entity: e.name, how: 'alias' });
  for (const m of e.metonyms) forms.push({ form: m, entity: e.name, how: 'metonym' });
  for (const d of e.demonyms) for (const x of inflections(d)) forms.push({ form: x, entity: e.name, how: 'demonym' });
}
const foldedForms = new Map(); // folded form -> entity names
for (const f of forms) {
  const k = fold(f.form);
  if (!foldedForms.has(k)) foldedForms.set(k, new Set());
  foldedForms.get(k).add(f.entity);
}

// Occurrences of s in text, with no letter or digit right before or after (exact, case-sensitive).
function occurrences(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + s.length])) out.push(i);
  }
  return out;
}

// ---------- gold and texts
const gold = JSON.parse(fs.readFileSync(path.join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold.json: version must be 1');
const txts = fs.readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const golds = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(golds)) err(`articles differ: txt ${txts} vs gold ${golds}`);
if (txts.length !== 6) err(`expected 6 articles, found ${txts.length}`);
for (const f of txts) if (!/^0[1-6]_[a-z0-9_]+\.txt$/.test(f)) err(`${f}: file name not 0N_<slug>.txt`);

const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const STATUSES = new Set(['attributed', 'vague', 'unattributed', 'not-claim']);
const OPEN = { '«': '»', '“': '”', '"': '"' };
const WORDNUM = { onze: 11, dix: 10, douze: 12, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, deux: 2 };

let withDate = 0, withoutDate = 0, nSig = 0, nNeg = 0;
const stats = [];

for (const file of txts) {
  const buf = fs.readFileSync(path.join(here, file));
  const text = buf.toString('utf8');
  if (Buffer.from(text, 'utf8').compare(buf) !== 0 || text.includes('\ufffd')) err(`${file}: not valid UTF-8`);
  if (/[¶⟨⟩\[\]~^]|%%/.test(text)) err(`${file}: markup left in the text`);
  const g = gold.articles[file];
  if (!g) continue;
  const A = (m) => err(`${file}: ${m}`);
  const W = (m) => warn(`${file}: ${m}`);

  // words
  const words = text.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) A(`${words} words, not 350–600`);
  if (/^date \d{4}-\d{2}$/m.test(text)) withDate++; else withoutDate++;

  // ---------- entities
  const spans = [];
  for (const e of g.entities) {
    for (const k of Object.keys(e)) if (!['surface', 'occurrence', 'entity', 'type', 'kind', 'kb'].includes(k)) A(`entity field ${k}`);
    if (!TYPES.has(e.type)) A(`"${e.surface}": bad type ${e.type}`);
    if (e.kind !== undefined && !KINDS.has(e.kind)) A(`"${e.surface}": bad kind ${e.kind}`);
    if (e.surface !== e.surface.trim() || !e.surface) A(`"${e.surface}": surface with outer spaces`);
    const occ = occurrences(text, e.surface);
    if (!Number.isInteger(e.occurrence) || e.occurrence < 0 || e.occurrence >= occ.length) {
      A(`"${e.surface}" #${e.occurrence} not found (only ${occ.length})`);
      continue;
    }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbByName.has(e.entity)) A(`"${e.entity}" is marked kb:false but is a kb name`);
      for (const s of [e.entity, e.surface]) if (foldedForms.has(fold(s))) A(`kb:false "${s}" is a kb form of ${[...foldedForms.get(fold(s))]}`);
    } else {
      if (e.kb !== undefined) A(`"${e.surface}": kb must be false or absent`);
      const k = kbByName.get(e.entity);
      if (!k) A(`"${e.entity}" is not a kb name`);
      else if (k.type !== e.type) A(`"${e.entity}" has kb type ${k.type}, gold says ${e.type}`);
    }
    if (['metonym', 'capital'].includes(e.kind)) {
      const k = kbByName.get(e.entity);
      if (e.kb !== false && k && !k.metonyms.includes(e.surface)) W(`"${e.surface}" (${e.kind}) is not a kb metonym of ${e.entity}`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].start < spans[k - 1].end) A(`mentions overlap: "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`);
  }
  const covering = (s, e) => spans.find((m) => m.start <= s && m.end >= e);

  // every kb form in the text lies under a gold mention
  const ftext = fold(text);
  for (const f of forms) {
    const acr = isAcronym(f.form);
    const hay = acr ? text : ftext;
    const needle = acr ? f.form : fold(f.form);
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      if (isWordChar(text[i - 1]) || isWordChar(text[i + needle.length])) continue;
      const m = covering(i, i + needle.length);
      if (!m) A(`kb ${f.how} "${f.form}" (${f.entity}) at ${i} is under no gold mention: «${text.slice(Math.max(0, i - 20), i + needle.length + 20).replace(/\n/g, ' ')}»`);
      else if (m.start === i && m.end === i + needle.length && m.e.entity !== f.entity && !foldedForms.get(fold(f.form))?.has(m.e.entity)) {
        W(`"${m.e.surface}" is a kb ${f.how} of ${f.entity} but gold links it to ${m.e.entity}`);
      }
    }
  }

  // ---------- sentences
  const starts = [];
  let from = 0;
  for (const s of g.sentences) {
    if (!STATUSES.has(s.status)) A(`sentence "${s.text}": bad status ${s.status}`);
    if (s.text.length > 40 || !s.text || s.text !== s.text.trim()) A(`sentence "${s.text}": text must be 1–40 chars, trimmed`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { A(`sentence "${s.text}" not found in order`); continue; }
    starts.push(at);
    from = at + s.text.length;
  }
  if (starts.length === g.sentences.length) {
    if (text.slice(0, starts[0]).trim() !== '') A('text before the first sentence');
    starts.forEach((st, k) => {
      const end = k + 1 < starts.length ? starts[k + 1] : text.length;
      const expect = text.slice(st, Math.min(end, st + 40)).trimEnd();
      if (expect !== g.sentences[k].text) A(`sentence ${k} prefix "${g.sentences[k].text}" should be "${expect}"`);
      if (k > 0) {
        const before = text.slice(0, st);
        const okLine = /\n[ \t]*$/.test(before);
        const okPunct = /[.!?…][»”"\u00a0\u202f ]*[ \t]+$/.test(before) || /[.!?…][»”"]?\s*$/.test(before);
        if (!okLine && !okPunct) A(`sentence "${g.sentences[k].text}" does not start after an end of sentence or a line break`);
      }
    });
    // every line and every ". X" must start a sentence
    const startSet = new Set(starts);
    const candidates = [];
    for (const m of text.matchAll(/(^|\n)[ \t]*(?=\S)/g)) candidates.push({ at: m.index + m[0].length, why: 'line start' });
    for (const m of text.matchAll(/[.!?…][»”"\u00a0\u202f]*[ \t]+(?=[\p{Lu}«“"])/gu)) {
      const at = m.index + m[0].length;
      const prev = text.slice(Math.max(0, m.index - 3), m.index + 1);
      if (/(^|[\s(])M\.$/.test(prev)) continue; // "M. Lee"
      candidates.push({ at, why: 'after end punctuation' });
    }
    for (const c of candidates) {
      if (!startSet.has(c.at) && c.at < text.length) {
        // a question mark inside a quote that ends the quoted sentence but not the reporting sentence is allowed only if listed
        A(`no gold sentence starts at ${c.why}: «${text.slice(c.at, c.at + 40).replace(/\n/g, ' ')}»`);
      }
    }
  }

  // ---------- quotes
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '»' || c === '”') A(`closing ${c} without an opening mark at ${i}`);
    if (OPEN[c]) {
      const close = text.indexOf(OPEN[c], i + 1);
      if (close < 0) { A(`unclosed ${c} at ${i}`); break; }
      const inner = text.slice(i + 1, close);
      if (/[«“]/.test(inner) || (c !== '"' && inner.includes('"'))) A(`nested quotation marks at ${i}`);
      if (inner.includes('\n')) A(`quotation across a line break at ${i}`);
      found.push(inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''));
      i = close;
    }
  }
  if (found.length !== g.quotes.length) A(`${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, k) => {
    if (found[k] !== q.text) A(`quote ${k}: gold "${q.text}" vs text "${found[k]}"`);
    if (!(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.trim()))) A(`quote "${q.text}": bad speaker`);
    if (q.speakerAlso !== undefined && (!Array.isArray(q.speakerAlso) || !q.speakerAlso.length)) A(`quote "${q.text}": bad speakerAlso`);
    if (q.speakerAlso && q.speaker === null) A(`quote "${q.text}": speakerAlso without speaker`);
    for (const s of [q.speaker, ...(q.speakerAlso ?? [])]) {
      if (s && /^\p{Lu}/u.test(s) && !kbByName.has(s) && !g.entities.some((e) => e.kb === false && e.entity === s)) W(`quote "${q.text}": speaker "${s}" is capitalised but not a kb name`);
    }
  });

  // sentence containing an offset
  const sentenceEnd = (pos) => {
    const k = starts.findIndex((st) => st > pos);
    return k < 0 ? text.length : starts[k];
  };

  // ---------- signatory lists
  const sigSpans = [];
  for (const l of g.signatoryLists ?? []) {
    nSig++;
    const at = text.indexOf(l.text);
    if (at < 0) { A(`signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    sigSpans.push([at, end]);
    const inside = spans.filter((m) => m.start >= at && m.start < end).map((m) => m.e);
    if (!Array.isArray(l.members) || l.members.length < 2) A(`signatory list "${l.text}": fewer than 2 members`);
    for (const mem of l.members ?? []) {
      const k = kbByName.get(mem);
      if (!k || !['country', 'organisation'].includes(k.type)) A(`signatory list "${l.text}": member ${mem} is not a kb country or organisation`);
      if (!inside.some((e) => e.entity === mem && e.kb !== false)) A(`signatory list "${l.text}": member ${mem} is not mentioned in the list`);
    }
    if (new Set(l.members).size !== l.members.length) A(`signatory list "${l.text}": duplicate members`);
    if (!(l.statedTotal === null || Number.isInteger(l.statedTotal))) A(`signatory list "${l.text}": statedTotal must be an integer or null`);
    if (Number.isInteger(l.statedTotal)) {
      const region = text.slice(at, end);
      const nums = [...region.matchAll(/\d+/g)].map((m) => +m[0]);
      const wordNums = Object.entries(WORDNUM).filter(([w]) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(region)).map(([, n]) => n);
      if (![...nums, ...wordNums].includes(l.statedTotal)) A(`signatory list "${l.text}": stated total ${l.statedTotal} not in the list`);
      if (l.statedTotal < l.members.length) A(`signatory list "${l.text}": stated total below the number of members`);
    }
    if (l.approximate !== undefined && typeof l.approximate !== 'boolean') A(`signatory list "${l.text}": approximate must be boolean`);
  }

  // ---------- negative lists
  for (const l of g.negativeLists ?? []) {
    nNeg++;
    const at = text.indexOf(l.text);
    if (at < 0) { A(`negative list "${l.text}" not found`); continue; }
    const n = spans.filter((m) => m.start >= at && m.start < at + l.text.length).length;
    if (n < 2) A(`negative list "${l.text}": ${n} mention(s) in it, need ≥ 2`);
    if (sigSpans.some(([s, e]) => at >= s && at < e)) A(`negative list "${l.text}" lies inside a signatory list`);
  }

  const by = (key) => g.entities.reduce((o, e) => ((o[key(e)] = (o[key(e)] ?? 0) + 1), o), {});
  stats.push({
    file, words, entities: g.entities.length, byType: by((e) => e.type), byKind: by((e) => e.kind ?? 'name'),
    outside: g.entities.filter((e) => e.kb === false).length,
    sentences: g.sentences.reduce((o, s) => ((o[s.status] = (o[s.status] ?? 0) + 1), o), {}),
    nSent: g.sentences.length,
    quotes: g.quotes.length, quotesNull: g.quotes.filter((q) => q.speaker === null).length,
    sig: (g.signatoryLists ?? []).length, neg: (g.negativeLists ?? []).length,
  });
}

if (!withDate) err('no article has a date line');
if (!withoutDate) err('every article has a date line');
if (nSig < 2) err(`${nSig} signatory lists, need ≥ 2`);
if (nNeg < 4) err(`${nNeg} negative lists, need ≥ 4`);

if (process.argv.includes('--stats')) console.log(JSON.stringify(stats, null, 1));
for (const w of warnings) console.log(`warning: ${w}`);
for (const e of errors) console.log(`ERROR: ${e}`);
console.log(errors.length ? `${errors.length} error(s)` : `OK: ${txts.length} articles, no errors (${warnings.length} warning(s))`);
process.exit(errors.length ? 1 : 0);
