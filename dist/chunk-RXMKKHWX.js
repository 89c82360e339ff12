#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/assets.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
function assetPath(fileName, packagePath) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, fileName);
  if (existsSync(beside)) return beside;
  const require2 = createRequire(import.meta.url);
  return require2.resolve(packagePath);
}

// src/parse/tree-sitter.ts
var runtimeReady = null;
function runtime() {
  runtimeReady ??= (async () => {
    const mod = await import("./chunk-YEBNKXY2.js");
    const runtimeWasm = assetPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm");
    await mod.Parser.init({ locateFile: () => runtimeWasm });
    return mod;
  })().catch((error) => {
    runtimeReady = null;
    throw error;
  });
  return runtimeReady;
}
function lazyGrammar(wasmName, packagePath) {
  let parserPromise = null;
  return {
    load() {
      parserPromise ??= (async () => {
        const { Parser, Language } = await runtime();
        const language = await Language.load(assetPath(wasmName, packagePath));
        const parser = new Parser();
        parser.setLanguage(language);
        return parser;
      })().catch((error) => {
        parserPromise = null;
        throw error;
      });
      return parserPromise;
    },
    /** Drops the parser after a failure inside the WASM module, so the next file gets a fresh one. */
    discard() {
      parserPromise = null;
    }
  };
}

export {
  lazyGrammar
};
