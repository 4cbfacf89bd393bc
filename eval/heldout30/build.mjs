// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   {u} {a} {v} {n}          start of a sentence: unattributed, attributed, vague, not-claim
//   [surface]                a kb entity whose name, alias, metonym or demonym is the surface
//   [surface|Entity]         a kb entity given by its name (kind inferred: metonym / adjective / demonym)
//   [surface|Entity|kind]    explicit kind: capital, metonym, adjective, demonym, or - for none
//   [surface|@Name|type]     an entity outside the kb
//   {q:Speaker}              a quotation opens right after; {q:-} no speaker; {q:Speaker|A;B;*} speakerAlso
//                            (* = the members of the last signatory list of the article)
//   {sig:TOTAL:APPROX:M1;M2} … {/sig}   a list of signatories (TOTAL or null; APPROX 1/0; members
//                            derived from the kb countries and organisations inside when omitted)
//   {neg} … {/neg}           a negative list (an enumeration of entities that are not signatories)
//   ~ = U+00A0, ^ = U+202F; a line starting with % is a comment.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

const fold = (s) =>
  [...s]
    .map((c) => {
      if (c === '’' || c === '‘') return "'";
      if (c === '\u00a0' || c === '\u202f') return ' ';
      if (c === '-' || c === '‑') return ' ';
      return c.normalize('NFD')[0].toLowerCase();
    })
    .join('');

function inflect(d) {
  const out = new Set([d]);
  if (d.endsWith('e')) out.add(d + 's');
  else if (d.endsWith('en') || d.endsWith('on')) ['ne', 'nes', 's'].forEach((x) => out.add(d + x));
  else if (d.endsWith('s')) ['e', 'es'].forEach((x) => out.add(d + x));
  else ['e', 's', 'es'].forEach((x) => out.add(d + x));
  return [...out];
}

// kb: name → {type, metonyms (folded), demonyms (folded, inflected)}; folded form → names
const kb = new Map();
const byForm = new Map();
const addForm = (f, name) => {
  const k = fold(f);
  if (!byForm.has(k)) byForm.set(k, new Set());
  byForm.get(k).add(name);
};
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    const dem = (e.demonyms ?? []).flatMap(inflect);
    kb.set(e.name, { type: e.type, names: new Set([e.name, ...(e.aliases ?? [])].map(fold)), metonyms: new Set((e.metonyms ?? []).map(fold)), demonyms: new Set(dem.map(fold)) });
    [e.name, ...(e.aliases ?? []), ...(e.metonyms ?? []), ...dem].forEach((x) => addForm(x, e.name));
  }
}

const STATUS = { u: 'unattributed', a: 'attributed', v: 'vague', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const isLD = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrenceOf(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1)) {
    if (!isLD(text[i - 1]) && !isLD(text[i + surface.length])) n++;
  }
  return n;
}

function parse(file, src) {
  const lines = src.split('\n').filter((l) => !l.startsWith('%'));
  src = lines.join('\n').replace(/\s+$/, '') + '\n';
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  const err = (m) => { throw new Error(`${file}: ${m} (near output …${out.slice(-60)})`); };
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '~') { out += '\u00a0'; i++; continue; }
    if (c === '^') { out += '\u202f'; i++; continue; }
    if (c === '[') {
      const j = src.indexOf(']', i);
      const parts = src.slice(i + 1, j).split('|');
      const surface = parts[0].replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
      const start = out.length;
      out += surface;
      const e = { surface, start, end: out.length };
      if (parts[1]?.startsWith('@')) {
        e.entity = parts[1].slice(1);
        e.type = parts[2];
        e.kb = false;
        if (!['country', 'organisation', 'person', 'place', 'weapon'].includes(e.type)) err(`bad type for ${surface}`);
      } else {
        let name = parts[1];
        if (!name) {
          const names = byForm.get(fold(surface));
          if (!names || names.size !== 1) err(`cannot resolve "${surface}" (${names ? [...names].join(', ') : 'unknown'})`);
          name = [...names][0];
        }
        const k = kb.get(name);
        if (!k) err(`"${name}" is not a kb name`);
        e.entity = name;
        e.type = k.type;
        let kind = parts[2];
        if (kind === undefined) {
          if (k.names.has(fold(surface))) kind = undefined;
          else if (k.metonyms.has(fold(surface))) kind = 'metonym';
          else if (k.demonyms.has(fold(surface))) kind = surface[0] === surface[0].toUpperCase() ? 'demonym' : 'adjective';
        }
        if (kind && kind !== '-') {
          if (!['metonym', 'capital', 'adjective', 'demonym'].includes(kind)) err(`bad kind ${kind}`);
          e.kind = kind;
        }
      }
      ents.push(e);
      i = j + 1;
      continue;
    }
    if (c === '{') {
      const j = src.indexOf('}', i);
      const d = src.slice(i + 1, j);
      i = j + 1;
      if (STATUS[d]) sents.push({ start: out.length, status: STATUS[d] });
      else if (d.startsWith('q:')) {
        const [sp, also] = d.slice(2).split('|');
        const q = { start: out.length, speaker: sp === '-' ? null : sp };
        if (also) {
          const list = also.split(';').flatMap((x) => (x === '*' ? sigs.at(-1).members : [x]));
          q.speakerAlso = [...new Set(list)].filter((x) => x !== q.speaker);
        }
        quotes.push(q);
      } else if (d.startsWith('sig:')) {
        const [total, approx, members] = d.slice(4).split(':');
        openSig = { start: out.length, statedTotal: total === 'null' ? null : Number(total), approximate: approx === '1', given: members ? members.split(';') : null };
      } else if (d === '/sig') {
        const inside = ents.filter((e) => e.start >= openSig.start && e.end <= out.length && e.kb !== false && ['country', 'organisation'].includes(e.type));
        openSig.members = openSig.given ?? [...new Set(inside.map((e) => e.entity))];
        openSig.end = out.length;
        sigs.push(openSig);
        openSig = null;
      } else if (d === 'neg') openNeg = { start: out.length };
      else if (d === '/neg') { openNeg.end = out.length; negs.push(openNeg); openNeg = null; }
      else err(`unknown directive {${d}}`);
      continue;
    }
    out += c;
    i++;
  }
  const text = out;
  // every non-empty line starts a sentence
  const starts = new Set(sents.map((s) => s.start));
  for (let p = 0; p < text.length; ) {
    const nl = text.indexOf('\n', p);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd > p && !starts.has(p)) err(`line at ${p} does not start with a sentence marker: ${text.slice(p, p + 50)}`);
    p = lineEnd + 1;
  }
  const gold = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) {
    const g = { surface: e.surface, occurrence: occurrenceOf(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    gold.entities.push(g);
  }
  for (const q of quotes) {
    const mark = text[q.start];
    if (!OPEN[mark]) err(`quote marker not before a quotation mark at ${q.start}`);
    const close = text.indexOf(OPEN[mark], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso?.length) g.speakerAlso = q.speakerAlso;
    gold.quotes.push(g);
  }
  sents.forEach((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    gold.sentences.push({ text: text.slice(s.start, end).replace(/\s+$/, '').slice(0, 40), status: s.status });
  });
  for (const s of sigs) {
    const g = { text: text.slice(s.start, s.start + 40).split('\n')[0], members: s.members, statedTotal: s.statedTotal };
    if (s.approximate) g.approximate = true;
    gold.signatoryLists.push(g);
  }
  for (const n of negs) gold.negativeLists.push({ text: text.slice(n.start, n.start + 40).split('\n')[0] });
  return { text, gold };
}

const golds = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const { text, gold } = parse(f, readFileSync(join(here, 'src', f), 'utf8'));
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, name), text);
  golds[name] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles: golds }, null, 2) + '\n');
console.log(`built ${Object.keys(golds).length} articles`);
