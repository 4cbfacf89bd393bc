// Reads only name, type, aliases, demonyms and metonyms of the kb entries.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const kbDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'data', 'kb');

export const kbEntries = [];
for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
  for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? []) {
    kbEntries.push({
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      demonyms: e.demonyms ?? [],
      metonyms: e.metonyms ?? [],
    });
  }
}

// One character in, one character out, so that offsets are kept.
export function fold(s) {
  let out = '';
  for (const ch of s) {
    let c = ch.normalize('NFD')[0].toLowerCase();
    if (c.length !== 1) c = ch;
    if (/[-‐‑–'’\u00A0\u202F]/.test(c)) c = ' ';
    out += c;
  }
  return out;
}

export function inflections(d) {
  const forms = new Set([d, d + 's']);
  if (!d.endsWith('e')) {
    forms.add(d + 'e');
    forms.add(d + 'es');
  }
  if (/(en|on)$/.test(d)) {
    forms.add(d + 'ne');
    forms.add(d + 'nes');
  }
  return [...forms];
}

// folded form -> [{ name, type, how }] ; how: name | alias | metonym | demonym
export const kbForms = new Map();
function addForm(form, rec) {
  const k = fold(form);
  if (!kbForms.has(k)) kbForms.set(k, []);
  const list = kbForms.get(k);
  if (!list.some((r) => r.name === rec.name && r.how === rec.how)) list.push(rec);
}
for (const e of kbEntries) {
  addForm(e.name, { name: e.name, type: e.type, how: 'name', form: e.name });
  for (const a of e.aliases) addForm(a, { name: e.name, type: e.type, how: 'alias', form: a });
  for (const m of e.metonyms) addForm(m, { name: e.name, type: e.type, how: 'metonym', form: m });
  for (const d of e.demonyms) for (const f of inflections(d)) addForm(f, { name: e.name, type: e.type, how: 'demonym', form: f });
}
export const kbByName = new Map(kbEntries.map((e) => [e.name, e]));
