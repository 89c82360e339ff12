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
} from "./chunk-5VSN6LNS.js";
import "./chunk-ZYS3FZDE.js";
import "./chunk-N2WL7UNC.js";
import "./chunk-GGYTHQ5H.js";
import "./chunk-KKPYJAK7.js";
import "./chunk-IWPUS4OU.js";
import "./chunk-2SEAAAS3.js";
import "./chunk-7ITBS3IV.js";
import "./chunk-HGWES5KA.js";
import "./chunk-UC5C5VPZ.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-7YAOHW7O.js";
import "./chunk-T6SBSP2P.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-ZK53WJVI.js";
import "./chunk-FPSMQ665.js";
import "./chunk-HYA5O7OF.js";
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
