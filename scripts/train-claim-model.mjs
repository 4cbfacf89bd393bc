// Bundles and runs scripts/claim-model/train.ts: node scripts/train-claim-model.mjs eval/heldout eval/heldout2 … [--write]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({ entryPoints: ['scripts/claim-model/train.ts'], outfile: 'out/train-claim-model.js', bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'warning' });
const r = spawnSync(process.execPath, ['out/train-claim-model.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
