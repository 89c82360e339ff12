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
} from "./chunk-UK6BBNGS.js";
import "./chunk-EPWGYIIU.js";
import "./chunk-42LATGZD.js";
import "./chunk-V4PFYSEM.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-3FKQOUCN.js";
import "./chunk-NC7IV6E4.js";
import "./chunk-D7TIYTQ5.js";
import "./chunk-YF4W6GTW.js";
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
