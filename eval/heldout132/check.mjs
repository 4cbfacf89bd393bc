// Checks gold.json of eval/heldout132 against the article texts. The code is shared: eval/tools/check-set.mjs.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSet } from '../tools/check-set.mjs';

checkSet(dirname(fileURLToPath(import.meta.url)));
