import { fold, isCapitalised, tokenize, type Token } from './normalize';
import type { EntityType, KbEntity, MentionKind } from './types';

/** One way of naming an entity, compiled for matching. */
export interface AliasPattern {
  readonly entityId: string;
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** The alias as written in the knowledge base. */
  readonly alias: string;
  /** Acronyms match only with their exact capitals ("UE" but not "ue"). */
  readonly caseSensitive: boolean;
  /** Names written with a capital in the base must be capitalised in the text (else "union" would be the EU). */
  readonly requireCapital: boolean;
  /** The alias's words as written, for the case-sensitive check. */
  readonly words: readonly string[];
  /** Lower-case words one of which must stand right before: the article of a title read apart ("du Monde", "le Figaro"). */
  readonly after?: ReadonlySet<string>;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  patterns?: AliasPattern[];
}

/** A match of one alias pattern over a run of tokens. */
export interface AliasMatch {
  readonly firstToken: number;
  /** Index one past the last token. */
  readonly endToken: number;
  readonly pattern: AliasPattern;
}

/** Articles that may open a title ("Le Monde", "La Croix", "Les Échos"). */
const TITLE_ARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'Les', 'L']);

/** The lower-case articles that stand for a title's own ("du Monde", "aux Échos", "selon le Figaro"). */
const TITLE_ARTICLE_FORMS: Readonly<Record<string, ReadonlySet<string>>> = {
  Le: new Set(['le', 'du', 'au']),
  Les: new Set(['les', 'des', 'aux']),
};

const KIND_PRIORITY: Record<MentionKind, number> = { name: 0, acronym: 1, metonym: 2, adjective: 3 };

/** A token-level trie over every alias of the knowledge base: one pass over the words finds the longest alias at each place. */
export class AliasTrie {
  private readonly root: TrieNode = {};
  private size = 0;

  /** Number of patterns added. */
  get patternCount(): number {
    return this.size;
  }

  /** Adds one alias; an alias that folds to no word is ignored. */
  add(pattern: Omit<AliasPattern, 'words'>): void {
    const tokens = tokenize(pattern.alias);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      node.next ??= new Map();
      let child = node.next.get(t.folded);
      if (!child) {
        child = {};
        node.next.set(t.folded, child);
      }
      node = child;
    }
    node.patterns ??= [];
    if (node.patterns.some((p) => p.entityId === pattern.entityId && p.kind === pattern.kind && p.caseSensitive === pattern.caseSensitive && p.after === pattern.after)) return;
    node.patterns.push({ ...pattern, words: tokens.map((t) => t.text) });
    node.patterns.sort((a, b) => KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
    this.size++;
  }

  /**
   * Finds the longest alias starting at token `i`, or undefined.
   * `joinable(k)` tells whether token k and k+1 may belong to one name (only spaces, hyphens or apostrophes between them).
   */
  longestAt(tokens: readonly Token[], i: number, joinable: (k: number) => boolean): AliasMatch | undefined {
    let node: TrieNode | undefined = this.root;
    let best: AliasMatch | undefined;
    for (let k = i; k < tokens.length && node; k++) {
      if (k > i && !joinable(k - 1)) break;
      node = node.next?.get(tokens[k]!.folded);
      if (!node) break;
      if (node.patterns) {
        // An exact-case acronym beats a name that folds alike ("OTAN" is the acronym even though "Otan" is a name too).
        const p = node.patterns.find((pat) => pat.caseSensitive && accepts(pat, tokens, i)) ?? node.patterns.find((pat) => accepts(pat, tokens, i));
        if (p) best = { firstToken: i, endToken: k + 1, pattern: p };
      }
    }
    return best;
  }
}

function accepts(p: AliasPattern, tokens: readonly Token[], i: number): boolean {
  if (p.after) {
    const before = tokens[i - 1];
    if (!before || !/^\p{Ll}/u.test(before.text) || !p.after.has(before.folded) || tokens[i]!.start - before.end !== 1) return false;
  }
  if (p.caseSensitive) {
    for (let j = 0; j < p.words.length; j++) {
      const w = p.words[j]!;
      const t = tokens[i + j]!.text;
      // Digits and lower-case parts of a designation compare folded; capitals must match exactly.
      if (/\p{Lu}/u.test(w) ? t !== w : fold(t) !== fold(w)) return false;
    }
    return true;
  }
  if (!p.requireCapital) return true;
  if (!isCapitalised(tokens[i]!.text)) return false;
  // "Le Monde", "Le Temps": a title that opens on an article keeps its capitals, or every sentence opening on "Le monde
  // entier" would name the newspaper.
  if (TITLE_ARTICLES.has(p.words[0] ?? '')) {
    for (let j = 1; j < p.words.length; j++) if (/^\p{Lu}/u.test(p.words[j]!) && !isCapitalised(tokens[i + j]!.text)) return false;
  }
  return true;
}

/** Feminine and plural forms of a French demonym given in the masculine singular. */
export function inflectDemonym(base: string): string[] {
  const forms = new Set([base]);
  if (/en$/u.test(base)) ['ne', 's', 'nes'].forEach((s) => forms.add(base + s));
  else if (/e$/u.test(base)) forms.add(base + 's');
  else if (/[sx]$/u.test(base)) ['e', 'es'].forEach((s) => forms.add(base + s));
  else if (/al$/u.test(base)) [base + 'e', base + 'es', base.slice(0, -2) + 'aux'].forEach((f) => forms.add(f));
  else ['e', 's', 'es'].forEach((s) => forms.add(base + s));
  return [...forms];
}

/** True when an alias is an acronym: no lower-case letter and at least two letters ("CSNU", "RPDC", "G7" is not). */
export function isAcronymAlias(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * A long descriptive name whose only capital opens it ("Équipe multilatérale de surveillance des sanctions", "Centre
 * d'études stratégiques et internationales"): the press writes it in lower case too, and five words leave no doubt.
 */
function isDescriptiveName(alias: string): boolean {
  const words = tokenize(alias);
  return words.length >= 5 && words.slice(1).every((t) => !/\p{Lu}/u.test(t.text));
}

/** Compiles every name, alias, demonym and metonym of the entities into one trie. */
export function buildAliasTrie(entities: Iterable<KbEntity>): AliasTrie {
  const trie = new AliasTrie();
  for (const e of entities) {
    for (const alias of [e.name, ...e.aliases]) {
      const acronym = isAcronymAlias(alias);
      trie.add({
        entityId: e.id,
        type: e.type,
        kind: acronym && e.type !== 'weapon' ? 'acronym' : 'name',
        alias,
        caseSensitive: acronym,
        requireCapital: isCapitalised(alias) && !isDescriptiveName(alias),
      });
      // "Le Monde" read "du Monde", "selon le Figaro": the title without its article, after the article the sentence gives it.
      const words = tokenize(alias);
      const article = words[0] && words.length >= 2 && /^\s$/u.test(alias.slice(words[0].end, words[1]!.start)) ? TITLE_ARTICLE_FORMS[words[0].text] : undefined;
      if (article && !acronym && e.type === 'organisation') {
        trie.add({ entityId: e.id, type: e.type, kind: 'name', alias: alias.slice(words[1]!.start), caseSensitive: false, requireCapital: true, after: article });
      }
    }
    for (const m of e.metonyms ?? []) {
      trie.add({ entityId: e.id, type: e.type, kind: 'metonym', alias: m, caseSensitive: false, requireCapital: true });
    }
    for (const d of e.demonyms ?? []) {
      for (const form of inflectDemonym(d)) {
        trie.add({ entityId: e.id, type: e.type, kind: 'adjective', alias: form, caseSensitive: false, requireCapital: false });
      }
    }
  }
  return trie;
}
