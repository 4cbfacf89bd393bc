import type { EntityType, FindingCode } from './types';

/** W3C Web Annotation TextQuoteSelector: the annotated text and a little context on each side. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets in the article when the annotation was made. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** Either selector; an annotation carries both, as the W3C model allows. */
export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** What a user's annotation says about the span it anchors to. */
export type AnnotationKind = 'link' | 'unlink' | 'attribute' | 'background' | 'dismiss';

/** Where an annotation points: an article (path relative to the workspace folder, with `/`) and selectors. */
export interface AnnotationTarget {
  readonly source: string;
  readonly selector: readonly TextSelector[];
}

/** One line of `.corpus/annotations.jsonl`: a user's judgment about a span of an article. */
export interface Annotation {
  readonly id: string;
  readonly kind: AnnotationKind;
  readonly author: string;
  /** ISO 8601 time of creation; later annotations win over earlier ones on the same span. */
  readonly created: string;
  readonly target: AnnotationTarget;
  /** `link`: the entity the span names; `unlink`: the entity it does not name here. */
  readonly entityId?: string;
  /** `link` to an entity the base does not know: its type and name, so the link stands on its own. */
  readonly entityType?: EntityType;
  readonly entityName?: string;
  /** `attribute`: who the claim or quotation comes from. */
  readonly source?: { readonly label: string; readonly entityId?: string };
  /** `dismiss`, `attribute`, `background`: the diagnostic code concerned. */
  readonly code?: FindingCode;
  /** `dismiss`: why the user dismissed the diagnostic. */
  readonly reason?: string;
}
