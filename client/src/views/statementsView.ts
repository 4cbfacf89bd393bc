import * as vscode from 'vscode';
import { CorpusTreeView } from './corpusTreeView';
import { revealCommand } from '../corpusClient';
import { METHODS, type SignatoryNode, type StatementNode, type StatementReportNode, type StatementTreeResult } from '../protocol';
import { TYPE_ICON } from './entitiesView';

type Element =
  | { readonly kind: 'statement'; readonly node: StatementNode }
  | { readonly kind: 'signatory'; readonly statement: StatementNode; readonly node: SignatoryNode }
  | { readonly kind: 'reports'; readonly statement: StatementNode }
  | { readonly kind: 'report'; readonly statement: StatementNode; readonly node: StatementReportNode };

/** Statements view: statements by date → their signatories (and the articles that report them); each opens the article at the list or the member. */
export class StatementsView extends CorpusTreeView<Element> {

  async getChildren(element?: Element): Promise<Element[]> {
    if (!element) {
      const r = await this.corpus.request<StatementTreeResult>(METHODS.statementTree, {});
      return (r?.statements ?? []).map((node) => ({ kind: 'statement', node }));
    }
    switch (element.kind) {
      case 'statement': {
        const members: Element[] = element.node.members.map((node) => ({ kind: 'signatory', statement: element.node, node }));
        return element.node.reports.length > 1 ? [...members, { kind: 'reports', statement: element.node }] : members;
      }
      case 'reports':
        return element.statement.reports.map((node) => ({ kind: 'report', statement: element.statement, node }));
      default:
        return [];
    }
  }

  getTreeItem(element: Element): vscode.TreeItem {
    switch (element.kind) {
      case 'statement': {
        const s = element.node;
        const item = new vscode.TreeItem(s.label, vscode.TreeItemCollapsibleState.Collapsed);
        const count = s.members.length === 1 ? vscode.l10n.t('1 signatory') : vscode.l10n.t('{0} signatories', s.members.length);
        const total = s.statedTotal !== undefined ? ` ${s.totalApproximate ? vscode.l10n.t('(of about {0})', s.statedTotal) : vscode.l10n.t('(of {0})', s.statedTotal)}` : s.partial ? ` ${vscode.l10n.t('(and others)')}` : '';
        const where = s.reports.length > 1 ? vscode.l10n.t('{0} articles', s.reports.length) : s.path;
        item.description = `${count}${total} · ${where}`;
        item.tooltip = `${s.description}\n${s.reports.map((r) => `${r.path}:${r.range.start.line + 1}`).join('\n')}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON.statement);
        item.id = `statement:${s.id}`;
        item.command = revealCommand(s.uri, s.range, vscode.l10n.t('Show list of signatories'));
        return item;
      }
      case 'signatory': {
        const m = element.node;
        const item = new vscode.TreeItem(m.name, vscode.TreeItemCollapsibleState.None);
        item.description = m.role === 'issuer' ? vscode.l10n.t('issuer') : '';
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[m.type]);
        item.id = `statement:${element.statement.id}:${m.entityId}`;
        item.command = revealCommand(m.uri, m.range, vscode.l10n.t('Show signatory'));
        return item;
      }
      case 'reports': {
        const item = new vscode.TreeItem(vscode.l10n.t('Reported by {0} articles', element.statement.reports.length), vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('files');
        item.id = `statement:${element.statement.id}:reports`;
        return item;
      }
      case 'report': {
        const r = element.node;
        const item = new vscode.TreeItem(vscode.Uri.parse(r.uri), vscode.TreeItemCollapsibleState.None);
        item.label = r.path;
        item.description = vscode.l10n.t('line {0}', r.range.start.line + 1);
        item.command = revealCommand(r.uri, r.range, vscode.l10n.t('Show list of signatories'));
        return item;
      }
    }
  }

}
