import type { DocumentAnalysis } from './analyseDocument';
import { anchor, type AnchorMethod } from './anchoring';
import type { Annotation } from './annotationTypes';
import { isAllCaps } from './normalize';
import type { Claim, EntityType, Finding, Mention, Quote, Span } from './types';

/** An annotation that found its place, and where. */
export interface AppliedAnnotation {
  readonly annotation: Annotation;
  readonly span: Span;
  readonly method: AnchorMethod;
}

/** A finding the user dismissed, kept aside so that reports can list it as suppressed. */
export interface DismissedFinding {
  readonly finding: Finding;
  readonly annotation: Annotation;
}

/** The analysis with the user's annotations applied, and what became of each annotation. */
export interface AnnotationOutcome {
  readonly analysis: DocumentAnalysis;
  readonly applied: readonly AppliedAnnotation[];
  /** Annotations whose text is no longer in the article: reported, never dropped. */
  readonly unanchored: readonly Annotation[];
  readonly dismissed: readonly DismissedFinding[];
}

/** What the core needs to know of an entity a user links a span to. */
export type EntityLookup = (entityId: string) => { readonly type: EntityType; readonly name: string } | undefined;

/** Prefix of `foundBy` (and of a source's `how`) for results set by a user: `annotation:<author>`. */
export const ANNOTATION_FOUND_BY = 'annotation:';

const CLAIM_CODES = new Set(['unattributed-claim', 'vague-attribution']);

/**
 * Applies a user's annotations over the analysis of one article: they win over what the rules found.
 * Later annotations win over earlier ones on the same span. Pure, and never throws.
 */
export function applyAnnotations(text: string, analysis: DocumentAnalysis, annotations: readonly Annotation[], lookup: EntityLookup): AnnotationOutcome {
  if (annotations.length === 0) return { analysis, applied: [], unanchored: [], dismissed: [] };
  let mentions = [...analysis.mentions];
  let claims = [...analysis.claims];
  let quotes = [...analysis.quotes];
  let findings = [...analysis.findings];
  const applied: AppliedAnnotation[] = [];
  const unanchored: Annotation[] = [];
  const dismissed: DismissedFinding[] = [];
  const ordered = [...annotations].sort((a, b) => a.created.localeCompare(b.created));
  for (const a of ordered) {
    const place = anchor(text, a.target.selector);
    if (!place) {
      unanchored.push(a);
      continue;
    }
    const span = { start: place.start, end: place.end };
    applied.push({ annotation: a, span, method: place.method });
    const by = `${ANNOTATION_FOUND_BY}${a.author}`;
    switch (a.kind) {
      case 'link':
        if (a.entityId) mentions = link(mentions, text, span, a, lookup, by);
        break;
      case 'unlink':
        mentions = mentions.filter((m) => !(sameSpan(m, span) && (!a.entityId || m.entityId === a.entityId)));
        break;
      case 'attribute': {
        const source = { label: a.source?.label ?? 'unknown', ...(a.source?.entityId ? { entityId: a.source.entityId } : {}), span, how: by };
        claims = claims.map((c): Claim => (overlaps(c, span) ? { ...c, status: 'attributed', source } : c));
        quotes = quotes.map((q): Quote => (overlaps(q, span) ? { ...q, speaker: source } : q));
        findings = findings.filter((f) => !(overlaps(f, span) && (!a.code || f.code === a.code)));
        break;
      }
      case 'background':
        claims = claims.filter((c) => !overlaps(c, span));
        findings = findings.filter((f) => !(overlaps(f, span) && (a.code ? f.code === a.code : CLAIM_CODES.has(f.code))));
        break;
      case 'dismiss':
        findings = findings.filter((f) => {
          const hit = overlaps(f, span) && (!a.code || f.code === a.code);
          if (hit) dismissed.push({ finding: f, annotation: a });
          return !hit;
        });
        break;
    }
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const live = new Set(mentions.map((m) => m.entityId));
  const ruleEntities = analysis.ruleEntities.filter((e) => live.has(e.id));
  return { analysis: { ...analysis, mentions, ruleEntities, claims, quotes, findings }, applied, unanchored, dismissed };
}

function link(mentions: Mention[], text: string, span: Span, a: Annotation, lookup: EntityLookup, by: string): Mention[] {
  const entityId = a.entityId!;
  const known = lookup(entityId);
  const existing = mentions.find((m) => sameSpan(m, span));
  const surface = text.slice(span.start, span.end);
  const mention: Mention = {
    start: span.start,
    end: span.end,
    entityId,
    type: known?.type ?? a.entityType ?? existing?.type ?? 'organisation',
    kind: existing?.kind ?? (isAllCaps(surface) ? 'acronym' : 'name'),
    surface,
    foundBy: by,
    ...(known ? {} : { unknown: true }),
  };
  // The user's span wins over any mention it overlaps.
  return [...mentions.filter((m) => !overlaps(m, span)), mention];
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
