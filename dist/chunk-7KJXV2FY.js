#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  parseBytes,
  parseDurationMs,
  resolveTiers,
  tierOf,
  tieredSeverity
} from "./chunk-PHRMLEFE.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";
export {
  parseBytes,
  parseDurationMs,
  resolveTiers,
  tierOf,
  tieredSeverity
};
