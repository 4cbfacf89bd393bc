// Placeholder entry point; the language server lands next.
export {};
