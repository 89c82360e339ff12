#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  DryRunConnectionError,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
} from "./chunk-EFZCKNLM.js";
import "./chunk-NMH3BR6M.js";
import "./chunk-42LATGZD.js";
import "./chunk-V4PFYSEM.js";
import "./chunk-IJT56G33.js";
import "./chunk-NC7IV6E4.js";
import "./chunk-ZQCT6QYW.js";
import "./chunk-FSYQR4H6.js";
import "./chunk-Y7PEKEDW.js";
import "./chunk-ATG5MKQ5.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-TUGVZ27G.js";
export {
  DryRunConnectionError,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
};
