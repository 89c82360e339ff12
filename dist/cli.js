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

// src/bin/cli.ts
import module from "node:module";
import { fileURLToPath } from "node:url";
var args = process.argv.slice(2);
var relaunched = ["lint", "fix", "sql"].includes(args[0] ?? "") ? relaunchForShortRun(fileURLToPath(import.meta.url), args) : null;
if (relaunched !== null) process.exitCode = relaunched;
else {
  module.enableCompileCache?.();
  const { main } = await import("./chunk-OMYYQEKA.js");
  process.exitCode = await main(args, {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY)
  });
}
