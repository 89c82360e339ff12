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
} from "./chunk-FBNJRF7P.js";
import "./chunk-H36QAU7Z.js";
import "./chunk-GPHI2XPU.js";
import "./chunk-QZ7ZS4O5.js";
import "./chunk-XMOOKCCI.js";
import "./chunk-SUS3NTH6.js";
import "./chunk-OF6DBW34.js";
import "./chunk-MTKTJGCR.js";
import "./chunk-ST6Y3SHM.js";
import "./chunk-QDYITVDG.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-VTPA6GZ6.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-DF3XRJTC.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-QJZANYFN.js";
import "./chunk-G7S5RJND.js";
import "./chunk-42LATGZD.js";
import "./chunk-VV747AKE.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-E7EL54OR.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
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
