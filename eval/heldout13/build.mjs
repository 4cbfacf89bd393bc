// Builds the articles (*.txt) and gold.json of eval/heldout13 from the annotated sources in src/*.src.
//
// Markup of a source (everything else is copied as is):
//   ⟨a⟩ ⟨v⟩ ⟨u⟩ ⟨n⟩        a sentence starts here: attributed, vague, unattributed, not-claim
//   [[surface]]             a mention whose surface is the kb name itself
//   [[surface|Entity]]      a mention of the kb entity Entity (type taken from the kb)
//   [[surface|Entity|kind]] the same with kind metonym / capital / adjective / demonym
//   [[surface|Name|type!]]  a mention of an entity outside the kb (type: person, organisation, place…)
//   ⟨q:Speaker|also1;also2⟩ the next quotation mark opens a quote of Speaker (⟨q:-⟩: no speaker)
//   ⟨sig:A;B;C|total=N|approx⟩ a list of signatories starts here (members are kb names)
//   ⟨neg⟩                   a negative enumeration starts here
//   ⍽ is written as U+00A0, ⁀ as U+202F.
//
// Only the kb `name` and `type` fields are read, to check the names and take the types.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '../../server/data/kb');
const kbType = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities) kbType.set(e.name, e.type);
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const CLOSE = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const trimSpaces = (s) => s.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/gu, '');

function occurrencesBefore(text, surface, start) {
  let n = 0;
  for (let at = text.indexOf(surface); at >= 0 && at < start; at = text.indexOf(surface, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + surface.length])) n++;
  }
  return n;
}

function build(name, src) {
  src = src.replace(/⍽/g, '\u00A0').replace(/⁀/g, '\u202F');
  const errors = [];
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  for (let i = 0; i < src.length; ) {
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      const [surface, entity = surface, spec] = src.slice(i + 2, j).split('|');
      ents.push({ start: out.length, surface, entity, spec });
      out += surface;
      i = j + 2;
    } else if (src[i] === '⟨') {
      const j = src.indexOf('⟩', i);
      const body = src.slice(i + 1, j);
      const at = out.length;
      if (STATUS[body]) sents.push({ start: at, status: STATUS[body] });
      else if (body.startsWith('q:')) {
        const [sp, also] = body.slice(2).split('|');
        quotes.push({ start: at, speaker: sp === '-' ? null : sp, speakerAlso: also ? also.split(';') : undefined });
      } else if (body.startsWith('sig:')) {
        const [members, ...opts] = body.slice(4).split('|');
        const total = opts.find((o) => o.startsWith('total='));
        sigs.push({ start: at, members: members.split(';'), statedTotal: total ? Number(total.slice(6)) : null, approximate: opts.includes('approx') });
      } else if (body === 'neg') negs.push({ start: at });
      else errors.push(`${name}: unknown directive ⟨${body}⟩`);
      i = j + 1;
    } else out += src[i++];
  }
  if (/[⟨⟩]|\[\[|\]\]/.test(out)) errors.push(`${name}: markup left in the text`);

  const entities = ents.map((e) => {
    if (out.slice(e.start, e.start + e.surface.length) !== e.surface) errors.push(`${name}: bad span ${e.surface}`);
    if (isWordChar(out[e.start - 1]) || isWordChar(out[e.start + e.surface.length]))
      errors.push(`${name}: "${e.surface}" at ${e.start} touches a letter or digit`);
    const rec = { surface: e.surface, occurrence: occurrencesBefore(out, e.surface, e.start), entity: e.entity };
    if (e.spec && e.spec.endsWith('!')) {
      const type = e.spec.slice(0, -1);
      if (!TYPES.has(type)) errors.push(`${name}: bad type ${type}`);
      if (kbType.has(e.entity)) errors.push(`${name}: ${e.entity} is in the kb but marked outside`);
      rec.type = type;
      rec.kb = false;
    } else {
      if (!kbType.has(e.entity)) errors.push(`${name}: ${e.entity} is not a kb name`);
      rec.type = kbType.get(e.entity);
      if (e.spec) {
        if (!KINDS.has(e.spec)) errors.push(`${name}: bad kind ${e.spec}`);
        rec.kind = e.spec;
      }
    }
    return rec;
  });

  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : out.length;
    let text = out.slice(s.start, Math.min(s.start + 40, end));
    const nl = text.indexOf('\n');
    if (nl >= 0) text = text.slice(0, nl);
    if (nl >= 0 || s.start + 40 >= end) text = text.replace(/[\s\u00A0\u202F]+$/u, '');
    return { text, status: s.status };
  });

  const quoteList = quotes.map((q) => {
    const open = out[q.start];
    if (!CLOSE[open]) {
      errors.push(`${name}: no quotation mark after ⟨q⟩ at ${q.start}`);
      return null;
    }
    const close = out.indexOf(CLOSE[open], q.start + 1);
    const inner = trimSpaces(out.slice(q.start + 1, close));
    const rec = { text: trimSpaces(inner.slice(0, 30)), speaker: q.speaker };
    if (q.speakerAlso) rec.speakerAlso = q.speakerAlso;
    return rec;
  });

  const signatoryLists = sigs.map((s) => {
    for (const m of s.members) if (!kbType.has(m)) errors.push(`${name}: member ${m} is not a kb name`);
    return { text: out.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal, approximate: s.approximate };
  });
  const negativeLists = negs.map((n) => ({ text: out.slice(n.start, n.start + 40) }));

  return { text: out, gold: { entities, quotes: quoteList, sentences, signatoryLists, negativeLists }, errors };
}

const gold = { version: 1, articles: {} };
const errors = [];
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const r = build(name, readFileSync(join(here, 'src', f), 'utf8'));
  errors.push(...r.errors);
  writeFileSync(join(here, name), r.text);
  gold.articles[name] = r.gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`built ${Object.keys(gold.articles).length} articles`);
