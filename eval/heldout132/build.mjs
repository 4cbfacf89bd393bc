// Builds the article texts and gold.json of eval/heldout132 from the annotated sources in src/*.src. The code is shared: eval/tools/build-set.mjs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSet } from '../tools/build-set.mjs';

buildSet(dirname(fileURLToPath(import.meta.url)));
