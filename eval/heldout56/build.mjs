// Builds the articles (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup of a source file:
//   @file 01_slug.txt            header lines (before the first blank line)
//   @apos curly                  straight ' in the text become ’
//   @nbsp nbsp|nnbsp             the space inside « » becomes U+00A0 or U+202F
//   @colon nbsp                  a space before : ; ? ! becomes U+00A0
//   §a §v §u §n + one space      a sentence starts here (attributed, vague, unattributed, not-claim)
//   {surface|entity|T|flags}     an entity mention; entity empty = surface; T = C O P L W
//                                (country, organisation, person, place, weapon); flags: m metonym, c capital,
//                                a adjective, d demonym, x outside the kb
//   <<speaker;;also1,also2>>     the speaker of the next quotation (empty = null)
//   ⟦S|total|~|m1,m2,…⟧ … ⟦/⟧   a list of signatories (total empty = null; ~ = approximate)
//   ⟦N⟧ … ⟦/⟧                   a negative list
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { C: 'country', O: 'organisation', P: 'person', L: 'place', W: 'weapon' };
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const STATUS = { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' };
const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function occurrenceIndex(text, surface, start) {
  let n = 0;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const ok = !isWordChar(text[i - 1]) && !isWordChar(text[i + surface.length]);
    if (i === start) {
      if (!ok) throw new Error(`mention "${surface}" at ${start} is not at a word boundary`);
      return n;
    }
    if (ok) n++;
  }
  throw new Error(`mention "${surface}" not found at ${start}`);
}

function build(srcPath) {
  const raw = readFileSync(srcPath, 'utf8');
  const [head, ...rest] = raw.split(/\n\n/);
  const opts = {};
  for (const line of head.split('\n')) {
    const m = /^@(\w+)\s+(.*)$/.exec(line.trim());
    if (!m) throw new Error(`${srcPath}: bad header line ${line}`);
    opts[m[1]] = m[2].trim();
  }
  const body = rest.join('\n\n').replace(/\s+$/, '') + '\n';
  let out = '';
  const entities = [];
  const sentences = [];
  const quoteMarks = []; // { at (offset of the opening mark), speaker, also }
  const lists = [];
  const open = [];
  let pending = null;
  let i = 0;
  while (i < body.length) {
    const restText = body.slice(i);
    let m;
    if ((m = /^§([auvn]) /.exec(restText))) {
      sentences.push({ start: out.length, status: STATUS[m[1]] });
      i += m[0].length;
    } else if ((m = /^\{([^|{}]+)\|([^|{}]*)\|([COPLW])(?:\|([macdx]*))?\}/.exec(restText))) {
      const [, surface, entity, t, flags = ''] = m;
      const kindFlag = [...flags].find((f) => KINDS[f]);
      entities.push({
        start: out.length,
        end: out.length + surface.length,
        entity: entity || surface,
        type: TYPES[t],
        kind: kindFlag ? KINDS[kindFlag] : undefined,
        kb: flags.includes('x') ? false : undefined,
      });
      out += surface;
      i += m[0].length;
    } else if ((m = /^<<([^>]*)>>/.exec(restText))) {
      const [speaker, also] = m[1].split(';;');
      pending = { speaker: speaker.trim() || null, also: also ? also.split(',').map((s) => s.trim()) : undefined };
      i += m[0].length;
    } else if ((m = /^⟦S\|([^|]*)\|([^|]*)\|([^⟧]*)⟧/.exec(restText))) {
      const l = { kind: 'S', start: out.length, total: m[1] ? Number(m[1]) : null, approx: m[2] === '~', members: m[3].split(',').map((s) => s.trim()) };
      lists.push(l);
      open.push(l);
      i += m[0].length;
    } else if ((m = /^⟦N⟧/.exec(restText))) {
      const l = { kind: 'N', start: out.length };
      lists.push(l);
      open.push(l);
      i += m[0].length;
    } else if ((m = /^⟦\/⟧/.exec(restText))) {
      const l = open.pop();
      if (!l) throw new Error(`${srcPath}: ⟦/⟧ without an open list`);
      l.end = out.length;
      i += m[0].length;
    } else {
      const ch = body[i];
      if (/[{}⟦⟧§<>]/.test(ch)) throw new Error(`${srcPath}: stray markup character ${ch} near ${JSON.stringify(body.slice(i, i + 40))}`);
      if (pending && (ch === '«' || ch === '“' || ch === '"')) {
        quoteMarks.push({ at: out.length, mark: ch, ...pending });
        pending = null;
      }
      out += ch;
      i++;
    }
  }
  if (open.length) throw new Error(`${srcPath}: unclosed list`);
  if (pending) throw new Error(`${srcPath}: speaker marker with no quotation`);

  // Length-preserving typography.
  let text = out;
  if (opts.apos === 'curly') text = text.replace(/'/g, '’');
  if (opts.nbsp) {
    const sp = opts.nbsp === 'nnbsp' ? '\u202F' : '\u00A0';
    text = text.replace(/« /g, `«${sp}`).replace(/ »/g, `${sp}»`);
  }
  if (opts.colon === 'nbsp') text = text.replace(/ ([:;?!])/g, '\u00A0$1');
  if (text.length !== out.length) throw new Error('typography changed the length');

  const closing = { '«': '»', '“': '”', '"': '"' };
  const quotes = quoteMarks.map((q) => {
    const close = text.indexOf(closing[q.mark], q.at + 1);
    if (close < 0) throw new Error(`${srcPath}: unclosed quotation at ${q.at}`);
    const inner = text.slice(q.at + 1, close).replace(/^[\s\u00A0\u202F]+/, '').slice(0, 30).replace(/[\s\u00A0\u202F]+$/, '');
    const rec = { text: inner, speaker: q.speaker };
    if (q.also) rec.speakerAlso = q.also;
    return rec;
  });

  const gold = {
    entities: entities.map((e) => {
      const surface = text.slice(e.start, e.end);
      const rec = { surface, occurrence: occurrenceIndex(text, surface, e.start), entity: e.entity, type: e.type };
      if (e.kind) rec.kind = e.kind;
      if (e.kb === false) rec.kb = false;
      return rec;
    }),
    quotes,
    sentences: sentences.map((s, k) => {
      const end = k + 1 < sentences.length ? sentences[k + 1].start : text.length;
      return { text: text.slice(s.start, Math.min(end, s.start + 40)).replace(/[\s\u00A0\u202F]+$/, ''), status: s.status };
    }),
    signatoryLists: lists
      .filter((l) => l.kind === 'S')
      .map((l) => {
        const rec = { text: text.slice(l.start, l.start + 40), members: l.members, statedTotal: l.total };
        if (l.approx) rec.approximate = true;
        return rec;
      }),
    negativeLists: lists.filter((l) => l.kind === 'N').map((l) => ({ text: text.slice(l.start, l.start + 40) })),
  };
  return { file: opts.file, text, gold };
}

const srcDir = join(here, 'src');
const articles = {};
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort()) {
  const { file, text, gold } = build(join(srcDir, f));
  writeFileSync(join(here, file), text);
  articles[file] = gold;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify({ version: 1, articles }, null, 2) + '\n');
console.log(`built ${Object.keys(articles).length} articles`);
