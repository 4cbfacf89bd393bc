// Builds the article texts (*.txt) and gold.json of this set from the annotated sources in src/*.src.
//
// Markup (everything else is copied verbatim):
//   ^ → U+00A0 (no-break space)      ¤ → U+202F (narrow no-break space)
//   [[surface]]                      entity, looked up in DEFAULTS or in the file's @def lines
//   [[surface|k]]                    same, kind overridden (m = metonym, cap = capital, adj, dem, - = none)
//   [[surface|Entity|t]] / [[surface|Entity|t|k]]   explicit; t = c|o|p|l|w; Entity "~Name" = outside the kb
//   {A} {V} {U} {N}                  start of a sentence: attributed, vague, unattributed, not-claim
//   {Q:speaker} {Q:speaker|a;b} {Q:speaker|@set} {Q:-}   the next quotation, its speaker (and speakerAlso)
//   {S} {S:47} {S:40~} … {/S}        signatory list (stated total, approximate); members = countries and
//                                    organisations annotated inside
//   {X} … {/X}                       negative list
//   @def surface|Entity|t[|k]        (line) a default for this file
//   @set name = a;b;c                (line) a named speakerAlso list
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { c: 'country', o: 'organisation', p: 'person', l: 'place', w: 'weapon' };
const KINDS = { m: 'metonym', cap: 'capital', adj: 'adjective', dem: 'demonym', '-': null };

const DEFAULTS = new Map();
const def = (surface, entity, type, kind = null) => DEFAULTS.set(surface, { entity, type, kind, kb: true });
function demonym(base, entity, forms) {
  for (const f of forms) {
    def(f, entity, 'country', 'adjective');
    def(f.split('-').map((x) => x[0].toUpperCase() + x.slice(1)).join('-'), entity, 'country', 'demonym');
  }
}
const en = (b) => [b, b + 'ne', b + 's', b + 'nes'];
const regular = (b) => [b, b + 'e', b + 's', b + 'es'];
demonym('nord-coréen', 'Corée du Nord', en('nord-coréen'));
demonym('sud-coréen', 'Corée du Sud', en('sud-coréen'));
demonym('ukrainien', 'Ukraine', en('ukrainien'));
demonym('américain', 'États-Unis', regular('américain'));
demonym('russe', 'Russie', ['russe', 'russes']);
demonym('chinois', 'Chine', ['chinois', 'chinoise', 'chinoises']);
demonym('japonais', 'Japon', ['japonais', 'japonaise', 'japonaises']);
demonym('britannique', 'Royaume-Uni', ['britannique', 'britanniques']);
demonym('suisse', 'Suisse', ['suisse', 'suisses']);
demonym('belge', 'Belgique', ['belge', 'belges']);
for (const f of en('européen')) def(f, 'Union européenne', 'organisation', 'adjective');
for (const c of ['Corée du Nord', 'Corée du Sud', 'Russie', 'Ukraine', 'Chine', 'Japon', 'États-Unis', 'Royaume-Uni',
  'Allemagne', 'Canada', 'Suisse', 'Australie', 'France', 'Italie', 'Nouvelle-Zélande', 'Belgique', 'Pays-Bas'])
  def(c, c, 'country');
def('RPDC', 'Corée du Nord', 'country');
def('République de Corée', 'Corée du Sud', 'country');
for (const [m, c] of [['Pyongyang', 'Corée du Nord'], ['Séoul', 'Corée du Sud'], ['Moscou', 'Russie'], ['Kiev', 'Ukraine'],
  ['Kyiv', 'Ukraine'], ['Washington', 'États-Unis'], ['Tokyo', 'Japon'], ['Pékin', 'Chine'], ['Berne', 'Suisse']])
  def(m, c, 'country', 'metonym');
def('Bruxelles', 'Union européenne', 'organisation', 'metonym');
for (const [s, o] of [
  ['ONU', 'Organisation des Nations unies'], ['Conseil de sécurité', "Conseil de sécurité de l'ONU"],
  ['NIS', 'service national de renseignement'], ['service national de renseignement', 'service national de renseignement'],
  ['service national de renseignement sud-coréen', 'service national de renseignement'],
  ['renseignement sud-coréen', 'service national de renseignement'], ['KCNA', 'KCNA'],
  ['armée russe', 'forces armées russes'], ['armée ukrainienne', 'forces armées ukrainiennes'],
  ['Armée populaire de Corée', 'Armée populaire de Corée'], ['Storm Corps', 'Storm Corps'],
  ['Conseil de sécurité russe', 'Conseil de sécurité russe'], ['Union européenne', 'Union européenne'],
  ['UE', 'Union européenne'], ['Télévision centrale coréenne', 'Télévision centrale coréenne'], ['KINU', 'Institut coréen pour l\'unification nationale'],
  ['SBU', "Service de sécurité d'Ukraine"], ["Service de sécurité d'Ukraine", "Service de sécurité d'Ukraine"],
  ['Parlement sud-coréen', 'Assemblée nationale sud-coréenne'],
  ['ministère sud-coréen des Affaires étrangères', 'ministère sud-coréen des Affaires étrangères'],
  ['AFP', 'Agence France-Presse'], ['Conflict Armament Research', 'Conflict Armament Research'],
  ["Conseil de l'UE", "Conseil de l'Union européenne"], ['Commission européenne', 'Commission européenne'],
]) def(s, o, 'organisation');
for (const p of ['Vladimir Poutine', 'Volodymyr Zelensky', 'Kim Jong Un', 'Valéri Guerassimov', 'Sergueï Choïgou',
  'Elizabeth Salmón', 'Kaja Kallas', 'No Kwang Chol', 'Park Sun-won', 'Lee Jae-myung']) def(p, p, 'person');
def('Kim Jong-un', 'Kim Jong Un', 'person');
for (const l of ['Chongjin', 'Vladivostok', 'Khabarovsk', 'Koursk', 'Extrême-Orient russe', 'péninsule coréenne', 'Genève',
  'Incheon', 'Hamhung', 'Hyesan', 'Kharkiv', 'Europe', 'Soudja', 'Asie', 'Afrique', 'Saint-Pétersbourg', 'Jagang', 'Hamgyong du Nord']) def(l, l, 'place');
def('région de Koursk', 'Koursk', 'place');
def('KN-23', 'Hwasong-11', 'weapon');
def('Pantsir', 'Pantsir-S1', 'weapon');

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function occurrenceIndex(text, surface, start) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === start) return k;
    k++;
  }
  throw new Error(`"${surface}" at ${start} is not a free-standing occurrence`);
}
const trimQ = (s) => s.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
const CLOSE = { '«': '»', '“': '”', '"': '"' };

function parse(file, src) {
  const local = new Map(DEFAULTS);
  const sets = new Map();
  const body = [];
  for (const line of src.split('\n')) {
    if (line.startsWith('@def ')) {
      const [surface, entity, t, k] = line.slice(5).split('|');
      local.set(surface, mk(entity, t, k));
    } else if (line.startsWith('@set ')) {
      const [name, list] = line.slice(5).split(' = ');
      sets.set(name.trim(), list.split(';').map((s) => s.trim()));
    } else body.push(line);
  }
  function mk(entity, t, k) {
    if (!TYPES[t]) throw new Error(`${file}: bad type ${t}`);
    const kb = !entity.startsWith('~');
    return { entity: kb ? entity : entity.slice(1), type: TYPES[t], kind: k ? KINDS[k] : null, kb };
  }
  const s = body.join('\n').replace(/^\n+/, '');
  let text = '';
  const ents = [], sents = [], quotes = [], lists = [], open = [];
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('[[', i)) {
      const j = s.indexOf(']]', i);
      const parts = s.slice(i + 2, j).split('|');
      const surface = parts[0].replace(/\^/g, '\u00a0').replace(/¤/g, '\u202f');
      let e;
      if (parts.length <= 2) {
        const d = local.get(parts[0]);
        if (!d) throw new Error(`${file}: no default for "${parts[0]}"`);
        e = { ...d };
        if (parts.length === 2) {
          if (!(parts[1] in KINDS)) throw new Error(`${file}: bad kind ${parts[1]}`);
          e.kind = KINDS[parts[1]];
        }
      } else e = mk(parts[1], parts[2], parts[3]);
      ents.push({ start: text.length, surface, ...e });
      text += surface;
      i = j + 2;
    } else if (s[i] === '{') {
      const j = s.indexOf('}', i);
      const m = s.slice(i + 1, j);
      if (/^[AVUN]$/.test(m)) sents.push({ start: text.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[m] });
      else if (m.startsWith('Q:')) {
        const [sp, also] = m.slice(2).split('|');
        let speakerAlso;
        if (also) speakerAlso = also.startsWith('@') ? sets.get(also.slice(1)) : also.split(';');
        if (also && !speakerAlso) throw new Error(`${file}: unknown set ${also}`);
        quotes.push({ pos: text.length, speaker: sp === '-' ? null : sp, speakerAlso });
      } else if (m === 'S' || m.startsWith('S:') || m === 'X') {
        const arg = m.slice(2);
        open.push({ kind: m[0], start: text.length, total: arg ? parseInt(arg, 10) : null, approx: arg.endsWith('~') });
      } else if (m === '/S' || m === '/X') {
        const l = open.pop();
        if (!l || l.kind !== m[1]) throw new Error(`${file}: unbalanced ${m}`);
        lists.push({ ...l, end: text.length });
      } else throw new Error(`${file}: unknown marker {${m}}`);
      i = j + 1;
    } else {
      const c = s[i];
      text += c === '^' ? '\u00a0' : c === '¤' ? '\u202f' : c;
      i++;
    }
  }
  if (open.length) throw new Error(`${file}: unclosed list`);
  if (!text.endsWith('\n')) text += '\n';

  const entities = ents.map((e) => {
    const o = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: e.entity, type: e.type };
    if (e.kind) o.kind = e.kind;
    if (!e.kb) o.kb = false;
    return o;
  });
  const sentences = sents.map((x, k) => {
    const end = k + 1 < sents.length ? sents[k + 1].start : text.length;
    const t = text.slice(x.start, Math.min(end, x.start + 40)).replace(/\s+$/, '');
    if (!t || /^\s/.test(t)) throw new Error(`${file}: sentence marker at ${x.start} is followed by space`);
    return { text: t, status: x.status };
  });
  const gq = quotes.map((q) => {
    const open = text.slice(q.pos).search(/[«“"]/) + q.pos;
    if (open - q.pos > 3) throw new Error(`${file}: quote marker at ${q.pos} too far from its quote`);
    const close = text.indexOf(CLOSE[text[open]], open + 1);
    const t = trimQ(trimQ(text.slice(open + 1, close)).slice(0, 30));
    const o = { text: t, speaker: q.speaker };
    if (q.speakerAlso) o.speakerAlso = q.speakerAlso;
    return o;
  });
  const signatoryLists = [], negativeLists = [];
  for (const l of lists.sort((a, b) => a.start - b.start)) {
    const t = text.slice(l.start, l.start + 40);
    if (l.kind === 'S') {
      const members = [];
      for (const e of ents)
        if (e.start >= l.start && e.start < l.end && (e.type === 'country' || e.type === 'organisation') && !members.includes(e.entity))
          members.push(e.entity);
      const o = { text: t, members, statedTotal: l.total };
      if (l.approx) o.approximate = true;
      signatoryLists.push(o);
    } else negativeLists.push({ text: t });
  }
  return { text, gold: { entities, quotes: gq, sentences, signatoryLists, negativeLists } };
}

const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const name = f.replace(/\.src$/, '.txt');
  const { text, gold: g } = parse(f, readFileSync(join(here, 'src', f), 'utf8'));
  writeFileSync(join(here, name), text);
  gold.articles[name] = g;
}
writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
console.log(`built ${Object.keys(gold.articles).length} articles`);
