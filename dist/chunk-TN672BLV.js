#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  LineIndex,
  isVolatileFunction,
  qualifiedName
} from "./chunk-2EGIIKF2.js";
import {
  commonJsExports
} from "./chunk-YTE2OXMV.js";

// src/timing.ts
import { performance } from "node:perf_hooks";
var Timings = class {
  stages = /* @__PURE__ */ new Map();
  rules = /* @__PURE__ */ new Map();
  add(stage, ms) {
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + ms);
  }
  addRule(id, ms) {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }
  /** Rules by time spent, slowest first. */
  slowestRules(limit = 10) {
    return [...this.rules].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }
  /** A small table for stderr, in the spirit of ESLint's `TIMING=1`. */
  format(limit = 10) {
    const rows = [...this.stages];
    const total = rows.reduce((s, [, ms]) => s + ms, 0);
    const lines = ["Stage                 | Time (ms) | Relative", ...rows.map(([k, ms]) => row(k, ms, total)), ""];
    const ruleTotal = [...this.rules.values()].reduce((s, ms) => s + ms, 0);
    lines.push("Rule                            | Time (ms) | Relative", ...this.slowestRules(limit).map(([k, ms]) => row(k, ms, ruleTotal, 31)));
    return `${lines.join("\n")}
`;
  }
};
function row(name, ms, total, width = 21) {
  const pct = total > 0 ? 100 * ms / total : 0;
  return `${name.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${pct.toFixed(1).padStart(7)}%`;
}
var active = null;
function collectTimings(t) {
  active = t;
}
function activeTimings() {
  return active;
}
function timed(stage, fn) {
  if (!active) return fn();
  const t = active;
  const start = performance.now();
  try {
    return fn();
  } finally {
    t.add(stage, performance.now() - start);
  }
}
function mark() {
  return active ? performance.now() : 0;
}
function since(stage, start) {
  if (active) active.add(stage, performance.now() - start);
}

// src/parse/sql/pg-expr.ts
function funcName(n) {
  const names = n?.funcname ?? [];
  return String(names[names.length - 1]?.String?.sval ?? "").toLowerCase();
}
var TYPE_ALIASES = {
  integer: "int4",
  int: "int4",
  smallint: "int2",
  bigint: "int8",
  serial: "int4",
  bigserial: "int8",
  smallserial: "int2",
  serial4: "int4",
  serial8: "int8",
  serial2: "int2",
  boolean: "bool",
  "character varying": "varchar",
  character: "bpchar",
  char: "bpchar",
  real: "float4",
  "double precision": "float8",
  decimal: "numeric",
  "timestamp with time zone": "timestamptz",
  "timestamp without time zone": "timestamp"
};
function canonicalTypeName(name) {
  const lower = name.toLowerCase();
  return TYPE_ALIASES[lower] ?? lower;
}
var SERIAL_NAMES = /* @__PURE__ */ new Set(["serial", "bigserial", "smallserial", "serial2", "serial4", "serial8"]);
function isSerialTypeName(tn) {
  const names = tn?.names ?? [];
  return names.length === 1 && SERIAL_NAMES.has(String(names[0]?.String?.sval ?? "").toLowerCase());
}
function constValue(n) {
  const c = n?.A_Const;
  if (!c) return null;
  if (c.ival !== void 0) return Number(c.ival.ival ?? 0);
  if (c.sval !== void 0) return String(c.sval.sval ?? "");
  if (c.fval !== void 0) return String(c.fval.fval ?? "");
  if (c.boolval !== void 0) return c.boolval.boolval ? "true" : "false";
  if (c.isnull) return "NULL";
  return null;
}
function typeFromNode(tn) {
  const names = (tn?.names ?? []).map((s) => String(s?.String?.sval ?? ""));
  const raw = names[names.length - 1] ?? "unknown";
  const schema = names.length > 1 ? names[0] : null;
  const name = schema === "pg_catalog" || !schema ? canonicalTypeName(raw) : `${schema}.${raw}`;
  const args = [];
  for (const m of tn?.typmods ?? []) {
    const v = constValue(m);
    if (typeof v === "number") args.push(v);
  }
  const array = Array.isArray(tn?.arrayBounds) && tn.arrayBounds.length > 0;
  const display = SERIAL_NAMES.has(raw.toLowerCase()) ? raw.toLowerCase() : name;
  const text = `${display}${args.length ? `(${args.join(",")})` : ""}${array ? "[]" : ""}`;
  return { name, args, array, text };
}
function operand(n, depth) {
  const text = exprText(n, depth + 1);
  return n?.A_Expr || n?.BoolExpr || n?.NullTest ? `(${text})` : text;
}
function exprText(n, depth = 0) {
  if (!n || depth > 50) return "\u2026";
  if (n.A_Const) {
    const v = constValue(n);
    if (v === null) return "NULL";
    return n.A_Const.sval !== void 0 ? `'${String(v).replace(/'/g, "''")}'` : String(v);
  }
  if (n.FuncCall) {
    const args = (n.FuncCall.args ?? []).map((a) => exprText(a, depth + 1)).join(", ");
    return `${funcName(n.FuncCall)}(${args})`;
  }
  if (n.SQLValueFunction) return String(n.SQLValueFunction.op ?? "").replace(/^SVFOP_/, "").toLowerCase();
  if (n.TypeCast) return `${operand(n.TypeCast.arg, depth)}::${typeFromNode(n.TypeCast.typeName).text}`;
  if (n.ColumnRef) return (n.ColumnRef.fields ?? []).map((f) => f?.String?.sval ?? "*").join(".");
  if (n.A_Expr) {
    const op = (n.A_Expr.name ?? []).map((s) => s?.String?.sval).join("");
    return `${operand(n.A_Expr.lexpr, depth)} ${op} ${operand(n.A_Expr.rexpr, depth)}`;
  }
  if (n.NullTest) return `${exprText(n.NullTest.arg, depth + 1)} ${n.NullTest.nulltesttype === "IS_NOT_NULL" ? "IS NOT NULL" : "IS NULL"}`;
  if (n.BoolExpr) {
    const op = String(n.BoolExpr.boolop ?? "").replace(/_EXPR$/, "");
    const args = (n.BoolExpr.args ?? []).map((a) => a?.BoolExpr ? `(${exprText(a, depth + 1)})` : exprText(a, depth + 1));
    if (op === "NOT") return `NOT ${args[0] ?? ""}`;
    return args.join(` ${op} `);
  }
  if (n.A_ArrayExpr) return `ARRAY[${(n.A_ArrayExpr.elements ?? []).map((a) => exprText(a, depth + 1)).join(", ")}]`;
  return "expression";
}
function isVolatile(n, depth = 0) {
  if (!n || typeof n !== "object" || depth > 200) return false;
  if (Array.isArray(n)) return n.some((x) => isVolatile(x, depth + 1));
  if (n.FuncCall) {
    const name = funcName(n.FuncCall);
    if (isVolatileFunction(name)) return true;
    return isVolatile(n.FuncCall.args, depth + 1);
  }
  for (const v of Object.values(n)) {
    if (v && typeof v === "object" && isVolatile(v, depth + 1)) return true;
  }
  return false;
}
function defaultFromNode(n) {
  return { sql: exprText(n), volatile: isVolatile(n) };
}
function notNullCheckColumn(expr) {
  const t = expr?.NullTest;
  if (!t || t.nulltesttype !== "IS_NOT_NULL") return null;
  const fields = t.arg?.ColumnRef?.fields ?? [];
  const last = fields[fields.length - 1]?.String?.sval;
  return typeof last === "string" ? last : null;
}

// src/parse/sql/pg-splitter.ts
var isWordChar = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c > 127;
function skipTrivia(text, i) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 65279) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? n : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      i = skipBlockComment(text, i).end;
    } else break;
  }
  return i;
}
function skipBlockComment(text, i) {
  let depth = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
      depth++;
      i += 2;
    } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
      depth--;
      i += 2;
      if (depth === 0) return { end: i, closed: true };
    } else i++;
  }
  return { end: n, closed: false };
}
var DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
var COPY_FROM_STDIN = /^copy\b[^;]*\bfrom\s+stdin\b/i;
function endOfLine(text, i) {
  const nl = text.indexOf("\n", i);
  return nl < 0 ? text.length : nl + 1;
}
function skipCopyData(text, i) {
  const n = text.length;
  i = endOfLine(text, i);
  while (i < n) {
    const next = endOfLine(text, i);
    if (next - i <= 8 && text.slice(i, next).trimEnd() === "\\.") return next;
    i = next;
  }
  return n;
}
function splitPostgres(text) {
  const chunks = [];
  const n = text.length;
  let i = skipTrivia(text, 0);
  while (i < n) {
    if (text.charCodeAt(i) === 92) {
      i = skipTrivia(text, endOfLine(text, i));
      continue;
    }
    const start = i;
    let depth = 0;
    let maxDepth = 0;
    let unterminated = null;
    let atomicDepth = 0;
    let caseDepth = 0;
    let prevWord = "";
    let end = n;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 59 && atomicDepth === 0) {
        end = i + 1;
        i++;
        break;
      }
      if (c === 92 && atomicDepth === 0) {
        end = i;
        i = endOfLine(text, i);
        break;
      }
      if (c === 40) {
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        i++;
      } else if (c === 41) {
        depth--;
        i++;
      } else if (c === 39) {
        const escapes = i > start && (text.charCodeAt(i - 1) === 69 || text.charCodeAt(i - 1) === 101) && !isWordChar(text.charCodeAt(i - 2));
        i++;
        let closed = false;
        while (i < n) {
          const d = text.charCodeAt(i);
          if (escapes && d === 92) i += 2;
          else if (d === 39) {
            if (text.charCodeAt(i + 1) === 39) i += 2;
            else {
              i++;
              closed = true;
              break;
            }
          } else i++;
        }
        if (!closed) unterminated = "string literal";
      } else if (c === 34) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) {
          unterminated = "quoted identifier";
          i = n;
        } else {
          i = close + 1;
          while (text.charCodeAt(i) === 34) {
            const next = text.indexOf('"', i + 1);
            if (next < 0) {
              unterminated = "quoted identifier";
              i = n;
              break;
            }
            i = next + 1;
          }
        }
      } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
        const nl = text.indexOf("\n", i);
        i = nl < 0 ? n : nl + 1;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const r = skipBlockComment(text, i);
        if (!r.closed) unterminated = "block comment";
        i = r.end;
      } else if (c === 36 && !(i > start && isWordChar(text.charCodeAt(i - 1)))) {
        DOLLAR_TAG.lastIndex = i;
        const m = DOLLAR_TAG.exec(text);
        if (m) {
          const close = text.indexOf(m[0], i + m[0].length);
          if (close < 0) {
            unterminated = `dollar-quoted string ${m[0]}`;
            i = n;
          } else i = close + m[0].length;
        } else i++;
      } else if (isWordChar(c) && !(c >= 48 && c <= 57)) {
        let j = i + 1;
        while (j < n && isWordChar(text.charCodeAt(j))) j++;
        if (j - i <= 6) {
          const word = text.slice(i, j).toLowerCase();
          if (word === "atomic" && prevWord === "begin") atomicDepth++;
          else if (atomicDepth > 0 && word === "case") caseDepth++;
          else if (atomicDepth > 0 && word === "end") {
            if (caseDepth > 0) caseDepth--;
            else atomicDepth--;
          }
          prevWord = word;
        } else prevWord = "";
        i = j;
      } else i++;
    }
    if (end === n || text.charCodeAt(end) === 92) while (end > start && /\s/.test(text[end - 1])) end--;
    const chunk = text.slice(start, end);
    chunks.push({ text: chunk, start, end, maxDepth, unterminated });
    if (COPY_FROM_STDIN.test(chunk)) i = skipCopyData(text, i);
    i = skipTrivia(text, i);
  }
  return chunks;
}

// src/parse/sql/pg-wasm.ts
function isWasmTrap(e) {
  return e instanceof RangeError || typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError;
}
var failed = (s) => /^(syntax error|deparse error|ERROR)/.test(s);
var PgSyntaxError = class extends Error {
  constructor(message, sqlDetails) {
    super(message);
    this.sqlDetails = sqlDetails;
  }
  sqlDetails;
};
async function freshPgParser() {
  const factoryModule = await import("./chunk-WAMHZVT3.js");
  const factory = commonJsExports(factoryModule, "default").default;
  const m = await factory();
  const withString = (sql, use) => {
    const len = m.lengthBytesUTF8(sql) + 1;
    const ptr = m._malloc(len);
    try {
      m.stringToUTF8(sql, ptr, len);
      return use(ptr);
    } finally {
      m._free(ptr);
    }
  };
  const stringResult = (ptr, fn, isError, json = true) => {
    const result = m[fn](ptr);
    try {
      const text = m.UTF8ToString(result);
      if (isError(text)) throw new Error(text);
      return json ? JSON.parse(text) : text;
    } finally {
      if (result) m._wasm_free_string(result);
    }
  };
  return {
    parseSync(sql) {
      if (sql === "") throw new Error("Query cannot be empty");
      return withString(sql, (ptr) => {
        const result = m._wasm_parse_query_raw(ptr);
        if (!result) throw new Error("Failed to parse query: memory allocation failed");
        try {
          const tree = m.getValue(result, "i32");
          const error = m.getValue(result + 8, "i32");
          if (error) {
            const message = m.getValue(error, "i32");
            const cursor = m.getValue(error + 16, "i32");
            throw new PgSyntaxError(message ? m.UTF8ToString(message) : "syntax error", { cursorPosition: cursor > 0 ? cursor - 1 : 0 });
          }
          if (!tree) throw new Error("No parse tree generated");
          return JSON.parse(m.UTF8ToString(tree));
        } finally {
          m._wasm_free_parse_result(result);
        }
      });
    },
    parsePlPgSQLSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, "_wasm_parse_plpgsql", (s) => !s.startsWith("{")));
    },
    scanSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, "_wasm_scan", failed));
    },
    fingerprintSync(sql) {
      return withString(sql, (ptr) => stringResult(ptr, "_wasm_fingerprint", failed, false));
    }
  };
}

// src/parse/sql/postgres.ts
var parser = null;
var generation = 0;
var trapped = false;
function loadParser() {
  parser ??= freshPgParser();
  return parser;
}
async function replaceTrappedParser() {
  trapped = false;
  generation++;
  parser = freshPgParser();
  return parser;
}
var MAX_NESTING = 1e3;
var MAX_STATEMENT_CHARS = 8 * 1024 * 1024;
function byteToCharOffset(text, byteOffset) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return i;
    const c = text.charCodeAt(i);
    if (c < 128) bytes += 1;
    else if (c < 2048) bytes += 2;
    else if (c >= 55296 && c <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return text.length;
}
function locOf(pos, start, end) {
  const line = pos.index.line(start);
  const endLine = pos.index.line(Math.max(start, end - 1));
  const column = line === 1 ? pos.origin.column + pos.index.column(start) - 1 : pos.index.column(start);
  return { file: pos.origin.file, line: pos.origin.line + line - 1, endLine: pos.origin.line + endLine - 1, column };
}
async function lowerPostgresSql(text, origin) {
  let pg = await loadParser();
  const pos = { index: new LineIndex(text), origin };
  const ops = [];
  const chunks = splitPostgres(text);
  let batch = [];
  let batchChars = 0;
  const flush = async () => {
    if (batch.length > 0 && !lowerBatch(pg, batch, pos, ops)) {
      for (const c of batch) {
        if (trapped) pg = await replaceTrappedParser();
        lowerChunk(pg, c, pos, ops, 0);
      }
    }
    batch = [];
    batchChars = 0;
    if (trapped) pg = await replaceTrappedParser();
  };
  for (const chunk of chunks) {
    if (!batchable(chunk)) {
      await flush();
      lowerChunk(pg, chunk, pos, ops, 0);
      if (trapped) pg = await replaceTrappedParser();
      continue;
    }
    batch.push(chunk);
    batchChars += chunk.text.length;
    if (batch.length >= BATCH_STATEMENTS || batchChars >= BATCH_CHARS || !chunk.text.endsWith(";")) await flush();
  }
  await flush();
  return { ops: qualifySearchPath(ops), statements: chunks.length };
}
function qualifySearchPath(ops) {
  let schema = null;
  const q = (name) => schema && name !== "" && !name.includes(".") ? `${schema}.${name}` : name;
  const qRef = (x) => x.references ? { ...x, references: { ...x.references, table: q(x.references.table) } } : x;
  return ops.map((op) => {
    if (op.kind === "other" && op.statement === "VariableSetStmt" && op.object?.startsWith("search_path=")) {
      const first = op.object.slice("search_path=".length);
      schema = first === "public" || first === "$user" || first === "pg_catalog" || first === "" ? null : first;
      return op;
    }
    if (!schema) return op;
    const out = { ...op };
    if ("table" in op && typeof op.table === "string") out.table = q(op.table);
    if (op.kind === "renameTable") out.newName = q(op.newName);
    if (op.kind === "truncate") out.tables = op.tables.map(q);
    if (op.kind === "reindex" && op.target === "table") out.name = q(op.name);
    if (op.kind === "createTable") {
      out.columns = op.columns.map(qRef);
      out.constraints = op.constraints.map(qRef);
    }
    if (op.kind === "addColumn") out.column = qRef(op.column);
    if (op.kind === "addConstraint") out.constraint = qRef(op.constraint);
    if (op.kind === "other" && op.lock) out.lock = { ...op.lock, tables: op.lock.tables.map(q) };
    return out;
  });
}
var BATCH_STATEMENTS = 16;
var BATCH_CHARS = 16 * 1024;
function batchable(chunk) {
  return !chunk.unterminated && chunk.maxDepth <= MAX_NESTING && chunk.text.length < BATCH_CHARS && !chunk.text.startsWith("\\") && !chunk.text.includes("\0");
}
function lowerBatch(pg, batch, pos, ops) {
  if (batch.length === 1) return false;
  let stmts;
  try {
    stmts = timed("parse", () => pg.parseSync(batch.map((c) => c.text).join("\n")).stmts ?? []);
  } catch (e) {
    if (isWasmTrap(e)) trapped = true;
    return false;
  }
  if (stmts.length !== batch.length) return false;
  let byteStart = 0;
  for (let i = 0; i < batch.length; i++) {
    const byteEnd = byteStart + Buffer.byteLength(batch[i].text) + 1;
    const at = Number(stmts[i].stmt_location ?? 0);
    if (at < byteStart - 1 || at >= byteEnd) return false;
    byteStart = byteEnd;
  }
  for (let i = 0; i < batch.length; i++) {
    const c = batch[i];
    const stmt = stmts[i].stmt;
    if (stmt) lowerStatement(pg, stmt, { text: c.text, loc: locOf(pos, c.start, c.end), chunkStart: c.start }, pos, ops, 0);
  }
  return true;
}
function unparsed(loc, message, sql) {
  return { kind: "unparsed", reason: "parse", message, loc, ...sql !== void 0 ? { sql: sql.slice(0, 2e3) } : {} };
}
function lowerChunk(pg, chunk, pos, ops, depth) {
  const loc = locOf(pos, chunk.start, chunk.end);
  if (chunk.unterminated) {
    ops.push(unparsed(loc, `unterminated ${chunk.unterminated}: the statement never ends`, chunk.text));
    return;
  }
  if (chunk.text.includes("\0")) {
    ops.push(unparsed(loc, "the statement contains a NUL byte", chunk.text));
    return;
  }
  if (chunk.maxDepth > MAX_NESTING) {
    ops.push(unparsed(loc, `nesting ${chunk.maxDepth} parentheses deep exceeds the limit of ${MAX_NESTING}`, chunk.text));
    return;
  }
  if (chunk.text.length > MAX_STATEMENT_CHARS) {
    ops.push(unparsed(loc, `statement of ${chunk.text.length} characters is too large to analyse`, chunk.text));
    return;
  }
  if (chunk.text.startsWith("\\")) return;
  let stmts;
  try {
    stmts = timed("parse", () => pg.parseSync(chunk.text).stmts ?? []);
  } catch (e) {
    if (isWasmTrap(e)) {
      trapped = true;
      ops.push(unparsed(loc, "too deeply nested for the parser (its stack overflowed); the statements after it are still checked", chunk.text));
      return;
    }
    const err = e;
    const cursor = err.sqlDetails?.cursorPosition;
    const at = typeof cursor === "number" && cursor >= 0 ? chunk.start + byteToCharOffset(chunk.text, cursor) : chunk.start;
    const where = locOf(pos, chunk.start, chunk.end);
    const errLine = pos.origin.line + pos.index.line(at) - 1;
    const detail = errLine !== where.line ? ` (at line ${errLine})` : "";
    ops.push(unparsed(where, `${err.message ?? "syntax error"}${detail}`, chunk.text));
    return;
  }
  for (const s of stmts) {
    const stmt = s.stmt;
    if (!stmt) continue;
    lowerStatement(pg, stmt, { text: chunk.text, loc, chunkStart: chunk.start }, pos, ops, depth);
  }
}
function rel(r) {
  return qualifiedName(r?.schemaname, String(r?.relname ?? ""));
}
function relationsIn(query) {
  const out = /* @__PURE__ */ new Set();
  const stack = [query];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "RangeVar") out.add(rel(value));
        else stack.push(value);
      }
    }
  }
  return [...out];
}
function nameList(items) {
  const parts = (items ?? []).map((i) => String(i?.String?.sval ?? ""));
  const name = parts.pop() ?? "";
  return qualifiedName(parts.pop(), name);
}
function strings(items) {
  return (items ?? []).map((i) => String(i?.String?.sval ?? i?.IndexElem?.name ?? exprText(i?.IndexElem?.expr)));
}
function constraintKind(contype) {
  switch (contype) {
    case "CONSTR_FOREIGN":
      return "foreignKey";
    case "CONSTR_CHECK":
      return "check";
    case "CONSTR_UNIQUE":
      return "unique";
    case "CONSTR_PRIMARY":
      return "primaryKey";
    case "CONSTR_EXCLUSION":
      return "exclusion";
    default:
      return null;
  }
}
function constraintSpec(c, columnName) {
  const kind = constraintKind(c.contype);
  if (!kind) return null;
  const columns = c.keys?.length ? strings(c.keys) : c.fk_attrs?.length ? strings(c.fk_attrs) : columnName ? [columnName] : [];
  const notNullColumn = kind === "check" ? notNullCheckColumn(c.raw_expr) : null;
  return {
    name: c.conname ?? null,
    kind,
    columns,
    notValid: Boolean(c.skip_validation),
    usingIndex: c.indexname ?? null,
    references: c.pktable ? { table: rel(c.pktable), columns: strings(c.pk_attrs) } : null,
    expression: c.raw_expr ? exprText(c.raw_expr) : null,
    notNullColumn
  };
}
function columnSpec(def) {
  const column = {
    name: String(def.colname ?? ""),
    type: def.typeName ? typeFromNode(def.typeName) : null,
    notNull: false,
    default: null,
    identity: isSerialTypeName(def.typeName)
  };
  const constraints = [];
  for (const wrapped of def.constraints ?? []) {
    const c = wrapped.Constraint;
    if (!c) continue;
    switch (c.contype) {
      case "CONSTR_NOTNULL":
        column.notNull = true;
        break;
      case "CONSTR_NULL":
        column.notNull = false;
        break;
      case "CONSTR_DEFAULT":
        column.default = defaultFromNode(c.raw_expr);
        break;
      case "CONSTR_IDENTITY":
        column.identity = true;
        column.notNull = true;
        break;
      case "CONSTR_GENERATED":
        if (c.generated_kind !== "v") column.generatedStored = true;
        break;
      case "CONSTR_PRIMARY":
        column.primaryKey = true;
        column.notNull = true;
        constraints.push(constraintSpec(c, column.name));
        break;
      case "CONSTR_UNIQUE":
        column.unique = true;
        constraints.push(constraintSpec(c, column.name));
        break;
      case "CONSTR_FOREIGN":
        column.references = { table: rel(c.pktable), columns: strings(c.pk_attrs) };
        constraints.push(constraintSpec(c, column.name));
        break;
      default: {
        const spec = constraintSpec(c, column.name);
        if (spec) constraints.push(spec);
      }
    }
  }
  if (column.identity && column.type && column.type.text.includes("serial")) column.notNull = true;
  return { column, constraints };
}
function optionOn(def) {
  const arg = def?.arg;
  if (!arg) return true;
  if (arg.Integer) return Number(arg.Integer.ival ?? 0) !== 0;
  if (arg.Boolean) return Boolean(arg.Boolean.boolval);
  const v = String(arg.String?.sval ?? "").toLowerCase();
  return !(v === "false" || v === "off" || v === "0");
}
function lockTimeoutMs(node) {
  if (node.kind === "VAR_RESET" || node.kind === "VAR_SET_DEFAULT") return null;
  const arg = node.args?.[0]?.A_Const;
  if (!arg) return null;
  if (arg.ival !== void 0) return Number(arg.ival.ival ?? 0) || null;
  const s = String(arg.sval?.sval ?? arg.fval?.fval ?? "").trim().toLowerCase();
  const m = /^([\d.]+)\s*(ms|s|min|h|d)?$/.exec(s);
  if (!m) return null;
  const factor = { ms: 1, s: 1e3, min: 6e4, h: 36e5, d: 864e5 };
  const ms = Number(m[1]) * factor[m[2] ?? "ms"];
  return ms > 0 ? ms : null;
}
var MAX_IDENTIFIER_BYTES = 63;
function cutIdentifier(name) {
  let bytes = 0;
  let out = "";
  for (const ch of name) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > MAX_IDENTIFIER_BYTES) break;
    bytes += b;
    out += ch;
  }
  return out;
}
function longIdentifiers(text) {
  if (text.length < 22) return null;
  let out = null;
  for (const m of text.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]{21,}/g)) {
    const written = m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[0].replace(/[A-Z]+/g, (c) => c.toLowerCase());
    if (Buffer.byteLength(written) <= MAX_IDENTIFIER_BYTES) continue;
    out ??= {};
    const list = out[cutIdentifier(written)] ??= [];
    if (!list.includes(written)) list.push(written);
  }
  return out;
}
function lowerStatement(pg, stmt, src, pos, ops, depth) {
  const first = ops.length;
  lowerStatementOps(pg, stmt, src, pos, ops, depth);
  const written = longIdentifiers(src.text);
  if (written) {
    for (let i = first; i < ops.length; i++) if (ops[i].sql !== void 0 && ops[i].loc === src.loc) ops[i].writtenNames = written;
  }
}
function lowerStatementOps(pg, stmt, src, pos, ops, depth) {
  const base = { loc: src.loc, sql: src.text.length > 4e3 ? `${src.text.slice(0, 4e3)}\u2026` : src.text };
  const at = (fields) => ({ loc: base.loc, sql: base.sql, ...fields });
  const [type] = Object.keys(stmt);
  const n = stmt[type];
  const other = (object = null) => ops.push(at({ kind: "other", statement: type, object }));
  switch (type) {
    case "CreateStmt": {
      const table = rel(n.relation);
      const columns = [];
      const constraints = [];
      for (const el of n.tableElts ?? []) {
        if (el.ColumnDef) {
          const r = columnSpec(el.ColumnDef);
          columns.push(r.column);
          constraints.push(...r.constraints);
        } else if (el.Constraint) {
          const spec = constraintSpec(el.Constraint);
          if (spec) constraints.push(spec);
          if (spec?.kind === "primaryKey") {
            for (const c of columns) if (spec.columns.includes(c.name)) c.notNull = true;
          }
        }
      }
      ops.push(at({ kind: "createTable", table, columns, constraints, ifNotExists: Boolean(n.if_not_exists), conditional: Boolean(n.if_not_exists), ...n.partspec ? { partitioned: true } : {} }));
      return;
    }
    case "CreateTableAsStmt":
      if (n.objtype === "OBJECT_TABLE" || n.objtype === void 0) {
        const reads = n.query ? relationsIn(n.query) : [];
        ops.push(at({ kind: "createTable", table: rel(n.into?.rel), columns: [], constraints: [], ifNotExists: Boolean(n.if_not_exists), asSelect: true, ...reads.length ? { reads } : {} }));
      } else other(rel(n.into?.rel));
      return;
    case "DropStmt": {
      const ifExists = Boolean(n.missing_ok);
      for (const obj of n.objects ?? []) {
        const items = obj.List?.items ?? (obj.String ? [obj] : obj.TypeName?.names ?? []);
        const name = nameList(items);
        switch (n.removeType) {
          case "OBJECT_TABLE":
            ops.push(at({ kind: "dropTable", table: name, ifExists, cascade: n.behavior === "DROP_CASCADE", conditional: ifExists }));
            break;
          case "OBJECT_INDEX":
            ops.push(at({ kind: "dropIndex", name, table: null, concurrently: Boolean(n.concurrent), ifExists, conditional: ifExists }));
            break;
          case "OBJECT_SCHEMA":
            ops.push(at({ kind: "dropSchema", target: "schema", name }));
            break;
          case "OBJECT_TYPE":
            ops.push(at({ kind: "dropEnum", name, ifExists }));
            break;
          case "OBJECT_TRIGGER":
          case "OBJECT_POLICY":
          case "OBJECT_RULE":
            ops.push(at({ kind: "other", statement: type, object: name, lock: { mode: "ACCESS EXCLUSIVE", tables: [nameList(items.slice(0, -1))] } }));
            break;
          default:
            other(name);
        }
      }
      return;
    }
    case "DropdbStmt":
      ops.push(at({ kind: "dropSchema", target: "database", name: String(n.dbname ?? "") }));
      return;
    case "RenameStmt":
      if (n.renameType === "OBJECT_TABLE") ops.push(at({ kind: "renameTable", table: rel(n.relation), newName: qualifiedName(n.relation?.schemaname, String(n.newname)) }));
      else if (n.renameType === "OBJECT_COLUMN" && n.relationType === "OBJECT_TABLE") {
        ops.push(at({ kind: "renameColumn", table: rel(n.relation), column: String(n.subname), newName: String(n.newname) }));
      } else if (n.renameType === "OBJECT_TYPE" && n.object?.List?.items) {
        ops.push(at({ kind: "other", statement: type, object: nameList(n.object.List.items), typeRenamedTo: String(n.newname) }));
      } else other(n.relation ? rel(n.relation) : null);
      return;
    case "AlterTableStmt":
      if (n.objtype !== "OBJECT_TABLE") {
        other(rel(n.relation));
        return;
      }
      lowerAlterTable(n, base, ops);
      return;
    case "IndexStmt":
      ops.push(at({
        kind: "createIndex",
        name: n.idxname ?? null,
        table: rel(n.relation),
        columns: strings(n.indexParams),
        unique: Boolean(n.unique),
        concurrently: Boolean(n.concurrent),
        ifNotExists: Boolean(n.if_not_exists),
        where: n.whereClause ? exprText(n.whereClause) : null,
        method: n.accessMethod ?? null,
        // The parser leaves `inh` out for ON ONLY.
        ...n.relation && !n.relation.inh ? { only: true } : {}
      }));
      return;
    case "ReindexStmt": {
      const kinds = {
        REINDEX_OBJECT_INDEX: "index",
        REINDEX_OBJECT_TABLE: "table",
        REINDEX_OBJECT_SCHEMA: "schema",
        REINDEX_OBJECT_DATABASE: "database",
        REINDEX_OBJECT_SYSTEM: "system"
      };
      const concurrently = (n.params ?? []).some((p) => p.DefElem?.defname === "concurrently" && optionOn(p.DefElem));
      ops.push(at({ kind: "reindex", target: kinds[n.kind] ?? "table", name: n.relation ? rel(n.relation) : String(n.name ?? ""), concurrently }));
      return;
    }
    case "CommentStmt": {
      const items = n.object?.List?.items ?? [];
      if (n.objtype === "OBJECT_COLUMN" && items.length >= 2) {
        const column = String(items[items.length - 1]?.String?.sval ?? "");
        ops.push(at({ kind: "comment", target: "column", table: nameList(items.slice(0, -1)), column, text: n.comment ?? null }));
      } else if (n.objtype === "OBJECT_TABLE") {
        ops.push(at({ kind: "comment", target: "table", table: nameList(items), column: null, text: n.comment ?? null }));
      } else other();
      return;
    }
    case "CreateEnumStmt":
      ops.push(at({ kind: "createEnum", name: nameList(n.typeName), values: strings(n.vals) }));
      return;
    case "AlterEnumStmt":
      if (n.oldVal) ops.push(at({ kind: "alterEnum", name: nameList(n.typeName), action: "renameValue", value: String(n.oldVal), newValue: String(n.newVal) }));
      else ops.push(at({ kind: "alterEnum", name: nameList(n.typeName), action: "addValue", value: String(n.newVal), newValue: null, conditional: Boolean(n.skipIfNewValExists) }));
      return;
    case "VariableSetStmt":
      if (n.name === "lock_timeout") ops.push(at({ kind: "setLockTimeout", ms: lockTimeoutMs(n), local: Boolean(n.is_local) }));
      else if (n.name === "search_path") {
        const first = n.kind === "VAR_SET_VALUE" ? n.args?.[0]?.A_Const?.sval?.sval ?? null : null;
        other(`search_path=${first ?? "public"}`);
      } else if (n.name === "timezone") {
        const value = n.kind === "VAR_SET_VALUE" ? n.args?.[0]?.A_Const?.sval?.sval ?? n.args?.[0]?.A_Const?.ival?.ival ?? (n.args?.[0]?.A_Const?.ival ? 0 : null) : null;
        other(`timezone${n.is_local ? " local" : ""}=${value ?? ""}`);
      } else if (n.kind === "VAR_SET_MULTI" && n.name === "TRANSACTION") other();
      else other();
      return;
    case "TransactionStmt": {
      const k = String(n.kind);
      if (k === "TRANS_STMT_BEGIN" || k === "TRANS_STMT_START") ops.push(at({ kind: "transaction", action: "begin" }));
      else if (k === "TRANS_STMT_COMMIT") ops.push(at({ kind: "transaction", action: "commit" }));
      else if (k === "TRANS_STMT_ROLLBACK") ops.push(at({ kind: "transaction", action: "rollback" }));
      else other();
      return;
    }
    case "UpdateStmt":
      ops.push(at({ kind: "dml", action: "update", table: rel(n.relation), hasWhere: Boolean(n.whereClause), ...updateDerives(n) }));
      return;
    case "DeleteStmt":
      ops.push(at({ kind: "dml", action: "delete", table: rel(n.relation), hasWhere: Boolean(n.whereClause) }));
      return;
    case "InsertStmt": {
      const reads = n.selectStmt ? relationsIn(n.selectStmt) : [];
      ops.push(at({ kind: "dml", action: "insert", table: rel(n.relation), hasWhere: true, ...reads.length ? { reads } : {} }));
      return;
    }
    case "TruncateStmt":
      ops.push(at({ kind: "truncate", tables: (n.relations ?? []).map((r) => rel(r.RangeVar)) }));
      return;
    case "VacuumStmt": {
      if (!n.is_vacuumcmd) {
        other();
        return;
      }
      const full = (n.options ?? []).some((o) => o.DefElem?.defname === "full" && optionOn(o.DefElem));
      const rels = n.rels ?? [];
      if (rels.length === 0) ops.push(at({ kind: "vacuum", full, table: null }));
      for (const r of rels) ops.push(at({ kind: "vacuum", full, table: rel(r.VacuumRelation?.relation) }));
      return;
    }
    case "ClusterStmt":
      ops.push(at({ kind: "cluster", table: n.relation ? rel(n.relation) : null }));
      return;
    case "DoStmt":
      lowerDoBlock(pg, n, src, pos, ops, depth);
      return;
    case "ViewStmt":
      other(rel(n.view));
      return;
    case "CreateTrigStmt":
      ops.push(at({ kind: "other", statement: type, object: null, lock: { mode: "SHARE ROW EXCLUSIVE", tables: [rel(n.relation)] } }));
      return;
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      ops.push(at({ kind: "other", statement: type, object: null, lock: { mode: "ACCESS EXCLUSIVE", tables: [rel(n.table)] } }));
      return;
    case "RuleStmt":
      ops.push(at({ kind: "other", statement: type, object: null, lock: { mode: "ACCESS EXCLUSIVE", tables: [rel(n.relation)] } }));
      return;
    case "LockStmt": {
      const mode = LOCK_STMT_MODES[Number(n.mode ?? 8)] ?? "ACCESS EXCLUSIVE";
      ops.push(at({ kind: "other", statement: type, object: null, lock: { mode, tables: (n.relations ?? []).map((r) => rel(r.RangeVar)) } }));
      return;
    }
    case "CreateSeqStmt":
      other(rel(n.sequence));
      return;
    default:
      other();
  }
}
var LOCK_STMT_MODES = {
  1: "ACCESS SHARE",
  2: "ROW SHARE",
  3: "ROW EXCLUSIVE",
  4: "SHARE UPDATE EXCLUSIVE",
  5: "SHARE",
  6: "SHARE ROW EXCLUSIVE",
  7: "EXCLUSIVE",
  8: "ACCESS EXCLUSIVE"
};
var LIGHT_RELOPTIONS = /^(fillfactor|parallel_workers|toast_tuple_target|autovacuum_.*|toast\..*|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration)$/;
function alterTableLock(cmd, table) {
  switch (String(cmd.subtype)) {
    case "AT_EnableTrig":
    case "AT_EnableAlwaysTrig":
    case "AT_EnableReplicaTrig":
    case "AT_DisableTrig":
    case "AT_EnableTrigAll":
    case "AT_DisableTrigAll":
    case "AT_EnableTrigUser":
    case "AT_DisableTrigUser":
      return { mode: "SHARE ROW EXCLUSIVE", tables: [table] };
    case "AT_EnableRowSecurity":
    case "AT_DisableRowSecurity":
    case "AT_ForceRowSecurity":
    case "AT_NoForceRowSecurity":
    case "AT_ChangeOwner":
    case "AT_EnableRule":
    case "AT_EnableAlwaysRule":
    case "AT_EnableReplicaRule":
    case "AT_DisableRule":
      return { mode: "ACCESS EXCLUSIVE", tables: [table] };
    case "AT_AttachPartition":
      return { mode: "SHARE UPDATE EXCLUSIVE", tables: [table] };
    case "AT_DetachPartition":
    case "AT_DetachPartitionFinalize": {
      const p = cmd.def?.PartitionCmd;
      const partition = p?.name ? rel(p.name) : null;
      const tables = partition ? [table, partition] : [table];
      return p?.concurrent || cmd.subtype === "AT_DetachPartitionFinalize" ? { mode: "SHARE UPDATE EXCLUSIVE", tables } : { mode: "ACCESS EXCLUSIVE", tables };
    }
    case "AT_SetRelOptions":
    case "AT_ResetRelOptions": {
      const names = (cmd.def?.List?.items ?? []).map((d) => `${d?.DefElem?.defnamespace ? `${d.DefElem.defnamespace}.` : ""}${String(d?.DefElem?.defname ?? "")}`);
      return { mode: names.length > 0 && names.every((name) => LIGHT_RELOPTIONS.test(name)) ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", tables: [table] };
    }
    default:
      return null;
  }
}
function partitionChange(cmd) {
  const subtype = String(cmd.subtype);
  if (subtype !== "AT_AttachPartition" && subtype !== "AT_DetachPartition" && subtype !== "AT_DetachPartitionFinalize") return null;
  const p = cmd.def?.PartitionCmd;
  if (!p?.name) return null;
  return { action: subtype === "AT_AttachPartition" ? "attach" : "detach", partition: rel(p.name), concurrently: Boolean(p.concurrent), finalize: subtype === "AT_DetachPartitionFinalize" };
}
function lowerAlterTable(n, base, ops) {
  const table = rel(n.relation);
  const conditional = Boolean(n.missing_ok);
  const at = (fields) => conditional ? { loc: base.loc, sql: base.sql, conditional, ...fields } : { loc: base.loc, sql: base.sql, ...fields };
  for (const wrapped of n.cmds ?? []) {
    const cmd = wrapped.AlterTableCmd;
    if (!cmd) continue;
    const column = String(cmd.name ?? "");
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const r = columnSpec(cmd.def?.ColumnDef ?? {});
        ops.push(at({ kind: "addColumn", table, column: r.column, ifNotExists: Boolean(cmd.missing_ok) }));
        for (const c of r.constraints) {
          ops.push(at({ kind: "addConstraint", table, constraint: c }));
        }
        break;
      }
      case "AT_DropColumn":
        ops.push(at({ kind: "dropColumn", table, column, ifExists: Boolean(cmd.missing_ok) }));
        break;
      case "AT_AlterColumnType": {
        const def = cmd.def?.ColumnDef;
        ops.push(at({ kind: "alterColumnType", table, column, type: typeFromNode(def?.typeName), using: def?.raw_default ? exprText(def.raw_default) : null }));
        break;
      }
      case "AT_SetNotNull":
        ops.push(at({ kind: "setNotNull", table, column }));
        break;
      case "AT_DropNotNull":
        ops.push(at({ kind: "dropNotNull", table, column }));
        break;
      case "AT_ColumnDefault":
        if (cmd.def) ops.push(at({ kind: "setDefault", table, column, default: defaultFromNode(cmd.def) }));
        else ops.push(at({ kind: "dropDefault", table, column }));
        break;
      case "AT_AddConstraint": {
        const spec = cmd.def?.Constraint ? constraintSpec(cmd.def.Constraint) : null;
        if (spec) ops.push(at({ kind: "addConstraint", table, constraint: spec }));
        else ops.push(at({ kind: "other", statement: "AlterTableStmt", object: table }));
        break;
      }
      case "AT_ValidateConstraint":
        ops.push(at({ kind: "validateConstraint", table, name: column }));
        break;
      case "AT_DropConstraint":
        ops.push(at({ kind: "dropConstraint", table, name: column, ifExists: Boolean(cmd.missing_ok) }));
        break;
      case "AT_DropIdentity":
        ops.push(at({ kind: "dropDefault", table, column, identity: true }));
        break;
      case "AT_AddIdentity": {
        ops.push(at({ kind: "alterTableOption", table, option: "identity", detail: `ADD GENERATED AS IDENTITY on ${column}` }));
        break;
      }
      case "AT_SetLogged":
      case "AT_SetUnLogged":
      case "AT_SetAccessMethod":
      case "AT_SetTableSpace":
        ops.push(at({ kind: "alterTableOption", table, option: String(cmd.subtype).replace(/^AT_/, ""), detail: String(cmd.subtype) }));
        break;
      default: {
        const lock = alterTableLock(cmd, table);
        const partition = partitionChange(cmd);
        ops.push(at({ kind: "other", statement: `AlterTableStmt:${String(cmd.subtype)}`, object: table, ...lock ? { lock } : {}, ...partition ? { partition } : {} }));
      }
    }
  }
}
function lowerDoBlock(pg, n, src, pos, ops, depth) {
  const lang = (n.args ?? []).find((a) => a.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
  const body = (n.args ?? []).find((a) => a.DefElem?.defname === "as")?.DefElem?.arg?.String?.sval;
  if (body === void 0 || lang && lang !== "plpgsql" || depth > 3) {
    ops.push({ loc: src.loc, sql: src.text, kind: "other", statement: "DoStmt", object: null });
    return;
  }
  const bodyOffset = src.text.indexOf(body);
  const bodyStart = src.chunkStart + Math.max(0, bodyOffset);
  let parsed;
  try {
    parsed = pg.parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS $migration_guard$${body}$migration_guard$`);
  } catch (e) {
    ops.push(unparsed(src.loc, `PL/pgSQL in DO block: ${e.message}`, src.text));
    return;
  }
  const queries = [];
  collectPlpgsql(parsed, queries, 0);
  const bodyFirstLine = pos.index.line(bodyStart);
  for (const q of queries) {
    const line = pos.origin.line + bodyFirstLine + q.lineno - 2;
    const loc = { file: pos.origin.file, line, endLine: line, column: 1 };
    if (q.dynamic) {
      ops.push({ kind: "unparsed", reason: "dynamic", message: "EXECUTE of dynamic SQL in a DO block cannot be analysed statically", loc, sql: q.query, enclosing: { sql: src.text, loc: src.loc } });
      continue;
    }
    const inner = [];
    const innerIndex = new LineIndex(q.query);
    const innerPos = { index: innerIndex, origin: { file: pos.origin.file, line, column: 1 } };
    lowerChunk(pg, { text: q.query, start: 0, end: q.query.length, maxDepth: 0, unterminated: null }, innerPos, inner, depth + 1);
    for (const op of inner) op.enclosing = { sql: src.text, loc: src.loc };
    ops.push(...inner);
  }
}
function collectPlpgsql(node, out, depth) {
  if (!node || typeof node !== "object" || depth > 500) return;
  if (Array.isArray(node)) {
    for (const x of node) collectPlpgsql(x, out, depth + 1);
    return;
  }
  const exec = node.PLpgSQL_stmt_execsql;
  if (exec) {
    const query = exec.sqlstmt?.PLpgSQL_expr?.query;
    if (typeof query === "string") out.push({ query, lineno: Number(exec.lineno ?? 1), dynamic: false });
    return;
  }
  const dyn = node.PLpgSQL_stmt_dynexecute;
  if (dyn) {
    out.push({ query: String(dyn.query?.PLpgSQL_expr?.query ?? ""), lineno: Number(dyn.lineno ?? 1), dynamic: true });
    return;
  }
  for (const v of Object.values(node)) if (v && typeof v === "object") collectPlpgsql(v, out, depth + 1);
}
function updateDerives(n) {
  const derives = [];
  const own = new Set([n.relation?.relname, n.relation?.alias?.aliasname].filter((x) => typeof x === "string"));
  for (const t of n.targetList ?? []) {
    const target = t.ResTarget;
    if (!target?.name) continue;
    if (columnRefNames(target.val).some((c) => c !== target.name) || columnQualifiers(target.val).some((q) => !own.has(q))) derives.push(target.name);
  }
  return derives.length ? { derives } : {};
}
function columnQualifiers(node, out = [], depth = 0) {
  if (!node || typeof node !== "object" || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnQualifiers(x, out, depth + 1);
    return out;
  }
  const ref = node.ColumnRef;
  if (ref) {
    const fields = ref.fields ?? [];
    const qualifier = fields.length >= 2 ? fields[fields.length - 2]?.String?.sval : void 0;
    if (qualifier) out.push(qualifier);
    return out;
  }
  for (const v of Object.values(node)) columnQualifiers(v, out, depth + 1);
  return out;
}
function columnRefNames(node, out = [], depth = 0) {
  if (!node || typeof node !== "object" || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnRefNames(x, out, depth + 1);
    return out;
  }
  const ref = node.ColumnRef;
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1]?.String?.sval;
    out.push(last ?? "*");
    return out;
  }
  for (const v of Object.values(node)) columnRefNames(v, out, depth + 1);
  return out;
}

export {
  Timings,
  collectTimings,
  activeTimings,
  timed,
  mark,
  since,
  skipTrivia,
  splitPostgres,
  loadParser,
  lowerPostgresSql
};
