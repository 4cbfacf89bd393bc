// Builds the articles (*.txt) and gold.json of eval/heldout14 from the annotated sources in src/*.src.
//
// Markup of a source (nothing of it reaches the .txt):
//   §a §v §u §n + one space   a sentence starts here, with its status
//                              (attributed, vague, unattributed, not-claim)
//   ⟦surface⟧                  a kb entity whose name is the surface (’ read as ')
//   ⟦surface|kb name⟧          a kb entity; ⟦surface|kb name|kind⟧ with kind metonym/capital/adjective/demonym
//   ⟦surface|*|type⟧           an entity outside the kb named by its surface
//   ⟦surface|*Name|type⟧       an entity outside the kb named Name
//   ⟨speaker⟩ right before an opening quote mark: the speaker of that quotation;
//   ⟨⟩ no speaker; ⟨@key⟩ a collective speaker from COLLECTIVE below (speaker + speakerAlso)
//   ⟪sig|m1;m2|total|approx⟫   a signatory list starts here (total: a number or null; approx: true/false)
//   ⟪neg⟫                      a negative enumeration starts here
//   ~ a no-break space (U+00A0), ^ a narrow no-break space (U+202F)
//
// The kb is read for the name and type of its entries only.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = join(here, '..', '..', 'server', 'data', 'kb');

const kbType = new Map();
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
  const arr = Array.isArray(d) ? d : (d.entities ?? Object.values(d));
  for (const e of arr) if (e && typeof e === 'object' && e.name) kbType.set(e.name, e.type);
}

const G7 = ['G7', 'Allemagne', 'Canada', 'États-Unis', 'France', 'Italie', 'Japon', 'Royaume-Uni', 'Union européenne'];
const COLLECTIVE = {
  '@G7': { speaker: 'les ministres des Affaires étrangères', speakerAlso: [...G7, 'la déclaration commune', 'le texte'] },
  '@G7text': { speaker: 'le texte', speakerAlso: ['la déclaration commune', 'les ministres des Affaires étrangères', ...G7] },
  '@G7min': { speaker: 'les ministres', speakerAlso: ['les ministres des Affaires étrangères', 'la déclaration commune', ...G7] },
  '@second': { speaker: 'ses signataires', speakerAlso: ['une seconde déclaration', 'Australie', 'Corée du Sud', 'Nouvelle-Zélande', 'Suisse'] },
  '@trio': { speaker: 'les trois partenaires', speakerAlso: ['le communiqué commun', 'États-Unis', 'Corée du Sud', 'Japon'] },
};

const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const OPEN = { '«': '»', '“': '”', '"': '"' };
const QTRIM = /^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g;

function fail(msg) {
  console.error(`build: ${msg}`);
  process.exit(1);
}

function parse(src, file) {
  let out = '';
  const sentences = [];
  const mentions = [];
  const quotes = [];
  const lists = [];
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '§') {
      const st = STATUS[src[i + 1]];
      if (!st || src[i + 2] !== ' ') fail(`${file}: bad sentence marker at ${i}`);
      sentences.push({ start: out.length, status: st });
      i += 3;
    } else if (c === '⟦') {
      const j = src.indexOf('⟧', i);
      if (j < 0) fail(`${file}: unclosed ⟦ at ${i}`);
      const [surface, spec = '', extra = ''] = src.slice(i + 1, j).split('|');
      const s = surface.replaceAll('~', '\u00A0').replaceAll('^', '\u202F');
      const m = { start: out.length, surface: s };
      if (spec.startsWith('*')) {
        m.entity = spec.length > 1 ? spec.slice(1) : s;
        m.kb = false;
        const parts = extra.split(',').filter(Boolean);
        m.type = parts.find((p) => TYPES.has(p));
        m.kind = parts.find((p) => KINDS.has(p));
        if (!m.type) fail(`${file}: entity outside the kb without a type: ${surface}`);
      } else {
        m.entity = spec || s.replaceAll('’', "'");
        if (!kbType.has(m.entity)) m.entity = m.entity.replaceAll('’', "'");
        if (!kbType.has(m.entity)) fail(`${file}: not a kb name: ${m.entity}`);
        m.type = kbType.get(m.entity);
        if (extra) {
          if (!KINDS.has(extra)) fail(`${file}: bad kind ${extra}`);
          m.kind = extra;
        }
      }
      mentions.push(m);
      out += s;
      i = j + 1;
    } else if (c === '⟨') {
      const j = src.indexOf('⟩', i);
      const body = src.slice(i + 1, j);
      const q = { start: out.length };
      if (body === '') q.speaker = null;
      else if (body.startsWith('@')) {
        if (!COLLECTIVE[body]) fail(`${file}: unknown collective ${body}`);
        Object.assign(q, COLLECTIVE[body]);
      } else q.speaker = body;
      quotes.push(q);
      i = j + 1;
    } else if (c === '⟪') {
      const j = src.indexOf('⟫', i);
      const [kind, members, total, approx] = src.slice(i + 1, j).split('|');
      if (kind === 'neg') lists.push({ kind, start: out.length });
      else if (kind === 'sig')
        lists.push({
          kind,
          start: out.length,
          members: members.split(';'),
          statedTotal: total === 'null' ? null : Number(total),
          approximate: approx === 'true',
        });
      else fail(`${file}: bad list marker`);
      i = j + 1;
    } else if (c === '~') {
      out += '\u00A0';
      i++;
    } else if (c === '^') {
      out += '\u202F';
      i++;
    } else if ('⟧⟩⟫'.includes(c)) {
      fail(`${file}: stray ${c} at ${i}`);
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, sentences, mentions, quotes, lists };
}

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
function occurrenceIndex(text, surface, at) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const ok = !isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length]);
    if (i === at) {
      if (!ok) fail(`mention "${surface}" at ${at} touches a letter or digit`);
      return n;
    }
    if (ok) n++;
  }
  fail(`mention "${surface}" not found at ${at}`);
}

const gold = { version: 1, articles: {} };
const srcDir = join(here, 'src');
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { text, sentences, mentions, quotes, lists } = parse(readFileSync(join(srcDir, f), 'utf8'), f);
  const txt = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, txt), text.endsWith('\n') ? text : text + '\n');

  const entities = mentions.map((m) => {
    const e = { surface: m.surface, occurrence: occurrenceIndex(text, m.surface, m.start), entity: m.entity, type: m.type };
    if (m.kind) e.kind = m.kind;
    if (m.kb === false) e.kb = false;
    return e;
  });

  const goldQuotes = quotes.map((q) => {
    const open = text[q.start];
    if (!OPEN[open]) fail(`${f}: speaker marker not before an opening quote mark at ${q.start}`);
    const close = text.indexOf(OPEN[open], q.start + 1);
    if (close < 0) fail(`${f}: unclosed quotation at ${q.start}`);
    const inner = text.slice(q.start + 1, close).replace(QTRIM, '');
    const g = { text: inner.slice(0, 30).replace(QTRIM, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    return g;
  });

  const goldSentences = sentences.map((s, k) => {
    const end = k + 1 < sentences.length ? sentences[k + 1].start : text.length;
    const first = text.slice(s.start, end).split('\n')[0];
    return { text: first.slice(0, 40).trimEnd(), status: s.status };
  });

  const signatoryLists = lists
    .filter((l) => l.kind === 'sig')
    .map((l) => ({ text: text.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal, approximate: l.approximate }));
  const negativeLists = lists.filter((l) => l.kind === 'neg').map((l) => ({ text: text.slice(l.start, l.start + 40) }));

  gold.articles[txt] = { entities, quotes: goldQuotes, sentences: goldSentences, signatoryLists, negativeLists };
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`build: ${Object.keys(gold.articles).length} articles`);
