import type { Node, Tree } from 'web-tree-sitter';
import { lazyGrammar } from '../tree-sitter.js';

export type { Node, Tree };

const python = lazyGrammar('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm');

/** The Python parser (Alembic, Django), loaded on first use. */
export const loadPythonParser = python.load;
/** Drops the shared parser after a WASM failure, so the next file gets a fresh one. */
export const discardPythonParser = python.discard;
