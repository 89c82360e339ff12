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
} from "./chunk-44USAIVS.js";
import "./chunk-N2WL7UNC.js";
import "./chunk-SBY46VQL.js";
import "./chunk-CMCFPNLJ.js";
import "./chunk-XMOOKCCI.js";
import "./chunk-BI2ZGQKG.js";
import "./chunk-UURXM6FT.js";
import "./chunk-G2HAJMJD.js";
import "./chunk-LA7YZIXR.js";
import "./chunk-QDYITVDG.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-VTPA6GZ6.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-7LETYEAO.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-PV6DTIFA.js";
import "./chunk-6VOMQ6BK.js";
import "./chunk-42LATGZD.js";
import "./chunk-E7EL54OR.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-QZ7ZS4O5.js";
import "./chunk-VV747AKE.js";
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
