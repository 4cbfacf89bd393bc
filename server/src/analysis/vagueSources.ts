import type { LexiconFiles } from './analysisContext';
import { isObject, strings } from './conjugation';
import { anaphoraOf, type Anaphora } from './functionWords';
import { SequenceIndex } from './wordSequences';

/** What turns a generic source into a real one: a named body after de/du, any named state or body, or nothing. */
export type Specificity = 'organisation' | 'state' | 'none';

/** Ids of entries the rules name: unnamed witnesses, and a person the article does not name ("un sénateur de la majorité"). */
export const VAGUE_WITNESSES = 'vague:witnesses';
export const VAGUE_UNNAMED_PERSON = 'vague:unnamed-person';
/** The generic source of a quantifier standing for people ("beaucoup", "certains", "la plupart"). */
export const VAGUE_SOMEONE = 'vague:someone';
/** "on" as the subject of a reporting verb. */
export const VAGUE_ON = 'vague:on';

/** A generic source of the lexicon, with the reason shown to the user. */
export interface VagueEntry {
  /** "vague:experts" */
  readonly id: string;
  readonly reason: string;
  /** The reason in French, for readers whose editor speaks French. */
  readonly reasonFr?: string;
  readonly specificWith: Specificity;
  /** With a definite determiner, what the head may refer back to ("les experts" → the panel of experts named before). */
  readonly anaphora?: Anaphora;
  /** After a possessive the phrase stays generic ("son entourage"): the owner is not the one who speaks. */
  readonly ownedStaysGeneric?: boolean;
}

/** The vague-source lexicon compiled for matching: head nouns of source phrases, and set expressions. */
export interface VagueLexicon {
  /** Heads of a source noun phrase ("des experts", "les médias occidentaux"). */
  readonly heads: SequenceIndex<VagueEntry>;
  /** Expressions that make a sentence vaguely sourced wherever they stand ("il semblerait", "de source proche"). */
  readonly phrases: SequenceIndex<VagueEntry>;
  readonly byId: ReadonlyMap<string, VagueEntry>;
}

const cache = new WeakMap<object, VagueLexicon>();

/** Compiles `vagueSources.json`, once per loaded object. */
export function vagueLexicon(lexicons: LexiconFiles): VagueLexicon {
  const file = lexicons.get('vagueSources');
  if (!isObject(file)) return compile({});
  const hit = cache.get(file);
  if (hit) return hit;
  const lexicon = compile(file);
  cache.set(file, lexicon);
  return lexicon;
}

function compile(file: Record<string, unknown>): VagueLexicon {
  const heads = new SequenceIndex<VagueEntry>();
  const phrases = new SequenceIndex<VagueEntry>();
  const byId = new Map<string, VagueEntry>();
  const load = (list: unknown, into: SequenceIndex<VagueEntry>): void => {
    if (!Array.isArray(list)) return;
    for (const e of list) {
      if (!isObject(e) || typeof e['id'] !== 'string') continue;
      const s = e['specificWith'];
      let entry: VagueEntry = {
        id: e['id'],
        reason: typeof e['reason'] === 'string' ? e['reason'] : 'a generic source',
        ...(typeof e['reasonFr'] === 'string' ? { reasonFr: e['reasonFr'] } : {}),
        specificWith: s === 'organisation' || s === 'state' ? s : 'none',
        ...(e['ownedStaysGeneric'] === true ? { ownedStaysGeneric: true } : {}),
      };
      const anaphora = anaphoraOf(e['anaphora']);
      if (anaphora) entry = { ...entry, anaphora };
      byId.set(entry.id, entry);
      for (const form of strings(e['forms'])) into.add(form, entry);
    }
  };
  load(file['heads'], heads);
  load(file['phrases'], phrases);
  return { heads, phrases, byId };
}
