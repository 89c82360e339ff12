#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  pgLockOf
} from "./chunk-CXD6VCVI.js";
import {
  loadParser
} from "./chunk-TN672BLV.js";

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
  "transaction_read_only",
  // How soon the server notices that a killed dry-run is gone (and ends its statement and locks).
  "client_connection_check_interval"
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
var APP_QUERY_KINDS = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt"]);
async function guardAppQuery(query, name) {
  const pg = await loadParser();
  const c = { pg, depth: 0, inBody: false };
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) return { action: "refuse", reason: "invalid prepared statement name" };
  const body = query.replace(/(?<![\s;])[\s;]+$/, "");
  const alone = parseStatements(c, body);
  if (typeof alone === "string") return { action: "refuse", reason: `the dry-run's parser cannot read it (${alone})` };
  if (alone.length !== 1) return { action: "refuse", reason: `${alone.length} statements: only a single query is ever prepared` };
  const [first] = Object.keys(alone[0].stmt);
  if (!APP_QUERY_KINDS.has(first)) return { action: "refuse", reason: `${first.replace(/Stmt$/, "")} is not an application query (only SELECT, INSERT, UPDATE, DELETE and WITH are prepared)` };
  const sql = `PREPARE ${name} AS ${body}`;
  const parsed = parseStatements(c, sql);
  if (typeof parsed === "string") return { action: "refuse", reason: `cannot be read as one statement (${parsed})` };
  if (parsed.length !== 1) return { action: "refuse", reason: `${parsed.length} statements: only one query is ever prepared` };
  const prep = parsed[0].stmt.PrepareStmt;
  if (!prep || String(prep.name) !== name || (prep.argtypes ?? []).length) return { action: "refuse", reason: "not a single query" };
  const [kind] = Object.keys(prep.query ?? {});
  if (!kind || !APP_QUERY_KINDS.has(kind)) return { action: "refuse", reason: `${String(kind ?? "empty").replace(/Stmt$/, "")} is not an application query (only SELECT, INSERT, UPDATE, DELETE and WITH are prepared)` };
  const inner = prep.query[kind];
  if (kind === "SelectStmt" && inner.intoClause) return { action: "refuse", reason: "SELECT INTO creates a table" };
  const d = decide(c, prep.query, body, []);
  if (d.action !== "run") return { action: "refuse", reason: d.action === "refuse" ? d.reason : d.reason.split(":")[0] };
  const batch = `${sql}
;DEALLOCATE ${name}`;
  const both = parseStatements(c, batch);
  const ok = typeof both !== "string" && both.length === 2 && both[0].stmt.PrepareStmt && String(both[1].stmt.DeallocateStmt?.name) === name;
  if (!ok) return { action: "refuse", reason: "the query does not end where it should" };
  return { action: "prepare", sql, batch };
}

// src/dryrun/app-query-run.ts
var APP_QUERY_STATEMENT = "migration_guard_app_query";
async function guardAppQueries(collection) {
  const out = { queries: [], prepare: [], batch: [] };
  for (const q of collection.queries) {
    const d = await guardAppQuery(q.text, APP_QUERY_STATEMENT);
    if (d.action === "refuse") {
      collection.refused.push({ query: shortQuery(q.text), origins: q.origins, reason: d.reason });
      continue;
    }
    out.queries.push(q);
    out.prepare.push(d.sql);
    out.batch.push(d.batch);
  }
  return out;
}
function shortQuery(text, max = 200) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
async function prepareEach(ctx, guarded) {
  const q = (sql) => ctx.session.query(sql, { timeoutMs: ctx.statementTimeoutMs });
  const sp = `migration_guard_${ctx.token}_aq`;
  const out = [];
  await q(`SAVEPOINT ${sp}`);
  for (const [i, sql] of guarded.prepare.entries()) {
    try {
      if (ctx.session.multiStatement) await q(guarded.batch[i]);
      else {
        await q(sql);
        await q(`DEALLOCATE ${APP_QUERY_STATEMENT}`);
      }
      out.push(null);
    } catch (e) {
      const err = e;
      if (err.name === "SessionLost") throw e;
      out.push(err.message ?? String(e));
      await q(`ROLLBACK TO SAVEPOINT ${sp}`);
    }
  }
  await q(`ROLLBACK TO SAVEPOINT ${sp}`);
  await q(`RELEASE SAVEPOINT ${sp}`);
  return out;
}
function appQueryVerdict(guarded, before, afterUp, afterDown, rollbackNotChecked) {
  const broken = [];
  let neverPrepared = 0;
  guarded.queries.forEach((query, i) => {
    const b = before[i];
    const u = afterUp ? afterUp[i] : void 0;
    const d = afterDown ? afterDown[i] : void 0;
    if (b === null && typeof u === "string") broken.push({ query: shortQuery(query.text), origins: query.origins, phase: "upgrade", error: u });
    else if (u === null && typeof d === "string") broken.push({ query: shortQuery(query.text), origins: query.origins, phase: "rollback", error: d, addedByChange: typeof b === "string" });
    else if (typeof b === "string" && u !== null && d !== null) neverPrepared++;
  });
  return { checked: guarded.queries.length, broken, neverPrepared, ...rollbackNotChecked ? { rollbackNotChecked } : {} };
}

export {
  guardPostgres,
  extensionsIn,
  APP_QUERY_STATEMENT,
  guardAppQueries,
  shortQuery,
  prepareEach,
  appQueryVerdict
};
