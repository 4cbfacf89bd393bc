// Builds the articles (*.txt) and gold.json of eval/heldout38 from the annotated sources in src/*.src.
//
// Markup (see README.md):
//   {A} {U} {V} {N}            start of a sentence: attributed, unattributed, vague, not-claim
//   [[surface|SPEC]]           an entity mention; SPEC = CODE or kb name, optionally /m /c /a /d (kind);
//                              !Name:type for an entity outside the kb
//   {q:Speaker}                put right before an opening quotation mark; {q:-} = no speaker;
//                              {q:Speaker+Also 1,Also 2} adds speakerAlso
//   <sig total=N|null approx> … </sig>   a list of signatories (members = countries/organisations inside)
//   <neg> … </neg>             an enumeration of entities that are not signatories
//   ~                          a no-break space (U+00A0)
//   first line "#opts apos=curly|straight nbsp=00A0|202F|none"
//
// Usage: node eval/heldout38/build.mjs
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

// kb names and types only
const kbType = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : d.entities ?? d.entries ?? Object.values(d).find(Array.isArray) ?? [];
  for (const e of arr) kbType.set(e.name, e.type);
}

const CODES = {
  KP: 'Corée du Nord', KR: 'Corée du Sud', RU: 'Russie', UA: 'Ukraine', US: 'États-Unis', JP: 'Japon',
  CN: 'Chine', EU: 'Union européenne', UK: 'Royaume-Uni', FR: 'France', DE: 'Allemagne', CA: 'Canada',
  AU: 'Australie', NZ: 'Nouvelle-Zélande', BE: 'Belgique', NL: 'Pays-Bas', LU: 'Luxembourg',
  KJU: 'Kim Jong Un', VVP: 'Vladimir Poutine', CSNU: "Conseil de sécurité de l'ONU",
  ONU: 'Organisation des Nations unies', POE: "groupe d'experts de l'ONU",
  OTAN: "Organisation du traité de l'Atlantique nord",
};
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let n = 0;
  let i = text.indexOf(surface);
  while (i >= 0 && i < start) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length])) n++;
    i = text.indexOf(surface, i + 1);
  }
  if (i !== start) throw new Error(`occurrence of "${surface}" not found at ${start}`);
  return n;
}

function parseSpec(spec) {
  if (spec.startsWith('!')) {
    const m = /^!(.+):(person|organisation|country|place|weapon)$/.exec(spec);
    if (!m) throw new Error(`bad kb:false spec ${spec}`);
    return { entity: m[1], type: m[2], kb: false };
  }
  let kind;
  const km = /^(.*)\/([mcad])$/.exec(spec);
  if (km) { spec = km[1]; kind = KINDS[km[2]]; }
  const name = CODES[spec] ?? spec;
  if (!kbType.has(name)) throw new Error(`not a kb name: ${name}`);
  return { entity: name, type: kbType.get(name), kind };
}

const OPEN = { '«': '»', '“': '”', '"': '"' };
const trimQ = (s) => s.replace(/^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g, '');

function build(src, file) {
  let opts = {};
  if (src.startsWith('#opts')) {
    const nl = src.indexOf('\n');
    for (const kv of src.slice(6, nl).trim().split(/\s+/)) { const [k, v] = kv.split('='); opts[k] = v; }
    src = src.slice(nl + 1);
  }
  const nb = opts.nbsp === '00A0' ? '\u00A0' : opts.nbsp === '202F' ? '\u202F' : null;
  const transform = (s) => {
    s = s.replace(/~/g, '\u00A0');
    if (opts.apos === 'curly') s = s.replace(/'/g, '’');
    if (nb) s = s.replace(/« /g, '«' + nb).replace(/ »/g, nb + '»').replace(/ ([:;!?])/g, nb + '$1');
    return s;
  };
  const TOK = /\{([AUVN])\}|\{q:([^}]*)\}|\[\[([^|\]]+)\|([^\]]+)\]\]|<sig([^>]*)>|<\/sig>|<neg>|<\/neg>/g;
  let out = '';
  let last = 0;
  const ents = [], sents = [], qmarks = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  for (const m of src.matchAll(TOK)) {
    out += transform(src.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1]) sents.push({ start: out.length, status: { A: 'attributed', U: 'unattributed', V: 'vague', N: 'not-claim' }[m[1]] });
    else if (m[2] !== undefined) {
      let [sp, also] = m[2].split('+');
      qmarks.push({ at: out.length, speaker: sp === '-' ? null : sp, speakerAlso: also ? also.split(',') : undefined });
    } else if (m[3]) {
      const surface = transform(m[3]);
      ents.push({ start: out.length, surface, ...parseSpec(m[4]) });
      out += surface;
    } else if (m[0].startsWith('<sig')) {
      const a = m[5];
      const t = /total=(\d+|null)/.exec(a);
      openSig = { start: out.length, statedTotal: t && t[1] !== 'null' ? Number(t[1]) : null, approximate: /approx/.test(a) };
    } else if (m[0] === '</sig>') { openSig.end = out.length; sigs.push(openSig); openSig = null; }
    else if (m[0] === '<neg>') openNeg = { start: out.length };
    else if (m[0] === '</neg>') { openNeg.end = out.length; negs.push(openNeg); openNeg = null; }
  }
  out += transform(src.slice(last));
  const text = out.replace(/\s+$/, '') + '\n';

  // quotations, in order; each must have a {q:} marker
  const quotes = [];
  const found = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!(c in OPEN)) continue;
    const close = text.indexOf(OPEN[c], i + 1);
    if (close < 0) throw new Error(`${file}: unclosed quote at ${i}`);
    found.push({ at: i, inner: text.slice(i + 1, close) });
    i = close;
  }
  if (found.length !== qmarks.length) throw new Error(`${file}: ${found.length} quotations, ${qmarks.length} {q:} markers`);
  found.forEach((f, k) => {
    if (qmarks[k].at !== f.at) throw new Error(`${file}: quote marker ${k} at ${qmarks[k].at}, quotation at ${f.at}`);
    const q = { text: trimQ(trimQ(f.inner).slice(0, 30)), speaker: qmarks[k].speaker };
    if (qmarks[k].speakerAlso) q.speakerAlso = qmarks[k].speakerAlso;
    quotes.push(q);
  });

  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, end).replace(/\s+$/, '').slice(0, 40), status: s.status };
  });

  const entities = ents.map((e) => {
    const g = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    return g;
  });

  const signatoryLists = sigs.map((s) => {
    const members = [];
    for (const e of ents) {
      if (e.start >= s.start && e.start < s.end && (e.type === 'country' || e.type === 'organisation') && e.kb !== false && !members.includes(e.entity)) members.push(e.entity);
    }
    const g = { text: text.slice(s.start, s.start + 40), members, statedTotal: s.statedTotal };
    if (s.approximate) g.approximate = true;
    return g;
  });
  const negativeLists = negs.map((n) => ({ text: text.slice(n.start, n.start + 40) }));
  return { text, gold: { entities, quotes, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = build(readFileSync(join(here, 'src', f), 'utf8'), f);
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  console.log(`${name}: ${words} words, ${g.entities.length} entities, ${g.sentences.length} sentences, ${g.quotes.length} quotes`);
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
