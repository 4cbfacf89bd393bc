import * as vscode from 'vscode';
import { ReferencesRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { Location, Position } from './protocol';

/** The command a CodeLens runs; the server sends plain LSP JSON, which `editor.action.showReferences` does not accept. */
export const SHOW_REFERENCES = 'corpusAnnotator.showReferences';

/** Registers `corpusAnnotator.showReferences(uri, position, locations?)`: opens the references peek at the position. */
export function registerReferencesCommand(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_REFERENCES, async (uri: string, position: Position, locations?: readonly Location[]) => {
    const p2c = client.protocol2CodeConverter;
    const target = vscode.Uri.parse(uri);
    const at = new vscode.Position(position.line, position.character);
    let refs: vscode.Location[];
    if (locations) {
      refs = locations.map((l) => p2c.asLocation(l));
    } else {
      // Asked here rather than carried by the lens: an entity may have thousands of mentions.
      // The declaration is asked for because a rule-found entity's is its defining mention; a knowledge-base
      // entry (a .json line) is dropped, so the peek lists mentions, as the lens counts them.
      const found = await client.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
      refs = (found ?? []).filter((l) => !l.uri.endsWith('.json')).map((l) => p2c.asLocation(l));
    }
    await vscode.commands.executeCommand('editor.action.showReferences', target, at, refs);
  });
}
