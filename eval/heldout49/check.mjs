// Checks eval/heldout49/gold.json against the article texts, independently of build.mjs.
// Reads only this folder and the name/type/aliases/demonyms/metonyms of server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const errors = [], warnings = [];
const err = (a, m) => errors.push(`${a}: ${m}`);
const warn = (a, m) => warnings.push(`${a}: ${m}`);

// ---- kb: names, types, every form
const kbType = new Map(); // name -> type
const forms = []; // { form, name, how }
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbType.set(e.name, e.type);
    forms.push({ form: e.name, name: e.name, how: 'name' });
    for (const a of e.aliases ?? []) forms.push({ form: a, name: e.name, how: 'alias' });
    for (const m of e.metonyms ?? []) forms.push({ form: m, name: e.name, how: 'metonym' });
    for (const d of e.demonyms ?? []) for (const i of inflect(d)) forms.push({ form: i, name: e.name, how: 'demonym' });
  }
}
function inflect(d) {
  const out = new Set([d]);
  if (d.endsWith('en')) ['ne', 'nes', 's'].forEach((s) => out.add(d + s));
  else if (d.endsWith('e')) out.add(d + 's');
  else if (d.endsWith('s') || d.endsWith('x')) ['e', 'es'].forEach((s) => out.add(d + s));
  else ['e', 's', 'es'].forEach((s) => out.add(d + s));
  return [...out];
}
// folding that keeps string length (one char in, one char out)
const fold = (s) =>
  [...s].map((c) => {
    const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const b = base.length === 1 ? base : c;
    if (/[\u2019\u02bc`]/.test(b)) return "'";
    if (/[\u00a0\u202f\-\u2010\u2011]/.test(b)) return ' ';
    return b.toLowerCase();
  }).join('');
const isAcronym = (f) => f === f.toUpperCase() && /[A-Z]/.test(f) && !/\s/.test(f) && f.length <= 6;
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const kbFoldedForms = new Set(forms.map((f) => fold(f.form)));

function occurrences(text, s) {
  const r = [];
  for (let p = text.indexOf(s); p !== -1; p = text.indexOf(s, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + s.length])) continue;
    r.push(p);
  }
  return r;
}
// text.length must equal [...text].length for the fold map to keep offsets: check no astral chars
const wordsOf = (t) => t.split(/[\s\u00a0\u202f]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const gold = JSON.parse(readFileSync(join(here, 'gold.json'), 'utf8'));
if (gold.version !== 1) err('gold', 'version is not 1');
const txts = readdirSync(here).filter((f) => f.endsWith('.txt')).sort();
const arts = Object.keys(gold.articles).sort();
if (JSON.stringify(txts) !== JSON.stringify(arts)) err('gold', `articles ${arts} vs files ${txts}`);
if (txts.length !== 6) err('set', `${txts.length} articles, not 6`);
let withDate = 0;
const totals = { words: 0 };

for (const art of arts) {
  const text = readFileSync(join(here, art), 'utf8');
  const g = gold.articles[art];
  if ([...text].length !== text.length) err(art, 'astral characters in text');
  const words = wordsOf(text);
  totals.words += words;
  if (words < 350 || words > 600) err(art, `${words} words`);
  if (/^\s*date \d{4}-\d{2}\s*$/m.test(text.split('\n')[0])) withDate++;

  // ---- entities
  const spans = [];
  for (const e of g.entities) {
    for (const k of Object.keys(e)) if (!['surface', 'occurrence', 'entity', 'type', 'kind', 'kb'].includes(k)) err(art, `entity field ${k}`);
    if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(art, `type ${e.type}`);
    if (e.kind !== undefined && !['metonym', 'capital', 'adjective', 'demonym'].includes(e.kind)) err(art, `kind ${e.kind}`);
    const occ = occurrences(text, e.surface);
    if (e.occurrence >= occ.length) { err(art, `entity "${e.surface}" #${e.occurrence} not found (${occ.length} occurrences)`); continue; }
    const start = occ[e.occurrence];
    spans.push({ start, end: start + e.surface.length, e });
    if (e.kb === false) {
      if (kbType.has(e.entity)) err(art, `kb:false entity "${e.entity}" is a kb name`);
      if (kbFoldedForms.has(fold(e.entity)) || kbFoldedForms.has(fold(e.surface))) err(art, `kb:false "${e.surface}"/"${e.entity}" is a kb form`);
    } else {
      if (!kbType.has(e.entity)) err(art, `entity "${e.entity}" is not a kb name`);
      else if (kbType.get(e.entity) !== e.type) err(art, `entity "${e.entity}" type ${e.type}, kb ${kbType.get(e.entity)}`);
      if (e.kind && e.type !== 'country' && !(e.entity === 'Union européenne')) err(art, `kind ${e.kind} on a non-country ${e.entity}`);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end) err(art, `overlap "${spans[i - 1].e.surface}" / "${spans[i].e.surface}"`);

  // ---- every kb form in the text lies under a gold mention
  const ftext = fold(text);
  if (ftext.length !== text.length) err(art, 'fold changed the length');
  for (const f of forms) {
    const hits = isAcronym(f.form) ? occurrences(text, f.form) : occurrences(ftext, fold(f.form));
    for (const p of hits) {
      const end = p + f.form.length;
      const under = spans.find((s) => s.start <= p && s.end >= end);
      if (!under) err(art, `kb ${f.how} "${text.slice(p, end)}" (${f.name}) at ${p} is not under a gold mention`);
      else if (under.start === p && under.end === end && under.e.kb !== false && under.e.entity !== f.name && f.how !== 'demonym')
        warn(art, `"${text.slice(p, end)}" is a kb ${f.how} of ${f.name}, gold says ${under.e.entity}`);
    }
  }

  // ---- sentences
  let from = 0;
  const starts = [];
  for (const s of g.sentences) {
    if (!['attributed', 'vague', 'unattributed', 'not-claim'].includes(s.status)) err(art, `status ${s.status}`);
    const at = text.indexOf(s.text, from);
    if (at < 0) { err(art, `sentence "${s.text}" not found in order`); continue; }
    if (s.text.length > 40) err(art, `sentence text longer than 40: "${s.text}"`);
    if (starts.length === 0 && text.slice(0, at).trim() !== '') err(art, 'text before the first sentence');
    if (starts.length) {
      const before = text.slice(0, at).trimEnd();
      if (!/[.!?»”"\n]$/.test(text.slice(0, at).replace(/[ \u00a0\u202f]+$/, '')) && !/[.!?»”"]$/.test(before))
        err(art, `sentence "${s.text}" does not follow an end of sentence or a line break`);
    }
    starts.push(at);
    from = at + 1;
  }
  // possible sentence ends inside a gold sentence
  for (let i = 0; i < starts.length; i++) {
    const seg = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
    const re = /([.!?])[ \u00a0]+(?=[A-ZÀÂÉÈÊÎÔÛÇ«“"])|\n/g;
    let m;
    while ((m = re.exec(seg))) {
      if (m.index >= seg.trimEnd().length) continue;
      const prev = seg.slice(Math.max(0, m.index - 3), m.index + 1);
      if (/\bM\.$/.test(prev)) continue;
      warn(art, `possible sentence end inside "${g.sentences[i].text}": …${seg.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\n/g, '⏎')}…`);
    }
  }

  // ---- quotes: every quotation in the text, in order
  const found = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"]*)"/g;
  let m;
  while ((m = re.exec(text))) found.push((m[1] ?? m[2] ?? m[3]).trim());
  if (/[«»“”"]/.test(text.replace(re, ''))) err(art, 'unpaired quotation mark');
  if (found.length !== g.quotes.length) err(art, `${found.length} quotations in the text, ${g.quotes.length} in gold`);
  g.quotes.forEach((q, i) => {
    const want = (found[i] ?? '').slice(0, 30).trim();
    if (q.text !== want) err(art, `quote ${i}: gold "${q.text}" vs text "${want}"`);
    const names = [q.speaker, ...(q.speakerAlso ?? [])].filter((x) => x !== null);
    for (const n of names) {
      const ok = kbType.has(n) || g.entities.some((e) => e.kb === false && e.entity === n) || /^(l'|l’|le |la |les |un |une |des )/.test(n);
      if (!ok) err(art, `speaker "${n}" is neither a kb name, an outside-kb entity, nor a noun phrase`);
    }
    if (q.speakerAlso && q.speaker === null) err(art, 'speakerAlso with a null speaker');
  });

  // sentence containing offset p: [start, end)
  const sentenceSpan = (p) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > p) i--;
    return [starts[i], i + 1 < starts.length ? starts[i + 1] : text.length];
  };
  // ---- signatory lists
  for (const l of g.signatoryLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `list "${l.text}" not found`); continue; }
    const [, end] = sentenceSpan(at);
    const inside = spans.filter((s) => s.start >= at && s.start < end).map((s) => s.e.entity);
    for (const mb of l.members) {
      if (!['country', 'organisation'].includes(kbType.get(mb))) err(art, `member ${mb} is not a kb country or organisation`);
      if (!inside.includes(mb)) err(art, `member ${mb} is not mentioned inside the list "${l.text}"`);
    }
    if (l.statedTotal !== null && (typeof l.statedTotal !== 'number' || l.statedTotal < l.members.length)) err(art, `statedTotal ${l.statedTotal}`);
    if (!spans.some((s) => s.start === at) && !/^(Les?|La|l')\s/i.test(l.text)) warn(art, `list "${l.text}" does not start at a mention`);
  }
  // ---- negative lists
  for (const l of g.negativeLists) {
    const at = text.indexOf(l.text);
    if (at < 0) { err(art, `negative list "${l.text}" not found`); continue; }
    const [, end] = sentenceSpan(at);
    const inside = spans.filter((s) => s.start >= at && s.start < end);
    if (!spans.some((s) => s.start === at)) err(art, `negative list "${l.text}" does not start at a mention`);
    // the enumeration: mentions joined by ", ", " et ", " ou ", "de", "des"
    let n = 0, pos = at;
    for (const s of inside) {
      const gap = text.slice(pos, s.start);
      if (n > 0 && !/^(,\s*|\s+(et|ou)\s+)(de\s+|d'|d’|des\s+|en\s+|la\s+|le\s+|à\s+)*$/.test(gap)) break;
      n++; pos = s.end;
    }
    if (n < 2) err(art, `negative list "${l.text}" has ${n} mention(s)`);
    if (g.signatoryLists.some((s) => s.text === l.text)) err(art, 'a list is both signatory and negative');
  }
}
if (withDate < 1 || withDate === arts.length) err('set', `${withDate} articles with a date line`);

for (const w of warnings) console.log(`warning  ${w}`);
for (const e of errors) console.log(`ERROR    ${e}`);
console.log(`${arts.length} articles, ${totals.words} words; ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
