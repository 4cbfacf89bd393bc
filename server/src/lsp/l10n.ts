import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';

/** Translates a server message into the client's display language (English when no bundle matches). */
export const t = l10n.t;

let language = 'en';

/** The language of the loaded bundle ("fr"), or "en" when the messages stay in English; lexicon texts follow it. */
export function displayLanguage(): string {
  return language;
}

/** Where the bundles ship: `l10n/` beside `dist/`, the same files the client's `vscode.l10n` reads. */
const DEFAULT_L10N_DIR = join(__dirname, '..', 'l10n');

/**
 * Loads the message bundle for the locale the client sent in `initialize` ("fr", "fr-ca", "en-us").
 * The most specific bundle that exists wins; English needs none, since the messages are written in English.
 * Returns the bundle file used, if any.
 */
export function configureLocale(locale: string | undefined, dir = DEFAULT_L10N_DIR): string | undefined {
  const tag = (locale ?? '').toLowerCase();
  const candidates = tag ? [tag, tag.split('-')[0]!] : [];
  for (const c of candidates) {
    if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(c)) continue;
    const file = join(dir, `bundle.l10n.${c}.json`);
    if (!existsSync(file)) continue;
    try {
      l10n.config({ contents: readFileSync(file, 'utf8') });
      language = c.split('-')[0]!;
      return file;
    } catch {
      // A broken bundle must not stop the server: the English messages remain.
    }
  }
  l10n.config({ contents: {} });
  language = 'en';
  return undefined;
}
