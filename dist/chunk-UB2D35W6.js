#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  SNAPSHOT_VERSION,
  loadSnapshot,
  snapshotSchema
} from "./chunk-FLWBGHSF.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";
export {
  SNAPSHOT_VERSION,
  loadSnapshot,
  snapshotSchema
};
