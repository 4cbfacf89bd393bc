// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (nothing else in the sources uses these characters):
//   {A} {V} {U} {N}        a sentence starts here: attributed, vague, unattributed, not-claim
//   [surface]              an entity found by the knowledge base (name or alias of exactly one entry)
//   [surface|=Name]        a knowledge-base entity given by its canonical name
//   [surface|/k]           ... with a kind: m metonym, c capital, a adjective, d demonym (entity found from
//                          the metonym or the inflected demonym); combinable: [Kim|=Kim Jong Un], [Rome|=Italie/c]
//   [surface|*type]        an entity outside the knowledge base, named by its surface
//   [surface|*type=Name]   ... with a name of our own
//   {q:Speaker}            the quotation opening right here has this speaker ({q:} = no speaker);
//   {q:Speaker|A;B}        ... and these equivalents (speakerAlso)
//   {S:M1,M2;total=N;approx}  a signatory list starts here
//   {L}                    a negative list starts here
//   ~ = U+00A0, ^ = U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
// Only the name, type, aliases, demonyms and metonyms of each entry are used.
const kb = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) {
    kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
}
const fold = (s) =>
  [...s].map((c) => c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).join('').toLowerCase()
    .replace(/[’‘]/g, "'").replace(/[-\u00a0\u202f]/g, ' ');
const inflect = (d) => {
  const out = new Set([d, d + 's', d + 'e', d + 'es']);
  if (/en$|on$/.test(d)) { out.add(d + 'ne'); out.add(d + 'nes'); }
  return [...out];
};
const byName = new Map(kb.map((e) => [e.name, e]));
function lookup(surface, kind) {
  const f = fold(surface);
  const hits = kb.filter((e) => {
    if (kind === 'm' || kind === 'c') return e.metonyms.some((m) => fold(m) === f);
    if (kind === 'a' || kind === 'd') return e.demonyms.some((d) => inflect(fold(d)).includes(f));
    return [e.name, ...e.aliases].some((n) => fold(n) === f);
  });
  if (hits.length !== 1) throw new Error(`lookup "${surface}" (${kind ?? '-'}): ${hits.length} hits ${hits.map((h) => h.name).join(', ')}`);
  return hits[0];
}
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrencesBefore(text, surface, at) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < at; i = text.indexOf(surface, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
  }
  return n;
}
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };

function parse(src) {
  let text = '';
  const ents = [], sents = [], qmarks = [], sig = [], neg = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      const body = src.slice(i + 1, j);
      if (/^[AVUN]$/.test(body)) sents.push({ at: text.length, status: STATUS[body] });
      else if (body.startsWith('q:')) {
        const [sp, also] = body.slice(2).split('|');
        qmarks.push({ at: text.length, speaker: sp === '' ? null : sp, speakerAlso: also ? also.split(';') : undefined });
      } else if (body.startsWith('S:')) {
        const parts = body.slice(2).split(';');
        const members = parts[0].split(',');
        let total = null, approx = false;
        for (const p of parts.slice(1)) {
          if (p.startsWith('total=')) total = Number(p.slice(6));
          else if (p === 'approx') approx = true;
          else throw new Error(`bad list option ${p}`);
        }
        sig.push({ at: text.length, members, statedTotal: total, approximate: approx });
      } else if (body === 'L') neg.push({ at: text.length });
      else throw new Error(`bad markup {${body}}`);
      i = j + 1;
    } else if (c === '[') {
      const j = src.indexOf(']', i);
      const [rawSurface, spec = ''] = src.slice(i + 1, j).split('|');
      const surface = rawSurface.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
      ents.push({ at: text.length, surface, spec });
      text += surface;
      i = j + 1;
    } else {
      text += c === '~' ? '\u00a0' : c === '^' ? '\u202f' : c;
      i++;
    }
  }
  return { text, ents, sents, qmarks, sig, neg };
}

function scanQuotes(text) {
  const quotes = [];
  for (let i = 0; i < text.length; i++) {
    const close = OPEN[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) throw new Error(`unclosed quote at ${i}: ${text.slice(i, i + 40)}`);
    quotes.push({ open: i, close: j, inner: text.slice(i + 1, j) });
    i = j;
  }
  return quotes;
}
const quoteText = (inner) => inner.replace(/^[\s\u00a0\u202f]+/, '').slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');

const gold = { version: 1, articles: {} };
const files = readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort();
for (const f of files) {
  const { text, ents, sents, qmarks, sig, neg } = parse(readFileSync(join(here, 'src', f), 'utf8'));
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, name), text);
  const entities = ents.map(({ at, surface, spec }) => {
    let m;
    if ((m = /^\*(country|organisation|person|place|weapon)(?:=(.+?))?(?:\/([mcad]))?$/.exec(spec))) {
      const e = { surface, occurrence: occurrencesBefore(text, surface, at), entity: m[2] ?? surface, type: m[1], kb: false };
      if (m[3]) e.kind = KINDS[m[3]];
      return e;
    }
    m = /^(?:=(.+?))?(?:\/([mcad]))?$/.exec(spec);
    if (!m) throw new Error(`${f}: bad spec "${spec}" for "${surface}"`);
    const k = m[2];
    const kbe = m[1] ? byName.get(m[1]) : lookup(surface, k);
    if (!kbe) throw new Error(`${f}: no kb entity "${m[1]}"`);
    const e = { surface, occurrence: occurrencesBefore(text, surface, at), entity: kbe.name, type: kbe.type };
    if (k) e.kind = KINDS[k];
    return e;
  });
  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].at : text.length;
    return { text: text.slice(s.at, end).trimEnd().slice(0, 40), status: s.status };
  });
  const scanned = scanQuotes(text);
  if (scanned.length !== qmarks.length) throw new Error(`${f}: ${scanned.length} quotations, ${qmarks.length} speaker marks`);
  const quotes = scanned.map((q, k) => {
    if (qmarks[k].at !== q.open) throw new Error(`${f}: speaker mark ${k} not at quotation ${k}: ${text.slice(q.open, q.open + 30)}`);
    const o = { text: quoteText(q.inner), speaker: qmarks[k].speaker };
    if (qmarks[k].speakerAlso) o.speakerAlso = qmarks[k].speakerAlso;
    return o;
  });
  const signatoryLists = sig.map((s) => ({ text: text.slice(s.at, s.at + 40), members: s.members, statedTotal: s.statedTotal, ...(s.approximate ? { approximate: true } : {}) }));
  const negativeLists = neg.map((s) => ({ text: text.slice(s.at, s.at + 40) }));
  gold.articles[name] = { entities, quotes, sentences, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${files.length} articles`);
