import type { Node, Parser as TreeSitterParser, Tree } from 'web-tree-sitter';
import { assetPath } from '../../assets.js';

export type { Node, Tree };

let parserPromise: Promise<TreeSitterParser> | null = null;

/**
 * The Python parser, loaded on first use. `web-tree-sitter` and the grammar are imported
 * dynamically so a lint run without Alembic files never pays for them (DESIGN principle 5).
 * One parser is shared: parsing is synchronous, so concurrent front-end calls cannot interleave.
 */
export function loadPythonParser(): Promise<TreeSitterParser> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    const runtimeWasm = assetPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    const python = await Language.load(assetPath('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'));
    const parser = new Parser();
    parser.setLanguage(python);
    return parser;
  })().catch((error: unknown) => {
    // A failed load (missing asset) must not poison every later call with the same rejection.
    parserPromise = null;
    throw error;
  });
  return parserPromise;
}

/**
 * Drops the shared parser after a failure inside the WASM module, so the next file gets a fresh
 * one instead of a parser in an unknown state.
 */
export function discardPythonParser(): void {
  parserPromise = null;
}
