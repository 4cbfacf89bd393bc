// Checks gold.json of eval/heldout45 against the article texts, independently of build.mjs.
// Reads only *.txt, gold.json, and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kbType = new Map();
const forms = []; // { form, entity, how }
function inflect(d) {
  if (/e$/.test(d)) return [d, d + 's'];
  if (/(en|on)$/.test(d)) return [d, d + 's', d + 'ne', d + 'nes'];
  if (/s$/.test(d)) return [d, d + 'e', d + 'es'];
  return [d, d + 's', d + 'e', d + 'es'];
}
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(j) ? j : j.entities ?? Object.values(j);
  for (const e of arr) {
    if (!e || !e.name) continue;
    kbType.set(e.name, e.type);
    forms.push({ form: e.name, entity: e.name, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, entity: e.name, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, entity: e.name, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const x of inflect(d)) forms.push({ form: x, entity: e.name, how: 'demonym' });
  }
}
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const norm = (s) => [...s].map((c) => {
  if (c === '’' || c === 'ʼ') return "'";
  if (c === '\u00A0' || c === '\u202F' || c === '-' || c === '‑') return ' ';
  const b = c.normalize('NFD')[0].toLowerCase();
  return b.length === 1 ? b : c;
}).join('');
const isAcronym = (f) => /^[A-Z0-9][A-Z0-9\-]*$/.test(f) && f.length <= 7;
const normForms = new Set(forms.map((f) => norm(f.form)));

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
const files = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const errors = [], warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const warn = (a, m) => warnings.push(`${a}: ${m}`);
if (files.join() !== Object.keys(gold.articles).sort().join()) errors.push('the .txt files and gold.json articles differ');

// deliberate non-mentions of kb forms: [file, form, 0-based index among the form's hits, reason]
const notMentions = [];

function findAll(text, s) {
  const r = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) if (!isWord(text[i - 1]) && !isWord(text[i + s.length])) r.push(i);
  return r;
}

let withDate = 0, withoutDate = 0;
const totals = { words: 0 };
for (const art of files) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if (!g) continue;
  // words
  const words = text.split(/[\s\u00A0\u202F]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 350 || words > 600) err(art, `${words} words`);
  totals.words += words;
  console.log(`${art}: ${words} words, ${g.entities.length} mentions, ${g.sentences.length} sentences, ${g.quotes.length} quotes`);
  if (/^date \d{4}-\d{2}\n/.test(text)) withDate++; else withoutDate++;
  if (text.includes('\r')) err(art, 'CR in text');
  if (/[⟦⟧\[\]|~^]/.test(text.replace(/\[(?=[^\]]*\])/g, ''))) warn(art, 'markup character left in the text?');

  // entities
  const spans = [];
  for (const e of g.entities) {
    const hits = findAll(text, e.surface);
    if (e.occurrence >= hits.length) { err(art, `entity "${e.surface}" #${e.occurrence} not found (${hits.length} hits)`); continue; }
    const start = hits[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(art, `bad type ${e.type}`);
    if (e.kind && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(art, `bad kind ${e.kind}`);
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(art, `kb:false entity "${e.entity}" is a kb name`);
      if (normForms.has(norm(e.surface))) err(art, `kb:false surface "${e.surface}" is a kb form`);
      if (normForms.has(norm(e.entity))) err(art, `kb:false entity "${e.entity}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) err(art, `"${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(art, `"${e.entity}" has kb type ${kbType.get(e.entity)}, gold ${e.type}`);
    }
    if ((e.kind === 'metonym' || e.kind === 'capital') && !forms.some((f) => f.how === 'metonym' && f.entity === e.entity && norm(f.form) === norm(e.surface))) err(art, `${e.kind} "${e.surface}" is not a kb metonym of ${e.entity}`);
    if ((e.kind === 'adjective' || e.kind === 'demonym') && !forms.some((f) => f.how === 'demonym' && f.entity === e.entity && norm(f.form) === norm(e.surface))) err(art, `${e.kind} "${e.surface}" is not a demonym form of ${e.entity}`);
    if (e.kind === 'demonym' && !/^\p{Lu}/u.test(e.surface)) warn(art, `demonym noun "${e.surface}" in lower case`);
    if (e.kind === 'adjective' && /^\p{Lu}/u.test(e.surface) && text[start - 1] !== '\n') warn(art, `adjective "${e.surface}" capitalised`);
  }
  spans.sort((a, b) => a.start - b.start);
  for (let k = 1; k < spans.length; k++) if (spans[k].start < spans[k - 1].end) err(art, `mentions overlap: "${spans[k - 1].e.surface}" and "${spans[k].e.surface}"`);
  const seen = new Set();
  for (const s of spans) { const key = s.start; if (seen.has(key)) err(art, `duplicate mention at ${key}`); seen.add(key); }

  // kb forms present in the text must lie under a gold mention
  const ntext = norm(text);
  for (const f of forms) {
    const acr = isAcronym(f.form);
    const hay = acr ? text : ntext, needle = acr ? f.form : norm(f.form);
    if (needle.length < 2) continue;
    let idx = 0;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      if (isWord(text[i - 1]) || isWord(text[i + needle.length])) continue;
      const under = spans.find((s) => s.start <= i && i + needle.length <= s.end);
      if (!under && !notMentions.some(([a, fm, n]) => a === art && fm === f.form && n === idx)) err(art, `kb ${f.how} "${text.slice(i, i + needle.length)}" (${f.entity}) at ${i} is under no gold mention`);
      else if (under && under.e.kb !== false && under.start === i && under.end === i + needle.length && under.e.entity !== f.entity && !forms.some((g2) => g2.entity === under.e.entity && norm(g2.form) === norm(under.e.surface)))
        warn(art, `"${under.e.surface}" annotated ${under.e.entity} but the kb says ${f.entity}`);
      idx++;
    }
  }

  // sentences
  let pos = 0;
  const starts = [];
  g.sentences.forEach((s, k) => {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(art, `bad status ${s.status}`);
    const at = text.indexOf(s.text, pos);
    if (at < 0) { err(art, `sentence ${k} "${s.text}" not found in order`); return; }
    if (k === 0 && text.slice(0, at).trim() !== '') err(art, 'the first sentence does not start the text');
    if (k > 0 && at === pos && pos > 0 && starts.includes(at)) err(art, `sentence ${k} repeats a start`);
    if (s.text.length < 40 && k + 1 < g.sentences.length && !/^[\s\u00A0\u202F]/.test(text.slice(at + s.text.length, at + s.text.length + 1) || ' ')) warn(art, `short sentence "${s.text}" not followed by a space`);
    starts.push(at);
    pos = at + 1;
  });
  // every paragraph starts a sentence
  for (let i = 0; i < text.length; i++) {
    if ((i === 0 || text[i - 1] === '\n') && text[i] !== '\n' && !starts.includes(i)) err(art, `line at ${i} ("${text.slice(i, i + 30)}") starts no sentence`);
  }
  // sentence starts should follow end punctuation or a line break
  for (const st of starts) {
    if (st === 0) continue;
    const before = text.slice(Math.max(0, st - 3), st);
    if (!/[.!?»”"…:]\s*$|\n$/.test(before.replace(/[\u00A0\u202F]/g, ' '))) warn(art, `sentence start at ${st} after "${before}"`);
  }
  // possible missed splits: ". X" inside a sentence
  const re = /[.!?][»”"]?[ \u00A0]+(?=[\p{Lu}«“"])/gu;
  for (let m; (m = re.exec(text));) {
    const next = m.index + m[0].length;
    if (!starts.includes(next) && !/\b(M|Mme|St|Dr|av|J\.-C)\.$/.test(text.slice(Math.max(0, m.index - 4), m.index + 1))) warn(art, `possible sentence start not in gold at ${next}: "${text.slice(next - 20, next + 20).replace(/\n/g, ' ')}"`);
  }

  // quotations
  const marks = [];
  let straight = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch === '«' || ch === '“') marks.push({ open: k, ch });
    else if (ch === '»' || ch === '”') { const l = marks[marks.length - 1]; if (!l || l.close !== undefined) err(art, `stray ${ch} at ${k}`); else l.close = k; }
    else if (ch === '"') { if (!straight) marks.push({ open: k, ch }); else marks[marks.length - 1].close = k; straight = !straight; }
  }
  if (marks.length !== g.quotes.length) err(art, `${marks.length} quotations in the text, ${g.quotes.length} in gold`);
  marks.forEach((m, k) => {
    const q = g.quotes[k];
    if (!q) return;
    const inner = text.slice(m.open + 1, m.close).trim().replace(/^[\u00A0\u202F ]+|[\u00A0\u202F ]+$/g, '');
    if (!inner.startsWith(q.text) || q.text.length < Math.min(30, inner.length) - 1 || q.text.length > 30) err(art, `quote ${k} "${q.text}" vs text "${inner.slice(0, 30)}"`);
    if (q.speaker !== null) {
      const isKb = kbType.has(q.speaker);
      const isLocal = g.entities.some((e) => e.kb === false && e.entity === q.speaker);
      if (!isKb && !isLocal && !/^[a-zàâçéèêëîïôûù]/.test(q.speaker)) err(art, `speaker "${q.speaker}" is not a kb name, a local entity or a noun phrase`);
      if (isKb && !g.entities.some((e) => e.entity === q.speaker)) warn(art, `kb speaker "${q.speaker}" has no mention in the article`);
    }
    for (const a of q.speakerAlso ?? []) if (!kbType.has(a) && !/^[a-zàâçéèêëîïôûù]/.test(a)) err(art, `speakerAlso "${a}" is neither kb nor noun phrase`);
  });

  // lists
  const sentenceEnd = (at) => { const k = starts.findIndex((s) => s > at); return k < 0 ? text.length : starts[k]; };
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `signatory list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    for (const m of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(m))) err(art, `member ${m} is not a kb country or organisation`);
      if (!spans.some((s) => s.start >= at && s.start < end && s.e.entity === m)) err(art, `member ${m} not mentioned inside the list`);
    }
    if (l.members.length < 2) err(art, 'signatory list with fewer than 2 members');
    if (l.statedTotal !== null && typeof l.statedTotal !== 'number') err(art, 'bad statedTotal');
    if (l.statedTotal && l.statedTotal < l.members.length) err(art, 'statedTotal below the members named');
  }
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `negative list "${l.text}" not found`); continue; }
    const end = sentenceEnd(at);
    const n = spans.filter((s) => s.start >= at && s.start < end).length;
    if (n < 2) err(art, `negative list "${l.text}" has ${n} mentions`);
  }
}
if (!withDate) errors.push('no article with a date line');
if (!withoutDate) errors.push('no article without a date line');
for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('ERROR:', e);
console.log(`${files.length} articles, ${totals.words} words; ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
