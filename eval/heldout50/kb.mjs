// Reads only name, type, aliases, demonyms and metonyms of each kb entry.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const kbDir = path.join(here, '..', '..', 'server', 'data', 'kb');

export function loadKb() {
  const out = [];
  for (const f of fs.readdirSync(kbDir).filter((f) => f.endsWith('.json')).sort()) {
    const d = JSON.parse(fs.readFileSync(path.join(kbDir, f), 'utf8'));
    const arr = Array.isArray(d) ? d : d.entries || d.entities || Object.values(d);
    for (const e of arr) {
      out.push({ name: e.name, type: e.type, aliases: e.aliases || [], demonyms: e.demonyms || [], metonyms: e.metonyms || [] });
    }
  }
  return out;
}

// one character in, one character out: offsets of the folded text are those of the original
export function foldChar(c) {
  if (c === '\u2019' || c === '\u02bc' || c === '`') return "'";
  if (c === '\u00a0' || c === '\u202f' || c === '\u2009') return ' ';
  if (c === '-' || c === '\u2011' || c === '\u2010') return ' ';
  const f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return f.length ? f[0] : c;
}
export const fold = (s) => [...s].map(foldChar).join('');

export function demonymForms(d) {
  const forms = new Set([d, d + 's', d + 'e', d + 'es', d + 'ne', d + 'nes']);
  if (d.endsWith('c')) { forms.add(d + 'que'); forms.add(d + 'ques'); }
  return [...forms];
}

// true when a form must match with its exact capitals (an acronym or a code: no lower-case letter)
export const isAcronym = (s) => !/\p{Ll}/u.test(s);

export const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// all forms of the kb: { form, entity, type, how }
export function kbForms(kb) {
  const forms = [];
  for (const e of kb) {
    forms.push({ form: e.name, entity: e.name, type: e.type, how: 'name' });
    for (const a of e.aliases) forms.push({ form: a, entity: e.name, type: e.type, how: 'alias' });
    for (const m of e.metonyms) forms.push({ form: m, entity: e.name, type: e.type, how: 'metonym' });
    for (const d of e.demonyms) for (const f of demonymForms(d)) forms.push({ form: f, entity: e.name, type: e.type, how: 'demonym' });
  }
  return forms;
}

// every boundary-respecting match of a kb form in a text
export function findKbForms(text, forms) {
  const ftext = fold(text);
  const hits = [];
  for (const f of forms) {
    const acr = isAcronym(f.form);
    const hay = acr ? text : ftext;
    const needle = acr ? f.form : fold(f.form);
    if (!needle.trim()) continue;
    let i = hay.indexOf(needle);
    while (i >= 0) {
      if (!isWordChar(text[i - 1]) && !isWordChar(text[i + needle.length])) hits.push({ ...f, start: i, end: i + needle.length, text: text.slice(i, i + needle.length) });
      i = hay.indexOf(needle, i + 1);
    }
  }
  return hits;
}
