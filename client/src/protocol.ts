// The custom requests of the language server, as the client sees them: one definition, shared with the server
// (types and method names only, so the client bundle pulls in nothing of the server).
export { CORPUS_METHODS as METHODS } from '../../server/src/lsp/corpusProtocol';
export type {
  ArticleNode,
  CoalitionMatrix,
  CorpusStatus,
  EntityNode,
  EntityTreeResult,
  EntityType,
  EntityTypeNode,
  MentionNode,
  QuoteNode,
  QuoteTreeResult,
  SignatoryNode,
  SpeakerNode,
  StatementNode,
  StatementReportNode,
  StatementTreeResult,
} from '../../server/src/lsp/corpusProtocol';
export type { Location, Position, Range } from 'vscode-languageserver-types';
