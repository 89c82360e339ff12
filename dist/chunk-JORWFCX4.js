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
} from "./chunk-HMJ3UNVL.js";
import "./chunk-SBY46VQL.js";
import "./chunk-ETWZLQFF.js";
import "./chunk-UURXM6FT.js";
import "./chunk-LA7YZIXR.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-7LETYEAO.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-6VOMQ6BK.js";
import "./chunk-E7EL54OR.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-VV747AKE.js";
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
