#!/usr/bin/env node
// Builds the articles (*.txt) and gold.json of eval/heldout16 from the annotated sources in src/*.src.
//
//   node eval/heldout16/build.mjs
//
// Source syntax (one text line per source line; blank lines are kept; lines starting with %% are comments,
// except the option lines below):
//   {a} {v} {u} {n}          start of a sentence: attributed, vague, unattributed, not-claim
//   [surface]                a kb entity whose canonical name is the surface
//   [surface|Name]           a kb entity (type taken from the kb)
//   [surface|Name|kind]      kind: metonym, capital, adjective, demonym
//   [surface|@type]          an entity outside the kb named by its surface ("kb": false)
//   [surface|Name|@type]     an entity outside the kb with a name of our own
//   ⟨q:Speaker⟩              right before an opening quote mark: the quotation's speaker (empty: null)
//   ⟨q:Speaker|A;B;C⟩        … with speakerAlso
//   ⟨sig:N⟩ … ⟨/sig⟩         a signatory list; N = stated total, N~ = approximate, empty = none;
//                            members = the country/organisation entities inside, in order, deduplicated
//   ⟨sig:N|members=A;B⟩      … with members given explicitly
//   ⟨neg⟩ … ⟨/neg⟩           a negative enumeration
// Option lines:
//   %%option apostrophe      every ' of the text becomes ’
//   %%option nbsp=00A0       the spaces inside « » become U+00A0 (or 202F); with 202F, also before : ; ? !
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');

// knowledge base: names and types only
const kbType = new Map();
for (const f of readdirSync(join(root, 'server', 'data', 'kb')).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(root, 'server', 'data', 'kb', f), 'utf8')).entities ?? []) kbType.set(e.name, e.type);
}

const KINDS = new Set(['metonym', 'capital', 'adjective', 'demonym']);
const TYPES = new Set(['country', 'organisation', 'person', 'place', 'weapon']);
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const OPEN = { '«': '»', '“': '”', '"': '"' };
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const SPACES = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g;

function die(file, msg) {
  console.error(`build: ${file}: ${msg}`);
  process.exit(1);
}

function build(file, src) {
  const options = {};
  const lines = [];
  for (const line of src.replace(/\r/g, '').split('\n')) {
    const m = /^%%option (\w+)(?:=(\S+))?/.exec(line);
    if (m) options[m[1]] = m[2] ?? true;
    else if (!line.startsWith('%%')) lines.push(line);
  }
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  while (lines.length && !lines[0].trim()) lines.shift();
  const input = lines.join('\n');

  let out = '';
  const ents = [];
  const sents = [];
  const quotes = [];
  const sigs = [];
  const negs = [];
  let openSig = null;
  let openNeg = null;
  for (let i = 0; i < input.length; ) {
    const c = input[i];
    if (c === '{' && /^\{[avun]\}/.test(input.slice(i, i + 3))) {
      sents.push({ start: out.length, status: STATUS[input[i + 1]] });
      i += 3;
    } else if (c === '[') {
      const j = input.indexOf(']', i);
      if (j < 0) die(file, `unclosed [ at ${i}`);
      const [surface, ...rest] = input.slice(i + 1, j).split('|');
      const e = { start: out.length, surface, entity: surface, type: null, kind: null, kb: true };
      for (const f of rest) {
        if (f.startsWith('@')) {
          e.type = f.slice(1);
          e.kb = false;
        } else if (KINDS.has(f)) e.kind = f;
        else e.entity = f;
      }
      if (e.kb) {
        if (!kbType.has(e.entity)) die(file, `"${e.entity}" is not a kb name (at "${surface}")`);
        e.type = kbType.get(e.entity);
      } else if (!TYPES.has(e.type)) die(file, `bad type ${e.type} at "${surface}"`);
      if (e.kb === false && kbType.has(e.entity)) die(file, `"${e.entity}" marked outside the kb but is a kb name`);
      out += surface;
      ents.push(e);
      i = j + 1;
    } else if (c === '⟨') {
      const j = input.indexOf('⟩', i);
      const d = input.slice(i + 1, j);
      i = j + 1;
      if (d.startsWith('q:')) {
        const [speaker, also] = d.slice(2).split('|');
        quotes.push({ at: out.length, speaker: speaker === '' ? null : speaker, speakerAlso: also ? also.split(';') : null });
      } else if (d.startsWith('sig:')) {
        const [tot, mem] = d.slice(4).split('|');
        openSig = {
          start: out.length,
          statedTotal: tot === '' ? null : Number(tot.replace('~', '')),
          approximate: tot.endsWith('~'),
          members: mem ? mem.replace(/^members=/, '').split(';') : null,
          firstEnt: ents.length,
        };
      } else if (d === '/sig') {
        openSig.end = out.length;
        openSig.lastEnt = ents.length;
        sigs.push(openSig);
        openSig = null;
      } else if (d === 'neg') openNeg = { start: out.length };
      else if (d === '/neg') {
        openNeg.end = out.length;
        negs.push(openNeg);
        openNeg = null;
      } else die(file, `unknown directive ⟨${d}⟩`);
    } else {
      out += c;
      i++;
    }
  }
  if (openSig || openNeg) die(file, 'unclosed list');

  // typography (length-preserving)
  let text = [...out];
  if (options.apostrophe) text = text.map((ch) => (ch === "'" ? '’' : ch));
  if (options.nbsp) {
    const sp = String.fromCharCode(parseInt(options.nbsp, 16));
    for (let k = 0; k < text.length; k++) {
      if (text[k] === '«' && text[k + 1] === ' ') text[k + 1] = sp;
      if (text[k] === '»' && text[k - 1] === ' ') text[k - 1] = sp;
      if (options.nbsp === '202F' && /[:;?!]/.test(text[k]) && text[k - 1] === ' ') text[k - 1] = sp;
    }
  }
  text = text.join('') + '\n';

  // entities: surfaces and occurrences from the final text
  const gold = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of ents) {
    const surface = text.slice(e.start, e.start + e.surface.length);
    let k = 0;
    let occ = -1;
    for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
      if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
      if (p === e.start) {
        occ = k;
        break;
      }
      k++;
    }
    if (occ < 0) die(file, `entity "${surface}" at ${e.start} is not a whole-word occurrence`);
    const g = { surface, occurrence: occ, entity: e.entity, type: e.type };
    if (e.kind) g.kind = e.kind;
    if (!e.kb) g.kb = false;
    gold.entities.push(g);
  }
  // sentences: first 40 characters, cut at the sentence's end
  sents.forEach((s, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const body = text.slice(s.start, end).replace(/[\s\u00A0\u202F]+$/, '');
    gold.sentences.push({ text: body.slice(0, 40), status: s.status });
  });
  // quotes
  for (const q of quotes) {
    const open = text[q.at];
    if (!OPEN[open]) die(file, `quote marker not before an opening mark at ${q.at}: "${text.slice(q.at, q.at + 20)}"`);
    const close = text.indexOf(OPEN[open], q.at + 1);
    if (close < 0) die(file, `unclosed quote at ${q.at}`);
    const inner = text.slice(q.at + 1, close).replace(SPACES, '');
    const g = { text: inner.slice(0, 30).replace(SPACES, ''), speaker: q.speaker };
    if (q.speakerAlso) g.speakerAlso = q.speakerAlso;
    gold.quotes.push(g);
  }
  for (const s of sigs) {
    let members = s.members;
    if (!members) {
      members = [];
      for (const e of ents.slice(s.firstEnt, s.lastEnt))
        if (e.kb && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity)) members.push(e.entity);
    }
    gold.signatoryLists.push({ text: text.slice(s.start, s.start + 40), members, statedTotal: s.statedTotal, approximate: s.approximate });
  }
  for (const n of negs) gold.negativeLists.push({ text: text.slice(n.start, n.start + 40) });
  return { text, gold };
}

const srcDir = join(here, 'src');
const articles = {};
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { text, gold } = build(f, readFileSync(join(srcDir, f), 'utf8'));
  const name = f.replace(/\.src$/, '.txt');
  writeFileSync(join(here, name), text);
  articles[name] = gold;
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(
    `${name}: ${words} words, ${gold.entities.length} entities (${gold.entities.filter((e) => e.kb === false).length} outside kb), ` +
      `${gold.sentences.length} sentences, ${gold.quotes.length} quotes, ${gold.signatoryLists.length} lists, ${gold.negativeLists.length} negative lists`,
  );
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 2) + '\n');
