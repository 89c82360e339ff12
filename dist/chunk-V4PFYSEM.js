#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/knex/detect.ts
var UP_EXPORT = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s*\*?\s*up\s*[(<]|\bexport\s+(?:const|let|var)\s+up\b|\bmodule\.exports\s*=\s*\{[^]*?\bup\b|\bexport\s*\{[^}]*\bup\b|\bexport\s+default\s*\{[^]*?\bup\b/;
function isKnexFile(text) {
  return UP_EXPORT.test(text);
}

export {
  isKnexFile
};
