import type { LexiconFiles } from './analysisContext';
import type { ClaimCueHit } from './claims';
import type { Token } from './normalize';
import type { Mention } from './types';

/**
 * A linear model (logistic regression over words, word stems, entity types, the claim cues found and what the sentence
 * before named) that tells whether a sentence asserts something contestable when no cue of the lexicon says so: "Leur
 * cadence de tir dépasse celle des unités russes", "Un approvisionnement dont Moscou ne peut plus se passer". Its weights are data
 * (`lexicons/claimModel.json`), trained by `scripts/train-claim-model.mjs` from annotated articles; the features are
 * computed here, the same for training and for use.
 */
export interface ClaimModel {
  readonly bias: number;
  readonly threshold: number;
  /** A higher threshold for lines of their own (headlines, section titles), which restate the body more often. */
  readonly headlineThreshold: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** What a sentence looks like to the model. */
export interface ClaimFeatureInput {
  readonly tokens: readonly Token[];
  readonly first: number;
  readonly end: number;
  readonly mentions: readonly Mention[];
  /** Per token: the mention covering it, or -1. */
  readonly tokenMention: Int32Array;
  /** Per token: the quotation it lies in, or -1. */
  readonly tokenQuote: Int32Array;
  readonly hits: readonly ClaimCueHit[];
  /** Features of the sentence's place in the article (what the sentence before it names), computed by the caller. */
  readonly context?: readonly string[];
  readonly headline: boolean;
  /** Words that never explain a verdict (determiners, prepositions, pronouns): left out of the evidence, not of the features. */
  readonly functionWords?: (folded: string) => boolean;
}

/** The model's verdict on one sentence. */
export interface ClaimScore {
  readonly probability: number;
  readonly claim: boolean;
}

const STEM_LENGTH = 5;
const CONDITIONAL = /^(?:\p{L}{2,}(?:rait|raient))$/u;

/** The features of a sentence: each a string, present or absent. */
export function claimFeatures(input: ClaimFeatureInput): string[] {
  const out = new Set<string>(['bias']);
  const { tokens, first, end } = input;
  const words = end - first;
  out.add(words <= 6 ? 'len:short' : words <= 15 ? 'len:mid' : words <= 30 ? 'len:long' : 'len:very-long');
  if (input.headline) out.add('line:headline');
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    const quoted = input.tokenQuote[k] !== undefined && input.tokenQuote[k]! >= 0;
    if (quoted) out.add('quote');
    const m = input.mentions[input.tokenMention[k] ?? -1];
    if (m) {
      out.add(`entity:${m.type}`);
      if (m.kind !== 'name') out.add(`entity:${m.type}:${m.kind}`);
      continue;
    }
    const w = t.folded;
    if (/^\d/u.test(w)) {
      out.add('number');
      continue;
    }
    if (quoted) continue;
    out.add(`w:${w}`);
    if (w.length > STEM_LENGTH) out.add(`stem:${w.slice(0, STEM_LENGTH)}`);
    if (CONDITIONAL.test(w)) out.add('conditional');
  }
  // The sentence's place: a sentence that follows a sourced one in its paragraph often goes on reporting it.
  for (const c of input.context ?? []) out.add(c);
  for (const h of input.hits) out.add(`cue:${h.entry.category}`);
  if (input.hits.length > 0) out.add('cue:any');
  return [...out];
}

/** The model of the lexicon files, compiled once per files object; undefined when the files carry none. */
export function claimModel(lexicons: LexiconFiles): ClaimModel | undefined {
  const cached = cache.get(lexicons);
  if (cached !== undefined) return cached ?? undefined;
  const model = compile(lexicons.get('claimModel'));
  cache.set(lexicons, model ?? null);
  return model;
}

const cache = new WeakMap<LexiconFiles, ClaimModel | null>();

function compile(file: unknown): ClaimModel | undefined {
  if (typeof file !== 'object' || file === null) return undefined;
  const f = file as Record<string, unknown>;
  const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  const { bias, threshold, headlineThreshold } = f;
  // A model with no bias or no threshold would flag every sentence or none: better no model than a wrong one.
  if (!isNumber(bias) || !isNumber(threshold) || !isNumber(headlineThreshold) || typeof f['weights'] !== 'object' || f['weights'] === null) return undefined;
  const weights = new Map<string, number>();
  for (const [k, v] of Object.entries(f['weights'] as Record<string, unknown>)) if (isNumber(v)) weights.set(k, v);
  return { bias, threshold, headlineThreshold, weights };
}

/** Scores a sentence. */
export function scoreClaim(model: ClaimModel, input: ClaimFeatureInput): ClaimScore {
  const features = claimFeatures(input);
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  const probability = 1 / (1 + Math.exp(-z));
  const threshold = input.headline ? model.headlineThreshold : model.threshold;
  return { probability, claim: probability >= threshold };
}

/**
 * The surface words whose own features (word and stem) weigh most toward a claim, strongest first, so that a
 * diagnostic can explain itself; computed only for the sentences that get one.
 */
export function claimEvidence(model: ClaimModel, input: ClaimFeatureInput): string[] {
  const scored: { word: string; weight: number }[] = [];
  const seen = new Set<string>();
  for (let k = input.first; k < input.end; k++) {
    if ((input.tokenMention[k] ?? -1) >= 0 || (input.tokenQuote[k] ?? -1) >= 0) continue;
    const t = input.tokens[k]!;
    if (seen.has(t.folded) || t.folded.length < 3 || input.functionWords?.(t.folded)) continue;
    seen.add(t.folded);
    const weight = (model.weights.get(`w:${t.folded}`) ?? 0) + (t.folded.length > STEM_LENGTH ? model.weights.get(`stem:${t.folded.slice(0, STEM_LENGTH)}`) ?? 0 : 0);
    if (weight > 0) scored.push({ word: t.text, weight });
  }
  return scored.sort((a, b) => b.weight - a.weight).slice(0, 3).map((x) => x.word);
}
