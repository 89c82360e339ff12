#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  appQueriesMarkdown,
  appQueriesText,
  lockGantt,
  renderDryRunJson,
  renderDryRunMarkdown,
  renderDryRunText
} from "./chunk-NQ2OA4RD.js";
import "./chunk-GGYTHQ5H.js";
import "./chunk-DP6F6EIC.js";
import "./chunk-2SEAAAS3.js";
import "./chunk-HGWES5KA.js";
import "./chunk-UC5C5VPZ.js";
import "./chunk-7YAOHW7O.js";
import "./chunk-T6SBSP2P.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-FPSMQ665.js";
import "./chunk-PHRMLEFE.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  appQueriesMarkdown,
  appQueriesText,
  lockGantt,
  renderDryRunJson,
  renderDryRunMarkdown,
  renderDryRunText
};
