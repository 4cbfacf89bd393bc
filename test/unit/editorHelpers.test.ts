import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Mention } from '../../server/src/analysis/types';
import { LineIndex } from '../../server/src/corpus/lineIndex';
import type { StatementNode } from '../../server/src/lsp/corpusProtocol';
import { coalitionMatrix, excerpt, speakerKey } from '../../server/src/lsp/corpusRequests';
import { encodeTokens, mentionTokens, modifierBits } from '../../server/src/lsp/semanticTokens';
import { escapeHtml, matrixCsp, renderMatrixHtml } from '../../client/src/matrixHtml';
import { REPO } from '../support/core';

function mention(start: number, end: number, extra: Partial<Mention> = {}): Mention {
  return { start, end, entityId: 'KP', type: 'country', kind: 'name', surface: '', foundBy: 'kb:KP', ...extra };
}

describe('semantic token encoding', () => {
  const cases: { name: string; text: string; mentions: Mention[]; expected: number[] }[] = [
    { name: 'one token', text: 'La RPDC dément.', mentions: [mention(3, 7, { kind: 'acronym' })], expected: [0, 3, 4, 2, 0b0001] },
    {
      name: 'same line: start relative to the previous token',
      text: 'Moscou et Pyongyang',
      mentions: [mention(0, 6, { entityId: 'RU', kind: 'metonym' }), mention(10, 19, { kind: 'metonym' })],
      expected: [0, 0, 6, 2, 0b0100, 0, 10, 9, 2, 0b0100],
    },
    {
      name: 'next line: start absolute again',
      text: 'Kim Jong Un\nle OTA',
      mentions: [mention(0, 11, { type: 'person' }), mention(15, 18, { type: 'organisation', kind: 'acronym', unknown: true })],
      expected: [0, 0, 11, 0, 0, 1, 3, 3, 1, 0b1001],
    },
    { name: 'a mention across a line break is split', text: 'Corée du\nNord', mentions: [mention(0, 13)], expected: [0, 0, 8, 2, 0, 1, 0, 4, 2, 0] },
    { name: 'an overlapping mention is dropped', text: 'Conseil de sécurité', mentions: [mention(0, 19, { type: 'organisation' }), mention(11, 19)], expected: [0, 0, 19, 1, 0] },
    { name: 'mentions given out of order are sorted', text: 'a b', mentions: [mention(2, 3), mention(0, 1)], expected: [0, 0, 1, 2, 0, 0, 2, 1, 2, 0] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(encodeTokens(mentionTokens({ lines: new LineIndex(c.text) }, c.mentions)), c.expected);
    });
  }

  it('keeps only the mentions inside a range', () => {
    const text = 'RPDC et Russie';
    const ms = [mention(0, 4), mention(8, 14, { entityId: 'RU' })];
    assert.deepEqual(encodeTokens(mentionTokens({ lines: new LineIndex(text) }, ms, { start: 5, end: 14 })), [0, 8, 6, 2, 0]);
  });

  it('maps kinds to modifier bits: acronym, demonym, metonym, unknown', () => {
    assert.equal(modifierBits({ kind: 'name' }), 0);
    assert.equal(modifierBits({ kind: 'acronym' }), 1);
    assert.equal(modifierBits({ kind: 'adjective' }), 2);
    assert.equal(modifierBits({ kind: 'metonym' }), 4);
    assert.equal(modifierBits({ kind: 'name', unknown: true }), 8);
  });
});

describe('views helpers', () => {
  it('groups quotations by entity, else by the folded words of the speaker, else under no speaker', () => {
    assert.equal(speakerKey({ start: 0, end: 1, speaker: { entityId: 'KJU', label: 'Kim', how: 'rule:x' } }), 'KJU');
    assert.equal(speakerKey({ start: 0, end: 1, speaker: { label: 'Le porte-parole', how: 'rule:x' } }), speakerKey({ start: 0, end: 1, speaker: { label: 'le porte-parole', how: 'rule:y' } }));
    assert.equal(speakerKey({ start: 0, end: 1 }), 'none');
  });

  it('shortens quoted words to one line', () => {
    assert.equal(excerpt('« Nous   sommes\n inquiets »'), '« Nous sommes inquiets »');
    const long = excerpt('x'.repeat(300), 10);
    assert.equal(long.length, 10);
    assert.ok(long.endsWith('…'));
  });

  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const statement = (id: string, date: string | undefined, members: string[]): StatementNode => ({
    id,
    label: id,
    description: id,
    ...(date ? { date } : {}),
    uri: `file:///${id}.txt`,
    path: `${id}.txt`,
    range,
    partial: false,
    members: members.map((m) => ({ entityId: m, name: m, type: 'country', role: 'signatory', uri: `file:///${id}.txt`, range })),
    reports: [{ uri: `file:///${id}.txt`, path: `${id}.txt`, range }],
  });

  it('builds the matrix: rows by how often they sign, a cell per membership, columns in the given order', () => {
    const m = coalitionMatrix([statement('s1', '2023-09', ['KR', 'US', 'JP']), statement('s2', '2024-01', ['DE', 'JP'])]);
    assert.deepEqual(m.rows.map((r) => r.entityId), ['JP', 'DE', 'KR', 'US']);
    assert.deepEqual(m.columns.map((c) => c.id), ['s1', 's2']);
    assert.equal(m.cells.length, 5);
    assert.deepEqual(m.cells.filter((c) => c.row === 0).map((c) => c.column), [0, 1]);
    assert.deepEqual(coalitionMatrix([]), { rows: [], columns: [], cells: [] });
  });
});

describe('coalition matrix page', () => {
  const options = { cspSource: 'vscode-webview://x', nonce: 'abc123', styleUri: 'vscode-webview://x/media/matrix.css', lang: 'fr', strings: { title: 'Matrice', empty: 'Rien', signed: 'Signé', reportedIn: 'dans', stateOrBody: 'État' } };
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

  it('escapes every character that could open markup or leave an attribute', () => {
    assert.equal(escapeHtml(`<img src=x onerror="a('b')">&\``), '&#60;img src=x onerror=&#34;a(&#39;b&#39;)&#34;&#62;&#38;&#96;');
  });

  it('renders names and labels from articles as text, never as markup', () => {
    const evil = '<script>alert(1)</script>';
    const html = renderMatrixHtml(
      {
        rows: [{ entityId: 'x', name: evil, type: 'country' }],
        columns: [{ id: 'c', label: `" onmouseover="x`, path: `a'b.txt` }],
        cells: [{ row: 0, column: 0, uri: 'file:///a.txt', range }],
      },
      options,
    );
    assert.ok(!html.includes(evil));
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(!html.includes('" onmouseover="x'));
    // Exactly one script element, the page's own, with the nonce.
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes('<script nonce="abc123">'));
    // The cell carries only its index, not the article's uri.
    assert.ok(html.includes('data-cell="0"'));
    assert.ok(!html.includes('file:///a.txt'));
  });

  it('has a strict policy: nothing by default, scripts by nonce only, nothing remote', () => {
    const csp = matrixCsp('vscode-webview://x', 'abc123');
    assert.match(csp, /^default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc123'/);
    assert.ok(!/https?:|\*|unsafe/.test(csp), csp);
    const html = renderMatrixHtml({ rows: [], columns: [], cells: [] }, options);
    assert.ok(html.includes('http-equiv="Content-Security-Policy"'));
    assert.ok(html.includes('Rien'));
    assert.ok(!/(src|href)="https?:/.test(html), 'no remote resource');
  });
});

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('localisation', () => {
  it('has a French translation for every message of the client and the server', () => {
    const fr = JSON.parse(readFileSync(join(REPO, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
    const files = [...sourceFiles(join(REPO, 'client', 'src')), ...sourceFiles(join(REPO, 'server', 'src', 'lsp'))];
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (!/\bl10n\b/.test(text)) continue;
      // Single- or double-quoted: a message with an apostrophe in it is written between double quotes.
      for (const m of text.matchAll(/(?:\bl10n\.t|(?<![\w.])t)\((?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g)) {
        const key = (m[1] ?? m[2]!).replace(/\\(.)/g, '$1');
        if (!(key in fr)) missing.push(`${f}: ${key}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('localises every %key% of package.json in English and French', () => {
    const manifest = readFileSync(join(REPO, 'package.json'), 'utf8');
    const keys = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
    const en = JSON.parse(readFileSync(join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const fr = JSON.parse(readFileSync(join(REPO, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(fr[k], `package.nls.fr.json lacks ${k}`);
    }
  });

  it('documents every setting', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> } } };
    for (const [key, p] of Object.entries(manifest.contributes.configuration.properties)) assert.ok(p.description ?? p.markdownDescription, `${key} has no description`);
  });
});
