import * as vscode from 'vscode';
import type { CorpusClient } from './corpusClient';
import { METHODS, type CorpusStatus } from './protocol';

/** The language status item of articles: articles indexed, entities, findings; busy while the server indexes. */
export class CorpusStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly disposables: vscode.Disposable[] = [];
  private generation = -1;

  constructor(
    language: string,
    private readonly corpus: CorpusClient,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('corpusAnnotator.status', { language });
    this.item.name = vscode.l10n.t('Corpus Annotator');
    this.item.text = vscode.l10n.t('Indexing articles…');
    this.item.busy = true;
    this.item.command = { title: vscode.l10n.t('Show entities'), command: 'corpusAnnotator.entities.focus' };
    this.disposables.push(
      this.item,
      corpus.onDidChangeIndex((s) => void this.update(s)),
    );
  }

  private async update(status: CorpusStatus | undefined): Promise<void> {
    const s = status ?? (await this.corpus.request<CorpusStatus>(METHODS.status, {}));
    if (!s || s.generation < this.generation) return;
    this.generation = s.generation;
    this.item.busy = !this.corpus.indexed;
    const articles = s.articles === 1 ? vscode.l10n.t('1 article indexed') : vscode.l10n.t('{0} articles indexed', s.articles);
    this.item.text = `$(book) ${articles}`;
    const entities = s.entities === 1 ? vscode.l10n.t('1 entity') : vscode.l10n.t('{0} entities', s.entities);
    const findings = s.findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', s.findings);
    this.item.detail = `${entities}, ${findings}`;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
