// Builds the articles (*.txt) and gold.json of eval/heldout45 from the annotated sources in src/*.src.
//
// Markup of the sources (removed from the output):
//   ~  U+00A0 (no-break space)         ^  U+202F (narrow no-break space)
//   ⟦A⟧ ⟦V⟧ ⟦U⟧ ⟦N⟧   start of a sentence: attributed, vague, unattributed, not-claim
//   [surface|entity|kind]   an entity mention. entity: a kb name, or "=" (same as the surface),
//                           or "Name:type" / "=:type" for an entity outside the kb. kind is optional.
//   ⟦q:speaker⟧      just before an opening quotation mark; "-" for no speaker;
//                    "speaker/also1;also2" gives speakerAlso.
//   ⟦sig:TOTAL⟧ … ⟦/sig⟧     a signatory list (TOTAL a number, "-" for none; ":approx" after it);
//                              its members are the kb countries and organisations mentioned inside.
//   ⟦neg⟧ … ⟦/neg⟧           a negative list (enumeration of entities that are not signatories).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');
const kb = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(j) ? j : j.entities ?? Object.values(j);
  for (const e of arr) if (e && e.name) kb.set(e.name, e.type);
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrencesBefore(text, surface, at) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    if (isWord(text[i - 1]) || isWord(text[i + surface.length])) continue;
    if (i === at) return n;
    n++;
  }
  throw new Error(`surface "${surface}" not found at ${at}`);
}

function build(src, name) {
  src = src.replace(/~/g, '\u00A0').replace(/\^/g, '\u202F');
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && (src[i + 1] === '[' || src[i + 1] === ']')) { out += src[i + 1]; i += 2; continue; }
    if (c === '⟦') {
      const j = src.indexOf('⟧', i);
      const m = src.slice(i + 1, j);
      i = j + 1;
      if (STATUS[m]) sents.push({ at: out.length, status: STATUS[m] });
      else if (m.startsWith('q:')) {
        const spec = m.slice(2);
        const [sp, also] = spec.split('/');
        const q = { at: out.length, speaker: sp === '-' ? null : sp };
        if (also) q.speakerAlso = also.split(';');
        if (q.speaker && !kb.has(q.speaker) && !/^[a-zà-ÿ’']/.test(q.speaker) && !q.speaker.startsWith('!'))
          q.needsEntity = true;
        quotes.push(q);
      } else if (m.startsWith('sig')) {
        const parts = m.split(':');
        openSig = { at: out.length, total: parts[1] && parts[1] !== '-' ? Number(parts[1]) : null, approx: parts[2] === 'approx', entStart: ents.length };
      } else if (m === '/sig') {
        const members = [];
        for (const e of ents.slice(openSig.entStart)) if (e.kb && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity)) members.push(e.entity);
        sigs.push({ at: openSig.at, end: out.length, members, total: openSig.total, approx: openSig.approx });
        openSig = null;
      } else if (m === 'neg') openNeg = { at: out.length };
      else if (m === '/neg') { negs.push({ at: openNeg.at, end: out.length }); openNeg = null; }
      else throw new Error(`${name}: unknown marker ⟦${m}⟧`);
      continue;
    }
    if (c === '[') {
      const j = src.indexOf(']', i);
      const parts = src.slice(i + 1, j).split('|');
      if (parts.length < 2 || parts.length > 3) throw new Error(`${name}: bad entity [${parts.join('|')}]`);
      let [surface, spec, kind] = parts;
      let entity, type, inKb;
      if (spec.includes(':')) {
        [entity, type] = spec.split(':');
        if (entity === '=') entity = surface;
        inKb = false;
        if (kb.has(entity)) throw new Error(`${name}: ${entity} is in the kb`);
        if (!TYPES.has(type)) throw new Error(`${name}: bad type ${type}`);
      } else {
        entity = spec === '=' ? surface : spec;
        if (!kb.has(entity)) throw new Error(`${name}: "${entity}" is not a kb name`);
        type = kb.get(entity);
        inKb = true;
      }
      if (kind && !KINDS.has(kind)) throw new Error(`${name}: bad kind ${kind}`);
      ents.push({ at: out.length, surface, entity, type, kind, kb: inKb });
      out += surface;
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  if (openSig || openNeg) throw new Error(`${name}: unclosed list`);
  if (/[ \t]\n/.test(out)) throw new Error(`${name}: trailing space before a line break`);
  if (!out.endsWith('\n')) out += '\n';

  // quotation marks, paired in order
  const marks = [];
  let straightOpen = false;
  for (let k = 0; k < out.length; k++) {
    const ch = out[k];
    if (ch === '«' || ch === '“') marks.push({ open: k, ch });
    else if (ch === '»' || ch === '”') {
      const last = marks[marks.length - 1];
      if (!last || last.close !== undefined || last.ch !== (ch === '»' ? '«' : '“')) throw new Error(`${name}: unpaired ${ch} at ${k}`);
      last.close = k;
    } else if (ch === '"') {
      if (!straightOpen) { marks.push({ open: k, ch }); straightOpen = true; }
      else { marks[marks.length - 1].close = k; straightOpen = false; }
    }
  }
  if (marks.some((m) => m.close === undefined)) throw new Error(`${name}: unclosed quotation`);
  if (marks.length !== quotes.length) throw new Error(`${name}: ${marks.length} quotations, ${quotes.length} markers`);
  const goldQuotes = marks.map((m, k) => {
    const q = quotes[k];
    if (q.at !== m.open) throw new Error(`${name}: quote marker ${k} not at its quotation mark`);
    const inner = out.slice(m.open + 1, m.close).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    if (q.needsEntity && !ents.some((e) => e.entity === q.speaker)) throw new Error(`${name}: speaker ${q.speaker} is neither kb nor a mentioned entity`);
    return g;
  });

  const goldSents = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].at : out.length;
    return { text: out.slice(s.at, Math.min(s.at + 40, end)).replace(/[\s\u00A0\u202F]+$/, ''), status: s.status };
  });
  const goldEnts = ents.map((e) => {
    const g = { surface: e.surface, occurrence: occurrencesBefore(out, e.surface, e.at), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    return g;
  });
  const goldSigs = sigs.map((s) => {
    const g = { text: out.slice(s.at, s.at + 40), members: s.members, statedTotal: s.total };
    if (s.approx) g.approximate = true;
    return g;
  });
  const sentEnd = (at) => { const k = sents.findIndex((s) => s.at > at); return k < 0 ? out.length : sents[k].at; };
  const goldNegs = negs.map((n) => ({ text: out.slice(n.at, Math.min(n.at + 40, sentEnd(n.at))).replace(/[\s\u00A0\u202F]+$/, '') }));
  return { text: out, gold: { entities: goldEnts, quotes: goldQuotes, sentences: goldSents, signatoryLists: goldSigs, negativeLists: goldNegs } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(readFileSync(join(here, 'src', f), 'utf8'), name);
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
