import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding, Span } from '../analysis/types';
import type { IndexedDocument } from '../corpus/corpusIndex';
import type { DataProblem } from '../corpus/dataFiles';

/** The one `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'corpus-annotator';

/** Severity setting of a diagnostic code. */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** A span of an indexed article as an LSP range. */
export function toRange(doc: IndexedDocument, span: Span): Range {
  return { start: doc.lines.positionAt(span.start), end: doc.lines.positionAt(span.end) };
}

/** A span of an indexed article as an LSP location. */
export function toLocation(doc: IndexedDocument, span: Span): Location {
  return { uri: doc.uri, range: toRange(doc, span) };
}

/** A line of a data file (knowledge-base entry) as a location. */
export function fileLineLocation(file: string, line: number): Location {
  return { uri: URI.file(file).toString(), range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A finding of the core as an LSP diagnostic, or undefined when its code is turned off. */
export function findingToDiagnostic(doc: IndexedDocument, f: Finding, severity: SeveritySetting): Diagnostic | undefined {
  if (severity === 'off') return undefined;
  const d: Diagnostic = {
    range: toRange(doc, f),
    severity: SEVERITY[severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    message: `${f.message} (${f.cue})`,
    data: { cue: f.cue, start: f.start, end: f.end },
  };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r) => ({ location: toLocation(doc, r.span), message: r.message }));
  }
  return d;
}

/** A problem in a knowledge-base or annotation file as a diagnostic in that file. */
export function dataProblemToDiagnostic(p: DataProblem, code: string): Diagnostic {
  return {
    range: { start: { line: p.line, character: p.column }, end: { line: p.endLine, character: p.endColumn } },
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code,
    message: p.message,
  };
}

/**
 * Escapes text that comes from an article or a user's file for use in hover markdown:
 * every ASCII punctuation mark is backslash-escaped (no links, images, HTML or emphasis can form),
 * and URL-like text is broken so that no autolink is made.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~"'&:=$%@^;,/?]/g, (c) => `\\${c}`)
    .replace(/(https?|ftp|mailto|command|file|vscode|javascript|data)\\:/gi, '$1\u200b\\:')
    .replace(/www\\\./gi, 'www\u200b\\.')
    .replace(/\r?\n/g, ' ');
}

/** A problem of an annotations file as a diagnostic at its line: an error for a malformed line, a warning for an unanchored annotation. */
export function annotationProblemToDiagnostic(p: DataProblem & { readonly code: string }): Diagnostic {
  return { ...dataProblemToDiagnostic(p, p.code), severity: p.code === 'annotation-unanchored' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error };
}
