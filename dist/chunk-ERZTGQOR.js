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
} from "./chunk-ZW6JJ52N.js";
import "./chunk-EPWXPSX7.js";
import "./chunk-IPAXJCOE.js";
import "./chunk-WFKVS3O2.js";
import "./chunk-FPRYXOWM.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-42LATGZD.js";
import "./chunk-QDYITVDG.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-Q2ZOELKY.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-KZGM3ZAB.js";
import "./chunk-ATG5MKQ5.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  DryRunConnectionError,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
};
