import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseDocument } from '../../server/src/analysis/analyseDocument';
import type { KbEntity, Mention } from '../../server/src/analysis/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, contextWith, FIXTURES } from '../support/core';

// A small base of our own, so these tests say what the matcher does, whatever the shipped base holds.
const KB: KbEntity[] = [
  { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC', 'République populaire démocratique de Corée', 'North Korea'], demonyms: ['nord-coréen'], metonyms: ['Pyongyang'] },
  { id: 'RU', type: 'country', name: 'Russie', aliases: [], demonyms: ['russe'], metonyms: ['Moscou'] },
  { id: 'UN', type: 'organisation', name: 'Organisation des Nations unies', aliases: ['ONU', 'Nations unies'] },
  { id: 'UNSC', type: 'organisation', name: 'Conseil de sécurité de l’ONU', aliases: ['CSNU', 'Conseil de sécurité des Nations unies'] },
  { id: 'EU', type: 'organisation', name: 'Union européenne', aliases: ['UE'] },
  { id: 'US', type: 'country', name: 'États-Unis', aliases: [], demonyms: ['américain'] },
  { id: 'KJU', type: 'person', name: 'Kim Jong Un', aliases: [] },
];

const ctx = contextWith(KB);

function mentions(text: string): Mention[] {
  return [...analyseDocument(text, ctx).mentions];
}

/** `[surface, entityId, kind]` for every mention, in order. */
function summary(text: string): [string, string, string][] {
  return mentions(text).map((m) => [m.surface, m.entityId, m.kind]);
}

describe('knowledge-base matching', () => {
  const table: [string, string, [string, string, string][]][] = [
    ['acronym', 'La RPDC dément.', [['RPDC', 'KP', 'acronym']]],
    ['acronym is case-sensitive', 'une rpdc ou une ue', []],
    ['long official name', 'la République populaire démocratique de Corée a tiré', [['République populaire démocratique de Corée', 'KP', 'name']]],
    ['accents folded', 'les Etats-Unis et les États-Unis', [['Etats-Unis', 'US', 'name'], ['États-Unis', 'US', 'name']]],
    ['typographic apostrophe and elision', 'le Conseil de sécurité de l’ONU et l\'ONU', [['Conseil de sécurité de l’ONU', 'UNSC', 'name'], ['ONU', 'UN', 'acronym']]],
    ['longest match wins', 'devant le Conseil de sécurité des Nations unies', [['Conseil de sécurité des Nations unies', 'UNSC', 'name']]],
    ['hyphen and case variants unified', 'Kim Jong-un, Kim Jong-Un et Kim Jong Un', [['Kim Jong-un', 'KJU', 'name'], ['Kim Jong-Un', 'KJU', 'name'], ['Kim Jong Un', 'KJU', 'name']]],
    ['demonym inflections', 'des missiles nord-coréens, une frappe nord-coréenne', [['nord-coréens', 'KP', 'adjective'], ['nord-coréenne', 'KP', 'adjective']]],
    ['metonym', 'Moscou et Pyongyang ont nié', [['Moscou', 'RU', 'metonym'], ['Pyongyang', 'KP', 'metonym']]],
    ['non-breaking space inside a name', 'la Corée\u00a0du\u00a0Nord', [['Corée\u00a0du\u00a0Nord', 'KP', 'name']]],
    ['a capitalised name is not matched in lower case', 'une union européenne des marchés', []],
    ['punctuation breaks a name', 'Corée. Du Nord', []],
    ['English form', 'North Korea Ramps up', [['North Korea', 'KP', 'name']]],
    ['sentence-initial capital', 'Russie et Corée du Nord', [['Russie', 'RU', 'name'], ['Corée du Nord', 'KP', 'name']]],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(summary(text), expected));
  }

  it('keeps UTF-16 offsets of the original text', () => {
    const text = '« Les 🇰🇵 » : la RPDC.';
    const [m] = mentions(text);
    assert.ok(m);
    assert.equal(text.slice(m.start, m.end), 'RPDC');
  });

  it('handles CRLF and a BOM', () => {
    const text = '\uFEFFLa Russie\r\nLa RPDC\r\n';
    assert.deepEqual(summary(text).map((s) => s[1]), ['RU', 'KP']);
  });
});

describe('rules for entities the base does not know', () => {
  it('acronym defined after its name', () => {
    const text = 'L’Agence de renseignement de la Défense (DIA) a publié un rapport. La DIA précise.';
    const s = summary(text);
    assert.deepEqual(s, [
      ['Agence de renseignement de la Défense', '~organisation:agence de renseignement de la defense', 'name'],
      ['DIA', '~organisation:agence de renseignement de la defense', 'acronym'],
      ['DIA', '~organisation:agence de renseignement de la defense', 'acronym'],
    ]);
  });

  it('name defined after a known acronym in brackets', () => {
    const s = summary('la RPDC [République populaire et démocratique de Corée] et la Russie');
    assert.deepEqual(s.slice(0, 2), [
      ['RPDC', 'KP', 'acronym'],
      ['République populaire et démocratique de Corée', 'KP', 'name'],
    ]);
  });

  it('unknown acronym with the name after it', () => {
    const s = summary('le GSCD (Groupe de soutien contre la dissuasion) se réunit');
    assert.equal(s[0]?.[1], '~organisation:groupe de soutien contre la dissuasion');
    assert.equal(s.length, 2);
  });

  it('weapon designations', () => {
    const s = summary('un Hwasong-11 et des KN-23, puis un KN25 mais pas le COVID-19');
    assert.deepEqual(s.map((x) => x[1]), ['~weapon:hwasong 11', '~weapon:kn 23', '~weapon:kn 25']);
  });

  it('a person after a title, then by surname alone', () => {
    const text = 'le ministre russe des Affaires étrangères Sergueï Lavrov a parlé. Lavrov a ensuite rejeté l’accusation.';
    const s = summary(text);
    assert.deepEqual(s, [
      ['russe', 'RU', 'adjective'],
      ['Sergueï Lavrov', '~person:serguei lavrov', 'name'],
      ['Lavrov', '~person:serguei lavrov', 'name'],
    ]);
  });

  it('a person after a long role and a comma', () => {
    const text = 'la sous-secrétaire d’État américaine chargée du contrôle des armements et de la sécurité internationale, Bonnie Jenkins, a déclaré. Jenkins ajoute.';
    const people = mentions(text).filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => m.surface), ['Bonnie Jenkins', 'Jenkins']);
  });

  it('a Korean name keeps its family name first', () => {
    const text = 'le vice-ministre sud-coréen des Affaires étrangères Chang Ho-jin a déclaré. Chang a insisté.';
    const people = mentions(text).filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => [m.surface, m.entityId]), [['Chang Ho-jin', '~person:chang ho jin'], ['Chang', '~person:chang ho jin']]);
  });

  it('an honorific introduces a single name', () => {
    const people = mentions('Selon M. Dupont, rien.').filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => m.surface), ['Dupont']);
  });

  it('an unknown acronym is an organisation, but not in an all-capitals headline nor a Roman numeral', () => {
    const s = summary('Le GUR affirme que la guerre de 1914 (WWI) ne compte pas. LE GUR DÉCLARE. Louis XIV.');
    assert.deepEqual(s.map((x) => [x[0], x[1]]), [['GUR', '~organisation:gur'], ['WWI', '~organisation:wwi']]);
  });

  it('a designation whose second part starts with a letter', () => {
    assert.deepEqual(summary('des systèmes Pantsir-S1 et des Su-35').map((x) => x[1]), ['~weapon:pantsir s1', '~weapon:su 35']);
  });

  it('an acronym of a known long name links its later uses', () => {
    const kb: KbEntity[] = [...KB, { id: 'CAR', type: 'organisation', name: 'Conflict Armament Research', aliases: [] }];
    const s = analyseDocument('Conflict Armament Research (CAR) a enquêté. Selon CAR, les débris sont nord-coréens.', contextWith(kb)).mentions;
    assert.deepEqual(s.filter((m) => m.entityId === 'CAR').map((m) => m.surface), ['Conflict Armament Research', 'CAR', 'CAR']);
  });

  it('a long spelled-out name before an unknown acronym', () => {
    const s = summary('l’Institut pour la stratégie de sécurité nationale (INSS) estime que rien. L’INSS ajoute.');
    assert.deepEqual(s[0], ['Institut pour la stratégie de sécurité nationale', '~organisation:institut pour la strategie de securite nationale', 'name']);
    assert.equal(s.filter((x) => x[0] === 'INSS').length, 2);
  });

  it('the head of an organisation’s name, after the full name, names it', () => {
    const kb: KbEntity[] = [...KB, { id: 'POE', type: 'organisation', name: 'groupe d’experts de l’ONU', aliases: [] }];
    const text = 'Le groupe d’experts de l’ONU a conclu. Le groupe d’experts rappelle que rien. Un autre groupe de travail.';
    const s = analyseDocument(text, contextWith(kb)).mentions.filter((m) => m.entityId === 'POE');
    assert.deepEqual(s.map((m) => [m.surface, m.foundBy]), [['groupe d’experts de l’ONU', 'kb:POE'], ['groupe d’experts', 'rule:short-form']]);
  });

  it('a short form shared by two bodies of the article links neither', () => {
    const kb: KbEntity[] = [
      ...KB,
      { id: 'A', type: 'organisation', name: 'ministère sud-coréen de la Défense', aliases: [] },
      { id: 'B', type: 'organisation', name: 'ministère sud-coréen de l’Unification', aliases: [] },
    ];
    const text = 'Le ministère sud-coréen de la Défense et le ministère sud-coréen de l’Unification. Le ministère sud-coréen a démenti.';
    const s = analyseDocument(text, contextWith(kb)).mentions.filter((m) => m.foundBy === 'rule:short-form');
    assert.deepEqual(s, []);
  });

  it('a name in apposition before its role', () => {
    const people = mentions('Pour Yang Uk, chercheur à l’Institut Asan, rien ne change. Yang ajoute que non.').filter((m) => m.type === 'person');
    assert.deepEqual(people.map((m) => [m.surface, m.foundBy]), [['Yang Uk', 'rule:person-before-role'], ['Yang', 'rule:surname']]);
  });

  it('two capitalised words before a comma and no role are not a person', () => {
    assert.deepEqual(mentions('Nouvelle Donne, un parti, proteste.').filter((m) => m.type === 'person'), []);
  });

  it('a place after a place noun', () => {
    const places = mentions('Dans la région de Bouriatie et le port de Nakhodka, pas dans la région de Moscou.').filter((m) => m.type === 'place');
    assert.deepEqual(places.map((m) => [m.surface, m.entityId]), [['Bouriatie', '~place:bouriatie'], ['Nakhodka', '~place:nakhodka']]);
  });

  it('a title followed by no name finds nobody', () => {
    assert.deepEqual(mentions('Le porte-parole a déclaré que rien.').filter((m) => m.type === 'person'), []);
  });
});

describe('robustness', () => {
  it('never throws on odd text', () => {
    for (const text of ['', '(', ')(', '[]', '\u0000\u0001', 'M.', 'ministre', '(DIA)', 'A (B)', '\uD800', 'x'.repeat(10_000)]) {
      assert.doesNotThrow(() => analyseDocument(text, ctx));
    }
  });
});

describe('an unseen article with the shipped knowledge base', () => {
  const text = readFileSync(join(FIXTURES, 'entities', 'koursk.txt'), 'utf8');
  const found = analyse(text).mentions.map((m) => `${m.surface} → ${m.entityId}`);
  const expected = [
    'nord-coréens → KP',
    'Koursk → plc:kursk',
    'Kiev → UA',
    'Mark Rutte → per:mark-rutte',
    'Choe Son-hui → per:choe-son-hui',
    'Moscou → RU',
    'Sergueï Lavrov → per:sergei-lavrov',
    'Maison-Blanche → org:white-house',
    'Pyongyang → KP',
    'KN-23 → wpn:hwasong-11',
    'Koksan → wpn:koksan',
    'Pentagone → org:pentagon',
    'Pat Ryder → per:pat-ryder',
    'Ryder → per:pat-ryder',
    'Yoon Suk-yeol → per:yoon-suk-yeol',
    'AIEA → org:iaea',
    'Rafael Grossi → per:rafael-grossi',
    'RPDC → KP',
    'Fédération de Russie → RU',
    'Kremlin → org:kremlin',
    'Dmitri Peskov → per:dmitry-peskov',
  ];
  for (const e of expected) it(e, () => assert.ok(found.includes(e), `missing ${e} in\n${found.join('\n')}`));
});
