// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (none of these characters occur in the articles themselves):
//   @A: @V: @U: @N:          a sentence starts here (attributed, vague, unattributed, not-claim)
//   {surface|Entity|t|kind}  an entity mention; Entity empty = surface; t = c o p l w (country, organisation,
//                            person, place, weapon), followed by ! when the entity is outside the kb;
//                            kind = met | cap | adj | dem (optional)
//   %{speaker}               speaker of the quotation whose opening mark follows immediately;
//   %{speaker|a;b;c}         ... with speakerAlso; %{-} = no speaker
//   ^S{m1;m2|total|approx}   a signatory list starts here (members are kb names; total and approx optional)
//   ^N                       a negative list starts here
//   ~  = U+00A0 (no-break space)     ¤ = U+202F (narrow no-break space)
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { met: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const subst = (s) => s.replace(/~/g, '\u00A0').replace(/¤/g, '\u202F');
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrencesBefore(text, surface, start) {
  let n = 0;
  let ok = false;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const boundary = !isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length]);
    if (!boundary) continue;
    if (i === start) { ok = true; break; }
    if (i < start) n++;
  }
  if (!ok) throw new Error(`mention "${surface}" at ${start} is not a bounded occurrence`);
  return n;
}

// the first 40 characters of a list, not running past the end of its line
const listText = (out, start) => out.slice(start, start + 40).split('\n')[0].replace(/\s+$/u, '');

function readUntil(src, i, close) {
  const j = src.indexOf(close, i);
  if (j < 0) throw new Error(`unclosed markup at ${i}: ${src.slice(i, i + 40)}`);
  return [src.slice(i, j), j + close.length];
}

function build(src, file) {
  let out = '';
  const mentions = [], sentences = [], speakers = [], lists = [];
  let i = 0;
  while (i < src.length) {
    const two = src.slice(i, i + 3);
    if (/^@[AVUN]:$/.test(two)) { sentences.push({ start: out.length, status: STATUS[two[1]] }); i += 3; continue; }
    if (src.startsWith('%{', i)) {
      const [spec, j] = readUntil(src, i + 2, '}');
      const [sp, also] = spec.split('|');
      speakers.push({ pos: out.length, speaker: sp === '-' ? null : sp, also: also ? also.split(';') : null });
      i = j; continue;
    }
    if (src.startsWith('^S{', i)) {
      const [spec, j] = readUntil(src, i + 3, '}');
      const [m, total, approx] = spec.split('|');
      lists.push({ kind: 'S', start: out.length, members: m.split(';'), statedTotal: total ? Number(total) : null, approximate: approx === 'approx' });
      i = j; continue;
    }
    if (src.startsWith('^N', i)) { lists.push({ kind: 'N', start: out.length }); i += 2; continue; }
    if (src[i] === '{') {
      const [spec, j] = readUntil(src, i + 1, '}');
      const [surfRaw, ent, t, k] = spec.split('|');
      const surface = subst(surfRaw);
      const notKb = t.endsWith('!');
      const type = TYPES[t.replace('!', '')];
      if (!type) throw new Error(`${file}: bad type in {${spec}}`);
      if (k && !KINDS[k]) throw new Error(`${file}: bad kind in {${spec}}`);
      mentions.push({ start: out.length, surface, entity: ent || surface.replace(/\u00A0|\u202F/g, ' '), type, kind: k ? KINDS[k] : undefined, notKb });
      out += surface;
      i = j; continue;
    }
    out += subst(src[i]);
    i++;
  }
  if (/[ \t\u00A0]\n/.test(out)) throw new Error(`${file}: trailing space before a line break`);
  if (!out.endsWith('\n')) out += '\n';

  const entities = mentions.map((m) => {
    if (out.slice(m.start, m.start + m.surface.length) !== m.surface) throw new Error(`${file}: offset drift at ${m.surface}`);
    const e = { surface: m.surface, occurrence: occurrencesBefore(out, m.surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) e.kind = m.kind;
    if (m.notKb) e.kb = false;
    return e;
  });
  const sents = sentences.map((s, k) => {
    const end = k + 1 < sentences.length ? sentences[k + 1].start : out.length;
    return { text: out.slice(s.start, Math.min(s.start + 40, end)).replace(/\s+$/u, ''), status: s.status };
  });
  const quotes = speakers.map((s) => {
    const open = out[s.pos];
    const closeMark = OPEN[open];
    if (!closeMark) throw new Error(`${file}: speaker marker not before a quote mark at ${out.slice(s.pos, s.pos + 30)}`);
    const close = out.indexOf(closeMark, s.pos + 1);
    const inner = out.slice(s.pos + 1, close).replace(/^[\s\u00A0\u202F]+/u, '');
    const q = { text: inner.slice(0, 30).replace(/[\s\u00A0\u202F]+$/u, ''), speaker: s.speaker };
    if (s.also) q.speakerAlso = s.also;
    return q;
  });
  const signatoryLists = lists.filter((l) => l.kind === 'S').map((l) => {
    const r = { text: listText(out, l.start), members: l.members, statedTotal: l.statedTotal };
    if (l.approximate) r.approximate = true;
    return r;
  });
  const negativeLists = lists.filter((l) => l.kind === 'N').map((l) => ({ text: listText(out, l.start) }));
  return { text: out, gold: { entities, quotes, sentences: sents, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of fs.readdirSync(path.join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const src = fs.readFileSync(path.join(here, 'src', f), 'utf8');
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(src.replace(/\r\n/g, '\n').replace(/\n+$/, '\n'), f);
  fs.writeFileSync(path.join(here, name), text);
  gold.articles[name] = g;
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
