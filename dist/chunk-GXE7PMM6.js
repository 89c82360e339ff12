#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerDjangoProject
} from "./chunk-NNFMCJPE.js";
import "./chunk-FLJ7INJV.js";
import "./chunk-4YPPQGJE.js";
import "./chunk-ATG5MKQ5.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";
export {
  lowerDjangoProject
};
