import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../server/src/analysis/sentences';

function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  const table: [string, string, string[]][] = [
    ['two plain sentences', 'La Russie dément. Pyongyang aussi.', ['La Russie dément.', 'Pyongyang aussi.']],
    ['an honorific is not an end', 'M. Lavrov a parlé. Il a nié.', ['M. Lavrov a parlé.', 'Il a nié.']],
    ['an initial is not an end', 'Selon J. Biden, rien. Fin.', ['Selon J. Biden, rien.', 'Fin.']],
    ['a stray stop inside a name', 'le ministre Kamikawa. Yoko. Puis autre chose.', ['le ministre Kamikawa. Yoko.', 'Puis autre chose.']],
    ['a closing guillemet stays with its sentence', '« Nous ne commentons pas. » Le ministre est parti.', ['« Nous ne commentons pas. »', 'Le ministre est parti.']],
    ['a line break ends a headline', 'Titre sans point\nCorps du texte.', ['Titre sans point', 'Corps du texte.']],
    ['millimetres after a number end a sentence', 'Des lance-roquettes de 240 mm. Les cargaisons ont quitté Rajin.', ['Des lance-roquettes de 240 mm.', 'Les cargaisons ont quitté Rajin.']],
    ['"MM." before names is messieurs', 'Selon MM. Lavrov et Choe, rien. Fin.', ['Selon MM. Lavrov et Choe, rien.', 'Fin.']],
    ['"vol." ends a sentence when no number follows', 'Le missile a explosé en vol. Des experts doutent.', ['Le missile a explosé en vol.', 'Des experts doutent.']],
    ['"art." before a number is an abbreviation', 'Voir l’art. 4 du traité. Fin.', ['Voir l’art. 4 du traité.', 'Fin.']],
    ['"etc." before a capital ends a sentence', 'Des obus, des missiles, etc. Les livraisons continuent.', ['Des obus, des missiles, etc.', 'Les livraisons continuent.']],
    ['a question quoted before its incise', '« Que reçoit-il en retour ? », lance le chercheur. Fin.', ['« Que reçoit-il en retour ? », lance le chercheur.', 'Fin.']],
    ['an exclamation quoted before its incise', '« Assez ! », s\'écrie-t-elle ; puis elle part. Fin.', ['« Assez ! », s\'écrie-t-elle ; puis elle part.', 'Fin.']],
    ['blank and whitespace-only text', ' \n\n ', []],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(split(text), expected));

  it('stays linear on a long text without stops', () => {
    const text = 'M. Dupont a dit que la Russie et la Corée du Nord '.repeat(20_000);
    const t0 = Date.now();
    splitSentences(text);
    // A generous bound: the quadratic version took many seconds on this input.
    assert.ok(Date.now() - t0 < 3000);
  });
});
