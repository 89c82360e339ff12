#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  redactUrl
} from "./chunk-N2WL7UNC.js";

// src/stats/capture.ts
var LEAST_PRIVILEGE_DOC = 'docs/production-evidence.md, "Least-privilege role"';
function reportPrivileges(report, opts) {
  if (report.excess.length) {
    const what = `${report.who} can do more than the capture needs: ${report.excess.join("; ")}`;
    if (opts.requireLeastPrivilege) throw new StatsCaptureError(`refusing to capture (--require-least-privilege): ${what}. Use the least-privilege role (${LEAST_PRIVILEGE_DOC})`);
    opts.notice?.(`${what}. The capture only reads statistics; a role with only those rights is safer to keep in CI (${LEAST_PRIVILEGE_DOC})`);
  }
  for (const m of report.missing) opts.notice?.(`${report.who}: ${m}`);
}
var StatsCaptureError = class extends Error {
  name = "StatsCaptureError";
};
function dialectOfUrl(url) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === "postgres" || scheme === "postgresql") return "postgres";
  if (scheme === "mysql" || scheme === "mariadb") return "mysql";
  return null;
}
var PLANNABLE = /^(select|insert|update|delete|with|merge|values|table|replace)\b/i;
function cleanStatementText(text, dialect) {
  if (text.trim().startsWith("<")) return null;
  let t = withoutBlockComments(text).replace(/--[^\n]*/g, " ");
  if (dialect === "mysql") t = t.replace(/#[^\n]*/g, " ");
  t = t.replace(/\s+/g, " ").trim();
  if (!t || !PLANNABLE.test(t)) return null;
  const unquoted = dialect === "postgres" ? t.replace(/"(?:[^"]|"")*"/g, "") : t;
  if (/['"]/.test(unquoted) || /\/\*/.test(unquoted)) return null;
  if (dialect === "postgres" && /\$[A-Za-z_]*\$/.test(unquoted)) return null;
  return t;
}
async function captureStats(opts) {
  const dialect = opts.dialect ?? dialectOfUrl(opts.databaseUrl);
  if (!dialect) throw new StatsCaptureError(`cannot tell the database from the URL ${redactUrl(opts.databaseUrl)}: use postgres://... or mysql://..., or pass --dialect`);
  if (dialect === "postgres") return (await import("./chunk-VKBOE2ZF.js")).capturePostgres(opts);
  return (await import("./chunk-3S4GNJEK.js")).captureMysql(opts);
}
function withoutBlockComments(text) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const open = text.indexOf("/*", from);
    const close = open < 0 ? -1 : text.indexOf("*/", open + 2);
    if (close < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    from = close + 2;
  }
}

export {
  reportPrivileges,
  StatsCaptureError,
  cleanStatementText,
  captureStats
};
