import type { Parser as TreeSitterParser } from 'web-tree-sitter';
import { assetPath } from '../assets.js';

let runtimeReady: Promise<typeof import('web-tree-sitter')> | null = null;

/** The shared web-tree-sitter runtime, initialised once for every grammar. */
function runtime(): Promise<typeof import('web-tree-sitter')> {
  runtimeReady ??= (async () => {
    const mod = await import('web-tree-sitter');
    const runtimeWasm = assetPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm');
    await mod.Parser.init({ locateFile: () => runtimeWasm });
    return mod;
  })().catch((error: unknown) => {
    runtimeReady = null;
    throw error;
  });
  return runtimeReady;
}

/**
 * A grammar's parser, loaded on first use: `web-tree-sitter` and the grammar are imported dynamically
 * so a lint run without files of that language never pays for them. One parser per grammar is shared:
 * parsing is synchronous, so concurrent front-end calls cannot interleave.
 */
export function lazyGrammar(wasmName: string, packagePath: string): { load(): Promise<TreeSitterParser>; discard(): void } {
  let parserPromise: Promise<TreeSitterParser> | null = null;
  return {
    load() {
      parserPromise ??= (async () => {
        const { Parser, Language } = await runtime();
        const language = await Language.load(assetPath(wasmName, packagePath));
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
      })().catch((error: unknown) => {
        // A failed load (missing asset) must not poison every later call with the same rejection.
        parserPromise = null;
        throw error;
      });
      return parserPromise;
    },
    /** Drops the parser after a failure inside the WASM module, so the next file gets a fresh one. */
    discard() {
      parserPromise = null;
    },
  };
}
