import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyseDocument, type DocumentAnalysis } from '../../server/src/analysis/analyseDocument';
import { analyseAttributionOrThrow } from '../../server/src/analysis/attribution';
import { compileParadigms, conjugate } from '../../server/src/analysis/conjugation';
import { findQuotations } from '../../server/src/analysis/quotes';
import { reportingLexicon } from '../../server/src/analysis/reportingVerbs';
import { splitSentences } from '../../server/src/analysis/sentences';
import type { KbEntity } from '../../server/src/analysis/types';
import type { AnalysisContext } from '../../server/src/analysis/analysisContext';
import { loadDataFolder } from '../../server/src/corpus/dataFiles';
import { analyse, contextWith, DATA_DIR } from '../support/core';

// A small base of our own, so these tests say what the rules do whatever the shipped base holds.
const KB: KbEntity[] = [
  { id: 'KP', type: 'country', name: 'Corée du Nord', aliases: ['RPDC'], demonyms: ['nord-coréen'], metonyms: ['Pyongyang'] },
  { id: 'KR', type: 'country', name: 'Corée du Sud', aliases: [], demonyms: ['sud-coréen'], metonyms: ['Séoul'] },
  { id: 'RU', type: 'country', name: 'Russie', aliases: [], demonyms: ['russe'], metonyms: ['Moscou'] },
  { id: 'US', type: 'country', name: 'États-Unis', aliases: [], demonyms: ['américain'], metonyms: ['Washington'] },
  { id: 'UA', type: 'country', name: 'Ukraine', aliases: [], demonyms: ['ukrainien'], metonyms: ['Kiev'] },
  { id: 'UN', type: 'organisation', name: 'Organisation des Nations unies', aliases: ['ONU', 'Nations unies'] },
  { id: 'PENTAGON', type: 'organisation', name: 'Pentagone', aliases: [] },
  { id: 'KREMLIN', type: 'organisation', name: 'Kremlin', aliases: [] },
  { id: 'LAVROV', type: 'person', name: 'Sergueï Lavrov', aliases: ['Lavrov'] },
  { id: 'PESKOV', type: 'person', name: 'Dmitri Peskov', aliases: ['Peskov'] },
];
const ctx = contextWith(KB);
const data = loadDataFolder(DATA_DIR);

function run(text: string): DocumentAnalysis {
  return analyseDocument(text, ctx);
}

/** The speaker label of the quotation that starts with `prefix` (marks and spaces ignored). */
function speakerOf(a: DocumentAnalysis, text: string, prefix: string): { label?: string; how?: string; entityId?: string; vague?: boolean } | undefined {
  const q = a.quotes.find((x) => text.slice(x.start, x.end).replace(/^[«“"\s]+/u, '').startsWith(prefix));
  assert.ok(q, `no quotation starting with ${prefix}`);
  return q.speaker;
}

function codes(a: DocumentAnalysis): string[] {
  return a.findings.map((f) => f.code);
}

/** One test per row: [name, text, quotation prefix, expected speaker label (undefined: no speaker)]. */
function speakerRows(rows: readonly [string, string, string, RegExp | undefined][], context: AnalysisContext): void {
  for (const [name, text, prefix, expected] of rows) {
    it(name, () => {
      const speaker = speakerOf(analyseDocument(text, context), text, prefix);
      if (!expected) {
        assert.equal(speaker, undefined, `speaker ${speaker?.label} (${speaker?.how})`);
        return;
      }
      assert.match(speaker?.label ?? '', expected, `speaker ${speaker?.label} (${speaker?.how})`);
    });
  }
}

/** One test per row: [name, text, the diagnostic codes expected, in order]. */
function codeRows(rows: readonly [string, string, string[]][], context: AnalysisContext): void {
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(codes(analyseDocument(text, context)), expected));
}

describe('quotation marks', () => {
  const table: [string, string, string[]][] = [
    ['guillemets', 'Il a dit « non » puis « oui ».', ['« non »', '« oui »']],
    ['curly quotes', 'Il a dit “non merci”.', ['“non merci”']],
    ['straight quotes in pairs', 'leur " vive inquiétude " face aux " transferts illégaux ".', ['" vive inquiétude "', '" transferts illégaux "']],
    ['quoted fragment glued to an elision', 'qualifié d\' "absurdes " ces accusations', ['"absurdes "']],
    ['nested quotation kept as the outer one', '« Il a parlé de “mensonges” hier »', ['« Il a parlé de “mensonges” hier »']],
    ['multi-sentence quotation', '« Première phrase. Deuxième phrase », a-t-il dit.', ['« Première phrase. Deuxième phrase »']],
    ['unclosed guillemet runs to the end of its line', '« essayer de contrer partout\nAutre ligne.', ['« essayer de contrer partout']],
    ['a lone closing straight quote is ignored', 'Il mesure 12" de long.', []],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(findQuotations(text).map((q) => text.slice(q.start, q.end)), expected));
  }
});

describe('reporting-verb lexicon', () => {
  const lex = reportingLexicon(data.lexicons);
  it('holds hundreds of verbs and thousands of generated forms', () => {
    assert.ok(lex.verbCount >= 200, String(lex.verbCount));
    assert.ok(lex.formCount >= 3000, String(lex.formCount));
  });
  it('every verb in -ger of the lexicons keeps its e before a and o (jugeait, jugea): the ger paradigm', () => {
    const wrong: string[] = [];
    for (const file of ['reportingVerbs', 'claimCues']) {
      const entries = ((data.lexicons.get(file) as { verbs?: unknown[]; entries?: unknown[] } | undefined) ?? {});
      for (const e of [...(entries.verbs ?? []), ...(entries.entries ?? [])] as { lemma?: string; paradigm?: string }[]) {
        const head = (e.lemma ?? '').split(' ')[0]!;
        if (e.paradigm && /ger$/u.test(head) && e.paradigm !== 'ger') wrong.push(`${file}: ${e.lemma} (${e.paradigm})`);
      }
    }
    assert.deepEqual(wrong, []);
  });
  const paradigms = compileParadigms(data.lexicons.get('conjugations'));
  const table: [string, string, string[]][] = [
    ['déclarer', 'er', ['declare', 'declarent', 'declarait', 'declara', 'declarerent', 'declarera', 'declareraient', 'declaree', 'declarant']],
    ['juger', 'ger', ['juge', 'jugeait', 'jugea', 'jugerent']],
    ['rappeler', 'eler', ['rappelle', 'rappellent', 'rappelait', 'rappellera']],
    ['rejeter', 'eter', ['rejette', 'rejettent', 'rejetait']],
    ['avertir', 'ir', ['avertit', 'avertissent', 'avertissait', 'averti']],
    ['dire', 'dire', ['dit', 'disent', 'disait', 'dirent', 'dira']],
    ['soutenir', 'enir', ['soutient', 'soutiennent', 'soutint', 'soutiendra', 'soutenu']],
    ['reconnaître', 'aitre', ['reconnait', 'reconnaissent', 'reconnut', 'reconnu']],
    ['démentir', 'tir', ['dement', 'dementent', 'dementi']],
    ['poursuivre', 'suivre', ['poursuit', 'poursuivent', 'poursuivi']],
    ['admettre', 'mettre', ['admet', 'admettent', 'admit', 'admis']],
    ['craindre', 'indre', ['craint', 'craignent', 'craignait']],
    ['croire', 'oire', ['croit', 'croient', 'croyait', 'cru']],
    ['conclure', 'clure', ['conclut', 'concluent', 'conclu']],
    ['répondre', 'dre', ['repond', 'repondent', 'repondu']],
  ];
  for (const [lemma, paradigm, forms] of table) {
    it(`conjugates ${lemma}`, () => {
      const got = new Set(conjugate(lemma, paradigm, paradigms).map((f) => f.form));
      for (const f of forms) assert.ok(got.has(f), `${lemma}: missing ${f}`);
    });
  }
  it('compiles once per lexicon object', () => assert.equal(reportingLexicon(data.lexicons), lex));
  it('finds nothing, and does not throw, without lexicons', () => {
    const text = '« Nous ne livrons rien », a déclaré Lavrov.';
    const r = analyseAttributionOrThrow({ text, sentences: splitSentences(text), mentions: [], lexicons: new Map() });
    assert.equal(r.quotes.length, 1);
  });
});

describe('speakers', () => {
  const table: [string, string, string, RegExp, string?][] = [
    ['inversion with a pronoun, resolved to the named source before', 'Sergueï Lavrov a rejeté ces accusations. « Nous ne livrons rien à personne », a-t-il déclaré.', 'Nous ne livrons', /Lavrov/u, 'rule:pronoun'],
    ['plural inversion resolves to a plural source', 'Le ministre a parlé. Les alliés ont publié un texte. « Pyongyang viole les sanctions », affirment-ils.', 'Pyongyang viole', /alliés/u, 'rule:pronoun'],
    ['compound inversion', 'Lavrov était à Pyongyang. « Nous sommes satisfaits », a-t-elle souligné.', 'Nous sommes', /./u],
    ['inversion with a noun phrase: the statement', 'Le G7 a publié une déclaration. « Les transferts doivent cesser », poursuit le communiqué.', 'Les transferts', /communiqué/u, 'rule:statement-reference'],
    ['a military rank before a name outside the base', '« Ces munitions sont neuves », a déclaré à l’AFP le capitaine Vitaliï Horbenko, qui commande une batterie.', 'Ces munitions', /Horbenko/u],
    ['a representative, a complement, then the name in apposition', '« Ce sont des affabulations », a lancé le représentant adjoint de la Russie à l’ONU, Dmitri Polianski.', 'Ce sont', /Polianski/u],
    ['a role, a complement, then the name with no comma', '“Sans aide extérieure, Pyongyang n’y arrivera pas”, estime le vice-amiral sud-coréen à la retraite Jeong Seung-ho.', 'Sans aide', /Jeong Seung-ho/u],
    ['a definite body noun is the body named before with that noun', 'Des drones ont frappé un dépôt, a annoncé le Service de sécurité d’Ukraine (SBU). « Ce dépôt était immense », s’est félicité le service.', 'Ce dépôt', /Service de sécurité/u, 'rule:definite-description'],
    ['the text is the statement introduced before, named by its issuer', 'Moscou a réagi par la voix de son ministère des Affaires étrangères, dont le communiqué a été diffusé jeudi. « Le G7 n’a aucun droit », affirme le texte.', 'Le G7', /texte \(son ministère des Affaires étrangères\)/u, 'rule:statement-reference'],
    ['the text is the joint statement introduced before', 'Le Japon et la Corée du Sud ont publié une déclaration commune. « Les deux pays restent unis », souligne le texte.', 'Les deux', /texte \(une déclaration commune\)/u, 'rule:statement-reference'],
    ['an agency in an incise after the quotation relays the one whose verb came before', 'Lavrov était à Pyongyang, a rapporté l’agence officielle KCNA. Sergueï Lavrov a qualifié les frappes d’« intervention directe », a ajouté l’agence officielle KCNA.', 'intervention', /Lavrov/u],
    ['an infinitive after a participle that says nothing is no attribution', 'Sergueï Lavrov a déclaré que Moscou soutiendrait la politique de la Russie visant à défendre sa souveraineté « contre les manœuvres impérialistes ».', 'contre les', /Lavrov/u],
    ['a witness recalling', 'Sergueï Lavrov a accepté de parler. « On ne s’arrêtait plus », se souvient-il.', 'On ne', /Lavrov/u],
    ['a generic head that a name makes specific, with a field', '« Ce missile est nord-coréen », explique l’expert en balistique Serhiï Holovko, de l’institut de Kharkiv.', 'Ce missile', /Holovko/u],
    ['a set phrase qualifies the speaker but does not replace it', '« Les obus ont sauvé l’artillerie russe », affirme un responsable finlandais sous couvert d’anonymat.', 'Les obus', /responsable finlandais/u],
    ['inversion with a long noun phrase and a name in apposition', '« Rien n’a été signé », a déclaré aux journalistes le porte-parole du Kremlin, Dmitri Peskov.', 'Rien', /Peskov/u],
    ['subject before the verb and a colon', 'Le Pentagone a déclaré : « Des missiles nord-coréens ont frappé Kharkiv ».', 'Des missiles', /Pentagone/u],
    // "l'un d'eux": one of the plural source named before.
    ['l’un d’eux after a plural source', 'Plusieurs responsables de la défense jugent le chiffre « crédible ». « Les obus ont sauvé l’artillerie russe », résume l’un d’eux.', 'Les obus', /^l’un d’eux \(Plusieurs responsables de la défense/u],
    ['subject before the verb and que', 'Washington affirme que Pyongyang a fourni des « quantités importantes » d’obus.', 'quantités', /Washington/u],
    ['apposition between subject and verb', 'Kim Yo Jong, la sœur du dirigeant Kim Jong Un, a qualifié ces accusations d’« absurdes ».', 'absurdes', /Kim Yo Jong/u],
    ['relative pronoun qui', 'La déclaration a été reprise par Dmitri Peskov, qui a déclaré : « Aucun accord n’a été signé ».', 'Aucun accord', /Peskov/u, 'rule:relative-subject'],
    ['present participle takes the subject of the clause', 'Lavrov a rejeté l’accusation, affirmant que « les Américains accusent tout le monde ».', 'les Américains', /Lavrov/u, 'rule:participle'],
    ['selon', 'Selon le Pentagone, « la Russie emploie des missiles nord-coréens ».', 'la Russie', /Pentagone/u],
    ['selon with a pronoun', 'Le Kremlin a répondu. « Ces accusations sont absurdes », selon lui.', 'Ces accusations', /Kremlin/u, 'rule:pronoun'],
    ['a qualifié … de', 'Washington a qualifié ces livraisons de « violation flagrante » des sanctions.', 'violation', /Washington/u],
    ['pronominal verb', 'Les États-Unis se sont déclarés « gravement préoccupés ».', 'gravement', /États-Unis/u],
    ['continued attribution to the next sentence', '« Nous n’avons livré aucune arme », a déclaré Sergueï Lavrov.\n« Je ne commente pas les rumeurs. »', 'Je ne commente', /Lavrov/u, 'rule:continued-attribution'],
    ['quotation continued in a later sentence without a verb', 'Le communiqué affirme que les transferts doivent cesser. Les sanctions " constituent un effort coordonné pour faire payer la Russie ".', 'constituent', /communiqué/u],
    ['incise inside an interrupted quotation', '« Ils sont là, a insisté un responsable américain, et ils combattent. »', 'Ils sont là', /responsable américain/u],
    ['reflexive se dire', 'Séoul s’est dit « profondément préoccupé » par ces transferts.', 'profondément', /Séoul/u],
    // Appositions, roles and titles: the speaker is the person the role names.
    ['a role then a name: the name', '« Rien n’a été livré », a déclaré le ministre russe des Affaires étrangères Sergueï Lavrov.', 'Rien', /^Sergueï Lavrov$/u],
    ['a long role with complements, then the name in apposition', '« La Russie viole les sanctions », a déclaré l’ambassadrice américaine par intérim auprès de l’ONU, Dorothy Shea.', 'La Russie', /^Dorothy Shea$/u],
    ['a title before the name is not the speaker', '« Nous ne livrons rien », a déclaré M. Lavrov.', 'Nous ne', /^Lavrov$/u],
    ['a generic head that names its person is that person', 'Le diplomate russe Vassili Nebenzia a qualifié ces accusations d’« absurdes ».', 'absurdes', /Vassili Nebenzia/u],
    ['apposition before the verb, with a country named earlier in the sentence', 'L’Ukraine accuse la Russie d’utiliser des missiles nord-coréens. Le porte-parole du Kremlin, Dmitri Peskov, a évoqué « des allégations sans fondement ».', 'des allégations', /Peskov/u],
    // "elle" agrees in gender and prefers the person who spoke over a country named since.
    ['elle skips a country named since for the spokeswoman who spoke', 'La porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé « une campagne de désinformation ». Selon la Russie, la coopération est légale. « Ces accusations sont sans fondement », a-t-elle affirmé.', 'Ces accusations', /Zakharova/u, 'rule:pronoun'],
    ['elle does not take a man described by his role', 'Le porte-parole du Kremlin, Dmitri Peskov, a parlé. La Russie a démenti. « Rien n’a été livré », a-t-elle ajouté.', 'Rien', /Russie/u, 'rule:pronoun'],
    ['elle is not the sister’s brother named in her apposition', 'Kim Yo Jong, la sœur du dirigeant nord-coréen, a qualifié ces informations d’« absurdes ». Elle a accusé Washington de « propager des rumeurs ».', 'propager', /Kim Yo Jong/u, 'rule:pronoun'],
    // "ils" finds a plural group, even one that was only the subject of a sentence without a reporting verb.
    ['ils: ministers named as a subject', 'Les ministres des Affaires étrangères du G7 se sont réunis à Capri. « Pyongyang doit cesser ses livraisons », affirment-ils.', 'Pyongyang doit', /ministres des Affaires étrangères du G7/u, 'rule:pronoun'],
    ['ils: a list of capitals', 'Séoul, Washington et Tokyo ont tenu une réunion. « Ces transferts doivent cesser », affirment-ils.', 'Ces transferts', /^Séoul, Washington et Tokyo$/u, 'rule:pronoun'],
    ['ils: a counted group', 'Les trois pays ont tenu une réunion. « Ces transferts doivent cesser », ont-ils déclaré.', 'Ces transferts', /trois pays/u, 'rule:pronoun'],
    // Definite descriptions refer back to the person or body named before.
    ['l’ambassadeur after a named ambassador', 'L’ambassadeur russe à l’ONU, Vassili Nebenzia, a pris la parole. « Nous ne livrons rien », a déclaré l’ambassadeur.', 'Nous ne', /Nebenzia/u, 'rule:definite-description'],
    ['le diplomate after a person named with no role', 'Sergueï Lavrov s’est rendu à Pyongyang. « Nos relations sont excellentes », a ajouté le diplomate.', 'Nos relations', /Lavrov/u, 'rule:definite-description'],
    ['a definite description naming a new unknown body: the person named before', '« Le sommet était attendu », a déclaré Marie Dufour. « C’était un signal adressé à Washington », résume la chercheuse du Centre d’études eurasiennes de Rennes.', 'C’était', /Marie Dufour|Dufour/u, 'rule:definite-description'],
    ['a definite description naming a new unknown body does not reach a person the base knows', 'Sergueï Lavrov a visité une usine mardi. « Ce rapport confirme tout », résume la chercheuse du Centre d’études coréennes de Bretagne.', 'Ce rapport', /^la chercheuse du Centre/u],
    ['a definite description naming a known other body does not refer back', '« Le sommet était attendu », a déclaré Marie Dufour. « C’était un signal adressé à Washington », résume la chercheuse de l’ONU.', 'C’était', /^la chercheuse de l’ONU$/u],
    ['a participle after a comma: the clause’s subject, a description', 'L’ambassadeur chinois Zhang Wei a pris la parole. Le diplomate a critiqué Washington et Moscou, estimant que « la tension nourrit la tension ».', 'la tension', /Zhang Wei/u, 'rule:participle'],
    ['an incise verb of manner: sourire', '« C’est propre et calme », sourit Anna Petrova, enseignante à Moscou.', 'C’est propre', /^Anna Petrova$/u, 'rule:inversion'],
    ['Côté X, opens the sentence before a role and a name in apposition', 'Côté ukrainien, le porte-parole de l’armée, Ivan Petrov, a qualifié la cérémonie de « mise en scène macabre ».', 'mise en scène', /^Ivan Petrov$/u],
    ['a name with a capitalised particle, then l’universitaire and a pronoun', 'Pour Marc Le Bihan, maître de conférences à Brest, la guerre offre une occasion. « Chaque tir apporte des données », explique l’universitaire. « Si Moscou paie, tout change », prévient-il.', 'Si Moscou', /^Marc Le Bihan$/u, 'rule:pronoun'],
    ['a definite description echoing the noun set beside a name: that person', 'Pour Sœur Agnès Ryu, religieuse qui accompagne des réfugiés à Incheon, ce silence pèse. « On demande à ces mères d’être fières », explique la religieuse.', 'On demande', /^Agnès Ryu$/u, 'rule:definite-description'],
    ['an echoed role in an apposition before the name, far back', 'Selon le ministre de la Défense, Paul Lenoir, Pyongyang a envoyé 6 700 conteneurs. Les chiffres donnent le vertige. Les sanctions ne marchent pas. Le marché est ailleurs. Les ports tournent. La frontière est poreuse. « Chaque obus nous reviendra », estime le ministre.', 'Chaque obus', /Paul Lenoir/u, 'rule:definite-description'],
    ['an echoed noun before the name, the latest such person', 'Le capitaine Ivan Sokol et le capitaine Oleh Marchenko ont parlé. « Les obus tombent mal », assure le capitaine.', 'Les obus', /Marchenko/u, 'rule:definite-description'],
    ['an honorific of religion is not the speaker: Pour Sœur X', 'Pour Sœur Agnès Ryu, ce silence est « une seconde violence ».', 'une seconde', /^Agnès Ryu$/u],
    ['a section title quoting words a later quotation repeats: its speaker', 'Le rapport est sorti.\n\n« Une violation flagrante »\n\n« Ce rapport montre une violation flagrante des résolutions », a déclaré Sergueï Lavrov.', 'Une violation', /Lavrov/u, 'rule:repeated-quote'],
    ['a surname alone of a person the base does not know: labelled by the full name', 'Ri Chol-min a quitté l’usine en 2023. « Les obus partent chaque nuit », affirme Ri.', 'Les obus', /^Ri Chol-min$/u],
    ['an agency between the verb and the quotation relays the verb’s subject', 'Côté nord-coréen, Sergueï Lavrov a estimé, selon l’agence officielle KCNA, que le chantier portait les relations « à un niveau supérieur ».', 'à un niveau', /Lavrov/u],
    ['a state as the subject of an incise pronoun right after its spokesman spoke: the spokesman', 'Le porte-parole du Kremlin, Dmitri Peskov, a estimé que ces trafics « sont légaux ». Moscou « ne tolérera pas » ces accusations, a-t-il ajouté.', 'ne tolérera', /^Dmitri Peskov$/u, 'rule:pronoun'],
    ['an adverb between the auxiliary and the participle of an inversion', 'Livrer des armes à Kiev serait une « très grosse erreur », a aussitôt averti Sergueï Lavrov depuis Hanoï.', 'très grosse', /^Sergueï Lavrov$/u],
    ['décrypter as an incise inside the quotation', '« Quand elle parle, décrypte Paul Lenoir, chercheur à Séoul, c’est son frère qui parle. »', 'Quand elle', /^Paul Lenoir$/u],
    ['a quotation standing alone after a sentence about a named person: that person', 'Sur le quai, Sergueï Lavrov regarde la voie vide. « Ici, on ne pose pas de questions. Les trains passent, c’est tout. »', 'Ici, on', /^Sergueï Lavrov$/u, 'rule:continued-attribution'],
    ['a state speaking through its agency stays the speaker', 'Pyongyang a qualifié les sanctions de « provocation hostile » par la voix de son agence officielle, KCNA.', 'provocation', /^Pyongyang$/u],
    ['renvoyer aux « … »: a spokesman referring to what was said', 'Le Kremlin s’est refusé à tout commentaire, son porte-parole Dmitri Peskov renvoyant aux « déclarations déjà faites » sur le sujet.', 'déclarations', /^Dmitri Peskov$/u],
    ['selon les mots du porte-parole, Name: the spokesperson', 'Moscou a dénoncé un rapprochement « qui devrait inquiéter quiconque », selon les mots du porte-parole du Kremlin, Dmitri Peskov.', 'qui devrait', /^Dmitri Peskov$/u],
    ['a state’s verb before the quotation, its spokesperson after it: the spokesperson', 'Moscou, de son côté, dit « ne pas être au courant » de ce déploiement, selon le porte-parole du Kremlin, Dmitri Peskov.', 'ne pas', /^Dmitri Peskov$/u],
    ['a body in apposition to an unknown head speaks', 'L’un des fabricants, la société Helix Microsystems, affirme « respecter les règles ».', 'respecter', /Helix Microsystems/u],
    ['s’y engager à: an adverbial pronoun inside the reflexive', 'Les trois alliés s’y engagent à « traquer les réseaux ».', 'traquer', /^Les trois alliés$/u],
    ['an unnamed person opening the sentence is a generic source', 'Un gérant de fonds parisien y voit « une prime de risque durable ».', 'une prime', /^Un gérant de fonds parisien$/u, 'vague:witnesses'],
    ['a byline is no antecedent of a description', 'Sergueï Lavrov salue les soldats\n\nPar Camille Roussel\n\n« Ce sont des héros », a déclaré le diplomate.', 'Ce sont', /Lavrov/u],
    ['selon le procureur général, Name,: the name', 'Selon le procureur général, Andriy Kostin, « la moitié des pièces » vient de l’étranger.', 'la moitié', /Kostin/u],
    ['a demonstrative description naming a new unknown body: the person named before', '« Moscou achète du temps », résume Marie Dufour. Selon cette chercheuse du Centre d’analyse des conflits de Lyon, les livraisons pourraient intervenir « dans les semaines qui viennent ».', 'dans les', /Marie Dufour/u, 'rule:definite-description'],
    ['l’universitaire refers to the person named before', 'Pour Marc Le Bihan, maître de conférences à Brest, la guerre offre une occasion. « Chaque tir apporte des données », explique l’universitaire.', 'Chaque tir', /^Marc Le Bihan$/u, 'rule:definite-description'],
    ['Pour son homologue X, Name,: the name in apposition to "homologue"', '« C’est un sabotage », a réagi Sergueï Lavrov. Pour son homologue sud-coréen, Park Jin-ho, Moscou « a voulu faire taire le témoin ».', 'a voulu', /^Park Jin-ho$/u],
    ['a quoted participle is the verb: ont « déploré »', 'Les ministres des Affaires étrangères réunis à Capri ont « déploré » le veto russe.', 'déploré', /ministres des Affaires étrangères/u],
    ['a role qualified by another state does not refer back', 'Le ministre russe des Affaires étrangères, Sergueï Lavrov, a parlé. « Rien n’a été livré », a déclaré le ministre sud-coréen.', 'Rien', /^le ministre sud-coréen$/u],
    // An agency relays; the person it cites speaks.
    ['an agency citing a person: the person', '« Les relations sont au plus haut », a rapporté l’agence officielle KCNA, citant Sergueï Lavrov.', 'Les relations', /^Sergueï Lavrov$/u, 'rule:citing'],
    ['selon an agency, a person declared: the person', 'Selon l’agence KCNA, Sergueï Lavrov a déclaré : « Notre amitié est invincible ».', 'Notre amitié', /^Sergueï Lavrov$/u],
    ['a person declared, selon an agency after the quotation: the person', 'Sergueï Lavrov a déclaré que « la Corée du Nord est un allié », selon l’agence KCNA.', 'la Corée', /^Sergueï Lavrov$/u],
    ['selon X, il: the pronoun is not the one the frame names', 'Sergueï Lavrov a visité une usine mardi. Selon l’ONU, il a exigé que la production soit « multipliée par dix ».', 'multipliée', /Lavrov/u, 'rule:pronoun'],
    ['selon lui followed by more words is still the pronoun', 'Sergueï Lavrov a parlé mardi. Les pertes sont dues selon lui à « l’inexpérience des Ukrainiens ».', 'l’inexpérience', /Lavrov/u],
    ['selon lui still resolves to the speaker before', 'Sergueï Lavrov a parlé mardi. Selon lui, la coopération est « exemplaire ».', 'exemplaire', /Lavrov/u],
    ['selon alone still gives the speaker', 'Selon l’agence KCNA, « la Corée du Nord est un allié ».', 'la Corée', /KCNA/u],
    // Characterisations and calls.
    ['présenter … comme « … »: the subject', 'Moscou présente cette coopération comme « conforme au droit international » et nie toute violation.', 'conforme', /Moscou/u],
    ['a plural counted subject calling for a quoted act', 'Les onze États appellent la Russie à « cesser immédiatement » ses achats d’armes.', 'cesser', /onze États/u],
    // An adverbial phrase inside the compound tense, coordinated complements of one role, "voir dans".
    ['a stressed pronoun between commas after the auxiliary: a, lui, appelé', 'Le porte-parole Ivan Petrov a, lui, appelé Kiev à « respecter la volonté des prisonniers ».', 'respecter', /^Ivan Petrov$/u],
    ['a pour sa part affirmé, then a pronoun', 'Le porte-parole de l’armée, Ivan Petrov, a pour sa part affirmé que les tirs avaient cessé. « Ils reprendront », a-t-il ajouté.', 'Ils reprendront', /^Ivan Petrov$/u, 'rule:pronoun'],
    ['a role with coordinated complements stays one person', '« Les réseaux sont actifs », a déclaré le directeur chargé des sanctions et du contrôle des exportations, Paul Martin.', 'Les réseaux', /^Paul Martin$/u],
    ['coordinated subjects are still plural', 'Les ministres de la Défense et des Finances ont tenu une réunion. « Rien n’a changé », ont-ils déclaré.', 'Rien', /ministres de la Défense et des Finances/u, 'rule:pronoun'],
    ['voir dans', 'Jean Dupont, ancien officier devenu consultant, voit dans ces images « une preuve décisive » de la livraison.', 'une preuve', /^Jean Dupont$/u],
    // A state speaks through its spokesperson; an agency after a person's verb stays the relay.
    ['a state’s verb, then selon its spokesperson: the spokesperson', 'Moscou a rejeté un rapport qui « invente des livraisons », selon le porte-parole du Kremlin, Dmitri Peskov.', 'invente', /^Dmitri Peskov$/u],
    ['a person’s incise after the quotation, then selon another person: the incise’s, the other relays', 'Le directeur adjoint du Pentagone, Paul Martin, a parlé mardi. « L’argent volé ne dort pas », a-t-il déclaré à huis clos, selon le député Jean Dupont.', 'L’argent', /^Paul Martin$/u, 'rule:pronoun'],
    ['a word after a determiner and "propre" is a noun, not the verb "chiffrer"', 'Le sommet a eu lieu mardi. Le rapport du Pentagone ne retient que les livraisons documentées, et juge son propre chiffre « très probablement sous-estimé ».', 'très probablement', /^Le rapport du Pentagone/u],
    ['after a quotation, a definite person noun with a complement naming nobody is someone unnamed', 'Le sommet a eu lieu mardi. « Tout le monde savait qu’ils étaient coréens », confie aujourd’hui l’administrateur d’un autre canal, qui tient à rester anonyme.', 'Tout le monde', /^l’administrateur d’un autre canal$/u, 'vague:unnamed-person'],
    ['after a quotation, a demonstrative person noun with no one named before is someone unnamed', 'Le sommet a eu lieu mardi. Au marché, la foule se presse. « On nous a envoyé des gamins », lâche ce vétéran de 58 ans, qui refuse de donner son nom.', 'On nous', /^ce vétéran de 58 ans$/u, 'vague:unnamed-person'],
    ['selon a person noun and its own relative clause: someone unnamed', 'Le sommet a eu lieu mardi. Selon un chauffeur de bus qui fait la ligne depuis vingt ans, le trafic a « doublé depuis mai ».', 'doublé', /^un chauffeur de bus$/u, 'vague:unnamed-person'],
    ['a relative clause after a demonym ends the source phrase too', 'Le sommet a eu lieu mardi. Selon des ingénieurs ukrainiens qui examinent les débris, le guidage a « nettement changé ».', 'nettement', /^des ingénieurs ukrainiens$/u, 'vague:witnesses'],
    ['an anonymity phrase closing an incise does not replace its subject as the label', 'Le sommet a eu lieu mardi. « Les fragments correspondent à un KN-23 », a indiqué un expert en armement, sous couvert d’anonymat.', 'Les fragments', /^un expert/u],
    ['someone unnamed described at length, a place the base does not know included', 'Le sommet a eu lieu mardi. D’après un ancien employé d’un petit transitaire portuaire de Tieling, les wagons « repartent à vide ».', 'repartent', /^un ancien employé/u, 'vague:unnamed-person'],
    ['a pronoun after a quoted sentence naming only places: the unnamed person before', 'Le sommet a eu lieu mardi. D’après un ancien employé d’un transitaire, les lots partent sans contrôle. « On charge à Vladivostok, on décharge à Rajin. Personne ne regarde les papiers », résume-t-il.', 'On charge', /^un ancien employé d’un transitaire$/u, 'vague:unnamed-person'],
    ['a definite person noun, relation of someone indefinite, opening the sentence: someone unnamed', 'Le sommet a eu lieu mardi. La sœur d’un ouvrier disparu affirme que les gardes « frappaient tous les soirs ».', 'frappaient', /^La sœur d’un ouvrier disparu$/u, 'vague:unnamed-person'],
    ['titrer in an incise: the outlet whose headline is quoted', 'Le sommet a eu lieu mardi. « Moscou franchit une nouvelle étape », titre le quotidien Hankook Sinmun, qui consacre trois pages à l’événement.', 'Moscou franchit', /Hankook Sinmun/u],
    ['a definite description with an adjective before a generic head, in a portrait: the only person named', 'Claire Vautrin épluche les images chaque matin. À 46 ans, l’ancienne capitaine de corvette dirige une équipe de cinq analystes. « Les cargos coupent leurs balises », assure-t-elle.', 'Les cargos', /^Claire Vautrin$/u],
    ['a member of a named body who wishes to stay anonymous is someone unnamed', 'Le sommet a eu lieu mardi. Un ancien membre du groupe d’experts de l’ONU, qui souhaite rester anonyme, juge ces estimations « un peu hautes ».', 'un peu', /^Un ancien membre du groupe/u, 'vague:some-sources'],
    ['tempérer before a colon, its pronoun taking up someone unnamed', 'Le sommet a eu lieu mardi. Un ancien membre de la délégation, qui souhaite rester anonyme, critique ces estimations. Il tempère toutefois : « Sur le fond, ils ont raison. »', 'Sur le fond', /^Un ancien membre de la délégation$/u],
    ['a title with its article in apposition, then the name with a lower-case particle: that person', 'Le sommet a eu lieu mardi. Le porte-parole de l’armée, le général de brigade Osman al-Tayeb, a qualifié ces accusations de « mensonges fabriqués ».', 'mensonges', /^Osman al-Tayeb$/u],
    ['l’un d’eux after a generic source whose own phrase names a place', 'Le sommet a eu lieu mardi. Des diplomates occidentaux en poste à Séoul jugent que le pays n’a pas les moyens de fouiller des convois. « Le pays dépend de Moscou. Il ne prendra aucun risque », résume l’un d’eux.', 'Le pays', /^l’un d’eux \(Des diplomates occidentaux/u, 'vague:diplomats'],
    ['l’éditorialiste after a medium named with its medium noun: that medium', 'Le sommet a eu lieu mardi. Le quotidien Hankook Sinmun s’en prend au gouvernement. « Personne ne parlait de trafic », ironise l’éditorialiste.', 'Personne', /Hankook Sinmun/u],
    ['selon lui after a colon: the medium the sentence opens on', 'Le sommet a eu lieu mardi. Le quotidien Hankook Sinmun s’en prend au gouvernement. Au Niger, le site Aïr Info préfère parler d’une « guerre des étiquettes » : selon lui, « une caisse marquée ne dit rien ».', 'une caisse', /^Aïr Info$/u],
    ['a name the article says is not the person’s own: someone unnamed', 'Le sommet a eu lieu mardi. « Les caisses venaient de Conakry », assure Moussa (le prénom a été modifié), transporteur à Sévaré.', 'Les caisses', /^Moussa$/u, 'vague:unnamed-person'],
    ['Me before a name is a lawyer’s honorific, not the name', 'Le sommet a eu lieu mardi. « Mon client ignorait tout », a plaidé son avocat, Me Lee Jae-sung, à l’ouverture de l’audience.', 'Mon client', /^Lee Jae-sung$/u],
    ['Maître before a name is an honorific too', 'Le sommet a eu lieu mardi. Maître Hélène Duval a dénoncé « une farce judiciaire ».', 'une farce', /^Hélène Duval$/u],
    ['à l’en croire: the source named before', 'Le procureur Choi Hyun-woo a rejeté cette version. À l’en croire, les machines devaient usiner des « corps d’obus ».', 'corps', /^Choi Hyun-woo$/u, 'rule:pronoun'],
    ['à les entendre: the plural source named before', 'Le sommet a eu lieu mardi. Des experts doutent de ces chiffres. À les entendre, les livraisons seraient « bien moindres ».', 'bien moindres', /^Des experts$/u],
    ['a country in brackets after a dateline’s city is no antecedent', 'Kharkiv (Ukraine) - Dans un hangar, un technicien aligne des morceaux de métal. « Celui-ci, c’est un KN-23 », explique-t-il.', 'Celui-ci', /^il$/u, 'rule:pronoun-unresolved'],
    ['la jeune femme after a named woman who did not speak: that woman', 'Le sommet a eu lieu mardi. Claire Dubois fait pivoter son écran vers nous. « Regardez les ombres », lance la jeune femme.', 'Regardez', /^Claire Dubois$/u, 'rule:definite-description'],
    ['la jeune femme after the only person named, whose gender the article does not show', 'Il est près de minuit à Séoul quand Seo Yun-ah fait pivoter son écran. Sur la gauche, la photo virale. « Regardez les ombres », lance la jeune femme, ingénieure le jour.', 'Regardez', /^Seo Yun-ah$/u],
    ['le jeune homme after a woman: not her', 'Le sommet a eu lieu mardi. Mme Claire Dubois fait pivoter son écran vers nous. « Regardez les ombres », lance le jeune homme.', 'Regardez', /^le jeune homme$/u],
    ['"et des" inside a ministry’s complement is no coordinated subject', 'Le sommet a eu lieu mardi. « Chaque train est inspecté à Sükhbaatar. Nous n’avons rien relevé », a déclaré à l’AFP le vice-ministre mongol des Routes et des Transports, Batbold Enkhtaivan.', 'Chaque train', /^Batbold Enkhtaivan$/u],
    ['a live blog’s time before a dash is no part of the subject', 'Le sommet a eu lieu mardi.\n\n14 h 05 – Le Pentagone « s’oppose fermement » à ces sanctions.', 's’oppose', /Pentagone/u],
    ['a wire’s dateline before a dash is no part of the subject', 'MOSCOU, 3 mars (AFP) - Le Kremlin « regrette » ces sanctions.', 'regrette', /^Le Kremlin$/u],
    ['selon someone unnamed cité par a medium named after its medium noun: someone unnamed', 'Le sommet a eu lieu mardi. Selon un cheminot mongol cité par le site d’information Ikon, des trains « sans manifeste » passaient de nuit.', 'sans manifeste', /^un cheminot mongol/u],
    ['a pseudonym with a lower-case second syllable is someone unnamed', 'Le sommet a eu lieu mardi. « On devait les faire durer un an », dit Myong-hee (le prénom a été modifié), 46 ans.', 'On devait', /^Myong-hee$/u, 'vague:unnamed-person'],
    ['il after a speaker relayed by a medium: the speaker, not the medium', 'Le sommet a eu lieu mardi. Kim Jong-un a visité une usine. « Produisons en masse », a déclaré Kim, cité par l’agence officielle KCNA. Il a félicité les ouvriers qui, selon lui, « ont dépassé les objectifs ».', 'ont dépassé', /^Kim/u],
    ['a participle after "et" shares the auxiliary and the subject of the verb before', 'Le sommet a eu lieu mardi. Sergueï Lavrov a visité des usines et appelé à une « augmentation exponentielle » de la production, a rapporté l’agence officielle KCNA.', 'augmentation', /Lavrov/u, 'rule:coordinated-subject'],
    ['il after "selon a medium, a person did": the person whose gender nothing shows', 'Le sommet a eu lieu mardi. Selon l’agence officielle KCNA, Kim Jong-un a supervisé le tir d’un missile. « Nous devons accélérer », a-t-il déclaré.', 'Nous devons', /^Kim Jong-un$/u, 'rule:pronoun'],
    ['ce dernier: the person named last', 'Le sommet a eu lieu mardi. Sergueï Lavrov a assisté au lancement d’un destroyer, qui a chaviré. Ce dernier a qualifié l’accident d’« acte criminel », a rapporté l’agence officielle KCNA.', 'acte criminel', /^Sergueï Lavrov$/u, 'rule:latter'],
    ['a title with its article in apposition after a postverbal subject', 'Le sommet a eu lieu mardi. « Le radar ressemble aux équipements russes », a déclaré devant la presse le porte-parole de l’état-major, le colonel Lee Sung-jun.', 'Le radar', /^Lee Sung-jun$/u],
    ['l’éditorial after a medium: that medium', 'Le sommet a eu lieu mardi. Le 12 août, la une du quotidien Rodong Sinmun est barrée d’une photo. « Les travailleurs sont des combattants », proclame l’éditorial.', 'Les travailleurs', /Rodong Sinmun/u],
    ['a noun after its article is no verb form (la riposte), so the marker’s person keeps the quotation', 'Le sommet a eu lieu mardi. Pour Go Myong-hyun, chercheur à l’Institut coréen, la riposte coordonnée « arrive tard » : selon lui, le régime s’est adapté.', 'arrive tard', /^Go Myong-hyun$/u],
    ['an absolute clause names its own subject before the participle', 'Le sommet a eu lieu mardi. Moscou a aussitôt démenti, son porte-parole, Sergueï Lavrov, dénonçant une « guerre psychologique » menée par les Occidentaux.', 'guerre', /^Sergueï Lavrov$/u],
    ['a quotation standing alone after one unnamed person’s sentence, in the same paragraph: that person, still generic', 'Le sommet a eu lieu mardi. Un ancien docker, qui requiert l’anonymat, raconte des caisses « sans aucune inscription ». « On nous disait que c’était du matériel agricole. Personne n’y croyait. »', 'On nous disait', /^Un ancien docker$/u],
    ['the same head with a definite article, paragraphs later: the unnamed person introduced', 'Le sommet a eu lieu mardi. « Les bateaux ne s’arrêtent plus ici », glisse un marin azerbaïdjanais.\n\nPour Sergueï Lavrov, l’essentiel se joue ailleurs : « La mer est fermée. »\n\nLe marin regarde le cargo s’éloigner. « Celui-là, c’est vraiment du blé », sourit-il.', 'Celui-là', /^un marin azerbaïdjanais$/u],
    ['a pseudonym taken up by a pronoun, then set off from its pronoun: still the pseudonym, still generic', 'Le sommet a eu lieu mardi. « On devait tenir un an », dit Myong-hee (le prénom a été modifié), 46 ans. Jusqu’en 2023, elle assemblait des douilles. « Les machines ne s’arrêtaient jamais », raconte-t-elle. Myong-hee, elle, regarde la télévision. « Ils montrent Kim qui sourit », dit-elle.', 'Ils montrent', /^Myong-hee$/u, 'vague:unnamed-person'],
    ['il after a speaker: not a man the speaker’s sentence only mentions', 'Le procureur Choi Hyun-woo a rejeté cette version. À l’en croire, les courriels saisis montrent que M. Park savait tout. « Les preuves sont accablantes », a-t-il lancé devant la cour.', 'Les preuves', /^Choi Hyun-woo$/u],
    ['a definite person noun with a definite complement is no one unnamed by that rule', 'Le sommet a eu lieu mardi. Le directeur de l’usine affirme que les machines « tournent jour et nuit ».', 'tournent', /^Le directeur de l’usine$/u],
    ['a participle set off by a comma, its quoted complement, then its agent: the agent', 'Le sommet a eu lieu mardi. Le Kremlin a rejeté ce rapport, jugé « partial et commandé » par Sergueï Lavrov.', 'partial', /^Sergueï Lavrov$/u, 'rule:agent'],
    ['a clause after the quotation with its subject before its verb does not look back', 'Le sommet a eu lieu mardi. Dmitri Peskov salue des « amis » qui ont agi « conformément au traité », et Sergueï Lavrov promet qu’un monument sera érigé.', 'conformément', /Peskov/u],
    ['"le chef du gouvernement" takes up the prime minister the article named, not the last person named', 'Le sommet a eu lieu mardi. Le Premier ministre Paul Martin a promis de tout faire pour obtenir un entretien avec Dmitri Peskov. « Je suis prêt à le rencontrer sans conditions », répète le chef du gouvernement.', 'Je suis prêt', /^Paul Martin$/u, 'rule:definite-description'],
    ['a role with no article before a name is its apposition; "le jeune homme" then takes up that person', 'Le sommet a eu lieu mardi. Ancien sergent logisticien, Ri Myong-ho a fait défection en 2023. Il affirme avoir vu des conteneurs de farine. « On chargeait les obus le matin », se souvient le jeune homme.', 'On chargeait', /^Ri Myong-ho$/u, 'rule:definite-description'],
    ['a text opening the sentence: its author’s label stops before a participle that follows it', 'Le sommet a eu lieu mardi. Dans un rapport du Pentagone publié jeudi, la Russie emploie des « missiles nord-coréens de série ».', 'missiles', /^Pentagone$/u, 'marker:dans-texte'],
    ['a person’s verb, then selon a state: the person', 'Sergueï Lavrov a rejeté un rapport qui « invente des livraisons », selon Moscou.', 'invente', /Lavrov/u],
    ['an adverb after the opening time phrase', 'Le sommet a eu lieu mardi. La veille encore, la porte-parole de la diplomatie russe, Maria Zakharova, qualifiait ces informations de « fausses nouvelles ».', 'fausses', /^Maria Zakharova$/u],
    // A portrait: the only person the article has named is whom a description after a quotation goes on describing.
    ['the only person named, described after a quotation', 'Ingrid Solheim, la traqueuse de pétroliers\n\nDans son bureau d’Oslo, trois écrans affichent des navires. Chaque point est un pétrolier. « Celui-ci a éteint sa balise il y a quarante heures », lance l’ancienne enquêtrice.', 'Celui-ci', /^Ingrid Solheim$/u, 'rule:definite-description'],
    // A superlative standing for a person is one of a group the article has shown.
    ['the eldest of the two, after the verb', 'Deux ouvriers attendent le bus. « Nous travaillons douze heures par jour », affirme le plus âgé des deux ouvriers.', 'Nous travaillons', /^le plus âgé des deux ouvriers$/u],
    ['the youngest, alone after the verb', 'Deux ouvriers attendent le bus. « On nous a promis un salaire », raconte la plus jeune.', 'On nous', /^la plus jeune$/u],
    ['the eldest of the prisoners, before the verb', 'Kiev détient deux soldats. Le plus âgé des prisonniers affirme avoir été « trompé » par ses chefs.', 'trompé', /^Le plus âgé des prisonniers$/u, 'rule:noun-phrase'],
  ];
  for (const [name, text, prefix, label, how] of table) {
    it(name, () => {
      const sp = speakerOf(run(text), text, prefix);
      assert.ok(sp, 'no speaker');
      assert.match(sp.label ?? '', label);
      if (how) assert.equal(sp.how, how);
    });
  }

  it('a possessive generic speaks for the body named last ("ses experts" after the ONU)', () => {
    const text = 'Selon l’ONU, au moins quatre navires font la navette, chargés de ce que ses experts décrivent comme « des munitions ».';
    const speaker = speakerOf(run(text), text, 'des munitions');
    assert.equal(speaker?.how, 'rule:possessive-generic');
    assert.equal(speaker?.entityId, 'UN');
  });

  it('a participle quoted alone: the cue reads without the marks', () => {
    const text = 'Les ministres des Affaires étrangères réunis à Capri ont « déploré » le veto russe.';
    const q = run(text).quotes[0];
    assert.equal(q?.cue, 'ont déploré');
  });

  it('a spaced straight quotation keeps its marks and its speaker', () => {
    const text = 'Les ministres ont exprimé leur " vive inquiétude " face à ces livraisons.';
    const a = run(text);
    assert.equal(text.slice(a.quotes[0]!.start, a.quotes[0]!.end), '" vive inquiétude "');
    assert.match(a.quotes[0]!.speaker?.label ?? '', /Les ministres/u);
  });

  it('a multi-sentence quotation gets the speaker named after it, and its sentences are attributed', () => {
    const text = '« Les transferts d’armes se poursuivent. Nous en avons la preuve », a déclaré le porte-parole.';
    const a = run(text);
    assert.equal(a.quotes.length, 1);
    assert.match(a.quotes[0]!.speaker?.label ?? '', /porte-parole/u);
    assert.deepEqual(codes(a), []);
  });

  it('a negated report names nobody as a quotation’s speaker', () => {
    const text = 'Le sommet a eu lieu mardi.\n\n« Des obus ont été livrés à Moscou chaque semaine. » Le Kremlin n’a pas confirmé.';
    const a = run(text);
    assert.equal(speakerOf(a, text, 'Des obus'), undefined);
    assert.ok(codes(a).includes('unattributed-quote'));
  });

  it('the statement reference carries its rule for the lead to link it', () => {
    const text = 'Les alliés ont signé une déclaration commune. La déclaration commune indique que Pyongyang a livré des missiles.';
    const c = run(text).claims[0];
    assert.equal(c?.source?.how, 'rule:statement-reference');
    assert.match(c?.source?.label ?? '', /déclaration commune/u);
  });

  it('"il" does not take a feminine antecedent: rather unresolved than wrong', () => {
    const text = 'La Russie a démenti. « Rien n’a été livré », a-t-il ajouté.';
    assert.equal(speakerOf(run(text), text, 'Rien')?.how, 'rule:pronoun-unresolved');
  });

  it('"on" as the subject of a reporting verb is a vague source, by inversion too', () => {
    for (const text of ['« Les livraisons ont repris », précise-t-on à Séoul.', 'On affirme à Séoul que des obus ont été livrés.']) {
      const a = run(text);
      assert.deepEqual(codes(a), ['vague-attribution'], text);
    }
  });
});

// A base whose people carry descriptions, as the shipped base does: "le dirigeant russe" may be read from them.
const DESCRIBED: KbEntity[] = [
  ...KB.filter((e) => e.type !== 'person'),
  { id: 'KCNA', type: 'organisation', name: 'Agence centrale de presse coréenne', aliases: ['KCNA'] },
  { id: 'PUTIN', type: 'person', name: 'Vladimir Poutine', aliases: ['Poutine'], description: 'Président de la Russie.' },
  { id: 'KIM', type: 'person', name: 'Kim Jong Un', aliases: [], description: 'Dirigeant de la Corée du Nord depuis 2011.' },
  { id: 'CHOE', type: 'person', name: 'Choe Son Hui', aliases: [], description: 'Diplomate nord-coréenne, ministre des Affaires étrangères de la Corée du Nord.' },
  { id: 'MATSEGORA', type: 'person', name: 'Alexandre Matsegora', aliases: [], description: 'Diplomate russe, ambassadeur de Russie en Corée du Nord.' },
  { id: 'PESKOV', type: 'person', name: 'Dmitri Peskov', aliases: ['Peskov'], description: 'Porte-parole du Kremlin.' },
  { id: 'BIDEN', type: 'person', name: 'Joe Biden', aliases: ['Biden'], description: 'Président des États-Unis de 2021 à 2025.' },
  { id: 'SHOIGU', type: 'person', name: 'Sergueï Choïgou', aliases: [], description: 'Homme politique russe, ministre de la Défense jusqu’en 2024, puis conseiller du Kremlin.' },
  { id: 'NL', type: 'country', name: 'Pays-Bas', aliases: [], demonyms: ['néerlandais'] },
  { id: 'NATO', type: 'organisation', name: 'OTAN', aliases: ['Alliance atlantique'] },
  { id: 'RUTTE', type: 'person', name: 'Mark Rutte', aliases: ['Rutte'], description: 'Secrétaire général de l’OTAN depuis 2024, ancien Premier ministre néerlandais.' },
];
const describedCtx = contextWith(DESCRIBED);

describe('speakers: roles, appositions, openers, media and groups', () => {
  // [name, text, quotation prefix, expected speaker label, expected rule]
  const table: [string, string, string, RegExp, string?][] = [
    // A role with a state refers back to the person the article or the knowledge base gives that role and state.
    ['le dirigeant russe: the base says who leads Russia, past a more recent Kim', 'Vladimir Poutine a reçu Kim Jong Un au Kremlin mardi. Le dirigeant russe a assuré que « la coopération est légitime ».', 'la coopération', /^Vladimir Poutine$/u, 'rule:kb-description'],
    ['le dirigeant américain: the description names the state by its name, the article by its demonym', 'Joe Biden a reçu Kim Jong Un à Séoul mardi. Le dirigeant américain a jugé la coopération « profondément déstabilisatrice ».', 'profondément', /^Joe Biden$/u, 'rule:kb-description'],
    ['le dirigeant with no state: the person named just before whom the base describes so', 'Dans un communiqué publié par KCNA, la commission militaire a confirmé l’envoi de soldats sur ordre de Kim Jong Un. « Ce sont des héros », a déclaré le dirigeant, cité par KCNA.', 'Ce sont', /^Kim Jong Un$/u, 'rule:kb-description'],
    ['le dirigeant with no state: not a person the base describes otherwise', 'Dans un communiqué publié par KCNA, la commission militaire a confirmé l’envoi de soldats, sur ordre de Dmitri Peskov. « Ce sont des héros », a déclaré le dirigeant, cité par KCNA.', 'Ce sont', /^le dirigeant$/u],
    ['a body named in a later clause of the description, with its role', 'Sergueï Choïgou n’est pas venu les mains vides. Le conseiller du Kremlin a annoncé « l’envoi de démineurs ».', 'l’envoi', /^Sergueï Choïgou$/u, 'rule:kb-description'],
    ['le dirigeant nord-coréen: the country named in the description', 'Kim Jong Un a accueilli Vladimir Poutine à Pyongyang. « Notre amitié est invincible », a déclaré le dirigeant nord-coréen.', 'Notre amitié', /^Kim Jong Un$/u, 'rule:kb-description'],
    ['la ministre nord-coréenne: the demonym inflected, the role in a later clause', 'Sergueï Lavrov a rencontré Choe Son Hui à Moscou. La ministre nord-coréenne a dénoncé « les provocations américaines ».', 'les provocations', /^Choe Son Hui$/u, 'rule:kb-description'],
    ['a person the article introduced with the same state and role', 'Le président russe Vladimir Poutine a reçu Kim Jong Un. Le dirigeant russe a assuré que « la coopération est légitime ».', 'la coopération', /^Vladimir Poutine$/u, 'rule:definite-description'],
    ['a body as the qualifier: le porte-parole du Kremlin', 'Dmitri Peskov a parlé aux journalistes. Le porte-parole du Kremlin a évoqué « un droit souverain ».', 'un droit', /^Dmitri Peskov$/u, 'rule:kb-description'],
    ['no one described with that state: the role phrase stays', 'Vladimir Poutine a rencontré Kim Jong Un. Le ministre sud-coréen a dénoncé « une alliance dangereuse ».', 'une alliance', /^Le ministre sud-coréen$/u],
    ['l’ancien Premier ministre néerlandais: the former role in its own clause of the description', 'Le secrétaire général, Mark Rutte, a parlé. « La Russie paie », a ajouté l’ancien Premier ministre néerlandais.', 'La Russie', /^Mark Rutte$/u, 'rule:kb-description'],
    ['a former role is not the current one', 'Le secrétaire général, Mark Rutte, a parlé. « La Russie paie », a ajouté le Premier ministre néerlandais.', 'La Russie', /^le Premier ministre néerlandais$/u],
    ['a state named only after the first clause is not the person’s own', 'Alexandre Matsegora a rencontré des officiels. L’ambassadeur nord-coréen a dénoncé « une alliance dangereuse ».', 'une alliance', /ambassadeur nord-coréen/u],
    // An agency named with its adjectives, then "l'agence"; "ce que X appelle « … »" has X for subject.
    ['selon l’agence after the agency named with two adjectives', 'La Russie a décoré des soldats, a annoncé vendredi l’agence officielle nord-coréenne KCNA. Selon l’agence, l’ambassadeur a remis la médaille « Pour le courage ».', 'Pour le', /KCNA/u, 'rule:definite-description'],
    ['ce que X appelle « … »: X, not the sentence’s subject', 'Le dirigeant posait la première pierre de ce que l’agence officielle KCNA appelle un « musée des exploits ».', 'musée', /^l’agence officielle KCNA$/u],
    // A date between an incise's verb and its subject; a body named in apposition to a medium noun.
    ['a date between the verb and the subject, a medium named in apposition', '« Nos missiles ont prouvé leur précision », se vantait en avril l’agence du régime, la KCNA, sans preuve.', 'Nos missiles', /^KCNA$/u, 'rule:inversion'],
    // The last word of a name that folds to a determiner ("Un") does not hide the verb after it.
    ['a name ending in a word that folds to a determiner', 'Kim Jong Un promet à Sergueï Lavrov « un soutien invariable ».', 'un soutien', /^Kim Jong Un$/u],
    // An adverb in -ment between the verb of an incise and its subject.
    ['an adverb the list lacks, in an incise', '« Nous ne fournissons d’armes à personne », répète inlassablement le porte-parole du Kremlin, Dmitri Peskov.', 'Nous ne', /Peskov/u],
    // A date opens the sentence; a gerund's subject is the sentence's; "parler de « … »" reports; a gapped clause has its own subject.
    ['a date before the subject', 'Le 5 octobre, le Pentagone avait déjà relevé un trafic « sans précédent » à la gare.', 'sans précédent', /Pentagone/u],
    ['a gerund after the main verb and its object', 'Deux jours plus tôt, le porte-parole du Kremlin, Dmitri Peskov, avait ouvert la voie en saluant devant la presse « l’héroïsme » des soldats.', 'l’héroïsme', /Peskov/u, 'rule:participle'],
    ['speaking of something in quotation marks', 'Pendant des mois, Moscou a parlé de « provocation » occidentale.', 'provocation', /^Moscou$/u],
    ['a gapped second clause speaks for its own subject', 'Pendant des mois, Moscou a parlé de « provocation » occidentale et Pyongyang de « rumeurs absurdes ».', 'rumeurs', /^Pyongyang$/u, 'rule:gapped-subject'],
    ['objects joined by et before a quotation are no gapped subject', 'L’agence a qualifié la coopération entre Kiev, Moscou et Washington de « version asiatique de l’OTAN ».', 'version', /agence/u],
    // Pronouns: an apposition after an opener is no subject; a person named earlier in the sentence; a later subject wins.
    ['a role in apposition after the opener is not the subject', 'Le ciel est bleu. Aux yeux de Camille Férand, chercheuse à l’Institut d’études de défense (IED), les batteries ne sont qu’une étape. « Ce que Pyongyang convoite, ce sont les S-400 », juge-t-elle.', 'Ce que', /Camille Férand/u, 'rule:pronoun'],
    ['la chercheuse after a named specialist', '« L’armée n’avait rien de comparable », souligne Mathilde Roussel, spécialiste de la péninsule. Pour la chercheuse, ces batteries protègent le régime. Elle y voit « la contrepartie la plus tangible ».', 'la contrepartie', /Mathilde Roussel/u],
    ['selon lui after the inversion of the same sentence', '« C’est un document novateur », s’est félicité M. Lavrov lors d’une conférence, saluant un accord qui ouvre selon lui « une nouvelle étape ».', 'une nouvelle', /Lavrov/u, 'rule:pronoun'],
    ['selon lui: the subject of the sentence before outranks an earlier speaker', '« Nous ne livrons rien », a affirmé M. Lavrov. Dmitri Peskov est allé plus loin. Selon lui, les deux pays forment une « alliance ».', 'alliance', /Peskov/u, 'rule:pronoun'],
    ['an inverted subject ends before a complement of place', 'Donald Trump a ironisé jeudi. « Transmettez mes salutations », a écrit le président américain sur son réseau Truth Social, à l’adresse des États-Unis.', 'Transmettez', /^(?:Donald Trump|le président américain)$/u],
    ['célébrer une « … »', 'À Wonsan, Sergueï Lavrov célèbre une « fraternité d’armes invincible » avec Pyongyang.', 'fraternité', /Lavrov/u],
    ['an agency as the voice of a ministry is its medium', 'À Pyongyang, le ministère de la Défense a dénoncé, par la voix de l’agence officielle KCNA, une « alliance de guerre » en Asie.', 'alliance', /ministère de la Défense/u],
    ['taking the floor before a colon', 'Le représentant russe, Dmitri Peskov, a pris la parole en dernier : « Notre pays n’a de comptes à rendre à personne ».', 'Notre pays', /Peskov/u],
    ['a clause before "et" is no part of the next subject', 'Pyongyang n’a jamais reconnu l’envoi de troupes, et Moscou continue de qualifier ces informations de « propagande ».', 'propagande', /^Moscou$/u],
    // A text says what it provides: a treaty, one of its articles, a white paper.
    ['a treaty provides', 'Le traité signé en juin prévoit une assistance militaire mutuelle « sans délai » en cas d’agression.', 'sans délai', /^Le traité signé en juin$/u, 'source:legal-text'],
    ['an article commits the parties, and says which text it belongs to', 'Le traité a été ratifié. Son article 4 engage chaque partie à fournir « sans délai » une aide militaire à l’autre.', 'sans délai', /^Son article 4 \(Le traité\)$/u],
    ['selon son article 4, after an indefinite treaty in the same sentence', 'La visite s’est conclue par un traité qui, selon son article 4, engage chaque partie à fournir « sans délai » une aide.', 'sans délai', /^son article 4 \(un traité\)$/u],
    ['a white paper names', 'Le livre blanc désigne la Russie comme « une menace sérieuse » pour le Japon.', 'une menace', /^Le livre blanc$/u],
    // A pronoun of known gender prefers a person of that gender in the sentence over a body whose gender is unknown.
    ['elle: the woman who spoke, not the agency that relayed her', '« Les fantoches passent leur temps à inventer des contes », a déclaré Mme Kim dans un communiqué diffusé par l’agence KCNA. Elle accuse les États-Unis de « répandre des rumeurs ».', 'répandre', /Kim/u, 'rule:pronoun'],
    // "y voir" reads a fact as a sign; a clitic may stand between "à" and the infinitive.
    ['s’est borné à y voir « … »', 'Interrogé, le porte-parole du Kremlin, Dmitri Peskov, s’est borné à y voir « une affaire entre deux États souverains ».', 'une affaire', /Peskov/u],
    ['nuancer with a colon', 'Hélène Castaing a publié une note jeudi. Elle nuance aussitôt : « Une partie du paiement transite par Vladivostok. »', 'Une partie', /Hélène Castaing/u, 'rule:pronoun'],
    // A pronoun in a clause set off from the sentence's own named subject is that subject.
    ['a pronoun in a relative clause: the sentence’s subject', 'Sergueï Lavrov a parlé mardi. La Corée du Nord n’a jamais reconnu ces vols, qu’elle qualifie de « fabrications » américaines.', 'fabrications', /^La Corée du Nord$/u, 'rule:pronoun'],
    ['a dislocated pronoun: the subject before it', 'Sergueï Lavrov a parlé mardi. La Russie, elle, dit « ne pas avoir connaissance » de la situation.', 'ne pas avoir', /^La Russie$/u, 'rule:pronoun'],
    // A participle in -is opens a phrase when a date follows it.
    ['a participle in -is and a date before a titled subject', 'Réunis début avril à Bruxelles, le président russe Vladimir Poutine et Kim Jong Un ont fait part de leur « sérieuse préoccupation ».', 'sérieuse', /Vladimir Poutine/u],
    ['after a clause, a definite phrase following the verb is its object', 'Une flotte de pétroliers, aux propriétaires introuvables, assure la navette. « Rien ne bouge », assure la délégation helvétique.', 'Rien ne', /^la délégation helvétique$/u],
    // A number and a noun of duration open a time phrase before the subject.
    ['a duration phrase before the subject', 'Trois semaines plus tard, le président russe, Vladimir Poutine, a salué le « grand héroïsme » des soldats.', 'grand héroïsme', /^Vladimir Poutine$/u],
    // What follows the comma of a description ("cité par KCNA") does not qualify it.
    ['a description followed by its medium: the medium does not qualify it', 'Une délégation russe a rencontré Kim Jong Un mardi. « Ce sont des héros », a déclaré le dirigeant, cité par KCNA.', 'Ce sont', /^Kim Jong Un$/u],
    // A description qualified by a state reaches back to the article's start.
    ['a description with a state, far from the name', 'Vladimir Poutine a reçu mardi une délégation. Le sommet a duré deux heures. Les journalistes attendaient dehors. La neige tombait sur la ville. Le cortège est reparti vers midi. La presse a été tenue à l’écart. Un dîner a suivi. « Nos relations sont au plus haut », a fait savoir le président russe.', 'Nos relations', /^Vladimir Poutine$/u, 'rule:kb-description'],
    ['a plural description is never one person', 'Vladimir Poutine a reçu les délégations. « Nous restons unis », ont déclaré les dirigeants.', 'Nous restons', /^les dirigeants$/u],
    // A common noun no lexicon lists heads the subject; the body after "auprès de" is its complement.
    ['a body outside the base, named by its head and a complement', 'La mission russe auprès des Nations unies à Genève a dénoncé une « campagne de désinformation ».', 'campagne', /^La mission russe auprès des Nations unies à Genève$/u, 'rule:noun-phrase'],
    ['elle: a woman named as an object, after a man who spoke', 'Sergueï Lavrov a déclaré que « le site est actif ». L’AFP a interrogé Hélène Castaing, spécialiste du nucléaire et chercheuse associée à l’Irsem. « La question est réglée », a-t-elle expliqué.', 'La question', /^Hélène Castaing$/u, 'rule:pronoun'],
    ['le dirigeant is not a person merely named', 'Kim Jong Un a visité une usine de munitions. Il y a croisé Sergueï Lavrov. « Nous produisons plus », a déclaré le dirigeant nord-coréen.', 'Nous produisons', /^Kim Jong Un$/u],
    ['il: a person named before a medium that met him', 'Ancien ouvrier, Ri Chol-min a quitté la Corée du Nord en 2023. Le JDD l’a rencontré à Séoul. « On en écartait trois sur vingt », se souvient-il.', 'On en écartait', /^Ri Chol-min$/u, 'rule:pronoun'],
    ['an incise between the verb and que', 'La députée Han Ji-yeon a rapporté à la presse, à l’issue d’une audition à huis clos, que ces pertes s’expliquaient par « une méconnaissance des drones ».', 'une méconnaissance', /Han Ji-yeon/u],
    ['an unknown acronym is no name: la chercheuse is the woman who spoke', 'Le sommet a eu lieu. « La Russie paie en nature », résume Lucie Marchetti, économiste. Les ventes ont rapporté 5 milliards, pour un PIB estimé à 30 milliards. La chercheuse ajoute que Pyongyang reçoit du blé, « sans doute à prix d’ami ».', 'sans doute', /^Lucie Marchetti$/u],
    ['crier before a colon', 'Sur la vidéo, Dmitri Peskov crie : « Plus vite ! »', 'Plus vite', /^Dmitri Peskov$/u],
    // A dateline ends at its dash: the subject starts after it.
    ['a dateline before the subject', 'Washington, 10 juillet 2024 (AFP) - Les dirigeants du Pentagone ont accusé Pyongyang d’« alimenter » la guerre.', 'alimenter', /^Les dirigeants du Pentagone$/u],
    ['a time phrase before a statement as subject', 'Le même jour, une déclaration commune signée par une cinquantaine de pays, parmi lesquels le Japon et la Suisse, a condamné la « coopération militaire illégale ».', 'coopération', /déclaration commune/u],
    ['two dashes enclose an apposition of the subject', 'Les deux dirigeants – le président Dmitri Peskov et le ministre Sergueï Lavrov – ont jugé la sécurité de l’Europe « indissociable » de celle de l’Asie.', 'indissociable', /Peskov|dirigeants/u],
    ['se borner à répéter que: the subject before the reflexive verb', 'Interrogé sur ces transferts, le porte-parole du Kremlin, Dmitri Peskov, s’est borné à répéter que la coopération « ne vise aucun pays tiers ».', 'ne vise', /^Dmitri Peskov$/u],
    ['a clitic object before résumer', 'Le chercheur Sergueï Lavrov le résume d’une formule : « Pyongyang a trouvé à Moscou un allié. »', 'Pyongyang a trouvé', /Lavrov/u],
    ['par la voix de: the one a state speaks through', 'La Russie, par la voix de son porte-parole Dmitri Peskov, a appelé « toutes les parties » à la retenue.', 'toutes les parties', /^Dmitri Peskov$/u, 'marker:voice'],
    ['lâcher in an inversion', 'Dmitri Peskov a parlé mardi. « On dit aux ouvriers que leurs obus défendent la patrie », lâche-t-il en se levant.', 'On dit', /^Dmitri Peskov$/u, 'rule:pronoun'],
    ['trancher before a colon', 'Le sommet a eu lieu. La porte-parole, Maria Zakharova, a tranché : « Les accusations sont absurdes. »', 'Les accusations', /Zakharova/u],
    ['a common noun no lexicon lists, then a name of two words', 'Le voyagiste Vostok Intour, basé à Vladivostok, assure que ses clients « viennent pour la mer ».', 'viennent', /^Vostok Intour$/u],
    ['an adverbial phrase between auxiliary and participle', 'Dmitri Peskov a par ailleurs averti que « toute manœuvre entraînerait une riposte ».', 'toute manœuvre', /^Dmitri Peskov$/u],
    ['the actor of strikes is not the agent of a finding', 'Sergueï Lavrov a qualifié les frappes menées par l’Ukraine d’« intervention directe ».', 'intervention', /^Sergueï Lavrov$/u],
    ['an entity deep in what a text cites is not the one cited', '« Nous condamnons ces transferts », indique le texte, qui cite nommément l’utilisation de ces missiles contre l’Ukraine.', 'Nous condamnons', /texte/u],
    // A capitalised preposition opening the sentence is no name.
    ['Avec at the start of a sentence is not a speaker', 'Avec un stock estimé à quelques centaines d’unités, « la Russie ne tiendra pas », a déclaré Sergueï Lavrov.', 'la Russie', /^Sergueï Lavrov$/u],
    // A role phrase followed by ", Name," is the Name, for the pronoun that continues it too.
    ['selon a role, then the name in apposition', 'Selon le conseiller diplomatique du Kremlin, Ivan Petrov, les discussions ont été franches. « Nous avons tout abordé », a-t-il ajouté.', 'Nous avons', /^Ivan Petrov$/u, 'rule:pronoun'],
    ['a title before the name in apposition', 'Le conseiller diplomatique du Kremlin, M. Petrov, a indiqué que le traité était prêt. « Il s’agit d’un accord défensif », a-t-il ajouté.', 'Il s’agit', /^Petrov$/u, 'rule:pronoun'],
    ['selon, then the subject of the next clause: not an apposition', 'Selon le porte-parole du Kremlin, Vladimir Poutine bâtit un « partenariat » solide avec Pyongyang.', 'partenariat', /porte-parole du Kremlin/u],
    // A participial phrase before the subject names no speaker, whatever state it mentions.
    ['questionné …, the role and the name in apposition', 'Questionné jeudi sur d’éventuelles livraisons d’armes à la Corée du Nord, le porte-parole du Kremlin, Dmitri Peskov, a évoqué « le droit souverain » de Moscou.', 'le droit', /^Dmitri Peskov$/u],
    ['commentant …, a person outside the base', 'Commentant le rapport de l’ONU, la porte-parole de la diplomatie russe, Maria Zakharova, a dénoncé « une campagne de désinformation ».', 'une campagne', /^Maria Zakharova$/u],
    // An agency is the medium; the person it cites speaks.
    ['selon an agency, qui cite a person', 'Selon l’agence KCNA, qui cite un responsable, Kim Jong Gyu, « les manœuvres sont une provocation ».', 'les manœuvres', /^Kim Jong Gyu$/u, 'rule:citing'],
    ['an agency that cites a person in a clause of its own', 'L’agence KCNA cite un responsable, Kim Jong Gyu : « Les manœuvres sont une provocation ».', 'Les manœuvres', /^Kim Jong Gyu$/u, 'rule:citing'],
    ['cité par an agency: the pronoun after it is the person', '« La coopération continuera », a déclaré Kim Jong Gyu, cité par l’agence officielle KCNA. « Nous ne céderons pas », a-t-il ajouté.', 'Nous ne', /^Kim Jong Gyu$/u, 'rule:pronoun'],
    ['a verb before the quotation wins over selon after it', 'Kim Jong Gyu a qualifié les manœuvres de « provocation », selon l’agence officielle KCNA, qui cite également un haut responsable militaire.', 'provocation', /^Kim Jong Gyu$/u],
    ['an agency citing a statement still speaks itself', 'L’agence KCNA cite un communiqué du ministère : « Les manœuvres sont une provocation ».', 'Les manœuvres', /KCNA/u],
    ['cité par an agency with nobody else named: the agency', 'Le sommet a eu lieu mardi. « La Corée du Nord est un allié fidèle », cité par l’agence KCNA.', 'La Corée', /KCNA/u],
    // "ils" after the authors of a joint statement.
    ['ils in the same sentence as the states that spoke', 'Dans un communiqué commun, Séoul, Washington et Tokyo ont condamné ces transferts, qu’ils qualifient de « dangereux ».', 'dangereux', /^Séoul, Washington et Tokyo$/u, 'rule:pronoun'],
    ['ils: the states that spoke last, over experts who spoke before', 'Les experts de l’ONU ont affirmé que des missiles avaient été livrés. Dans un communiqué commun, Séoul, Washington et Tokyo ont condamné ces transferts. Ils qualifient de « dangereux » ce rapprochement.', 'dangereux', /^Séoul, Washington et Tokyo$/u, 'rule:pronoun'],
    ['ils: states that only met do not take the words of experts who spoke', 'Les experts de l’ONU ont affirmé que des missiles avaient été livrés. Séoul, Washington et Tokyo ont tenu une réunion. « Ces livraisons sont avérées », ont-ils ajouté.', 'Ces livraisons', /experts de l’ONU/u, 'rule:pronoun'],
  ];
  for (const [name, text, prefix, label, how] of table) {
    it(name, () => {
      const sp = speakerOf(analyseDocument(text, describedCtx), text, prefix);
      assert.ok(sp, 'no speaker');
      assert.match(sp.label ?? '', label);
      if (how) assert.equal(sp.how, how);
    });
  }

  it('a state that commits troops or a person who plans something reports nothing', () => {
    for (const text of ['La Russie engage des troupes nord-coréennes « sans délai » sur le front.', 'Le dirigeant prévoit une visite « très prochainement » à Moscou.']) {
      assert.equal(analyseDocument(text, describedCtx).quotes[0]?.speaker, undefined, text);
    }
  });

  it('someone unnamed, an indefinite noun no lexicon lists, is a witness: vague', () => {
    for (const text of ['« Ils visent les centrales », lâche un voisin d’Olena.', '« Ils ne reculent pas », assure une infirmière ukrainienne.']) {
      const a = analyseDocument(text, describedCtx);
      assert.equal(a.quotes[0]?.speaker?.how, 'vague:witnesses', text);
      assert.deepEqual(codes(a), ['vague-attribution'], text);
    }
  });

  it('a noun phrase whose clause has its own subject is no witness', () => {
    const text = 'Un vide que les chercheurs de l’Institut disent vouloir combler, « faute de mieux ».';
    assert.notEqual(analyseDocument(text, describedCtx).quotes[0]?.speaker?.how, 'vague:witnesses');
  });

  it('an interview: the answers are the interviewee’s, the questions assert nothing, the journalist is not the source', () => {
    const text = [
      'Moscou et Pyongyang : l’entretien',
      '',
      'La coopération militaire s’intensifie. Hélène Castaing, sinologue à l’Institut d’études de défense, décrypte cette alliance.',
      '',
      'Propos recueillis par Marc Dupont',
      '',
      'Pourquoi Pyongyang livre-t-il des obus à la Russie ?',
      '',
      'Parce que le régime a besoin de pétrole. Je pense que Moscou a déjà livré des millions de barils à Pyongyang.',
      '',
      'Que reçoit la Corée du Nord en échange ?',
      '',
      'Des technologies spatiales. La Russie a transféré des missiles à Pyongyang, c’est certain.',
    ].join('\n');
    const a = analyseDocument(text, describedCtx);
    assert.deepEqual(a.findings.map((f) => f.code), []);
    const answers = a.claims.filter((c) => c.source?.how === 'rule:interview-answer');
    assert.ok(answers.length >= 2, JSON.stringify(a.claims));
    assert.ok(answers.every((c) => /Castaing/u.test(c.source?.label ?? '')));
  });

  for (const [name, intro] of [
    ['a role opening the introduction', 'Ancienne analyste au ministère des Armées (DGRIS), Claire Vautrin décrypte cette alliance.'],
    ['a role after the copula', 'Depuis dix ans, Claire Vautrin est chercheuse au Centre d’études de défense, à Bruxelles.'],
    ['her age, then her role, in apposition', 'Claire Vautrin, 44 ans, ancienne soudeuse, a travaillé six ans à Nakhodka avant de fuir.'],
  ] as const) {
    it(`an interview whose interviewee is introduced by ${name}: her answers, and the quotation that heads it`, () => {
      const text = [
        '« Moscou paie Pyongyang en technologie »',
        '',
        intro,
        '',
        'Recueilli par Marc Dupont',
        '',
        'Pourquoi Pyongyang livre-t-il des obus à la Russie ?',
        '',
        'Parce que le régime a besoin de pétrole. Moscou a déjà livré des millions de barils à Pyongyang.',
        '',
        'Que reçoit la Corée du Nord en échange ?',
        '',
        'Des technologies spatiales. La Russie a transféré des missiles à Pyongyang, c’est certain.',
      ].join('\n');
      const a = analyseDocument(text, describedCtx);
      assert.deepEqual(a.findings.map((f) => f.code), []);
      assert.match(a.quotes[0]?.speaker?.label ?? '', /Vautrin/u);
      assert.ok(a.claims.filter((c) => c.source?.how === 'rule:interview-answer').every((c) => /Vautrin/u.test(c.source?.label ?? '')));
    });
  }

  it('an interview whose interviewee the introduction names with a title the rules do not read, and whose questions open on a statement', () => {
    const text = [
      '« Pour Moscou, la marine nord-coréenne reste un partenaire mineur »',
      '',
      'Ancien attaché naval à Séoul, le capitaine de vaisseau (ER) Yves Kerdraon a publié cette année un livre.',
      '',
      'Propos recueillis par Loïc Tanguy',
      '',
      'La flotte russe a multiplié les manœuvres cet été. Que faut-il y voir ?',
      '',
      'C’est d’abord un message. En juillet, la Russie a livré 40 missiles à la Corée du Nord.',
      '',
      'Pourquoi ?',
      '',
      'Parce que Moscou a besoin des obus de Pyongyang. La Corée du Nord a livré des millions d’obus à la Russie.',
      '',
      'Et la technologie ? La Russie aiderait Pyongyang.',
      '',
      'C’est le vrai sujet. La Russie a transmis des radars à la Corée du Nord.',
      '',
      'Que peuvent faire les garde-côtes ?',
      '',
      'Pas grand-chose. La Russie a livré 40 missiles à la Corée du Nord.',
    ].join('\n');
    const a = analyseDocument(text, describedCtx);
    assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-claim' || f.code === 'unattributed-quote').map((f) => text.slice(f.start, f.end)), []);
    assert.match(a.quotes[0]?.speaker?.label ?? '', /Yves Kerdraon/u);
  });

  it('an interview whose questions open on a statement put to the interviewee', () => {
    const text = [
      'Claire Vautrin : « Moscou paie Pyongyang en technologie »',
      '',
      'Ancienne analyste au ministère des Armées, Claire Vautrin rentre de Séoul.',
      '',
      'Propos recueillis par Marc Dupont',
      '',
      'Vous revenez de Séoul. Qu’êtes-vous allée y chercher ?',
      '',
      'Des obus, parce que nos stocks fondent. Nos services de renseignement l’ont établi : la Russie a transféré des missiles à Pyongyang.',
      '',
      'Séoul répète qu’il ne livrera pas d’armes létales. Est-ce une fin de non-recevoir pour vous ?',
      '',
      'Beaucoup, car la doctrine change. Au total, la Corée du Nord a engagé plus de 14 000 soldats en Russie.',
    ].join('\n');
    const a = analyseDocument(text, describedCtx);
    assert.deepEqual(a.findings.map((f) => f.code), []);
    // "Nos services de renseignement l'ont établi": her own side's services, no generic source; the soldiers' count is hers.
    const answers = a.claims.filter((c) => c.source?.how === 'rule:interview-answer');
    assert.ok(answers.length >= 1 && answers.every((c) => /Vautrin/u.test(c.source?.label ?? '')), JSON.stringify(a.claims));
  });

  it('a heading after the last answer opens the paper’s own box, not an answer', () => {
    const text = [
      '« Moscou paie Pyongyang en technologie »',
      '',
      'Ancienne analyste au ministère des Armées, Claire Vautrin décrypte cette alliance.',
      '',
      'Pourquoi Pyongyang livre-t-il des obus à la Russie ?',
      '',
      'Parce que le régime a besoin de pétrole. Moscou a déjà livré des millions de barils à Pyongyang.',
      '',
      'Que reçoit la Corée du Nord en échange ?',
      '',
      'Des technologies spatiales. La Russie a transféré des missiles à Pyongyang, c’est certain.',
      '',
      'Repères',
      '',
      'Octobre 2023 : premières livraisons d’obus nord-coréens à la Russie.',
    ].join('\n');
    const a = analyseDocument(text, describedCtx);
    const box = a.claims.find((c) => text.slice(c.start, c.end).startsWith('Octobre 2023'));
    assert.ok(box && box.status === 'unattributed', JSON.stringify(box));
    assert.ok(a.claims.filter((c) => c.source?.how === 'rule:interview-answer').length >= 2);
  });

  it('"on" in a relative clause that names a thing or talks of it reports nothing', () => {
    for (const text of ['Le sommet a eu lieu mardi. C’est un sujet dont on parle peu à Moscou.', 'Le sommet a eu lieu mardi. Ces unités d’élite, que l’on appelle aussi Storm Corps, ont rejoint la Russie.']) {
      const a = analyseDocument(text, describedCtx);
      assert.ok(!a.findings.some((f) => f.code === 'vague-attribution'), text);
    }
  });

  it('no interview without questions followed by answers', () => {
    const text = 'Hélène Castaing, sinologue à l’Institut d’études de défense, était à Séoul mardi.\n\nLa Russie a transféré des missiles à Pyongyang.';
    assert.deepEqual(analyseDocument(text, describedCtx).findings.map((f) => f.code), ['unattributed-claim']);
  });

  it('without descriptions, a role with a state stays the role phrase', () => {
    const text = 'Vladimir Poutine a reçu Kim Jong Un au Kremlin mardi. Le dirigeant russe a assuré que « la coopération est légitime ».';
    const a = analyseDocument(text, describedCtx);
    const plain = analyseAttributionOrThrow({ text, sentences: a.sentences, mentions: a.mentions, lexicons: data.lexicons });
    assert.match(plain.quotes[0]?.speaker?.label ?? '', /^Le dirigeant russe$/u);
  });

  it('a quoted section title continues no one', () => {
    const text = '« Nous ne livrons rien », a déclaré Dmitri Peskov.\n\n« Une école de guerre » pour Pyongyang\n\nLe sommet a eu lieu mardi.';
    const a = analyseDocument(text, describedCtx);
    assert.equal(speakerOf(a, text, 'Une école'), undefined);
    const own = '« Nous ne livrons rien », a déclaré Dmitri Peskov.\n\n“Une ligne rouge franchie depuis longtemps”\n\nLe sommet a eu lieu mardi.';
    assert.equal(speakerOf(analyseDocument(own, describedCtx), own, 'Une ligne'), undefined);
  });

  it('a term in quotation marks does not inherit the speaker of the sentence before', () => {
    const text = '« Nous ne livrons rien », a déclaré Dmitri Peskov. Les convois, surnommés « autoroute du Nord », traversent la frontière.';
    const a = analyseDocument(text, describedCtx);
    assert.equal(speakerOf(a, text, 'autoroute'), undefined);
  });

  it('a quotation a determiner introduces is a term: it inherits no speaker', () => {
    const text = '« Nous ne livrons rien », a déclaré Dmitri Peskov. Depuis la signature d’un « traité de partenariat stratégique global », les deux pays affichent leur alliance.';
    const a = analyseDocument(text, describedCtx);
    assert.equal(speakerOf(a, text, 'traité'), undefined);
  });

  it('these attributed sentences raise no diagnostic', () => {
    for (const [, text] of table) assert.deepEqual(codes(analyseDocument(text, describedCtx)).filter((c) => c !== 'unattributed-quote'), [], text);
  });
});

describe('claims and findings', () => {
  const table: [string, string, string[]][] = [
    ['a delivery with no source', 'La Corée du Nord a livré plus de 1 000 conteneurs de munitions à la Russie.', ['unattributed-claim']],
    ['a casualty figure with no source', 'Les frappes de la nuit ont fait 30 morts et des centaines de blessés.', ['unattributed-claim']],
    ['a violation with no source', 'Ces transferts violent les résolutions du Conseil de sécurité.', ['unattributed-claim']],
    ['an intention with no source', 'Pyongyang cherche à obtenir des technologies de missiles russes.', ['unattributed-claim']],
    ['an evidential verb: a named body examined the debris of 60 missiles', 'À Kiev, les enquêteurs du Pentagone ont examiné les débris de plus de 60 missiles nord-coréens tirés depuis décembre.', []],
    ['observer with a noun object: the body observed the convoys', 'Le Pentagone a également observé par satellite des convois de plus en plus fréquents vers la Russie.', []],
    ['selon les statistiques of a named body', 'Le sommet a eu lieu mardi. Selon les statistiques des gardes-frontières russes, plus de 13 000 Nord-Coréens sont entrés en Russie en 2024.', []],
    ['les services of a named state suspect a transfer', 'Le sommet a eu lieu mardi. Les services sud-coréens soupçonnent en outre un transfert de savoir-faire pour les sous-marins.', []],
    ['diffuser with a noun object: the body that released the photos is their source', 'Le Pentagone a diffusé dans la foulée des photos des deux prisonniers, l’un blessé à la mâchoire.', []],
    ['découvrir conjugated: a body discovered components', 'Le Pentagone a découvert des composants américains dans les débris de 20 missiles.', []],
    ['trouver un client is no report: the claim stays unsourced', 'La Corée du Nord a trouvé en Russie un client pour 3 millions d’obus.', ['unattributed-claim']],
    ['a claim attributed by selon', 'Selon le Pentagone, la Russie a tiré des missiles nord-coréens sur Kharkiv.', []],
    ['a claim attributed by d’après', 'D’après l’ONU, Pyongyang a livré des munitions à Moscou.', []],
    ['a claim attributed by a reporting verb later in the sentence', 'La Corée du Nord a livré des missiles à la Russie, a affirmé le ministre.', []],
    ['a claim attributed by an inverted verb', 'La Corée du Nord a livré des missiles à la Russie, affirment-ils.', []],
    ['selon laquelle introduces no source', 'Moscou rejette l’affirmation selon laquelle la Corée du Nord lui a livré des obus.', []],
    ['a negated report still anchors the claim to a named actor', 'Le Kremlin n’a pas confirmé que Pyongyang avait livré des missiles.', []],
    ['the journalistic conditional continues the sentence before', 'Selon le renseignement sud-coréen, Pyongyang a envoyé des soldats en Russie. Ces troupes auraient été déployées près de Koursk.', []],
    ['the conditional does not continue a sentence that asserted nothing', 'Le sommet a eu lieu mardi.\n\nL’ambassadeur Kim Song a dénoncé une campagne de calomnies. Quelque 3 000 soldats nord-coréens auraient rejoint la ligne de front.', ['unattributed-claim']],
    ['the conditional alone is no source', 'Le sommet a eu lieu mardi.\n\nLa Corée du Nord aurait livré des missiles à la Russie.', ['unattributed-claim']],
    ['selon some people no lexicon knows is vague', 'Le sommet a eu lieu mardi. Selon plusieurs délégués, la délégation russe a quitté la salle pendant le vote.', ['vague-attribution']],
    ['selon people located in a state is vague, the state no source', 'Le sommet a eu lieu mardi. Selon des courtiers basés à Singapour, les primes des assureurs ont triplé depuis 2023.', ['vague-attribution']],
    ['unnamed people relayed by a named medium stay vague', 'Le sommet a eu lieu mardi. Des courtiers maritimes interrogés par le quotidien Hankook Ilbo affirment que les primes ont triplé depuis 2023.', ['vague-attribution']],
    ['a reflexive participle set off by commas keeps the generic subject', 'Le sommet a eu lieu mardi. Des responsables du ministère, s’exprimant à titre personnel, redoutent que la Russie ne livre des sous-marins à Pyongyang.', ['vague-attribution']],
    ['a reflexive participle set off by commas keeps the named subject', 'Le sommet a eu lieu mardi. Le ministre japonais de la Défense, s’exprimant devant la Diète, a affirmé que la Russie livrait des missiles à Pyongyang.', []],
    ['dresser un tableau: the named subject reports what the picture holds', 'Le sommet a eu lieu mardi. Le général Thierry Vasseur a dressé un tableau sombre des livraisons de missiles de Pyongyang à la Russie.', []],
    ['dresser with another object reports nothing', 'Le sommet a eu lieu mardi. Le général Thierry Vasseur a dressé une tente près des missiles livrés par Pyongyang à la Russie.', ['unattributed-claim']],
    ['impossible to check de source indépendante names no source', 'Le sommet a eu lieu mardi. La Russie aurait livré 300 missiles à Pyongyang, un chiffre invérifiable de source indépendante.', ['unattributed-claim']],
    ['de source militaire is still a vague source', 'Le sommet a eu lieu mardi. La Russie aurait livré 300 missiles à Pyongyang, a-t-on appris de source militaire.', ['vague-attribution']],
    ['c’est ce qu’affirme X after a claim: the claim is X’s', 'Le sommet a eu lieu mardi. Pyongyang a livré 300 missiles à Moscou. C’est en tout cas ce qu’affirme le Pentagone.', []],
    ['c’est ce qu’assure a generic source after a claim: the claim is vague', 'Le sommet a eu lieu mardi. Pyongyang a livré 300 missiles à Moscou. C’est ce qu’assure une source militaire.', ['vague-attribution', 'vague-attribution']],
    ['voilà ce que disent X with the subject first', 'Le sommet a eu lieu mardi. Pyongyang a livré 300 missiles à Moscou. C’est ce que le Pentagone affirme.', []],
    ['c’est ce qui inquiète X points back at nothing said', 'Le sommet a eu lieu mardi. Pyongyang a livré 300 missiles à Moscou. C’est ce qui inquiète le Pentagone.', ['unattributed-claim']],
    ['a pointing-back sentence in the next paragraph does not source this one', 'Le sommet a eu lieu mardi. Pyongyang a livré 300 missiles à Moscou.\n\nC’est ce qu’affirme le Pentagone depuis des mois.', ['unattributed-claim']],
    ['an anonymity phrase after a person noun: someone unnamed', 'Le sommet a eu lieu mardi. Un retraité, qui refuse de donner son nom, accuse Moscou d’avoir livré des missiles à Pyongyang.', ['vague-attribution']],
    ['demander à ne pas être nommé: someone unnamed', 'Le sommet a eu lieu mardi. Un ouvrier, qui a demandé à ne pas être nommé, affirme que l’usine livre des obus à la Russie.', ['vague-attribution']],
    ['prêter une intention with "on": vague', 'Le sommet a eu lieu mardi. On prête à Pyongyang l’intention de livrer des missiles à la Russie.', ['vague-attribution']],
    ['prêter une intention with a named subject: attributed', 'Le sommet a eu lieu mardi. Washington prête à Moscou l’intention de livrer des missiles à Pyongyang.', []],
    ['prêter serment reports nothing', 'Le sommet a eu lieu mardi. Le général a prêté serment avant de livrer des missiles à Pyongyang.', ['unattributed-claim']],
    ['generic people of a body named only by what it is: the body named before', 'Le sommet a eu lieu mardi. Le Pentagone a publié une note. Les analystes de l’agence estiment que la Russie a livré 300 missiles à Pyongyang.', []],
    ['some officials of a body named before stay generic', 'Le sommet a eu lieu mardi. Le Pentagone a publié une note. Des responsables de l’agence estiment que la Russie a livré 300 missiles à Pyongyang.', ['vague-attribution']],
    ['an incise after a clause whose verb follows a clitic', 'Le sommet a eu lieu mardi. Les usines y produisent 300 missiles pour la Russie, affirme un transfuge arrivé à Séoul l’an dernier.', ['vague-attribution']],
    ['selon l’acte d’accusation of a trial: the indictment is a source', 'Le sommet a eu lieu mardi. Le procès s’est ouvert mercredi à Séoul. Selon l’acte d’accusation, les prévenus auraient livré des machines à Pyongyang.', []],
    ['placer sous sanctions: the named subject’s official act', 'Le sommet a eu lieu mardi. Le Pentagone a placé sous sanctions trois banques russes accusées d’avoir payé des missiles à Pyongyang.', []],
    ['inscrire sur la liste noire: the named subject’s official act', 'Le sommet a eu lieu mardi. Le Pentagone a inscrit lundi 74 navires sur sa liste noire pour avoir livré des missiles à Pyongyang.', []],
    ['an indirect question after a negated verb of saying: still the named speaker’s', 'Le sommet a eu lieu mardi. Sergueï Lavrov n’a pas précisé quels missiles auraient été livrés à Pyongyang.', []],
    ['comme l’a + participle + a named subject sources the sentence', 'Le sommet a eu lieu mardi. Comme l’a souligné Sergueï Lavrov, la Russie a livré des missiles à Pyongyang.', []],
    ['ainsi que l’a + participle + a named subject sources the sentence', 'Le sommet a eu lieu mardi. Ainsi que l’a reconnu le Kremlin, la Russie a livré des missiles à Pyongyang.', []],
    ['comme le + present + a named subject closing the sentence', 'Le sommet a eu lieu mardi. La Russie a livré des missiles à Pyongyang, comme le souligne le rapport du Pentagone.', []],
    ['comme l’ont + participle + a generic subject is vague', 'Le sommet a eu lieu mardi. Comme l’ont rappelé des experts, la Russie a livré des missiles à Pyongyang.', ['vague-attribution']],
    ['comme le veut la tradition reports nothing', 'Le sommet a eu lieu mardi. Comme le veut la tradition, la Russie a livré des missiles à Pyongyang.', ['unattributed-claim']],
    ['a marker ending in "de" elided before a vowel: de l’aveu même d’un responsable', 'Le sommet a eu lieu mardi. De l’aveu même d’un responsable américain, Moscou a livré des missiles à Pyongyang.', ['vague-attribution']],
    ['a marker ending in "de" elided before a named person', 'Le sommet a eu lieu mardi. Selon les propos d’Antony Blinken, Moscou a livré des missiles à Pyongyang.', []],
    ['a generic subject whose words the sentence quotes is a vague source', 'Le sommet a eu lieu mardi. Des commentateurs invoquent la « dette historique » de Moscou envers Pyongyang.', ['vague-attribution']],
    ['an outlet’s columnist, by a possessive, is a named source', 'Le sommet a eu lieu mardi. Le quotidien Hankook Sinmun appelle au calme. Son éditorialiste rappelle que Moscou a déjà livré des missiles à Pyongyang.', []],
    ['a columnist of no named outlet is someone unnamed', 'Le sommet a eu lieu mardi. Un chroniqueur rappelle que Moscou a déjà livré des missiles à Pyongyang.', ['vague-attribution']],
    ['a permanent member of the Security Council is a state, not someone unnamed', 'Le sommet a eu lieu mardi. Désormais, un membre permanent du Conseil de sécurité livre des missiles à Pyongyang.', ['unattributed-claim']],
    ['the press of a country is no portrait of the only person named', 'Claire Vautrin épluche les images chaque matin. Selon la presse japonaise, des engrais biélorusses auraient transité par la Russie avant d’être livrés à Pyongyang.', ['vague-attribution']],
    ['the noun "titre" is no verb of headlines: the figure stays unsourced, its subject no generic source', 'Le sommet a eu lieu mardi. Des dizaines de soldats ont reçu à titre posthume le titre de héros de la République.', ['unattributed-claim']],
    ['comme me le disait + a generic subject before a colon and a quotation', 'Le sommet a eu lieu mardi. Comme me le disait récemment un ancien collègue japonais : « On ne surveille plus les navires, on devine leurs cargaisons. »', ['vague-attribution']],
    ['media close to a named body are still generic', 'Le sommet a eu lieu mardi. Des médias proches du Kremlin affirment que des officiers nord-coréens ont été aperçus à Koursk.', ['vague-attribution']],
    ['selon someone, then a relative clause that keeps him anonymous: vague', 'Le sommet a eu lieu mardi. Selon l’un de ses membres, qui s’exprimait sous couvert d’anonymat, deux autres lots d’obus ont été livrés à Moscou.', ['vague-attribution']],
    ['selon someone named, then a relative clause that does not: attributed', 'Le sommet a eu lieu mardi. Selon Sergueï Lavrov, qui parlait à Pyongyang, deux autres lots d’obus ont été livrés à Moscou.', []],
    ['an age is no date in someone unnamed', 'Le sommet a eu lieu mardi. Un artilleur de 23 ans originaire de Lviv assure que Pyongyang a livré des obus défectueux.', ['vague-attribution']],
    ['a place phrase opens the sentence before someone unnamed', 'Le sommet a eu lieu mardi. Un peu plus loin, un artilleur, qui préfère taire son nom, assure que Pyongyang a livré des obus défectueux.', ['vague-attribution']],
    ['the agent after the participle’s complement is the source', 'Obus contre pétrole : Moscou et Pyongyang accusés d’un vaste trafic d’obus par le Pentagone\n\nLe rapport est paru jeudi.', []],
    ['the subject of a relative clause evaluates the figure', 'Le sommet a eu lieu mardi. Le pétrole ne suffit pas à solder une facture que le Pentagone évalue à plusieurs milliards de dollars.', []],
    ['a comparison with an expletive "ne" reports nobody', 'Le sommet a eu lieu mardi. Les livraisons sont moins nombreuses qu’on ne le croit.', []],
    ['a report published by a named body is its source, the accent telling the participle', 'Le sommet a eu lieu mardi. Selon un rapport publié jeudi par le Pentagone, les débris contiennent des composants américains.', []],
    ['officials cited anonymously by a medium stay vague', 'Le sommet a eu lieu mardi. Des responsables américains cités anonymement par le quotidien Hankook Ilbo évoquent un renfort de 3 000 soldats.', ['vague-attribution']],
    ['a plural thing is nobody, whatever its singular’s ending', 'Le sommet a eu lieu mardi. Plusieurs éléments montrent que Pyongyang a livré des obus de meilleure qualité.', ['unattributed-claim']],
    ['"finir par" carries the report of the infinitive', 'Le sommet a eu lieu mardi. Un changeur d’une cinquantaine d’années finit par lâcher qu’il a vu passer des soldats nord-coréens.', ['vague-attribution']],
    ['a report of a named body opening the sentence is its source', 'Le sommet a eu lieu mardi. Dans un rapport du Pentagone, la Corée du Nord est accusée d’avoir livré 20 000 conteneurs à la Russie.', []],
    ['a note of generic services opening the sentence is vague', 'Le sommet a eu lieu mardi. Dans une note de plusieurs services de renseignement, la Russie est accusée d’avoir livré du pétrole au-delà du plafond.', ['vague-attribution']],
    ['"dans" before a time or a place names no source', 'Le sommet a eu lieu mardi. Dans la nuit de mardi, la Corée du Nord a livré 20 000 conteneurs à la Russie.', ['unattributed-claim']],
    ['a report of no named author opening the sentence names no source', 'Le sommet a eu lieu mardi. Dans le rapport de la semaine dernière, la Corée du Nord est accusée d’avoir livré 20 000 conteneurs à la Russie.', ['unattributed-claim']],
    ['des experts', 'Des experts estiment que Pyongyang a livré des obus à la Russie.', ['vague-attribution']],
    ['experts of a named body are a source', 'Des experts de l’ONU estiment que Pyongyang a livré des obus à la Russie.', []],
    ['des analystes', 'Selon des analystes, les obus nord-coréens représentent la moitié des tirs russes.', ['vague-attribution']],
    ['les médias occidentaux', 'Les médias occidentaux affirment que des missiles ont été livrés à Moscou.', ['vague-attribution']],
    ['il semblerait', 'Il semblerait que la Corée du Nord ait livré des missiles à la Russie.', ['vague-attribution']],
    ['de source', 'De source militaire, on assure que des obus ont été livrés.', ['vague-attribution']],
    ['selon des informations de presse', 'Selon des informations de presse, des soldats nord-coréens ont été envoyés en Russie.', ['vague-attribution']],
    ['anonymity makes a named state’s official vague', 'Des obus ont été livrés, a affirmé un responsable américain sous couvert d’anonymat.', ['vague-attribution']],
    ['the officials of a named state are a source', 'Des obus ont été livrés, ont affirmé les responsables sud-coréens.', []],
    // Indefinite officials are some among many, whatever body employs them: unnamed people.
    ['some officials of a named state are vague', 'Des obus ont été livrés, ont affirmé des responsables sud-coréens.', ['vague-attribution']],
    ['an officer of a named state is vague', '« Ils apprennent vite », a confié un officier ukrainien déployé dans la région.', ['vague-attribution']],
    ['a government official of a named state is vague', 'Selon un responsable gouvernemental sud-coréen, les deux dirigeants ont évoqué l’envoi de soldats.', ['vague-attribution']],
    ['some officials of a named body are unnamed people', 'Des obus ont été livrés, ont affirmé des responsables du Pentagone.', ['vague-attribution']],
    ['some officials of a named body relayed by media are unnamed people', 'Le sommet a eu lieu mardi. Des responsables du Pentagone, cités par plusieurs médias, estiment que 3 000 soldats nord-coréens ont rejoint le front.', ['vague-attribution']],
    ['the officials of a named body are its voice', 'Le sommet a eu lieu mardi. Les responsables du Pentagone estiment que 3 000 soldats nord-coréens ont rejoint le front.', []],
    ['selon eux inside a clause: the sentence’s generic subject, not the words after the pronoun', 'Le sommet a eu lieu mardi. Des blogueurs militaires russes évoquent des pertes considérables, dues selon eux à l’inexpérience des Nord-Coréens.', ['vague-attribution']],
    ['one official of a named body is an anonymous source', 'Des obus ont été livrés, a ironisé un haut responsable du Pentagone.', ['vague-attribution']],
    ['one official of a named ministry after selon is an anonymous source', 'Selon un responsable du ministère russe de la Défense, des obus ont été livrés à Moscou.', ['vague-attribution']],
    // A promise, an oath, a proposal: its content, an infinitive after "de" (or "à" for s'engager), is the subject's.
    ['promettre de + infinitive', 'Le sommet a eu lieu mardi. Vladimir Poutine a promis d’aider la Corée du Nord à construire des satellites militaires.', []],
    ['s’engager à + infinitive', 'Le sommet a eu lieu mardi. Sergueï Choïgou s’est engagé à fournir des missiles à Pyongyang.', []],
    ['promettre with a noun object reports nothing', 'Le sommet a eu lieu mardi. Pyongyang a promis des obus à Moscou en échange de pétrole.', ['unattributed-claim']],
    // With two people named before, a description after a quotation still picks out no one.
    ['two people named, then a description after a quotation', 'Le sommet a eu lieu mardi. Ingrid Solheim et Paul Martin ont quitté l’ONU. Chaque point est un pétrolier. Trois écrans affichent des navires. « Des navires livrent du pétrole à Nampo chaque semaine », lance l’ancienne enquêtrice.', ['vague-attribution']],
    // Before the verb, a superlative alone is no person: the subject is the generic incise.
    ['le plus probable is no speaker', 'Le sommet a eu lieu mardi. Le plus probable, estiment des experts, est que Moscou a payé les obus en pétrole.', ['vague-attribution']],
    ['a named actor who does not confirm is no source of what a generic source reports', 'Le sommet a eu lieu mardi. La presse japonaise a fait état de l’envoi d’ouvriers nord-coréens, une information que Moscou n’a jamais confirmée.', ['vague-attribution']],
    // The diplomate's own quoted words make the first sentence his too; the second takes him up, still generic.
    ['le diplomate right after un diplomate européen: the same generic source', 'Le sommet a eu lieu mardi. Le porte-parole chinois, Lin Jian, a évoqué « une affaire bilatérale ». Un diplomate européen en poste à Pékin y lit « une irritation qu’on ne dit pas ». Le diplomate note que les exportations chinoises de carburant ont reculé depuis l’arrivée du pétrole russe.', ['vague-attribution', 'vague-attribution']],
    ['a pronoun after a quotation’s first sentence still refers to the generic source before it', 'Le sommet a eu lieu mardi. Un député, qui a requis l’anonymat, m’a résumé la crainte générale. « Pyongyang n’a jamais su miniaturiser un réacteur. Si ce sous-marin existe, quelqu’un l’a aidé », m’a-t-il dit.', ['vague-attribution', 'vague-attribution']],
    ['a document a medium only consulted is vague', 'Le sommet a eu lieu mardi. D’après un document consulté par l’ONU, chaque batterie nord-coréenne est flanquée d’un officier russe.', ['vague-attribution']],
    ['a vague view opening the sentence frames the document that follows', 'Le sommet a eu lieu mardi. Pour de nombreux observateurs, ce rapport confirme que la Russie a livré des missiles à Pyongyang.', ['vague-attribution']],
    ['what the outlet itself consulted is its own finding', 'Le sommet a eu lieu mardi. D’après les registres que nous avons consultés, la Corée du Nord a livré 200 obusiers.', []],
    ['experts the outlet interviewed stay vague', 'Le sommet a eu lieu mardi. Selon des experts que nous avons interrogés, la Corée du Nord a livré 200 obusiers.', ['vague-attribution']],
    ['évaluer … à: the subject counted', 'Le sommet a eu lieu mardi. Le ministère de la Défense évalue leur contenu à plus de 8 millions d’obus.', []],
    ['reconstituer: the outlet that retraced it', 'Le sommet a eu lieu mardi. Le journal a reconstitué le trajet des 11 000 soldats envoyés en Russie.', []],
    ['évaluer by a generic subject is vague', 'Le sommet a eu lieu mardi. Des experts évaluent à 5 000 le nombre de conteneurs livrés.', ['vague-attribution']],
    ['a report of counted states names its authors', 'Le sommet a eu lieu mardi. Un rapport cosigné par onze pays affirme que la Russie a reçu des missiles nord-coréens.', []],
    ['a report of counted states, with de', 'Le sommet a eu lieu mardi. Un rapport de 11 pays estime que Pyongyang a livré des obus.', []],
    ['an unsigned report stays vague', 'Le sommet a eu lieu mardi. Un rapport confidentiel affirme que Pyongyang a livré des obus.', ['vague-attribution']],
    ['a document nobody is named for is vague', 'Le sommet a eu lieu mardi. Des pétroliers chargés en Russie accostent à Nampo, selon des images satellites analysées par des chercheurs.', ['vague-attribution']],
    ['a document whose author is named further on is a source', 'Le sommet a eu lieu mardi. La Corée du Nord a expédié 64 000 conteneurs vers la Russie, affirme un rapport publié mercredi par le Pentagone.', []],
    ['unnamed organisations are vague', 'Le sommet a eu lieu mardi. Ces ouvriers rapportent des centaines de millions de dollars au régime, estiment des organisations de défense des droits humains.', ['vague-attribution']],
    ['estimates of no named body are vague', 'Le sommet a eu lieu mardi. Plus de 11 000 soldats nord-coréens combattent en Russie, selon des estimations occidentales.', ['vague-attribution']],
    ['a medium relaying an unnamed officer does not name him', 'Le sommet a eu lieu mardi. « Ils apprennent l’usage des drones », a confié un officier ukrainien, cité par le Kyiv Independent.', ['vague-attribution']],
    ['a medium relaying a named speaker: the speaker', 'Le sommet a eu lieu mardi. Des obus ont été livrés, a déclaré Sergueï Lavrov, cité par le Kremlin.', []],
    ['a participle after a determiner is a noun', 'Le sommet a eu lieu mardi. Les résolutions ont plafonné les importations de produits de la mer et des données de ciblage pour les armes.', []],
    ['an infinitive under a ban is not asserted', 'Le sommet a eu lieu mardi. Les résolutions ont interdit à la Corée du Nord d’exporter des armes.', []],
    ['a demonym noun names people sent to fight', 'Le sommet a eu lieu mardi. Les Nord-Coréens ont été engagés autour de Soudja.', ['unattributed-claim']],
    ['heavy losses are a casualty claim', 'Le sommet a eu lieu mardi. Autour de Soudja, ils ont subi de lourdes pertes.', ['unattributed-claim']],
    ['a number of workers that tripled is a figure', 'Le sommet a eu lieu mardi. Le nombre d’ouvriers nord-coréens présents en Russie a triplé en deux ans.', ['unattributed-claim']],
    ['munitions that gave an army an edge', 'Le sommet a eu lieu mardi. Les munitions nord-coréennes ont donné à l’armée russe un second souffle.', ['unattributed-claim']],
    ['giving a press conference is no transfer', 'Le sommet a eu lieu mardi. Le ministre de la Défense a donné une conférence de presse.', []],
    // Narration and background with no claim cue stay unflagged.
    ['a visit by plane is narration', 'Le sommet a eu lieu mardi. Le président russe est arrivé en avion à Pyongyang.', []],
    ['a resolution imposing something is background', 'Le sommet a eu lieu mardi. La résolution 2397 imposait aux États membres de rapatrier les travailleurs nord-coréens.', []],
    ['a negated clause asserts nothing', 'Le sommet a eu lieu mardi. La Corée du Nord n’avait plus engagé de troupes depuis 1953.', []],
    ['a demonstrative refers to what was already said', 'Le sommet a eu lieu mardi. Le groupe d’experts de l’ONU, qui enquêtait sur ces transferts, a pris fin en avril.', []],
    ['a pronoun right after a generic source stays generic', 'Le sommet a eu lieu mardi. « C’est une arme de masse », résume un officier ukrainien sous couvert d’anonymat. Pour lui, les Russes tirent trois fois plus d’obus que nous.', ['vague-attribution', 'vague-attribution']],
    ['the researchers of a named centre are a source', 'Le trafic a bondi, selon des images satellitaires analysées par le Centre d’études stratégiques et internationales (CSIS). Les chercheurs ont recensé 73 wagons de munitions à la gare.', []],
    ['"par ailleurs" is no agent', 'Le sommet a eu lieu mardi. On estime par ailleurs que les pertes nord-coréennes dépassent 4 000 hommes.', ['vague-attribution']],
    ['a participle qualifying its noun sources nothing else', 'Le sommet a eu lieu mardi. Pyongyang cherche à obtenir de Moscou des sous-marins, un projet présenté par Kim Jong Un.', ['unattributed-claim']],
    ['images that show are a source', 'Le sommet a eu lieu mardi. Des images publiées par le Pentagone montrent des conteneurs d’obus chargés à Rajin.', []],
    ['a "selon" opening the sentence outranks a verb inside it', 'Le sommet a eu lieu mardi. Selon plusieurs observateurs, la Chine s’inquiète de voir la Russie transférer des missiles à Pyongyang.', ['vague-attribution']],
    ['deliveries that make up for a shortfall', 'Le sommet a eu lieu mardi. Ces livraisons d’obus compensent le retard des usines russes.', ['unattributed-claim']],
    ['arms on their way to a country', 'Le sommet a eu lieu mardi. Des armes nord-coréennes sont en route vers la Russie.', ['unattributed-claim']],
    ['weapons that appear in a country', 'Le sommet a eu lieu mardi. Des canons Koksan font leur apparition en Russie.', ['unattributed-claim']],
    ['weapons sighted by nobody named', 'Le sommet a eu lieu mardi. Des obus nord-coréens ont été signalés sur plusieurs secteurs du front.', ['unattributed-claim']],
    ['weapons sighted by someone named', 'Le sommet a eu lieu mardi. L’armée ukrainienne a signalé des obus nord-coréens sur le front.', []],
    ['soldiers captured', 'Le sommet a eu lieu mardi. Deux soldats nord-coréens ont été capturés par les forces ukrainiennes.', ['unattributed-claim']],
    ['an intention ascribed to a state, before an infinitive', 'Le sommet a eu lieu mardi. Moscou entend reprendre l’intégralité de la région avant janvier.', ['unattributed-claim']],
    ['a fear ascribed to a state', 'Le sommet a eu lieu mardi. Moscou redoute de perdre son ascendant sur Pyongyang.', ['unattributed-claim']],
    ['hearing is no intention', 'Le sommet a eu lieu mardi. On entend le sifflement des missiles.', []],
    ['a purpose is not a strike', 'Le sommet a eu lieu mardi. Le Koksan avait été pensé pour frapper Séoul depuis la frontière.', []],
    ['what a treaty provides is not asserted', 'Le sommet a eu lieu mardi. Les deux pays ont signé un traité prévoyant une assistance militaire mutuelle.', []],
    ['figures in the terms of a resolution', 'Le sommet a eu lieu mardi. La résolution 2397 plafonne à 500 000 barils par an les livraisons de produits raffinés.', []],
    ['"d’autres" is generic', 'Le sommet a eu lieu mardi. D’autres évoquent des livraisons de pétrole en guise de paiement.', ['vague-attribution']],
    ['the agent of a relay ends before the clause’s verb', 'Le sommet a eu lieu mardi. Plusieurs diplomates interrogés par l’AFP redoutent que Pyongyang accélère ses ventes d’armes.', ['vague-attribution']],
    ['a time phrase opening on "dès" before the subject', 'Le sommet a eu lieu mardi. Dès novembre, le conseiller sud-coréen, Shin Won-sik, avait affirmé que Moscou avait fourni des missiles.', []],
    ['a round number before the subject', 'Le sommet a eu lieu mardi. Une cinquantaine d’États membres ont accusé la Corée du Nord de livrer des armes à la Russie.', []],
    ['an adverb inside a multi-word verb', 'Le sommet a eu lieu mardi. Des sources concordantes font toutefois état de livraisons d’obus.', ['vague-attribution']],
    ['a body the article does not name', 'Le sommet a eu lieu mardi. Pyongyang aurait livré des millions d’obus, selon un institut britannique.', ['vague-attribution']],
    ['a headline with a vague source', 'Pyongyang aurait livré 9 millions d’obus, selon un institut britannique\n\nLe sommet a eu lieu mardi.', ['vague-attribution']],
    ['"on" after an opening phrase that names a body speaks for that body, as annotators read "Au Kremlin, on continue de démentir", "Au Hezbollah, on balaie", "À l’Élysée, on insiste"', 'Le sommet a eu lieu mardi. Au Kremlin, on affirme que la Corée du Nord n’a livré aucun obus à la Russie.', []],
    ['"on" after an opening place is still anyone', 'Le sommet a eu lieu mardi. À Moscou, on affirme que la Corée du Nord n’a livré aucun obus à la Russie.', ['vague-attribution']],
    ['"on" in a relative clause that says what it says is still anyone', 'Le sommet a eu lieu mardi. Un rapport, dont on dit qu’il accuse Pyongyang de livraisons d’obus, circule à Moscou.', ['vague-attribution']],
    ['a role with no article before a name is no generic source', 'Le sommet a eu lieu mardi. Ancien sergent logisticien, Ri Myong-ho a fait défection en 2023 avec 300 obus.', ['unattributed-claim']],
    ['a plural subject closed by any word makes the verb after the comma an incise', 'Le sommet a eu lieu mardi. Moscou, 12 mars 2025 (AFP) - Des roquettes retrouvées sur une plage de la mer Noire portent des inscriptions en coréen, affirment des enquêteurs.', ['vague-attribution']],
    ['a headline with a generic source and no claim cue', 'Les ateliers de Hamhung tournent à plein pour Moscou, selon des transfuges\n\nLe sommet a eu lieu mardi.', ['vague-attribution']],
    ['a headline with a generic incise and no claim cue', 'Les obus de Pyongyang portent la marque de l’usine, affirment des enquêteurs\n\nLe sommet a eu lieu mardi.', ['vague-attribution']],
    ['a headline citing a vague report the body then names', 'Pyongyang a livré 9 millions d’obus, selon un rapport multilatéral\n\nSelon le rapport de l’ONU, la Corée du Nord a livré 9 millions d’obus.', []],
    ['a headline citing a vague report the body never names', 'Pyongyang a livré 9 millions d’obus, selon un rapport multilatéral\n\nLe sommet a eu lieu mardi.', ['vague-attribution']],
    ['a duty is not a load', 'Le sommet a eu lieu mardi. Jo Chun Ryong, chargé de l’industrie des munitions, accompagnait Kim.', []],
    ['relying on foreign stocks, an adverb before the rest of the verb', 'Le sommet a eu lieu mardi. Le Kremlin s’appuie aussi sur ces stocks d’obus pour reconstituer ses réserves.', ['unattributed-claim']],
    ['factories at full capacity', 'Le sommet a eu lieu mardi. Dans les usines d’armement, les chaînes de munitions tournent jour et nuit pour Moscou.', ['unattributed-claim']],
    ['a state that profits', 'Le sommet a eu lieu mardi. Moscou tire aussi profit de ce partenariat au Conseil de sécurité.', ['unattributed-claim']],
    ['cash received in return', 'Le sommet a eu lieu mardi. En retour, le régime encaisse du pétrole et des devises.', ['unattributed-claim']],
    ['half of the shells, a figure', 'Le sommet a eu lieu mardi. La moitié des obus tirés sur le front viennent de Pyongyang.', ['unattributed-claim']],
    ['an unnamed resident is a witness', '« On entend le sifflement », raconte une habitante de l’immeuble.', ['vague-attribution']],
    ['a generic subject without a reporting verb', 'Des habitants ont vu des missiles nord-coréens frapper la ville.', ['vague-attribution']],
    ['a hedged transfer is not asserted', 'Les prétendus transferts d’armes ont suscité des réactions.', []],
    ['an embargo is not a transfer', 'Un embargo interdit l’exportation et l’importation d’armes vers la Corée du Nord.', []],
    ['narration is not a claim', 'En 2023, Kim Jong Un a effectué un rare voyage en Russie.', []],
    ['Avec AFP is not a claim', 'Avec AFP', []],
    // Headlines: a verb, participle or noun asserting a strike, a transfer, a deployment, a violation, casualties or a figure, with no source,
    // is flagged, even when the body sources it; anything else a headline says is left alone.
    ['a headline asserting a strike with no source', 'Des missiles nord-coréens ont frappé Kharkiv\n\nLe sommet a eu lieu mardi.', ['unattributed-claim']],
    ['a headline asserting what the body sources is still the paper’s assertion', 'La Corée du Nord a livré des missiles à la Russie\n\nSelon Washington, Pyongyang a livré des missiles à Moscou.', ['unattributed-claim']],
    ['a noun-phrase headline asserting deliveries', 'Livraisons de missiles nord-coréens à la Russie\n\nLe sommet a eu lieu mardi.', ['unattributed-claim']],
    ['a participle headline with a figure', 'Des milliers d’ouvriers nord-coréens envoyés en Russie\n\nLe sommet a eu lieu mardi.', ['unattributed-claim']],
    ['a headline whose cue the body uses about other actors', 'Des missiles nord-coréens s’abattent sur Kiev\n\nL’armée de l’air ukrainienne a indiqué avoir abattu 61 drones Shahed.', ['unattributed-claim']],
    ['a headline with its source in a reporting verb', 'Le G7 dénonce les livraisons de missiles nord-coréens à la Russie\n\nLe sommet a eu lieu mardi.', []],
    ['a headline with no claim', 'Poutine et Kim scellent à Pyongyang un pacte\n\nLe sommet a eu lieu mardi.', []],
    ['a headline in the conditional', 'La Corée du Nord aurait livré des missiles à la Russie\n\nLe sommet a eu lieu mardi.', []],
    ['a headline with its source', 'Des soldats nord-coréens déployés en Russie, selon Séoul\n\nLe sommet a eu lieu mardi.', []],
    ['a headline about cooperation, not a strong claim', 'Moscou et Pyongyang renforcent leur coopération militaire\n\nLe sommet a eu lieu mardi.', []],
    // Broader military vocabulary and claim cues.
    ['soldiers who received uniforms', 'Les soldats nord-coréens ont reçu des uniformes russes et de faux papiers.', ['unattributed-claim']],
    ['reinforcements that allowed an army to advance', 'Ces renforts ont permis à l’armée russe de reprendre plusieurs villages.', ['unattributed-claim']],
    ['a delivery of air-defence systems', 'Moscou a en outre livré à Pyongyang des systèmes de défense antiaérienne.', ['unattributed-claim']],
    ['receiving a delegation of artists is no claim', 'Kim Jong Un a reçu mardi une délégation d’artistes russes.', []],
    ['permettre with no army or weapon is no claim', 'La visite a permis aux deux pays de signer un accord culturel.', []],
    ['the same uniforms, sourced', 'Selon Kiev, les soldats nord-coréens ont reçu des uniformes russes.', []],
    // "selon" and a definite institution.
    ['selon le parquet', 'Selon le parquet, au moins 24 missiles ont été tirés sur la région.', []],
    ['d’après l’état-major', 'D’après l’état-major, 30 soldats ont été tués dans la nuit.', []],
    ['a source close to the prosecutors stays vague', 'Selon une source proche du parquet, au moins 24 missiles ont été tirés sur la région.', ['vague-attribution']],
    // Definite descriptions: anaphora to a named source, never for indefinite generic heads.
    ['le diplomate after a named minister', 'Sergueï Lavrov s’est rendu à Pyongyang. Le diplomate a ajouté que Moscou ne livrait aucune arme à la Corée du Nord.', []],
    ['les experts after a named panel', 'Le groupe d’experts de l’ONU a publié un rapport. Les experts y enquêtaient sur des missiles tirés sur Kharkiv.', []],
    ['des diplomates stay vague after a named minister', 'Sergueï Lavrov s’est rendu à Pyongyang. Des diplomates occidentaux estiment que Pyongyang a livré des obus à la Russie.', ['vague-attribution']],
    ['le diplomate with nobody named before stays vague', 'Le sommet a eu lieu mardi. Le diplomate a ajouté que Pyongyang avait livré des obus à la Russie.', ['vague-attribution']],
    ['les experts with no panel named stay vague', 'Le Pentagone a publié un rapport. Les experts estiment que Pyongyang a livré des obus à la Russie.', ['vague-attribution']],
    // Characterisations and denials are the subject's statements.
    ['a characterisation in quotes and a denial', 'Moscou présente cette coopération comme « conforme au droit international » et nie toute violation des sanctions.', []],
    ['a denial of a delivery', 'Pyongyang dément avoir livré des armes à la Russie.', []],
    ['a coordinated verb does not source the first conjunct', 'Le sommet a eu lieu mardi.\n\nLa Corée du Nord a livré des missiles à la Russie et condamne les sanctions.', ['unattributed-claim']],
    ['a quotation with no speaker', 'Le sommet a eu lieu mardi.\n\n« Les obus arrivent chaque semaine par le port de Rajin. »', ['unattributed-quote']],
    ['a distance places something; it is no figure to source', 'Le sommet a eu lieu mardi. Dounaï est un petit port militaire situé à une cinquantaine de kilomètres de Vladivostok.', []],
    ['a name in quotation marks after a determiner is no speech', 'Le sommet a eu lieu mardi. Le seul lien est un pont ferroviaire, le « pont de l’Amitié », inauguré en 1959.', []],
    ['a long quotation after a determiner is still speech', 'Le sommet a eu lieu mardi. Sur la banderole, une « coopération qui ne viole aucune résolution du Conseil de sécurité ».', ['unattributed-quote']],
    ['a short scare quote is a term, not speech', 'Le « partenariat stratégique » entre les deux pays inquiète.', []],
    ['a quoted fragment takes the speaker of its sentence', 'Pyongyang a qualifié d’« absurdes » ces accusations de livraisons d’armes.', []],
    // A generic subject voicing a judgement with no que after the verb; a named one is not reported speech.
    ['generic diplomats doubting, with no que', 'Le sommet a eu lieu mardi. Des diplomates occidentaux doutent de l’utilité de ces sanctions.', ['vague-attribution']],
    ['a named minister doubting is no claim', 'Le sommet a eu lieu mardi. Le ministre Sergueï Lavrov doute de l’utilité de ces sanctions.', []],
    ['on évoque, with an incise', 'Le sommet a eu lieu mardi. On évoque aussi, à Séoul, une aide russe au programme spatial nord-coréen.', ['vague-attribution']],
    ['a milieu is no source', 'Le sommet a eu lieu mardi. Dans les milieux diplomatiques, des obus auraient été livrés à la Russie.', ['vague-attribution']],
    // Anonymity in an apposition makes officials of a named state generic.
    ['anonymous officials in apposition', 'Le sommet a eu lieu mardi. Des responsables américains, sous couvert d’anonymat, affirment que des obus ont été livrés.', ['vague-attribution']],
    ['the same officials, not anonymous', 'Le sommet a eu lieu mardi. Les responsables américains, réunis à Séoul, affirment que des obus ont été livrés.', []],
    // "estime pour sa part à": a figure given by the one who estimates it.
    ['estimer à, after an adverbial phrase', 'Le renseignement ukrainien a publié un bilan. Il estime pour sa part à 500 le nombre de soldats tués.', []],
    ['a demonstrative after a generic source stays generic', 'Le rapport a été publié. Un expert occidental, qui a requis l’anonymat, juge que le rapport sous-estime les volumes. « Personne ne voit tout », souligne ce spécialiste.', ['vague-attribution', 'vague-attribution']],
    ['a demonstrative after a named source is that source', 'Le rapport a été publié. Un expert de l’ONU, Paul Martin, juge que le rapport sous-estime les volumes. « Personne ne voit tout », souligne ce spécialiste.', []],
    // Stepping up one's deliveries asserts them.
    ['deliveries stepped up, with no source', 'Le sommet a eu lieu mardi. Depuis l’an dernier, Pyongyang a encore accéléré ses livraisons.', ['unattributed-claim']],
    ['the same, sourced', 'Le sommet a eu lieu mardi. Selon Séoul, Pyongyang a encore accéléré ses livraisons.', []],
    ['speeding up a procedure is no claim', 'Le sommet a eu lieu mardi. Pyongyang a accéléré la procédure de visa.', []],
    // Transfers of arms, oil, workers and goods, by many verbs and nouns; the same verbs with no cargo are narration.
    ['tankers loading oil', 'Le sommet a eu lieu mardi. Les pétroliers chargent du pétrole au port de Vostotchny.', ['unattributed-claim']],
    ['trains convoying containers of munitions', 'Le sommet a eu lieu mardi. Des trains ont convoyé des conteneurs de munitions jusqu’à la frontière.', ['unattributed-claim']],
    ['workers carried to building sites', 'Le sommet a eu lieu mardi. La Russie a transporté des travailleurs nord-coréens vers ses chantiers.', ['unattributed-claim']],
    ['oil supplied', 'Le sommet a eu lieu mardi. Moscou a fourni du pétrole raffiné à la Corée du Nord.', ['unattributed-claim']],
    ['shells bought', 'Le sommet a eu lieu mardi. La Russie achète des obus à la Corée du Nord.', ['unattributed-claim']],
    ['deliveries that let an army make up its stocks', 'Le sommet a eu lieu mardi. Ces livraisons ont permis à l’armée russe de compenser l’épuisement de ses stocks.', ['unattributed-claim']],
    ['a delegation carried by plane is no claim', 'Le sommet a eu lieu mardi. Un train spécial a transporté la délégation jusqu’à Moscou.', []],
    ['a leader crossing the border is no claim', 'Le sommet a eu lieu mardi. Kim Jong Un a franchi la frontière à bord de son train.', []],
    ['a loading sourced', 'Le sommet a eu lieu mardi. Selon le Trésor américain, les pétroliers chargent du pétrole au port de Vostotchny.', []],
    // Military use and deployment.
    ['soldiers in combat', 'Le sommet a eu lieu mardi. Des soldats nord-coréens participent aux combats dans la région de Koursk.', ['unattributed-claim']],
    ['soldiers trained by instructors', 'Le sommet a eu lieu mardi. Des soldats nord-coréens sont formés par des instructeurs russes.', ['unattributed-claim']],
    ['the use of missiles, as a noun', 'Le sommet a eu lieu mardi. L’utilisation de missiles nord-coréens contre Kharkiv se confirme.', ['unattributed-claim']],
    ['forming a government is no claim', 'Le sommet a eu lieu mardi. Le parti a formé un nouveau gouvernement.', []],
    ['engaging talks is no claim', 'Le sommet a eu lieu mardi. Moscou et Pyongyang ont engagé des discussions commerciales.', []],
    // Figures, written numbers included; a determiner before a written cardinal refers back.
    ['tens of thousands of containers', 'Le sommet a eu lieu mardi. Des dizaines de milliers de conteneurs ont transité par le rail.', ['unattributed-claim']],
    ['a million barrels', 'Le sommet a eu lieu mardi. Un million de barils ont quitté le port en un an.', ['unattributed-claim']],
    ['les deux hommes is no figure', 'Le sommet a eu lieu mardi. Les deux hommes ont signé un traité de partenariat stratégique.', []],
    // Violations and evasion.
    ['ships evading sanctions', 'Le sommet a eu lieu mardi. Ces navires échappent aux sanctions en éteignant leurs transpondeurs.', ['unattributed-claim']],
    ['shipments in breach of resolutions', 'Le sommet a eu lieu mardi. Des conteneurs partent chaque semaine au mépris des résolutions de l’ONU.', ['unattributed-claim']],
    ['a vote on sanctions is no claim', 'Le sommet a eu lieu mardi. L’Assemblée générale a voté une résolution sur les sanctions.', []],
    ['sanctions imposed in 2006 are background', 'Le sommet a eu lieu mardi. Le Conseil de sécurité a imposé des sanctions en 2006.', []],
    // Payments and intentions.
    ['payment in oil', 'Le sommet a eu lieu mardi. En échange des obus, Moscou paie Pyongyang en pétrole.', ['unattributed-claim']],
    ['soldiers paid in currency', 'Le sommet a eu lieu mardi. La Russie rémunère les soldats nord-coréens en devises.', ['unattributed-claim']],
    ['an aim attributed to an actor', 'Le sommet a eu lieu mardi. Pyongyang a pour objectif d’obtenir des technologies spatiales russes.', ['unattributed-claim']],
    ['paying a visit is no claim', 'Le sommet a eu lieu mardi. Le ministre a payé sa note d’hôtel.', []],
    ['payment, sourced', 'Le sommet a eu lieu mardi. Selon Séoul, Moscou paie Pyongyang en pétrole en échange des obus.', []],
    // Negated and hedged cues are not asserted; the conditional continues a source or stays unattributed.
    ['a negated delivery is a denial, not a claim', 'Le sommet a eu lieu mardi. La Russie ne livre aucune arme à la Corée du Nord.', []],
    ['ne … que still asserts', 'Le sommet a eu lieu mardi. La Corée du Nord ne livre que des obus à la Russie.', ['unattributed-claim']],
    ['alleged oil deliveries', 'Le sommet a eu lieu mardi. Les prétendues livraisons de pétrole ont été démenties.', []],
    ['an oil delivery in the conditional with no source', 'Le sommet a eu lieu mardi.\n\nLa Russie aurait livré du pétrole à Pyongyang.', ['unattributed-claim']],
    ['a conditional that points back continues the source', 'Selon Séoul, Moscou a livré du pétrole à Pyongyang. Ces navires auraient aussi transporté des ouvriers.', []],
    ['a conditional that does not point back is the author’s', 'Selon Séoul, Moscou a livré du pétrole à Pyongyang. La Russie aurait aussi transporté des ouvriers.', ['unattributed-claim']],
    ['a counterfactual is the author’s reasoning', 'Selon Séoul, Moscou a livré des obus à la Russie. Sans ces livraisons, l’armée russe aurait dû rationner ses tirs d’obus.', ['unattributed-claim']],
    ['Pour and a state: the state’s interest, in the author’s voice', 'Le sommet a eu lieu mardi. Pour Moscou, les obus nord-coréens livrés remplacent une production nationale défaillante.', ['unattributed-claim']],
    ['Pour and a regime: its interest, in the author’s voice', 'Le sommet a eu lieu mardi. Pour le régime, l’opération est rentable : chaque ouvrier envoyé en Russie rapporterait des milliers de dollars.', ['unattributed-claim']],
    ['d’entre eux does not carry the source to a conditional', 'Selon le Pentagone, des soldats nord-coréens ont été déployés. Plusieurs centaines d’entre eux auraient été tués lors des combats.', ['unattributed-claim']],
    ['Pour and a person: a view', 'Le sommet a eu lieu mardi. Pour Sergueï Lavrov, les obus nord-coréens livrés remplacent une production nationale défaillante.', []],
    // A verb that says what a named source states, shows or counts reports its noun-phrase object too.
    ['évoquer with a noun object and a named subject', 'Le sommet a eu lieu mardi. Le Pentagone évoque des livraisons de missiles à la Russie.', []],
    ['attribuer: a document ascribes debris to a weapon', 'Le sommet a eu lieu mardi. Le rapport de l’ONU attribue les débris retrouvés à des missiles livrés par Pyongyang.', []],
    ['rappeler with a noun object', 'Le sommet a eu lieu mardi. Sergueï Lavrov a rappelé les livraisons d’armes occidentales à Kiev.', []],
    ['a noun object with a generic subject stays vague', 'Le sommet a eu lieu mardi. Des experts évoquent des livraisons de missiles à la Russie.', ['vague-attribution']],
    ['évoquer with no subject that names a source', 'Le sommet a eu lieu mardi. La coopération évoque des livraisons de missiles à la Russie.', ['unattributed-claim']],
    ['dire followed by an infinitive', 'Le sommet a eu lieu mardi. Le Pentagone dit disposer de preuves de livraisons de missiles à la Russie.', []],
    ['an unnamed body with a demonym is vague, whatever its clause names', 'Le sommet a eu lieu mardi. Un centre de réflexion sud-coréen affirme que la Russie a livré des missiles à la Corée du Nord.', ['vague-attribution']],
    ['chiffrer with a noun object', 'Le sommet a eu lieu mardi. Le Pentagone chiffre ces livraisons à quelque 400 millions de dollars par an.', []],
    ['avancer le chiffre, not avancer alone', 'Le sommet a eu lieu mardi. Son porte-parole, Dmitri Peskov, a ensuite avancé le chiffre de plusieurs centaines de tués.', []],
    ['troops that advance are no source', 'Le sommet a eu lieu mardi. Mal préparés, les Nord-Coréens avancent en colonnes à travers champs. Plusieurs centaines d’entre eux auraient été tués.', ['unattributed-claim']],
    ['y voir la preuve que', 'Le sommet a eu lieu mardi. Les chercheurs du Pentagone y voient la preuve que Pyongyang livre des missiles à Moscou.', []],
    ['a possessive ties a generic to the body before', 'Le sommet a eu lieu mardi. Le Pentagone publie un rapport. Ses analystes ont recensé quarante-trois livraisons de pétrole à Pyongyang.', []],
    ['"X comme Y continuent de nier": the infinitive reports', 'Le sommet a eu lieu mardi. Le Kremlin comme Pyongyang continuent de nier ces transferts d’armes.', []],
    ['"ont jusqu’ici démenti"', 'Le sommet a eu lieu mardi. Pyongyang comme Moscou ont jusqu’ici démenti tout envoi de soldats nord-coréens.', []],
    ['"ont appris à reconnaître" is recognising, not acknowledging', 'Le sommet a eu lieu mardi. Les artilleurs ukrainiens ont appris à reconnaître les obus livrés par la Corée du Nord.', ['unattributed-claim']],
    ['"selon la même source": the source named last', 'Deux soldats ont été capturés, a annoncé le Pentagone. L’un souffre d’une fracture à la mâchoire, l’autre de blessures aux jambes, selon la même source.', []],
    ['"cette même source" after a generic one stays generic', 'Selon une source militaire occidentale, les démineurs seront envoyés en juillet. Cette même source évoque la présence de conseillers russes dans une usine de munitions.', ['vague-attribution', 'vague-attribution']],
    ['déduire que', 'Le Pentagone a examiné les débris. Il en déduit que les filières d’approvisionnement en armes de Pyongyang restent ouvertes.', []],
    ['a document a medium consulted has no named author', 'Le sommet a eu lieu mardi. D’après un rapport d’expertise consulté par Libération, les débris de missiles portent des numéros de série de 2023.', ['vague-attribution']],
    ['military bloggers are a generic source', 'Le sommet a eu lieu mardi. Des blogueurs militaires russes évoquent des pertes considérables chez les soldats nord-coréens.', ['vague-attribution']],
    ['a generic "selon" closing the sentence sources its verb too', 'Le sommet a eu lieu mardi. L’un d’eux aurait demandé à ne pas être renvoyé dans son pays, selon des médias sud-coréens.', ['vague-attribution']],
    ['a generic "selon" after a quotation with a named speaker', 'Vladimir Poutine a été interrogé mardi. « Je ne commente pas les rumeurs », a-t-il déclaré, selon les médias officiels russes.', []],
    ['a named "selon" closing the sentence leaves the verb its speaker', 'Le sommet a eu lieu mardi. Le ministre a affirmé que des missiles nord-coréens ont frappé Kiev, selon l’agence Yonhap.', []],
    ['a named medium citing unnamed sources stays the source', 'Le sommet a eu lieu mardi. Selon l’agence Yonhap, qui cite des sources militaires, les équipes nord-coréennes tirent des obus sur le front.', []],
    ['"n’exclut plus de livrer": a position, negated or not', 'Le sommet a eu lieu mardi. Le ministre sud-coréen n’exclut plus, pour sa part, de livrer des armes à l’Ukraine.', []],
    ['sanctions adopted by a named body: its accusation', 'Le sommet a eu lieu mardi. L’Union européenne a adopté lundi un quinzième train de sanctions contre la Russie, qui vise des généraux nord-coréens accusés de commander les troupes.', []],
    ['durcir le ton envers un État, accusé de …', 'Le sommet a eu lieu mardi. Les chefs de la diplomatie du G7 ont durci le ton envers la Corée du Nord, accusée d’alimenter la guerre russe.', []],
    ['adopting anything else reports nothing', 'Le sommet a eu lieu mardi. La Russie a adopté une nouvelle doctrine qui autorise les livraisons d’armes à Pyongyang.', ['unattributed-claim']],
    ['a question asserts nothing', 'Le sommet a eu lieu mardi. Combien de soldats nord-coréens sont morts en Russie ?', []],
    ['analysts are not a company named before', 'La société Dalvo Shipping a tenu une conférence mardi. Les analystes y voient le signe que la demande d’obus restera soutenue.', ['vague-attribution']],
    ['investigators who read a sign in something are its source', 'Le sommet a eu lieu mardi. Les enquêteurs y voient une manœuvre des autorités russes pour cacher les livraisons d’armes.', []],
    ['economists reading a sign: a generic source', 'Le sommet a eu lieu mardi. Plusieurs économistes y voient l’effet direct des ventes d’armes à Moscou.', ['vague-attribution']],
    ['seeing, with no "y", reports nothing', 'Le sommet a eu lieu mardi. Moscou voit ses stocks d’obus gonfler grâce aux livraisons nord-coréennes.', ['unattributed-claim']],
    ['a possessive generic after an opener, with no reporting verb', 'Le sommet a eu lieu mardi. Le Pentagone publie un rapport. Sur une image prise ce jour-là, ses analystes ont compté 73 wagons de munitions.', []],
    ['an institute relying on pictures is their source', 'Le sommet a eu lieu mardi. L’institut s’appuie sur plus de 400 clichés montrant 16 000 conteneurs d’obus.', []],
    ['authors relying on pictures are their source', 'Le sommet a eu lieu mardi. Les auteurs s’appuient aussi sur des images satellitaires montrant 16 000 conteneurs d’obus.', []],
    ['a government relying on stocks reports nothing', 'Le sommet a eu lieu mardi. Le Kremlin s’appuie aussi sur ces stocks d’obus pour reconstituer ses réserves.', ['unattributed-claim']],
    ['a short definite phrase no lexicon lists, with que', 'Le sommet a eu lieu mardi. La délégation helvétique a rappelé que tout transfert d’armes vers la Corée du Nord viole les résolutions.', []],
    ['a definite phrase with only a colon after its verb says nothing', 'Le sommet a eu lieu mardi. L’arrangement présente un avantage décisif : les obus nord-coréens remplacent une production russe.', ['unattributed-claim']],
    ['de l’aveu même de', 'Le sommet a eu lieu mardi. De l’aveu même de Sergueï Lavrov, la Russie a livré des missiles à la Corée du Nord.', []],
    ['retrouver with a noun object', 'Le sommet a eu lieu mardi. Les enquêteurs du Pentagone ont retrouvé dans les débris des composants fabriqués par la Russie.', []],
    ['l’experte refers back to the woman who spoke', 'Le sommet a eu lieu mardi. « Nous travaillons sur une scène de crime », résume Oksana Hrytsenko, qui dirige le laboratoire, a-t-elle précisé. Selon l’experte, la Russie livre aux ingénieurs nord-coréens des données de tir.', []],
    ['a demonstrative body noun as subject', 'Le sommet a eu lieu mardi. Ce mécanisme, créé par onze pays, estime que la Corée du Nord a fourni au moins 9 millions d’obus à la Russie.', []],
    ['sanctionner: an official accusation', 'Le sommet a eu lieu mardi. Le Pentagone a sanctionné quatre sociétés accusées de livrer du pétrole à Pyongyang.', []],
    ['d’ailleurs between auxiliary and participle, an incise before que', 'Le sommet a eu lieu mardi. Washington, Séoul et Kiev avaient d’ailleurs averti, dans une déclaration commune, que ces vols « financent les missiles livrés à Moscou ».', []],
    ['demander with a noun object and a pronoun subject', 'Le sommet a eu lieu mardi. Selon le Pentagone, Séoul et Kiev ont protesté. Ils ont demandé la fin des livraisons d’armes nord-coréennes à la Russie.', []],
    ['a generic antecedent of qui stays generic, not its demonym', 'Le sommet a eu lieu mardi. Les missiles livrés par Pyongyang seraient plus précis, assurent des sources ukrainiennes, qui y voient la preuve d’un retour d’expérience.', ['vague-attribution']],
    ['an unnamed officer joined by phone is vague', 'Le sommet a eu lieu mardi. « Les obus livrés par Pyongyang explosent mal », témoigne un sergent ukrainien joint par téléphone.', ['vague-attribution']],
    ['Pour M. and a surname', 'Le sommet a eu lieu mardi. Pour M. Dupont, la Russie livre des armes à la Corée du Nord.', []],
    ['son équipe as a body', 'Le sommet a eu lieu mardi. Le laboratoire a examiné un missile. Son équipe dit avoir recensé 290 composants fabriqués hors de Corée du Nord.', []],
    ['a demonym on an unknown noun names no source: an unnamed witness', 'Le sommet a eu lieu mardi. Un marin ukrainien ayant travaillé à bord raconte avoir vu des caisses de munitions nord-coréennes chargées de nuit.', ['vague-attribution']],
    ['a demonym on an unknown definite noun names no source', 'Le sommet a eu lieu mardi. Les hommes en uniforme russe qui s’exprimaient en coréen affirment que les obus sont livrés par Pyongyang.', ['unattributed-claim']],
    ['laisser entendre', 'Le sommet a eu lieu mardi. Sergueï Lavrov l’a laissé entendre, en liant les livraisons d’armes à Kiev à une escalade.', []],
    ['a count of a body named before, by its definite noun', 'Le sommet a eu lieu mardi. D’après les analyses du Pentagone, une part importante des missiles livrés provient de l’étranger.', []],
    ['reconnaître after an adverbial phrase and an adverb', 'Le sommet a eu lieu mardi. Pyongyang avait pour la première fois reconnu officiellement la présence de ses soldats en Russie.', []],
    // The agent of a participle of finding, showing or publishing names the source.
    ['images published by a named body', 'Le sommet a eu lieu mardi. Des images diffusées par le Pentagone montrent des soldats nord-coréens chargeant des obus.', []],
    ['deliveries spotted by a named body', 'Le sommet a eu lieu mardi. Au moins 43 livraisons de pétrole ont été repérées par le Pentagone depuis mars.', []],
    ['a supplier is no agent of a finding', 'Le sommet a eu lieu mardi. Des missiles fournis par Pyongyang ont frappé Kiev.', ['unattributed-claim']],
    // A term in quotation marks that inherits the speaker of the sentence before does not source this one.
    // A person the article does not name is a generic source, however precisely described.
    ['an unnamed senator, an indefinite role', 'Le sommet a eu lieu mardi. « On sanctionne des navires, Pékin achète le reste », a lâché un sénateur de la majorité.', ['vague-attribution']],
    ['an unnamed general opening the sentence', 'Le sommet a eu lieu mardi. Un général russe affirme que les obus livrés par Pyongyang sont défectueux.', ['vague-attribution']],
    ['the head of an unnamed firm, a definite role with an indefinite complement', 'Le sommet a eu lieu mardi. « Un ouvrier nord-coréen coûte 40 % de moins », résume le directeur d’une entreprise de Vladivostok.', ['vague-attribution']],
    ['a pronoun after the unnamed head of a firm stays vague', 'Le sommet a eu lieu mardi. « Un ouvrier nord-coréen coûte moins cher », résume le directeur d’une entreprise de Vladivostok. Il dit employer une quarantaine de Nord-Coréens depuis mars.', ['vague-attribution', 'vague-attribution']],
    ['an unnamed opposition MP who reports nothing, then speaks by a pronoun', 'Le sommet a eu lieu mardi. À la sortie, une élue de l’opposition se montrait prudente. « Nous n’avons vu aucune photo de soldat nord-coréen tué », a-t-elle glissé.', ['vague-attribution']],
    ['a prisoner known only by what he is, after a quotation', 'Le sommet a eu lieu mardi. D’après le SBU, deux soldats nord-coréens ont été capturés. « Je ne savais pas que nous allions combattre l’Ukraine », raconte le prisonnier.', ['vague-attribution']],
    ['a preposition alone between auxiliary and participle is an adverb', 'Le sommet a eu lieu mardi. Le procureur général, Andriy Kostin, a depuis affirmé qu’une vingtaine de missiles nord-coréens avaient été tirés sur l’Ukraine.', []],
    ['a past participle with no auxiliary cites no one', 'Le sommet a eu lieu mardi. Selon les estimations les plus citées, la Corée du Nord a livré entre cinq et neuf millions d’obus à la Russie.', ['vague-attribution']],
    ['one of his soldiers is unnamed', 'Le sommet a eu lieu mardi. Le capitaine Ivan Petrenko commande la batterie. « Un obus nord-coréen sur trois n’explose pas », glisse l’un de ses soldats.', ['vague-attribution']],
    ['a generic incise closing the sentence sources all of it, the named subject inside included', 'Le sommet a eu lieu mardi. Moscou voit dans ces livraisons un moyen d’arrimer la Corée du Nord à son économie, estime un diplomate européen en poste à Séoul.', ['vague-attribution']],
    ['a noun after a verb of showing is its object, not an incise', 'Le sommet a eu lieu mardi. Des images satellites analysées par le Pentagone, à Washington, montrent pourtant un trafic ferroviaire intense entre Rajin et la frontière russe.', []],
    ['a spokesperson speaks for the named body: attributed', 'Le sommet a eu lieu mardi. « Les soldats nord-coréens sont partis vers Koursk », a précisé un porte-parole du ministère ukrainien de la Défense.', []],
    ['a nun named just before, then described: that named source', 'Le sommet a eu lieu mardi. Sa directrice, sœur Anne Roche, tient un registre : « Quarante-deux hommes sont partis pour la Russie », détaille la religieuse.', []],
    ['the minister named before, then "le ministre": that named source', 'Le sommet a eu lieu mardi. Le ministre sud-coréen de la Défense, Kim Yong-hyun, était à Kiev. « Pyongyang a livré des missiles à Moscou », a affirmé le ministre.', []],
    ['a scare quote does not carry the speaker before into a new claim', '« Nous ne livrons rien », a déclaré Dmitri Peskov. Les livraisons, surnommées « autoroute du Nord », ont doublé en 2024.', ['unattributed-claim']],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.deepEqual(codes(run(text)), expected));
  }

  it('says what is missing, in plain text, with the cue that decided it', () => {
    const text = 'La Corée du Nord a livré plus de 1 000 conteneurs de munitions à la Russie.';
    const f = run(text).findings[0]!;
    assert.equal(f.code, 'unattributed-claim');
    assert.match(f.message, /^Claim with no source: who says Corée du Nord delivered weapons\?$/u);
    assert.equal(f.cue, 'claim:livrer');
    assert.deepEqual([f.start, f.end], [0, text.length]);
  });

  it('a figure names its figure', () => {
    const f = run('Les frappes ont fait 30 morts.').findings[0]!;
    assert.equal(f.message, 'Figure with no source: who gives "30 morts"?');
  });

  it('a vague finding gives the reason of its lexicon entry and points at a named source nearby', () => {
    const text = 'Le Pentagone a publié un rapport. Des experts estiment que Pyongyang a livré des obus à la Russie.';
    const f = run(text).findings[0]!;
    assert.equal(f.code, 'vague-attribution');
    assert.equal(f.cue, 'vague:experts');
    assert.match(f.message, /^Vague source "Des experts": /u);
    assert.equal(text.slice(f.related![0]!.span.start, f.related![0]!.span.end), 'Le Pentagone');
  });

  it('an unattributed quotation is reported on the quotation itself', () => {
    const text = 'Le sommet a eu lieu mardi.\n\n« Les obus arrivent chaque semaine par le port de Rajin. »';
    const f = run(text).findings[0]!;
    assert.equal(text.slice(f.start, f.end), '« Les obus arrivent chaque semaine par le port de Rajin. »');
    assert.match(f.message, /^Quotation with no speaker: who said "Les obus arrivent/u);
  });

  it('every claim and every quotation with a speaker says why', () => {
    const text = 'Selon le Pentagone, la Russie a tiré des missiles nord-coréens. « Nous ne livrons rien », a déclaré Lavrov. Des experts estiment que Pyongyang a livré des obus.';
    const a = run(text);
    for (const c of a.claims) assert.ok(c.cue && (!c.source || c.source.how));
    for (const q of a.quotes) assert.ok(q.speaker?.how && q.cueId);
  });
});

describe('robustness', () => {
  it('never throws, and keeps every range inside the text', () => {
    const alphabet = fc.constantFrom('«', '»', '"', '“', '”', ' ', '\n', ',', '.', '-', 'a', 'Il', ' a-t-il déclaré', ' selon ', ' des experts ', ' 1 000 obus ', ' livré ', ' qui ', ' on ', "'", '(', ')', 'Lavrov', ' Pyongyang ', ' aurait ', ' ne pas ', '\u00a0', '🇰🇵');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const a = analyseAttributionOrThrow({ text, sentences: splitSentences(text), mentions: [], lexicons: data.lexicons });
        for (const x of [...a.quotes, ...a.claims, ...a.findings]) assert.ok(x.start >= 0 && x.end <= text.length && x.start <= x.end);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary strings through the whole pipeline', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        run(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the actor a finding names', () => {
  it('is not a body named after the cue, only an agent', () => {
    const text = 'Le sommet a eu lieu mardi. Ces livraisons violent plusieurs résolutions du Conseil de sécurité de l’ONU.';
    const claim = analyse(text).findings.find((f) => f.code === 'unattributed-claim');
    assert.ok(claim, 'an unattributed claim');
    assert.doesNotMatch(claim.message, /Conseil/);
  });
  it('is not the place or the agency of a dateline', () => {
    const text = 'Séoul, 12 mars (AFP) - Trois hommes accusés d’avoir livré des machines à la Corée du Nord comparaissent.';
    const claim = analyse(text).findings.find((f) => f.code === 'unattributed-claim');
    assert.ok(claim, 'an unattributed claim');
    assert.doesNotMatch(claim.message, /AFP|Séoul|Corée du Sud/);
  });
  it('is the one nearest before the claim cue, not the first of the sentence', () => {
    const text = 'Depuis la fin du mandat du groupe d’experts de l’ONU, Pyongyang a livré des millions d’obus à la Russie.';
    const claim = analyse(text).findings.find((f) => f.code === 'unattributed-claim');
    assert.ok(claim, 'an unattributed claim');
    assert.match(claim.message, /Pyongyang/);
    assert.doesNotMatch(claim.message, /groupe/);
  });
});

// Bodies, media and people the base describes; a nationality, a medium or a body redescribed in later sentences.
const REDESCRIBED: KbEntity[] = [
  ...KB,
  { id: 'EE', type: 'country', name: 'Estonie', aliases: [], demonyms: ['estonien'] },
  { id: 'TAMM', type: 'person', name: 'Liisa Tamm', aliases: ['Tamm'], description: 'Haute représentante de l’UE, ancienne Première ministre estonienne.' },
  { id: 'BFE', type: 'organisation', name: 'Bureau fédéral d’enquête', aliases: ['BFE'], description: 'Police fédérale américaine.' },
  { id: 'HANKOOK', type: 'organisation', name: 'Hankook Sinmun', aliases: [], description: 'Quotidien sud-coréen.' },
  { id: 'DR', type: 'organisation', name: 'Direction du renseignement', aliases: ['DR'], description: 'Service de renseignement du ministère de la Défense ukrainien.' },
];
const redescribedCtx = contextWith(REDESCRIBED);
/** The multilateral sanctions monitoring team, for the tests of reports and their authors. */
const MSMT: KbEntity = { id: 'MSMT', type: 'organisation', name: 'Équipe multilatérale de surveillance des sanctions', aliases: ['MSMT'] };

describe('speakers: nationalities, bodies and media redescribed, groups, labels', () => {
  // [name, text, quotation prefix, expected speaker label (undefined: no speaker), expected rule, expected vague]
  const table: [string, string, string, RegExp | undefined, string?, boolean?][] = [
    ['a nationality as a noun: the person the base describes with it', 'La haute représentante, Liisa Tamm, a parlé mardi à Bruxelles. Pour l’Estonienne, la sanction n’est « qu’un tout premier pas ».', 'qu’un tout', /^Liisa Tamm$/u, 'rule:definite-description'],
    ['a nationality as a noun: the person the article describes with it', '« Rien ne change sur le front », a dit le ministre sud-coréen Cho Min-jun. Selon le Sud-Coréen, « les obus arrivent chaque semaine ».', 'les obus', /^Cho Min-jun$/u, 'rule:definite-description'],
    ['a nationality nobody named before has stays the state', '« Rien ne change sur le front », a dit Cho Min-jun. Selon le Russe, « les obus arrivent chaque semaine ».', 'les obus', /Russe/u],
    ['a body redescribed as the base describes it', 'Le BFE a attribué le vol à Pyongyang mercredi. « La Corée du Nord est responsable du vol », a écrit la police fédérale américaine.', 'La Corée', /^(?:BFE|Bureau fédéral)/u, 'rule:kb-description'],
    ['a medium redescribed with a word the base does not give', 'Le Hankook Sinmun consacre sa une aux prisonniers. Le quotidien conservateur y voit la preuve que « le régime envoie ses soldats mourir ».', 'le régime', /Hankook Sinmun$/u],
    ['any medium noun redescribes a medium the base calls a newspaper', 'Le Hankook Sinmun consacre sa une aux prisonniers. « Le régime envoie ses soldats mourir », tranche le journal.', 'Le régime', /Hankook Sinmun$/u],
    ['a body named as a complement is not the medium a medium noun takes up', 'Le Hankook Sinmun consacre sa une à la visite de la délégation du Kremlin. « La coopération ne regarde personne », tranche le journal.', 'La coopération', /Hankook Sinmun$/u],
    ['a medium noun takes up a medium the article introduced with one', 'Le quotidien nationaliste Jinri Bao consacre son éditorial aux sanctions. « Ceux qui livrent des missiles n’ont aucune leçon à donner », tranche le journal.', 'Ceux qui', /^Jinri Bao$/u],
    ['a date after the subject of an incise is no part of it', 'Le Hankook Sinmun a publié un éditorial. « Nos fils ont versé leur sang », écrit le quotidien le 22 août.', 'Nos fils', /Hankook Sinmun$/u],
    ['a text opening the sentence whose author is its complement: the author', 'Le sommet a eu lieu mardi. Dans les colonnes du Hankook Sinmun, les soldats tués deviennent des « martyrs de la patrie ».', 'martyrs', /^Hankook Sinmun$/u, 'marker:dans-texte'],
    ['a text whose author is a medium the article redescribed', 'Le Hankook Sinmun a publié une série d’articles. Dans les éditoriaux du quotidien, Séoul reste « le valet de Washington ».', 'le valet', /^Hankook Sinmun$/u],
    ['a text with no author named: the sentence’s own speaker', 'Dans son rapport annuel, le BFE estime que le vol est « le plus important jamais commis ».', 'le plus', /^(?:BFE|le BFE)$/u],
    ['an interview is the interviewee’s, not the medium’s', 'Dans un entretien au Hankook Sinmun, Liisa Tamm a jugé les sanctions « insuffisantes ».', 'insuffisantes', /^Liisa Tamm$/u],
    ['a heading that opens on a medium and a colon is the medium’s', 'Hankook Sinmun : « Personne n’a de leçons à donner à Séoul »\n\nLe quotidien conservateur consacre sa une aux sanctions.', 'Personne', /^Hankook Sinmun$/u, 'rule:headline-colon'],
    ['a heading on a topic and a colon names nobody', 'Guerre en Ukraine : « une ligne rouge franchie » pour les alliés\n\nLes ministres se sont réunis mardi.', 'une ligne', undefined],
    ['after a comma, the participle’s infinitive has the sentence’s subject', '« Nous punissons deux États souverains », a écrit le représentant de la Russie, Kirill Sokolov. Le diplomate n’a pas démenti la présence de soldats sur le sol russe, se bornant à évoquer une « assistance fraternelle ».', 'assistance', /^Kirill Sokolov$/u, 'rule:definite-description'],
    ['"mon ancien collègue" is no name, the name after it is', 'Mon ancien collègue Wei Hongtao, de l’université Renmin, a expliqué dans une revue que l’alliance « affaiblit la position de la Chine ».', 'affaiblit', /^Wei Hongtao$/u],
    ['"la cheffe de la diplomatie" takes up the high representative named before', '« Nous frappons ceux qui arment Moscou », a déclaré la haute représentante, Liisa Tamm. Le texte vise deux sociétés. Interrogée jeudi, la cheffe de la diplomatie européenne a reconnu que les sanctions « ne peuvent pas tout ».', 'ne peuvent', /^Liisa Tamm$/u, 'rule:definite-description'],
    ['"la plupart des spécialistes" is plural and speaks in an incise', 'Ce rapprochement est « inconfortable » pour Séoul, estiment la plupart des spécialistes.', 'inconfortable', /plupart des spécialistes/u, 'vague:someone', true],
    ['a ministry is no body whose description merely holds the word', 'La DR a publié des images jeudi. À Séoul, le ministère des Affaires étrangères a dénoncé un « aveu de crime manifeste et grave ».', 'aveu de crime', /^le ministère des Affaires étrangères$/u],
    ['one of a group of people the article does not name is generic', 'L’un des prisonniers, âgé de 26 ans, y explique avoir été formé en Russie. « Si on me le permet, je veux rester ici », dit-il dans la vidéo.', 'Si on me', /prisonniers/u, 'vague:witnesses', true],
    ['one of a group named in apposition is not generic', 'L’un des fabricants cités, la société Arlon Systems, assure « respecter toutes les règles d’exportation ».', 'respecter', /Arlon Systems/u],
    ['a label is nobody’s speech, even after a sentence with a source', 'Les relevés bancaires que nous avons consultés montrent des virements. L’un d’eux porte la mention « pièces détachées, lot numéro 7 ».', 'pièces', undefined],
    ['"Pour" a state with its words in quotation marks: the state speaks', 'Pour Pyongyang, sa coopération avec Moscou est « parfaitement légitime et souveraine ».', 'parfaitement', /Pyongyang/u, 'marker:pour'],
    ['"dit-il" after a man who spoke about another man', 'Professeur à Lyon, Antoine Ducharme estime que la visite de M. Lavrov sert à préparer un sommet. « Moscou a besoin des obus nord-coréens », dit-il.', 'Moscou a besoin', /^Antoine Ducharme$/u, 'rule:pronoun'],
    ['"selon lui" after a body and the man who reported its figures', 'Le renseignement sud-coréen estime que 300 soldats ont été tués, un bilan rapporté lundi par le député Park Min-ho. Selon lui, « ils ne sont pas préparés à la guerre des drones ».', 'ils ne sont', /^Park Min-ho$/u, 'rule:pronoun'],
    ['a medium after a comma names no person', '« Personne ne devrait se méprendre », a écrit Zhou Wenhao, professeur à l’université Renmin, cité par le quotidien Global Times. Selon lui, la Chine refuse « tout bloc militaire ».', 'tout bloc', /^Zhou Wenhao$/u, 'rule:pronoun'],
    ['a participle and a stressed pronoun open the sentence before its subject', 'Réunis eux aussi à Manille, Washington, Séoul et Tokyo ont condamné dans une déclaration commune « le renforcement de la coopération militaire ».', 'le renforcement', /^Washington, Séoul et Tokyo$/u],
    ['someone unnamed described at some length, by inversion', '« Ici, tout le monde sait d’où viennent ces missiles », assure un conducteur de tramway venu déblayer.', 'Ici, tout', /conducteur/u, 'vague:witnesses', true],
    ['an incise may open on an indirect-object pronoun and a time phrase', 'Les douaniers photographient les pétroliers. « Personne ne regarde la coque », m’a confié un jour un pêcheur breton.', 'Personne ne', /^un pêcheur breton$/u, 'vague:witnesses', true],
    ['"nous explique" with an unnamed person after it', 'Les douaniers photographient les pétroliers. « Personne ne regarde la coque », nous explique un marin du port.', 'Personne ne', /^un marin du port$/u, 'vague:witnesses', true],
    ['someone unnamed in narration is whom the next sentence’s pronoun takes up', 'Le maire Igor Petrenko a inauguré la gare en mai. Au buffet, un ancien cheminot se souvient des trains de l’époque. « Tout passait par ici », sourit-il.', 'Tout passait', /^un ancien cheminot$/u, 'vague:witnesses', true],
    ['someone unnamed of the other gender is not whom the pronoun takes up', 'Le maire Igor Petrenko a inauguré la gare en mai. Au buffet, une ancienne employée se souvient des trains de l’époque. « Tout passait par ici », sourit-il.', 'Tout passait', /^Igor Petrenko$/u, 'rule:pronoun'],
    ['an unnamed worker opening the sentence is a generic source', 'Sur le quai, un docker au bonnet rouge affirme que les cargaisons arrivent « quand les caméras sont éteintes ».', 'quand les', /^un docker au bonnet rouge$/u, 'vague:witnesses', true],
    ['"selon elle" is the woman a given name shows, not an earlier man', '« Les frappes continuent », a déclaré Igor Petrenko, le maire. Dans son bureau, Oksana Verbytska compare les numéros de série. D’après ses relevés, la production est, selon elle, « en flux tendu ».', 'en flux', /^Oksana Verbytska$/u, 'rule:pronoun'],
    ['"la cheffe du laboratoire" is the woman named just before', '« Les frappes continuent », a déclaré Igor Petrenko. Au laboratoire, Oksana Hrytsenko aligne les fragments. « Tout correspond à ce modèle de missile », résume la cheffe du laboratoire.', 'Tout correspond', /^Oksana Hrytsenko$/u, 'rule:definite-description'],
    ['"relever de" is to fall under: the body named by what it is speaks', 'Le parquet général a ouvert des enquêtes sur ces tirs. Chaque dossier relève de la « violation des lois et coutumes de la guerre », précise l’institution.', 'violation', /^Le parquet général$/u, 'rule:definite-description'],
    ['"relever" still notes with a noun object', 'Le rapport relève des « anomalies graves et répétées » dans les registres.', 'anomalies', /rapport/u],
    ['a participle quoted with its adverb is the verb, quoted', 'Réunis à Rome, les ministres de la Russie et de la Corée du Nord ont « condamné fermement » dans leur déclaration finale les sanctions.', 'condamné fermement', /ministres/u],
    ['a quoted participle after "selon" is the words of the one "selon" names', 'Selon un responsable du ministère, le diplomate a « nié en bloc » toute livraison.', 'nié en bloc', /responsable du ministère/u],
    ['an adverb may open the quoted participle', 'Les ministres de la Russie et de la Corée du Nord ont « fermement condamné » dimanche les sanctions.', 'fermement', /ministres/u],
    ['a quotation after a colon, in a sentence whose subject is a named person', 'Yann Le Gall suit les navires depuis dix ans. Le Gall, lui, se garde de toute conclusion : « Je ne vois pas l’intérieur des conteneurs. »', 'Je ne vois', /^Yann Le Gall$/u, 'rule:colon-subject'],
    ['a quotation after a colon with no named person as the subject', 'Le rapport est tombé jeudi à midi : « Rien ne va plus dans ce port depuis des mois. »', 'Rien ne va', undefined],
    ['a label is nobody’s speech, even with a reporting verb near it', 'L’un des bordereaux qu’elle a photographiés porte la mention « pièces agricoles, lot numéro 12 ».', 'pièces', undefined],
    ['a person only mentioned, whom the article gave the role, is "le diplomate"', 'La salle était pleine quand l’ambassadeur sud-coréen Lee Dong-hwan a pris la parole. Au nom d’une coalition, le diplomate a dénoncé « le transfert illégal de missiles et de soldats ».', 'le transfert', /^Lee Dong-hwan$/u, 'rule:definite-description'],
    ['"son homologue" with a nationality is the person of that nationality named before', 'Le texte a été adopté par le Sud-Coréen Shin Won-sik. « La coopération entre nos trois pays n’a jamais été aussi solide », a renchéri son homologue sud-coréen.', 'La coopération', /^Shin Won-sik$/u, 'rule:definite-description'],
    ['a qualifier inside the quotation does not qualify the description', 'Julien Faure, chercheur associé au centre de Bordeaux, a analysé les photographies. Le chercheur relativise : « Pour l’artillerie russe, un obus médiocre vaut mieux que rien. »', 'Pour l’artillerie', /^Julien Faure$/u, 'rule:definite-description'],
  ];
  for (const [name, text, prefix, expected, how, vague] of table) {
    it(name, () => {
      const a = analyseDocument(text, redescribedCtx);
      const speaker = speakerOf(a, text, prefix);
      if (!expected) {
        assert.equal(speaker, undefined, `speaker ${speaker?.label} (${speaker?.how})`);
        return;
      }
      assert.match(speaker?.label ?? '', expected, `speaker ${speaker?.label} (${speaker?.how})`);
      if (how) assert.equal(speaker?.how, how);
      if (vague !== undefined) assert.equal(Boolean(speaker?.vague), vague);
    });
  }

  it('a document no one is named for stays generic though the clause after its comma names a state', () => {
    const text = 'Selon des données de suivi maritime, les pétroliers de ce circuit sont immatriculés en Russie, des pavillons peu regardants.';
    const claim = analyseDocument(text, redescribedCtx).claims[0];
    assert.equal(claim?.status, 'vague');
  });

  it('a label quotation is no unattributed quotation', () => {
    const text = 'L’un d’eux porte la mention « pièces détachées, lot numéro 7 ».';
    assert.ok(!codes(analyseDocument(text, redescribedCtx)).includes('unattributed-quote'));
  });

  it('a byline "Avec notre correspondante" is no antecedent', () => {
    const text = 'Des missiles pour Pyongyang\n\nAvec notre correspondante à Séoul, Claire Martin\n\nLe député Lee Jun-ho a rendu compte de la séance. « Il s’agirait de missiles sol-air et de radars », a précisé l’élue.';
    assert.doesNotMatch(speakerOf(analyseDocument(text, redescribedCtx), text, 'Il s’agirait')?.label ?? '', /Claire Martin/u);
  });
});

describe('speakers: the subject of a sentence that quotes a few words', () => {
  // [name, text, quotation prefix, expected speaker label (undefined: no speaker)]
  const table: [string, string, string, RegExp | undefined][] = [
    ['a person who refuses to comment on the words he quotes', 'Le porte-parole du Kremlin, Dmitri Peskov, a toujours refusé de commenter ces « rumeurs ».', 'rumeurs', /Peskov/u],
    ['a person who lashes out at a word', 'Le représentant nord-coréen, Kim Song, a préféré fustiger les « provocations » américaines.', 'provocations', /^Kim Song$/u],
    ['the text named in the sentence before', 'Pyongyang a publié un communiqué dimanche. Le communiqué s’en prend au Japon, accusé de « servir de relais » à Washington.', 'servir', /communiqué/u],
    ['a pronoun subject resolved to the woman named before', 'Avocate à Paris, Claire Royer suit le dossier depuis 2019. Elle s’attend à ce que les alliés tentent de « bricoler » un mécanisme.', 'bricoler', /^Claire Royer$/u],
    ['a treaty’s quoted name is nobody’s speech', 'Vladimir Poutine a signé mercredi un traité de « partenariat stratégique global ».', 'partenariat', undefined],
    ['a quoted name that opens with its noun', 'Vladimir Poutine et Kim Jong-un ont signé un « traité de partenariat stratégique global ».', 'traité', undefined],
    ['a state acts more often than it speaks', 'Moscou enterre ainsi le « gendarme » des sanctions.', 'gendarme', undefined],
    ['a relative clause has its own subject: "dont l’article 4 prévoit …" is the article’s', 'Vladimir Poutine a promulgué le traité, dont l’article 4 prévoit une assistance « immédiate ».', 'immédiate', /^l’article 4 \(le traité\)$/u],
    ['a description that names no one', 'Les deux pays ont inauguré en grande pompe le « pont de l’Amitié ».', 'pont', undefined],
    ['a pronoun subject after an opener is named again, not the agent of a participle', 'Han Ok-sun, une tante de soldat, vit à Séoul. Dans son appartement, elle fait défiler les images publiées par l’armée ukrainienne. Elle guette le visage de son neveu. « Ce n’est pas lui », dit-elle doucement.', 'Ce n’est', /^Han Ok-sun$/u],
    ['a full date between an incise verb and its subject', '« Le navire est prêt à prendre la mer », a rapporté samedi 8 mars 2025 l’agence officielle KCNA.', 'Le navire', /KCNA/u],
    ['"dès" between an incise verb and its subject is no determiner', '« C’est encore une rumeur sans fondement », a balayé dès vendredi le porte-parole du Kremlin, Dmitri Peskov.', 'C’est encore', /Peskov/u],
    ['a longer quotation in the predicate: the subject, not the speaker before', 'Selon le département d’État, 10 000 soldats sont en Russie. Le secrétaire d’État, Antony Blinken, s’attend à ce qu’ils soient engagés « dans les tout prochains jours ».', 'dans les', /Blinken/u],
    ['a role the article never gave the man who spoke last', '« Le texte est classique », relève Nicolas Perrenoud, professeur de droit à Genève. L’article 4 du traité prévoit une aide militaire. « Le renvoi à la Charte lui donne une apparence de légalité », poursuit le juriste.', 'Le renvoi', /^Nicolas Perrenoud$/u],
    ['a masculine role is not the woman who spoke last', '« Le texte est classique », relève Claire Royer, professeure de droit à Genève. L’article 4 du traité prévoit une aide militaire. « Le renvoi à la Charte lui donne une apparence de légalité », poursuit le juriste.', 'Le renvoi', /^le juriste$/u],
    ['an adverb opening the sentence is no name', 'Aussitôt après le vote, le diplomate Marc Dufour a dénoncé « une décision irresponsable ».', 'une décision', /^Marc Dufour$/u],
    ['"Ni" opening a sentence is no name', 'Ni Moscou ni Pyongyang ne reconnaissent ces échanges, qu’ils présentent comme une « coopération normale entre voisins ».', 'coopération', /^(?!Ni\b)/u],
    ['a participle opening the sentence with a date after it is no name', 'Réunis le 11 juillet à Manille, les ministres Marc Dufour et Paul Girard ont condamné « l’approfondissement de la coopération militaire ».', 'l’approfondissement', /^(?!Réunis)./u],
    ['an exercise’s quoted name', 'Le général Park Ji-hoon a supervisé l’exercice « Freedom Edge » en mer du Japon.', 'Freedom', undefined],
    ['a role no lexicon lists, for the only person named so far, paragraphs later', 'Invité par l’université de Lyon, Paul Girard, spécialiste de la Corée, a expliqué ce que la Russie gagne. La salle était pleine. Le sujet n’a rien de local. Les sanctions datent de 2006. Une étudiante pose une question. « Pékin ne fera rien », répond l’enseignant.', 'Pékin', /^Paul Girard$/u],
    ['a role no lexicon lists is not the woman who spoke last', '« Pékin ne fera rien », affirme Claire Royer. La salle se vide. « Moscou non plus », répond l’enseignant.', 'Moscou', /^(?!Claire)/u],
    ['a role no lexicon lists is not the spokesman who spoke last when the article named someone else before', 'Julien Carrel, spécialiste de l’Asie, a expliqué ce que Pyongyang obtient. Le porte-parole du Kremlin, Dmitri Peskov, a jugé cette coopération « légale ». Une étudiante pose une question. « Pékin grogne, mais laisse faire », répond l’enseignant.', 'Pékin grogne', /^(?!Dmitri)/u],
    ['a role no lexicon lists is nobody when two people were named', '« Pékin ne fera rien », affirme Paul Girard, face à Marc Dufour. « Moscou non plus », répond l’enseignant.', 'Moscou', /^(?!Paul|Marc)/u],
    ['a blogger who wrote the sentence before', '« Ils sont courageux », écrivait Andreï Sokolov sur sa chaîne. Le blogueur accuse l’état-major de « gaspiller » ces alliés.', 'gaspiller', /^Andreï Sokolov$/u],
    ['a witness named by a demonstrative is the person just named', 'À Séoul, Kang Mi-ran fait défiler les photos de son fils. Cette transfuge de 52 ans, arrivée au Sud en 2019, a un neveu au front. « Je ne sais pas s’il est vivant », confie-t-elle.', 'Je ne sais', /^Kang Mi-ran$/u],
    ['"Du côté russe," opens the sentence before a role and its name', 'Du côté russe, le porte-parole du Kremlin, Marc Ivanov, a jugé que la coopération était « parfaitement légale ».', 'parfaitement', /^Marc Ivanov$/u],
    ['a verb of manner of speech in an incise', '« Ce sont eux », murmure le capitaine Oleh Marchenko, 34 ans.', 'Ce sont', /^Oleh Marchenko$/u],
    ['a call sign in the speaker’s apposition is nobody’s speech', '« Ce sont eux », chuchote le capitaine Oleh Marchenko, indicatif « Bouk », 34 ans.', 'Bouk', undefined],
    ['a compound rank whose first half is a preposition', 'Dans le Donbass, le sergent Petro Hnatiuk, chef de pièce, voit tomber des obus. « Trois sur dix n’explosent pas », raconte le sous-officier, joint par téléphone.', 'Trois sur', /^Petro Hnatiuk$/u],
    ['a quoted question before its incise', 'L’amphithéâtre était plein. « Que reçoit Kim Jong Un en retour ? », lance Thomas Verbeke, maître de conférences.', 'Que reçoit', /^Thomas Verbeke$/u],
    ['a quoted exclamation before an inverted description', 'Thomas Verbeke a parlé une heure. « Assez de mensonges ! », lance le chercheur.', 'Assez', /^Thomas Verbeke$/u],
  ];
  speakerRows(table, redescribedCtx);
});

describe('speakers and claims: particles, subordinate clauses, appositions, refusals', () => {
  // [name, text, quotation prefix, expected speaker label (undefined: no speaker)]
  const speakers: [string, string, string, RegExp | undefined][] = [
    ['a lower-case particle inside a name after a title', 'L’ancien Premier ministre Dominique de Villepin a estimé que la Russie « a déjà gagné ».', 'a déjà', /^Dominique de Villepin$/u],
    ['two particles inside a name', 'La présidente Marta von der Berg a déclaré que l’Europe « tiendra bon ».', 'tiendra', /^Marta von der Berg$/u],
    ['"Pour X," after a live blog’s time', '12 h 20 - Pour l’ancien ambassadeur de France à Moscou, Jean Dupont, la crise « sert d’abord le Kremlin ».', 'sert', /^Jean Dupont$/u],
    ['a demonstrative describes anew the man just named', 'Au bord de la route qui longe la frontière, Marek Nowak désigne du doigt une colline boisée. « Là-bas, c’est déjà la Biélorussie. Depuis l’été, on entend des tirs presque tous les soirs », raconte cet agriculteur de 58 ans.', 'Là-bas', /^Marek Nowak$/u],
    ['a demonstrative of the other gender is not the man just named', 'Au bord de la route, Marek Nowak désigne une colline. Sa voisine s’approche. « Là-bas, c’est déjà la Biélorussie. On entend des tirs tous les soirs », raconte cette agricultrice de 58 ans.', 'Là-bas', /^(?!Marek)/u],
    ['the subject of a clause after "tandis que"', 'Le Premier ministre a dénoncé « un acte regrettable », tandis que le ministre de la Défense promettait d’« analyser en détail » la trajectoire.', 'analyser', /^le ministre de la Défense$/u],
    ['a portfolio sets a minister apart from the Prime Minister', 'Le Premier ministre a dénoncé un acte regrettable. Le ministre de la Défense a ensuite ajouté que « tout est prêt ».', 'tout est', /^Le ministre de la Défense$/u],
    ['a relative clause on a noun that is also a verb’s form', '« Nous publions nos sources », réplique Lee Soo-jin. Un chiffre que l’analyste juge « probablement sous-estimé ».', 'probablement', /^Lee Soo-jin$/u],
    ['an incise closing the sentence speaks the verbs before it', 'L’ambassadeur Marc Dufour s’est montré prudent. Paris « s’oppose à toute escalade » et appelle « toutes les parties » au dialogue, a-t-il déclaré.', 's’oppose', /^Marc Dufour$/u],
    ['a relative clause on the cited person is no part of the name', 'Le journal cite un chercheur de l’Institut d’études coréennes selon lequel la résolution du satellite « ne dépasse pas trois mètres ».', 'ne dépasse', /^un chercheur de l’Institut d’études coréennes$/u],
  ];
  speakerRows(speakers, redescribedCtx);

  const claims: [string, string, string[]][] = [
    ['a figure summed up by an apposition whose agent is named', 'Le sommet a eu lieu mardi. La Corée du Nord aurait fourni plus de 9 millions d’obus à la Russie, un chiffre avancé par le Pentagone.', []],
    ['the apposition’s source ends before "mais"', 'Le sommet a eu lieu mardi. La Corée du Nord aurait fourni plus de 9 millions d’obus à la Russie, un chiffre avancé par le Pentagone mais contesté par des experts.', []],
    ['a figure a noun phrase says someone evoked is still the author’s computation', 'Le sommet a eu lieu mardi. À ce compte, les 1 000 conteneurs évoqués par Washington représenteraient jusqu’à 500 000 obus.', ['unattributed-claim']],
    ['a named body that does not say is a refusal to comment', 'Le sommet a eu lieu mardi. Le Pentagone n’a pas précisé leur origine.', []],
    ['a refusal followed by another clause still leaves that clause unsourced', 'Le sommet a eu lieu mardi. Le Kremlin n’a jamais informé les familles, et plusieurs centaines de soldats sont morts sans que leurs proches en soient avertis.', ['unattributed-claim']],
    ['"la plupart de ces navires" counts ships, it names no source', 'Le sommet a eu lieu mardi. La plupart de ces navires livrent du pétrole à la Corée du Nord.', ['unattributed-claim']],
    ['"la plupart des pays" is a vague source', 'Le sommet a eu lieu mardi. La plupart des pays redoutent que Moscou livre des missiles à Pyongyang.', ['vague-attribution']],
  ];
  codeRows(claims, redescribedCtx);

  it('soldiers who train themselves are no troops trained by someone', () => {
    const a = analyseDocument('Les soldats américains s’entraînent aux côtés des Polonais.', redescribedCtx);
    assert.ok(!a.claims.some((c) => c.cue === 'claim:entrainer'), JSON.stringify(a.claims.map((c) => c.cue)));
  });

  it('a long descriptive name of the base is found in lower case', () => {
    const team = contextWith([...KB, MSMT, { id: 'NSC', type: 'organisation', name: 'Conseil de sécurité nationale', aliases: [] }]);
    const text = 'La représentante a présenté un rapport de l’équipe multilatérale de surveillance des sanctions. Un conseil de sécurité nationale se réunit.';
    const found = analyseDocument(text, team).mentions.map((m) => m.entityId);
    assert.ok(found.includes('MSMT'), JSON.stringify(found));
    // Four words are not enough: "un conseil de sécurité nationale" may be any state's.
    assert.ok(!found.includes('NSC'), JSON.stringify(found));
  });
});

describe('speakers: speech nouns, "l’intéressé", contracted articles, shared name parts', () => {
  const table: [string, string, string, RegExp | undefined][] = [
    ['a speech noun, its source and a colon', '« Ce sont des affabulations », a répliqué Dmitri Peskov. Réponse de Kiev : « Les débris parlent d’eux-mêmes. »', 'Les débris', /^(?:Kiev|Ukraine)$/u],
    ['"selon l’intéressé" is the man the article is talking about', 'Thomas Lefèvre, ancien diplomate à Séoul, se montre plus nuancé. Selon l’intéressé, Moscou reste « très prudente » sur les technologies de pointe.', 'très prudente', /^Thomas Lefèvre$/u],
    ['"relativiser" with a colon reports', 'Thomas Lefèvre se montre nuancé. Ce dernier point, son contradicteur ne le conteste pas. Mais il en relativise la portée : « Des ingénieurs, ce n’est pas un transfert de savoir-faire. »', 'Des ingénieurs', /^Thomas Lefèvre$/u],
    ['"de l’avis du chercheur" is the researcher named before', 'Le chercheur Paul Girard a publié une note hier. De l’avis du chercheur, Pyongyang a livré « au moins 5 000 obus ».', 'au moins', /^Paul Girard$/u],
    ['a relative after a marker’s phrase takes the marker’s source', 'Moscou a réagi par la voix du ministère des Affaires étrangères, qui a dénoncé « une provocation ».', 'une provocation', /^ministère des Affaires étrangères$/u],
    ['an incise pronoun after a state is the person the sentence before was about', 'Le représentant permanent de la Chine, Fu Cong, s’est gardé de toute critique. Pékin « n’est pas au courant » de la situation, a-t-il répété.', 'n’est pas', /^Fu Cong$/u],
  ];
  speakerRows(table, redescribedCtx);

  it('"partagé par" names who holds the view', () => {
    assert.deepEqual(codes(analyseDocument('Le sommet a eu lieu mardi. Le constat que Pyongyang livre des missiles à Moscou est partagé par la plupart des experts.', redescribedCtx)), ['vague-attribution']);
  });
});

describe('speakers: a shared name part and a body qualified by its base description', () => {
  const PARTY: KbEntity[] = [
    ...KB,
    { id: 'KJU', type: 'person', name: 'Kim Jong-un', aliases: [] },
    { id: 'KJA', type: 'person', name: 'Kim Ju-ae', aliases: [] },
    { id: 'WPK', type: 'organisation', name: 'Parti du travail de Corée', aliases: [] },
    { id: 'RODONG', type: 'organisation', name: 'Rodong Sinmun', aliases: [], description: 'Quotidien officiel du Parti du travail de Corée.' },
  ];
  const partyCtx = contextWith(PARTY);

  it('"a déclaré Kim" is the Kim named first and most often, not his daughter named once', () => {
    const text = 'Kim Jong-un visite une usine\n\nLe dirigeant Kim Jong-un a visité mardi une usine d’obus. Accompagné de sa fille Kim Ju-ae, il a parcouru les ateliers. « Nous produirons davantage », a déclaré Kim.';
    assert.equal(speakerOf(analyseDocument(text, partyCtx), text, 'Nous produirons')?.entityId, 'KJU');
  });

  it('a name part shared by two people each named once links nobody', () => {
    const text = 'Kim Jong-un et Kim Ju-ae ont visité une usine. « Nous produirons davantage », a déclaré Kim.';
    assert.notEqual(speakerOf(analyseDocument(text, partyCtx), text, 'Nous produirons')?.entityId, 'KJU');
  });

  it('"le quotidien du Parti" after the paper: the base describes the paper as the Party’s', () => {
    const text = 'Le Rodong Sinmun consacre sa une à la décision. « Nos fils ont défendu la justice », titre le quotidien du Parti du travail de Corée.';
    assert.equal(speakerOf(analyseDocument(text, partyCtx), text, 'Nos fils')?.entityId, 'RODONG');
  });
});

describe('speakers: relative "où", anonymity clauses, a description named later', () => {
  const LATER: KbEntity[] = [...KB, { id: 'RAPP', type: 'person', name: 'Elena Marquez', aliases: [], description: 'Rapporteuse spéciale de l’ONU sur la situation des droits de l’homme en Corée du Nord.' }];
  const laterCtx = contextWith(LATER);
  const table: [string, string, string, RegExp | undefined][] = [
    ['the subject after a relative "où" and a participle in apposition', 'Pyongyang a placé un satellite en orbite deux mois après la visite de Sergueï Lavrov au cosmodrome, où Dmitri Peskov, interrogé sur une aide spatiale, avait répondu : « C’est pour cela que nous sommes venus. »', 'C’est pour', /Peskov/u],
    ['the antecedent of "qui a requis l’anonymat" is who speaks after a colon', 'Un haut fonctionnaire européen, qui a requis l’anonymat, va plus loin : « Les Russes paient aussi en devises. »', 'Les Russes', /^Un haut fonctionnaire européen$/u],
    ['a description qualified by a body, its person named later in the article', 'Quarante-sept pays ont dénoncé l’envoi de travailleurs. La rapporteuse spéciale de l’ONU parle de « travail forcé ». Dans son rapport, Elena Marquez estime que ces travailleurs ne sont pas libres.', 'travail forcé', /^Elena Marquez$/u],
  ];
  speakerRows(table, laterCtx);

  it('"on relativise" with nothing after it reports nothing', () => {
    assert.deepEqual(codes(analyseDocument('Le sommet a eu lieu mardi. Au Kremlin, on relativise.', laterCtx)), []);
  });
});

describe('claims: a negated infinitive, "avancer un bilan", "on" in a city, an adverb before an infinitive', () => {
  const table: [string, string, string[]][] = [
    ['a negation before the infinitive a verb of saying governs', 'Le sommet a eu lieu mardi. Officiellement, Moscou assure ne plus délivrer de permis de travail aux ouvriers nord-coréens.', []],
    ['a named state puts forward a toll', 'Le sommet a eu lieu mardi. Kiev avance pour sa part un bilan bien plus lourd, de l’ordre de 3 800 tués et blessés.', []],
    ['an army that advances puts forward no figure', 'Le sommet a eu lieu mardi. L’armée russe avance de plusieurs kilomètres, et 300 soldats ont été tués.', ['unattributed-claim']],
    ['"on" in a city stays vague', 'Le sommet a eu lieu mardi. À Séoul, on estime que Pyongyang a livré 3 000 missiles.', ['vague-attribution']],
    ['"avancer" in an incise needs no object word', 'Les services sud-coréens ont remis un rapport aux députés. Des Nord-Coréens auraient aussi été formés en Russie au pilotage de drones, avancent-ils.', []],
    ['"avancer" in the passive with its agent', 'Le sommet a eu lieu mardi. Le chiffre a été avancé en octobre par le Pentagone : la Corée du Nord aurait expédié plus de 13 000 conteneurs vers la Russie.', []],
    ['an adverb between an aspectual verb and its infinitive', 'Le sommet a eu lieu mardi. Moscou continue pourtant de démentir toute acquisition d’armes nord-coréennes.', []],
  ];
  codeRows(table, redescribedCtx);
});

describe('claims: unnamed people in the plural, evidence found', () => {
  const table: [string, string, string[]][] = [
    ['people known by their trade and nationality are a generic source', 'Le sommet a eu lieu mardi. Sur le front, les artilleurs ukrainiens jugent ces obus nord-coréens « rustiques mais redoutables ».', ['vague-attribution']],
    ['strategists are people', 'Le sommet a eu lieu mardi. Les stratèges américains parlent désormais d’un « axe » qui réunirait la Russie et la Corée du Nord.', ['vague-attribution']],
    ['"the two men" are the two the article named', 'Vladimir Poutine a reçu Kim Jong Un mardi. Les deux hommes ont affirmé que leur coopération militaire « ne vise personne ».', []],
    ['investigators who found components', 'Les enquêteurs du Pentagone se sont rendus à Kharkiv. Ils y ont trouvé des composants électroniques fabriqués aux États-Unis.', []],
    ['finding an ally is no evidence', 'Le sommet a eu lieu mardi. Moscou a trouvé en Pyongyang un allié qui lui livre des obus.', ['unattributed-claim']],
  ];
  codeRows(table, redescribedCtx);

  it('a group the article showed before is not generic', () => {
    const text = 'Kiev a libéré mardi des soldats ukrainiens. Les soldats ukrainiens affirment avoir été battus par leurs geôliers.';
    assert.ok(!codes(analyseDocument(text, redescribedCtx)).includes('vague-attribution'));
  });
});

describe('speakers: quotations signed, read, cited, framed by a conditional, described anew', () => {
  const table: [string, string, string, RegExp | undefined][] = [
    ['a person in brackets right after a quotation signs it', 'Le prix du pétrole\n\n« Le plafond sur le prix du pétrole russe n’a jamais vraiment mordu » (Marta Kowalska, Ifri)\n\nL’économiste Marta Kowalska répond à nos questions.', 'Le plafond', /^Marta Kowalska$/u],
    ['"y lit-on": the statement named before', 'Dix pays ont publié une déclaration commune mardi. « Nous appelons tous les États membres à dénoncer toute coopération qui viole les sanctions », y lit-on.', 'Nous appelons', /déclaration commune/u],
    ['a medium cites, after an adverbial phrase, someone unnamed whose words follow', 'Le quotidien Kommersant cite pour sa part un responsable du ministère russe de la Défense, pour qui les Nord-Coréens ne sont que « des observateurs invités ».', 'des observateurs', /^un responsable du ministère russe de la Défense$/u],
    ['an opening "selon" speaks the words a conditional clause quotes', 'Selon Dmitri Peskov, Pyongyang aurait qualifié ces manœuvres de « provocation grossière ».', 'provocation', /Peskov/u],
    ['the relative’s antecedent after a verb and its complement, not after a comma', '« C’est un outil de propagande », a estimé auprès de l’AP un haut responsable de la défense sud-coréen, qui a requis l’anonymat.', 'C’est un', /^un haut responsable de la défense sud-coréen$/u],
    ['a demonstrative subject describes anew the man the sentence before named', 'Le brouillard n’est pas levé quand Algirdas Vaitkus sort ses jumelles. À 71 ans, cet ancien chauffeur du kolkhoze vit près de la frontière. « En août, j’ai compté trente camions en une nuit », raconte-t-il.', 'En août', /^Algirdas Vaitkus$/u],
    ['a generic incise closing the sentence is the one a pronoun takes up', 'Chaque État doit déclarer ses livraisons au comité des sanctions. La Russie y a déclaré à peine 47 000 barils, relève un diplomate européen en poste à Séoul. « Ce silence vaut aveu », tranche-t-il.', 'Ce silence', /^un diplomate européen/u],
    ['a date with its article between an incise verb and its subject', '« Loukachenko a ouvert la porte, Kim est entré », titrait le 3 octobre le quotidien de centre gauche Gazeta Wyborcza.', 'Loukachenko', /Gazeta Wyborcza$/u],
  ];
  speakerRows(table, redescribedCtx);
});

describe('speakers: a clitic before a participle, a dislocated topic, dixit, trades, participles written as such', () => {
  const table: [string, string, string, RegExp | undefined][] = [
    ['"…, y voyant « … »": the clitic belongs to the participle, whose subject is the sentence’s', 'Le gouvernement sud-coréen a protesté jeudi après la ratification du traité par la Corée du Nord, y voyant « une menace directe pour la région ».', 'une menace', /^Le gouvernement sud-coréen$/u],
    ['"…, les accusant de « … »": so does an object pronoun', 'Le ministère ukrainien a convoqué mardi les diplomates de la Russie, les accusant de « complicité de crimes de guerre ».', 'complicité', /^Le ministère ukrainien$/u],
    ['"Quant à X, elle …": the topic set off before the pronoun', 'Le Kremlin salue « un tournant historique ». Quant à l’Ukraine, elle dénonce « une alliance des parias ».', 'une alliance', /Ukraine/u],
    ['"Quant aux experts, ils …": a generic topic stays generic', 'Le Kremlin salue « un tournant historique ». Quant aux experts, ils évoquent « une alliance des parias ».', 'une alliance', /^experts$/u],
    ['"dixit" before the name', 'La Russie a livré « 300 missiles », dixit le ministre sud-coréen de la Défense, Shin Won-sik.', '300', /^Shin Won-sik$/u],
    ['"le procureur" is not the lawyer named before, though one entry lists both trades', '« Mon client ignorait la destination de la marchandise », a soutenu son avocate, Me Yoon Mi-ra. Pour le procureur, l’homme « ne pouvait pas ignorer » qu’il armait la Corée du Nord.', 'ne pouvait', /^le procureur$/u],
    ['"l’avocate" is the lawyer named before', '« Mon client ignorait la destination de la marchandise », a soutenu son avocate, Me Yoon Mi-ra. « Il n’a jamais vu les entrepôts », a insisté l’avocate.', 'Il n’a', /^Yoon Mi-ra$/u],
    ['a participle written with its accent has no subject that reports: the man is the one accused', 'Le procès de Choi Dong-hyun, un homme d’affaires de 61 ans accusé d’avoir « exporté des composants » vers la Corée du Nord, s’est ouvert lundi.', 'exporté', undefined],
  ];
  speakerRows(table, redescribedCtx);
  const codesTable: [string, string, string[]][] = [
    ['a report of a state’s intelligence has an author', 'Un rapport du renseignement sud-coréen publié en mars évoque un taux de défaillance de 20 % des obus livrés par la Corée du Nord.', []],
    ['a report nobody is named for is a vague source', 'Un rapport confidentiel publié en mars évoque un taux de défaillance de 20 % des obus livrés par la Corée du Nord.', ['vague-attribution']],
    ['"à en croire plusieurs études" in an incise is a vague source', 'Ces obus représenteraient, à en croire plusieurs études, près de la moitié des munitions tirées par l’artillerie russe.', ['vague-attribution']],
    ['"l’accusé" is a person, not an accusation', 'L’accusé a plaidé non coupable lundi.', []],
  ];
  codeRows(codesTable, redescribedCtx);
});

describe('speakers: a possessive marker, a title read after its article, "croit savoir", "si l’on en croit", names that spoke, entourage', () => {
  const press = contextWith([...REDESCRIBED, { id: 'LM', type: 'organisation', name: 'Le Monde', aliases: [] }, { id: 'WSJ', type: 'organisation', name: 'Wall Street Journal', aliases: [] }]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['"À ses yeux": the one named before', '« Pékin n’aime pas le fait accompli », résume Liu Wei, chercheur à l’université Renmin. À ses yeux, la visite a été vécue comme « un affront discret ».', 'un affront', /^Liu Wei$/u],
    ['"À leur avis": a plural source named before', 'Les services sud-coréens jugent la visite décisive. À leur avis, la Russie a livré « des missiles modernes » à la Corée du Nord.', 'des missiles', /services sud-coréens/u],
    ['"relève de leurs affaires": no report; the subject before the colon speaks', 'Le Kremlin s’en tient à une ligne constante : la coopération entre la Russie et la Corée du Nord relève « de leurs affaires bilatérales ».', 'de leurs', /^Le Kremlin$/u],
    ['"croit savoir" in an incise', 'La Russie aurait livré « des missiles » à la Corée du Nord, croit savoir le Wall Street Journal.', 'des missiles', /Wall Street Journal$/u],
    ['"si l’on en croit"', 'La Russie a livré « des missiles » à la Corée du Nord, si l’on en croit le Wall Street Journal.', 'des missiles', /Wall Street Journal$/u],
    ['"du Monde": the title after a contracted article', 'D’après les informations du Monde, la Russie a livré « des missiles » à la Corée du Nord.', 'des missiles', /Monde$/u],
    ['a name no rule found that spoke before is the subject a later pronoun takes up', '« Des caisses arrivent de Rajin chaque semaine », confie Sergueï, un docker. Son directeur, Han Sung-min, estime que « ces rotations sont militaires ». Le soir, sur le quai, Sergueï allume une cigarette. « Ici, personne ne parle », lâche-t-il.', 'Ici, personne', /^Sergueï$/u],
    ['"fait valoir" in an incise; "son entourage" stays generic', '« Nous n’avons rien livré », explique Dmitri Peskov. « La Russie ne cédera pas », fait valoir son entourage.', 'La Russie ne', /^son entourage$/u],
    ['"l’entourage du président" is no description of the president', '« Nous n’avons rien livré », explique le président. Selon l’entourage du président, la Russie aurait livré « des chars » à la Corée du Nord.', 'des chars', /^l’entourage du président$/u],
    ['"acquiesce" in an incise', '« C’est vrai », acquiesce Han Sung-min.', 'C’est vrai', /^Han Sung-min$/u],
    ['an anonymity phrase between the antecedent and "pour qui"', 'Le quotidien cite un ancien diplomate chinois, sous couvert d’anonymat, pour qui Pékin « n’a aucun intérêt à voir la Russie armer la Corée du Nord ».', 'n’a aucun', /^un ancien diplomate chinois$/u],
    ['"à en croire les négociants": people the article has not shown', 'Les camions transportent des engrais et, à en croire les négociants de la ville, des « marchandises interdites ».', 'marchandises', /^les négociants de la ville$/u],
  ];
  speakerRows(table, press);
  const codesTable: [string, string, string[]][] = [
    ['the people around someone are a generic source', 'Son entourage affirme que la Russie a livré 300 chars à la Corée du Nord.', ['vague-attribution']],
    ['a generic source that declines to comment sources nothing to flag', 'Son entourage n’a pas souhaité commenter. Des experts n’ont pas souhaité commenter.', []],
    ['"on murmure que" is a vague source', 'Dans la salle, on murmure que les Russes paient les Nord-Coréens en pétrole.', ['vague-attribution']],
    ['"dans les milieux financiers" is a milieu, not a source', 'Dans les milieux financiers de Moscou, plusieurs usines travailleraient pour des commandes nord-coréennes de missiles.', ['vague-attribution']],
  ];
  codeRows(codesTable, press);
  it('the title after its article is the newspaper; "le monde" in lower case is the world', () => {
    const text = 'Selon le Monde, la Russie a livré des obus. Dans le monde entier, du monde se presse.';
    assert.deepEqual(analyseDocument(text, press).mentions.filter((m) => m.entityId === 'LM').map((m) => m.surface), ['Monde']);
  });
});

describe('speakers after heldout91–94: names after roles, demonstratives, long quotations, bodies by their full name', () => {
  const bodies = contextWith([
    ...REDESCRIBED,
    MSMT,
  ]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['a name no rule knows after a role and a nationality', '« Ce témoignage confirme que l’argent finance les obus », a réagi l’eurodéputée belge Saskia Verbeeck.', 'Ce témoignage', /^Saskia Verbeeck$/u],
    ['a demonstrative after a quotation takes up the generic source of the sentence before', 'Des informaticiens nord-coréens travailleraient ici, selon un entrepreneur local. « Ils sont excellents et trois fois moins chers », reconnaît cet homme d’affaires.', 'Ils sont excellents', /^un entrepreneur local$/u],
    ['a pronoun after a quotation of several sentences counts from its first sentence', 'Les hommes montent les coffrages. « Ce sont des Nord-Coréens », glisse un grutier russe. « Ils travaillent quatorze heures par jour. Ils touchent à peine le dixième de leur paie. Le vendredi, un type de leur consulat vient compter les têtes », poursuit-il.', 'Ils travaillent', /^un grutier russe$/u],
    ['"la presse japonaise" is not the woman who spoke last', '« Washington ose parler de vol », a lancé la porte-parole Maria Zakharova. La plateforme piratée serait « japonaise », croit savoir de son côté la presse japonaise.', 'japonaise »', /^la presse japonaise$/u],
    ['"sa sœur Haruko": the honorific shows a woman, whom "il" does not take up', 'Kenzo Sasaki, 81 ans, vient chaque dimanche. Sur le cliché, sa sœur Haruko sourit. « Kim n’a plus aucune raison de nous parler », lâche-t-il.', 'Kim n’a', /^Kenzo Sasaki$/u],
    ['the inverted pronoun of an incise is not the generic subject of its sentence', '« Nous avons fui en janvier », raconte Kim Chol-su, ancien soldat. Un pasteur sud-coréen les a cachés pendant six semaines, raconte-t-il. « Sans lui, nous serions morts », ajoute-t-il.', 'Sans lui', /^Kim Chol-su$/u],
    ['"l’équipe" after "la MSMT": the noun of the body’s full name', 'Le document est le deuxième de la MSMT. « La Russie est devenue une plateforme de réexportation », écrit l’équipe.', 'La Russie est', /^(?:MSMT|Équipe multilatérale)/u],
  ];
  speakerRows(table, bodies);
  it('an interview whose interviewee is named by a nationality, or under his words in the headline', () => {
    const text = [
      'Ousmane Kaboré : « Les armes arrivent en Afrique par la porte russe »',
      '',
      'Ancien enquêteur, le Burkinabè Ousmane Kaboré a travaillé cinq ans sur ces exportations.',
      '',
      'Propos recueillis par Fatou Ndiaye',
      '',
      'Des armes nord-coréennes circulent-elles sur le continent ?',
      '',
      'Oui. Depuis 2023, la Russie a reçu des millions d’obus nord-coréens.',
      '',
      'Qui surveille ces flux ?',
      '',
      'Personne. Pyongyang a vendu des armes à Moscou.',
    ].join('\n');
    const a = analyseDocument(text, bodies);
    const claim = a.claims.find((c) => text.slice(c.start, c.end).includes('la Russie a reçu'));
    assert.equal(claim?.status, 'attributed');
    assert.equal(claim?.source?.label, 'Ousmane Kaboré');
  });
});

describe('interviews: turns that open on the speaker’s name in capitals', () => {
  const text = [
    'Marta Nowicka : « Minsk est devenu un laboratoire »',
    '',
    'Propos recueillis par Paul Girard',
    '',
    'Marta Nowicka dirige le programme consacré au Bélarus d’un institut de Varsovie.',
    '',
    'LE JOURNAL. - Des officiers nord-coréens ont-ils assisté aux manœuvres ?',
    '',
    'Marta NOWICKA. - Oui. Ils ont suivi les tirs d’artillerie depuis les postes de commandement.',
    '',
    'LE JOURNAL. - Que peuvent faire la Pologne et les États baltes ?',
    '',
    'Marta NOWICKA. - Les unités nord-coréennes engagées à Koursk ont appris la guerre des drones. Pyongyang livre des obus à Moscou.',
  ].join('\n');
  it('the answers are the interviewee’s, named by the turns', () => {
    const a = analyseDocument(text, redescribedCtx);
    const unsourced = a.claims.filter((c) => c.status !== 'attributed' && text.slice(c.start, c.end).includes('Pyongyang livre'));
    assert.deepEqual(unsourced, []);
    const claim = a.claims.find((c) => text.slice(c.start, c.end).includes('Pyongyang livre'));
    assert.equal(claim?.source?.label, 'Marta Nowicka');
  });
});

describe('speakers: documents taken up and their authors, nationalities and kin, people just shown', () => {
  const reports = contextWith([
    ...REDESCRIBED,
    MSMT,
    { id: 'CAR', type: 'organisation', name: 'Conflict Armament Research', aliases: ['CAR'] },
    { id: 'AR', type: 'country', name: 'Argentine', aliases: [], demonyms: ['argentin'] },
    { id: 'GROSSI', type: 'person', name: 'Rafael Grossi', aliases: ['Grossi'], description: 'Diplomate argentin, directeur général de l’AIEA.' },
  ]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['"ses auteurs" speak for who published the report', 'Un rapport publié jeudi par Conflict Armament Research retrace le parcours des obus. « Le doute n’est plus permis », écrivent ses auteurs.', 'Le doute', /^ses auteurs \(Conflict Armament Research\)$/u],
    ['"le document", taken up again, points back to the report and its author', 'Le premier rapport de la MSMT est paru mardi. Il compte quarante pages. « La Russie paie en pétrole », affirme le document.', 'La Russie paie', /^le document \(Équipe multilatérale/u],
    ['"les auteurs du rapport", then "ils"', 'Une étude du RUSI décrit les livraisons. Les auteurs du rapport notent que la Russie paie en pétrole. « Le troc est devenu la règle », écrivent-ils.', 'Le troc', /^Les auteurs du rapport/u],
    ['a report framed by "dans" speaks for the sentence’s source', 'Dans un rapport publié mercredi, la MSMT détaille les livraisons de pétrole. Le document est signé par les onze pays membres. « La Russie a livré plus d’un million de barils », écrivent ses auteurs.', 'La Russie a livré', /^ses auteurs \(Équipe multilatérale/u],
    ['a nationality as a noun after its article is the person of that nationality named just before', 'Le directeur général de l’AIEA, Rafael Grossi, a évoqué une « augmentation très significative » des capacités. « Le programme avance à toute vitesse », a déploré l’Argentin.', 'Le programme', /^Rafael Grossi$/u],
    ['a paper’s title in quotation marks after a contracted article is nobody’s words', 'Interrogés, les chemins de fer russes n’ont pas répondu aux questions du « Monde ».', 'Monde', undefined],
    ['a people’s name after "de" stays the words of who said it', 'Un administrateur de canal, Igor Petrov, m’a raconté avoir reçu une consigne : parler de « Bouriates », jamais de Coréens.', 'Bouriates', /^Igor Petrov$/u],
    ['a title after "au" even next to a reporting verb', 'Les douanes ont immobilisé un vraquier, a confirmé au « Soir » le ministère des Finances.', 'Soir', undefined],
    ['"l’analyste suisse" after an officer of the Swiss army who spoke last', 'Pierre-Alain Rüegg, ancien officier de l’armée suisse devenu analyste, a compté les corps. « C’est un plancher », explique-t-il. « Chaque camp a intérêt à mentir », conclut l’analyste suisse.', 'Chaque camp', /^Pierre-Alain Rüegg$/u],
    ['a report introduced with no author gives "le document" none', 'Selon un rapport confidentiel, la Russie a livré du pétrole. « Les livraisons continuent », affirme le document.', 'Les livraisons', /^le document$/u],
    ['a treaty named since is the text meant, not the report before', 'Un rapport de la MSMT décrit les livraisons. Le traité signé en juin 2024 lie les deux pays. « Une assistance sans délai », prévoit le texte.', 'Une assistance', /^le texte$/u],
    ['a nationality the article never gave describes anew the person who spoke last', 'Pour Damien Spleeters, directeur adjoint de l’institut, « chaque lot raconte une histoire ». L’enquêteur belge insiste sur la méthode. « Nous ne publions que ce que nous avons vu », explique-t-il.', 'Nous ne publions', /^Damien Spleeters$/u],
    ['a lone given name is a person, and a man who spoke before is no rival to "la sexagénaire"', 'Viktor Orlov, 71 ans, a été aiguilleur. « On ne voyait plus un Coréen », sourit l’ancien cheminot. Sa voisine, Galina, qui tient l’épicerie, est plus prudente. « Je ne pose pas de questions », glisse la sexagénaire.', 'Je ne pose', /^Galina$/u],
    ['kin the article does not name is a generic source', 'Ha Eun-byeol garde le contact avec sa famille. Sa mère lui a confié que des soldats étaient partis « très loin, chez les Russes ».', 'très loin', /^Sa mère$/u],
    ['"sa sœur Haruko" is named, not kin left unnamed', 'Kenzo Sasaki vit seul. « Il est parti en mars », raconte sa sœur Haruko.', 'Il est parti', /^Haruko$/u],
    ['an agent’s role, then the name set off after it', 'Moscou a rejeté le rapport, jugé « politisé » par le représentant russe, Guennadi Gatilov.', 'politisé', /^Guennadi Gatilov$/u],
    ['countries that speak in a joint statement speak by it', 'Dans une déclaration commune publiée mardi, une quinzaine de pays ont dénoncé des « vols massifs » de cryptomonnaies.', 'vols massifs', /^une quinzaine de pays \(une déclaration commune\)$/u],
    ['"les trois pays" the sentence after their joint communiqué', 'Séoul, Tokyo et Washington ont condamné le tir dans un communiqué commun. Les trois pays y relèvent « l’assistance de la Russie ».', 'l’assistance', /^Les trois pays \(un communiqué commun\)$/u],
    ['"les signataires" take up the statement named earlier', 'Onze pays ont publié jeudi une déclaration commune. Le texte vise les livraisons d’armes. Les signataires appellent Pyongyang à « cesser immédiatement » ses livraisons.', 'cesser', /^Les signataires \(une déclaration commune\)$/u],
    ['a demonstrative points at the person just shown with "un", not at the man named before', '« Des cadeaux de Kim », sourit Bohdan Ivanenko, chef de pièce. Dans un hangar, un démineur de la brigade démonte les fusées. « La poudre n’est pas homogène », affirme ce sergent.', 'La poudre', /^un démineur de la brigade/u],
  ];
  speakerRows(table, reports);
  it('kin, and a person just shown, stay generic sources: their claims are vague', () => {
    const text = 'Ha Eun-byeol garde le contact avec sa famille. Sa mère lui a confié que des soldats avaient été envoyés en Russie.';
    const claim = analyseDocument(text, reports).claims.find((c) => text.slice(c.start, c.end).startsWith('Sa mère'));
    assert.equal(claim?.status, 'vague');
  });
  const codesTable: [string, string, string[]][] = [
    ['an estimate of a state’s intelligence service is sourced', 'Les pertes dépasseraient 4 000 tués, d’après une estimation du renseignement ukrainien.', []],
    ['an estimate of no one is vague', 'Selon une estimation, les pertes dépassent 4 000 tués.', ['vague-attribution']],
    ['a relative clause whose verb is done stands inside the subject: the person met stays a generic source', 'Un ancien contremaître que j’ai rencontré à Vladivostok estime que la Russie a livré des obus.', ['vague-attribution']],
    ['a relative clause on a thing whose verb reports keeps its own subject', 'Une facture que les services sud-coréens évaluent à 20 milliards de dollars a été réglée par la Russie.', []],
    ['the authors of a report named before rely on what they show', 'Un rapport de la MSMT chiffre à 9 millions le nombre d’obus. Selon le rapport, la Corée du Nord a transféré 100 missiles. Les auteurs s’appuient aussi sur des images satellitaires montrant au moins 16 000 conteneurs.', []],
  ];
  codeRows(codesTable, reports);
  it('an interview headline that opens on a quotation and then names the interviewee is the interviewee’s', () => {
    const text = [
      '« La Russie paie Pyongyang en technologies » : entretien avec Clara Weiss',
      '',
      'Chercheuse à l’Institut allemand des affaires internationales, Clara Weiss étudie depuis dix ans la coopération entre Moscou et Pyongyang.',
      '',
      'Que reçoit la Corée du Nord en échange des obus ?',
      '',
      'Du pétrole, des devises, mais surtout des technologies militaires.',
      '',
      'Peut-on le prouver ?',
      '',
      'Pas encore. Mais la Russie a livré des pièces de satellite à Pyongyang.',
    ].join('\n');
    assert.match(speakerOf(analyseDocument(text, reports), text, 'La Russie paie')?.label ?? '', /^Clara Weiss$/u);
  });
});

describe('speakers and sources: relays that ask, ordinals and "cette dernière", generic subjects before a colon, passives, figures taken up', () => {
  const people = contextWith([
    ...REDESCRIBED,
    { id: 'CHOE', type: 'person', name: 'Choe Son Hui', aliases: [], description: 'Diplomate nord-coréenne, ministre des Affaires étrangères.' },
    { id: 'LAV', type: 'person', name: 'Sergueï Lavrov', aliases: ['Lavrov'], description: 'Ministre russe des Affaires étrangères.' },
    { id: 'PESK', type: 'person', name: 'Dmitri Peskov', aliases: ['Peskov'], description: 'Porte-parole du Kremlin.' },
    { id: 'CHOSUN', type: 'organisation', name: 'Chosun Ilbo', aliases: [], description: 'Quotidien sud-coréen.' },
    { id: 'HANKYO', type: 'organisation', name: 'Hankyoreh', aliases: [], description: 'Quotidien sud-coréen.' },
  ]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['a medium that asked the question relays the subject it introduces', 'Interrogé par l’AFP, le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter « des rumeurs qui circulent sur internet ».', 'des rumeurs', /^Dmitri Peskov$/u],
    ['"cette dernière": the latest person the base shows to be a woman', 'Sergueï Lavrov a reçu Choe Son Hui à Moscou. « Nos relations sont excellentes », a assuré cette dernière.', 'Nos relations', /^Choe Son Hui$/u],
    ['"ce dernier" passes over a woman named after him', 'Sergueï Lavrov a reçu Choe Son Hui à Moscou. « Nos relations sont excellentes », a assuré ce dernier.', 'Nos relations', /^Sergueï Lavrov$/u],
    ['"le premier" and "le second" of two papers named together', 'Le Chosun Ilbo et le Hankyoreh ont consacré leur une au sujet. « Le pire scénario se réalise », titre mardi le premier. « Rien n’est prouvé », tempère le second.', 'Rien', /^Hankyoreh$/u],
    ['"le premier" of two papers', 'Le Chosun Ilbo et le Hankyoreh ont consacré leur une au sujet. « Le pire scénario se réalise », titre mardi le premier.', 'Le pire', /^Chosun Ilbo$/u],
    ['someone unnamed who opens the sentence speaks after its colon, whatever the verb', 'La foule se disperse. Sur le trottoir, un vendeur replie ses drapeaux en soupirant : « Demain, ils reviendront ».', 'Demain', /^un vendeur$/u],
    ['a slogan after a colon with no person before it is nobody’s', 'La foule se disperse. Le slogan de la foule : « Vive la bombe ».', 'Vive', undefined],
    ['an interview’s headline on a topic and a colon quotes the interviewee', ['Corée du Nord : « Pyongyang a gagné une expérience du combat »', '', 'Chercheuse à l’Institut de recherche, Céline Pajot analyse la guerre.', '', 'Que sait-on des soldats ?', '', 'Les estimations varient.', '', 'Que reçoit Pyongyang ?', '', 'Du pétrole et des devises.'].join('\n'), 'Pyongyang a gagné', /^Céline Pajot$/u],
  ];
  speakerRows(table, people);
  const codesTable: [string, string, string[]][] = [
    ['an unnamed officer taken up by "qui s’exprime" stays generic', 'Les missiles ont raté leur cible, explique un officier de l’armée ukrainienne, qui s’exprime sous couvert d’anonymat.', ['vague-attribution']],
    ['the passive of an estimate names its agent', 'Le sommet a eu lieu mardi. Le nombre de soldats tués est estimé à 3 000 par Washington.', []],
    ['the passive of a verb that reports only in the active names no source', 'Le sommet a eu lieu mardi. Une partie des livraisons de munitions est assurée par une compagnie russe.', ['unattributed-claim']],
    ['a figure taken up with its source in the next sentence is sourced', 'Le sommet a eu lieu mardi. La Corée du Nord aurait livré six millions d’obus à la Russie. Ce chiffre, avancé par le renseignement sud-coréen, n’a jamais été confirmé par Moscou.', []],
    ['a figure taken up with no source stays unattributed', 'Le sommet a eu lieu mardi. La Corée du Nord aurait livré six millions d’obus à la Russie. Ce chiffre, jamais confirmé, circule depuis des mois.', ['unattributed-claim']],
  ];
  codeRows(codesTable, people);
  it('a time in a live blog is no figure of the heading after it', () => {
    const text = 'Guerre en Ukraine, en direct\n\n13 h 15 - L’analyse d’un expert\n\nPour Michael Kofman, spécialiste de l’armée russe, la guerre continue.';
    assert.deepEqual(codes(analyseDocument(text, people)), []);
  });
  it('a colon after an exclamation inside a quotation goes on with the sentence', () => {
    const text = '« Les Nord-Coréens défilent déjà à Moscou ! » : c’est avec ce message qu’un compte a diffusé une vidéo.';
    assert.equal(analyseDocument(text, people).sentences.length, 1);
  });
});

describe('speakers and sources after heldout99–102: clauses after ", et", participles in -u, wire datelines, named bodies after a generic head, quoted verbs', () => {
  const people = contextWith([
    ...REDESCRIBED,
    { id: 'GERAS', type: 'person', name: 'Valéri Guerassimov', aliases: ['Guerassimov'], description: 'Général russe.' },
    { id: 'PUT', type: 'person', name: 'Vladimir Poutine', aliases: ['Poutine'], description: 'Président de la Russie.' },
    { id: 'BARROT', type: 'person', name: 'Jean-Noël Barrot', aliases: ['Barrot'], description: 'Ministre français.' },
    { id: 'YOON', type: 'person', name: 'Yoon Suk Yeol', aliases: ['Yoon'], description: 'Président de la Corée du Sud.' },
    { id: 'YONHAP', type: 'organisation', name: 'Yonhap', aliases: [], description: 'Agence de presse sud-coréenne.' },
    { id: 'KURSK', type: 'place', name: 'région de Koursk', aliases: ['Koursk'] },
    { id: 'ALBA', type: 'person', name: 'Anthony Albanese', aliases: ['Albanese'], description: 'Premier ministre australien.' },
  ]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['", et" after a comma opens a clause: its subject is not the place before', 'Valéri Guerassimov a reconnu que des unités avaient aidé à « libérer » la région de Koursk, et Vladimir Poutine a salué leur « héroïsme ».', 'héroïsme', /^Vladimir Poutine$/u],
    ['…and the quotation in the first clause is the first subject’s', 'Valéri Guerassimov a reconnu que des unités avaient aidé à « libérer » la région de Koursk, et Vladimir Poutine a salué leur « héroïsme ».', 'libérer', /^Valéri Guerassimov$/u],
    ['a participle in -u opens the sentence before its subject', 'Entendu par la commission le 5 février, le ministre des Affaires étrangères, Jean-Noël Barrot, avait estimé que Pyongyang était « un cobelligérant de fait ».', 'un cobelligérant', /^Jean-Noël Barrot$/u],
    ['a wire’s dateline with an abbreviated month and a double dash names no antecedent', 'SEOUL, 7 nov. (Yonhap) -- Le président Yoon Suk Yeol a déclaré jeudi que Séoul pourrait livrer des armes.\n\n« Nous n’excluons pas cette possibilité », a-t-il dit.', 'Nous n’excluons', /^Yoon Suk Yeol$/u],
    ['a noun in apposition judged by an agent names the agent', 'Un chasseur chinois a largué des leurres devant un hélicoptère, un incident jugé « dangereux et inacceptable » par le premier ministre, Anthony Albanese.', 'dangereux', /^Anthony Albanese$/u],
  ];
  speakerRows(table, people);
  const codesTable: [string, string, string[]][] = [
    ['a generic head then the name that closes the phrase is that body', 'Le sommet a eu lieu mardi. Selon l’ONG OVD-Info, au moins quatorze personnes ont été poursuivies pour avoir dénoncé les livraisons d’obus à la Russie.', []],
    ['the subject of a passive reports nothing', 'Le sommet a eu lieu mardi. Un ambulancier de Koursk a été condamné à deux ans de colonie.', []],
    ['a thing with a person’s ending is no one unnamed', 'Le sommet a eu lieu mardi. Un incident a éclaté quand la Russie a livré 300 missiles à Pyongyang.', ['unattributed-claim']],
  ];
  codeRows(codesTable, people);
});

describe('speakers and sources in the twentieth session: quotations that open on a reporting verb, texts addressed to a body, relative "où", label nouns, lists of complements, court roles', () => {
  const people = contextWith([
    ...REDESCRIBED,
    { id: 'CSNU', type: 'organisation', name: 'Conseil de sécurité', aliases: ['Conseil de sécurité de l’ONU'], description: 'Organe des Nations unies.' },
    { id: 'AUS', type: 'country', name: 'Australie', aliases: [] },
    { id: 'DEU', type: 'country', name: 'Allemagne', aliases: [] },
    { id: 'JPN', type: 'country', name: 'Japon', aliases: [] },
    { id: 'CAN', type: 'country', name: 'Canada', aliases: [] },
  ]);
  const table: [string, string, string, RegExp | undefined][] = [
    ['a quotation opening on a reporting verb is what the state before it says', 'La réunion a eu lieu mardi. La Russie « dément catégoriquement » ces informations.', 'dément', /^La Russie$/u],
    ['…with a plural verb, the states listed before it', 'La réunion a eu lieu mardi. Dans une déclaration, l’Allemagne, l’Australie et le Japon « condamnent avec fermeté » ces livraisons.', 'condamnent', /Allemagne|Australie|Japon/u],
    ['…but not a quotation that opens on a verb of another kind', 'La réunion a eu lieu mardi. Les soldats « ont déserté » en masse.', 'ont déserté', undefined],
    ['a letter addressed to a body is not written by it', 'La réunion a eu lieu mardi. Dans une lettre au Conseil de sécurité, la Russie « rejette » ces accusations.', 'rejette', /^la Russie$/u],
    ['a relative "où" with no comma opens a clause whose subject speaks', 'La chaîne Rybar a publié une vidéo où un soldat affirme qu’« un obus sur cinq n’explose pas ».', 'un obus', /^un soldat$/u],
    ['a name in quotation marks after a label noun does not cut the subject', 'Sur Telegram, la chaîne « Rybar », proche de l’armée, a publié une vidéo où un soldat affirme qu’« un obus sur cinq n’explose pas ».', 'un obus', /^un soldat$/u],
    ['a diplomatic mission is a body that speaks', 'La réunion a eu lieu mardi. Dans un message, la représentation russe à Vienne « dément toute coopération » et dénonce une « campagne orchestrée ».', 'campagne', /^la représentation russe/u],
    ['a list of named complements after "de" stays in one subject', 'Dix pays ont publié une déclaration commune. Les ministres des Affaires étrangères d’Allemagne, d’Australie, du Canada et du Japon condamnent « avec la plus grande fermeté » l’envoi de troupes.', 'avec la plus', /^Les ministres des Affaires étrangères d’Allemagne/u],
    ['the defendant is the person who appeared before the court', 'Artiom Belov a comparu lundi devant le tribunal. « J’ai filmé ce que j’ai vu », a déclaré le prévenu.', 'J’ai filmé', /^Artiom Belov$/u],
  ];
  speakerRows(table, people);
  const labels: [string, string, string, RegExp | undefined][] = [
    ['nor the name of a programme', 'Olga Skabeeva, qui anime l’émission « 60 minutes », a salué ce geste.', '60 minutes', undefined],
  ];
  speakerRows(labels, people);
  const more = contextWith([
    ...REDESCRIBED,
    { id: 'HANK', type: 'organisation', name: 'Hankyoreh', aliases: [], description: 'Quotidien sud-coréen.' },
    { id: 'JOONG', type: 'organisation', name: 'JoongAng Ilbo', aliases: [], description: 'Quotidien sud-coréen.' },
    { id: 'PESKOV', type: 'person', name: 'Dmitri Peskov', aliases: ['Peskov'], description: 'Porte-parole du Kremlin.' },
  ]);
  const chains: [string, string, string, RegExp | undefined][] = [
    ['a headline that announces an interview with someone described quotes the interviewee', '« Les Nord-Coréens apprennent vite » : entretien avec un ancien officier ukrainien\n\nAncien colonel de l’armée ukrainienne, Oleh Kravtchenko a commandé une brigade. Il enseigne à Kharkiv. Propos recueillis par Julien Morand.\n\nLes soldats sont-ils une menace ?\n\nAu début, non. Mais ils ont changé de tactique.\n\nCombien sont-ils ?\n\nNos services parlent de 12 000 hommes.', 'Les Nord-Coréens', /^Oleh Kravtchenko$/u],
    ['a body in apposition to a phrase no lexicon knows is the subject a pronoun of its sentence takes up', 'Le JoongAng Ilbo parle d’un « tournant dangereux ». Son concurrent de gauche, le Hankyoreh, se montre plus mesuré : selon lui, Moscou « n’a aucun intérêt » à voir la péninsule s’embraser.', 'n’a aucun', /^Hankyoreh$/u],
    ['after an incise the main clause resumes: its object is no inverted subject, and the generic source goes on', 'Un diplomate européen reconnaît que le sujet « divise » les Vingt-Sept. Certains États membres, explique-t-il, craignent des représailles. « Un accord pourrait intervenir avant l’été », estime-t-il.', 'Un accord', /^Un diplomate européen$/u],
  ];
  speakerRows(chains, more);
  const codesTable: [string, string, string[]][] = [
    ['who asked is not who answered: the named subject is the source', 'Le Kremlin refuse de commenter. Interrogé par des journalistes, son porte-parole, Dmitri Peskov, a renvoyé les questions vers le ministère de la Défense.', []],
    ['special forces speak as an institution', 'Le sommet a eu lieu mardi. Les forces spéciales ukrainiennes disent avoir capturé deux soldats nord-coréens.', []],
    ['"tirer de" draws a benefit, it fires nothing', 'Le sommet a eu lieu mardi. La Corée du Nord tire de son soutien à la Russie un prestige nouveau.', []],
    ['"se défendre de" is a named party’s denial', 'Le sommet a eu lieu mardi. Pékin se défend de toute implication dans les livraisons d’armes nord-coréennes.', []],
    ['…and so is "se défendre d’avoir"', 'Le sommet a eu lieu mardi. Le ministre russe se défend d’avoir livré des armes.', []],
  ];
  codeRows(codesTable, more);
  const clitics: [string, string, string, RegExp | undefined][] = [
    ['a pronoun set off right after a subject no base names is that subject', 'Le consulat n’a pas répondu. Les autorités régionales, elles, parlent d’une « coopération éducative ».', 'coopération', /^Les autorités régionales$/u],
    ['object pronouns between a verb of saying and its infinitive', 'Natalia Petrova gère une entreprise. Elle assure les payer « 80 000 roubles » par mois.', '80 000', /^Natalia Petrova$/u],
    ['a ship’s name with a number is nobody’s words', 'Le navire, le « Vostok-7 », avait quitté le port de Rajin, selon la société MarineTraffic.', 'Vostok-7', undefined],
    ['a list between dashes is the apposition of the subject before it', 'Le sommet a eu lieu mardi. Les ministres du G7 – Allemagne, Canada et Japon – ont exprimé leur « inquiétude ».', 'inquiétude', /^Les ministres du G7$/u],
  ];
  speakerRows(clitics, more);
  const counterparts = contextWith([
    ...REDESCRIBED,
    { id: 'LAV', type: 'person', name: 'Sergueï Lavrov', aliases: ['Lavrov'], description: 'Ministre des Affaires étrangères de la Russie depuis 2004.' },
    { id: 'CHOE', type: 'person', name: 'Choe Son-hui', aliases: [], description: 'Diplomate nord-coréenne, ministre des Affaires étrangères de la Corée du Nord depuis 2022.' },
  ]);
  const transcript = 'L’invité du matin. Antoine Bondaz : « La Corée du Nord est indispensable à la Russie »\n\nJOURNALISTE : Antoine Bondaz, bonjour. Des soldats combattent-ils déjà ?\n\nANTOINE BONDAZ : Bonjour. Ils sont dans la région de Koursk, c’est certain. Et ils apprennent « très vite » le combat moderne.\n\nJOURNALISTE : Moscou dément pourtant.\n\nANTOINE BONDAZ : Moscou a démenti pendant des mois. Ce sera « pareil » ici.';
  speakerRows([
    ['a transcript’s turn is its speaker’s', transcript, 'très vite', /^Antoine Bondaz$/u],
    ['…the last turn too', transcript, 'pareil', /^Antoine Bondaz$/u],
    ['an interviewee merely named before is who "il" takes up when no one else can be', 'Il s’appelle Kim Chol-su, un nom d’emprunt. À 41 ans, il a fui en 2019. « On nous a demandé de produire deux fois plus d’obus », se souvient-il.', 'On nous a', /^Kim Chol-su$/u],
    ['a generic head, a nationality, then a name: that body', 'Le sommet a eu lieu mardi. Selon l’ONG sud-coréenne NK Watch, les usines tournent « jour et nuit ».', 'jour et nuit', /^NK Watch$/u],
  ], counterparts);
  codeRows([
    ['a named source speaking of a figure reports it', 'Le sommet a eu lieu mardi. Le Pentagone parle de 10 000 hommes.', []],
    ['services qualified as Western name no country', 'Le sommet a eu lieu mardi. Les services occidentaux, eux, s’attendent à ce que la production de munitions double d’ici à la fin de l’année.', ['vague-attribution']],
    ['colleagues and industrialists unnamed are generic sources', 'Le sommet a eu lieu mardi. Selon plusieurs industriels, une levée de cette restriction ouvrirait un marché de plusieurs milliards d’euros.', ['vague-attribution']],
    ['a thing after a verb with no quotation before it is no inverted subject', 'Le sommet a eu lieu mardi. Le procureur général d’Ukraine, Andriy Kostine, a évoqué en février une vingtaine de tirs.', []],
    ['"la guerre" after a verb of saying is no infinitive after a clitic', 'Les militaires subissent des pertes. Mais, selon plusieurs experts, Pyongyang y apprend la guerre moderne à marche forcée.', ['vague-attribution']],
  ], counterparts);
  codeRows([
    ['in an interview’s answer, "on" is the interviewee', '« Les Nord-Coréens apprennent vite » : entretien avec un ancien officier\n\nAncien colonel de l’armée ukrainienne, Oleh Kravtchenko a commandé une brigade. Propos recueillis par Julien Morand.\n\nLes soldats sont-ils une menace ?\n\nDepuis février, on observe une rotation : des unités arrivent après trois mois de formation en Russie.\n\nCombien sont-ils ?\n\nNos services parlent de 12 000 hommes.', []],
    ['a poll named by its maker is no anonymous document', 'Le sommet a eu lieu mardi. À en croire un sondage Gallup publié vendredi, 66 % des Sud-Coréens restent opposés à toute livraison d’armes.', []],
    ['"a tenu à rappeler que" reports as "a rappelé que"', 'Le sommet a eu lieu mardi. Le ministère de la Défense a pour sa part tenu à rappeler que Pyongyang avait procédé cette année à au moins douze tirs de missiles.', []],
    ['declining to comment on a presence asserts no presence', 'Le sommet a eu lieu mardi. Le Kremlin a de nouveau refusé de commenter la présence de soldats nord-coréens sur le sol russe.', []],
    ['…but refusing to sell weapons is a stance', 'Le sommet a eu lieu mardi. Le pays refuse toujours de vendre des armes létales à Kiev.', ['unattributed-claim']],
    ['hesitating to deliver asserts no delivery', 'Le sommet a eu lieu mardi. Séoul hésite encore à livrer des armes à Kiev.', []],
  ], counterparts);
  speakerRows([
    ['"celui-ci" is the man named last', 'Aux yeux de Cha Du-hyeogn, chercheur à l’Institut Asan, le gouvernement ne prendra pas ce risque. « C’est illégal », ajoute celui-ci.', 'C’est illégal', /^Cha Du-hyeogn$/u],
    ['after a quotation and its verb, a long definite phrase on a common noun speaks', 'Une vidéo circule depuis lundi. « Des milliers de soldats arrivent à Donetsk. L’Europe dort », affirme la légende d’une des publications les plus partagées, écrite en cyrillique.', 'Des milliers', /^la légende d’une des publications/u],
    ['a headline’s quotation before a colon is the subject’s that warns after it', '« Alliance des parias » : le Sénat alerte sur la menace nord-coréenne\n\nLe rapport a été publié mercredi.', 'Alliance des parias', /^le Sénat$/u],
    ['a rubric before "|" is no subject', 'Guerre en Ukraine | Ottawa dénonce la « flotte fantôme » russe\n\nLe gouvernement a publié sa liste mercredi.', 'flotte fantôme', /^(?!Guerre)/u],
    ['a lower-case title before a name after the verb: the name', 'Le foyer accueille des transfuges. « Ils arrivent avec une peur immense », observe sœur Cecilia Pak, qui dirige le foyer.', 'Ils arrivent', /^Cecilia Pak$/u],
    ['a pronoun that takes up no one loses a quotation to the named subject of the sentence', 'Sœur Cecilia Pak dirige le foyer. La religieuse estime que la plupart taisent ce qu’ils ont vu, « par crainte que leurs parents soient envoyés en camp ».', 'par crainte', /^(?:Cecilia Pak|La religieuse)$/u],
    ['"selon lequel" is the body named right before its comma', 'Le sommet a eu lieu mardi. Ces récits recoupent les estimations du Service national de renseignement (NIS), selon lequel Pyongyang aurait expédié « plus de 12 millions » d’obus.', 'plus de 12', /NIS|renseignement/u],
    ['a cleft’s focus, all of it, is who speaks', 'Le sommet a eu lieu mardi. C’est le ministre de la Défense qui a annoncé « une riposte ».', 'une riposte', /^le ministre de la Défense$/u],
    ['the opposition is a body that speaks', 'Le sommet a eu lieu mardi. Pour l’opposition, ce serait « une faute historique ».', 'une faute', /^l’opposition$/u],
  ], counterparts);
  speakerRows([
    ['a counterpart titled with no state is no "ministre russe" the base does not call so', 'Sergueï Lavrov est arrivé vendredi à Pyongyang. Accueilli à l’aéroport par son homologue Choe Son-hui, le ministre russe a salué un partenariat « qui ne cesse de s’approfondir ».', 'qui ne cesse', /^(?:Sergueï Lavrov|le ministre russe)$/u],
  ], counterparts);
});

describe('speakers and sources in the twenty-first session: descriptions far back, the one person just named, a medium that opens its sentence, facts taken up by "cela", nicknames', () => {
  const more = contextWith([
    ...REDESCRIBED,
    { id: 'GT', type: 'organisation', name: 'Global Times', aliases: [], description: 'Quotidien nationaliste chinois.' },
    { id: 'HK', type: 'organisation', name: 'Hankyoreh', aliases: [], description: 'Quotidien sud-coréen de centre gauche.' },
    { id: 'KH', type: 'organisation', name: 'Korea Herald', aliases: [], description: 'Quotidien sud-coréen de langue anglaise.' },
    { id: 'KJU', type: 'person', name: 'Kim Jong Un', aliases: [], description: 'Dirigeant de la Corée du Nord.' },
    { id: 'KYJ', type: 'person', name: 'Kim Yo Jong', aliases: [], description: 'Sœur de Kim Jong Un, haute responsable du Parti du travail de Corée.' },
    { id: 'DE', type: 'country', name: 'Allemagne', aliases: [], demonyms: ['allemand', 'allemande', 'allemands', 'allemandes'] },
    { id: 'PL', type: 'country', name: 'Pologne', aliases: [], demonyms: ['polonais', 'polonaise', 'polonaises'] },
  ]);
  speakerRows([
    ['a role and a body the article gave one person name that person paragraphs later', '« C’est une courbe classique », résume Mathieu Delorme, économiste au CEPII. Le mode de paiement compte. Les banques ont multiplié les compensations. Plusieurs négociants évoquent de l’or. Les drones contiennent des composants. Le Trésor a sanctionné douze sociétés. Le Kremlin dément. Pour l’économiste du CEPII, le modèle a ses limites : « La Russie dépend toujours de puces ».', 'La Russie dépend', /^Mathieu Delorme$/u],
    ['…but a role alone does not reach that far', '« C’est une courbe classique », résume Mathieu Delorme, économiste. Le mode de paiement compte. Les banques ont multiplié les compensations. Plusieurs négociants évoquent de l’or. Les drones contiennent des composants. Le Trésor a sanctionné douze sociétés. Le Kremlin dément. Pour un économiste, le modèle a ses limites : « La Russie dépend toujours de puces ».', 'La Russie dépend', /^(?!Mathieu)/u],
    ['a trade no lexicon gives the person is the one person named before a quotation of two sentences', 'Dans la cour, Wang Lihua, 47 ans, empile des cartons. En face, les immeubles restent dans le noir. « Avant, les clients venaient. Depuis un an, ils commandent moins », soupire la grossiste.', 'Avant, les', /^Wang Lihua$/u],
    ['a description opening the sentence after a person just named is that person', '« Ils ont peur », observe sœur Cecilia Pak, des Sœurs de Saint-Paul de Chartres, qui accueille des transfuges. La religieuse estime que la plupart se taisent, « par crainte que leurs parents soient punis ».', 'par crainte', /^Cecilia Pak$/u],
    ['a medium noun takes up the medium its own sentence opened on', 'Le quotidien Kommersant parle de lots « fabriqués à la hâte ». The National se montre plus prudent : le quotidien estime que la Russie « ne pourrait pas tenir » sans ces livraisons.', 'ne pourrait pas', /^The National$/u],
    ['the subject whose words a quotation echoes is taken up by "il"', 'Le Hankyoreh appelle à ne pas « surréagir ». Enfin, le Global Times, organe du Parti communiste chinois, dénonce « l’hystérie » des médias occidentaux. Il affirme que ces accusations ne reposent sur « aucune preuve ».', 'aucune preuve', /^le Global Times$/u],
    ['the subject whose gender nothing shows outranks a woman merely named in a complement', 'Choi Min-ja a fui en 2019. Dans le foyer de sœur Pak, Choi prépare un examen. « Ici, on me demande ce que je veux faire », dit-elle.', 'Ici, on me', /^Choi/u],
    ['a note on a borrowed name shows no gender', 'Elle serre une tasse de thé. Choi Myong-hui, un nom d’emprunt pour protéger les siens, a passé onze ans dans une usine. « On remplissait les obus à la main », raconte cette femme de 52 ans. Elle se souvient d’un atelier soufflé, « une trentaine de morts ».', 'une trentaine', /^Choi Myong-hui$/u],
    ['a reporter’s line is no antecedent', 'Les transfuges racontent les usines\n\nClaire Jourdan, envoyée spéciale à Séoul\n\nChoi Myong-hui a passé onze ans dans une usine. « On remplissait les obus », raconte-t-elle. Elle se souvient d’un atelier soufflé, « une trentaine de morts ».', 'une trentaine', /^Choi Myong-hui$/u],
    ['a nickname after ", dit" is nobody’s words', 'La guerre oppose l’armée aux FSR de Mohamed Hamdan Daglo, dit « Hemetti », depuis 2023.', 'Hemetti', undefined],
    ['…but "s’est dite « … »" speaks', 'Le sommet a eu lieu mardi. La haute représentante, Kaja Kallas, s’est dite « très préoccupée ».', 'très préoccupée', /^Kaja Kallas$/u],
    ['…but "a dit « … »" is speech', 'Le sommet a eu lieu mardi. Le ministre a dit « non » à toute livraison.', 'non', /^Le ministre$/u],
    ['a rubric on its own line is not the role of the name after it', 'Revue de presse\n\nLes obus de Kim Jong Un, un « cadeau empoisonné » pour le Kremlin ?\n\nLa presse internationale s’interroge sur la qualité des munitions.', 'cadeau', /^(?!Kim)/u],
  ], more);
  codeRows([
    ['"cela" takes up a fact: it is no capitalised name that speaks', 'Le parquet a identifié des débris. Ça prouve que Pyongyang livre des armes.', ['unattributed-claim']],
    ['"a fini par reconnaître" reports as "a reconnu"', 'Le sommet a eu lieu mardi. Pyongyang a fini par reconnaître, fin avril, avoir envoyé des troupes combattre en Russie.', []],
    ['a body that designates a company is the source of what the company is accused of', 'Le sommet a eu lieu mardi. Le Trésor a également désigné Vostok-Kadry, une agence de recrutement de Vladivostok, accusée d’avoir fait venir des ouvriers nord-coréens.', []],
    ['a document of makers the article does not name is a vague source', 'Le sommet a eu lieu mardi. Des avions-cargos russes se posent chaque semaine sur la base d’al-Khadim, d’après les relevés de plusieurs sites de suivi des vols.', ['vague-attribution']],
    ['"n’a ni confirmé ni démenti" refuses to comment, as "n’a pas confirmé" does', 'Le représentant nord-coréen, Kim Song, a qualifié la réunion de « mascarade ». Il n’a ni confirmé ni démenti la présence de soldats de son pays dans la région de Koursk.', []],
    ['…and its subject is the named body alone', 'Le sommet a eu lieu mardi. Le Kremlin n’a ni confirmé ni démenti la présence de soldats nord-coréens.', []],
    ['…nor a document "d’une trentaine de pages", whose complement names no maker', 'Le sommet a eu lieu mardi. Le document d’une trentaine de pages affirme que Pyongyang a livré des obus.', []],
    ['naming under another name is no designation that reports', 'Le sommet a eu lieu mardi. À Kiev, on rappelle volontiers que le Hwasong-11, que les Américains désignent sous le nom de KN-23, peut emporter une charge de 500 kilos.', ['vague-attribution']],
    ['an incise after a clause whose verb is in the present: "Ce volume dépasse …, souligne le rapport"', 'Le rapport a été publié mardi. Ce volume dépasse largement le plafond de 500 000 barils par an fixé par la résolution 2397, souligne le rapport.', []],
    ['a sanctions text that targets companies is the source of what they are accused of', 'L’UE a adopté son seizième paquet de sanctions. Le texte vise des sociétés établies dans le Liaoning, accusées d’avoir vendu des machines-outils à la Corée du Nord.', []],
    ['…but a missile that targets a factory reports nothing', 'L’UE a adopté son seizième paquet de sanctions. Le missile visait une usine accusée de produire des drones.', ['unattributed-claim']],
    ['a heading closed by its source in brackets is that source’s', 'FLASH — Corée du Nord : tir d’un missile balistique vers la mer du Japon (état-major sud-coréen)\n\nLe tir a eu lieu lundi matin.', []],
    ['…but a place in brackets is a gloss', 'Frappe de missile nord-coréen sur Kharkiv (Ukraine)\n\nLa ville a été touchée lundi.', ['unattributed-claim']],
    ['counter-intelligence is a body that speaks', 'Le sommet a eu lieu mardi. Depuis que le contre-espionnage militaire polonais a évoqué le passage d’obus nord-coréens par la Biélorussie, les quotidiens de Varsovie rivalisent de révélations.', []],
    ['a named witness who tells of something reports it', 'Olga Petrova a fui en mars. Réfugiée en Lituanie, elle raconte les convois nocturnes venus de Russie et les consignes de silence.', []],
    ['…but a film that tells a story reports nothing contestable', 'Le sommet a eu lieu mardi. Le film raconte l’histoire d’un soldat.', []],
    ['…but a document of a named body is not', 'Le sommet a eu lieu mardi. Des avions-cargos russes se posent chaque semaine sur la base d’al-Khadim, d’après les relevés du site Flightradar24.', []],
  ], more);
  speakerRows([
    ['an editorial of the paper a definite medium noun takes up is that paper’s', 'Le quotidien saoudien Asharq Al-Awsat relève que les monarchies se sont gardées de tout commentaire. « Le rapprochement avec l’Iran a ses limites », avertit toutefois un éditorial du journal.', 'Le rapprochement', /Asharq Al-Awsat/u],
    ['a complement of the role ("à la retraite") shows no gender: "il" is the admiral', 'Le dossier le plus sensible reste celui de la propulsion nucléaire. Pour l’amiral sud-coréen à la retraite Kwon Tae-jin, Pyongyang cherche des réacteurs compacts. « Sans aide extérieure, le Nord mettrait encore quinze ans », estime-t-il.', 'Sans aide', /^Kwon Tae-jin$/u],
    ['"son éditorialiste" writes for the paper named before', 'À gauche, le Hankyoreh salue la prudence du nouveau président. « La sécurité du Japon ne se joue pas à Dokdo », conclut son éditorialiste.', 'La sécurité', /Hankyoreh/u],
    ['an editorial in the paper the sentence opens in is that paper’s', 'Dans le Korea Herald, quotidien anglophone, un éditorial plaide pour que Séoul publie un document aussi détaillé : « Le public doit savoir ».', 'Le public', /Korea Herald/u],
    ['a time phrase after the verb is no part of the inverted subject', 'Le sommet a eu lieu mardi. « On trie les caisses avant de tirer », m’a confié l’été dernier un commandant de batterie ukrainien.', 'On trie', /^un commandant de batterie ukrainien$/u],
    ['a party acronym in brackets after a name glosses the person', 'Le débat a eu lieu mardi. « Nous ne sommes plus face à une alliance », estime l’Allemande Christiane Vollrath (PPE), qui a porté le texte.', 'Nous ne sommes', /^Christiane Vollrath$/u],
    ['a nationality as a noun, then a name no rule took, is that person', 'Le débat a eu lieu mardi. Le Polonais Bartosz Wierzbicki (ECR) dénonce « les convois de munitions ».', 'les convois', /^Bartosz Wierzbicki$/u],
    ['a kin of a person is the person named in the article whom the base describes so', 'Kim Yo Jong a publié un communiqué. « Les fantoches de Séoul feraient bien de se méfier », menace encore la sœur de Kim Jong Un.', 'Les fantoches', /^Kim Yo Jong$/u],
    ['…but no one when the article names no such person', 'Un communiqué a été publié. « Les fantoches de Séoul feraient bien de se méfier », menace encore la sœur de Kim Jong Un.', 'Les fantoches', /^la sœur de Kim Jong Un$/u],
    ['…but an editorial of no paper is nobody’s in particular', 'Le sommet a eu lieu mardi. « Le rapprochement avec l’Iran a ses limites », avertit un éditorial.', 'Le rapprochement', /^un éditorial$/u],
  ], more);
});

describe('speakers in the twenty-second session: a statement speaks for the one who issued it', () => {
  const more = contextWith([
    ...REDESCRIBED,
    { id: 'KJU', type: 'person', name: 'Kim Jong Un', aliases: [], description: 'Dirigeant de la Corée du Nord.' },
    { id: 'KYJ', type: 'person', name: 'Kim Yo Jong', aliases: [], description: 'Sœur de Kim Jong Un, haute responsable du Parti du travail de Corée.' },
    { id: 'KCNA', type: 'organisation', name: 'KCNA', aliases: [], description: 'Agence de presse officielle nord-coréenne.' },
  ]);
  const press = contextWith([
    ...REDESCRIBED,
    { id: 'EL', type: 'organisation', name: 'Élysée', aliases: ['présidence française'] },
    { id: 'GT', type: 'organisation', name: 'Global Times', aliases: [], description: 'Quotidien nationaliste chinois.' },
    { id: 'HK', type: 'organisation', name: 'Hankyoreh', aliases: [], description: 'Quotidien sud-coréen de centre gauche.' },
    { id: 'LM', type: 'organisation', name: 'Le Monde', aliases: [], description: 'Quotidien français du soir.' },
    { id: 'CN', type: 'country', name: 'Chine', aliases: [], metonyms: ['Pékin'] },
    { id: 'JP', type: 'country', name: 'Japon', aliases: [], metonyms: ['Tokyo'] },
  ]);
  const filler = 'Le sommet a eu lieu mardi. Les délégués sont repartis. Le vote est prévu lundi. La séance a duré trois heures. Le budget reste à voter. Les ONG attendent. Le ministre a quitté la salle. La presse a été tenue à l’écart. Rien n’a filtré.';
  speakerRows([
    ['the text’s signer is who speaks through "le texte"', 'Un communiqué a été diffusé samedi par l’agence KCNA. Le texte est signé de Kim Yo Jong. « Les fantoches paieront », poursuit le texte.', 'Les fantoches', /Kim Yo Jong/u],
    ['…but a medium that only carried the text is not its author', 'Un communiqué a été diffusé samedi par l’agence KCNA. « Les fantoches paieront », poursuit le texte.', 'Les fantoches', /^(?!.*KCNA)/u],
    ['the subject that published a statement speaks through it', 'Kim Yo Jong a publié dimanche une déclaration. Séoul n’a pas réagi. « Les fantoches paieront », affirme le texte.', 'Les fantoches', /Kim Yo Jong/u],
    ['…but not a subject that only denounced it', 'Kim Jong Un a dénoncé dimanche une déclaration virulente. « Les fantoches paieront », affirme le texte.', 'Les fantoches', /^(?!.*Kim Jong Un)/u],
    ['the subject of the clause a fronted "Dans un communiqué" opens speaks through it', 'Dans un communiqué diffusé samedi, Kim Yo Jong s’en prend à Séoul. « Les fantoches paieront », conclut le communiqué.', 'Les fantoches', /Kim Yo Jong/u],
    ['a statement read through a whole piece is its issuer’s however far back', `Dans un communiqué diffusé samedi, Kim Yo Jong s’en prend à Séoul. ${filler} « Les fantoches paieront », conclut le communiqué.`, 'Les fantoches', /Kim Yo Jong/u],
    ['…but a statement of no issuer so far back is not taken up', `Un communiqué a été diffusé samedi. ${filler} « Les fantoches paieront », conclut le communiqué.`, 'Les fantoches', /^le communiqué$/u],
  ], more);

  speakerRows([
    ['"Comme l’écrit X": after "comme", "l’" is a clitic and "écrit" a verb, not a noun', 'Le débat a eu lieu mardi. Comme l’écrit Michel Goya, « une armée apprend d’abord de ses morts ».', 'une armée', /^Michel Goya$/u],
    ['…and "comme le note X" likewise', 'Le débat a eu lieu mardi. Comme le note Michel Goya, « une armée apprend d’abord de ses morts ».', 'une armée', /^Michel Goya$/u],
    ['a direct-object pronoun may open an incise: "l’a coupée le politologue"', 'Le débat a eu lieu mardi. « Ce n’est pas un investissement », l’a coupée le politologue Sergueï Vassiline.', 'Ce n’est pas', /^Sergueï Vassiline$/u],
    ['"X, pour qui …" is X’s view, the quotation inside included', 'Le débat a eu lieu mardi. Le politologue Sergueï Vassiline a pris la parole, pour qui Kim Jong Un « a été le seul dirigeant à tenir parole ».', 'a été le seul', /^Sergueï Vassiline$/u],
    ['a time phrase of the broadcast between the verb and its subject: "a lancé en ouverture l’animateur"', 'Le débat a eu lieu mardi. « Nos frères coréens ont versé leur sang », a lancé en ouverture l’animateur vedette Vladimir Soloviev.', 'Nos frères', /^Vladimir Soloviev$/u],
    ['an opinion piece’s quotation for a title is its author’s, named in the standfirst', 'Tribune\n\n« À Koursk, Pyongyang a appris la guerre que nous préparions »\n\nPour le général Philippe Rouvière, l’armée nord-coréenne sort aguerrie de Koursk.', 'À Koursk', /^Philippe Rouvière$/u],
    ['…or in its byline, the rubric opening the title’s own line', 'TRIBUNE. « Pyongyang est devenu l’arsenal de Moscou »\n\nPar Hélène Marchetti, ancienne ambassadrice de France en Corée du Sud\n\nJ’ai passé quatre ans à Séoul.', 'Pyongyang est', /^Hélène Marchetti$/u],
    ['…or a rubric alone on its line after the standfirst', '« Sans son groupe d’experts, l’ONU est devenue aveugle »\n\nAncien ambassadeur, Bertrand Lemaistre estime que la fin du panel a privé le Conseil de tout moyen.\n\nTribune.\n\nPendant trois ans, j’ai lu chaque rapport.', 'Sans son groupe', /^Bertrand Lemaistre$/u],
    ['…but with no rubric a quotation for a title stays nobody’s', '« À Koursk, Pyongyang a appris la guerre que nous préparions »\n\nPour le général Philippe Rouvière, l’armée nord-coréenne sort aguerrie de Koursk.', 'À Koursk', undefined],
    ['after a quotation, a definite head and its complement speak: "assure la légende de la vidéo"', 'Le débat a eu lieu mardi. « Les Coréens de Kim sont déjà à Kherson », assure la légende de la vidéo, publiée le 3 novembre par un compte prorusse.', 'Les Coréens', /^la légende de la vidéo$/u],
    ['a transcript’s label may give the speaker’s role after a comma', 'PRÉSENTATRICE : Bonsoir.\n\nSERHIY BONDAR, commandant de batterie : « Sur dix obus, deux n’explosent pas. »\n\nPRÉSENTATRICE : Merci à vous.\n\nMICHEL GOYA : Ce chiffre est plausible.', 'Sur dix', /^SERHIY BONDAR$/u],
    ['a quotation in apposition to a person’s words is that person’s: "La formule de Fumio Kishida, « … »"', 'Le sommet a eu lieu mardi. La formule de Fumio Kishida, « l’Ukraine d’aujourd’hui pourrait être l’Asie de l’Est de demain », a pris tout son sens.', 'l’Ukraine d’aujourd’hui', /^Fumio Kishida$/u],
    ['…but the name of a place in apposition names no speaker', 'Le sommet a eu lieu mardi. La ville de Kharkiv, « la ville martyre », a été frappée lundi.', 'la ville martyre', undefined],
    ['"« … » : c’est ainsi que le quotidien résume" gives the words before to that subject', 'Le sommet a eu lieu mardi. « Choïgou est revenu de Pyongyang avec une liste, pas avec un communiqué » : c’est ainsi que le Global Times résume, dans son édition de lundi, la visite.', 'Choïgou est revenu', /Global Times/u],
    ['an impersonal "il" is no subject to give a term in quotation marks to', 'Le Global Times a publié son enquête mardi. Son enquête accuse Séoul de mentir. Il aura fallu quinze ans pour bâtir cette « mémoire » des trafics nord-coréens.', 'mémoire', undefined],
    ['a document a possessive gives to the body named just before is that body’s: "précise leur rapport"', 'Les enquêteurs de Conflict Armament Research ont examiné les débris. « Au moins 75 % des pièces sont d’origine occidentale », précise leur rapport.', 'Au moins 75', /Conflict Armament Research/u],
    ['a person who cites a body speaks the words: "a poursuivi Hwang Jae-ho, citant le NIS"', 'Le débat a eu lieu mardi. « Les pertes dépassent 4 000 hommes », a poursuivi le député Hwang Jae-ho, citant le NIS.', 'Les pertes', /^Hwang Jae-ho$/u],
    ['…but a medium that cites only relays: "a rapporté l’agence Yonhap, citant le NIS"', 'Le débat a eu lieu mardi. « Les pertes dépassent 4 000 hommes », a rapporté l’agence Yonhap, citant le NIS.', 'Les pertes', /NIS/u],
    ['a body in the place phrase that opens the sentence is who "on" is', 'Le débat a eu lieu mardi. À l’Élysée, on insiste sur la « gravité » du moment.', 'gravité', /Élysée/u],
    ['a sentence-opening "il" takes up the body the sentence before opened on, over an earlier speaker', 'Le sommet a eu lieu mardi. Au Japon, le Hankyoreh estime que Tokyo doit « tirer les conséquences » de cette alliance. En Chine, le Global Times reste silencieux sur le fond. Il se contente de rappeler que Pékin « soutient la paix ».', 'soutient la paix', /Global Times/u],
  ], press);
  codeRows([
    ['documents a named medium says it consulted are its own finding', 'Le sommet a eu lieu mardi. Selon des documents douaniers que Le Monde a pu consulter, au moins huit cargos ont fait la navette entre Rajin et Vostotchny.', []],
    ['…but documents someone unnamed consulted have no named maker', 'Le sommet a eu lieu mardi. Selon des documents que des journalistes ont pu consulter, au moins huit cargos ont fait la navette entre Rajin et Vostotchny.', ['vague-attribution']],
  ], press);
  codeRows([
    ['a journalist’s label, given by its role, makes none of that name’s turns a source', 'LÉA MARCHETTI, présentatrice : Bonsoir. Pyongyang livre des obus défectueux à la Russie.\n\nSERHIY BONDAR, commandant de batterie : « Sur dix obus, deux n’explosent pas. »\n\nLÉA MARCHETTI : Merci à vous.\n\nMICHEL GOYA : Ce chiffre est plausible.', ['unattributed-claim']],
    ['…nor a capital that stands for a body: "À Bruxelles, on estime"', 'Le débat a eu lieu mardi. À Bruxelles, on estime que la moitié des pétroliers de la flotte fantôme sont sanctionnés.', ['vague-attribution']],
    ['"pour qui" takes up a person only: after "un responsable du ministère", the unnamed official speaks', 'Le débat a eu lieu mardi. Le quotidien Kommersant cite un responsable du ministère russe de la Défense, pour qui les Nord-Coréens « ne combattent pas en première ligne ».', ['vague-attribution']],
    ['jurists with no name are experts with no name', 'Le débat a eu lieu mardi. Pour de nombreux juristes, de tels documents ne suffiraient pas à fonder une action.', ['vague-attribution']],
    ['someone’s critics, unnamed, stay generic however owned', 'Le débat a eu lieu mardi. Une décision qui, selon ses détracteurs, vise d’abord à protéger ses achats d’armes à la Corée du Nord.', ['vague-attribution']],
    ['people of the writer’s own ("mes anciens collègues") are unnamed people', 'Le débat a eu lieu mardi. Aujourd’hui, mes anciens collègues à New York me disent que le comité 1718 ne se réunit presque plus.', ['vague-attribution']],
    ['an incise set off by commas inside a clause whose verb comes after it: "X, murmurent les commerçants, finirait …"', 'Le débat a eu lieu mardi. Une partie des marchandises, murmurent les commerçants, finirait dans les usines d’armement du régime.', ['vague-attribution']],
    ['…and a named speaker there is the source, not the clause’s subject: "La Russie, affirme X, a livré …"', 'Le débat a eu lieu mardi. La Russie, affirme Kim Yong-hyun, a livré des missiles à Pyongyang.', []],
    ['people named by their trade, closing the sentence after a clause, are who says it', 'Le débat a eu lieu mardi. Pyongyang livre des obus à la Russie, affirment les journalistes.', ['vague-attribution']],
    ['…but a colleague of the writer’s whom the article names is named', 'Le débat a eu lieu mardi. Ma collègue Valérie Niquet estime que Tokyo a pris la mesure de la menace nord-coréenne.', []],
    ['a definite "la juriste" takes up the lawyer named before, as no generic source', 'Marion Teyssier, professeure de droit international, suit le dossier. « Ces déclarations n’engagent que leurs auteurs », tranche la juriste.', []],
    ['"l’un d’eux" is one of the unnamed people the sentence before opened on, not the body named last', 'Le débat a eu lieu mardi. Deux soldats nord-coréens capturés par l’Ukraine ont été interrogés par les services ukrainiens. L’un d’eux aurait affirmé ne pas savoir qu’il partait combattre en Russie.', ['vague-attribution']],
    ['people the writer met, unnamed, are a generic source', 'Le débat a eu lieu mardi. Les soldats que nous avons rencontrés disent reconnaître les obus nord-coréens à leurs ratés.', ['vague-attribution']],
    ['…but a named person met is named', 'Le débat a eu lieu mardi. Kim Yong-hyun, que nous avons rencontré mardi, estime que Pyongyang livre des obus à la Russie.', []],
    ['…but a city in it leaves "on" anyone there', 'Le débat a eu lieu mardi. À Kiev, on rappelle que Pyongyang a livré des obus à la Russie.', ['vague-attribution']],
    ['"On y voit …" after a video describes it: no hearsay, no claim', 'Une vidéo circule depuis lundi sur Telegram. On y voit une dizaine d’hommes en uniforme marcher le long d’une route enneigée.', []],
    ['…but "On y voit" with no image before it reads a fact as a sign', 'Le sommet a eu lieu mardi. On y voit une manœuvre de Moscou pour diviser les alliés.', ['vague-attribution']],
    ['…and "pour qui" with no comma before it is no view: "la société pour qui il travaille"', 'Le débat a eu lieu mardi. La société pour qui il travaille a livré des obus à la Russie.', ['unattributed-claim']],
  ], more);
  codeRows([
    ['the items of a list a named body introduces with a colon are that body’s', 'Le sommet a eu lieu mardi.\n\nLe Foreign Office a désigné les entités suivantes :\n\n- Vostok Trans, transporteur de Vladivostok, accusé d’avoir livré des munitions nord-coréennes au front ;\n- Amur Shipping, soupçonné d’avoir affrété trois cargos entre Rajin et Dounaï.', []],
    ['a line that announces designations and names no one: the body that designated, named just before', 'Le Conseil de l’UE accuse neuf personnes de financer Pyongyang. Le texte a été adopté sans débat.\n\nPrincipales désignations :\n- Vostok Trans, transporteur de Vladivostok, accusé d’avoir livré des munitions nord-coréennes au front ;\n- Amur Shipping, soupçonné d’avoir affrété trois cargos entre Rajin et Dounaï.', []],
    ['…but a list of what to remember is the author’s own', 'Le Conseil de l’UE accuse neuf personnes de financer Pyongyang.\n\nCe qu’il faut retenir :\n- Pyongyang a livré des millions d’obus à la Russie.', ['unattributed-claim']],
    ['a named actor in a relative inside what "on" reports is part of the report', 'Le sommet a eu lieu mardi. Dans l’entourage du chancelier, on reconnaît que la livraison de missiles de croisière Taurus, que Kiev réclame, est revenue sur la table.', ['vague-attribution']],
    ['…and so is the subject of an absolute participle after what an unnamed diplomat judges', 'Le sommet a eu lieu mardi. Un diplomate sud-coréen, sous couvert d’anonymat, juge « peu probable » un transfert rapide des prisonniers, Kiev souhaitant garder ces hommes comme monnaie d’échange.', ['vague-attribution']],
    ['…but a named minister whose incise closes the sentence is its source', 'Le sommet a eu lieu mardi. Des experts estiment que Pyongyang a livré des obus, a déclaré le ministre Kim Yong-hyun.', []],
    ['…nor does a dash after a line with no colon continue anything', 'Le Trésor a sanctionné trois sociétés.\n\n- Pyongyang a livré des millions d’obus à la Russie.', ['unattributed-claim']],
  ], more);

  it('a named "d’après" closing the sentence is its source, even of what its named subject asked', () => {
    const text = 'Le débat a eu lieu mardi. Pyongyang aurait demandé à Moscou des avions de chasse en contrepartie, d’après le quotidien JoongAng Ilbo, qui cite un responsable gouvernemental.';
    const a = analyseDocument(text, more);
    assert.deepEqual(codes(a), []);
    assert.match(a.claims.at(-1)?.source?.label ?? '', /JoongAng Ilbo/u);
  });

  it('in an interview’s answer, a person of the interviewee’s ("Mon commandant répétait : « … »") speaks, not the interviewee', () => {
    const text = [
      'Un ancien artilleur raconte Koursk',
      '',
      'Ancien artilleur, Park Chol-min a fait défection en 2024.',
      '',
      'Comment êtes-vous arrivé en Russie ?',
      '',
      'On nous a dit que nous partions pour un exercice. Mon commandant répétait : « Vous rentrerez avant l’hiver. »',
      '',
      'Que pensez-vous de vos chefs ?',
      '',
      'Notre capitaine nous disait : « Celui qui hésite meurt. » Nos stocks fondaient, la Russie livrait des obus.',
    ].join('\n');
    const a = analyseDocument(text, more);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.label), ['Mon commandant', 'Notre capitaine']);
    // "Nos stocks": what the interviewee calls theirs stays theirs.
    assert.match(a.claims.find((c) => /Nos stocks/u.test(text.slice(c.start, c.end)))?.source?.label ?? "", /Park Chol-min/u);
  });
});

describe('speakers and sources in the twenty-third session: what a verb of saying inside another reports, names taken up by a title, bodies in apposition, sources one learnt from', () => {
  const more = contextWith([
    ...REDESCRIBED,
    { id: 'KJU', type: 'person', name: 'Kim Jong Un', aliases: [], description: 'Dirigeant de la Corée du Nord.' },
    { id: 'KYJ', type: 'person', name: 'Kim Yo Jong', aliases: [], description: 'Sœur de Kim Jong Un.' },
    { id: 'KHK', type: 'person', name: 'Kim Hong-kyun', aliases: [], description: 'Diplomate sud-coréen, premier vice-ministre des Affaires étrangères.' },
    { id: 'NIS', type: 'organisation', name: 'Service national du renseignement', aliases: ['NIS'], description: 'Service de renseignement sud-coréen.' },
    { id: 'DPK', type: 'organisation', name: 'Parti démocrate de Corée', aliases: ['Parti démocrate sud-coréen'], description: 'Parti sud-coréen de centre gauche.' },
    { id: 'PPP', type: 'organisation', name: 'Parti du pouvoir au peuple', aliases: [], description: 'Parti conservateur sud-coréen.' },
    { id: 'HK', type: 'organisation', name: 'Hankyoreh', aliases: [], description: 'Quotidien sud-coréen de centre gauche.' },
  ]);
  speakerRows([
    ['a verb of saying whose generic subject opens what another reports is part of that report (an adverb between the verb and "que")', 'Le débat a eu lieu mardi. « On surveille une maison ouverte », résume Park Ji-hoon, chercheur à l’Institut Asan. Le chercheur estime néanmoins que des rapports réguliers maintiendront une « pression diplomatique » sur les acheteurs.', 'pression diplomatique', /^Park Ji-hoon$/u],
    ['…and so is a state’s verb in a leader’s report: the leader speaks', 'Le débat a eu lieu mardi. Kim Jong Un a affirmé que Pyongyang soutiendrait « inconditionnellement » la Russie.', 'inconditionnellement', /^Kim Jong Un$/u],
    ['…but a person there speaks on her own: "Le chercheur rappelle qu’en mars, elle avait révélé « … »"', 'Kim Yo Jong a publié un communiqué. Go Myong-hyun, chercheur à l’INSS, commente. Le chercheur rappelle qu’en mars 2024, elle avait évoqué « un sommet au plus vite » avec Tokyo.', 'un sommet', /^Kim Yo Jong$/u],
    ['"M. Durand" after "Pierre Durand, chercheur …" is the person named in full', '« Pour nous, c’est une zone tampon », résume Pierre Durand, chercheur à l’Institut chinois. M. Durand juge toutefois « très improbable » un revirement de Pékin.', 'très improbable', /^Pierre Durand$/u],
    ['the agent of a participle in apposition to a body is not the body’s voice', 'Le débat a eu lieu mardi. Le Parti démocrate, dirigé par M. Lee, a accusé le gouvernement de vouloir « entraîner le pays dans une guerre qui n’est pas la sienne ».', 'entraîner', /Parti démocrate/u],
    ['an infinitive of purpose says what the subject of the sentence does', 'Le débat a eu lieu mardi. Le candidat conservateur Kim Moon-soo, du Parti du pouvoir au peuple, s’est emparé du rapport dès jeudi soir pour accuser son adversaire de « naïveté coupable ».', 'naïveté', /^Kim Moon-soo$/u],
    ['"son éditorialiste" after a paper the sentence before took up by a description', 'À gauche, le Hankyoreh prend le contre-pied de ses confrères. Le quotidien progressiste juge que le rapport « ne doit pas servir de prétexte » à un engagement en Ukraine. « Livrer des obus à Kiev ne fera rentrer aucun soldat », conclut son éditorialiste.', 'Livrer des obus', /Hankyoreh/u],
    ['a headline that is only a paper’s name before a colon quotes that paper', 'Les quotidiens japonais divergent.\n\nLe Sankei : « La Russie n’est plus un voisin, c’est un adversaire »\n\nLe quotidien conservateur va le plus loin.', 'La Russie', /^Sankei$/u],
    ['…but a lone rubric before a colon is no one', 'Les quotidiens japonais divergent.\n\nAnalyse : « Une alliance de circonstance et de calcul »\n\nLe texte ne dit rien.', 'Une alliance', undefined],
    ['"l’ambassadeur" takes up the ambassador the article named, not a vice-minister the base calls a diplomat', 'La Corée du Sud a convoqué vendredi l’ambassadeur de Russie, Gueorgui Zinoviev, après la publication d’un rapport. Le vice-ministre Kim Hong-kyun a exprimé « une profonde inquiétude », selon un communiqué du ministère. L’ambassadeur a rejeté ces accusations, qu’il a qualifiées de « spéculations sans fondement ».', 'spéculations', /^Gueorgui Zinoviev$/u],
    ['"L’un d’eux, l’ancien ministre X," is X', 'Plusieurs élus de la majorité réclament une révision de la stratégie. L’un d’eux, l’ancien ministre Itsunori Onodera, a jugé la situation « plus grave qu’en 2017 ».', 'plus grave', /^Itsunori Onodera$/u],
    ['"dans lesquels" opens a relative whose subject speaks', 'La procureure Katrin Wendt a requis quatre ans de prison. Elle s’appuie sur des courriels saisis chez l’accusé, dans lesquels un interlocuteur russe évoque « nos amis de l’Est ».', 'nos amis', /interlocuteur russe/u],
    ['"celle-ci" takes up a company named in apposition to "une société"', 'Des bordereaux mentionnent des marchandises expédiées par une société de Vladivostok, Primorsk Logistik. Contactée, celle-ci affirme n’avoir « jamais transporté d’armes ni de munitions ».', 'jamais transporté', /^Primorsk Logistik$/u],
    ['"comparé aux" compares: no verb of saying whose subject would follow', 'Le débat a eu lieu mardi. Une source sécuritaire européenne estime que « le volume reste modeste » comparé aux convois ferroviaires qui relient la Corée du Nord à la Russie.', 'le volume', /source sécuritaire/u],
    ['a body named after "de" and a bare noun of its field: "la plateforme de paiement Corvex Pay"', 'Le débat a eu lieu mardi. La plateforme de paiement Corvex Pay, citée parmi les employeurs, assure avoir été « victime d’une usurpation d’identité ».', 'victime', /^Corvex Pay$/u],
    ['a speech noun’s person in apposition speaks, whatever agency relays it before the colon', 'Le débat a eu lieu mardi. Réponse du conseiller diplomatique du Kremlin, Iouri Ouchakov, citée par l’agence TASS : « Personne ne conspirait contre personne ».', 'Personne ne', /^Iouri Ouchakov$/u],
    ['who says "je" is a person: a pronoun that opens on it skips a body named since', 'Le jeune homme entre, escorté par deux agents du SBU. Selon le SBU, il a été capturé en janvier. « Au début, je croyais que les Ukrainiens allaient me tuer », raconte-t-il.', 'Au début', /^(?!.*SBU)/u],
    ['an article of a text with no complement belongs to the text named before', 'Vladimir Poutine et Kim Jong Un ont signé le traité mardi. L’article 4 prévoit une assistance militaire « sans délai » en cas d’agression.', 'sans délai', /^L’article 4 \(le traité\)$/u],
    ['in a press review whose sections are titled by a medium’s name, "le quotidien" is the section’s medium', 'Revue de presse\n\nKyiv Independent\n\nLe journal a publié l’interrogatoire des deux soldats. « Two soldiers and a dilemma », titre le quotidien anglophone.\n\nDzerkalo Tyjnia\n\nL’hebdomadaire se montre plus sceptique.', 'Two soldiers', /^Kyiv Independent$/u],
    ['…but a lone name for a title is a credit, not a section', 'Agence France-Presse\n\nLe sommet a eu lieu mardi. « Une alliance chaleureuse », titre le quotidien.', 'Une alliance', /^le quotidien$/u],
    ['the role phrase nearest a name in apposition describes it: "La réponse de l’ambassadeur nord-coréen, Han Tae Song, …" is no woman', 'La réponse de l’ambassadeur nord-coréen, Han Tae Song, n’a pas tardé. Le diplomate a dénoncé un mandat « illégitime » et une campagne de diffamation.', 'illégitime', /^Han Tae Song$/u],
    ['the one questioned answers: "a interrogé le général X … « … », a répondu l’officier, qui a jugé …"', 'Premier à témoigner, l’amiral Samuel Paparo a décrit la menace. « Moscou paie en technologie », a-t-il dit. La sénatrice Mazie Hirono a interrogé le général Xavier Brunson sur les troupes. « Ce n’est pas le moment de baisser la garde », a répondu l’officier, qui a jugé leur maintien « indispensable ».', 'indispensable', /^Xavier Brunson$/u],
    ['…but not the one "interrogé par" names: the agent put the question', 'Le général Xavier Brunson a témoigné mardi. Interrogé par Mazie Hirono sur les troupes, il a jugé leur maintien « indispensable ».', 'indispensable', /^Xavier Brunson$/u],
    ['people the writer meets, in the present, are unnamed people', 'Le débat a eu lieu mardi. Les officiers sud-coréens que je rencontre le disent tous : « Nous n’avons jamais vu un drone tirer sur nous, eux si ».', 'Nous n’avons', /^Les officiers sud-coréens que je rencontre$/u],
  ], more);
  codeRows([
    ['"a-t-on appris auprès de" names whom one learnt it from', 'Séoul, 14 mars 2025 (AFP) - La Corée du Sud a convoqué l’ambassadeur de Russie après la publication d’un rapport sur les livraisons d’obus nord-coréens, a-t-on appris auprès du ministère sud-coréen des Affaires étrangères.', []],
    ['…but "a-t-on appris" alone names no one', 'Séoul, 14 mars 2025 (AFP) - La Corée du Sud a convoqué l’ambassadeur de Russie après la publication d’un rapport sur les livraisons d’obus nord-coréens, a-t-on appris vendredi.', ['vague-attribution']],
    ['a bare word after "et" inside a complement leaves the subject singular', 'Le débat a eu lieu mardi. Les marchandises étaient déclarées à destination du Kazakhstan, a précisé dans un communiqué le service d’enquêtes fiscales et économiques FIOD.', []],
    ['"le service de renseignement" takes up the intelligence service named before', 'Le NIS a informé les députés que la Russie avait livré des Pantsir à Pyongyang. Le service de renseignement juge également probable que Moscou ait transféré des brouilleurs à Pyongyang.', []],
    ['…but the plural stays generic', 'Le NIS a informé les députés que la Russie avait livré des Pantsir à Pyongyang. Les services de renseignement jugent également probable que Moscou ait transféré des brouilleurs à Pyongyang.', ['vague-attribution']],
    ['an explainer’s title announces what follows and asserts nothing', 'Ce que l’on sait des soldats nord-coréens envoyés en Russie\n\nLe débat a eu lieu mardi.', []],
    ['"avancer une proportion" puts a figure forward', 'Le débat a eu lieu mardi. Le renseignement militaire ukrainien avançait au printemps une proportion comparable pour les obus de 152 mm livrés par Pyongyang.', []],
    ['"les chercheurs du centre britannique" are the centre’s named just before', 'Le rapport du Royal United Services Institute est paru lundi. Les chercheurs du centre britannique signalaient aussi des fusées défectueuses livrées par Pyongyang.', []],
    ['"Ses dernières estimations": a possessive before premodifiers ties them to the body named before', 'Le NIS a témoigné mardi. Ses dernières estimations, transmises en mars à plusieurs députés, font état d’au moins 28 000 conteneurs expédiés par Pyongyang vers la Russie.', []],
    ['a commentator of a named channel is the channel’s', 'Le débat a eu lieu mardi. Pyongyang a livré des obus à la Russie, affirme le commentateur de la chaîne publique CCTV.', []],
    ['a blogger named after his trade and an adjective is named', 'Le débat a eu lieu mardi. Sur sa chaîne, le blogueur militaire Rybar a dénoncé en septembre des obus nord-coréens « dangereux pour les servants ».', []],
    ['a named source that cites an unnamed one stays the source', 'Le débat a eu lieu mardi. « Pour la première fois, la Corée du Nord aura une route vers la Russie », souligne Izvestia, qui cite un responsable du ministère russe des Transports.', []],
    ['the "que" of a comparison opens nothing said: "qui rapporte au régime bien plus que du béton"', 'Le débat a eu lieu mardi. Le pont est un symbole de l’alliance nouée en 2024, qui rapporte à Pyongyang bien plus que des obus livrés à la Russie.', ['unattributed-claim']],
    ['…but "assure aussi que" reports', 'Le débat a eu lieu mardi. Le NIS assure aussi que les soldats nord-coréens ont reçu des uniformes russes.', []],
    ['"des spécialistes de la Corée du Nord" study the country; they are no one it employs', 'Le débat a eu lieu mardi. Des spécialistes de la Corée du Nord jugent probable que les familles des deux soldats aient été envoyées dans un camp.', ['vague-attribution']],
    ['…but "des experts de l’ONU" are the body’s', 'Le débat a eu lieu mardi. Des experts de l’ONU jugent probable que Pyongyang ait livré des missiles à la Russie.', []],
    ['"Le média indépendant Meduza" is Meduza, and "il" takes it up', 'Le média indépendant Meduza, installé à Riga, va plus loin. Citant deux sources dans l’industrie aéronautique, il affirme que la Russie livre des Su-27 à Pyongyang.', []],
  ], more);

  it('"L’un d’eux, Derek Halloran, 39 ans, …" is resolved without recursing for ever, and the article keeps its analysis', () => {
    for (const text of ['Trois hommes sont accusés. L’un d’eux, Derek Halloran, 39 ans, a été arrêté.', 'Trois hommes sont accusés. L’un d’eux, 39 ans, originaire de Newark, a déclaré qu’il était innocent.']) {
      assert.doesNotThrow(() => analyseAttributionOrThrow({ text, sentences: splitSentences(text), mentions: analyseDocument(text, more).mentions, lexicons: more.lexicons }));
      assert.equal(analyseDocument(text, more).failure, undefined);
    }
  });
});
