#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/knex/detect.ts
var UP_EXPORT = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s*(?:\*\s*)?up\s*[(<]|\bexport\s+(?:const|let|var)\s+up\b/;
var OBJECT_EXPORT = /\bmodule\.exports\s*=\s*\{|\bexport\s+default\s*\{/;
var UP_WORD = /\bup\b/g;
var NAMED_EXPORT = /\bexport\s*\{([^}]*)/g;
function isKnexFile(text) {
  if (UP_EXPORT.test(text)) return true;
  const opener = OBJECT_EXPORT.exec(text);
  if (opener) {
    UP_WORD.lastIndex = opener.index + opener[0].length;
    if (UP_WORD.test(text)) return true;
  }
  NAMED_EXPORT.lastIndex = 0;
  for (let m = NAMED_EXPORT.exec(text); m; m = NAMED_EXPORT.exec(text)) {
    if (/\bup\b/.test(m[1])) return true;
  }
  return false;
}

export {
  isKnexFile
};
