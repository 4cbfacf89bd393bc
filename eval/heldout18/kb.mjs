// Reads ONLY the fields name, type, aliases, demonyms, metonyms of server/data/kb/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const kbDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'data', 'kb');

export function loadKb() {
  const out = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
    const arr = Array.isArray(j) ? j : j.entities ?? Object.values(j).find(Array.isArray) ?? [];
    for (const e of arr) {
      out.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
    }
  }
  return out;
}

// Inflected forms of a demonym: nord-coréen → nord-coréen(ne)(s); russe → russe(s); grec → grec(s).
export function demonymForms(d) {
  const forms = new Set([d, d + 's']);
  if (/e$/.test(d)) return [...forms];
  forms.add(d + 'e');
  forms.add(d + 'es');
  if (/(en|on)$/.test(d)) {
    forms.add(d + 'ne');
    forms.add(d + 'nes');
  }
  return [...forms];
}

// Same-length folding: case, apostrophes, non-breaking spaces, hyphens.
export const fold = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/[\u00a0\u202f]/g, ' ').replace(/[-‑]/g, ' ');
export const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
export const isAcronym = (s) => /^[A-Z0-9]{2,6}$/.test(s);
