// Builds the articles (*.txt) and gold.json of eval/heldout24 from the annotated sources in src/*.src.
//
// Markup of the sources (none of it reaches the .txt files):
//   %% …                       a comment line, dropped with its line break
//   ¶A ¶V ¶U ¶N                a sentence starts here: attributed, vague, unattributed, not-claim
//   [surface]                  an entity mention whose kb name is the surface itself
//   [surface|kb name]          a mention of a kb entity
//   [surface|kb name|kind]     … with a kind: m (metonym), cap (capital), adj (adjective), dem (demonym)
//   [surface|!own name|type]   a mention of an entity outside the kb (type: c, o, p, pl, w), optional |kind
//   ⟨q:speaker⟩ ⟨q:speaker;also1,also2⟩ ⟨q:⟩   before an opening quotation mark: the quote's speaker (⟨q:⟩ = none)
//   ⟨sig:N⟩ … ⟨/sig⟩           a signatory list (N = stated total, N~ = approximate, empty = none);
//                              members are the kb countries and organisations mentioned inside
//   ⟨neg⟩ … ⟨/neg⟩             a negative list (an enumeration of entities that are not signatories)
//   ~  U+00A0 (no-break space)   ^  U+202F (narrow no-break space)
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

// Only name and type are read from the kb here.
const kbType = new Map();
for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
  const list = Array.isArray(data) ? data : data.entities ?? Object.values(data);
  for (const e of list) if (e && typeof e === 'object' && e.name) kbType.set(e.name, e.type);
}

const TYPES = { c: 'country', o: 'organisation', p: 'person', pl: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym' };
const STATUS = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
const CLOSE = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrencesOf(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + s.length])) out.push(i);
  }
  return out;
}

const errors = [];
function parse(src, file) {
  src = src.split('\n').filter((l) => !l.startsWith('%%')).join('\n');
  let out = '';
  const ents = [], sents = [], quotes = [], sigs = [], negs = [];
  let openSig = null, openNeg = null;
  let i = 0;
  const emit = (s) => { out += s.replace(/~/g, '\u00a0').replace(/\^/g, '\u202f'); };
  while (i < src.length) {
    const c = src[i];
    if (c === '¶') {
      const st = STATUS[src[i + 1]];
      if (!st) errors.push(`${file}: bad sentence status ${src[i + 1]}`);
      sents.push({ start: out.length, status: st });
      i += 2;
    } else if (c === '[') {
      const j = src.indexOf(']', i);
      const fields = src.slice(i + 1, j).split('|');
      const surface = fields[0].replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
      const e = { start: out.length, surface };
      if (fields[1]?.startsWith('!')) {
        e.entity = fields[1].slice(1);
        e.type = TYPES[fields[2]] ?? fields[2];
        e.kb = false;
        if (fields[3]) e.kind = KINDS[fields[3]] ?? fields[3];
      } else {
        e.entity = fields[1] || surface;
        e.type = kbType.get(e.entity);
        if (!e.type) errors.push(`${file}: "${e.entity}" is not a kb name`);
        if (fields[2]) e.kind = KINDS[fields[2]] ?? fields[2];
      }
      emit(fields[0]);
      ents.push(e);
      i = j + 1;
    } else if (c === '⟨') {
      const j = src.indexOf('⟩', i);
      const cmd = src.slice(i + 1, j);
      i = j + 1;
      if (cmd.startsWith('q:')) {
        const [sp, also] = cmd.slice(2).split(';');
        const open = src[i];
        if (!CLOSE[open]) errors.push(`${file}: quote marker not followed by a quotation mark`);
        quotes.push({ start: out.length, open, speaker: sp === '' ? null : sp, speakerAlso: also ? also.split(',') : undefined });
      } else if (cmd.startsWith('sig:')) {
        const spec = cmd.slice(4);
        openSig = { start: out.length, statedTotal: spec ? parseInt(spec, 10) : null, approximate: spec.endsWith('~') };
      } else if (cmd === '/sig') {
        openSig.end = out.length;
        sigs.push(openSig);
        openSig = null;
      } else if (cmd === 'neg') {
        openNeg = { start: out.length };
      } else if (cmd === '/neg') {
        openNeg.end = out.length;
        negs.push(openNeg);
        openNeg = null;
      } else errors.push(`${file}: unknown command ${cmd}`);
    } else {
      emit(c);
      i++;
    }
  }
  if (!out.endsWith('\n')) out += '\n';
  return { text: out, ents, sents, quotes, sigs, negs };
}

const srcDir = path.join(here, 'src');
const gold = { version: 1, articles: {} };
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const file = f.replace(/\.src$/, '.txt');
  const { text, ents, sents, quotes, sigs, negs } = parse(fs.readFileSync(path.join(srcDir, f), 'utf8'), file);

  const entities = ents.map((e) => {
    const occ = occurrencesOf(text, e.surface).indexOf(e.start);
    if (occ < 0) errors.push(`${file}: "${e.surface}" at ${e.start} is not a free-standing occurrence`);
    const g = { surface: e.surface, occurrence: occ, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (e.kb === false) g.kb = false;
    return g;
  });

  const sentences = sents.map((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(end, s.start + 40)).trimEnd(), status: s.status };
  });

  const quoteList = quotes.map((q) => {
    const close = text.indexOf(CLOSE[q.open], q.start + 1);
    const inner = text.slice(q.start + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
    const g = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    return g;
  });

  const signatoryLists = sigs.map((s) => {
    const members = [];
    for (const e of ents) {
      if (e.start >= s.start && e.start < s.end && e.kb !== false && (e.type === 'country' || e.type === 'organisation')) {
        if (!members.includes(e.entity)) members.push(e.entity);
      }
    }
    const g = { text: text.slice(s.start, s.start + 40), members, statedTotal: s.statedTotal };
    if (s.approximate) g.approximate = true;
    return g;
  });
  const negativeLists = negs.map((n) => ({ text: text.slice(n.start, n.start + 40).split('\n')[0].trimEnd() }));

  fs.writeFileSync(path.join(here, file), text);
  gold.articles[file] = { entities, quotes: quoteList, sentences, signatoryLists, negativeLists };
}

if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
fs.writeFileSync(path.join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
for (const [f, a] of Object.entries(gold.articles)) {
  console.log(`${f}: ${a.entities.length} entities, ${a.sentences.length} sentences, ${a.quotes.length} quotes, ${a.signatoryLists.length} signatory lists, ${a.negativeLists.length} negative lists`);
}
