import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { anchor, selectorsFor } from '../../server/src/analysis/anchoring';

const TEXT = `Des experts affirment que la Corée du Nord a livré des obus à la Russie.
Le Kremlin a démenti. La Russie et la Corée du Nord ont signé un traité en juin.`;

function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, needle);
  return { start: i, end: i + needle.length };
}

describe('W3C selectors and re-anchoring', () => {
  it('records the exact text, its context and its offsets', () => {
    const at = TEXT.indexOf('Kremlin');
    const [quote, position] = selectorsFor(TEXT, spanOf(TEXT, 'Kremlin'), 8);
    assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'Kremlin', prefix: 'ussie.\nLe '.slice(-8), suffix: ' a démen' });
    assert.equal(TEXT.slice(at - 8, at), quote.prefix);
    assert.deepEqual(position, { type: 'TextPositionSelector', start: TEXT.indexOf('Kremlin'), end: TEXT.indexOf('Kremlin') + 7 });
  });

  const table: [string, (t: string) => string, string, number, 'position' | 'quote' | 'fuzzy' | undefined][] = [
    ['unchanged text: the recorded position', (t) => t, 'Corée du Nord', 1, 'position'],
    ['text inserted before: found by quote, shifted', (t) => `Séoul, 12 juin.\n${t}`, 'Corée du Nord', 1, 'quote'],
    ['text deleted before: found by quote', (t) => t.replace('Des experts affirment que ', ''), 'Corée du Nord', 1, 'quote'],
    ['the second of two equal quotes keeps its place by context', (t) => `Note. ${t.replace('Le Kremlin', 'Moscou')}`, 'Corée du Nord', 1, 'quote'],
    ['a small edit inside the quote: approximate match', (t) => t.replace('La Russie et la Corée du Nord', 'La Russie et la Corée du nord'), 'Corée du Nord', 1, 'fuzzy'],
    ['the quote edited away: unanchored', (t) => t.replace('Le Kremlin a démenti.', 'Moscou a nié.'), 'Le Kremlin a démenti.', 0, undefined],
  ];
  for (const [name, edit, needle, nth, method] of table) {
    it(name, () => {
      const selectors = selectorsFor(TEXT, spanOf(TEXT, needle, nth));
      const edited = edit(TEXT);
      const found = anchor(edited, selectors);
      assert.equal(found?.method, method);
      if (method === undefined) return;
      assert.ok(found);
      if (method !== 'fuzzy') {
        assert.equal(edited.slice(found.start, found.end), needle);
        // The right occurrence: the one whose context is the recorded one.
        const want = spanOf(edited, needle, nth).start;
        assert.equal(found.start, want);
      } else assert.equal(edited.slice(found.start, found.end).toLowerCase(), needle.toLowerCase());
    });
  }

  it('refuses to guess among several occurrences when no context agrees', () => {
    const selectors = selectorsFor('xx,Russie;yy', { start: 3, end: 9 });
    assert.equal(anchor('aa Russie bb Russie cc', selectors), undefined);
    assert.deepEqual(anchor('aa Russie cc', selectors), { start: 3, end: 9, method: 'position' });
  });

  it('never throws on odd selectors', () => {
    assert.equal(anchor('abc', []), undefined);
    assert.equal(anchor('abc', [{ type: 'TextPositionSelector', start: 2, end: 10 }]), undefined);
    assert.equal(anchor('', selectorsFor('abc', { start: 0, end: 3 })), undefined);
  });
});

const WORDS = ['la', 'Corée', 'du', 'Nord', 'Russie', 'a', 'livré', 'des', 'obus', 'selon', 'Séoul', 'experts', 'Kremlin', 'missiles', '1 000', 'conteneurs', '«', '»', ',', '.', '\n'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 120 }).map((ws) => ws.join(' '));
const insertion = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ` ${ws.join(' ')} `);

describe('re-anchoring properties (fast-check)', () => {
  it('an edit outside the annotated text and its context keeps the anchor on the same text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), insertion, fc.nat(), fc.nat({ max: 20 }), fc.boolean(), (t, a, b, ins, at, del, before) => {
        const s = a % t.length;
        const e = Math.min(t.length, s + 1 + (b % 30));
        const selectors = selectorsFor(t, { start: s, end: e });
        const ctx = 32;
        // Pick an edit point strictly outside [s - ctx, e + ctx].
        const lo = Math.max(0, s - ctx);
        const hi = Math.min(t.length, e + ctx);
        let edited: string;
        let shift = 0;
        if (before && lo > 0) {
          const p = at % lo;
          const d = Math.min(del, lo - p);
          edited = t.slice(0, p) + ins + t.slice(p + d);
          shift = ins.length - d;
        } else if (hi < t.length) {
          const p = hi + (at % (t.length - hi));
          edited = t.slice(0, p) + ins + t.slice(Math.min(t.length, p + del));
        } else return;
        const found = anchor(edited, selectors);
        assert.ok(found, 'anchored');
        assert.equal(edited.slice(found.start, found.end), t.slice(s, e));
        assert.equal(found.start, s + shift);
      }),
      { numRuns: 400 },
    );
  });

  it('an edit anywhere that leaves the annotated text whole never anchors on other text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), insertion, fc.nat(), (t, a, b, ins, at) => {
        const s = a % t.length;
        const e = Math.min(t.length, s + 1 + (b % 30));
        const selectors = selectorsFor(t, { start: s, end: e });
        const p = at % (t.length + 1);
        if (p > s && p < e) return;
        const edited = t.slice(0, p) + ins + t.slice(p);
        const found = anchor(edited, selectors);
        if (found && found.method !== 'fuzzy') assert.equal(edited.slice(found.start, found.end), t.slice(s, e));
      }),
      { numRuns: 400 },
    );
  });
});
