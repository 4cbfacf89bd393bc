// Builds the articles (*.txt) and gold.json of eval/heldout61 from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   {n} {a} {v} {u}              a sentence starts here: not-claim, attributed, vague, unattributed
//   [surface]                    kb entity whose kb name is the surface
//   [surface|Entity|kind]        kb entity (Entity may be a short code below), kind m/c/a/d (optional)
//   [surface|*type]              entity outside the kb, named by its surface
//   [surface|*type|Entity]       entity outside the kb, with a name of our own
//   {q:speaker|also;also}        the next character opens a quotation; speaker "-" = none
//   {sig:total|~|m1;m2}          a signatory list starts here (total "-" = none, "~" = approximate)
//   {neg}                        a negative list starts here
//   ~ = U+202F (narrow no-break space), ^ = U+00A0 (no-break space) in the text
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// only the name, type and aliases of each kb entry are used
const kbType = new Map();
const aliasOf = new Map();
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8')).entities) {
    kbType.set(e.name, e.type);
    for (const a of e.aliases ?? []) aliasOf.set(a, aliasOf.has(a) && aliasOf.get(a) !== e.name ? null : e.name);
  }
}

const CODES = {
  KP: 'Corée du Nord', KR: 'Corée du Sud', RU: 'Russie', UA: 'Ukraine', US: 'États-Unis', JP: 'Japon',
  CN: 'Chine', EU: 'Union européenne', GB: 'Royaume-Uni', DE: 'Allemagne', NL: 'Pays-Bas', FR: 'France',
};
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const STATUS = { n: 'not-claim', a: 'attributed', v: 'vague', u: 'unattributed' };
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const sub = (c) => (c === '~' ? '\u202F' : c === '^' ? '\u00A0' : c);
const isAlnum = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const ok = !isAlnum(text[i - 1]) && !isAlnum(text[i + surface.length]);
    if (i === start) {
      if (!ok) throw new Error(`mention "${surface}" at ${start} is not on a word boundary`);
      return n;
    }
    if (ok) n++;
  }
  throw new Error(`mention "${surface}" at ${start} not found`);
}

function build(src, file) {
  let text = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '{') {
      const j = src.indexOf('}', i);
      const m = src.slice(i + 1, j);
      i = j + 1;
      if (m in STATUS) sents.push({ pos: text.length, status: STATUS[m] });
      else if (m.startsWith('q:')) {
        const [sp, also] = m.slice(2).split('|');
        quotes.push({ pos: text.length, speaker: sp === '-' ? null : sp, also: also ? also.split(';') : null });
      } else if (m.startsWith('sig:')) {
        const [total, approx, members] = m.slice(4).split('|');
        sigs.push({ pos: text.length, total: total === '-' ? null : Number(total), approx: approx === '~', members: members.split(';') });
      } else if (m === 'neg') negs.push({ pos: text.length });
      else throw new Error(`${file}: unknown marker {${m}}`);
    } else if (c === '[') {
      const j = src.indexOf(']', i);
      const f = src.slice(i + 1, j).split('|');
      i = j + 1;
      const surface = [...f[0]].map(sub).join('');
      const start = text.length;
      text += surface;
      let e;
      if (f[1] && f[1].startsWith('*')) {
        const type = f[1].slice(1);
        if (!TYPES.has(type)) throw new Error(`${file}: bad type ${type}`);
        e = { surface, start, entity: f[2] || surface, type, kb: false };
      } else {
        const plain = surface.replace(/’/g, "'");
        const entity = f[1] ? CODES[f[1]] ?? f[1] : kbType.has(plain) ? plain : aliasOf.get(plain) ?? surface;
        const type = kbType.get(entity);
        if (!type) throw new Error(`${file}: "${entity}" is not a kb name`);
        e = { surface, start, entity, type };
        if (f[2]) {
          if (!KINDS[f[2]]) throw new Error(`${file}: bad kind ${f[2]}`);
          e.kind = KINDS[f[2]];
        }
      }
      ents.push(e);
    } else {
      text += sub(c);
      i++;
    }
  }
  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kb === false) o.kb = false;
    return o;
  });
  // a sentence runs to the start of the next one; its text is its first 40 characters
  const sentences = sents.map((s, k) => {
    const end = Math.min(s.pos + 40, k + 1 < sents.length ? sents[k + 1].pos : text.length);
    return { text: text.slice(s.pos, end).trimEnd(), status: s.status };
  });
  const CLOSE = { '«': '»', '“': '”', '"': '"' };
  const qs = quotes.map((q) => {
    const open = text[q.pos];
    if (!CLOSE[open]) throw new Error(`${file}: quote marker not before an opening mark at ${q.pos}: ${text.slice(q.pos, q.pos + 20)}`);
    const end = text.indexOf(CLOSE[open], q.pos + 1);
    const inner = text.slice(q.pos + 1, end).trim().slice(0, 30);
    const o = { text: inner, speaker: q.speaker };
    if (q.also) o.speakerAlso = q.also;
    return o;
  });
  // a list's text is its first 40 characters, within its sentence
  const within = (pos) => {
    const next = sents.find((s) => s.pos > pos);
    return text.slice(pos, Math.min(pos + 40, next ? next.pos : text.length)).trimEnd();
  };
  const signatoryLists = sigs.map((s) => {
    const o = { text: within(s.pos), members: s.members, statedTotal: s.total };
    if (s.approx) o.approximate = true;
    return o;
  });
  const negativeLists = negs.map((n) => ({ text: within(n.pos) }));
  return { text, gold: { entities, quotes: qs, sentences, signatoryLists, negativeLists } };
}

const articles = {};
for (const f of fs.readdirSync(path.join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold } = build(fs.readFileSync(path.join(here, 'src', f), 'utf8'), f);
  fs.writeFileSync(path.join(here, name), text);
  articles[name] = gold;
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 2) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
