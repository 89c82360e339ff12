#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  APP_QUERY_CAP,
  collectAppQueries,
  originLabel,
  sqlLiterals,
  toDollarParams
} from "./chunk-CRWXXU76.js";
import "./chunk-VMMYA427.js";
import "./chunk-FX4KCLO5.js";
import "./chunk-CVRQ73UU.js";
import "./chunk-NFDGJM6G.js";
import "./chunk-R7RY4BXB.js";
import "./chunk-EOX7AO74.js";
import "./chunk-K6QG3DYL.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-E7EL54OR.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";
export {
  APP_QUERY_CAP,
  collectAppQueries,
  originLabel,
  sqlLiterals,
  toDollarParams
};
