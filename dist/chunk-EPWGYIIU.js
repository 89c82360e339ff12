#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  isAlembicFile
} from "./chunk-42LATGZD.js";
import {
  isKnexFile
} from "./chunk-V4PFYSEM.js";
import {
  isDjangoMigrationFile
} from "./chunk-ZIWAVBQL.js";
import {
  lowerSql
} from "./chunk-3FKQOUCN.js";
import {
  LOCK_BLOCKS,
  STRONG_LOCKS,
  pgLockOf
} from "./chunk-NC7IV6E4.js";
import {
  activeTimings,
  mark,
  since,
  timed
} from "./chunk-D7TIYTQ5.js";
import {
  ReadScope,
  UsageError,
  entryKind,
  isWithin,
  readRegularFile,
  realPath,
  repositoryRoot
} from "./chunk-YF4W6GTW.js";

// src/discover/index.ts
import { statSync } from "node:fs";
import path3 from "node:path";

// src/discover/files.ts
import { readdirSync } from "node:fs";
import path from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "vendor", "__pycache__", ".venv", "venv", ".tox", "coverage"]);
function toPosix(p) {
  return p.split(path.sep).join("/");
}
function walk(root, limit = 2e5) {
  const out = [];
  const realRoot = realPath(root);
  if (realRoot === null) return out;
  const seenDirs = /* @__PURE__ */ new Set([realRoot]);
  const stack = [root];
  while (stack.length && out.length < limit) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? 1 : -1);
    for (const e of entries) {
      const full = path.join(dir, e.name);
      let kind = e.isDirectory() ? "dir" : e.isFile() ? "file" : null;
      if (e.isSymbolicLink()) {
        const real = realPath(full);
        kind = real !== null && isWithin(realRoot, real) ? entryKind(full, true) : null;
        if (kind === "dir") {
          if (seenDirs.has(real)) continue;
          seenDirs.add(real);
        }
      }
      if (kind === "dir") {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) stack.push(full);
      } else if (kind === "file") out.push(full);
    }
  }
  return out.sort();
}
function globToRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      re += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
function isGlob(p) {
  return /[*?]/.test(p);
}
function expandGlob(cwd, glob) {
  const posix = toPosix(glob);
  const fixed = posix.split("/").filter((seg, i, all) => !isGlob(all.slice(0, i + 1).join("/")));
  const root = path.resolve(cwd, fixed.join("/") || ".");
  const re = globToRegExp(posix.replace(/^\.\//, ""));
  return walk(root).filter((f) => re.test(toPosix(path.relative(cwd, f))));
}
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function readSource(abs) {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  if (!read.ok) return { text: "", problems: [{ line: 1, message: read.reason, fatal: true }] };
  const bytes = read.bytes;
  if (looksBinary(bytes)) {
    return { text: "", problems: [{ line: 1, message: "the file is binary, not text", fatal: true }] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line2 = bad < 0 ? 1 : text.slice(0, bad).split("\n").length;
    return { text, problems: [{ line: line2, message: "the file is not valid UTF-8 (invalid bytes shown as U+FFFD)", fatal: false }] };
  }
}
function sniffText(abs) {
  const read = readRegularFile(abs, MAX_FILE_BYTES);
  return read.ok && !looksBinary(read.bytes) ? read.bytes.toString("utf8") : "";
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) nul++;
    else if (b < 8 || b > 13 && b < 32) control++;
  }
  return n > 0 && (nul + control) / n > 0.1 && nul > 0;
}

// src/discover/git.ts
import { execFileSync } from "node:child_process";
import path2 from "node:path";
function runGit(cwd, args, opts = {}) {
  return execFileSync("git", ["-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", opts.stderr ?? "pipe"],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024
  });
}
function checkGitRef(ref, label2) {
  if (ref === "" || ref.startsWith("-") || /[\0\n\r]/.test(ref)) {
    throw new UsageError(`${label2}: '${ref.replace(/[\0-\x1f]/g, "?")}' is not a git ref (a ref cannot start with '-')`);
  }
  return ref;
}
function gitChangedFiles(cwd, base2, label2) {
  checkGitRef(base2, label2);
  try {
    const top = runGit(cwd, ["rev-parse", "--show-toplevel"]).trim();
    return runGit(cwd, ["diff", "--name-only", "--no-renames", "--no-ext-diff", "--no-textconv", "--diff-filter=d", "-z", "--end-of-options", `${base2}...HEAD`, "--"]).split("\0").filter((f) => f !== "").map((f) => toPosix(path2.relative(cwd, path2.join(top, f))));
  } catch (error) {
    const stderr = error.stderr?.toString().trim().split("\n")[0]?.replace(/\.$/, "");
    throw new UsageError(
      `${label2}: cannot compute the changed files with git: ${stderr || error.message}. The clone needs the base commit (check out with fetch-depth: 0, or fetch the base ref).`
    );
  }
}

// src/discover/index.ts
var GOLANG_MIGRATE = /^(\d+)_(.+)\.(up|down)\.sql$/i;
var POP = /^(\d+)_(.+?)(?:\.(postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver))?(\.autocommit)?\.(up|down)\.sql$/i;
var POP_MARKER = /\.(?:postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver|autocommit)\.(?:up|down)\.sql$/i;
var POP_DIALECTS = { postgres: /* @__PURE__ */ new Set(["postgres"]), mysql: /* @__PURE__ */ new Set(["mysql", "mariadb"]) };
var FLYWAY = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
var DEFAULT_DIR_NAMES = /(^|\/)(migrations?|migrate|versions)(\/|$)/i;
var JS_EXT = /\.(?:js|cjs|mjs|ts|cts|mts)$/;
function naturalKey(s) {
  return s.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, "").padStart(20, "0"));
}
function hasFrameworkExtension(framework, abs) {
  const base2 = path3.basename(abs);
  if (framework === "sql") return /\.sql$/i.test(base2);
  if (framework === "alembic") return base2.endsWith(".py") && base2 !== "__init__.py";
  return JS_EXT.test(base2) && !base2.endsWith(".d.ts");
}
function frameworkOf(abs, peek) {
  if (/\.sql$/i.test(abs)) return "sql";
  if (/\.py$/.test(abs)) {
    const t = peek();
    if (isDjangoMigrationFile(toPosix(abs), t)) return "django";
    return isAlembicFile(t) ? "alembic" : null;
  }
  if (JS_EXT.test(abs) && !abs.endsWith(".d.ts")) return isKnexFile(peek()) ? "knex" : null;
  return null;
}
function configPathInside(root, cwd, p, scope) {
  const posix = toPosix(p);
  if (path3.isAbsolute(p) || /^[A-Za-z]:/.test(p) || posix.split("/").includes("..")) {
    throw new UsageError(`migrations: '${p}' must be a path inside the repository (relative, without '..')`);
  }
  const abs = path3.resolve(cwd, p);
  if (!isGlob(p)) {
    const real = realPath(abs);
    if (real !== null && !scope.contains(real)) throw new UsageError(`migrations: '${p}' resolves outside the repository (${path3.relative(root, abs) || "."} is a symlink leaving it)`);
  }
  return p;
}
function expandPaths(cwd, paths, scope) {
  const files = [];
  const explicitFiles = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (isGlob(p)) {
      files.push(...expandGlob(cwd, p).filter((f) => scope.isReadableFile(f)));
      continue;
    }
    const abs = path3.resolve(cwd, p);
    let isDir;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError(`path not found: ${p}`);
    }
    if (isDir) files.push(...walk(abs));
    else {
      files.push(abs);
      explicitFiles.add(abs);
    }
  }
  return { files, explicitFiles };
}
function discover(req) {
  const { cwd, config } = req;
  const root = repositoryRoot(cwd);
  const scope = new ReadScope(root);
  for (const p of req.paths) if (!isGlob(p)) scope.allow(path3.resolve(cwd, p));
  for (const m of config.migrations) configPathInside(root, cwd, m.path, scope);
  let searchPaths = req.paths;
  let autodetect = false;
  if (searchPaths.length === 0) {
    if (config.migrations.length) searchPaths = config.migrations.map((m) => m.path);
    else {
      searchPaths = ["."];
      autodetect = true;
    }
  }
  const { files, explicitFiles } = expandPaths(cwd, searchPaths, scope);
  const readable = (abs) => scope.isReadableFile(abs);
  const candidates = new Set(
    autodetect ? files.filter((f) => DEFAULT_DIR_NAMES.test(toPosix(path3.relative(cwd, f)))) : files
  );
  for (const f of explicitFiles) {
    const dir = path3.dirname(f);
    const root2 = ["up.sql", "down.sql", "migration.sql"].includes(path3.basename(f)) ? path3.dirname(dir) : dir;
    for (const sib of walk(root2, 2e4)) candidates.add(sib);
  }
  let changed = null;
  if (req.changedFiles) changed = new Set(req.changedFiles.map((f) => toPosix(path3.normalize(f))));
  else if (req.base) changed = new Set(gitChangedFiles(cwd, req.base, `--base ${req.base}`));
  const named = explicitFiles.size > 0 ? explicitFiles : null;
  const isNew = (abs, rel) => {
    if (changed) return changed.has(rel);
    if (named) return named.has(abs);
    return true;
  };
  const forced = /* @__PURE__ */ new Map();
  for (const m of config.migrations) if (m.framework) forced.set(path3.resolve(cwd, m.path), m.framework);
  const forcedFramework = (abs) => {
    for (const [dir, fw] of forced) if ((abs === dir || abs.startsWith(dir + path3.sep)) && hasFrameworkExtension(fw, abs)) return fw;
    return void 0;
  };
  const out = [];
  const byAbs = /* @__PURE__ */ new Set();
  const sorted = [...candidates].sort();
  const flywayUndo = /* @__PURE__ */ new Map();
  const flywayVersioned = /* @__PURE__ */ new Set();
  const dirsWithUndo = /* @__PURE__ */ new Set();
  const dirsWithDown = /* @__PURE__ */ new Set();
  const popDirs = /* @__PURE__ */ new Set();
  const popDialectVersions = /* @__PURE__ */ new Set();
  for (const abs of sorted) {
    const base2 = path3.basename(abs);
    const dir = path3.dirname(abs);
    const m = FLYWAY.exec(base2);
    if (m?.[1] === "U") {
      flywayUndo.set(`${dir}|${m[2]}`, abs);
      dirsWithUndo.add(dir);
    } else if (m?.[1] === "V") flywayVersioned.add(`${dir}|${m[2]}`);
    if (/\.down\.sql$/i.test(base2)) dirsWithDown.add(dir);
    if (base2 === "down.sql") dirsWithDown.add(path3.dirname(dir));
    if (POP_MARKER.test(base2)) popDirs.add(dir);
  }
  for (const abs of sorted) {
    const p = POP.exec(path3.basename(abs));
    if (p?.[3] && POP_DIALECTS[config.dialect].has(p[3].toLowerCase())) popDialectVersions.add(`${path3.dirname(abs)}|${p[1]}|${p[5].toLowerCase()}`);
  }
  for (const abs of sorted) {
    if (byAbs.has(abs)) continue;
    const base2 = path3.basename(abs);
    if (!readable(abs)) {
      if (explicitFiles.has(abs)) throw new UsageError(`${toPosix(path3.relative(cwd, abs))}: not a regular file that can be read`);
      continue;
    }
    const framework = forcedFramework(abs) ?? frameworkOf(abs, () => sniffText(abs));
    if (!framework) {
      if (explicitFiles.has(abs)) {
        throw new UsageError(`${toPosix(path3.relative(cwd, abs))}: not recognised as a migration (SQL needs .sql; Alembic a module-level \`revision\` and \`def upgrade()\`; Knex an exported \`up\`)`);
      }
      continue;
    }
    const rel = toPosix(path3.relative(cwd, abs));
    const dir = path3.dirname(abs);
    const push = (d, downAbs = null) => {
      const downFile = downAbs ? toPosix(path3.relative(cwd, downAbs)) : null;
      byAbs.add(abs);
      if (downAbs) byAbs.add(downAbs);
      const anyNew = isNew(abs, rel) || downAbs !== null && isNew(downAbs, downFile);
      out.push({ ...d, abs, file: rel, isNew: anyNew, downFile, downAbs });
    };
    if (framework === "django") {
      const stem = base2.replace(/\.py$/, "");
      push({ framework, root: path3.dirname(dir), id: stem, order: naturalKey(stem), transactional: true, expectsDown: true });
      continue;
    }
    if (framework === "alembic" || framework === "knex") {
      const stem = base2.replace(/\.[^.]+$/, "");
      push({ framework, root: dir, id: stem, order: naturalKey(stem), transactional: true, expectsDown: true });
      continue;
    }
    if (base2 === "down.sql" && readable(path3.join(dir, "up.sql"))) continue;
    if (base2 === "up.sql") {
      const down = path3.join(dir, "down.sql");
      const meta = path3.join(dir, "metadata.toml");
      const transactional = !(readable(meta) && /run_in_transaction\s*=\s*false/.test(sniffText(meta)));
      const id2 = path3.basename(dir);
      push({ framework, layout: "diesel", root: path3.dirname(dir), id: id2, order: naturalKey(id2), transactional, expectsDown: dirsWithDown.has(path3.dirname(dir)) }, readable(down) ? down : null);
      continue;
    }
    if (base2 === "migration.sql") {
      const id2 = path3.basename(dir);
      push({ framework, layout: "prisma", root: path3.dirname(dir), id: id2, order: naturalKey(id2), transactional: false, expectsDown: false });
      continue;
    }
    const pop = popDirs.has(dir) ? POP.exec(base2) : null;
    if (pop) {
      const [, version, name, popDialect, autocommit, direction] = pop;
      if (popDialect && !POP_DIALECTS[config.dialect].has(popDialect.toLowerCase())) continue;
      if (!popDialect && popDialectVersions.has(`${dir}|${version}|${direction.toLowerCase()}`)) continue;
      if (direction.toLowerCase() === "down") {
        const up = path3.join(dir, base2.replace(/\.down\.sql$/i, ".up.sql"));
        if (readable(up)) continue;
      }
      const down = path3.join(dir, base2.replace(/\.up\.sql$/i, ".down.sql"));
      const hasDown = direction.toLowerCase() === "up" && readable(down);
      push({ framework, layout: "pop", root: dir, id: `${version}_${name}`, order: naturalKey(version), transactional: !autocommit, expectsDown: dirsWithDown.has(dir) }, hasDown ? down : null);
      continue;
    }
    const gm = GOLANG_MIGRATE.exec(base2);
    if (gm) {
      if (gm[3].toLowerCase() === "down") {
        const up = path3.join(dir, base2.replace(/\.down\.sql$/i, ".up.sql"));
        if (readable(up)) continue;
      }
      const down = path3.join(dir, base2.replace(/\.up\.sql$/i, ".down.sql"));
      const hasDown = gm[3].toLowerCase() === "up" && readable(down);
      const id2 = `${gm[1]}_${gm[2]}`;
      push({ framework, layout: "golang-migrate", root: dir, id: id2, order: naturalKey(gm[1]), transactional: false, expectsDown: dirsWithDown.has(dir) }, hasDown ? down : null);
      continue;
    }
    const fw = FLYWAY.exec(base2);
    if (fw) {
      if (fw[1] === "U") {
        if (flywayVersioned.has(`${dir}|${fw[2]}`)) continue;
      }
      const undo = flywayUndo.get(`${dir}|${fw[2]}`) ?? null;
      const conf = `${abs}.conf`;
      const header = sniffText(abs).slice(0, 2e3);
      const transactional = !(readable(conf) && /executeInTransaction\s*=\s*false/i.test(sniffText(conf)) || /flyway:executeInTransaction\s*=\s*false/i.test(header));
      const usesUndo = dirsWithUndo.has(dir);
      push({ framework, layout: "flyway", root: dir, id: base2.replace(/\.sql$/, ""), order: naturalKey(fw[2].replace(/_/g, ".")), transactional, expectsDown: usesUndo }, undo);
      continue;
    }
    const head = sniffText(abs);
    if (/^[ \t]*--[ \t]*migrate:up\b/m.test(head)) {
      const transactional = !/--[ \t]*migrate:up\b[^\n]*transaction:[ \t]*false/.test(head);
      const id2 = base2.replace(/\.sql$/, "");
      push({ framework, layout: "dbmate", root: dir, id: id2, order: naturalKey(id2), transactional, expectsDown: true });
      continue;
    }
    const id = base2.replace(/\.sql$/i, "");
    push({ framework, layout: "plain", root: dir, id, order: naturalKey(id), transactional: false, expectsDown: false });
  }
  out.sort((a, b) => a.root === b.root ? a.order < b.order ? -1 : a.order > b.order ? 1 : a.file < b.file ? -1 : 1 : a.root < b.root ? -1 : 1);
  if (!named || changed) return out;
  const lastNew = /* @__PURE__ */ new Map();
  for (const d of out) if (d.isNew && (lastNew.get(d.root) ?? "") < d.order) lastNew.set(d.root, d.order);
  return out.filter((d) => d.isNew || d.framework === "alembic" || d.framework === "django" || lastNew.has(d.root) && d.order <= lastNew.get(d.root));
}

// src/engine.ts
import path5 from "node:path";

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function oneLineSql(op) {
  const text = op.sql?.replace(/\s+/g, " ").replace(/\s*;?\s*$/, "").trim();
  return text ? text : null;
}

// src/schema/type-changes.ts
var PG_LIMITED_TYPES = /* @__PURE__ */ new Set(["varchar", "varbit", "timestamp", "timestamptz", "time", "timetz", "interval"]);
var PG_BINARY_COERCIBLE = [
  ["varchar", "text"],
  ["text", "varchar"],
  ["cidr", "inet"],
  ["xml", "text"],
  ["xml", "varchar"]
];
function sameType(a, b) {
  return a.name === b.name && a.array === b.array && a.args.length === b.args.length && a.args.every((v, i) => v === b.args[i]);
}
function pgTypeChange(from, to) {
  const rewrite = "rewrites the whole table and rebuilds its indexes";
  if (from.array || to.array) return { safe: false, reason: rewrite };
  if (from.name === to.name) {
    if (from.name === "numeric") {
      if (to.args.length === 0) return { safe: true, reason: "drops the limit, a catalog-only change" };
      const [p1, s1 = 0] = from.args;
      const [p2, s2 = 0] = to.args;
      if (p1 !== void 0 && p2 !== void 0 && p2 >= p1 && s2 === s1) {
        return { safe: true, reason: "raises the precision at the same scale, a catalog-only change" };
      }
      if (p1 === void 0) return { safe: false, reason: "limits an unconstrained numeric, which rounds and rewrites every row" };
      return { safe: false, reason: s2 !== s1 ? "changes the scale, which re-rounds and rewrites every row" : "lowers the precision, which rewrites every row and fails on values that no longer fit" };
    }
    if (PG_LIMITED_TYPES.has(from.name)) {
      const before = from.args[0];
      const after = to.args[0];
      if (after === void 0) return { safe: true, reason: "drops the limit, a catalog-only change" };
      if (before !== void 0 && after >= before) return { safe: true, reason: "raises the limit, a catalog-only change" };
      if (from.name === "varchar" || from.name === "varbit") {
        return { safe: false, reason: `${before === void 0 ? "adds" : "lowers"} the length limit, which rewrites every row and fails if a value is too long` };
      }
      return { safe: false, reason: `${before === void 0 ? "limits" : "lowers"} the precision, which rounds and rewrites every row` };
    }
    if (sameType(from, to)) return { safe: true, reason: "keeps the type: nothing to do" };
    return { safe: false, reason: rewrite };
  }
  if (PG_BINARY_COERCIBLE.some(([a, b]) => a === from.name && b === to.name)) {
    if (to.name === "varchar" && to.args.length > 0) {
      return { safe: false, reason: "adds a length limit, which rewrites every row and fails if a value is too long" };
    }
    return { safe: true, reason: "keeps the same storage format, a catalog-only change" };
  }
  if (from.name === "timestamp" && to.name === "timestamptz" || from.name === "timestamptz" && to.name === "timestamp") {
    return { safe: false, reason: `${rewrite} (PostgreSQL 12+ skips that only when the migration session's TimeZone is UTC)` };
  }
  return { safe: false, reason: rewrite };
}
var MYSQL_BYTES_PER_CHAR = {
  latin1: 1,
  ascii: 1,
  binary: 1,
  utf8: 3,
  utf8mb3: 3,
  utf8mb4: 4,
  ucs2: 2,
  utf16: 4,
  utf32: 4
};
function mysqlTypeChange(from, to) {
  const copy = "copies the whole table (ALGORITHM=COPY)";
  if (sameType(from, to)) return { safe: true, reason: "keeps the type: nothing to do" };
  if (from.name === "varchar" && to.name === "varchar") {
    const before = from.args[0];
    const after = to.args[0];
    if (before === void 0 || after === void 0 || after < before) {
      return { safe: false, reason: "shrinks the column, which copies the whole table and fails if a value is too long" };
    }
    const bytesPerChar2 = MYSQL_BYTES_PER_CHAR[to.charset ?? from.charset ?? "utf8mb4"] ?? 4;
    const bothShort = after * bytesPerChar2 <= 255;
    const bothLong = before * bytesPerChar2 > 255;
    if (bothShort || bothLong) return { safe: true, reason: "extends the column in place (same length-prefix size)" };
    return { safe: false, reason: "crosses the 255-byte length-prefix boundary, so MySQL copies the whole table" };
  }
  return { safe: false, reason: copy };
}
function classifyTypeChange(dialect, from, to, opts = {}) {
  if (!from) {
    return { safe: false, reason: `usually ${dialect === "mysql" ? "copies" : "rewrites"} the whole table (the column's previous type is not in the migration history, so the change cannot be shown to be catalog-only)` };
  }
  const trivialUsing = opts.using === opts.column || opts.using === `${opts.column}::${to.text}`;
  if (dialect === "postgres" && opts.using && !trivialUsing) {
    return { safe: false, reason: `computes every row again through USING ${opts.using}, rewriting the whole table` };
  }
  return dialect === "mysql" ? mysqlTypeChange(from, to) : pgTypeChange(from, to);
}
var DISPLAY_NAMES = {
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  bool: "boolean",
  float4: "real",
  float8: "double precision",
  bpchar: "char",
  timestamptz: "timestamptz",
  varbit: "bit varying"
};
function typeSql(t, placeholder = "<type>") {
  if (!t) return placeholder;
  const name = DISPLAY_NAMES[t.name] ?? t.name;
  return `${name}${t.args.length ? `(${t.args.join(", ")})` : ""}${t.array ? "[]" : ""}`;
}

// rules/add-column-required.ts
var add_column_required_default = defineRule({
  id: "add-column-required",
  category: "locking",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "ADD COLUMN ... NOT NULL without a DEFAULT on an existing table",
  docs: {
    why: 'A NOT NULL column without a default has no value for the rows already in the table: PostgreSQL fails with "column contains null values" as soon as the table has a row, and MySQL fills in an implicit 0 or empty string. Either way the code that is still running does not know the column, so its INSERTs break once the column is required.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN plan text NOT NULL;",
    good: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';"
  },
  check(ctx) {
    const mysql = ctx.migration.dialect === "mysql";
    return ctx.ops("addColumn").filter((op) => {
      const c = op.column;
      if (!c.notNull || c.identity || c.generatedStored) return false;
      const hasDefault = c.default !== null && c.default.sql.trim().toUpperCase() !== "NULL";
      return !hasDefault && ctx.facts(op).tableExisted;
    }).map((op) => {
      const { table } = op;
      const col = op.column.name;
      const type = typeSql(op.column.type);
      if (mysql) {
        return ctx.finding(op, {
          message: `Adding NOT NULL column ${col} without a DEFAULT to ${table} fills existing rows with an implicit 0 or empty string, and INSERTs into ${table} from the running code, which does not set ${col}, fail in strict mode.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${type} NOT NULL DEFAULT <value>; or add it as NULL (ALTER TABLE ${table} ADD COLUMN ${col} ${type} NULL;), deploy code that writes it, backfill, then ALTER TABLE ${table} MODIFY ${col} ${type} NOT NULL; in a later migration.`
        });
      }
      const check = `${table.split(".").pop()}_${col}_not_null`;
      const steps = `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; then backfill it in batches, then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`;
      return ctx.finding(op, {
        message: `Adding NOT NULL column ${col} without a DEFAULT to ${table} fails with "column contains null values" once ${table} has any row, and INSERTs into ${table} from the running code, which does not set ${col}, would fail.`,
        suggestion: ctx.settings.pgVersion >= 11 ? `ALTER TABLE ${table} ADD COLUMN ${col} ${type} NOT NULL DEFAULT <constant>; (no rewrite on PostgreSQL 11+), or add it nullable and enforce later: ${steps}` : steps
      });
    });
  }
});

// rules/add-column-volatile-default.ts
var add_column_volatile_default_default = defineRule({
  id: "add-column-volatile-default",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ADD COLUMN with a volatile default (any default before PostgreSQL 11) on an existing table",
  docs: {
    why: "Since PostgreSQL 11 a constant (or stable, like now()) default is stored once in the catalog, so ADD COLUMN ... DEFAULT is instant. A volatile default such as gen_random_uuid(), random() or clock_timestamp() must be computed for each row, so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes. Before PostgreSQL 11 every non-null default rewrites the table.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();",
    good: "ALTER TABLE users ADD COLUMN token uuid;\nALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();"
  },
  check(ctx) {
    const oldPg = ctx.settings.pgVersion < 11;
    return ctx.ops("addColumn").filter((op) => {
      const d = op.column.default;
      if (!d || d.sql.trim().toUpperCase() === "NULL") return false;
      return (oldPg || d.volatile) && ctx.facts(op).tableExisted;
    }).map((op) => {
      const { table } = op;
      const col = op.column.name;
      const def = op.column.default.sql;
      const type = typeSql(op.column.type);
      const why = oldPg ? `before PostgreSQL 11 (configured: ${ctx.settings.pgVersion}) any default on ADD COLUMN is written into every row` : `the volatile default ${def} is computed for each row`;
      const check = `${table.split(".").pop()}_${col}_not_null`;
      const enforce = op.column.notNull ? ` then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;` : "";
      return ctx.finding(op, {
        message: `Adding ${table}.${col} with DEFAULT ${def} rewrites the whole of ${table} under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes: ${why}.`,
        suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${def}; then backfill existing rows in batches (UPDATE ${table} SET ${col} = ${def} WHERE ${col} IS NULL AND <primary key range>;)${enforce ? "," : "."}${enforce}`
      });
    });
  }
});

// rules/add-exclusion-constraint.ts
var add_exclusion_constraint_default = defineRule({
  id: "add-exclusion-constraint",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "EXCLUDE constraint added to an existing table",
  docs: {
    why: "ADD CONSTRAINT ... EXCLUDE builds its index and checks every row while holding an ACCESS EXCLUSIVE lock: no reads or writes until it finishes. Unlike UNIQUE, CHECK and FOREIGN KEY there is no NOT VALID or USING INDEX path for exclusion constraints, so there is no online way to add one.",
    history: "CREATE EXTENSION IF NOT EXISTS btree_gist;\nCREATE TABLE bookings (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL);",
    bad: "ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);",
    good: "CREATE TABLE bookings_v2 (id bigint PRIMARY KEY, room int NOT NULL, during tstzrange NOT NULL, CONSTRAINT bookings_v2_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&));"
  },
  check(ctx) {
    return ctx.ops("addConstraint").filter((op) => op.constraint.kind === "exclusion" && ctx.facts(op).tableExisted).map((op) => {
      const what = op.constraint.name ? `EXCLUDE constraint ${op.constraint.name}` : "an EXCLUDE constraint";
      const statement = `${oneLineSql(op) ?? `ALTER TABLE ${op.table} ADD ... EXCLUDE ...`};`;
      return ctx.finding(op, {
        message: `Adding ${what} builds its index and checks every row of ${op.table} while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${op.table} wait until it finishes, and PostgreSQL offers no NOT VALID or CONCURRENTLY form for it.`,
        suggestion: `Run it in a maintenance window, behind a lock timeout so it gives up instead of stalling traffic: SET lock_timeout = '2s'; ${statement} Or give a new table the constraint in its CREATE TABLE and move the data over.`
      });
    });
  }
});

// rules/add-identity-or-serial.ts
var add_identity_or_serial_default = defineRule({
  id: "add-identity-or-serial",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "Adding a serial/identity or STORED generated column to an existing table",
  docs: {
    why: "A serial/bigserial or identity column gets a value from its sequence for every existing row, and a STORED generated column computes its expression for every row: either way PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN seq bigserial;",
    good: "CREATE SEQUENCE users_seq_seq;\nALTER TABLE users ADD COLUMN seq bigint;\nALTER TABLE users ALTER COLUMN seq SET DEFAULT nextval('users_seq_seq');"
  },
  check(ctx) {
    return ctx.ops("addColumn").filter((op) => (op.column.identity || op.column.generatedStored) && ctx.facts(op).tableExisted).map((op) => {
      const { table } = op;
      const col = op.column.name;
      const base2 = table.split(".").pop();
      const type = op.column.type;
      if (op.column.generatedStored) {
        return ctx.finding(op, {
          message: `Adding STORED generated column ${table}.${col} computes it for every existing row, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${typeSql(type)}; keep it filled by a trigger (or the code) and backfill it in batches; on PostgreSQL 18+ a VIRTUAL generated column (GENERATED ALWAYS AS (...) VIRTUAL) needs no rewrite.`
        });
      }
      const plain = typeSql(type, "bigint");
      const seq = `${base2}_${col}_seq`;
      const check = `${base2}_${col}_not_null`;
      return ctx.finding(op, {
        message: `Adding ${type?.text.includes("serial") ? type.text : `${typeSql(type, "an")} identity`} column ${table}.${col} fills every existing row from a sequence, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
        suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${plain}; CREATE SEQUENCE ${seq} OWNED BY ${table}.${col}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT nextval('${seq}'); then backfill in batches (UPDATE ${table} SET ${col} = nextval('${seq}') WHERE ${col} IS NULL AND <primary key range>;), then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`
      });
    });
  }
});

// src/schema/op-index.ts
var addedColumnsByStatement = /* @__PURE__ */ new WeakMap();
var statementKey = (op, table) => `${op.loc.file}\0${op.loc.line}\0${op.loc.column}\0${table}`;
function inlineAddedColumn(addColumns, constraint) {
  let index = addedColumnsByStatement.get(addColumns);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const a of addColumns) {
      const key = statementKey(a, a.table);
      const list = index.get(key);
      if (list) list.push(a);
      else index.set(key, [a]);
    }
    addedColumnsByStatement.set(addColumns, index);
  }
  return index.get(statementKey(constraint, constraint.table))?.find((a) => constraint.constraint.columns.includes(a.column.name));
}

// rules/add-unique-constraint.ts
var add_unique_constraint_default = defineRule({
  id: "add-unique-constraint",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ADD UNIQUE / PRIMARY KEY on an existing table that builds its index under lock",
  docs: {
    why: "ADD CONSTRAINT ... UNIQUE or PRIMARY KEY builds a new unique index while holding an ACCESS EXCLUSIVE lock on the table: no reads or writes for the whole build. Building the index with CREATE UNIQUE INDEX CONCURRENTLY first and attaching it with ADD CONSTRAINT ... USING INDEX needs the strong lock only for a moment.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
    good: "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"
  },
  check(ctx) {
    const addColumns = ctx.ops("addColumn");
    return ctx.ops("addConstraint").filter((op) => (op.constraint.kind === "unique" || op.constraint.kind === "primaryKey") && !op.constraint.usingIndex && ctx.facts(op).tableExisted).map((op) => {
      const c = op.constraint;
      const pk = c.kind === "primaryKey";
      const base2 = op.table.split(".").pop();
      const name = c.name ?? (pk ? `${base2}_pkey` : `${base2}_${c.columns.join("_")}_key`);
      const cols = c.columns.length ? c.columns.join(", ") : "<columns>";
      const what = pk ? "PRIMARY KEY" : "UNIQUE";
      const inline = inlineAddedColumn(addColumns, op);
      const addCol = inline ? `ALTER TABLE ${op.table} ADD COLUMN ${inline.column.name} ${typeSql(inline.column.type)}; ` : "";
      const notNull = pk ? " (the key columns must already be NOT NULL, or this also scans the table)" : "";
      return ctx.finding(op, {
        message: `Adding ${what} constraint ${name} on ${op.table} (${cols}) builds its unique index while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${op.table} wait for the whole build.`,
        suggestion: `${addCol}CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${op.table} (${cols}); in a migration that does not run in a transaction, then ALTER TABLE ${op.table} ADD CONSTRAINT ${name} ${what} USING INDEX ${name};${notNull}`
      });
    });
  }
});

// rules/backfill-in-migration.ts
var SCHEMA_KINDS = [
  "createTable",
  "dropTable",
  "renameTable",
  "addColumn",
  "dropColumn",
  "renameColumn",
  "alterColumnType",
  "setNotNull",
  "dropNotNull",
  "setDefault",
  "dropDefault",
  "createIndex",
  "dropIndex",
  "addConstraint",
  "validateConstraint",
  "dropConstraint",
  "createEnum",
  "alterEnum",
  "dropEnum",
  "alterTableOption"
];
var backfill_in_migration_default = defineRule({
  id: "backfill-in-migration",
  category: "hygiene",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "UPDATE/DELETE in the same migration as schema changes",
  docs: {
    why: "A backfill mixed into a schema migration runs for as long as the table is large. In one transaction the locks the DDL took are held until the backfill finishes, blocking the application, and a failed backfill rolls back the schema change with it; without a transaction a failure leaves the migration half applied. An UPDATE or DELETE without WHERE touches every row in a single statement. Backfill separately, in batches.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN email_verified boolean;\nUPDATE users SET email_verified = false;",
    good: "-- A constant default needs no backfill on PostgreSQL 11+; other backfills go in a separate, batched data migration.\nALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT false;"
  },
  check(ctx) {
    const schemaOps = ctx.ops(...SCHEMA_KINDS);
    const first = schemaOps[0];
    if (!first) return [];
    return ctx.ops("dml").flatMap((op) => {
      if (op.action === "insert") return [];
      const facts = ctx.facts(op);
      if (!facts.tableExisted) return [];
      const verb = op.action.toUpperCase();
      const scope = op.hasWhere ? `${verb} on ${op.table}` : `${verb} on ${op.table} without WHERE ${op.action === "update" ? "rewrites" : "deletes"} every row in a single statement, and`;
      const risk = facts.inTransaction && ctx.migration.dialect === "postgres" ? `runs in the same transaction as the schema changes (line ${first.loc.line}): their locks are held until it finishes, blocking the application, and if it fails the schema change is rolled back with it.` : `runs in the same migration as the schema changes (line ${first.loc.line}): if it is slow or fails, it holds up the deploy and leaves the migration half applied.`;
      const batch = op.action === "update" ? `UPDATE ${op.table} SET \u2026 WHERE id IN (SELECT id FROM ${op.table} WHERE <not yet backfilled> LIMIT 5000);` : `DELETE FROM ${op.table} WHERE id IN (SELECT id FROM ${op.table} WHERE <condition> LIMIT 5000);`;
      return [ctx.finding(op, {
        message: `${scope} ${risk}`,
        suggestion: `Move the ${verb} into its own data migration (or a background job) that runs after the schema change and works in batches: ${batch} repeated until it affects no rows.`
      })];
    });
  }
});

// rules/change-column-default.ts
function sameDefault(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
var change_column_default_default = defineRule({
  id: "change-column-default",
  category: "compatibility",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "Dropping or changing a column DEFAULT that running code may rely on",
  docs: {
    why: "Code that omits a column in its INSERTs relies on the column default. Dropping the default makes those INSERTs store NULL (or fail on a NOT NULL column); changing it silently changes what the running application writes. Ship code that sets the value explicitly first, then change the default. Setting a default on a column that had none is safe.",
    history: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', note text);",
    bad: "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;",
    good: "-- note had no default, so no running code relies on one.\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';"
  },
  check(ctx) {
    return ctx.ops("setDefault", "dropDefault").flatMap((op) => {
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.column?.createdInChange) return [];
      const name = `${op.table}.${op.column}`;
      const before = facts.column?.default ?? null;
      if (op.kind === "dropDefault") {
        if (facts.column && !before) return [];
        const effect = facts.column?.notNull ? `fail with a NOT NULL violation on ${op.column}` : `store NULL in ${op.column}`;
        return [ctx.finding(op, {
          message: `Dropping the default${before ? ` (${before.sql})` : ""} of ${name}: INSERTs of the running application that omit ${op.column} now ${effect}.`,
          suggestion: `Ship code that always sets ${op.column} explicitly on INSERT first; drop the default of ${name} in a later release.`
        })];
      }
      if (!before || sameDefault(before.sql, op.default.sql)) return [];
      return [ctx.finding(op, {
        message: `Changing the default of ${name} from ${before.sql} to ${op.default.sql}: INSERTs of the running application that omit ${op.column} start storing ${op.default.sql} while that code still expects ${before.sql}.`,
        suggestion: `Ship code that sets ${op.column} explicitly on INSERT (or handles ${op.default.sql}) first; change the default in a later release.`
      })];
    });
  }
});

// rules/change-column-type.ts
var change_column_type_default = defineRule({
  id: "change-column-type",
  category: "locking",
  severity: "error",
  // On MySQL/MariaDB, mysql-unsafe-alter judges type changes with the server's online-DDL rules
  // (checked against a real MariaDB); a second finding for the same MODIFY would only be noise.
  dialects: ["postgres"],
  summary: "Column type change that rewrites or copies an existing table",
  docs: {
    why: "Most column type changes rewrite every row and rebuild every index of the table (PostgreSQL, under an ACCESS EXCLUSIVE lock: no reads or writes) or copy the table (MySQL ALGORITHM=COPY: no writes). The running code also keeps writing the old type during the deploy. Only catalog-only changes are safe: varchar(n) to varchar(m > n), varchar to text, dropping a varchar limit, raising numeric precision at the same scale. int to bigint is a rewrite.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50), visits integer);",
    bad: "ALTER TABLE users ALTER COLUMN visits TYPE bigint;",
    good: "-- Expand: a new column the code writes alongside visits; backfill it in batches, switch reads, drop visits in a later release.\nALTER TABLE users ADD COLUMN visits_new bigint;\n-- Widening a varchar is catalog-only.\nALTER TABLE users ALTER COLUMN email TYPE varchar(100);"
  },
  check(ctx) {
    const dialect = ctx.migration.dialect;
    return ctx.ops("alterColumnType").filter((op) => ctx.facts(op).tableExisted).flatMap((op) => {
      const facts = ctx.facts(op);
      const from = facts.column?.type ?? null;
      const verdict2 = classifyTypeChange(dialect, from, op.type, { column: op.column, using: op.using });
      if (verdict2.safe) return [];
      const { table, column } = op;
      const lock = dialect === "mysql" ? `writes to ${table} are blocked while it runs` : `all reads and writes to ${table} wait under an ACCESS EXCLUSIVE lock until it finishes`;
      const fromText = from ? ` from ${typeSql(from)}` : "";
      const to = typeSql(op.type);
      const tmp = `${column}_new`;
      const cast = op.using ?? (dialect === "mysql" ? column : `${column}::${to}`);
      return [
        ctx.finding(op, {
          message: `Changing ${table}.${column}${fromText} to ${to} ${verdict2.reason}; ${lock}.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${tmp} ${to}; make the code write both columns, backfill in batches (UPDATE ${table} SET ${tmp} = ${cast} WHERE ${tmp} IS NULL AND <primary key range>;), switch reads to ${tmp}, and drop ${column} in a later release.${dialect === "mysql" ? " Or run the change with an online schema-change tool (gh-ost, pt-online-schema-change)." : ""}`
        })
      ];
    });
  }
});

// rules/column-still-referenced.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var column_still_referenced_default = defineRule({
  id: "column-still-referenced",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "A dropped or renamed column/table is still referenced by application code",
  docs: {
    why: 'The code in the same repository is what runs against the database after the deploy. If it still names a column or table the migration drops or renames, those queries fail ("column does not exist") the moment the migration runs, and keep failing until the code is fixed. Remove the references in an earlier release, then drop or rename. What is searched: the files git tracks (or, outside git, the working directory), without migration directories, vendored code, node_modules, lock files, docs and binaries (narrow it with `code.include` / `code.exclude`). A distinctive snake_case name (legacy_email) counts anywhere as a whole word; a common one (id, email, created_at, user_id) or one that other tables also have counts only on a line that names its table (users.email, SELECT email FROM users) or in the table\'s own model file, so the same word elsewhere never raises a false alarm.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
    bad: "-- app/models/user.py still has: legacy_email = Column(Text)\nALTER TABLE users DROP COLUMN legacy_email;",
    good: "-- no code references legacy_email any more\nALTER TABLE users DROP COLUMN legacy_email;"
  },
  check(ctx) {
    const out = [];
    for (const op of ctx.ops("dropColumn", "renameColumn", "dropTable", "renameTable")) {
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.column?.createdInChange) continue;
      const column = op.kind === "dropColumn" || op.kind === "renameColumn" ? op.column : null;
      const id = column ? `${op.table}.${column}` : op.table;
      const refs = ctx.references(id);
      if (refs.length === 0) continue;
      const total = ctx.referenceCount?.(id) ?? refs.length;
      const where = refs.map((r) => `${r.file}:${r.line}`).join(", ");
      const more = total > refs.length ? ` and ${total - refs.length} more` : "";
      const what = column ? `column ${id}` : `table ${op.table}`;
      const verb = op.kind.startsWith("drop") ? "drops" : `renames`;
      const name = column ?? op.table;
      out.push(ctx.finding(op, {
        message: `The migration ${verb} ${what}, but the application code still uses ${name} (${plural(total, "reference")}): ${where}${more}. Those queries fail as soon as the migration runs.`,
        suggestion: op.kind.startsWith("drop") ? `Remove every use of ${name} from the code (starting with ${refs[0].file}:${refs[0].line}) and deploy that first; drop ${what} in a later migration.` : `Rename in steps instead: add the new ${column ? "column" : "table"}, move the code (starting with ${refs[0].file}:${refs[0].line}) over to it, then remove the old one in a later release.`
      }));
    }
    return out;
  }
});

// rules/concurrent-in-transaction.ts
function statementOf(op) {
  if (op.kind === "createIndex") return `CREATE ${op.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY`;
  if (op.kind === "dropIndex") return "DROP INDEX CONCURRENTLY";
  return `REINDEX ${op.target.toUpperCase()} CONCURRENTLY`;
}
function runnerName(m) {
  if (m.framework === "alembic") return "Alembic";
  if (m.framework === "knex") return "Knex";
  const names = { "golang-migrate": "golang-migrate", dbmate: "dbmate", flyway: "Flyway", diesel: "Diesel", prisma: "Prisma Migrate" };
  return names[m.layout ?? ""] ?? "the migration runner";
}
function statementText(op) {
  const text = oneLineSql(op);
  return text ? `${text};` : `${statementOf(op)} ...;`;
}
function runnerEscape(m) {
  if (m.framework === "alembic") return "Run it inside `with op.get_context().autocommit_block():`.";
  if (m.framework === "knex") return "Add `exports.config = { transaction: false };` to this migration (and keep it to this one statement).";
  switch (m.layout) {
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
var concurrent_in_transaction_default = defineRule({
  id: "concurrent-in-transaction",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "CREATE/DROP INDEX CONCURRENTLY or REINDEX CONCURRENTLY inside a transaction",
  docs: {
    why: 'PostgreSQL refuses to run CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), so the migration fails at deploy time. The transaction may be an explicit BEGIN, or the one a migration runner wraps around every migration.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "BEGIN;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nCOMMIT;",
    good: "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);"
  },
  check(ctx) {
    const findings = [];
    let begin = null;
    for (const op of ctx.ops()) {
      if (op.kind === "transaction") {
        begin = op.action === "begin" ? op : null;
        continue;
      }
      if (op.kind !== "createIndex" && op.kind !== "dropIndex" && op.kind !== "reindex") continue;
      if (!op.concurrently || !ctx.facts(op).inTransaction) continue;
      const stmt = statementOf(op);
      if (begin) {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block: PostgreSQL rejects it at run time because of the BEGIN on line ${begin.loc.line}, and the migration fails.`,
            suggestion: `Move it after the COMMIT so it runs on its own: COMMIT; ${statementText(op)}`
          })
        );
      } else {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block, and ${runnerName(ctx.migration)} wraps this migration in one: PostgreSQL rejects it at run time and the migration fails.`,
            suggestion: runnerEscape(ctx.migration)
          })
        );
      }
    }
    return findings;
  }
});

// rules/constraint-not-valid.ts
function constraintName(op) {
  const c = op.constraint;
  if (c.name) return c.name;
  const base2 = op.table.split(".").pop();
  if (c.kind === "foreignKey") return [base2, ...c.columns, "fkey"].join("_");
  const col = c.columns[0] ?? c.notNullColumn;
  return col ? `${base2}_${col}_check` : `${base2}_check`;
}
var constraint_not_valid_default = defineRule({
  id: "constraint-not-valid",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ADD FOREIGN KEY / CHECK on an existing table without NOT VALID",
  docs: {
    why: "Adding a FOREIGN KEY or CHECK constraint checks every existing row while the lock is held: a CHECK holds ACCESS EXCLUSIVE (no reads or writes), a FOREIGN KEY holds SHARE ROW EXCLUSIVE on both the table and the table it references (no writes to either). Added NOT VALID, the constraint applies to new rows at once and the lock is brief; VALIDATE CONSTRAINT later checks the old rows under a lock that lets reads and writes continue.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);",
    bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"
  },
  check(ctx) {
    const addColumns = ctx.ops("addColumn");
    return ctx.ops("addConstraint").filter((op) => (op.constraint.kind === "foreignKey" || op.constraint.kind === "check") && !op.constraint.notValid && ctx.facts(op).tableExisted).map((op) => {
      const c = op.constraint;
      const lock = pgLockOf(op);
      const name = constraintName(op);
      const validate = `ALTER TABLE ${op.table} VALIDATE CONSTRAINT ${name};`;
      const inline = inlineAddedColumn(addColumns, op);
      const addCol = inline ? `ALTER TABLE ${op.table} ADD COLUMN ${inline.column.name} ${typeSql(inline.column.type)}; ` : "";
      if (c.kind === "foreignKey") {
        const ref = c.references;
        const refText = ref ? `${ref.table}${ref.columns.length ? ` (${ref.columns.join(", ")})` : ""}` : "<table>";
        const tables = [...new Set(lock.tables)];
        const locked = tables.length > 1 ? `both ${tables[0]} and ${tables[1]}` : tables[0];
        return ctx.finding(op, {
          message: `Adding foreign key ${name} checks every row of ${op.table} against ${ref?.table ?? "the referenced table"} while holding ${tables.length > 1 ? `${lock.mode} locks` : `a ${lock.mode} lock`} on ${locked}: ${LOCK_BLOCKS[lock.mode]} to ${tables.length > 1 ? "both tables" : tables[0]} wait until the check finishes.`,
          suggestion: `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} FOREIGN KEY (${c.columns.join(", ")}) REFERENCES ${refText} NOT VALID; (keep your ON DELETE/ON UPDATE clauses) then, in a later migration, ${validate}`
        });
      }
      const expr = c.expression && !c.expression.includes("expression") && !c.expression.includes("\u2026") ? c.expression : "<your condition>";
      return ctx.finding(op, {
        message: `Adding CHECK constraint ${name} checks every row of ${op.table} while holding an ${lock.mode} lock: ${LOCK_BLOCKS[lock.mode]} on ${op.table} wait until the check finishes.`,
        suggestion: `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} CHECK (${expr}) NOT VALID; then, in a later migration, ${validate}`
      });
    });
  }
});

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

// src/schema/index-names.ts
function defaultIndexName(table, columns) {
  const cols = columns.map((c) => /^[A-Za-z_][A-Za-z0-9_$]*$/.test(c.trim()) ? c.trim() : /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(c)?.[1] ?? "expr");
  return `${table.split(".").pop() ?? table}_${cols.join("_")}_idx`.slice(0, 63);
}

// src/rollback/pairing.ts
var NEUTRAL = /* @__PURE__ */ new Set(["setLockTimeout", "transaction", "vacuum", "cluster", "reindex", "comment", "validateConstraint", "dml", "truncate", "dropSchema", "alterTableOption"]);
var CREATING_STATEMENTS = /* @__PURE__ */ new Set(["ViewStmt", "CreateSeqStmt", "CreateTableAsStmt", "CreateMatViewStmt"]);
var base = (name) => name.split(".").pop() ?? name;
var OTHER_OBJECT = { ViewStmt: "VIEW", CreateSeqStmt: "SEQUENCE", CreateTableAsStmt: "MATERIALIZED VIEW", CreateMatViewStmt: "MATERIALIZED VIEW" };
function defaultConstraintNames(table, c) {
  const t = base(table);
  const cols = c.columns.join("_");
  const suffix = { foreignKey: "fkey", check: "check", unique: "key", primaryKey: "pkey", exclusion: "excl" };
  const names = [`${table}_${cols}_${c.kind}`, `${t}_${cols}_${suffix[c.kind]}`];
  if (c.kind === "primaryKey") names.push(`${t}_pkey`, "primary");
  if (c.kind === "check" && !cols) names.push(`${t}_check`);
  return names.map((n) => n.slice(0, 63));
}
function sameType2(a, b) {
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
      return `drops the DEFAULT of ${obj}`;
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
      const name = op.constraint.name ?? defaultConstraintNames(op.table, op.constraint)[1];
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
function inverts(up, d, facts) {
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
      const names = c.name ? [c.name] : defaultConstraintNames(up.table, c);
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
function needsInverse(op, facts) {
  if (NEUTRAL.has(op.kind) || op.kind === "unparsed") return false;
  if (op.kind === "other") return Boolean(op.object) && (CREATING_STATEMENTS.has(op.statement) || op.statement === "DropStmt");
  const col = facts?.column;
  if (col) {
    if (op.kind === "setNotNull" && col.notNull) return false;
    if (op.kind === "dropNotNull" && !col.notNull) return false;
    if (op.kind === "dropDefault" && !col.default) return false;
    if (op.kind === "alterColumnType" && col.type && sameType2(col.type, op.type)) return false;
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
  return m.framework !== "sql" || Boolean(m.meta.expectsDown);
}
function primaryKeyOf(facts) {
  for (const c of facts?.table?.constraints.values() ?? []) if (c.kind === "primaryKey") return c.columns;
  return [];
}
function dataLossOf(m, factsOf, existedBefore, down) {
  const out = [];
  const downCreates = (table) => down.some((d) => d.kind === "createTable" && d.table === table);
  const downAdds = (table, column) => downCreates(table) || down.some((d) => d.kind === "addColumn" && d.table === table && d.column.name === column);
  const noDown = m.down === null || m.down.length === 0;
  const gone = noDown ? "there is no downgrade to run" : "";
  const createdSoFar = /* @__PURE__ */ new Set();
  for (const op of m.up) {
    if (op.kind === "createTable") createdSoFar.add(op.table);
    const f = factsOf(op);
    const key = primaryKeyOf(f);
    switch (op.kind) {
      case "dropTable":
        if (f && !f.tableExisted) break;
        out.push({
          op,
          kind: "table",
          table: op.table,
          column: null,
          key,
          object: `table ${op.table}`,
          what: `drops table ${op.table} with all its rows`,
          why: gone || (downCreates(op.table) ? "the downgrade re-creates the table empty" : "the downgrade does not re-create the table"),
          shapeRestored: downCreates(op.table)
        });
        break;
      case "dropColumn":
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        out.push({
          op,
          kind: "column",
          table: op.table,
          column: op.column,
          key,
          object: `column ${op.table}.${op.column}`,
          what: `drops column ${op.table}.${op.column} and every value in it`,
          why: gone || (downAdds(op.table, op.column) ? "the downgrade re-adds the column, but empty (NULL or its default in every row)" : "the downgrade does not re-add the column"),
          shapeRestored: downAdds(op.table, op.column)
        });
        break;
      case "truncate":
        for (const t of op.tables) {
          if (createdSoFar.has(t) || !existedBefore(t)) continue;
          out.push({ op, kind: "rows", table: t, column: null, key, object: `rows of ${t}`, what: `deletes every row of ${t} (TRUNCATE)`, why: gone || "a downgrade changes the schema back but cannot re-insert deleted rows", shapeRestored: true });
        }
        break;
      case "dml":
        if (op.action !== "delete" || f && !f.tableExisted) break;
        out.push({
          op,
          kind: "rows",
          table: op.table,
          column: null,
          key,
          object: `rows of ${op.table}`,
          what: op.hasWhere ? `deletes the rows of ${op.table} that match its WHERE condition` : `deletes every row of ${op.table} (DELETE without WHERE)`,
          why: gone || "a downgrade changes the schema back but cannot re-insert deleted rows",
          shapeRestored: true
        });
        break;
      case "alterColumnType": {
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        const loss = narrowingLoss(m.dialect, f?.column?.type ?? null, op.type, op.using, op.column);
        if (!loss) break;
        out.push({
          op,
          kind: "type",
          table: op.table,
          column: op.column,
          key,
          object: `values of ${op.table}.${op.column}`,
          what: `narrows column ${op.table}.${op.column}: ${loss}`,
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
  const cached = pairingCache.get(m);
  if (cached && cached.ctx.facts !== void 0 === (ctx.facts !== void 0)) return cached.pairing;
  const pairing = computePairing(m, ctx);
  pairingCache.set(m, { ctx, pairing });
  return pairing;
}
var pairingCache = /* @__PURE__ */ new WeakMap();
function computePairing(m, ctx) {
  const factsOf = ctx.facts ?? (() => void 0);
  const existedBefore = ctx.existedBefore ?? (() => true);
  const expectsDown2 = expectsDownPart(m);
  const down = m.down ?? [];
  const downPresent = down.length > 0;
  let downUnusable = null;
  if (m.downIrreversible) downUnusable = `the downgrade refuses to run: ${m.downIrreversible.reason}`;
  else if (expectsDown2 && m.down === null) downUnusable = missingDownText(m);
  else if (expectsDown2 && !downPresent && m.up.some((op) => needsInverse(op, factsOf(op)) || op.kind === "dml")) downUnusable = "the downgrade is empty";
  const unanalyzable = [
    ...m.up.filter((op) => op.kind === "unparsed").map((op) => ({ op, side: "up" })),
    ...down.filter((op) => op.kind === "unparsed").map((op) => ({ op, side: "down" }))
  ];
  const dataLoss = dataLossOf(m, factsOf, existedBefore, down);
  const result = { expectsDown: expectsDown2, downPresent, downUnusable, needInverse: 0, inverted: 0, missing: [], notInvertible: [], unmatchedDown: [], dataLoss, unanalyzable };
  if (!expectsDown2 || downUnusable) {
    result.needInverse = m.up.filter((op) => needsInverse(op, factsOf(op))).length;
    return result;
  }
  const createdInUp = new Set(m.up.flatMap((op) => op.kind === "createTable" ? [op.table] : []));
  const addedInUp = new Set(m.up.flatMap((op) => op.kind === "addColumn" ? [`${op.table}.${op.column.name}`] : []));
  const enumsInUp = new Set(m.up.flatMap((op) => op.kind === "createEnum" ? [op.name] : []));
  const droppedInDown = new Set(down.flatMap((op) => op.kind === "dropTable" ? [op.table] : []));
  const columnsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropColumn" ? [`${op.table}.${op.column}`] : []));
  const enumsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropEnum" ? [op.name] : []));
  const indexOwnedBy = /* @__PURE__ */ new Map();
  for (const op of m.up) if (op.kind === "addConstraint" && op.constraint.usingIndex) indexOwnedBy.set(base(op.constraint.usingIndex), op.constraint.name ?? "");
  const constraintsDroppedInDown = new Set(down.flatMap((op) => op.kind === "dropConstraint" ? [op.name] : []));
  const covered = (op) => {
    const t = tableOf(op);
    if (t && createdInUp.has(t) && droppedInDown.has(t) && op.kind !== "createTable") return true;
    const cols = columnsOf(op);
    if (op.kind !== "addColumn" && cols.some((c) => addedInUp.has(c) && columnsDroppedInDown.has(c))) return true;
    if (op.kind === "createIndex" && op.name && indexOwnedBy.has(base(op.name)) && constraintsDroppedInDown.has(indexOwnedBy.get(base(op.name)))) return true;
    if (op.kind === "alterEnum" && enumsInUp.has(op.name) && enumsDroppedInDown.has(op.name)) return true;
    return false;
  };
  const used = /* @__PURE__ */ new Set();
  const touchedColumns = /* @__PURE__ */ new Set();
  for (const op of m.up) {
    for (const c of columnsOf(op)) touchedColumns.add(c);
    if (op.kind === "renameColumn") touchedColumns.add(`${op.table}.${op.newName}`);
    const facts = factsOf(op);
    if (!needsInverse(op, facts)) continue;
    result.needInverse++;
    const group = PROPERTY_GROUP[op.kind];
    const inverse2 = down.find((d) => (group ? true : !used.has(d)) && inverts(op, d, facts));
    if (inverse2) {
      used.add(inverse2);
      if (op.kind === "alterColumnType" && inverse2.kind === "alterColumnType" && facts?.column?.type && !sameType2(facts.column.type, inverse2.type)) {
        result.missing.push({
          op,
          object: describeObject(op),
          change: changeOf(op),
          expected: inverseText(op, m, facts.column.type),
          detail: `the downgrade changes it to ${inverse2.type.text}, but before the upgrade it was ${facts.column.type.text}`
        });
        continue;
      }
      result.inverted++;
      continue;
    }
    if (covered(op) || op.kind === "other" && op.statement === "DropStmt" && down.some((d) => d.kind === "other" && !d.object)) {
      result.inverted++;
      continue;
    }
    if (op.kind === "alterEnum" && op.action === "addValue" && m.dialect === "postgres") {
      result.notInvertible.push({
        op,
        object: describeObject(op),
        reason: `PostgreSQL cannot remove a value from an enum type (there is no ALTER TYPE ... DROP VALUE), so after a rollback '${op.value}' stays in ${op.name}; removing it means re-creating the type and every column that uses it`
      });
      continue;
    }
    result.missing.push({ op, object: describeObject(op), change: changeOf(op), expected: inverseText(op, m, facts?.column?.type ?? null) });
  }
  if (unanalyzable.some((u) => u.side === "down")) result.missing = [];
  if (!unanalyzable.some((u) => u.side === "up")) {
    const recreated = new Set(down.flatMap((op) => op.kind === "createTable" ? [op.table] : []));
    const readded = new Set(down.flatMap((op) => op.kind === "addColumn" ? [`${op.table}.${op.column.name}`] : []));
    for (const d of down) {
      if (used.has(d) || !downNeedsMatch(d)) continue;
      const t = tableOf(d);
      if (t && recreated.has(t) && d.kind !== "createTable") continue;
      const cols = columnsOf(d);
      if (d.kind !== "addColumn" && cols.some((c) => readded.has(c))) continue;
      if (PROPERTY_GROUP[d.kind] && cols.some((c) => touchedColumns.has(c))) continue;
      if (d.kind === "createIndex" && m.up.some((u) => u.kind === "dropColumn" && u.table === d.table && d.columns.includes(u.column))) continue;
      if (d.kind === "dropTable" && createdInUp.has(d.table)) continue;
      result.unmatchedDown.push({ op: d, object: describeObject(d), change: changeOf(d) });
    }
  }
  return result;
}

// rules/downgrade-mismatch.ts
var downgrade_mismatch_default = defineRule({
  id: "downgrade-mismatch",
  category: "rollback",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "The downgrade does not invert the upgrade",
  docs: {
    why: 'A rollback is only as good as its downgrade. When the upgrade creates an index the downgrade forgets, rolling back leaves it behind and running the upgrade again fails ("relation already exists"); when the downgrade drops or changes something the upgrade never touched, the rollback damages the schema instead of restoring it. Every upgrade operation needs its inverse in the downgrade: create \u2194 drop, rename \u2194 rename back, type change \u2194 the previous type, SET \u2194 DROP NOT NULL / DEFAULT.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "-- migrate:up transaction:false\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n",
    good: "-- migrate:up transaction:false\nALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nDROP INDEX CONCURRENTLY users_email_idx;\nALTER TABLE users DROP COLUMN nickname;\n"
  },
  check(ctx) {
    const m = ctx.migration;
    const p = pairRollback(m, { facts: ctx.facts, existedBefore: ctx.schema.existedBefore });
    if (!p.expectsDown || p.downUnusable) return [];
    return [
      ...p.missing.map((x) => ctx.finding(x.op, {
        message: `The upgrade ${x.change}, but the downgrade does not undo it${x.detail ? `: ${x.detail}` : ""}. After a rollback the schema is not what it was, and running the upgrade again can fail.`,
        suggestion: `Add the inverse to the downgrade: ${x.expected}`
      })),
      ...p.notInvertible.map((x) => ctx.finding(x.op, {
        message: `The downgrade cannot undo this: ${x.reason}.`,
        suggestion: "If the value is harmless after a rollback, suppress this finding with that reason; otherwise ship the new value in a migration of its own, after the code that needs it is ready."
      })),
      ...p.unmatchedDown.map((x) => ctx.finding(x.op, {
        message: `The downgrade ${x.change}, which the upgrade never touched: a rollback would change the schema instead of restoring it.`,
        suggestion: `Remove it from the downgrade, or make the upgrade do the opposite so that the two mirror each other.`
      }))
    ];
  }
});

// src/schema/model.ts
function isDeprecationComment(text) {
  return text !== null && /\bdeprecated\b/i.test(text);
}
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  /** index name → table */
  indexes = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Map();
  table(name) {
    return this.tables.get(name);
  }
  column(table, column) {
    return this.tables.get(table)?.columns.get(column);
  }
  /**
   * Applies one op. `inChange` says whether the op belongs to a migration under test: objects it
   * creates count as new, and deprecation comments it sets do not count as a prior deprecation.
   */
  apply(op, inChange) {
    switch (op.kind) {
      case "createTable": {
        if (op.ifNotExists && this.tables.has(op.table)) return;
        const t = this.ensureTable(op.table, inChange);
        t.createdInChange = inChange;
        t.columns.clear();
        t.constraints.clear();
        for (const c of op.columns) t.columns.set(c.name, columnState(c, inChange));
        for (const c of op.constraints) {
          const name = c.name ?? `${op.table}_${c.columns.join("_")}_${c.kind}`;
          t.constraints.set(name, { name, kind: c.kind, columns: c.columns, validated: true, notNullColumn: c.notNullColumn ?? null });
        }
        return;
      }
      case "dropTable":
        this.tables.delete(op.table);
        for (const [idx, tbl] of this.indexes) if (tbl === op.table) this.indexes.delete(idx);
        return;
      case "renameTable": {
        const t = this.tables.get(op.table);
        if (!t) return;
        this.tables.delete(op.table);
        t.name = op.newName;
        this.tables.set(op.newName, t);
        for (const [idx, tbl] of this.indexes) if (tbl === op.table) this.indexes.set(idx, op.newName);
        return;
      }
      case "addColumn": {
        const t = this.ensureTable(op.table, false);
        if (op.ifNotExists && t.columns.has(op.column.name)) return;
        t.columns.set(op.column.name, columnState(op.column, inChange));
        return;
      }
      case "dropColumn":
        this.tables.get(op.table)?.columns.delete(op.column);
        return;
      case "renameColumn": {
        const t = this.tables.get(op.table);
        const c = t?.columns.get(op.column);
        if (!t || !c) return;
        t.columns.delete(op.column);
        c.name = op.newName;
        t.columns.set(op.newName, c);
        return;
      }
      case "alterColumnType": {
        const c = this.ensureColumn(op.table, op.column);
        c.type = op.type;
        return;
      }
      case "setNotNull":
        this.ensureColumn(op.table, op.column).notNull = true;
        return;
      case "dropNotNull":
        this.ensureColumn(op.table, op.column).notNull = false;
        return;
      case "setDefault":
        this.ensureColumn(op.table, op.column).default = op.default;
        return;
      case "dropDefault":
        this.ensureColumn(op.table, op.column).default = null;
        return;
      case "createIndex":
        if (op.name) this.indexes.set(op.name, op.table);
        return;
      case "dropIndex":
        this.indexes.delete(op.name);
        return;
      case "addConstraint": {
        const c = op.constraint;
        const name = c.name ?? `${op.table}_${c.columns.join("_")}_${c.kind}`;
        this.ensureTable(op.table, false).constraints.set(name, {
          name,
          kind: c.kind,
          columns: c.columns,
          validated: !c.notValid,
          notNullColumn: c.notNullColumn ?? null
        });
        return;
      }
      case "validateConstraint": {
        const c = this.tables.get(op.table)?.constraints.get(op.name);
        if (c) c.validated = true;
        return;
      }
      case "dropConstraint":
        this.tables.get(op.table)?.constraints.delete(op.name);
        return;
      case "comment": {
        const deprecated = !inChange && isDeprecationComment(op.text);
        if (op.target === "table") {
          const t = this.ensureTable(op.table, false);
          t.comment = op.text;
          t.deprecated = deprecated || inChange && t.deprecated;
        } else if (op.column) {
          const c = this.ensureColumn(op.table, op.column);
          c.comment = op.text;
          c.deprecated = deprecated || inChange && c.deprecated;
        }
        return;
      }
      case "createEnum":
        this.enums.set(op.name, [...op.values]);
        return;
      case "alterEnum": {
        const values = this.enums.get(op.name) ?? [];
        if (op.action === "addValue") values.push(op.value);
        else if (op.action === "dropValue") values.splice(values.indexOf(op.value), 1);
        else if (op.newValue) values.splice(values.indexOf(op.value), 1, op.newValue);
        this.enums.set(op.name, values);
        return;
      }
      case "dropEnum":
        this.enums.delete(op.name);
        return;
      default:
        return;
    }
  }
  /**
   * Makes everything replayed so far history: tables stop counting as created in the change and
   * deprecation comments start counting. Used when each migration is linted as its own change.
   */
  settle() {
    for (const t of this.tables.values()) {
      t.createdInChange = false;
      t.deprecated = isDeprecationComment(t.comment);
      for (const c of t.columns.values()) {
        c.deprecated = isDeprecationComment(c.comment);
        c.createdInChange = false;
      }
    }
  }
  ensureTable(name, createdInChange) {
    let t = this.tables.get(name);
    if (!t) {
      t = { name, columns: /* @__PURE__ */ new Map(), constraints: /* @__PURE__ */ new Map(), comment: null, deprecated: false, createdInChange };
      this.tables.set(name, t);
    }
    return t;
  }
  ensureColumn(table, column) {
    const t = this.ensureTable(table, false);
    let c = t.columns.get(column);
    if (!c) {
      c = { name: column, type: null, notNull: false, default: null, comment: null, deprecated: false, createdInChange: false };
      t.columns.set(column, c);
    }
    return c;
  }
};
function columnState(c, inChange) {
  const comment = c.comment ?? null;
  return {
    name: c.name,
    type: c.type,
    notNull: c.notNull || Boolean(c.primaryKey),
    default: c.default,
    comment,
    deprecated: !inChange && isDeprecationComment(comment),
    createdInChange: inChange
  };
}

// rules/drop-column-without-deprecation.ts
function deprecateColumnStep(m, table, column, col) {
  const type = col?.type ? `${col.type.text}${col.notNull ? " NOT NULL" : ""}${col.default ? ` DEFAULT ${col.default.sql}` : ""}` : null;
  const note = `'deprecated: drop in a later release'`;
  if (m.framework === "alembic") return `op.alter_column('${table}', '${column}', comment=${note})`;
  if (m.framework === "knex") {
    return m.dialect === "postgres" ? `knex.raw("COMMENT ON COLUMN ${table}.${column} IS ${note}")` : `knex.schema.alterTable('${table}', (t) => { t.specificType('${column}', '${col?.type?.text ?? "<current type>"}').comment(${note}).alter(); })`;
  }
  return m.dialect === "mysql" ? `ALTER TABLE ${table} MODIFY COLUMN ${column} ${type ?? "<full current definition>"} COMMENT ${note};` : `COMMENT ON COLUMN ${table}.${column} IS ${note};`;
}
function dropColumnStep(m, table, column) {
  if (m.framework === "alembic") return `op.drop_column('${table}', '${column}')`;
  if (m.framework === "knex") return `knex.schema.alterTable('${table}', (t) => { t.dropColumn('${column}'); })`;
  return `ALTER TABLE ${table} DROP COLUMN ${column};`;
}
var drop_column_without_deprecation_default = defineRule({
  id: "drop-column-without-deprecation",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "DROP COLUMN of a column no earlier migration deprecated",
  docs: {
    why: 'During a deploy the previous application version keeps running until every instance is replaced. If the migration drops a column that code still reads or writes, its queries fail ("column does not exist") for the whole rollout, and rolling the code back does not help. Mark the column deprecated in one release, stop using it, and drop it in a later release.',
    history: [
      "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
      "COMMENT ON COLUMN users.legacy_email IS 'deprecated: replaced by email';"
    ].join("\n"),
    bad: "ALTER TABLE users DROP COLUMN email;",
    good: "-- legacy_email was deprecated by an earlier release, so no running code uses it.\nALTER TABLE users DROP COLUMN legacy_email;"
  },
  check(ctx) {
    return ctx.ops("dropColumn").flatMap((op) => {
      const facts = ctx.facts(op);
      if (facts.deprecated || !facts.tableExisted || facts.column?.createdInChange) return [];
      const name = `${op.table}.${op.column}`;
      const sameChange = facts.column !== null && isDeprecationComment(facts.column.comment) ? ` The deprecation comment in this change does not count yet: the code running today was written before it.` : "";
      const m = ctx.migration;
      return [ctx.finding(op, {
        message: `Dropping column ${name} breaks the application version still running during the deploy: any query that reads or writes ${op.column} fails until every instance runs new code. No earlier migration marked ${name} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${deprecateColumnStep(m, op.table, op.column, facts.column)} (or list ${name} under deprecated.columns in .migration-guard.yml) and remove every use of ${op.column} from the code. Release 2, after release 1 is fully deployed: ${dropColumnStep(m, op.table, op.column)}`
      })];
    });
  }
});

// rules/drop-schema-or-database.ts
var drop_schema_or_database_default = defineRule({
  id: "drop-schema-or-database",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "DROP SCHEMA / DROP DATABASE in a migration",
  docs: {
    why: "DROP SCHEMA and DROP DATABASE remove every table, view, function and row inside them at once (with CASCADE also the objects elsewhere that depend on them). No downgrade can bring that back, and a migration that runs against the wrong environment destroys it. This belongs in a reviewed manual operation after a backup, never in a migration.",
    history: "CREATE SCHEMA analytics;\nCREATE VIEW analytics.daily_visits AS SELECT 1 AS visits;",
    bad: "DROP SCHEMA analytics CASCADE;",
    good: "-- Drop only objects this migration history owns, one by one; drop the schema by hand after a backup.\nDROP VIEW analytics.daily_visits;"
  },
  check(ctx) {
    return ctx.ops("dropSchema").map((op) => {
      const what = op.target === "database" ? `database ${op.name}` : `schema ${op.name}`;
      return ctx.finding(op, {
        message: `DROP ${op.target.toUpperCase()} ${op.name} destroys every object and row in ${what} at once; no downgrade can bring them back, and running code loses everything in it.`,
        suggestion: `Remove this statement from the migration. Drop the objects of ${what} that the migrations own one at a time (each after deprecation), and drop the ${op.target} itself by hand after a backup, in a separate reviewed operation.`
      });
    });
  }
});

// rules/drop-table-without-deprecation.ts
function deprecateTableStep(m, table) {
  const note = `'deprecated: drop in a later release'`;
  if (m.framework === "alembic") return `op.create_table_comment('${table}', ${note})`;
  if (m.framework === "knex") return `knex.schema.alterTable('${table}', (t) => { t.comment(${note}); })`;
  return m.dialect === "mysql" ? `ALTER TABLE ${table} COMMENT = ${note};` : `COMMENT ON TABLE ${table} IS ${note};`;
}
function dropTableStep(m, table) {
  if (m.framework === "alembic") return `op.drop_table('${table}')`;
  if (m.framework === "knex") return `knex.schema.dropTable('${table}')`;
  return `DROP TABLE ${table};`;
}
var drop_table_without_deprecation_default = defineRule({
  id: "drop-table-without-deprecation",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "DROP TABLE of a table no earlier migration deprecated",
  docs: {
    why: 'During a deploy the previous application version keeps running until every instance is replaced. If the migration drops a table that code still queries, those queries fail ("relation does not exist") for the whole rollout, and the data is gone for good. Mark the table deprecated in one release, stop using it, and drop it in a later release.',
    history: [
      "CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint);",
      "CREATE TABLE legacy_sessions (id bigint PRIMARY KEY, user_id bigint);",
      "COMMENT ON TABLE legacy_sessions IS 'deprecated: replaced by sessions';"
    ].join("\n"),
    bad: "DROP TABLE sessions;",
    good: "-- legacy_sessions was deprecated by an earlier release, so no running code uses it.\nDROP TABLE legacy_sessions;"
  },
  check(ctx) {
    return ctx.ops("dropTable").flatMap((op) => {
      const facts = ctx.facts(op);
      if (facts.deprecated || !facts.tableExisted) return [];
      const sameChange = facts.table !== null && isDeprecationComment(facts.table.comment) ? " The deprecation comment in this change does not count yet: the code running today was written before it." : "";
      const m = ctx.migration;
      return [ctx.finding(op, {
        message: `Dropping table ${op.table} breaks the application version still running during the deploy: every query on ${op.table} fails until all instances run new code, and its rows are gone. No earlier migration marked ${op.table} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${deprecateTableStep(m, op.table)} (or list ${op.table} under deprecated.tables in .migration-guard.yml) and remove every use of ${op.table} from the code. Release 2, after release 1 is fully deployed: ${dropTableStep(m, op.table)}`
      })];
    });
  }
});

// rules/enum-value-change.ts
var enum_value_change_default = defineRule({
  id: "enum-value-change",
  category: "compatibility",
  severity: "warning",
  dialects: ["postgres"],
  summary: "Renaming or removing enum values; ALTER TYPE ... ADD VALUE in a transaction before PostgreSQL 12",
  docs: {
    why: 'Running code writes and compares enum values by their text. Renaming or removing a value makes the previous application version fail with "invalid input value for enum" during the deploy. Adding values is safe, but before PostgreSQL 12 ALTER TYPE ... ADD VALUE cannot run inside a transaction block, so a wrapped migration fails at deploy time.',
    history: "CREATE TYPE order_status AS ENUM ('pending', 'shipped');",
    bad: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';",
    good: "ALTER TYPE order_status ADD VALUE 'dispatched';"
  },
  check(ctx) {
    const all = ctx.ops();
    const createdInMigration = /* @__PURE__ */ new Set();
    let createdInTransaction = /* @__PURE__ */ new Set();
    const findings = [];
    for (const op of all) {
      const facts = ctx.facts(op);
      if (!facts.inTransaction || op.kind === "transaction") createdInTransaction = /* @__PURE__ */ new Set();
      if (op.kind === "createEnum") {
        createdInMigration.add(op.name);
        if (facts.inTransaction) createdInTransaction.add(op.name);
        continue;
      }
      if (op.kind !== "alterEnum") continue;
      if (op.action === "addValue") {
        if (ctx.settings.pgVersion >= 12 || !facts.inTransaction || createdInTransaction.has(op.name)) continue;
        findings.push(ctx.finding(op, {
          message: `ALTER TYPE ${op.name} ADD VALUE '${op.value}' runs inside a transaction, which PostgreSQL ${ctx.settings.pgVersion} rejects ("cannot run inside a transaction block"): the migration fails at deploy time.`,
          suggestion: `Run ALTER TYPE ${op.name} ADD VALUE IF NOT EXISTS '${op.value}'; in its own migration that does not run in a transaction (or upgrade to PostgreSQL 12+).`
        }));
        continue;
      }
      if (createdInMigration.has(op.name)) continue;
      if (op.action === "renameValue") {
        const to = op.newValue ?? "?";
        findings.push(ctx.finding(op, {
          message: `Renaming value '${op.value}' of enum ${op.name} to '${to}' breaks the application version still running during the deploy: it writes and compares '${op.value}', which now fails with "invalid input value for enum ${op.name}".`,
          suggestion: `Add the new value first (ALTER TYPE ${op.name} ADD VALUE '${to}';), ship code that accepts both and writes '${to}', backfill rows from '${op.value}' to '${to}' in batches, and stop using '${op.value}' in a later release.`
        }));
      } else {
        findings.push(ctx.finding(op, {
          message: `Removing value '${op.value}' from enum ${op.name} breaks the application version still running during the deploy if it still writes or reads '${op.value}', and fails on rows that hold it.`,
          suggestion: `Ship code that no longer uses '${op.value}', move its rows to another value in a data migration, and only then remove the value in a later release.`
        }));
      }
    }
    return findings;
  }
});

// src/rollback/backup.ts
var UNSAFE_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
function sh(word) {
  return /^[A-Za-z0-9_.,:/=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function pgIdent(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
function pgQualified(table) {
  const parts = table.split(".");
  return parts.map(pgIdent).join(".");
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
  const key = keyOf(p.losses[0]);
  const on = key.cols.map((c) => `${t}.${pgIdent(c)} = r.${pgIdent(c)}`).join(" AND ");
  const steps = [];
  if (columns.length) {
    const set = [...new Set(columns)].map((c) => `${pgIdent(c)} = r.${pgIdent(c)}`).join(", ");
    steps.push(`UPDATE ${t} SET ${set} FROM ${scratch} r WHERE ${on}`);
  }
  if (p.losses.some((l) => l.kind === "rows")) steps.push(`INSERT INTO ${t} SELECT * FROM ${scratch} ON CONFLICT DO NOTHING`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(", ");
  out.push(`# ${what} (after the downgrade${columns.length ? " restores the column" : ""}):${key.guessed ? ` join on your primary key instead of ${key.cols.join(", ")} if it differs` : ""}`);
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
  const key = keyOf(p.losses[0]);
  const on = key.cols.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(" AND ");
  const steps = [];
  if (columns.length) steps.push(`UPDATE ${t} t JOIN ${scratch} r ON ${on} SET ${columns.map((c) => `t.${myIdent(c)} = r.${myIdent(c)}`).join(", ")}`);
  if (p.losses.some((l) => l.kind === "rows")) steps.push(`INSERT IGNORE INTO ${t} SELECT * FROM ${scratch}`);
  steps.push(`DROP TABLE ${scratch}`);
  const what = [...new Set(p.losses.map((l) => l.object))].join(", ");
  return [
    `# ${what} (after the downgrade${columns.length ? " restores the column" : ""}):${key.guessed ? ` join on your primary key instead of ${key.cols.join(", ")} if it differs` : ""}`,
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

// rules/irreversible-data-loss.ts
var irreversible_data_loss_default = defineRule({
  id: "irreversible-data-loss",
  category: "rollback",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "The upgrade destroys data that the downgrade cannot bring back",
  docs: {
    why: "A downgrade restores the schema, never the data. After a dropped column, a dropped table, a narrowing type change, TRUNCATE or DELETE, rolling back gives an empty column or table: the values are gone unless a backup was taken first. Back up exactly the affected data before deploying, and keep the restore command next to the rollback plan.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
    bad: "ALTER TABLE users DROP COLUMN legacy_email;",
    good: "COMMENT ON COLUMN users.legacy_email IS 'deprecated: drop in a later release';"
  },
  check(ctx) {
    const m = ctx.migration;
    const p = pairRollback(m, { facts: ctx.facts, existedBefore: ctx.schema.existedBefore });
    return p.dataLoss.map((l) => {
      const commands = backupCommands(m.dialect, [l]);
      const backup = l.table ? backupCommand(m.dialect, l.table, l.kind === "table") : commands.find((c) => !c.startsWith("#")) ?? "";
      const restore = commands.slice(commands.indexOf("# To restore after rolling back:") + 1).filter((c) => !c.startsWith("#"));
      return ctx.finding(l.op, {
        message: `The upgrade ${l.what}; ${l.why}. Back up ${l.object.replace(/^(values|rows) of /, "")} before deploying: ${backup}`,
        suggestion: `Take the backup right before the deploy and keep it with the rollback plan; to restore after rolling back: ${restore.join(" && ")}`
      });
    });
  }
});

// src/schema/facts.ts
function opTable(op) {
  return "table" in op && typeof op.table === "string" ? op.table : null;
}
function opLock(op, table) {
  if (op.kind === "dropIndex" && !op.table) {
    const lock = pgLockOf({ ...op, table: table?.name ?? op.name });
    return lock && { ...lock, tables: table ? [table.name] : [] };
  }
  return pgLockOf(op);
}
function indexedTable(op, model) {
  if (op.kind === "dropIndex") return model.indexes.get(op.name) ?? null;
  if (op.kind === "reindex") return op.target === "table" ? op.name : op.target === "index" ? model.indexes.get(op.name) ?? null : null;
  return null;
}
function opColumn(op) {
  if ("column" in op) return typeof op.column === "string" ? op.column : op.column?.name ?? null;
  return null;
}
function walkMigration(model, migration, opts) {
  const facts = /* @__PURE__ */ new Map();
  let inTxn = migration.transactional;
  let sessionTimeout = opts.globalLockTimeout;
  let localTimeout = false;
  let strongLockHeldBy = null;
  let notValidInTxn = /* @__PURE__ */ new Set();
  const endTransaction = () => {
    localTimeout = false;
    strongLockHeldBy = null;
    notValidInTxn = /* @__PURE__ */ new Set();
  };
  for (const op of migration.up) {
    const inTransaction = inTxn && !op.autocommit;
    const tableName = opTable(op) ?? indexedTable(op, model);
    const table = tableName ? model.table(tableName) ?? null : null;
    const columnName = opColumn(op);
    const column = table && columnName ? table.columns.get(columnName) ?? null : null;
    const constraintName2 = op.kind === "validateConstraint" || op.kind === "dropConstraint" ? op.name : null;
    const constraint = table && constraintName2 ? table.constraints.get(constraintName2) ?? null : null;
    const tableExisted = tableName ? !table?.createdInChange : true;
    let deprecated = false;
    if (op.kind === "dropTable") deprecated = Boolean(table?.deprecated) || opts.deprecations.tables.has(op.table);
    if (op.kind === "dropColumn") {
      deprecated = Boolean(column?.deprecated) || opts.deprecations.columns.has(`${op.table}.${op.column}`);
    }
    let validatedNotNullCheck = false;
    if (op.kind === "setNotNull" && table) {
      for (const c of table.constraints.values()) {
        if (c.kind === "check" && c.validated && c.notNullColumn === op.column) validatedNotNullCheck = true;
      }
    }
    facts.set(op, {
      inTransaction,
      tableExisted,
      table: table && { ...table },
      column: column && { ...column },
      lockTimeoutSet: sessionTimeout || localTimeout,
      strongLockHeldBy: inTransaction ? strongLockHeldBy : null,
      constraintAddedInSameTransaction: inTransaction && constraintName2 !== null && notValidInTxn.has(`${tableName}.${constraintName2}`),
      constraint: constraint && { ...constraint },
      validatedNotNullCheck,
      deprecated
    });
    switch (op.kind) {
      case "transaction":
        if (op.action === "begin") inTxn = true;
        else {
          inTxn = false;
          endTransaction();
        }
        break;
      case "setLockTimeout":
        if (op.local) localTimeout = inTransaction && op.ms !== null;
        else sessionTimeout = op.ms !== null;
        break;
      case "addConstraint":
        if (op.constraint.notValid && op.constraint.name) notValidInTxn.add(`${op.table}.${op.constraint.name}`);
        break;
      default:
        break;
    }
    const lock = opLock(op, table);
    if (inTransaction && !strongLockHeldBy && lock?.mode === "ACCESS EXCLUSIVE" && tableExisted) strongLockHeldBy = op;
    if (!inTransaction) endTransaction();
    model.apply(op, migration.isNew);
  }
  return facts;
}
var UNKNOWN_FACTS = {
  inTransaction: false,
  tableExisted: true,
  table: null,
  column: null,
  lockTimeoutSet: false,
  strongLockHeldBy: null,
  constraintAddedInSameTransaction: false,
  constraint: null,
  validatedNotNullCheck: false,
  deprecated: false
};

// rules/lock-held-across-statements.ts
function label(op) {
  const text = oneLineSql(op);
  if (text) return text.length > 70 ? `${text.slice(0, 69)}\u2026` : text;
  const what = op.kind.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  return "table" in op && typeof op.table === "string" ? `${what} on ${op.table}` : what;
}
function doesRowWork(op, ctx) {
  const facts = ctx.facts(op);
  switch (op.kind) {
    case "dml":
      return op.action !== "insert" || facts.tableExisted;
    case "createIndex":
      return !op.concurrently;
    case "reindex":
      return !op.concurrently;
    case "validateConstraint":
    case "vacuum":
    case "cluster":
      return true;
    case "addConstraint":
      return !op.constraint.notValid && !op.constraint.usingIndex;
    case "setNotNull":
      return !facts.column?.notNull && !(facts.validatedNotNullCheck && ctx.settings.pgVersion >= 12);
    case "alterColumnType":
      return !classifyTypeChange(ctx.migration.dialect, facts.column?.type ?? null, op.type, { column: op.column, using: op.using }).safe;
    case "addColumn": {
      const c = op.column;
      const d = c.default && c.default.sql.trim().toUpperCase() !== "NULL" ? c.default : null;
      return Boolean(c.identity || c.generatedStored || d && (d.volatile || ctx.settings.pgVersion < 11));
    }
    default:
      return false;
  }
}
var lock_held_across_statements_default = defineRule({
  id: "lock-held-across-statements",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "More work after an ACCESS EXCLUSIVE lock is taken in the same transaction",
  docs: {
    why: "Locks are held until the transaction ends. Once a statement takes ACCESS EXCLUSIVE on a busy table, every later statement in the same transaction (a backfill UPDATE, an index build, a lock on another table) runs while all reads and writes to that table wait. Keep one risky statement per transaction.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;",
    good: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE id BETWEEN 1 AND 10000;"
  },
  check(ctx) {
    const findings = [];
    const reported = /* @__PURE__ */ new Set();
    const lockedIn = /* @__PURE__ */ new Map();
    for (const op of ctx.ops()) {
      const holder = ctx.facts(op).strongLockHeldBy;
      if (!holder || op.kind === "transaction" || op.kind === "setLockTimeout") continue;
      const at = `${op.loc.file}:${op.loc.line}:${op.loc.column}`;
      if (at === `${holder.loc.file}:${holder.loc.line}:${holder.loc.column}` || reported.has(at)) continue;
      const heldTables = opLock(holder, ctx.facts(holder).table)?.tables ?? [];
      let locked = lockedIn.get(holder);
      if (!locked) lockedIn.set(holder, locked = new Set(heldTables));
      const lock = opLock(op, ctx.facts(op).table);
      const otherTable = lock !== null && lock.tables.some((t) => !locked.has(t) && ctx.schema.existedBefore(t));
      for (const t of lock?.tables ?? []) locked.add(t);
      if (!otherTable && !doesRowWork(op, ctx)) continue;
      reported.add(at);
      const on = heldTables.length ? heldTables.join(" and ") : "the table";
      findings.push(
        ctx.finding(op, {
          message: `This statement runs while the ACCESS EXCLUSIVE lock on ${on} taken on line ${holder.loc.line} (${label(holder)}) is still held in the same transaction: ${LOCK_BLOCKS["ACCESS EXCLUSIVE"]} on ${on} wait until this statement and the rest of the transaction finish.`,
          suggestion: ctx.migration.framework === "sql" ? `Commit right after line ${holder.loc.line} and run this statement in its own transaction (COMMIT; before it, or a separate migration); run backfills in batches outside the schema change's transaction.` : `Move this statement into a separate migration that runs after the one with line ${holder.loc.line}, so the lock is released in between; run backfills in batches outside the schema change's transaction.`
        })
      );
    }
    return findings;
  }
});

// rules/missing-downgrade.ts
var LAYOUTS_WITH_DOWN = /* @__PURE__ */ new Set(["golang-migrate", "diesel", "dbmate", "flyway"]);
function expectsDown(m) {
  if (m.framework !== "sql") return true;
  if (!m.layout || !LAYOUTS_WITH_DOWN.has(m.layout)) return false;
  return typeof m.meta.expectsDown === "boolean" ? m.meta.expectsDown : true;
}
function downPart(m) {
  switch (m.framework) {
    case "alembic":
      return "downgrade()";
    case "knex":
      return "exports.down";
    default:
      break;
  }
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
function inverse(op, m) {
  switch (op.kind) {
    case "createTable":
      return `DROP TABLE ${op.table};`;
    case "addColumn":
      return `ALTER TABLE ${op.table} DROP COLUMN ${op.column.name};`;
    case "createIndex":
      if (!op.name) return null;
      return m.dialect === "mysql" ? `DROP INDEX ${op.name} ON ${op.table};` : `DROP INDEX ${op.concurrently ? "CONCURRENTLY " : ""}${op.name};`;
    case "renameTable":
      return `ALTER TABLE ${op.newName} RENAME TO ${op.table};`;
    case "renameColumn":
      return `ALTER TABLE ${op.table} RENAME COLUMN ${op.newName} TO ${op.column};`;
    case "setNotNull":
      return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} DROP NOT NULL;`;
    case "addConstraint":
      return op.constraint.name ? `ALTER TABLE ${op.table} DROP CONSTRAINT ${op.constraint.name};` : null;
    case "createEnum":
      return `DROP TYPE ${op.name};`;
    default:
      return null;
  }
}
function suggestionFor(m, ops, at) {
  const explicit = m.framework === "alembic" ? 'say so explicitly with raise NotImplementedError("<why>") so the report shows it as irreversible' : m.framework === "knex" ? 'say so explicitly with throw new Error("<why>") so the report shows it as irreversible' : `say so explicitly: append "-- migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`;
  const base2 = `Write ${downPart(m)} so that it undoes each upgrade step in reverse order; if the change truly cannot be undone, ${explicit}.`;
  if (m.framework !== "sql") return base2;
  const steps = ops.map((op) => inverse(op, m)).filter((s) => s !== null).reverse();
  if (steps.length === 0) return base2;
  const shown = steps.slice(0, 5).join(" ");
  return `${base2} For this migration: ${shown}${steps.length > 5 ? " \u2026" : ""}`;
}
var missing_downgrade_default = defineRule({
  id: "missing-downgrade",
  category: "rollback",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "A migration whose framework expects a downgrade has none (absent, empty, or only pass)",
  docs: {
    why: "When a deploy goes wrong the fastest way back is to roll the migration back. Without a downgrade the rollback either fails or silently does nothing and leaves the schema changed, so the previous application version runs against a schema it does not know. Frameworks with paired down migrations (golang-migrate, diesel, dbmate, Flyway undo, Alembic, Knex) should have one for every upgrade.",
    // A single plain-SQL file has no down part (plain layouts never fire), so this example cannot be
    // linted as one plain file: the parity test special-cases this rule. Read these as golang-migrate
    // files 0003_add_nickname.up.sql (with no .down.sql next to it) and 0003_add_nickname.down.sql.
    bad: "-- 0003_add_nickname.up.sql, with no 0003_add_nickname.down.sql next to it\nALTER TABLE users ADD COLUMN nickname text;",
    good: "-- 0003_add_nickname.down.sql, next to 0003_add_nickname.up.sql\nALTER TABLE users DROP COLUMN nickname;"
  },
  check(ctx) {
    const m = ctx.migration;
    if (!expectsDown(m)) return [];
    const up = ctx.ops();
    const fallback = m.downLoc ?? { file: m.file, line: 1, endLine: 1, column: 1 };
    if (m.downIrreversible) {
      return [ctx.finding(m.downIrreversible.loc, {
        message: `The downgrade of ${m.id} is explicitly irreversible (${m.downIrreversible.reason}): rolling back this deploy needs a restore from backup.`,
        suggestion: `If the upgrade can be undone, write ${downPart(m)} that does it; otherwise document the restore path (which backup, which command) next to the migration and make sure a backup is taken before it runs.`
      })];
    }
    if (m.down === null) {
      return [ctx.finding(fallback, {
        message: `${m.id} has no downgrade: ${downPart(m)} is missing, so rolling back this migration is impossible and the schema stays changed.`,
        suggestion: suggestionFor(m, up, fallback)
      })];
    }
    if (m.down.length === 0 && up.length > 0) {
      return [ctx.finding(fallback, {
        message: `The downgrade of ${m.id} is empty: rolling back runs nothing and leaves the schema changed by the upgrade.`,
        suggestion: suggestionFor(m, up, fallback)
      })];
    }
    return [];
  }
});

// src/schema/mysql-online.ts
function isOnline(verdict2) {
  return verdict2.algorithm !== "COPY" && verdict2.concurrentDml;
}
var RANK = { INSTANT: 0, INPLACE: 1, COPY: 2 };
function verdict(algorithm, what, opts = {}) {
  return {
    algorithm,
    concurrentDml: opts.concurrentDml ?? algorithm !== "COPY",
    rebuildsTable: opts.rebuildsTable ?? algorithm === "COPY",
    what
  };
}
function bytesPerChar(charset) {
  switch ((charset ?? "").toLowerCase()) {
    case "latin1":
    case "ascii":
    case "binary":
    case "latin2":
    case "cp1250":
    case "cp1251":
    case "cp1252":
    case "greek":
    case "hebrew":
      return 1;
    case "ucs2":
      return 2;
    case "utf8":
    case "utf8mb3":
      return 3;
    default:
      return 4;
  }
}
function enumValues(type) {
  const match = /^\s*(?:enum|set)\s*\(([\s\S]*)\)\s*$/i.exec(type.text.replace(/\s+(character\s+set|charset|collate)\b[\s\S]*$/i, ""));
  if (!match) return null;
  return [...(match[1] ?? "").matchAll(/'((?:[^'\\]|\\.|'')*)'|"((?:[^"\\]|\\.|"")*)"/g)].map((m) => m[1] ?? m[2] ?? "");
}
function sameType3(a, b) {
  if (a.name !== b.name || a.args.join(",") !== b.args.join(",")) return false;
  if (a.name === "enum" || a.name === "set") return (enumValues(a) ?? []).join("\0") === (enumValues(b) ?? []).join("\0");
  return !a.charset || !b.charset || a.charset === b.charset;
}
function typeChange(before, after, server, columnName) {
  const changing = `changing the type of ${columnName}`;
  if (!before) return verdict("COPY", `${changing} to ${after.text} (its current type is unknown, so a change is assumed)`);
  if (sameType3(before, after) && (!after.charset || !before.charset || after.charset === before.charset)) {
    return verdict("INSTANT", `restating ${columnName} with its current type ${before.text}`);
  }
  const charsetBefore = before.charset ?? null;
  const charsetAfter = after.charset ?? charsetBefore;
  if (before.name === "varchar" && after.name === "varchar" && charsetBefore === charsetAfter) {
    const oldLength = before.args[0] ?? 0;
    const newLength = after.args[0] ?? 0;
    if (newLength >= oldLength) {
      const perChar = bytesPerChar(charsetAfter);
      const oldBytes = oldLength * perChar;
      const newBytes = newLength * perChar;
      if (oldBytes <= 255 === newBytes <= 255) {
        return verdict(server.mariadb ? "INSTANT" : "INPLACE", `widening ${columnName} from ${before.text} to ${after.text}`);
      }
      if (server.mariadb && server.version >= 100403 && oldBytes < 128) {
        return verdict("INSTANT", `widening ${columnName} from ${before.text} to ${after.text}`);
      }
      return verdict("COPY", `widening ${columnName} from ${before.text} to ${after.text} across the 255-byte boundary (the length prefix grows, every row is rewritten)`);
    }
  }
  if ((before.name === "enum" || before.name === "set") && before.name === after.name) {
    const oldValues = enumValues(before);
    const newValues = enumValues(after);
    if (oldValues && newValues && newValues.length >= oldValues.length && oldValues.every((v, k) => newValues[k] === v)) {
      const sameStorage = before.name === "enum" ? oldValues.length <= 255 === newValues.length <= 255 : Math.ceil(oldValues.length / 8) === Math.ceil(newValues.length / 8);
      if (sameStorage) return verdict(server.mariadb || server.version >= 8e4 ? "INSTANT" : "INPLACE", `adding values at the end of ${columnName} ${after.name.toUpperCase()}`);
    }
  }
  return verdict("COPY", `${changing} from ${before.text} to ${after.text}`, { concurrentDml: false });
}
function mysqlOpOnline(op, server, ctx) {
  const { mariadb, version } = server;
  switch (op.kind) {
    case "addColumn": {
      const c = op.column;
      if (c.generatedStored) return verdict("COPY", `adding the stored generated column ${c.name}`, { concurrentDml: false });
      if (c.identity) return verdict("INPLACE", `adding the AUTO_INCREMENT column ${c.name}`, { concurrentDml: false, rebuildsTable: true });
      if (c.primaryKey) return verdict("INPLACE", `adding ${c.name} as the primary key`, { rebuildsTable: true });
      if (c.unique) return verdict("INPLACE", `adding ${c.name} with a unique index`, { rebuildsTable: !instantAddColumn(op, server) });
      if (instantAddColumn(op, server)) return verdict("INSTANT", `adding column ${c.name}`);
      return verdict("INPLACE", `adding column ${c.name}`, { rebuildsTable: true });
    }
    case "dropColumn":
      return verdict("INPLACE", `dropping column ${op.column}`, { rebuildsTable: true });
    case "renameColumn":
      return verdict(mariadb && version >= 100300 || !mariadb && version >= 80028 ? "INSTANT" : "INPLACE", `renaming column ${op.column} to ${op.newName}`);
    case "alterColumnType":
      return typeChange(ctx.column?.type ?? null, op.type, server, op.column);
    case "setNotNull":
    case "dropNotNull": {
      const wantNotNull = op.kind === "setNotNull";
      if (ctx.column && ctx.column.notNull === wantNotNull) return verdict("INSTANT", `keeping ${op.column} ${wantNotNull ? "NOT NULL" : "nullable"}`);
      return verdict("INPLACE", `making ${op.column} ${wantNotNull ? "NOT NULL" : "nullable"}`, { rebuildsTable: true });
    }
    case "setDefault":
    case "dropDefault":
    case "comment":
      return verdict(mariadb || version >= 8e4 ? "INSTANT" : "INPLACE", op.kind === "comment" ? "changing a comment" : `changing the default of ${op.column}`);
    case "createIndex": {
      const method = (op.method ?? "").toLowerCase();
      if (method === "fulltext" || method === "spatial") {
        return verdict("INPLACE", `building the ${method.toUpperCase()} index ${op.name ?? ""}`.trim(), { concurrentDml: false });
      }
      return verdict("INPLACE", `building the index ${op.name ?? `on ${op.table} (${op.columns.join(", ")})`}`);
    }
    case "dropIndex":
      return verdict("INPLACE", `dropping the index ${op.name}`);
    case "addConstraint": {
      const c = op.constraint;
      const name = c.name ?? `(${c.columns.join(", ")})`;
      if (c.kind === "foreignKey") {
        if (ctx.foreignKeyChecksOff) return verdict("INPLACE", `adding the foreign key ${name}`);
        return verdict("COPY", `adding the foreign key ${name} while foreign_key_checks is on`, { concurrentDml: false });
      }
      if (c.kind === "primaryKey") return verdict("INPLACE", `adding the primary key (${c.columns.join(", ")})`, { rebuildsTable: true });
      if (c.kind === "unique") return verdict("INPLACE", `building the unique index ${name}`);
      if (c.kind === "check") return verdict("COPY", `adding the CHECK constraint ${name} (every row is checked in a table copy)`, { concurrentDml: false });
      return verdict("COPY", `adding the constraint ${name}`, { concurrentDml: false });
    }
    case "dropConstraint": {
      const kind = op.constraintKind ?? ctx.table?.constraints.get(op.name)?.kind ?? null;
      if (kind === "primaryKey") return verdict("COPY", "dropping the primary key", { concurrentDml: false });
      return verdict("INPLACE", `dropping the constraint ${op.name}`);
    }
    case "renameTable":
      return verdict("INSTANT", `renaming ${op.table} to ${op.newName}`);
    case "alterTableOption":
      return tableOptionVerdict(op.option, op.detail, op.table, server);
    default:
      return null;
  }
}
function instantAddColumn(op, server) {
  const appended = !op.position;
  if (server.mariadb) return server.version >= 100400 || server.version >= 100300 && appended;
  return server.version >= 80029 || server.version >= 80012 && appended;
}
function tableOptionVerdict(option, detail, table, server) {
  switch (option) {
    case "convertCharset":
      return verdict("COPY", `converting every text column of ${table} to ${detail}`, { concurrentDml: false });
    case "defaultCharset":
      return server.mariadb ? verdict("INSTANT", `changing the default character set of ${table}`) : verdict("INPLACE", `changing the default character set of ${table}`, { concurrentDml: false, rebuildsTable: true });
    case "engine":
      if (detail === "innodb") return verdict("INPLACE", `rebuilding ${table} (ENGINE=InnoDB)`, { rebuildsTable: true });
      return verdict("COPY", `moving ${table} to the ${detail} engine`, { concurrentDml: false });
    case "force":
    case "rowFormat":
    case "keyBlockSize":
    case "compression":
    case "encryption":
      return verdict("INPLACE", `rebuilding ${table} (${detail})`, { rebuildsTable: true });
    case "autoIncrement":
    case "stats":
      return verdict("INPLACE", `changing ${detail} of ${table}`);
    case "renameIndex":
    case "indexVisibility":
    case "columnVisibility":
      return verdict(server.mariadb || server.version >= 8e4 ? "INSTANT" : "INPLACE", `${option === "renameIndex" ? "renaming index" : "changing the visibility of"} ${detail}`);
    case "columnOrder":
      return server.mariadb && server.version >= 100400 ? verdict("INSTANT", `moving column ${detail}`) : verdict("INPLACE", `moving column ${detail}`, { rebuildsTable: true });
    case "partition":
      return verdict("COPY", `${detail} on ${table}`, { concurrentDml: false });
    case "orderBy":
      return verdict("COPY", `reordering the rows of ${table}`, { concurrentDml: false });
    case "keys":
    case "checkEnforcement":
      return verdict("INPLACE", `${detail} on ${table}`);
    default:
      return verdict("COPY", `changing ${detail} of ${table}`, { concurrentDml: false });
  }
}
var ORM_ALTER_KINDS = /* @__PURE__ */ new Set([
  "addColumn",
  "dropColumn",
  "renameColumn",
  "alterColumnType",
  "setNotNull",
  "dropNotNull",
  "setDefault",
  "dropDefault",
  "createIndex",
  "dropIndex",
  "addConstraint",
  "dropConstraint",
  "alterTableOption"
]);
function takesOnlineClauses(op) {
  if (op.online) return true;
  return op.sql === void 0 && ORM_ALTER_KINDS.has(op.kind);
}
function mysqlAlterStatements(ops) {
  const groups = [];
  for (const op of ops) {
    if (!takesOnlineClauses(op) || !("table" in op) || typeof op.table !== "string") continue;
    const last = groups[groups.length - 1];
    if (last && last.loc.line === op.loc.line && last.loc.column === op.loc.column && last.loc.file === op.loc.file && last.ops[0]?.online === op.online) {
      last.ops.push(op);
    } else groups.push({ ops: [op], loc: op.loc, table: op.table });
  }
  return groups;
}
function mysqlStatementOnline(ops, server, contextOf) {
  const replacesPrimaryKey = ops.some((op) => op.kind === "dropConstraint" && (op.constraintKind === "primaryKey" || op.name === "PRIMARY")) && ops.some((op) => op.kind === "addConstraint" && op.constraint.kind === "primaryKey");
  let result = null;
  for (const op of ops) {
    let v = mysqlOpOnline(op, server, contextOf(op));
    if (!v) continue;
    if (replacesPrimaryKey && op.kind === "dropConstraint") v = verdict("INPLACE", "replacing the primary key", { rebuildsTable: true });
    if (!result) {
      result = { ...v, worst: op };
      continue;
    }
    const worse = RANK[v.algorithm] > RANK[result.algorithm] || !v.concurrentDml && result.concurrentDml;
    result = {
      algorithm: RANK[v.algorithm] > RANK[result.algorithm] ? v.algorithm : result.algorithm,
      concurrentDml: result.concurrentDml && v.concurrentDml,
      rebuildsTable: result.rebuildsTable || v.rebuildsTable,
      what: worse ? v.what : result.what,
      worst: worse ? op : result.worst
    };
  }
  return result;
}
function foreignKeyChecksOffByOp(ops) {
  const offBefore = /* @__PURE__ */ new Map();
  let off = false;
  for (const o of ops) {
    offBefore.set(o, off);
    if (o.kind === "other" && o.statement === "SET" && typeof o.object === "string" && o.object.startsWith("foreign_key_checks=")) {
      off = o.object === "foreign_key_checks=0";
    }
  }
  return offBefore;
}
function mysqlServerOf(settings) {
  return { version: settings.mysqlVersion ?? (settings.mariadb ? 101100 : 80035), mariadb: settings.mariadb };
}
function onlineClause(v) {
  return v.algorithm === "INSTANT" ? "ALGORITHM=INSTANT" : "ALGORITHM=INPLACE, LOCK=NONE";
}
var ONLINE_CLAUSE = /\s*,?\s*\b(?:ALGORITHM|LOCK)\s*=?\s*(?:DEFAULT|INSTANT|INPLACE|COPY|NOCOPY|NONE|SHARED|EXCLUSIVE)\b/gi;
var ALTER_HEAD = /^\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?((?:`[^`]*`|\w+)(?:\.(?:`[^`]*`|\w+))?)\s*/i;
function withoutOnlineClauses(sql) {
  return sql.replace(ONLINE_CLAUSE, "").replace(/^(\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+\S+)\s*,\s*/i, "$1 ").replace(/[\s;]+$/, "");
}
function withOnlineClause(sql, clause) {
  let bare = withoutOnlineClauses(sql);
  const dropIndex = /^\s*DROP\s+INDEX\s+(IF\s+EXISTS\s+)?(\S+)\s+ON\s+(\S+)\s*$/i.exec(bare);
  if (dropIndex) bare = `ALTER TABLE ${dropIndex[3]} DROP INDEX ${dropIndex[1] ?? ""}${dropIndex[2]}`;
  if (/^\s*CREATE\b/i.test(bare)) return `${bare} ${clause.replace(",", "")};`;
  return `${bare}, ${clause};`;
}
function alterActions(sql) {
  const head = ALTER_HEAD.exec(sql);
  if (!head) return null;
  const actions = sql.slice(head[0].length).replace(ONLINE_CLAUSE, "").replace(/^\s*,\s*/, "").replace(/[\s;]+$/, "").replace(/\s+/g, " ");
  return { table: (head[1] ?? "").replace(/`/g, ""), actions };
}
function judgeMysqlStatements(ops, server, factsOf) {
  const judged = [];
  const foreignKeyChecksOff = foreignKeyChecksOffByOp(ops);
  for (const group of mysqlAlterStatements(ops)) {
    const first = group.ops[0];
    if (!first || !factsOf(first).tableExisted) continue;
    const verdict2 = mysqlStatementOnline(group.ops, server, (op) => {
      const facts = factsOf(op);
      return { column: facts.column, table: facts.table, foreignKeyChecksOff: foreignKeyChecksOff.get(op) ?? false };
    });
    if (verdict2) judged.push({ ...group, verdict: verdict2 });
  }
  return judged;
}
function explicitOnline(online) {
  const algorithm = (online?.algorithm ?? "").toUpperCase();
  const lock = (online?.lock ?? "").toUpperCase();
  return {
    forcesCopy: algorithm === "COPY",
    blockingLock: lock === "SHARED" || lock === "EXCLUSIVE",
    // INSTANT never blocks writes; LOCK=NONE makes the server refuse rather than block.
    guaranteedOnline: algorithm === "INSTANT" && lock !== "SHARED" && lock !== "EXCLUSIVE" || lock === "NONE" && algorithm !== "COPY"
  };
}
function renderMysqlAlter(ops, typeOf) {
  const table = ops.find((op) => "table" in op && typeof op.table === "string")?.table ?? "<table>";
  const actions = [];
  const modify = /* @__PURE__ */ new Map();
  const modifyOf = (column) => {
    let m = modify.get(column);
    if (!m) {
      m = { type: null, notNull: null, default: null };
      modify.set(column, m);
      actions.push(`\0${column}`);
    }
    return m;
  };
  for (const op of ops) {
    switch (op.kind) {
      case "addColumn": {
        const c = op.column;
        const position = op.position === "first" ? " FIRST" : op.position ? ` AFTER ${op.position.after}` : "";
        actions.push(`ADD COLUMN ${c.name} ${c.type?.text ?? "<type>"}${c.notNull ? " NOT NULL" : ""}${c.default ? ` DEFAULT ${c.default.sql}` : ""}${position}`);
        break;
      }
      case "dropColumn":
        actions.push(`DROP COLUMN ${op.column}`);
        break;
      case "renameColumn":
        actions.push(`RENAME COLUMN ${op.column} TO ${op.newName}`);
        break;
      case "alterColumnType":
        modifyOf(op.column).type = op.type.text;
        break;
      case "setNotNull":
      case "dropNotNull":
        modifyOf(op.column).notNull = op.kind === "setNotNull";
        break;
      case "setDefault":
        if (modify.has(op.column)) modifyOf(op.column).default = op.default.sql;
        else actions.push(`ALTER COLUMN ${op.column} SET DEFAULT ${op.default.sql}`);
        break;
      case "dropDefault":
        actions.push(`ALTER COLUMN ${op.column} DROP DEFAULT`);
        break;
      case "createIndex": {
        const kind = op.unique ? "UNIQUE INDEX" : op.method === "fulltext" ? "FULLTEXT INDEX" : op.method === "spatial" ? "SPATIAL INDEX" : "INDEX";
        actions.push(`ADD ${kind}${op.name ? ` ${op.name}` : ""} (${op.columns.join(", ")})`);
        break;
      }
      case "dropIndex":
        actions.push(`DROP INDEX ${op.name}`);
        break;
      case "addConstraint": {
        const c = op.constraint;
        const named = c.name && c.kind !== "primaryKey" ? `CONSTRAINT ${c.name} ` : "";
        if (c.kind === "primaryKey") actions.push(`ADD PRIMARY KEY (${c.columns.join(", ")})`);
        else if (c.kind === "foreignKey") {
          const references = c.references ? ` REFERENCES ${c.references.table} (${c.references.columns.join(", ")})` : "";
          actions.push(`ADD ${named}FOREIGN KEY (${c.columns.join(", ")})${references}`);
        } else if (c.kind === "check") actions.push(`ADD ${named}CHECK (${c.expression ?? "..."})`);
        else actions.push(`ADD ${named}UNIQUE (${c.columns.join(", ")})`);
        break;
      }
      case "dropConstraint":
        actions.push(op.constraintKind === "primaryKey" ? "DROP PRIMARY KEY" : op.constraintKind === "foreignKey" ? `DROP FOREIGN KEY ${op.name}` : `DROP CONSTRAINT ${op.name}`);
        break;
      case "alterTableOption":
        actions.push(op.option === "convertCharset" ? `CONVERT TO CHARACTER SET ${op.detail}` : op.option === "engine" ? `ENGINE=${op.detail}` : op.detail);
        break;
      default:
        break;
    }
  }
  const rendered = actions.map((action) => {
    if (!action.startsWith("\0")) return action;
    const column = action.slice(1);
    const m = modify.get(column);
    const type = m.type ?? typeOf(table, column)?.text ?? "<type>";
    return `MODIFY COLUMN ${column} ${type}${m.notNull ? " NOT NULL" : ""}${m.default !== null ? ` DEFAULT ${m.default}` : ""}`;
  });
  return { table, actions: rendered.join(", ") };
}
function mysqlStatementText(group, typeOf) {
  const sql = group.ops[0]?.sql;
  if (sql) return sql;
  const { table, actions } = renderMysqlAlter(group.ops, typeOf);
  return `ALTER TABLE ${table} ${actions}`;
}
function inFramework(sql, framework) {
  const statement = sql.replace(/;\s*$/, "");
  if (framework === "alembic") return `op.execute(${JSON.stringify(statement)})`;
  if (framework === "knex") return `knex.raw('${statement.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}')`;
  return `${statement};`;
}

// rules/mysql-missing-online-ddl.ts
var mysql_missing_online_ddl_default = defineRule({
  id: "mysql-missing-online-ddl",
  category: "mysql",
  severity: "warning",
  dialects: ["mysql"],
  summary: "ALTER TABLE / CREATE INDEX on an existing table without explicit ALGORITHM=INPLACE|INSTANT, LOCK=NONE",
  docs: {
    why: "Without ALGORITHM and LOCK clauses MySQL picks the best method it can, and when an online method is not possible (a FULLTEXT index already on the table, too many instant changes, an older server than expected) it silently falls back to copying the table with writes blocked. With ALGORITHM=INSTANT, or LOCK=NONE, the server refuses the statement instead, so the migration fails fast rather than taking production down.",
    history: "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, email varchar(100));",
    bad: "ALTER TABLE users ADD INDEX users_email_idx (email);",
    good: "ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE;"
  },
  check(ctx) {
    const server = mysqlServerOf(ctx.settings);
    return judgeMysqlStatements(ctx.ops(), server, (op) => ctx.facts(op)).flatMap((statement) => {
      const first = statement.ops[0];
      const explicit = explicitOnline(first.online);
      if (!isOnline(statement.verdict) || explicit.guaranteedOnline || explicit.forcesCopy || explicit.blockingLock) return [];
      const clause = onlineClause(statement.verdict);
      const statementSql = mysqlStatementText(statement, (_table, column) => {
        const op = statement.ops.find((o) => "column" in o && o.column === column);
        return op ? ctx.facts(op).column?.type ?? null : null;
      });
      const what = `${capitalise(statement.verdict.what)} on ${statement.table} can run online`;
      const serverName = server.mariadb ? "MariaDB" : "MySQL";
      const message = first.online?.algorithm ? `${what}, but ALGORITHM=${first.online.algorithm} without LOCK=NONE lets ${serverName} take a lock that blocks writes when it cannot run it concurrently.` : `${what}, but without ${clause} ${serverName} silently falls back to a table copy that blocks writes when it cannot.`;
      return [
        ctx.finding(first, {
          message,
          suggestion: inFramework(withOnlineClause(statementSql, clause), ctx.migration.framework)
        })
      ];
    });
  }
});
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// rules/mysql-unsafe-alter.ts
function toolSuggestion(statement, statementSql, server) {
  const parsed = alterActions(statementSql);
  const table = parsed?.table ?? statement.table;
  const actions = parsed?.actions ?? "<the ALTER actions>";
  const pt = `pt-online-schema-change --alter "${actions}" D=<database>,t=${table} --execute`;
  if (server.mariadb) return `Run the change with an online schema change tool instead of a plain ALTER: ${pt}`;
  return `Run the change with an online schema change tool instead of a plain ALTER: ${pt} (or gh-ost --table=${table} --alter="${actions}" --execute)`;
}
function specificSuggestion(statement, statementSql, server, framework) {
  const worst = statement.verdict.worst;
  const { table } = statement;
  const tool = () => toolSuggestion(statement, statementSql, server);
  if (worst?.kind === "addConstraint" && worst.constraint.kind === "foreignKey") {
    const c = worst.constraint;
    const name = c.name ? `CONSTRAINT ${c.name} ` : "";
    const references = c.references ? ` REFERENCES ${c.references.table} (${c.references.columns.join(", ")})` : "";
    const sql = ["SET foreign_key_checks = 0", `ALTER TABLE ${table} ADD ${name}FOREIGN KEY (${c.columns.join(", ")})${references}, ALGORITHM=INPLACE, LOCK=NONE`, "SET foreign_key_checks = 1"];
    return `${sql.map((q2) => inFramework(q2, framework)).join(" ")} then check for orphaned rows yourself, since existing rows are not validated.`;
  }
  if (worst?.kind === "dropConstraint" && statement.ops.every((op) => op.kind !== "addConstraint")) {
    const replace = inFramework(`ALTER TABLE ${table} DROP PRIMARY KEY, ADD PRIMARY KEY (<new columns>), ALGORITHM=INPLACE, LOCK=NONE`, framework);
    return `Replace the primary key in one statement so InnoDB can rebuild in place: ${replace} or ${tool().replace(/^Run/, "run")}`;
  }
  if (worst?.kind === "alterColumnType") {
    const clause = server.mariadb || server.version >= 80029 ? "ALGORITHM=INSTANT" : "ALGORITHM=INPLACE, LOCK=NONE";
    const add = inFramework(`ALTER TABLE ${table} ADD COLUMN ${worst.column}_new ${worst.type.text}, ${clause}`, framework);
    return `Add a new column, write both, backfill in batches and swap (${add}), or ${tool().replace(/^Run/, "run")}`;
  }
  return tool();
}
var mysql_unsafe_alter_default = defineRule({
  id: "mysql-unsafe-alter",
  category: "mysql",
  severity: "error",
  dialects: ["mysql"],
  summary: "ALTER that copies the table or blocks writes on MySQL/MariaDB",
  docs: {
    why: "Some changes have no online path in InnoDB: a column type change, CONVERT TO CHARACTER SET, dropping the primary key, ADD FOREIGN KEY with foreign_key_checks on, a CHECK constraint, a FULLTEXT index. MySQL then copies the whole table (ALGORITHM=COPY) or takes LOCK=SHARED, and every INSERT, UPDATE and DELETE waits until it finishes. Explicit ALGORITHM=COPY or LOCK=SHARED/EXCLUSIVE does the same on purpose.",
    history: "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, visits int NOT NULL, email varchar(50));",
    bad: "ALTER TABLE users MODIFY visits bigint NOT NULL;",
    good: "ALTER TABLE users MODIFY email varchar(60), ALGORITHM=INPLACE, LOCK=NONE;"
  },
  check(ctx) {
    const server = mysqlServerOf(ctx.settings);
    const framework = ctx.migration.framework;
    const serverName = server.mariadb ? "MariaDB" : "MySQL";
    return judgeMysqlStatements(ctx.ops(), server, (op) => ctx.facts(op)).flatMap((statement) => {
      const first = statement.ops[0];
      const { verdict: verdict2, table } = statement;
      const explicit = explicitOnline(first.online);
      const statementSql = mysqlStatementText(statement, (_table, column) => {
        const op = statement.ops.find((o) => "column" in o && o.column === column);
        return op ? ctx.facts(op).column?.type ?? null : null;
      });
      if (!isOnline(verdict2)) {
        const effect = verdict2.algorithm === "COPY" ? `${serverName} copies the whole ${table} table, and writes to ${table} are blocked until the copy finishes` : `${serverName} runs it in place but blocks writes to ${table} until it finishes (LOCK=SHARED at best)`;
        const refused = explicit.guaranteedOnline ? " With the ALGORITHM/LOCK clauses given, the server will refuse the statement instead." : "";
        return [ctx.finding(first, { message: `${capitalise2(verdict2.what)}: ${effect}.${refused}`, suggestion: specificSuggestion(statement, statementSql, server, framework) })];
      }
      if (explicit.forcesCopy || explicit.blockingLock) {
        const clause = [first.online?.algorithm ? `ALGORITHM=${first.online.algorithm}` : "", first.online?.lock ? `LOCK=${first.online.lock}` : ""].filter(Boolean).join(", ");
        const effect = explicit.forcesCopy ? `copies the whole ${table} table and blocks writes to it until the copy finishes` : `blocks writes to ${table}${first.online?.lock?.toUpperCase() === "EXCLUSIVE" ? " and reads" : ""} until the change finishes`;
        return [
          ctx.finding(first, {
            message: `${clause} ${effect}, although ${verdict2.what} can run online.`,
            suggestion: inFramework(withOnlineClause(statementSql, onlineClause(verdict2)), framework)
          })
        ];
      }
      return [];
    });
  }
});
function capitalise2(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  category: "hygiene",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "A file or statement that cannot be parsed",
  docs: {
    why: "A statement the linter cannot parse is a statement nobody has checked; it may also fail at deploy time. The rest of the file is still linted.",
    bad: "ALTER TABLE users ADD COLUMN;",
    good: "ALTER TABLE users ADD COLUMN nickname text;"
  },
  check(ctx) {
    return ctx.ops("unparsed").filter((op) => op.reason === "parse").map((op) => ctx.finding(op, { message: `Cannot parse this: ${op.message}.`, suggestion: "Fix the syntax; if the statement is valid for your database version, report it with the statement attached." }));
  }
});

// rules/prefer-bigint-pk.ts
var SMALL_INT = /* @__PURE__ */ new Map([
  ["int4", ["2,147,483,647", "4,294,967,295"]],
  ["int", ["2,147,483,647", "4,294,967,295"]],
  ["integer", ["2,147,483,647", "4,294,967,295"]],
  ["mediumint", ["8,388,607", "16,777,215"]]
]);
function primaryKeys(op) {
  if (op.kind === "addColumn") return op.column.primaryKey ? [op.column] : [];
  if (op.kind !== "createTable") return [];
  const tableKeys = op.constraints.filter((c) => c.kind === "primaryKey");
  const out = op.columns.filter((c) => c.primaryKey);
  for (const k of tableKeys) {
    if (k.columns.length !== 1) continue;
    const col = op.columns.find((c) => c.name === k.columns[0]);
    if (col && !out.includes(col)) out.push(col);
  }
  return out;
}
var prefer_bigint_pk_default = defineRule({
  id: "prefer-bigint-pk",
  category: "style",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  defaultOff: true,
  summary: "integer / serial primary key instead of bigint",
  docs: {
    why: "A 32-bit key runs out at 2,147,483,647. Tables that grow (events, orders, logs) reach it sooner than expected, and widening the key then rewrites the table and every foreign key that points at it under an exclusive lock. bigint costs 4 more bytes per row.",
    bad: "CREATE TABLE orders (id serial PRIMARY KEY, total numeric(12,2));",
    good: "CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(12,2));"
  },
  check(ctx) {
    return ctx.ops("createTable", "addColumn").flatMap(
      (op) => primaryKeys(op).filter((c) => c.type && !c.type.array && SMALL_INT.has(c.type.name.replace(/ unsigned$/, ""))).map((c) => {
        const table = op.kind === "createTable" || op.kind === "addColumn" ? op.table : "";
        const mysql = ctx.migration.dialect === "mysql";
        const unsigned = c.type.name.endsWith(" unsigned");
        const generated = c.identity ? mysql ? "BIGINT UNSIGNED AUTO_INCREMENT" : "bigint GENERATED ALWAYS AS IDENTITY (or bigserial)" : mysql ? `BIGINT${unsigned ? " UNSIGNED" : ""}` : "bigint";
        const limit = SMALL_INT.get(c.type.name.replace(/ unsigned$/, ""))[unsigned ? 1 : 0];
        return ctx.finding(op, {
          message: `Primary key ${table}.${c.name} is ${c.type.text}: it runs out at ${limit}, and widening it later rewrites ${table} and every foreign key that references it.`,
          suggestion: `Declare ${c.name} as ${generated}.`
        });
      })
    );
  }
});

// src/schema/defined-types.ts
function definedColumnTypes(ops) {
  const out = [];
  for (const op of ops) {
    if (op.kind === "createTable") {
      for (const c of op.columns) if (c.type) out.push({ op, table: op.table, column: c.name, type: c.type });
    }
    if (op.kind === "addColumn" && op.column.type) out.push({ op, table: op.table, column: op.column.name, type: op.column.type });
    if (op.kind === "alterColumnType") out.push({ op, table: op.table, column: op.column, type: op.type });
  }
  return out;
}

// rules/prefer-jsonb.ts
var prefer_jsonb_default = defineRule({
  id: "prefer-jsonb",
  category: "style",
  severity: "warning",
  dialects: ["postgres"],
  defaultOff: true,
  summary: "json instead of jsonb",
  docs: {
    why: "json stores the raw text and re-parses it on every access; it cannot be indexed with GIN, has no equality operator (so DISTINCT, GROUP BY and UNIQUE fail on it) and lacks the containment operators. jsonb is the better default unless key order or duplicate keys must be preserved.",
    bad: "CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);",
    good: "CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL);"
  },
  check(ctx) {
    return definedColumnTypes(ctx.ops("createTable", "addColumn", "alterColumnType")).filter((d) => d.type.name === "json").map((d) => ctx.finding(d.op, {
      message: `${d.table}.${d.column} is json: it is re-parsed on every access, cannot be GIN-indexed and has no equality operator.`,
      suggestion: `Declare ${d.column} as jsonb${d.type.array ? "[]" : ""} (keep json only if key order or duplicate keys must be preserved).`
    }));
  }
});

// rules/prefer-text.ts
var prefer_text_default = defineRule({
  id: "prefer-text",
  category: "style",
  severity: "warning",
  dialects: ["postgres"],
  defaultOff: true,
  summary: "varchar(n) instead of text",
  docs: {
    why: "In PostgreSQL varchar(n) and text are stored identically; the length limit is the only difference, and it is usually arbitrary (255 is a MySQL habit). Raising it later is a migration of its own, and lowering it rewrites the table. Use text, and a CHECK constraint when the limit is a real business rule (a CHECK can be added NOT VALID and changed without a rewrite).",
    bad: "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);",
    good: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);"
  },
  check(ctx) {
    return definedColumnTypes(ctx.ops("createTable", "addColumn", "alterColumnType")).filter((d) => d.type.name === "varchar" && d.type.args.length > 0).map((d) => {
      const n = d.type.args[0];
      return ctx.finding(d.op, {
        message: `${d.table}.${d.column} is ${d.type.text}: in PostgreSQL the limit buys no storage or speed, and changing it later needs another migration.`,
        suggestion: `Declare ${d.column} as text${d.type.array ? "[]" : ""}; if ${n} characters is a real rule, add CHECK (char_length(${d.column}) <= ${n}).`
      });
    });
  }
});

// rules/prefer-timestamptz.ts
var prefer_timestamptz_default = defineRule({
  id: "prefer-timestamptz",
  category: "style",
  severity: "warning",
  dialects: ["postgres"],
  defaultOff: true,
  summary: "timestamp without time zone instead of timestamptz",
  docs: {
    why: "timestamp (without time zone) stores wall-clock values with no offset: the same instant reads differently depending on the session TimeZone, and comparisons across zones or DST changes go wrong. timestamptz stores an absolute instant and costs the same 8 bytes.",
    bad: "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now());",
    good: "CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());"
  },
  check(ctx) {
    return definedColumnTypes(ctx.ops("createTable", "addColumn", "alterColumnType")).filter((d) => d.type.name === "timestamp").map((d) => {
      const precision = d.type.args.length ? `(${d.type.args.join(",")})` : "";
      const better = `timestamptz${precision}${d.type.array ? "[]" : ""}`;
      return ctx.finding(d.op, {
        message: `${d.table}.${d.column} is ${d.type.text} (without time zone): it stores no offset, so its values shift with the session TimeZone and break across time zones and DST changes.`,
        suggestion: `Declare ${d.column} as ${better}.`
      });
    });
  }
});

// rules/reindex-non-concurrent.ts
var reindex_non_concurrent_default = defineRule({
  id: "reindex-non-concurrent",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "REINDEX without CONCURRENTLY (PostgreSQL 12+)",
  docs: {
    why: "A plain REINDEX locks out writes to the table (SHARE) and holds ACCESS EXCLUSIVE on each index it rebuilds, so queries that use those indexes wait too, for the whole rebuild. Since PostgreSQL 12, REINDEX ... CONCURRENTLY rebuilds without blocking reads or writes.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);",
    bad: "REINDEX INDEX users_email_idx;",
    good: "REINDEX INDEX CONCURRENTLY users_email_idx;"
  },
  check(ctx) {
    if (ctx.settings.pgVersion < 12) return [];
    return ctx.ops("reindex").filter((op) => {
      if (op.concurrently) return false;
      if (op.target === "system") return false;
      return ctx.facts(op).tableExisted;
    }).map((op) => {
      const target = op.target.toUpperCase();
      const what = op.target === "index" ? `index ${op.name}: writes to its table and queries that use the index` : op.target === "table" ? `the indexes of ${op.name}: writes to ${op.name} and queries that use its indexes` : `every index in ${op.target} ${op.name}: writes to each table and queries that use its indexes, table by table,`;
      return ctx.finding(op, {
        message: `REINDEX ${target} ${op.name} rebuilds ${what} wait until the rebuild finishes.`,
        suggestion: `REINDEX ${target} CONCURRENTLY ${op.name}; in a migration that does not run in a transaction.`
      });
    });
  }
});

// rules/rename-column.ts
var rename_column_default = defineRule({
  id: "rename-column",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "Renaming a column in place",
  docs: {
    why: 'A rename takes effect the moment the migration commits, but the previous application version keeps running until the deploy finishes. Its queries still use the old name and fail ("column does not exist") for the whole rollout. Expand and contract instead: add the new column, write both, backfill, move reads, and drop the old column in a later release.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, name text);",
    bad: "ALTER TABLE users RENAME COLUMN name TO full_name;",
    good: "-- Expand: add the new column; the code writes both until reads have moved, then name is dropped later.\nALTER TABLE users ADD COLUMN full_name text;"
  },
  check(ctx) {
    return ctx.ops("renameColumn").flatMap((op) => {
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.column?.createdInChange) return [];
      const { table, column: from, newName: to } = op;
      const type = facts.column?.type?.text ?? `<type of ${from}>`;
      return [ctx.finding(op, {
        message: `Renaming ${table}.${from} to ${to} breaks the application version still running during the deploy: its queries that use ${from} fail as soon as this migration commits.`,
        suggestion: [
          `Expand and contract over several releases:`,
          `1) ALTER TABLE ${table} ADD COLUMN ${to} ${type}; and make the code write both ${from} and ${to} (or add a trigger that copies ${from} into ${to});`,
          `2) backfill in batches: UPDATE ${table} SET ${to} = ${from} WHERE ${to} IS NULL AND <next batch of keys>;`,
          `3) switch reads to ${to}, then stop writing ${from};`,
          `4) mark ${table}.${from} deprecated and drop it in a later release.`
        ].join(" ")
      })];
    });
  }
});

// rules/rename-table.ts
var rename_table_default = defineRule({
  id: "rename-table",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "Renaming a table in place",
  docs: {
    why: 'A rename takes effect the moment the migration commits, but the previous application version keeps running until the deploy finishes. Its queries still use the old name and fail ("relation does not exist") for the whole rollout. Leave a view under the old name in the same transaction (a single-table view is updatable, so old code keeps reading and writing), or expand and contract.',
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users RENAME TO accounts;",
    good: [
      "BEGIN;",
      "ALTER TABLE users RENAME TO accounts;",
      '-- Old code keeps working through the view; drop it once no code uses "users".',
      "CREATE VIEW users AS SELECT * FROM accounts;",
      "COMMIT;"
    ].join("\n")
  },
  check(ctx) {
    const renames = ctx.ops("renameTable");
    if (renames.length === 0) return [];
    const order = opOrder(ctx.ops(), ctx.facts);
    return renames.flatMap((op) => {
      const facts = ctx.facts(op);
      if (!facts.tableExisted) return [];
      const { table: from, newName: to } = op;
      const view = order.viewAfter(op, from);
      const pg = ctx.migration.dialect === "postgres";
      if (pg && facts.inTransaction && view !== null && view.index < order.transactionEndAfter(op)) return [];
      const late = view ? ` The view ${from} at line ${view.op.loc.line} does not help: it is not created in the same transaction, so the name is missing in between.` : "";
      return [ctx.finding(op, {
        message: `Renaming table ${from} to ${to} breaks the application version still running during the deploy: its queries on ${from} fail as soon as this migration commits.${late}`,
        suggestion: pg ? `In the same transaction, leave an updatable view under the old name: ALTER TABLE ${from} RENAME TO ${to}; CREATE VIEW ${from} AS SELECT * FROM ${to}; then move the code to ${to} and DROP VIEW ${from} in a later release. Or expand and contract: create ${to}, write to both, backfill, move reads, and drop ${from} after deprecating it.` : `Expand and contract (MySQL commits each DDL statement on its own, so a rename cannot be hidden behind a view atomically): create ${to}, write to both tables, backfill ${to} in batches, move reads to ${to}, and drop ${from} in a later release after deprecating it.`
      })];
    });
  }
});
function opOrder(all, facts) {
  const position = /* @__PURE__ */ new Map();
  const views = /* @__PURE__ */ new Map();
  const boundaryFrom = new Array(all.length + 1);
  boundaryFrom[all.length] = all.length;
  for (let i = all.length - 1; i >= 0; i--) {
    const op = all[i];
    boundaryFrom[i] = op.kind === "transaction" || !facts(op).inTransaction ? i : boundaryFrom[i + 1];
  }
  all.forEach((op, i) => {
    position.set(op, i);
    if (op.kind === "other" && op.statement === "ViewStmt" && op.object) {
      const list = views.get(op.object);
      if (list) list.push(i);
      else views.set(op.object, [i]);
    }
  });
  return {
    /** The first view named `name` created after `op`. */
    viewAfter(op, name) {
      const at = position.get(op) ?? -1;
      const index = views.get(name)?.find((i) => i > at);
      return index === void 0 ? null : { op: all[index], index };
    },
    /** Index of the first op after `op` that is not in the same transaction. */
    transactionEndAfter(op) {
      return boundaryFrom[(position.get(op) ?? all.length - 1) + 1];
    }
  };
}

// rules/require-concurrent-index.ts
var require_concurrent_index_default = defineRule({
  id: "require-concurrent-index",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "CREATE INDEX on an existing table without CONCURRENTLY",
  docs: {
    why: "A plain CREATE INDEX holds a SHARE lock on the table: every INSERT, UPDATE and DELETE waits until the whole index is built, which takes minutes on a large table.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "CREATE INDEX users_email_idx ON users (email);",
    good: "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);"
  },
  check(ctx) {
    return ctx.ops("createIndex").filter((op) => !op.concurrently && ctx.facts(op).tableExisted).map((op) => {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      const unique = op.unique ? "UNIQUE " : "";
      const where = op.where ? ` WHERE ${op.where}` : "";
      return ctx.finding(op, {
        message: `Building index ${name} takes a SHARE lock on ${op.table}: writes to ${op.table} wait until the whole build finishes.`,
        suggestion: `CREATE ${unique}INDEX CONCURRENTLY ${name} ON ${op.table} (${op.columns.join(", ")})${where}; in a migration that does not run in a transaction.`
      });
    });
  }
});

// rules/require-concurrent-index-drop.ts
var require_concurrent_index_drop_default = defineRule({
  id: "require-concurrent-index-drop",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "DROP INDEX on an existing table without CONCURRENTLY",
  docs: {
    why: "A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table. The drop itself is quick, but it first waits for every running query on the table, and all reads and writes queue behind it meanwhile. DROP INDEX CONCURRENTLY waits without blocking anyone.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);",
    bad: "DROP INDEX users_email_idx;",
    good: "DROP INDEX CONCURRENTLY users_email_idx;"
  },
  check(ctx) {
    return ctx.ops("dropIndex").filter((op) => !op.concurrently && ctx.facts(op).tableExisted).map((op) => {
      const table = op.table ?? ctx.facts(op).table?.name ?? null;
      const on = table ? `table ${table}` : `the table of ${op.name}`;
      const sql = `DROP INDEX CONCURRENTLY ${op.ifExists ? "IF EXISTS " : ""}${op.name};`;
      const hint = {
        sql: " in a migration that does not run in a transaction.",
        alembic: ` (op.drop_index("${op.name}", postgresql_concurrently=True${op.ifExists ? ", if_exists=True" : ""}) inside with op.get_context().autocommit_block():)`,
        knex: ` (knex.raw('${sql.slice(0, -1)}') in a migration with exports.config = { transaction: false })`,
        django: ` (django.contrib.postgres.operations.RemoveIndexConcurrently in a migration with atomic = False)`
      };
      return ctx.finding(op, {
        message: `DROP INDEX ${op.name} takes an ACCESS EXCLUSIVE lock on ${on}: ${LOCK_BLOCKS["ACCESS EXCLUSIVE"]} on it wait, first behind every running query, then for the drop.`,
        suggestion: `${sql}${hint[ctx.migration.framework]}`
      });
    });
  }
});

// rules/require-lock-timeout.ts
var require_lock_timeout_default = defineRule({
  id: "require-lock-timeout",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "Strong lock on an existing table with no lock_timeout set",
  docs: {
    why: "A statement that needs a strong lock waits for every transaction already using the table, and while it waits every new query on the table queues behind it. One long-running query is then enough to stall all traffic to the table. With a lock_timeout the migration gives up after a moment instead, and can be retried.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN nickname text;",
    good: "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;"
  },
  check(ctx) {
    for (const op of ctx.ops()) {
      const facts = ctx.facts(op);
      const lock = opLock(op, facts.table);
      if (!lock || !STRONG_LOCKS.has(lock.mode) || facts.lockTimeoutSet) continue;
      const ownTable = facts.table?.name ?? ("table" in op ? op.table : null);
      const existing = [...new Set(lock.tables)].filter((t) => t === ownTable ? facts.tableExisted : ctx.schema.existedBefore(t));
      if (lock.tables.length > 0 && existing.length === 0) continue;
      if (lock.tables.length === 0 && !facts.tableExisted) continue;
      const on = existing.length > 0 ? existing.join(" and ") : op.kind === "dropIndex" ? `the table of ${op.name}` : "the table";
      const set = facts.inTransaction ? "SET LOCAL lock_timeout = '2s'" : "SET lock_timeout = '2s'";
      const fw = ctx.migration.framework;
      const where = fw === "alembic" ? `op.execute("${set}") at the start of upgrade()` : fw === "knex" ? `await knex.raw("${set}") at the start of up()` : `${set}; before line ${op.loc.line} (at the start of the migration)`;
      return [
        ctx.finding(op, {
          message: `This statement takes ${lock.mode === "ACCESS EXCLUSIVE" ? "an" : "a"} ${lock.mode} lock on ${on} with no lock_timeout set: if it has to wait behind a long-running query, ${LOCK_BLOCKS[lock.mode]} on ${on} queue behind it and the application stalls.`,
          suggestion: `${where}, and retry the migration when it times out; if the deploy already sets a lock timeout, set lockTimeout in .migration-guard.yml.`
        })
      ];
    }
    return [];
  }
});

// rules/set-not-null.ts
var set_not_null_default = defineRule({
  id: "set-not-null",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ALTER COLUMN SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)",
  docs: {
    why: "SET NOT NULL scans the whole table to prove there is no NULL while holding an ACCESS EXCLUSIVE lock: no reads or writes until the scan ends. Since PostgreSQL 12 the scan is skipped when a validated CHECK (col IS NOT NULL) constraint already proves it, and that constraint can be added NOT VALID and validated under a weak lock.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ALTER COLUMN email SET NOT NULL;",
    good: "ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;"
  },
  check(ctx) {
    const pg12 = ctx.settings.pgVersion >= 12;
    return ctx.ops("setNotNull").filter((op) => {
      const f = ctx.facts(op);
      if (!f.tableExisted) return false;
      if (f.column?.notNull) return false;
      return !(f.validatedNotNullCheck && pg12);
    }).map((op) => {
      const { table, column } = op;
      const check = `${table.split(".").pop()}_${column}_not_null`;
      const scan = `SET NOT NULL on ${table}.${column} scans all of ${table} for NULLs while holding an ACCESS EXCLUSIVE lock: all reads and writes to ${table} wait until the scan ends`;
      if (!pg12) {
        return ctx.finding(op, {
          message: `${scan} (PostgreSQL ${ctx.settings.pgVersion} cannot use a CHECK constraint to skip it; 12 can).`,
          suggestion: `Enforce it with a constraint instead until PostgreSQL 12: ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID; then in a separate transaction ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`
        });
      }
      const pending = [...ctx.facts(op).table?.constraints.values() ?? []].find((c) => c.kind === "check" && c.notNullColumn === column);
      if (pending) {
        return ctx.finding(op, {
          message: `${scan} (CHECK constraint ${pending.name} could prove there is no NULL, but it is not validated yet).`,
          suggestion: `ALTER TABLE ${table} VALIDATE CONSTRAINT ${pending.name}; in an earlier transaction (it does not block reads or writes), then ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`
        });
      }
      return ctx.finding(op, {
        message: `${scan}.`,
        suggestion: `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL; (each in its own transaction; afterwards ALTER TABLE ${table} DROP CONSTRAINT ${check}; is safe).`
      });
    });
  }
});

// rules/transaction-nesting.ts
function nonTransactional(m) {
  if (m.framework === "alembic") return "put those statements in `with op.get_context().autocommit_block():`";
  if (m.framework === "knex") return "set `exports.config = { transaction: false }` in this migration";
  switch (m.layout) {
    case "dbmate":
      return "change its `-- migrate:up` line to `-- migrate:up transaction:false`";
    case "flyway":
      return "add `-- flyway:executeInTransaction=false` at the top of the file";
    case "diesel":
      return "add `run_in_transaction = false` to the migration's metadata.toml";
    default:
      return "configure this migration to run without a transaction";
  }
}
var transaction_nesting_default = defineRule({
  id: "transaction-nesting",
  category: "hygiene",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "BEGIN/COMMIT inside a migration that already runs in a transaction",
  docs: {
    why: `Flyway, dbmate, diesel, Alembic and Knex already wrap each migration in a transaction. A BEGIN inside it is ignored (PostgreSQL only warns "there is already a transaction in progress"), and the matching COMMIT ends the runner's transaction early: everything after it runs without a transaction and is not rolled back if the migration fails. The same happens with a BEGIN inside a BEGIN in one file.`,
    bad: [
      "BEGIN;",
      "ALTER TABLE users ADD COLUMN nickname text;",
      "-- A second BEGIN does not nest: the first COMMIT ends the whole transaction.",
      "BEGIN;",
      "CREATE INDEX users_nickname_idx ON users (nickname);",
      "COMMIT;",
      "COMMIT;"
    ].join("\n"),
    good: ["BEGIN;", "ALTER TABLE users ADD COLUMN nickname text;", "CREATE INDEX users_nickname_idx ON users (nickname);", "COMMIT;"].join("\n")
  },
  check(ctx) {
    const txOps = ctx.ops("transaction");
    const findings = [];
    let explicitOpen = false;
    const covered = /* @__PURE__ */ new Set();
    txOps.forEach((op, i) => {
      const { inTransaction } = ctx.facts(op);
      if (op.action === "begin") {
        if (!inTransaction) {
          explicitOpen = true;
          return;
        }
        const end = txOps.slice(i + 1).find((o) => o.action !== "begin");
        if (end) covered.add(end);
        const outer = explicitOpen ? "an earlier BEGIN in this file" : "the migration runner";
        const endText = end ? ` and the ${end.action.toUpperCase()} at line ${end.loc.line} ends ${explicitOpen ? "that outer transaction" : "the runner's transaction"} early: statements after it run outside any transaction and are not rolled back if the migration fails` : "";
        const message = ctx.migration.dialect === "mysql" ? `This BEGIN runs inside a transaction already opened by ${outer}: MySQL does not nest transactions, so it commits everything before it right here; a later failure can no longer roll that part back.` : `This BEGIN runs inside a transaction already opened by ${outer}: it does not nest (PostgreSQL ignores it with a warning)${endText}.`;
        findings.push(ctx.finding(op, {
          message,
          suggestion: explicitOpen ? "Keep a single BEGIN ... COMMIT around the whole migration, or split it into separate migrations." : `Remove BEGIN/COMMIT from the migration and let the runner manage the transaction; if a statement must run outside a transaction, ${nonTransactional(ctx.migration)} instead.`
        }));
        return;
      }
      if (covered.has(op)) {
        explicitOpen = false;
        return;
      }
      if (explicitOpen) {
        explicitOpen = false;
        return;
      }
      if (!inTransaction) return;
      findings.push(ctx.finding(op, {
        message: `This ${op.action.toUpperCase()} ends the transaction the migration runner opened: statements after it run outside any transaction and are not rolled back if the migration fails, and the runner's own commit then finds no transaction.`,
        suggestion: `Remove it and let the runner manage the transaction; if a statement must run outside a transaction, ${nonTransactional(ctx.migration)} instead.`
      }));
    });
    return findings;
  }
});

// rules/truncate-table.ts
var truncate_table_default = defineRule({
  id: "truncate-table",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "TRUNCATE in a migration",
  docs: {
    why: "TRUNCATE removes every row at once, cannot be undone by a downgrade, and takes an ACCESS EXCLUSIVE lock (in MySQL it is DDL and commits implicitly). Running code suddenly sees an empty table. Deleting data belongs in an explicit, batched data migration taken after a backup.",
    history: "CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);",
    bad: "TRUNCATE audit_log;",
    good: "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '90 days' LIMIT 10000);"
  },
  check(ctx) {
    return ctx.ops("truncate").flatMap((op) => {
      const tables = op.tables.filter((t) => ctx.schema.existedBefore(t));
      if (tables.length === 0) return [];
      const list = tables.join(", ");
      const first = tables[0];
      return [ctx.finding(op, {
        message: `TRUNCATE ${list} deletes every row of ${tables.length > 1 ? "these tables" : first} in one go: running code sees the data vanish, the downgrade cannot bring it back, and the table is locked against all reads and writes meanwhile.`,
        suggestion: `If the rows really must go, take a backup and delete them in a separate data migration, in batches: DELETE FROM ${first} WHERE id IN (SELECT id FROM ${first} WHERE <condition> LIMIT 10000); repeated until no rows are left.`
      })];
    });
  }
});

// rules/unanalyzable.ts
var unanalyzable_default = defineRule({
  id: "unanalyzable",
  category: "hygiene",
  severity: "info",
  dialects: ["postgres", "mysql"],
  summary: "Dynamic SQL or an operation that cannot be resolved statically",
  docs: {
    why: "Dynamic SQL (EXECUTE format(...), f-strings, loops over runtime data) is only known at run time, so no rule could check it. Review it by hand.",
    bad: "DO $$ BEGIN EXECUTE 'ALTER TABLE users ADD COLUMN nickname text'; END $$;",
    good: "ALTER TABLE users ADD COLUMN nickname text;"
  },
  check(ctx) {
    return ctx.ops("unparsed").filter((op) => op.reason === "dynamic").map((op) => ctx.finding(op, { message: `Not checked: ${op.message}.`, suggestion: "Write the statement out literally so it can be checked, or review it by hand and suppress with a reason." }));
  }
});

// rules/vacuum-full-or-cluster.ts
var vacuum_full_or_cluster_default = defineRule({
  id: "vacuum-full-or-cluster",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "VACUUM FULL or CLUSTER in a migration",
  docs: {
    why: "VACUUM FULL and CLUSTER rewrite the whole table (without a table name: every table) under an ACCESS EXCLUSIVE lock: no reads or writes until the copy is done, which takes minutes to hours on a large table and needs disk for a second copy. That is maintenance, not a schema change.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "VACUUM FULL users;",
    good: "VACUUM (ANALYZE) users;"
  },
  check(ctx) {
    return ctx.ops("vacuum", "cluster").filter((op) => (op.kind === "cluster" || op.full) && (op.table === null || ctx.schema.existedBefore(op.table))).map((op) => {
      const stmt = op.kind === "cluster" ? "CLUSTER" : "VACUUM FULL";
      const target = op.table ?? (op.kind === "cluster" ? "every previously clustered table in the database" : "every table in the database");
      return ctx.finding(op, {
        message: `${stmt} rewrites ${target} under an ACCESS EXCLUSIVE lock: all reads and writes wait until the copy is done.`,
        suggestion: op.table ? `Remove it from the migration and run pg_repack --table=${op.table}${op.kind === "cluster" ? " --order-by=<index columns>" : ""} (online), or run it in a maintenance window; plain VACUUM ${op.table}; does not block.` : "Remove it from the migration and use pg_repack per table (online), or run it in a maintenance window; plain VACUUM; does not block."
      });
    });
  }
});

// rules/validate-same-transaction.ts
var validate_same_transaction_default = defineRule({
  id: "validate-same-transaction",
  category: "locking",
  severity: "warning",
  dialects: ["postgres"],
  summary: "VALIDATE CONSTRAINT in the same transaction as its ADD CONSTRAINT ... NOT VALID",
  docs: {
    why: "ADD CONSTRAINT ... NOT VALID takes a strong lock (ACCESS EXCLUSIVE for CHECK, SHARE ROW EXCLUSIVE on both tables for FOREIGN KEY) only briefly, and VALIDATE CONSTRAINT scans under a weak one. In one transaction the strong lock is kept until COMMIT, so the whole validation scan runs with reads or writes blocked: the split buys nothing.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);",
    bad: "BEGIN;\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\nCOMMIT;",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;"
  },
  check(ctx) {
    const adds = ctx.ops("addConstraint");
    return ctx.ops("validateConstraint").filter((op) => {
      const f = ctx.facts(op);
      return f.constraintAddedInSameTransaction && f.tableExisted;
    }).map((op) => {
      let add;
      for (const a of adds) {
        if (a.table === op.table && a.constraint.name === op.name && a.loc.line <= op.loc.line && a.constraint.notValid) add = a;
      }
      const lock = add ? pgLockOf(add) : null;
      const tables = [...new Set(lock?.tables ?? [])];
      const held = lock ? `the ${lock.mode} lock on ${tables.join(" and ")} taken by ADD CONSTRAINT ${op.name} on line ${add.loc.line} is held until COMMIT, so ${LOCK_BLOCKS[lock.mode]} ${tables.length > 1 ? "on both tables" : `on ${op.table}`}` : `the lock taken by ADD CONSTRAINT ${op.name} is held until COMMIT, so queries on ${op.table}`;
      return ctx.finding(op, {
        message: `VALIDATE CONSTRAINT ${op.name} runs in the same transaction as its ADD CONSTRAINT ... NOT VALID: ${held} wait for the whole validation scan.`,
        suggestion: `Commit the ADD CONSTRAINT ... NOT VALID first and run ALTER TABLE ${op.table} VALIDATE CONSTRAINT ${op.name}; in a separate migration (or after COMMIT).`
      });
    });
  }
});

// rules/index.ts
var rules = [
  add_column_required_default,
  add_column_volatile_default_default,
  add_exclusion_constraint_default,
  add_identity_or_serial_default,
  add_unique_constraint_default,
  backfill_in_migration_default,
  change_column_default_default,
  change_column_type_default,
  column_still_referenced_default,
  concurrent_in_transaction_default,
  constraint_not_valid_default,
  downgrade_mismatch_default,
  drop_column_without_deprecation_default,
  drop_schema_or_database_default,
  drop_table_without_deprecation_default,
  enum_value_change_default,
  irreversible_data_loss_default,
  lock_held_across_statements_default,
  missing_downgrade_default,
  mysql_missing_online_ddl_default,
  mysql_unsafe_alter_default,
  parse_error_default,
  prefer_bigint_pk_default,
  prefer_jsonb_default,
  prefer_text_default,
  prefer_timestamptz_default,
  reindex_non_concurrent_default,
  rename_column_default,
  rename_table_default,
  require_concurrent_index_default,
  require_concurrent_index_drop_default,
  require_lock_timeout_default,
  set_not_null_default,
  transaction_nesting_default,
  truncate_table_default,
  unanalyzable_default,
  vacuum_full_or_cluster_default,
  validate_same_transaction_default
];
var byId = new Map(rules.map((r) => [r.id, r]));
function ruleById(id) {
  return byId.get(id);
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
    const r = await lowerSql(dialect, upText, { file: file.path, line: 1, column: 1 });
    up = r.ops;
    statements += r.statements;
    if (m) {
      const markerLine = file.text.slice(0, m.index).split("\n").length;
      const d = await lowerSql(dialect, file.text.slice(m.index), { file: file.path, line: markerLine, column: 1 });
      down = d.ops;
      statements += d.statements;
      downLoc = { file: file.path, line: markerLine, endLine: markerLine, column: 1 };
    }
  } else {
    const r = await lowerSql(dialect, file.text, { file: file.path, line: 1, column: 1 });
    up = r.ops;
    statements += r.statements;
    if (task.downFile) {
      const d = await lowerSql(dialect, task.downFile.text, { file: task.downFile.path, line: 1, column: 1 });
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
      meta: { statements, expectsDown: task.expectsDown ?? false }
    }
  ];
}

// src/parse/index.ts
async function frontEndFor(framework) {
  switch (framework) {
    case "sql":
      return sqlFrontEnd;
    case "alembic":
      return (await import("./chunk-PWIMT37A.js")).alembicFrontEnd;
    case "knex":
      return (await import("./chunk-MUH7AZBT.js")).knexFrontEnd;
    case "django":
      return (await import("./chunk-IJ65VCUO.js")).djangoFrontEnd;
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
    const m = MARKER.exec(line2);
    if (!m) continue;
    let rest = m[1].replace(/\*\/\s*$/, "").trim();
    let reason = null;
    const sep = rest.search(/\s--\s|\s--$|^--/);
    if (sep >= 0) {
      reason = rest.slice(sep).replace(/^\s*--\s*/, "").trim() || null;
      rest = rest.slice(0, sep);
    }
    const ruleIds = rest.split(/[\s,]+/).filter(Boolean);
    const before = line2.slice(0, m.index).trim();
    out.push({ line: i + 1, ownLine: before === "", ruleIds, reason });
  }
  return out;
}

// src/rollback/analyze.ts
function line(op, m) {
  return op.loc.file === m.file ? `line ${op.loc.line}` : `${op.loc.file}:${op.loc.line}`;
}
function inverseCheck(p, m) {
  if (!p.expectsDown) return `n/a (${m.layout ?? m.framework} has no down migrations)`;
  if (p.downUnusable) return m.downIrreversible ? "down refuses to run" : "no down";
  const parts = [`${p.inverted}/${p.needInverse} ops inverted`];
  const notInverted = p.missing.length + p.notInvertible.length;
  if (notInverted) parts.push(`${notInverted} not undone`);
  if (p.unmatchedDown.length) parts.push(`${p.unmatchedDown.length} down op${p.unmatchedDown.length === 1 ? "" : "s"} matching nothing`);
  if (p.unanalyzable.length) parts.push("unverified");
  return parts.join(", ");
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
function analyzeRollback(m, ctx = {}) {
  return verdictOf(pairRollback(m, ctx), m);
}

// src/schema/references.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import path4 from "node:path";
var SKIP_SEGMENTS = /* @__PURE__ */ new Set([
  "node_modules",
  "vendor",
  "vendors",
  "third_party",
  "third-party",
  "bower_components",
  "jspm_packages",
  ".git",
  ".hg",
  ".svn",
  "dist",
  "build",
  "coverage",
  "__pycache__",
  ".venv",
  "venv",
  "site-packages",
  ".tox",
  ".mypy_cache",
  ".pytest_cache",
  ".next",
  ".nuxt",
  "target",
  "migrations",
  "migration",
  "migrate"
]);
var LOCK_FILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "Gemfile.lock",
  "poetry.lock",
  "Pipfile.lock",
  "Cargo.lock",
  "composer.lock",
  "go.sum",
  "mix.lock",
  "uv.lock",
  "packages.lock.json",
  "flake.lock"
]);
var GENERATED_FILES = /(^|\/)(db\/schema\.rb|db\/structure\.sql|\.migration-guard\.ya?ml)$/;
var BINARY_EXT = /* @__PURE__ */ new Set([
  "png",
  "jpg",
  "jpeg",
  "gif",
  "webp",
  "ico",
  "bmp",
  "tiff",
  "svgz",
  "pdf",
  "zip",
  "gz",
  "tgz",
  "bz2",
  "xz",
  "7z",
  "rar",
  "jar",
  "war",
  "class",
  "pyc",
  "pyo",
  "so",
  "dylib",
  "dll",
  "exe",
  "o",
  "a",
  "wasm",
  "woff",
  "woff2",
  "ttf",
  "otf",
  "eot",
  "mp3",
  "mp4",
  "mov",
  "avi",
  "webm",
  "ogg",
  "wav",
  "flac",
  "sqlite",
  "sqlite3",
  "db",
  "parquet",
  "avro",
  "pb",
  "bin",
  "dat",
  "lock",
  "map",
  "snap"
]);
var DOC_EXT = /* @__PURE__ */ new Set(["md", "markdown", "rst", "adoc", "txt"]);
var GENERIC_NAMES = /* @__PURE__ */ new Set([
  "id",
  "uuid",
  "guid",
  "key",
  "name",
  "title",
  "type",
  "kind",
  "status",
  "state",
  "email",
  "data",
  "value",
  "code",
  "slug",
  "body",
  "text",
  "description",
  "metadata",
  "meta",
  "version",
  "position",
  "rank",
  "order",
  "count",
  "amount",
  "price",
  "url",
  "path",
  "label",
  "created_at",
  "updated_at",
  "deleted_at",
  "inserted_at",
  "modified_at",
  "created_on",
  "updated_on",
  "created_by",
  "updated_by",
  "user_id",
  "owner_id",
  "parent_id",
  "tenant_id",
  "account_id",
  "org_id",
  "organization_id",
  "company_id",
  "project_id",
  "team_id",
  "is_active",
  "active",
  "enabled",
  "deleted",
  "sort_order",
  "timestamp",
  "date",
  "time",
  "user",
  "users",
  "events",
  "items",
  "settings"
]);
function isDistinctive(name) {
  return /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(name) && name.length >= 6 && !GENERIC_NAMES.has(name.toLowerCase());
}
function singular(word) {
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.replace(/es$/, "");
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}
var IMPORT_LINE = /^\s*import\b|\brequire\s*\(|\bfrom\s+['"]/;
var camel = (snake) => snake.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function tableWords(table) {
  const t = table.split(".").pop() ?? table;
  const s = singular(t);
  return [.../* @__PURE__ */ new Set([t, s, camel(t), camel(s)])];
}
function prepare(t, owners) {
  const tableName = t.table.split(".").pop() ?? t.table;
  const words = tableWords(t.table);
  const alt = words.map(escapeRe).join("|");
  const word = t.column ?? tableName;
  let mode;
  if (t.column) {
    const others = [...owners?.get(t.column) ?? []].filter((o) => o !== t.table);
    mode = isDistinctive(t.column) && others.length === 0 ? "bare" : "withTable";
  } else {
    mode = isDistinctive(tableName) ? "bare" : "tableContext";
  }
  return {
    id: t.column ? `${t.table}.${t.column}` : t.table,
    word,
    mode,
    table: tableName,
    tableRe: new RegExp(`(?<![A-Za-z0-9_])(?:${alt})(?![A-Za-z0-9_])`, "i"),
    declaresRe: new RegExp(`(?:__tablename__|db_table|table_?name|tableName|Entity|Table)\\s*(?:=|:|\\(|\\(\\s*name\\s*[=:])\\s*:?\\s*['"\`]?${escapeRe(tableName)}(?![A-Za-z0-9_])`, "i"),
    modelFileNames: new Set(words.map((w) => w.toLowerCase().replace(/_/g, ""))),
    contextRe: new RegExp(`(?:['"\`]${escapeRe(tableName)}['"\`]|\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(tableName)}(?![A-Za-z0-9_]))`, "i"),
    sqlContextRe: new RegExp(`\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(tableName)}(?![A-Za-z0-9_])`, "i"),
    refs: [],
    total: 0
  };
}
function pathFilter(patterns) {
  if (patterns.length === 0) return null;
  const tests = patterns.map((p) => {
    const posix = toPosix(p).replace(/^\.\//, "").replace(/\/$/, "");
    if (isGlob(posix)) {
      const re = globToRegExp(posix);
      return (rel) => re.test(rel);
    }
    return (rel) => rel === posix || rel.startsWith(`${posix}/`);
  });
  return (rel) => tests.some((t) => t(rel));
}
function skippedByDefault(rel) {
  const parts = rel.split("/");
  const name = parts[parts.length - 1];
  for (let i = 0; i < parts.length - 1; i++) if (SKIP_SEGMENTS.has(parts[i])) return true;
  if (LOCK_FILES.has(name) || GENERATED_FILES.test(rel)) return true;
  if (/\.min\.(js|css)$/.test(name)) return true;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (/(^|\/)alembic\/versions\//.test(rel)) return true;
  return BINARY_EXT.has(ext) || DOC_EXT.has(ext);
}
function listCodeFiles(cwd) {
  try {
    const out = runGit(cwd, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { stderr: "ignore", maxBuffer: 512 * 1024 * 1024 });
    return { files: [...new Set(out.split("\0").filter(Boolean))].sort(), source: "git" };
  } catch {
    return { files: walk(cwd).map((f) => toPosix(path4.relative(cwd, f))).sort(), source: "walk" };
  }
}
function readInto(abs, shared, max) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return -1;
  }
  try {
    if (!fstatSync(fd).isFile()) return -1;
    let off = 0;
    while (off <= max) {
      const n = readSync(fd, shared, off, max + 1 - off, null);
      if (n === 0) return off;
      off += n;
    }
    return -1;
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}
function searchReferences(targets, opts) {
  const started = performance.now();
  const max = opts.maxPerIdentifier ?? 5;
  const maxBytes = opts.maxFileBytes ?? 1024 * 1024;
  const prepared = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const p = prepare(t, opts.columnOwners);
    if (!prepared.has(p.id) && p.word) prepared.set(p.id, p);
  }
  const byWord = /* @__PURE__ */ new Map();
  for (const p of prepared.values()) byWord.set(p.word, [...byWord.get(p.word) ?? [], p]);
  const words = [...byWord.keys()];
  const stats = { files: 0, searched: 0, bytes: 0, ms: 0, source: "walk" };
  if (words.length > 0) {
    const { files, source } = listCodeFiles(opts.cwd);
    stats.source = source;
    const include = pathFilter(opts.include ?? []);
    const exclude = pathFilter(opts.exclude ?? []);
    const skip = pathFilter(opts.skip ?? []);
    const needles = words.map((w) => Buffer.from(w, "utf8"));
    const wordRe = new RegExp(`(?<![A-Za-z0-9_])(?:${words.map(escapeRe).join("|")})(?![A-Za-z0-9_])`, "g");
    const shared = Buffer.allocUnsafe(maxBytes + 1);
    for (const rel of files) {
      if (skippedByDefault(rel) || skip?.(rel) || include && !include(rel) || exclude?.(rel)) continue;
      stats.files++;
      const size = readInto(path4.join(opts.cwd, rel), shared, maxBytes);
      if (size < 0) continue;
      const buf = shared.subarray(0, size);
      stats.bytes += size;
      if (!needles.some((n) => buf.includes(n))) continue;
      const nul = buf.indexOf(0);
      if (nul !== -1 && nul < 8192) continue;
      stats.searched++;
      scanFile(rel, buf.toString("utf8"), wordRe, byWord, max);
    }
  }
  stats.ms = performance.now() - started;
  return {
    references: (id) => prepared.get(id)?.refs ?? [],
    total: (id) => prepared.get(id)?.total ?? 0,
    stats
  };
}
function scanFile(rel, text, wordRe, byWord, max) {
  const base2 = path4.posix.basename(rel).replace(/\.[^.]+$/, "").toLowerCase().replace(/_/g, "");
  const modelFile = /* @__PURE__ */ new Map();
  const isModelFile = (p) => {
    let v = modelFile.get(p);
    if (v === void 0) {
      v = p.modelFileNames.has(base2) || p.declaresRe.test(text);
      modelFile.set(p, v);
    }
    return v;
  };
  let lineNo = 1;
  let scanned = 0;
  let lastLine = -1;
  const seen = /* @__PURE__ */ new Set();
  wordRe.lastIndex = 0;
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) lineNo++;
    scanned = m.index;
    if (lineNo !== lastLine) seen.clear();
    lastLine = lineNo;
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end === -1) end = text.length;
    const lineText = text.slice(start, end);
    for (const p of byWord.get(m[0]) ?? []) {
      if (seen.has(p)) continue;
      let hit;
      if (p.mode === "bare") hit = true;
      else if (p.mode === "withTable") hit = isModelFile(p) || p.tableRe.test(lineText.slice(0, m.index - start) + lineText.slice(m.index - start + m[0].length));
      else hit = p.contextRe.test(lineText) && !(IMPORT_LINE.test(lineText) && !p.sqlContextRe.test(lineText));
      if (!hit) continue;
      seen.add(p);
      p.total++;
      if (p.refs.length < max) p.refs.push({ file: rel, line: lineNo });
    }
  }
}
function referenceTargets(migrations) {
  const targets = [];
  const columnOwners = /* @__PURE__ */ new Map();
  const own = (column, table) => {
    const set = columnOwners.get(column) ?? /* @__PURE__ */ new Set();
    set.add(table);
    columnOwners.set(column, set);
  };
  for (const m of migrations) {
    for (const op of m.up) {
      if (op.kind === "createTable") for (const c of op.columns) own(c.name, op.table);
      else if (op.kind === "addColumn") own(op.column.name, op.table);
      else if (op.kind === "renameColumn") own(op.newName, op.table);
      if (!m.isNew) continue;
      if (op.kind === "dropColumn" || op.kind === "renameColumn") targets.push({ table: op.table, column: op.column });
      else if (op.kind === "dropTable" || op.kind === "renameTable") targets.push({ table: op.table, column: null });
    }
  }
  return { targets, columnOwners };
}

// src/engine.ts
async function loadMigrations(found, config, sources) {
  const migrations = [];
  let statements = 0;
  for (const d of found) {
    const readStart = mark();
    const decoded = readSource(d.abs);
    sources.set(d.file, decoded.text);
    const problems = decoded.problems.map((p) => ({
      kind: "unparsed",
      reason: "parse",
      message: `${d.file}: ${p.message}`,
      loc: { file: d.file, line: p.line, endLine: p.line, column: 1 }
    }));
    let downFile = null;
    if (d.downFile && d.downAbs) {
      const down = readSource(d.downAbs);
      sources.set(d.downFile, down.text);
      downFile = { path: d.downFile, text: down.text };
    }
    since("read", readStart);
    const fatal = decoded.problems.some((p) => p.fatal);
    let parsed = [];
    const lowerStart = mark();
    const parseBefore = activeTimings()?.stages.get("parse") ?? 0;
    if (!fatal) {
      const frontEnd = await frontEndFor(d.framework);
      try {
        parsed = await frontEnd({
          file: { path: d.file, text: decoded.text },
          dialect: config.dialect,
          isNew: d.isNew,
          layout: d.layout,
          downFile,
          expectsDown: d.expectsDown,
          transactional: d.transactional,
          id: d.id,
          order: d.order
        });
      } catch (e) {
        problems.push({ kind: "unparsed", reason: "parse", message: `internal error while parsing: ${e.message}`, loc: { file: d.file, line: 1, endLine: 1, column: 1 } });
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
          meta: { expectsDown: false }
        }
      ];
    }
    parsed[0].up.unshift(...problems);
    for (const m of parsed) {
      if (m.isNew) statements += typeof m.meta.statements === "number" ? m.meta.statements : m.up.length + (m.down?.length ?? 0);
    }
    migrations.push(...parsed);
  }
  const orderStart = mark();
  const ordered = await orderMigrations(migrations);
  since("order", orderStart);
  return { migrations: ordered, statements };
}
async function orderMigrations(input) {
  let migrations = input;
  if (migrations.some((m) => m.framework === "django")) {
    const { lowerDjangoProject } = await import("./chunk-C2HI2DWK.js");
    const django = await lowerDjangoProject(migrations.filter((m) => m.framework === "django"));
    const firstIndex2 = migrations.findIndex((m) => m.framework === "django");
    const rest2 = migrations.filter((m) => m.framework !== "django");
    rest2.splice(Math.min(firstIndex2, rest2.length), 0, ...django);
    migrations = rest2;
  }
  const alembic = migrations.filter((m) => m.framework === "alembic");
  if (alembic.length === 0) return migrations;
  const { orderAlembicMigrations } = await import("./chunk-6QK4IDSJ.js");
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
    globalLockTimeout: config.lockTimeout !== null
  };
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
  const key = kinds.join(",");
  let cached = combinedKinds.get(index)?.get(key);
  if (!cached) {
    const wanted = new Set(kinds);
    cached = all.filter((op) => wanted.has(op.kind));
    if (!combinedKinds.has(index)) combinedKinds.set(index, /* @__PURE__ */ new Map());
    combinedKinds.get(index).set(key, cached);
  }
  return cached;
}
var combinedKinds = /* @__PURE__ */ new WeakMap();
function makeContext(view, model, settings, rule, severity) {
  const { migration, facts } = view;
  return {
    migration,
    ops: (...kinds) => selectOps(migration.up, view.up, kinds),
    downOps: (...kinds) => selectOps(migration.down ?? [], view.down, kinds),
    facts: (op) => facts.get(op) ?? UNKNOWN_FACTS,
    schema: {
      existedBefore: (table) => !model.table(table)?.createdInChange,
      table: (name) => model.table(name)
    },
    settings,
    references: (identifier) => view.code.references(identifier),
    referenceCount: (identifier) => view.code.total(identifier),
    finding(at, text) {
      const loc = "kind" in at ? at.loc : at;
      return { ruleId: rule.id, severity, loc, message: text.message, ...text.suggestion ? { suggestion: text.suggestion } : {}, migration: migration.id };
    }
  };
}
function codeReferences(req, found, migrations) {
  const { targets, columnOwners } = referenceTargets(migrations);
  if (targets.length === 0) return { references: () => [], total: () => 0 };
  const skip = /* @__PURE__ */ new Set();
  for (const d of found) {
    skip.add(d.file);
    if (d.downFile) skip.add(d.downFile);
    for (const dir of [path5.posix.dirname(d.file), path5.relative(req.cwd, d.root).split(path5.sep).join("/")]) {
      if (dir && dir !== "." && !dir.startsWith("..")) skip.add(dir);
    }
  }
  let index = null;
  const get = () => index ??= timed("reference scan", () => searchReferences(targets, { cwd: req.cwd, include: req.config.code.include, exclude: req.config.code.exclude, skip: [...skip], columnOwners }));
  return { references: (id) => get().references(id), total: (id) => get().total(id) };
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
function suppressionsFor(file, text) {
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
  const found = timed("discover", () => discover(req));
  const sources = /* @__PURE__ */ new Map();
  const { migrations, statements } = await loadMigrations(found, config, sources);
  const settings = ruleSettings(config);
  const active = activeRules(config);
  const model = new SchemaModel();
  const deprecations = {
    tables: new Set(config.deprecated.tables),
    columns: new Set(config.deprecated.columns)
  };
  const findings = [];
  const migrationReports = [];
  const code = timed("reference targets", () => codeReferences(req, found, migrations));
  const perMigration = !req.changedFiles && !req.base && migrations.every((m) => m.isNew);
  for (const migration of migrations) {
    if (perMigration) model.settle();
    const facts = timed("schema walk", () => walkMigration(model, migration, { globalLockTimeout: settings.globalLockTimeout, deprecations }));
    if (!migration.isNew) continue;
    const view = { migration, facts, up: indexByKind(migration.up), down: indexByKind(migration.down ?? []), code };
    const timings = activeTimings();
    for (const { rule, severity } of active) {
      const ruleStart = mark();
      const scanBefore = timings?.stages.get("reference scan") ?? 0;
      try {
        for (const f of rule.check(makeContext(view, model, settings, rule, severity))) findings.push(f);
      } catch (e) {
        findings.push({
          ruleId: "parse-error",
          severity: "error",
          migration: migration.id,
          loc: { file: migration.file, line: 1, endLine: 1, column: 1 },
          message: `internal error in rule ${rule.id}: ${e.message}. The migration was not fully checked.`,
          suggestion: `Review this migration by hand for what ${rule.id} checks (\`migration-guard explain ${rule.id}\`), and report the error with the migration attached.`
        });
      }
      if (timings) timings.addRule(rule.id, performance.now() - ruleStart - ((timings.stages.get("reference scan") ?? 0) - scanBefore));
    }
    const rollback = timed("rollback", () => analyzeRollback(migration, { facts: (op) => facts.get(op), existedBefore: (table) => !model.table(table)?.createdInChange }));
    migrationReports.push({ file: migration.file, id: migration.id, framework: migration.framework, isNew: true, downFile: migration.downFile ?? null, rollback });
  }
  const rulesTotal = [...activeTimings()?.rules.values() ?? []].reduce((a, b) => a + b, 0);
  activeTimings()?.add("rules", rulesTotal);
  const reportStart = mark();
  const { kept, suppressed } = applySuppressions(findings, sources, migrations.filter((m) => m.isNew));
  kept.sort((a, b) => a.loc.file === b.loc.file ? a.loc.line - b.loc.line || a.loc.column - b.loc.column || (a.ruleId < b.ruleId ? -1 : 1) : a.loc.file < b.loc.file ? -1 : 1);
  const reportFindings = kept.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.loc.file,
    line: f.loc.line,
    endLine: f.loc.endLine,
    column: f.loc.column,
    message: f.message,
    ...f.suggestion ? { suggestion: f.suggestion } : {},
    migration: f.migration
  }));
  const count = (s) => reportFindings.filter((f) => f.severity === s).length;
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
function applySuppressions(findings, sources, newMigrations) {
  const byFile = /* @__PURE__ */ new Map();
  const newFiles = new Set(newMigrations.flatMap((m) => [m.file, ...m.downFile ? [m.downFile] : []]));
  const migrationOf = new Map(newMigrations.map((m) => [m.file, m.id]));
  const problems = [];
  for (const file of newFiles) {
    const s = suppressionsFor(file, sources.get(file) ?? "");
    byFile.set(file, s);
    for (const { comment } of s.entries) {
      const problem = (message, suggestion) => problems.push({ ruleId: "parse-error", severity: "warning", loc: { file, line: comment.line, endLine: comment.line, column: 1 }, migration: migrationOf.get(file) ?? file, message, suggestion });
      const unknown = comment.ruleIds.filter((id) => !ruleById(id));
      if (comment.ruleIds.length === 0) problem("Suppression comment names no rule, so it suppresses nothing.", "Write `migration-guard: ignore <rule-id> -- <reason>`.");
      if (unknown.length) problem(`Suppression names unknown rule ${unknown.map((u) => `'${u}'`).join(", ")}.`, "Use a rule id from `migration-guard rules`.");
      if (!comment.reason) {
        problem("Suppression without a reason is ignored: every suppression must say why.", `Append the reason: \`migration-guard: ignore ${comment.ruleIds.join(", ") || "<rule-id>"} -- <why this is safe>\`.`);
      }
    }
  }
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    const entry = byFile.get(f.loc.file)?.byLine.get(f.loc.line)?.find((e) => e.comment.reason && e.comment.ruleIds.includes(f.ruleId));
    if (entry) suppressed.push({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: entry.comment.reason });
    else kept.push(f);
  }
  return { kept: [...kept, ...problems], suppressed };
}

export {
  rules,
  ruleById,
  checkGitRef,
  gitChangedFiles,
  discover,
  loadMigrations,
  lint
};
