import type { Node, Parser as TreeSitterParser } from 'web-tree-sitter';
import { assetPath } from '../../assets.js';

export type { Node };

let parserPromise: Promise<TreeSitterParser> | null = null;

/**
 * The Ruby parser (tree-sitter-ruby on the shared web-tree-sitter runtime), loaded on first use so a
 * lint run without Rails files never pays for it. Parsing is synchronous: one parser is shared.
 */
export function loadRubyParser(): Promise<TreeSitterParser> {
  parserPromise ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    const runtimeWasm = assetPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await Parser.init({ locateFile: () => runtimeWasm });
    const ruby = await Language.load(assetPath('tree-sitter-ruby.wasm', 'tree-sitter-ruby/tree-sitter-ruby.wasm'));
    const parser = new Parser();
    parser.setLanguage(ruby);
    return parser;
  })().catch((error: unknown) => {
    parserPromise = null;
    throw error;
  });
  return parserPromise;
}

export function discardRubyParser(): void {
  parserPromise = null;
}
