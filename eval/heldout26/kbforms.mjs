// Reads only name, type, aliases, demonyms, metonyms of the kb entries.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const kbDir = join(dirname(fileURLToPath(import.meta.url)), '../../server/data/kb');
export const entries = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json')))
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
    entries.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
export const byName = new Map(entries.map((e) => [e.name, e]));
export const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`]/g, "'").replace(/[-\u00a0\u202f]/g, ' ').toLowerCase();
