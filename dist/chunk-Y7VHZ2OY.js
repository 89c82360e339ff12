#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  globToRegExp,
  isGlob,
  runGit,
  toPosix,
  walk
} from "./chunk-XBWPISEE.js";

// src/schema/references.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";

// src/schema/rust-names.ts
var KEYWORDS = /* @__PURE__ */ new Set(["mut", "ref", "box", "in", "if", "as", "true", "false", "self", "Self", "move", "dyn", "impl", "where", "let", "match"]);
var MAX_PATTERN = 4e3;
var isIdentStart = (c) => c !== void 0 && /[A-Za-z_]/.test(c);
var isIdent = (c) => c !== void 0 && /[A-Za-z0-9_]/.test(c);
function patternNames(pattern, out) {
  const pat = pattern.replace(/\/\/[^\n]*/g, "");
  if (/[A-Za-z0-9_][ \t\r\n]+[A-Za-z_]/.test(pat.replace(/(?<![A-Za-z0-9_])(?:mut|ref|box)[ \t]+/g, "").replace(/[ \t]+if[ \t].*$/s, ""))) return;
  const stack = [];
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === "(" || c === "[" || c === "{") stack.push(c);
    else if (c === ")" || c === "]" || c === "}") stack.pop();
    else if (c === '"') {
      for (i++; i < pat.length && pat[i] !== '"'; i++) if (pat[i] === "\\") i++;
    } else if (isIdentStart(c) && !isIdent(pat[i - 1])) {
      let j = i;
      while (isIdent(pat[j])) j++;
      const name = pat.slice(i, j);
      let b = i - 1;
      while (b >= 0 && /\s/.test(pat[b])) b--;
      const prev = pat.slice(Math.max(0, b - 1), b + 1);
      let k = j;
      while (pat[k] === " " || pat[k] === "	" || pat[k] === "\n" || pat[k] === "\r") k++;
      const next = pat[k];
      i = j - 1;
      if (KEYWORDS.has(name) || /^[A-Z]/.test(name) || /^[0-9]/.test(name)) continue;
      if (prev.endsWith("::") || prev.endsWith(".") || prev.endsWith("'")) continue;
      if (next === "(" || next === "{" || next === "!" || next === ":" && pat[k + 1] === ":") continue;
      if (next === ":" && stack[stack.length - 1] === "{") continue;
      out.add(name);
    }
  }
}
function splitList(text, from, close) {
  const parts = [];
  let depth = 0;
  let start = from;
  const limit = Math.min(text.length, from + MAX_PATTERN);
  let i = from;
  for (; i < limit; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < limit && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c === ">" && (text[i - 1] === "-" || text[i - 1] === "=") || c === "'") continue;
    if (depth === 0 && c === close) break;
    if (c === "(" || c === "[" || c === "{" || c === "<") depth++;
    else if (c === ")" || c === "]" || c === "}" || c === ">") depth--;
    else if (c === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start, i));
  return { parts, end: i };
}
function beforeType(param) {
  let depth = 0;
  for (let i = 0; i < param.length; i++) {
    const c = param[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (c === ":" && depth === 0) {
      if (param[i + 1] === ":") i++;
      else return param.slice(0, i);
    }
  }
  return param;
}
function letPatternEnd(text, from) {
  let depth = 0;
  const limit = Math.min(text.length, from + MAX_PATTERN);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const eol = text.indexOf("\n", i);
      if (eol === -1) return -1;
      i = eol;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && (c === ";" || c === "\n")) return c === ";" ? i : -1;
    else if (depth === 0 && c === "=" && text[i + 1] !== "=" && text[i + 1] !== ">" && !/[=<>!]/.test(text[i - 1] ?? "")) return i;
  }
  return -1;
}
function rustBoundNames(text) {
  const out = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])(let|for)[ \t\r\n]+/g)) {
    const from = m.index + m[0].length;
    if (m[1] === "let") {
      const end = letPatternEnd(text, from);
      if (end !== -1) patternNames(beforeType(text.slice(from, end)), out);
    } else {
      const inAt = /[ \t\r\n]in[ \t\r\n]/.exec(text.slice(from, from + 400));
      if (inAt && text[from - 1] !== "<") patternNames(text.slice(from, from + inAt.index), out);
    }
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])fn[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*/g)) {
    out.add(m[1]);
    let at = m.index + m[0].length;
    if (text[at] === "<") at = splitList(text, at + 1, ">").end + 1;
    while (text[at] === " " || text[at] === "	") at++;
    if (text[at] !== "(") continue;
    for (const param of splitList(text, at + 1, ")").parts) patternNames(beforeType(param), out);
  }
  for (const m of text.matchAll(/(?:[(,=]|\bmove)[ \t\r\n]*\|(?!\|)/g)) {
    const from = m.index + m[0].length;
    const { parts, end } = splitList(text, from, "|");
    if (end >= text.length || text[end] !== "|") continue;
    for (const param of parts) patternNames(beforeType(param), out);
  }
  for (const m of text.matchAll(/(?<![A-Za-z0-9_])mod[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*[;{]/g)) out.add(m[1]);
  for (const use of rustUses(text)) {
    if (use.schema) continue;
    const tree = text.slice(use.start, use.end);
    for (const m of tree.matchAll(/(?<![A-Za-z0-9_])([a-z_][A-Za-z0-9_]*)(?=[ \t\r\n]*(?:,|\}|;|$))/g)) out.add(m[1]);
  }
  for (const m of text.matchAll(/^[ \t]*\|?[ \t]*([^\n=;]*?)=>/gm)) {
    if (/\b(?:match|let|fn)\b/.test(m[1])) continue;
    patternNames(m[1].replace(/[ \t]+if[ \t].*$/, ""), out);
  }
  return out;
}
function rustUses(text) {
  const out = [];
  for (const m of text.matchAll(/^[ \t]*(?:pub(?:\([a-z]+\))?[ \t]+)?use[ \t]+/gm)) {
    const start = m.index + m[0].length;
    const end = text.indexOf(";", start);
    if (end === -1 || end - start > 64 * 1024) continue;
    out.push({ start, end, schema: /(?<![A-Za-z0-9_])(?:schema|dsl)(?![A-Za-z0-9_])/.test(text.slice(start, end)) });
  }
  return out;
}
var DIESEL_METHOD = /^[ \t]*\.[ \t]*(?:eq|ne|eq_any|ne_all|gt|ge|lt|le|is_null|is_not_null|like|not_like|ilike|not_ilike|between|not_between|asc|desc|nullable|assume_not_null|is_distinct_from|is_not_distinct_from|concat|overlaps_with|contains|is_contained_by)[ \t]*\(/;
function rustColumnUse(text, at, length, lineStart) {
  const after = text.slice(at + length, at + length + 48);
  if (/^[ \t]*->/.test(after) || DIESEL_METHOD.test(after)) return true;
  const before = text.slice(Math.max(lineStart, at - 60), at);
  if (/\bcolumn_name[ \t]*=[ \t]*$/.test(before)) return true;
  if (at - lineStart < 200 && /^[ \t]*#\[[^\n]*\bdiesel\(/.test(text.slice(lineStart, at))) return true;
  return /^[ \t]*:(?!:)/.test(after) && at - lineStart < 40 && /^[ \t]*pub(?:\([a-z]+\))?[ \t]+$/.test(text.slice(lineStart, at));
}
function insideRustString(line, at) {
  if (line.length > 2e3) return false;
  let inside = false;
  for (let i = 0; i < at && i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && inside) i++;
    else if (c === '"' && !(line[i - 1] === "'" && line[i + 1] === "'")) inside = !inside;
  }
  return inside;
}
function rustTableStructs(text) {
  const out = [];
  for (const m of text.matchAll(/\btable_name[ \t]*=[ \t]*"?(?:[A-Za-z_][A-Za-z0-9_]*::)*([A-Za-z_][A-Za-z0-9_]*)"?[^\n]*\n(?:[ \t]*(?:#\[[^\n]*|\/\/[^\n]*)?\n)*?[ \t]*(?:pub(?:\([a-z]+\))?[ \t]+)?struct[ \t]+([A-Za-z_][A-Za-z0-9_]*)[^{;\n]*\{/g)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}") depth--;
    }
    out.push({ table: m[1].toLowerCase(), name: m[2], start, end: i });
  }
  return out;
}
function rustBraceOwners(text) {
  const starts = [0];
  const owners = [null];
  const stack = [];
  const enter = (at, owner) => {
    stack.push(owner);
    starts.push(at);
    owners.push(owner);
  };
  const leave = (at) => {
    stack.pop();
    starts.push(at);
    owners.push(stack.length ? stack[stack.length - 1] : null);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      const eol = text.indexOf("\n", i);
      i = eol === -1 ? text.length : eol;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "'") {
      if (text[i + 1] === "\\") i = text.indexOf("'", i + 2) === -1 ? i : text.indexOf("'", i + 2);
      else if (text[i + 2] === "'") i += 2;
    } else if (c === "{") enter(i + 1, braceOwner(text, i));
    else if (c === "(" || c === "[") enter(i + 1, null);
    else if (c === "}" || c === ")" || c === "]") leave(i + 1);
  }
  return { starts, owners };
}
function braceOwner(text, at) {
  const before = text.slice(Math.max(0, at - 160), at);
  const decl = /(?<![A-Za-z0-9_])(?:struct|union)[ \t]+([A-Za-z_][A-Za-z0-9_]*)[^{};]*$/.exec(before);
  if (decl) return { name: decl[1], declared: true };
  const built = /(?<![A-Za-z0-9_])([A-Z][A-Za-z0-9_]*)[ \t]*$/.exec(before);
  if (!built || built[1] === "Self") return null;
  const head = before.slice(0, built.index);
  if (/(?:->|\bwhere\b[^{};]*|\bimpl\b[^{};]*|\bfor|\benum|\btrait|\bmod|\bunion|\bmatch|\bif|\bwhile)[ \t\r\n]*(?:[A-Za-z_][A-Za-z0-9_]*::)*(?:[A-Za-z_][A-Za-z0-9_<>, ]*::)?$/.test(head)) return null;
  return { name: built[1], declared: false };
}
function ownerAt(owners, at) {
  let lo = 0;
  let hi = owners.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (owners.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return owners.owners[lo] ?? null;
}

// src/schema/references.ts
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
  "migrate",
  // Seed data, test fixtures and tests name every column by design (and API payloads whose keys
  // look like columns); they are not what runs in production, and a test that still uses the
  // column fails in the project's own CI.
  "seeds",
  "seed",
  "seeders",
  "fixtures",
  "__fixtures__",
  "testdata",
  "tests",
  "test",
  "__tests__",
  "spec",
  "specs"
]);
var TEST_FILE = /^(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|rb)|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?|[^/]*_spec\.rb|[A-Z][^/]*Tests?\.(?:java|kt|cs|php))$/;
var MIGRATION_DIR = /[_-](?:migrations?|migrate)$/i;
var SEED_FILE = /^seeds?\.[a-z]+$/i;
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
var SCHEMA_SCRIPT = /^[ \t]*(?:CREATE|ALTER|DROP)[ \t]+(?:OR[ \t]+REPLACE[ \t]+)?(?:TABLE|PROCEDURE|FUNCTION|TRIGGER)\b/im;
var DOC_EXT = /* @__PURE__ */ new Set(["md", "markdown", "rst", "adoc", "txt", "po", "pot", "mo", "xliff", "xlf"]);
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
var camel = (snake2) => snake2.replace(/(^|_)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var snake = (pascal) => pascal.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z])([A-Z][a-z])/g, "$1_$2").toLowerCase();
function tableWords(table, model) {
  const t = table.split(".").pop() ?? table;
  const s = singular(t);
  const named = model && /^[A-Za-z_][A-Za-z0-9_]*$/.test(model) ? [model, snake(model)] : [];
  return [.../* @__PURE__ */ new Set([t, s, camel(t), camel(s), ...named])];
}
var PreparedTarget = class {
  constructor(id, word, mode, table, words, isColumn) {
    this.id = id;
    this.word = word;
    this.mode = mode;
    this.table = table;
    this.words = words;
    this.isColumn = isColumn;
  }
  id;
  word;
  mode;
  table;
  words;
  isColumn;
  refs = [];
  total = 0;
  /** The table's model file defines a method of the column's name: the code's uses call it (see definesMethod). */
  shadowed = false;
  compiled = {};
  /** The table naming this column on the line: `users.email`, `User.where(`, `'users'`, `FROM users`. */
  get qualifierRe() {
    return this.compiled.qualifier ??= qualifierPattern(this.table, this.words, this.word);
  }
  /** The table's model class names (`User`, `LegacySession`): a field bound in one of them is the column's own declaration. */
  get classWords() {
    return this.compiled.classWords ??= new Set(this.words.filter((w) => /^[A-Z]/.test(w)));
  }
  get classRe() {
    return this.compiled.class ??= classPattern(this.words);
  }
  get declaresRe() {
    return this.compiled.declares ??= new RegExp(`(?:__tablename__|db_table|table_?name|tableName|Entity|Table)\\s*(?:=|:|\\(|\\(\\s*name\\s*[=:])\\s*:?\\s*['"\`]?${escapeRe(this.table)}(?![A-Za-z0-9_])`, "i");
  }
  get modelFileNames() {
    return this.compiled.modelFileNames ??= new Set(this.words.map((w) => w.toLowerCase().replace(/_/g, "")));
  }
  // Quoted, a common word is a table only as an argument or an assignment (`knex('events')`,
  // `table = "events"`), not in a list of names or as a dict key (`'events': …`).
  get contextRe() {
    return this.compiled.context ??= new RegExp(`(?:[(=]\\s*['"\`]${escapeRe(this.table)}['"\`](?!\\s*:)|\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(this.table)}(?![A-Za-z0-9_]))`, "i");
  }
  get sqlContextRe() {
    return this.compiled.sqlContext ??= new RegExp(`\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(this.table)}(?![A-Za-z0-9_])`, "i");
  }
};
function classPattern(words) {
  const classes = words.filter((w) => /^[A-Z]/.test(w)).map(escapeRe).join("|");
  return new RegExp(`(?<![A-Za-z0-9_])(?:${classes})(?:\\.|::|\\()`);
}
function fieldUse(text, at, length) {
  const before = text[at - 1];
  if (/OuterRef\(\s*$/.test(text.slice(Math.max(0, at - 12), at - 1))) return false;
  if (before === "'" || before === '"' || before === "`" || before === ":" && text[at - 2] !== ":") return true;
  return /^\s*(?::(?!:)|=(?!=)|=>)/.test(text.slice(at + length, at + length + 8));
}
function insideClassCall(line, at, classRe) {
  if (line.length > 2e3) return true;
  const re = new RegExp(classRe.source, "g");
  for (let m = re.exec(line); m && m.index < at; m = re.exec(line)) {
    let depth = 0;
    let i = m.index;
    for (; i < at; i++) {
      const c = line[i];
      if (c === "(" || c === "[" || c === "{") depth++;
      else if ((c === ")" || c === "]" || c === "}") && --depth < 0) break;
    }
    if (i === at && depth > 0) return true;
  }
  return false;
}
function qualifierPattern(table, words, column) {
  const lower = words.filter((w) => !/^[A-Z]/.test(w)).map(escapeRe).join("|");
  const classes = words.filter((w) => /^[A-Z]/.test(w)).map(escapeRe).join("|");
  const c = escapeRe(column);
  const t = escapeRe(table);
  return new RegExp(
    [
      // `User::read(` and `user.email(` call a method of that name, not the column.
      `(?<![A-Za-z0-9_])(?:${lower}|${classes})\\s*(?:\\?\\.|\\.|::|->)\\s*${c}(?![A-Za-z0-9_])(?!\\s*\\()`,
      `(?<![A-Za-z0-9_])(?:${lower})\\s*\\[\\s*['"\`:]${c}(?![A-Za-z0-9_])`,
      `['"\`]${t}['"\`]`
    ].join("|")
  );
}
var MODEL_DIRS = /(^|\/)(models?|entities|entity|schemas?|domain|records)\//i;
function prepare(t, owners, models) {
  const tableName = t.table.split(".").pop() ?? t.table;
  const words = tableWords(t.table, models?.get(t.table)?.name);
  const word = t.column ?? tableName;
  let mode;
  if (t.column) {
    const others = [...owners?.get(t.column) ?? []].filter((o) => o !== t.table);
    mode = isDistinctive(t.column) && others.length === 0 ? "bare" : "withTable";
  } else {
    mode = isDistinctive(tableName) ? "bare" : "tableContext";
  }
  return new PreparedTarget(t.column ? `${t.table}.${t.column}` : t.table, word, mode, tableName, words, t.column !== null);
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
  for (let i = 0; i < parts.length - 1; i++) if (SKIP_SEGMENTS.has(parts[i]) || MIGRATION_DIR.test(parts[i])) return true;
  if (SEED_FILE.test(name) || TEST_FILE.test(name)) return true;
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
    return { files: walk(cwd).map((f) => toPosix(path.relative(cwd, f))).sort(), source: "walk" };
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
    const p = prepare(t, opts.columnOwners, opts.models);
    if (!prepared.has(p.id) && p.word) prepared.set(p.id, p);
  }
  const byWord = /* @__PURE__ */ new Map();
  for (const p of prepared.values()) {
    const list = byWord.get(p.word);
    if (list) list.push(p);
    else byWord.set(p.word, [p]);
  }
  const words = [...byWord.keys()];
  const modelModules = /* @__PURE__ */ new Map();
  for (const [table, model] of opts.models ?? []) {
    const list = modelModules.get(model.module) ?? [];
    list.push({ table: (table.split(".").pop() ?? table).toLowerCase(), name: model.name });
    modelModules.set(model.module, list);
  }
  const stats = { files: 0, searched: 0, bytes: 0, ms: 0, source: "walk" };
  if (words.length > 0) {
    const needles = words.map((w) => Buffer.from(w, "utf8"));
    const wordRe = new RegExp(`(?<![A-Za-z0-9_])(?:${words.map(escapeRe).join("|")})(?![A-Za-z0-9_])`, "g");
    const seen = eachCodeFile({ ...opts, maxFileBytes: maxBytes }, (rel, buf) => {
      stats.bytes += buf.length;
      if (!needles.some((n) => buf.includes(n))) return;
      const nul = buf.indexOf(0);
      if (nul !== -1 && nul < 8192) return;
      if (rel.endsWith(".sql") && SCHEMA_SCRIPT.test(buf.toString("latin1"))) return;
      stats.searched++;
      scanFile(rel, buf.toString("utf8"), wordRe, byWord, max, modelModules);
    });
    stats.source = seen.source;
    stats.files = seen.files;
  }
  for (const p of prepared.values()) {
    if (!p.shadowed) continue;
    p.refs = [];
    p.total = 0;
  }
  stats.ms = performance.now() - started;
  return {
    references: (id) => prepared.get(id)?.refs ?? [],
    total: (id) => prepared.get(id)?.total ?? 0,
    stats
  };
}
function isQuotedKey(text, at, length) {
  const before = text[at - 1];
  if (before !== '"' && before !== "'") return isSchemaProperty(text, at + length);
  return new RegExp(`^${before}\\s*:`).test(text.slice(at + length, at + length + 8));
}
function isSchemaProperty(text, end) {
  return /^['"]?\s*:\s*\{\s*['"]?type['"]?\s*:/.test(text.slice(end, end + 40));
}
function eachCodeFile(opts, visit) {
  const maxBytes = opts.maxFileBytes ?? 1024 * 1024;
  const { files, source } = listCodeFiles(opts.cwd);
  const include = pathFilter(opts.include ?? []);
  const exclude = pathFilter(opts.exclude ?? []);
  const skip = pathFilter(opts.skip ?? []);
  const shared = Buffer.allocUnsafe(maxBytes + 1);
  let count = 0;
  for (const rel of files) {
    if (skippedByDefault(rel) || skip?.(rel) || include && !include(rel) || exclude?.(rel)) continue;
    count++;
    const size = readInto(path.join(opts.cwd, rel), shared, maxBytes);
    if (size < 0) continue;
    visit(rel, shared.subarray(0, size));
  }
  return { files: count, source };
}
var DECLARES_ANY_TABLE = /(?:__tablename__|\bdb_table|\btable_?name|\btableName)\s*[=:]\s*['"`]([A-Za-z_][\w.]*)['"`]/gi;
function commentStart(line) {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "	")) i++;
  if (line.startsWith("* ", i) || line.startsWith("*	", i) || line.startsWith("/*", i) || line === "*") return i;
  let quote = "";
  for (; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && line[i + 1] === "/") return i;
    else if (c === "#" && (i + 1 === line.length || line[i + 1] === " " || line[i + 1] === "	")) return i;
    else if (c === "-" && line[i + 1] === "-" && (line[i + 2] === " " || i + 2 === line.length)) return i;
  }
  return Infinity;
}
function modulesOf(rel) {
  const out = [rel.replace(/\.[^./]+$/, "")];
  for (let i = rel.lastIndexOf("/"); i > 0; i = rel.lastIndexOf("/", i - 1)) out.push(rel.slice(0, i));
  return out;
}
var defOf = (w) => `def[ \\t]+(?:self\\.)?${w}(?![\\w=?!])`;
function bindingOf(text, word, python, classes) {
  const w = escapeRe(word);
  const assign = `(?:(?:const|let|var|my|local|val)[ \\t]+)?${w}[ \\t]*(?::=|(?::[^=\\n]*)?=(?![=>~]))`;
  const re = new RegExp(`^([ \\t]*)(?:(${defOf(w)})|${assign}${python ? `|${w}[ \\t]*:[ \\t]*[A-Za-z_]` : ""})`, "gm");
  let kind = null;
  for (const m of text.matchAll(re)) {
    const method = m[2] !== void 0;
    const lineEnd = text.indexOf("\n", m.index);
    if (!method && /,\s*$/.test(text.slice(m.index, lineEnd === -1 ? text.length : lineEnd))) continue;
    if (!method && /[([{,][ \t]*\r?\n[\s]*$/.test(text.slice(Math.max(0, m.index - 400), m.index))) continue;
    const indent = m[1].length;
    let enclosing = null;
    if (python && indent > 0) {
      for (let end = m.index; end > 0; ) {
        const start = text.lastIndexOf("\n", end - 2) + 1;
        const line = text.slice(start, end - 1);
        end = start;
        const lead = /^[ \t]*/.exec(line)[0].length;
        if (lead < line.length && line[lead] !== "#" && lead < indent) {
          enclosing = line.slice(lead);
          break;
        }
      }
    }
    const cls = enclosing ? /^class[ \t]+([A-Za-z_]\w*)/.exec(enclosing) : null;
    if (cls) {
      if (classes.has(cls[1])) continue;
      if (!method) return "field";
    }
    kind = "local";
  }
  return kind;
}
function definesMethod(text, word) {
  const w = escapeRe(word);
  const definition = new RegExp(`^[ \\t]*(?:${defOf(w)}|(?:pub(?:\\([a-z]+\\))?[ \\t]+)?fn[ \\t]+${w}[ \\t]*[(<]|(?:(?:public|protected|private|static)[ \\t]+)*function[ \\t]+${w}[ \\t]*\\(|(?:static[ \\t]+)?get[ \\t]+${w}[ \\t]*\\()`, "m");
  if (!definition.test(text)) return false;
  return !new RegExp(`\\[:${w}\\]|\\[['"]${w}['"]\\]|read_attribute\\(:?['"]?${w}\\b|\\bsuper\\b`).test(text);
}
function rangeAt(ranges, at) {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const r = ranges[mid];
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return r;
  }
  return void 0;
}
function scanFile(rel, text, wordRe, byWord, max, modelModules) {
  const base = path.posix.basename(rel).replace(/\.[^.]+$/, "").toLowerCase().replace(/_/g, "");
  const python = /\.pyi?$/.test(rel);
  const modelFile = /* @__PURE__ */ new Map();
  const isModelFile = (p) => {
    let v = modelFile.get(p);
    if (v === void 0) {
      v = declaredTables().size <= 1 && (p.modelFileNames.has(base) && MODEL_DIRS.test(rel) || p.declaresRe.test(text) || declaredTables().has(p.table.toLowerCase()));
      modelFile.set(p, v);
    }
    return v;
  };
  let declared = null;
  const declaredTables = () => {
    if (declared) return declared;
    declared = new Set([...text.matchAll(DECLARES_ANY_TABLE)].map((d) => d[1].split(".").pop().toLowerCase()));
    for (const module of modulesOf(rel)) {
      for (const model of modelModules.get(module) ?? []) {
        if (new RegExp(`^[ \\t]*class[ \\t]+${escapeRe(model.name)}(?![A-Za-z0-9_])`, "m").test(text)) declared.add(model.table);
      }
    }
    return declared;
  };
  const rust = rel.endsWith(".rs");
  let rustNames = null;
  let rustStructs = null;
  let rustUseDecls = null;
  let rustOwners = null;
  let rustStructTables = null;
  const bindings = /* @__PURE__ */ new Map();
  const binding = (p) => {
    let b = bindings.get(p);
    if (b === void 0) {
      if (rust) b = (rustNames ??= rustBoundNames(text)).has(p.word) ? "local" : null;
      else b = isModelFile(p) && !python ? null : bindingOf(text, p.word, python, p.classWords);
      bindings.set(p, b);
    }
    return b;
  };
  const rustNotColumn = (p, at, access, lineStart2) => {
    const after = text.slice(at + p.word.length, at + p.word.length + 16);
    if (/^[ \t]*(?:\(|!|::<)/.test(after)) return true;
    const structs = rustStructs ??= rustTableStructs(text);
    const inStruct = rangeAt(structs, at);
    if (inStruct) return inStruct.table !== p.table.toLowerCase();
    if (!access && /^[ \t\r\n]*(?::(?!:)|,|\})/.test(after) && /(?:[{,\]]|(?<![A-Za-z0-9_])(?:pub(?:\([a-z]+\))?|ref|mut))[ \t\r\n]*$/.test(text.slice(Math.max(0, at - 24), at))) {
      const owner = ownerAt(rustOwners ??= rustBraceOwners(text), at);
      if (owner && !(p.classWords.has(owner.name) && !owner.declared)) {
        if (p.classWords.has(owner.name)) return false;
        rustStructTables ??= new Map(structs.map((st) => [st.name, st.table]));
        return rustStructTables.get(owner.name) !== p.table.toLowerCase();
      }
    }
    return binding(p) === "local" && !access && !rustColumnUse(text, at, p.word.length, lineStart2);
  };
  const otherTablesModel = (p) => declaredTables().size > 0 && !declaredTables().has(p.table.toLowerCase());
  let lineNo = 1;
  let scanned = 0;
  let lineEnd = -1;
  let lineText = "";
  let lineStart = 0;
  let commentAt = Infinity;
  const seen = /* @__PURE__ */ new Set();
  const shadowChecked = /* @__PURE__ */ new Set();
  const onLine = /* @__PURE__ */ new Map();
  wordRe.lastIndex = 0;
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
    if (m.index > lineEnd) {
      for (let i = text.indexOf("\n", scanned); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) lineNo++;
      const start = text.lastIndexOf("\n", m.index) + 1;
      lineEnd = text.indexOf("\n", m.index);
      if (lineEnd === -1) lineEnd = text.length;
      lineText = text.slice(start, lineEnd);
      lineStart = start;
      commentAt = commentStart(lineText);
      scanned = lineEnd;
      seen.clear();
      onLine.clear();
    }
    if (m.index - lineStart >= commentAt) continue;
    if (text[m.index - 1] === "$") continue;
    if (rust && rangeAt(rustUseDecls ??= rustUses(text), m.index)?.schema === false) continue;
    for (const p of byWord.get(m[0]) ?? []) {
      if (seen.has(p)) continue;
      if (p.isColumn && !shadowChecked.has(p)) {
        shadowChecked.add(p);
        if (isModelFile(p) && definesMethod(text, p.word)) p.shadowed = true;
      }
      let line = onLine.get(p);
      if (!line) onLine.set(p, line = {});
      let hit;
      const qualified = () => (line.qualified ??= p.qualifierRe.test(lineText) || p.sqlContextRe.test(lineText)) || (line.classUsed ??= p.classRe.test(lineText)) && fieldUse(text, m.index, m[0].length) && insideClassCall(lineText, m.index - lineStart, p.classRe);
      if (p.mode === "bare") {
        const access = /(?:\.|::|->)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\bdef[ \t]+self\.$/.test(text.slice(Math.max(0, m.index - 12), m.index));
        const before = text[m.index - 1];
        const quoted = before === "'" || before === '"' || before === "`" || before === ":" && text[m.index - 2] !== ":";
        let plain = true;
        if (otherTablesModel(p) || isQuotedKey(text, m.index, m[0].length)) plain = false;
        else if (rust) plain = quoted || !rustNotColumn(p, m.index, access, lineStart);
        else if (!quoted) {
          const b = binding(p);
          if (b === "field" || b === "local" && !access) plain = false;
        }
        hit = plain || qualified();
      } else if (p.mode === "withTable") {
        const access = rust && /(?:\.|::|->)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index));
        hit = isModelFile(p) && !isQuotedKey(text, m.index, m[0].length) && !(rust && (insideRustString(lineText, m.index - lineStart) || rustNotColumn(p, m.index, access, lineStart))) || qualified();
      } else hit = line.context ??= p.contextRe.test(lineText) && !(IMPORT_LINE.test(lineText) && !p.sqlContextRe.test(lineText));
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
  const models = /* @__PURE__ */ new Map();
  const own = (column, table) => {
    const set = columnOwners.get(column) ?? /* @__PURE__ */ new Set();
    set.add(table);
    columnOwners.set(column, set);
  };
  for (const m of migrations) {
    for (const model of m.ormModels ?? []) models.set(model.table, { name: model.name, module: model.module });
    for (const op of m.up) {
      if (op.kind === "createTable") for (const c of op.columns) own(c.name, op.table);
      else if (op.kind === "addColumn") own(op.column.name, op.table);
      else if (op.kind === "renameColumn") own(op.newName, op.table);
      if (!m.isNew) continue;
      if (op.kind === "dropColumn" || op.kind === "renameColumn") targets.push({ table: op.table, column: op.column });
      else if (op.kind === "dropTable" || op.kind === "renameTable") targets.push({ table: op.table, column: null });
    }
  }
  return { targets, columnOwners, models };
}

export {
  SCHEMA_SCRIPT,
  searchReferences,
  eachCodeFile,
  referenceTargets
};
