#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  DryRunConnectionError,
  appQueryFindings,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
} from "./chunk-TCQHWJLQ.js";
import "./chunk-MCE2VYCJ.js";
import "./chunk-EBTZU2Z6.js";
import "./chunk-5RBNPVJV.js";
import "./chunk-RTGVWJNS.js";
import "./chunk-U3XJDUCU.js";
import "./chunk-LP6TYPXS.js";
import "./chunk-ZG5425IA.js";
import "./chunk-VMN27OEB.js";
import "./chunk-4JINH4OC.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-42LATGZD.js";
import "./chunk-QDYITVDG.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-Q2ZOELKY.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-KZGM3ZAB.js";
import "./chunk-K6QG3DYL.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  DryRunConnectionError,
  appQueryFindings,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  redactUrl,
  runDryRun
};
