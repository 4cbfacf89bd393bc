import { AliasTrie, buildAliasTrie, isAcronymAlias } from './aliasTrie';
import type { EntityLexicons } from './lexicons';
import { fold, foldPhrase, isCapitalised, isJoiner, tokenIndexAtOrAfter, tokenize, type Token } from './normalize';
import type { EntityType, KnowledgeBase, Mention, RuleEntity } from './types';

/** The knowledge base compiled for matching, built once per knowledge-base version and shared by every document. */
export interface CompiledKb {
  readonly kb: KnowledgeBase;
  readonly trie: AliasTrie;
  readonly titles: AliasTrie;
  /** Title id → the gender it gives the name after it ("title:m" → "m"), for titles that give one. */
  readonly titleGenders: ReadonlyMap<string, 'm' | 'f'>;
  readonly placeNouns: AliasTrie;
  readonly roleWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  readonly notDesignations: ReadonlySet<string>;
  readonly organisationHeads: ReadonlySet<string>;
  readonly lowerCaseOrganisationHeads: ReadonlySet<string>;
  readonly englishOrganisationHeads: ReadonlySet<string>;
  readonly mediumNouns: ReadonlySet<string>;
  readonly platformNames: ReadonlySet<string>;
  readonly organisationStopWords: ReadonlySet<string>;
  readonly koreanSurnames: ReadonlySet<string>;
  /** Given names as written: "Claire" before "Vasseur" starts a person's name. */
  readonly givenNames: ReadonlySet<string>;
  readonly notBeforeLoneGivenName: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  /** "<body> of <country>" by country id and folded body phrase ("KP|ministere des affaires etrangeres" → org:kp-mfa), for "son ministère …". */
  readonly bodiesOfCountry: ReadonlyMap<string, string>;
}

/** Compiles the knowledge base and the entity lexicons. */
export function compileKb(kb: KnowledgeBase, lexicons: EntityLexicons): CompiledKb {
  const titles = new AliasTrie();
  const titleGenders = new Map<string, 'm' | 'f'>();
  for (const t of lexicons.titles) {
    if (t.gender === 'm' || t.gender === 'f') titleGenders.set(t.id, t.gender);
    for (const form of t.forms) {
      titles.add({ entityId: t.id, type: 'person', kind: 'name', alias: form, caseSensitive: /\p{Lu}/u.test(form), requireCapital: false });
    }
  }
  const placeNouns = new AliasTrie();
  for (const noun of lexicons.placeNouns) placeNouns.add({ entityId: `place-noun:${noun}`, type: 'place', kind: 'name', alias: noun, caseSensitive: false, requireCapital: false });
  return {
    kb,
    trie: buildAliasTrie(kb.entities.values()),
    titles,
    titleGenders,
    placeNouns,
    roleWords: new Set(lexicons.roleWords.map(fold)),
    notNames: new Set(lexicons.notNames.map(fold)),
    notDesignations: new Set(lexicons.notDesignations.map(fold)),
    organisationHeads: new Set((lexicons.organisationHeads ?? []).map(fold)),
    lowerCaseOrganisationHeads: new Set((lexicons.lowerCaseOrganisationHeads ?? []).map(fold)),
    // English heads are matched as written: "Bank" ends a name, "bank" does not.
    englishOrganisationHeads: new Set(lexicons.englishOrganisationHeads ?? []),
    mediumNouns: new Set((lexicons.mediumNouns ?? []).map(fold)),
    platformNames: new Set((lexicons.platformNames ?? []).map(fold)),
    organisationStopWords: new Set((lexicons.organisationStopWords ?? []).map(fold)),
    bodiesOfCountry: bodiesOfCountry(kb),
    // Matched as written: "Ri" before "Chol-min" is a surname, "ri" is not.
    koreanSurnames: new Set(lexicons.koreanSurnames ?? []),
    givenNames: new Set(lexicons.givenNames ?? []),
    notBeforeLoneGivenName: new Set((lexicons.notBeforeLoneGivenName ?? []).map(fold)),
    nameParticles: new Set(lexicons.nameParticles ?? []),
  };
}

/**
 * The bodies the base names as "<body> de <country>" ("ministère des Affaires étrangères de la Corée du Nord"), keyed by
 * the country's id and the body phrase, so that "la Corée du Nord … son ministère des Affaires étrangères" finds it.
 */
function bodiesOfCountry(kb: KnowledgeBase): Map<string, string> {
  const countryByName = new Map<string, string>();
  for (const e of kb.entities.values()) {
    if (e.type !== 'country') continue;
    for (const n of [e.name, ...e.aliases]) countryByName.set(foldPhrase(n), e.id);
  }
  const out = new Map<string, string>();
  for (const e of kb.entities.values()) {
    if (e.type !== 'organisation') continue;
    for (const alias of [e.name, ...e.aliases]) {
      const words = foldPhrase(alias).split(' ');
      // Every split "<body> de|du|de la|des <country>", the country being the tail.
      for (let i = 1; i < words.length - 1; i++) {
        const link = words[i] === 'de' && (words[i + 1] === 'la' || words[i + 1] === 'l') ? 2 : ['de', 'du', 'des', 'd'].includes(words[i]!) ? 1 : 0;
        if (link === 0) continue;
        const country = countryByName.get(words.slice(i + link).join(' '));
        const body = words.slice(0, i).join(' ');
        if (country && !out.has(`${country}|${body}`)) out.set(`${country}|${body}`, e.id);
      }
    }
  }
  return out;
}

/** Words after which a body's name may go on ("Institut de recherche en expertise judiciaire de Kiev"). */
const NAME_GOES_ON: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des', 'en', 'pour', 'sur', 'contre', 'au', 'aux', 'et']);
const completionsCache = new WeakMap<CompiledKb, Map<string, string | null>>();

/**
 * Every leading phrase of two words or more of an organisation's name or alias in the base, folded, to that body's id,
 * or to null when it leads the names of two bodies ("parti democrate" → the base's "Parti démocrate de Corée").
 */
function kbCompletions(ckb: CompiledKb): ReadonlyMap<string, string | null> {
  const hit = completionsCache.get(ckb);
  if (hit) return hit;
  const out = new Map<string, string | null>();
  for (const e of ckb.kb.entities.values()) {
    if (e.type !== 'organisation') continue;
    for (const alias of [e.name, ...e.aliases]) {
      const words = foldPhrase(alias).split(' ');
      for (let i = 2; i < words.length; i++) {
        const key = words.slice(0, i).join(' ');
        const seen = out.get(key);
        out.set(key, seen === undefined || seen === e.id ? e.id : null);
      }
    }
  }
  completionsCache.set(ckb, out);
  return out;
}

/** Mentions and rule-made entities of one article. */
export interface EntityAnalysis {
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly ruleEntities: readonly RuleEntity[];
}

/** Rule ids, shown to the user in hovers ("found by rule acronym-definition"). */
export const RULES = {
  acronymDefinition: 'rule:acronym-definition',
  weaponDesignation: 'rule:weapon-designation',
  titledPerson: 'rule:title-person',
  personBeforeRole: 'rule:person-before-role',
  placeAfterNoun: 'rule:place-after-noun',
  acronym: 'rule:acronym',
  surname: 'rule:surname',
  shortForm: 'rule:short-form',
  organisationHead: 'rule:organisation-head',
  mediumName: 'rule:medium-name',
  possessiveBody: 'rule:possessive-body',
  koreanName: 'rule:korean-name',
  givenName: 'rule:given-name',
  agedPerson: 'rule:aged-person',
} as const;

/** The id given to an entity the knowledge base does not know: its type and folded name, so every article agrees on it. */
export function ruleEntityId(type: EntityType, name: string): string {
  return `~${type}:${tokenize(name).map((t) => t.folded).join(' ')}`;
}

/** Finds every mention of a known or rule-found entity in an article. Never throws. */
export function findEntities(text: string, ckb: CompiledKb): EntityAnalysis {
  const tokens = tokenize(text);
  const finder = new MentionFinder(text, tokens, ckb);
  finder.matchKnowledgeBase();
  finder.acronymDefinitions();
  finder.organisationHeads();
  finder.mediumNames();
  finder.weaponDesignations();
  finder.unknownAcronyms();
  finder.titledPersons();
  finder.personsBeforeRole();
  finder.koreanNames();
  finder.givenNamePersons();
  finder.agedPersons();
  finder.placesAfterNoun();
  finder.distributedPlaceNouns();
  finder.titledNamePartsAgain();
  finder.surnames();
  finder.shortForms();
  finder.loneGivenNames();
  finder.possessiveBodies();
  return { tokens, mentions: finder.result(), ruleEntities: [...finder.ruleEntities.values()] };
}

class MentionFinder {
  /** Per token: the index in `mentions` covering it, or -1. */
  private readonly cover: Int32Array;
  private readonly mentions: Mention[] = [];
  readonly ruleEntities = new Map<string, RuleEntity>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly ckb: CompiledKb,
  ) {
    this.cover = new Int32Array(tokens.length).fill(-1);
  }

  result(): Mention[] {
    return [...this.mentions].sort((a, b) => a.start - b.start);
  }

  private gap(k: number): string {
    const a = this.tokens[k];
    const b = this.tokens[k + 1];
    return a && b ? this.text.slice(a.end, b.start) : '';
  }

  /** Per token: 1 when it may join the next one inside a name; computed once, since every matcher asks. */
  private joinableCache: Uint8Array | undefined;

  private readonly joinable = (k: number): boolean => {
    if (!this.joinableCache) {
      const n = this.tokens.length;
      const cache = new Uint8Array(n);
      for (let i = 0; i + 1 < n; i++) cache[i] = isJoiner(this.text.slice(this.tokens[i]!.end, this.tokens[i + 1]!.start)) ? 1 : 0;
      this.joinableCache = cache;
    }
    return this.joinableCache[k] === 1;
  };

  private free(first: number, end: number): boolean {
    for (let k = first; k < end; k++) if (this.cover[k] !== -1) return false;
    return true;
  }

  private add(first: number, end: number, m: Omit<Mention, 'start' | 'end' | 'surface'>): void {
    if (first >= end || !this.free(first, end)) return;
    const start = this.tokens[first]!.start;
    const stop = this.tokens[end - 1]!.end;
    const idx = this.mentions.length;
    const mention: Mention = { entityId: m.entityId, type: m.type, kind: m.kind, foundBy: m.foundBy, start, end: stop, surface: this.text.slice(start, stop) };
    this.mentions.push(m.unknown ? { ...mention, unknown: true } : mention);
    for (let k = first; k < end; k++) this.cover[k] = idx;
  }

  matchKnowledgeBase(): void {
    const n = this.tokens.length;
    for (let i = 0; i < n; ) {
      const m = this.ckb.trie.longestAt(this.tokens, i, this.joinable);
      if (!m) {
        i++;
        continue;
      }
      const p = m.pattern;
      // "Yoon Mi-ra" is not Yoon Suk-yeol: a surname alone that a Korean given name follows is another person's name.
      if (!(m.endToken === m.firstToken + 1 && this.koreanNameAt(m.firstToken))) this.add(m.firstToken, m.endToken, { entityId: p.entityId, type: p.type, kind: p.kind, foundBy: `kb:${p.entityId}` });
      i = m.endToken;
    }
  }

  /** Where a token sits in the text: the index of the token starting at or after an offset. */
  private tokenAtOrAfter(offset: number): number {
    return tokenIndexAtOrAfter(this.tokens, offset);
  }

  private defineRuleEntity(type: EntityType, name: string, aliases: string[], foundBy: string, first: number, end: number): string {
    const id = ruleEntityId(type, name);
    if (!this.ruleEntities.has(id)) {
      this.ruleEntities.set(id, {
        id,
        type,
        name,
        aliases,
        foundBy,
        definition: { start: this.tokens[first]!.start, end: this.tokens[end - 1]!.end },
      });
    }
    return id;
  }

  /** "Agence de renseignement de la Défense (DIA)" and "RPDC [République populaire … de Corée]", either way round. */
  acronymDefinitions(): void {
    const re = /[([]\s*([^()[\]\n]{1,150}?)\s*[)\]]/gu;
    const defined = new Map<string, { id: string; type: EntityType; known?: boolean }>();
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      const inner = m[1]!;
      const innerStart = m.index + m[0].indexOf(inner);
      const firstInner = this.tokenAtOrAfter(innerStart);
      const endInner = this.tokenAtOrAfter(innerStart + inner.length);
      if (firstInner >= endInner) continue;
      if (endInner - firstInner === 1 && isAcronymAlias(inner) && inner.length <= 10) {
        this.acronymAfterName(inner, firstInner, m.index, defined);
      } else {
        this.nameAfterAcronym(firstInner, endInner, m.index, defined);
      }
    }
    this.linkLaterUses(defined);
  }

  /**
   * Later uses of a name the article defined, written the same way: "la CAR" after "Conflict Armament Research (CAR)",
   * "le Global Times" after "le quotidien nationaliste Global Times".
   */
  private linkLaterUses(defined: ReadonlyMap<string, { id: string; type: EntityType; known?: boolean }>, kind: 'acronym' | 'name' = 'acronym', foundBy: string = RULES.acronymDefinition): void {
    for (const [name, e] of defined) {
      const words = tokenize(name).map((t) => t.text);
      for (let k = 0; k + words.length <= this.tokens.length; k++) {
        if (!words.every((w, i) => this.tokens[k + i]!.text === w && (i === 0 || this.joinable(k + i - 1))) || !this.free(k, k + words.length)) continue;
        this.add(k, k + words.length, { entityId: e.id, type: e.type, kind, foundBy, ...(e.known ? {} : { unknown: true }) });
      }
    }
  }

  private acronymAfterName(acronym: string, acrToken: number, parenOffset: number, defined: Map<string, { id: string; type: EntityType; known?: boolean }>): void {
    const last = this.tokenAtOrAfter(parenOffset) - 1;
    if (last < 0 || /[^\s\u00a0]/u.test(this.text.slice(this.tokens[last]!.end, parenOffset))) return;
    const first = this.nameStartBefore(last, acronym);
    if (first === undefined) return;
    const known = this.mentions[this.cover[acrToken]!];
    if (known) {
      // The acronym is known: the spelled-out name is one more way to name it.
      this.add(first, last + 1, { entityId: known.entityId, type: known.type, kind: 'name', foundBy: RULES.acronymDefinition });
      return;
    }
    const nameMention = this.mentions[this.cover[first]!];
    if (nameMention && this.cover[first] === this.cover[last]) {
      this.add(acrToken, acrToken + 1, { entityId: nameMention.entityId, type: nameMention.type, kind: 'acronym', foundBy: RULES.acronymDefinition });
      // "Conflict Armament Research (CAR)": later uses of "CAR" name the same entity.
      defined.set(acronym, { id: nameMention.entityId, type: nameMention.type, known: true });
      return;
    }
    if (!this.free(first, last + 1)) return;
    const name = this.text.slice(this.tokens[first]!.start, this.tokens[last]!.end);
    const type = guessOrganisationType(name);
    const id = this.defineRuleEntity(type, name, [acronym], RULES.acronymDefinition, first, last + 1);
    this.add(first, last + 1, { entityId: id, type, kind: 'name', foundBy: RULES.acronymDefinition, unknown: true });
    this.add(acrToken, acrToken + 1, { entityId: id, type, kind: 'acronym', foundBy: RULES.acronymDefinition, unknown: true });
    defined.set(acronym, { id, type });
  }

  private nameAfterAcronym(firstInner: number, endInner: number, parenOffset: number, defined: Map<string, { id: string; type: EntityType; known?: boolean }>): void {
    const acrToken = this.tokenAtOrAfter(parenOffset) - 1;
    if (acrToken < 0) return;
    const acr = this.tokens[acrToken]!;
    if (!isAcronymAlias(acr.text) || /[^\s\u00a0]/u.test(this.text.slice(acr.end, parenOffset))) return;
    // Skip a leading article inside the brackets: "(la Corée du Nord)".
    let first = firstInner;
    while (first < endInner && this.ckb.notNames.has(this.tokens[first]!.folded) && !isCapitalised(this.tokens[first]!.text)) first++;
    if (first >= endInner || !isCapitalised(this.tokens[first]!.text) || endInner - first < 2) return;
    const known = this.mentions[this.cover[acrToken]!];
    if (known) {
      this.add(first, endInner, { entityId: known.entityId, type: known.type, kind: 'name', foundBy: RULES.acronymDefinition });
      return;
    }
    const name = this.text.slice(this.tokens[first]!.start, this.tokens[endInner - 1]!.end);
    const inner = this.mentions[this.cover[first]!];
    if (inner) {
      this.add(acrToken, acrToken + 1, { entityId: inner.entityId, type: inner.type, kind: 'acronym', foundBy: RULES.acronymDefinition });
      return;
    }
    const type = guessOrganisationType(name);
    const id = this.defineRuleEntity(type, name, [acr.text], RULES.acronymDefinition, first, endInner);
    this.add(acrToken, acrToken + 1, { entityId: id, type, kind: 'acronym', foundBy: RULES.acronymDefinition, unknown: true });
    this.add(first, endInner, { entityId: id, type, kind: 'name', foundBy: RULES.acronymDefinition, unknown: true });
    defined.set(acr.text, { id, type });
  }

  /**
   * The first word of a spelled-out name ending at `last`: the furthest capitalised word within reach, no punctuation
   * crossed. A name whose initials hold the acronym's letters may be long ("Groupe de stratégie et de consultation de
   * dissuasion élargie (EDSCG)"); otherwise, as for an English acronym of a French name ("Agence de renseignement de
   * la Défense (DIA)"), only a few lower-case words may sit in it. The nearest start whose initials hold the letters wins:
   * in "Gao Lanxin enseigne à l'Institut de hautes études internationales et du développement (IHEID)" the name is the
   * institute's, not a run from the person's name.
   */
  private nameStartBefore(last: number, acronym: string): number | undefined {
    let best: number | undefined;
    let lowerRun = 0;
    let maxLowerRun = 0;
    for (let j = last; j >= 0 && last - j < 14; j--) {
      const t = this.tokens[j]!;
      if (j < last && !/^[\s\u00a0'’-]+$/u.test(this.gap(j))) break;
      if (isCapitalised(t.text)) {
        if (t.text.length === 1 || this.ckb.notNames.has(t.folded) || isAcronymAlias(t.text)) break;
        if (this.initialsHold(j, last, acronym)) return j;
        if (maxLowerRun <= 4) best = j;
        lowerRun = 0;
      } else {
        lowerRun++;
        maxLowerRun = Math.max(maxLowerRun, lowerRun);
        if (lowerRun > 8) break;
      }
    }
    return best;
  }

  /** True when the initials of the content words from `first` to `last` include every letter of the acronym. */
  private initialsHold(first: number, last: number, acronym: string): boolean {
    const initials = new Map<string, number>();
    for (let k = first; k <= last; k++) {
      const w = this.tokens[k]!;
      if (w.text.length <= 2 || this.ckb.notNames.has(w.folded)) continue;
      const c = w.folded[0]!;
      initials.set(c, (initials.get(c) ?? 0) + 1);
    }
    for (const c of fold(acronym)) {
      const n = initials.get(c) ?? 0;
      if (n === 0) return false;
      initials.set(c, n - 1);
    }
    return true;
  }

  /**
   * "l'Institut des armes nucléaires", "la Fondation Carnegie pour la paix internationale", "l'université Kookmin",
   * "la Korea Daesong Bank": a body the base does not know, named by a head noun and its complement. A bracketed
   * acronym right after the name becomes its alias, and later uses of the acronym link to the same body.
   */
  organisationHeads(): void {
    const defined = new Map<string, { id: string; type: EntityType; known?: boolean }>();
    for (let k = 0; k < this.tokens.length; k++) {
      if (this.cover[k] !== -1) continue;
      // "la société d'analyse Chainalysis", "le groupe de pirates Lazarus": a lower-case head, a few words that qualify it,
      // then the body's own name, which alone is the mention (as a medium's is).
      const head = this.tokens[k]!;
      const next = this.tokens[k + 1];
      const lowerHead = next !== undefined && !isCapitalised(head.text) && this.ckb.lowerCaseOrganisationHeads.has(head.folded);
      const qualified = lowerHead && !isCapitalised(next.text) ? this.mediumNameAfter(k + 1) : undefined;
      const span = this.frenchOrganisationAt(k) ?? this.englishOrganisationAt(k) ?? qualified ?? (lowerHead ? this.nameInApposition(k + 1) : undefined);
      if (!span || !this.free(span[0], span[1])) continue;
      this.addOrganisation(span[0], span[1], defined);
      k = span[1] - 1;
    }
    this.linkLaterUses(defined);
  }

  /** True when token `k` opens a sentence, where a capital says nothing about a name. */
  private sentenceInitial(k: number): boolean {
    return k === 0 || /[.!?…\n:;«"“]/u.test(this.gap(k - 1));
  }

  /**
   * A French head noun and its complement: "Institut national des études de défense", "Centre d'études stratégiques
   * et internationales". The complement takes capitalised words, prepositions and articles, nouns after them and
   * adjectives after a noun; it stops at punctuation, a word the base or another rule took, a number, a verb or a
   * relative pronoun. The head alone names nothing, and a name that runs on too long is not trusted at all.
   */
  private frenchOrganisationAt(k: number): [number, number] | undefined {
    const head = this.tokens[k]!;
    const capital = isCapitalised(head.text);
    if (!(capital ? this.ckb.organisationHeads : this.ckb.lowerCaseOrganisationHeads).has(head.folded)) return undefined;
    if (capital && this.sentenceInitial(k)) return undefined;
    const next = this.tokens[k + 1];
    if (!next || !this.joinable(k) || this.cover[k + 1] !== -1) return undefined;
    // In lower case only a name right after the head makes it one: "l'université Kookmin", not "l'université de la ville".
    if (!capital && !(isCapitalised(next.text) && next.text.length > 1 && !this.ckb.notNames.has(next.folded) && !isAcronymAlias(next.text))) return undefined;
    let end = k + 1;
    let previous: 'head' | 'link' | 'word' = 'head';
    for (let j = k + 1; j < this.tokens.length; j++) {
      if (j - k > MAX_ORGANISATION_COMPLEMENT) return undefined;
      if (!this.joinable(j - 1) || this.cover[j] !== -1) break;
      const t = this.tokens[j]!;
      if (/\d/u.test(t.text)) break;
      if (!isCapitalised(t.text) && ORGANISATION_LINKS.has(t.folded)) {
        previous = 'link';
        continue;
      }
      if (t.folded === 'et' && previous === 'word') {
        // "stratégiques et internationales", "de stratégie et de consultation": a coordination inside the name, not "et l'ONU".
        const after = this.tokens[j + 1];
        if (!after || !this.joinable(j) || isCapitalised(after.text) || !(/^(de|d)$/u.test(after.folded) || looksAdjectival(after.folded))) break;
        previous = 'link';
        continue;
      }
      if (isCapitalised(t.text)) {
        // Inside a name a capitalised function word is a name part ("université Kim Il Sung"); "ONG" or "PIB" is not.
        if (t.text.length === 1 || (this.ckb.notNames.has(t.folded) && isAcronymAlias(t.text))) break;
      } else if (this.ckb.organisationStopWords.has(t.folded) || this.ckb.notNames.has(t.folded) || !(previous === 'link' || looksAdjectival(t.folded))) {
        break;
      }
      previous = 'word';
      end = j + 1;
    }
    return end - k >= 2 ? [k, end] : undefined;
  }

  /**
   * English names: capitalised words ending in a head ("Korea Daesong Bank", "Royal United Services Institute",
   * "Open Source Centre"), or a head followed by "of"/"for" and capitalised words ("Bank of China", "Center for
   * Strategic and International Studies").
   */
  private englishOrganisationAt(k: number): [number, number] | undefined {
    const nameWord = (j: number): boolean => {
      const t = this.tokens[j];
      return !!t && this.cover[j] === -1 && isCapitalised(t.text) && t.text.length > 1 && !this.ckb.notNames.has(t.folded) && !isAcronymAlias(t.text);
    };
    const spaced = (j: number): boolean => /^[ \u00a0]$/u.test(this.gap(j));
    if (!nameWord(k)) return undefined;
    // Capitalised words from k, closed by the last English head among them ("Chon Myong Shipping Company").
    let closed: number | undefined;
    for (let end = k + 1; end < this.tokens.length && end - k < 7 && spaced(end - 1) && nameWord(end); end++) {
      if (this.ckb.englishOrganisationHeads.has(this.tokens[end]!.text)) closed = end + 1;
    }
    if (closed !== undefined) {
      let last = closed;
      // "Foreign Trade Bank of Korea": a complement in English may follow the head.
      while (last + 1 < this.tokens.length && last - k < 10 && spaced(last - 1) && spaced(last) && /^(of|for|on)$/u.test(this.tokens[last]!.text) && nameWord(last + 1)) last += 2;
      return [k, last];
    }
    // Head alone at k: "Center for Strategic and International Studies".
    if (!this.ckb.englishOrganisationHeads.has(this.tokens[k]!.text) || !spaced(k) || !/^(of|for)$/u.test(this.tokens[k + 1]?.text ?? '')) return undefined;
    let last = k + 1;
    for (let j = k + 2; j < this.tokens.length && j - k < 10 && spaced(j - 1); j++) {
      if (nameWord(j)) last = j + 1;
      else if (!/^(and|of|the|for|on)$/u.test(this.tokens[j]!.text)) break;
    }
    return last > k + 1 ? [k, last] : undefined;
  }

  private addOrganisation(first: number, end: number, defined: Map<string, { id: string; type: EntityType; known?: boolean }>): void {
    const name = this.text.slice(this.tokens[first]!.start, this.tokens[end - 1]!.end);
    // A bracketed acronym right after the name is its alias: "l'Institut national des études de défense (NIDS)".
    const bracket = /^[\s\u00a0]*\(\s*([^()\s]{2,10})\s*\)/u.exec(this.text.slice(this.tokens[end - 1]!.end));
    const acronym = bracket && isAcronymAlias(bracket[1]!) && this.tokens[end]?.text === bracket[1] ? bracket[1] : undefined;
    const known = acronym === undefined ? undefined : this.mentions[this.cover[end]!];
    if (known?.type === 'organisation' && !known.unknown) {
      // The base knows the acronym: the name is one more way to name that body.
      this.add(first, end, { entityId: known.entityId, type: known.type, kind: 'name', foundBy: RULES.organisationHead });
      return;
    }
    // "le Parti démocrate" for the base's "Parti démocrate de Corée": the leading words of one body's name only.
    // Not when the name goes on in a complement or a qualifier a rule or the base took ("Centre d'études stratégiques de
    // Dakar", "Service de renseignement extérieur estonien"): the rule cut it short.
    const after = this.tokens[end];
    // Folded, the preposition "à" is the verb "a": its accent tells them apart.
    const goesOn = after !== undefined && this.joinable(end - 1) && (NAME_GOES_ON.has(after.folded) || after.text.toLowerCase() === 'à' || this.cover[end] !== -1);
    const completed = acronym === undefined && !goesOn ? kbCompletions(this.ckb).get(foldPhrase(name)) : undefined;
    if (completed !== undefined && completed !== null) {
      this.add(first, end, { entityId: completed, type: 'organisation', kind: 'name', foundBy: RULES.organisationHead });
      return;
    }
    const free = acronym !== undefined && this.cover[end] === -1 ? acronym : undefined;
    const id = this.defineRuleEntity('organisation', name, free ? [free] : [], RULES.organisationHead, first, end);
    const entity = this.ruleEntities.get(id)!;
    if (free && !entity.aliases.includes(free)) this.ruleEntities.set(id, { ...entity, aliases: [...entity.aliases, free] });
    this.add(first, end, { entityId: id, type: 'organisation', kind: 'name', foundBy: RULES.organisationHead, unknown: true });
    if (free) {
      this.add(end, end + 1, { entityId: id, type: 'organisation', kind: 'acronym', foundBy: RULES.organisationHead, unknown: true });
      defined.set(free, { id, type: 'organisation' });
    }
  }

  /**
   * "le quotidien nationaliste Global Times", "la chaîne d'État Rossiya", "le journal Le Figaro": capitalised words after a
   * medium noun and at most three words that qualify it name a medium the base does not know. Its later uses by the same
   * name ("le Global Times") are the same medium.
   */
  mediumNames(): void {
    const defined = new Map<string, { id: string; type: EntityType }>();
    for (let k = 0; k < this.tokens.length; k++) {
      if (!this.ckb.mediumNouns.has(this.tokens[k]!.folded) || isCapitalised(this.tokens[k]!.text)) continue;
      const span = this.mediumNameAfter(k + 1);
      if (!span) continue;
      const name = this.text.slice(this.tokens[span[0]]!.start, this.tokens[span[1] - 1]!.end);
      const id = this.defineRuleEntity('organisation', name, [], RULES.mediumName, span[0], span[1]);
      this.add(span[0], span[1], { entityId: id, type: 'organisation', kind: 'name', foundBy: RULES.mediumName, unknown: true });
      defined.set(name, { id, type: 'organisation' });
    }
    // "The Economist se montre plus prudent", "À Abou Dhabi, The National s'inquiète": an English title, its article
    // and capitalised words, in a French article, names a medium or a body.
    for (let k = 0; k + 1 < this.tokens.length; k++) {
      const end = this.tokens[k]!.text === 'The' ? this.englishTitleEnd(k + 1) : k;
      if (end <= k + 1 || !this.free(k, end)) continue;
      const name = this.text.slice(this.tokens[k]!.start, this.tokens[end - 1]!.end);
      const id = this.defineRuleEntity('organisation', name, [], RULES.mediumName, k, end);
      this.add(k, end, { entityId: id, type: 'organisation', kind: 'name', foundBy: RULES.mediumName, unknown: true });
      defined.set(name, { id, type: 'organisation' });
      k = end - 1;
    }
    this.linkLaterUses(defined, 'name', RULES.mediumName);
  }

  /** The end of the capitalised English words from token a ("Economist", "New York Times", "Bulletin of the Atomic Scientists"). */
  private englishTitleEnd(a: number): number {
    const nameWord = (j: number): boolean => {
      const t = this.tokens[j];
      return t !== undefined && this.cover[j] === -1 && isCapitalised(t.text) && t.text.length > 1 && !this.ckb.notNames.has(t.folded);
    };
    const spaced = (j: number): boolean => /^[ \u00a0]$/u.test(this.gap(j));
    const connector = (j: number): boolean => /^(of|and|the|for|on)$/u.test(this.tokens[j]?.text ?? '');
    let end = a;
    for (let j = a; j < this.tokens.length && j - a < 7 && spaced(j - 1); j++) {
      if (nameWord(j)) end = j + 1;
      else if (j === a || !connector(j)) break;
      else {
        // "of the Atomic Scientists": connectors count only before another capitalised word.
        let next = j;
        while (connector(next) && spaced(next)) next++;
        if (!nameWord(next)) break;
      }
    }
    return end;
  }

  /**
   * "une société de Vladivostok, Primorsk Logistik.", "une entreprise chinoise, Hunan Jiayou Trading,": after a lower-case
   * head and a few qualifiers, the name of two to four capitalised words a comma sets in apposition, closed by punctuation.
   */
  private nameInApposition(a: number): [number, number] | undefined {
    let j = a;
    while (j < this.tokens.length && j - a < 6 && this.joinable(j - 1)) {
      const t = this.tokens[j]!;
      if (['d', 'de', 'du'].includes(t.folded)) j += this.cover[j + 1] !== -1 ? this.tokenAtOrAfter(this.mentions[this.cover[j + 1]!]!.end) - j : 2;
      else if (!isCapitalised(t.text) && looksAdjectival(t.folded) && this.cover[j] === -1) j++;
      else break;
    }
    if (j <= a || j >= this.tokens.length || !/^\s*,\s*$/u.test(this.text.slice(this.tokens[j - 1]!.end, this.tokens[j]!.start))) return undefined;
    let end = j;
    while (end < this.tokens.length && end - j < 4 && this.cover[end] === -1 && isCapitalised(this.tokens[end]!.text) && this.tokens[end]!.text.length > 1 && !this.ckb.notNames.has(this.tokens[end]!.folded) && !this.ckb.givenNames.has(this.tokens[end]!.text) && (end === j || /^[\s\u00a0-]+$/u.test(this.gap(end - 1)))) end++;
    if (end - j < 2) return undefined;
    const after = end < this.tokens.length ? this.text.slice(this.tokens[end - 1]!.end, this.tokens[end]!.start) : '.';
    return /^\s*[.,;)]/u.test(after) || end >= this.tokens.length ? [j, end] : undefined;
  }

  /** The capitalised name from token a, after at most three lower-case qualifiers ("nationaliste", "d'État", "en ligne"). */
  private mediumNameAfter(a: number): [number, number] | undefined {
    let j = a;
    // "la société israélienne d'analyse maritime OceanLens": up to six words of qualifiers.
    while (j < this.tokens.length && j - a < 6 && this.joinable(j - 1)) {
      const t = this.tokens[j]!;
      // "sa chaîne Telegram Rybar", "le site Internet du ministère": a platform is no medium's name.
      if (this.ckb.platformNames.has(t.folded)) {
        j++;
        continue;
      }
      if (isCapitalised(t.text)) break;
      // "d'information", "d'État", "en ligne": a complement of the noun, never a name ("le site de Yongbyon"); otherwise an adjective.
      const after = this.tokens[j + 1];
      if (['d', 'de', 'en'].includes(t.folded)) {
        if (!after || !this.joinable(j) || (isCapitalised(after.text) && !/^[ée]tat$/u.test(after.folded))) return undefined;
        j += 2;
        continue;
      }
      if (!looksAdjectival(t.folded) && !this.ckb.mediumNouns.has(t.folded)) return undefined;
      j++;
    }
    const first = j;
    const nameWord = (i: number): boolean => {
      const t = this.tokens[i];
      return !!t && this.cover[i] === -1 && isCapitalised(t.text) && t.text.length > 1 && !isAcronymAlias(t.text);
    };
    // "Le Figaro", "La Croix": a capitalised article opens the name when a capitalised word follows it.
    let end = first;
    if (first < this.tokens.length && this.joinable(first - 1) && this.ckb.notNames.has(this.tokens[first]!.folded) && /^(?:le|la|les|l)$/u.test(this.tokens[first]!.folded) && isCapitalised(this.tokens[first]!.text) && nameWord(first + 1)) end = first + 1;
    else if (!this.joinable(first - 1)) return undefined;
    while (end < this.tokens.length && end - first < 4 && nameWord(end) && !this.ckb.notNames.has(this.tokens[end]!.folded) && (end === first || this.joinable(end - 1))) end++;
    if (end === first || !nameWord(end - 1)) return undefined;
    // "Rossiya 1", "France 24": a channel's number is part of its name.
    if (/^\d{1,2}$/u.test(this.tokens[end]?.text ?? '') && /^[ \u00a0]$/u.test(this.gap(end - 1))) end++;
    return [first, end];
  }

  /** Letter-digit designations: "Hwasong-11", "KN-23", "Iskander-M" is left to the base. */
  weaponDesignations(): void {
    for (let k = 0; k + 1 < this.tokens.length; k++) {
      const a = this.tokens[k]!;
      const b = this.tokens[k + 1]!;
      // Cheap rejections first: most word pairs have no digit in the second word.
      if (a.text.length > 12 || !/\d/u.test(b.text)) continue;
      const gap = this.gap(k);
      if (!/^[-‐‑]?$/u.test(gap)) continue;
      // The second part is digits with a letter or two around them: "11", "11A", "S1" ("Pantsir-S1"), "M2".
      if (!/^\p{Lu}[\p{L}]{0,11}$/u.test(a.text) || !/^(?:\d{1,4}\p{Lu}{0,2}|\p{Lu}{1,2}\d{1,4})$/u.test(b.text)) continue;
      // "KN23" is one token; a capitalised word needs its hyphen ("Hwasong-11"), else "Kharkiv 2024" would qualify.
      if (gap === '' || this.ckb.notDesignations.has(a.folded) || this.ckb.notNames.has(a.folded)) continue;
      const before = k > 0 ? this.text.slice(this.tokens[k - 1]!.end, a.start) : ' ';
      if (/[-‐‑]$/u.test(before)) continue;
      const name = `${a.text}-${b.text}`;
      if (!this.free(k, k + 2)) continue;
      const id = this.defineRuleEntity('weapon', name, [], RULES.weaponDesignation, k, k + 2);
      this.add(k, k + 2, { entityId: id, type: 'weapon', kind: 'name', foundBy: RULES.weaponDesignation, unknown: true });
    }
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      const last = t.text.charCodeAt(t.text.length - 1);
      if (last < 48 || last > 57) continue;
      const parts = /^(\p{Lu}{2,4})(\d{1,4})$/u.exec(t.text);
      if (!parts || this.cover[k] !== -1 || this.ckb.notDesignations.has(fold(parts[1]!))) continue;
      const id = this.defineRuleEntity('weapon', `${parts[1]}-${parts[2]}`, [], RULES.weaponDesignation, k, k + 1);
      this.add(k, k + 1, { entityId: id, type: 'weapon', kind: 'name', foundBy: RULES.weaponDesignation, unknown: true });
    }
  }

  /**
   * An all-capitals word the base does not know ("le GUR", "l'OTSC") still names something: an organisation, most often,
   * in this press. Words of an all-capitals headline and Roman numerals are not acronyms.
   */
  unknownAcronyms(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      // A digit may sit inside ("C4ADS"); a designation ends with its digits ("KN23") and is left to weaponDesignations.
      if (this.cover[k] !== -1 || t.text.length < 2 || t.text.length > 9 || !isCapitalised(t.text) || /\p{Ll}/u.test(t.text.slice(1, 3))) continue;
      if (!/^(?:\p{Lu}{2,6}|\p{Lu}{1,3}\d\p{Lu}{2,5})$/u.test(t.text) || /^[IVXLCDM]+$/u.test(t.text)) continue;
      if (this.ckb.notDesignations.has(t.folded) || this.ckb.notNames.has(t.folded)) continue;
      const shouting = (j: number): boolean => {
        const o = this.tokens[j];
        return !!o && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(o.text) && !/[.!?\n]/u.test(this.text.slice(Math.min(o.end, t.end), Math.max(o.start, t.start)));
      };
      // A headline in capitals has several such words around the candidate; one neighbour alone ("l'ONG C4ADS") is no headline.
      if ([k - 2, k - 1, k + 1, k + 2].filter(shouting).length >= 2) continue;
      const id = this.defineRuleEntity('organisation', t.text, [t.text], RULES.acronym, k, k + 1);
      this.add(k, k + 1, { entityId: id, type: 'organisation', kind: 'acronym', foundBy: RULES.acronym, unknown: true });
    }
  }

  /** "le ministre russe des Affaires étrangères Sergueï Lavrov", "la porte-parole …, Maria Zakharova", "M. Peskov". */
  titledPersons(): void {
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      const title = this.ckb.titles.longestAt(this.tokens, i, this.joinable);
      if (!title) continue;
      const honorific = /\p{Lu}/u.test(title.pattern.alias);
      this.personAfterTitle(title.endToken, honorific, honorific ? this.ckb.titleGenders.get(title.pattern.entityId) : undefined);
      i = title.endToken - 1;
    }
  }

  /** "Yang Uk, chercheur à l'Institut Asan", "Anne Dupont, la porte-parole du ministère": a name in apposition before its role. */
  personsBeforeRole(): void {
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (!this.nameStartsAt(k)) continue;
      const end = this.nameRunEnd(k);
      if (end - k < 2 || !this.free(k, end)) {
        k = end - 1;
        continue;
      }
      // A comma, an optional article, then a title or role.
      if (!/^\s*,\s*$/u.test(this.gap(end - 1))) continue;
      let r = end;
      if (r < this.tokens.length && /^(le|la|l|un|une)$/u.test(this.tokens[r]!.folded) && this.joinable(r)) r++;
      // "Ivan Dupont, ancien officier du …", "…, ex-ministre": a former role introduces the name as well as a current one.
      if (r < this.tokens.length && /^(ancien|ancienne|ex)$/u.test(this.tokens[r]!.folded) && this.joinable(r)) r++;
      const title = r < this.tokens.length ? this.ckb.titles.longestAt(this.tokens, r, this.joinable) : undefined;
      if (!title || /\p{Lu}/u.test(title.pattern.alias)) continue;
      const name = this.text.slice(t.start, this.tokens[end - 1]!.end);
      const id = this.defineRuleEntity('person', name, [], RULES.personBeforeRole, k, end);
      this.add(k, end, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.personBeforeRole, unknown: true });
      k = end - 1;
    }
  }

  /** "Ri Chol-min", "Go Myong-hyun": a Korean family name, then a given name of two syllables joined by a hyphen. */
  /**
   * "Claire Vasseur", "Anne-Sophie Roussel", "Oleksandra Kovtoun": a given name the lexicon lists, then one to four
   * capitalised words no rule or base entry has taken, is a person the base does not know.
   */
  givenNamePersons(): void {
    for (let k = 0; k + 1 < this.tokens.length; k++) {
      if (this.cover[k] !== -1 || !this.ckb.givenNames.has(this.tokens[k]!.text)) continue;
      // "les Sœurs de Saint-Paul de Chartres", "l'hôpital Saint-Pierre": a given name inside a hyphenated word is no person.
      if (k > 0 && /^[-‐‑]$/u.test(this.gap(k - 1))) continue;
      // "Anne-Sophie", "Jean-Pierre": a compound given name is one word of the name.
      let given = k + 1;
      while (given < this.tokens.length && /^[-‐‑]$/u.test(this.gap(given - 1)) && isCapitalised(this.tokens[given]!.text)) given++;
      const end = this.nameRunEnd(given - 1);
      if (end <= given || !/^[^\S\n\r]{1,2}$/u.test(this.gap(given - 1)) || !this.free(k, end)) continue;
      let named = true;
      for (let j = given; j < end && named; j++) {
        const t = this.tokens[j]!;
        // "Yann Le Gall": a particle inside the name, never its last word.
        const particle = j + 1 < end && this.ckb.nameParticles.has(t.text);
        named = particle || (t.text.length > 1 && !this.ckb.notNames.has(t.folded) && !isAcronymAlias(t.text));
      }
      if (!named) continue;
      const name = this.text.slice(this.tokens[k]!.start, this.tokens[end - 1]!.end);
      const id = this.defineRuleEntity('person', name, [], RULES.givenName, k, end);
      this.add(k, end, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.givenName, unknown: true });
      k = end - 1;
    }
  }

  /**
   * "Sa voisine, Galina, qui tient l'épicerie", "glisse Olena.": a given name the lexicon lists, standing alone where no
   * rule or base entry took it (not the first name of a person named in full), before punctuation, is a person the base
   * does not know; not after a determiner, a preposition of place or another name's word ("la Marine", "à Nancy",
   * "Lady Irina"), nor inside a hyphenated word.
   */
  loneGivenNames(): void {
    // "Vladimir" after "Vladimir Poutine": a person the article named in full, left to the rules for short forms.
    const fullNames = new Set<string>();
    for (const m of this.mentions) if (m.type === 'person') fullNames.add((this.ckb.kb.entities.get(m.entityId)?.name ?? m.surface).split(/\s/u)[0]!);
    const lone = (k: number): boolean => {
      const t = this.tokens[k]!;
      if (this.cover[k] !== -1 || t.text.length < 3 || !this.ckb.givenNames.has(t.text) || fullNames.has(t.text)) return false;
      if (/^[-‐‑'’]$/u.test(this.gap(k))) return false;
      if (k === 0) return true;
      const before = this.tokens[k - 1]!;
      const joined = /^\s*$/u.test(this.gap(k - 1));
      // "la Marine", "à Nancy", "saint Pierre"; "Lady Irina", "Verlaine Marine": another name's word.
      return !/^[-‐‑'’]$/u.test(this.gap(k - 1)) && !(joined && (this.ckb.notBeforeLoneGivenName.has(before.folded) || (isCapitalised(before.text) && !this.ckb.notNames.has(before.folded))));
    };
    const named = new Set<string>();
    for (let k = 0; k < this.tokens.length; k++) {
      // Before punctuation, and inside its sentence unless a comma follows ("glisse Olena.", "Sa voisine, Galina,",
      // "Guennadi, 58 ans, …"): "Claire a parlé", "Claire et nette" name nobody.
      const gapAfter = k + 1 < this.tokens.length ? this.gap(k) : '';
      if (!lone(k) || (k + 1 < this.tokens.length && !/^[^\S\n]*[,.;:!?…)»”]/u.test(gapAfter))) continue;
      if ((k === 0 || /[.!?…\n]/u.test(this.gap(k - 1))) && !/^[^\S\n]*,/u.test(gapAfter)) continue;
      named.add(this.tokens[k]!.text);
    }
    // Once so named, the same given name names that person anywhere ("Le soir, Sergueï allume une cigarette").
    for (let k = 0; k < this.tokens.length; k++) {
      if (!named.has(this.tokens[k]!.text) || !lone(k)) continue;
      const id = this.defineRuleEntity('person', this.tokens[k]!.text, [], RULES.givenName, k, k + 1);
      this.add(k, k + 1, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.givenName, unknown: true });
    }
  }

  /**
   * "Zhao Minghui, 54 ans, tient un entrepôt", "confie Bohdan, 41 ans, chef de pièce": one to three capitalised words no
   * rule or base entry took, then an age set off by commas, are a person the base does not know. Not "Hiroshima, 80 ans
   * après", whose age opens no apposition.
   */
  agedPersons(): void {
    for (let end = 1; end + 1 < this.tokens.length; end++) {
      // The age first, so that only the words before one are read as a name.
      if (!/^\d{1,3}$/u.test(this.tokens[end]!.text) || this.tokens[end + 1]!.folded !== 'ans' || !/^[^\S\n]*,[^\S\n]*$/u.test(this.gap(end - 1))) continue;
      if (end + 2 < this.tokens.length && !/^[^\S\n]*[,)]/u.test(this.gap(end + 1))) continue;
      // The earliest of the three words before the comma that opens a name running up to it.
      let k = Math.max(0, end - 3);
      while (k < end && !(this.nameStartsAt(k) && this.nameRunEnd(k) === end && this.free(k, end))) k++;
      // "Le Monde, 80 ans": a name after an article, or a place noun, is a thing's.
      if (k === end || (k > 0 && /^\s*$/u.test(this.gap(k - 1)) && this.ckb.notBeforeLoneGivenName.has(this.tokens[k - 1]!.folded))) continue;
      const name = this.text.slice(this.tokens[k]!.start, this.tokens[end - 1]!.end);
      const id = this.defineRuleEntity('person', name, [], RULES.agedPerson, k, end);
      this.add(k, end, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.agedPerson, unknown: true });
    }
  }

  /** A capitalised word no rule or base entry took that may open a person's name: no function word, role word or acronym. */
  private nameStartsAt(k: number): boolean {
    const t = this.tokens[k]!;
    return this.cover[k] === -1 && isCapitalised(t.text) && t.text.length > 1 && !this.ckb.notNames.has(t.folded) && !this.ckb.roleWords.has(t.folded) && !isAcronymAlias(t.text);
  }

  /** A Korean surname, a space and a hyphenated given name at token k: "Park Ji-hoon". */
  private koreanNameAt(k: number): boolean {
    const t = this.tokens[k];
    const first = this.tokens[k + 1];
    const second = this.tokens[k + 2];
    if (!t || !first || !second || !this.ckb.koreanSurnames.has(t.text)) return false;
    if (!/^\s$/u.test(this.text.slice(t.end, first.start)) || this.text.slice(first.end, second.start) !== '-') return false;
    return /^\p{Lu}\p{Ll}+$/u.test(first.text) && /^\p{Ll}+$/u.test(second.text);
  }

  koreanNames(): void {
    for (let k = 0; k + 2 < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (!this.free(k, k + 3) || !this.koreanNameAt(k)) continue;
      const second = this.tokens[k + 2]!;
      const name = this.text.slice(t.start, second.end);
      const id = this.defineRuleEntity('person', name, [], RULES.koreanName, k, k + 3);
      this.add(k, k + 3, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.koreanName, unknown: true });
      k += 2;
    }
  }

  /** "la région de Bouriatie", "le port de Nakhodka", "l'oblast de Belgorod": a capitalised name after a place noun and "de". */
  placesAfterNoun(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const noun = this.ckb.placeNouns.longestAt(this.tokens, i, this.joinable);
      if (!noun) continue;
      let k = noun.endToken;
      const de = this.tokens[k];
      if (!de || !/^(de|d|du)$/u.test(de.folded) || !this.joinable(k - 1)) continue;
      k++;
      const t = this.tokens[k];
      if (!t || !this.joinable(k - 1) || this.cover[k] !== -1 || !isCapitalised(t.text) || this.ckb.notNames.has(t.folded) || this.ckb.roleWords.has(t.folded) || isAcronymAlias(t.text)) continue;
      const end = this.nameRunEnd(k);
      const name = this.text.slice(t.start, this.tokens[end - 1]!.end);
      const id = this.defineRuleEntity('place', name, [], RULES.placeAfterNoun, k, end);
      this.add(k, end, { entityId: id, type: 'place', kind: 'name', foundBy: RULES.placeAfterNoun, unknown: true });
      i = end - 1;
    }
  }

  /**
   * "les ports de Rajin, de Dounaï et de Vostotchny": a plural place noun distributes over each name of its list, so
   * each name is read as "port de <name>" when the base knows that place ("port de Vostotchny", not the cosmodrome).
   * A demonym between the noun and its name ("le port russe de Vostotchny") does not change which place it is.
   */
  distributedPlaceNouns(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const noun = this.ckb.placeNouns.longestAt(this.tokens, i, this.joinable);
      if (!noun) continue;
      const form = this.text.slice(this.tokens[noun.firstToken]!.start, this.tokens[noun.endToken - 1]!.end);
      const singular = form.replace(/s$/u, '');
      let k = noun.endToken;
      const adjective = this.mentions[this.cover[k]!];
      if (adjective?.kind === 'adjective' && this.tokens[k]!.start === adjective.start && this.joinable(k - 1)) k = this.tokenAtOrAfter(adjective.end);
      // A singular noun right before its name was matched whole by the base ("port de Vostotchny"); only a demonym splits it.
      if (singular === form && k === noun.endToken) continue;
      for (let items = 0; items < 8; items++) {
        // Each item: "de"/"d'"/"du", then a name; items are joined by a comma or "et".
        if (!this.tokens[k] || !/^(de|d|du)$/u.test(this.tokens[k]!.folded) || (items === 0 && !this.joinable(k - 1))) break;
        const idx = this.cover[k + 1]!;
        const m = this.mentions[idx];
        const name = this.tokens[k + 1];
        if (!name || !isCapitalised(name.text)) break;
        // A name the base does not know keeps its place in the list: "les ports de Nakhodka, de Tumen et de …".
        if (!m || m.type !== 'place' || name.start !== m.start) {
          if (m || this.ckb.notNames.has(name.folded)) break;
          const after = this.nameRunEnd(k + 1);
          const sep = this.gap(after - 1);
          if (/^\s*,\s*$/u.test(sep)) k = after;
          else if (this.tokens[after]?.folded === 'et' && /^\s+$/u.test(sep)) k = after + 1;
          else break;
          continue;
        }
        const end = this.tokenAtOrAfter(m.end);
        const phrase = tokenize(`${singular} ${this.tokens[k]!.text === 'du' ? 'du' : 'de'} ${m.surface}`);
        const hit = this.ckb.trie.longestAt(phrase, 0, () => true);
        if (hit && hit.endToken === phrase.length && hit.pattern.type === 'place' && hit.pattern.entityId !== m.entityId) {
          this.mentions[idx] = { ...m, entityId: hit.pattern.entityId, kind: 'name', foundBy: RULES.placeAfterNoun };
        }
        const sep = this.gap(end - 1);
        if (/^\s*,\s*$/u.test(sep)) k = end;
        else if (this.tokens[end]?.folded === 'et' && /^\s+$/u.test(sep)) k = end + 1;
        else break;
      }
      i = k;
    }
  }

  private personAfterTitle(from: number, honorific: boolean, gender: 'm' | 'f' | undefined): void {
    let adjacent = true;
    for (let j = from; j < this.tokens.length && j - from < 18; j++) {
      if (j > from && !/^[\s\u00a0,'’-]*$/u.test(this.gap(j - 1))) return;
      // The full stop of "M." sits between an honorific and the name; after any other title it ends the sentence ("le diplomate. Interrogé …").
      if (j === from && j > 0 && !(honorific ? /^[\s\u00a0.,'’-]*$/u : /^[\s\u00a0,'’-]*$/u).test(this.gap(j - 1))) return;
      const t = this.tokens[j]!;
      // "analyste chez Seawatch Analytics": after "chez" comes where the person works, not who the person is.
      // "des responsables … cités anonymement par le quotidien Hankook Ilbo": after "par" comes an agent, not the person.
      if (t.folded === 'chez' || t.folded === 'par') return;
      // "professeur à l'université Renmin, cité par le quotidien Global Times": after a comma, a name comes at once.
      if (j > from && /,/u.test(this.gap(j - 1)) && !isCapitalised(t.text)) return;
      const covering = this.mentions[this.cover[j]!];
      if (covering) {
        if (covering.type === 'person') return;
        if (covering.kind !== 'adjective') adjacent = false;
        continue;
      }
      if (!isCapitalised(t.text) || this.ckb.roleWords.has(t.folded) || this.ckb.notNames.has(t.folded) || t.text.length === 1) {
        adjacent = false;
        continue;
      }
      const end = this.nameRunEnd(j);
      // "la sénatrice du Bas-Rhin", "le député de Seine-Saint-Denis": a capitalised complement after "de" says where the
      // person serves, not who the person is.
      if (!honorific && j > from && ['de', 'du', 'des', 'd'].includes(this.tokens[j - 1]!.folded) && !/,/u.test(this.gap(j - 1))) {
        adjacent = false;
        j = end - 1;
        continue;
      }
      // "M. Kim" after "Kim Jong Un": an honorific before one name part points back to the person named in full.
      const earlier = honorific && end - j === 1 ? this.latestPersonNamed(t.folded, t.start, gender) : undefined;
      if (earlier) {
        this.add(j, end, { entityId: earlier.entityId, type: 'person', kind: 'name', foundBy: RULES.surname, ...(earlier.unknown ? { unknown: true } : {}) });
        return;
      }
      if (end - j >= 2 || (end - j === 1 && (adjacent || honorific))) {
        const name = this.text.slice(t.start, this.tokens[end - 1]!.end);
        const id = this.defineRuleEntity('person', name, [], RULES.titledPerson, j, end);
        this.add(j, end, { entityId: id, type: 'person', kind: 'name', foundBy: RULES.titledPerson, unknown: true });
        return;
      }
      // "le directeur de l'Institut de recherche … de Kiev, Oleksandr Rouvine": one capitalised word inside the title's
      // complement names the body, not the person; the name may still follow.
      if (end - j === 1 && /^[\s\u00a0]+$/u.test(this.gap(j)) && /^(de|d|du|des)$/u.test(this.tokens[j + 1]?.folded ?? '')) {
        adjacent = false;
        continue;
      }
      return;
    }
  }

  /**
   * "M. Durand" after "Pierre Durand, chercheur à …", "M. Wu" after "Wu Xiaoming, chercheur …": titles are read before
   * the rules that find names by their role or their given name, so an honorific before one name part is linked again,
   * once every full name is known, to the person named in full before it.
   */
  titledNamePartsAgain(): void {
    this.mentions.forEach((m, idx) => {
      if (m.foundBy !== RULES.titledPerson || /\s/u.test(m.surface)) return;
      const first = this.tokenAtOrAfter(m.start);
      if (!this.isHonorificBefore(first)) return;
      const earlier = this.latestPersonNamed(this.tokens[first]!.folded, m.start, this.genderBefore(first));
      if (!earlier || earlier.entityId === m.entityId) return;
      this.mentions[idx] = { ...m, entityId: earlier.entityId, foundBy: RULES.surname, ...(earlier.unknown ? { unknown: true } : {}) };
      if (!this.mentions.some((o) => o.entityId === m.entityId)) this.ruleEntities.delete(m.entityId);
    });
  }

  /** Whether an honorific title ("M.", "Mme", "Dr") ends right before token `first`. */
  private isHonorificBefore(first: number): boolean {
    for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
      const title = this.ckb.titles.longestAt(this.tokens, j, this.joinable);
      if (title && title.endToken === first) return /\p{Lu}/u.test(title.pattern.alias);
    }
    return false;
  }

  /**
   * The person named in full most recently before `before` whose first or last word is `folded`: Korean and Chinese
   * names put the family name first, so both ends count. With an honorific the latest one wins, as a reader takes it.
   */
  private latestPersonNamed(folded: string, before: number, gender: 'm' | 'f' | undefined): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions) {
      if (m.type !== 'person' || m.kind !== 'name' || m.end > before || (best && best.start > m.start)) continue;
      const words = tokenize(m.surface);
      if (words.length < 2) continue;
      // "M. Kim" is not "sa fille Kim Ju Ae": a title of the other gender right before the full name rules it out.
      const other = gender ? this.genderBefore(this.tokenAtOrAfter(m.start)) : undefined;
      if (other && other !== gender) continue;
      if (words[0]!.folded === folded || words[words.length - 1]!.folded === folded) best = m;
    }
    return best;
  }

  /** The gender given by a title right before token `first` ("sa fille Kim Ju Ae", "la ministre japonaise Yoko Kamikawa"). */
  private genderBefore(first: number): 'm' | 'f' | undefined {
    for (let j = first - 1; j >= 0 && first - j <= 4; j--) {
      const title = this.ckb.titles.longestAt(this.tokens, j, this.joinable);
      if (title && title.endToken <= first) {
        // Only demonyms may sit between the title and the name.
        for (let k = title.endToken; k < first; k++) if (this.mentions[this.cover[k]!]?.kind !== 'adjective') return undefined;
        return this.ckb.titleGenders.get(title.pattern.entityId);
      }
    }
    return undefined;
  }

  /** One past the last word of a personal name starting at `j`: capitalised words, and lower-case syllables after a hyphen ("Ho-jin"). */
  private nameRunEnd(j: number): number {
    let end = j + 1;
    while (end < this.tokens.length && end - j < 5) {
      const gap = this.gap(end - 1);
      const t = this.tokens[end]!;
      if (this.cover[end] !== -1 || this.ckb.roleWords.has(t.folded)) break;
      if (/^[-‐‑]$/u.test(gap) && /^\p{L}+$/u.test(t.text)) end++;
      // A name never runs over a line break ("Par Léa Castagnet" and the headline under the byline).
      else if (/^[^\S\n\r]{1,2}$/u.test(gap) && isCapitalised(t.text)) end++;
      // "Osman al-Tayeb", "Mohamed ould Abdelaziz": a lower-case particle, then the name it belongs to.
      // "Dominique de Villepin", "Ursula von der Leyen": particles in a row, then the capitalised word they belong to.
      else if (/^[^\S\n\r]{1,2}$/u.test(gap) && this.particleRunEnd(end) > end) end = this.particleRunEnd(end);
      else break;
    }
    return end;
  }

  /** One past the last particle of a name's particles starting at `k` (at most two) when a capitalised word no entity covers follows them; else `k`. */
  private particleRunEnd(k: number): number {
    let j = k;
    while (j < this.tokens.length && j - k < 2 && this.ckb.nameParticles.has(this.tokens[j]!.text) && /^[-‐‑ ]$/u.test(this.gap(j))) j++;
    const next = this.tokens[j];
    return j > k && next !== undefined && isCapitalised(next.text) && this.cover[j] === -1 && !this.ckb.nameParticles.has(next.text) ? j : k;
  }

  /** "le groupe d'experts" after "le groupe d'experts de l'ONU": the head of an organisation's name, after the full name, in the same article. */
  /**
   * "La Corée du Nord a réagi par la voix de son ministère des Affaires étrangères": a body after a possessive is the
   * body of the country named before it in the sentence, when the base names that body for that country.
   */
  possessiveBodies(): void {
    const n = this.tokens.length;
    for (let k = 1; k + 1 < n; k++) {
      if (!['son', 'sa', 'leur'].includes(this.tokens[k]!.folded) || !this.free(k + 1, k + 2)) continue;
      // The country named last before the possessive, with no person or sentence end between them.
      let country: Mention | undefined;
      for (let j = k - 1; j >= 0 && k - j < 40; j--) {
        if (/[.!?]\s/u.test(this.text.slice(this.tokens[j]!.end, this.tokens[j + 1]!.start))) break;
        const m = this.mentions[this.cover[j]!];
        if (!m) continue;
        if (m.type === 'person') break;
        if (m.type === 'country' && m.kind !== 'adjective') {
          country = m;
          break;
        }
      }
      if (!country) continue;
      // The body's words are joined by spaces, hyphens or apostrophes only, and no other mention covers them.
      let limit = k + 1;
      while (limit < Math.min(n, k + 8) && this.cover[limit] === -1 && (limit === k + 1 || this.joinable(limit - 1))) limit++;
      for (let end = limit; end > k + 1; end--) {
        const phrase = this.tokens.slice(k + 1, end).map((t) => t.folded).join(' ');
        const id = this.ckb.bodiesOfCountry.get(`${country.entityId}|${phrase}`);
        if (!id) continue;
        this.add(k + 1, end, { entityId: id, type: 'organisation', kind: 'name', foundBy: RULES.possessiveBody });
        break;
      }
    }
  }

  shortForms(): void {
    const heads = new Map<string, { entityId: string; unknown: boolean; after: number; words: number } | null>();
    for (const m of this.mentions) {
      if (m.type !== 'organisation' || m.kind !== 'name') continue;
      const head = organisationHead(tokenize(m.surface));
      if (!head) continue;
      const seen = heads.get(head);
      if (seen === undefined) heads.set(head, { entityId: m.entityId, unknown: !!m.unknown, after: m.end, words: head.split(' ').length });
      else if (seen && seen.entityId !== m.entityId) heads.set(head, null);
    }
    this.tailForms();
    for (const [head, owner] of heads) {
      if (!owner) continue;
      const words = head.split(' ');
      for (let k = 0; k + owner.words <= this.tokens.length; k++) {
        if (this.tokens[k]!.folded !== words[0] || this.tokens[k]!.start < owner.after) continue;
        let ok = true;
        for (let j = 1; j < owner.words && ok; j++) ok = this.tokens[k + j]!.folded === words[j] && this.joinable(k + j - 1);
        if (!ok || !this.free(k, k + owner.words)) continue;
        this.add(k, k + owner.words, { entityId: owner.entityId, type: 'organisation', kind: 'name', foundBy: RULES.shortForm, ...(owner.unknown ? { unknown: true } : {}) });
      }
    }
  }

  /**
   * "le Trésor" after "le département du Trésor", "au Commerce" after "le ministère du Commerce": a body named
   * "<noun> du <Name>" is often called by its name alone, with a masculine article, once the full name was given.
   * Only a single capitalised word after "du" qualifies, and only when one body of the article ends that way.
   */
  private tailForms(): void {
    const tails = new Map<string, { entityId: string; unknown: boolean; after: number } | null>();
    for (const m of this.mentions) {
      if (m.type !== 'organisation' || m.kind !== 'name') continue;
      const all = tokenize(m.surface);
      // A demonym after the name ("département du Trésor américain") is not part of the short form.
      const words = all.length > 3 && !isCapitalised(all[all.length - 1]!.text) ? all.slice(0, -1) : all;
      const last = words[words.length - 1];
      if (words.length < 3 || !last || words[words.length - 2]!.folded !== 'du' || !isCapitalised(last.text) || isAcronymAlias(last.text)) continue;
      if (words.slice(1, -2).some((w) => isCapitalised(w.text))) continue;
      const seen = tails.get(last.folded);
      if (seen === undefined) tails.set(last.folded, { entityId: m.entityId, unknown: !!m.unknown, after: m.end });
      else if (seen && seen.entityId !== m.entityId) tails.set(last.folded, null);
    }
    for (let k = 1; k < this.tokens.length && tails.size > 0; k++) {
      const t = this.tokens[k]!;
      const owner = tails.get(t.folded);
      if (!owner || t.start < owner.after || this.cover[k] !== -1 || !isCapitalised(t.text)) continue;
      if (!/^(le|du|au)$/u.test(this.tokens[k - 1]!.folded) || !this.joinable(k - 1)) continue;
      // "le Trésor public", "le Trésor Direct": another name goes on.
      const next = this.tokens[k + 1];
      if (next && this.joinable(k) && (isCapitalised(next.text) || /^(public|publique)$/u.test(next.folded))) continue;
      this.add(k, k + 1, { entityId: owner.entityId, type: 'organisation', kind: 'name', foundBy: RULES.shortForm, ...(owner.unknown ? { unknown: true } : {}) });
    }
  }

  /**
   * A name part standing alone after the full name: "Lavrov" after "Sergueï Lavrov", "Chang" after "Chang Ho-jin",
   * "Kim" after "Kim Jong Un". Both the first and the last word qualify, since Korean and Chinese names put the
   * family name first; a word shared by two people named in the article links the one named first and most often (the
   * article's subject: "a déclaré Kim" after "Kim Jong-un" twice and "sa fille Kim Ju-ae" once), else nobody.
   */
  surnames(): void {
    const owners = new Map<string, { entityId: string; unknown: boolean; after: number; count: number }[]>();
    for (const m of this.mentions) {
      if (m.type !== 'person' || m.kind !== 'name') continue;
      const words = tokenize(m.surface);
      if (words.length < 2) continue;
      for (const w of [words[0]!, words[words.length - 1]!]) {
        // "Wi" after "Wi Sung-lac": a two-letter word names someone only as a Korean family name.
        if ((w.text.length <= 2 && !this.ckb.koreanSurnames.has(w.text)) || !isCapitalised(w.text)) continue;
        const list = owners.get(w.folded) ?? [];
        const o = list.find((x) => x.entityId === m.entityId);
        if (!o) list.push({ entityId: m.entityId, unknown: !!m.unknown, after: m.start, count: 1 });
        else {
          o.after = Math.min(o.after, m.start);
          o.count++;
        }
        owners.set(w.folded, list);
      }
    }
    if (owners.size === 0) return;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      const list = owners.get(t.folded);
      const o = list ? principal(list) : undefined;
      if (!o || this.cover[k] !== -1 || !isCapitalised(t.text)) continue;
      if (t.start < o.after || this.ckb.notNames.has(t.folded) || this.ckb.roleWords.has(t.folded)) continue;
      // A name part followed by another capitalised word is the start of some other name ("Kim Yo Jong").
      const next = this.tokens[k + 1];
      if (next && isCapitalised(next.text) && /^[\s\u00a0-]$/u.test(this.gap(k))) continue;
      this.add(k, k + 1, { entityId: o.entityId, type: 'person', kind: 'name', foundBy: RULES.surname, ...(o.unknown ? { unknown: true } : {}) });
    }
  }
}

/**
 * Words that end the head of an organisation's name: "groupe d'experts | de l'ONU", "Agence de renseignement | de la Défense".
 * The head alone, after the full name, names the same body ("le groupe d'experts", "l'Agence de renseignement").
 */
const HEAD_BREAKS = new Set(['de', 'du', 'des', 'pour', 'sur', 'chargé', 'chargée', 'en']);

function organisationHead(words: readonly Token[]): string | undefined {
  // Skip a first particle ("groupe d'experts": the "d" belongs to the head) by starting the search at the third word.
  for (let i = 2; i < words.length; i++) {
    if (HEAD_BREAKS.has(words[i]!.folded)) {
      const head = words.slice(0, i);
      return head.length >= 2 && head.map((w) => w.text).join(' ').length >= 8 ? head.map((w) => w.folded).join(' ') : undefined;
    }
  }
  return undefined;
}

/** Most words a complement may hold after the head: longer runs are more often a sentence than a name. */
const MAX_ORGANISATION_COMPLEMENT = 10;

/** Prepositions and articles inside an organisation's name ("Institut des armes nucléaires", "Fondation … pour la paix"). */
const ORGANISATION_LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'l', 'les', 'pour', 'sur', 'contre']);

/** Endings of French adjectives (folded), which may follow a noun inside a name: "national", "stratégiques", "coréen", "démocrate", "indépendant". */
function looksAdjectival(folded: string): boolean {
  return /(?:ale?s?|aux|crates?|ante?s?|iques?|iens?|iennes?|eens?|eennes?|aines?|ains?|aises?|ais|els?|elles?|ifs?|ives?|aires?|eurs?|eures?|ois|oises?|istes?|iers?|ieres?|imes?|ees?)$/u.test(folded);
}

function guessOrganisationType(name: string): EntityType {
  return /^(République|Royaume|Principauté|État|Etat)\b/u.test(name) ? 'country' : 'organisation';
}

/** Re-exported so callers that only need matching do not reach into the trie module. */
export { buildAliasTrie };

/** The one owner of a shared name part who was named both first and more often than any other, if there is one. */
function principal<T extends { after: number; count: number }>(owners: readonly T[]): T | undefined {
  if (owners.length === 1) return owners[0];
  const first = owners.reduce((a, b) => (b.after < a.after ? b : a));
  return owners.every((o) => o === first || o.count < first.count) ? first : undefined;
}
