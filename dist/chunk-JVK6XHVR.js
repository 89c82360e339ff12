#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  orderAlembicMigrations
} from "./chunk-IZHX7HWS.js";
import "./chunk-IV5X4XLJ.js";
export {
  orderAlembicMigrations
};
