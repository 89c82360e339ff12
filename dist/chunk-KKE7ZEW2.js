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
} from "./chunk-AQXLZ6MG.js";
import "./chunk-YJIHAU56.js";
import "./chunk-FLJ7INJV.js";
import "./chunk-4YPPQGJE.js";
import "./chunk-J7MFXRCJ.js";
import "./chunk-CVRQ73UU.js";
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
