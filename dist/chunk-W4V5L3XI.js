#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  diffSnapshots,
  tableFingerprint,
  takeSnapshot
} from "./chunk-J6LWHSOT.js";
import {
  loadParser
} from "./chunk-4YPPQGJE.js";
import {
  LOCK_BLOCKS,
  pgLockOf
} from "./chunk-R7RY4BXB.js";

// src/dryrun/guard.ts
var DRY_RUN_SAVEPOINT_PREFIX = "migration_guard";
var DENIED_FUNCTIONS = {
  setval: "sequence changes are not rolled back",
  lo_import: "reads a server file",
  lo_export: "writes a server file",
  query_to_xml: "runs a query given as text (dynamic SQL)",
  query_to_xmlschema: "runs a query given as text (dynamic SQL)",
  query_to_xml_and_xmlschema: "runs a query given as text (dynamic SQL)",
  cursor_to_xml: "reads a cursor opened elsewhere",
  cursor_to_xmlschema: "reads a cursor opened elsewhere",
  ts_stat: "runs a query given as text (dynamic SQL)",
  ts_rewrite: "can run a query given as text (dynamic SQL)",
  crosstab: "runs a query given as text (dynamic SQL)",
  crosstab2: "runs a query given as text (dynamic SQL)",
  crosstab3: "runs a query given as text (dynamic SQL)",
  crosstab4: "runs a query given as text (dynamic SQL)",
  connectby: "builds and runs a query from text (dynamic SQL)"
};
var DENIED_PREFIXES = [
  ["dblink", "runs SQL on another connection, outside the dry-run's transaction"],
  ["postgres_fdw", "manages connections to other servers"],
  ["binary_upgrade_", "is for pg_upgrade only"]
];
var READ_ONLY_PG_FUNCTION = new RegExp(
  "^pg_(get_|stat_get_|snapshot_|partition_|sleep|input_|identify_object|describe_object|has_role|typeof|column_|relation_size|relation_filenode|relation_filepath|relation_is_updatable|table_size|indexes_size|total_relation_size|database_size|size_|filenode_relation|\\w+_is_visible$|backend_pid$|current_xact_id|xact_status$|current_snapshot$|visible_in_snapshot$|encoding_to_char$|char_to_encoding$|client_encoding$|index_|indexam_has_property$|options_to_table$|postmaster_start_time$|conf_load_time$|is_in_recovery$|jit_available$|my_temp_schema$|is_other_temp_schema$|trigger_depth$|tablespace_location$|blocking_pids$|safe_snapshot_blocking_pids$|sequence_last_value$|sequence_parameters$|settings_get_flags$|collation_actual_version$|event_trigger_)"
);
var LEXING_SETTINGS = /* @__PURE__ */ new Set(["standard_conforming_strings", "backslash_quote", "escape_string_warning", "client_encoding"]);
var GUARDED_SETTINGS = /* @__PURE__ */ new Set([
  "statement_timeout",
  "lock_timeout",
  "idle_in_transaction_session_timeout",
  "idle_session_timeout",
  "transaction_timeout",
  "default_transaction_read_only",
  "transaction_read_only"
]);
var ALLOWED_SETTINGS = /* @__PURE__ */ new Set([
  "search_path",
  "client_min_messages",
  "timezone",
  "datestyle",
  "intervalstyle",
  "check_function_bodies",
  "maintenance_work_mem",
  "work_mem",
  "temp_buffers",
  "application_name",
  "default_tablespace",
  "temp_tablespaces",
  "default_table_access_method",
  "default_toast_compression",
  "synchronous_commit",
  "row_security",
  "constraint_exclusion",
  "jit",
  "plan_cache_mode",
  "max_parallel_workers_per_gather",
  "max_parallel_maintenance_workers",
  "extra_float_digits",
  "bytea_output",
  "xmloption",
  "xmlbinary",
  "session_replication_role",
  "role",
  "session_authorization",
  "transaction_isolation",
  "default_transaction_isolation",
  "transaction_deferrable",
  "default_transaction_deferrable",
  "default_statistics_target",
  "random_page_cost",
  "seq_page_cost",
  "effective_cache_size",
  "effective_io_concurrency",
  "gin_pending_list_limit",
  "lc_messages",
  "lc_monetary",
  "lc_numeric",
  "lc_time",
  "array_nulls",
  "default_text_search_config",
  "gin_fuzzy_search_limit",
  "enable_partition_pruning",
  "from_collapse_limit",
  "join_collapse_limit",
  "geqo",
  "cursor_tuple_fraction",
  "vacuum_freeze_min_age",
  "vacuum_freeze_table_age",
  "force_parallel_mode",
  "debug_parallel_query",
  "trace_sort",
  "hash_mem_multiplier",
  "logical_decoding_work_mem",
  "transform_null_equals"
]);
var ALLOWED_EXTENSIONS = /* @__PURE__ */ new Set([
  "pgcrypto",
  "uuid-ossp",
  "hstore",
  "citext",
  "pg_trgm",
  "btree_gin",
  "btree_gist",
  "ltree",
  "intarray",
  "cube",
  "earthdistance",
  "unaccent",
  "fuzzystrmatch",
  "tablefunc",
  "isn",
  "seg",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "lo",
  "bloom",
  "moddatetime",
  "autoinc",
  "insert_username",
  "dict_int",
  "dict_xsyn",
  "intagg",
  "plpgsql",
  "postgis",
  "postgis_topology",
  "postgis_raster",
  "address_standardizer",
  "vector",
  "pg_stat_statements",
  "amcheck",
  "pgstattuple",
  "pg_visibility",
  "pg_buffercache",
  "rum",
  "hypopg"
]);
var DROPPABLE = /* @__PURE__ */ new Set([
  "OBJECT_TABLE",
  "OBJECT_INDEX",
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_SEQUENCE",
  "OBJECT_TYPE",
  "OBJECT_DOMAIN",
  "OBJECT_FUNCTION",
  "OBJECT_PROCEDURE",
  "OBJECT_ROUTINE",
  "OBJECT_AGGREGATE",
  "OBJECT_OPERATOR",
  "OBJECT_TRIGGER",
  "OBJECT_RULE",
  "OBJECT_POLICY",
  "OBJECT_SCHEMA",
  "OBJECT_EXTENSION",
  "OBJECT_COLLATION",
  "OBJECT_CAST",
  "OBJECT_STATISTIC_EXT",
  "OBJECT_TSCONFIGURATION",
  "OBJECT_TSDICTIONARY",
  "OBJECT_OPCLASS",
  "OBJECT_OPFAMILY"
]);
var OUTSIDE_OBJECTS = /* @__PURE__ */ new Set([
  "OBJECT_DATABASE",
  "OBJECT_ROLE",
  "OBJECT_TABLESPACE",
  "OBJECT_FOREIGN_SERVER",
  "OBJECT_FDW",
  "OBJECT_EVENT_TRIGGER",
  "OBJECT_PUBLICATION",
  "OBJECT_SUBSCRIPTION",
  "OBJECT_LANGUAGE",
  "OBJECT_PARAMETER_ACL",
  "OBJECT_USER_MAPPING",
  "OBJECT_ACCESS_METHOD"
]);
var ALLOWED_STATEMENTS = /* @__PURE__ */ new Set([
  "SelectStmt",
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "MergeStmt",
  "CallStmt",
  "CreateStmt",
  "CreateTableAsStmt",
  "ViewStmt",
  "RefreshMatViewStmt",
  "CreateSeqStmt",
  "AlterSeqStmt",
  "CreateEnumStmt",
  "AlterEnumStmt",
  "CreateDomainStmt",
  "AlterDomainStmt",
  "CompositeTypeStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "CreateStatsStmt",
  "AlterStatsStmt",
  "AlterDefaultPrivilegesStmt",
  "AlterObjectSchemaStmt",
  "ConstraintsSetStmt",
  "LockStmt",
  "TruncateStmt",
  "VariableShowStmt",
  "AlterCollationStmt",
  "CreateRangeStmt",
  "AlterFunctionStmt"
]);
function lastName(list) {
  const parts = (list ?? []).map((p) => String(p?.String?.sval ?? ""));
  return (parts[parts.length - 1] ?? "").toLowerCase();
}
function functionProblem(name) {
  const n = name.toLowerCase();
  if (n === "set_config") return null;
  if (DENIED_FUNCTIONS[n]) return `${n}(): ${DENIED_FUNCTIONS[n]}`;
  for (const [prefix, why] of DENIED_PREFIXES) if (n.startsWith(prefix)) return `${n}() ${why}`;
  if (n.startsWith("pg_") && !READ_ONLY_PG_FUNCTION.test(n)) {
    if (n.includes("advisory")) return `${n}(): advisory locks are visible to (and block) every other session`;
    if (n.includes("notify")) return `${n}(): notifications reach other sessions`;
    if (n.startsWith("pg_stat_")) return `${n}(): resets or changes the server's statistics, which a rollback does not undo`;
    return `${n}() is a server administration function, not on the dry-run's allowlist`;
  }
  return null;
}
function settingProblem(rawName) {
  const name = rawName.toLowerCase();
  if (LEXING_SETTINGS.has(name)) return { reason: `${name} changes how the server reads the next statement, so the dry-run's parse would no longer be the server's`, benign: false };
  if (GUARDED_SETTINGS.has(name)) return { reason: `${name}: the dry-run keeps its own ${name}`, benign: true };
  if (ALLOWED_SETTINGS.has(name) || name.startsWith("enable_")) return null;
  if (name.includes(".") && !name.startsWith("pg_")) return null;
  return { reason: `the setting ${name} is not on the dry-run's allowlist`, benign: false };
}
var CATALOG_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema", "pg_toast"]);
function isCatalog(rv) {
  const schema = String(rv?.schemaname ?? "").toLowerCase();
  const rel = String(rv?.relname ?? "").toLowerCase();
  return CATALOG_SCHEMAS.has(schema) || !schema && rel.startsWith("pg_");
}
function walkTree(node, c, out, inSelect, depth = 0) {
  if (out.length || !node || typeof node !== "object") return;
  if (depth > 600) {
    out.push({ reason: "the statement is nested too deeply to check", benign: false });
    return;
  }
  if (Array.isArray(node)) {
    for (const x of node) walkTree(x, c, out, inSelect, depth + 1);
    return;
  }
  if (node.FuncCall) {
    const fc = node.FuncCall;
    const name = lastName(fc.funcname);
    const problem = functionProblem(name);
    if (problem) return void out.push({ reason: problem, benign: false });
    if (name === "set_config") {
      const setting = fc.args?.[0]?.A_Const?.sval?.sval;
      if (typeof setting !== "string") return void out.push({ reason: "set_config() with a setting name computed at run time cannot be checked", benign: false });
      const p = settingProblem(setting);
      if (p) return void out.push({ reason: `set_config(${setting}): ${p.reason}`, benign: false });
    }
  }
  if (node.ColumnRef) {
    const fields = node.ColumnRef.fields ?? [];
    const last = fields.length >= 2 ? fields[fields.length - 1]?.String?.sval : void 0;
    const problem = typeof last === "string" ? functionProblem(last) : null;
    if (problem) return void out.push({ reason: `${problem} (reached in attribute notation)`, benign: false });
  }
  const rangeVar = node.RangeVar ?? (typeof node.relname === "string" && "relpersistence" in node ? node : null);
  if (rangeVar) {
    const rel = String(rangeVar.relname ?? "").toLowerCase();
    if (rel === "pg_settings") return void out.push({ reason: "pg_settings changes settings through its update rule (set_config under another name)", benign: false });
    if (!inSelect && isCatalog(rangeVar)) return void out.push({ reason: `writes to or locks the system catalog ${rel}`, benign: false });
  }
  if (node.VariableSetStmt) {
    const r = settingRefusal(node.VariableSetStmt);
    if (r) return void out.push({ ...r, benign: false });
  }
  if (node.SelectStmt) {
    const locking = (node.SelectStmt.lockingClause ?? []).length > 0;
    for (const [k, v] of Object.entries(node.SelectStmt)) if (v && typeof v === "object") walkTree(v, c, out, !locking && k !== "intoClause", depth + 1);
    return;
  }
  for (const v of Object.values(node)) if (v && typeof v === "object") walkTree(v, c, out, inSelect, depth + 1);
}
function settingRefusal(n) {
  const name = String(n.name ?? "").toLowerCase();
  if (n.kind === "VAR_RESET_ALL") return { reason: "RESET ALL would reset the dry-run's timeouts and lexing settings", benign: false };
  if (n.kind === "VAR_SET_MULTI") {
    if (name === "session characteristics") return { reason: "SET SESSION CHARACTERISTICS changes the session beyond the transaction", benign: false };
    return null;
  }
  const p = settingProblem(name);
  return p ? { reason: n.kind === "VAR_RESET" ? `RESET ${p.reason}` : `SET ${p.reason}`, benign: p.benign } : null;
}
function withoutConcurrently(pg, sql) {
  const tokens = pg.scanSync(sql).tokens ?? [];
  const t = tokens.find((x) => x.keywordKind > 0 && x.text.toUpperCase() === "CONCURRENTLY");
  if (!t) return null;
  const bytes = Buffer.from(sql, "utf8");
  return Buffer.concat([bytes.subarray(0, t.start), bytes.subarray(t.end)]).toString("utf8");
}
function refuse(reason, benign = false) {
  return { action: "refuse", reason, benign };
}
function structural(d) {
  return { ...d, structural: true };
}
function statementText(sql, raw) {
  const bytes = Buffer.from(sql, "utf8");
  const start = Number(raw.stmt_location ?? 0);
  const len = raw.stmt_len ? Number(raw.stmt_len) : bytes.length - start;
  return bytes.subarray(start, start + len).toString("utf8");
}
function parseStatements(c, sql) {
  try {
    return (c.pg.parseSync(sql).stmts ?? []).filter((s) => s.stmt).map((s) => ({ stmt: s.stmt, text: statementText(sql, s) }));
  } catch (e) {
    return e.message;
  }
}
function checkSqlText(c, sql, where) {
  if (c.depth > 4) return { reason: `${where}: nested too deeply to check`, benign: false };
  const parsed = parseStatements(c, sql);
  if (typeof parsed === "string") return { reason: `${where}: the SQL could not be parsed, so it could not be checked (${parsed})`, benign: false };
  for (const s of parsed) {
    const d = decide({ ...c, depth: c.depth + 1 }, s.stmt, s.text, []);
    if (d.action === "refuse" && !(c.inBody && d.transactionControl)) return { reason: `${where}: ${d.reason}`, benign: false };
    if (d.action === "substitute") return { reason: `${where}: ${d.reason.split(":")[0]}`, benign: false };
  }
  return null;
}
function assignmentValue(pg, query) {
  const tokens = pg.scanSync(query).tokens ?? [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth--;
    else if (depth === 0 && (t.text === ":=" || t.text === "=")) return Buffer.from(query, "utf8").subarray(t.end).toString("utf8");
  }
  return null;
}
function collectPlpgsql(node, out, depth = 0) {
  if (!node || typeof node !== "object" || depth > 600) return;
  if (Array.isArray(node)) {
    for (const x of node) collectPlpgsql(x, out, depth + 1);
    return;
  }
  if (node.PLpgSQL_stmt_commit) out.transactionEnd.push("COMMIT");
  if (node.PLpgSQL_stmt_rollback) out.transactionEnd.push("ROLLBACK");
  for (const key of ["PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_dynfors"]) {
    const q = node[key]?.query?.PLpgSQL_expr?.query;
    if (typeof q === "string") out.dynamic.push(q);
  }
  for (const key of ["PLpgSQL_stmt_return_query", "PLpgSQL_stmt_open"]) {
    const q = node[key]?.dynquery?.PLpgSQL_expr?.query;
    if (typeof q === "string") out.dynamic.push(q);
  }
  const expr = node.PLpgSQL_expr;
  if (expr && typeof expr.query === "string") out.exprs.push({ query: expr.query, mode: Number(expr.parseMode ?? 0) });
  for (const v of Object.values(node)) if (v && typeof v === "object") collectPlpgsql(v, out, depth + 1);
}
function constantString(c, expr) {
  const parsed = parseStatements(c, `SELECT ${expr}`);
  if (typeof parsed === "string" || parsed.length !== 1) return null;
  const targets = parsed[0].stmt.SelectStmt?.targetList ?? [];
  const sval = targets.length === 1 && !parsed[0].stmt.SelectStmt?.fromClause ? targets[0]?.ResTarget?.val?.A_Const?.sval?.sval : void 0;
  return typeof sval === "string" ? sval : null;
}
function checkPlpgsql(c, functionSql, where, isDo) {
  let parsed;
  try {
    parsed = c.pg.parsePlPgSQLSync(functionSql);
  } catch (e) {
    return { reason: `${where}: the PL/pgSQL body could not be parsed, so it could not be checked (${e.message})`, benign: false };
  }
  const found = { exprs: [], dynamic: [], transactionEnd: [] };
  collectPlpgsql(parsed, found);
  if (isDo && found.transactionEnd.length) return { reason: `${found.transactionEnd[0]} inside a DO block would end the dry-run transaction`, benign: false };
  const inner = { ...c, inBody: !isDo || c.inBody };
  for (const q of found.dynamic) {
    const constant = constantString(c, q);
    if (constant === null) return { reason: `${where}: dynamic SQL (EXECUTE ${q.length > 60 ? `${q.slice(0, 60)}\u2026` : q}): the statement text is only known at run time, so it cannot be checked`, benign: false };
    const r = checkSqlText(inner, constant, `${where}, EXECUTE`);
    if (r) return r;
  }
  for (const e of found.exprs) {
    let sql;
    if (e.mode === 0) sql = e.query;
    else if (e.mode === 2) sql = `SELECT ${e.query}`;
    else {
      const value = assignmentValue(c.pg, e.query);
      sql = value === null ? null : `SELECT ${value}`;
    }
    if (sql === null) return { reason: `${where}: the PL/pgSQL expression ${e.query} could not be checked`, benign: false };
    const r = checkSqlText(inner, sql, where);
    if (r) return r;
  }
  return null;
}
function defElem(list, name) {
  return (list ?? []).find((o) => o.DefElem?.defname === name)?.DefElem;
}
function referencedFunctions(definition, keys) {
  const out = [];
  for (const d of definition ?? []) {
    const e = d.DefElem;
    if (!e || !keys.has(String(e.defname).toLowerCase())) continue;
    const arg = e.arg;
    const name = arg?.TypeName ? lastName(arg.TypeName.names) : arg?.List ? lastName(arg.List.items) : arg?.String ? String(arg.String.sval).toLowerCase() : "";
    if (name) out.push(name);
  }
  return out;
}
var OPERATOR_FUNCTION_KEYS = /* @__PURE__ */ new Set(["function", "procedure", "restrict", "join"]);
var AGGREGATE_FUNCTION_KEYS = /* @__PURE__ */ new Set(["sfunc", "sfunc1", "finalfunc", "combinefunc", "serialfunc", "deserialfunc", "msfunc", "minvfunc", "mfinalfunc"]);
var RANGE_FUNCTION_KEYS = /* @__PURE__ */ new Set(["subtype_diff", "canonical"]);
function checkFunctionReferences(names, what) {
  for (const name of names) {
    const p = functionProblem(name);
    if (p) return { reason: `${what} runs ${p}`, benign: false };
  }
  return null;
}
function decideFunction(c, n, sql) {
  const lang = String(defElem(n.options, "language")?.arg?.String?.sval ?? (n.sql_body ? "sql" : "")).toLowerCase();
  if (lang === "c" || lang === "internal") return { reason: `a LANGUAGE ${lang} function calls server code directly (any built-in or loaded C function), which the dry-run cannot check`, benign: false };
  if (lang === "plpgsql") return checkPlpgsql({ ...c, inBody: true }, sql, "in the function body", false);
  if (lang === "sql") {
    const inner = { ...c, inBody: true };
    if (n.sql_body) {
      const r = [];
      walkTree(n.sql_body, inner, r, false);
      if (r.length) return { reason: `in the function body: ${r[0].reason}`, benign: false };
      for (const s of JSON.stringify(n.sql_body).match(/"(\w+Stmt)"/g) ?? []) {
        const kind = s.slice(1, -1);
        if (!["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"].includes(kind)) return { reason: `in the function body: ${kind} is not on the dry-run's allowlist`, benign: false };
      }
      return null;
    }
    const body = defElem(n.options, "as")?.arg?.List?.items?.[0]?.String?.sval;
    if (typeof body !== "string") return { reason: "the function body could not be found, so it could not be checked", benign: false };
    return checkSqlText(inner, body, "in the function body");
  }
  return { reason: `a ${lang || "function without a language"} body cannot be checked before it runs`, benign: false };
}
function decide(c, stmt, sql, ops) {
  const [type] = Object.keys(stmt);
  const decision = decideKind(c, type, stmt[type], sql, ops);
  if (decision.action === "refuse") return decision;
  const problems = [];
  walkTree(stmt, c, problems, false);
  if (problems.length) return refuse(problems[0].reason, problems[0].benign);
  return decision;
}
function decideKind(c, type, n, sql, ops) {
  const run = { action: "run", sql };
  switch (type) {
    case "TransactionStmt": {
      const k = String(n.kind);
      const savepoint = String(n.savepoint_name ?? "").toLowerCase();
      if (savepoint.startsWith(DRY_RUN_SAVEPOINT_PREFIX)) return structural(refuse(`the savepoint ${savepoint} is reserved for the dry-run's own savepoints`));
      if (k === "TRANS_STMT_BEGIN" || k === "TRANS_STMT_START") return structural({ ...refuse("BEGIN: the dry-run already runs the migration in its own transaction", true), transactionControl: "begin" });
      if (k === "TRANS_STMT_COMMIT") return structural({ ...refuse("COMMIT would end the dry-run transaction (the migration continues inside it)", true), transactionControl: "commit" });
      if (k === "TRANS_STMT_ROLLBACK") return structural(refuse("ROLLBACK would end the dry-run transaction"));
      if (k === "TRANS_STMT_PREPARE") return structural(refuse("PREPARE TRANSACTION would detach the transaction from the session"));
      if (k === "TRANS_STMT_COMMIT_PREPARED" || k === "TRANS_STMT_ROLLBACK_PREPARED") return structural(refuse(`${k === "TRANS_STMT_COMMIT_PREPARED" ? "COMMIT" : "ROLLBACK"} PREPARED acts on another transaction`));
      if (k === "TRANS_STMT_SAVEPOINT" || k === "TRANS_STMT_RELEASE" || k === "TRANS_STMT_ROLLBACK_TO") return run;
      return structural(refuse(`${k} is not on the dry-run's allowlist`));
    }
    case "VacuumStmt":
      if (n.is_vacuumcmd) return structural(refuse("VACUUM cannot run inside a transaction block (it does not change the schema)"));
      return structural(refuse("ANALYZE updates the planner statistics in place, which a rollback does not undo (it does not change the schema)", true));
    case "CopyStmt":
      if (n.is_program) return refuse("COPY ... PROGRAM runs a program on the database server");
      if (n.filename) return refuse("COPY with a server file reads or writes the server file system");
      if (n.is_from) return structural(refuse("COPY FROM STDIN needs the data stream psql would send; the dry-run cannot supply it"));
      return structural(refuse("COPY TO STDOUT only outputs data (it does not change the schema)", true));
    case "VariableSetStmt": {
      const r = settingRefusal(n);
      if (!r) return run;
      return r.benign || n.kind === "VAR_RESET_ALL" ? structural(refuse(r.reason, r.benign)) : refuse(r.reason, r.benign);
    }
    case "IndexStmt":
      if (n.concurrent) {
        const plain = withoutConcurrently(c.pg, sql);
        if (!plain) return refuse("CREATE INDEX CONCURRENTLY could not be rewritten to its plain form");
        const op = ops.find((o) => o.kind === "createIndex");
        return { action: "substitute", sql: plain, reason: "CREATE INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form", documentedLock: op ? pgLockOf(op) : null };
      }
      return run;
    case "DropStmt":
      if (!DROPPABLE.has(String(n.removeType))) return refuse(`DROP ${String(n.removeType).replace(/^OBJECT_/, "")} acts outside the database under test or is not on the dry-run's allowlist`);
      if (n.concurrent) {
        const plain = withoutConcurrently(c.pg, sql);
        if (!plain) return refuse("DROP INDEX CONCURRENTLY could not be rewritten to its plain form");
        const op = ops.find((o) => o.kind === "dropIndex");
        return { action: "substitute", sql: plain, reason: "DROP INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form (SHARE UPDATE EXCLUSIVE)", documentedLock: op?.kind === "dropIndex" && op.table ? { mode: "SHARE UPDATE EXCLUSIVE", tables: [op.table] } : null };
      }
      return run;
    case "ReindexStmt": {
      if (n.kind !== "REINDEX_OBJECT_INDEX" && n.kind !== "REINDEX_OBJECT_TABLE") return structural(refuse("REINDEX of a schema, database or system cannot run inside a transaction block"));
      if ((n.params ?? []).some((p) => p.DefElem?.defname === "concurrently")) {
        const plain = withoutConcurrently(c.pg, sql);
        if (plain) return { action: "substitute", sql: plain, reason: "REINDEX CONCURRENTLY cannot run in a transaction: the plain form was run", documentedLock: null };
        return refuse("REINDEX CONCURRENTLY could not be rewritten to its plain form");
      }
      return run;
    }
    case "ClusterStmt":
      return n.relation ? run : structural(refuse("CLUSTER of the whole database cannot run inside a transaction block"));
    case "AlterTableStmt": {
      const detach = (n.cmds ?? []).find((x) => x.AlterTableCmd?.subtype === "AT_DetachPartition" && x.AlterTableCmd?.def?.PartitionCmd?.concurrent);
      if (detach) {
        const plain = withoutConcurrently(c.pg, sql);
        if (plain) return { action: "substitute", sql: plain, reason: "DETACH PARTITION CONCURRENTLY cannot run in a transaction: the plain form was run", documentedLock: null };
        return refuse("DETACH PARTITION CONCURRENTLY could not be rewritten to its plain form");
      }
      return run;
    }
    case "RenameStmt":
      return OUTSIDE_OBJECTS.has(String(n.renameType)) ? refuse(`renaming a ${String(n.renameType).replace(/^OBJECT_/, "").toLowerCase()} acts outside the database under test`) : run;
    case "AlterOwnerStmt":
      return OUTSIDE_OBJECTS.has(String(n.objectType)) ? refuse(`changing the owner of a ${String(n.objectType).replace(/^OBJECT_/, "").toLowerCase()} acts outside the database under test`) : run;
    case "CommentStmt":
      return OUTSIDE_OBJECTS.has(String(n.objtype)) ? refuse(`a comment on a ${String(n.objtype).replace(/^OBJECT_/, "").toLowerCase()} is stored outside the database under test`) : run;
    case "GrantStmt":
      return OUTSIDE_OBJECTS.has(String(n.objtype)) ? refuse(`GRANT/REVOKE on a ${String(n.objtype).replace(/^OBJECT_/, "").toLowerCase()} acts outside the database under test`) : run;
    case "CreateSchemaStmt": {
      for (const e of n.schemaElts ?? []) {
        const d = decide(c, e, sql, []);
        if (d.action !== "run") return refuse(`inside CREATE SCHEMA: ${d.action === "refuse" ? d.reason : d.reason.split(":")[0]}`);
      }
      return run;
    }
    case "ExplainStmt": {
      const d = n.query ? decide(c, n.query, sql, []) : run;
      return d.action === "run" ? run : refuse(`EXPLAIN of a statement the dry-run does not send: ${d.action === "refuse" ? d.reason : d.reason.split(":")[0]}`);
    }
    case "RuleStmt": {
      for (const a of n.actions ?? []) {
        const d = decide(c, a, sql, []);
        if (d.action !== "run") return refuse(`the rule's action: ${d.action === "refuse" ? d.reason : d.reason.split(":")[0]}`);
      }
      return run;
    }
    case "CreateExtensionStmt":
    case "AlterExtensionStmt": {
      const name = String(n.extname ?? "").toLowerCase();
      return ALLOWED_EXTENSIONS.has(name) ? run : refuse(`the extension ${name} is not on the dry-run's allowlist (extensions such as dblink, postgres_fdw, file_fdw or adminpack reach outside the database)`);
    }
    case "CreateTrigStmt": {
      const p = functionProblem(lastName(n.funcname));
      return p ? refuse(`the trigger runs ${p}`) : run;
    }
    case "DefineStmt": {
      const kind = String(n.kind);
      if (kind === "OBJECT_OPERATOR") {
        const r = checkFunctionReferences(referencedFunctions(n.definition, OPERATOR_FUNCTION_KEYS), "the operator");
        return r ? refuse(r.reason) : run;
      }
      if (kind === "OBJECT_AGGREGATE") {
        const r = checkFunctionReferences(referencedFunctions(n.definition, AGGREGATE_FUNCTION_KEYS), "the aggregate");
        return r ? refuse(r.reason) : run;
      }
      if (kind === "OBJECT_TYPE") return (n.definition ?? []).length ? refuse("a base type needs C input/output functions, which the dry-run cannot check") : run;
      if (kind === "OBJECT_COLLATION" || kind === "OBJECT_TSCONFIGURATION" || kind === "OBJECT_TSDICTIONARY") return run;
      return refuse(`CREATE ${kind.replace(/^OBJECT_/, "")} is not on the dry-run's allowlist`);
    }
    case "CreateRangeStmt": {
      const r = checkFunctionReferences(referencedFunctions(n.params, RANGE_FUNCTION_KEYS), "the range type");
      return r ? refuse(r.reason) : run;
    }
    case "CreateCastStmt": {
      if (!n.func) return run;
      const r = checkFunctionReferences([lastName(n.func.objname)], "the cast");
      return r ? refuse(r.reason) : run;
    }
    case "CreateFunctionStmt": {
      const r = decideFunction(c, n, sql);
      return r ? refuse(`${r.reason.startsWith("in the function body") ? "" : "the function: "}${r.reason}`) : run;
    }
    case "DoStmt": {
      const lang = String(defElem(n.args, "language")?.arg?.String?.sval ?? "plpgsql").toLowerCase();
      const body = defElem(n.args, "as")?.arg?.String?.sval;
      if (lang !== "plpgsql") return refuse(`DO block in ${lang} cannot be checked before it is sent`);
      if (body === void 0) return refuse("DO block without a body");
      let tag = "migration_guard_do";
      while (body.includes(`$${tag}$`)) tag += "_";
      const r = checkPlpgsql(c, `CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS $${tag}$${body}$${tag}$`, "inside the DO block", true);
      if (r && / inside a DO block would end the dry-run transaction$/.test(r.reason)) return structural(refuse(r.reason));
      return r ? refuse(r.reason.startsWith("inside the DO block") || r.reason.includes("DO block") ? r.reason : `inside the DO block: ${r.reason}`) : run;
    }
    case "AlterSystemStmt":
      return structural(refuse("ALTER SYSTEM writes postgresql.auto.conf outside any transaction"));
    case "CreatedbStmt":
    case "DropdbStmt":
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
    case "CreateSubscriptionStmt":
    case "AlterSubscriptionStmt":
    case "DropSubscriptionStmt":
    case "CheckPointStmt":
    case "AlterDatabaseRefreshCollStmt":
      return structural(refuse(`${type.replace(/Stmt$/, "")} acts outside the transaction or on the whole server`));
    case "NotifyStmt":
      return refuse("NOTIFY reaches other sessions (and is delivered at commit)");
    case "ListenStmt":
    case "UnlistenStmt":
      return refuse(`${type === "ListenStmt" ? "LISTEN" : "UNLISTEN"} has no schema effect and acts on the session`, true);
    default:
      if (ALLOWED_STATEMENTS.has(type)) return run;
      return refuse(`${type.replace(/Stmt$/, "")} is not on the dry-run's allowlist of statements that stay inside the transaction and the database`);
  }
}
async function guardPostgres(sql, ops = [], opts = {}) {
  const d = await guardServer(sql, ops);
  if (opts.embedded && d.action === "refuse" && !d.structural && !d.benign) return { action: "run", sql };
  return d;
}
async function guardServer(sql, ops) {
  const pg = await loadParser();
  const c = { pg, depth: 0, inBody: false };
  const parsed = parseStatements(c, sql);
  if (typeof parsed === "string") return refuse(`the dry-run's parser cannot read this statement, so it was not sent (${parsed})`);
  const decisions = parsed.map((s) => decide(c, s.stmt, parsed.length === 1 ? sql : s.text, ops));
  if (decisions.length === 0) return refuse("empty statement", true);
  if (decisions.length === 1) return decisions[0];
  const bad = decisions.find((d) => d.action !== "run");
  return bad ? bad.action === "substitute" ? refuse(`${bad.reason.split(":")[0]} in a multi-statement chunk`) : bad : { action: "run", sql };
}
async function extensionsIn(statements) {
  const pg = await loadParser();
  const out = /* @__PURE__ */ new Set();
  for (const sql of statements) {
    if (!/extension/i.test(sql)) continue;
    try {
      for (const s of pg.parseSync(sql).stmts ?? []) {
        const name = s.stmt?.CreateExtensionStmt?.extname;
        if (typeof name === "string") out.add(name);
      }
    } catch {
    }
  }
  return [...out];
}

// src/dryrun/pg-runner.ts
import { randomBytes } from "node:crypto";
var SessionLost = class extends Error {
  constructor(message, timedOut = false) {
    super(message);
    this.timedOut = timedOut;
  }
  timedOut;
  name = "SessionLost";
};
var LeftTransaction = class extends Error {
  name = "LeftTransaction";
};
function savepointToken() {
  return randomBytes(8).toString("hex");
}
var LOCK_NAMES = {
  AccessExclusiveLock: "ACCESS EXCLUSIVE",
  ExclusiveLock: "EXCLUSIVE",
  ShareRowExclusiveLock: "SHARE ROW EXCLUSIVE",
  ShareLock: "SHARE",
  ShareUpdateExclusiveLock: "SHARE UPDATE EXCLUSIVE",
  RowExclusiveLock: "ROW EXCLUSIVE",
  RowShareLock: "ROW SHARE",
  AccessShareLock: "ACCESS SHARE"
};
var EXTRA_BLOCKS = {
  "ROW SHARE": "EXCLUSIVE and ACCESS EXCLUSIVE locks",
  "ACCESS SHARE": "only ACCESS EXCLUSIVE (ALTER TABLE, DROP)"
};
function blocksOf(mode) {
  return LOCK_BLOCKS[mode] ?? EXTRA_BLOCKS[mode] ?? "other lock modes";
}
var RELKINDS = { r: "table", p: "partitioned table", i: "index", I: "partitioned index", S: "sequence", v: "view", m: "materialized view", t: "toast table", f: "foreign table" };
function traceQuery(xidFunction) {
  return `SELECT ${xidFunction}()::text AS xid,
    (SELECT coalesce(json_agg(json_build_object('oid', l.relation::oid::text, 'mode', l.mode)), '[]'::json)
       FROM pg_locks l WHERE l.locktype = 'relation' AND l.pid = pg_backend_pid() AND l.granted
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())) AS locks,
    (SELECT coalesce(json_agg(json_build_object('oid', c.oid::text, 'name', CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END, 'kind', c.relkind::text, 'fn', c.relfilenode::text)), '[]'::json)
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%') AS rels`;
}
function asArray(v) {
  if (typeof v === "string") return JSON.parse(v);
  return v ?? [];
}
async function readTrace(ctx) {
  const r = await ctx.session.query(traceQuery(ctx.xidFunction));
  const row = r.rows[0] ?? {};
  const rels = /* @__PURE__ */ new Map();
  for (const x of asArray(row.rels)) rels.set(x.oid, { name: x.name, kind: RELKINDS[x.kind] ?? x.kind, filenode: x.fn });
  const locks = new Set(asArray(row.locks).map((l) => `${l.oid}|${l.mode}`));
  return { xid: row.xid ?? null, locks, rels };
}
function classifyError(e) {
  const err = e;
  const message = err.message ?? String(e);
  if (e instanceof SessionLost) return { status: e.timedOut ? "timeout" : "failed", reason: message, lost: true };
  if (err.code === "57014") return { status: "timeout", reason: `statement_timeout: ${message}`, lost: false };
  if (err.code === "55P03") return { status: "timeout", reason: `lock_timeout: ${message} (another session holds a conflicting lock)`, lost: false };
  if (err.code === "57P01" || err.code === "57P02" || err.code === "57P03" || err.code === "08006" || err.code === "08003" || /Connection terminated|connection.*(closed|ended)|ECONNRESET|Client has encountered a connection error/i.test(message)) {
    return { status: "failed", reason: `connection lost: ${message}`, lost: true };
  }
  return { status: "failed", reason: message, lost: false };
}
function short(sql, max = 2e3) {
  return sql.length > max ? `${sql.slice(0, max)}\u2026` : sql;
}
function rowCountOf(r) {
  return typeof r.rowCount === "number" ? r.rowCount : null;
}
async function runDirection(ctx, plan, expectedXid, trace) {
  const traces = [];
  let state = trace ? await readTrace(ctx) : null;
  const origin = performance.now();
  for (const [index, st] of plan.statements.entries()) {
    const t = {
      index,
      file: st.loc.file,
      line: st.loc.line,
      sql: short(st.sql),
      status: "ok",
      locks: [],
      rewrites: [],
      durationMs: null,
      startMs: performance.now() - origin,
      endMs: 0,
      rowsAffected: null
    };
    traces.push(t);
    const decision = await guardPostgres(st.sql, st.ops, { embedded: ctx.perMigrationTransaction });
    if (decision.action === "refuse") {
      t.status = "refused";
      t.reason = decision.reason;
      t.benign = decision.benign;
      if (decision.transactionControl) t.transactionControl = decision.transactionControl;
      t.endMs = t.startMs;
      continue;
    }
    if (decision.action === "substitute") {
      t.status = "substituted";
      t.reason = decision.reason;
      t.executed = short(decision.sql);
    }
    const start = performance.now();
    let result;
    try {
      result = await ctx.session.query(decision.sql, { timeoutMs: ctx.statementTimeoutMs });
    } catch (e) {
      const c = classifyError(e);
      t.status = c.status;
      t.reason = c.reason;
      const code = e.code;
      if (typeof code === "string") t.code = code;
      t.endMs = performance.now() - origin;
      if (ctx.realDurations) t.durationMs = Math.round(performance.now() - start);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === "timeout"), { trace: t, traces });
      return { traces, failure: t };
    }
    const end = performance.now();
    t.endMs = end - origin;
    if (ctx.realDurations) t.durationMs = Math.round((end - start) * 10) / 10;
    t.rowsAffected = rowCountOf(result);
    let after;
    try {
      after = trace ? await readTrace(ctx) : { xid: String((await ctx.session.query(`SELECT ${ctx.xidFunction}()::text AS xid`)).rows[0]?.xid ?? ""), locks: /* @__PURE__ */ new Set(), rels: /* @__PURE__ */ new Map() };
    } catch (e) {
      const c = classifyError(e);
      if (c.lost) throw Object.assign(new SessionLost(c.reason, c.status === "timeout"), { trace: t, traces });
      throw e;
    }
    if (!after.xid || after.xid !== expectedXid) {
      t.status = "failed";
      t.reason = "after this statement the session was no longer inside the dry-run transaction; the dry-run stopped";
      throw Object.assign(new LeftTransaction(`statement at ${st.loc.file}:${st.loc.line} left the dry-run transaction`), { trace: t, traces });
    }
    if (trace && state) {
      t.locks = [...newLocks(state, after, index), ...heldAlready(state, after, st.ops, index)];
      t.rewrites = rewrites(state, after);
      if (decision.action === "substitute" && decision.documentedLock) {
        const tables = new Set(decision.documentedLock.tables);
        t.locks = t.locks.filter((l) => !tables.has(l.relation) && l.relkind !== "index");
        for (const table of decision.documentedLock.tables) {
          t.locks.push({ relation: table, relkind: "table", mode: decision.documentedLock.mode, blocks: blocksOf(decision.documentedLock.mode), documented: true, releasedAfter: index });
        }
        t.rewrites = [];
      }
      state = after;
    }
  }
  return { traces, failure: null };
}
function newLocks(before, after, index) {
  const out = [];
  for (const key of after.locks) {
    if (before.locks.has(key)) continue;
    const [oid, rawMode] = key.split("|");
    const rel = after.rels.get(oid) ?? before.rels.get(oid);
    if (!rel) continue;
    if (!before.rels.has(oid)) continue;
    const mode = LOCK_NAMES[rawMode] ?? rawMode;
    if (rel.kind.includes("index") && (mode === "ACCESS SHARE" || mode === "ROW SHARE" || mode === "ROW EXCLUSIVE")) continue;
    out.push({ relation: rel.name, relkind: rel.kind, mode, blocks: blocksOf(mode), releasedAfter: index });
  }
  const rank = (m) => Object.values(LOCK_NAMES).indexOf(m);
  return out.sort((a, b) => a.relkind === b.relkind ? rank(a.mode) - rank(b.mode) || a.relation.localeCompare(b.relation) : a.relkind === "table" ? -1 : b.relkind === "table" ? 1 : a.relkind.localeCompare(b.relkind));
}
function heldAlready(before, after, ops, index) {
  const out = [];
  const byName = new Map([...after.rels].map(([oid, r]) => [r.name, oid]));
  const rawOf = new Map(Object.entries(LOCK_NAMES).map(([raw, mode]) => [mode, raw]));
  const seen = /* @__PURE__ */ new Set();
  for (const op of ops) {
    const doc = pgLockOf(op);
    if (!doc) continue;
    for (const table of doc.tables) {
      const oid = byName.get(table);
      const key = `${oid}|${rawOf.get(doc.mode)}`;
      if (!oid || seen.has(key) || !before.locks.has(key)) continue;
      seen.add(key);
      out.push({ relation: table, relkind: after.rels.get(oid).kind, mode: doc.mode, blocks: blocksOf(doc.mode), alreadyHeld: true, releasedAfter: index });
    }
  }
  return out;
}
function rewrites(before, after) {
  const out = [];
  for (const [oid, rel] of after.rels) {
    const prev = before.rels.get(oid);
    if (prev && prev.filenode !== rel.filenode && rel.kind !== "view" && rel.kind !== "sequence" && prev.filenode !== "0") out.push(`${rel.kind} ${rel.name}`);
  }
  return out.sort((a, b) => a.startsWith("table") === b.startsWith("table") ? a.localeCompare(b) : a.startsWith("table") ? -1 : 1);
}
function assignLockRelease(traces, transactional) {
  const last = traces.length - 1;
  let blockStart = null;
  const pending = [];
  for (const t of traces) {
    const isBegin = t.transactionControl === "begin";
    const isCommit = t.transactionControl === "commit";
    if (isBegin) blockStart = t.index;
    if (isCommit && blockStart !== null) {
      for (const l of pending) l.releasedAfter = t.index;
      pending.length = 0;
      blockStart = null;
    }
    for (const l of t.locks) {
      if (transactional) l.releasedAfter = last;
      else if (blockStart !== null) pending.push(l);
      else l.releasedAfter = t.index;
    }
  }
  for (const l of pending) l.releasedAfter = last;
}
function touchedTables(ops) {
  const out = /* @__PURE__ */ new Set();
  for (const op of ops) {
    if ("table" in op && typeof op.table === "string" && op.kind !== "createTable") out.add(op.table);
    if (op.kind === "truncate") for (const t of op.tables) out.add(t);
    if (op.kind === "renameTable") out.add(op.table);
  }
  return [...out];
}
function isSystemTable(table) {
  const [first, second] = table.toLowerCase().split(".");
  return second === void 0 ? first.startsWith("pg_") : first === "pg_catalog" || first === "information_schema" || first.startsWith("pg_toast");
}
async function fingerprints(ctx, tables) {
  const out = /* @__PURE__ */ new Map();
  const sp = `migration_guard_${ctx.token}_fp`;
  for (const table of tables) {
    if (isSystemTable(table)) continue;
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      out.set(table, await tableFingerprint(ctx.session, table));
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
      out.set(table, null);
    }
  }
  return out;
}
async function snapshot(ctx) {
  return takeSnapshot(ctx.session);
}
var SESSION_QUERY = `SELECT current_user::text AS cu, session_user::text AS su,
  (SELECT json_agg(json_build_array(name, setting)) FROM pg_settings WHERE context IN ('user', 'superuser') AND name NOT LIKE 'transaction\\_%') AS s`;
async function readSession(ctx) {
  const row = (await ctx.session.query(SESSION_QUERY)).rows[0] ?? {};
  const raw = typeof row.s === "string" ? JSON.parse(row.s) : row.s ?? [];
  return { settings: new Map(raw), currentUser: String(row.cu), sessionUser: String(row.su) };
}
function literal(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
async function resetSession(ctx, saved) {
  const now = await readSession(ctx);
  if (now.sessionUser !== saved.sessionUser) await ctx.session.query("SET SESSION AUTHORIZATION DEFAULT");
  if (now.currentUser !== saved.currentUser || now.sessionUser !== saved.sessionUser) await ctx.session.query("RESET ROLE");
  const changed = [...saved.settings].filter(([name, value]) => now.settings.get(name) !== value);
  if (changed.length === 0) return;
  const sp = `migration_guard_${ctx.token}_rs`;
  for (const [name, value] of changed) {
    await ctx.session.query(`SAVEPOINT ${sp}`);
    try {
      await ctx.session.query(`SELECT set_config(${literal(name)}, ${literal(value)}, false)`);
      await ctx.session.query(`RELEASE SAVEPOINT ${sp}`);
    } catch {
      await ctx.session.query(`ROLLBACK TO SAVEPOINT ${sp}`);
    }
  }
}
var UNSAFE_NEW_ENUM_VALUE = "55P04";
function locationOf(t) {
  return `${t.file}:${t.line}`;
}
async function runPrMigrations(ctx, plans, outerXid) {
  const results = [];
  const problems = [];
  let dead = null;
  for (const [k, plan] of plans.entries()) {
    const m = plan.migration;
    const result = {
      id: m.id,
      file: m.file,
      framework: m.framework,
      transactional: m.transactional,
      verdict: "unverified",
      reasons: [],
      statements: [],
      roundTrip: { status: "not-run", diff: [], dataDiff: [] },
      sqlPreview: plan.preview,
      durationMs: null
    };
    results.push(result);
    if (dead) {
      result.reasons.push(`not run: ${dead}`);
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    ctx.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
    if (plan.up.unrenderable.length) {
      result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
      result.statements = plan.up.statements.map((s, index) => notRun(s, index));
      continue;
    }
    try {
      await runOneMigration(ctx, plan, result, outerXid);
    } catch (e) {
      const traces = e.traces;
      if (traces && result.statements.length === 0) result.statements = traces;
      if (e instanceof LeftTransaction) dead = e.message;
      else if (e instanceof SessionLost) dead = e.timedOut ? `the embedded database was stopped after ${Math.round(ctx.statementTimeoutMs / 1e3)} s (wall-clock timeout)` : e.message;
      else {
        const c = classifyError(e);
        if (c.lost) dead = c.reason;
        else {
          result.verdict = "failed";
          result.reasons.push(`internal error: ${e.message}`);
          await ctx.session.query(ctx.perMigrationTransaction ? "ROLLBACK" : `ROLLBACK TO SAVEPOINT migration_guard_${ctx.token}_m`).catch(() => void 0);
          continue;
        }
      }
      result.verdict = "failed";
      result.reasons.push(dead);
      problems.push(`${m.id}: ${dead}; every later migration was not run and all changes were rolled back`);
      const rest = plan.up.statements.slice(result.statements.length);
      result.statements.push(...rest.map((s, i) => notRun(s, result.statements.length + i)));
    }
  }
  return { results, problems };
}
function notRun(s, index) {
  return { index, file: s.loc.file, line: s.loc.line, sql: short(s.sql), status: "not-run", locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}
async function runOneMigration(ctx, plan, result, outerXid) {
  const m = plan.migration;
  const q = (sql) => ctx.session.query(sql);
  if (ctx.perMigrationTransaction) await q("BEGIN");
  let xid = await outerXid();
  const sp = `migration_guard_${ctx.token}_m`;
  await q(`SAVEPOINT ${sp}`);
  const tables = touchedTables([...m.up, ...m.down ?? []]);
  const session = await readSession(ctx);
  const before = await snapshot(ctx);
  const dataBefore = await fingerprints(ctx, tables);
  const started = performance.now();
  const up = await runDirection(ctx, plan.up, xid, true);
  result.statements = up.traces;
  assignLockRelease(up.traces, m.transactional);
  if (ctx.realDurations) result.durationMs = Math.round(performance.now() - started);
  const finish = async (commit) => {
    if (ctx.perMigrationTransaction) await q(commit ? "COMMIT" : "ROLLBACK");
  };
  if (up.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}`);
    result.verdict = ctx.historyIncomplete ? "unverified" : "failed";
    const ext = /extension "([^"]+)" is not available/.exec(up.failure.reason ?? "");
    if (ext) result.verdict = "unverified";
    result.reasons.push(
      ext ? `PGlite has no extension ${ext[1]}: the migration cannot be verified on the embedded engine (use --engine postgres)` : `up ${up.failure.status === "timeout" ? "timed out" : "failed"} at ${locationOf(up.failure)}: ${up.failure.reason}`
    );
    if (ctx.historyIncomplete && !ext) result.reasons.push("the base history did not replay completely on the embedded engine, so this failure may come from a missing earlier object");
    result.roundTrip = { status: "not-run", diff: [], dataDiff: [] };
    await finish(false);
    return;
  }
  const refused = up.traces.filter((t) => t.status === "refused" && !t.benign);
  for (const t of refused) result.reasons.push(`refused at ${locationOf(t)}: ${t.reason}`);
  await resetSession(ctx, session);
  const upChanges = diffSnapshots(before, await snapshot(ctx), "change");
  if (ctx.perMigrationTransaction) {
    await q("COMMIT");
    await q("BEGIN");
    xid = await outerXid();
  }
  await q(`SAVEPOINT ${sp}_up`);
  if (!plan.down) {
    result.roundTrip = { status: "no-down", upChanges, diff: [], dataDiff: [] };
    result.reasons.push(m.downIrreversible ? `the down part declares itself irreversible: ${m.downIrreversible.reason}` : "no down part to verify rollback");
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  if (plan.down.unrenderable.length) {
    result.roundTrip = { status: "not-run", upChanges, diff: [], dataDiff: [], error: plan.down.unrenderable.join("; ") };
    result.reasons.push(...plan.down.unrenderable.map((r) => `cannot render down: ${r}`));
    result.verdict = "unverified";
    await q(`RELEASE SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  const down = await runDirection(ctx, plan.down, xid, false);
  if (down.failure && down.failure.code === UNSAFE_NEW_ENUM_VALUE && !ctx.perMigrationTransaction) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    const why = `the down uses an enum value the up added, which PostgreSQL allows only after a commit; the dry-run keeps everything in one uncommitted transaction, so this down needs a commit between up and down to be verified (${locationOf(down.failure)}: ${down.failure.reason})`;
    result.roundTrip = { status: "not-run", upChanges, diff: [], dataDiff: [], error: "needs a commit between up and down" };
    result.reasons.push(why);
    result.verdict = "unverified";
    await finish(true);
    return;
  }
  if (down.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: "down-failed", upChanges, diff: [], dataDiff: [], error: `${locationOf(down.failure)}: ${down.failure.reason}` };
    result.reasons.push(`down failed at ${locationOf(down.failure)}: ${down.failure.reason}`);
    result.verdict = "failed";
    await finish(true);
    return;
  }
  const refusedDown = down.traces.filter((x) => x.status === "refused" && !x.benign);
  for (const t of refusedDown) result.reasons.push(`refused in down at ${locationOf(t)}: ${t.reason}`);
  await resetSession(ctx, session);
  const afterDown = await snapshot(ctx);
  const allDiff = diffSnapshots(before, afterDown);
  const reported = ctx.columnOrder === "fail" ? [] : allDiff.filter((d) => / column order changed: /.test(d));
  const diff = allDiff.filter((d) => !reported.includes(d));
  const dataAfter = await fingerprints(ctx, tables);
  const dataDiff = [];
  for (const [table, fp] of dataBefore) {
    const now = dataAfter.get(table);
    if (fp !== null && now !== null && now !== void 0 && fp !== now) {
      const [nb, na] = [fp.split(":")[0], now.split(":")[0]];
      dataDiff.push(nb !== na ? `${table}: ${nb} rows before up, ${na} after down` : `${table}: row contents differ after up + down (data the down did not bring back)`);
    }
  }
  const upAgain = await runDirection(ctx, plan.up, xid, false);
  if (upAgain.failure) {
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    result.roundTrip = { status: "up-again-failed", upChanges, diff, dataDiff, error: `${locationOf(upAgain.failure)}: ${upAgain.failure.reason}` };
    result.reasons.push(`up after down failed at ${locationOf(upAgain.failure)}: ${upAgain.failure.reason}`);
    if (diff.length) result.reasons.push(`down does not restore the schema (${diff.length} difference${diff.length === 1 ? "" : "s"})`);
    result.verdict = "failed";
    await finish(true);
    return;
  }
  await resetSession(ctx, session);
  if (diff.length || dataDiff.length) {
    result.roundTrip = { status: "mismatch", upChanges, diff, dataDiff, ...reported.length ? { reported } : {} };
    if (diff.length) result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join("; ")}${diff.length > 3 ? ` (+${diff.length - 3} more)` : ""}`);
    if (dataDiff.length) result.reasons.push(`down loses data: ${dataDiff.join("; ")}`);
    result.verdict = "failed";
    await q(`ROLLBACK TO SAVEPOINT ${sp}_up`);
    await finish(true);
    return;
  }
  result.roundTrip = { status: "verified", upChanges, diff: [], dataDiff: [], ...reported.length ? { reported } : {} };
  await q(`RELEASE SAVEPOINT ${sp}_up`);
  if (refused.length === 0 && refusedDown.length === 0) result.verdict = "verified";
  else result.verdict = "unverified";
  await finish(true);
}

export {
  guardPostgres,
  extensionsIn,
  SessionLost,
  savepointToken,
  runPrMigrations
};
