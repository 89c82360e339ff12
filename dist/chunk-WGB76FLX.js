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
} from "./chunk-XRLA6NFV.js";
import "./chunk-DPFUNN4R.js";
import "./chunk-NKV3AVM6.js";
import "./chunk-NC7IV6E4.js";
import "./chunk-AMDS2244.js";
import "./chunk-6UA6JPEH.js";
import "./chunk-P4DGHY4J.js";
import "./chunk-WES7VE2A.js";
import "./chunk-TUGVZ27G.js";
export {
  DryRunConnectionError,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
};
