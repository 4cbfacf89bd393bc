import * as vscode from 'vscode';
import { CorpusTreeView } from './corpusTreeView';
import { revealCommand } from '../corpusClient';
import { METHODS, type QuoteNode, type QuoteTreeResult, type SpeakerNode } from '../protocol';

type Element = { readonly kind: 'speaker'; readonly node: SpeakerNode } | { readonly kind: 'quote'; readonly node: QuoteNode };

/** Quotes view: speakers → their quotations; a quotation opens the article at it. */
export class QuotesView extends CorpusTreeView<Element> {

  async getChildren(element?: Element): Promise<Element[]> {
    if (!element) {
      const r = await this.corpus.request<QuoteTreeResult>(METHODS.quoteTree, {});
      return (r?.speakers ?? []).map((node) => ({ kind: 'speaker', node }));
    }
    if (element.kind === 'quote') return [];
    const r = await this.corpus.request<QuoteTreeResult>(METHODS.quoteTree, { speaker: element.node.key });
    return (r?.quotes ?? []).map((node) => ({ kind: 'quote', node }));
  }

  getTreeItem(element: Element): vscode.TreeItem {
    if (element.kind === 'speaker') {
      const s = element.node;
      const item = new vscode.TreeItem(s.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = s.count === 1 ? vscode.l10n.t('1 quotation') : vscode.l10n.t('{0} quotations', s.count);
      item.iconPath = new vscode.ThemeIcon(s.key === 'none' ? 'question' : 'person');
      item.id = `speaker:${s.key}`;
      return item;
    }
    const q = element.node;
    const item = new vscode.TreeItem(q.text || vscode.l10n.t('(quotation)'), vscode.TreeItemCollapsibleState.None);
    item.description = `${q.path}:${q.range.start.line + 1}`;
    const how = [q.cue, q.how].filter((x): x is string => !!x).join(' · ');
    item.tooltip = how ? `${q.text}\n\n${how}` : q.text;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = revealCommand(q.uri, q.range, vscode.l10n.t('Show quotation'));
    return item;
  }

}
