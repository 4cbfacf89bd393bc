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
import { loadDataFolder } from '../../server/src/corpus/dataFiles';
import { contextWith, DATA_DIR } from '../support/core';

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
    ['inversion with a long noun phrase and a name in apposition', '« Rien n’a été signé », a déclaré aux journalistes le porte-parole du Kremlin, Dmitri Peskov.', 'Rien', /Peskov/u],
    ['subject before the verb and a colon', 'Le Pentagone a déclaré : « Des missiles nord-coréens ont frappé Kharkiv ».', 'Des missiles', /Pentagone/u],
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
  ];
  for (const [name, text, prefix, label, how] of table) {
    it(name, () => {
      const sp = speakerOf(run(text), text, prefix);
      assert.ok(sp, 'no speaker');
      assert.match(sp.label ?? '', label);
      if (how) assert.equal(sp.how, how);
    });
  }

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

  it('"on" as the subject of a reporting verb is a vague source, by inversion too', () => {
    for (const text of ['« Les livraisons ont repris », précise-t-on à Séoul.', 'On affirme à Séoul que des obus ont été livrés.']) {
      const a = run(text);
      assert.deepEqual(codes(a), ['vague-attribution'], text);
    }
  });
});

describe('claims and findings', () => {
  const table: [string, string, string[]][] = [
    ['a delivery with no source', 'La Corée du Nord a livré plus de 1 000 conteneurs de munitions à la Russie.', ['unattributed-claim']],
    ['a casualty figure with no source', 'Les frappes de la nuit ont fait 30 morts et des centaines de blessés.', ['unattributed-claim']],
    ['a violation with no source', 'Ces transferts violent les résolutions du Conseil de sécurité.', ['unattributed-claim']],
    ['an intention with no source', 'Pyongyang cherche à obtenir des technologies de missiles russes.', ['unattributed-claim']],
    ['a claim attributed by selon', 'Selon le Pentagone, la Russie a tiré des missiles nord-coréens sur Kharkiv.', []],
    ['a claim attributed by d’après', 'D’après l’ONU, Pyongyang a livré des munitions à Moscou.', []],
    ['a claim attributed by a reporting verb later in the sentence', 'La Corée du Nord a livré des missiles à la Russie, a affirmé le ministre.', []],
    ['a claim attributed by an inverted verb', 'La Corée du Nord a livré des missiles à la Russie, affirment-ils.', []],
    ['selon laquelle introduces no source', 'Moscou rejette l’affirmation selon laquelle la Corée du Nord lui a livré des obus.', []],
    ['a negated report still anchors the claim to a named actor', 'Le Kremlin n’a pas confirmé que Pyongyang avait livré des missiles.', []],
    ['the journalistic conditional continues the sentence before', 'Selon le renseignement sud-coréen, Pyongyang a envoyé des soldats en Russie. Ces troupes auraient été déployées près de Koursk.', []],
    ['the conditional alone is no source', 'Le sommet a eu lieu mardi.\n\nLa Corée du Nord aurait livré des missiles à la Russie.', ['unattributed-claim']],
    ['des experts', 'Des experts estiment que Pyongyang a livré des obus à la Russie.', ['vague-attribution']],
    ['experts of a named body are a source', 'Des experts de l’ONU estiment que Pyongyang a livré des obus à la Russie.', []],
    ['des analystes', 'Selon des analystes, les obus nord-coréens représentent la moitié des tirs russes.', ['vague-attribution']],
    ['les médias occidentaux', 'Les médias occidentaux affirment que des missiles ont été livrés à Moscou.', ['vague-attribution']],
    ['il semblerait', 'Il semblerait que la Corée du Nord ait livré des missiles à la Russie.', ['vague-attribution']],
    ['de source', 'De source militaire, on assure que des obus ont été livrés.', ['vague-attribution']],
    ['selon des informations de presse', 'Selon des informations de presse, des soldats nord-coréens ont été envoyés en Russie.', ['vague-attribution']],
    ['anonymity makes a named state’s official vague', 'Des obus ont été livrés, a affirmé un responsable américain sous couvert d’anonymat.', ['vague-attribution']],
    ['officials of a named state are a source', 'Des obus ont été livrés, ont affirmé des responsables sud-coréens.', []],
    ['a generic subject without a reporting verb', 'Des habitants ont vu des missiles nord-coréens frapper la ville.', ['vague-attribution']],
    ['a hedged transfer is not asserted', 'Les prétendus transferts d’armes ont suscité des réactions.', []],
    ['an embargo is not a transfer', 'Un embargo interdit l’exportation et l’importation d’armes vers la Corée du Nord.', []],
    ['narration is not a claim', 'En 2023, Kim Jong Un a effectué un rare voyage en Russie.', []],
    ['Avec AFP is not a claim', 'Avec AFP', []],
    ['a headline is not flagged', 'La Corée du Nord a livré des missiles à la Russie\n\nLe sommet a eu lieu mardi.', []],
    ['a quotation with no speaker', 'Le sommet a eu lieu mardi.\n\n« Les obus arrivent chaque semaine par le port de Rajin. »', ['unattributed-quote']],
    ['a short scare quote is a term, not speech', 'Le « partenariat stratégique » entre les deux pays inquiète.', []],
    ['a quoted fragment takes the speaker of its sentence', 'Pyongyang a qualifié d’« absurdes » ces accusations de livraisons d’armes.', []],
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
