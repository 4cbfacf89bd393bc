// Loads only name, type, aliases, demonyms and metonyms of each kb entry (nothing else is read).
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const kbDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'data', 'kb');

export function loadKb() {
  const out = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    const j = JSON.parse(readFileSync(join(kbDir, f), 'utf8'));
    const arr = Array.isArray(j) ? j : j.entities;
    for (const e of arr) {
      out.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
    }
  }
  return out;
}

// Fold one character at a time so that offsets are kept: lower case, no accents, hyphens and
// non-breaking spaces to spaces, typographic apostrophe to straight.
export function fold(s) {
  let r = '';
  for (const ch of s) {
    let c = ch;
    if (c === '\u2019' || c === '\u02bc') c = "'";
    else if (c === '-' || c === '\u2010' || c === '\u2011' || c === '\u00a0' || c === '\u202f') c = ' ';
    else {
      c = c.toLowerCase().normalize('NFD')[0];
      if (c === 'œ') c = 'œ';
    }
    r += c;
  }
  return r;
}

export function inflections(d) {
  const forms = new Set([d, d + 's']);
  if (d.endsWith('e')) return [...forms];
  forms.add(d + 'e');
  forms.add(d + 'es');
  if (/(en|on)$/.test(d)) { forms.add(d + 'ne'); forms.add(d + 'nes'); }
  return [...forms];
}

// All surface forms: { form, entity, type, how }
export function kbForms(kb) {
  const forms = [];
  for (const e of kb) {
    forms.push({ form: e.name, entity: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases) forms.push({ form: a, entity: e.name, type: e.type, how: 'alias' });
    for (const m of e.metonyms) forms.push({ form: m, entity: e.name, type: e.type, how: 'metonym' });
    for (const d of e.demonyms) for (const f of inflections(d)) forms.push({ form: f, entity: e.name, type: e.type, how: 'demonym' });
  }
  return forms;
}

export const isAcronym = (f) => /^[A-Z0-9][A-Z0-9\-]+$/.test(f) && /[A-Z]/.test(f);
