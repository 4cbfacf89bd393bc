// Builds the articles (*.txt) and gold.json from the annotated sources in src/*.src.
//
// Markup:
//   {A} {V} {U} {N}          a sentence starts here: attributed, vague, unattributed, not-claim
//   [[surface]]              a kb mention, looked up in the kb (metonym -> kind metonym, demonym -> adjective/demonym)
//   [[surface|opt|...]]      options: a kb name (the entity), a kind (m, cap, adj, dem, name),
//                            or !p !o !l !c !w (outside the kb, with its type) followed by the entity name
//   ^{speaker}               before an opening quote mark; ^{} = no speaker; ^{speaker;also1,also2}
//   <<S|m1,m2|total|~>> ... <</S>>   a list of signatories (total '-' = none, '~' = approximate)
//   <<N>> ... <</N>>         a negative list
//   {nb} {nnb}               U+00A0, U+202F
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kbForms, kbByName, fold } from './kb.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { p: 'person', o: 'organisation', l: 'place', c: 'country', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym', name: null };
const CLOSE = { '«': '»', '“': '”', '"': '"' };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return n;
    n++;
  }
  throw new Error(`occurrence of "${surface}" at ${start} not countable`);
}

function entityOf(surface, opts, file) {
  let entity = null, type = null, kind, kb = true;
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i];
    if (o in KINDS) kind = KINDS[o];
    else if (o.startsWith('!')) {
      kb = false;
      type = TYPES[o.slice(1)];
      if (!type) throw new Error(`${file}: bad type ${o}`);
      entity = opts[i + 1] ?? surface;
      i++;
    } else if (kbByName.has(o)) entity = o;
    else throw new Error(`${file}: unknown option "${o}" for [[${surface}]]`);
  }
  if (kb) {
    const recs = kbForms.get(fold(surface)) ?? [];
    if (!entity) {
      const names = [...new Set(recs.map((r) => r.name))];
      if (names.length !== 1) throw new Error(`${file}: [[${surface}]] resolves to ${JSON.stringify(names)}`);
      entity = names[0];
    }
    type = kbByName.get(entity).type;
    if (kind === undefined) {
      const rec = recs.find((r) => r.name === entity);
      if (rec?.how === 'metonym') kind = 'metonym';
      else if (rec?.how === 'demonym') kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
    }
  }
  const out = { surface, entity, type };
  if (kind) out.kind = kind;
  if (!kb) out.kb = false;
  return out;
}

function build(file, src) {
  let text = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  const open = [];
  const re = /\[\[([^\]]+)\]\]|\^\{([^}]*)\}|\{([AVUN])\}|\{(nnb|nb)\}|<<S\|([^>]*)>>|<<\/S>>|<<N>>|<<\/N>>/g;
  let last = 0, m;
  while ((m = re.exec(src))) {
    text += src.slice(last, m.index);
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const [surface, ...opts] = m[1].split('|');
      ents.push({ start: text.length, ...entityOf(surface, opts, file) });
      text += surface;
    } else if (m[2] !== undefined) {
      const [speaker, also] = m[2].split(';');
      quotes.push({ start: text.length, speaker: speaker === '' ? null : speaker, also: also ? also.split(',') : null });
    } else if (m[3]) sents.push({ start: text.length, status: STATUS[m[3]] });
    else if (m[4]) text += m[4] === 'nb' ? '\u00A0' : '\u202F';
    else if (m[5] !== undefined) {
      const [members, total, approx] = m[5].split('|');
      open.push({ kind: 'S', start: text.length, members: members.split(','), total: total === '-' ? null : Number(total), approx: approx === '~' });
    } else if (m[0] === '<<N>>') open.push({ kind: 'N', start: text.length });
    else {
      const l = open.pop();
      l.end = text.length;
      (l.kind === 'S' ? sigs : negs).push(l);
    }
  }
  text += src.slice(last);
  if (open.length) throw new Error(`${file}: unclosed list`);
  text = text.replace(/\s+$/, '') + '\n';

  const gold = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) {
    const { start, ...rest } = e;
    gold.entities.push({ surface: rest.surface, occurrence: occurrenceIndex(text, rest.surface, start), ...Object.fromEntries(Object.entries(rest).filter(([k]) => k !== 'surface')) });
  }
  for (const q of quotes) {
    const mark = text[q.start];
    if (!CLOSE[mark]) throw new Error(`${file}: ^{} not before a quote mark at ${JSON.stringify(text.slice(q.start, q.start + 30))}`);
    const end = text.indexOf(CLOSE[mark], q.start + 1);
    if (end < 0) throw new Error(`${file}: unclosed quote`);
    const inner = text.slice(q.start + 1, end).replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');
    const g = { text: inner.slice(0, 30), speaker: q.speaker };
    if (q.also) g.speakerAlso = q.also;
    gold.quotes.push(g);
  }
  sents.forEach((s, i) => {
    const next = i + 1 < sents.length ? sents[i + 1].start : text.length;
    const t = text.slice(s.start, Math.min(next, s.start + 40)).replace(/\s+$/, '');
    gold.sentences.push({ text: t, status: s.status });
  });
  for (const l of sigs) gold.signatoryLists.push({ text: text.slice(l.start, l.start + 40), members: l.members, statedTotal: l.total, approximate: l.approx });
  for (const l of negs) gold.negativeLists.push({ text: text.slice(l.start, l.start + 40) });
  return { text, gold };
}

const out = { version: 1, articles: {} };
const srcDir = join(here, 'src');
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold } = build(f, readFileSync(join(srcDir, f), 'utf8'));
  writeFileSync(join(here, name), text);
  out.articles[name] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`built ${Object.keys(out.articles).length} articles`);
