#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  lowerSql
} from "./chunk-CCOKVC7O.js";

// src/parse/sql/binds.ts
var WORD = /[\w\u0080-\uffff]/;
var DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
var NAMED = /:([A-Za-z_][\w]*)/y;
var PYFORMAT = /%(?:\(([A-Za-z_]\w*)\))?s/y;
function neutralizeBindParams(sql, dialect, styles) {
  if (!/[:%?]/.test(sql)) return { sql, count: 0 };
  const named = styles.includes("named");
  const pyformat = styles.includes("pyformat");
  const qmark = styles.includes("qmark");
  const mysql = dialect === "mysql";
  let out = "";
  let count = 0;
  let last = 0;
  const n = sql.length;
  const placeholder = () => {
    count++;
    return mysql ? "?" : `$${count}`;
  };
  let i = 0;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || mysql && c === "`") {
      i = skipQuoted(sql, i, c, mysql || c === "'" && /[eE]/.test(sql[i - 1] ?? "") && !WORD.test(sql[i - 2] ?? ""));
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (mysql && c === "#") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === "/" && sql[i + 1] === "*") {
      if (mysql && (sql[i + 2] === "!" || sql[i + 2] === "M" && sql[i + 3] === "!")) {
        i += 2;
        continue;
      }
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
      continue;
    }
    if (c === "$" && !mysql && !WORD.test(sql[i - 1] ?? "")) {
      DOLLAR_TAG.lastIndex = i;
      const m = DOLLAR_TAG.exec(sql);
      if (m) {
        const end = sql.indexOf(m[0], i + m[0].length);
        i = end < 0 ? n : end + m[0].length;
        continue;
      }
    }
    if (named && c === ":") {
      const prev = sql[i - 1] ?? "";
      if (prev !== ":" && prev !== "\\" && !WORD.test(prev)) {
        NAMED.lastIndex = i;
        const m = NAMED.exec(sql);
        if (m && sql[i + m[0].length] !== ":") {
          out += sql.slice(last, i) + placeholder();
          i += m[0].length;
          last = i;
          continue;
        }
      }
    }
    if (pyformat && c === "%") {
      if (sql[i + 1] === "%") {
        i += 2;
        continue;
      }
      PYFORMAT.lastIndex = i;
      const m = PYFORMAT.exec(sql);
      if (m && !WORD.test(sql[i + m[0].length] ?? "")) {
        out += sql.slice(last, i) + placeholder();
        i += m[0].length;
        last = i;
        continue;
      }
    }
    if (qmark && c === "?" && sql[i + 1] !== "?" && sql[i - 1] !== "?") {
      out += sql.slice(last, i) + placeholder();
      i++;
      last = i;
      continue;
    }
    i++;
  }
  if (count === 0) return { sql, count: 0 };
  return { sql: out + sql.slice(last), count };
}
function skipQuoted(sql, i, quote, backslash) {
  const n = sql.length;
  let j = i + 1;
  while (j < n) {
    const c = sql[j];
    if (backslash && c === "\\") {
      j += 2;
      continue;
    }
    if (c === quote) {
      if (sql[j + 1] === quote) {
        j += 2;
        continue;
      }
      return j + 1;
    }
    j++;
  }
  return n;
}

// src/parse/orm/embedded-sql.ts
async function lowerPendingSql(item, dialect, file) {
  const origin = { file, line: item.origin.line, column: item.origin.column };
  const text = item.binds && item.binds.length > 0 ? neutralizeBindParams(item.text, dialect, item.binds).sql : item.text;
  let ops;
  try {
    ops = (await lowerSql(dialect, text, origin)).ops;
  } catch (error) {
    const loc = item.loc ?? { file, line: origin.line, endLine: origin.line, column: origin.column };
    return [{ kind: "unparsed", reason: "parse", message: `the SQL in this string could not be analysed: ${error.message}`, loc }];
  }
  for (const op of ops) {
    if (item.autocommit) op.autocommit = true;
    if (item.conditional) op.conditional = true;
  }
  return ops;
}
async function lowerAtCall(dialect, sql, at) {
  const { ops } = await lowerSql(dialect, sql, { file: at.file, line: at.line, column: at.column });
  for (const op of ops) op.loc = { ...at };
  return ops;
}

export {
  lowerPendingSql,
  lowerAtCall
};
