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
  runDryRun
} from "./chunk-LHDEZCOW.js";
import "./chunk-N2WL7UNC.js";
import "./chunk-T56KUOPE.js";
import "./chunk-CMCFPNLJ.js";
import "./chunk-ZYS3FZDE.js";
import "./chunk-SEYLHRY7.js";
import "./chunk-ECHTZIT7.js";
import "./chunk-255Z3E64.js";
import "./chunk-5ACDJ5FS.js";
import "./chunk-NJ5FMTZW.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-3VCUZFY5.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-JQ3FMHYA.js";
import "./chunk-B7RLLMWT.js";
import "./chunk-CK2NF3IQ.js";
import "./chunk-PHRMLEFE.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-H6TE6QOH.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  DryRunConnectionError,
  appQueryFindings,
  applyDryRunToReport,
  chooseEngine,
  parseDuration,
  runDryRun
};
