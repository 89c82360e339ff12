#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/interop.ts
function commonJsExports(ns, probe) {
  const mod = ns;
  return mod[probe] !== void 0 ? mod : mod.default ?? mod;
}

export {
  commonJsExports
};
