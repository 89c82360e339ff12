#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  checkVersionTable
} from "./chunk-KBPFO33D.js";
import {
  diffSnapshots,
  redactServerValues
} from "./chunk-ZCAD2GR2.js";
import {
  appQueryVerdict,
  shortQuery
} from "./chunk-LMJMAK2T.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-TN672BLV.js";
import {
  tokenize
} from "./chunk-2A3BAUFS.js";
import {
  skipComment,
  skipQuoted
} from "./chunk-H6TE6QOH.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/dryrun/mysql.ts
import { randomBytes } from "node:crypto";

// src/dryrun/mysql-guard.ts
var DEFAULT_GUARD_CONTEXT = { ansiQuotes: false, noBackslashEscapes: false };
var SYSTEM_SCHEMAS = /* @__PURE__ */ new Set(["mysql", "information_schema", "performance_schema", "sys"]);
var ANSI_QUOTE_MODES = /* @__PURE__ */ new Set(["ANSI_QUOTES", "ANSI", "DB2", "MAXDB", "MSSQL", "ORACLE", "POSTGRESQL"]);
function sqlModeFlags(mode) {
  const parts = new Set(mode.toUpperCase().split(",").map((s) => s.trim()).filter(Boolean));
  return {
    ansiQuotes: [...parts].some((p) => ANSI_QUOTE_MODES.has(p)),
    noBackslashEscapes: parts.has("NO_BACKSLASH_ESCAPES"),
    oracle: parts.has("ORACLE")
  };
}
var ALLOWED_ENGINES = /* @__PURE__ */ new Set(["INNODB", "MYISAM", "ARIA", "MEMORY", "HEAP", "ARCHIVE", "BLACKHOLE", "CSV", "MRG_MYISAM", "MERGE", "SEQUENCE"]);
var SAFE_CHARSETS = /* @__PURE__ */ new Set(["UTF8", "UTF8MB3", "UTF8MB4", "LATIN1", "LATIN2", "ASCII", "BINARY", "DEFAULT", "UTF16", "UTF32", "UCS2"]);
var ALLOWED_SESSION_VARIABLES = /* @__PURE__ */ new Set([
  "foreign_key_checks",
  "unique_checks",
  "sql_notes",
  "sql_warnings",
  "time_zone",
  "autocommit",
  "sql_safe_updates",
  "check_constraint_checks",
  "group_concat_max_len",
  "innodb_strict_mode",
  "explicit_defaults_for_timestamp",
  "big_tables",
  "sql_big_selects",
  "sql_auto_is_null",
  "character_set_results",
  "sql_select_limit",
  "div_precision_increment",
  "cte_max_recursion_depth",
  "max_recursive_iterations",
  "insert_id",
  "last_insert_id",
  "auto_increment_increment",
  "auto_increment_offset",
  "sql_quote_show_create",
  "transaction_isolation",
  "tx_isolation",
  "default_storage_engine",
  "storage_engine",
  "default_tmp_storage_engine",
  "sql_mode",
  "old_alter_table",
  "alter_algorithm",
  "sql_if_exists",
  "system_versioning_alter_history",
  "optimizer_switch",
  "sql_require_primary_key",
  "innodb_default_row_format",
  // mysqldump of MariaDB ≥ 10.6.16 saves and restores it around the dump.
  "note_verbosity"
]);
var TIMEOUT_VARIABLES = /* @__PURE__ */ new Set(["max_statement_time", "max_execution_time", "lock_wait_timeout", "innodb_lock_wait_timeout", "wait_timeout", "interactive_timeout", "net_read_timeout", "net_write_timeout", "idle_transaction_timeout", "idle_write_transaction_timeout", "idle_readonly_transaction_timeout"]);
var LEXING_VARIABLES = /* @__PURE__ */ new Set(["sql_mode", "character_set_client", "character_set_connection", "collation_connection", "character_set_database", "collation_database"]);
var SESSION_STATE_VARIABLES = new Set(
  [...ALLOWED_SESSION_VARIABLES, ...LEXING_VARIABLES, ...TIMEOUT_VARIABLES, "character_set_results"].filter((v) => v !== "insert_id" && v !== "last_insert_id")
);
var REFUSED_ANYWHERE = {
  PREPARE: "dynamic SQL (PREPARE/EXECUTE) runs text the dry-run cannot check",
  EXECUTE: "dynamic SQL (PREPARE/EXECUTE, EXECUTE IMMEDIATE) runs text the dry-run cannot check",
  DEALLOCATE: "dynamic SQL (PREPARE/EXECUTE) runs text the dry-run cannot check",
  IMMEDIATE: "dynamic SQL (EXECUTE IMMEDIATE) runs text the dry-run cannot check",
  OUTFILE: "reads or writes server files",
  DUMPFILE: "reads or writes server files",
  INFILE: "reads or writes server files",
  LOAD_FILE: "reads server files",
  SONAME: "loads a shared library into the server (UDF/plugin)",
  GLOBAL: "changes a setting for the whole server",
  PERSIST: "changes a setting for the whole server",
  PERSIST_ONLY: "changes a setting for the whole server",
  GRANT: "changes privileges",
  REVOKE: "changes privileges",
  FLUSH: "acts on the whole server",
  KILL: "signals another session",
  SHUTDOWN: "stops the server",
  INSTALL: "changes the server's plugins",
  UNINSTALL: "changes the server's plugins",
  PURGE: "deletes binary logs",
  BINLOG: "replays events on the server",
  GET_LOCK: "takes a server-wide named lock other sessions may wait on",
  RELEASE_LOCK: "named locks are how a dry-run marks its clone as alive",
  RELEASE_ALL_LOCKS: "named locks are how a dry-run marks its clone as alive",
  SYS_EXEC: "runs a program on the server",
  SYS_EVAL: "runs a program on the server",
  DIRECTORY: "DATA/INDEX DIRECTORY writes files outside the clone",
  TABLESPACE: "tablespaces are shared by the server, outside the clone",
  CONNECTION: "a table CONNECTION reaches another server"
};
var SERVER_OBJECTS = /* @__PURE__ */ new Set(["DATABASE", "SCHEMA", "USER", "ROLE", "SERVER", "EVENT", "TABLESPACE", "LOGFILE", "INSTANCE", "PLUGIN"]);
var ALLOWED_OBJECTS = {
  CREATE: /* @__PURE__ */ new Set(["TABLE", "INDEX", "VIEW", "TRIGGER", "PROCEDURE", "FUNCTION", "SEQUENCE"]),
  ALTER: /* @__PURE__ */ new Set(["TABLE", "VIEW", "SEQUENCE", "PROCEDURE", "FUNCTION"]),
  DROP: /* @__PURE__ */ new Set(["TABLE", "INDEX", "VIEW", "TRIGGER", "PROCEDURE", "FUNCTION", "SEQUENCE"])
};
var ALLOWED_HEADS = /* @__PURE__ */ new Set(["INSERT", "REPLACE", "UPDATE", "DELETE", "SELECT", "WITH", "VALUES", "TABLE", "TRUNCATE", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "UNLOCK", "ANALYZE", "OPTIMIZE", "CHECK", "CHECKSUM", "REPAIR", "SHOW", "DESCRIBE", "DESC", "EXPLAIN", "DO", "CALL", "SET", "BEGIN", "START", "LOCK", "RENAME"]);
var MODIFIERS = /* @__PURE__ */ new Set(["OR", "REPLACE", "TEMPORARY", "UNIQUE", "FULLTEXT", "SPATIAL", "ONLINE", "OFFLINE", "IGNORE", "ALGORITHM", "UNDEFINED", "MERGE", "TEMPTABLE", "SQL", "SECURITY", "INVOKER", "DEFINER", "AGGREGATE", "IF", "NOT", "EXISTS", "CURRENT_USER"]);
function executableReadings(sql) {
  let included = "";
  let excluded = "";
  let i = 0;
  let last = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"' || ch === "`") {
      i = skipQuoted(sql, i);
      continue;
    }
    const exec = /^\/\*(M?)!(\d*)/.exec(sql.slice(i, i + 12));
    if (exec) {
      const contentStart = i + exec[0].length;
      const plainEnd = sql.indexOf("*/", contentStart);
      let j = contentStart;
      let runEnd = -1;
      while (j < sql.length) {
        const c = sql[j];
        if (c === "'" || c === '"' || c === "`") {
          j = skipQuoted(sql, j);
          continue;
        }
        if (sql.startsWith("*/", j)) {
          runEnd = j;
          break;
        }
        if (sql.startsWith("/*", j) || c === "#" || c === "-" && sql[j + 1] === "-") {
          return { refuse: "an executable comment (/*!\u2026*/) contains another comment: the server and the dry-run could read it differently", included: sql, excluded: sql };
        }
        j++;
      }
      if (plainEnd < 0 || runEnd !== plainEnd) {
        return { refuse: "an executable comment (/*!\u2026*/) ends in a different place depending on whether the server runs it (a quote hides its */)", included: sql, excluded: sql };
      }
      const content = sql.slice(contentStart, plainEnd);
      included += sql.slice(last, i) + " ".repeat(exec[0].length) + content + "  ";
      excluded += sql.slice(last, i) + " ".repeat(plainEnd + 2 - i);
      i = plainEnd + 2;
      last = i;
      continue;
    }
    const past = skipComment(sql, i);
    if (past >= 0) {
      i = past;
      continue;
    }
    i++;
  }
  included += sql.slice(last);
  excluded += sql.slice(last);
  return { refuse: null, included, excluded };
}
function isWord(t, ...words) {
  return t?.kind === "word" && words.includes(t.value);
}
function isPunct(t, p) {
  return t?.kind === "punct" && t.value === p;
}
function objectKind(tokens, at) {
  let i = at + 1;
  for (let guard = 0; i < tokens.length && guard < 20; guard++) {
    const t = tokens[i];
    if (isWord(t, "DEFINER") && !isWord(tokens[i - 1], "SECURITY")) {
      i++;
      if (isPunct(tokens[i], "=")) i++;
      if (isWord(tokens[i], "CURRENT_USER")) {
        i++;
        if (isPunct(tokens[i], "(")) i += 2;
      } else {
        i++;
        if (tokens[i]?.kind === "variable") i++;
      }
      continue;
    }
    if (isPunct(t, "=") || t.kind === "word" && MODIFIERS.has(t.value)) {
      i++;
      continue;
    }
    return t.kind === "word" ? t.value : null;
  }
  return null;
}
function variableName(raw) {
  if (!raw.startsWith("@@")) return { scope: "user", name: raw };
  const body = raw.slice(2).toLowerCase();
  const m = /^(global|persist|persist_only|session|local)\.(.*)$/.exec(body);
  if (m) return { scope: m[1] === "session" || m[1] === "local" ? "session" : "global", name: m[2].replace(/`/g, "") };
  return { scope: "session", name: body.replace(/`/g, "") };
}
function assignments(tokens, from) {
  const out = [];
  let depth = 0;
  let cur = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPunct(t, "(")) depth++;
    if (isPunct(t, ")")) depth--;
    if (depth === 0 && isPunct(t, ",")) {
      out.push(cur);
      cur = [];
      continue;
    }
    if (isPunct(t, ";")) continue;
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}
function userVariableName(t) {
  if (t?.kind !== "variable" || t.raw.startsWith("@@")) return null;
  const m = /^@([A-Za-z0-9_$.]+)$/.exec(t.raw);
  return m ? m[1].toLowerCase() : null;
}
function assignedValue(a, targetAt) {
  return a.slice(targetAt + 1).filter((t) => !isPunct(t, "=") && !isPunct(t, ":="));
}
function lexingValue(value, all, ctx, allowWord) {
  if (value.length !== 1) return { refuse: "a computed value" };
  const v = value[0];
  if (v.kind === "string" || allowWord && v.kind === "word") return { text: v.value };
  const name = userVariableName(v);
  if (!name) return { refuse: "a computed value" };
  if (all.some((a) => a.some((t, k) => userVariableName(t) === name && k + 1 < a.length && (isPunct(a[k + 1], "=") || isPunct(a[k + 1], ":="))))) {
    return { refuse: `@${name}, which the same SET assigns` };
  }
  if (all.some((a) => a.some((t) => isPunct(t, "(")))) return { refuse: `@${name} alongside a call or subquery that could change it` };
  const known = ctx.userVariables?.get(name);
  if (known === void 0) return { refuse: `@${name}, whose value the dry-run did not read` };
  if (known === null) return { refuse: `@${name}, which is NULL` };
  return { text: known };
}
function checkSet(tokens, ctx) {
  if (isWord(tokens[1], "STATEMENT")) return "SET STATEMENT ... FOR changes settings for a statement the dry-run would have to re-read";
  if (isWord(tokens[1], "PASSWORD")) return "SET PASSWORD changes an account";
  if (isWord(tokens[1], "ROLE", "DEFAULT")) return "SET ROLE/DEFAULT ROLE changes the session's privileges";
  if (isWord(tokens[1], "TRANSACTION") || isWord(tokens[1], "SESSION") && isWord(tokens[2], "TRANSACTION")) return null;
  const list = assignments(tokens, 1);
  for (const a of list) {
    let i = 0;
    let scope = "session";
    if (isWord(a[i], "GLOBAL", "PERSIST", "PERSIST_ONLY")) return `SET ${a[i].value} changes the server for everyone`;
    if (isWord(a[i], "SESSION", "LOCAL")) i++;
    const target = a[i];
    if (!target) return "SET without a variable";
    if (isWord(target, "NAMES") || isWord(target, "CHARSET") || isWord(target, "CHARACTER") && isWord(a[i + 1], "SET")) {
      const cs = a[isWord(target, "CHARACTER") ? i + 2 : i + 1];
      const name2 = cs ? cs.kind === "word" ? cs.value : cs.value.toUpperCase() : "";
      if (!SAFE_CHARSETS.has(name2)) return `SET NAMES ${name2 || "?"}: a multibyte character set can make a quote or backslash part of a character, so the server would read the next statements differently from the dry-run`;
      continue;
    }
    let name;
    if (target.kind === "variable") {
      const v = variableName(target.raw);
      scope = v.scope;
      name = v.name;
    } else if (target.kind === "word" || target.kind === "quoted") {
      name = (target.kind === "word" ? target.raw : target.value).toLowerCase();
    } else return "SET of something that is not a variable";
    if (scope === "global") return "SET GLOBAL/PERSIST changes the server for everyone";
    if (scope === "user") continue;
    if (TIMEOUT_VARIABLES.has(name)) return `SET ${name} would change the dry-run's own timeouts`;
    if (name === "sql_mode") {
      const value = lexingValue(assignedValue(a, i), list, ctx, false);
      if ("refuse" in value) return `SET sql_mode to ${value.refuse}: the dry-run cannot tell whether it changes how quotes and backslashes are read`;
      const next = sqlModeFlags(value.text);
      if (next.ansiQuotes !== ctx.ansiQuotes || next.noBackslashEscapes !== ctx.noBackslashEscapes || next.oracle) {
        return `SET sql_mode = '${value.text}'${assignedValue(a, i)[0].kind === "variable" ? ` (the value of ${assignedValue(a, i)[0].raw})` : ""} changes how the server reads quotes or backslashes (ANSI_QUOTES, NO_BACKSLASH_ESCAPES, ORACLE); the dry-run reads statements with the session's mode`;
      }
      continue;
    }
    if (LEXING_VARIABLES.has(name)) {
      const value = lexingValue(assignedValue(a, i), list, ctx, true);
      const v = "text" in value ? value.text.toUpperCase() : "";
      const charset = name.startsWith("collation") ? v.split("_")[0] : v;
      if (v && SAFE_CHARSETS.has(charset) && charset !== "DEFAULT") continue;
      return `SET ${name}${"refuse" in value ? ` to ${value.refuse}` : ` = ${v}`}: only single-byte-safe character sets (utf8mb4, latin1, ...) keep the server reading statements as the dry-run does`;
    }
    if (name === "default_storage_engine" || name === "storage_engine" || name === "default_tmp_storage_engine") {
      const value = a.slice(i + 1).find((t) => !isPunct(t, "=") && !isPunct(t, ":="));
      const engine = value ? value.value.toUpperCase() : "";
      if (!ALLOWED_ENGINES.has(engine)) return `SET ${name} = ${engine || "?"}: that engine keeps data outside the clone`;
      continue;
    }
    if (!ALLOWED_SESSION_VARIABLES.has(name)) return `SET ${name} is not on the dry-run's allowlist of session settings`;
  }
  return null;
}
function checkEverywhere(tokens, schemas, clone, setVetted) {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.kind === "word") {
      const reason = REFUSED_ANYWHERE[t.value];
      if (reason && !(t.value === "CONNECTION" && !(isPunct(next, "=") || next?.kind === "string"))) return `${t.raw}: ${reason}`;
      if (t.value === "CREATE" || t.value === "ALTER" || t.value === "DROP" || t.value === "RENAME") {
        const kind = objectKind(tokens, i);
        if (kind && SERVER_OBJECTS.has(kind)) return `${t.value} ${kind} acts outside the cloned schema`;
      }
      if (t.value === "USE" && i === 0) return "USE would switch away from the clone";
      if (t.value === "ENGINE" && i > 0 && !isWord(tokens[i - 1], "SHOW")) {
        let j = i + 1;
        if (isPunct(tokens[j], "=")) j++;
        const v = tokens[j];
        const engine = v ? v.value.toUpperCase() : "";
        if (v && (v.kind === "word" || v.kind === "quoted" || v.kind === "string") && !ALLOWED_ENGINES.has(engine)) return `ENGINE=${engine}: that engine keeps data outside the clone or reaches other servers`;
      }
      if (LEXING_VARIABLES.has(t.raw.toLowerCase()) && !setVetted) return `${t.raw} changes how the server reads statements`;
      if (TIMEOUT_VARIABLES.has(t.raw.toLowerCase()) && !setVetted) return `${t.raw} would change the dry-run's own timeouts`;
    }
    if (t.kind === "variable" && t.raw.startsWith("@@")) {
      const v = variableName(t.raw);
      if (v.scope === "global") return `${t.raw}: changes or reads a setting for the whole server`;
      if (!setVetted && (LEXING_VARIABLES.has(v.name) || TIMEOUT_VARIABLES.has(v.name))) return `${t.raw} changes how the server reads statements or the dry-run's timeouts`;
    }
    if ((t.kind === "word" || t.kind === "quoted" || t.kind === "string" && t.raw.startsWith('"')) && isPunct(next, ".")) {
      const qualifier = (t.kind === "word" ? t.raw : t.value).toLowerCase();
      if (qualifier !== clone && qualifier !== "information_schema" && (schemas.has(qualifier) || SYSTEM_SCHEMAS.has(qualifier) || qualifier.startsWith("migration_guard_dryrun_"))) {
        return `names the schema ${qualifier} explicitly; the dry-run only writes to its clone`;
      }
    }
  }
  return null;
}
function checkReading(tokens, schemas, clone, ctx) {
  const head = tokens[0];
  if (!head) return null;
  if (head.kind === "punct" && head.value === "(") {
  } else if (head.kind !== "word") return "the statement does not start with a keyword";
  else if (ALLOWED_OBJECTS[head.value]) {
    const kind = objectKind(tokens, 0);
    if (!kind || !ALLOWED_OBJECTS[head.value].has(kind)) return `${head.value} ${kind ?? "?"} is not on the dry-run's allowlist of statements${kind && SERVER_OBJECTS.has(kind) ? " (it acts outside the cloned schema)" : ""}`;
    if (head.value === "CREATE" && kind === "FUNCTION" && tokens.some((t) => isWord(t, "SONAME"))) return "CREATE FUNCTION ... SONAME loads a shared library into the server";
  } else if (head.value === "RENAME") {
    if (!isWord(tokens[1], "TABLE", "TABLES")) return `RENAME ${tokens[1]?.value ?? ""} acts outside the cloned schema`;
  } else if (head.value === "START") {
    if (!isWord(tokens[1], "TRANSACTION")) return "START SLAVE/REPLICA changes replication";
  } else if (head.value === "LOCK") {
    if (!isWord(tokens[1], "TABLE", "TABLES")) return `LOCK ${tokens[1]?.value ?? ""} is not on the dry-run's allowlist`;
  } else if (head.value === "SET") {
    const r = checkSet(tokens, ctx);
    if (r) return r;
  } else if (!ALLOWED_HEADS.has(head.value)) {
    if (REFUSED_ANYWHERE[head.value]) return `${head.raw}: ${REFUSED_ANYWHERE[head.value]}`;
    return `${head.value} is not on the dry-run's allowlist of statements`;
  }
  return checkEverywhere(tokens, schemas, clone, isWord(head, "SET"));
}
function guardMysqlStatement(sql, schemas, clone, ctx = DEFAULT_GUARD_CONTEXT) {
  const readings = executableReadings(sql);
  const tokens = tokenize(readings.included);
  if (readings.refuse) return { refuse: readings.refuse, tokens };
  if ((ctx.noBackslashEscapes || ctx.ansiQuotes) && sql.includes("\\")) {
    return { refuse: `a backslash under ${ctx.noBackslashEscapes ? "NO_BACKSLASH_ESCAPES" : "ANSI_QUOTES (not an escape inside a double-quoted identifier)"}: the server and the dry-run could read the quotes differently`, tokens };
  }
  for (const text of [readings.included, readings.excluded]) {
    const refuse = checkReading(text === readings.included ? tokens : tokenize(text), schemas, clone, ctx);
    if (refuse) return { refuse, tokens };
  }
  return { refuse: null, tokens };
}
function lexingVariableReads(sql) {
  const readings = executableReadings(sql);
  if (readings.refuse) return [];
  const out = /* @__PURE__ */ new Set();
  for (const text of [readings.included, readings.excluded]) {
    const tokens = tokenize(text);
    if (isWord(tokens[0], "SET")) for (const v of lexingReadsOf(tokens)) out.add(v);
  }
  return [...out];
}
function lexingReadsOf(tokens) {
  const out = [];
  for (const a of assignments(tokens, 1)) {
    const i = isWord(a[0], "SESSION", "LOCAL") ? 1 : 0;
    const target = a[i];
    if (!target) continue;
    const name = target.kind === "variable" ? target.raw.startsWith("@@") ? variableName(target.raw).name : null : target.kind === "word" ? target.raw.toLowerCase() : null;
    if (!name || !LEXING_VARIABLES.has(name)) continue;
    const value = assignedValue(a, i);
    const v = value.length === 1 ? userVariableName(value[0]) : null;
    if (v) out.push(v);
  }
  return out;
}

// src/dryrun/mysql.ts
var APP_QUERY_HEADS = /* @__PURE__ */ new Set(["SELECT", "INSERT", "REPLACE", "UPDATE", "DELETE", "WITH"]);
function guardMysqlAppQueries(collection, schemas, clone, ctx) {
  const out = { queries: [], prepare: [], batch: [] };
  for (const q of collection.queries) {
    const text = q.text.replace(/(?<![\s;])[\s;]+$/, "");
    const { refuse, tokens } = guardMysql(text, schemas, clone, ctx);
    const head = tokens.find((t) => t.kind === "word" || t.kind === "punct");
    const why = refuse ?? (head?.kind === "punct" && head.value === "(" ? null : !head || head.kind !== "word" || !APP_QUERY_HEADS.has(head.value) ? "not an application query (only SELECT, INSERT, REPLACE, UPDATE, DELETE and WITH are prepared)" : null) ?? (tokens.some((t) => t.kind === "punct" && t.value === ";") ? "several statements: only a single query is ever prepared" : null);
    if (why) {
      collection.refused.push({ query: shortQuery(q.text), origins: q.origins, reason: why });
      continue;
    }
    out.queries.push(q);
    out.prepare.push(text);
    out.batch.push(text);
  }
  return out;
}
async function prepareMysql(conn, guarded) {
  const out = [];
  for (const sql of guarded.prepare) {
    try {
      await conn.prepare(sql);
      out.push(null);
    } catch (e) {
      const code = e.code ?? "";
      if (/^(PROTOCOL_CONNECTION_LOST|ECONNRESET|EPIPE)$/.test(code)) throw e;
      out.push(errText(e));
    } finally {
      conn.unprepare(sql);
    }
  }
  return out;
}
function guardMysql(sql, schemas, clone, ctx = DEFAULT_GUARD_CONTEXT) {
  return guardMysqlStatement(sql, schemas, clone, ctx);
}
function isWord2(t, ...words) {
  return t?.kind === "word" && words.includes(t.value);
}
function errText(e) {
  const err = e;
  return err.message ?? String(e);
}
function isAlgorithmRejection(e) {
  const err = e;
  return err.errno === 1845 || err.errno === 1846 || /ALGORITHM=|LOCK=NONE|is not supported for this operation|not supported\. Reason/i.test(err.message ?? "");
}
function isTimeout(e) {
  const err = e;
  return err.errno === 1205 || err.errno === 1969 || err.errno === 3024 || err.code === "PROTOCOL_SEQUENCE_TIMEOUT" || /timeout|Query execution was interrupted/i.test(err.message ?? "");
}
function bodyEnd(sql, tokens) {
  const last = tokens[tokens.length - 1];
  return last ? sql.slice(0, last.offset + last.raw.length) : sql;
}
function probeKind(tokens) {
  if (isWord2(tokens[0], "ALTER") && (isWord2(tokens[1], "TABLE") || isWord2(tokens[1], "ONLINE", "IGNORE") && isWord2(tokens[2], "TABLE"))) return "alter";
  if (isWord2(tokens[0], "CREATE") && tokens.slice(1, 4).some((t) => isWord2(t, "INDEX"))) return "index";
  if (isWord2(tokens[0], "DROP") && isWord2(tokens[1], "INDEX")) return "index";
  return null;
}
function declaresAlgorithm(tokens) {
  let algorithm = null;
  let lock = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isWord2(t, "ALGORITHM", "LOCK")) {
      let j = i + 1;
      if (tokens[j]?.kind === "punct" && tokens[j].value === "=") j++;
      const v = tokens[j]?.raw.toUpperCase() ?? null;
      if (t.value === "ALGORITHM") algorithm = v;
      else if (i > 0) lock = v;
    }
  }
  return { algorithm, lock };
}
async function snapshotMysql(conn, db) {
  const snap = /* @__PURE__ */ new Map();
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${db}\``);
  for (const row of tables) {
    const values = Object.values(row);
    const name = values[0];
    const type = values[1];
    if (type === "VIEW") {
      const [v] = await conn.query(`SHOW CREATE VIEW \`${db}\`.\`${name.replace(/`/g, "``")}\``);
      const text2 = String(v[0]["Create View"] ?? "");
      snap.set(`view ${name}`, [text2.replace(/DEFINER=`[^`]*`@`[^`]*`\s*/g, "").split(`\`${db}\`.`).join("")]);
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE \`${db}\`.\`${name.replace(/`/g, "``")}\``);
    const text = String(c[0]["Create Table"] ?? "");
    const lines = text.split("\n").slice(1).map((l) => l.trim().replace(/,$/, ""));
    let pos = 0;
    const columns = [];
    const rest = [];
    for (const l of lines) {
      if (l.startsWith("`")) columns.push(`${l} @${++pos}`);
      else if (l.startsWith(")")) rest.push(`%${l.replace(/ AUTO_INCREMENT=\d+/, "")}`);
      else rest.push(`%${l}`);
    }
    snap.set(`table ${name}`, [...columns, ...rest.sort()]);
  }
  const strip = (text) => text.split(`\`${db}\`.`).join("");
  const [triggers] = await conn.query(
    `SELECT TRIGGER_NAME AS n, ACTION_TIMING AS t, EVENT_MANIPULATION AS e, EVENT_OBJECT_TABLE AS tb, ACTION_ORDER AS o, ACTION_STATEMENT AS s FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?`,
    [db]
  );
  for (const t of triggers) snap.set(`trigger ${String(t.n)}`, [`${String(t.t)} ${String(t.e)} ON ${String(t.tb)} (order ${String(t.o)}) ${strip(String(t.s))}`]);
  const [routines] = await conn.query(
    `SELECT r.ROUTINE_TYPE AS k, r.ROUTINE_NAME AS n, r.DTD_IDENTIFIER AS ret, r.ROUTINE_DEFINITION AS body, r.IS_DETERMINISTIC AS det, r.SQL_DATA_ACCESS AS access, r.SECURITY_TYPE AS sec,
       (SELECT GROUP_CONCAT(CONCAT_WS(' ', p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ') FROM information_schema.PARAMETERS p
         WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ROUTINE_TYPE = r.ROUTINE_TYPE AND p.ORDINAL_POSITION > 0) AS params
     FROM information_schema.ROUTINES r WHERE r.ROUTINE_SCHEMA = ?`,
    [db]
  );
  for (const r of routines) {
    const attrs = [r.ret ? `RETURNS ${String(r.ret)}` : "", r.det === "YES" ? "DETERMINISTIC" : "NOT DETERMINISTIC", String(r.access), `SQL SECURITY ${String(r.sec)}`].filter(Boolean).join(" ");
    snap.set(`${String(r.k).toLowerCase()} ${String(r.n)}`, [`(${String(r.params ?? "")}) ${attrs}: ${strip(String(r.body ?? ""))}`]);
  }
  return snap;
}
function retarget(text, source, clone) {
  const tokens = tokenize(text);
  let out = text;
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (next.kind !== "punct" || next.value !== ".") continue;
    const name = t.kind === "word" ? t.raw : t.kind === "quoted" || t.kind === "string" && t.raw.startsWith('"') ? t.value : null;
    if (name === null || name.toLowerCase() !== source.toLowerCase()) continue;
    out = `${out.slice(0, t.offset)}\`${clone}\`${out.slice(t.offset + t.raw.length)}`;
  }
  return out;
}
var DEFINER_CLAUSE = /DEFINER\s*=\s*(`[^`]*`|'[^']*'|[^\s@]+)@(`[^`]*`|'[^']*'|[^\s]+)\s*/i;
async function cloneObject(conn, what, text, objectMode, source, clone, schemas, sessionMode) {
  if (!text) return `${what}: its definition is not visible to this account`;
  const flags = sqlModeFlags(objectMode);
  if (flags.oracle) return `${what}: created under sql_mode ORACLE, whose PL/SQL syntax the dry-run cannot read`;
  const sql = retarget(text, source, clone).replace(DEFINER_CLAUSE, "");
  const { refuse } = guardMysql(sql, schemas, clone, { ansiQuotes: flags.ansiQuotes, noBackslashEscapes: flags.noBackslashEscapes });
  if (refuse) return `${what}: the dry-run will not create it in the clone (${refuse})`;
  try {
    await conn.query("SET SESSION sql_mode = ?", [objectMode]);
    await conn.query(sql);
    return null;
  } catch (e) {
    return `${what}: could not be created in the clone (${errText(e)})`;
  } finally {
    await conn.query("SET SESSION sql_mode = ?", [sessionMode]);
  }
}
async function invisibleToAccount(conn, source) {
  const out = [];
  try {
    const [who] = await conn.query("SELECT CURRENT_USER() AS u");
    const user = String(who[0].u ?? "");
    const at = user.lastIndexOf("@");
    const grantees = [`'${user.slice(0, at)}'@'${user.slice(at + 1)}'`];
    try {
      const [role] = await conn.query("SELECT CURRENT_ROLE() AS r");
      const r = String(role[0].r ?? "");
      const mysql8 = /^`(.*)`@`(.*)`$/.exec(r);
      if (mysql8) grantees.push(`'${mysql8[1]}'@'${mysql8[2]}'`);
      else if (r && r !== "NONE" && r !== "null") grantees.push(`'${r}'`);
    } catch {
    }
    const any = async (sql, values) => (await conn.query(sql, [grantees, ...values]))[0].length > 0;
    const globally = (privileges) => any("SELECT 1 FROM information_schema.USER_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE IN (?) LIMIT 1", [privileges]);
    const onSchema = (privilege, schema) => any("SELECT 1 FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE = ? AND ? LIKE TABLE_SCHEMA LIMIT 1", [privilege, schema]);
    const onEveryTable = async () => (await conn.query(
      `SELECT 1 FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_PRIVILEGES p
           WHERE p.GRANTEE IN (?) AND p.PRIVILEGE_TYPE = 'TRIGGER' AND p.TABLE_SCHEMA = t.TABLE_SCHEMA AND p.TABLE_NAME = t.TABLE_NAME) LIMIT 1`,
      [source, grantees]
    ))[0].length === 0;
    const seesTriggers = await globally(["TRIGGER"]) || await onSchema("TRIGGER", source) || await onEveryTable();
    if (!seesTriggers) out.push(`triggers: this account cannot see the source's triggers (information_schema lists them only with the TRIGGER privilege on ${source}), so any there are neither cloned nor named`);
    const seesRoutines = await globally(["SELECT", "SHOW_ROUTINE"]) || await onSchema("SELECT", "mysql") || await any(`SELECT 1 FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE IN (?) AND PRIVILEGE_TYPE = 'SELECT' AND TABLE_SCHEMA = 'mysql' AND TABLE_NAME = 'proc' LIMIT 1`, []);
    if (!seesRoutines) out.push(`routines: this account may not see the source's procedures and functions (MariaDB: SELECT on mysql.proc; MySQL 8: SHOW_ROUTINE), so any it cannot see are neither cloned nor named`);
  } catch (e) {
    out.push(`triggers and routines: could not check what this account can see (${errText(e)})`);
  }
  return out;
}
async function showCreate(conn, sql) {
  try {
    const [rows] = await conn.query(sql);
    return rows[0] ?? {};
  } catch {
    return {};
  }
}
async function cloneSchema(conn, source, clone, schemas, ctx) {
  const notCloned = [];
  const notes = [];
  const [meta] = await conn.query(`SELECT DEFAULT_CHARACTER_SET_NAME AS cs, DEFAULT_COLLATION_NAME AS co FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?`, [source]);
  const m = meta[0];
  if (!m) throw new Error(`database ${source} does not exist`);
  const [modeRows] = await conn.query("SELECT @@SESSION.sql_mode AS m");
  const sessionMode = String(modeRows[0].m ?? "");
  await conn.query(`CREATE DATABASE \`${clone}\` CHARACTER SET ${m.cs} COLLATE ${m.co}`);
  await conn.query(`USE \`${clone}\``);
  await conn.query("SET SESSION foreign_key_checks = 0");
  const [tables] = await conn.query(`SHOW FULL TABLES FROM \`${source}\``);
  const views = [];
  for (const row of tables) {
    const [name, type] = Object.values(row);
    const q = `\`${source}\`.\`${name.replace(/`/g, "``")}\``;
    if (type === "VIEW") {
      const [v] = await conn.query(`SHOW CREATE VIEW ${q}`);
      const text = String(v[0]["Create View"] ?? "");
      const sql = retarget(text, source, clone).replace(DEFINER_CLAUSE, "");
      const { refuse } = guardMysql(sql, schemas, clone, ctx);
      if (refuse) notCloned.push(`view ${name}: the dry-run will not create it in the clone (${refuse})`);
      else views.push(sql);
      continue;
    }
    const [c] = await conn.query(`SHOW CREATE TABLE ${q}`);
    await conn.query(String(c[0]["Create Table"]));
  }
  const [routines] = await conn.query(`SELECT ROUTINE_NAME AS n, ROUTINE_TYPE AS k FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? ORDER BY 2, 1`, [source]);
  for (const r of routines) {
    const kind = String(r.k).toUpperCase();
    const what = `${kind.toLowerCase()} ${r.n}`;
    if (kind !== "PROCEDURE" && kind !== "FUNCTION") {
      notCloned.push(`${what}: only procedures and functions are cloned`);
      continue;
    }
    const row = await showCreate(conn, `SHOW CREATE ${kind} \`${source}\`.\`${String(r.n).replace(/`/g, "``")}\``);
    const text = row[kind === "PROCEDURE" ? "Create Procedure" : "Create Function"] ?? null;
    const why = await cloneObject(conn, what, text, String(row.sql_mode ?? ""), source, clone, schemas, sessionMode);
    if (why) notCloned.push(why);
  }
  let pending = views;
  for (let pass = 0; pending.length && pass < 10; pass++) {
    const failed = [];
    for (const v of pending) await conn.query(v).catch(() => failed.push(v));
    pending = failed;
    if (failed.length === 0 || failed.length === views.length) break;
  }
  for (const v of pending) notCloned.push(`a view that could not be cloned (it may use other schemas or routines that were not cloned): ${v.slice(0, 120)}`);
  await conn.query("SET SESSION foreign_key_checks = 1");
  const [triggers] = await conn.query(
    `SELECT TRIGGER_NAME AS n FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER`,
    [source]
  );
  for (const t of triggers) {
    const row = await showCreate(conn, `SHOW CREATE TRIGGER \`${source}\`.\`${String(t.n).replace(/`/g, "``")}\``);
    const why = await cloneObject(conn, `trigger ${t.n}`, row["SQL Original Statement"] ?? null, String(row.sql_mode ?? ""), source, clone, schemas, sessionMode);
    if (why) notCloned.push(why);
  }
  const [events] = await conn.query(`SELECT EVENT_NAME AS n FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?`, [source]);
  for (const e of events) notes.push(`event ${e.n}`);
  return { notCloned, notes };
}
async function mysqlPrivilegeReport(conn) {
  const findings = [];
  try {
    const [rows] = await conn.query("SHOW GRANTS");
    for (const row of rows) {
      const g = String(Object.values(row)[0] ?? "");
      const global = / ON \*\.\* /i.test(g);
      if (global && /ALL PRIVILEGES/i.test(g)) findings.push("the account has ALL PRIVILEGES on *.* (it can change every schema, user and server setting)");
      else if (global) {
        for (const p of ["SUPER", "FILE", "CREATE USER", "PROCESS", "RELOAD", "SHUTDOWN", "EXECUTE"])
          if (new RegExp(`\\b${p}\\b`, "i").test(g.split(" ON ")[0])) findings.push(`the account has the global privilege ${p}`);
      }
      if (/WITH GRANT OPTION/i.test(g)) findings.push(`the account can grant its privileges (${g.slice(0, 80)})`);
    }
  } catch (e) {
    findings.push(`SHOW GRANTS failed: ${errText(e)}`);
  }
  return findings;
}
async function readUserVariables(conn, names) {
  const out = /* @__PURE__ */ new Map();
  for (const name of names) {
    if (!/^[A-Za-z0-9_$.]+$/.test(name)) continue;
    try {
      const [rows] = await conn.query(`SELECT CAST(@\`${name}\` AS CHAR) AS v`);
      const v = rows[0]?.v;
      out.set(name, v === null || v === void 0 ? null : String(v));
    } catch {
    }
  }
  return out;
}
async function sessionState(conn) {
  const [rows] = await conn.query("SHOW SESSION VARIABLES");
  const out = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const name = String(r.Variable_name ?? "").toLowerCase();
    if (SESSION_STATE_VARIABLES.has(name)) out.set(name, String(r.Value ?? ""));
  }
  return out;
}
async function resetMysqlSession(conn, saved) {
  const now = await sessionState(conn);
  const failed = [];
  for (const [name, value] of saved) {
    if (now.get(name) === value) continue;
    try {
      if (/^\d+(\.\d+)?$/.test(value)) await conn.query(`SET SESSION \`${name}\` = ${value}`);
      else await conn.query(`SET SESSION \`${name}\` = ?`, [value]);
    } catch (e) {
      failed.push(`${name}: ${errText(e)}`);
    }
  }
  return failed;
}
function trace(index, st) {
  return { index, file: st.loc.file, line: st.loc.line, sql: st.sql.length > 2e3 ? `${st.sql.slice(0, 2e3)}\u2026` : st.sql, status: "ok", locks: [], rewrites: [], durationMs: null, startMs: 0, endMs: 0, rowsAffected: null };
}
async function runMysqlDirection(conn, plan, schemas, clone, probe, timeoutMs, ctx) {
  const traces = [];
  const origin = performance.now();
  for (const [i, st] of plan.statements.entries()) {
    const t = trace(i, st);
    traces.push(t);
    t.startMs = performance.now() - origin;
    const { refuse, tokens } = guardMysql(st.sql, schemas, clone, { ...ctx, userVariables: await readUserVariables(conn, lexingVariableReads(st.sql)) });
    if (refuse) {
      t.status = "refused";
      t.reason = refuse;
      t.endMs = t.startMs;
      continue;
    }
    const kind = probe ? probeKind(tokens) : null;
    const declared = kind ? declaresAlgorithm(tokens) : { algorithm: null, lock: null };
    const start = performance.now();
    try {
      if (kind && !declared.algorithm) {
        const body = bodyEnd(st.sql, tokens);
        const attempts = kind === "alter" ? [
          { clause: ", ALGORITHM=INSTANT", algorithm: "INSTANT", lock: null },
          { clause: ", ALGORITHM=INPLACE, LOCK=NONE", algorithm: "INPLACE", lock: "NONE" },
          { clause: ", ALGORITHM=COPY", algorithm: "COPY", lock: null }
        ] : [
          { clause: " ALGORITHM=INSTANT", algorithm: "INSTANT", lock: null },
          { clause: " ALGORITHM=INPLACE LOCK=NONE", algorithm: "INPLACE", lock: "NONE" },
          { clause: " ALGORITHM=COPY", algorithm: "COPY", lock: null }
        ];
        let done = false;
        const rejected = [];
        for (const a of attempts) {
          try {
            const [r] = await conn.query({ sql: `${body}${a.clause}`, timeout: timeoutMs });
            t.rowsAffected = r.affectedRows ?? null;
            t.executed = `${body}${a.clause}`;
            t.algorithm = { algorithm: a.algorithm, lock: a.lock, ...rejected.length ? { note: `server rejected ${rejected.join(", ")}` } : {} };
            if (a.algorithm === "COPY") t.rewrites.push(`table copy (ALGORITHM=COPY) \u2014 blocks writes for the whole copy`);
            done = true;
            break;
          } catch (e) {
            if (!isAlgorithmRejection(e)) throw e;
            rejected.push(a.algorithm === "INPLACE" ? "INPLACE with LOCK=NONE" : a.algorithm);
          }
        }
        if (!done) {
          const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
          t.rowsAffected = r.affectedRows ?? null;
          t.algorithm = { algorithm: "UNKNOWN", lock: null, note: `server rejected ${rejected.join(", ")}` };
        }
      } else {
        const [r] = await conn.query({ sql: st.sql, timeout: timeoutMs });
        t.rowsAffected = r.affectedRows ?? null;
        if (kind) t.algorithm = { algorithm: "DECLARED", lock: declared.lock, note: `ALGORITHM=${declared.algorithm} as written` };
      }
    } catch (e) {
      t.status = isTimeout(e) ? "timeout" : "failed";
      t.reason = redactServerValues(errText(e));
      t.durationMs = Math.round(performance.now() - start);
      t.endMs = performance.now() - origin;
      return { traces, failure: t };
    }
    t.durationMs = Math.round((performance.now() - start) * 10) / 10;
    t.endMs = performance.now() - origin;
  }
  return { traces, failure: null };
}
async function runMysql(plans, all, opts) {
  const mysql = (await import("./chunk-FEHBHR6E.js")).default;
  const url = new URL(opts.databaseUrl);
  const source = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!source) throw new Error("the database URL must name the source database (mysql://user@host/dbname)");
  const clone = `migration_guard_dryrun_${randomBytes(6).toString("hex")}`;
  const connect = () => mysql.createConnection({
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    multipleStatements: false,
    connectTimeout: 1e4
  });
  let created = false;
  let conn = await connect();
  conn.on("error", () => void 0);
  let signalled = false;
  const onSignal = (signal) => {
    if (signalled) return;
    signalled = true;
    const code = signal === "SIGINT" ? 130 : 143;
    const threadId = conn.threadId;
    void (async () => {
      try {
        const c = await connect();
        c.on("error", () => void 0);
        if (threadId) await c.query(`KILL ${Number(threadId)}`).catch(() => void 0);
        if (created) await c.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        await c.end();
      } catch (e) {
        process.stderr.write(`migration-guard: could not drop the clone ${clone}: ${e.message}; drop it by hand
`);
      }
      process.exit(code);
    })();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const problems = [];
  const results = [];
  let serverVersion = null;
  try {
    const [v] = await conn.query("SELECT VERSION() AS v");
    serverVersion = String(v[0].v);
    const mariadb = /mariadb/i.test(serverVersion);
    const [locked] = await conn.query("SELECT GET_LOCK(?, 0) AS l", [clone]);
    if (Number(locked[0].l) !== 1) throw new Error(`could not take the lock ${clone}`);
    const warnings = [];
    const [stale] = await conn.query(`SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'migration\\_guard\\_dryrun\\_%' AND IS_USED_LOCK(SCHEMA_NAME) IS NULL`);
    for (const row of stale) {
      const name = String(row.s);
      if (!/^migration_guard_dryrun_[0-9a-f]{12}$/.test(name) || name === clone) continue;
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        warnings.push(`dropped the clone ${name} left by an earlier dry-run that was killed`);
      } catch (e) {
        warnings.push(`could not drop the clone ${name} left by an earlier dry-run: ${errText(e)}`);
      }
    }
    const [modeRows] = await conn.query("SELECT @@SESSION.sql_mode AS m");
    const sessionMode = sqlModeFlags(String(modeRows[0].m ?? ""));
    if (sessionMode.oracle) throw new Error("the session sql_mode includes ORACLE, whose PL/SQL syntax the dry-run cannot read; connect with another sql_mode");
    const ctx = { ansiQuotes: sessionMode.ansiQuotes, noBackslashEscapes: sessionMode.noBackslashEscapes };
    const privileges = await mysqlPrivilegeReport(conn);
    for (const f of privileges) warnings.push(`privileges: ${f}`);
    const [dbs] = await conn.query("SHOW DATABASES");
    const schemas = new Set(dbs.map((r) => String(Object.values(r)[0]).toLowerCase()));
    const versionTable = await checkVersionTable(
      {
        exists: async (t) => (await conn.query(`SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`, [source, t]))[0].length > 0,
        values: async (t, c, where) => (await conn.query(`SELECT CAST(\`${c}\` AS CHAR) AS v FROM \`${source}\`.\`${t}\`${where ? ` WHERE ${where}` : ""}`))[0].map((r) => String(r.v))
      },
      all
    );
    if (versionTable.status === "mismatch") problems.push(`history mismatch: ${versionTable.message}`);
    opts.progress(`cloning ${source} into ${clone}`);
    created = true;
    const { notCloned, notes } = await cloneSchema(conn, source, clone, schemas, ctx);
    notCloned.push(...await invisibleToAccount(conn, source));
    schemas.delete(clone);
    if (notCloned.length) warnings.push(`not in the clone, so the round trip cannot see them: ${notCloned.join("; ")}`);
    if (notes.length) warnings.push(`not cloned (they run on a schedule, never from a migration's statements): ${notes.join("; ")}`);
    await conn.query(`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(opts.lockTimeoutMs / 1e3))}`);
    const aq = opts.appQueries?.queries.length ? guardMysqlAppQueries(opts.appQueries, schemas, clone, ctx) : null;
    if (mariadb) await conn.query(`SET SESSION max_statement_time = ${Math.max(1e-3, opts.statementTimeoutMs / 1e3)}`);
    const session = await sessionState(conn);
    const leaked = /* @__PURE__ */ new Set();
    const reset = async (result, after) => {
      for (const f of await resetMysqlSession(conn, session)) {
        result.reasons.push(`could not reset the session setting ${f} after the ${after}`);
        leaked.add(result);
      }
    };
    for (const [k, plan] of plans.entries()) {
      const m = plan.migration;
      opts.progress(`[${k + 1}/${plans.length}] ${m.id}: up, down, up again`);
      const result = {
        id: m.id,
        file: m.file,
        framework: m.framework,
        transactional: false,
        verdict: "unverified",
        reasons: [],
        statements: [],
        roundTrip: { status: "not-run", diff: [], dataDiff: [] },
        sqlPreview: plan.preview,
        durationMs: null
      };
      results.push(result);
      await reset(result, "previous migration");
      if (plan.up.unrenderable.length) {
        result.reasons.push(...plan.up.unrenderable.map((r) => `cannot render: ${r}`));
        continue;
      }
      const before = await snapshotMysql(conn, clone);
      const aqBefore = aq?.queries.length ? await prepareMysql(conn, aq) : null;
      let aqUp = null;
      const appVerdict = (afterDown2, note) => {
        if (aq && aqBefore && aqUp) result.appQueries = appQueryVerdict(aq, aqBefore, aqUp, afterDown2, afterDown2 ? void 0 : note);
      };
      const started = performance.now();
      const up = await runMysqlDirection(conn, plan.up, schemas, clone, true, opts.statementTimeoutMs + 5e3, ctx);
      result.durationMs = Math.round(performance.now() - started);
      result.statements = up.traces;
      const refused = up.traces.filter((t) => t.status === "refused");
      for (const t of refused) result.reasons.push(`refused at ${t.file}:${t.line}: ${t.reason}`);
      if (up.failure) {
        result.verdict = "failed";
        result.reasons.push(`up ${up.failure.status === "timeout" ? "timed out" : "failed"} at ${up.failure.file}:${up.failure.line}: ${up.failure.reason}`);
        result.reasons.push("MySQL DDL is not transactional: the statements before it stay applied in the clone");
        continue;
      }
      await reset(result, "up");
      const upChanges = diffSnapshots(before, await snapshotMysql(conn, clone), "change");
      if (aqBefore) aqUp = await prepareMysql(conn, aq);
      if (!plan.down || plan.down.unrenderable.length) {
        appVerdict(null, plan.down ? "the down could not be rendered" : "no down part");
        result.roundTrip = { status: plan.down ? "not-run" : "no-down", upChanges, diff: [], dataDiff: [] };
        result.reasons.push(plan.down ? `cannot render down: ${plan.down.unrenderable.join("; ")}` : "no down part to verify rollback");
        continue;
      }
      const down = await runMysqlDirection(conn, plan.down, schemas, clone, false, opts.statementTimeoutMs + 5e3, ctx);
      await reset(result, "down");
      if (down.failure) {
        appVerdict(null, "the down failed");
        result.roundTrip = { status: "down-failed", upChanges, diff: [], dataDiff: [], error: `${down.failure.file}:${down.failure.line}: ${down.failure.reason}` };
        result.reasons.push(`down failed at ${down.failure.file}:${down.failure.line}: ${down.failure.reason}`);
        result.verdict = "failed";
        continue;
      }
      const refusedDown = down.traces.filter((t) => t.status === "refused");
      for (const t of refusedDown) result.reasons.push(`refused in down at ${t.file}:${t.line}: ${t.reason}`);
      const afterDown = await snapshotMysql(conn, clone);
      appVerdict(aqBefore ? await prepareMysql(conn, aq) : null);
      const allDiff = diffSnapshots(before, afterDown);
      const reported = opts.columnOrder === "fail" ? [] : allDiff.filter((d) => / column order changed: /.test(d));
      const diff = allDiff.filter((d) => !reported.includes(d));
      const again = await runMysqlDirection(conn, plan.up, schemas, clone, false, opts.statementTimeoutMs + 5e3, ctx);
      await reset(result, "second up");
      if (again.failure) {
        result.roundTrip = { status: "up-again-failed", upChanges, diff, dataDiff: [], error: `${again.failure.file}:${again.failure.line}: ${again.failure.reason}` };
        result.reasons.push(`up after down failed: ${again.failure.reason}`);
        result.verdict = "failed";
        continue;
      }
      if (diff.length) {
        result.roundTrip = { status: "mismatch", upChanges, diff, dataDiff: [], ...reported.length ? { reported } : {} };
        result.reasons.push(`down does not restore the schema: ${diff.slice(0, 3).join("; ")}`);
        result.verdict = "failed";
        continue;
      }
      result.roundTrip = { status: "verified", upChanges, diff: [], dataDiff: [], ...reported.length ? { reported } : {} };
      result.verdict = refused.length || refusedDown.length || leaked.has(result) ? "unverified" : "verified";
      const skipped = [...plan.up.skippedData, ...plan.down.skippedData.map((r) => `down: ${r}`)];
      if (skipped.length) {
        result.reasons.push(...skipped.map((r) => `data step not run (its SQL is built at run time; the rest ran): ${r}`));
        result.verdict = "unverified";
      }
      if (result.verdict === "verified" && notCloned.length) {
        result.verdict = "unverified";
        result.reasons.push(`the source has objects the clone lacks (${notCloned.slice(0, 3).join("; ")}${notCloned.length > 3 ? "; \u2026" : ""}): statements that fire triggers or use routines ran without them`);
      }
    }
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems, warnings, privileges };
  } catch (e) {
    const err = e;
    if (results.length === 0 && !created) throw e;
    problems.push(`the dry-run stopped: ${err.message}`);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable: null, migrations: results, problems };
  } finally {
    if (created) {
      await conn.query("UNLOCK TABLES").catch(() => void 0);
      await conn.query("ROLLBACK").catch(() => void 0);
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
      } catch {
        try {
          const old = conn;
          conn = await connect();
          conn.on("error", () => void 0);
          if (old.threadId) await conn.query(`KILL ${Number(old.threadId)}`).catch(() => void 0);
          old.destroy();
          await conn.query("SET SESSION lock_wait_timeout = 30");
          await conn.query(`DROP DATABASE IF EXISTS \`${clone}\``);
        } catch (e) {
          problems.push(`could not drop the clone ${clone}: ${e.message}; drop it by hand`);
        }
      }
    }
    await conn.end().catch(() => void 0);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
export {
  guardMysql,
  mysqlPrivilegeReport,
  runMysql
};
