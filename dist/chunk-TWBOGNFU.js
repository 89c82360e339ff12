#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  isDeferredSql,
  lowerDjangoProject
} from "./chunk-WGQ6SWK3.js";
import "./chunk-ZXL7UVA4.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  isDeferredSql,
  lowerDjangoProject
};
