import * as vscode from 'vscode';
import { CorpusTreeView } from './corpusTreeView';
import { revealCommand } from '../corpusClient';
import { METHODS, type ArticleNode, type EntityNode, type EntityTreeResult, type EntityType, type EntityTypeNode, type MentionNode } from '../protocol';

/** The codicon of each entity type, shared by the views. */
export const TYPE_ICON: Record<EntityType, string> = {
  country: 'globe',
  organisation: 'organization',
  person: 'person',
  place: 'location',
  weapon: 'rocket',
  statement: 'megaphone',
};

type Element =
  | { readonly kind: 'type'; readonly node: EntityTypeNode }
  | { readonly kind: 'entity'; readonly node: EntityNode }
  | { readonly kind: 'article'; readonly entity: EntityNode; readonly node: ArticleNode }
  | { readonly kind: 'mention'; readonly uri: string; readonly node: MentionNode };

/** "3 mentions · 2 articles", with singulars. */
export function countsLabel(mentions: number, articles?: number): string {
  const m = mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', mentions);
  if (articles === undefined) return m;
  const a = articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles);
  return `${m} · ${a}`;
}

/** Entities view: types → entities with mention counts → articles → mentions; a mention opens the article at it. */
export class EntitiesView extends CorpusTreeView<Element> {

  async getChildren(element?: Element): Promise<Element[]> {
    if (!element) {
      const r = await this.corpus.request<EntityTreeResult>(METHODS.entityTree, {});
      return (r?.types ?? []).map((node) => ({ kind: 'type', node }));
    }
    switch (element.kind) {
      case 'type':
        return element.node.entities.map((node) => ({ kind: 'entity', node }));
      case 'entity': {
        const r = await this.corpus.request<EntityTreeResult>(METHODS.entityTree, { entityId: element.node.id });
        return (r?.articles ?? []).map((node) => ({ kind: 'article', entity: element.node, node }));
      }
      case 'article':
        return element.node.mentions.map((node) => ({ kind: 'mention', uri: element.node.uri, node }));
      case 'mention':
        return [];
    }
  }

  getTreeItem(element: Element): vscode.TreeItem {
    switch (element.kind) {
      case 'type': {
        const item = new vscode.TreeItem(element.node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(element.node.entities.length);
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[element.node.type]);
        item.id = `type:${element.node.type}`;
        return item;
      }
      case 'entity': {
        const e = element.node;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = countsLabel(e.mentionCount, e.articleCount);
        item.tooltip = e.unknown ? `${e.name} — ${vscode.l10n.t('not in the knowledge base')}` : e.name;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[e.type]);
        item.contextValue = e.unknown ? 'entity.unknown' : 'entity';
        item.id = `entity:${e.id}`;
        return item;
      }
      case 'article': {
        const a = element.node;
        const item = new vscode.TreeItem(vscode.Uri.parse(a.uri), vscode.TreeItemCollapsibleState.Collapsed);
        item.label = a.path;
        item.description = countsLabel(a.mentions.length);
        item.id = `entity:${element.entity.id}:${a.uri}`;
        return item;
      }
      case 'mention': {
        const m = element.node;
        const item = new vscode.TreeItem(m.surface, vscode.TreeItemCollapsibleState.None);
        item.description = vscode.l10n.t('line {0}', m.range.start.line + 1);
        item.iconPath = new vscode.ThemeIcon('symbol-text');
        item.command = revealCommand(element.uri, m.range, vscode.l10n.t('Show mention'));
        return item;
      }
    }
  }

}
