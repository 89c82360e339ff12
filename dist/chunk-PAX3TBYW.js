#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  SCHEMA_SCRIPT,
  eachCodeFile
} from "./chunk-Y7VHZ2OY.js";
import {
  loadParser
} from "./chunk-TN672BLV.js";

// src/dryrun/app-queries.ts
import path from "node:path";
var APP_QUERY_CAP = 2e3;
var MAX_QUERY_CHARS = 2e4;
var CATALOG_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema", "pg_toast", "performance_schema", "mysql", "sys"]);
var DML = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt"]);
var CODE_EXT = {};
var lexer = (l) => ({ hash: false, slash: false, triple: "", backtick: null, prefixes: false, hashInterpolation: false, heredoc: false, singleQuote: true, concat: "+", adjacent: null, ...l });
for (const ext of ["js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "vue", "svelte"]) CODE_EXT[ext] = lexer({ slash: true, backtick: "template" });
CODE_EXT.py = lexer({ hash: true, triple: "both", prefixes: true, adjacent: "bracketed" });
CODE_EXT.rb = lexer({ hash: true, hashInterpolation: true, heredoc: true, adjacent: "line" });
CODE_EXT.go = lexer({ slash: true, backtick: "raw", singleQuote: false });
CODE_EXT.rs = lexer({ slash: true, singleQuote: false, concat: null });
for (const ext of ["java", "kt", "kts", "scala", "swift"]) CODE_EXT[ext] = lexer({ slash: true, triple: "double", singleQuote: ext !== "java" && ext !== "kt" && ext !== "kts" });
for (const ext of ["cs", "c", "cc", "cpp", "h", "hpp", "dart"]) CODE_EXT[ext] = lexer({ slash: true, singleQuote: ext === "dart", concat: ext === "c" || ext === "h" ? null : "+", adjacent: ext === "cs" ? null : "any" });
CODE_EXT.php = lexer({ slash: true, hash: true, concat: "." });
for (const ext of ["ex", "exs"]) CODE_EXT[ext] = lexer({ hash: true, triple: "double", concat: "<>" });
var SQL_START = /^\s*(?:\(\s*)?(select|insert|update|delete|with)\s/i;
function sqlLiterals(file, text) {
  const ext = path.posix.extname(file).slice(1).toLowerCase();
  const lx = CODE_EXT[ext];
  const literals = [];
  let dynamic = 0;
  if (!lx) return { literals, dynamic };
  const lineStarts = [0];
  for (let i2 = text.indexOf("\n"); i2 !== -1; i2 = text.indexOf("\n", i2 + 1)) lineStarts.push(i2 + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const emit = (value, contentStart, isDynamic) => {
    if (!SQL_START.test(value)) return;
    if (isDynamic) {
      dynamic++;
      return;
    }
    const lead = value.length - value.trimStart().length;
    literals.push({ text: value.trim(), line: lineOf(contentStart) + (value.slice(0, lead).match(/\n/g)?.length ?? 0) });
  };
  const n = text.length;
  let depth = 0;
  const readString = (q, raw, interpolated) => {
    const quote = text[q];
    const triple = (lx.triple === "both" || lx.triple === "double" && quote === '"') && text.startsWith(quote.repeat(3), q);
    const open = triple ? 3 : 1;
    const start = q + open;
    const closer = triple ? quote.repeat(3) : quote;
    let j = start;
    let escaped = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === closer.charCodeAt(0) && (!triple || text.startsWith(closer, j))) {
        const rawValue = text.slice(start, j);
        const value = escaped ? unescape(rawValue) : rawValue;
        const dyn = interpolated || quote === "`" && lx.backtick === "template" && value.includes("${") || lx.hashInterpolation && quote === '"' && value.includes("#{");
        return { value, contentStart: start, end: j + open, dynamic: dyn };
      }
      if (c === 10 && !triple && quote !== "`") return null;
      if (c === 92 && !raw) {
        escaped = true;
        j += 2;
        continue;
      }
      j++;
    }
    return null;
  };
  const literalAt = (k) => {
    let q = k;
    let raw = false;
    let interpolated = false;
    if (lx.prefixes) {
      const m = /^[rRbBuUfF]{1,2}(?=['"])/.exec(text.slice(k, k + 3));
      if (m) {
        raw = /r/i.test(m[0]);
        interpolated = /f/i.test(m[0]);
        q = k + m[0].length;
      }
    }
    const ch = text[q];
    if (ch === '"' || ch === "'" && lx.singleQuote) return { q, raw, interpolated };
    if (ch === "`" && lx.backtick) return { q, raw: lx.backtick === "raw", interpolated };
    return null;
  };
  const skipGap = (k) => {
    let newline = false;
    while (k < n) {
      const c = text[k];
      if (c === " " || c === "	" || c === "\r") k++;
      else if (c === "\n") {
        newline = true;
        k++;
      } else if (c === "\\" && /^\\\r?\n/.test(text.slice(k, k + 3))) k = text.indexOf("\n", k) + 1;
      else if (lx.slash && c === "/" && text[k + 1] === "/") k = text.indexOf("\n", k) === -1 ? n : text.indexOf("\n", k);
      else if (lx.slash && c === "/" && text[k + 1] === "*") k = text.indexOf("*/", k + 2) === -1 ? n : text.indexOf("*/", k + 2) + 2;
      else if (lx.hash && c === "#") k = text.indexOf("\n", k) === -1 ? n : text.indexOf("\n", k);
      else break;
    }
    return { at: k, newline };
  };
  const joined = (first) => {
    let { value, end, dynamic: dyn } = first;
    let tooLong = value.length > MAX_QUERY_CHARS;
    const append = (piece) => {
      if (!tooLong && value.length + piece.value.length <= MAX_QUERY_CHARS) value += piece.value;
      else tooLong = true;
      dyn ||= piece.dynamic;
      end = piece.end;
    };
    for (; ; ) {
      const gap = skipGap(end);
      const op = lx.concat;
      if (op && text.startsWith(op, gap.at) && text[gap.at + op.length] !== "=" && text[gap.at + op.length] !== op[0]) {
        const next2 = literalAt(skipGap(gap.at + op.length).at);
        const piece2 = next2 ? readString(next2.q, next2.raw, next2.interpolated) : null;
        if (!piece2) return { value, end, dynamic: true, tooLong };
        append(piece2);
        continue;
      }
      const adjacentHere = lx.adjacent === "any" || !gap.newline && lx.adjacent !== null || lx.adjacent === "bracketed" && depth > 0;
      const next = adjacentHere ? literalAt(gap.at) : null;
      const piece = next ? readString(next.q, next.raw, next.interpolated) : null;
      if (!piece) return { value, end, dynamic: dyn, tooLong };
      append(piece);
    }
  };
  let i = 0;
  let heredocJump = null;
  const unterminatedFrom = /* @__PURE__ */ new Map();
  while (i < n) {
    if (heredocJump && i >= heredocJump.at) {
      i = Math.max(i, heredocJump.to);
      heredocJump = null;
      continue;
    }
    const ch = text[i];
    if (lx.slash && ch === "/" && text[i + 1] === "/") {
      const e = text.indexOf("\n", i);
      i = e === -1 ? n : e;
      continue;
    }
    if (lx.slash && ch === "/" && text[i + 1] === "*") {
      const e = text.indexOf("*/", i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (lx.hash && ch === "#" && !(lx.hashInterpolation && text[i + 1] === "{")) {
      const e = text.indexOf("\n", i);
      i = e === -1 ? n : e;
      continue;
    }
    if (lx.heredoc && ch === "<" && text.startsWith("<<", i)) {
      const m = /^<<([~-]?)(['"]?)([A-Z_][A-Z0-9_]*)\2/.exec(text.slice(i, i + 80));
      const bodyStart = m ? text.indexOf("\n", i) : -1;
      if (m && bodyStart !== -1 && bodyStart < (unterminatedFrom.get(m[3]) ?? Infinity)) {
        const terminator = new RegExp(`^[ \\t]*${m[3]}[ \\t]*$`, "gm");
        terminator.lastIndex = bodyStart + 1;
        const end = terminator.exec(text);
        if (end) {
          const body = text.slice(bodyStart + 1, end.index);
          emit(body, bodyStart + 1, m[2] !== "'" && body.includes("#{"));
          heredocJump = { at: bodyStart, to: end.index + end[0].length };
          i += m[0].length;
          continue;
        }
        unterminatedFrom.set(m[3], bodyStart);
      }
    }
    const quote = ch === '"' || ch === "'" && lx.singleQuote ? ch : ch === "`" && lx.backtick ? "`" : null;
    if (!quote) {
      if (lx.adjacent === "bracketed") {
        if (ch === "(" || ch === "[" || ch === "{") depth++;
        else if ((ch === ")" || ch === "]" || ch === "}") && depth > 0) depth--;
      }
      i++;
      continue;
    }
    let raw = quote === "`" && lx.backtick === "raw";
    let interpolated = false;
    if (lx.prefixes) {
      let k = i - 1;
      let prefix = "";
      while (k >= 0 && /[rRbBuUfF]/.test(text[k]) && prefix.length < 3) prefix = text[k--] + prefix;
      if (prefix && (k < 0 || !/[A-Za-z0-9_]/.test(text[k]))) {
        raw = /r/i.test(prefix);
        interpolated = /f/i.test(prefix);
      }
    }
    const first = readString(i, raw, interpolated);
    if (!first) {
      i += (lx.triple === "both" || lx.triple === "double" && quote === '"') && text.startsWith(quote.repeat(3), i) ? 3 : 1;
      continue;
    }
    const whole = joined(first);
    if (!whole.tooLong) emit(whole.value, first.contentStart, whole.dynamic);
    i = whole.end;
  }
  return { literals, dynamic };
}
function unescape(raw) {
  return raw.replace(/\\([\s\S])/g, (_, e) => e === "n" ? "\n" : e === "t" ? "	" : e === "r" ? "\r" : e === "\n" ? "" : e);
}
function toDollarParams(sql, style = "dollar") {
  if (style === "dollar" && /\$\d/.test(sql)) return sql;
  const names = /* @__PURE__ */ new Map();
  let next = 0;
  const param = (name) => {
    if (style === "qmark") return "?";
    if (name === null) return `$${++next}`;
    let k = names.get(name);
    if (k === void 0) names.set(name, k = ++next);
    return `$${k}`;
  };
  const psycopg = /%s|%\([A-Za-z_]\w*\)s/.test(sql);
  let out = "";
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && !(sql[j] === c && sql[j + 1] !== c)) j += sql[j] === c ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === "-" && sql[i + 1] === "-") {
      const e = sql.indexOf("\n", i);
      const end = e === -1 ? n : e;
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c === "/" && sql[i + 1] === "*") {
      const e = sql.indexOf("*/", i + 2);
      const end = e === -1 ? n : e + 2;
      out += sql.slice(i, end);
      i = end;
      continue;
    }
    if (c === "$") {
      const m = /^\$([A-Za-z_]\w*)?\$/.exec(sql.slice(i, i + 64));
      if (m) {
        const e = sql.indexOf(m[0], i + m[0].length);
        const end = e === -1 ? n : e + m[0].length;
        out += sql.slice(i, end);
        i = end;
        continue;
      }
    }
    if (psycopg && c === "%") {
      if (sql[i + 1] === "s") {
        out += param(null);
        i += 2;
        continue;
      }
      const m = /^%\(([A-Za-z_]\w*)\)s/.exec(sql.slice(i, i + 80));
      if (m) {
        out += param(m[1]);
        i += m[0].length;
        continue;
      }
      if (sql[i + 1] === "%") {
        out += "%";
        i += 2;
        continue;
      }
    }
    if (style === "dollar" && !psycopg && c === "?" && !/[?|&]/.test(sql[i + 1] ?? "") && sql[i - 1] !== "?") {
      out += param(null);
      i++;
      continue;
    }
    if (c === ":" && sql[i + 1] !== ":" && sql[i - 1] !== ":" && /[A-Za-z_]/.test(sql[i + 1] ?? "") && !/[\w\]]/.test(sql[i - 1] ?? " ")) {
      const m = /^:([A-Za-z_]\w*)/.exec(sql.slice(i, i + 80));
      out += param(m[1]);
      i += m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
function relationsOf(node, out, depth = 0) {
  if (!node || typeof node !== "object" || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) relationsOf(x, out, depth + 1);
    return;
  }
  const rv = node.RangeVar ?? (typeof node.relname === "string" && "relpersistence" in node ? node : null);
  if (rv) out.push(rv);
  for (const v of Object.values(node)) if (v && typeof v === "object") relationsOf(v, out, depth + 1);
}
function classify(pg, text) {
  if (/migration_guard/i.test(text)) return { skip: "migration-guard's own query" };
  let stmts;
  try {
    stmts = pg.parseSync(text).stmts ?? [];
  } catch {
    return { skip: "not parsable as PostgreSQL" };
  }
  if (stmts.length !== 1) return { skip: stmts.length === 0 ? "empty" : "several statements in one text" };
  const [kind] = Object.keys(stmts[0].stmt ?? {});
  if (!kind || !DML.has(kind)) return { skip: "utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)" };
  if (kind === "SelectStmt" && stmts[0].stmt.SelectStmt.intoClause) return { skip: "SELECT INTO" };
  const rels = [];
  relationsOf(stmts[0].stmt, rels);
  if (rels.length === 0) return { skip: "reads no table" };
  if (rels.some((rv) => CATALOG_SCHEMAS.has(String(rv.schemaname ?? "").toLowerCase()) || !rv.schemaname && String(rv.relname ?? "").toLowerCase().startsWith("pg_"))) {
    return { skip: "system catalog query" };
  }
  return { key: text.replace(/\s+/g, " ").trim() };
}
var MYSQL_DML = /^\s*(?:\(\s*)*(select|insert|replace|update|delete|with)\b/i;
var MYSQL_CATALOG = /(?:^|[^\w$])`?(?:information_schema|performance_schema|mysql|sys)`?\s*\.|\bfrom\s+dual\b/i;
function classifyMysql(text) {
  if (/migration_guard/i.test(text)) return { skip: "migration-guard's own query" };
  if (!MYSQL_DML.test(text)) return { skip: "utility statement (not SELECT, INSERT, UPDATE, DELETE or WITH)" };
  if (MYSQL_CATALOG.test(text)) return { skip: "system catalog query" };
  return { key: text.replace(/\s+/g, " ").trim().toLowerCase() };
}
function seconds(from, to) {
  if (!from) return null;
  const s = (Date.parse(to) - Date.parse(from)) / 1e3;
  return Number.isFinite(s) && s > 0 ? s : null;
}
async function collectAppQueries(opts) {
  const mysql = opts.dialect === "mysql";
  const pg = await loadParser();
  const style = mysql ? "qmark" : "dollar";
  const cap = opts.cap ?? APP_QUERY_CAP;
  const byKey = /* @__PURE__ */ new Map();
  const skipped = {};
  const skip = (why) => {
    skipped[why] = (skipped[why] ?? 0) + 1;
  };
  let fromSnapshot = 0;
  let fromCode = 0;
  const add = (text, origin) => {
    const c = mysql ? classifyMysql(text) : classify(pg, text);
    if ("skip" in c) return skip(c.skip);
    const have = byKey.get(c.key);
    if (have) {
      if (have.origins.length < 10) have.origins.push(origin);
      return;
    }
    byKey.set(c.key, { text, origins: [origin] });
    if (origin.kind === "code") fromCode++;
    else fromSnapshot++;
  };
  if (opts.snapshot) {
    const span = seconds(opts.snapshot.statsResetAt, opts.snapshot.capturedAt);
    const source = opts.snapshot.dialect === "mysql" ? "performance_schema" : "pg_stat_statements";
    const statements = [...opts.snapshot.statements].sort((a, b) => b.calls - a.calls);
    for (const st of statements) {
      if (st.query.length > MAX_QUERY_CHARS) {
        skip("longer than 20,000 characters");
        continue;
      }
      add(toDollarParams(st.query, style), { kind: "snapshot", source, calls: st.calls, callsPerSecond: span ? Number((st.calls / span).toPrecision(3)) : null });
    }
  }
  if (opts.scanCode !== false) {
    let dynamic = 0;
    eachCodeFile({ cwd: opts.cwd, include: opts.code.include, exclude: opts.code.exclude, skip: opts.skip }, (rel, buf) => {
      const ext = path.posix.extname(rel).slice(1).toLowerCase();
      if (ext !== "sql" && !CODE_EXT[ext]) return;
      const nul = buf.indexOf(0);
      if (nul !== -1 && nul < 8192) return;
      if (!/select|insert|update|delete/i.test(buf.toString("latin1"))) return;
      const text = buf.toString("utf8");
      if (ext === "sql") {
        if (mysql || SCHEMA_SCRIPT.test(text)) return;
        for (const q of sqlFileQueries(pg, text)) add(q.text, { kind: "code", file: rel, line: q.line });
        return;
      }
      const found = sqlLiterals(rel, text);
      dynamic += found.dynamic;
      for (const lit of found.literals) add(toDollarParams(lit.text, style), { kind: "code", file: rel, line: lit.line });
    });
    if (dynamic) skipped["built at run time (template or interpolated string)"] = dynamic;
  }
  const all = [...byKey.values()];
  return { queries: all.slice(0, cap), found: all.length, cap, fromSnapshot, fromCode, skipped, refused: [] };
}
function sqlFileQueries(pg, text) {
  let stmts;
  try {
    stmts = pg.parseSync(text).stmts ?? [];
  } catch {
    return [];
  }
  const bytes = Buffer.from(text, "utf8");
  const out = [];
  for (const s of stmts) {
    const [kind] = Object.keys(s.stmt ?? {});
    if (!kind || !DML.has(kind)) continue;
    const start = Number(s.stmt_location ?? 0);
    const len = s.stmt_len ? Number(s.stmt_len) : bytes.length - start;
    const raw = bytes.subarray(start, start + len).toString("utf8");
    const lead = raw.length - raw.trimStart().length;
    const before = bytes.subarray(0, start).toString("utf8") + raw.slice(0, lead);
    const body = raw.trim().replace(/^(--[^\n]*\n\s*)+/, "");
    const commentLines = raw.trim().length - body.length ? raw.trim().slice(0, raw.trim().length - body.length).match(/\n/g)?.length ?? 0 : 0;
    out.push({ text: body, line: (before.match(/\n/g)?.length ?? 0) + 1 + commentLines });
  }
  return out;
}
function originLabel(o) {
  if (o.kind === "code") return `${o.file}:${o.line}`;
  return o.callsPerSecond !== null && o.callsPerSecond >= 0.01 ? `${o.source}, ${o.callsPerSecond} calls/s` : `${o.source}, ${o.calls} call${o.calls === 1 ? "" : "s"}`;
}

export {
  APP_QUERY_CAP,
  sqlLiterals,
  toDollarParams,
  collectAppQueries,
  originLabel
};
