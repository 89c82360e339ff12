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
} from "./chunk-5U35VZUX.js";
import "./chunk-PFRLOGIN.js";
import "./chunk-N2WL7UNC.js";
import "./chunk-O7L7G6VR.js";
import "./chunk-KKPYJAK7.js";
import "./chunk-OCTS62BL.js";
import "./chunk-XQDBLA55.js";
import "./chunk-ZUGEZMSK.js";
import "./chunk-UC2DG3DO.js";
import "./chunk-HGWES5KA.js";
import "./chunk-6DTDR2IU.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-7YAOHW7O.js";
import "./chunk-5A7A4EKY.js";
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
