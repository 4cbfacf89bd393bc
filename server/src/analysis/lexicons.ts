/** A title or role that may introduce a person's name ("ministre", "porte-parole", "M."). */
export interface TitleEntry {
  readonly id: string;
  readonly forms: readonly string[];
  /** Whom the title fits: "m", "f", or "any"; "M." before a name is a man, "sa fille" a woman. */
  readonly gender?: string;
}

/** Words the entity rules need, loaded from `server/data/lexicons/` and validated before they reach the core. */
export interface EntityLexicons {
  readonly titles: readonly TitleEntry[];
  /** Capitalised words that belong to a role or institution, never to a person's name ("Affaires", "État", "Défense"). */
  readonly roleWords: readonly string[];
  /** Letter-digit words that look like weapon designations but are not ("COVID-19"). */
  readonly notDesignations: readonly string[];
  /** Nouns after which "de X" names a place ("la région de Koursk"). */
  readonly placeNouns: readonly string[];
  /** Capitalised words that never start a name by themselves: determiners, pronouns, sentence-initial function words. */
  readonly notNames: readonly string[];
  /** Head nouns that open an organisation's name when capitalised and followed by a complement ("Institut", "Fondation"). */
  readonly organisationHeads?: readonly string[];
  /** Head nouns that open an organisation's name in lower case too, before a capitalised name ("l'université Kookmin"). */
  readonly lowerCaseOrganisationHeads?: readonly string[];
  /** Lower-case nouns of a news medium before its name ("le quotidien nationaliste Global Times", "la chaîne Rossiya"). */
  readonly mediumNouns?: readonly string[];
  /** Platforms a medium publishes on, never a medium's name: "sa chaîne Telegram Rybar" is Rybar. */
  readonly platformNames?: readonly string[];
  /** Last words of English organisation names after capitalised words ("Korea Daesong Bank"). */
  readonly englishOrganisationHeads?: readonly string[];
  /** Korean family names: before a hyphenated given name they make a person ("Ri Chol-min"). */
  readonly koreanSurnames?: readonly string[];
  readonly givenNames?: readonly string[];
  /** Words after which a given name standing alone, or a name before an age, names no person ("la Marine", "Le Monde, 80 ans"). */
  readonly notBeforeLoneGivenName?: readonly string[];
  /** Capitalised particles inside a name ("Yann Le Gall", "Ursula von der Leyen"), from `functionWords.json`. */
  readonly nameParticles?: readonly string[];
  /** Lower-case words that end an organisation's name although they may look like adjectives ("indique", "qui"). */
  readonly organisationStopWords?: readonly string[];
}

/** Lexicons used when none are given: enough for tests of the rules, never a substitute for the data files. */
export const EMPTY_ENTITY_LEXICONS: EntityLexicons = { titles: [], roleWords: [], notDesignations: [], notNames: [], placeNouns: [] };
