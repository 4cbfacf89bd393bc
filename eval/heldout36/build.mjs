// Builds NN_slug.txt and gold.json from src/*.src.
// Markup: [surface|Entity|t|flags]  t: c o p l w; Entity '=' means surface; flags: m k a d (kind) and x (not in kb)
// §U §A §V §N sentence start (status); @Speaker@ or @Speaker|also1,also2@ or @-@ before an opening quote mark;
// <S Member1,Member2;total;approx> signatory list start; <N> negative list start.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
const T = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const K = { m: 'metonym', k: 'capital', a: 'adjective', d: 'demonym' };
const ST = { U: 'unattributed', A: 'attributed', V: 'vague', N: 'not-claim' };
const isWord = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
function occBefore(text, s, pos) {
  let n = 0, i = text.indexOf(s);
  while (i >= 0 && i < pos) { if (!isWord(text[i - 1]) && !isWord(text[i + s.length])) n++; i = text.indexOf(s, i + 1); }
  return n;
}
const gold = { version: 1, articles: {} };
for (const f of readdirSync('src').filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync('src/' + f, 'utf8');
  let out = ''; const ents = [], sents = [], quotes = [], sig = [], neg = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '[') {
      const j = src.indexOf(']', i); const [surface, e, t, flags = ''] = src.slice(i + 1, j).split('|');
      if (!T[t]) throw new Error(`${f}: bad type in ${src.slice(i, j + 1)}`);
      ents.push({ start: out.length, surface, entity: e === '=' || e === '' ? surface : e, type: T[t], flags });
      out += surface; i = j + 1;
    } else if (ch === '§') { sents.push({ start: out.length, status: ST[src[i + 1]] }); if (!ST[src[i + 1]]) throw new Error(f + ' bad status ' + src.slice(i, i + 20)); i += 2; }
    else if (ch === '@') { const j = src.indexOf('@', i + 1); const [sp, also] = src.slice(i + 1, j).split('|'); quotes.push({ start: out.length, speaker: sp === '-' ? null : sp, also: also ? also.split(',') : null }); i = j + 1; }
    else if (src.startsWith('<S ', i)) { const j = src.indexOf('>', i); const [m, tot, ap] = src.slice(i + 3, j).split(';'); sig.push({ start: out.length, members: m.split(','), statedTotal: tot ? Number(tot) : null, approximate: ap === 'approx' }); i = j + 1; }
    else if (src.startsWith('<N>', i)) { neg.push({ start: out.length }); i += 3; }
    else { out += ch === '~' ? '\u00a0' : ch === '^' ? '\u202f' : ch; i++; }
  }
  const text = out.replace(/\n+$/, '') + '\n';
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(name, text);
  const closeOf = { '«': '»', '“': '”', '"': '"' };
  const art = {
    entities: ents.map((e) => {
      const o = { surface: e.surface, occurrence: occBefore(text, e.surface, e.start), entity: e.entity, type: e.type };
      for (const fl of e.flags) if (K[fl]) o.kind = K[fl];
      if (e.flags.includes('x')) o.kb = false;
      return o;
    }),
    quotes: quotes.map((q) => {
      const open = text[q.start]; if (!closeOf[open]) throw new Error(`${f}: no quote mark after speaker ${q.speaker} at ${text.slice(q.start, q.start + 30)}`);
      const end = text.indexOf(closeOf[open], q.start + 1);
      const o = { text: text.slice(q.start + 1, end).trim().slice(0, 30).trim(), speaker: q.speaker };
      if (q.also) o.speakerAlso = q.also;
      return o;
    }),
    sentences: sents.map((s, k) => ({ text: text.slice(s.start, k + 1 < sents.length ? sents[k + 1].start : text.length).trim().slice(0, 40).trim(), status: s.status })),
    signatoryLists: sig.map((s) => { const o = { text: text.slice(s.start, s.start + 40), members: s.members, statedTotal: s.statedTotal }; if (s.approximate) o.approximate = true; return o; }),
    negativeLists: neg.map((n) => ({ text: text.slice(n.start, n.start + 40) })),
  };
  gold.articles[name] = art;
}
writeFileSync('gold.json', JSON.stringify(gold, null, 1) + '\n');
console.log('built', Object.keys(gold.articles).length, 'articles');
