#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerPostgresSql
} from "./chunk-TN672BLV.js";

// src/parse/sql/index.ts
async function lowerSql(dialect, text, origin, mysqlServer) {
  if (dialect === "mysql") {
    const { lowerMysqlSql } = await import("./chunk-XP3V5LK7.js");
    return lowerMysqlSql(text, origin, mysqlServer);
  }
  return lowerPostgresSql(text, origin);
}

export {
  lowerSql
};
