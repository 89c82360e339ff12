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
} from "./chunk-XS4BJPBU.js";
import "./chunk-PFRLOGIN.js";
import "./chunk-N2WL7UNC.js";
import "./chunk-PAX3TBYW.js";
import "./chunk-FLWBGHSF.js";
import "./chunk-GHAFTEEZ.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-ZUGEZMSK.js";
import "./chunk-C3PIDPWZ.js";
import "./chunk-XBWPISEE.js";
import "./chunk-OO7SZFY3.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
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
