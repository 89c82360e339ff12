#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerDjangoProject
} from "./chunk-3AWLRURD.js";
import "./chunk-PV6DTIFA.js";
import "./chunk-6VOMQ6BK.js";
import "./chunk-VV747AKE.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  lowerDjangoProject
};
