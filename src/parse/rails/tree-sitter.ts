import type { Node } from 'web-tree-sitter';
import { lazyGrammar } from '../tree-sitter.js';

export type { Node };

const ruby = lazyGrammar('tree-sitter-ruby.wasm', 'tree-sitter-ruby/tree-sitter-ruby.wasm');

/** The Ruby parser (Rails), loaded on first use. */
export const loadRubyParser = ruby.load;
export const discardRubyParser = ruby.discard;
