// Reads only name, type, aliases, demonyms and metonyms from server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const kbDir = resolve(here, '..', '..', 'server', 'data', 'kb');

export function loadKb() {
  const entries = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
      entries.push({
        name: e.name,
        type: e.type,
        aliases: e.aliases ?? [],
        demonyms: e.demonyms ?? [],
        metonyms: e.metonyms ?? [],
      });
    }
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  return { entries, byName };
}

export const fold = (s) =>
  (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

// French inflections of a demonym given in the masculine singular
export function inflect(d) {
  const forms = new Set([d]);
  if (/s$/.test(d)) forms.add(d + 'e'), forms.add(d + 'es');
  else if (/en$/.test(d) || /on$/.test(d)) forms.add(d + 's'), forms.add(d + 'ne'), forms.add(d + 'nes'), forms.add(d + 'e'), forms.add(d + 'es');
  else if (/e$/.test(d)) forms.add(d + 's');
  else if (/c$/.test(d)) forms.add(d + 's'), forms.add(d + 'que'), forms.add(d + 'ques');
  else forms.add(d + 's'), forms.add(d + 'e'), forms.add(d + 'es');
  return [...forms];
}
