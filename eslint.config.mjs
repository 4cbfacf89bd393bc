// typescript-eslint over the sources; the analysis core may not import the editor, the protocol or the file system.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.e2e/**', 'test/vscode/**', 'test/e2e/**', '**/*.cjs', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', 'vscode-*', 'vscode-languageserver*'], message: 'The analysis core knows nothing of VS Code or LSP.' },
            { group: ['fs', 'node:*', 'fs/*', 'path', 'child_process'], message: 'The analysis core does no I/O: text in, facts out.' },
            { group: ['../corpus/*', '../lsp/*', '../cli'], message: 'The analysis core depends on nothing above it.' },
          ],
        },
      ],
    },
  },
);
