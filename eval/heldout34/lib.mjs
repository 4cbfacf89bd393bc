// Shared helpers for build.mjs and check.mjs of eval/heldout34 (kb snapshot, folding, demonym inflection).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));

// kbforms.json: name, type, aliases, demonyms, metonyms of each kb entry (printed once from server/data/kb/*.json).
export const kb = JSON.parse(readFileSync(join(here, 'kbforms.json'), 'utf8'));
export const kbByName = new Map(kb.map((e) => [e.name, e]));

export function inflect(d) {
  const out = new Set([d]);
  if (/e$/.test(d)) out.add(d + 's');
  else if (/(en|on)$/.test(d)) { out.add(d + 'ne'); out.add(d + 's'); out.add(d + 'nes'); }
  else if (/[sx]$/.test(d)) { out.add(d + 'e'); out.add(d + 'es'); }
  else { out.add(d + 'e'); out.add(d + 's'); out.add(d + 'es'); }
  return [...out];
}

// One folded character per original character, so offsets stay the same.
export function fold(s) {
  let out = '';
  for (const ch of s) {
    let c = ch.normalize('NFD')[0].toLowerCase();
    if (c === '’' || c === 'ʼ' || c === '‘') c = "'";
    else if (c === '\u00a0' || c === '\u202f' || c === '\u2009') c = ' ';
    else if (c === '-' || c === '‐' || c === '‑') c = ' ';
    out += c;
  }
  return out;
}

export const isAcronym = (f) => /^[A-Z0-9]{2,}$/.test(f.replace(/[-\s]/g, '')) && /[A-Z]/.test(f);

// Every kb form: { form, entity, type, kind: 'name'|'alias'|'metonym'|'demonym', acronym }
export const kbForms = [];
for (const e of kb) {
  kbForms.push({ form: e.name, entity: e.name, type: e.type, how: 'name' });
  for (const a of e.aliases) kbForms.push({ form: a, entity: e.name, type: e.type, how: 'alias' });
  for (const m of e.metonyms) kbForms.push({ form: m, entity: e.name, type: e.type, how: 'metonym' });
  for (const d of e.demonyms) for (const f of inflect(d)) kbForms.push({ form: f, entity: e.name, type: e.type, how: 'demonym' });
}
for (const f of kbForms) f.acronym = isAcronym(f.form);

const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// All starts of `needle` in `text`, case-sensitive, with no letter/digit right before or after.
export function occurrences(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) out.push(i);
  }
  return out;
}

// kb forms found in the text (folded match, acronyms exact), as { start, end, form, entity, how }.
export function findKbForms(text) {
  const folded = fold(text);
  const hits = [];
  for (const f of kbForms) {
    const needle = f.acronym ? f.form : fold(f.form);
    const hay = f.acronym ? text : folded;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      if (isWordChar(text[i - 1]) || isWordChar(text[i + needle.length])) continue;
      hits.push({ start: i, end: i + needle.length, form: text.slice(i, i + needle.length), entity: f.entity, how: f.how });
    }
  }
  return hits;
}

// Resolve a surface to kb entities by folded form.
export function resolveForm(surface) {
  const fs = fold(surface);
  const names = new Set();
  for (const f of kbForms) {
    if (f.acronym ? f.form === surface : fold(f.form) === fs) names.add(f.entity + '\u0000' + f.how);
  }
  return [...names].map((x) => { const [entity, how] = x.split('\u0000'); return { entity, how }; });
}

export function wordCount(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
