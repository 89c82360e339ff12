#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  isRailsMigrationFile,
  railsNames
} from "./chunk-BL4TAXMY.js";
import {
  lazyGrammar
} from "./chunk-RXMKKHWX.js";
import {
  lowerAtCall
} from "./chunk-ZXL7UVA4.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/parse/rails/index.ts
import { createHash } from "node:crypto";

// src/parse/rails/data.ts
var HARMLESS = /* @__PURE__ */ new Set([
  "puts",
  "print",
  "p",
  "pp",
  "say",
  "warn",
  "raise",
  "fail",
  "sleep",
  "require",
  "require_relative",
  "format",
  "sprintf",
  "loop",
  "lambda",
  "proc",
  "rand",
  "Integer",
  "Float",
  "String",
  "Array",
  "Hash",
  "exit",
  "abort",
  "next",
  "break",
  "return",
  "binding",
  "catch",
  "throw",
  "freeze",
  "block_given?",
  "defined?"
]);
var MODEL_WRITES = {
  update_all: "update",
  update: "update",
  "update!": "update",
  update_counters: "update",
  touch_all: "update",
  delete_all: "delete",
  destroy_all: "delete",
  delete_by: "delete",
  destroy_by: "delete",
  delete: "delete",
  destroy: "delete",
  insert: "insert",
  "insert!": "insert",
  insert_all: "insert",
  "insert_all!": "insert",
  upsert: "insert",
  upsert_all: "insert",
  create: "insert",
  "create!": "insert",
  find_or_create_by: "insert",
  "find_or_create_by!": "insert",
  create_or_find_by: "insert",
  "create_or_find_by!": "insert"
};
var RECORD_WRITES = {
  save: "update",
  "save!": "update",
  "update!": "update",
  update_attribute: "update",
  update_attributes: "update",
  "update_attributes!": "update",
  update_column: "update",
  update_columns: "update",
  touch: "update",
  "increment!": "update",
  "decrement!": "update",
  "toggle!": "update",
  destroy: "delete",
  "destroy!": "delete"
};
var FILTERS = /* @__PURE__ */ new Set(["where", "find", "find_by", "find_by!", "not", "rewhere", "find_each_with_where", "joins", "merge", "excluding", "without", "limit", "first", "last", "take", "in_batches_of"]);
var NOT_MODELS = /^(ENV|STDIN|STDOUT|STDERR|ARGV|Rails|SecureRandom|JSON|YAML|Time|Date|DateTime|File|Dir|IO|Kernel|Integer|Float|String|Array|Hash|Set|Struct|Math|Digest|Base64|URI|Regexp|Logger|Thread|Process|ActiveSupport|ActiveRecord|ActiveModel|ApplicationRecord|Object|Class|Module|Comparable|Enumerable)(::|$)/;
function dataEffect(node, ctx) {
  const writes = [];
  const seen = /* @__PURE__ */ new Set();
  const visiting = /* @__PURE__ */ new Set();
  if (node.type === "identifier" && !ctx.helpers.has(node.text) && !HARMLESS.has(node.text)) return null;
  const ok = scan(node, ctx, writes, visiting);
  if (!ok) return null;
  return writes.filter((w) => {
    const key = `${w.action} ${w.table} ${w.hasWhere}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function scan(node, ctx, writes, visiting) {
  if (node.type === "call") {
    const receiver = node.childForFieldName("receiver");
    const method = node.childForFieldName("method")?.text ?? "";
    if (!receiver) {
      if (ctx.schemaMethods.has(method)) return false;
      const helper = ctx.helpers.get(method);
      if (helper) {
        if (!helperIsData(helper, method, ctx, writes, visiting)) return false;
      } else if (!HARMLESS.has(method)) return false;
    } else {
      if (/(^|\.)connection$/.test(receiver.text) && !/^(select_\w+|quote\w*|adapter_name|table_exists\?|column_exists\?|index_exists\?|columns|tables|indexes|data_source_exists\?|view_exists\?)$/.test(method)) return false;
      if (receiver.type === "self") return false;
      const write = writeOf(node, method, receiver, ctx);
      if (write) writes.push(write);
    }
  } else if (node.type === "identifier") {
    const helper = ctx.helpers.get(node.text);
    if (helper && !helperIsData(helper, node.text, ctx, writes, visiting)) return false;
  }
  for (const child of node.namedChildren) {
    if (child && !scan(child, ctx, writes, visiting)) return false;
  }
  return true;
}
function helperIsData(helper, name2, ctx, writes, visiting) {
  if (visiting.has(name2)) return true;
  visiting.add(name2);
  const body = helper.childForFieldName("body");
  const ok = !body || scan(body, ctx, writes, visiting);
  visiting.delete(name2);
  return ok;
}
function chainRoot(node) {
  let cur = node;
  for (; ; ) {
    if (cur.type === "call") {
      const r = cur.childForFieldName("receiver");
      if (!r) return cur;
      cur = r;
    } else if (cur.type === "parenthesized_statements" && cur.namedChildCount === 1) cur = cur.namedChildren[0];
    else return cur;
  }
}
function chainMethods(node) {
  const out = [];
  let cur = node;
  while (cur?.type === "call") {
    out.unshift(cur.childForFieldName("method")?.text ?? "");
    cur = cur.childForFieldName("receiver");
  }
  return out;
}
function modelOf(root) {
  if (root.type !== "constant" && root.type !== "scope_resolution") return null;
  return NOT_MODELS.test(root.text) ? null : root.text;
}
function writeOf(call, method, receiver, ctx) {
  const root = chainRoot(receiver);
  const model = modelOf(root);
  if (model) {
    const action2 = MODEL_WRITES[method];
    if (!action2) return null;
    const filtered = chainMethods(receiver).some((m) => FILTERS.has(m));
    return { action: action2, table: tableOf(model, ctx), hasWhere: filtered || action2 === "insert" };
  }
  const action = RECORD_WRITES[method];
  if (!action || root.type !== "identifier") return null;
  const source = enclosingIteration(call);
  if (!source) return null;
  const iterModel = modelOf(chainRoot(source));
  if (!iterModel) return null;
  return { action, table: tableOf(iterModel, ctx), hasWhere: true };
}
function enclosingIteration(node) {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if ((cur.type === "block" || cur.type === "do_block") && cur.parent?.type === "call") {
      const owner = cur.parent;
      const receiver = owner.childForFieldName("receiver");
      if (receiver && modelOf(chainRoot(receiver))) return receiver;
    }
  }
  return null;
}
function tableOf(model, ctx) {
  const segments = model.split("::");
  const last = segments.pop() ?? model;
  const explicit = ctx.tableNames.get(model) ?? ctx.tableNames.get(last);
  if (explicit) return explicit;
  const ns = segments.pop();
  const base = ns ? singularize(ns) : null;
  if (base && base !== ns && last.endsWith(base)) return tableOf(base, ctx);
  const snake = last.replace(/([a-z\d])([A-Z])/g, "$1_$2").replace(/(?<![A-Z])([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
  const parts = snake.split("_");
  parts[parts.length - 1] = pluralize(parts[parts.length - 1]);
  return parts.join("_");
}
function pluralize(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
function singularize(word) {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}

// src/parse/rails/tree-sitter.ts
var ruby = lazyGrammar("tree-sitter-ruby.wasm", "tree-sitter-ruby/tree-sitter-ruby.wasm");
var loadRubyParser = ruby.load;
var discardRubyParser = ruby.discard;

// src/parse/rails/index.ts
var railsFrontEnd = async (task) => {
  const { path, text } = task.file;
  const { version } = railsNames(path);
  const migration = {
    id: version,
    file: path,
    framework: "rails",
    dialect: task.dialect,
    isNew: task.isNew,
    transactional: true,
    up: [],
    down: null,
    downLoc: { file: path, line: 1, endLine: 1, column: 1 },
    downIrreversible: null,
    order: task.order,
    expectsDown: task.expectsDown ?? true,
    ...task.runnerLockTimeout ? { runnerLockTimeout: true } : {}
  };
  const targetServer = strongMigrationsTarget(task.strongMigrations?.targetVersion ?? null, task.dialect);
  if (targetServer) migration.targetServer = targetServer;
  try {
    const parser = await loadRubyParser();
    const tree = parser.parse(text);
    if (!tree) throw new Error("the Ruby parser returned no tree");
    try {
      await lowerTree(tree.rootNode, migration, task.dialect);
    } finally {
      tree.delete();
    }
  } catch (err) {
    discardRubyParser();
    migration.up.push({
      kind: "unparsed",
      reason: "dynamic",
      message: `Internal error while analysing this Rails migration (${err.message}); parts of it are not checked.`,
      loc: { file: path, line: 1, endLine: 1, column: 1 }
    });
  }
  const startAfter = task.strongMigrations?.startAfter ?? null;
  if (startAfter !== null && /^\d+$/.test(version) && BigInt(version) <= BigInt(startAfter.split(".")[0])) {
    (migration.frameworkSuppressions ??= []).push({
      file: path,
      line: 1,
      endLine: text.split("\n").length,
      categories: ["locking", "compatibility", "mysql"],
      reason: `StrongMigrations.start_after = ${startAfter}: strong_migrations does not check migrations up to that version`
    });
  }
  return [migration];
};
function strongMigrationsTarget(value, dialect) {
  if (value === null) return null;
  const source = `StrongMigrations.target_version = ${value}`;
  const [a = 0, b = 0, c = 0] = value.split(".").map(Number);
  if (dialect === "mysql") return { mysqlVersion: a * 1e4 + b * 100 + c, ...a >= 10 ? { mariadb: true } : {}, source };
  return a >= 9 && a <= 30 ? { pgVersion: a, source } : null;
}
function locOf(file, node) {
  return { file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, column: node.startPosition.column + 1, endColumn: node.endPosition.column + 1 };
}
async function lowerTree(root, migration, dialect) {
  const file = migration.file;
  if (root.hasError) {
    const bad = findError(root);
    migration.up.push({ kind: "unparsed", reason: "parse", message: "Syntax error in Ruby source.", loc: locOf(file, bad ?? root) });
  }
  const cls = findMigrationClass(root);
  if (!cls) {
    migration.up.push({ kind: "unparsed", reason: "dynamic", message: "No `class \u2026 < ActiveRecord::Migration[\u2026]` found: nothing in this file is checked.", loc: locOf(file, root) });
    return;
  }
  const superText = cls.childForFieldName("superclass")?.text ?? "";
  const versionMatch = /Migration\[(\d+(?:\.\d+)?)\]/.exec(superText);
  const body = cls.childForFieldName("body");
  const members = body ? body.namedChildren.filter((n) => n !== null) : [];
  const fixSites = { classBody: null, firstStatement: null, calls: {} };
  migration.rails = { version: versionMatch?.[1] ?? null };
  migration.fixSites = fixSites;
  const leading = cls.namedChildren.filter((n) => n?.type === "comment");
  const firstMember = [...leading, ...members].find((n) => n.startPosition.row > cls.startPosition.row);
  if (firstMember) fixSites.classBody = { line: firstMember.startPosition.row + 1, indent: " ".repeat(firstMember.startPosition.column) };
  let change = null;
  let up = null;
  let down = null;
  for (const member of members) {
    if (member.type === "call" && !member.childForFieldName("receiver") && member.childForFieldName("method")?.text === "disable_ddl_transaction!") migration.transactional = false;
    if (member.type === "identifier" && member.text === "disable_ddl_transaction!") migration.transactional = false;
    if (member.type === "method" || member.type === "singleton_method" && member.childForFieldName("object")?.type === "self") {
      const name2 = member.childForFieldName("name")?.text;
      if (name2 === "change") change = member;
      else if (name2 === "up") up = member;
      else if (name2 === "down") down = member;
    }
  }
  const helpers = /* @__PURE__ */ new Map();
  for (const member of members) {
    const n = member.type === "method" ? member.childForFieldName("name")?.text : null;
    if (n && n !== "change" && n !== "up" && n !== "down") helpers.set(n, member);
  }
  const ctx = { file, dialect, suppressions: [], data: { helpers, schemaMethods: SCHEMA_METHODS, tableNames: modelTableNames(root) }, consts: literalConstants(root, cls), defaults: versionDefaults(migration.rails.version), calls: fixSites.calls };
  const runs = change ?? up;
  const firstStatement = runs?.childForFieldName("body")?.namedChildren.find((n) => !!n && n.type !== "comment" && n.type !== "heredoc_body");
  if (runs && firstStatement && firstStatement.startPosition.row > runs.startPosition.row) {
    fixSites.firstStatement = { line: firstStatement.startPosition.row + 1, column: firstStatement.startPosition.column + 1, method: runs === change ? "change" : "up" };
  }
  migration.frameworkSuppressions = ctx.suppressions;
  if (change) {
    const lowered = lowerBody(change, ctx);
    migration.up = [...migration.up, ...await toOps(lowered.items, ctx)];
    migration.downLoc = locOf(file, change);
    if (lowered.irreversible) {
      migration.down = [];
      migration.downIrreversible = { loc: locOf(file, lowered.irreversible.node), reason: `ActiveRecord::IrreversibleMigration at rollback: ${lowered.irreversible.reason}` };
    } else {
      migration.down = await toOps([...lowered.inverse].reverse(), ctx);
    }
    return;
  }
  if (up) migration.up = [...migration.up, ...await toOps(lowerBody(up, ctx).items, ctx)];
  else migration.up.push({ kind: "unparsed", reason: "dynamic", message: "The migration class defines neither `change` nor `up`: nothing in it is checked.", loc: locOf(file, cls) });
  if (down) {
    migration.downLoc = locOf(file, down);
    const raises = findCall(down, (n) => n.childForFieldName("method")?.text === "raise" && /IrreversibleMigration/.test(n.text));
    migration.down = await toOps(lowerBody(down, ctx).items, ctx);
    if (raises) migration.downIrreversible = { loc: locOf(file, raises), reason: "the down method raises ActiveRecord::IrreversibleMigration" };
  } else if (up) {
    migration.downLoc = locOf(file, up);
  }
}
function callSite(call, method) {
  const list = call.childForFieldName("arguments");
  const items = (list?.namedChildren ?? []).filter((n) => !!n && n.type !== "comment");
  const args = [];
  const options = {};
  let known = true;
  for (const item of items) {
    if (item.type !== "pair") {
      args.push(item.text);
      continue;
    }
    const key = item.childForFieldName("key");
    const k = key?.type === "hash_key_symbol" ? key.text : key?.type === "simple_symbol" ? key.text.slice(1) : null;
    if (k) options[k] = item.text;
    else known = false;
  }
  const last = items[items.length - 1];
  const appendable = known && last && !call.childForFieldName("block") && !/^(hash|heredoc_beginning|splat_argument|hash_splat_argument|block_argument|forward_argument)$/.test(last.type);
  return { method, args, options, append: appendable ? { line: last.endPosition.row + 1, column: last.endPosition.column + 1 } : null };
}
function versionDefaults(version) {
  const v = version ? Number(version) : 4.2;
  return {
    keyType: v < 5.1 ? "integer" : "bigint",
    referenceIndex: v >= 5,
    timestampsNotNull: v >= 5,
    timestampsPrecision: v >= 6 ? 6 : null,
    datetimePrecision: v >= 7 ? 6 : null,
    uuidDefault: v < 5.1 ? "uuid_generate_v4()" : "gen_random_uuid()",
    extensionForce: v >= 7.1,
    mysqlEngine: v < 5.1,
    shortIndexNames: v >= 7.1
  };
}
var SCHEMA_METHODS = /* @__PURE__ */ new Set([
  "create_table",
  "drop_table",
  "rename_table",
  "change_table",
  "create_join_table",
  "drop_join_table",
  "add_column",
  "remove_column",
  "remove_columns",
  "rename_column",
  "change_column",
  "change_column_null",
  "change_column_default",
  "change_column_comment",
  "change_table_comment",
  "add_timestamps",
  "remove_timestamps",
  "add_index",
  "remove_index",
  "rename_index",
  "add_reference",
  "add_belongs_to",
  "remove_reference",
  "remove_belongs_to",
  "add_foreign_key",
  "remove_foreign_key",
  "validate_foreign_key",
  "add_check_constraint",
  "remove_check_constraint",
  "validate_check_constraint",
  "validate_constraint",
  "add_exclusion_constraint",
  "remove_exclusion_constraint",
  "add_unique_constraint",
  "remove_unique_constraint",
  "enable_extension",
  "disable_extension",
  "create_enum",
  "drop_enum",
  "rename_enum",
  "add_enum_value",
  "rename_enum_value",
  "create_schema",
  "drop_schema",
  "execute",
  "exec_query",
  "exec_update",
  "exec_delete",
  "exec_insert",
  "update",
  "insert",
  "delete",
  "transaction",
  "reversible",
  "up_only",
  "revert",
  "safety_assured",
  "say_with_time",
  "disable_ddl_transaction!",
  "run",
  "migrate"
]);
function modelTableNames(root) {
  const out = /* @__PURE__ */ new Map();
  const visit = (node) => {
    if (node.type === "class" && !/Migration/.test(node.childForFieldName("superclass")?.text ?? "")) {
      const m = /self\.table_name\s*=\s*["':](\w+)/.exec(node.text);
      const cname = node.childForFieldName("name")?.text;
      if (m && cname) out.set(cname, m[1]);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return out;
}
function literalConstants(root, cls) {
  const count = /* @__PURE__ */ new Map();
  const bump = (n) => count.set(n, (count.get(n) ?? 0) + 1);
  const targets = (left) => {
    if (!left) return;
    if (left.type === "constant") bump(left.text);
    else if (left.type === "scope_resolution") bump(left.childForFieldName("name")?.text ?? left.text);
    else if (left.type === "left_assignment_list" || left.type === "destructured_left_assignment") for (const c of left.namedChildren) targets(c);
  };
  const visit = (node) => {
    if (node.type === "assignment" || node.type === "operator_assignment") targets(node.childForFieldName("left"));
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  const scopes = [root];
  for (let cur = cls; cur; cur = cur.parent) {
    if (cur.type === "class" || cur.type === "module") {
      const body = cur.childForFieldName("body");
      if (body) scopes.push(body);
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const scope of scopes) {
    for (const stmt of scope.namedChildren) {
      if (stmt?.type !== "assignment") continue;
      const left = stmt.childForFieldName("left");
      const right = stmt.childForFieldName("right");
      if (left?.type !== "constant" || !right || count.get(left.text) !== 1) continue;
      const v = valueOf(right);
      const scalar = (x) => x.kind === "sym" || x.kind === "str";
      if (scalar(v) || v.kind === "int" || v.kind === "array" && v.items.every(scalar)) out.set(left.text, v);
    }
  }
  return out;
}
async function toOps(items, ctx) {
  const out = [];
  for (const item of items) {
    if ("kind" in item) {
      out.push(item);
      continue;
    }
    for (const op of await lowerAtCall(ctx.dialect, item.sql, locOf(ctx.file, item.node))) out.push({ ...op, sql: op.sql ?? item.sql, ...item.conditional ? { conditional: true } : {} });
  }
  return out;
}
function findError(node) {
  if (node.type === "ERROR" || node.isMissing) return node;
  for (const child of node.namedChildren) {
    if (child && child.hasError) {
      const found = findError(child);
      if (found) return found;
    }
  }
  return null;
}
function findMigrationClass(node) {
  if (node.type === "class" && /ActiveRecord::Migration/.test(node.childForFieldName("superclass")?.text ?? "")) return node;
  for (const child of node.namedChildren) {
    if (!child) continue;
    const found = findMigrationClass(child);
    if (found) return found;
  }
  return null;
}
function findCall(node, test) {
  if (node.type === "call" && test(node)) return node;
  for (const child of node.namedChildren) {
    if (!child) continue;
    const found = findCall(child, test);
    if (found) return found;
  }
  return null;
}
var NO_CONSTS = /* @__PURE__ */ new Map();
function valueOf(node, consts = NO_CONSTS) {
  switch (node.type) {
    case "constant":
      return consts.get(node.text) ?? { kind: "expr", text: node.text };
    case "simple_symbol":
      return { kind: "sym", value: node.text.slice(1) };
    case "delimited_symbol":
      return stringValue(node, true) ?? { kind: "expr", text: node.text };
    case "string":
      return stringValue(node, false) ?? { kind: "expr", text: node.text };
    case "heredoc_beginning":
      return { kind: "expr", text: node.text };
    case "integer":
    case "float":
      return { kind: "int", value: node.text.replace(/_/g, "") };
    case "true":
      return { kind: "bool", value: true };
    case "false":
      return { kind: "bool", value: false };
    case "nil":
      return { kind: "nil" };
    case "array":
      return { kind: "array", items: node.namedChildren.filter((n) => n !== null).map((n) => valueOf(n, consts)) };
    case "symbol_array":
    case "string_array": {
      const items = [];
      for (const word of node.namedChildren) {
        if (!word) continue;
        const v = stringValue(word, node.type === "symbol_array");
        if (!v) return { kind: "expr", text: node.text };
        items.push(v);
      }
      return { kind: "array", items };
    }
    case "call": {
      const receiver = node.childForFieldName("receiver");
      const m = node.childForFieldName("method")?.text;
      if (receiver?.type === "string" && !node.childForFieldName("arguments") && m && ["squish", "strip", "freeze", "chomp", "dup", "to_s", "strip_heredoc"].includes(m)) {
        const v = valueOf(receiver, consts);
        if (v.kind === "str") return { kind: "str", value: m === "squish" ? v.value.trim().replace(/\s+/g, " ") : m === "strip" ? v.value.trim() : v.value };
      }
      if (receiver && /^(array|symbol_array|string_array|simple_symbol|integer)$/.test(receiver.type) && !node.childForFieldName("arguments") && m === "freeze") return valueOf(receiver, consts);
      return { kind: "expr", text: node.text };
    }
    case "hash": {
      const entries = /* @__PURE__ */ new Map();
      for (const pair of node.namedChildren) if (pair?.type === "pair") addPair(entries, pair, consts);
      return { kind: "hash", entries };
    }
    default:
      return { kind: "expr", text: node.text };
  }
}
function stringValue(node, symbol) {
  let out = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "string_content") out += child.text;
    else if (child.type === "escape_sequence") out += unescape(child.text);
    else return null;
  }
  return symbol ? { kind: "sym", value: out } : { kind: "str", value: out };
}
function unescape(seq) {
  const map = { n: "\n", t: "	", "\\": "\\", '"': '"', "'": "'" };
  return map[seq.slice(1)] ?? seq.slice(1);
}
function addPair(entries, pair, consts = NO_CONSTS) {
  const key = pair.childForFieldName("key");
  const value = pair.childForFieldName("value");
  if (!key || !value) return;
  let name2;
  if (key.type === "hash_key_symbol") name2 = key.text;
  else if (key.type === "simple_symbol") name2 = key.text.slice(1);
  else {
    const v = valueOf(key, consts);
    name2 = v.kind === "str" || v.kind === "sym" ? v.value : key.text;
  }
  entries.set(name2, valueOf(value, consts));
}
function argsOf(call, consts) {
  const list = call.childForFieldName("arguments");
  const positional = [];
  const options = /* @__PURE__ */ new Map();
  const heredocs = [];
  for (const arg of list?.namedChildren ?? []) {
    if (!arg) continue;
    if (arg.type === "pair") addPair(options, arg, consts);
    else if (arg.type === "hash") {
      const h = valueOf(arg, consts);
      if (h.kind === "hash") for (const [k, v] of h.entries) options.set(k, v);
    } else if (arg.type === "heredoc_beginning") positional.push({ kind: "expr", text: arg.text });
    else if (arg.type === "splat_argument" && arg.namedChildren[0]) {
      const v = valueOf(arg.namedChildren[0], consts);
      if (v.kind === "array") positional.push(...v.items);
      else positional.push({ kind: "expr", text: arg.text });
    } else positional.push(valueOf(arg, consts));
  }
  let sibling = call.nextNamedSibling;
  while (sibling && sibling.type === "heredoc_body") {
    heredocs.push(heredocText(sibling));
    sibling = sibling.nextNamedSibling;
  }
  for (const child of call.namedChildren) if (child?.type === "heredoc_body") heredocs.push(heredocText(child));
  for (const child of list?.namedChildren ?? []) if (child?.type === "heredoc_body") heredocs.push(heredocText(child));
  return { positional, options, heredocs };
}
function heredocText(body) {
  const parts = [];
  for (const child of body.namedChildren) {
    if (!child) continue;
    if (child.type === "interpolation") return "\0";
    if (child.type === "heredoc_content" || child.type === "escape_sequence") parts.push(child.type === "escape_sequence" ? unescape(child.text) : child.text);
  }
  return parts.join("");
}
function name(v) {
  return v && (v.kind === "sym" || v.kind === "str") ? v.value : null;
}
function truthy(v) {
  return !!v && !(v.kind === "bool" && !v.value) && v.kind !== "nil";
}
function q(id, dialect) {
  return dialect === "mysql" ? `\`${id.replace(/`/g, "``")}\`` : `"${id.replace(/"/g, '""')}"`;
}
function lit(v, dialect) {
  switch (v.kind) {
    case "str":
    case "sym":
      return `'${v.value.replace(/'/g, "''")}'`;
    case "int":
      return v.value;
    case "bool":
      return dialect === "mysql" ? v.value ? "1" : "0" : v.value ? "TRUE" : "FALSE";
    case "nil":
      return "NULL";
    case "array":
      return v.items.length === 0 && dialect !== "mysql" ? "'{}'" : null;
    case "hash":
      return v.entries.size === 0 && dialect !== "mysql" ? "'{}'" : null;
    default: {
      const m = /^->\s*\{\s*["']([^"']+)["']\s*\}$/.exec(v.text.trim()) ?? /^lambda\s*\{\s*["']([^"']+)["']\s*\}$/.exec(v.text.trim());
      return m ? m[1] : null;
    }
  }
}
var PG_TYPES = {
  string: "character varying",
  text: "text",
  integer: "integer",
  bigint: "bigint",
  float: "float",
  decimal: "decimal",
  numeric: "decimal",
  datetime: "timestamp",
  timestamp: "timestamp",
  timestamptz: "timestamptz",
  time: "time",
  date: "date",
  binary: "bytea",
  boolean: "boolean",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  inet: "inet",
  citext: "citext",
  hstore: "hstore",
  serial: "serial",
  bigserial: "bigserial",
  interval: "interval",
  money: "money",
  xml: "xml",
  tsvector: "tsvector",
  cidr: "cidr",
  macaddr: "macaddr",
  point: "point",
  ltree: "ltree",
  oid: "oid",
  int4range: "int4range",
  int8range: "int8range",
  numrange: "numrange",
  daterange: "daterange",
  tsrange: "tsrange",
  tstzrange: "tstzrange",
  bit: "bit",
  bit_varying: "bit varying"
};
var MYSQL_TYPES = {
  string: "varchar(255)",
  text: "text",
  integer: "int",
  bigint: "bigint",
  float: "float",
  decimal: "decimal",
  numeric: "decimal",
  datetime: "datetime",
  timestamp: "timestamp",
  time: "time",
  date: "date",
  binary: "blob",
  boolean: "tinyint(1)",
  json: "json"
};
function sqlType(type, options, dialect, datetimePrecision = 6) {
  if (type === "enum" && dialect === "postgres") {
    const enumType = name(options.get("enum_type"));
    return enumType ? q(enumType, dialect) : null;
  }
  const base = (dialect === "mysql" ? MYSQL_TYPES : PG_TYPES)[type];
  if (!base) return null;
  const limit = options.get("limit");
  const precision = options.get("precision");
  const scale = options.get("scale");
  let out = base;
  if (type === "string" && limit?.kind === "int") out = dialect === "mysql" ? `varchar(${limit.value})` : `character varying(${limit.value})`;
  if (type === "integer" && limit?.kind === "int") {
    const n = Number(limit.value);
    out = dialect === "mysql" ? n <= 1 ? "tinyint" : n <= 2 ? "smallint" : n <= 3 ? "mediumint" : n <= 4 ? "int" : "bigint" : n >= 5 ? "bigint" : n <= 2 ? "smallint" : "integer";
  }
  if ((type === "decimal" || type === "numeric") && precision?.kind === "int") out = `decimal(${precision.value}${scale?.kind === "int" ? `,${scale.value}` : ""})`;
  if (type === "datetime") {
    const p = precision?.kind === "int" ? precision.value : precision?.kind === "nil" ? null : datetimePrecision;
    if (p !== null) out = dialect === "mysql" ? `datetime(${p})` : `timestamp(${p})`;
  }
  if (truthy(options.get("array")) && dialect !== "mysql") out += "[]";
  return out;
}
function columnDef(column, type, options, ctx) {
  const t = sqlType(type, options, ctx.dialect, ctx.defaults.datetimePrecision);
  if (!t) return { reason: `column type \`${type}\` is not known to migration-guard's ActiveRecord model` };
  let sql = `${q(column, ctx.dialect)} ${t}`;
  const def = options.get("default");
  if (def) {
    const l = def.kind === "hash" && def.entries.size === 0 && type === "hstore" ? "''" : lit(def, ctx.dialect);
    if (l === null) return { reason: `the default of \`${column}\` is not a static value` };
    sql += ` DEFAULT ${l}`;
  }
  const nul = options.get("null");
  if (nul?.kind === "bool" && !nul.value) sql += " NOT NULL";
  return { sql };
}
function plural(word) {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}
function singular(word) {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/ss$/.test(word)) return word.slice(0, -1);
  return word;
}
function indexName(table, columns, defaults) {
  const name2 = `index_${table}_on_${columns.join("_and_")}`;
  if (!defaults.shortIndexNames || Buffer.byteLength(name2) <= 62) return name2;
  const hashed = `_${createHash("sha256").update(name2).digest("hex").slice(0, 10)}`;
  return `${cutBytes(`idx_on_${columns.join("_")}`, 62 - hashed.length)}${hashed}`;
}
function cutBytes(text, max) {
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    bytes += Buffer.byteLength(ch);
    if (bytes > max) break;
    out += ch;
  }
  return out;
}
function fkName(table, column) {
  return `fk_rails_${createHash("sha256").update(`${table}_${column}_fk`).digest("hex").slice(0, 10)}`;
}
function checkName(table, expression) {
  return `chk_rails_${createHash("sha256").update(`${table}_${expression}_chk`).digest("hex").slice(0, 10)}`;
}
function lowerBody(method, ctx) {
  const out = { items: [], inverse: [], irreversible: null };
  const body = method.childForFieldName("body");
  if (body) lowerStatements(body, ctx, out, { reversible: true });
  return out;
}
var COLUMN_TYPES = /* @__PURE__ */ new Set(["string", "text", "integer", "bigint", "float", "decimal", "numeric", "datetime", "timestamp", "timestamptz", "time", "date", "binary", "boolean", "json", "jsonb", "uuid", "inet", "citext", "hstore", "enum", "virtual"]);
function changeTableStatements(method, ca, table) {
  const withTable = (positional, options = ca.options) => ({ positional: [table, ...positional], options, heredocs: ca.heredocs });
  const each = (target, extra = []) => ca.positional.map((c) => [target, withTable([c, ...extra])]);
  if (COLUMN_TYPES.has(method)) return each("add_column", [{ kind: "sym", value: method }]);
  switch (method) {
    case "column":
      return [["add_column", withTable(ca.positional)]];
    case "remove":
      return [["remove_columns", withTable(ca.positional)]];
    case "rename":
      return [["rename_column", withTable(ca.positional)]];
    case "change":
      return [["change_column", withTable(ca.positional)]];
    case "change_default":
      return [["change_column_default", withTable(ca.positional)]];
    case "change_null":
      return [["change_column_null", withTable(ca.positional)]];
    case "index":
      return [["add_index", withTable(ca.positional)]];
    case "remove_index":
      return [["remove_index", withTable(ca.positional)]];
    case "rename_index":
      return [["rename_index", withTable(ca.positional)]];
    case "references":
    case "belongs_to":
      return each("add_reference");
    case "remove_references":
    case "remove_belongs_to":
      return each("remove_reference");
    case "timestamps":
      return [["add_timestamps", withTable([])]];
    case "remove_timestamps":
      return [["remove_timestamps", withTable([])]];
    case "foreign_key":
      return [["add_foreign_key", withTable(ca.positional)]];
    case "remove_foreign_key":
      return [["remove_foreign_key", withTable(ca.positional)]];
    case "check_constraint":
      return [["add_check_constraint", withTable(ca.positional)]];
    case "remove_check_constraint":
      return [["remove_check_constraint", withTable(ca.positional)]];
    default:
      return null;
  }
}
var ALWAYS_IRREVERSIBLE = /* @__PURE__ */ new Set(["execute", "change_column", "add_enum_value", "exec_query", "exec_update", "update", "insert", "delete"]);
function lowerStatements(body, ctx, out, scope) {
  let guarded = false;
  for (const stmt of body.namedChildren) {
    if (!stmt || stmt.type === "comment" || stmt.type === "heredoc_body") continue;
    const before = { items: out.items.length, inverse: out.inverse.length };
    if ((stmt.type === "if_modifier" || stmt.type === "unless_modifier") && stmt.childForFieldName("body")?.type === "return") {
      const decided = decideCondition(stmt.childForFieldName("condition"), ctx);
      if (decided === "guard") {
        guarded = true;
        continue;
      }
      if (typeof decided === "boolean") {
        if (decided !== (stmt.type === "unless_modifier")) break;
        continue;
      }
    }
    lowerStatement(stmt, ctx, out, scope);
    if (guarded) markConditional(out, before);
  }
}
function markConditional(out, from) {
  const mark = (x) => ({ ...x, conditional: true });
  out.items.splice(from.items, out.items.length - from.items, ...out.items.slice(from.items).map(mark));
  out.inverse.splice(from.inverse, out.inverse.length - from.inverse, ...out.inverse.slice(from.inverse).map(mark));
}
var INTROSPECTION = /\b(table_exists\?|column_exists\?|index_exists\?|index_name_exists\?|foreign_key_exists\?|check_constraint_exists\?|extension_enabled\?|extension_available\?|data_source_exists\?|view_exists\?|enum_types|columns\(|indexes\()/;
function decideCondition(cond, ctx, depth = 0) {
  if (!cond || depth > 3) return null;
  if ((cond.type === "unary" || cond.type === "not") && /^(!|not\b)/.test(cond.text)) {
    const inner = cond.namedChildren[cond.namedChildren.length - 1] ?? null;
    const d = decideCondition(inner, ctx, depth + 1);
    return typeof d === "boolean" ? !d : d;
  }
  if (cond.type === "parenthesized_statements" && cond.namedChildCount === 1) return decideCondition(cond.namedChildren[0] ?? null, ctx, depth + 1);
  let text = cond.text;
  const helper = ctx.data.helpers.get(text.replace(/\(\)$/, ""));
  if (helper) text = helper.childForFieldName("body")?.text ?? "";
  if (/adapter_name|adapter\b|\bconnection\.(class|pool)|mysql\?|postgres(ql)?\?/.test(text)) {
    const mysql = /mysql|trilogy|maria/i.test(text);
    const pg = /postg/i.test(text);
    if (mysql === pg) return null;
    const negated = /!=|!~|\bunless\b/.test(text);
    const isTarget = mysql ? ctx.dialect === "mysql" : ctx.dialect === "postgres";
    return negated ? !isTarget : isTarget;
  }
  if (INTROSPECTION.test(text)) return "guard";
  return null;
}
function lowerConditional(stmt, ctx, out, scope) {
  const decided = decideCondition(stmt.childForFieldName("condition"), ctx);
  if (decided === null) return false;
  const negated = stmt.type === "unless" || stmt.type === "unless_modifier";
  const modifier = stmt.type === "if_modifier" || stmt.type === "unless_modifier";
  const branches = modifier ? [{ node: stmt.childForFieldName("body"), when: true }] : [{ node: stmt.childForFieldName("consequence"), when: true }, { node: stmt.childForFieldName("alternative"), when: false }];
  for (const { node, when } of branches) {
    if (!node) continue;
    if (typeof decided === "boolean" && decided !== negated !== when) continue;
    const before = { items: out.items.length, inverse: out.inverse.length };
    if (modifier) lowerStatement(node, ctx, out, scope);
    else if (node.type === "elsif") {
      if (!lowerConditional(node, ctx, out, scope)) out.items.push(unanalyzable(node, ctx, "A conditional in the migration body: its branches depend on runtime state and are not checked."));
    } else lowerStatements(node, ctx, out, scope);
    if (decided === "guard") markConditional(out, before);
  }
  return true;
}
function unanalyzable(node, ctx, message) {
  return { kind: "unparsed", reason: "dynamic", message, loc: locOf(ctx.file, node) };
}
function blockBody(call) {
  const block = call.childForFieldName("block");
  return block?.childForFieldName("body") ?? null;
}
function lowerStatement(stmt, ctx, out, scope) {
  let call = stmt.type === "call" ? stmt : null;
  let method = call?.childForFieldName("method")?.text ?? null;
  if (stmt.type === "identifier") {
    method = stmt.text;
    call = stmt;
  }
  const receiver = stmt.type === "call" ? stmt.childForFieldName("receiver") : null;
  const viaConnection = !receiver || receiver.text === "self" || /^((\w+(::\w+)*)\.)?connection$/.test(receiver.text);
  if (!(call && method && viaConnection && SCHEMA_METHODS.has(method))) {
    const writes = dataEffect(stmt, ctx.data);
    if (writes) {
      for (const w of writes) out.items.push({ kind: "dml", action: w.action, table: w.table, hasWhere: w.hasWhere, loc: locOf(ctx.file, stmt) });
      return;
    }
  }
  if (!call || !method || !viaConnection) {
    if (stmt.type === "if" || stmt.type === "unless" || stmt.type === "if_modifier" || stmt.type === "unless_modifier") {
      if (lowerConditional(stmt, ctx, out, scope)) return;
      out.items.push(unanalyzable(stmt, ctx, "A conditional in the migration body: its branches depend on runtime state and are not checked."));
      return;
    }
    out.items.push(unanalyzable(stmt, ctx, `\`${firstLine(stmt.text)}\` is not a schema statement migration-guard can resolve statically.`));
    return;
  }
  if (stmt.type === "identifier") {
    if (method === "disable_ddl_transaction!") return;
    out.items.push(unanalyzable(stmt, ctx, `\`${method}\` is not a schema statement migration-guard knows.`));
    return;
  }
  ctx.calls[`${stmt.startPosition.row + 1}:${stmt.startPosition.column + 1}`] = callSite(stmt, method);
  lowerMethod(stmt, method, argsOf(stmt, ctx.consts), ctx, out, scope);
}
function lowerMethod(stmt, method, args, ctx, out, scope) {
  const push = (sql) => out.items.push({ sql, node: stmt });
  const inv = (sql) => out.inverse.push({ sql, node: stmt });
  const irreversible = (reason) => {
    if (scope.reversible && !out.irreversible) out.irreversible = { node: stmt, reason };
  };
  const fail = (reason) => {
    out.items.push(unanalyzable(stmt, ctx, `\`${method}\`: ${reason}.`));
    if (ALWAYS_IRREVERSIBLE.has(method)) irreversible(`\`${method}\` cannot be inverted`);
    else if (scope.reversible) out.inverse.push(unanalyzable(stmt, ctx, `the inverse of \`${method}\` is not known statically`));
  };
  const [a0, a1, a2] = args.positional;
  const o = args.options;
  const d = ctx.dialect;
  const table = name(a0);
  const concurrently = name(o.get("algorithm")) === "concurrently" && d !== "mysql" ? " CONCURRENTLY" : "";
  switch (method) {
    case "safety_assured": {
      const note = safetyNote(stmt);
      ctx.suppressions.push({
        file: ctx.file,
        line: stmt.startPosition.row + 1,
        endLine: stmt.endPosition.row + 1,
        categories: ["locking", "compatibility", "mysql"],
        reason: note ? `safety_assured: ${note}` : "safety_assured"
      });
      const inner = blockBody(stmt);
      if (inner) lowerStatements(inner, ctx, out, scope);
      return;
    }
    case "reversible": {
      const inner = blockBody(stmt);
      const dirUp = inner ? findCall(inner, (n) => n.childForFieldName("method")?.text === "up" && !!n.childForFieldName("receiver")) : null;
      const dirDown = inner ? findCall(inner, (n) => n.childForFieldName("method")?.text === "down" && !!n.childForFieldName("receiver")) : null;
      const upBody = dirUp ? blockBody(dirUp) : null;
      const downBody = dirDown ? blockBody(dirDown) : null;
      if (upBody) {
        const upPart = { items: [], inverse: [], irreversible: null };
        lowerStatements(upBody, ctx, upPart, { reversible: false });
        out.items.push(...upPart.items);
      }
      if (downBody) {
        const down = { items: [], inverse: [], irreversible: null };
        lowerStatements(downBody, ctx, down, { reversible: false });
        out.inverse.push(...[...down.items].reverse());
      }
      return;
    }
    case "up_only": {
      const inner = blockBody(stmt);
      if (inner) {
        const upPart = { items: [], inverse: [], irreversible: null };
        lowerStatements(inner, ctx, upPart, { reversible: false });
        out.items.push(...upPart.items);
      }
      return;
    }
    case "say_with_time": {
      const inner = blockBody(stmt);
      if (inner) lowerStatements(inner, ctx, out, scope);
      return;
    }
    case "execute": {
      const sqlText = a0?.kind === "str" ? a0.value : a0?.kind === "expr" && a0.text.startsWith("<<") ? args.heredocs[0] ?? null : null;
      if (sqlText === null || sqlText.includes("\0")) return fail("the SQL is not a static string");
      push(sqlText);
      irreversible("`execute` cannot be inverted (wrap it in `reversible` or write `up`/`down`)");
      return;
    }
  }
  switch (method) {
    case "enable_extension":
    case "disable_extension": {
      const ext = name(a0);
      if (!ext) return fail("the extension name is not static");
      if (d === "mysql") return;
      const create = `CREATE EXTENSION IF NOT EXISTS ${q(ext, d)}`;
      const cascade = !ctx.defaults.extensionForce || name(o.get("force")) === "cascade";
      const drop = `DROP EXTENSION IF EXISTS ${q(ext, d)}${cascade ? " CASCADE" : ""}`;
      push(method === "enable_extension" ? create : drop);
      inv(method === "enable_extension" ? drop : create);
      return;
    }
    case "create_enum":
    case "drop_enum": {
      const enumName = name(a0);
      const values = a1?.kind === "array" ? a1.items.map(name) : null;
      if (!enumName) return fail("the enum name is not static");
      if (d === "mysql") return fail("enum types are a PostgreSQL feature");
      const valuesSql = values && values.every((v) => v !== null) ? values.map((v) => `'${v.replace(/'/g, "''")}'`).join(", ") : null;
      const create = valuesSql !== null ? `CREATE TYPE ${q(enumName, d)} AS ENUM (${valuesSql})` : null;
      const drop = `DROP TYPE${truthy(o.get("if_exists")) ? " IF EXISTS" : ""} ${q(enumName, d)}`;
      if (method === "create_enum") {
        if (!create) return fail("the enum values are not static");
        push(create);
        inv(`DROP TYPE ${q(enumName, d)}`);
      } else {
        push(drop);
        if (create) inv(create);
        else irreversible("`drop_enum` without the list of values cannot be inverted");
      }
      return;
    }
    case "add_enum_value": {
      const enumName = name(a0);
      const value = name(a1);
      if (!enumName || !value) return fail("the enum or its value is not static");
      const before = name(o.get("before"));
      const after = name(o.get("after"));
      const where = before ? ` BEFORE '${before}'` : after ? ` AFTER '${after}'` : "";
      push(`ALTER TYPE ${q(enumName, d)} ADD VALUE${truthy(o.get("if_not_exists")) ? " IF NOT EXISTS" : ""} '${value.replace(/'/g, "''")}'${where}`);
      irreversible("`add_enum_value` cannot be inverted (PostgreSQL cannot drop an enum value)");
      return;
    }
    case "rename_enum_value": {
      const enumName = name(a0);
      const from = name(o.get("from"));
      const to = name(o.get("to"));
      if (!enumName || !from || !to) return fail("the enum or its values are not static");
      push(`ALTER TYPE ${q(enumName, d)} RENAME VALUE '${from}' TO '${to}'`);
      inv(`ALTER TYPE ${q(enumName, d)} RENAME VALUE '${to}' TO '${from}'`);
      return;
    }
    case "rename_enum": {
      const enumName = name(a0);
      const to = name(o.get("to")) ?? name(a1);
      if (!enumName || !to) return fail("the enum names are not static");
      push(`ALTER TYPE ${q(enumName, d)} RENAME TO ${q(to, d)}`);
      inv(`ALTER TYPE ${q(to, d)} RENAME TO ${q(enumName, d)}`);
      return;
    }
    case "revert": {
      const inner = blockBody(stmt);
      if (!inner || args.positional.length) return fail("reverting another migration class is not resolved statically");
      const part = { items: [], inverse: [], irreversible: null };
      lowerStatements(inner, ctx, part, { reversible: true });
      if (part.irreversible) return fail(`the block cannot be inverted (${part.irreversible.reason}), so ActiveRecord raises IrreversibleMigration on the way up`);
      out.items.push(...[...part.inverse].reverse());
      out.inverse.push(...[...part.items].reverse());
      return;
    }
  }
  if (!table) return fail("the table name is not a static symbol or string");
  const t = q(table, d);
  switch (method) {
    case "change_table": {
      const inner = blockBody(stmt);
      const param = stmt.childForFieldName("block")?.childForFieldName("parameters")?.namedChildren[0]?.text ?? "t";
      for (const colStmt of inner?.namedChildren ?? []) {
        if (!colStmt || colStmt.type === "comment") continue;
        const r = colStmt.type === "call" ? colStmt.childForFieldName("receiver") : null;
        const m = colStmt.type === "call" ? colStmt.childForFieldName("method")?.text : null;
        const mapped = r?.text === param && m ? changeTableStatements(m, argsOf(colStmt, ctx.consts), a0) : null;
        if (!mapped) {
          out.items.push(unanalyzable(colStmt, ctx, `\`${firstLine(colStmt.text)}\` inside change_table is not resolved statically.`));
          if (scope.reversible) out.inverse.push(unanalyzable(colStmt, ctx, "its inverse is not known statically"));
          continue;
        }
        for (const [innerMethod, innerArgs] of mapped) lowerMethod(colStmt, innerMethod, innerArgs, ctx, out, scope);
      }
      return;
    }
    case "rename_index": {
      const from = name(a1);
      const to = name(a2);
      if (!from || !to) return fail("the index names are not static");
      const rename = (x, y) => d === "mysql" ? `ALTER TABLE ${t} RENAME INDEX ${q(x, d)} TO ${q(y, d)}` : `ALTER INDEX ${q(x, d)} RENAME TO ${q(y, d)}`;
      push(rename(from, to));
      inv(rename(to, from));
      return;
    }
    case "add_timestamps":
    case "remove_timestamps": {
      const ts = sqlType("datetime", o, d, ctx.defaults.timestampsPrecision);
      const nullOpt = o.get("null");
      const notNull = (nullOpt?.kind === "bool" ? !nullOpt.value : ctx.defaults.timestampsNotNull) ? " NOT NULL" : "";
      const add = `ALTER TABLE ${t} ADD ${q("created_at", d)} ${ts}${notNull}, ADD ${q("updated_at", d)} ${ts}${notNull}`;
      const remove = `ALTER TABLE ${t} DROP COLUMN ${q("updated_at", d)}, DROP COLUMN ${q("created_at", d)}`;
      push(method === "add_timestamps" ? add : remove);
      inv(method === "add_timestamps" ? remove : add);
      return;
    }
    case "remove_reference":
    case "remove_belongs_to": {
      const ref = name(a1);
      if (!ref) return fail("the reference name is not static");
      const fk = o.get("foreign_key");
      if (truthy(fk)) push(d === "mysql" ? `ALTER TABLE ${t} DROP FOREIGN KEY ${q(fkName(table, `${ref}_id`), d)}` : `ALTER TABLE ${t} DROP CONSTRAINT ${q(fkName(table, `${ref}_id`), d)}`);
      if (truthy(o.get("polymorphic"))) push(`ALTER TABLE ${t} DROP COLUMN ${q(`${ref}_type`, d)}`);
      push(`ALTER TABLE ${t} DROP COLUMN ${q(`${ref}_id`, d)}`);
      const back = { items: [], inverse: [], irreversible: null };
      lowerMethod(stmt, "add_reference", args, ctx, back, { reversible: false });
      out.inverse.push(...[...back.items].reverse());
      return;
    }
    case "create_table": {
      const cols = [];
      const after = [];
      const fks = [];
      const id = o.get("id");
      const pk = name(o.get("primary_key")) ?? "id";
      if (!(id?.kind === "bool" && !id.value)) {
        const idType = name(id);
        const keyType = !idType || idType === "primary_key" ? ctx.defaults.keyType : idType;
        if (keyType === "uuid") cols.push(`${q(pk, d)} uuid DEFAULT ${ctx.defaults.uuidDefault} NOT NULL PRIMARY KEY`);
        else if (keyType === "bigint" || keyType === "integer") {
          const serial = d === "mysql" ? `${keyType === "bigint" ? "bigint" : "int"} NOT NULL AUTO_INCREMENT PRIMARY KEY` : `${keyType === "bigint" ? "bigserial" : "serial"} primary key`;
          cols.push(`${q(pk, d)} ${serial}`);
        } else {
          const st = sqlType(keyType, /* @__PURE__ */ new Map(), d);
          if (!st) return fail(`primary key type \`${keyType}\` is not known`);
          cols.push(`${q(pk, d)} ${st} NOT NULL PRIMARY KEY`);
        }
      }
      const inner = blockBody(stmt);
      const param = stmt.childForFieldName("block")?.childForFieldName("parameters")?.namedChildren[0]?.text ?? "t";
      for (const colStmt of inner?.namedChildren ?? []) {
        if (!colStmt || colStmt.type === "comment") continue;
        const r = colStmt.type === "call" ? colStmt.childForFieldName("receiver") : null;
        const m = colStmt.type === "call" ? colStmt.childForFieldName("method")?.text : null;
        if (!r || r.text !== param || !m) {
          out.items.push(unanalyzable(colStmt, ctx, `\`${firstLine(colStmt.text)}\` inside create_table is not resolved statically; the table's columns may be incomplete.`));
          continue;
        }
        const ca = argsOf(colStmt, ctx.consts);
        if (m === "timestamps") {
          const nullOpt = ca.options.get("null");
          const notNull = nullOpt?.kind === "bool" ? !nullOpt.value : ctx.defaults.timestampsNotNull;
          const ts = sqlType("datetime", ca.options, d, ctx.defaults.timestampsPrecision);
          cols.push(`${q("created_at", d)} ${ts}${notNull ? " NOT NULL" : ""}`, `${q("updated_at", d)} ${ts}${notNull ? " NOT NULL" : ""}`);
          continue;
        }
        if (m === "references" || m === "belongs_to") {
          for (const ref of ca.positional) {
            const refName = name(ref);
            if (!refName) continue;
            const type2 = name(ca.options.get("type")) ?? ctx.defaults.keyType;
            const def = columnDef(`${refName}_id`, type2, ca.options, ctx);
            if ("reason" in def) {
              out.items.push(unanalyzable(colStmt, ctx, def.reason));
              continue;
            }
            cols.push(def.sql);
            if (truthy(ca.options.get("polymorphic"))) cols.push(`${q(`${refName}_type`, d)} ${sqlType("string", /* @__PURE__ */ new Map(), d)}`);
            const idx = ca.options.get("index");
            if (idx ? truthy(idx) : ctx.defaults.referenceIndex) {
              const unique = idx?.kind === "hash" && truthy(idx.entries.get("unique")) ? "UNIQUE " : "";
              after.push(`CREATE ${unique}INDEX ${q(indexName(table, [`${refName}_id`], ctx.defaults), d)} ON ${t} (${q(`${refName}_id`, d)})`);
            }
            const fk = ca.options.get("foreign_key");
            if (truthy(fk)) {
              const toTable = (fk?.kind === "hash" ? name(fk.entries.get("to_table")) : null) ?? plural(refName);
              fks.push(`CONSTRAINT ${q(fkName(table, `${refName}_id`), d)} FOREIGN KEY (${q(`${refName}_id`, d)}) REFERENCES ${q(toTable, d)} (${q("id", d)})`);
            }
          }
          continue;
        }
        if (m === "index") {
          const colsV = ca.positional[0];
          const idxCols = colsV?.kind === "array" ? colsV.items.map(name) : [name(colsV)];
          if (idxCols.some((c) => !c)) {
            out.items.push(unanalyzable(colStmt, ctx, "index columns are not static"));
            continue;
          }
          const unique = truthy(ca.options.get("unique")) ? "UNIQUE " : "";
          after.push(`CREATE ${unique}INDEX ${q(name(ca.options.get("name")) ?? indexName(table, idxCols, ctx.defaults), d)} ON ${t} (${idxCols.map((c) => q(c, d)).join(", ")})`);
          continue;
        }
        if (m === "check_constraint") {
          const expr = name(ca.positional[0]);
          if (expr) cols.push(`${name(ca.options.get("name")) ? `CONSTRAINT ${q(name(ca.options.get("name")), d)} ` : ""}CHECK (${expr})`);
          continue;
        }
        const type = m === "column" ? name(ca.positional[1]) : m;
        for (const c of m === "column" ? [ca.positional[0]] : ca.positional) {
          const colName = name(c);
          if (!colName || !type) continue;
          const def = columnDef(colName, type, ca.options, ctx);
          if ("reason" in def) out.items.push(unanalyzable(colStmt, ctx, `\`${m}\` in create_table: ${def.reason}`));
          else cols.push(def.sql);
          if (truthy(ca.options.get("index"))) after.push(`CREATE INDEX ${q(indexName(table, [colName], ctx.defaults), d)} ON ${t} (${q(colName, d)})`);
        }
      }
      const force = o.get("force");
      if (truthy(force)) push(`DROP TABLE IF EXISTS ${t}${name(force) === "cascade" ? " CASCADE" : ""}`);
      const inline = d === "mysql" ? after.map((s) => inlineIndex(s)) : [];
      const tableOptions = name(o.get("options")) ?? (d === "mysql" && ctx.defaults.mysqlEngine ? "ENGINE=InnoDB" : null);
      push(`CREATE TABLE ${truthy(o.get("if_not_exists")) ? "IF NOT EXISTS " : ""}${t} (${[...cols, ...inline, ...fks].join(", ")})${tableOptions ? ` ${tableOptions}` : ""}`);
      if (d !== "mysql") for (const s of after) push(s);
      inv(`DROP TABLE ${t}`);
      return;
    }
    case "drop_table": {
      push(`DROP TABLE ${truthy(o.get("if_exists")) ? "IF EXISTS " : ""}${t}${name(o.get("force")) === "cascade" ? " CASCADE" : ""}`);
      irreversible("`drop_table` without a block cannot be inverted");
      return;
    }
    case "rename_table": {
      const to = name(a1);
      if (!to) return fail("the new table name is not static");
      if (d === "mysql") {
        push(`RENAME TABLE ${t} TO ${q(to, d)}`);
        inv(`RENAME TABLE ${q(to, d)} TO ${t}`);
      } else {
        push(`ALTER TABLE ${t} RENAME TO ${q(to, d)}`);
        inv(`ALTER TABLE ${q(to, d)} RENAME TO ${t}`);
      }
      return;
    }
    case "add_column": {
      const col = name(a1);
      const type = name(a2);
      if (!col || !type) return fail("the column or its type is not static");
      const def = columnDef(col, type, o, ctx);
      if ("reason" in def) return fail(def.reason);
      push(`ALTER TABLE ${t} ADD ${truthy(o.get("if_not_exists")) ? "IF NOT EXISTS " : ""}${def.sql}`);
      inv(`ALTER TABLE ${t} DROP COLUMN ${q(col, d)}`);
      return;
    }
    case "remove_column":
    case "remove_columns": {
      const names = (method === "remove_columns" ? args.positional.slice(1) : [a1]).map(name);
      if (names.some((n) => !n)) return fail("the column name is not static");
      push(`ALTER TABLE ${t} ${names.map((col) => `DROP COLUMN ${truthy(o.get("if_exists")) ? "IF EXISTS " : ""}${q(col, d)}`).join(", ")}`);
      const type = method === "remove_columns" ? name(o.get("type")) : name(a2);
      if (!type) irreversible(`\`${method}\` without the column type cannot be inverted`);
      else
        for (const col of names) {
          const def = columnDef(col, type, o, ctx);
          if ("sql" in def) inv(`ALTER TABLE ${t} ADD ${def.sql}`);
          else irreversible(def.reason);
        }
      return;
    }
    case "rename_column": {
      const from = name(a1);
      const to = name(a2);
      if (!from || !to) return fail("the column names are not static");
      push(`ALTER TABLE ${t} RENAME COLUMN ${q(from, d)} TO ${q(to, d)}`);
      inv(`ALTER TABLE ${t} RENAME COLUMN ${q(to, d)} TO ${q(from, d)}`);
      return;
    }
    case "change_column": {
      const col = name(a1);
      const type = name(a2);
      if (!col || !type) return fail("the column or its type is not static");
      const st = sqlType(type, o, d);
      if (!st) return fail(`column type \`${type}\` is not known`);
      if (d === "mysql") {
        const def = columnDef(col, type, o, ctx);
        if ("reason" in def) return fail(def.reason);
        push(`ALTER TABLE ${t} CHANGE ${q(col, d)} ${def.sql}`);
      } else {
        const parts = [`ALTER COLUMN ${q(col, d)} TYPE ${st}${name(o.get("using")) ? ` USING ${name(o.get("using"))}` : ""}`];
        const def = o.get("default");
        if (def && lit(def, d) !== null) parts.push(lit(def, d) === "NULL" ? `ALTER COLUMN ${q(col, d)} DROP DEFAULT` : `ALTER COLUMN ${q(col, d)} SET DEFAULT ${lit(def, d)}`);
        const nul = o.get("null");
        if (nul?.kind === "bool") parts.push(`ALTER COLUMN ${q(col, d)} ${nul.value ? "DROP" : "SET"} NOT NULL`);
        push(`ALTER TABLE ${t} ${parts.join(", ")}`);
      }
      irreversible("`change_column` cannot be inverted (write `up`/`down`)");
      return;
    }
    case "change_column_null": {
      const col = name(a1);
      if (!col || a2?.kind !== "bool") return fail("the column or the null flag is not static");
      const fill = args.positional[3];
      if (fill && !a2.value) {
        const l = lit(fill, d);
        if (l === null) return fail("the backfill value is not static");
        push(`UPDATE ${t} SET ${q(col, d)}=${l} WHERE ${q(col, d)} IS NULL`);
      }
      if (d === "mysql") {
        const notNull = !a2.value;
        out.items.push({ kind: notNull ? "setNotNull" : "dropNotNull", table, column: col, loc: locOf(ctx.file, stmt) });
        if (scope.reversible) out.inverse.push({ kind: notNull ? "dropNotNull" : "setNotNull", table, column: col, loc: locOf(ctx.file, stmt) });
        return;
      }
      push(`ALTER TABLE ${t} ALTER COLUMN ${q(col, d)} ${a2.value ? "DROP" : "SET"} NOT NULL`);
      inv(`ALTER TABLE ${t} ALTER COLUMN ${q(col, d)} ${a2.value ? "SET" : "DROP"} NOT NULL`);
      return;
    }
    case "change_column_default": {
      const col = name(a1);
      if (!col) return fail("the column name is not static");
      const hasFromTo = a2?.kind === "hash" && (a2.entries.has("from") || a2.entries.has("to"));
      const toV = hasFromTo && a2.kind === "hash" ? a2.entries.get("to") : o.has("to") || o.has("from") ? o.get("to") : a2;
      const fromV = hasFromTo && a2.kind === "hash" ? a2.entries.get("from") : o.get("from");
      const setDefault = (v) => {
        const l = v ? lit(v, d) : "NULL";
        return l === null ? null : l === "NULL" ? `ALTER TABLE ${t} ALTER COLUMN ${q(col, d)} DROP DEFAULT` : `ALTER TABLE ${t} ALTER COLUMN ${q(col, d)} SET DEFAULT ${l}`;
      };
      const s = setDefault(toV);
      if (!s) return fail("the default is not a static value");
      push(s);
      if (o.has("from") || o.has("to") || hasFromTo) {
        const back = setDefault(fromV);
        if (back) inv(back);
        else irreversible("the `from:` default is not static");
      } else irreversible("`change_column_default` without `from:`/`to:` cannot be inverted");
      return;
    }
    case "add_index": {
      const colsV = a1;
      let cols = null;
      let expression = null;
      if (colsV?.kind === "array") {
        const ns = colsV.items.map(name);
        cols = ns.every((n) => n) ? ns : null;
      } else if (colsV?.kind === "sym") cols = [colsV.value];
      else if (colsV?.kind === "str") {
        if (/^\w+$/.test(colsV.value)) cols = [colsV.value];
        else expression = colsV.value;
      }
      if (!cols && !expression) return fail("the index columns are not static");
      const idxName = name(o.get("name")) ?? indexName(table, cols ?? [expression.replace(/\W+/g, "_")], ctx.defaults);
      const unique = truthy(o.get("unique")) ? "UNIQUE " : "";
      const using = name(o.get("using"));
      const where = name(o.get("where"));
      const order = o.get("order");
      const dir = (c) => {
        const v = order?.kind === "hash" ? order.entries.get(c) : order;
        const n = name(v)?.toUpperCase();
        return n && /^(ASC|DESC)( NULLS (FIRST|LAST))?$/.test(n) ? ` ${n}` : "";
      };
      const colSql = cols ? cols.map((c) => `${q(c, d)}${dir(c)}`).join(", ") : expression;
      push(
        `CREATE ${unique}INDEX${concurrently}${truthy(o.get("if_not_exists")) ? " IF NOT EXISTS" : ""} ${q(idxName, d)} ON ${t}${using && d !== "mysql" ? ` USING ${using}` : ""} (${colSql})${where && d !== "mysql" ? ` WHERE ${where}` : ""}${mysqlOnline(o, d)}`
      );
      inv(d === "mysql" ? `DROP INDEX ${q(idxName, d)} ON ${t}` : `DROP INDEX${concurrently} ${q(idxName, d)}`);
      return;
    }
    case "remove_index": {
      const col = o.get("column") ?? a1;
      const cols = col?.kind === "array" ? col.items.map(name) : [name(col)];
      const idxName = name(o.get("name")) ?? (cols.every((c) => c) && col ? indexName(table, cols, ctx.defaults) : null);
      if (!idxName) return fail("the index is not named statically");
      push(d === "mysql" ? `DROP INDEX ${q(idxName, d)} ON ${t}` : `DROP INDEX${concurrently}${truthy(o.get("if_exists")) ? " IF EXISTS" : ""} ${q(idxName, d)}`);
      if (col && cols.every((c) => c)) inv(`CREATE ${truthy(o.get("unique")) ? "UNIQUE " : ""}INDEX${concurrently} ${q(idxName, d)} ON ${t} (${cols.map((c) => q(c, d)).join(", ")})`);
      else irreversible("`remove_index` without `column:` cannot be inverted");
      return;
    }
    case "add_reference":
    case "add_belongs_to": {
      const ref = name(a1);
      if (!ref) return fail("the reference name is not static");
      const col = `${ref}_id`;
      const def = columnDef(col, name(o.get("type")) ?? ctx.defaults.keyType, o, ctx);
      if ("reason" in def) return fail(def.reason);
      push(`ALTER TABLE ${t} ADD ${def.sql}`);
      if (truthy(o.get("polymorphic"))) push(`ALTER TABLE ${t} ADD ${q(`${ref}_type`, d)} ${sqlType("string", /* @__PURE__ */ new Map(), d)}`);
      const idx = o.get("index");
      if (idx ? truthy(idx) : ctx.defaults.referenceIndex) {
        const idxOpts = idx?.kind === "hash" ? idx.entries : /* @__PURE__ */ new Map();
        const unique = truthy(idxOpts.get("unique")) ? "UNIQUE " : "";
        const conc = name(idxOpts.get("algorithm")) === "concurrently" && d !== "mysql" ? " CONCURRENTLY" : concurrently;
        push(`CREATE ${unique}INDEX${conc} ${q(indexName(table, [col], ctx.defaults), d)} ON ${t} (${q(col, d)})`);
      }
      const fk = o.get("foreign_key");
      if (truthy(fk)) {
        const toTable = (fk?.kind === "hash" ? name(fk.entries.get("to_table")) : null) ?? plural(ref);
        const notValid = fk?.kind === "hash" && fk.entries.get("validate")?.kind === "bool" && !truthy(fk.entries.get("validate")) ? " NOT VALID" : "";
        push(`ALTER TABLE ${t} ADD CONSTRAINT ${q(fkName(table, col), d)} FOREIGN KEY (${q(col, d)}) REFERENCES ${q(toTable, d)} (${q("id", d)})${notValid}`);
      }
      if (truthy(o.get("polymorphic"))) inv(`ALTER TABLE ${t} DROP COLUMN ${q(`${ref}_type`, d)}`);
      inv(`ALTER TABLE ${t} DROP COLUMN ${q(col, d)}`);
      return;
    }
    case "add_foreign_key": {
      const to = name(a1);
      if (!to) return fail("the referenced table is not static");
      const col = name(o.get("column")) ?? `${singular(to)}_id`;
      const fk = name(o.get("name")) ?? fkName(table, col);
      const pk = name(o.get("primary_key")) ?? "id";
      const v = o.get("validate");
      const notValid = v?.kind === "bool" && !v.value && d !== "mysql" ? " NOT VALID" : "";
      const onDelete = name(o.get("on_delete"));
      const action = onDelete === "cascade" ? " ON DELETE CASCADE" : onDelete === "nullify" ? " ON DELETE SET NULL" : onDelete === "restrict" ? " ON DELETE RESTRICT" : "";
      push(`ALTER TABLE ${t} ADD CONSTRAINT ${q(fk, d)} FOREIGN KEY (${q(col, d)}) REFERENCES ${q(to, d)} (${q(pk, d)})${action}${notValid}`);
      inv(d === "mysql" ? `ALTER TABLE ${t} DROP FOREIGN KEY ${q(fk, d)}` : `ALTER TABLE ${t} DROP CONSTRAINT ${q(fk, d)}`);
      return;
    }
    case "remove_foreign_key": {
      const to = name(a1);
      const col = name(o.get("column")) ?? (to ? `${singular(to)}_id` : null);
      const fk = name(o.get("name")) ?? (col ? fkName(table, col) : null);
      if (!fk) return fail("the foreign key is not named statically");
      push(d === "mysql" ? `ALTER TABLE ${t} DROP FOREIGN KEY ${q(fk, d)}` : `ALTER TABLE ${t} DROP CONSTRAINT ${q(fk, d)}`);
      if (to && col) inv(`ALTER TABLE ${t} ADD CONSTRAINT ${q(fk, d)} FOREIGN KEY (${q(col, d)}) REFERENCES ${q(to, d)} (${q("id", d)})`);
      else irreversible("`remove_foreign_key` without the referenced table cannot be inverted");
      return;
    }
    case "validate_foreign_key": {
      const to = name(a1);
      const col = name(o.get("column")) ?? (to ? `${singular(to)}_id` : null);
      const fk = name(o.get("name")) ?? (col ? fkName(table, col) : null);
      if (!fk) return fail("the foreign key is not named statically");
      push(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${q(fk, d)}`);
      return;
    }
    case "add_check_constraint": {
      const expr = name(a1);
      if (!expr) return fail("the check expression is not a static string");
      const cname = name(o.get("name")) ?? checkName(table, expr);
      const v = o.get("validate");
      const notValid = v?.kind === "bool" && !v.value && d !== "mysql" ? " NOT VALID" : "";
      push(`ALTER TABLE ${t} ADD CONSTRAINT ${cname} CHECK (${expr})${notValid}`);
      inv(`ALTER TABLE ${t} DROP CONSTRAINT ${q(cname, d)}`);
      return;
    }
    case "validate_check_constraint": {
      const cname = name(o.get("name"));
      if (!cname) return fail("the check constraint is not named statically");
      push(`ALTER TABLE ${t} VALIDATE CONSTRAINT ${q(cname, d)}`);
      return;
    }
    case "remove_check_constraint": {
      const cname = name(o.get("name"));
      if (!cname) return fail("the check constraint is not named statically");
      push(`ALTER TABLE ${t} DROP CONSTRAINT ${q(cname, d)}`);
      const expr = name(a1);
      if (expr) inv(`ALTER TABLE ${t} ADD CONSTRAINT ${q(cname, d)} CHECK (${expr})`);
      else irreversible("`remove_check_constraint` without the expression cannot be inverted");
      return;
    }
  }
  fail(`\`${method}\` is not a schema statement migration-guard knows`);
}
function safetyNote(call) {
  const clean = (c) => c.text.replace(/^#+\s*/, "").trim() || null;
  const usable = (c) => c?.type === "comment" && !/migration-guard:/i.test(c.text);
  let before = call.previousNamedSibling;
  if (!before && (call.parent?.type === "body_statement" || call.parent?.type === "block_body")) before = call.parent.previousNamedSibling;
  if (usable(before) && before.endPosition.row === call.startPosition.row - 1) return clean(before);
  const block = call.childForFieldName("block");
  const inside = block?.namedChildren.find((c) => c?.type !== "block_parameters") ?? null;
  const first = inside?.type === "comment" ? inside : blockBody(call)?.namedChildren[0];
  return usable(first) ? clean(first) : null;
}
function inlineIndex(createIndex) {
  const m = /^CREATE (UNIQUE )?INDEX (\S+) ON \S+ (\(.*\))$/.exec(createIndex);
  return m ? `${m[1] ? "UNIQUE " : ""}INDEX ${m[2]} ${m[3]}` : createIndex;
}
function mysqlOnline(o, d) {
  if (d !== "mysql") return "";
  const algorithm = name(o.get("algorithm"));
  const lock = name(o.get("lock"));
  return `${algorithm && /^(inplace|instant|copy|default)$/.test(algorithm) ? ` ALGORITHM = ${algorithm.toUpperCase()}` : ""}${lock && /^(none|shared|exclusive|default)$/.test(lock) ? ` LOCK = ${lock.toUpperCase()}` : ""}`;
}
function firstLine(text) {
  const line = text.split("\n")[0] ?? "";
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
export {
  isRailsMigrationFile,
  railsFrontEnd,
  versionDefaults
};
