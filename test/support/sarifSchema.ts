import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './core';

/**
 * A validator for the SARIF 2.1.0 schema vendored under test/fixtures/schemas (see SOURCE.md there). The schema is
 * draft-04: ajv 8 reads it once its root `id` is `$id`, its draft-04 `$schema` is dropped, and its formats are known.
 */
export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // The schema's language pattern is not valid with the u flag (a stray bracket); ajv's non-Unicode mode reads it as its authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv.compile(schema);
}
