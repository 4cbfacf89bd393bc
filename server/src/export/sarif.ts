import type { FindingCode } from '../analysis/types';

/** A SARIF result level. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** One finding located in a file, ready for SARIF: one-based lines and UTF-16 columns, as the run declares. */
export interface SarifFinding {
  /** Path relative to the corpus root, with `/`. */
  readonly file: string;
  readonly code: FindingCode;
  readonly level: SarifLevel;
  readonly message: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly charOffset: number;
  readonly charLength: number;
  /** The annotated text, for viewers that show a snippet. */
  readonly snippet?: string;
  /** Set when a user dismissed the finding: SARIF keeps it as an externally suppressed result. */
  readonly dismissed?: { readonly reason: string; readonly author: string };
}

/** Metadata of each diagnostic code, shown by SARIF viewers. */
export const SARIF_RULES: readonly { id: FindingCode; name: string; short: string; full: string; level: SarifLevel }[] = [
  {
    id: 'unattributed-quote',
    name: 'UnattributedQuote',
    short: 'A quotation with no speaker.',
    full: 'The article quotes someone without saying who: no reporting verb, "selon", or earlier source names the speaker.',
    level: 'warning',
  },
  {
    id: 'unattributed-claim',
    name: 'UnattributedClaim',
    short: 'A contestable claim with no source.',
    full: 'The sentence asserts something contestable (an accusation, a transfer, a figure, an intent) and names no source for it.',
    level: 'note',
  },
  {
    id: 'vague-attribution',
    name: 'VagueAttribution',
    short: 'A claim whose only source is generic.',
    full: 'The claim is sourced only to a generic source such as "des experts" or "les médias occidentaux".',
    level: 'note',
  },
];

/** A SARIF 2.1.0 log of one run of the checks. Pure: the caller gives located findings and the root uri. */
export function toSarif(findings: readonly SarifFinding[], options: { readonly version: string; readonly rootUri: string }): Record<string, unknown> {
  const ruleIndex = new Map(SARIF_RULES.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corpus-annotator',
            version: options.version,
            informationUri: 'https://example.invalid/corpus-annotator',
            rules: SARIF_RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        originalUriBaseIds: { CORPUSROOT: { uri: options.rootUri.endsWith('/') ? options.rootUri : `${options.rootUri}/` } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: ruleIndex.get(f.code) ?? 0,
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'CORPUSROOT' },
                region: {
                  startLine: f.startLine,
                  startColumn: f.startColumn,
                  endLine: f.endLine,
                  endColumn: f.endColumn,
                  charOffset: f.charOffset,
                  charLength: f.charLength,
                  ...(f.snippet !== undefined ? { snippet: { text: f.snippet } } : {}),
                },
              },
            },
          ],
          partialFingerprints: { 'corpusAnnotator/span/v1': fnv1a(`${f.file}\n${f.code}\n${f.snippet ?? f.charOffset}`) },
          ...(f.dismissed ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.dismissed.reason} (dismissed by ${f.dismissed.author})` }] } : {}),
        })),
      },
    ],
  };
}

// A fingerprint that survives edits elsewhere in the file (it hashes the text, not the line), for CI baselines.
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
