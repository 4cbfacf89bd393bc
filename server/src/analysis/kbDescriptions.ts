import { tokenize } from './normalize';

/** A knowledge-base description read as folded words, split at its first clause. */
export interface DescriptionWords {
  /** Every word of the description. */
  readonly all: readonly string[];
  /** The words of its first clause, up to the first comma or full stop: where the base writes a person's own state and role. */
  readonly lead: readonly string[];
  /** The words of its clause of a former role ("…, ancien Premier ministre néerlandais"), or none. */
  readonly former: readonly string[];
}

/** The words of a former role, in a description's clause or before a role noun: "ancien Premier ministre", "ex-ministre". */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['ancien', 'ancienne', 'anciens', 'anciennes', 'ex']);

/** Folds a knowledge-base description into words, keeping where its first clause ends. Never throws. */
export function descriptionWords(description: string): DescriptionWords {
  const cut = description.search(/[,.;(]/u);
  const lead = cut >= 0 ? description.slice(0, cut) : description;
  const clauses = description.split(/[,.;()]/u).map((c) => tokenize(c).map((t) => t.folded));
  const former = clauses.find((c) => c.length > 0 && FORMER_WORDS.has(c[0]!)) ?? [];
  return { all: tokenize(description).map((t) => t.folded), lead: tokenize(lead).map((t) => t.folded), former };
}

// "nord-coréennes" → "nord-coreen", "russe" → "russ", "américaines" → "americain": one stem for every inflection.
function adjectiveStem(w: string): string {
  const singular = w.length > 3 ? w.replace(/s$/u, '') : w;
  return singular.endsWith('nne') ? singular.slice(0, -2) : singular.endsWith('e') ? singular.slice(0, -1) : singular;
}

/**
 * True when the words name a state or body, given the folded words of how the article wrote it: a name ("Kremlin",
 * "Corée du Nord") must appear as written; a demonym ("russe", "nord-coréen") in any inflection, or as the country
 * name French derives from it ("russe" → "Russie", "nord-coréen" → "Corée du Nord", "ukrainien" → "Ukraine").
 */
export function wordsName(words: readonly string[], surface: readonly string[], adjective: boolean): boolean {
  const n = surface.length;
  if (n === 0) return false;
  for (let i = 0; i + n <= words.length; i++) {
    let same = true;
    for (let j = 0; j < n - 1 && same; j++) same = words[i + j] === surface[j];
    if (!same) continue;
    const w = words[i + n - 1]!;
    const last = surface[n - 1]!;
    if (w === last || (adjective && adjectiveStem(w) === adjectiveStem(last))) return true;
  }
  if (!adjective) return false;
  // The country name: the demonym's stem less its suffix, then at most two letters, then "du Nord" for "nord-…".
  const last = surface[n - 1]!;
  const core = adjectiveStem(last).replace(/(?:ien|en|ais|ois|ain)$/u, '');
  if (core.length < 4) return false;
  const compass = n === 2 && (surface[0] === 'nord' || surface[0] === 'sud') ? surface[0] : undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith(core) || w.length - core.length > 2) continue;
    const followedBy = words[i + 1] === 'du' && (words[i + 2] === 'nord' || words[i + 2] === 'sud') ? words[i + 2] : undefined;
    if (followedBy === compass) return true;
  }
  return false;
}
