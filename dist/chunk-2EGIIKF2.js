#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/parse/names.ts
function qualifiedName(schema, name) {
  if (!schema || schema === "public") return name;
  return `${schema}.${name}`;
}
function unquote(raw) {
  const t = raw.trim();
  if (t.length >= 2 && (t.startsWith('"') && t.endsWith('"') || t.startsWith("`") && t.endsWith("`"))) {
    return t.slice(1, -1).replace(/""/g, '"').replace(/``/g, "`");
  }
  return t;
}
function mysqlTableName(raw) {
  return qualifiedFrom(raw, unquote);
}
function mysqlIdentifier(raw) {
  return unquote(raw).toLowerCase();
}
function qualifiedFrom(raw, fold) {
  const parts = [];
  let cur = "";
  let quote = null;
  for (const ch of raw.trim()) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "`") {
      quote = ch;
      cur += ch;
    } else if (ch === ".") {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const folded = parts.map(fold);
  const name = folded.pop() ?? "";
  return qualifiedName(folded.pop(), name);
}

// src/schema/volatility.ts
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "random",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "txid_current",
  "gen_random_bytes",
  "random_normal",
  "setseed",
  "pg_current_xact_id",
  // MySQL: SYSDATE() is the time of evaluation, unlike NOW().
  "uuid",
  "uuid_short",
  "rand",
  "random_bytes",
  "sysdate"
]);
var NON_VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "now",
  "transaction_timestamp",
  "statement_timestamp",
  "current_timestamp",
  "current_date",
  "localtimestamp",
  "lower",
  "upper",
  "coalesce",
  "nullif",
  "concat",
  "jsonb_build_object",
  "json_build_object",
  "jsonb_build_array",
  "json_build_array",
  "array",
  "to_jsonb",
  "to_json",
  "timezone",
  "make_interval",
  "date_trunc",
  "length",
  "trim",
  "replace",
  "substring",
  "abs",
  "round",
  "greatest",
  "least",
  "current_setting",
  "current_user",
  "session_user",
  "utc_timestamp",
  "curdate",
  "current_time",
  "localtime",
  "json_object",
  "json_array",
  "cast",
  "interval"
]);
function isVolatileFunction(name) {
  return VOLATILE_FUNCTIONS.has(name) || !NON_VOLATILE_FUNCTIONS.has(name);
}
function isVolatileSqlText(sql) {
  const withoutLiterals = sql.replace(/'(?:[^']|'')*'/g, "''");
  const call = /(::\s*)?("?[A-Za-z_][\w$.]*"?)(\s*\()?/g;
  for (let m = call.exec(withoutLiterals); m; m = call.exec(withoutLiterals)) {
    if (m[1] || !m[3]) continue;
    const name = m[2].replace(/"/g, "").split(".").pop().toLowerCase();
    if (isVolatileFunction(name)) return true;
  }
  return false;
}

// src/parse/line-index.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    if (text.includes("\r")) {
      const cr = [];
      for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) cr.push(i + 1);
      if (cr.length) this.starts = [...this.starts, ...cr].sort((a, b) => a - b);
    }
  }
  /** 1-based line of an offset. */
  line(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** 1-based column of an offset. */
  column(offset) {
    return offset - this.starts[this.line(offset) - 1] + 1;
  }
};

export {
  qualifiedName,
  mysqlTableName,
  mysqlIdentifier,
  isVolatileFunction,
  isVolatileSqlText,
  LineIndex
};
