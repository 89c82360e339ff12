#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  relaunchForShortRun
} from "./chunk-5EVCVZAS.js";
import "./chunk-IV5X4XLJ.js";

// src/index.ts
import { fileURLToPath } from "node:url";
var mode = (process.env.INPUT_MODE ?? "").trim() || "lint";
var relaunched = mode === "lint" ? relaunchForShortRun(fileURLToPath(import.meta.url), []) : null;
if (relaunched !== null) process.exitCode = relaunched;
else void (await import("./chunk-GX3YES7L.js")).run();
