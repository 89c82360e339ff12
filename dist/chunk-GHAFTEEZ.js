#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  referenceTargets,
  searchReferences
} from "./chunk-Y7VHZ2OY.js";
import {
  MAX_IMPORTED_MODULE_BYTES,
  candidateFiles,
  relativeSpecifiers
} from "./chunk-ZUGEZMSK.js";
import {
  discover
} from "./chunk-C3PIDPWZ.js";
import {
  gitChangedFiles,
  readSource,
  toPosix
} from "./chunk-XBWPISEE.js";
import {
  SchemaModel,
  defaultConstraintName,
  defaultIndexName,
  defaultKey,
  internalError,
  invalidSuppression,
  ruleById,
  rules
} from "./chunk-OO7SZFY3.js";
import {
  railsNames
} from "./chunk-BL4TAXMY.js";
import {
  readInsideRepository,
  realPath,
  repositoryRoot
} from "./chunk-46CHDDMJ.js";
import {
  UNKNOWN_FACTS,
  createdRelation,
  opTables,
  replayMigration,
  walkMigration
} from "./chunk-CRKUYG6O.js";
import {
  lowerSql
} from "./chunk-CCOKVC7O.js";
import {
  activeTimings,
  mark,
  since,
  skipTrivia,
  timed
} from "./chunk-TN672BLV.js";

// src/engine.ts
import path7 from "node:path";

// src/discover/code-references.ts
import path from "node:path";
function codeReferences(req, found, migrations) {
  const { targets, columnOwners, models } = referenceTargets(migrations);
  if (targets.length === 0) return { references: () => [], total: () => 0 };
  const skip = /* @__PURE__ */ new Set();
  for (const d of found) {
    skip.add(d.file);
    if (d.downFile) skip.add(d.downFile);
    const root = d.framework === "django" ? [] : [path.relative(req.cwd, d.root).split(path.sep).join("/")];
    for (const dir of [path.posix.dirname(d.file), ...root]) {
      if (dir && dir !== "." && !dir.startsWith("..")) skip.add(dir);
    }
  }
  if (req.stats) skip.add(path.posix.normalize(req.stats.split(path.sep).join("/")));
  let index = null;
  const get = () => index ??= timed("reference scan", () => searchReferences(targets, { cwd: req.cwd, include: req.code.include, exclude: req.code.exclude, skip: [...skip], columnOwners, models }));
  return { references: (id) => get().references(id), total: (id) => get().total(id) };
}

// src/lowering-cache.ts
import crypto, { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";
var FORMAT = 1;
function buildId() {
  return true ? "0.1.0+d0a788f32042c4aa" : null;
}
function cacheDir(env = process.env) {
  if ((env.MIGRATION_GUARD_CACHE ?? "").toLowerCase() === "off") return null;
  if (env.MIGRATION_GUARD_CACHE_DIR) return path2.resolve(env.MIGRATION_GUARD_CACHE_DIR);
  if (buildId() === null) return null;
  if (env.XDG_CACHE_HOME && path2.isAbsolute(env.XDG_CACHE_HOME)) return path2.join(env.XDG_CACHE_HOME, "migration-guard");
  const home = os.homedir();
  return home ? path2.join(home, ".cache", "migration-guard") : null;
}
var hash = typeof crypto.hash === "function" ? (s) => crypto.hash("sha256", s, "hex") : (s) => createHash("sha256").update(s).digest("hex");
function openLoweringCache(scope, options = {}) {
  const dir = cacheDir(options.env ?? process.env);
  if (!dir) return null;
  const build = options.build ?? buildId() ?? "unbundled";
  const file = path2.join(dir, `lowered-${hash(`${build}\0${scope}`).slice(0, 32)}.json`);
  const stored = readPack(file, build);
  const used = /* @__PURE__ */ new Map();
  let added = 0;
  const stats = { hits: 0, misses: 0 };
  const keyOf2 = (task) => hash(`${build}\0${JSON.stringify(task)}`);
  return {
    stats,
    get(task) {
      const key2 = keyOf2(task);
      const text = stored.get(key2);
      const migrations = text === void 0 ? null : decodeEntry(text, task);
      if (!migrations) {
        stats.misses++;
        return null;
      }
      used.set(key2, text);
      stats.hits++;
      return migrations;
    },
    put(task, migrations) {
      if (!migrations.every((m) => !m.isNew && m.file === task.file.path) || !isPlainTree(migrations)) return;
      used.set(keyOf2(task), JSON.stringify(migrations));
      added++;
    },
    save() {
      if (added === 0 && used.size === stored.size) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 448 });
        const payload = JSON.stringify(Object.fromEntries(used));
        const header = JSON.stringify({ format: FORMAT, build, sha256: hash(payload), count: used.size });
        const tmp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
        try {
          writeFileSync(tmp, `${header}
${payload}`, { mode: 384 });
          renameSync(tmp, file);
        } catch {
          rmSync(tmp, { force: true });
        }
      } catch {
      }
    }
  };
}
function readPack(file, build) {
  const out = /* @__PURE__ */ new Map();
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return out;
  }
  try {
    const nl = text.indexOf("\n");
    if (nl < 0) return out;
    const header = JSON.parse(text.slice(0, nl));
    const payload = text.slice(nl + 1);
    if (!header || typeof header !== "object") return out;
    const h = header;
    if (h.format !== FORMAT || h.build !== build || h.sha256 !== hash(payload)) return out;
    const entries = JSON.parse(payload);
    if (!entries || typeof entries !== "object" || Array.isArray(entries)) return out;
    for (const [k, v] of Object.entries(entries)) {
      if (/^[0-9a-f]{64}$/.test(k) && typeof v === "string") out.set(k, v);
    }
  } catch {
    out.clear();
  }
  return out;
}
function decodeEntry(text, task) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0) return null;
  for (const m of value) {
    if (!m || typeof m !== "object") return null;
    if (m.file !== task.file.path || m.isNew !== false || m.dialect !== task.dialect) return null;
    if (typeof m.id !== "string" || typeof m.framework !== "string" || typeof m.order !== "string") return null;
    if (typeof m.transactional !== "boolean" || typeof m.expectsDown !== "boolean") return null;
    if (!Array.isArray(m.up) || !(m.down === null || Array.isArray(m.down))) return null;
    for (const op of [...m.up, ...m.down ?? []]) {
      if (!op || typeof op !== "object" || typeof op.kind !== "string") return null;
      const loc = op.loc;
      if (!loc || typeof loc.file !== "string" || typeof loc.line !== "number") return null;
    }
  }
  return value;
}
function isPlainTree(value, seen = /* @__PURE__ */ new Set()) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object") return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.every((v) => v !== void 0 && isPlainTree(v, seen));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const v of Object.values(value)) {
    if (v !== void 0 && !isPlainTree(v, seen)) return false;
  }
  return true;
}

// src/phrasebook.ts
function runsLate(runner) {
  return (latest) => `${runner} runs every migration it has not recorded yet, so databases that already ran ${latest} run this one after it while a fresh database runs it before: the two orders were never tested against each other and can end in different schemas.`;
}
function versionKeyed(runner) {
  return `${runner} records migrations by version: once one of them ran, the other counts as applied and never runs.`;
}
function numericVersion(digits) {
  return digits.replace(/^0+(?=\d)/, "");
}

// src/parse/versions.ts
function mayAddMigration(op) {
  return op.kind === "setNotNull" || op.kind === "addConstraint" && !op.constraint.notValid || op.kind === "addColumn" && op.column.default !== null;
}
function reserveNewVersions(migrations) {
  const taken = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    if (!m.isNew || !m.siblings) continue;
    const before = taken.get(m.siblings) ?? 0;
    m.newVersionsTaken = before;
    taken.set(m.siblings, before + m.up.filter(mayAddMigration).length);
  }
}
var stepsOf = /* @__PURE__ */ new WeakMap();
function newMigrationStep(op, ops) {
  let steps = stepsOf.get(ops);
  if (!steps) {
    steps = /* @__PURE__ */ new Map();
    let step = 1;
    for (const o of ops) {
      steps.set(o, step);
      if (mayAddMigration(o)) step++;
    }
    stepsOf.set(ops, steps);
  }
  return steps.get(op) ?? 1;
}
function nextVersion(scheme, m, step) {
  if (!m.siblings) return null;
  const latest = latestVersion(scheme, m.siblings);
  if (latest === null || !latest.ids.has(m.id)) return null;
  return bump(scheme, latest.version, (m.newVersionsTaken ?? 0) + step);
}
function parts(scheme, v) {
  if (scheme.dotted) return v.split(/[._]/).map((p) => BigInt(p));
  return [BigInt(v.replace(/-/g, ""))];
}
function compare(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function timestampOf(v) {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})-?(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m || v.includes("-") !== /^\d{4}-\d{2}-\d{2}-\d{6}$/.test(v)) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same && y >= 1970 ? date : null;
}
var pad = (n) => String(n).padStart(2, "0");
function bump(scheme, v, step) {
  const time = timestampOf(v);
  if (time) {
    const t = new Date(time.getTime() + step * 1e3);
    const date = [t.getUTCFullYear(), pad(t.getUTCMonth() + 1), pad(t.getUTCDate())];
    const clock = `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
    return v.includes("-") ? `${date.join("-")}-${clock}` : `${date.join("")}${clock}`;
  }
  if (v.includes("-")) return null;
  const lastPart = /(\d+)$/.exec(v);
  const head = v.slice(0, lastPart.index);
  const n = (BigInt(lastPart[1]) + BigInt(step)).toString().padStart(lastPart[1].length, "0");
  if (n.length > lastPart[1].length && !scheme.numericOrder) return null;
  return head + n;
}
var latestOf = /* @__PURE__ */ new WeakMap();
function latestVersion(scheme, siblings) {
  if (latestOf.has(siblings)) return latestOf.get(siblings);
  let latest = null;
  for (const id of siblings) {
    const v = scheme.versionOf(id);
    if (v === null) {
      latest = null;
      break;
    }
    const p = parts(scheme, v);
    if (latest === null || compare(p, latest.parts) > 0) latest = { version: v, parts: p };
  }
  const result = latest ? { version: latest.version, ids: new Set(siblings) } : null;
  latestOf.set(siblings, result);
  return result;
}

// src/parse/sql/new-migration.ts
var VERSION_PATTERN = {
  "golang-migrate": /^(\d+)_/,
  pop: /^(\d+)_/,
  dbmate: /^(\d+)(?=_|$)/,
  plain: /^(\d+)(?=[_\-.]|$)/,
  flyway: /^V(\d+(?:[._]\d+)*)__/,
  diesel: /^(\d{4}-\d{2}-\d{2}-\d{6}|\d+)(?=_|$)/,
  prisma: /^(\d+)_/
};
var SCHEMES = Object.fromEntries(
  Object.keys(VERSION_PATTERN).map((layout) => [
    layout,
    { versionOf: (id) => VERSION_PATTERN[layout].exec(id)?.[1] ?? null, numericOrder: layout === "golang-migrate" || layout === "pop" || layout === "flyway", dotted: layout === "flyway" }
  ])
);
function slugOf(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 60).replace(/_+$/, "") || "step";
}
function dirOf(file) {
  const i = file.lastIndexOf("/");
  return i < 0 ? "" : file.slice(0, i + 1);
}
function newMigrationAfter(m, step, text) {
  const layout = m.layout ?? "plain";
  const version = nextVersion(SCHEMES[layout], m, step);
  if (version === null) return void 0;
  const slug = slugOf(text.slug);
  const header = `-- ${text.purpose}
`;
  const up = header + text.up;
  const down = text.down ?? "-- Nothing to undo.\n";
  const dir = dirOf(m.file);
  const base2 = m.file.slice(dir.length);
  switch (layout) {
    case "golang-migrate":
    case "pop": {
      const dialect = layout === "pop" ? /(\.(?:postgres|cockroach))(?:\.autocommit)?\.up\.sql$/i.exec(base2)?.[1] ?? "" : "";
      const upExt = /\.UP\.SQL$/.test(base2) ? ".UP.SQL" : ".up.sql";
      const downExt = upExt === ".UP.SQL" ? ".DOWN.SQL" : ".down.sql";
      const files = [{ path: `${dir}${version}_${slug}${dialect}${upExt}`, text: up }];
      if (m.expectsDown || m.downFile) files.push({ path: `${dir}${version}_${slug}${dialect}${downExt}`, text: down });
      return files;
    }
    case "flyway": {
      const files = [{ path: `${dir}V${version}__${slug}.sql`, text: up }];
      if (m.expectsDown) files.push({ path: `${dir}U${version}__${slug}.sql`, text: down });
      return files;
    }
    case "dbmate":
      return [{ path: `${dir}${version}_${slug}.sql`, text: `-- migrate:up
${up}
-- migrate:down
${down}` }];
    case "diesel": {
      const root = dirOf(dir.slice(0, -1));
      return [
        { path: `${root}${version}_${slug}/up.sql`, text: up },
        { path: `${root}${version}_${slug}/down.sql`, text: down }
      ];
    }
    case "prisma":
      return [{ path: `${dirOf(dir.slice(0, -1))}${version}_${slug}/migration.sql`, text: up }];
    case "plain": {
      const sep = /^\d+([_\-.])/.exec(m.id)?.[1] ?? "_";
      const ext = /\.[^.]+$/.exec(base2)?.[0] ?? ".sql";
      return [{ path: `${dir}${version}${sep}${slug}${ext}`, text: up }];
    }
  }
}

// src/parse/sql/pg-tokens.ts
var DOLLAR_TAG = /\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/y;
var WORD = /[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/y;
var NUMBER = /(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;
var OPERATOR = /[+\-*/<>=~!@#%^&|`?]+/y;
function pgTokens(text) {
  const out = [];
  let depth = 0;
  let i = skipTrivia(text, 0);
  const n = text.length;
  const at = (re, from) => {
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  while (i < n) {
    const c = text[i];
    const start = i;
    let kind;
    if (c === "'" || (c === "E" || c === "e" || c === "B" || c === "b" || c === "X" || c === "x" || c === "N" || c === "n") && text[i + 1] === "'" || (c === "U" || c === "u") && text[i + 1] === "&" && text[i + 2] === "'") {
      const escapes = c === "E" || c === "e";
      i = text.indexOf("'", i) + 1;
      for (; ; ) {
        if (i >= n) return null;
        const ch = text[i];
        if (escapes && ch === "\\") i += 2;
        else if (ch === "'") {
          if (text[i + 1] === "'") i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      kind = "string";
    } else if (c === '"' || (c === "U" || c === "u") && text[i + 1] === "&" && text[i + 2] === '"') {
      i = text.indexOf('"', i) + 1;
      for (; ; ) {
        if (i >= n) return null;
        if (text[i] === '"') {
          if (text[i + 1] === '"') i += 2;
          else {
            i++;
            break;
          }
        } else i++;
      }
      kind = "ident";
    } else if (c === "$" && at(DOLLAR_TAG, i)) {
      const tag = at(DOLLAR_TAG, i);
      const close = text.indexOf(tag, i + tag.length);
      if (close < 0) return null;
      i = close + tag.length;
      kind = "string";
    } else if (at(WORD, i)) {
      i += at(WORD, i).length;
      kind = "word";
    } else if (/[\d.]/.test(c) && at(NUMBER, i)) {
      i += at(NUMBER, i).length;
      kind = "number";
    } else if (c === "-" && text[i + 1] === "-") {
      i = skipTrivia(text, i);
      continue;
    } else if (c === "/" && text[i + 1] === "*") {
      const next = skipTrivia(text, i);
      if (next >= n && !/\*\/\s*$/.test(text)) return null;
      i = next;
      continue;
    } else if (at(OPERATOR, i)) {
      const op = at(OPERATOR, i);
      const cut = op.search(/--|\/\*/);
      i += cut > 0 ? cut : op.length;
      kind = "punct";
    } else {
      i++;
      kind = "punct";
    }
    const tokenText = text.slice(start, i);
    if (tokenText === ")") depth--;
    out.push({ kind, text: tokenText, start, end: i, depth });
    if (tokenText === "(") depth++;
    i = skipTrivia(text, i);
  }
  return depth === 0 ? out : null;
}
function isWord(t, ...words) {
  return t !== void 0 && t.kind === "word" && words.includes(t.text.toLowerCase());
}
function foldToken(t) {
  if (t.kind === "ident") {
    if (t.text.startsWith('"')) return t.text.slice(1, -1).replace(/""/g, '"');
    return t.text;
  }
  return t.text.toLowerCase();
}
function readAlterTable(sql) {
  const tokens = pgTokens(sql);
  if (!tokens || !isWord(tokens[0], "alter") || !isWord(tokens[1], "table")) return null;
  let i = 2;
  let ifExists = false;
  let only = false;
  if (isWord(tokens[i], "if") && isWord(tokens[i + 1], "exists")) {
    ifExists = true;
    i += 2;
  }
  if (isWord(tokens[i], "only")) {
    only = true;
    i++;
  }
  const nameStart = i;
  if (!tokens[i] || tokens[i].kind !== "word" && tokens[i].kind !== "ident") return null;
  i++;
  while (tokens[i]?.text === "." && tokens[i + 1] && (tokens[i + 1].kind === "word" || tokens[i + 1].kind === "ident")) i += 2;
  const table = sql.slice(tokens[nameStart].start, tokens[i - 1].end);
  if (tokens[i]?.text === "*") return null;
  let last = tokens.length;
  let semicolon = null;
  if (tokens[last - 1]?.text === ";") {
    semicolon = tokens[last - 1];
    last--;
  }
  if (tokens.slice(i, last).some((t) => t.text === ";")) return null;
  const subcommands = [];
  let from = i;
  for (let j = i; j < last; j++) {
    if (tokens[j].text === "," && tokens[j].depth === 0) {
      subcommands.push({ from, to: j });
      from = j + 1;
    }
  }
  subcommands.push({ from, to: last });
  if (subcommands.some((s) => s.to <= s.from)) return null;
  return { tokens, ifExists, only, table, subcommands, semicolon };
}

// src/parse/sql/fixes.ts
function sqlFixes(m) {
  return {
    // Only where the statement runs outside a transaction: else the runner would have to be told too.
    createIndexConcurrently: (op, at) => at.inTransaction ? void 0 : insertAfter(op, /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i, " CONCURRENTLY", "Add CONCURRENTLY"),
    dropIndexConcurrently(op, at) {
      if (at.inTransaction || !op.sql) return void 0;
      if (/,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ""))) return void 0;
      return insertAfter(op, /^\s*DROP\s+INDEX\b/i, " CONCURRENTLY", "Add CONCURRENTLY");
    },
    setLockTimeout(set, _op, at) {
      const first = at.ops[0];
      if (!first?.sql) return void 0;
      return { title: "Set lock_timeout", edits: [{ file: first.loc.file, startLine: first.loc.line, startColumn: first.loc.column, endLine: first.loc.line, endColumn: first.loc.column, text: `${set}; ` }] };
    },
    addConstraintNotValid: (op, name, at) => addConstraintNotValid(m, op, name, at),
    setNotNullViaCheck: (op, check, at) => setNotNullViaCheck(m, op, check, at),
    addColumnWithoutVolatileDefault: (op, at) => addColumnWithoutDefault(m, op, at)
  };
}
function insertAfter(op, head, text, title) {
  if (!op.sql) return void 0;
  const m = head.exec(op.sql);
  if (!m) return void 0;
  const { line: line2, column } = positionIn(op, m[0].length);
  return { title, edits: [{ file: op.loc.file, startLine: line2, startColumn: column, endLine: line2, endColumn: column, text }] };
}
function positionIn(op, offset) {
  const sql = op.sql;
  if (lastLines?.sql !== sql) {
    const starts2 = [0];
    for (let i = sql.indexOf("\n"); i >= 0; i = sql.indexOf("\n", i + 1)) starts2.push(i + 1);
    lastLines = { sql, starts: starts2 };
  }
  const starts = lastLines.starts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: op.loc.line + lo, column: lo === 0 ? op.loc.column + offset : offset - starts[lo] + 1 };
}
var lastLines = null;
function editIn(op, from, to, text) {
  const a = positionIn(op, from);
  const b = positionIn(op, to);
  return { file: op.loc.file, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, text };
}
var fitsName = (name) => new TextEncoder().encode(name).length <= 63;
function alterOf(op) {
  if (!op.sql || op.enclosing || op.conditional || truncated(op.sql)) return null;
  if (lastRead?.sql !== op.sql) lastRead = { sql: op.sql, alter: readAlterTable(op.sql) };
  const alter = lastRead.alter;
  if (!alter || alter.ifExists || alter.only) return null;
  return alter;
}
var lastRead = null;
var truncated = (sql) => sql.length > 4e3 && sql.endsWith("\u2026");
var placesOf = /* @__PURE__ */ new WeakMap();
function placeOf(op, ops) {
  let places = placesOf.get(ops);
  if (!places) {
    places = /* @__PURE__ */ new Map();
    let place = { step: 1, lockTimeout: "" };
    for (const o of ops) {
      places.set(o, place);
      let { step, lockTimeout } = place;
      if (mayAddMigration(o)) step++;
      if (o.kind === "setLockTimeout" && o.sql && !o.enclosing) lockTimeout = `${o.sql.trim().replace(/;?$/, ";")}
`;
      if (step !== place.step || lockTimeout !== place.lockTimeout) place = { step, lockTimeout };
    }
    placesOf.set(ops, places);
  }
  return places.get(op) ?? { step: 1, lockTimeout: "" };
}
function withNewMigration(m, op, at, edits, title, text, strongLock = false) {
  const place = placeOf(op, at.ops);
  let set = place.lockTimeout;
  if (!set && strongLock && !at.lockTimeoutSet) set = `SET ${(m.layout ?? "plain") === "plain" ? "" : "LOCAL "}lock_timeout = '2s';
`;
  const newFiles = newMigrationAfter(m, place.step, { ...text, up: set + text.up });
  return newFiles ? { title, edits, newFiles } : void 0;
}
var tokensOf = (alter, s) => alter.tokens.slice(s.from, s.to);
var isName = (t) => t !== void 0 && (t.kind === "word" || t.kind === "ident");
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function constraintIndex(alter) {
  let index = constraintIndexes.get(alter);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const s of alter.subcommands) {
    const t = tokensOf(alter, s);
    if (!isWord(t[0], "add")) continue;
    let i = 1;
    let nameToken = null;
    if (isWord(t[1], "constraint")) {
      if (!isName(t[2])) continue;
      nameToken = t[2];
      i = 3;
    }
    const kind = isWord(t[i], "foreign") && isWord(t[i + 1], "key") ? "fk" : isWord(t[i], "check") ? "check" : null;
    if (!kind) continue;
    let key2;
    if (nameToken) key2 = `name\0${foldToken(nameToken)}`;
    else if (kind === "check") key2 = "check";
    else {
      if (t[i + 2]?.text !== "(") continue;
      const cols = [];
      for (let j = i + 3; t[j] && t[j].text !== ")"; j++) if (t[j].text !== ",") cols.push(foldToken(t[j]));
      key2 = `fk\0${cols.join("\0")}`;
    }
    const entry = { tokens: t, nameToken, kindToken: t[i], kind };
    index.set(key2, [...index.get(key2) ?? [], entry]);
  }
  constraintIndexes.set(alter, index);
  return index;
}
function nameIsFree(op, name, at) {
  const table = at.table;
  if (!table) return false;
  const c = op.constraint;
  const adds = constraintAddsOf(at.ops);
  const self = adds.index.get(op);
  if (self === void 0) return false;
  const before = (first) => first !== void 0 && first < self;
  if (before(adds.firstByName.get(`${op.table}\0${name}`))) return false;
  if (before(adds.firstUnnamed.get(unnamedKey(op)))) return false;
  const existedBefore = (modelKey) => !((adds.lastByModelName.get(`${op.table}\0${modelKey}`) ?? -1) >= self);
  const own = table.constraints.get(name);
  if (own && existedBefore(own.name)) return false;
  const entries = unnamedEntriesOf(adds, table.constraints, op.table);
  const same = c.kind === "check" ? entries.checks : entries.byKey.has(`${c.kind}\0${c.columns.join("\0")}`) ? [defaultConstraintName(op.table, c)] : [];
  return !same.some(existedBefore);
}
var unnamedKey = (o) => `${o.table}\0${o.constraint.kind}${o.constraint.kind === "check" ? "" : `\0${o.constraint.columns.join("\0")}`}`;
var modelNameOf = (o) => o.constraint.name ?? defaultConstraintName(o.table, o.constraint);
var constraintAdds = /* @__PURE__ */ new WeakMap();
function constraintAddsOf(ops) {
  let adds = constraintAdds.get(ops);
  if (adds) return adds;
  adds = { index: /* @__PURE__ */ new Map(), firstByName: /* @__PURE__ */ new Map(), firstUnnamed: /* @__PURE__ */ new Map(), lastByModelName: /* @__PURE__ */ new Map(), unnamed: /* @__PURE__ */ new Map() };
  ops.forEach((o, i) => {
    if (o.kind !== "addConstraint") return;
    adds.index.set(o, i);
    if (o.constraint.name !== null && !adds.firstByName.has(`${o.table}\0${o.constraint.name}`)) adds.firstByName.set(`${o.table}\0${o.constraint.name}`, i);
    if (o.constraint.name === null && !adds.firstUnnamed.has(unnamedKey(o))) adds.firstUnnamed.set(unnamedKey(o), i);
    adds.lastByModelName.set(`${o.table}\0${modelNameOf(o)}`, i);
  });
  constraintAdds.set(ops, adds);
  return adds;
}
function unnamedEntriesOf(adds, constraints, table) {
  let out = adds.unnamed.get(constraints);
  if (out) return out;
  out = { checks: [], byKey: /* @__PURE__ */ new Set() };
  for (const other of constraints.values()) {
    if (other.name !== defaultConstraintName(table, other)) continue;
    if (other.kind === "check") out.checks.push(other.name);
    else out.byKey.add(`${other.kind}\0${other.columns.join("\0")}`);
  }
  adds.unnamed.set(constraints, out);
  return out;
}
function addConstraintNotValid(m, op, name, at) {
  const c = op.constraint;
  if (c.kind !== "foreignKey" && c.kind !== "check" || c.notValid || at.table?.partitioned || !fitsName(name)) return void 0;
  if (c.name === null && !nameIsFree(op, name, at)) return void 0;
  const alter = alterOf(op);
  if (!alter) return void 0;
  const index = constraintIndex(alter);
  const candidates = index.get(c.name !== null ? `name\0${c.name}` : c.kind === "foreignKey" ? `fk\0${c.columns.join("\0")}` : "check") ?? [];
  if (candidates.length !== 1) return void 0;
  const [{ tokens, nameToken, kindToken, kind }] = candidates;
  if (kind !== (c.kind === "foreignKey" ? "fk" : "check")) return void 0;
  const nameText = nameToken ? nameToken.text : sqlIdent(name);
  const edits = [];
  if (!nameToken) edits.push(editIn(op, kindToken.start, kindToken.start, `CONSTRAINT ${nameText} `));
  const end2 = tokens[tokens.length - 1].end;
  edits.push(editIn(op, end2, end2, " NOT VALID"));
  return withNewMigration(m, op, at, edits, "Add the constraint NOT VALID, validate it in a new migration", {
    slug: `validate_${name}`,
    purpose: `Validates ${name}, added NOT VALID by ${m.id}: checks the existing rows without blocking reads or writes (SHARE UPDATE EXCLUSIVE).`,
    up: `ALTER TABLE ${alter.table} VALIDATE CONSTRAINT ${nameText};
`,
    down: null
  });
}
function setNotNullViaCheck(m, op, check, at) {
  if (at.table?.partitioned || !fitsName(check)) return void 0;
  const alter = alterOf(op);
  if (!alter || alter.subcommands.length !== 1) return void 0;
  const sub = alter.subcommands[0];
  const col = alterColumnSubcommand(tokensOf(alter, sub), op.column, ["set", "not", "null"]);
  if (!col) return void 0;
  const table = alter.table;
  const checkText = sqlIdent(check);
  const first = alter.tokens[sub.from];
  const last = alter.tokens[sub.to - 1];
  const edits = [editIn(op, first.start, last.end, `ADD CONSTRAINT ${checkText} CHECK (${col} IS NOT NULL) NOT VALID`)];
  let down = null;
  if (m.down && m.down.length) {
    const inverse = m.down.find((d) => d.kind === "dropNotNull" && d.table === op.table && d.column === op.column);
    const downAlter = inverse ? alterOf(inverse) : null;
    const downCol = downAlter && downAlter.subcommands.length === 1 ? alterColumnSubcommand(tokensOf(downAlter, downAlter.subcommands[0]), op.column, ["drop", "not", "null"]) : null;
    if (inverse && downAlter && downCol) {
      const s = downAlter.subcommands[0];
      edits.push(editIn(inverse, downAlter.tokens[s.from].start, downAlter.tokens[s.to - 1].end, `DROP CONSTRAINT ${checkText}`));
      down = `ALTER TABLE ${table} ADD CONSTRAINT ${checkText} CHECK (${col} IS NOT NULL) NOT VALID;
ALTER TABLE ${table} ALTER COLUMN ${col} DROP NOT NULL;
`;
    } else if (inverse) return void 0;
  }
  return withNewMigration(m, op, at, edits, "Add a CHECK (\u2026 IS NOT NULL) NOT VALID; validate it and SET NOT NULL in a new migration", {
    slug: `set_${op.table.split(".").pop()}_${op.column}_not_null`,
    purpose: `Sets ${op.table}.${op.column} NOT NULL after ${m.id}: VALIDATE scans without blocking reads or writes, then SET NOT NULL uses the validated check instead of a scan.`,
    up: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${checkText};
ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;
ALTER TABLE ${table} DROP CONSTRAINT ${checkText};
`,
    down
  }, true);
}
function alterColumnSubcommand(t, column, words) {
  if (!isWord(t[0], "alter")) return null;
  const i = isWord(t[1], "column") ? 2 : 1;
  const name = t[i];
  if (!isName(name) || foldToken(name) !== column || t.length !== i + 1 + words.length) return null;
  return words.every((w, k) => isWord(t[i + 1 + k], w)) ? name.text : null;
}
var COLUMN_CLAUSES = ["not", "null", "constraint", "check", "references", "unique", "primary", "generated", "default", "collate", "deferrable", "initially", "storage", "compression"];
function addColumnWithoutDefault(m, op, at) {
  const col = op.column;
  if (!col.default || col.notNull || col.primaryKey || col.unique || col.identity || col.generatedStored || col.references || op.ifNotExists) return void 0;
  const alter = alterOf(op);
  if (!alter || alter.subcommands.length !== 1) return void 0;
  const t = tokensOf(alter, alter.subcommands[0]);
  if (!isWord(t[0], "add")) return void 0;
  const i = isWord(t[1], "column") ? 2 : 1;
  const name = t[i];
  if (!isName(name) || foldToken(name) !== col.name) return void 0;
  const def = t.findIndex((x, k) => k > i && x.depth === 0 && isWord(x, "default"));
  if (def <= i + 1) return void 0;
  const typeTokens = t.slice(i + 1, def);
  const exprTokens = t.slice(def + 1);
  if (exprTokens.length === 0) return void 0;
  const collate = typeTokens.findIndex((x) => x.depth === 0 && isWord(x, "collate"));
  if (typeTokens.some((x, k) => x.depth === 0 && isWord(x, ...COLUMN_CLAUSES) && !(collate >= 0 && (k === collate || k === collate + 1)))) return void 0;
  if (exprTokens.some((x) => x.depth === 0 && isWord(x, ...COLUMN_CLAUSES))) return void 0;
  const sql = op.sql;
  const typeEnd = typeTokens[typeTokens.length - 1].end;
  const exprEnd = exprTokens[exprTokens.length - 1].end;
  const expr = sql.slice(exprTokens[0].start, exprEnd);
  const edits = [editIn(op, typeEnd, exprEnd, `, ALTER COLUMN ${name.text} SET DEFAULT ${expr}`)];
  return withNewMigration(m, op, at, edits, "Add the column without the default, SET DEFAULT after it, backfill in a new migration", {
    slug: `backfill_${op.table.split(".").pop()}_${col.name}`,
    purpose: `Backfills ${op.table}.${col.name}, added by ${m.id} without a value for existing rows (new rows get the default).`,
    up: `UPDATE ${alter.table} SET ${name.text} = ${expr} WHERE ${name.text} IS NULL;
`,
    down: null
  });
}

// src/parse/sql/phrasebook.ts
var PG_RESERVED = /* @__PURE__ */ new Set(["all", "analyse", "analyze", "and", "any", "array", "as", "asc", "check", "collate", "column", "constraint", "create", "default", "desc", "distinct", "do", "else", "end", "except", "false", "for", "foreign", "from", "grant", "group", "having", "in", "into", "is", "join", "limit", "not", "null", "offset", "on", "only", "or", "order", "primary", "references", "select", "table", "then", "to", "true", "union", "unique", "user", "using", "when", "where", "with"]);
function sqlIdent(name, dialect = "postgres") {
  if (dialect === "mysql") return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !PG_RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function sqlName(name, dialect = "postgres") {
  const dot = name.indexOf(".");
  if (dot <= 0) return sqlIdent(name, dialect);
  return `${sqlIdent(name.slice(0, dot), dialect)}.${sqlIdent(name.slice(dot + 1), dialect)}`;
}
function unqualified(name) {
  const dot = name.indexOf(".");
  return dot <= 0 ? name : name.slice(dot + 1);
}
function sqlString(text) {
  return `'${text.replace(/'/g, "''")}'`;
}
function sqlType(type) {
  if (/^[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+(\s*,\s*\d+)?\s*\))?(\s*\[\])*$/.test(type.text.trim().replace(/ +/g, " "))) return type.text.trim();
  return `${type.name}${type.args.length > 0 ? `(${type.args.join(", ")})` : ""}${type.array ? "[]" : ""}`;
}
function sqlInverseVia(rawSql, op, dialect, previousType) {
  const s = sqlInverse(op, dialect, previousType);
  return s ? { text: s.exact ? rawSql(s.text) : s.text, exact: s.exact } : null;
}
function sqlInverse(op, dialect, previousType) {
  const n = (name) => sqlName(name, dialect);
  const i = (name) => sqlIdent(name, dialect);
  const exact = (text) => ({ text, exact: true });
  const rough = (text) => ({ text, exact: false });
  switch (op.kind) {
    case "createTable":
      return exact(`DROP TABLE ${n(op.table)};`);
    case "dropTable":
      return rough(`CREATE TABLE ${n(op.table)} (...) with its columns, constraints and indexes`);
    case "renameTable":
      return exact(`ALTER TABLE ${n(op.newName)} RENAME TO ${i(unqualified(op.table))};`);
    case "addColumn":
      return exact(`ALTER TABLE ${n(op.table)} DROP COLUMN ${i(op.column.name)};`);
    case "dropColumn":
      return rough(`ALTER TABLE ${n(op.table)} ADD COLUMN ${i(op.column)} ${previousType ? sqlType(previousType) : "<type>"};`);
    case "renameColumn":
      return exact(`ALTER TABLE ${n(op.table)} RENAME COLUMN ${i(op.newName)} TO ${i(op.column)};`);
    case "alterColumnType": {
      const t = previousType ? sqlType(previousType) : "<previous type>";
      return rough(dialect === "mysql" ? `ALTER TABLE ${n(op.table)} MODIFY COLUMN ${i(op.column)} ${t};` : `ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} TYPE ${t};`);
    }
    case "setNotNull":
      return exact(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} DROP NOT NULL;`);
    case "dropNotNull":
      return rough(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} SET NOT NULL;`);
    case "setDefault":
    case "dropDefault":
      return rough(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} ${op.kind === "setDefault" ? "DROP DEFAULT (or SET DEFAULT <previous default>)" : "SET DEFAULT <previous default>"};`);
    case "createIndex": {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      const text = dialect === "mysql" ? `DROP INDEX ${i(name)} ON ${n(op.table)};` : `DROP INDEX ${op.concurrently ? "CONCURRENTLY " : ""}${n(name)};`;
      return { text, exact: op.name !== null };
    }
    case "dropIndex":
      return rough(`CREATE INDEX ${n(op.name)} ON ${op.table ? n(op.table) : "<table>"} (...);`);
    case "addConstraint": {
      const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
      const text = dialect === "mysql" && op.constraint.kind === "foreignKey" ? `ALTER TABLE ${n(op.table)} DROP FOREIGN KEY ${i(name)};` : `ALTER TABLE ${n(op.table)} DROP CONSTRAINT ${i(name)};`;
      return { text, exact: op.constraint.name !== null };
    }
    case "dropConstraint":
      return rough(`ALTER TABLE ${n(op.table)} ADD CONSTRAINT ${i(op.name)} ...;`);
    case "createEnum":
      return exact(`DROP TYPE ${n(op.name)};`);
    case "dropEnum":
      return rough(`CREATE TYPE ${n(op.name)} AS ENUM (...);`);
    case "alterEnum":
      return rough(op.action === "renameValue" ? `ALTER TYPE ${n(op.name)} RENAME VALUE ${sqlString(op.newValue ?? "")} TO ${sqlString(op.value)};` : `ALTER TYPE ${n(op.name)} ADD VALUE ${sqlString(op.value)};`);
    case "other":
      if (!op.object) return null;
      return rough(op.statement === "DropStmt" ? `the CREATE statement for ${op.object}` : `DROP ${createdRelation(op)?.kind.toUpperCase() ?? "<object>"} ${op.object};`);
    default:
      return null;
  }
}
var NOTE = "deprecated: drop in a later release";
var LAYOUTS_WITH_DOWN = /* @__PURE__ */ new Set(["golang-migrate", "diesel", "dbmate", "flyway"]);
var RUNNER = { "golang-migrate": "golang-migrate", dbmate: "dbmate", flyway: "Flyway", diesel: "Diesel", prisma: "Prisma Migrate", pop: "pop" };
function runOutsideTransaction(layout) {
  switch (layout) {
    case "dbmate":
      return "Mark the section `-- migrate:up transaction:false`.";
    case "golang-migrate":
      return "Put it in a migration file of its own, with no other statement.";
    case "flyway":
      return "Put it in a migration of its own with `executeInTransaction=false` in its script configuration (.sql.conf) file.";
    case "diesel":
      return "Put it in a migration of its own with `run_in_transaction = false` in its metadata.toml.";
    default:
      return "Put it in a migration that the runner does not wrap in a transaction.";
  }
}
function disableTransaction(layout) {
  switch (layout) {
    case "dbmate":
      return "change its `-- migrate:up` line to `-- migrate:up transaction:false`";
    case "flyway":
      return "add `-- flyway:executeInTransaction=false` at the top of the file";
    case "diesel":
      return "add `run_in_transaction = false` to the migration's metadata.toml";
    case "golang-migrate":
      return "put those statements in a migration file of their own";
    default:
      return "configure this migration to run without a transaction";
  }
}
function downPart(m) {
  switch (m.layout) {
    case "golang-migrate":
      return `${m.id}.down.sql`;
    case "diesel":
      return `${m.id}/down.sql`;
    case "dbmate":
      return "the -- migrate:down section";
    case "flyway":
      return `the undo migration (U${m.id.replace(/^[VR]/, "")}.sql)`;
    default:
      return "the down migration";
  }
}
function flywayVersion(id) {
  const m = /^[VU](\d+(?:[._]\d+)*)__/.exec(id);
  if (!m) return null;
  const parts2 = m[1].split(/[._]/).map(numericVersion);
  while (parts2.length > 1 && parts2[parts2.length - 1] === "0") parts2.pop();
  return parts2.join(".");
}
function ordering(m) {
  const digits = /^(\d+)/.exec(m.id)?.[1] ?? null;
  switch (m.layout) {
    case "golang-migrate":
      return {
        version: digits && numericVersion(digits),
        duplicateVersion: 'golang-migrate refuses to run a directory with two migrations of one version ("duplicate migration file").',
        late: (latest) => `golang-migrate records only the database's current version and applies the versions above it: on every database that already ran ${latest}, this migration is never applied.`,
        heads: null
      };
    case "flyway":
      return {
        version: flywayVersion(m.id),
        duplicateVersion: 'Flyway refuses to migrate ("Found more than one migration with version").',
        late: (latest) => `Flyway refuses to migrate a database that already ran ${latest} ("Detected resolved migration not applied to database") unless outOfOrder is on, and then runs this one after ${latest}, unlike a fresh database.`,
        heads: null
      };
    case "dbmate":
    case "pop":
      return { version: digits && numericVersion(digits), duplicateVersion: versionKeyed(RUNNER[m.layout]), late: runsLate(RUNNER[m.layout]), heads: null };
    case "diesel": {
      const version = m.id.split("_")[0].replace(/\D/g, "");
      return { version: version ? numericVersion(version) : null, duplicateVersion: versionKeyed("Diesel"), late: runsLate("Diesel"), heads: null };
    }
    case "prisma":
      return { version: null, duplicateVersion: "", late: runsLate("Prisma Migrate"), heads: null };
    default:
      return { version: null, duplicateVersion: "", late: null, heads: null };
  }
}
function sqlPhrasebook(m) {
  const d = m.dialect;
  const n = (name) => sqlName(name, d);
  const i = (name) => sqlIdent(name, d);
  return {
    runner: RUNNER[m.layout ?? "plain"] ?? "the migration runner",
    rawSql: (sql) => sql.trimEnd().endsWith(";") ? sql.trimEnd() : `${sql.trimEnd()};`,
    runOutsideTransaction: runOutsideTransaction(m.layout),
    disableTransaction: disableTransaction(m.layout),
    // Discovery knows more (Flyway undo files are optional: only a directory that uses them expects one).
    expectsDown: !!m.layout && LAYOUTS_WITH_DOWN.has(m.layout) && m.expectsDown,
    downPart: downPart(m),
    // SQL has no way to declare a down irreversible, so there the explicit statement is a suppression with a reason.
    declareIrreversible: (at) => `say so explicitly: append "-- migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`,
    inverse: (op, previousType) => sqlInverse(op, d, previousType),
    deprecateColumn(table, column, col) {
      if (d === "mysql") {
        const type = col?.type ? `${sqlType(col.type)}${col.notNull ? " NOT NULL" : ""}${col.default ? ` DEFAULT ${col.default.sql}` : ""}` : null;
        return `ALTER TABLE ${n(table)} MODIFY COLUMN ${i(column)} ${type ?? "<full current definition>"} COMMENT ${sqlString(NOTE)};`;
      }
      return `COMMENT ON COLUMN ${n(table)}.${i(column)} IS ${sqlString(NOTE)};`;
    },
    deprecateTable: (table) => d === "mysql" ? `ALTER TABLE ${n(table)} COMMENT = ${sqlString(NOTE)};` : `COMMENT ON TABLE ${n(table)} IS ${sqlString(NOTE)};`,
    dropColumn: (table, column) => `ALTER TABLE ${n(table)} DROP COLUMN ${i(column)};`,
    dropTable: (table) => `DROP TABLE ${n(table)};`,
    dropIndexConcurrently: (op) => `DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${n(op.name)}; in a migration that does not run in a transaction.`,
    lockTimeoutAt: (set, op) => `${set}; before line ${op.loc.line} (at the start of the migration)`,
    verbatimSql: true,
    columnType: sqlType,
    ordering: ordering(m),
    fixes: sqlFixes(m)
  };
}

// src/parse/sql/file.ts
var DBMATE_DOWN = /^[ \t]*--[ \t]*migrate:down\b.*$/m;
async function sqlFrontEnd(task) {
  const { file, dialect } = task;
  const fileStart = { file: file.path, line: 1, endLine: 1, column: 1 };
  let up;
  let down = null;
  let downLoc;
  let statements = 0;
  if (task.layout === "dbmate") {
    const m = DBMATE_DOWN.exec(file.text);
    const upText = m ? file.text.slice(0, m.index) : file.text;
    const r = await lowerSql(dialect, upText, { file: file.path, line: 1, column: 1 }, task.mysqlServer);
    up = r.ops;
    statements += r.statements;
    if (m) {
      const markerLine = file.text.slice(0, m.index).split("\n").length;
      const d = await lowerSql(dialect, file.text.slice(m.index), { file: file.path, line: markerLine, column: 1 }, task.mysqlServer);
      down = d.ops;
      statements += d.statements;
      downLoc = { file: file.path, line: markerLine, endLine: markerLine, column: 1 };
    }
  } else {
    const r = await lowerSql(dialect, file.text, { file: file.path, line: 1, column: 1 }, task.mysqlServer);
    up = r.ops;
    statements += r.statements;
    if (task.downFile) {
      const d = await lowerSql(dialect, task.downFile.text, { file: task.downFile.path, line: 1, column: 1 }, task.mysqlServer);
      down = d.ops;
      statements += d.statements;
      downLoc = { file: task.downFile.path, line: 1, endLine: 1, column: 1 };
    }
  }
  const upStatements = new Set(up.map((op) => `${op.loc.line}:${op.loc.column}`)).size;
  const oneQuery = task.layout === "golang-migrate" || task.layout === "prisma";
  const implicitTransaction = oneQuery && dialect === "postgres" && upStatements > 1 && !up.some((op) => op.kind === "transaction");
  return [
    {
      id: task.id,
      file: file.path,
      framework: "sql",
      dialect,
      layout: task.layout ?? "plain",
      isNew: task.isNew,
      transactional: implicitTransaction || (task.transactional ?? false),
      up,
      down,
      downFile: task.downFile?.path ?? null,
      downLoc: downLoc ?? fileStart,
      order: task.order,
      statements,
      expectsDown: task.expectsDown ?? false
    }
  ];
}

// src/parse/index.ts
async function frontEndFor(framework) {
  switch (framework) {
    case "sql":
      return sqlFrontEnd;
    case "alembic":
      return (await import("./chunk-WCOV4AIZ.js")).alembicFrontEnd;
    case "knex":
      return (await import("./chunk-ND2HYSEE.js")).knexFrontEnd;
    case "django":
      return (await import("./chunk-JWW7X5O6.js")).djangoFrontEnd;
    case "rails":
      return (await import("./chunk-BYC6HMKL.js")).railsFrontEnd;
  }
}

// src/parse/suppressions.ts
var MARKER = /(?:--|#|\/\/|\/\*)\s*migration-guard:\s*ignore\b(.*)$/i;
function findSuppressions(text) {
  if (!text.includes("migration-guard")) return [];
  const out = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line2 = lines[i];
    const segment = Math.max(line2.lastIndexOf("\u2028"), line2.lastIndexOf("\u2029")) + 1;
    const m = MARKER.exec(line2.slice(segment));
    if (!m) continue;
    let rest = m[1].replace(/\*\/\s*$/, "").trim();
    let reason = null;
    const sep = rest.search(/\s--\s|\s--$|^--/);
    if (sep >= 0) {
      reason = rest.slice(sep).replace(/^\s*--\s*/, "").trim() || null;
      rest = rest.slice(0, sep);
    }
    const ruleIds = rest.split(/[\s,]+/).filter(Boolean);
    const before = line2.slice(0, segment + m.index).trim();
    out.push({ line: i + 1, ownLine: before === "", ruleIds, reason });
  }
  return out;
}

// src/rollback/backup.ts
var UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
function sh(word) {
  return /^[A-Za-z0-9_.,:/=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function pgIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function pgQualified(table) {
  const parts2 = table.split(".");
  return parts2.map(pgIdent).join(".");
}
function myIdent(name) {
  return `\`${name.replace(/`/g, "``")}\``;
}
function dumpFile(name, ext) {
  return `${name.replace(/[^A-Za-z0-9_.-]/g, "_")}.${ext}`;
}
function plansOf(losses) {
  const byTable = /* @__PURE__ */ new Map();
  for (const l of losses) {
    if (!l.table) continue;
    const p = byTable.get(l.table) ?? { table: l.table, full: false, losses: [] };
    p.full ||= l.kind === "table";
    p.losses.push(l);
    byTable.set(l.table, p);
  }
  return [...byTable.values()];
}
function keyOf(l) {
  return l.key.length ? { cols: l.key, guessed: false } : { cols: ["id"], guessed: true };
}
function pgRestore(p, file) {
  const out = [];
  const t = pgQualified(p.table);
  const scratch = pgQualified(`${p.table}_restore`);
  const copyName = p.table.includes(".") ? t : `public.${t}`;
  const copyScratch = p.table.includes(".") ? scratch : `public.${scratch}`;
  const intoScratch = [
    `psql "$DATABASE_URL" -c ${sh(`CREATE TABLE ${scratch} (LIKE ${t})`)}`,
    `pg_restore --data-only -f - ${sh(file)} | sed ${sh(`s/^COPY ${copyName.replace(/[.$]/g, "\\$&")} /COPY ${copyScratch} /`)} | psql "$DATABASE_URL"`
  ];
  const table = p.losses.find((l) => l.kind === "table");
  if (table) {
    out.push(`# table ${p.table}${table.shapeRestored ? " (after the downgrade re-creates it, empty):" : " (re-creates it with its indexes and constraints):"}`);
    out.push(table.shapeRestored ? `pg_restore --data-only -d "$DATABASE_URL" ${sh(file)}` : `pg_restore -d "$DATABASE_URL" ${sh(file)}`);
    return out;
  }
  const rowsOnly = p.losses.every((l) => l.kind === "rows");
  if (rowsOnly && p.losses.some((l) => l.op.kind === "truncate" || l.op.kind === "dml" && !l.op.hasWhere)) {
    out.push(`# rows of ${p.table} (the table is empty after the upgrade):`);
    out.push(`pg_restore --data-only -d "$DATABASE_URL" ${sh(file)}`);
    return out;
  }
  const columns = p.losses.filter((l) => l.column).map((l) => l.column);
  const key2 = keyOf(p.losses[0]);
  const on = key2.cols.map((c) => `${t}.${pgIdent(c)} = r.${pgIdent(c)}`).join(" AND ");
  const steps = [];
  if (columns.length) {
    const set = [...new Set(columns)].map((c) => `${pgIdent(c)} = r.${pgIdent(c)}`).join(", ");
    steps.push(`UPDATE ${t} SET ${set} FROM ${scratch} r WHERE ${on}`);
  }
  if (p.losses.some((l) => l.kind === "rows")) steps.push(`INSERT INTO ${t} SELECT * FROM ${scratch} ON CONFLICT DO NOTHING`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(", ");
  out.push(`# ${what} (after the downgrade${columns.length ? " restores the column" : ""}):${key2.guessed ? ` join on your primary key instead of ${key2.cols.join(", ")} if it differs` : ""}`);
  out.push(...intoScratch, `psql "$DATABASE_URL" -c ${sh(`${steps.join("; ")}`)}`);
  return out;
}
function mysqlRestore(p, file) {
  const t = myIdent(p.table);
  const scratch = myIdent(`${p.table}_restore`);
  const table = p.losses.find((l) => l.kind === "table");
  if (table) return [`# table ${p.table}:`, `mysql "$MYSQL_DATABASE" < ${sh(file)}`];
  if (p.losses.every((l) => l.kind === "rows") && p.losses.some((l) => l.op.kind === "truncate" || l.op.kind === "dml" && !l.op.hasWhere)) {
    return [`# rows of ${p.table} (the table is empty after the upgrade):`, `mysql "$MYSQL_DATABASE" < ${sh(file)}`];
  }
  const columns = [...new Set(p.losses.filter((l) => l.column).map((l) => l.column))];
  const key2 = keyOf(p.losses[0]);
  const on = key2.cols.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(" AND ");
  const steps = [];
  if (columns.length) steps.push(`UPDATE ${t} t JOIN ${scratch} r ON ${on} SET ${columns.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(", ")}`);
  if (p.losses.some((l) => l.kind === "rows")) steps.push(`INSERT IGNORE INTO ${t} SELECT * FROM ${scratch}`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(", ");
  return [
    `# ${what} (after the downgrade${columns.length ? " restores the column" : ""}):${key2.guessed ? ` join on your primary key instead of ${key2.cols.join(", ")} if it differs` : ""}`,
    `mysql "$MYSQL_DATABASE" -e ${sh(`CREATE TABLE ${scratch} LIKE ${t}`)}`,
    `sed ${sh(`s/^INSERT INTO ${t.replace(/`/g, "\\`")} /INSERT INTO ${scratch.replace(/`/g, "\\`")} /`)} ${sh(file)} | mysql "$MYSQL_DATABASE"`,
    `mysql "$MYSQL_DATABASE" -e ${sh(steps.join("; "))}`
  ];
}
function backupCommand(dialect, table, full) {
  if (dialect === "mysql") {
    const file2 = dumpFile(table, "sql");
    return full ? `mysqldump --single-transaction "$MYSQL_DATABASE" ${sh(table)} > ${sh(file2)}` : `mysqldump --single-transaction --no-create-info --complete-insert "$MYSQL_DATABASE" ${sh(table)} > ${sh(file2)}`;
  }
  const file = dumpFile(table, "dump");
  return `pg_dump -Fc${full ? "" : " --data-only"} -t ${sh(pgQualified(table))} "$DATABASE_URL" > ${sh(file)}`;
}
function backupCommands(dialect, losses) {
  if (losses.length === 0) return [];
  const odd = losses.filter((l) => [l.table, l.column, l.schema, ...l.key].some((n) => typeof n === "string" && UNSAFE_NAME.test(n)));
  if (odd.length) {
    return ["# Back up the data at risk by hand: a name holds control, line-break or bidirectional characters, so no command is written for it."];
  }
  const out = ["# Before deploying, back up the data at risk:"];
  const restore = [];
  for (const l of losses) {
    if (l.kind !== "schema") continue;
    const name = l.schema ?? "";
    if (dialect === "mysql") {
      out.push(`mysqldump --single-transaction --databases ${sh(name)} > ${sh(dumpFile(name, "sql"))}`);
      restore.push(`# ${l.object}:`, `mysql < ${sh(dumpFile(name, "sql"))}`);
    } else if (l.schemaTarget === "database") {
      out.push(`pg_dump -Fc ${sh(`--dbname=${name}`)} > ${sh(dumpFile(name, "dump"))}`);
      restore.push(`# ${l.object}:`, `pg_restore -C -d postgres ${sh(dumpFile(name, "dump"))}`);
    } else {
      out.push(`pg_dump -Fc -n ${sh(pgIdent(name))} "$DATABASE_URL" > ${sh(dumpFile(name, "dump"))}`);
      restore.push(`# ${l.object}:`, `pg_restore -d "$DATABASE_URL" ${sh(dumpFile(name, "dump"))}`);
    }
  }
  for (const p of plansOf(losses)) {
    out.push(backupCommand(dialect, p.table, p.full));
    const file = dialect === "mysql" ? dumpFile(p.table, "sql") : dumpFile(p.table, "dump");
    restore.push(...dialect === "mysql" ? mysqlRestore(p, file) : pgRestore(p, file));
  }
  return [...out, "# To restore after rolling back:", ...restore];
}

// src/rollback/narrowing.ts
var INT_WIDTH = {
  int2: 2,
  smallint: 2,
  int4: 4,
  integer: 4,
  int: 4,
  int8: 8,
  bigint: 8,
  tinyint: 1,
  mediumint: 3
};
var FLOAT_WIDTH = { float4: 4, real: 4, float: 4, float8: 8, double: 8, "double precision": 8 };
var DECIMAL = /* @__PURE__ */ new Set(["numeric", "decimal"]);
var TIMESTAMP = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "datetime"]);
var PRECISION_TYPES = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time", "timetz", "interval", "datetime"]);
var STRINGS = /* @__PURE__ */ new Set(["varchar", "bpchar", "char", "text", "tinytext", "mediumtext", "longtext"]);
var MYSQL_TEXT_LIMIT = { tinytext: 255, text: 65535, mediumtext: 16777215, longtext: 4294967295 };
function stringLimit(t) {
  if (t.name === "varchar" || t.name === "bpchar" || t.name === "char") return t.args[0] ?? Number.POSITIVE_INFINITY;
  return MYSQL_TEXT_LIMIT[t.name] ?? Number.POSITIVE_INFINITY;
}
function narrowingLoss(dialect, from, to, using, column) {
  if (!from || from.array !== to.array) return null;
  const computed = using !== null && using !== column && using !== `${column}::${to.text}`;
  const a = from.name;
  const b = to.name;
  if (DECIMAL.has(a) && DECIMAL.has(b)) {
    const [p1, s1 = 0] = from.args;
    const [p2, s2 = 0] = to.args;
    if (to.args.length > 0 && (from.args.length === 0 || s2 < s1)) return `${from.text} \u2192 ${to.text} rounds values to ${s2} decimal place${s2 === 1 ? "" : "s"}`;
    if (p1 !== void 0 && p2 !== void 0 && p2 < p1 && dialect === "mysql") return `${from.text} \u2192 ${to.text} clamps values that no longer fit`;
    return null;
  }
  if ((DECIMAL.has(a) || a in FLOAT_WIDTH) && b in INT_WIDTH) return `${from.text} \u2192 ${to.text} drops the fractional part of every value`;
  if (a in FLOAT_WIDTH && b in FLOAT_WIDTH && FLOAT_WIDTH[b] < FLOAT_WIDTH[a]) return `${from.text} \u2192 ${to.text} keeps only about 6 significant digits`;
  if (DECIMAL.has(a) && b in FLOAT_WIDTH) return `${from.text} \u2192 ${to.text} turns exact decimals into approximate floating point`;
  if (TIMESTAMP.has(a) && b === "date") return `${from.text} \u2192 ${to.text} drops the time of day`;
  if (PRECISION_TYPES.has(a) && a === b) {
    const p1 = from.args[0] ?? 6;
    const p2 = to.args[0] ?? 6;
    if (p2 < p1) return `${from.text} \u2192 ${to.text} rounds the fractional seconds`;
    return null;
  }
  if (a in INT_WIDTH && b in INT_WIDTH && INT_WIDTH[b] < INT_WIDTH[a]) {
    if (dialect === "mysql") return `${from.text} \u2192 ${to.text} clamps values outside the smaller range (outside strict mode)`;
    return computed ? `${from.text} \u2192 ${to.text} through USING ${using} can change values` : null;
  }
  if (STRINGS.has(a) && STRINGS.has(b)) {
    const before = stringLimit(from);
    const after = stringLimit(to);
    if (after >= before) return null;
    if (dialect === "mysql") return `${from.text} \u2192 ${to.text} cuts values longer than ${after} characters (outside strict mode)`;
    return computed ? `${from.text} \u2192 ${to.text} through USING ${using} cuts values longer than ${after} characters` : null;
  }
  return null;
}

// src/rollback/pairing.ts
var COLUMN_OPS = /* @__PURE__ */ new Set(["addColumn", "dropColumn", "renameColumn", "alterColumnType", "setNotNull", "dropNotNull", "setDefault", "dropDefault"]);
function restoredByRoundTrip(op, differs) {
  if ([...differs].some((d) => d.startsWith("enum:")) && ["createEnum", "dropEnum", "alterColumnType", "setDefault", "dropDefault"].includes(op.kind)) return false;
  if (op.kind === "createEnum" || op.kind === "dropEnum") return !differs.has(`enum:${op.name}`);
  if (op.kind === "dropIndex" && !op.table) return ![...differs].some((d) => d.endsWith("#indexes"));
  const t = tableOf(op);
  if (!t || differs.has(t)) return false;
  if (COLUMN_OPS.has(op.kind)) {
    const cols = op.kind === "renameColumn" ? [`${t}.${op.column}`, `${t}.${op.newName}`] : columnsOf(op);
    return cols.every((c) => !differs.has(c));
  }
  if (op.kind === "createIndex" || op.kind === "dropIndex") return !differs.has(`${t}#indexes`);
  if (op.kind === "addConstraint" || op.kind === "dropConstraint") return !differs.has(`${t}#constraints`);
  if (op.kind === "createTable" || op.kind === "dropTable" || op.kind === "renameTable") {
    const names = op.kind === "renameTable" ? [t, op.newName] : [t];
    return names.every((n) => ![...differs].some((d) => d === n || d.startsWith(`${n}.`) || d.startsWith(`${n}#`)));
  }
  return false;
}
var NEUTRAL = /* @__PURE__ */ new Set(["setLockTimeout", "transaction", "vacuum", "cluster", "reindex", "comment", "validateConstraint", "dml", "truncate", "dropSchema", "alterTableOption"]);
var CREATING_STATEMENTS = /* @__PURE__ */ new Set(["ViewStmt", "CreateSeqStmt", "CreateTableAsStmt", "CreateMatViewStmt"]);
var base = (name) => name.split(".").pop() ?? name;
var OTHER_OBJECT = { ViewStmt: "VIEW", CreateSeqStmt: "SEQUENCE", CreateTableAsStmt: "MATERIALIZED VIEW", CreateMatViewStmt: "MATERIALIZED VIEW" };
function defaultConstraintNames(table, c) {
  return c.kind === "primaryKey" ? [defaultConstraintName(table, c), "primary"] : [defaultConstraintName(table, c)];
}
function sameType(a, b) {
  return a.name === b.name && a.array === b.array && a.args.length === b.args.length && a.args.every((v, i) => v === b.args[i]);
}
function describeObject(op) {
  switch (op.kind) {
    case "createTable":
    case "dropTable":
    case "renameTable":
      return `table ${op.table}`;
    case "addColumn":
      return `column ${op.table}.${op.column.name}`;
    case "dropColumn":
    case "renameColumn":
    case "alterColumnType":
    case "setNotNull":
    case "dropNotNull":
    case "setDefault":
    case "dropDefault":
      return `column ${op.table}.${op.column}`;
    case "createIndex":
      return `index ${op.name ?? defaultIndexName(op.table, op.columns)} on ${op.table}`;
    case "dropIndex":
      return `index ${op.name}`;
    case "addConstraint":
      return `constraint ${op.constraint.name ?? `(${op.constraint.kind} on ${op.constraint.columns.join(", ")})`} on ${op.table}`;
    case "dropConstraint":
    case "validateConstraint":
      return `constraint ${op.name} on ${op.table}`;
    case "createEnum":
    case "dropEnum":
      return `type ${op.name}`;
    case "alterEnum":
      return `value '${op.value}' of type ${op.name}`;
    case "other":
      return op.object ? `${OTHER_OBJECT[op.statement]?.toLowerCase() ?? "object"} ${op.object}` : op.statement;
    case "truncate":
      return `table ${op.tables.join(", ")}`;
    case "dml":
      return `table ${op.table}`;
    default:
      return op.kind;
  }
}
function changeOf(op) {
  const obj = describeObject(op);
  switch (op.kind) {
    case "createTable":
    case "createIndex":
    case "createEnum":
      return `creates ${obj}`;
    case "addColumn":
    case "addConstraint":
      return `adds ${obj}`;
    case "dropTable":
    case "dropColumn":
    case "dropIndex":
    case "dropConstraint":
    case "dropEnum":
      return `drops ${obj}`;
    case "renameTable":
      return `renames ${obj} to ${op.newName}`;
    case "renameColumn":
      return `renames ${obj} to ${op.newName}`;
    case "alterColumnType":
      return `changes ${obj} to ${op.type.text}`;
    case "setNotNull":
      return `sets NOT NULL on ${obj}`;
    case "dropNotNull":
      return `drops NOT NULL from ${obj}`;
    case "setDefault":
      return `sets DEFAULT ${op.default.sql} on ${obj}`;
    case "dropDefault":
      return op.identity ? `drops the identity of ${obj}` : `drops the DEFAULT of ${obj}`;
    case "alterEnum":
      return op.action === "addValue" ? `adds ${obj}` : op.action === "dropValue" ? `removes ${obj}` : `renames ${obj} to '${op.newValue}'`;
    case "other":
      return `${op.statement === "DropStmt" ? "drops" : "creates"} ${obj}`;
    default:
      return `changes ${obj}`;
  }
}
function q(s) {
  return `'${s.replace(/'/g, "\\'")}'`;
}
function inverseText(op, m, previousType) {
  const fw = m.framework;
  switch (op.kind) {
    case "createTable":
      return fw === "alembic" ? `op.drop_table(${q(op.table)})` : fw === "knex" ? `knex.schema.dropTable(${q(op.table)})` : `DROP TABLE ${op.table};`;
    case "dropTable":
      return fw === "alembic" ? `op.create_table(${q(op.table)}, ...)` : fw === "knex" ? `knex.schema.createTable(${q(op.table)}, (t) => { ... })` : `CREATE TABLE ${op.table} (...) with its columns, constraints and indexes`;
    case "renameTable":
      return fw === "alembic" ? `op.rename_table(${q(op.newName)}, ${q(op.table)})` : fw === "knex" ? `knex.schema.renameTable(${q(op.newName)}, ${q(op.table)})` : `ALTER TABLE ${op.newName} RENAME TO ${base(op.table)};`;
    case "addColumn":
      return fw === "alembic" ? `op.drop_column(${q(op.table)}, ${q(op.column.name)})` : fw === "knex" ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.dropColumn(${q(op.column.name)}); })` : `ALTER TABLE ${op.table} DROP COLUMN ${op.column.name};`;
    case "dropColumn":
      return fw === "alembic" ? `op.add_column(${q(op.table)}, sa.Column(${q(op.column)}, ...))` : fw === "knex" ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.<type>(${q(op.column)}); })` : `ALTER TABLE ${op.table} ADD COLUMN ${op.column} ${previousType?.text ?? "<type>"};`;
    case "renameColumn":
      return fw === "alembic" ? `op.alter_column(${q(op.table)}, ${q(op.newName)}, new_column_name=${q(op.column)})` : fw === "knex" ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.renameColumn(${q(op.newName)}, ${q(op.column)}); })` : `ALTER TABLE ${op.table} RENAME COLUMN ${op.newName} TO ${op.column};`;
    case "alterColumnType": {
      const t = previousType?.text ?? "<previous type>";
      return fw === "alembic" ? `op.alter_column(${q(op.table)}, ${q(op.column)}, type_=<${t}>)` : m.dialect === "mysql" ? `ALTER TABLE ${op.table} MODIFY COLUMN ${op.column} ${t};` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} TYPE ${t};`;
    }
    case "setNotNull":
      return fw === "alembic" ? `op.alter_column(${q(op.table)}, ${q(op.column)}, nullable=True)` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} DROP NOT NULL;`;
    case "dropNotNull":
      return fw === "alembic" ? `op.alter_column(${q(op.table)}, ${q(op.column)}, nullable=False)` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} SET NOT NULL;`;
    case "setDefault":
    case "dropDefault":
      if (op.kind === "dropDefault" && op.identity) return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} ADD GENERATED BY DEFAULT AS IDENTITY;`;
      return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} ${op.kind === "setDefault" ? "DROP DEFAULT (or SET DEFAULT <previous default>)" : "SET DEFAULT <previous default>"};`;
    case "createIndex": {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      if (fw === "alembic") return `op.drop_index(${q(name)}, table_name=${q(op.table)})`;
      if (fw === "knex") return `knex.schema.alterTable(${q(op.table)}, (t) => { t.dropIndex([], ${q(name)}); })`;
      return m.dialect === "mysql" ? `DROP INDEX ${name} ON ${op.table};` : `DROP INDEX ${op.concurrently ? "CONCURRENTLY " : ""}${name};`;
    }
    case "dropIndex":
      return fw === "alembic" ? `op.create_index(${q(op.name)}, ...)` : `CREATE INDEX ${op.name} ON ${op.table ?? "<table>"} (...);`;
    case "addConstraint": {
      const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
      if (fw === "alembic") return `op.drop_constraint(${q(name)}, ${q(op.table)})`;
      if (m.dialect === "mysql" && op.constraint.kind === "foreignKey") return `ALTER TABLE ${op.table} DROP FOREIGN KEY ${name};`;
      return `ALTER TABLE ${op.table} DROP CONSTRAINT ${name};`;
    }
    case "dropConstraint":
      return fw === "alembic" ? `op.create_..._constraint(${q(op.name)}, ${q(op.table)}, ...)` : `ALTER TABLE ${op.table} ADD CONSTRAINT ${op.name} ...;`;
    case "createEnum":
      return `DROP TYPE ${op.name};`;
    case "dropEnum":
      return `CREATE TYPE ${op.name} AS ENUM (...);`;
    case "alterEnum":
      return op.action === "renameValue" ? `ALTER TYPE ${op.name} RENAME VALUE '${op.newValue}' TO '${op.value}';` : `ALTER TYPE ${op.name} ADD VALUE '${op.value}';`;
    case "other":
      return op.statement === "DropStmt" ? `the CREATE statement for ${op.object}` : `DROP ${OTHER_OBJECT[op.statement] ?? "<object>"} ${op.object};`;
    default:
      return "the inverse statement";
  }
}
function columnsOf(op) {
  switch (op.kind) {
    case "addColumn":
      return [`${op.table}.${op.column.name}`];
    case "alterColumnType":
    case "setNotNull":
    case "dropNotNull":
    case "setDefault":
    case "dropDefault":
    case "dropColumn":
    case "renameColumn":
      return [`${op.table}.${op.column}`];
    case "createIndex":
      return op.columns.map((c) => `${op.table}.${c}`);
    case "addConstraint":
      return op.constraint.columns.map((c) => `${op.table}.${c}`);
    default:
      return [];
  }
}
function tableOf(op) {
  return "table" in op && typeof op.table === "string" ? op.table : null;
}
var PROPERTY_GROUP = {
  setNotNull: "null",
  dropNotNull: "null",
  setDefault: "default",
  dropDefault: "default",
  alterColumnType: "type"
};
function conventionNames(m, table, c) {
  if (m?.framework !== "alembic" || c.kind !== "check" || !c.name) return [];
  return [`ck_${base(table)}_${base(c.name)}`];
}
function inverts(up, d, facts, m = null) {
  switch (up.kind) {
    case "createTable":
      return d.kind === "dropTable" && d.table === up.table;
    case "dropTable":
      return d.kind === "createTable" && d.table === up.table;
    case "renameTable":
      return d.kind === "renameTable" && d.table === up.newName && base(d.newName) === base(up.table);
    case "addColumn":
      return d.kind === "dropColumn" && d.table === up.table && d.column === up.column.name;
    case "dropColumn":
      return d.kind === "addColumn" && d.table === up.table && d.column.name === up.column;
    case "renameColumn":
      return d.kind === "renameColumn" && d.table === up.table && d.column === up.newName && d.newName === up.column;
    case "alterColumnType":
      return d.kind === "alterColumnType" && d.table === up.table && d.column === up.column;
    case "setNotNull":
    case "dropNotNull": {
      if (d.kind !== "setNotNull" && d.kind !== "dropNotNull") return false;
      if (d.table !== up.table || d.column !== up.column) return false;
      if (facts?.column) return d.kind === "setNotNull" === facts.column.notNull;
      return d.kind !== up.kind;
    }
    case "setDefault":
    case "dropDefault":
      if (up.kind === "dropDefault" && up.identity) return d.kind === "alterTableOption" && d.option === "identity" && d.table === up.table && d.detail.endsWith(` on ${up.column}`);
      return (d.kind === "setDefault" || d.kind === "dropDefault") && d.table === up.table && d.column === up.column;
    case "createIndex": {
      const name = base(up.name ?? defaultIndexName(up.table, up.columns));
      if (d.kind === "dropIndex") return base(d.name) === name;
      return d.kind === "dropConstraint" && base(d.name) === name;
    }
    case "dropIndex":
      return d.kind === "createIndex" && base(d.name ?? defaultIndexName(d.table, d.columns)) === base(up.name) || d.kind === "addConstraint" && d.constraint.name !== null && base(d.constraint.name) === base(up.name);
    case "addConstraint": {
      const c = up.constraint;
      const names = c.name ? [c.name, ...conventionNames(m, up.table, c)] : defaultConstraintNames(up.table, c);
      if (d.kind === "dropConstraint") return d.table === up.table && names.includes(d.name);
      if (d.kind === "dropIndex" && (c.kind === "unique" || c.kind === "primaryKey")) return names.some((n) => base(n) === base(d.name));
      return false;
    }
    case "dropConstraint":
      if (d.kind === "addConstraint") {
        if (d.table !== up.table) return false;
        if (d.constraint.name) return d.constraint.name === up.name;
        return defaultConstraintNames(d.table, d.constraint).includes(up.name);
      }
      return d.kind === "createIndex" && d.name !== null && base(d.name) === base(up.name);
    case "createEnum":
      return d.kind === "dropEnum" && d.name === up.name;
    case "dropEnum":
      return d.kind === "createEnum" && d.name === up.name;
    case "alterEnum":
      if (d.kind !== "alterEnum" || d.name !== up.name) return false;
      if (up.action === "renameValue") return d.action === "renameValue" && d.value === up.newValue && d.newValue === up.value;
      if (up.action === "addValue") return d.action === "dropValue" && d.value === up.value;
      return d.action === "addValue" && d.value === up.value;
    case "other":
      if (!up.object || d.kind !== "other" || d.object !== up.object) return false;
      return up.statement === "DropStmt" ? d.statement !== "DropStmt" : d.statement === "DropStmt" || d.statement === up.statement;
    default:
      return false;
  }
}
var key = (...parts2) => parts2.join("\0");
function downKeys(d) {
  switch (d.kind) {
    case "createTable":
    case "dropTable":
    case "renameTable":
    case "alterTableOption":
      return [key("t", d.table)];
    case "addColumn":
      return [key("c", d.table, d.column.name)];
    case "dropColumn":
    case "renameColumn":
    case "alterColumnType":
    case "setNotNull":
    case "dropNotNull":
    case "setDefault":
    case "dropDefault":
      return [key("c", d.table, d.column)];
    case "createIndex":
      return [key("n", base(d.name ?? defaultIndexName(d.table, d.columns)))];
    case "dropIndex":
    case "dropConstraint":
      return [key("n", base(d.name))];
    case "addConstraint":
      return (d.constraint.name ? [d.constraint.name] : defaultConstraintNames(d.table, d.constraint)).map((n) => key("n", base(n)));
    case "createEnum":
    case "dropEnum":
    case "alterEnum":
      return [key("e", d.name)];
    case "other":
      return d.object ? [key("o", d.object)] : [];
    default:
      return [];
  }
}
function upKeys(up, m = null) {
  switch (up.kind) {
    case "createTable":
    case "dropTable":
      return [key("t", up.table)];
    case "renameTable":
      return [key("t", up.newName)];
    case "addColumn":
      return [key("c", up.table, up.column.name)];
    case "renameColumn":
      return [key("c", up.table, up.newName)];
    case "dropDefault":
      return up.identity ? [key("t", up.table)] : [key("c", up.table, up.column)];
    case "dropColumn":
    case "alterColumnType":
    case "setNotNull":
    case "dropNotNull":
    case "setDefault":
      return [key("c", up.table, up.column)];
    case "createIndex":
      return [key("n", base(up.name ?? defaultIndexName(up.table, up.columns)))];
    case "dropIndex":
    case "dropConstraint":
      return [key("n", base(up.name))];
    case "addConstraint":
      return (up.constraint.name ? [up.constraint.name, ...conventionNames(m, up.table, up.constraint)] : defaultConstraintNames(up.table, up.constraint)).map((n) => key("n", base(n)));
    case "createEnum":
    case "dropEnum":
    case "alterEnum":
      return [key("e", up.name)];
    case "other":
      return up.object ? [key("o", up.object)] : [];
    default:
      return [];
  }
}
function isDataOnly(ops) {
  const data = ops.filter((op) => !(op.kind === "unparsed" && op.repeatsOnly) && !(op.kind === "other" && /^select/i.test(op.statement)));
  return data.length > 0 && data.every((op) => op.kind === "dml" || op.kind === "transaction" || op.kind === "setLockTimeout" || op.kind === "vacuum" || op.kind === "validateConstraint" || op.kind === "reindex");
}
function needsInverse(op, facts) {
  if (NEUTRAL.has(op.kind) || op.kind === "unparsed") return false;
  if (op.kind === "other") return Boolean(op.object) && (CREATING_STATEMENTS.has(op.statement) || op.statement === "DropStmt");
  const col = facts?.column;
  if (col) {
    if (op.kind === "setNotNull" && col.notNull) return false;
    if (op.kind === "dropNotNull" && !col.notNull) return false;
    if (op.kind === "dropDefault" && !col.default) return false;
    if (op.kind === "alterColumnType" && col.type && sameType(col.type, op.type)) return false;
  }
  return true;
}
function downNeedsMatch(op) {
  return !NEUTRAL.has(op.kind) && op.kind !== "unparsed" && op.kind !== "other";
}
function missingDownText(m) {
  if (m.framework === "alembic") return "there is no downgrade() function";
  if (m.framework === "knex") return "there is no down function";
  switch (m.layout) {
    case "dbmate":
      return "there is no `-- migrate:down` section";
    case "flyway":
      return "there is no undo (U) migration";
    default:
      return "there is no down migration file";
  }
}
function expectsDownPart(m) {
  return m.expectsDown;
}
function primaryKeyOf(facts) {
  for (const c of facts?.table?.constraints.values() ?? []) if (c.kind === "primaryKey") return c.columns;
  return [];
}
function dataLossOf(m, up, factsOf, down, written) {
  const out = [];
  const createdAs = (table) => down.some((d) => d.kind === "createTable" && d.table === table);
  const downCreates = (table) => createdAs(table) || down.some((d) => d.kind === "renameTable" && base(d.newName) === base(table) && createdAs(d.table));
  const downRenamesTo = (table) => down.find((d) => d.kind === "renameTable" && base(d.newName) === base(table));
  const downAdds = (table, column) => downCreates(table) || down.some((d) => d.kind === "addColumn" && d.table === table && d.column.name === column);
  const noDown = m.down === null || m.down.length === 0;
  const gone = noDown ? "there is no downgrade to run" : "";
  const createdSoFar = /* @__PURE__ */ new Set();
  const copiedFrom = /* @__PURE__ */ new Set();
  for (const op of up) {
    if (op.kind === "createTable") createdSoFar.add(op.table);
    if (op.kind === "createTable" && op.asSelect) {
      for (const t of op.reads ?? []) if (t !== op.table) copiedFrom.add(t);
    }
    if (op.kind === "dml" && op.action === "insert" && createdSoFar.has(tableOf(written(op)) ?? "")) {
      for (const t of op.reads ?? []) if (t !== op.table) copiedFrom.add(t);
    }
    const f = factsOf(op);
    const shownTable = tableOf(written(op)) ?? "";
    const key2 = primaryKeyOf(f);
    switch (op.kind) {
      case "dropTable":
        if (f && (!f.tableExisted || f.guardsCreate)) break;
        if (copiedFrom.has(op.table)) break;
        {
          const renamed = downCreates(op.table) ? void 0 : downRenamesTo(op.table);
          out.push({
            op,
            kind: "table",
            table: op.table,
            column: null,
            key: key2,
            object: `table ${op.table}`,
            what: `drops table ${op.table} with all its rows`,
            why: gone || (downCreates(op.table) ? "the downgrade re-creates the table empty" : renamed ? `the downgrade renames ${renamed.table} to ${op.table}, which holds none of its rows` : "the downgrade does not re-create the table"),
            shapeRestored: downCreates(op.table) || Boolean(renamed)
          });
        }
        break;
      case "dropColumn":
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        if (downAdds(op.table, op.column) && down.some((d) => d.kind === "dml" && d.table === op.table && d.derives?.includes(op.column))) break;
        out.push({
          op: written(op),
          kind: "column",
          table: shownTable,
          column: op.column,
          key: key2,
          object: `column ${shownTable}.${op.column}`,
          what: `drops column ${shownTable}.${op.column} and every value in it`,
          why: gone || (downAdds(op.table, op.column) ? "the downgrade re-adds the column, but empty (NULL or its default in every row)" : "the downgrade does not re-add the column"),
          shapeRestored: downAdds(op.table, op.column)
        });
        break;
      case "truncate":
        for (const t of op.tables) {
          if (f ? !f.existed(t) : createdSoFar.has(t)) continue;
          out.push({ op, kind: "rows", table: t, column: null, key: key2, object: `rows of ${t}`, what: `deletes every row of ${t} (TRUNCATE)`, why: gone || "a downgrade changes the schema back but cannot re-insert deleted rows", shapeRestored: true });
        }
        break;
      case "dml":
        if (op.action !== "delete" || f && !f.tableExisted) break;
        out.push({
          op: written(op),
          kind: "rows",
          table: shownTable,
          column: null,
          key: key2,
          object: `rows of ${shownTable}`,
          what: op.hasWhere ? `deletes the rows of ${shownTable} that match its WHERE condition` : `deletes every row of ${shownTable} (DELETE without WHERE)`,
          why: gone || "a downgrade changes the schema back but cannot re-insert deleted rows",
          shapeRestored: true
        });
        break;
      case "alterColumnType": {
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        const loss = narrowingLoss(m.dialect, f?.column?.type ?? null, op.type, op.using, op.column);
        if (!loss) break;
        out.push({
          op: written(op),
          kind: "type",
          table: shownTable,
          column: op.column,
          key: key2,
          object: `values of ${shownTable}.${op.column}`,
          what: `narrows column ${shownTable}.${op.column}: ${loss}`,
          why: gone || "changing the type back in the downgrade widens the column but cannot restore the cut or rounded values",
          shapeRestored: !noDown
        });
        break;
      }
      case "dropSchema":
        out.push({
          op,
          kind: "schema",
          table: null,
          column: null,
          key: [],
          schema: op.name,
          schemaTarget: op.target,
          object: `${op.target} ${op.name}`,
          what: `drops ${op.target} ${op.name} and everything in it`,
          why: gone || "no downgrade can bring back the dropped objects and their data",
          shapeRestored: false
        });
        break;
      default:
        break;
    }
  }
  return out;
}
function pairRollback(m, ctx = {}) {
  return computePairing(m, ctx);
}
var CREATES = /* @__PURE__ */ new Set(["createIndex", "createTable", "addColumn", "addConstraint"]);
var REMOVES = /* @__PURE__ */ new Set(["dropIndex", "dropTable", "dropColumn", "dropConstraint"]);
function objectKeys(op) {
  return CREATES.has(op.kind) || REMOVES.has(op.kind) ? downKeys(op) : [];
}
function undoneWithinUp(up, factsOf) {
  const removals = /* @__PURE__ */ new Map();
  up.forEach((op, at) => {
    if (!REMOVES.has(op.kind)) return;
    for (const key2 of objectKeys(op)) {
      let list = removals.get(key2);
      if (!list) removals.set(key2, list = { ops: [], next: 0 });
      list.ops.push({ op, at });
    }
  });
  const undone = /* @__PURE__ */ new Set();
  up.forEach((op, i) => {
    if (!CREATES.has(op.kind)) return;
    for (const key2 of objectKeys(op)) {
      const list = removals.get(key2);
      if (!list) continue;
      while (list.next < list.ops.length && (list.ops[list.next].at < i || undone.has(list.ops[list.next].op))) list.next++;
      const candidate = list.ops[list.next];
      if (candidate && inverts(op, candidate.op, factsOf(op))) {
        list.next++;
        undone.add(op);
        undone.add(candidate.op);
        return;
      }
    }
  });
  for (const op of up) {
    const sets = op.kind === "dropDefault" ? factsOf(op)?.restoresNoDefault : null;
    if (sets) for (const o of [...sets, op]) undone.add(o);
  }
  const createdLater = /* @__PURE__ */ new Set();
  for (let i = up.length - 1; i >= 0; i--) {
    const op = up[i];
    const keys = objectKeys(op);
    if (CREATES.has(op.kind)) for (const key2 of keys) createdLater.add(key2);
    else if (keys.some((key2) => createdLater.has(key2))) {
      const facts = factsOf(op);
      if (op.kind === "dropIndex" && op.ifExists && facts && facts.table === null || op.kind === "dropTable" && facts?.guardsCreate) undone.add(op);
    }
  }
  const scratch = new Set([...undone].flatMap((op) => op.kind === "createTable" ? [op.table] : []));
  if (scratch.size) {
    for (const op of up) if (!undone.has(op) && scratch.has(tableOf(op) ?? "")) undone.add(op);
  }
  return undone;
}
var TABLE_OPS = /* @__PURE__ */ new Set(["createTable", "dropTable", "renameTable"]);
function underFormerNames(up, down) {
  const former = /* @__PURE__ */ new Map();
  const shownAs = /* @__PURE__ */ new Map();
  const pairedAs = /* @__PURE__ */ new Map();
  const walk = (ops) => ops.map((op) => {
    if (op.kind === "renameTable") {
      const was2 = former.get(op.table) ?? op.table;
      former.delete(op.table);
      former.set(op.newName, was2);
      return op;
    }
    if (op.kind === "createTable" || op.kind === "dropTable") {
      former.delete(op.table);
      return op;
    }
    const t = TABLE_OPS.has(op.kind) ? null : tableOf(op);
    const was = t === null ? void 0 : former.get(t);
    if (was === void 0 || was === t) return op;
    const renamed = { ...op, table: was };
    shownAs.set(renamed, op);
    pairedAs.set(op, renamed);
    return renamed;
  });
  const paired = { up: walk(up), down: walk(down) };
  return { ...paired, written: (op) => shownAs.get(op) ?? op, paired: (op) => pairedAs.get(op) ?? op };
}
function computePairing(m, ctx) {
  const { up, down, written, paired } = underFormerNames(m.up, m.down ?? []);
  const factsOf = (op) => ctx.facts?.(written(op));
  const expectsDown = expectsDownPart(m);
  const downPresent = down.length > 0;
  const undoneInUp = undoneWithinUp(up, factsOf);
  const needsDown = (op) => !undoneInUp.has(op) && needsInverse(op, factsOf(op));
  let downUnusable = null;
  if (m.downIrreversible) downUnusable = `the downgrade refuses to run: ${m.downIrreversible.reason}`;
  else if (expectsDown && m.down === null) downUnusable = missingDownText(m);
  else if (expectsDown && !downPresent && up.some(needsDown)) downUnusable = "the downgrade is empty";
  const unanalyzable = [
    ...m.up.filter((op) => op.kind === "unparsed").map((op) => ({ op, side: "up" })),
    ...(m.down ?? []).filter((op) => op.kind === "unparsed").map((op) => ({ op, side: "down" }))
  ];
  const dataLoss = dataLossOf(m, up, factsOf, down, written);
  const result = { dataOnly: isDataOnly(m.up), expectsDown, downPresent, downUnusable, needInverse: 0, inverted: 0, missing: [], notInvertible: [], unmatchedDown: [], dataLoss, unanalyzable };
  if (!expectsDown || downUnusable) {
    result.needInverse = up.filter(needsDown).length;
    return result;
  }
  const createdInUp = new Set(up.flatMap((op) => op.kind === "createTable" ? [op.table] : []));
  const addedInUp = new Set(up.flatMap((op) => op.kind === "addColumn" ? [`${op.table}.${op.column.name}`] : []));
  const enumsInUp = new Set(up.flatMap((op) => op.kind === "createEnum" ? [op.name] : []));
  const droppedInDown = new Set(down.flatMap((op) => op.kind === "dropTable" ? [op.table] : []));
  const columnsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropColumn" ? [`${op.table}.${op.column}`] : []));
  const enumsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropEnum" ? [op.name] : []));
  const indexOwnedBy = /* @__PURE__ */ new Map();
  for (const op of up) if (op.kind === "addConstraint" && op.constraint.usingIndex) indexOwnedBy.set(base(op.constraint.usingIndex), op.constraint.name ?? "");
  const constraintsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropConstraint" ? [op.name] : []));
  const finalName = (d, at) => {
    const renamed = down.find((x, j) => j > at && x.kind === "other" && x.typeRenamedTo !== void 0 && base(x.object ?? "") === base(d.name));
    return renamed ? base(renamed.typeRenamedTo) : base(d.name);
  };
  const rebuiltEnums = /* @__PURE__ */ new Set();
  const rebuildTypes = /* @__PURE__ */ new Set();
  down.forEach((d, at) => {
    if (d.kind !== "createEnum") return;
    const name = finalName(d, at);
    if (!up.some((u) => u.kind === "alterEnum" && u.action === "addValue" && base(u.name) === name && !d.values.includes(u.value))) return;
    rebuiltEnums.add(name);
    rebuildTypes.add(base(d.name));
  });
  const rebuildColumns = new Set(down.flatMap((d) => d.kind === "alterColumnType" && rebuildTypes.has(base(d.type.name)) ? [`${d.table}.${d.column}`] : []));
  const createdInDown = new Set(down.flatMap((d) => d.kind === "createEnum" ? [base(d.name)] : []));
  const partOfEnumRebuild = (d) => {
    if (rebuiltEnums.size === 0) return false;
    if (d.kind === "createEnum") return rebuildTypes.has(base(d.name));
    if (d.kind === "alterColumnType" || d.kind === "setDefault" || d.kind === "dropDefault") return rebuildColumns.has(`${d.table}.${d.column}`);
    if (d.kind === "dropEnum") {
      if (createdInDown.has(base(d.name))) return false;
      if (rebuiltEnums.has(base(d.name))) return !rebuildTypes.has(base(d.name));
      return [...rebuiltEnums].some((e) => base(d.name) !== e && base(d.name).includes(e));
    }
    return false;
  };
  const covered = (op) => {
    const t = tableOf(op);
    if (t && createdInUp.has(t) && droppedInDown.has(t) && op.kind !== "createTable") return true;
    const as = tableOf(written(op));
    if (as && renamedInUp.has(as) && droppedInDown.has(as) && !TABLE_OPS.has(op.kind)) return true;
    const cols = columnsOf(op);
    if (op.kind !== "addColumn" && cols.some((c) => addedInUp.has(c) && columnsDroppedInDown.has(c))) return true;
    if (op.kind === "createIndex" && op.name && indexOwnedBy.has(base(op.name)) && constraintsDroppedInDown.has(indexOwnedBy.get(base(op.name)))) return true;
    if (op.kind === "alterEnum" && enumsInUp.has(op.name) && enumsDroppedInDown.has(op.name)) return true;
    return false;
  };
  const droppedInUp = new Set(up.flatMap((op) => op.kind === "dropTable" ? [base(op.table)] : []));
  const swapsBack = down.filter((d) => d.kind === "renameTable" && createdInUp.has(d.table) && droppedInUp.has(base(d.newName)));
  const rebuiltBack = new Set(swapsBack.map((d) => d.table));
  const renamedInUp = new Set(up.flatMap((op) => op.kind === "renameTable" ? [op.newName] : []));
  const restoringDownOps = (op) => {
    if (op.kind === "createTable") {
      const back = swapsBack.find((d) => d.table === op.table);
      return back ? [back] : null;
    }
    if (op.kind === "dropTable") {
      const back = swapsBack.find((d) => base(d.newName) === base(op.table));
      if (back) return [back];
      const renamed = down.findIndex((d) => d.kind === "renameTable" && base(d.newName) === base(op.table));
      const created = renamed < 0 ? -1 : down.findIndex((d, i) => i < renamed && d.kind === "createTable" && d.table === down[renamed].table);
      return created >= 0 ? [down[created], down[renamed]] : null;
    }
    if (op.kind === "renameTable") {
      const created = down.find((d) => d.kind === "createTable" && base(d.table) === base(op.table));
      const dropped = down.find((d) => d.kind === "dropTable" && d.table === op.newName);
      return created && dropped ? [created, dropped] : null;
    }
    return null;
  };
  const used = /* @__PURE__ */ new Set();
  const downAt = /* @__PURE__ */ new Map();
  down.forEach((d, i) => {
    for (const k of downKeys(d)) {
      const list = downAt.get(k);
      if (!list) downAt.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const firstInverse = (op, facts, shared) => {
    let best = -1;
    for (const k of upKeys(op, m)) {
      for (const i of downAt.get(k) ?? []) {
        if (best >= 0 && i >= best) break;
        const d = down[i];
        if ((shared || !used.has(d)) && inverts(op, d, facts, m)) {
          best = i;
          break;
        }
      }
    }
    return best < 0 ? void 0 : down[best];
  };
  const downHasUnnamedOther = down.some((d) => d.kind === "other" && !d.object);
  const touchedColumns = /* @__PURE__ */ new Set();
  for (const op of up) {
    for (const c of columnsOf(op)) touchedColumns.add(c);
    if (op.kind === "renameColumn") touchedColumns.add(`${op.table}.${op.newName}`);
    const facts = factsOf(op);
    if (!needsDown(op)) continue;
    result.needInverse++;
    const group = PROPERTY_GROUP[op.kind];
    const inverse = firstInverse(op, facts, Boolean(group));
    if (inverse) {
      used.add(inverse);
      if (op.kind === "alterColumnType" && inverse.kind === "alterColumnType" && facts?.column?.type && !sameType(facts.column.type, inverse.type)) {
        const shown2 = written(op);
        result.missing.push({
          op: shown2,
          object: describeObject(shown2),
          change: changeOf(shown2),
          expected: inverseText(shown2, m, facts.column.type),
          detail: `the downgrade changes it to ${inverse.type.text}, but before the upgrade it was ${facts.column.type.text}`
        });
        continue;
      }
      result.inverted++;
      continue;
    }
    const restoredBy = restoringDownOps(op);
    if (restoredBy) {
      for (const d of restoredBy) used.add(d);
      result.inverted++;
      continue;
    }
    if (covered(op) || op.kind === "other" && op.statement === "DropStmt" && downHasUnnamedOther) {
      result.inverted++;
      continue;
    }
    if (op.kind === "alterEnum" && op.action === "addValue" && rebuiltEnums.has(base(op.name))) {
      result.inverted++;
      continue;
    }
    if (op.kind === "alterEnum" && op.action === "addValue" && m.dialect === "postgres") {
      result.notInvertible.push({
        op: written(op),
        object: describeObject(written(op)),
        reason: `PostgreSQL cannot remove a value from an enum type (there is no ALTER TYPE ... DROP VALUE), so after a rollback '${op.value}' stays in ${op.name}; removing it means re-creating the type and every column that uses it`
      });
      continue;
    }
    const shown = written(op);
    result.missing.push({ op: shown, object: describeObject(shown), change: changeOf(shown), expected: inverseText(shown, m, facts?.column?.type ?? null) });
  }
  if (unanalyzable.some((u) => u.side === "down")) result.missing = [];
  if (!unanalyzable.some((u) => u.side === "up")) {
    const recreated = new Set(down.flatMap((op) => op.kind === "createTable" ? [op.table] : []));
    const readded = new Set(down.flatMap((op) => op.kind === "addColumn" ? [`${op.table}.${op.column.name}`] : []));
    const columnsDroppedInUp = new Set(up.flatMap((u) => u.kind === "dropColumn" ? [key(u.table, u.column)] : []));
    const rebuiltInDown = /* @__PURE__ */ new Set();
    down.forEach((d, i) => {
      if (d.kind !== "renameTable") return;
      const again = down.findIndex((c, j) => j > i && c.kind === "createTable" && c.table === d.table);
      const dropped = down.findIndex((c, j) => j > i && c.kind === "dropTable" && c.table === d.newName);
      if (again >= 0 && dropped >= 0) rebuiltInDown.add(d).add(down[again]).add(down[dropped]);
    });
    const rebuiltIndexes = /* @__PURE__ */ new Set();
    const droppedIndexes = /* @__PURE__ */ new Map();
    for (const d of down) {
      if (d.kind === "dropIndex") droppedIndexes.set(base(d.name), d);
      else if (d.kind === "createIndex" && d.name !== null && droppedIndexes.has(base(d.name))) rebuiltIndexes.add(droppedIndexes.get(base(d.name))).add(d);
    }
    for (const d of down) {
      if (used.has(d) || rebuiltIndexes.has(d) || rebuiltInDown.has(d) || !downNeedsMatch(d) || partOfEnumRebuild(d)) continue;
      const t = tableOf(d);
      if (t && (recreated.has(t) || rebuiltBack.has(t)) && d.kind !== "createTable") continue;
      const cols = columnsOf(d);
      if (d.kind !== "addColumn" && cols.some((c) => readded.has(c))) continue;
      if (PROPERTY_GROUP[d.kind] && cols.some((c) => touchedColumns.has(c))) continue;
      if (d.kind === "createIndex" && d.columns.some((c) => columnsDroppedInUp.has(key(d.table, c)))) continue;
      if (d.kind === "dropTable" && createdInUp.has(d.table)) continue;
      const shown = written(d);
      result.unmatchedDown.push({ op: shown, object: describeObject(shown), change: changeOf(shown) });
    }
  }
  if ((result.missing.length || result.unmatchedDown.length) && ctx.roundTripDifferences) {
    const differs = ctx.roundTripDifferences();
    const settled = (x) => restoredByRoundTrip(x.op, differs) && restoredByRoundTrip(paired(x.op), differs);
    result.missing = result.missing.filter((x) => !settled(x));
    result.unmatchedDown = result.unmatchedDown.filter((x) => !settled(x));
    result.inverted = result.needInverse - result.missing.length - result.notInvertible.length;
  }
  return result;
}

// src/rollback/analyze.ts
function lossBackup(m, l) {
  const commands = backupCommands(m.dialect, [l]);
  const backup = l.table ? backupCommand(m.dialect, l.table, l.kind === "table") : commands.find((c) => !c.startsWith("#")) ?? "";
  const restore = commands.slice(commands.indexOf("# To restore after rolling back:") + 1).filter((c) => !c.startsWith("#"));
  return { backup, restore };
}
function analyzeMigrationRollback(m, ctx = {}) {
  return analysisOf(m, pairRollback(m, ctx));
}
function analyzeStepRollback(m, group, ctx = {}) {
  if (group.length < 2) return analyzeMigrationRollback(m, ctx);
  const downs = group.filter((g) => g.down !== null);
  const whole = {
    ...m,
    up: group.flatMap((g) => g.up),
    down: downs.length ? downs.flatMap((g) => g.down) : null,
    downIrreversible: group.find((g) => g.downIrreversible)?.downIrreversible ?? null
  };
  const all = pairRollback(whole, ctx);
  const alone = pairRollback(m, ctx);
  const mine = /* @__PURE__ */ new Set([...m.up, ...m.down ?? []]);
  const keep = (xs) => xs.filter((x) => mine.has(x.op));
  const missing = keep(all.missing);
  const notInvertible = keep(all.notInvertible);
  return analysisOf(m, {
    ...all,
    dataOnly: alone.dataOnly,
    needInverse: alone.needInverse,
    inverted: Math.max(0, alone.needInverse - missing.length - notInvertible.length),
    missing,
    notInvertible,
    unmatchedDown: keep(all.unmatchedDown),
    dataLoss: keep(all.dataLoss),
    unanalyzable: keep(all.unanalyzable)
  });
}
function analysisOf(m, pairing) {
  const backups = new Map(pairing.dataLoss.map((l) => [l, lossBackup(m, l)]));
  return { pairing, report: verdictOf(pairing, m), backupOf: (l) => backups.get(l) ?? lossBackup(m, l) };
}
function line(op, m) {
  return op.loc.file === m.file ? `line ${op.loc.line}` : `${op.loc.file}:${op.loc.line}`;
}
function inverseCheck(p, m) {
  if (!p.expectsDown) return `n/a (${m.layout ?? m.framework} has no down migrations)`;
  if (p.downUnusable) return m.downIrreversible ? "down refuses to run" : "no down";
  const parts2 = [`${p.inverted}/${p.needInverse} ops inverted`];
  const notInverted = p.missing.length + p.notInvertible.length;
  if (notInverted) parts2.push(`${notInverted} not undone`);
  if (p.unmatchedDown.length) parts2.push(`${p.unmatchedDown.length} down op${p.unmatchedDown.length === 1 ? "" : "s"} matching nothing`);
  if (p.unanalyzable.length) parts2.push("unverified");
  return parts2.join(", ");
}
function verdictOf(p, m) {
  const dataAtRisk = [...new Set(p.dataLoss.map((l) => l.object))];
  const backup = backupCommands(m.dialect, p.dataLoss);
  const lossReasons = p.dataLoss.map((l) => `${line(l.op, m)}: the upgrade ${l.what}; ${l.why}`);
  const common = { downPresent: p.downPresent, dataAtRisk, inverse: inverseCheck(p, m), ...backup.length ? { backup } : {} };
  if (p.downUnusable && p.expectsDown) {
    return { verdict: "irreversible", reasons: [p.downUnusable, ...lossReasons], ...common };
  }
  const mismatch = [
    ...p.missing.map((x) => `${line(x.op, m)}: the upgrade ${x.change} but the downgrade does not undo it${x.detail ? ` (${x.detail})` : ""}; expected ${x.expected}`),
    ...p.notInvertible.map((x) => `${line(x.op, m)}: ${x.reason}`),
    ...p.unmatchedDown.map((x) => `${line(x.op, m)}: the downgrade ${x.change}, which the upgrade never touched`)
  ];
  if (mismatch.length) return { verdict: "irreversible", reasons: [...mismatch, ...lossReasons], ...common };
  if (p.dataLoss.length) return { verdict: "lossy", reasons: lossReasons, ...common };
  if (p.unanalyzable.length) {
    return {
      verdict: "unverified",
      reasons: p.unanalyzable.map(({ op, side }) => `${line(op, m)} (${side}): ${op.kind === "unparsed" ? op.message : op.kind}; the pairing cannot be checked statically`),
      ...common
    };
  }
  if (!p.expectsDown) return { verdict: "unverified", reasons: [`the ${m.layout ?? m.framework} layout has no down migrations, so rolling back means a forward fix`], ...common };
  return { verdict: "reversible", reasons: [], ...common };
}

// src/parse/alembic/fixes.ts
import { createHash as createHash2 } from "node:crypto";
var SLUG = "validate_constraints";
function alembicFixes(m) {
  const rev = m.alembic;
  const sites = m.fixSites;
  if (!rev || !sites || m.dialect !== "postgres") return void 0;
  const file = m.file;
  const nl = sites.newline;
  const insert2 = (line2, column, text) => ({ file, startLine: line2, startColumn: column, endLine: line2, endColumn: column, text });
  const callOf = (op, names) => {
    const site = sites.calls.find((c) => c.line === op.loc.line && c.column === op.loc.column);
    return site && site.receiver.kind === "op" && names.includes(site.name) && !site.splat ? site : void 0;
  };
  const quote = sites.calls.some((c) => c.args.some((a) => a.text.startsWith('"'))) ? '"' : "'";
  const py = (text) => pyLiteral(text, quote);
  const opName = (sites.calls.find((c) => c.receiver.kind === "op" && c.topLevel && isDotted(c.receiver.text)) ?? sites.calls.find((c) => c.receiver.kind === "op" && isDotted(c.receiver.text)))?.receiver.text;
  const keyword = (site, name) => site.argsEnd && !site.args.some((a) => a.keyword === name) ? insert2(site.argsEnd.line, site.argsEnd.column, `, ${name}=True`) : void 0;
  const autocommit = (site) => {
    const s = site.statement;
    if (!s || site.multilineString || !isDotted(site.receiver.text)) return void 0;
    if (s.indent.includes("	") && s.indent.includes(" ")) return void 0;
    const unit = s.indent.includes("	") ? "	" : "    ";
    return s.lines.map((line2) => insert2(line2, 1, line2 === site.line ? `${s.indent}with ${site.receiver.text}.get_context().autocommit_block():${nl}${unit}` : unit));
  };
  const executeOf = (op) => {
    if (!op.sql) return void 0;
    const site = sites.calls.find((c) => c.name === "execute" && c.receiver.kind === "op" && c.args.length === 1 && c.args[0].line === op.loc.line && c.args[0].column < op.loc.column && op.loc.column < c.args[0].column + c.args[0].text.length);
    const arg = site?.args[0];
    const literal = arg && arg.keyword === null && !site.splat ? /^(["'])([^"'\\\r\n]*)\1$/.exec(arg.text) : null;
    if (!site || !arg || !literal || statementText(literal[2]) !== statementText(op.sql)) return void 0;
    return { site, sql: literal[2], line: arg.line, column: arg.column + 1 };
  };
  const notValidInString = (op) => {
    const ex = executeOf(op);
    if (!ex) return void 0;
    const sql = statementText(ex.sql);
    if (!/^ALTER\s+TABLE\s+(?:ONLY\s+)?(?:IF\s+EXISTS\s+)?\S+\s+ADD\s+CONSTRAINT\s+\S+\s+(?:FOREIGN\s+KEY|CHECK)\b/i.test(sql) || /--|\/\*/.test(sql) || hasTopLevelComma(sql)) return void 0;
    return insert2(ex.line, ex.column + ex.sql.indexOf(sql) + sql.length, " NOT VALID");
  };
  const concurrently = (op, at, name, title) => {
    const call = callOf(op, [name]);
    let site;
    let kw;
    if (call) {
      site = call;
      kw = keyword(call, "postgresql_concurrently");
    } else {
      const ex = executeOf(op);
      const head = (name === "create_index" ? /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\b/i : /^\s*DROP\s+INDEX\b/i).exec(ex?.sql ?? "");
      if (!ex || !head || name === "drop_index" && /,|\bcascade\b/i.test(ex.sql)) return void 0;
      site = ex.site;
      kw = insert2(ex.line, ex.column + head[0].length, " CONCURRENTLY");
    }
    if (!kw) return void 0;
    if (op.autocommit || !at.inTransaction) return { title, edits: [kw] };
    const wrap = autocommit(site);
    return wrap ? { title: `${title} in an autocommit block`, edits: [...wrap, kw] } : void 0;
  };
  return {
    createIndexConcurrently: (op, at) => concurrently(op, at, "create_index", "Build the index CONCURRENTLY"),
    dropIndexConcurrently: (op, at) => concurrently(op, at, "drop_index", "Drop the index CONCURRENTLY"),
    setLockTimeout(set, op, at) {
      const start = sites.upgradeStart;
      if (!start || !opName) return void 0;
      const i = opIndexOf(at.ops).position.get(op) ?? -1;
      if (i < 0) return void 0;
      const statement = `${opName}.execute(${pySql(set)})`;
      if (/^SET\s+LOCAL\b/i.test(set) && at.ops.slice(0, i + 1).some((o) => o.autocommit || o.kind === "transaction")) {
        const site = sites.calls.find((c) => c.line === op.loc.line && c.column === op.loc.column && c.receiver.kind === "op") ?? executeOf(op)?.site;
        if (!site?.statement || !site.topLevel || op.autocommit) return void 0;
        return { title: "Set lock_timeout before this statement", edits: [insert2(site.line, 1, `${site.statement.indent}${statement}${nl}`)] };
      }
      return { title: "Set lock_timeout at the start of upgrade()", edits: [insert2(start.line, 1, `${start.indent}${statement}${nl}`)] };
    },
    addConstraintNotValid(op, _name, at) {
      let plan = notValidPlans.get(at.ops);
      if (!plan) {
        plan = [];
        const index = opIndexOf(at.ops);
        for (const [i, o] of at.ops.entries()) {
          if (o.kind !== "addConstraint" || o.constraint.notValid || o.constraint.kind !== "foreignKey" && o.constraint.kind !== "check") continue;
          if (!o.constraint.name) continue;
          if ((index.firstCreate.get(o.table) ?? Infinity) < i) continue;
          if (index.movedAwayAfter(i, o.table, null)) continue;
          const site = callOf(o, [o.constraint.kind === "foreignKey" ? "create_foreign_key" : "create_check_constraint"]);
          const edit = site ? keyword(site, "postgresql_not_valid") : notValidInString(o);
          if (edit) plan.push({ op: o, edit, name: o.constraint.name });
        }
        notValidPlans.set(at.ops, plan);
      }
      if (plan.length > MAX_SHARED_PLAN || !plan.some((p) => p.op === op)) return void 0;
      const next = newRevision(m, rev);
      if (!next || !opName) return void 0;
      const validate = plan.map((p) => `    ${opName}.execute(${py(`ALTER TABLE ${sqlName(p.op.table)} VALIDATE CONSTRAINT ${sqlIdent(p.name)}`)})`);
      const names = plan.map((p) => p.name).join(", ");
      return {
        title: `Add ${names} NOT VALID; validate in a new revision`,
        edits: plan.map((p) => p.edit),
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision, `Validate ${names}, added NOT VALID by ${rev.revision}.`, validate, [`    pass`], opName, py, nl) }]
      };
    },
    setNotNullViaCheck(op, check, at) {
      const site = callOf(op, ["alter_column"]);
      const s = site?.statement;
      if (!site || !s || !site.topLevel || !opName || op.loc.endColumn === void 0 || !onlyNullable(site, "False")) return void 0;
      const index = opIndexOf(at.ops);
      const i = index.position.get(op) ?? -1;
      if (i < 0 || index.movedAwayAfter(i, op.table, op.column)) return void 0;
      const next = newRevision(m, rev);
      if (!next) return void 0;
      const table = site.args[0].text;
      const keywords = site.args.filter((a) => a.keyword !== null);
      const schemaArg = keywords.find((a) => a.keyword === "schema");
      const schema = schemaArg ? `, schema=${schemaArg.text}` : "";
      const condition = py(`${sqlIdent(op.column)} IS NOT NULL`);
      const addCheck = `${opName}.create_check_constraint(${py(check)}, ${table}, ${condition}${schema}, postgresql_not_valid=True)`;
      const args = (nullable) => `${table}, ${site.args[1].text}, nullable=${nullable}${schema}`;
      const first = index.firstLockTimeout;
      const timeout = first !== null && index.position.get(first) < i ? first : void 0;
      const up = [
        ...timeout?.sql ? [`    ${opName}.execute(${pySql(timeout.sql.trim().replace(/;$/, ""))})`] : [],
        `    ${opName}.execute(${py(`ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlIdent(check)}`)})`,
        `    ${opName}.alter_column(${args("False")})`,
        `    ${opName}.drop_constraint(${py(check)}, ${table}, type_=${py("check")}${schema})`
      ];
      const down = [`    ${addCheck}`, `    ${opName}.alter_column(${args("True")})`];
      const dropCheck = `${opName}.drop_constraint(${py(check)}, ${table}, type_=${py("check")}${schema})`;
      const undo = (m.down ?? []).filter((o) => o.kind === "dropNotNull" && o.table === op.table && o.column === op.column);
      let downEdit;
      if (undo.length === 0) {
        const start = sites.downgradeStart;
        if (!start) return void 0;
        downEdit = insert2(start.line, 1, `${start.indent}${dropCheck}${nl}`);
      } else {
        const u = undo[0];
        const us = callOf(u, ["alter_column"]);
        if (undo.length > 1 || !us?.statement || !us.topLevel || u.loc.endColumn === void 0 || !onlyNullable(us, "True")) return void 0;
        downEdit = { file, startLine: us.line, startColumn: us.column, endLine: us.statement.endLine, endColumn: u.loc.endColumn, text: dropCheck };
      }
      return {
        title: `Add CHECK ${check} NOT VALID; validate it and SET NOT NULL in a new revision`,
        edits: [{ file, startLine: site.line, startColumn: site.column, endLine: s.endLine, endColumn: op.loc.endColumn, text: addCheck }, downEdit],
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision, `Validate ${check} and set ${op.table}.${op.column} NOT NULL (PostgreSQL 12+ skips the scan).`, up, down, opName, py, nl) }]
      };
    },
    addColumnWithoutVolatileDefault(op, at) {
      const site = callOf(op, ["add_column"]);
      const s = site?.statement;
      if (!site || !s || !site.topLevel || !opName || op.column.notNull || !op.column.default || site.args.length !== 2 || !site.argsEnd) return void 0;
      if (site.args.some((a) => a.keyword !== null) || site.args[1].line !== site.argsEnd.line) return void 0;
      const column = site.args[1].text;
      const m2 = /^(.*?),\s*server_default\s*=\s*(sa\.text\((?:[^()]|\([^()]*\))*\))\s*(,|\)$)/.exec(column);
      if (!m2 || /\bnullable\s*=\s*False\b/.test(column)) return void 0;
      const without = `${m2[1]}${m2[3] === "," ? "," : ")"}${m2[3] === "," ? column.slice(m2[0].length) : ""}`;
      const i = opIndexOf(at.ops).position.get(op) ?? -1;
      if (i < 0 || opIndexOf(at.ops).movedAwayAfter(i, op.table, op.column.name)) return void 0;
      const next = newRevision(m, rev);
      if (!next) return void 0;
      const table = site.args[0].text;
      const setDefault = `${s.indent}${opName}.alter_column(${table}, ${py(op.column.name)}, server_default=${m2[2]})`;
      const backfill = `    ${opName}.execute(${py(`UPDATE ${sqlName(op.table)} SET ${sqlIdent(op.column.name)} = ${op.column.default.sql} WHERE ${sqlIdent(op.column.name)} IS NULL`)})`;
      return {
        title: `Add ${op.column.name} without the default, set it afterwards; fill the existing rows in a new revision`,
        edits: [
          { file, startLine: site.args[1].line, startColumn: site.args[1].column, endLine: site.argsEnd.line, endColumn: site.argsEnd.column, text: without },
          insert2(s.endLine + 1, 1, `${setDefault}${nl}`)
        ],
        newFiles: [{ path: next.path, text: revisionFile(next, rev.revision, `Fill ${op.table}.${op.column.name} on the rows that existed before ${rev.revision}.`, [backfill], ["    pass"], opName, py, nl) }]
      };
    }
  };
}
var opIndexes = /* @__PURE__ */ new WeakMap();
var MAX_SHARED_PLAN = 50;
var notValidPlans = /* @__PURE__ */ new WeakMap();
function opIndexOf(ops) {
  let index = opIndexes.get(ops);
  if (index) return index;
  const position = /* @__PURE__ */ new Map();
  const firstCreate = /* @__PURE__ */ new Map();
  const lastTableMove = /* @__PURE__ */ new Map();
  const lastColumnMove = /* @__PURE__ */ new Map();
  let firstLockTimeout = null;
  ops.forEach((o, i) => {
    position.set(o, i);
    if (!firstLockTimeout && o.kind === "setLockTimeout" && o.sql) firstLockTimeout = o;
    if (o.kind === "createTable" && !firstCreate.has(o.table)) firstCreate.set(o.table, i);
    if (o.kind === "renameTable" || o.kind === "dropTable") lastTableMove.set(o.table, i);
    if (o.kind === "renameColumn" || o.kind === "dropColumn") lastColumnMove.set(`${o.table}\0${o.column}`, i);
  });
  index = {
    position,
    firstCreate,
    firstLockTimeout,
    movedAwayAfter: (i, table, column) => (lastTableMove.get(table) ?? -1) > i || column !== null && (lastColumnMove.get(`${table}\0${column}`) ?? -1) > i
  };
  opIndexes.set(ops, index);
  return index;
}
var ALTER_KEYWORDS = /* @__PURE__ */ new Set(["nullable", "schema", "existing_type", "existing_server_default", "existing_nullable", "existing_comment"]);
function onlyNullable(site, value) {
  const positional = site.args.filter((a) => a.keyword === null);
  const keywords = site.args.filter((a) => a.keyword !== null);
  if (positional.length !== 2 || site.args[0].keyword !== null || site.args[1].keyword !== null) return false;
  if (![positional[0], positional[1], ...keywords.filter((a) => a.keyword === "schema")].every((a) => isStringLiteral(a.text))) return false;
  return keywords.every((a) => ALTER_KEYWORDS.has(a.keyword)) && keywords.find((a) => a.keyword === "nullable")?.text === value;
}
function isStringLiteral(text) {
  return /^[uU]?(["'])[^"'\\\n]*\1$/.test(text);
}
function hasTopLevelComma(sql) {
  let depth = 0;
  let quote = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) return true;
  }
  return false;
}
function statementText(sql) {
  return sql.trim().replace(/;\s*$/, "").trim();
}
function isDotted(text) {
  return /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(text);
}
function pyLiteral(text, quote) {
  return `${quote}${text.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), `\\${quote}`).replace(/\n/g, "\\n")}${quote}`;
}
function pySql(sql) {
  return pyLiteral(sql, sql.includes("'") ? '"' : "'");
}
function newRevision(m, rev) {
  const revision = rev.revision;
  const siblings = m.siblings ?? [];
  if (!revision || !rev.heads?.includes(revision) || siblings.length < 2) return void 0;
  const slash = m.file.lastIndexOf("/");
  const dir = m.file.slice(0, slash + 1);
  const base2 = m.file.slice(slash + 1);
  const hashed = createHash2("sha256").update(`migration-guard:${revision}`).digest("hex").slice(0, 12);
  const at = base2.indexOf(revision);
  if (at > 0) return { path: `${dir}${base2.slice(0, at)}${hashed}_${SLUG}.py`, revision: hashed };
  const numbered = /^(\d+)_/.exec(base2);
  if (numbered) {
    const numbers = siblings.map((s) => /^(\d+)_/.exec(s)?.[1]).filter((n) => n !== void 0).map(Number);
    const next = String(Math.max(...numbers) + 1).padStart(numbered[1].length, "0");
    const name = `${next}_${SLUG}`;
    const id = revision === numbered[1] ? next : `${revision}.py` === base2 ? name : hashed;
    return { path: `${dir}${name}.py`, revision: id };
  }
  return { path: `${dir}${hashed}_${SLUG}.py`, revision: hashed };
}
function revisionFile(next, parent, doc, up, down, opName, py, newline) {
  const module = opName.includes(".") ? `import ${opName.slice(0, opName.lastIndexOf("."))}` : opName === "op" ? "from alembic import op" : `from alembic import op as ${opName}`;
  return [
    `"""${doc}`,
    "",
    `Revision ID: ${next.revision}`,
    `Revises: ${parent}`,
    '"""',
    module,
    "",
    "",
    `revision = ${py(next.revision)}`,
    `down_revision = ${py(parent)}`,
    "branch_labels = None",
    "depends_on = None",
    "",
    "",
    "def upgrade():",
    ...up,
    "",
    "",
    "def downgrade():",
    ...down,
    ""
  ].join(newline);
}

// src/parse/alembic/phrasebook.ts
function pyString(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}
function pySql2(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function split(table) {
  const dot = table.indexOf(".");
  return dot <= 0 ? { name: pyString(table), schema: "" } : { name: pyString(table.slice(dot + 1)), schema: `, schema=${pyString(table.slice(0, dot))}` };
}
var SA_TYPES = {
  int2: () => "sa.SmallInteger()",
  int4: () => "sa.Integer()",
  int8: () => "sa.BigInteger()",
  text: () => "sa.Text()",
  varchar: (t) => t.args[0] !== void 0 ? `sa.String(${t.args[0]})` : "sa.String()",
  bpchar: (t) => t.args[0] !== void 0 ? `sa.CHAR(${t.args[0]})` : "sa.CHAR()",
  bool: () => "sa.Boolean()",
  boolean: () => "sa.Boolean()",
  timestamptz: () => "sa.DateTime(timezone=True)",
  timestamp: () => "sa.DateTime()",
  datetime: () => "sa.DateTime()",
  date: () => "sa.Date()",
  numeric: (t) => t.args.length > 0 ? `sa.Numeric(${t.args.join(", ")})` : "sa.Numeric()",
  float8: () => "sa.Float()",
  jsonb: () => "postgresql.JSONB()",
  json: () => "sa.JSON()",
  uuid: () => "sa.Uuid()"
};
function saType(type) {
  if (/^(sa|sqlalchemy|postgresql|mysql)\./.test(type.text.trim())) return type.text.trim();
  const mapped = SA_TYPES[type.name]?.(type);
  const base2 = mapped ?? `sa.types.TypeEngine()  # ${sqlType(type)}`;
  return type.array && mapped ? `postgresql.ARRAY(${base2})` : base2;
}
var NOTE2 = pyString("deprecated: drop in a later release");
function alembicPhrasebook(m) {
  const d = m.dialect;
  const fixes = alembicFixes(m);
  const rawSql = (sql) => `op.execute(${pySql2(sql.trim().replace(/;$/, ""))})`;
  const inverse = (op, previousType) => {
    const t = "table" in op && typeof op.table === "string" ? split(op.table) : { name: "", schema: "" };
    switch (op.kind) {
      case "createTable":
        return { text: `op.drop_table(${t.name}${t.schema})`, exact: true };
      case "dropTable":
        return { text: `op.create_table(${t.name}, ...${t.schema})`, exact: false };
      case "renameTable":
        return { text: `op.rename_table(${pyString(unqualified(op.newName))}, ${t.name}${t.schema})`, exact: true };
      case "addColumn":
        return { text: `op.drop_column(${t.name}, ${pyString(op.column.name)}${t.schema})`, exact: true };
      case "dropColumn":
        return { text: `op.add_column(${t.name}, sa.Column(${pyString(op.column)}, ${previousType ? saType(previousType) : "..."})${t.schema})`, exact: false };
      case "renameColumn":
        return { text: `op.alter_column(${t.name}, ${pyString(op.newName)}, new_column_name=${pyString(op.column)}${t.schema})`, exact: true };
      case "alterColumnType":
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, type_=${previousType ? saType(previousType) : "<previous type>"}${t.schema})`, exact: false };
      case "setNotNull":
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, nullable=True${t.schema})`, exact: true };
      case "dropNotNull":
        return { text: `op.alter_column(${t.name}, ${pyString(op.column)}, nullable=False${t.schema})`, exact: false };
      case "createIndex": {
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        return { text: `op.drop_index(${pyString(name)}, table_name=${t.name}${t.schema})`, exact: op.name !== null };
      }
      case "dropIndex":
        return { text: `op.create_index(${pyString(op.name)}, ...)`, exact: false };
      case "addConstraint": {
        const s = sqlInverse(op, d);
        if (!op.constraint.name) return s ? { text: rawSql(s.text), exact: false } : null;
        return { text: `op.drop_constraint(${pyString(op.constraint.name)}, ${t.name}${t.schema})`, exact: true };
      }
      case "dropConstraint":
        return { text: `op.create_..._constraint(${pyString(op.name)}, ${t.name}, ...)`, exact: false };
      default: {
        return sqlInverseVia(rawSql, op, d, previousType);
      }
    }
  };
  return {
    runner: "Alembic",
    rawSql,
    runOutsideTransaction: "Run it inside `with op.get_context().autocommit_block():`.",
    disableTransaction: "put those statements in `with op.get_context().autocommit_block():`",
    commitAfterMigrations: "commit the connection in env.py after `context.run_migrations()` (`connection.commit()`)",
    expectsDown: true,
    downPart: "downgrade()",
    declareIrreversible: () => 'say so explicitly with raise NotImplementedError("<why>") so the report shows it as irreversible',
    inverse,
    deprecateColumn: (table, column) => {
      const t = split(table);
      return `op.alter_column(${t.name}, ${pyString(column)}, comment=${NOTE2}${t.schema})`;
    },
    deprecateTable: (table) => {
      const t = split(table);
      return `op.create_table_comment(${t.name}, ${NOTE2}${t.schema})`;
    },
    dropColumn: (table, column) => {
      const t = split(table);
      return `op.drop_column(${t.name}, ${pyString(column)}${t.schema})`;
    },
    dropTable: (table) => {
      const t = split(table);
      return `op.drop_table(${t.name}${t.schema})`;
    },
    dropIndexConcurrently: (op) => {
      const t = op.table ? split(op.table) : null;
      const args = `${pyString(unqualified(op.name))}${t ? `, table_name=${t.name}` : ""}, postgresql_concurrently=True${op.ifExists ? ", if_exists=True" : ""}${t?.schema ?? ""}`;
      return `op.drop_index(${args}) inside \`with op.get_context().autocommit_block():\``;
    },
    lockTimeoutAt: (set) => `${rawSql(set)} at the start of upgrade()`,
    verbatimSql: false,
    columnType: saType,
    ordering: {
      version: null,
      duplicateVersion: "",
      late: null,
      heads: (heads) => ({
        message: `The revision graph has ${heads.length} heads (${heads.join(", ")}): \`alembic upgrade head\` refuses to run ("Multiple head revisions are present"), and the order of the branches on a database is whatever was applied first.`,
        suggestion: `Merge the heads with \`alembic merge -m "merge heads" ${heads.join(" ")}\`, or point this revision's down_revision at the current head.`
      })
    },
    ...fixes ? { fixes } : {}
  };
}

// src/parse/django/fixes.ts
import path3 from "node:path";
var PG_OPERATIONS = "django.contrib.postgres.operations";
function pyString2(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function pySql3(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function insertion(file, line2, column, text) {
  return { file, startLine: line2, startColumn: column, endLine: line2, endColumn: column, text };
}
function replacement(loc, text) {
  if (loc.endColumn === void 0) return null;
  return { file: loc.file, startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn, text };
}
function nameFor(sites, cls, file) {
  const wanted = `${PG_OPERATIONS}.${cls}`;
  for (const [name, bound] of Object.entries(sites.names)) {
    if (bound === wanted) return { name, edits: [] };
    if (bound === PG_OPERATIONS) return { name: `${name}.${cls}`, edits: [] };
  }
  if (cls in sites.names) return null;
  return { name: cls, edits: [insertion(file, sites.importAfterLine + 1, 1, `from ${PG_OPERATIONS} import ${cls}
`)] };
}
function migrationsModule(sites) {
  return Object.entries(sites.names).find(([, bound]) => bound === "django.db.migrations")?.[0] ?? null;
}
function renameCallee(d, name) {
  if (/\s/.test(d.written) || d.written.length === 0) return null;
  return { file: d.loc.file, startLine: d.loc.line, startColumn: d.loc.column, endLine: d.loc.line, endColumn: d.loc.column + d.written.length, text: name };
}
function nonAtomic(file, sites, path8) {
  if (!file.atomic) return [];
  if (sites.atomicValue) {
    const edit = replacement(sites.atomicValue, "False");
    return edit ? [edit] : null;
  }
  if (!sites.classBody) return null;
  return [insertion(path8, sites.classBody.line, 1, `${sites.classBody.indent}atomic = False
`)];
}
function djangoFixes(m) {
  const file = m.django;
  const sites = m.fixSites;
  const topLevel = (op) => file?.operations.find((d) => d.loc.line === op.loc.line && d.loc.column === op.loc.column) ?? null;
  const concurrent = (d, kind, cls, title) => {
    if (!file || !sites || !d || d.kind !== kind || d.concurrently) return void 0;
    if (file.atomic && !file.operations.every((o) => o.kind === "addIndex" || o.kind === "removeIndex")) return void 0;
    const named = nameFor(sites, cls, m.file);
    const atomic = nonAtomic(file, sites, m.file);
    const rename = named ? renameCallee(d, named.name) : null;
    if (!named || !atomic || !rename) return void 0;
    return { title, edits: [...named.edits, ...atomic, rename] };
  };
  const nextName = (slug) => {
    const graph = m.graph;
    if (!file || !graph || graph.leaves.length !== 1 || graph.leaves[0] !== graph.node) return null;
    const number = /^(\d+)_/.exec(file.name)?.[1];
    if (!number) return null;
    return `${String(Number(number) + 1).padStart(number.length, "0")}_${slug.toLowerCase().replace(/[^a-z0-9_]+/g, "_")}`;
  };
  const dependency = () => `        (${pyString2(file.app)}, ${pyString2(file.name)}),`;
  const indexFix = (op) => {
    if (op.kind === "createIndex") return concurrent(topLevel(op), "addIndex", "AddIndexConcurrently", "Use AddIndexConcurrently in a non-atomic migration");
    if (op.kind === "dropIndex") return concurrent(topLevel(op), "removeIndex", "RemoveIndexConcurrently", "Use RemoveIndexConcurrently in a non-atomic migration");
    return void 0;
  };
  return {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,
    setLockTimeout(set, _op, at) {
      if (file?.atomic && at.ops.some((o) => indexFix(o))) return void 0;
      const first = sites?.firstOperation;
      const module = sites ? migrationsModule(sites) : null;
      if (!file || !first || !module) return void 0;
      const call = `${module}.RunSQL(${pySql3(set)}, reverse_sql=${module}.RunSQL.noop)`;
      const text = first.ownLine ? `${call},
${" ".repeat(first.column - 1)}` : `${call}, `;
      return { title: "Set lock_timeout first", edits: [insertion(m.file, first.line, first.column, text)] };
    },
    addConstraintNotValid(op, name) {
      const d = topLevel(op);
      if (!file || !sites || !d || d.kind !== "addConstraint" || d.notValid || d.constraint.kind !== "check" || op.constraint.kind !== "check") return void 0;
      const constraint = d.constraint.name ?? name;
      const newName = nextName(`validate_${constraint}`);
      if (!newName || !d.model) return void 0;
      const named = nameFor(sites, "AddConstraintNotValid", m.file);
      const rename = named ? renameCallee(d, named.name) : null;
      if (!named || !rename) return void 0;
      const text = [
        `from ${PG_OPERATIONS} import ValidateConstraint`,
        "from django.db import migrations",
        "",
        "",
        "class Migration(migrations.Migration):",
        "    dependencies = [",
        dependency(),
        "    ]",
        "",
        "    operations = [",
        `        ValidateConstraint(model_name=${pyString2(d.model)}, name=${pyString2(constraint)}),`,
        "    ]",
        ""
      ].join("\n");
      return {
        title: "Add the constraint NOT VALID, validate it in the next migration",
        edits: [...named.edits, rename],
        newFiles: [{ path: path3.posix.join(path3.posix.dirname(m.file), `${newName}.py`), text }]
      };
    },
    /**
     * The AlterField that makes the column NOT NULL moves to the next migration, between the
     * VALIDATE of a CHECK (column IS NOT NULL) this migration adds NOT VALID and its DROP: PostgreSQL
     * 12+ then sets NOT NULL without scanning. RunSQL, not AddConstraintNotValid: a CheckConstraint's
     * keyword (`check=` / `condition=`) depends on the Django version.
     */
    setNotNullViaCheck(op, check, at) {
      const d = topLevel(op);
      const module = sites ? migrationsModule(sites) : null;
      if (!file || !sites || !module || !d || d.kind !== "alterField" || d.loc.endColumn === void 0) return void 0;
      const own = at.ops.filter((o) => o.loc.line === d.loc.line && o.loc.column === d.loc.column);
      if (own.length !== 1 || own[0] !== op) return void 0;
      const source = sites.alterFieldTexts[`${d.loc.line}:${d.loc.column}`];
      const ident = /^[a-z_][a-z0-9_]*$/;
      if (!source || !ident.test(op.table) || !ident.test(op.column) || !ident.test(check)) return void 0;
      if (/'''|"""/.test(source) || (source.match(/[A-Za-z_]\w*/g) ?? []).some((w) => sites.names[w] === "")) return void 0;
      const newName = nextName(`validate_${check}`);
      if (!newName) return void 0;
      const [table, column, name] = [op.table, op.column, check].map((n) => `"${n}"`);
      const add = `ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${column} IS NOT NULL) NOT VALID`;
      const drop = `ALTER TABLE ${table} DROP CONSTRAINT ${name}`;
      const runSql = (indent2, sql, reverse) => `${module}.RunSQL(
${indent2}    ${pyString2(sql)},
${indent2}    reverse_sql=${reverse},
${indent2})`;
      const indent = " ".repeat(d.loc.column - 1);
      const lines = source.split("\n");
      const moved = [lines[0], ...lines.slice(1).map((l) => l.startsWith(indent) ? `        ${l.slice(indent.length)}` : l)].join("\n");
      const text = [
        ...sites.importTexts,
        "",
        "",
        `class Migration(${module}.Migration):`,
        "    dependencies = [",
        dependency(),
        "    ]",
        "",
        "    operations = [",
        `        ${runSql("        ", `ALTER TABLE ${table} VALIDATE CONSTRAINT ${name}`, `${module}.RunSQL.noop`)},`,
        `        ${moved},`,
        `        ${runSql("        ", drop, pyString2(add))},`,
        "    ]",
        ""
      ].join("\n");
      return {
        title: "Prove NOT NULL with a CHECK added NOT VALID; validate it and move the AlterField to the next migration",
        edits: [{ file: m.file, startLine: d.loc.line, startColumn: d.loc.column, endLine: d.loc.endLine, endColumn: d.loc.endColumn, text: runSql(indent, add, pyString2(drop)) }],
        newFiles: [{ path: path3.posix.join(path3.posix.dirname(m.file), `${newName}.py`), text }]
      };
    }
  };
}

// src/parse/django/phrasebook.ts
function operationAt(m, op) {
  const file = m.django;
  if (!file || !Array.isArray(file.operations)) return null;
  const search = (list) => {
    for (const d of list) {
      const nested = d.kind === "separate" ? search(d.database) : null;
      if (nested) return nested;
      if (d.loc.line === op.loc.line && d.loc.column === op.loc.column) return d;
    }
    return null;
  };
  return search(file.operations);
}
var CONTRIB = "(from django.contrib.postgres.operations)";
function pySql4(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function pyString3(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
var FIELDS = {
  int2: () => "models.SmallIntegerField()",
  int4: () => "models.IntegerField()",
  int8: () => "models.BigIntegerField()",
  text: () => "models.TextField()",
  varchar: (t) => `models.CharField(max_length=${t.args[0] ?? 255})`,
  bool: () => "models.BooleanField()",
  boolean: () => "models.BooleanField()",
  timestamptz: () => "models.DateTimeField()",
  date: () => "models.DateField()",
  numeric: (t) => `models.DecimalField(max_digits=${t.args[0] ?? 10}, decimal_places=${t.args[1] ?? 0})`,
  float8: () => "models.FloatField()",
  jsonb: () => "models.JSONField()",
  uuid: () => "models.UUIDField()"
};
function djangoPhrasebook(m) {
  const d = m.dialect;
  const sql = sqlPhrasebook({ ...m, layout: "plain" });
  const rawSql = (text) => `migrations.RunSQL(${pySql4(text.trim().replace(/;$/, ""))})`;
  const model = (table) => `'<model of ${table}>'`;
  return {
    runner: "Django",
    rawSql,
    runOutsideTransaction: "Put it in a migration of its own with `atomic = False` on its Migration class.",
    disableTransaction: "set `atomic = False` on the Migration class",
    expectsDown: true,
    downPart: "the reverse of its operations (reverse_sql= on RunSQL, reverse_code= on RunPython)",
    declareIrreversible: (at) => `say so explicitly: append "# migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`,
    inverse: (op, previousType) => {
      return sqlInverseVia(rawSql, op, d, previousType);
    },
    deprecateColumn: (table, column, col) => rawSql(sql.deprecateColumn(table, column, col)),
    deprecateTable: (table) => rawSql(sql.deprecateTable(table)),
    dropColumn: (table, column) => `migrations.RemoveField(model_name=${model(table)}, name=${pyString3(column)})`,
    dropTable: (table) => `migrations.DeleteModel(name=${model(table)})`,
    dropIndexConcurrently: (op) => `RemoveIndexConcurrently(model_name=${model(op.table ?? "its table")}, name=${pyString3(op.name)}) (from django.contrib.postgres.operations) in a migration with atomic = False`,
    lockTimeoutAt: (set) => `${rawSql(set)} as the first operation`,
    verbatimSql: false,
    columnType: (type) => FIELDS[type.name]?.(type) ?? `models.Field()  # ${sqlType(type)}`,
    createIndexConcurrently: (op) => {
      const d2 = operationAt(m, op);
      if (d2?.kind === "addIndex" || d2?.kind === "addConstraint" && op.unique) {
        const replacement2 = d2.kind === "addIndex" ? "AddIndexConcurrently" : "AddIndexConcurrently with an equivalent unique models.Index";
        return `Replace ${d2.written} with ${replacement2} ${CONTRIB}, same model_name and index, in a migration of its own with \`atomic = False\` on its Migration class (PostgreSQL cannot build an index concurrently inside a transaction).`;
      }
      if ((d2?.kind === "addField" || d2?.kind === "alterField") && op.name) {
        const fields = op.columns.length === 1 ? `['${d2.name}']` : `[${op.columns.map((c) => pyString3(c)).join(", ")}]`;
        return `Declare the field with db_index=False here, then build the index in a later migration with \`atomic = False\`: AddIndexConcurrently(model_name=${pyString3(d2.model)}, index=models.Index(fields=${fields}, name=${pyString3(op.name)})) ${CONTRIB}.`;
      }
      return null;
    },
    addConstraintNotValid: (op, name) => {
      const d2 = operationAt(m, op);
      const validate = (model2) => `then, in a later migration, ValidateConstraint(model_name=${pyString3(model2)}, name=${pyString3(name)}) ${CONTRIB}`;
      if (d2?.kind === "addConstraint" && op.constraint.kind === "check") {
        return `Replace ${d2.written} with AddConstraintNotValid ${CONTRIB}, same arguments (it adds the constraint NOT VALID: new rows are checked at once, old ones are not); ${validate(d2.model)}.`;
      }
      const ref = op.constraint.kind === "foreignKey" ? op.constraint.references : null;
      if ((d2?.kind === "addField" || d2?.kind === "alterField") && ref && op.constraint.kind === "foreignKey") {
        const add = `ALTER TABLE ${op.table} ADD CONSTRAINT ${name} FOREIGN KEY (${op.constraint.columns.join(", ")}) REFERENCES ${ref.table} (${ref.columns.join(", ")}) DEFERRABLE INITIALLY DEFERRED NOT VALID`;
        return `Keep Django's state and change what reaches the database: migrations.SeparateDatabaseAndState(state_operations=[this ${d2.written}], database_operations=[the same ${d2.written} with db_constraint=False on the field, migrations.RunSQL(${pySql4(add)}, reverse_sql=${pySql4(`ALTER TABLE ${op.table} DROP CONSTRAINT ${name}`)})]); ${validate(d2.model)}.`;
      }
      return null;
    },
    renameColumnInPlaceOfData: (op) => {
      const d2 = operationAt(m, op);
      if (d2?.kind !== "renameField") return null;
      return `Or rename only the Django field and leave the column as it is: migrations.SeparateDatabaseAndState(state_operations=[${d2.written}(model_name=${pyString3(d2.model)}, old_name=${pyString3(d2.oldName)}, new_name=${pyString3(d2.newName)}), migrations.AlterField(model_name=${pyString3(d2.model)}, name=${pyString3(d2.newName)}, field=<the field with db_column=${pyString3(op.column)}>)]); nothing reaches the database and the running code keeps working.`;
    },
    fixes: djangoFixes(m),
    ordering: {
      version: null,
      duplicateVersion: "",
      late: null,
      heads: (leaves, app) => ({
        message: `App ${app ?? ""} has ${leaves.length} leaf migrations (${leaves.join(", ")}): \`manage.py migrate\` refuses to run ("Conflicting migrations detected; multiple leaf nodes in the migration graph").`,
        suggestion: `Run \`python manage.py makemigrations --merge ${app ?? ""}\`, or make this migration depend on the latest one.`
      })
    }
  };
}

// src/parse/knex/fixes.ts
var KNEX_VERSIONS = { versionOf: (id) => /^(\d{14})(?!\d)/.exec(id)?.[1] ?? null, numericOrder: false };
var opsByStatement = /* @__PURE__ */ new WeakMap();
var kindChecks = /* @__PURE__ */ new WeakMap();
function allOfKinds(ops, kinds) {
  let known = kindChecks.get(ops);
  if (!known) kindChecks.set(ops, known = /* @__PURE__ */ new Map());
  let answer = known.get(kinds);
  if (answer === void 0) known.set(kinds, answer = ops.every((o) => kinds.has(o.kind)));
  return answer;
}
function knexFixes(m) {
  const layout = m.fixSites;
  if (!layout?.up || m.dialect !== "postgres") return void 0;
  const up = layout.up;
  const file = m.file;
  const statements = up.statements ?? [];
  const containing = (p) => {
    let lo = 0;
    let hi = statements.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const s = statements[mid].span;
      if (p.line < s.line || p.line === s.line && p.column < s.column) hi = mid - 1;
      else if (within(p, s)) return statements[mid];
      else lo = mid + 1;
    }
    return null;
  };
  const approximated = /* @__PURE__ */ new Set();
  for (const l of m.knex?.staticallyLowered ?? []) {
    const s = containing(l);
    if (s) approximated.add(s);
  }
  const statementOf = (op) => {
    const stmt = containing(op.loc);
    if (!stmt?.call || stmt.call.root !== up.knex) return null;
    if (approximated.has(stmt)) return null;
    return stmt;
  };
  const opsIn = (stmt, ops) => {
    let groups = opsByStatement.get(ops);
    if (!groups) {
      groups = /* @__PURE__ */ new Map();
      for (const o of ops) {
        const s = containing(o.loc);
        if (!s) continue;
        const list = groups.get(s);
        if (list) list.push(o);
        else groups.set(s, [o]);
      }
      opsByStatement.set(ops, groups);
    }
    return groups.get(stmt) ?? [];
  };
  const alone = (op, at) => {
    const stmt = statementOf(op);
    if (!stmt?.call) return null;
    const inside = opsIn(stmt, at.ops);
    if (inside.length !== 1 || inside[0] !== op) return null;
    const { call } = stmt;
    if (call.kind === "table" && !(call.body && call.body.statements === 1 && call.body.chains.length === 1)) return null;
    if (call.kind === "raw" && !call.literal) return null;
    return { stmt, call };
  };
  const outsideTransaction = (at, kinds) => {
    if (!at.inTransaction) return [];
    if (!m.transactional || m.knex?.configTransaction !== null || layout.hasConfig || !layout.end) return void 0;
    if (!allOfKinds(at.ops, kinds)) return void 0;
    const line2 = configLine(layout);
    if (!line2) return void 0;
    return [insert(file, layout.end, `

${line2}`)];
  };
  const raw = (sql) => `${up.knex}.raw(${jsLiteral(sql)})`;
  const around = (stmt, sqls, tail) => {
    if (!up.knex) return void 0;
    if (up.async) {
      if (stmt.indent === null || !stmt.awaited && !stmt.finalReturn && tail.length > 0) return void 0;
      const edits = [];
      const before = sqls.map((sql) => `await ${raw(sql)};
${stmt.indent}`).join("");
      if (tail.length > 0 && !stmt.awaited) edits.push(replace(file, stmt.finalReturn.cut, `${before}${stmt.finalReturn.text}`));
      else if (before) edits.push(insert(file, stmt.span, before));
      if (tail.length > 0) edits.push(insert(file, end(stmt.span), tail.map((sql) => `
${stmt.indent}await ${raw(sql)};`).join("")));
      return edits;
    }
    if (!stmt.finalReturn) return void 0;
    return chainAround(stmt.finalReturn.argument, sqls, tail);
  };
  const chainAround = (promise, sqls, tail) => {
    const edits = [];
    const [first, ...rest] = sqls;
    if (first !== void 0) edits.push(insert(file, promise, `${raw(first)}${rest.map((sql) => `.then(() => ${raw(sql)})`).join("")}.then(() => `));
    const after = `${first !== void 0 ? ")" : ""}${tail.map((sql) => `.then(() => ${raw(sql)})`).join("")}`;
    if (after) edits.push(insert(file, end(promise), after));
    return edits;
  };
  const asRaw = (call, sql) => replace(file, call.span, `${call.root}.raw(${jsLiteral(sql)})`);
  const insertInLiteral = (call, head, clause) => {
    const lit = call.literal;
    if (!lit) return void 0;
    const content = lit.text.slice(1, -1);
    const match = head.exec(content);
    if (!match || content.slice(0, match[0].length).includes("\\")) return void 0;
    const at = advance({ line: lit.span.line, column: lit.span.column + 1 }, match[0]);
    return insert(file, at, sameCase(match[0], clause));
  };
  const concurrently = (op, at, head, title) => {
    const config = outsideTransaction(at, INDEX_KINDS);
    if (!config) return void 0;
    const site = alone(op, at);
    if (!site) {
      const all = allIndexes(op, at);
      return all ? { title: "Build and drop these indexes CONCURRENTLY, outside the migration transaction", edits: [all, ...config] } : void 0;
    }
    let edit;
    if (site.call.kind === "raw") edit = insertInLiteral(site.call, head, " CONCURRENTLY");
    else {
      const match = op.sql ? head.exec(op.sql) : null;
      if (match) edit = asRaw(site.call, `${op.sql.slice(0, match[0].length)}${sameCase(match[0], " CONCURRENTLY")}${op.sql.slice(match[0].length)}`);
    }
    return edit ? { title, edits: [edit, ...config] } : void 0;
  };
  const allIndexes = (op, at) => {
    const stmt = statementOf(op);
    const body = stmt?.call?.kind === "table" ? stmt.call.body : null;
    if (!stmt || !body || stmt.indent === null || !(up.async ? stmt.awaited || stmt.finalReturn : stmt.finalReturn)) return void 0;
    const inside = opsIn(stmt, at.ops);
    if (inside.length < 2 || inside.length !== body.statements || body.chains.length !== body.statements) return void 0;
    const sqls = [];
    for (const o of inside) {
      if (o.kind !== "createIndex" && o.kind !== "dropIndex" || o.concurrently || !o.sql) return void 0;
      const head = o.kind === "createIndex" ? CREATE_INDEX : DROP_INDEX;
      const match = head.exec(o.sql);
      if (!match || o.kind === "dropIndex" && /,|\bcascade\b/i.test(o.sql)) return void 0;
      sqls.push(`${o.sql.slice(0, match[0].length)}${sameCase(match[0], " CONCURRENTLY")}${o.sql.slice(match[0].length)}`);
    }
    const [first, ...rest] = sqls.map(raw);
    const text = up.async ? [first, ...rest].map((r) => `await ${r};`).join(`
${stmt.indent}`) : `return ${first}${rest.map((r) => `.then(() => ${r})`).join("")};`;
    return replace(file, stmt.span, text);
  };
  const foreignKeyModifier = (op) => {
    const c = op.constraint;
    if (c.kind !== "foreignKey" || c.columns.length !== 1 || !op.sql || /\bnot\s+valid\b/i.test(op.sql)) return void 0;
    const stmt = statementOf(op);
    const body = stmt?.call?.kind === "table" ? stmt.call.body : null;
    const follow = stmt ? around(stmt, [], [notValid(op.sql)]) : void 0;
    if (!stmt || !body || !follow) return void 0;
    const chains = body.chains.filter((ch) => ch.name === c.columns[0] && ch.links.some((l) => l.method === "references"));
    if (chains.length !== 1) return void 0;
    const chain = chains[0];
    let cuts;
    if (chain.method === "foreign") {
      if (!chain.lines || chain.links.some((l) => !FOREIGN_KEY_LINKS.has(l.method))) return void 0;
      cuts = [replace(file, chain.lines, "")];
    } else cuts = chain.links.filter((l) => FOREIGN_KEY_LINKS.has(l.method)).map((l) => replace(file, l.cut, ""));
    return [...cuts, ...follow];
  };
  const indexFix = (op, at) => {
    if (op.kind === "createIndex") return concurrently(op, at, CREATE_INDEX, "Create the index CONCURRENTLY, outside the migration transaction");
    if (!op.sql || /,|\bcascade\b/i.test(op.sql.replace(/--[^\n]*/g, ""))) return void 0;
    return concurrently(op, at, DROP_INDEX, "Drop the index CONCURRENTLY, outside the migration transaction");
  };
  return withLineBreaks(layout.eol, {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,
    setLockTimeout(set, _op, at) {
      if (at.inTransaction && at.ops.some((o) => (o.kind === "createIndex" || o.kind === "dropIndex") && !o.concurrently && indexFix(o, at))) return void 0;
      if (!up.knex) return void 0;
      const title = "Set lock_timeout at the start of up";
      if (up.expression) return { title, edits: chainAround(up.expression, [set], []) };
      const first = up.statements?.[0];
      if (!first) return void 0;
      if (up.async) {
        const statement = `await ${raw(set)};`;
        return { title, edits: [insert(file, first.span, first.indent !== null ? `${statement}
${first.indent}` : `${statement} `)] };
      }
      return first.finalReturn ? { title, edits: chainAround(first.finalReturn.argument, [set], []) } : void 0;
    },
    addConstraintNotValid(op, name, at) {
      if (op.constraint.kind !== "foreignKey" && op.constraint.kind !== "check") return void 0;
      const stamp = nextVersion(KNEX_VERSIONS, m, newMigrationStep(op, at.ops));
      const style = newFileStyle(file, layout);
      if (!stamp || !style) return void 0;
      const site = alone(op, at);
      let edits;
      if (!site) edits = foreignKeyModifier(op);
      else if (site.call.kind === "raw") edits = optional(insertInLiteral(site.call, /^[^]*?(?=\s*;?\s*$)/, " NOT VALID"));
      else if (op.sql && !/\bnot\s+valid\b/i.test(op.sql)) edits = [asRaw(site.call, notValid(op.sql))];
      if (!edits) return void 0;
      const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      const ext = /\.[cm]?[jt]s$/i.exec(file)[0];
      const path8 = `${dir}${stamp}_validate_${name.replace(/[^A-Za-z0-9_]+/g, "_")}${ext}`;
      const validate = `ALTER TABLE ${sqlName(op.table)} VALIDATE CONSTRAINT ${sqlName(name)}`;
      return {
        title: `Add ${name} NOT VALID, validate it in a new migration`,
        edits,
        newFiles: [{ path: path8, text: migrationFile(style, validate) }]
      };
    },
    addColumnWithoutVolatileDefault(op) {
      const stmt = statementOf(op);
      const def = op.column.default;
      if (!stmt?.call?.body || !def || op.column.notNull || !op.sql) return void 0;
      const chains = stmt.call.body.chains.filter((c) => c.name === op.column.name && !c.links.some((l) => /^(alter|alterType|notNullable|notNull|primary)$/.test(l.method)));
      if (chains.length !== 1) return void 0;
      const defaults = chains[0].links.filter((l) => DEFAULT_METHODS.has(l.method));
      if (defaults.length !== 1) return void 0;
      const setDefault = `ALTER TABLE ${sqlName(op.table)} ALTER COLUMN ${sqlName(op.column.name)} SET DEFAULT ${def.sql}`;
      const after = around(stmt, [], [setDefault]);
      if (!after) return void 0;
      return {
        title: `Add ${op.column.name} without the default, then set the default (existing rows stay NULL: backfill them apart)`,
        edits: [replace(file, defaults[0].cut, ""), ...after]
      };
    },
    setNotNullViaCheck(op, check, at) {
      const site = alone(op, at);
      const config = outsideTransaction(at, SET_NOT_NULL_KINDS);
      if (!site || site.call.kind !== "table" || !config) return void 0;
      const table = sqlName(op.table);
      const before = [`ALTER TABLE ${table} ADD CONSTRAINT ${sqlName(check)} CHECK (${sqlName(op.column)} IS NOT NULL) NOT VALID`, `ALTER TABLE ${table} VALIDATE CONSTRAINT ${sqlName(check)}`];
      const edits = around(site.stmt, before, [`ALTER TABLE ${table} DROP CONSTRAINT ${sqlName(check)}`]);
      if (!edits) return void 0;
      return { title: `Prove ${op.column} NOT NULL with a validated CHECK first (outside the migration transaction)`, edits: [...edits, ...config] };
    }
  });
}
function withLineBreaks(eol, phrases) {
  if (eol === "\n") return phrases;
  const convert = (fix) => fix && {
    ...fix,
    edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(/\n/g, eol) })),
    ...fix.newFiles ? { newFiles: fix.newFiles.map((f) => ({ ...f, text: f.text.replace(/\n/g, eol) })) } : {}
  };
  return {
    createIndexConcurrently: (...a) => convert(phrases.createIndexConcurrently(...a)),
    dropIndexConcurrently: (...a) => convert(phrases.dropIndexConcurrently(...a)),
    setLockTimeout: (...a) => convert(phrases.setLockTimeout(...a)),
    addConstraintNotValid: (...a) => convert(phrases.addConstraintNotValid(...a)),
    addColumnWithoutVolatileDefault: (...a) => convert(phrases.addColumnWithoutVolatileDefault(...a)),
    setNotNullViaCheck: (...a) => convert(phrases.setNotNullViaCheck(...a))
  };
}
var CREATE_INDEX = /^\s*create\s+(?:unique\s+)?index\b/i;
var DROP_INDEX = /^\s*drop\s+index\b/i;
var FOREIGN_KEY_LINKS = /* @__PURE__ */ new Set(["references", "inTable", "on", "onDelete", "onUpdate", "withKeyName", "deferrable"]);
var INDEX_KINDS = /* @__PURE__ */ new Set(["createIndex", "dropIndex"]);
var SET_NOT_NULL_KINDS = /* @__PURE__ */ new Set(["setNotNull"]);
var DEFAULT_METHODS = /* @__PURE__ */ new Set(["defaultTo", "default", "defaultsTo"]);
function optional(item) {
  return item === void 0 ? void 0 : [item];
}
function notValid(sql) {
  return `${sql.trimEnd()}${sameCase(sql, " NOT VALID")}`;
}
function within(p, s) {
  const afterStart = p.line > s.line || p.line === s.line && p.column >= s.column;
  const beforeEnd = p.line < s.endLine || p.line === s.endLine && p.column < s.endColumn;
  return afterStart && beforeEnd;
}
function end(s) {
  return { line: s.endLine, column: s.endColumn };
}
function insert(file, at, text) {
  return { file, startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column, text };
}
function replace(file, s, text) {
  return { file, startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn, text };
}
function advance(from, text) {
  const lines = text.split(/\r\n|\n|\r/);
  return lines.length === 1 ? { line: from.line, column: from.column + text.length } : { line: from.line + lines.length - 1, column: lines[lines.length - 1].length + 1 };
}
function sameCase(sql, clause) {
  return /^\s*[a-z]/.test(sql) ? clause.toLowerCase() : clause;
}
function jsLiteral(text) {
  if (text.includes("'") && !text.includes('"') && !text.includes("\\") && !text.includes("\n")) return `"${text}"`;
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\r/g, "\\r").replace(/\n/g, "\\n")}'`;
}
function configLine(layout) {
  switch (layout.style) {
    case "exports":
      return "exports.config = { transaction: false };";
    case "module.exports":
      return "module.exports.config = { transaction: false };";
    case "esm":
      return layout.configNameTaken ? null : "export const config = { transaction: false };";
    default:
      return null;
  }
}
function newFileStyle(file, layout) {
  if (/\.[cm]?ts$/i.test(file)) return "ts";
  if (/\.mjs$/i.test(file)) return "esm";
  if (/\.cjs$/i.test(file)) return "cjs";
  if (layout.style === "esm") return "esm";
  return layout.style ? "cjs" : null;
}
function migrationFile(style, sql) {
  const body = `  await knex.raw(${jsLiteral(sql)});
`;
  switch (style) {
    case "cjs":
      return `exports.up = async (knex) => {
${body}};

// Validating changes no schema: nothing to undo.
exports.down = async () => {};
`;
    case "esm":
      return `export async function up(knex) {
${body}}

// Validating changes no schema: nothing to undo.
export async function down() {}
`;
    case "ts":
      return `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
${body}}

// Validating changes no schema: nothing to undo.
export async function down(): Promise<void> {}
`;
  }
}

// src/parse/knex/phrasebook.ts
function jsString(text) {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}
function jsSql(text) {
  return JSON.stringify(text);
}
function schemaOf(table) {
  const dot = table.indexOf(".");
  return dot <= 0 ? { schema: "knex.schema", name: jsString(table) } : { schema: `knex.schema.withSchema(${jsString(table.slice(0, dot))})`, name: jsString(table.slice(dot + 1)) };
}
var NOTE3 = jsString("deprecated: drop in a later release");
function knexPhrasebook(m) {
  const d = m.dialect;
  const rawSql = (sql) => `knex.raw(${jsSql(sql.trim().replace(/;$/, ""))})`;
  const alter = (table, body) => {
    const s = schemaOf(table);
    return `${s.schema}.alterTable(${s.name}, (t) => { ${body} })`;
  };
  const inverse = (op, previousType) => {
    switch (op.kind) {
      case "createTable": {
        const s = schemaOf(op.table);
        return { text: `${s.schema}.dropTable(${s.name})`, exact: true };
      }
      case "dropTable": {
        const s = schemaOf(op.table);
        return { text: `${s.schema}.createTable(${s.name}, (t) => { ... })`, exact: false };
      }
      case "renameTable": {
        const s = schemaOf(op.newName);
        return { text: `${s.schema}.renameTable(${s.name}, ${jsString(unqualified(op.table))})`, exact: true };
      }
      case "addColumn":
        return { text: alter(op.table, `t.dropColumn(${jsString(op.column.name)});`), exact: true };
      case "dropColumn":
        return { text: alter(op.table, `t.specificType(${jsString(op.column)}, ${previousType ? jsString(sqlType(previousType)) : "'<type>'"});`), exact: false };
      case "renameColumn":
        return { text: alter(op.table, `t.renameColumn(${jsString(op.newName)}, ${jsString(op.column)});`), exact: true };
      case "setNotNull":
        return { text: alter(op.table, `t.setNullable(${jsString(op.column)});`), exact: true };
      case "dropNotNull":
        return { text: alter(op.table, `t.dropNullable(${jsString(op.column)});`), exact: false };
      case "createIndex": {
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        return { text: alter(op.table, `t.dropIndex([], ${jsString(name)});`), exact: op.name !== null };
      }
      default: {
        return sqlInverseVia(rawSql, op, d, previousType);
      }
    }
  };
  return {
    runner: "Knex",
    rawSql,
    runOutsideTransaction: "Add `exports.config = { transaction: false };` to this migration (and keep it to this one statement).",
    disableTransaction: "set `exports.config = { transaction: false }` in this migration",
    expectsDown: true,
    downPart: "exports.down",
    declareIrreversible: () => 'say so explicitly with throw new Error("<why>") so the report shows it as irreversible',
    inverse,
    deprecateColumn: (table, column, col) => d === "postgres" ? rawSql(`COMMENT ON COLUMN ${sqlName(table, d)}.${sqlName(column, d)} IS ${sqlString("deprecated: drop in a later release")}`) : alter(table, `t.specificType(${jsString(column)}, ${col?.type ? jsString(sqlType(col.type)) : "'<current type>'"}).comment(${NOTE3}).alter();`),
    deprecateTable: (table) => alter(table, `t.comment(${NOTE3});`),
    dropColumn: (table, column) => alter(table, `t.dropColumn(${jsString(column)});`),
    dropTable: (table) => {
      const s = schemaOf(table);
      return `${s.schema}.dropTable(${s.name})`;
    },
    dropIndexConcurrently: (op) => `${rawSql(`DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${sqlName(op.name, d)}`)} in a migration with \`exports.config = { transaction: false }\``,
    lockTimeoutAt: (set) => `await ${rawSql(set)} at the start of up()`,
    verbatimSql: false,
    columnType: (type) => `t.specificType(<column>, ${jsString(sqlType(type))})`,
    // Knex keys knex_migrations by the whole file name.
    ordering: { version: null, duplicateVersion: "", late: runsLate("Knex"), heads: null },
    fixes: knexFixes(m)
  };
}

// src/parse/rails/fixes.ts
import path4 from "node:path";
var RAILS_VERSIONS = { versionOf: (id) => /^\d+$/.test(id) ? id : null, numericOrder: true };
function rbString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/#/g, "\\#").replace(/\n/g, "\\n")}"`;
}
function insertion2(file, line2, column, text) {
  return { file, startLine: line2, startColumn: column, endLine: line2, endColumn: column, text };
}
function atLeast(version, min) {
  return !!version && Number(version) >= min;
}
function camelize(name) {
  return name.split("_").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function railsFixes(m) {
  const sites = m.fixSites;
  const siteOf = (op) => sites?.calls[`${op.loc.line}:${op.loc.column}`] ?? null;
  const append = (site, text) => insertion2(m.file, site.append.line, site.append.column, text);
  const concurrent = (op, at, method) => {
    const site = siteOf(op);
    if (!sites || !site || site.method !== method || !site.append || "algorithm" in site.options) return void 0;
    const edits = [append(site, ", algorithm: :concurrently")];
    if (m.transactional) {
      if (!sites.classBody || !at.ops.every((o) => o.kind === "createIndex" || o.kind === "dropIndex")) return void 0;
      edits.unshift(insertion2(m.file, sites.classBody.line, 1, `${sites.classBody.indent}disable_ddl_transaction!

`));
    } else if (at.inTransaction) return void 0;
    return { title: "Build the index concurrently, outside the migration transaction", edits };
  };
  const laterMigration = (op, at, slug, statement) => {
    const version = m.rails?.version;
    const next = version ? nextVersion(RAILS_VERSIONS, m, newMigrationStep(op, at.ops)) : null;
    if (!version || !next) return null;
    const name = `validate_${slug.toLowerCase().replace(/[^a-z0-9_]+/g, "_").replace(/^_+|_+$/g, "")}`;
    const text = [`class ${camelize(name)} < ActiveRecord::Migration[${version}]`, "  def change", `    ${statement}`, "  end", "end", ""].join("\n");
    return { path: path4.posix.join(path4.posix.dirname(m.file), `${next}_${name}.rb`), text };
  };
  const indexFix = (op, at) => op.kind === "createIndex" ? concurrent(op, at, "add_index") : op.kind === "dropIndex" ? concurrent(op, at, "remove_index") : void 0;
  return {
    createIndexConcurrently: indexFix,
    dropIndexConcurrently: indexFix,
    setLockTimeout(set, _op, at) {
      const first = sites?.firstStatement;
      if (!first) return void 0;
      if (m.transactional && at.ops.some((o) => indexFix(o, at))) return void 0;
      const execute = `execute ${rbString(set)}`;
      if (first.method === "change" && !atLeast(m.rails?.version, 5.2)) return void 0;
      const statement = first.method === "change" ? `up_only { ${execute} }` : execute;
      return { title: "Set lock_timeout first", edits: [insertion2(m.file, first.line, first.column, `${statement}
${" ".repeat(first.column - 1)}`)] };
    },
    addConstraintNotValid(op, name, at) {
      const site = siteOf(op);
      if (!site || !site.append || "validate" in site.options || m.dialect !== "postgres") return void 0;
      let validate;
      if (site.method === "add_foreign_key" && op.constraint.kind === "foreignKey" && atLeast(m.rails?.version, 5.2) && site.args.length === 2) {
        const keys = ["column", "name"].filter((k) => k in site.options).map((k) => site.options[k]);
        validate = ["validate_foreign_key", [...site.args, ...keys].join(", ")].join(" ");
      } else if (site.method === "add_check_constraint" && op.constraint.kind === "check" && atLeast(m.rails?.version, 6.1) && site.args.length === 2) {
        validate = `validate_check_constraint ${site.args[0]}, ${site.options.name ?? `name: ${rbString(name)}`}`;
      } else return void 0;
      const later = laterMigration(op, at, name, validate);
      if (!later) return void 0;
      return { title: "Add the constraint without validating it, validate it in a later migration", edits: [append(site, ", validate: false")], newFiles: [later] };
    },
    setNotNullViaCheck(op, check, at) {
      const site = siteOf(op);
      if (!site || site.method !== "change_column_null" || site.args.length !== 3 || site.args[2] !== "false" || Object.keys(site.options).length > 0) return void 0;
      if (!atLeast(m.rails?.version, 6.1) || m.dialect !== "postgres" || op.loc.endColumn === void 0) return void 0;
      const column = op.column;
      if (!/^[a-z_][a-z0-9_]*$/.test(column) || !/^[a-z_][a-z0-9_]*$/.test(check)) return void 0;
      const [table, col] = site.args;
      const condition = rbString(`${column} IS NOT NULL`);
      const named = `name: ${rbString(check)}`;
      const later = laterMigration(op, at, check, [
        `validate_check_constraint ${table}, ${named}`,
        `    change_column_null ${table}, ${col}, false`,
        // Named with its condition, so rolling back can add it again.
        `    remove_check_constraint ${table}, ${condition}, ${named}`
      ].join("\n"));
      if (!later) return void 0;
      const add = `add_check_constraint ${table}, ${condition}, ${named}, validate: false`;
      return {
        title: "Prove NOT NULL with a CHECK added NOT VALID; validate it and set NOT NULL in a later migration",
        edits: [{ file: m.file, startLine: op.loc.line, startColumn: op.loc.column, endLine: op.loc.endLine, endColumn: op.loc.endColumn, text: add }],
        newFiles: [later]
      };
    }
  };
}

// src/parse/rails/phrasebook.ts
function rbSql(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/#/g, "\\#").replace(/\n/g, "\\n")}"`;
}
function sym(name) {
  return /^[A-Za-z_]\w*$/.test(name) ? `:${name}` : rbSql(name);
}
var TYPES = {
  int2: ":integer, limit: 2",
  int4: ":integer",
  int8: ":bigint",
  text: ":text",
  varchar: ":string",
  bool: ":boolean",
  boolean: ":boolean",
  timestamptz: ":timestamptz",
  timestamp: ":datetime",
  date: ":date",
  numeric: ":decimal",
  float8: ":float",
  jsonb: ":jsonb",
  json: ":json",
  uuid: ":uuid"
};
function railsPhrasebook(m) {
  const d = m.dialect;
  const sql = sqlPhrasebook({ ...m, layout: "plain" });
  const rawSql = (text) => `execute ${rbSql(text.trim().replace(/;$/, ""))}`;
  return {
    runner: "Rails",
    rawSql,
    runOutsideTransaction: "Put it in a migration of its own that calls `disable_ddl_transaction!` in its class body.",
    disableTransaction: "call `disable_ddl_transaction!` in the migration class",
    expectsDown: true,
    downPart: "`change` (inverted by ActiveRecord) or the `down` method",
    declareIrreversible: (at) => `raise ActiveRecord::IrreversibleMigration in \`down\`, or append "# migration-guard: ignore missing-downgrade -- <why it cannot be undone>" above line ${at.line} of ${at.file}`,
    inverse: (op, previousType) => {
      return sqlInverseVia(rawSql, op, d, previousType);
    },
    deprecateColumn: (table, column, col) => rawSql(sql.deprecateColumn(table, column, col)),
    deprecateTable: (table) => rawSql(sql.deprecateTable(table)),
    dropColumn: (table, column) => `remove_column ${sym(table)}, ${sym(column)}, <type> (after adding it to the model's ignored_columns)`,
    dropTable: (table) => `drop_table ${sym(table)}`,
    dropIndexConcurrently: (op) => `remove_index ${sym(op.table ?? "<table>")}, name: ${sym(op.name)}, algorithm: :concurrently in a migration that calls disable_ddl_transaction!`,
    lockTimeoutAt: (set) => `${rawSql(set)} as the first statement`,
    verbatimSql: false,
    columnType: (type) => TYPES[type.name] ?? `${rbSql(sqlType(type))}`,
    fixes: railsFixes(m),
    // schema_migrations.version is the timestamp prefix, read as an integer.
    ordering: {
      version: /^\d+$/.test(m.id) ? numericVersion(m.id) : null,
      duplicateVersion: "Rails refuses to migrate (ActiveRecord::DuplicateMigrationVersionError).",
      late: runsLate("Rails"),
      heads: null,
      // The class name comes from the file name: two files of one name are refused as well.
      uniqueName: { name: railsNames(m.file).name, duplicate: "Rails refuses to migrate (ActiveRecord::DuplicateMigrationNameError): both define the same class." }
    }
  };
}

// src/parse/phrasebooks.ts
var FACTORIES = {
  sql: sqlPhrasebook,
  alembic: alembicPhrasebook,
  knex: knexPhrasebook,
  django: djangoPhrasebook,
  rails: railsPhrasebook
};
var cache = /* @__PURE__ */ new WeakMap();
function phrasebookFor(m) {
  let pb = cache.get(m);
  if (!pb) {
    pb = FACTORIES[m.framework](m);
    cache.set(m, pb);
  }
  return pb;
}

// src/schema/later-names.ts
var LaterNames = class {
  lastNamed = /* @__PURE__ */ new Map();
  position = /* @__PURE__ */ new Map();
  constructor(migrations) {
    migrations.forEach((m, i) => {
      this.position.set(m, i);
      for (const op of m.up) {
        if (op.kind === "createTable") {
          this.lastNamed.set(`${m.framework}\0${op.table}`, i);
          for (const c of op.columns) this.lastNamed.set(`${m.framework}\0${op.table}\0${c.name}`, i);
        } else if (op.kind === "addColumn") this.lastNamed.set(`${m.framework}\0${op.table}\0${op.column.name}`, i);
        else if (op.kind === "renameColumn") this.lastNamed.set(`${m.framework}\0${op.table}\0${op.newName}`, i);
        else if (op.kind === "renameTable") this.lastNamed.set(`${m.framework}\0${op.newName}`, i);
      }
    });
  }
  /** A migration after `m` names `table` (or its `column`) again. */
  after(m) {
    const at = this.position.get(m);
    if (at === void 0) return () => false;
    return (table, column) => (this.lastNamed.get(column === null ? `${m.framework}\0${table}` : `${m.framework}\0${table}\0${column}`) ?? -1) > at;
  }
};

// src/schema/alternative-scripts.ts
function alternativeScripts(migrations) {
  const out = /* @__PURE__ */ new Set();
  const createdBy = /* @__PURE__ */ new Map();
  const dirOf2 = (file) => file.slice(0, file.lastIndexOf("/") + 1);
  for (const m of migrations) {
    const dir = dirOf2(m.file);
    const plainScript = m.framework === "sql" && (m.layout ?? "plain") === "plain";
    const creates = /* @__PURE__ */ new Set();
    for (const op of m.up) {
      if (op.kind !== "createTable" || op.ifNotExists) continue;
      creates.add(op.table);
      for (const earlier of createdBy.get(op.table) ?? []) if (earlier.dir !== dir) out.add(earlier.by);
    }
    for (const op of m.up) {
      if ((op.kind === "dropTable" || op.kind === "renameTable") && !creates.has(op.table)) createdBy.delete(op.table);
      else if (op.kind === "createTable" && !op.ifNotExists) {
        if (!plainScript) createdBy.delete(op.table);
        else if (!(createdBy.get(op.table) ?? []).some((e) => e.by === m)) createdBy.set(op.table, [...createdBy.get(op.table) ?? [], { by: m, dir }]);
      }
    }
  }
  return out;
}

// src/schema/change-indexes.ts
var ChangeIndexes = class {
  byMigration = /* @__PURE__ */ new Map();
  ordered = [];
  constructor(change) {
    change.forEach((m, position) => {
      const keys = /* @__PURE__ */ new Map();
      const add = (table, columns) => {
        const list = keys.get(table);
        if (list) list.push(columns);
        else keys.set(table, [columns]);
      };
      for (const op of m.up) {
        if (op.kind === "createIndex" && op.where === null) add(op.table, op.columns);
        else if (op.kind === "addConstraint" && (op.constraint.kind === "primaryKey" || op.constraint.kind === "unique")) add(op.table, op.constraint.columns);
        else if (op.kind === "createTable") {
          for (const c of op.constraints) if (c.kind === "primaryKey" || c.kind === "unique") add(op.table, c.columns);
        }
      }
      this.byMigration.set(m, { position, keys });
      this.ordered.push(keys);
    });
  }
  /** A later migration of the change than `m` creates an index on `table` leading with `columns`. */
  laterThan(m) {
    const at = this.byMigration.get(m)?.position;
    if (at === void 0) return () => false;
    return (table, columns) => {
      const wanted = new Set(columns);
      for (let i = at + 1; i < this.ordered.length; i++) {
        for (const cols of this.ordered[i].get(table) ?? []) {
          const lead = cols.slice(0, wanted.size);
          if (lead.length === wanted.size && lead.every((c) => wanted.has(c)) && new Set(lead).size === wanted.size) return true;
        }
      }
      return false;
    };
  }
};

// src/schema/round-trip.ts
var NO_DEFINITION = /* @__PURE__ */ new Set(["dml", "truncate", "vacuum", "cluster", "reindex", "comment", "transaction", "setLockTimeout"]);
function touchedNames(op, model, into) {
  if (NO_DEFINITION.has(op.kind)) return;
  for (const t of opTables(op)) into.add(t);
  if (op.kind === "renameTable") into.add(op.newName);
  if (op.kind === "dropIndex") {
    const t = model.indexes.get(op.name);
    if (t) into.add(t);
  }
}
function captureRoundTrip(model, up, down) {
  if ([...up, ...down].some((op) => op.kind === "unparsed")) return null;
  const names = /* @__PURE__ */ new Set();
  for (const op of up) touchedNames(op, model, names);
  for (const op of down) touchedNames(op, model, names);
  const made = new Set([...up, ...down].flatMap((op) => op.kind === "createTable" ? [op.table] : op.kind === "renameTable" ? [op.newName] : []));
  for (const n of names) if (!model.tables.has(n) && !made.has(n)) return null;
  return { before: copyOf(model, names), names };
}
function roundTripDifferences(base2, up, down) {
  const after = copyOf(base2.before, base2.names);
  for (const op of up) after.apply(op, true);
  for (const op of down) after.apply(op, true);
  const out = /* @__PURE__ */ new Set();
  for (const name of base2.names) compareTable(base2.before, after, name, out);
  const enums = /* @__PURE__ */ new Set([...base2.before.enums.keys(), ...after.enums.keys()]);
  for (const e of enums) if ((base2.before.enums.get(e) ?? []).join(",") !== (after.enums.get(e) ?? []).join(",") || base2.before.enums.has(e) !== after.enums.has(e)) out.add(`enum:${e}`);
  return out;
}
function copyOf(model, names) {
  const copy = new SchemaModel();
  for (const name of names) {
    const t = model.tables.get(name);
    if (t) copy.tables.set(name, copyTable(t));
    const own = model.tableIndexes.get(name);
    if (own) {
      copy.tableIndexes.set(name, new Map([...own].map(([k, v]) => [k, { ...v, columns: [...v.columns] }])));
      for (const idx of own.keys()) copy.indexes.set(idx, name);
    }
  }
  for (const [name, values] of model.enums) copy.enums.set(name, [...values]);
  for (const s of model.sequences) copy.sequences.add(s);
  return copy;
}
function copyTable(t) {
  return {
    ...t,
    columns: new Map([...t.columns].map(([k, c]) => [k, { ...c }])),
    constraints: new Map([...t.constraints].map(([k, c]) => [k, { ...c, columns: [...c.columns] }]))
  };
}
function columnSignature(c) {
  if (!c) return "-";
  const type = c.type ? `${c.type.name.replace(/^public\./, "")}(${c.type.args.join(",")})${c.type.array ? "[]" : ""}` : "?";
  return `${type}:${c.notNull ? "not null" : ""}:${defaultKey(c.default?.sql)}`;
}
function present(t, indexes) {
  return Boolean(t) && !(t.columns.size === 0 && t.constraints.size === 0 && !t.createdInChange && indexes === 0);
}
function compareTable(before, after, name, out) {
  const a = before.tables.get(name);
  const b = after.tables.get(name);
  const ia = [...before.tableIndexes.get(name)?.values() ?? []].map((i) => `${i.name}(${i.columns.join(",")})${i.where ?? ""}`).sort().join(";");
  const ib = [...after.tableIndexes.get(name)?.values() ?? []].map((i) => `${i.name}(${i.columns.join(",")})${i.where ?? ""}`).sort().join(";");
  const pa = present(a, ia.length);
  const pb = present(b, ib.length);
  if (pa !== pb) {
    out.add(name);
    return;
  }
  if (ia !== ib) out.add(`${name}#indexes`);
  if (!pa || !pb) return;
  for (const col of /* @__PURE__ */ new Set([...a.columns.keys(), ...b.columns.keys()])) {
    if (columnSignature(a.columns.get(col)) !== columnSignature(b.columns.get(col))) out.add(`${name}.${col}`);
  }
  const constraints = (t) => [...t.constraints.values()].map((c) => `${c.kind}(${c.columns.join(",")})${c.validated ? "" : " not valid"}`).sort().join(";");
  if (constraints(a) !== constraints(b)) out.add(`${name}#constraints`);
}

// src/history/conflicts.ts
import path5 from "node:path";
function markConflicts(migrations, opts) {
  const blame = (group, conflict) => {
    const fresh = group.filter((m) => m.isNew);
    if (fresh.length === 0) return;
    const guilty = fresh.length === group.length ? group.slice(1) : fresh;
    for (const m of guilty) (m.conflicts ??= []).push(conflict(m, group.filter((o) => o !== m)));
  };
  const byVersion = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    const version = phrasebookFor(m).ordering.version;
    if (version === null) continue;
    const key2 = `${m.framework}|${rootOf(m)}|${version}`;
    const list = byVersion.get(key2);
    if (list) list.push(m);
    else byVersion.set(key2, [m]);
  }
  for (const [key2, group] of byVersion) {
    if (group.length < 2) continue;
    const version = key2.slice(key2.lastIndexOf("|") + 1);
    blame(group, (m, others) => ({ kind: "duplicateVersion", version, files: others.map((o) => o.file), loc: firstLine(m) }));
  }
  const byName = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    const unique = phrasebookFor(m).ordering.uniqueName;
    if (!unique) continue;
    const key2 = `${m.framework}|${rootOf(m)}|${unique.name}`;
    const list = byName.get(key2);
    if (list) list.push(m);
    else byName.set(key2, [m]);
  }
  for (const [key2, group] of byName) {
    if (group.length < 2) continue;
    const name = key2.slice(key2.lastIndexOf("|") + 1);
    blame(group, (m, others) => ({ kind: "duplicateName", name, files: others.map((o) => o.file), loc: firstLine(m) }));
  }
  alembicHeads(migrations.filter((m) => m.framework === "alembic" && m.alembic), blame);
  djangoLeaves(migrations.filter((m) => m.graph), blame);
  if (opts.added) {
    const latest = /* @__PURE__ */ new Map();
    for (const m of migrations) {
      if (m.isNew || phrasebookFor(m).ordering.late === null) continue;
      const key2 = `${m.framework}|${rootOf(m)}`;
      const seen = latest.get(key2);
      if (!seen || seen.order < m.order) latest.set(key2, m);
    }
    for (const m of migrations) {
      if (!m.isNew || !opts.added.has(m.file)) continue;
      const base2 = latest.get(`${m.framework}|${rootOf(m)}`);
      if (base2 && m.order < base2.order) (m.conflicts ??= []).push({ kind: "outOfOrder", latest: base2.id, latestFile: base2.file, loc: firstLine(m) });
    }
  }
}
function rootOf(m) {
  const dir = path5.posix.dirname(m.file);
  return m.layout === "diesel" || m.layout === "prisma" ? path5.posix.dirname(dir) : dir;
}
function firstLine(m) {
  return { file: m.file, line: 1, endLine: 1, column: 1 };
}
function alembicHeads(migrations, blame) {
  if (migrations.length < 2) return;
  const byRevision = /* @__PURE__ */ new Map();
  for (const m of migrations) if (m.alembic.revision && !byRevision.has(m.alembic.revision)) byRevision.set(m.alembic.revision, m);
  const children = /* @__PURE__ */ new Map();
  for (const m of byRevision.values()) {
    for (const down of m.alembic.downRevisions) if (byRevision.has(down)) children.set(down, (children.get(down) ?? 0) + 1);
  }
  const branchOf = (head) => {
    let rev = head;
    for (let steps = 0; steps <= byRevision.size; steps++) {
      const m = byRevision.get(rev);
      if (m.alembic.branchLabels.length > 0) return { start: m, labelled: true };
      const downs = m.alembic.downRevisions.filter((d) => byRevision.has(d));
      if (downs.length !== 1) return { start: m, labelled: false };
      if ((children.get(downs[0]) ?? 0) > 1) return { start: m, labelled: false };
      rev = downs[0];
    }
    return { start: byRevision.get(head), labelled: false };
  };
  const branches = /* @__PURE__ */ new Map();
  for (const [rev, m] of byRevision) {
    if ((children.get(rev) ?? 0) > 0) continue;
    const branch = branchOf(rev);
    if (branch.labelled) continue;
    const root = rootOf(m);
    const list = branches.get(root);
    if (list) list.push({ head: rev, start: branch.start });
    else branches.set(root, [{ head: rev, start: branch.start }]);
  }
  for (const list of branches.values()) {
    if (list.length < 2) continue;
    const names = list.map((b) => b.head);
    const line2 = (m) => m.alembic.downRevisionLine || 1;
    blame(list.map((b) => b.start), (m) => ({ kind: "heads", heads: names, group: null, loc: { file: m.file, line: line2(m), endLine: line2(m), column: 1 } }));
  }
}
function djangoLeaves(migrations, blame) {
  const byApp = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    const g = m.graph;
    if (g.leaves.length < 2 || !g.leaves.includes(g.node)) continue;
    const list = byApp.get(g.group);
    if (list) list.push(m);
    else byApp.set(g.group, [m]);
  }
  for (const [app, group] of byApp) {
    if (group.length < 2) continue;
    const names = group[0].graph.leaves;
    blame(group, (m) => ({ kind: "heads", heads: names, group: app, loc: firstLine(m) }));
  }
}

// src/discover/imported-modules.ts
import path6 from "node:path";
function importedModules(migrationAbs, migrationFile2, text, contents) {
  const specifiers = relativeSpecifiers(text);
  if (specifiers.length === 0) return [];
  const cwd = migrationAbs.endsWith(migrationFile2) ? migrationAbs.slice(0, migrationAbs.length - migrationFile2.length) : path6.dirname(migrationAbs);
  const root = realPath(repositoryRoot(cwd || path6.dirname(migrationAbs)));
  const out = [];
  for (const specifier of specifiers) {
    for (const candidate of candidateFiles(specifier)) {
      const abs = path6.resolve(path6.dirname(migrationAbs), candidate);
      if (abs === migrationAbs) break;
      let moduleText = contents?.get(abs) ?? null;
      if (moduleText === null) {
        const read = readInsideRepository(root, abs, MAX_IMPORTED_MODULE_BYTES);
        if (!read.ok) continue;
        moduleText = read.bytes.toString("utf8");
      }
      out.push({ specifier, path: toPosix(path6.relative(cwd || ".", abs)), text: moduleText });
      break;
    }
  }
  return out;
}

// src/engine.ts
async function loadMigrations(found, config, sources, contents, options = {}) {
  const { reads, cache: cache2 } = options;
  const read = (abs) => {
    const text = contents?.get(abs);
    if (text !== void 0) return { text, problems: [] };
    const earlier = reads?.get(abs);
    if (earlier) {
      reads.delete(abs);
      return earlier;
    }
    return readSource(abs);
  };
  const migrations = [];
  let statements = 0;
  for (const d of found) {
    const readStart = mark();
    const decoded = read(d.abs);
    sources.set(d.file, decoded.text);
    const problems = decoded.problems.map((p) => ({
      kind: "unparsed",
      reason: "parse",
      message: `${d.file}: ${p.message}`,
      loc: { file: d.file, line: p.line, endLine: p.line, column: 1 }
    }));
    let downFile = null;
    if (d.downFile && d.downAbs) {
      const down = read(d.downAbs);
      sources.set(d.downFile, down.text);
      downFile = { path: d.downFile, text: down.text };
    }
    since("read", readStart);
    const fatal = decoded.problems.some((p) => p.fatal);
    let parsed = [];
    const lowerStart = mark();
    const parseBefore = activeTimings()?.stages.get("parse") ?? 0;
    if (!fatal) {
      const task = {
        file: { path: d.file, text: decoded.text },
        dialect: config.dialect,
        isNew: d.isNew,
        layout: d.layout,
        downFile,
        expectsDown: d.expectsDown,
        transactional: d.transactional,
        ...d.runnerLockTimeout ? { runnerLockTimeout: true } : {},
        ...d.runnerAfterCommit ? { runnerAfterCommit: d.runnerAfterCommit } : {},
        ...d.strongMigrations ? { strongMigrations: d.strongMigrations } : {},
        id: d.id,
        order: d.order,
        ...config.dialect === "mysql" ? { mysqlServer: { version: config.mysqlVersion ?? (config.mariadb ? 101100 : 80035), mariadb: config.mariadb } } : {}
      };
      if (d.framework === "knex") {
        const modules = importedModules(d.abs, d.file, decoded.text, contents);
        if (modules.length) task.modules = modules;
      }
      const cached = !d.isNew && cache2 ? cache2.get(task) : null;
      if (cached) parsed = cached;
      else {
        try {
          const frontEnd = await frontEndFor(d.framework);
          parsed = await frontEnd(task);
          if (!d.isNew && cache2 && parsed.length > 0) cache2.put(task, parsed);
        } catch (e) {
          problems.push({ kind: "unparsed", reason: "internal", message: `internal error while parsing: ${e.message}`, loc: { file: d.file, line: 1, endLine: 1, column: 1 } });
        }
      }
    }
    since("lower", lowerStart);
    activeTimings()?.add("lower", parseBefore - (activeTimings()?.stages.get("parse") ?? 0));
    if (parsed.length === 0) {
      parsed = [
        {
          id: d.id,
          file: d.file,
          framework: d.framework,
          dialect: config.dialect,
          layout: d.layout,
          isNew: d.isNew,
          transactional: d.transactional,
          up: [],
          down: [],
          order: d.order,
          expectsDown: false
        }
      ];
    }
    parsed[0].up.unshift(...problems);
    if (d.siblings) for (const m of parsed) m.siblings = d.siblings;
    if (d.rollbackGroup) for (const m of parsed) m.rollbackGroup = d.rollbackGroup;
    migrations.push(...parsed);
  }
  reads?.clear();
  if (cache2) timed("cache write", () => cache2.save());
  const orderStart = mark();
  const ordered = await orderMigrations(migrations, found.find((d) => d.djangoUserModel)?.djangoUserModel ?? null);
  reserveNewVersions(ordered);
  since("order", orderStart);
  for (const m of ordered) {
    if (m.isNew) statements += m.statements ?? m.up.length + (m.down?.length ?? 0);
  }
  return { migrations: ordered, statements };
}
async function orderMigrations(input, djangoUserModel) {
  let migrations = input;
  if (migrations.some((m) => m.framework === "django")) {
    const { lowerDjangoProject } = await import("./chunk-TWBOGNFU.js");
    const django = await lowerDjangoProject(migrations.filter((m) => m.framework === "django"), { userModel: djangoUserModel });
    const firstIndex2 = migrations.findIndex((m) => m.framework === "django");
    const rest2 = migrations.filter((m) => m.framework !== "django");
    rest2.splice(Math.min(firstIndex2, rest2.length), 0, ...django);
    migrations = rest2;
  }
  const alembic = migrations.filter((m) => m.framework === "alembic");
  if (alembic.length === 0) return migrations;
  const { orderAlembicMigrations } = await import("./chunk-JVK6XHVR.js");
  const ordered = orderAlembicMigrations(alembic);
  const firstIndex = migrations.findIndex((m) => m.framework === "alembic");
  const rest = migrations.filter((m) => m.framework !== "alembic");
  rest.splice(Math.min(firstIndex, rest.length), 0, ...ordered);
  return rest;
}
function ruleSettings(config) {
  return {
    dialect: config.dialect,
    pgVersion: config.pgVersion,
    mysqlVersion: config.mysqlVersion,
    mariadb: config.mariadb,
    globalLockTimeout: config.lockTimeout !== null,
    lockBudgetMs: config.lockBudgetMs
  };
}
function settingsFor(settings, migration, config) {
  const target = migration.targetServer;
  if (!target || config.serverVersionExplicit) return settings;
  if (settings.dialect === "mysql") return target.mysqlVersion !== void 0 ? { ...settings, mysqlVersion: target.mysqlVersion, mariadb: settings.mariadb || target.mariadb === true, versionSource: target.source } : settings;
  return target.pgVersion !== void 0 ? { ...settings, pgVersion: target.pgVersion, versionSource: target.source } : settings;
}
function activeRules(config) {
  const out = [];
  for (const rule of rules) {
    if (!rule.dialects.includes(config.dialect)) continue;
    const setting = config.ruleSeverity[rule.id];
    if (setting === "off" || rule.defaultOff && setting === void 0) continue;
    out.push({ rule, severity: setting ?? rule.severity });
  }
  return out;
}
function indexByKind(ops) {
  const index = /* @__PURE__ */ new Map();
  for (const op of ops) {
    const list = index.get(op.kind);
    if (list) list.push(op);
    else index.set(op.kind, [op]);
  }
  return index;
}
function selectOps(all, index, kinds) {
  if (kinds.length === 0) return all;
  if (kinds.length === 1) return index.get(kinds[0]) ?? [];
  const key2 = kinds.join(",");
  let cached = combinedKinds.get(index)?.get(key2);
  if (!cached) {
    const wanted = new Set(kinds);
    cached = all.filter((op) => wanted.has(op.kind));
    if (!combinedKinds.has(index)) combinedKinds.set(index, /* @__PURE__ */ new Map());
    combinedKinds.get(index).set(key2, cached);
  }
  return cached;
}
var combinedKinds = /* @__PURE__ */ new WeakMap();
function makeContext(view, settings, rule, severity) {
  const { migration, facts } = view;
  return {
    migration,
    ops: (...kinds) => selectOps(migration.up, view.up, kinds),
    downOps: (...kinds) => selectOps(migration.down ?? [], view.down, kinds),
    facts: (op) => facts.get(op) ?? UNKNOWN_FACTS,
    rollback: view.rollback,
    settings,
    phrasebook: phrasebookFor(migration),
    references: (identifier) => view.code.references(identifier),
    referenceCount: (identifier) => view.code.total(identifier),
    evidence: (op) => view.evidence.get(op) ?? null,
    fixSite(op) {
      const opFacts = facts.get(op) ?? UNKNOWN_FACTS;
      return { inTransaction: opFacts.inTransaction, ops: migration.up, table: opFacts.table, lockTimeoutSet: opFacts.lockTimeoutSet };
    },
    shared(key2, compute) {
      if (!view.shared.has(key2)) view.shared.set(key2, compute());
      return view.shared.get(key2);
    },
    finding(at, text) {
      const loc = "kind" in at ? at.loc : at;
      const suggestion = text.suggestion && "kind" in at ? quoteHostileNames(text.suggestion, at, migration.dialect) : text.suggestion;
      const finding = { ruleId: rule.id, severity, loc, message: flat(text.message), ...suggestion ? { suggestion: flat(suggestion) } : {}, ...text.fix ? { fix: text.fix } : {}, migration: migration.id };
      if ("kind" in at) findingOps.set(finding, at);
      return finding;
    }
  };
}
function flat(s) {
  s.charCodeAt(0);
  return s;
}
var PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/;
function quoteHostileNames(suggestion, op, dialect) {
  const names = new Set(opTables(op));
  if ("column" in op) names.add(typeof op.column === "string" ? op.column : op.column?.name ?? "");
  if ("newName" in op && typeof op.newName === "string") names.add(op.newName);
  if ("name" in op && typeof op.name === "string") names.add(op.name);
  let out = suggestion;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name === "" || PLAIN_NAME.test(name)) continue;
    out = out.split(name).join(sqlName(name, dialect));
  }
  return out;
}
function nextCodeLines(lines) {
  const next = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    next[i] = t === "" || /^(--|#|\/\/|\/\*|\*)/.test(t) ? next[i + 1] : i + 1;
  }
  return next;
}
function suppressionTarget(next, comment) {
  return next[comment.line] || comment.line;
}
function suppressionsFor(text) {
  const comments = findSuppressions(text);
  if (comments.length === 0) return { entries: [], byLine: /* @__PURE__ */ new Map() };
  const lines = text.split(/\r\n|\n|\r/);
  const next = nextCodeLines(lines);
  const entries = comments.map((comment) => ({ comment, target: comment.ownLine ? suppressionTarget(next, comment) : comment.line }));
  const byLine = /* @__PURE__ */ new Map();
  for (const e of entries) {
    for (const line2 of /* @__PURE__ */ new Set([e.target, e.comment.line])) {
      const list = byLine.get(line2);
      if (list) list.push(e);
      else byLine.set(line2, [e]);
    }
  }
  return { entries, byLine };
}
async function lint(req) {
  const { config } = req;
  const reads = /* @__PURE__ */ new Map();
  const found = timed("discover", () => discover({ ...req, reads }));
  const sources = /* @__PURE__ */ new Map();
  const mysqlServer = config.dialect === "mysql" ? `${config.mysqlVersion ?? ""}/${config.mariadb}` : "";
  const cache2 = openLoweringCache(`${path7.resolve(req.cwd)}\0${config.dialect}\0${mysqlServer}`);
  const { migrations, statements } = await loadMigrations(found, config, sources, req.contents, { reads, cache: cache2 });
  const added = req.addedFiles ?? (req.base && !req.changedFiles ? gitChangedFiles(req.cwd, req.base, `--base ${req.base}`, "added") : null);
  timed("conflicts", () => markConflicts(migrations, { added: added ? new Set(added.map((f) => toPosix(path7.normalize(f)))) : null }));
  const settings = ruleSettings(config);
  const active = activeRules(config);
  const severityOf = new Map(active.map(({ rule, severity }) => [rule.id, severity]));
  const history = new SchemaModel();
  const deprecations = {
    tables: new Set(config.deprecated.tables),
    columns: new Set(config.deprecated.columns)
  };
  const findings = [];
  const migrationReports = [];
  const code = timed("reference targets", () => codeReferences({ cwd: req.cwd, code: req.config.code, stats: req.config.stats }, found, migrations));
  const production = config.stats ? await timed("stats snapshot", () => productionEvidence(req.cwd, config)) : null;
  const perMigration = !req.changedFiles && !req.base && migrations.every((m) => m.isNew);
  const changeIndexes = perMigration ? null : new ChangeIndexes(migrations.filter((m) => m.isNew));
  const laterNames = new LaterNames(migrations);
  const alternatives = perMigration ? alternativeScripts(migrations) : /* @__PURE__ */ new Set();
  const stepGroups = /* @__PURE__ */ new Map();
  for (const m of migrations) {
    if (!m.rollbackGroup) continue;
    const steps = stepGroups.get(m.rollbackGroup);
    if (steps) steps.push(m);
    else stepGroups.set(m.rollbackGroup, [m]);
  }
  const stepFacts = /* @__PURE__ */ new Map();
  let previousGroup;
  for (const migration of migrations) {
    const model = alternatives.has(migration) ? new SchemaModel() : history;
    const continuesGroup = migration.rollbackGroup !== void 0 && migration.rollbackGroup === previousGroup;
    previousGroup = migration.rollbackGroup;
    if (perMigration && !continuesGroup) model.settle();
    const indexedLater = migration.isNew ? changeIndexes?.laterThan(migration) : void 0;
    const roundTrip = migration.isNew && migration.down?.length ? timed("rollback", () => captureRoundTrip(model, migration.up, migration.down)) : null;
    const group = migration.rollbackGroup ? stepGroups.get(migration.rollbackGroup) : void 0;
    const factsRead = migration.isNew || group !== void 0 && group.length > 1;
    const facts = timed(
      "schema walk",
      () => factsRead ? walkMigration(model, migration, { globalLockTimeout: settings.globalLockTimeout, deprecations, ...indexedLater ? { indexedLater } : {}, ...migration.isNew ? { namedLater: laterNames.after(migration) } : {} }) : replayMigration(model, migration)
    );
    if (group && group.length > 1) {
      const walked = stepFacts.get(migration.rollbackGroup) ?? /* @__PURE__ */ new Map();
      for (const [op, opFacts] of facts) walked.set(op, opFacts);
      stepFacts.set(migration.rollbackGroup, walked);
    }
    if (!migration.isNew) continue;
    const rollback = timed("rollback", () => {
      if (!group || group.length < 2) {
        return analyzeMigrationRollback(migration, { facts: (op) => facts.get(op), ...roundTrip ? { roundTripDifferences: () => roundTripDifferences(roundTrip, migration.up, migration.down ?? []) } : {} });
      }
      const walked = stepFacts.get(migration.rollbackGroup);
      return analyzeStepRollback(migration, group, { facts: (op) => facts.get(op) ?? walked?.get(op) });
    });
    const evidence = production ? production.evidenceOf(migration, facts) : /* @__PURE__ */ new Map();
    const view = { migration, facts, rollback, up: indexByKind(migration.up), down: indexByKind(migration.down ?? []), code, evidence, shared: /* @__PURE__ */ new Map() };
    const judged = settingsFor(settings, migration, config);
    const timings = activeTimings();
    for (const { rule, severity } of active) {
      const ruleStart = mark();
      const scanBefore = timings?.stages.get("reference scan") ?? 0;
      try {
        const produced = rule.check(makeContext(view, judged, rule, severity));
        for (const f of production ? production.annotate(rule, produced, migration, evidence) : produced) findings.push(f);
      } catch (e) {
        const severity2 = severityOf.get("internal-error");
        if (severity2) {
          findings.push({
            ruleId: "internal-error",
            severity: severity2,
            migration: migration.id,
            loc: { file: migration.file, line: 1, endLine: 1, column: 1 },
            ...internalError.inRule(rule.id, e.message)
          });
        }
      }
      if (timings) timings.addRule(rule.id, performance.now() - ruleStart - ((timings.stages.get("reference scan") ?? 0) - scanBefore));
    }
    migrationReports.push({
      file: migration.file,
      id: migration.id,
      framework: migration.framework,
      isNew: true,
      downFile: migration.downFile ?? null,
      rollback: rollback.report,
      ...production ? { evidence: production.summary(migration, evidence) } : {}
    });
  }
  const rulesTotal = [...activeTimings()?.rules.values() ?? []].reduce((a, b) => a + b, 0);
  activeTimings()?.add("rules", rulesTotal);
  const reportStart = mark();
  const ormFiles = new Set(migrations.filter((m) => m.isNew && m.framework !== "sql").map((m) => m.file));
  const { kept, suppressed } = applySuppressions(oneFindingPerCallSite(findings, ormFiles), sources, migrations.filter((m) => m.isNew), severityOf);
  kept.sort((a, b) => a.loc.file === b.loc.file ? a.loc.line - b.loc.line || a.loc.column - b.loc.column || (a.ruleId < b.ruleId ? -1 : 1) : a.loc.file < b.loc.file ? -1 : 1);
  const counts = { error: 0, warning: 0, info: 0 };
  const reportFindings = kept.map((f) => {
    counts[f.severity]++;
    return reportFinding(f);
  });
  const count = (s) => counts[s];
  const report = {
    version: 1,
    findings: reportFindings,
    migrations: migrationReports,
    suppressed,
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      files: new Set(migrations.filter((m) => m.isNew).map((m) => m.file)).size,
      statements
    }
  };
  since("suppressions and report", reportStart);
  return { report, sources: (file) => sources.get(file), migrations };
}
function reportFinding(f) {
  const r = {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.loc.file,
    line: f.loc.line,
    endLine: f.loc.endLine,
    column: f.loc.column,
    message: f.message
  };
  if (f.suggestion) r.suggestion = f.suggestion;
  if (f.fix) r.fix = f.fix;
  r.migration = f.migration;
  if (f.evidence) r.evidence = f.evidence;
  return r;
}
var LOCK_CATEGORIES = /* @__PURE__ */ new Set(["locking", "mysql"]);
async function productionEvidence(cwd, config) {
  const [{ loadSnapshot }, est, tiers] = await Promise.all([import("./chunk-UB2D35W6.js"), import("./chunk-EF6SCEP4.js"), import("./chunk-7KJXV2FY.js")]);
  const snapshot = loadSnapshot(cwd, config.stats);
  const base2 = ruleSettings(config);
  return {
    evidenceOf(migration, facts) {
      const s = settingsFor(base2, migration, config);
      const classify = { dialect: s.dialect, pgVersion: s.pgVersion, mysqlVersion: s.mysqlVersion, mariadb: s.mariadb };
      const out = /* @__PURE__ */ new Map();
      for (const op of migration.up) {
        const f = facts.get(op);
        const e = f && est.evidenceFor(op, f, snapshot, classify);
        if (e) out.set(op, e);
      }
      return out;
    },
    annotate(rule, findings, migration, evidence) {
      if (!LOCK_CATEGORIES.has(rule.category) || evidence.size === 0) return findings;
      const byLoc = /* @__PURE__ */ new Map();
      const byLine = /* @__PURE__ */ new Map();
      for (const op of migration.up) {
        const e = evidence.get(op);
        if (!e) continue;
        if ((byLoc.get(op.loc)?.estimatedLockMs ?? -1) < e.estimatedLockMs) byLoc.set(op.loc, e);
        const key2 = `${op.loc.file}:${op.loc.line}`;
        if ((byLine.get(key2)?.estimatedLockMs ?? -1) < e.estimatedLockMs) byLine.set(key2, e);
      }
      return findings.map((f) => {
        const e = byLoc.get(f.loc) ?? byLine.get(`${f.loc.file}:${f.loc.line}`);
        if (!e) return f;
        const tier = rule.id === "lock-exceeds-budget" ? null : tiers.tierOf(config.tiers, e);
        const severity = tier ? tiers.tieredSeverity(f.severity, tier) : f.severity;
        const tierNote = tier ? ` Table tier ${tier.name}: ${severity === f.severity ? `kept at ${severity}` : `${f.severity} \u2192 ${severity}`}.` : "";
        return { ...f, severity, message: `${f.message} ${est.evidenceSentence(e)}${tierNote}`, evidence: { ...e, ...tier ? { tier: tier.name } : {} } };
      });
    },
    summary(migration, evidence) {
      const tables = /* @__PURE__ */ new Map();
      const statements = [];
      for (const op of migration.up) {
        const e = evidence.get(op);
        if (!e) continue;
        if (!tables.has(e.table)) {
          const tier = tiers.tierOf(config.tiers, e);
          tables.set(e.table, { table: e.table, bytes: e.bytes, rows: e.rows, writesPerSec: e.writesPerSec, ...tier ? { tier: tier.name } : {} });
        }
        const row = { file: op.loc.file, line: op.loc.line, table: e.table, operation: e.operation, lockMode: e.lockMode, blocksWrites: e.blocksWrites, estimatedLockMs: e.estimatedLockMs };
        const same = statements.findIndex((x) => x.file === row.file && x.line === row.line && x.table === row.table);
        if (same < 0) statements.push(row);
        else if (statements[same].estimatedLockMs < row.estimatedLockMs) statements[same] = row;
      }
      return { capturedAt: snapshot.capturedAt, tables: [...tables.values()], statements, ...config.lockBudgetMs !== null ? { lockBudgetMs: config.lockBudgetMs } : {} };
    }
  };
}
var findingOps = /* @__PURE__ */ new WeakMap();
function oneFindingPerCallSite(findings, ormFiles) {
  if (ormFiles.size === 0) return findings;
  const first = /* @__PURE__ */ new Map();
  const perOp = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    if (!ormFiles.has(f.loc.file)) {
      out.push(f);
      continue;
    }
    const site = `${f.ruleId}\0${f.loc.file}\0${f.loc.line}\0${f.loc.column}\0${f.loc.endLine}`;
    const op = findingOps.get(f);
    let ordinal = 0;
    if (op) {
      let counts = perOp.get(site);
      if (!counts) perOp.set(site, counts = /* @__PURE__ */ new Map());
      ordinal = counts.get(op) ?? 0;
      counts.set(op, ordinal + 1);
    }
    const key2 = `${site}\0${op?.kind ?? ""}\0${ordinal}`;
    const seen = first.get(key2);
    if (seen) {
      seen.count++;
      continue;
    }
    const entry = { finding: { ...f }, count: 1 };
    first.set(key2, entry);
    out.push(entry.finding);
  }
  for (const { finding, count } of first.values()) {
    if (count === 1) continue;
    finding.message = `${finding.message} (This call runs ${count} times, in a loop or over several values: the same applies to each.)`;
    delete finding.fix;
  }
  return out;
}
function applySuppressions(findings, sources, newMigrations, severityOf) {
  const byFile = /* @__PURE__ */ new Map();
  const newFiles = new Set(newMigrations.flatMap((m) => [m.file, ...m.downFile ? [m.downFile] : []]));
  const migrationOf = new Map(newMigrations.map((m) => [m.file, m.id]));
  const severity = severityOf.get("invalid-suppression");
  const problems = [];
  const problem = (file, comment, text) => {
    if (severity) problems.push({ ruleId: "invalid-suppression", severity, loc: { file, line: comment.line, endLine: comment.line, column: 1 }, migration: migrationOf.get(file) ?? file, ...text });
  };
  const usable = [];
  for (const file of newFiles) {
    const s = suppressionsFor(sources.get(file) ?? "");
    byFile.set(file, s);
    for (const entry of s.entries) {
      const { comment } = entry;
      const unknown = comment.ruleIds.filter((id) => !ruleById(id));
      if (comment.ruleIds.length === 0) problem(file, comment, invalidSuppression.noRule);
      if (unknown.length) problem(file, comment, invalidSuppression.unknownRule(unknown));
      if (!comment.reason) problem(file, comment, invalidSuppression.noReason(comment.ruleIds));
      if (comment.reason && comment.ruleIds.length && !unknown.length) usable.push({ file, entry });
    }
  }
  const kept = [];
  const suppressed = [];
  const used = /* @__PURE__ */ new Set();
  const inCode = /* @__PURE__ */ new Map();
  for (const s of newMigrations.flatMap((m) => m.frameworkSuppressions ?? [])) {
    let lines = inCode.get(s.file);
    if (!lines) inCode.set(s.file, lines = /* @__PURE__ */ new Map());
    for (let line2 = s.line; line2 <= s.endLine; line2++) {
      const at = lines.get(line2);
      if (at) at.push(s);
      else lines.set(line2, [s]);
    }
  }
  for (const f of findings) {
    const entry = byFile.get(f.loc.file)?.byLine.get(f.loc.line)?.find((e) => e.comment.reason && e.comment.ruleIds.includes(f.ruleId));
    if (entry) {
      used.add(entry);
      suppressed.push({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: entry.comment.reason });
      continue;
    }
    const category = ruleById(f.ruleId)?.category;
    const declared = inCode.get(f.loc.file)?.get(f.loc.line)?.find((s) => s.categories.some((c) => c === category));
    if (declared) suppressed.push({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: declared.reason });
    else kept.push(f);
  }
  for (const { file, entry } of usable) {
    if (!used.has(entry) && entry.comment.ruleIds.every((id) => severityOf.has(id))) problem(file, entry.comment, invalidSuppression.unused(entry.comment.ruleIds, entry.target));
  }
  return { kept: [...kept, ...problems], suppressed };
}

export {
  loadMigrations,
  lint
};
