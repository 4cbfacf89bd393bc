// Checks gold.json against the article texts and the knowledge base, independently of build.mjs.
// Reads only *.txt, gold.json, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
// Prints errors (exit 1 if any), warnings, and the sizes of the set.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const errors = [], warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const warn = (a, m) => warnings.push(`${a}: ${m}`);

// ---- kb: names, types and forms
const kbType = new Map(); // name → type
const forms = []; // { form, name, type, how }
const inflect = (d) => {
  const out = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...out];
  if (/(en|on)$/.test(d)) out.add(d + 'ne').add(d + 'nes');
  if (/s$/.test(d)) out.add(d + 'e').add(d + 'es');
  else out.add(d + 'e').add(d + 'es');
  if (/c$/.test(d)) out.add(d + 'que').add(d + 'ques');
  return [...out];
};
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    forms.push({ form: e.name, name: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, name: e.name, type: e.type, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, name: e.name, type: e.type, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) forms.push({ form: x, name: e.name, type: e.type, how: 'demonym' });
  }
}
// Folding that keeps offsets: one char → one char.
const fold1 = (c) => {
  if (c === '’' || c === 'ʼ' || c === '‘') return "'";
  if (c === '\u00a0' || c === '\u202f' || c === '-' || c === '‐' || c === '–') return ' ';
  const d = c.normalize('NFD')[0];
  return d.toLowerCase().length === 1 ? d.toLowerCase() : d;
};
const fold = (s) => [...s].map(fold1).join('');
const isAcronym = (s) => /^[A-Z0-9][A-Z0-9-]+$/.test(s);
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const foldedForms = forms.map((f) => ({ ...f, key: isAcronym(f.form) ? f.form : fold(f.form) }));
const formKeys = new Set(foldedForms.map((f) => f.key));

function occurrences(text, s) {
  const out = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1))
    if (!isWordChar(text[p - 1]) && !isWordChar(text[p + s.length])) out.push(p);
  return out;
}

const sizes = {
  articles: 0, words: 0, mentions: 0, byType: {}, byKind: {}, outsideKb: 0, sentences: 0, byStatus: {},
  quotes: 0, quotesWithSpeaker: 0, quotesNull: 0, signatoryLists: 0, negativeLists: 0, perArticle: [],
};
const inc = (o, k) => (o[k] = (o[k] ?? 0) + 1);
let withDate = 0, withoutDate = 0;

const files = readdirSync(here).filter((f) => /^\d\d_.*\.txt$/.test(f)).sort();
for (const f of files) if (!gold.articles[f]) err(f, 'no gold for this article');
for (const [art, g] of Object.entries(gold.articles)) {
  const text = readFileSync(join(here, art), 'utf8');
  sizes.articles++;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  sizes.words += words;
  if (words < 350 || words > 600) err(art, `${words} words, not 350–600`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++;
  else withoutDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    sizes.mentions++;
    inc(sizes.byType, e.type);
    inc(sizes.byKind, e.kind ?? 'name');
    if (e.kb === false) sizes.outsideKb++;
    const occ = occurrences(text, e.surface);
    if (e.occurrence >= occ.length) { err(art, `entity "${e.surface}" #${e.occurrence} not in the text (${occ.length} found)`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(art, `bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(art, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(art, `"${e.entity}" is marked kb:false but is a kb name`);
      const k = isAcronym(e.surface) ? e.surface : fold(e.surface);
      if (formKeys.has(k)) err(art, `kb:false surface "${e.surface}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) err(art, `"${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(art, `"${e.entity}" is a ${kbType.get(e.entity)} in the kb, gold says ${e.type}`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && !forms.some((f) => f.how === 'metonym' && f.form === e.surface && f.name === e.entity))
      warn(art, `"${e.surface}" (${e.kind}) is not a kb metonym of ${e.entity}`);
    if ((e.kind === 'adjective' || e.kind === 'demonym') && !forms.some((f) => f.how === 'demonym' && fold(f.form) === fold(e.surface) && f.name === e.entity))
      err(art, `"${e.surface}" (${e.kind}) is not an inflected kb demonym of ${e.entity}`);
    if (e.kind === 'demonym' && e.surface[0] !== e.surface[0].toUpperCase()) err(art, `demonym noun "${e.surface}" in lower case`);
    if (e.kind === 'adjective' && e.surface[0] !== e.surface[0].toLowerCase()) warn(art, `adjective "${e.surface}" capitalised`);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(art, `mentions overlap: "${spans[i - 1].e.surface}" and "${spans[i].e.surface}"`);

  // every kb form in the text lies under a gold mention
  const ft = fold(text);
  for (const f of foldedForms) {
    const hay = isAcronym(f.form) ? text : ft;
    for (const p of occurrences(hay, f.key)) {
      const end = p + f.key.length;
      const under = spans.find((s) => s.start <= p && end <= s.end);
      if (!under) {
        const part = spans.find((s) => s.start < end && p < s.end);
        err(art, `kb ${f.how} "${text.slice(p, end)}" (${f.name}) at ${p} is ${part ? `only partly under "${part.e.surface}"` : 'under no gold mention'}`);
      }
    }
  }

  // ---- sentences: prefixes found in order; the first starts the text; each sentence (from its start to the
  // next one's) holds no line break inside and no other sentence end (". X", "? X", "! X"; not "M. X")
  const starts = [];
  let from = 0;
  g.sentences.forEach((s) => {
    sizes.sentences++;
    inc(sizes.byStatus, s.status);
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(art, `bad status ${s.status}`);
    if (typeof s.text !== 'string' || s.text.length > 40) err(art, `sentence prefix longer than 40: "${s.text}"`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(art, `sentence "${s.text}" not found in order`); return; }
    if (starts.length && /\S/.test(text[at - 1] ?? '')) warn(art, `sentence "${s.text}" does not follow a space`);
    starts.push(at);
    from = at + s.text.length;
  });
  if (starts.length && starts[0] !== text.search(/\S/)) err(art, 'first sentence does not start the text');
  starts.forEach((at, k) => {
    const seg = text.slice(at, k + 1 < starts.length ? starts[k + 1] : text.length).replace(/\s+$/, '');
    if (seg.includes('\n')) err(art, `sentence "${seg.slice(0, 40)}" runs over a line break`);
    const m = seg.match(/(?<!\bM)[.!?][»”"\u00a0\u202f ]*\s[A-ZÀ-Ý«“"]/u);
    if (m) err(art, `sentence "${seg.slice(0, 40)}" holds another sentence end: "${seg.slice(m.index - 10, m.index + 10)}"`);
  });

  // ---- quotes: every pair of quotation marks in the text, one for one with the gold
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const close = c === '«' ? '»' : c === '“' ? '”' : c === '"' ? '"' : null;
    if (!close) {
      if (c === '»' || c === '”') err(art, `unmatched closing quote at ${i}`);
      continue;
    }
    const j = text.indexOf(close, i + 1);
    if (j < 0) { err(art, `unclosed quote at ${i}`); break; }
    const inner = text.slice(i + 1, j);
    if (/[«“]/.test(inner)) err(art, `nested quote at ${i}`);
    found.push({ at: i, inner: inner.replace(/^[\s\u00a0\u202f]+/, '') });
    i = j;
  }
  if (found.length !== g.quotes.length) err(art, `${found.length} quotations in the text, ${g.quotes.length} in the gold`);
  g.quotes.forEach((q, k) => {
    sizes.quotes++;
    if (q.speaker === null) sizes.quotesNull++;
    else sizes.quotesWithSpeaker++;
    const fq = found[k];
    if (!fq) return;
    if (!fq.inner.startsWith(q.text)) err(art, `quote #${k} "${q.text}" ≠ text "${fq.inner.slice(0, 30)}"`);
    if (fq.inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '') !== q.text)
      err(art, `quote #${k} "${q.text}" is not the first 30 characters of the quotation, trimmed`);
    if (q.speaker !== null && typeof q.speaker !== 'string') err(art, `quote #${k}: bad speaker`);
    if (q.speaker && /^[A-ZÉ]/.test(q.speaker) && !kbType.has(q.speaker) && !g.entities.some((e) => e.entity === q.speaker))
      warn(art, `quote #${k}: capitalised speaker "${q.speaker}" is neither a kb name nor an entity of the article`);
    for (const a of q.speakerAlso ?? [])
      if (/^[A-ZÉ]/.test(a) && !kbType.has(a)) err(art, `quote #${k}: speakerAlso "${a}" is not a kb name`);
  });

  // ---- lists: region = from the list's start to the end of its sentence
  const sentStarts = [];
  sentStarts.push(...starts);
  const regionEnd = (at) => { const n = sentStarts.find((s) => s > at); return n ?? text.length; };
  for (const l of g.signatoryLists ?? []) {
    sizes.signatoryLists++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `signatory list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.end <= regionEnd(at));
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(m))) err(art, `list member "${m}" is not a kb country or organisation`);
      if (!inside.some((s) => s.e.entity === m)) err(art, `list member "${m}" is not mentioned inside the list`);
    }
    if (!('statedTotal' in l)) err(art, 'signatory list without statedTotal');
    if (l.statedTotal != null && l.statedTotal < l.members.length) err(art, 'statedTotal below the members named');
  }
  for (const l of g.negativeLists ?? []) {
    sizes.negativeLists++;
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `negative list "${l.text}" not found`); continue; }
    const inside = spans.filter((s) => s.start >= at && s.end <= regionEnd(at));
    if (inside.length < 2) err(art, `negative list "${l.text}" has ${inside.length} mention(s)`);
  }
  sizes.perArticle.push({ art, words, mentions: g.entities.length, sentences: g.sentences.length, quotes: g.quotes.length });
}
if (!withDate) errors.push('no article has a date line');
if (!withoutDate) errors.push('every article has a date line');
if (sizes.signatoryLists < 2) errors.push('fewer than 2 signatory lists');
if (sizes.negativeLists < 4) errors.push('fewer than 4 negative lists');

for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(JSON.stringify(sizes, null, 1));
console.log(errors.length ? `${errors.length} error(s)` : 'check passed: no errors');
process.exit(errors.length ? 1 : 0);
