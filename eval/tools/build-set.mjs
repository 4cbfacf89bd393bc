// Builds the article texts and gold.json of an evaluation set from its annotated sources in src/*.src.
// Markup (removed from the output):
//   §A §V §U §N + space   start of a sentence (attributed, vague, unattributed, not-claim)
//   {surface}             kb entity found by its name or alias
//   {surface|spec}        spec = [=Entity][:m|:c|:a|:d][!type]  (m metonym, c capital, a adjective, d demonym;
//                         !type = outside the kb, entity = the given name or the surface)
//   ⟨speaker⟩ / ⟨-⟩ / ⟨speaker|also;also⟩  right after an opening quotation mark; @NAME expands an @alias line
//   ⟦S m;m;…|total|approx⟧ … ⟦/S⟧   signatory list;  ⟦N⟧ … ⟦/N⟧  negative list
//   ~ = U+00A0, ^ = U+202F
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs on the set in folder `here` (the folder of its *.txt, gold.json and src/). */
export function buildSet(here) {
  const kbDir = join(dirname(fileURLToPath(import.meta.url)), '../../server/data/kb');

  // Only name, type, aliases, demonyms and metonyms of the kb are read.
  const kb = [];
  for (const f of readdirSync(kbDir).filter((f) => f.endsWith('.json'))) {
    for (const e of JSON.parse(readFileSync(join(kbDir, f), 'utf8')).entities ?? [])
      kb.push({ name: e.name, type: e.type, aliases: e.aliases ?? [], demonyms: e.demonyms ?? [], metonyms: e.metonyms ?? [] });
  }
  const fold = (s) =>
    [...s].map((c) => {
      if (c === '’' || c === '‘') return "'";
      if (c === '-' || c === '‐' || c === '–' || c === '\u00a0' || c === '\u202f') return ' ';
      return c.normalize('NFD')[0].toLowerCase();
    }).join('');
  function inflections(d) {
    const out = new Set([d]);
    if (/e$/.test(d)) out.add(d + 's');
    else if (/en$/.test(d) || /on$/.test(d)) ['ne', 'nes', 's'].forEach((x) => out.add(d + x));
    else if (/[sx]$/.test(d)) ['e', 'es'].forEach((x) => out.add(d + x));
    else ['e', 's', 'es'].forEach((x) => out.add(d + x));
    return [...out];
  }
  const byName = new Map(kb.map((e) => [e.name, e]));
  function resolve(surface, ent, kind) {
    const f = fold(surface);
    if (ent) {
      const e = byName.get(ent);
      if (!e) throw new Error(`not a kb name: ${ent} (for ${surface})`);
      return e;
    }
    let hits;
    if (kind === 'metonym' || kind === 'capital') hits = kb.filter((e) => e.metonyms.some((m) => fold(m) === f));
    else if (kind === 'adjective' || kind === 'demonym')
      hits = kb.filter((e) => e.demonyms.some((d) => inflections(d).some((x) => fold(x) === f)));
    else hits = kb.filter((e) => [e.name, ...e.aliases].some((a) => fold(a) === f));
    if (hits.length !== 1) throw new Error(`cannot resolve "${surface}" (${kind ?? 'name'}): ${hits.map((h) => h.name).join(', ') || 'no match'}`);
    return hits[0];
  }
  const kinds = { m: 'metonym', c: 'capital', a: 'adjective', d: 'demonym' };
  const statuses = { A: 'attributed', V: 'vague', U: 'unattributed', N: 'not-claim' };
  const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  function occurrenceIndex(text, surface, start) {
    let n = 0;
    for (let i = text.indexOf(surface); i >= 0 && i < start; i = text.indexOf(surface, i + 1)) {
      if (!isWord(text[i - 1]) && !isWord(text[i + surface.length])) n++;
    }
    return n;
  }
  const OPEN = { '«': '»', '“': '”', '"': '"' };

  const gold = { version: 1, articles: {} };
  for (const srcFile of readdirSync(join(here, 'src')).filter((f) => f.endsWith('.src')).sort()) {
    const lines = readFileSync(join(here, 'src', srcFile), 'utf8').split('\n');
    let file = null;
    const aliases = {};
    const body = [];
    for (const l of lines) {
      let m;
      if ((m = l.match(/^@file (\S+)$/))) file = m[1];
      else if ((m = l.match(/^@alias (\w+)=(.*)$/))) aliases[m[1]] = m[2];
      else if (l.startsWith('@')) continue;
      else body.push(l);
    }
    const src = body.join('\n').replace(/\n+$/, '') + '\n';
    let out = '';
    const ents = [], sents = [], quotes = [], sigs = [], negs = [];
    const openLists = [];
    for (let i = 0; i < src.length; ) {
      const c = src[i];
      if (c === '§') {
        const st = statuses[src[i + 1]];
        if (!st || src[i + 2] !== ' ') throw new Error(`${srcFile}: bad sentence marker at ${i}`);
        sents.push({ start: out.length, status: st });
        i += 3;
      } else if (c === '{') {
        const j = src.indexOf('}', i);
        const inner = src.slice(i + 1, j);
        const [surface, spec = ''] = inner.split('|');
        const m = spec.match(/^(?:=([^:!]+))?(?::([mcad]))?(?:!(\w+))?$/);
        if (!m) throw new Error(`${srcFile}: bad spec ${inner}`);
        const kind = m[2] ? kinds[m[2]] : undefined;
        const start = out.length;
        out += surface;
        if (m[3]) ents.push({ surface, start, entity: m[1] ?? surface, type: m[3], kb: false, kind });
        else {
          const e = resolve(surface, m[1], kind);
          ents.push({ surface, start, entity: e.name, type: e.type, kind });
        }
        i = j + 1;
      } else if (c === '⟨') {
        const j = src.indexOf('⟩', i);
        let spec = src.slice(i + 1, j).replace(/@(\w+)/g, (_, k) => {
          if (!(k in aliases)) throw new Error(`${srcFile}: unknown alias @${k}`);
          return aliases[k];
        });
        const openPos = out.length - 1;
        if (!(out[openPos] in OPEN)) throw new Error(`${srcFile}: speaker marker not after an opening quote at ${i}`);
        const [sp, also] = spec.split('|');
        const q = { open: openPos, speaker: sp === '-' ? null : sp };
        if (also) q.speakerAlso = also.split(';').filter((x) => x && x !== sp);
        quotes.push(q);
        i = j + 1;
      } else if (c === '⟦') {
        const j = src.indexOf('⟧', i);
        const tag = src.slice(i + 1, j);
        if (tag === '/S' || tag === '/N') {
          const l = openLists.pop();
          if (!l || l.kind !== tag[1]) throw new Error(`${srcFile}: unbalanced list`);
          l.end = out.length;
        } else if (tag === 'N') {
          const l = { kind: 'N', start: out.length };
          openLists.push(l); negs.push(l);
        } else if (tag.startsWith('S ')) {
          const [members, total = 'null', approx] = tag.slice(2).split('|');
          const l = { kind: 'S', start: out.length, members: members.split(';'), statedTotal: total === 'null' ? null : Number(total), approximate: approx === 'approx' };
          openLists.push(l); sigs.push(l);
        } else throw new Error(`${srcFile}: bad list tag ${tag}`);
        i = j + 1;
      } else if (c === '~') { out += '\u00a0'; i++; }
      else if (c === '^') { out += '\u202f'; i++; }
      else { out += c; i++; }
    }
    if (openLists.length) throw new Error(`${srcFile}: unclosed list`);
    // every opening quotation mark must carry a speaker marker
    const opens = new Set(quotes.map((q) => q.open));
    let straightOpen = true;
    for (let k = 0; k < out.length; k++) {
      const ch = out[k];
      if (ch === '«' || ch === '“' || (ch === '"' && straightOpen)) {
        if (!opens.has(k)) throw new Error(`${file}: quotation at ${k} without a speaker marker: ${out.slice(k, k + 40)}`);
      }
      if (ch === '"') straightOpen = !straightOpen;
    }
    const goldQuotes = quotes.map((q) => {
      const close = out.indexOf(OPEN[out[q.open]], q.open + 1);
      if (close < 0) throw new Error(`${file}: unclosed quote at ${q.open}`);
      const inner = out.slice(q.open + 1, close).replace(/^[\s\u00a0\u202f]+/, '');
      const text = inner.slice(0, 30).replace(/[\s\u00a0\u202f]+$/, '');
      const r = { text, speaker: q.speaker };
      if (q.speakerAlso?.length) r.speakerAlso = q.speakerAlso;
      return r;
    });
    const goldSents = sents.map((s, k) => {
      const end = k + 1 < sents.length ? sents[k + 1].start : out.length;
      return { text: out.slice(s.start, end).trim().slice(0, 40), status: s.status };
    });
    const goldEnts = ents.map((e) => {
      const r = { surface: e.surface, occurrence: occurrenceIndex(out, e.surface, e.start), entity: e.entity, type: e.type };
      if (e.kind) r.kind = e.kind;
      if (e.kb === false) r.kb = false;
      return r;
    });
    gold.articles[file] = {
      entities: goldEnts,
      quotes: goldQuotes,
      sentences: goldSents,
      signatoryLists: sigs.map((l) => {
        const r = { text: out.slice(l.start, l.start + 40), members: l.members, statedTotal: l.statedTotal };
        if (l.approximate) r.approximate = true;
        return r;
      }),
      negativeLists: negs.map((l) => ({ text: out.slice(l.start, Math.min(l.end, l.start + 40)) })),
    };
    writeFileSync(join(here, file), out);
  }
  writeFileSync(join(here, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
  console.log(`built ${Object.keys(gold.articles).length} articles`);
}
