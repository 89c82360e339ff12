#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/alembic/detect.ts
function isAlembicFile(text) {
  return /^revision\s*(?::[^=\n\r\u2028\u2029]*)?=/m.test(text) && /^(?:async[ \t]+)?def\s+upgrade\s*\(/m.test(text);
}

export {
  isAlembicFile
};
