#!/usr/bin/env node
// Builds the articles (*.txt) and gold.json of eval/heldout7 from the annotated sources in src/.
//
// Markup of src/*.src (not .txt, so that the tool does not index them as articles):
//   <A> <V> <U> <N>   start of a sentence: attributed / vague / unattributed / not-claim
//   {surface|CODE}    an entity mention; {surface|CODE.k} with k = m (metonym), c (capital), a (adjective), d (demonym)
//   <S> <L>           start of a signatory list / of a negative list (data below, in order)
//   ~  ^              U+00A0 and U+202F
// Quotations are found in the plain text (« », “ ”, " ") and given their speakers below, in order.
//
//   node eval/heldout7/build.mjs     (then node eval/heldout7/check.mjs)

import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// ------------------------------------------------------------ entities: code → [canonical name, type, inKb]
const E = {
  // countries (kb)
  KP: ['Corée du Nord', 'country'],
  KR: ['Corée du Sud', 'country'],
  RU: ['Russie', 'country'],
  UA: ['Ukraine', 'country'],
  CN: ['Chine', 'country'],
  IR: ['Iran', 'country'],
  US: ['États-Unis', 'country'],
  JP: ['Japon', 'country'],
  UK: ['Royaume-Uni', 'country'],
  FR: ['France', 'country'],
  DE: ['Allemagne', 'country'],
  IT: ['Italie', 'country'],
  CA: ['Canada', 'country'],
  AU: ['Australie', 'country'],
  EE: ['Estonie', 'country'],
  FI: ['Finlande', 'country'],
  BY: ['Biélorussie', 'country'],
  SY: ['Syrie', 'country'],
  NI: ['Nicaragua', 'country'],
  CH: ['Suisse', 'country'],
  PL: ['Pologne', 'country'],
  SU: ['Union soviétique', 'country'],
  // organisations (kb)
  UE: ['Union européenne', 'organisation'],
  ONU: ['Organisation des Nations unies', 'organisation'],
  CSNU: ["Conseil de sécurité de l'ONU", 'organisation'],
  AGNU: ["Assemblée générale de l'ONU", 'organisation'],
  GE: ["groupe d'experts de l'ONU", 'organisation'],
  MSMT: ['Équipe multilatérale de surveillance des sanctions', 'organisation'],
  TRES: ['département du Trésor', 'organisation'],
  NIS: ['service national de renseignement', 'organisation'],
  JCS: ['état-major interarmées sud-coréen', 'organisation'],
  KIDA: ["Institut coréen d'analyses de défense", 'organisation'],
  KPA: ['Armée populaire de Corée', 'organisation'],
  WPK: ['Parti du travail de Corée', 'organisation'],
  KPMFA: ['ministère nord-coréen des Affaires étrangères', 'organisation'],
  KCNA: ['KCNA', 'organisation'],
  KREM: ['Kremlin', 'organisation'],
  RUARMY: ['forces armées russes', 'organisation'],
  TASS: ['TASS', 'organisation'],
  RIA: ['RIA Novosti', 'organisation'],
  ROKMFA: ['ministère sud-coréen des Affaires étrangères', 'organisation'],
  JPMOD: ['ministère japonais de la Défense', 'organisation'],
  CNMFA: ['ministère chinois des Affaires étrangères', 'organisation'],
  OTAN: ["Organisation du traité de l'Atlantique nord", 'organisation'],
  PGU: ["parquet général d'Ukraine", 'organisation'],
  AFP: ['Agence France-Presse', 'organisation'],
  // people (kb)
  KJU: ['Kim Jong Un', 'person'],
  ZAK: ['Maria Zakharova', 'person'],
  NEB: ['Vassili Nebenzia', 'person'],
  KSONG: ['Kim Song', 'person'],
  KYS: ['Serhiy Kyslytsya', 'person'],
  HJK: ['Hwang Joon-kook', 'person'],
  SWS: ['Shin Won-sik', 'person'],
  NAK: ['Gen Nakatani', 'person'],
  GUO: ['Guo Jiakun', 'person'],
  ROUD: ['Andreï Roudenko', 'person'],
  // places (kb)
  JAG: ['Jagang', 'place'],
  HGN: ['Hamgyong du Nord', 'place'],
  HGS: ['Hamgyong du Sud', 'place'],
  KANG: ['Kanggye', 'place'],
  INCH: ['Incheon', 'place'],
  EOR: ['Extrême-Orient russe', 'place'],
  DON: ['Donbass', 'place'],
  ASE: ['Asie du Sud-Est', 'place'],
  ANE: ['Asie du Nord-Est', 'place'],
  ASIA: ['Asie', 'place'],
  AFR: ['Afrique', 'place'],
  VLA: ['Vladivostok', 'place'],
  HK: ['Hong Kong', 'place'],
  RAJ: ['Rajin', 'place'],
  RAS: ['Rason', 'place'],
  VOSP: ['port de Vostotchny', 'place'],
  NAKH: ['Nakhodka', 'place'],
  VAN: ['Vanino', 'place'],
  KHA: ['Kharkiv', 'place'],
  ODE: ['Odessa', 'place'],
  DNI: ['Dnipro', 'place'],
  ZAP: ['Zaporijjia', 'place'],
  KUR: ['Koursk', 'place'],
  WON: ['Wonsan', 'place'],
  ALA: ['Alabouga', 'place'],
  TAT: ['Tatarstan', 'place'],
  MJ: ['mer du Japon', 'place'],
  MCO: ['mer de Chine orientale', 'place'],
  PAC: ['océan Pacifique', 'place'],
  // weapons (kb)
  KN23: ['Hwasong-11', 'weapon'],
  PANT: ['Pantsir-S1', 'weapon'],
  SHA: ['Shahed-136', 'weapon'],
  LR240: ['lance-roquettes multiple de 240 mm', 'weapon'],
  // outside the kb
  HAN: ['Mme Han', 'person', false],
  WHIT: ['Daniel Whitcombe', 'person', false],
  KAL: ['Andres Kallaste', 'person', false],
  MOR: ['Takashi Moriyama', 'person', false],
  CHOI: ['Choi Eun-ji', 'person', false],
  EFIS: ['Service de renseignement extérieur estonien', 'organisation', false],
  FIG: ['Le Figaro', 'organisation', false],
  KEIO: ['université Keio', 'organisation', false],
  PCC: ['Primorsky Cargo Company', 'organisation', false],
  C4: ['Center for Advanced Defense Studies', 'organisation', false],
  HUI: ['Huichon', 'place', false],
  POS: ['Possiet', 'place', false],
};
const KIND = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };

// ------------------------------------------------------------ quotations (speakers in text order) and lists
const G7PLUS = ['Allemagne', 'Australie', 'Canada', 'Corée du Sud', 'États-Unis', 'France', 'Italie', 'Japon', 'Royaume-Uni'];
const UNGA = ['Allemagne', 'Australie', 'Canada', 'États-Unis', 'France', 'Japon', 'Pologne', 'Royaume-Uni', 'Union européenne'];
const TRI = ['États-Unis', 'Japon', 'Corée du Sud'];
const LIVRE = ['ministère japonais de la Défense', 'Japon'];

const META = {
  '01_usines_transfuges': {
    quotes: [
      'Mme Han',
      'service national de renseignement',
      'Mme Han',
      "un ancien chauffeur de l'armée nord-coréenne",
      'Kim Jong Un',
      'ministère nord-coréen des Affaires étrangères',
      'Mme Han',
    ],
    signatories: [],
  },
  '02_tresor_armateurs': {
    quotes: [
      'Daniel Whitcombe',
      'Daniel Whitcombe',
      null,
      ['le communiqué conjoint', TRI],
      'Russie',
      'Maria Zakharova',
    ],
    signatories: [{ members: TRI, statedTotal: null }],
  },
  '03_renseignement_estonien': {
    quotes: [
      'Andres Kallaste',
      'plusieurs responsables de la défense',
      'un responsable de la défense finlandais',
      'Corée du Nord',
    ],
    signatories: [],
  },
  '04_livre_blanc_japon': {
    quotes: [
      ['Japon', ['le livre blanc', 'ministère japonais de la Défense']],
      ['le livre blanc', LIVRE],
      ['le livre blanc', LIVRE],
      'Gen Nakatani',
      'Takashi Moriyama',
      'Chine',
      'Guo Jiakun',
    ],
    signatories: [],
  },
  '05_assemblee_generale': {
    quotes: [
      ['la déclaration commune', ['le texte', ...UNGA]],
      ['les signataires', ['la déclaration commune', 'le texte', ...UNGA]],
      'Kim Song',
      'Kim Song',
      'Kim Song',
      'Vassili Nebenzia',
      'Vassili Nebenzia',
      'Serhiy Kyslytsya',
      null,
    ],
    signatories: [{ members: UNGA, statedTotal: 50, approximate: true }],
  },
  '06_drones_coproduction': {
    quotes: [
      null,
      'Choi Eun-ji',
      ['la déclaration commune', ['le texte', 'les signataires', ...G7PLUS]],
      ['le texte', ['la déclaration commune', 'les signataires', ...G7PLUS]],
      'KCNA',
      'Andreï Roudenko',
      'Andreï Roudenko',
    ],
    signatories: [{ members: G7PLUS, statedTotal: 9, approximate: false }],
  },
};

// ------------------------------------------------------------ helpers
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
export function occurrenceIndex(text, surface, at) {
  let k = 0;
  for (let p = text.indexOf(surface); p !== -1; p = text.indexOf(surface, p + 1)) {
    if (isWordChar(text[p - 1]) || isWordChar(text[p + surface.length])) continue;
    if (p === at) return k;
    k++;
  }
  throw new Error(`"${surface}" at ${at} is not a word-bounded occurrence`);
}
export function findQuotes(text) {
  const out = [];
  const pairs = [
    ['«', '»'],
    ['“', '”'],
  ];
  for (const [o, c] of pairs) {
    for (let p = text.indexOf(o); p !== -1; p = text.indexOf(o, p + 1)) {
      const e = text.indexOf(c, p + 1);
      if (e < 0) throw new Error(`unclosed ${o} at ${p}`);
      out.push({ start: p, innerStart: p + 1, end: e });
    }
  }
  const straight = [];
  for (let p = text.indexOf('"'); p !== -1; p = text.indexOf('"', p + 1)) straight.push(p);
  if (straight.length % 2) throw new Error('odd number of straight quotes');
  for (let i = 0; i < straight.length; i += 2) out.push({ start: straight[i], innerStart: straight[i] + 1, end: straight[i + 1] });
  out.sort((a, b) => a.start - b.start);
  return out.map((q) => {
    const inner = text.slice(q.innerStart, q.end).replace(/^[\s\u00a0\u202f]+/, '');
    return { ...q, text: inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '') };
  });
}

function parse(src) {
  let out = '';
  const sentences = [];
  const entities = [];
  const lists = [];
  for (let i = 0; i < src.length; ) {
    const tag = /^<([AVUNSL])>/.exec(src.slice(i, i + 3));
    if (tag) {
      const t = tag[1];
      if ('AVUN'.includes(t)) sentences.push({ start: out.length, status: { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' }[t] });
      else lists.push({ start: out.length, kind: t });
      i += 3;
      continue;
    }
    if (src[i] === '{') {
      const close = src.indexOf('}', i);
      const [surface, codeK] = src.slice(i + 1, close).split('|');
      const [code, k] = codeK.split('.');
      if (!E[code]) throw new Error(`unknown code ${code}`);
      if (k && !KIND[k]) throw new Error(`unknown kind ${k}`);
      entities.push({ start: out.length, surface, code, kind: k ? KIND[k] : undefined });
      out += surface;
      i = close + 1;
      continue;
    }
    if (src[i] === '}' || src[i] === '<') throw new Error(`stray ${src[i]} at ${i}: ${src.slice(i - 20, i + 20)}`);
    out += src[i] === '~' ? '\u00a0' : src[i] === '^' ? '\u202f' : src[i];
    i++;
  }
  return { text: out, sentences, entities, lists };
}

// ------------------------------------------------------------ build
const gold = { version: 1, articles: {} };
for (const f of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
  const base = f.replace(/\.src$/, '');
  const meta = META[base];
  if (!meta) throw new Error(`no META for ${base}`);
  const { text, sentences, entities, lists } = parse(readFileSync(join(here, 'src', f), 'utf8'));
  writeFileSync(join(here, `${base}.txt`), text);

  const g = { entities: [], quotes: [], sentences: [], signatoryLists: [], negativeLists: [] };
  for (const e of entities) {
    const [name, type, inKb = true] = E[e.code];
    const rec = { surface: e.surface, occurrence: occurrenceIndex(text, e.surface, e.start), entity: name, type };
    if (e.kind) rec.kind = e.kind;
    if (!inKb) rec.kb = false;
    g.entities.push(rec);
  }
  const qs = findQuotes(text);
  if (qs.length !== meta.quotes.length) throw new Error(`${base}: ${qs.length} quotes in the text, ${meta.quotes.length} speakers given`);
  qs.forEach((q, i) => {
    const s = meta.quotes[i];
    const rec = { text: q.text, speaker: Array.isArray(s) ? s[0] : s };
    if (Array.isArray(s)) rec.speakerAlso = s[1];
    g.quotes.push(rec);
  });
  sentences.forEach((s, i) => {
    const next = i + 1 < sentences.length ? sentences[i + 1].start : text.length;
    const t = text.slice(s.start, Math.min(s.start + 40, next)).replace(/[\s\u00a0\u202f]+$/, '');
    g.sentences.push({ text: t, status: s.status });
  });
  let si = 0;
  for (const l of lists) {
    const t = text.slice(l.start, l.start + 40);
    if (l.kind === 'S') {
      const m = meta.signatories[si++];
      if (!m) throw new Error(`${base}: missing signatory data`);
      const rec = { text: t, members: m.members, statedTotal: m.statedTotal };
      if (m.statedTotal !== null) rec.approximate = !!m.approximate;
      g.signatoryLists.push(rec);
    } else g.negativeLists.push({ text: t });
  }
  if (si !== meta.signatories.length) throw new Error(`${base}: unused signatory data`);
  gold.articles[`${base}.txt`] = g;
}
writeFileSync(join(here, 'gold.json'), `${JSON.stringify(gold, null, 2)}\n`);
console.log(`wrote ${Object.keys(gold.articles).length} articles and gold.json`);
