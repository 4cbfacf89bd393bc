// Builds the articles (*.txt) and gold.json of eval/heldout49 from the annotated sources src/*.src.
//
// Markup of a source file:
//   first line  #apos=curly | #apos=straight   (curly: every ' of the text becomes ’; entity names keep ')
//   _           U+00A0 (no-break space)        ^  U+202F (narrow no-break space)
//   <<a>> <<v>> <<u>> <<n>>   start of a sentence: attributed, vague, unattributed, not-claim
//   [[surface|entity|type|kind]]   an entity mention; entity "=" is the surface; type "~x" = outside the kb
//   {{q:speaker|also1;also2}}      inside a quotation (after its opening mark); {{q:}} = no speaker
//   {{sig:total:approx:m1;m2}}     a signatory list starts here (total "-" = none stated; approx "a" = approximate)
//   {{neg}}                        a negative list starts here
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return n;
    n++;
  }
  throw new Error(`surface "${surface}" at ${start} is not a free-standing occurrence`);
}

function build(src) {
  const lines = src.split('\n');
  const curly = lines[0].trim() === '#apos=curly';
  if (!/^#apos=(curly|straight)$/.test(lines[0].trim())) throw new Error('missing #apos line');
  const body = lines.slice(1).join('\n').trim() + '\n';
  const conv = (s) => {
    s = s.replace(/_/g, '\u00A0').replace(/\^/g, '\u202F');
    return curly ? s.replace(/'/g, '\u2019') : s;
  };
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  const re = /\[\[(.+?)\]\]|<<([avun])>>|\{\{(q|sig|neg)(?::(.*?))?\}\}/g;
  let last = 0, m;
  while ((m = re.exec(body))) {
    out += conv(body.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const [surfaceRaw, entity, typeRaw, kind] = m[1].split('|');
      const surface = conv(surfaceRaw);
      const kb = !typeRaw.startsWith('~');
      ents.push({ start: out.length, surface, entity: entity === '=' ? surfaceRaw : entity, type: typeRaw.replace('~', ''), kind: kind || undefined, kb });
      out += surface;
    } else if (m[2] !== undefined) {
      sents.push({ start: out.length, status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[m[2]] });
    } else if (m[3] === 'q') {
      const [speaker, also] = (m[4] ?? '').split('|');
      quotes.push({ at: out.length, speaker: speaker === '' ? null : speaker, also: also ? also.split(';') : undefined });
    } else if (m[3] === 'sig') {
      const [total, approx, members] = m[4].split(':');
      sigs.push({ start: out.length, statedTotal: total === '-' ? null : Number(total), approximate: approx === 'a', members: members.split(';') });
    } else if (m[3] === 'neg') negs.push({ start: out.length });
  }
  out += conv(body.slice(last));
  if (/[_^]|\[\[|\]\]|<<|>>|\{\{|\}\}/.test(out)) throw new Error('markup left in the text');

  const entities = ents.map((e) => {
    const r = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) r.kind = e.kind;
    if (!e.kb) r.kb = false;
    return r;
  });
  const openers = { '«': '»', '“': '”', '"': '"' };
  const quoteList = quotes.map((q) => {
    let o = q.at - 1;
    while (o >= 0 && !(out[o] in openers)) o--;
    if (o < 0) throw new Error('quote marker without an opening mark');
    const close = out.indexOf(openers[out[o]], q.at);
    const inner = out.slice(o + 1, close).trim();
    const r = { text: inner.slice(0, 30).trim(), speaker: q.speaker };
    if (q.also) r.speakerAlso = q.also;
    return r;
  });
  const sentences = sents.map((s, i) => {
    const end = i + 1 < sents.length ? sents[i + 1].start : out.length;
    return { text: out.slice(s.start, Math.min(end, s.start + 40)).trimEnd(), status: s.status };
  });
  const signatoryLists = sigs.map((s) => {
    const r = { text: out.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal };
    if (s.approximate) r.approximate = true;
    return r;
  });
  const negativeLists = negs.map((n) => ({ text: out.slice(n.start, n.start + 40) }));
  return { text: out, gold: { entities, quotes: quoteList, sentences, signatoryLists, negativeLists } };
}

const articles = {};
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const { text, gold } = build(readFileSync(join(here, 'src', f), 'utf8'));
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, name), text);
  articles[name] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 2) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
