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
} from "./chunk-PAX3TBYW.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-XBWPISEE.js";
import "./chunk-OO7SZFY3.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-TN672BLV.js";
import "./chunk-PHRMLEFE.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  APP_QUERY_CAP,
  collectAppQueries,
  originLabel,
  sqlLiterals,
  toDollarParams
};
