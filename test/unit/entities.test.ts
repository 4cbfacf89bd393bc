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

  it('the nearest start whose initials hold the acronym names it, not a run from a person before', () => {
    const s = summary('La sinologue Zhou Meiling enseigne aujourd’hui à l’Institut de hautes études internationales et du développement (IHEID), à Genève.');
    const institute = s.find((x) => x[2] === 'name' && x[1].startsWith('~organisation:'));
    assert.equal(institute?.[0], 'Institut de hautes études internationales et du développement');
    assert.ok(s.some((x) => x[0] === 'Zhou Meiling'));
  });

  it('a medium named after a medium noun, and its later uses by the same name (rule:medium-name)', () => {
    const table: [string, string[]][] = [
      ['Le quotidien nationaliste Global Times consacre son éditorial aux sanctions. Selon le Global Times, rien ne change.', ['Global Times', 'Global Times']],
      ['Le journal Le Figaro a révélé l’affaire.', ['Le Figaro']],
      ['La chaîne d’État Rossiya 1 a diffusé un reportage.', ['Rossiya 1']],
      ['Sur sa chaîne Telegram Rybar, le blogueur parle de pertes.', ['Rybar']],
      ['Le site Internet du ministère est en panne.', []],
      ['Le site de lancement de Sohae est actif.', []],
      ['Le journal de Kim Jong Un est un mythe.', []],
      ['À Abou Dhabi, The National s’inquiète des conséquences.', ['The National']],
      ['Selon The Bulletin of the Atomic Scientists, le risque grandit.', ['The Bulletin of the Atomic Scientists']],
      ['The', []],
    ];
    for (const [text, names] of table) {
      const found = mentions(text).filter((m) => m.foundBy === 'rule:medium-name').map((m) => m.surface);
      assert.deepEqual(found, names, text);
    }
  });

  it('a given name inside a hyphenated word is no person ("Saint-Paul de Chartres")', () => {
    const found = mentions('« Ils ont peur », observe sœur Cecilia Pak, des Sœurs de Saint-Paul de Chartres, qui accueille des transfuges.').filter((m) => m.type === 'person').map((m) => m.surface);
    assert.ok(!found.some((x) => x.includes('Paul')), found.join(', '));
  });

  it('a title opening on an article keeps its capitals: "Le monde entier" is no newspaper', () => {
    const titled = contextWith([...KB, { id: 'LM', type: 'organisation', name: 'Le Monde', aliases: [] }]);
    const found = (text: string): string[] => analyseDocument(text, titled).mentions.filter((m) => m.entityId === 'LM').map((m) => m.surface);
    assert.deepEqual(found('Le monde entier regarde Pyongyang.'), []);
    assert.deepEqual(found('Selon Le Monde, rien ne change.'), ['Le Monde']);
    assert.deepEqual(found('LE MONDE titre sur Pyongyang.'), ['LE MONDE']);
  });

  it('a body named after a lower-case organisation head and words that qualify it (rule:organisation-head)', () => {
    const table: [string, string[]][] = [
      ['D’après la société d’analyse Chainalysis, les vols ont doublé.', ['Chainalysis']],
      ['La société israélienne d’analyse maritime OceanLens a relevé 200 « trous noirs ».', ['OceanLens']],
      ['L’entreprise de cybersécurité Mandiant a publié un avis.', ['Mandiant']],
      ['Le groupe de pirates Lazarus est soupçonné.', ['Lazarus']],
      ['La banque de Russie a gelé des comptes.', []],
      ['Le groupe de travail se réunit à Genève.', []],
    ];
    for (const [text, names] of table) {
      const found = mentions(text).filter((m) => m.foundBy === 'rule:organisation-head').map((m) => m.surface);
      assert.deepEqual(found, names, text);
    }
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

  it('a capitalised complement after "de" says where the titled person serves, not who they are', () => {
    const people = (text: string): string[] => mentions(text).filter((m) => m.type === 'person').map((m) => m.surface);
    assert.deepEqual(people('La sénatrice du Bas-Rhin a résumé le rapport.'), []);
    assert.deepEqual(people('Le député de Seine-Saint-Denis a voté contre.'), []);
    assert.deepEqual(people('Le directeur de l’institut, Oleksandr Rouvine, a parlé.'), ['Oleksandr Rouvine']);
  });
});

describe('rules for later and looser mentions', () => {
  // A base of our own for these rules: a leader and his daughter, a treasury, a spaceport and a port of the same town.
  const local = contextWith([
    ...KB,
    { id: 'KJA', type: 'person', name: 'Kim Ju Ae', aliases: [] },
    { id: 'TREAS', type: 'organisation', name: 'département du Trésor', aliases: ['département du Trésor américain'] },
    { id: 'FIN', type: 'organisation', name: 'ministère des Finances', aliases: [] },
    { id: 'SPACEPORT', type: 'place', name: 'cosmodrome de Baïkonour', aliases: ['Baïkonour'] },
    { id: 'HARBOUR', type: 'place', name: 'port de Baïkonour', aliases: [] },
    { id: 'OTHERPORT', type: 'place', name: 'Nakhodka', aliases: [] },
  ]);
  const people = (text: string): [string, string][] =>
    analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.entityId]);
  const linked = (text: string): [string, string][] => analyseDocument(text, local).mentions.map((m) => [m.surface, m.entityId]);

  it('a Korean family name before a hyphenated given name is a person (rule:korean-name)', () => {
    const persons = (text: string): [string, string][] => analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.foundBy]);
    assert.deepEqual(persons('Ancien contrôleur qualité, Ri Chol-min a quitté la Corée du Nord en 2023.'), [['Ri Chol-min', 'rule:korean-name']]);
    assert.deepEqual(persons('Le chercheur Go Myong-hyun le résume ainsi.').map(([name]) => name), ['Go Myong-hyun']);
    // A capitalised second part is a place or a compound name, not a given name; a lower-case "ri" is no surname.
    assert.deepEqual(persons('La station de Wonsan-Kalma a ouvert. Le village de ri Chol-min est loin.'), []);
  });

  it('a surname the base knows alone, before a hyphenated given name, is another person’s name', () => {
    const withKim = contextWith([...KB, { id: 'KJU', type: 'person', name: 'Kim Jong-un', aliases: ['Kim'] }]);
    const persons = (text: string): [string, string][] => analyseDocument(text, withKim).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.foundBy]);
    assert.deepEqual(persons('Son avocate, Kim Mi-ra, a plaidé. Kim Jong-un a parlé. Kim a répondu.'), [['Kim Mi-ra', 'rule:korean-name'], ['Kim Jong-un', 'kb:KJU'], ['Kim', 'kb:KJU']]);
  });

  it('a given name before capitalised words is a person, whose surname then names them (rule:given-name)', () => {
    const persons = (text: string): [string, string][] => analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.foundBy]);
    assert.deepEqual(persons('Claire Vasseur suit le dossier depuis 2022. Pour Vasseur, rien ne change.'), [['Claire Vasseur', 'rule:given-name'], ['Vasseur', 'rule:surname']]);
    assert.deepEqual(persons('Selon Anne-Sophie Roussel et Oleksandra Kovtoun, le stock baisse.'), [['Anne-Sophie Roussel', 'rule:given-name'], ['Oleksandra Kovtoun', 'rule:given-name']]);
    // A line break ends a name; a given name alone or before a lower-case word names nobody; a base entry is not split.
    assert.deepEqual(persons('Par Léa Castagnet\n\nLunettes noires et uniforme, le général parle.'), [['Léa Castagnet', 'rule:given-name']]);
    assert.deepEqual(persons('Claire a parlé. Claire et nette, la réponse a suivi. Kim Ju Ae était là.'), [['Kim Ju Ae', 'kb:KJA']]);
    // A capitalised particle inside the name, never as its last word.
    assert.deepEqual(persons('Yann Le Gall suit les navires. Claire La a parlé.'), [['Yann Le Gall', 'rule:given-name']]);
  });

  it('a given name alone inside its sentence, before punctuation, is a person; then anywhere in the article (rule:given-name)', () => {
    const persons = (text: string): string[] => analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => m.surface);
    assert.deepEqual(persons('Sa voisine, Galina, tient l’épicerie. « Non », glisse Olena.'), ['Galina', 'Olena']);
    assert.deepEqual(persons('« Rien », confie Sergueï, un docker. Le soir, Sergueï allume une cigarette.'), ['Sergueï', 'Sergueï']);
    // After a determiner or a noun of place, in a hyphenated word, or first in its sentence: no one.
    assert.deepEqual(persons('La frégate a croisé la Marine, puis gagné Saint-Nazaire. Le port de Victoria, lui, dort.'), []);
    assert.deepEqual(persons('Guennadi, 58 ans, hausse les épaules. Le navire Lady Irina est à quai.'), ['Guennadi']);
  });

  it('capitalised words and an age set off by commas are a person (rule:aged-person)', () => {
    const persons = (text: string): [string, string][] => analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.foundBy]);
    assert.deepEqual(persons('Zhao Minghui, 54 ans, tient un entrepôt. « Non », confie Bohdan, 41 ans, chef de pièce.'), [['Zhao Minghui', 'rule:aged-person'], ['Bohdan', 'rule:aged-person']]);
    // An age that opens no apposition, or a name the base or another rule took.
    assert.deepEqual(persons('Hiroshima, 80 ans après, se souvient. Le Monde, 80 ans, fête son anniversaire.'), []);
  });

  it('a two-letter Korean family name alone names the person named in full before', () => {
    const persons = (text: string): [string, string][] => analyseDocument(text, local).mentions.filter((m) => m.type === 'person').map((m) => [m.surface, m.entityId]);
    assert.deepEqual(persons('Le conseiller Wi Sung-lac était à La Haye. Wi a parlé longtemps.'), [['Wi Sung-lac', '~person:wi sung lac'], ['Wi', '~person:wi sung lac']]);
  });

  it('a body after a possessive is the body of the country named before it (rule:possessive-body)', () => {
    const withMinistries = contextWith([
      ...KB,
      { id: 'KPMFA', type: 'organisation', name: 'ministère nord-coréen des Affaires étrangères', aliases: ['ministère des Affaires étrangères de la Corée du Nord'] },
      { id: 'RUMOD', type: 'organisation', name: 'ministère russe de la Défense', aliases: ['ministère de la Défense de la Russie'] },
    ]);
    const found = (text: string): [string, string, string][] => analyseDocument(text, withMinistries).mentions.filter((m) => m.type === 'organisation').map((m) => [m.surface, m.entityId, m.foundBy]);
    assert.deepEqual(found('La Corée du Nord a réagi par la voix de son ministère des Affaires étrangères.'), [['ministère des Affaires étrangères', 'KPMFA', 'rule:possessive-body']]);
    assert.deepEqual(found('Moscou a répondu par son ministère de la Défense, qui dément tout.'), [['ministère de la Défense', 'RUMOD', 'rule:possessive-body']]);
    // A person between the country and the possessive may own the body: no guess.
    assert.deepEqual(found('La Russie a reçu Kim Jong Un et son ministère de la Défense.'), []);
    // The base names no such body for that country.
    assert.deepEqual(found('La Russie a réagi par la voix de son ministère des Affaires étrangères.'), []);
  });

  const honorifics: [string, string, [string, string][]][] = [
    ['"M." before a name part points back to the person named in full', 'Kim Jong Un a inspecté une usine. Les photos montrent M. Kim souriant.', [['Kim Jong Un', 'KJU'], ['Kim', 'KJU']]],
    ['the latest person of that name wins', 'Kim Jong Un a reçu le ministre Kim Tok-hun. Selon M. Kim, le plan avance.', [['Kim Jong Un', 'KJU'], ['Kim Tok-hun', '~person:kim tok hun'], ['Kim', '~person:kim tok hun']]],
    ['"M." never points to a woman introduced as one', 'Kim Jong Un était aux côtés de sa fille Kim Ju Ae. Le sommet entre M. Kim et les généraux.', [['Kim Jong Un', 'KJU'], ['Kim Ju Ae', 'KJA'], ['Kim', 'KJU']]],
    ['"Mme" points to the woman', 'Kim Jong Un était aux côtés de sa fille Kim Ju Ae. Mme Kim a souri.', [['Kim Jong Un', 'KJU'], ['Kim Ju Ae', 'KJA'], ['Kim', 'KJA']]],
    ['no earlier full name: the honorific makes a person of its own', 'Selon M. Durand, tout va bien. Kim Jong Un se tait.', [['Durand', '~person:durand'], ['Kim Jong Un', 'KJU']]],
    ['a full stop after a title other than an honorific ends the sentence', 'Rien ne change, a insisté le diplomate.\n\nInterrogé lundi, le porte-parole a refusé de commenter.', []],
    // Given names no lexicon lists, so that the role alone decides.
    ['a former role introduces the name before it', 'Zorán Durand, ancien officier du renseignement, doute. Inka Weiss, ancienne ingénieure, aussi.', [['Zorán Durand', '~person:zoran durand'], ['Inka Weiss', '~person:inka weiss']]],
    ['"ancien" alone is no role', 'Zorán Durand, ancien, doute.', []],
  ];
  for (const [name, text, expected] of honorifics) it(name, () => assert.deepEqual(people(text), expected));

  it('"le Trésor" after "le département du Trésor américain" names the department', () => {
    const text = 'Le département du Trésor américain a sanctionné dix sociétés. Selon le Trésor, elles aident Moscou.';
    assert.deepEqual(linked(text).filter((x) => x[1] === 'TREAS').map((x) => x[0]), ['département du Trésor américain', 'Trésor']);
  });

  it('the short form needs the full name first, a masculine article, and no other name after it', () => {
    assert.deepEqual(linked('Le Trésor a parlé. Le département du Trésor confirme. Le Trésor public français et au Trésor Direct.').filter((x) => x[1] === 'TREAS').map((x) => x[0]), ['département du Trésor']);
    // "ministère des Finances" does not end in "du <Name>": "les Finances" stays unlinked.
    assert.deepEqual(linked('Le ministère des Finances a parlé. Les Finances confirment.').map((x) => x[0]), ['ministère des Finances']);
  });

  it('a plural place noun distributes over its list', () => {
    const text = 'Les cargos relient les ports de Nakhodka, de Tumen et de Baïkonour, puis reviennent vers Baïkonour.';
    assert.deepEqual(linked(text).filter((x) => /Baïkonour/u.test(x[0])).map((x) => x[1]), ['HARBOUR', 'SPACEPORT']);
  });

  it('a demonym between a place noun and its name keeps the place; a base is not a port', () => {
    const text = 'Les cargos chargent au port russe de Baïkonour. La base russe de Baïkonour est fermée.';
    assert.deepEqual(linked(text).filter((x) => /Baïkonour/u.test(x[0])).map((x) => x[1]), ['HARBOUR', 'SPACEPORT']);
  });

  it('common nouns written as acronyms are not organisations; an acronym may hold a digit', () => {
    const s = summary('Une étude de l’ONG C4ADS sur le PIB russe. Le C4ADS répond.');
    assert.deepEqual(s.map((x) => [x[0], x[1]]), [['C4ADS', '~organisation:c4ads'], ['russe', 'RU'], ['C4ADS', '~organisation:c4ads']]);
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

describe('organisations named by a head noun (rule:organisation-head)', () => {
  const org = (name: string): string => `~organisation:${name}`;
  // [case, text, the organisation mentions expected: surface and entity id]
  const table: [string, string, [string, string][]][] = [
    ['head and a noun complement', 'Il a visité l’Institut des armes nucléaires, selon la presse.', [['Institut des armes nucléaires', org('institut des armes nucleaires')]]],
    ['adjectives after the head and after a noun', 'le Centre d’études stratégiques et internationales publie une note', [['Centre d’études stratégiques et internationales', org('centre d etudes strategiques et internationales')]]],
    ['a capitalised name then a complement', 'selon la Fondation Carnegie pour la paix internationale, rien ne change', [['Fondation Carnegie pour la paix internationale', org('fondation carnegie pour la paix internationale')]]],
    ['a lower-case head before a capitalised name', 'professeur à l’université Kookmin, à Séoul', [['université Kookmin', org('universite kookmin')]]],
    ['a known place ends the name', 'diplômé de l’université Kim Il Sung de Pyongyang', [['université Kim Il Sung', org('universite kim il sung')]]],
    ['a verb ends the name', 'la Banque Sohae estime que les fonds ont transité', [['Banque Sohae', org('banque sohae')]]],
    ['a relative pronoun ends the name', 'le Comité Hamgyong qui supervise les usines', [['Comité Hamgyong', org('comite hamgyong')]]],
    ['a demonym is not swallowed', 'la Compagnie Ryugyong russe livre des obus', [['Compagnie Ryugyong', org('compagnie ryugyong')]]],
    ['an English name ending in its head', 'la Korea Daesong Bank et trois cargos russes', [['Korea Daesong Bank', org('korea daesong bank')]]],
    ['an English name of several words', 'un rapport du Royal United Services Institute paru mercredi', [['Royal United Services Institute', org('royal united services institute')]]],
    ['an English head with "of"', 'des fonds passés par la Foreign Trade Bank of Pyongyang hier', [['Foreign Trade Bank', org('foreign trade bank')]]],
    ['an English head first', 'le Center for Strategic and International Studies à Washington', [['Center for Strategic and International Studies', org('center for strategic and international studies')]]],
    // Close negatives.
    ['the head alone', 'Le Centre a démenti. L’Institut a refusé.', []],
    ['a capital at the start of a sentence', 'Agence de presse ou non, elle relaie. Centre de gravité du conflit, Koursk résiste.', []],
    ['generic lower-case uses', 'le centre de la ville et une agence de presse, puis la banque centrale', []],
    ['a lower-case head before a function word', 'l’université de la ville et la société Le Monde', []],
    ['the head before a known name', 'le Conseil de l’ONU et la Commission de l’UE', []],
    ['a number ends the name', 'le Bureau 39 gère les devises', []],
    ['a past participle is not an adjective', 'un Centre rattaché au renseignement', []],
    ['English heads need a capitalised word before them', 'the Bank said and a Group', []],
    ['a sentence-initial adverb is not part of an English name', 'Rien. Hier Daesong Group a nié.', [['Daesong Group', org('daesong group')]]],
    ['the last English head closes the name', 'la Chon Myong Shipping Company a été sanctionnée', [['Chon Myong Shipping Company', org('chon myong shipping company')]]],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => {
      const found = mentions(text).filter((m) => m.foundBy === 'rule:organisation-head' && m.kind === 'name');
      assert.deepEqual(found.map((m) => [m.surface, m.entityId]), expected);
    });
  }

  it('a bracketed acronym after the name becomes its alias, and later uses link to it', () => {
    const text = 'Pour Tomohiko Satake, chercheur à l’Institut national des études de défense (NIDS), rien ne change. Le NIDS ajoute.';
    const id = org('institut national des etudes de defense');
    const found = mentions(text).filter((m) => m.entityId === id);
    assert.deepEqual(found.map((m) => [m.surface, m.kind]), [['Institut national des études de défense', 'name'], ['NIDS', 'acronym'], ['NIDS', 'acronym']]);
    const entity = analyseDocument(text, ctx).ruleEntities.find((e) => e.id === id);
    assert.deepEqual(entity?.aliases, ['NIDS']);
    assert.equal(entity?.foundBy, 'rule:organisation-head');
  });

  it('the knowledge base wins over the rule', () => {
    const kb: KbEntity[] = [...KB, { id: 'RUSI', type: 'organisation', name: 'Royal United Services Institute', aliases: ['RUSI'] }];
    const s = analyseDocument('le Royal United Services Institute (RUSI) publie', contextWith(kb)).mentions;
    assert.deepEqual(s.map((m) => [m.surface, m.entityId, m.foundBy]), [['Royal United Services Institute', 'RUSI', 'kb:RUSI'], ['RUSI', 'RUSI', 'kb:RUSI']]);
  });
});

describe('names found in the twenty-third session: a title before one name part, a body in apposition, a base name cut short', () => {
  const kb = contextWith([...KB, { id: 'DPK', type: 'organisation', name: 'Parti démocrate de Corée', aliases: ['Parti démocrate sud-coréen'] }, { id: 'DPA', type: 'organisation', name: 'Parti démocrate américain', aliases: [] }]);
  const found = (text: string): [string, string, string][] => analyseDocument(text, kb).mentions.map((m) => [m.surface, m.entityId, m.foundBy]);

  it('"M. Durand" after "Pierre Durand, chercheur …" is the person named in full, though titles are read first', () => {
    const m = found('« C’est une zone tampon », résume Pierre Durand, chercheur à l’Institut chinois. M. Durand juge ce revirement improbable.').filter(([, id]) => id.startsWith('~person'));
    assert.deepEqual(m.map(([s, id]) => [s, id]), [['Pierre Durand', '~person:pierre durand'], ['Durand', '~person:pierre durand']]);
    assert.equal(analyseDocument('Pierre Durand, chercheur à l’Institut chinois, parle. M. Durand juge.', kb).ruleEntities.some((e) => e.id === '~person:durand'), false);
  });
  it('a name of capitalised words in apposition to "une société de …" is a body', () => {
    assert.deepEqual(found('Les cartons ont été expédiés par une société de Moscou, Primorsk Logistik. Elle dément.').filter(([, , by]) => by === 'rule:organisation-head').map(([s]) => s), ['Primorsk Logistik']);
    assert.deepEqual(found('Les cartons ont été expédiés par une société de Moscou, Pierre Durand. Il dément.').filter(([, , by]) => by === 'rule:organisation-head'), []);
  });
  it('a medium qualified by "indépendant" still has its name', () => {
    assert.deepEqual(found('d’après une enquête du média indépendant Vajnye Istorii.').map(([s]) => s), ['Vajnye Istorii']);
  });
  it('the leading words of one body’s name in the base are that body; of two bodies’, neither', () => {
    const one = contextWith([...KB, { id: 'DPK', type: 'organisation', name: 'Parti démocrate de Corée', aliases: ['Parti démocrate sud-coréen'] }]);
    const text = 'Le Parti démocrate a dénoncé le texte. Le Parti démocrate constitutionnel a protesté.';
    assert.deepEqual(analyseDocument(text, one).mentions.map((m) => [m.surface, m.entityId]), [['Parti démocrate', 'DPK'], ['Parti démocrate constitutionnel', '~organisation:parti democrate constitutionnel']]);
    assert.deepEqual(found(text).map(([s, id]) => [s, id]), [['Parti démocrate', '~organisation:parti democrate'], ['Parti démocrate constitutionnel', '~organisation:parti democrate constitutionnel']]);
  });
});
