import type { LexiconFiles } from './analysisContext';
import { claimEvidence, claimFeatures, claimModel, scoreClaim, type ClaimFeatureInput, type ClaimModel, type ClaimScore } from './claimModel';
import { afterDateline, isByline, isHeadline, opensLine } from './articleLines';
import { claimCues, findClaimCues, type ClaimCueHit } from './claims';
import { functionWords, isFunctionWord, MEDIA_ROLE, sourceNouns, type FunctionWords, type SourceNoun } from './functionWords';
import { tokenIndexAtOrAfter, tokenize, type Token } from './normalize';
import { findQuotations } from './quotes';
import { partitionPoint } from './sortedSearch';
import { isQuestion } from './sentences';
import { findAttributions, sourceOfMention, SPEAKER_RULES, unknownPersonNames, type ArticleView, type Attribution, type SentenceAttributions } from './speakers';
import type { SequenceIndex } from './wordSequences';
import { VAGUE_WITNESSES } from './vagueSources';
import type { Claim, Finding, FindingMessageId, KbEntity, Mention, Quote, Sentence, Source, Span } from './types';

/** What the attribution analysis needs of an article. */
export interface AttributionInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly lexicons: LexiconFiles;
  /** The knowledge base's entry of an entity: its description ("Président de la Russie.") and names tell whom "le dirigeant russe" means. */
  readonly entity?: (entityId: string) => KbEntity | undefined;
}

/** Quotations, claims and the findings about them. */
export interface AttributionResult {
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  /** Why the analysis gave up on this article (a bug, not an input error), when it did: the caller reports it. */
  readonly failure?: string;
}

/** Rule ids of decisions made here rather than by a lexicon entry. */
export const ATTRIBUTION_RULES = {
  reportedAssertion: 'rule:reported-assertion',
  /** The claim model of `lexicons/claimModel.json` read an assertion where no cue of the lexicon stands. */
  modelAssertion: 'model:claim',
  unattributedQuote: 'rule:quote-without-speaker',
  /** "Les missiles auraient gagné en précision. C'est ce qu'assure l'état-major": the next sentence names the source. */
  cataphora: 'rule:cataphora',
  /** "Le Foreign Office a désigné les entités suivantes : - Vostok Trans, accusé de …": an item says what its list's line says. */
  listItem: 'rule:list-item',
  /** "Tribune" over a quotation for a title: the quotation is the author's, named in the byline or the standfirst. */
  opinionTitle: 'rule:opinion-title',
  /** "La formule de Fumio Kishida, « … »": a quotation in apposition to a person's words. */
  wording: 'rule:wording-of',
} as const;

// Claim categories a headline asserts as fact, as a verb, a participle or a noun ("Des missiles nord-coréens ont frappé Kharkiv").
const STRONG_HEADLINE_CATEGORIES = new Set(['transfer', 'use', 'deployment', 'violation', 'casualty', 'payment', 'figure']);

// The source-noun entry of news media (agence de presse, journal, télévision d'État).

// Markers that, opening a sentence, source the whole of it.
const OPENING_MARKERS = new Set(['marker:selon', 'marker:d-apres', 'marker:a-en-croire', 'marker:avis', 'marker:aveu', 'marker:pour']);

/** Between a verb of saying and a verb of what it reports: "que", then that verb's subject, no punctuation. */
const COMPLETIVE_CLAUSE = /^\s*(?:[\p{L}-]+\s+){0,2}?qu(?:e\s+|['’]\s*)[^,;:.!?«»“”"]{1,80}$/u;

// Quotations of at most this many words with no speaker are terms or scare quotes ("partenariat stratégique"), not reported speech.
const SHORT_QUOTE_WORDS = 3;
// A quotation introduced by a determiner and no longer than this is a name (le « pont de l'Amitié »).
const TERM_WORDS = 6;
// Distance, in characters, a source marker ("selon X") gives away to a reporting verb when both could own a quotation.
const RELAY_PENALTY = 12;
/** How far, in characters, a source the sentence names may stand beyond a pronoun that takes up no one and still win. */
const UNRESOLVED_PENALTY = 400;

/**
 * Finds quotations and their speakers, claims and their sources, and the findings a reader should see:
 * quotations with no speaker, claims with no source, claims whose only source is generic. Pure; never throws.
 */
export function analyseAttribution(input: AttributionInput): AttributionResult {
  try {
    return analyseAttributionOrThrow(input);
  } catch (e) {
    // The core must never take the server down: an unexpected input yields no attribution facts rather than an exception,
    // and says why, so that the server and the CLI can tell the user which article went unanalysed.
    return { quotes: [], claims: [], findings: [], failure: e instanceof Error ? e.message : String(e) };
  }
}

/** The analysis without the safety net, so that tests see a bug as an exception rather than as an empty result. */
export function analyseAttributionOrThrow(input: AttributionInput): AttributionResult {
  const { view, perSentence, quotes, quotesBySentence, cues, fw, nouns } = prepare(input);
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const sourced: (Source | undefined)[] = [];
  // The source each sentence names itself, before any carried from the sentence before: what the claim model reads of it.
  const ownSources: (Source | undefined)[] = [];
  const headlines: { s: number; hits: ClaimCueHit[]; modelled?: Modelled }[] = [];
  const model = claimModel(input.lexicons);
  // Words that never explain a verdict of the claim model: determiners, prepositions, pronouns, auxiliaries.
  const functionWord = (w: string): boolean => isFunctionWord(fw, w);
  for (let s = 0; s < view.sentences.length; s++) {
    const sentence = view.sentences[s]!;
    const range = view.sentenceTokens[s]!;
    // A negated report ("Pyongyang n'a pas confirmé que …") still ties the sentence to a named actor: the article does not assert its content.
    const hits = findClaimCues(view, range.first, range.end, cues);
    const { own, source: ownSource } = sentenceSource(view, perSentence, quotesBySentence, s, hits);
    ownSources.push(ownSource);
    let source = ownSource;
    const headline = isHeadline(view, s);
    // A byline names who wrote; a question ("Combien sont morts ?", "Que cherche Pyongyang ?") asks: neither asserts.
    // "On y voit des fantassins avancer" after "Une vidéo circule": a description of an image asserts nothing contestable.
    // "Ce que l'on sait des travailleurs nord-coréens envoyés en Russie": an explainer's title announces what follows.
    const explainer = headline && fw.explainerTitles.longestAt(view.tokens, range.first, range.end)?.first === range.first;
    if ((headline && isByline(view, s)) || explainer || isQuestion(view.text, sentence) || perSentence[s]!.some((a) => a.describesImage)) {
      sourced.push(undefined);
      continue;
    }
    // NOTE: where no cue of the lexicon stands, the claim model decides whether the sentence asserts something contestable
    // ("Leur cadence de tir dépasse celle des unités russes"): cue lexicons learn the phrasing they are shown, and the
    // assertions of the next article are worded otherwise.
    const modelled = hits.length === 0 && model ? modelSentence(model, featureInput(view, s, hits, headline, contextFeatures(view, quotesBySentence, ownSources, s), functionWord)) : undefined;
    const asserted = hits.length > 0 || modelled?.score.claim === true;
    // NOTE: the journalistic conditional ("aurait livré") continues the attribution of the sentence before only when the
    // sentence points back to it ("Ces navires auraient transporté …", "Ils auraient reçu …"): annotators judge a
    // conditional in the author's voice with no such tie ("Quelque 3 000 soldats auraient rejoint le front", and twice
    // "Plusieurs centaines d'entre eux auraient été tués") unattributed, and a counterfactual ("aurait dû rationner") is
    // the author's own reasoning.
    if (!source && asserted && journalisticConditional(view, range.first, range.end) && pointsBack(view, fw, range.first, range.end)) {
      const prev = sourced[s - 1];
      const prevClaimed = claims.length > 0 && claims[claims.length - 1]!.start === view.sentences[s - 1]?.start;
      if (prev && prevClaimed && view.paragraphs[s - 1] === view.paragraphs[s]) source = { ...prev, how: prev.vague ? prev.how : SPEAKER_RULES.conditional };
    }
    if (!source && asserted && !headline) source = cataphoricSource(view, perSentence, quotesBySentence, fw, cues, s);
    if (!source && asserted && !headline) source = listSource(view, fw, sourced, s);
    sourced.push(source);
    if (headline) {
      const strong = hits.filter((h) => !h.conditional && STRONG_HEADLINE_CATEGORIES.has(h.entry.category));
      if (!source && strong.length > 0 && !hasConditional(view, range.first, range.end)) headlines.push({ s, hits: strong });
      else if (!source && hits.length === 0 && modelled?.score.claim) headlines.push({ s, hits: [], modelled });
      // "Pyongyang aurait livré 9 millions d'obus, selon un institut britannique": a headline may give a vague source too.
      // "…, selon un rapport multilatéral": a document the body then names ("selon le rapport de l'Équipe …") is that one.
      // "Les usines d'obus tournent à plein pour la Russie, selon des transfuges": a generic source that reports is enough,
      // as in the body, whatever cue the headline has, when a comma or a colon sets what it says apart ("Un ancien
      // enquêteur témoigne" announces a testimony and says nothing).
      const reportedHere = own.some((a) => a.reporting !== false && a.source?.vague === true) && /[,:]/u.test(view.text.slice(sentence.start, sentence.end));
      if (source?.vague && (hits.length > 0 || reportedHere) && !documentNamedLater(view, perSentence, nouns, s, source)) {
        claims.push({ start: sentence.start, end: sentence.end, status: 'vague', cue: hits[0]?.entry.id ?? ATTRIBUTION_RULES.reportedAssertion, source });
        findings.push({ start: sentence.start, end: sentence.end, code: 'vague-attribution', cue: source.how, ...vagueMessage(source), ...related(view, perSentence, quotesBySentence, s) });
      }
      continue;
    }
    // "Les commentateurs invoquent la « dette historique » de Moscou": a generic subject whose words the sentence quotes.
    const quotedVague = own.some((a) => a.reporting === false && a.source?.vague === true && (quotesBySentence[s] ?? []).some((q) => q.speaker?.vague === true && q.speaker.span?.start === a.source!.span?.start));
    const reported = (own.some((a) => a.reporting !== false) || quotedVague) && source?.vague === true;
    if (!asserted && !reported) continue;
    const cue = hits[0]?.entry.id ?? (reported ? ATTRIBUTION_RULES.reportedAssertion : ATTRIBUTION_RULES.modelAssertion);
    const claimStatus = !source ? 'unattributed' : source.vague ? 'vague' : 'attributed';
    claims.push({ start: sentence.start, end: sentence.end, status: claimStatus, cue, ...(source ? { source } : {}) });
    if (claimStatus === 'vague' && source) {
      findings.push({ start: sentence.start, end: sentence.end, code: 'vague-attribution', cue: source.how, ...vagueMessage(source), ...related(view, perSentence, quotesBySentence, s) });
    } else if (claimStatus === 'unattributed' && !coveredByQuoteFinding(view, quotesBySentence[s] ?? [], hits, sentence)) {
      findings.push({ start: sentence.start, end: sentence.end, code: 'unattributed-claim', cue, ...claimMessage(view, hits, modelled), ...related(view, perSentence, quotesBySentence, s) });
    }
  }
  // NOTE: a headline that asserts a strong claim (a transfer, strike, deployment, violation, casualty, payment or figure,
  // as a verb, a participle or a noun: "Frappe sur un arsenal qui abritait des obus nord-coréens") with no source of its
  // own is flagged even when the body sources the same fact: most readers see the headline alone, and it asserts the
  // fact as the paper's own. (An earlier rule let a body sentence with the same cue excuse it; on four sets of articles
  // annotated by others every such headline was judged unattributed, and the rule only hid them.) Anything else a
  // headline says, a conditional, a topic with no claim cue, is left alone.
  for (const { s, hits, modelled } of headlines) {
    const sentence = view.sentences[s]!;
    const cue = hits[0]?.entry.id ?? ATTRIBUTION_RULES.modelAssertion;
    claims.push({ start: sentence.start, end: sentence.end, status: 'unattributed', cue });
    findings.push({ start: sentence.start, end: sentence.end, code: 'unattributed-claim', cue, ...claimMessage(view, hits, modelled), ...related(view, perSentence, quotesBySentence, s) });
  }
  claims.sort((a, b) => a.start - b.start);
  for (const q of quotes) {
    if (q.speaker || wordCount(view, q) <= SHORT_QUOTE_WORDS || namedTerm(view, fw, q)) continue;
    const s = sentenceIndexAt(view.sentences, q.start);
    if (s >= 0 && isHeadline(view, s)) continue;
    findings.push({ start: q.start, end: q.end, code: 'unattributed-quote', cue: ATTRIBUTION_RULES.unattributedQuote, ...quoteMessage(view.text, q), ...related(view, perSentence, quotesBySentence, s) });
  }
  findings.sort((a, b) => a.start - b.start);
  return { quotes, claims, findings };
}

// ---- the article view ------------------------------------------------------------------------------------------

function buildView(input: AttributionInput): ArticleView {
  const { text, sentences, mentions } = input;
  const tokens = tokenize(text);
  const sentenceTokens = sentences.map((s) => ({ first: tokenIndexAtOrAfter(tokens, s.start), end: tokenIndexAtOrAfter(tokens, s.end) }));
  const paragraphs: number[] = [];
  let paragraph = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && text.slice(sentences[i - 1]!.end, sentences[i]!.start).includes('\n')) paragraph++;
    paragraphs.push(paragraph);
  }
  const quotes = findQuotations(text);
  const tokenQuote = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, qi) => {
    for (let k = tokenIndexAtOrAfter(tokens, q.start); k < tokens.length && tokens[k]!.start < q.end; k++) tokenQuote[k] = qi;
  });
  const tokenMention = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let k = tokenIndexAtOrAfter(tokens, m.start); k < tokens.length && tokens[k]!.start < m.end; k++) tokenMention[k] = mi;
  });
  return { text, tokens, sentences, sentenceTokens, paragraphs, quotes, tokenQuote, mentions, tokenMention };
}

/** Index of the last sentence starting at or before an offset, or -1. */
function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  return partitionPoint(sentences, (x) => x.start <= offset) - 1;
}

/**
 * The document nouns of a vague headline source ("un rapport multilatéral") that a later sentence of the article gives a
 * named source with the same noun ("selon le rapport", "le premier rapport de l'Équipe …"): the headline's document is the
 * one the body then attributes.
 */
function documentNamedLater(view: ArticleView, perSentence: readonly Attribution[][], nouns: SequenceIndex<SourceNoun>, s: number, source: Source): boolean {
  const documents = (label: string): Set<string> => {
    const t = tokenize(label);
    const ids = new Set<string>();
    for (let k = 0; k < t.length; k++) {
      const noun = nouns.longestAt(t, k, t.length)?.value;
      if (noun?.kind === 'document' || noun?.kind === 'statement') ids.add(noun.id);
    }
    return ids;
  };
  const wanted = documents(source.label);
  if (wanted.size === 0) return false;
  for (let later = s + 1; later < view.sentences.length; later++) {
    for (const a of perSentence[later] ?? []) {
      if (!a.source || a.source.vague || a.negated) continue;
      if ([...documents(a.source.label)].some((id) => wanted.has(id))) return true;
    }
  }
  return false;
}

/** The source a sentence names itself: its own attributions (those whose scope covers the claim cues) and its quotations' speakers. */
function sentenceSource(view: ArticleView, perSentence: readonly (readonly Attribution[])[], quotesBySentence: readonly (readonly Quote[])[], s: number, hits: readonly ClaimCueHit[]): { own: Attribution[]; source: Source | undefined } {
  const sentence = view.sentences[s]!;
  // A coordinated verb sources only what follows it: in "Pyongyang a livré des obus et dément …" the delivery is the article's.
  // "Le rapport ne dit rien des milliers d'ouvriers envoyés …": a refusal to comment voices a sentence that asserts nothing else.
  // A generic source that declines to comment ("Son entourage n'a pas souhaité commenter") sources nothing to flag.
  const own = perSentence[s]!.filter((a) => !a.inQuote && a.source && (a.scopeStart === undefined || hits.every((h) => view.tokens[h.first]!.start >= a.scopeStart!)) && !(a.refusal && (hits.length > 0 || a.source.vague)));
  // A term in quotation marks (le « gendarme des sanctions », l'inscription "112") that inherits the speaker of the
  // sentence before does not make this one theirs.
  const fromQuotes = (quotesBySentence[s] ?? []).filter((q) => q.speaker && !(q.cueId === SPEAKER_RULES.continued && wordCount(view, q) <= SHORT_QUOTE_WORDS)).map((q) => q.speaker!);
  const sources = [...own.map((a) => a.source!), ...fromQuotes];
  // Among generic sources the noun phrase that comes first names the speaker ("Un analyste, qui a requis l'anonymat, estime").
  const earliestVague = sources.filter((x) => x.vague).sort((x, y) => (x.span?.start ?? Infinity) - (y.span?.start ?? Infinity))[0];
  // "Selon plusieurs observateurs, la Chine s'inquiète de …": a "selon" opening the sentence sources all of it, the
  // reporting verbs inside its scope included.
  const opening = own.find((a) => OPENING_MARKERS.has(a.cueId) && a.span.start <= sentence.start + 1);
  // "L'un d'eux aurait demandé à rester en Corée du Sud, selon des médias sud-coréens": a generic "selon" closing the
  // sentence after a comma is all the reader has for the whole of it, the verb inside included.
  // A quotation whose speaker is named keeps its speaker: « Je ne commente pas », a-t-il déclaré, selon les médias russes.
  // So is an inverted incise that closes it: "Moscou voit dans ces liaisons un moyen …, estime un diplomate européen".
  // Not a witness found by an unknown noun alone: in "Des images … analysées par le CSIS, à Washington, montrent pourtant un
  // trafic ferroviaire intense", the "subject" after the verb is its object.
  // Its subject follows the verb: a generic phrase found on its own ("sous couvert d'anonymat"), whose source is the
  // phrase itself, is no incise, and the incise's subject stays the sentence's label.
  const incise = (a: Attribution): boolean => !a.cueId.startsWith('marker:') && a.source!.span !== undefined && a.source!.span.start > a.span.start && a.source!.how !== VAGUE_WITNESSES;
  // The incise's subject may end before a complement of place ("en poste à Séoul"), with no comma after it.
  // An attribution after a comma whose source phrase leaves only `rest` to the end of the sentence.
  const closes = (a: Attribution, rest: RegExp): boolean => /,\s*$/u.test(view.text.slice(Math.max(sentence.start, a.span.start - 3), a.span.start)) && rest.test(view.text.slice(a.source!.span?.end ?? a.span.end, sentence.end));
  const closing = fromQuotes.some((x) => !x.vague) ? undefined : own.find((a) => (OPENING_MARKERS.has(a.cueId) || incise(a)) && a.source!.vague && closes(a, incise(a) ? /^[^,;:«»“”"]*$/u : /^[\s.…!»”"]*$/u));
  // "La presse japonaise a fait état de l'envoi d'ouvriers, une information que Moscou n'a jamais confirmée": a named
  // actor who denies or does not confirm is no source of what a generic source reports.
  // "Dans l'entourage du chancelier, on reconnaît que la livraison de Taurus, que Kiev réclame, …", "Un diplomate … juge
  // « peu probable » un transfert, Kiev souhaitant garder ces hommes": a named actor in a relative or an absolute
  // participle inside what a generic source reports is part of the report, not its source.
  const reports = own.filter((v) => v.source!.vague && v.reporting !== false && v.cueId.startsWith('verb:') && v.source!.span !== undefined && v.source!.span.end <= v.span.start);
  const inside = (a: Attribution): boolean => {
    const at = a.source!.span?.start;
    if (at === undefined || !reports.some((v) => at > v.span.end)) return false;
    const before = view.text.slice(Math.max(sentence.start, at - 8), at);
    // "Des diplomates occidentaux estiment que Moscou cherchait …": the subject of what the generic source reports.
    if (reports.some((v) => v.span.end <= a.span.start && COMPLETIVE_CLAUSE.test(view.text.slice(v.span.end, a.span.start)))) return true;
    return /,\s*que\s+$/u.test(before) || (a.source!.how === SPEAKER_RULES.participle && /,\s*$/u.test(before));
  };
  const affirmed = [...own.filter((a) => !a.negated && !inside(a)).map((a) => a.source!), ...fromQuotes].find((x) => !x.vague);
  // "Pyongyang aurait demandé à Moscou des avions, d'après le JoongAng Ilbo, qui cite un responsable": a named "d'après"
  // closing the sentence tells who reports even what its named subject asked.
  const closingNamed = affirmed && !fromQuotes.some((x) => !x.vague) ? own.find((a) => OPENING_MARKERS.has(a.cueId) && !a.source!.vague && a.source !== affirmed && a.span.start > sentence.start + 1 && closes(a, /^[^;:«»“”"]*$/u)) : undefined;
  return { own, source: opening?.source ?? closing?.source ?? closingNamed?.source ?? affirmed ?? earliestVague ?? sources.find((x) => !x.vague) };
}

/** Markers of a participle's agent, which may give the source of a figure the next sentence takes up. */
const SUMMED_UP_MARKERS: ReadonlySet<string> = new Set(['marker:summed-up', 'marker:agent']);

/** A line that opens on a dash or a bullet: an item of a list. */
function isListItem(view: ArticleView, s: number): boolean {
  const sentence = view.sentences[s];
  return sentence !== undefined && opensLine(view, s) && /^[-–—•*▪]\s/u.test(view.text.slice(sentence.start, sentence.start + 3));
}

/**
 * The source of an item of a list, from the line that introduces the list with a colon: the source that line names ("Le
 * Foreign Office a désigné les entités suivantes :"), or, when the line announces a sanctions list and names no one
 * ("Principales désignations :"), the source named last in the five sentences before it: the designating body.
 */
function listSource(view: ArticleView, fw: FunctionWords, sourced: readonly (Source | undefined)[], s: number): Source | undefined {
  if (!isListItem(view, s)) return undefined;
  let intro = s - 1;
  while (intro >= 0 && isListItem(view, intro)) intro--;
  const line = view.sentences[intro];
  if (!line || !/:\s*$/u.test(view.text.slice(line.start, line.end))) return undefined;
  const carried = (x: Source): Source => ({ ...x, how: x.vague ? x.how : ATTRIBUTION_RULES.listItem });
  const own = sourced[intro];
  if (own) return carried(own);
  const range = view.sentenceTokens[intro]!;
  let announces = false;
  for (let k = range.first; k < range.end && !announces; k++) announces = fw.designationWords.has(view.tokens[k]!.folded);
  if (!announces) return undefined;
  for (let j = intro - 1; j >= Math.max(0, intro - 5); j--) {
    const before = sourced[j];
    if (before && !before.vague) return carried(before);
  }
  return undefined;
}

/**
 * The source of the next sentence of the paragraph when it opens by pointing back at this one ("C'est ce qu'assure une
 * source militaire", "Voilà ce qu'affirme le rapport") or takes it up with the agent of a participle ("Ce chiffre, avancé
 * par le renseignement sud-coréen, …"), else undefined.
 */
function cataphoricSource(view: ArticleView, perSentence: readonly (readonly Attribution[])[], quotesBySentence: readonly (readonly Quote[])[], fw: FunctionWords, cues: ReturnType<typeof claimCues>, s: number): Source | undefined {
  const range = view.sentenceTokens[s + 1];
  if (!range || view.paragraphs[s + 1] !== view.paragraphs[s]) return undefined;
  if (!fw.cataphoricOpenings.longestAt(view.tokens, range.first, range.end)) {
    // "Ce chiffre, avancé par le renseignement sud-coréen, n'a jamais été confirmé par Moscou": the agent of the
    // participle that takes the figure up gives it.
    if (!fw.demonstratives.has(view.tokens[range.first]?.folded ?? '')) return undefined;
    const takenUp = (perSentence[s + 1] ?? []).find((a) => SUMMED_UP_MARKERS.has(a.cueId) && a.source && !a.negated && !a.inQuote && a.span.start - view.sentences[s + 1]!.start < 40);
    if (!takenUp?.source) return undefined;
    return takenUp.source.vague ? takenUp.source : { ...takenUp.source, how: ATTRIBUTION_RULES.cataphora };
  }
  const next = sentenceSource(view, perSentence, quotesBySentence, s + 1, findClaimCues(view, range.first, range.end, cues)).source;
  return next && !next.vague ? { ...next, how: ATTRIBUTION_RULES.cataphora } : next;
}

/** The article view, its attributions and quotations with their speakers: what both the analysis and the training read. */
function prepare(input: AttributionInput): { view: ArticleView; perSentence: Attribution[][]; quotes: Quote[]; quotesBySentence: Quote[][]; cues: ReturnType<typeof claimCues>; fw: FunctionWords; nouns: SequenceIndex<SourceNoun> } {
  const view = buildView(input);
  const fw = functionWords(input.lexicons);
  const nouns = sourceNouns(input.lexicons);
  const attributions = findAttributions(view, input.lexicons, input.entity);
  const { perSentence } = attributions;
  const quotes = assignSpeakers(view, attributions, (source) => isMedium(source, nouns, input.entity), fw);
  return { view, perSentence, quotes, quotesBySentence: quotesPerSentence(view, quotes), cues: claimCues(input.lexicons), fw, nouns };
}

function featureInput(view: ArticleView, s: number, hits: readonly ClaimCueHit[], headline: boolean, context: readonly string[], isFunctionWord?: (w: string) => boolean): ClaimFeatureInput {
  const range = view.sentenceTokens[s]!;
  // "13 h 15 - L'analyse d'un expert", "MOSCOU, 3 mars (AFP) - …": a live blog's time or a wire's dateline is no figure.
  const first = afterDateline(view, range.first, range.end, true);
  return { tokens: view.tokens, first, end: range.end, mentions: view.mentions, tokenMention: view.tokenMention, tokenQuote: view.tokenQuote, hits, headline, context, ...(isFunctionWord ? { functionWords: isFunctionWord } : {}) };
}

/**
 * What the sentence before, in the same paragraph, tells the model: whether it named a source, a generic one, or quoted
 * someone. `ownSources[p]` is the source sentence p names itself (`sentenceSource`), computed once by the caller.
 */
function contextFeatures(view: ArticleView, quotesBySentence: readonly (readonly Quote[])[], ownSources: readonly (Source | undefined)[], s: number): string[] {
  const p = s - 1;
  if (p < 0 || view.paragraphs[p] !== view.paragraphs[s]) return ['ctx:paragraph-start'];
  const source = ownSources[p];
  const out = [!source ? 'ctx:prev-unsourced' : source.vague ? 'ctx:prev-vague' : 'ctx:prev-sourced'];
  if ((quotesBySentence[p] ?? []).length > 0) out.push('ctx:prev-quote');
  return out;
}

/** The model's verdict on a sentence, with what it read, so that the evidence is computed only for a finding. */
interface Modelled {
  readonly score: ClaimScore;
  readonly model: ClaimModel;
  readonly input: ClaimFeatureInput;
}

function modelSentence(model: ClaimModel, input: ClaimFeatureInput): Modelled {
  return { score: scoreClaim(model, input), model, input };
}

/**
 * The claim model's features of every sentence, as the analysis computes them, and whether the sentence names a source
 * of its own: what `scripts/train-claim-model.mjs` learns from.
 */
export function claimModelFeatures(input: AttributionInput): { readonly sentence: Sentence; readonly features: string[]; readonly source?: Source }[] {
  const { view, perSentence, quotesBySentence, cues } = prepare(input);
  const ownSources: (Source | undefined)[] = [];
  return view.sentences.map((sentence, s) => {
    const range = view.sentenceTokens[s]!;
    const hits = findClaimCues(view, range.first, range.end, cues);
    const { source } = sentenceSource(view, perSentence, quotesBySentence, s, hits);
    ownSources.push(source);
    return { sentence, features: claimFeatures(featureInput(view, s, hits, isHeadline(view, s), contextFeatures(view, quotesBySentence, ownSources, s))), ...(source ? { source } : {}) };
  });
}

/** A conditional of reported fact ("aurait livré", "seraient déployés"), not of a modal ("aurait dû", "pourrait"). */
function journalisticConditional(view: ArticleView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const w = view.tokens[k]!.folded;
    if (!/^(?:aurait|auraient|serait|seraient)$/u.test(w) && !(w.length > 6 && /(?:erait|eraient|irait|iraient)$/u.test(w) && !/^(?:pourr|devr|voudr|faudr)/u.test(w))) continue;
    if (/^(?:du|pu|voulu|su|fallu)$/u.test(view.tokens[k + 1]?.folded ?? '')) continue;
    return true;
  }
  return false;
}

/** The sentence opens by pointing back: a demonstrative or a subject pronoun. */
function pointsBack(view: ArticleView, fw: FunctionWords, first: number, end: number): boolean {
  const w = first < end ? view.tokens[first]!.folded : '';
  return fw.demonstratives.has(w) || fw.subjectPronouns.has(w);
}

function hasConditional(view: ArticleView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (/^(?:aurait|auraient|serait|seraient|pourrait|pourraient)$/u.test(view.tokens[k]!.folded)) return true;
  return false;
}

/**
 * A short quotation an article introduces with a determiner, like a name ("le « pont de l'Amitié »", "un « traité de
 * partenariat stratégique global »"): the title of a thing, which nobody need be said to have spoken.
 */
function namedTerm(view: ArticleView, fw: FunctionWords, q: Span): boolean {
  if (labelQuote(view, fw, q)) return true;
  const before = wordBeforeMark(view, q);
  if (!before || !fw.determiners.has(before.folded) || fw.possessives.has(before.folded)) return false;
  return wordCount(view, q) <= TERM_WORDS;
}

/** The word right before a quotation's opening mark, nothing but spaces or an elision between ("le « …", "l'« …"). */
function wordBeforeMark(view: ArticleView, q: Span): Token | undefined {
  const first = tokenIndexAtOrAfter(view.tokens, q.start);
  const before = first > 0 ? view.tokens[first - 1]! : undefined;
  return before && /^[\s\u00a0\u202f'’]*[«“"][\s\u00a0\u202f]*$/u.test(view.text.slice(before.end, q.start + 1)) ? before : undefined;
}

/** A label set beside the noun it names ("porte la mention « pièces détachées, lot 7 »"): the label's words, nobody's speech. */
function labelQuote(view: ArticleView, fw: FunctionWords, q: Span): boolean {
  const first = tokenIndexAtOrAfter(view.tokens, q.start);
  const before = first > 0 ? view.tokens[first - 1]! : undefined;
  if (before === undefined || !/^[\s\u00a0\u202f]*[«“"]?[\s\u00a0\u202f]*$/u.test(view.text.slice(before.end, q.start + 1))) return false;
  if (fw.labelNouns.has(before.folded)) return true;
  // "Mohamed Hamdan Daglo, dit « Hemetti »": "dit" set off by a comma before a name of three words at most names, as "la
  // loi dite « … »" does; "a dit « … »" and "La Russie, elle, dit « ne pas avoir … »" speak.
  const previous = first > 1 ? view.tokens[first - 2]! : undefined;
  if (before.folded !== 'dit' || previous === undefined || !/^\s*,\s*$/u.test(view.text.slice(previous.end, before.start))) return false;
  const words = view.text.slice(q.start, q.end).replace(/^[«“"\s\u00a0\u202f]+|[»”"\s\u00a0\u202f]+$/gu, '').split(/\s+/u);
  return words.length <= 3 && /^\p{Lu}/u.test(words[0] ?? '');
}

/**
 * "La formule de Fumio Kishida, « l'Ukraine d'aujourd'hui … »": a quotation in apposition to a person's words (la formule,
 * le mot, la phrase de X) is that person's.
 */
function wordingOf(view: ArticleView, fw: FunctionWords, q: Span): Source | undefined {
  const first = tokenIndexAtOrAfter(view.tokens, q.start);
  const comma = first - 1;
  if (comma < 3 || !/^\s*,\s*[«“"]?\s*$/u.test(view.text.slice(view.tokens[comma]!.end, q.start + 1))) return undefined;
  const m = view.mentions[view.tokenMention[comma] ?? -1];
  if (!m || m.type !== 'person' || m.kind !== 'name' || m.end !== view.tokens[comma]!.end) return undefined;
  const k = tokenIndexAtOrAfter(view.tokens, m.start);
  if (!['de', 'd'].includes(view.tokens[k - 1]?.folded ?? '') || !fw.wordingNouns.has(view.tokens[k - 2]?.folded ?? '')) return undefined;
  return { ...sourceOfMention(m, unknownPersonNames(view.mentions)), how: ATTRIBUTION_RULES.wording };
}

/**
 * A title in quotation marks after an article or a contracted preposition ("au « Soir »", "du « Monde »", "le « Sea
 * Lantern »"): up to four words, each capitalised, the name of a paper or a ship.
 */
function titleQuote(view: ArticleView, fw: FunctionWords, q: Span): boolean {
  const first = tokenIndexAtOrAfter(view.tokens, q.start);
  const end = tokenIndexAtOrAfter(view.tokens, q.end);
  const before = wordBeforeMark(view, q);
  // Not after "de" or "des", which as often introduce a people's name as a paper's ("parler de « Bouriates »").
  if (!before || end <= first || end - first > 4 || ['de', 'des', 'd'].includes(before.folded) || !(fw.determiners.has(before.folded) || ['au', 'aux', 'du'].includes(before.folded))) return false;
  // "le « Vostok-7 »": a number may be part of the name, not its first word.
  for (let k = first; k < end; k++) if (!(k > first ? /^[\p{Lu}\p{N}]/u : /^\p{Lu}/u).test(view.tokens[k]!.text)) return false;
  return true;
}

function wordCount(view: ArticleView, q: Span): number {
  return tokenIndexAtOrAfter(view.tokens, q.end) - tokenIndexAtOrAfter(view.tokens, q.start);
}

// ---- quotations ------------------------------------------------------------------------------------------------

/**
 * The speaker of each quotation: the nearest attribution in the sentences it spans (an incise after it, a verb before it,
 * a "selon"); else the speaker of the sentence before, when this one adds nothing but the quotation (continued attribution).
 */
function assignSpeakers(view: ArticleView, { perSentence, subjects, genericSubjects }: SentenceAttributions, medium: (source: Source) => boolean, fw: FunctionWords): Quote[] {
  const out: Quote[] = [];
  const lastSpeaker: (Source | undefined)[] = view.sentences.map(() => undefined);
  view.quotes.forEach((q) => {
    const sFirst = Math.max(0, sentenceIndexAt(view.sentences, q.start));
    const sLast = Math.max(sFirst, sentenceIndexAt(view.sentences, q.end - 1));
    let best: Attribution | undefined;
    let bestDistance = Infinity;
    const usable = (a: Attribution): boolean => !a.inQuote && !a.negated && a.source !== undefined;
    // "Kim a qualifié les manœuvres de « provocation », selon KCNA": with a reporting verb before the quotation, a marker after it is the relay.
    const verbBefore = (s: number): boolean => (perSentence[s] ?? []).some((a) => usable(a) && !a.cueId.startsWith('marker:') && !a.source!.vague && a.span.end <= q.start);
    // NOTE: "Pékin a critiqué un texte qui « … », selon le porte-parole de la diplomatie chinoise, Lin Jian": a state speaks
    // through a person, so a person named by the marker after the quotation is the speaker, not the relay.
    // Not when a person's incise speaks first: "« … », a-t-il déclaré à huis clos, selon le député Cho Min-hyuk" is his,
    // relayed by the deputy.
    const stateVerbsOnly = (s: number): boolean => (perSentence[s] ?? []).filter((a) => usable(a) && !a.cueId.startsWith('marker:')).every((a) => isState(view, a.source!));
    // "Pékin « s'oppose à toute escalade » et appelle « toutes les parties » au dialogue, a-t-il déclaré": an incise after
    // the quotation, its subject after its verb and a comma before it, speaks what a state or a body says before it; the
    // verbs there are what it says. Not an agency's, which relays ("…, a ajouté l'agence"); nor over a person, whose
    // words a body passes on ("Le président russe a remercié … pour le « courage » des soldats, a fait savoir le Kremlin").
    const closingIncise = (s: number): Attribution | undefined =>
      (perSentence[s] ?? []).find((a) => usable(a) && !a.cueId.startsWith('marker:') && !a.cueId.startsWith('vague:') && a.span.start >= q.end && ((a.source!.span !== undefined && a.source!.span.start > a.span.start) || /-(?:t-)?(?:il|elle|ils|elles)(?:\s|$)/u.test(a.cue)) && !medium(a.source!) && /,\s*$/u.test(view.text.slice(Math.max(0, a.span.start - 3), a.span.start)));
    // "Selon un ancien conseiller, Pékin aurait fait part à Moscou de son « profond malaise »": in the conditional, the
    // verb's subject is what the opening "selon" reports, and the words quoted are the source's.
    const opening = (s: number): Attribution | undefined => (perSentence[s] ?? []).find((a) => usable(a) && OPENING_MARKERS.has(a.cueId) && a.span.start <= view.sentences[s]!.start + 1 && a.span.end <= q.start);
    const conditional = (a: Attribution): boolean => !a.cueId.startsWith('marker:') && tokenize(a.cue).slice(0, 2).some((t) => fw.conditionalAuxiliaries.has(t.folded));
    const reportedInside = (a: Attribution, s: number): boolean => {
      if (a.cueId.startsWith('marker:') || (!a.source!.vague && isPerson(view, a.source!))) return false;
      return (perSentence[s] ?? []).some((o) => o !== a && usable(o) && !o.cueId.startsWith('marker:') && o.span.end <= a.span.start && COMPLETIVE_CLAUSE.test(view.text.slice(o.span.end, a.span.start)));
    };
    for (let s = sFirst; s <= sLast; s++) {
      const incise = closingIncise(s);
      const frame = opening(s);
      for (const a of perSentence[s] ?? []) {
        if (!usable(a)) continue;
        if (frame && a !== frame && conditional(a) && a.span.start > frame.span.end) continue;
        if (incise && a !== incise && !a.cueId.startsWith('marker:') && a.span.start < incise.span.start && (a.source!.span?.start ?? 0) < a.span.start && !isPerson(view, a.source!)) continue;
        // "Dmitri Peskov salue des « amis » qui ont agi « conformément au traité », et Vladimir Poutine promet que …": a verb
        // after the quotation and a coordinator, whose subject stands before it, opens a clause of its own.
        // Not after a colon ("« Aucun accord n'a été signé » : …, Dmitri Peskov balayait ainsi les soupçons").
        if (a.span.start >= q.end && !a.cueId.startsWith('marker:') && a.source!.span && a.source!.span.start >= q.end && a.source!.span.end <= a.span.start && /(?:^|[\s,])(?:et|mais|puis)\s+$/u.test(view.text.slice(q.end, a.source!.span.start))) continue;
        // "Le chercheur estime que des rapports réguliers maintiendront une « pression diplomatique »", "Kim Jong Un a affirmé
        // que Pyongyang soutiendrait « inconditionnellement » la Russie": a verb whose subject opens what another source
        // reports, and is no person, is part of that report; the words are the reporter's. A person there speaks.
        // NOTE: annotators give a state's words inside a leader's report to the leader (nine quotations in six sets), and
        // a news agency's word inside a researcher's note to the agency (one): the state wins.
        if (reportedInside(a, s)) continue;
        const spokesperson = a.cueId.startsWith('marker:') && a.span.start >= q.end && isPerson(view, a.source!) && stateVerbsOnly(s);
        if (a.cueId.startsWith('marker:') && a.span.start >= q.end && verbBefore(s) && !spokesperson) continue;
        // "Pak Thae Song a estimé, selon l'agence officielle KCNA, que … « … »": an agency between the verb and the
        // quotation relays the verb's subject too.
        if (a.cueId.startsWith('marker:') && a.span.end <= q.start && medium(a.source!) && verbBefore(s) && (perSentence[s] ?? []).some((v) => usable(v) && !v.cueId.startsWith('marker:') && !v.source!.vague && v.span.end <= a.span.start)) continue;
        // "Le dirigeant a qualifié les frappes d'« intervention directe », a ajouté l'agence": a news agency in an incise
        // after the quotation relays the one whose verb came before it.
        if (!a.cueId.startsWith('marker:') && a.span.start >= q.end && verbBefore(s) && medium(a.source!)) continue;
        // A "selon X" after the quotation usually names the relay ("Kim a déclaré que « … », selon KCNA"): the verb's subject spoke.
        // A set phrase ("sous couvert d'anonymat") only qualifies a source; the noun phrase of the verb names the speaker.
        const phraseOnly = a.cueId.startsWith('vague:') && a.source!.how === a.cueId && a.source!.label === a.cue;
        // "La religieuse estime que la plupart taisent ce qu'ils ont vu, « … »": a pronoun that takes up no one is a weaker
        // claim on the quotation than a source the sentence names.
        const relay = ((a.cueId.startsWith('marker:') && !spokesperson) || phraseOnly ? RELAY_PENALTY : 0) + (a.source!.how === SPEAKER_RULES.pronounUnresolved ? UNRESOLVED_PENALTY : 0);
        // "Pékin dit « … », selon le porte-parole de la diplomatie chinoise, Lin Jian": the person speaks for the state.
        const d = spokesperson ? -1 : relay + (a.span.end <= q.start ? q.start - a.span.end : a.span.start >= q.end ? a.span.start - q.end - 0.5 : 0);
        if (d < bestDistance) {
          best = a;
          bestDistance = d;
        }
      }
    }
    let quote: Quote = { start: q.start, end: q.end };
    const gapped = best?.source && best.span.end <= q.start ? gappedSubject(view, q, best) : undefined;
    const signed = best ? undefined : signedQuote(view, q);
    const worded = best ? undefined : wordingOf(view, fw, q);
    if (worded) {
      quote = { ...quote, speaker: worded, cue: 'la formule de', cueId: ATTRIBUTION_RULES.wording };
    } else if (signed) {
      quote = { ...quote, speaker: signed, cue: '( … )', cueId: SPEAKER_RULES.signed };
    } else if (labelQuote(view, fw, q) || titleQuote(view, fw, q)) {
      // "L'un des bordereaux qu'elle a photographiés porte la mention « pièces agricoles »": a label, whoever is near.
      // "a confirmé au « Soir » le SPF Finances": a title, nobody's words.
    } else if (gapped && best) {
      quote = { ...quote, speaker: gapped, cue: best.cue, cueId: best.cueId };
    } else if (best?.source) {
      quote = { ...quote, speaker: best.source, cue: best.cue, cueId: best.cueId };
    } else {
      // A term in quotation marks (le « gendarme des sanctions », une « bouffée d'oxygène ») is nobody's speech: it does
      // not inherit the speaker of the sentence before.
      // Nor is a quotation that a determiner or a preposition introduces ("d'un « traité de partenariat stratégique global »").
      const qFirst = tokenIndexAtOrAfter(view.tokens, q.start);
      const before = qFirst > 0 && view.tokens[qFirst - 1]!.end <= q.start ? view.tokens[qFirst - 1]!.folded : '';
      const afterColon = followsColon(view, q, sFirst);
      // "… en soupirant : « Demain, ils reviendront »": a short sentence of its own after a colon is speech, not a term.
      const spoken = afterColon > 0 && /^[«“"]?[\s\u00a0\u202f]*\p{Lu}/u.test(view.text.slice(q.start, q.start + 4)) && /[.!?…]?[\s\u00a0\u202f]*[»”"]$/u.test(view.text.slice(q.start, q.end)) && /^[\s\u00a0\u202f]*[.!?…]?[\s\u00a0\u202f]*$/u.test(view.text.slice(q.end, view.sentences[sLast]!.end));
      const term = (wordCount(view, q) <= SHORT_QUOTE_WORDS && !spoken) || (before !== '' && (fw.determiners.has(before) || fw.prepositions.has(before)) && sentenceIndexAt(view.sentences, view.tokens[qFirst - 1]!.start) === sFirst);
      // "un vendeur replie ses drapeaux en soupirant : « … »": a generic subject speaks after the colon too.
      const generic = genericSubjects[sFirst];
      const colon = term || !afterColon ? undefined : colonSubject(view, sFirst, afterColon) ?? (generic?.span && generic.span.end <= afterColon ? generic : undefined);
      // "Antony Blinken s'attend à ce qu'ils soient engagés « dans les prochains jours »": the subject of the sentence
      // the quotation closes outranks the speaker of the sentence before; a quotation after a colon stands apart from
      // the clause before it ("Le rapport est tombé jeudi : « … »").
      const subject = sFirst === sLast && !afterColon ? subjects[sFirst] : undefined;
      const inherited = term || colon || subject ? undefined : continuedSpeaker(view, perSentence, lastSpeaker, sFirst);
      if (subject) quote = { ...quote, speaker: subject, cue: 'subject of the sentence', cueId: SPEAKER_RULES.subject };
      else if (colon) quote = { ...quote, speaker: { ...colon, how: SPEAKER_RULES.colon }, cue: ':', cueId: SPEAKER_RULES.colon };
      else if (inherited) quote = { ...quote, speaker: { ...inherited, how: SPEAKER_RULES.continued }, cue: 'continued attribution', cueId: SPEAKER_RULES.continued };
    }
    if (quote.speaker) for (let s = sFirst; s <= sLast; s++) lastSpeaker[s] = quote.speaker;
    out.push(quote);
  });
  repeatedInHeadlines(view, out);
  opinionTitle(view, fw, out);
  return out;
}

/**
 * "Tribune" over "« À Koursk, Pyongyang a appris la guerre que nous préparions »", then "Pour le général Philippe
 * Rouvière, …" or "Par Hélène Marchetti": the quotation an opinion piece takes for its title is its author's, the person
 * its byline or its standfirst names first.
 */
function opinionTitle(view: ArticleView, fw: FunctionWords, quotes: Quote[]): void {
  // The rubric opens one of the article's first two lines ("Tribune", "TRIBUNE. « … »"), or stands alone on one of its
  // first five ("Tribune." after the standfirst).
  const lines: { line: string; start: number }[] = [];
  for (let start = 0; start < view.text.length && lines.length < 5; ) {
    const end = view.text.indexOf('\n', start);
    const line = view.text.slice(start, end < 0 ? view.text.length : end);
    if (line.trim() !== '') lines.push({ line, start });
    start = end < 0 ? view.text.length : end + 1;
  }
  const rubric = lines.some((l, i) => {
    const words = tokenize(l.line);
    return fw.opinionRubrics.has(words[0]?.folded ?? '') && (i < 2 || words.length === 1);
  });
  if (!rubric) return;
  const twoLines = (lines[1]?.start ?? 0) + (lines[1]?.line.length ?? 0);
  const titled = quotes.findIndex((q) => q.start < twoLines);
  if (titled < 0 || quotes[titled]!.speaker) return;
  const titleLine = lines.find((l) => l.start <= quotes[titled]!.start && quotes[titled]!.start <= l.start + l.line.length)!;
  // The byline among the heading lines, else the first sentence after them.
  let s = 0;
  while (s < view.sentences.length && (view.sentences[s]!.start < titleLine.start + titleLine.line.length || isHeadline(view, s, true)) && !isByline(view, s)) s++;
  const range = view.sentenceTokens[s];
  let author: Mention | undefined;
  for (let k = range?.first ?? 0; range && k < range.end && !author; k++) {
    const m = view.mentions[view.tokenMention[k] ?? -1];
    if (m && m.type === 'person' && m.kind === 'name') author = m;
  }
  if (!author) return;
  const q = quotes[titled]!;
  quotes[titled] = { ...q, speaker: { ...sourceOfMention(author, unknownPersonNames(view.mentions)), how: ATTRIBUTION_RULES.opinionTitle }, cue: 'opinion title', cueId: ATTRIBUTION_RULES.opinionTitle };
}

/**
 * "« Une violation flagrante »" over a section whose speaker then says "… une violation flagrante des résolutions": a
 * headline or section title that quotes words a later quotation repeats quotes its speaker.
 */
function repeatedInHeadlines(view: ArticleView, quotes: Quote[]): void {
  const words = (q: Span): string[] => {
    const out: string[] = [];
    for (let k = tokenIndexAtOrAfter(view.tokens, q.start); k < view.tokens.length && view.tokens[k]!.end <= q.end; k++) out.push(view.tokens[k]!.folded);
    return out;
  };
  quotes.forEach((q, i) => {
    // NOTE: a headline that gives the words to a body ("« Ils apprennent vite » : le renseignement sud-coréen détaille …")
    // keeps it, though a person of that body says them below: annotators give a state's or a body's headline words to
    // the state or the body (four sets against one).
    if (q.speaker || !isHeadline(view, Math.max(0, sentenceIndexAt(view.sentences, q.start)), true)) return;
    const wanted = words(q);
    if (wanted.length < 2) return;
    const key = ` ${wanted.join(' ')} `;
    const later = quotes.slice(i + 1).find((x) => x.speaker && !x.speaker.vague && ` ${words(x).join(' ')} `.includes(key));
    if (later?.speaker) quotes[i] = { ...q, speaker: { ...later.speaker, how: SPEAKER_RULES.repeated }, cue: 'repeated below', cueId: SPEAKER_RULES.repeated };
  });
}

/** A news medium: its words or its description in the base name one ("l'agence officielle KCNA", "Agence de presse …"). */
function isMedium(source: Source, nouns: SequenceIndex<SourceNoun>, entity: ((entityId: string) => KbEntity | undefined) | undefined): boolean {
  for (const text of [source.label, source.entityId ? entity?.(source.entityId)?.description ?? '' : '']) {
    const t = tokenize(text);
    for (let k = 0; k < t.length; k++) if (nouns.longestAt(t, k, t.length)?.value.id === MEDIA_ROLE) return true;
  }
  return false;
}

/** A source that is a person: a person of the base or a name the rules found. */
function isPerson(view: ArticleView, source: Source): boolean {
  if (source.how === SPEAKER_RULES.capitalised) return true;
  return source.entityId !== undefined && view.mentions.some((m) => m.entityId === source.entityId && m.type === 'person');
}

/**
 * "Moscou a parlé de « provocation » et Pyongyang de « rumeurs absurdes »": the verb is left out of the second clause,
 * whose own subject, right after "et" and before "de", speaks the quotation.
 */
function gappedSubject(view: ArticleView, q: { start: number }, verb: Attribution): Source | undefined {
  const k = tokenIndexAtOrAfter(view.tokens, q.start) - 1;
  const de = view.tokens[k];
  if (!de || !['de', 'd', 'du'].includes(de.folded) || de.end > q.start) return undefined;
  const mi = view.tokenMention[k - 1] ?? -1;
  const m = mi >= 0 ? view.mentions[mi] : undefined;
  if (!m || m.kind === 'adjective' || (m.type !== 'country' && m.type !== 'organisation' && m.type !== 'person')) return undefined;
  const first = tokenIndexAtOrAfter(view.tokens, m.start);
  const et = view.tokens[first - 1];
  if (et?.folded !== 'et' || et.start < verb.span.end) return undefined;
  // The first clause quoted too ("de « provocation » occidentale et …"); otherwise "qualifié la coopération entre Tokyo,
  // Séoul et Washington de « … »" or "accusé la Corée du Nord et l'Iran d'« alimenter »" name the objects, not speakers.
  if (!view.quotes.some((o) => o.start >= verb.span.end && o.end <= et.start)) return undefined;
  return { label: m.surface, entityId: m.entityId, span: { start: m.start, end: m.end }, how: SPEAKER_RULES.gapped };
}

/** A source that is a state (a country or its capital standing for its government). */
function isState(view: ArticleView, source: Source): boolean {
  return source.entityId !== undefined && view.mentions.some((m) => m.entityId === source.entityId && m.type === 'country');
}

/** The quotations overlapping each sentence. */
function quotesPerSentence(view: ArticleView, quotes: readonly Quote[]): Quote[][] {
  const out: Quote[][] = view.sentences.map(() => []);
  for (const q of quotes) {
    const first = Math.max(0, sentenceIndexAt(view.sentences, q.start));
    for (let s = first; s < view.sentences.length && view.sentences[s]!.start < q.end; s++) {
      if (view.sentences[s]!.end > q.start) out[s]!.push(q);
    }
  }
  return out;
}

function continuedSpeaker(view: ArticleView, perSentence: readonly (readonly Attribution[])[], lastSpeaker: readonly (Source | undefined)[], s: number): Source | undefined {
  if (s <= 0) return undefined;
  // The quotation's own sentence must name nobody, or the attribution would not be continued but replaced.
  if ((perSentence[s] ?? []).some((a) => !a.inQuote && a.source)) return undefined;
  // "« Une école de guerre » pour Pyongyang", "“Une ligne rouge franchie”": a headline or section title, quoted or not,
  // opens a new passage; it continues no one.
  if (isHeadline(view, s, true)) return undefined;
  const p = s - 1;
  if ((view.paragraphs[s] ?? 0) - (view.paragraphs[p] ?? 0) > 1) return undefined;
  const named = lastSpeaker[p] ?? [...(perSentence[p] ?? [])].reverse().find((a) => !a.inQuote && !a.negated && a.source)?.source;
  // "Un ancien docker … raconte des caisses « … ». « On nous disait que c'était du matériel agricole. »": one person the
  // article does not name, in the same paragraph, goes on speaking, and stays generic; a generic group does not.
  const samePara = (view.paragraphs[s] ?? 0) === (view.paragraphs[p] ?? 0);
  if (named) return !named.vague ? named : samePara && lastSpeaker[p] === named && /^(?:un|une)\s/iu.test(named.label) ? named : undefined;
  return samePara ? subjectPerson(view, p) : undefined;
}

/** "« Le plafond n'a jamais mordu » (Mathilde Ferrand, Ifri)": the person named in brackets right after a quotation signs it. */
function signedQuote(view: ArticleView, q: Span): Source | undefined {
  const after = view.text.slice(q.end, q.end + 4);
  const open = after.search(/\(/u);
  if (open < 0 || !/^[\s\u00a0\u202f]*\($/u.test(after.slice(0, open + 1))) return undefined;
  const k = tokenIndexAtOrAfter(view.tokens, q.end + open + 1);
  const i = view.tokenMention[k] ?? -1;
  const m = i >= 0 ? view.mentions[i] : undefined;
  return m && m.type === 'person' && m.kind !== 'adjective' && m.start === view.tokens[k]?.start ? sourceOfMention(m, unknownPersonNames(view.mentions)) : undefined;
}

/**
 * "Sur le quai, Sorokina regarde la voie vide. « Ici, on ne pose pas de questions. »": in a reportage, a quotation
 * standing alone right after a sentence about a named person, in the same paragraph, is that person's.
 */
function subjectPerson(view: ArticleView, p: number): Source | undefined {
  const range = view.sentenceTokens[p];
  if (!range) return undefined;
  for (let k = range.first; k < range.end && k - range.first < 6; k++) {
    if (view.tokenQuote[k] !== -1) return undefined;
    const i = view.tokenMention[k] ?? -1;
    const m = i >= 0 ? view.mentions[i] : undefined;
    if (!m || m.kind === 'adjective') continue;
    return m.type === 'person' ? sourceOfMention(m, unknownPersonNames(view.mentions)) : undefined;
  }
  return undefined;
}

/**
 * "Le Gall, lui, se garde de toute conclusion : « Je ne vois pas l'intérieur des conteneurs. »": a quotation after a
 * colon, in a sentence whose subject is a named person, is that person's, whatever the verb before the colon.
 */
function colonSubject(view: ArticleView, s: number, colonAt: number): Source | undefined {
  const person = subjectPerson(view, s);
  return person?.span && person.span.end <= colonAt ? person : headlineName(view, s, colonAt);
}

/**
 * "Le Sankei : « La Russie n'est plus un voisin »", "Asahi Shimbun : « … »": a headline that is only a name before the
 * colon gives the quotation to that name: a body or person the rules found, or capitalised words after an article (a
 * lone capitalised word may be a rubric, "Analyse : « … »").
 */
function headlineName(view: ArticleView, s: number, colonAt: number): Source | undefined {
  const range = view.sentenceTokens[s];
  if (!range || !isHeadline(view, s, true)) return undefined;
  let end = range.first;
  while (end < range.end && view.tokens[end]!.end <= colonAt) end++;
  if (end === range.first || end - range.first > 4) return undefined;
  const first = view.tokens[range.first]!;
  const article = /^(?:le|la|les|l)$/u.test(first.folded) && /^\p{Lu}/u.test(first.text);
  const mentions = new Set<number>();
  for (let k = article ? range.first + 1 : range.first; k < end; k++) {
    const mi = view.tokenMention[k] ?? -1;
    const m = mi >= 0 ? view.mentions[mi] : undefined;
    if (m && (m.kind === 'adjective' || (m.type !== 'organisation' && m.type !== 'person'))) return undefined;
    if (!m && !/^\p{Lu}/u.test(view.tokens[k]!.text)) return undefined;
    if (mi >= 0) mentions.add(mi);
  }
  if (end - range.first === (article ? 1 : 0)) return undefined;
  const whole = mentions.size === 1 ? view.mentions[[...mentions][0]!] : undefined;
  if (!article && !whole) return undefined;
  const span = { start: view.tokens[article ? range.first + 1 : range.first]!.start, end: view.tokens[end - 1]!.end };
  if (whole) return sourceOfMention(whole, unknownPersonNames(view.mentions));
  return { label: view.text.slice(span.start, span.end), span, how: SPEAKER_RULES.colon };
}

/** Where the word before a quotation ends, when only a colon stands between them in the same sentence; else 0. */
function followsColon(view: ArticleView, q: Span, s: number): number {
  const qFirst = tokenIndexAtOrAfter(view.tokens, q.start);
  const before = qFirst > 0 ? view.tokens[qFirst - 1] : undefined;
  if (!before || sentenceIndexAt(view.sentences, before.start) !== s || !/^[\s\u00a0\u202f]*:[\s\u00a0\u202f]*[«“"]?[\s\u00a0\u202f]*$/u.test(view.text.slice(before.end, q.start + 1))) return 0;
  return before.end;
}

function coveredByQuoteFinding(view: ArticleView, quotes: readonly Quote[], hits: readonly ClaimCueHit[], sentence: Span): boolean {
  // With no cue, the model read the sentence as a whole: a quotation with no speaker that is the whole sentence says it all.
  if (hits.length === 0) return quotes.some((q) => !q.speaker && wordCount(view, q) > SHORT_QUOTE_WORDS && q.start <= sentence.start + 1 && q.end >= view.text.slice(sentence.start, sentence.end).trimEnd().length + sentence.start - 1);
  return hits.every((h) => {
    const at = view.tokens[h.first]!.start;
    return quotes.some((q) => !q.speaker && q.start <= at && at < q.end && wordCount(view, q) > SHORT_QUOTE_WORDS);
  });
}

// ---- messages --------------------------------------------------------------------------------------------------

/** Article text as plain, single-line text of bounded length, for messages. */
function plain(s: string, max: number): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A message in English with its key and arguments, so that a protocol layer can word it in the reader's language. */
interface Message {
  readonly message: string;
  readonly messageId: FindingMessageId;
  readonly args: Readonly<Record<string, string>>;
}

function claimMessage(view: ArticleView, hits: readonly ClaimCueHit[], modelled?: Modelled): Message {
  const hit = hits[0];
  const evidence = !hit && modelled ? claimEvidence(modelled.model, modelled.input) : [];
  if (evidence.length > 0) {
    const words = plain(evidence.join(', '), 60);
    return { message: `Claim with no source: who says so? (read as an assertion for: ${words})`, messageId: 'finding.claim.model', args: { words } };
  }
  if (!hit) return { message: 'Claim with no source: who says so?', messageId: 'finding.claim', args: {} };
  const first = view.tokens[hit.first]!;
  const last = view.tokens[hit.end - 1]!;
  const words = plain(view.text.slice(first.start, last.end), 60);
  if (hit.entry.category === 'figure') return { message: `Figure with no source: who gives "${words}"?`, messageId: 'finding.figure', args: { figure: words } };
  const found = actorBefore(view, hit);
  if (!found) return { message: `Claim with no source: who says so ("${words}")?`, messageId: 'finding.claim.words', args: { words } };
  const actor = plain(found, 40);
  return { message: `Claim with no source: who says ${actor} ${hit.entry.gloss}?`, messageId: 'finding.claim.actor', args: { actor, claim: hit.entry.id } };
}

/** The entity the claim is about: the first state, body or person named before the cue, else anywhere in the sentence. */
function actorBefore(view: ArticleView, hit: ClaimCueHit): string | undefined {
  const s = sentenceIndexAt(view.sentences, view.tokens[hit.first]!.start);
  const range = view.sentenceTokens[s];
  if (!range) return undefined;
  // The actor nearest before the cue is its subject most often ("Depuis la fin du groupe d'experts, Pyongyang a
  // accéléré …": Pyongyang, not the panel); with none before, the first one after.
  // After the cue, only an agent ("livrés par Pyongyang"): "Ces livraisons violent les résolutions du Conseil" is no
  // claim about the Council.
  let before: string | undefined;
  let after: string | undefined;
  for (let k = afterDateline(view, range.first, hit.first, true); k < range.end; k++) {
    const m = view.mentions[view.tokenMention[k] ?? -1];
    if (!m || m.kind === 'adjective' || (m.type !== 'country' && m.type !== 'organisation' && m.type !== 'person')) continue;
    if (k < hit.first) before = m.surface;
    else if (k > range.first && view.tokens[k - 1]!.folded === 'par') after ??= m.surface;
  }
  return before ?? after;
}

function vagueMessage(source: Source): Message {
  const label = plain(source.label, 60);
  return {
    message: `Vague source "${label}": ${source.reason ?? 'a generic source names nobody a reader could check.'}`,
    messageId: 'finding.vague',
    args: { source: label, ...(source.reasonId ? { reason: source.reasonId } : {}) },
  };
}

function quoteMessage(text: string, q: Span): Message {
  const quote = plain(text.slice(q.start, q.end).replace(/^[«“"\s]+|[»”"\s]+$/gu, ''), 50);
  return { message: `Quotation with no speaker: who said "${quote}"?`, messageId: 'finding.quote', args: { quote } };
}

/** A plausible named source near sentence s (three before, one after), for the diagnostic's related information. */
function related(view: ArticleView, perSentence: readonly (readonly Attribution[])[], quotesBySentence: readonly (readonly Quote[])[], s: number): { related?: Finding['related'] } {
  const order = [s - 1, s - 2, s + 1, s - 3];
  for (const i of order) {
    if (i < 0 || i >= view.sentences.length) continue;
    const a = [...(perSentence[i] ?? [])].reverse().find((x) => !x.inQuote && !x.negated && x.source && !x.source.vague && x.source.span);
    const source = a?.source ?? (quotesBySentence[i] ?? []).find((q) => q.speaker?.span && !q.speaker.vague)?.speaker;
    if (!source?.span) continue;
    const label = plain(source.label, 60);
    return { related: [{ span: source.span, message: `Named source nearby: ${label}`, messageId: 'related.named-source', args: { source: label } }] };
  }
  return {};
}
