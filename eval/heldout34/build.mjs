// Builds the articles (*.txt) and gold.json of eval/heldout34 from the annotated sources in src/*.src.
//
// Markup:
//   [[surface]]                 kb mention, entity found from the surface (name, alias, metonym or demonym)
//   [[surface|k]]               same, with kind k: m (metonym), c (capital as a place), a (adjective), d (demonym noun)
//   [[surface|KEY]] [[surface|KEY|k]]   kb mention of entity KEY (a kb name or an abbreviation below)
//   [[surface|*Name:t]] [[surface|*Name:t|k]]   mention outside the kb; t = c country, o organisation, p person, l place, w weapon
//   {a} {v} {u} {n}             a sentence starts here: attributed, vague, unattributed, not-claim
//   «{q:Speaker}  “{q:-}  "{q:Speaker|Also 1;Also 2}   the quotation opened just before; - = no speaker
//   {SL:A;B;C#3} … {/SL}        signatory list (members; # stated total, - none, ~N approximate)
//   {NL} … {/NL}                negative list
//   ~ = U+00A0, ^ = U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { here, kbByName, resolveForm, occurrences, wordCount } from './lib.mjs';

const ABBR = {
  KP: 'Corée du Nord', KR: 'Corée du Sud', RU: 'Russie', UA: 'Ukraine', US: 'États-Unis', JP: 'Japon', CN: 'Chine',
  EU: 'Union européenne', UK: 'Royaume-Uni', FR: 'France', DE: 'Allemagne', IT: 'Italie', CA: 'Canada', AU: 'Australie',
  NZ: 'Nouvelle-Zélande', NL: 'Pays-Bas', SU: 'Union soviétique', ONU: 'Organisation des Nations unies',
  KJU: 'Kim Jong Un', N23: 'Hwasong-11', GUR: 'renseignement militaire ukrainien', NIS: 'service national de renseignement',
  MSMT: 'Équipe multilatérale de surveillance des sanctions', CSNU: "Conseil de sécurité de l'ONU",
  FAR: 'forces armées russes', OTAN: "Organisation du traité de l'Atlantique nord", GE: "groupe d'experts de l'ONU",
};
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
const QUOTE_CLOSE = { '«': '»', '“': '”', '"': '"' };

const srcDir = join(here, 'src');
const files = readdirSync(srcDir).filter((f) => f.endsWith('.src')).sort();
const gold = { version: 1, articles: {} };
const errors = [];

for (const file of files) {
  const name = file.replace(/\.src$/, '.txt');
  const src = readFileSync(join(srcDir, file), 'utf8').replace(/~/g, '\u00a0').replace(/\^/g, '\u202f');
  let text = '';
  const ents = [], sents = [], quotes = [], lists = [];
  const open = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('[[', i)) {
      const end = src.indexOf(']]', i);
      const body = src.slice(i + 2, end);
      const [surface, ...rest] = body.split('|');
      let entity, type, kind, kbFalse = false;
      let key = rest[0];
      if (key && KINDS[key]) { kind = KINDS[key]; key = undefined; } else if (rest[1]) kind = KINDS[rest[1]];
      if (rest[1] && !KINDS[rest[1]]) errors.push(`${file}: bad kind in [[${body}]]`);
      if (key && key.startsWith('*')) {
        const m = key.match(/^\*(.+):([copwl])$/);
        if (!m) errors.push(`${file}: bad non-kb key [[${body}]]`);
        else { entity = m[1]; type = TYPES[m[2]]; kbFalse = true; }
      } else {
        if (key) entity = ABBR[key] ?? key;
        const res = resolveForm(surface);
        if (!entity) {
          const ents2 = [...new Set(res.map((r) => r.entity))];
          if (ents2.length !== 1) errors.push(`${file}: cannot resolve [[${body}]] (${ents2.join(', ') || 'no kb form'})`);
          entity = ents2[0];
        }
        const e = kbByName.get(entity);
        if (!e) errors.push(`${file}: unknown kb entity ${entity} in [[${body}]]`);
        type = e?.type;
        const how = res.filter((r) => r.entity === entity).map((r) => r.how);
        if (!kind && how.includes('demonym') && !how.includes('name') && !how.includes('alias')) kind = /^\p{Lu}/u.test(surface) ? 'demonym' : 'adjective';
        if (!kind && how.includes('metonym')) errors.push(`${file}: metonym without kind m/c: [[${body}]]`);
      }
      ents.push({ start: text.length, surface, entity, type, kind, kbFalse });
      text += surface;
      i = end + 2;
    } else if (src[i] === '{') {
      const end = src.indexOf('}', i);
      const tag = src.slice(i + 1, end);
      if (/^[avun]$/.test(tag)) {
        sents.push({ start: text.length, status: { a: 'attributed', v: 'vague', u: 'unattributed', n: 'not-claim' }[tag] });
      } else if (tag.startsWith('q:')) {
        const [spk, also] = tag.slice(2).split('|');
        const mark = text.replace(/[\s\u00a0\u202f]+$/, '').slice(-1);
        if (!QUOTE_CLOSE[mark]) errors.push(`${file}: {${tag}} not after an opening quote mark`);
        quotes.push({ start: text.length, mark, speaker: spk === '-' ? null : spk, speakerAlso: also ? also.split(';') : undefined });
      } else if (tag.startsWith('SL:')) {
        const [members, total] = tag.slice(3).split('#');
        const l = { neg: false, start: text.length, members: members.split(';').map((m) => ABBR[m] ?? m), total };
        lists.push(l); open.push(l);
      } else if (tag === 'NL') {
        const l = { neg: true, start: text.length }; lists.push(l); open.push(l);
      } else if (tag === '/SL' || tag === '/NL') {
        const l = open.pop();
        if (!l || l.neg !== (tag === '/NL')) errors.push(`${file}: unbalanced ${tag}`);
        else l.end = text.length;
      } else errors.push(`${file}: unknown tag {${tag}}`);
      i = end + 1;
    } else {
      text += src[i++];
    }
  }
  text = text.replace(/\s+$/, '') + '\n';
  writeFileSync(join(here, name), text);

  const entities = ents.map((e) => {
    const occ = occurrences(text, e.surface).filter((s) => s < e.start).length;
    if (!occurrences(text, e.surface).includes(e.start)) errors.push(`${name}: mention "${e.surface}" has a letter or digit next to it`);
    const o = { surface: e.surface, occurrence: occ, entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (e.kbFalse) o.kb = false;
    return o;
  });
  const sentences = sents.map((s, k) => {
    const stop = k + 1 < sents.length ? sents[k + 1].start : text.length;
    return { text: text.slice(s.start, Math.min(stop, s.start + 40)).replace(/\s+$/, ''), status: s.status };
  });
  const qs = quotes.map((q) => {
    const close = text.indexOf(QUOTE_CLOSE[q.mark], q.start);
    if (close < 0) errors.push(`${name}: unclosed quotation at ${q.start}`);
    const inner = text.slice(q.start, close).replace(/^[\s\u00a0\u202f]+/, '');
    const o = { text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, ''), speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  const clip = (l) => text.slice(l.start, l.start + 40);
  const signatoryLists = lists.filter((l) => !l.neg).map((l) => {
    const o = { text: clip(l), members: l.members, statedTotal: null };
    if (l.total && l.total !== '-') {
      o.statedTotal = Number(l.total.replace('~', ''));
      if (l.total.startsWith('~')) o.approximate = true;
    }
    return o;
  });
  const negativeLists = lists.filter((l) => l.neg).map((l) => ({ text: clip(l) }));
  gold.articles[name] = { entities, quotes: qs, sentences, signatoryLists, negativeLists };
  console.log(`${name}: ${wordCount(text)} words, ${entities.length} entities, ${sentences.length} sentences, ${qs.length} quotes`);
}

writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
