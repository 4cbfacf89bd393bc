import type { Token } from './normalize';
import { foldWords } from './conjugation';

/** A phrase of a lexicon as folded words, with the entry it belongs to. */
export interface Sequence<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** A match of a sequence in a token list: token indexes [first, end). */
export interface SequenceMatch<T> {
  readonly first: number;
  readonly end: number;
  readonly value: T;
}

/**
 * Folded word sequences indexed by their first word, longest first, so that "selon des informations de presse"
 * wins over "selon des". Phrases are split the way the tokenizer splits text, so "d'aucuns" is ["d", "aucuns"].
 */
export class SequenceIndex<T> {
  private readonly byFirst = new Map<string, Sequence<T>[]>();

  /** Adds a phrase; an empty phrase is ignored. */
  add(phrase: string, value: T): void {
    const words = foldWords(phrase);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** Every value added, once per phrase. */
  values(): T[] {
    return [...this.byFirst.values()].flatMap((list) => list.map((x) => x.value));
  }

  /** The longest sequence starting at token `i` and ending before `limit`, if any. */
  longestAt(tokens: readonly Token[], i: number, limit: number): SequenceMatch<T> | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    const list = this.byFirst.get(first.folded);
    if (!list) return undefined;
    for (const s of list) {
      if (i + s.words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < s.words.length; k++) {
        if (tokens[i + k]?.folded !== s.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { first: i, end: i + s.words.length, value: s.value };
    }
    return undefined;
  }

  /** Every non-overlapping longest match in tokens [from, to). */
  allIn(tokens: readonly Token[], from: number, to: number): SequenceMatch<T>[] {
    const out: SequenceMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.longestAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** A word-list field of a lexicon entry (`objectWords`, `notFollowedBy`) as a sequence index, when it has any word. */
export function sequenceIndexOf(v: unknown): SequenceIndex<true> | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const index = new SequenceIndex<true>();
  for (const w of v) if (typeof w === 'string') index.add(w, true);
  return index;
}
