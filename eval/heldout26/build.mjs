// Builds NN_slug.txt and gold.json from src/*.src.
// Markup: @A/@V/@U/@N + space at a sentence start; [surface] or [surface|spec] for an entity
//   spec: "Entity", "Entity/k", "/k" (k: m metonym, c capital, a adjective, d demonym), "*type" or "*type=Name" (outside the kb);
// ~ = U+00A0, ^ = U+202F;
// {speaker;also;...} right after an opening quote mark ({-} = no speaker); <S n=11> <S n=40~> <S> … </S>; <N> … </N>.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { entries, byName, fold } from './kbforms.mjs';
const kinds = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const isW = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function lookup(surface, kind) {
  const f = fold(surface);
  for (const e of entries) {
    const forms = kind === 'metonym' || kind === 'capital' ? e.metonyms : [e.name, ...e.aliases];
    if (forms.some((x) => fold(x) === f)) return e;
  }
  throw new Error(`no kb entry for "${surface}"`);
}
const gold = { version: 1, articles: {} };
const here = new URL('.', import.meta.url).pathname;
for (const f of readdirSync(here + 'src').filter((f) => f.endsWith('.src')).sort()) {
  const src = readFileSync(here + 'src/' + f, 'utf8');
  let out = '';
  const ents = [], sents = [], quotes = [], lists = [];
  let openList = null;
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m;
    if ((m = rest.match(/^@([AVUN]) /))) {
      sents.push({ at: out.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[m[1]] });
      i += m[0].length;
    } else if ((m = rest.match(/^\[([^\]|]+)(?:\|([^\]]*))?\]/))) {
      const surface = m[1], spec = m[2] ?? '';
      let ent;
      if (spec.startsWith('*')) {
        const [type, name] = spec.slice(1).split('=');
        ent = { entity: name ?? surface, type, kb: false };
      } else {
        const [name, k] = spec.split('/');
        const kind = k ? kinds[k] : undefined;
        if (k && !kind) throw new Error('bad kind ' + spec);
        const e = name ? byName.get(name) : lookup(surface, kind);
        if (!e) throw new Error(`${f}: unknown kb name "${name}"`);
        ent = { entity: e.name, type: e.type, ...(kind ? { kind } : {}) };
      }
      ents.push({ start: out.length, surface, ...ent });
      out += surface;
      i += m[0].length;
    } else if ((m = rest.match(/^\{([^}]*)\}/))) {
      const names = m[1].split(';');
      quotes.push({ at: out.length, speaker: names[0] === '-' ? null : names[0], also: names.slice(1) });
      i += m[0].length;
    } else if ((m = rest.match(/^<S(?: n=(\d+)(~)?)?>/))) {
      openList = { start: out.length, kind: 'S', total: m[1] ? +m[1] : null, approx: !!m[2] };
      i += m[0].length;
    } else if ((m = rest.match(/^<N>/))) {
      openList = { start: out.length, kind: 'N' };
      i += m[0].length;
    } else if ((m = rest.match(/^<\/[SN]>/))) {
      openList.end = out.length;
      lists.push(openList);
      openList = null;
      i += m[0].length;
    } else {
      out += src[i] === '~' ? '\u00a0' : src[i] === '^' ? '\u202f' : src[i];
      i++;
    }
  }
  if (/[\[\]{}<>@]/.test(out)) throw new Error(`${f}: leftover markup: ${out.match(/.{0,30}[\[\]{}<>@].{0,30}/)[0]}`);
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(here + name, out);
  const occ = (surface, start) => {
    let n = 0;
    for (let p = out.indexOf(surface); p !== -1 && p < start; p = out.indexOf(surface, p + 1))
      if (!isW(out[p - 1]) && !isW(out[p + surface.length])) n++;
    return n;
  };
  const closeOf = { '«': '»', '“': '”', '"': '"' };
  gold.articles[name] = {
    entities: ents.map((e) => ({ surface: e.surface, occurrence: occ(e.surface, e.start), entity: e.entity, type: e.type, ...(e.kind ? { kind: e.kind } : {}), ...(e.kb === false ? { kb: false } : {}) })),
    quotes: quotes.map((q) => {
      // the opening mark is the last quote mark before q.at
      let o = q.at - 1;
      while (o >= 0 && !closeOf[out[o]]) o--;
      const close = out.indexOf(closeOf[out[o]], q.at);
      const inner = out.slice(o + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
      return { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker, ...(q.also.length ? { speakerAlso: q.also } : {}) };
    }),
    sentences: sents.map((s, k) => ({ text: out.slice(s.at, Math.min(s.at + 40, sents[k + 1]?.at ?? out.length)).replace(/\n[\s\S]*$/, '').replace(/[\s\u00a0\u202f]+$/, ''), status: s.status })),
    signatoryLists: lists.filter((l) => l.kind === 'S').map((l) => {
      const members = [];
      for (const e of ents) if (e.start >= l.start && e.start < l.end && e.kb !== false && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity)) members.push(e.entity);
      return { text: out.slice(l.start, l.start + 40), members, statedTotal: l.total, ...(l.approx ? { approximate: true } : {}) };
    }),
    negativeLists: lists.filter((l) => l.kind === 'N').map((l) => ({ text: out.slice(l.start, l.start + 40) })),
  };
}
writeFileSync(here + 'gold.json', JSON.stringify(gold, null, 1) + '\n');
console.log('built', Object.keys(gold.articles).join(' '));
