#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  isWithin,
  readRegularFile,
  realPath,
  repositoryRoot
} from "./chunk-46CHDDMJ.js";
import {
  alterActions,
  classifyTypeChange,
  createdRelation,
  explicitOnline,
  inFramework,
  isOnline,
  judgedMysqlStatements,
  mysqlServerOf,
  mysqlStatementText,
  onlineClause,
  opLock,
  opTables,
  typeSql,
  withOnlineClause
} from "./chunk-CRKUYG6O.js";
import {
  LOCK_BLOCKS,
  STRONG_LOCKS,
  pgLockOf
} from "./chunk-CXD6VCVI.js";
import {
  parseDurationMs,
  resolveTiers
} from "./chunk-PHRMLEFE.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import {
  commonJsExports
} from "./chunk-YTE2OXMV.js";

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function oneLineSql(op) {
  const text = op.sql?.replace(/\s+/g, " ").replace(/\s*;?\s*$/, "").trim();
  return text ? text : null;
}

// rules/breaks-app-query.ts
var breaksAppQuery = {
  afterUpgrade: (query, origins, error) => ({
    message: `After this migration the application query \`${query}\` (${origins.join("; ")}) no longer prepares: ${error}. The code running during the deploy issues it and fails.`,
    suggestion: "Expand first, contract later: keep what the query uses (the old column, or a view or trigger that serves the old name) until no running code issues the query, change the code, deploy it, and remove the old name in a later migration."
  }),
  afterRollback: (query, origins, error, addedByChange) => ({
    message: `After this migration's rollback the application query \`${query}\` (${origins.join("; ")}) no longer prepares: ${error}. ${addedByChange ? "The query needs what this migration adds: code that issues it fails as soon as the migration is rolled back, unless that code is rolled back first." : "It prepared before the migration, so the down does not restore what the query needs."}`,
    suggestion: addedByChange ? "Ship the migration and the code that needs it in separate deploys (migration first), so a rollback of the migration never runs under code that uses what it added; or make the code tolerate both schemas." : "Make the down restore what the query uses (the same column names and types), or keep the query working on both schemas."
  })
};
var breaks_app_query_default = defineRule({
  id: "breaks-app-query",
  category: "compatibility",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "A query the running application issues fails to prepare after the migration, or after its rollback",
  docs: {
    why: "During a deploy the old code runs against the new schema, and after a rollback the new code runs against the old one. The dry-run collects the queries the application issues (the normalised statement texts of a `migration-guard stats` snapshot, and the SQL string literals in the repository's code), and PREPAREs each one, never executing it, against the schema before the migration, after it, and after its rollback. A query that prepared before and fails after (a dropped or renamed column, a type change that breaks an operator, a column that became ambiguous) is reported with its text, where it comes from (file:line, or calls per second in production) and PostgreSQL's error; so is one that prepared after the migration and fails after its rollback. This turns column-still-referenced's text match into proof wherever a dry-run ran. Reported by `migration-guard dry-run` (and the action's dry-run); lint alone never reports it.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
    bad: "-- the application still runs: SELECT legacy_email FROM users WHERE id = $1\nALTER TABLE users DROP COLUMN legacy_email;",
    good: "-- expand: the new name, the old one kept working through a view\nALTER TABLE users ADD COLUMN contact_email text;"
  },
  reportedByEngine: true,
  check() {
    return [];
  }
});

// src/schema/defaults.ts
function defaultKey(sql) {
  let key = "";
  const text = sql ?? "";
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === "'") {
      let end = i + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
      key += text.slice(i, end + 1);
      i = end + 1;
    } else if (ch === ":" && text[i + 1] === ":") {
      i = afterCastType(text, i + 2);
    } else {
      if (!/\s/.test(ch)) key += ch.toLowerCase();
      i += 1;
    }
  }
  for (let before = ""; before !== key; ) {
    before = key;
    key = key.replace(/(^|[^\w$"])\(('(?:[^']|'')*'|-?[\w.$]+)\)/g, "$1$2");
  }
  while (key.startsWith("(") && key.endsWith(")") && wrapsWhole(key)) key = key.slice(1, -1);
  if (key.length > 2 && key.startsWith("'") && key.endsWith("'") && /^-?\d+(\.\d+)?$/.test(key.slice(1, -1))) key = key.slice(1, -1);
  return key;
}
function sameDefault(a, b) {
  return defaultKey(a) === defaultKey(b);
}
function afterCastType(text, start) {
  let i = start;
  const word = /^\s*("(?:[^"]|"")*"|[A-Za-z_][\w$]*)/;
  for (; ; ) {
    const m = word.exec(text.slice(i));
    if (!m) break;
    i += m[0].length;
    const next = /^\s*(\.|(?=varying\b|precision\b|with\b|without\b|time\b|zone\b))/i.exec(text.slice(i));
    if (!next) break;
    i += next[0].length;
  }
  const size = /^\s*\(\s*\d+(\s*,\s*\d+)?\s*\)/.exec(text.slice(i));
  if (size) i += size[0].length;
  for (let arr = /^\s*\[\s*\d*\s*\]/.exec(text.slice(i)); arr; arr = /^\s*\[\s*\d*\s*\]/.exec(text.slice(i))) i += arr[0].length;
  return i;
}
function wrapsWhole(key) {
  let depth = 0;
  for (let i = 0; i < key.length; i += 1) {
    if (key[i] === "'") {
      i += 1;
      while (i < key.length && !(key[i] === "'" && key[i + 1] !== "'")) i += key[i] === "'" ? 2 : 1;
      continue;
    }
    if (key[i] === "(") depth += 1;
    else if (key[i] === ")" && (depth -= 1) === 0 && i < key.length - 1) return false;
  }
  return true;
}
function effectiveDefault(d) {
  return d && d.sql.trim().toUpperCase() !== "NULL" ? d : null;
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
      const hasDefault = effectiveDefault(c.default) !== null;
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
      const emptied = ctx.facts(op).emptiedBy;
      const fails = !emptied ? `fails with "column contains null values" once ${table} has any row, and INSERTs` : emptied.kind === "truncate" ? `succeeds on the table the TRUNCATE at line ${emptied.loc.line} emptied, but INSERTs` : `fails with "column contains null values" if the running code inserts into ${table} after the DELETE at line ${emptied.loc.line} emptied it (a DELETE does not keep other sessions out), and INSERTs`;
      const steps = `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; then backfill it in batches, then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`;
      return ctx.finding(op, {
        message: `Adding NOT NULL column ${col} without a DEFAULT to ${table} ${fails} into ${table} from the running code, which does not set ${col}, would fail.`,
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
      const d = effectiveDefault(op.column.default);
      if (!d) return false;
      return (oldPg || d.volatile) && ctx.facts(op).tableExisted;
    }).map((op) => {
      const { table } = op;
      const col = op.column.name;
      const def = op.column.default.sql;
      const type = typeSql(op.column.type);
      const why = oldPg ? `before PostgreSQL 11 (${ctx.settings.versionSource ?? `configured: ${ctx.settings.pgVersion}`}) any default on ADD COLUMN is written into every row` : `the volatile default ${def} is computed for each row`;
      const check = `${table.split(".").pop()}_${col}_not_null`;
      const enforce = op.column.notNull ? ` then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;` : "";
      return ctx.finding(op, {
        message: `Adding ${table}.${col} with DEFAULT ${def} rewrites the whole of ${table} under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes: ${why}.`,
        suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${def}; then backfill existing rows in batches (UPDATE ${table} SET ${col} = ${def} WHERE ${col} IS NULL AND <primary key range>;)${enforce ? "," : "."}${enforce}`,
        fix: ctx.phrasebook.fixes?.addColumnWithoutVolatileDefault?.(op, ctx.fixSite(op))
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
      const base = table.split(".").pop();
      const type = op.column.type;
      if (op.column.generatedStored) {
        return ctx.finding(op, {
          message: `Adding STORED generated column ${table}.${col} computes it for every existing row, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${typeSql(type)}; keep it filled by a trigger (or the code) and backfill it in batches; on PostgreSQL 18+ a VIRTUAL generated column (GENERATED ALWAYS AS (...) VIRTUAL) needs no rewrite.`
        });
      }
      const plain = typeSql(type, "bigint");
      const seq = `${base}_${col}_seq`;
      const check = `${base}_${col}_not_null`;
      return ctx.finding(op, {
        message: `Adding ${type?.text.includes("serial") ? type.text : `${typeSql(type, "an")} identity`} column ${table}.${col} fills every existing row from a sequence, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
        suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${plain}; CREATE SEQUENCE ${seq} OWNED BY ${table}.${col}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT nextval('${seq}'); then backfill in batches (UPDATE ${table} SET ${col} = nextval('${seq}') WHERE ${col} IS NULL AND <primary key range>;), then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`
      });
    });
  }
});

// src/schema/op-index.ts
var addedColumnsByStatement = /* @__PURE__ */ new WeakMap();
var statementKey = (op, table) => `${op.loc.file}\0${op.loc.line}\0${op.loc.column}\0${op.sql ?? ""}\0${table}`;
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
      const base = op.table.split(".").pop();
      const name = c.name ?? (pk ? `${base}_pkey` : `${base}_${c.columns.join("_")}_key`);
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
    const position = new Map(ctx.ops().map((o, i) => [o, i]));
    const firstAt = position.get(first);
    return ctx.ops("dml").flatMap((op) => {
      if (op.action === "insert") return [];
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.systemCatalog) return [];
      const verb = op.action.toUpperCase();
      const scope = op.hasWhere ? `${verb} on ${op.table}` : `${verb} on ${op.table} without WHERE ${op.action === "update" ? "rewrites" : "deletes"} every row in a single statement, and`;
      const beforeSchema = (position.get(op) ?? 0) < firstAt;
      const risk = facts.inTransaction && ctx.migration.dialect === "postgres" ? beforeSchema ? `runs in the same transaction as the schema changes after it (line ${first.loc.line}): the rows it writes stay locked until they are done and the migration commits, blocking the application's writes to them, and if either fails both are rolled back.` : `runs in the same transaction as the schema changes (line ${first.loc.line}): their locks are held until it finishes, blocking the application, and if it fails the schema change is rolled back with it.` : `runs in the same migration as the schema changes (line ${first.loc.line}): if it is slow or fails, it holds up the deploy and leaves the migration half applied.`;
      const batch = op.action === "update" ? `UPDATE ${op.table} SET \u2026 WHERE id IN (SELECT id FROM ${op.table} WHERE <not yet backfilled> LIMIT 5000);` : `DELETE FROM ${op.table} WHERE id IN (SELECT id FROM ${op.table} WHERE <condition> LIMIT 5000);`;
      return [ctx.finding(op, {
        message: `${scope} ${risk}`,
        suggestion: `Move the ${verb} into its own data migration (or a background job) that runs after the schema change and works in batches: ${batch} repeated until it affects no rows.`
      })];
    });
  }
});

// rules/change-column-default.ts
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
    let previous = null;
    let setLater = null;
    const index = () => {
      if (previous && setLater) return { previous, setLater };
      previous = /* @__PURE__ */ new Map();
      setLater = /* @__PURE__ */ new Set();
      const last = /* @__PURE__ */ new Map();
      const ops = ctx.ops("setDefault", "dropDefault");
      for (const o of ops) {
        const key = `${o.table}\0${o.column}`;
        const before = last.get(key);
        if (before) previous.set(o, before);
        last.set(key, o);
      }
      const setAfter = /* @__PURE__ */ new Set();
      for (let i = ops.length - 1; i >= 0; i--) {
        const o = ops[i];
        const key = `${o.table}\0${o.column}`;
        if (setAfter.has(key)) setLater.add(o);
        if (o.kind === "setDefault") setAfter.add(key);
      }
      return { previous, setLater };
    };
    return ctx.ops("setDefault", "dropDefault").flatMap((op) => {
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.column?.createdInChange) return [];
      const name = `${op.table}.${op.column}`;
      const before = facts.column?.default ?? null;
      if (op.kind === "dropDefault" && op.identity) {
        if (facts.column && !facts.column.identity) return [];
        return [ctx.finding(op, {
          message: `Dropping the identity of ${name}: INSERTs of the running application that omit ${op.column} stop getting generated values and fail with a NOT NULL violation on ${op.column}.`,
          suggestion: `Ship code that sets ${op.column} explicitly on INSERT first (or SET DEFAULT nextval(...) from a sequence in the same statement); drop the identity in a later release.`
        })];
      }
      if (op.kind === "dropDefault") {
        if (facts.column && !before) return [];
        if (ctx.migration.transactional && index().setLater.has(op)) return [];
        if (facts.restoresNoDefault) return [];
        const effect = facts.column?.notNull ? `fail with a NOT NULL violation on ${op.column}` : `store NULL in ${op.column}`;
        return [ctx.finding(op, {
          message: `Dropping the default${before ? ` (${before.sql})` : ""} of ${name}: INSERTs of the running application that omit ${op.column} now ${effect}.`,
          suggestion: `Ship code that always sets ${op.column} explicitly on INSERT first; drop the default of ${name} in a later release.`
        })];
      }
      let known = before;
      if (!known && ctx.migration.transactional) {
        const last = index().previous.get(op);
        if (last?.kind === "dropDefault") known = ctx.facts(last).column?.default ?? null;
      }
      if (!known || sameDefault(known.sql, op.default.sql)) return [];
      const was = known;
      return [ctx.finding(op, {
        message: `Changing the default of ${name} from ${was.sql} to ${op.default.sql}: INSERTs of the running application that omit ${op.column} start storing ${op.default.sql} while that code still expects ${was.sql}.`,
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
    why: "Most column type changes rewrite every row and rebuild every index of the table (PostgreSQL, under an ACCESS EXCLUSIVE lock: no reads or writes) or copy the table (MySQL ALGORITHM=COPY: no writes). The running code also keeps writing the old type during the deploy. Only catalog-only changes are safe: varchar(n) to varchar(m > n), varchar to text, dropping a varchar limit, raising numeric precision at the same scale, and on PostgreSQL 12+ timestamp to timestamptz (or back) when the migration first sets the session TimeZone to UTC (`SET timezone = 'UTC'`). int to bigint is a rewrite.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50), visits integer);",
    bad: "ALTER TABLE users ALTER COLUMN visits TYPE bigint;",
    good: "-- Expand: a new column the code writes alongside visits; backfill it in batches, switch reads, drop visits in a later release.\nALTER TABLE users ADD COLUMN visits_new bigint;\n-- Widening a varchar is catalog-only.\nALTER TABLE users ALTER COLUMN email TYPE varchar(100);"
  },
  check(ctx) {
    const dialect = ctx.migration.dialect;
    return ctx.ops("alterColumnType").filter((op) => ctx.facts(op).tableExisted).flatMap((op) => {
      const facts = ctx.facts(op);
      const from = facts.column?.type ?? null;
      const verdict = classifyTypeChange(dialect, from, op.type, { column: op.column, using: op.using, timeZoneUtc: facts.timeZoneUtc && ctx.settings.pgVersion >= 12 });
      if (verdict.safe) return [];
      const { table, column } = op;
      const lock = dialect === "mysql" ? `writes to ${table} are blocked while it runs` : `all reads and writes to ${table} wait under an ACCESS EXCLUSIVE lock until it finishes`;
      const fromText = from ? ` from ${typeSql(from)}` : "";
      const to = typeSql(op.type);
      const tmp = `${column}_new`;
      const cast = op.using ?? (dialect === "mysql" ? column : `${column}::${to}`);
      return [
        ctx.finding(op, {
          message: `Changing ${table}.${column}${fromText} to ${to} ${verdict.reason}; ${lock}.`,
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
    why: "The code in the same repository is what runs against the database after the deploy. If it still names a column or table the migration drops or renames, those queries fail (\"column does not exist\") the moment the migration runs, and keep failing until the code is fixed. Remove the references in an earlier release, then drop or rename. What is searched: the files git tracks (or, outside git, the working directory), without migration directories (of any framework or dialect), seeds, test fixtures and tests (test/, tests/, spec/, test_*.py, *.test.ts, *_spec.rb\u2026: a test that still uses the column fails in CI, not in production), .sql files that define tables or routines (another dialect's migrations, schema dumps), vendored code, node_modules, lock files, docs and binaries (narrow it with `code.include` / `code.exclude`). A distinctive snake_case name (legacy_email) counts anywhere as a whole word, except where the code shows it is something else: in another table's model file (one that declares `__tablename__ = \"invites\"`, or an ORM models module defining other models), where it is that model's attribute; as a quoted dict key (an API payload's field) or a JSON Schema property (`legacy_email: { type: 'string' }` in a model's validation schema); and in a file that binds the name itself, where a bare identifier is its variable (`min_vid = \u2026`) or the method or function the file defines of that name (`def gem_name` in a controller or helper) and, when another class declares a field of that name (a TypedDict, a pydantic model), `spec.legacy_email` is that field. In Rust the file's own bindings are read the same way: a `let` or `match` pattern (struct destructuring included), a function or closure parameter, a `fn`, `mod` or `use` of that name makes its bare uses that local, a call is never the column, and a field counts only in the table's own struct (the one mapped to it with `table_name = \u2026`, or named after it), not in an API type's or another table's; `table!` entries, `table::col`, `.col` and `col.eq(` always count. There it counts only where its table qualifies it on the line; never in a comment, nor as a `$variable` (PHP, Perl, shell). a common one (id, email, created_at, user_id) or one that other tables also have counts only where its table qualifies it on the same line (users.email, User.where(email: \u2026) \u2014 inside the call on the model, db('users'), SELECT email FROM users) or in the table's own model file, so the same word elsewhere never raises a false alarm. The table's words include the model class an ORM gives it (a table shop_orderitem is OrderItem, order_item). No finding where the code's uses are something else by the time it runs: the table's model file defines a method of the column's name that does not read the stored attribute (`def slug`, `fn slug(`, `get slug()`: the column was replaced by code before the drop), or a later migration gives the table (or the column) the old name again (the code in the repository goes with the latest migration).",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
    bad: "-- app/models/user.py still has: legacy_email = Column(Text)\nALTER TABLE users DROP COLUMN legacy_email;",
    good: "-- no code references legacy_email any more\nALTER TABLE users DROP COLUMN legacy_email;"
  },
  check(ctx) {
    const out = [];
    for (const op of ctx.ops("dropColumn", "renameColumn", "dropTable", "renameTable")) {
      const facts = ctx.facts(op);
      if (!facts.tableExisted || facts.column?.createdInChange || facts.isSequence) continue;
      const column = op.kind === "dropColumn" || op.kind === "renameColumn" ? op.column : null;
      if (facts.recreatedLater || facts.restoredLater || facts.nameFromThisMigration) continue;
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
  if (op.kind === "other") return "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY";
  if (op.kind === "createIndex") return `CREATE ${op.unique ? "UNIQUE " : ""}INDEX CONCURRENTLY`;
  if (op.kind === "dropIndex") return "DROP INDEX CONCURRENTLY";
  return `REINDEX ${op.target.toUpperCase()} CONCURRENTLY`;
}
function statementText(op) {
  const text = oneLineSql(op);
  return text ? `${text};` : `${statementOf(op)} ...;`;
}
var concurrent_in_transaction_default = defineRule({
  id: "concurrent-in-transaction",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY or DETACH PARTITION CONCURRENTLY inside a transaction",
  docs: {
    why: 'PostgreSQL refuses to run CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY inside a transaction block ("cannot run inside a transaction block"), so the migration fails at deploy time. The transaction may be an explicit BEGIN, the one a migration runner wraps around every migration, or one the runner opens around a single operation of a migration that otherwise runs outside a transaction.',
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
      if (op.kind !== "createIndex" && op.kind !== "dropIndex" && op.kind !== "reindex" && op.kind !== "other") continue;
      const concurrently = op.kind === "other" ? op.partition?.action === "detach" && op.partition.concurrently : op.concurrently;
      if (!concurrently || !ctx.facts(op).inTransaction) continue;
      const stmt = statementOf(op);
      if (begin?.kind === "transaction" && begin.runner) {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block, and ${begin.runner.opens}: PostgreSQL rejects it at run time and the migration fails.`,
            suggestion: begin.runner.outside
          })
        );
      } else if (begin) {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block: PostgreSQL rejects it at run time because of the BEGIN on line ${begin.loc.line}, and the migration fails.`,
            suggestion: `Move it after the COMMIT so it runs on its own: COMMIT; ${statementText(op)}`
          })
        );
      } else {
        findings.push(
          ctx.finding(op, {
            message: `${stmt} cannot run inside a transaction block, and ${ctx.phrasebook.runner} wraps this migration in one: PostgreSQL rejects it at run time and the migration fails.`,
            suggestion: ctx.phrasebook.runOutsideTransaction
          })
        );
      }
    }
    return findings;
  }
});

// src/schema/constraint-names.ts
var SUFFIX = { foreignKey: "fkey", check: "check", unique: "key", primaryKey: "pkey", exclusion: "excl" };
function defaultConstraintName(table, c) {
  const t = table.includes(".") ? table.slice(table.indexOf(".") + 1) : table;
  let columns = c.columns;
  if (c.kind === "check") {
    const mentioned = [...new Set(columns.length ? columns : c.notNullColumn ? [c.notNullColumn] : [])];
    columns = mentioned.length === 1 ? mentioned : [];
  }
  const name = c.kind === "primaryKey" || columns.length === 0 ? `${t}_${SUFFIX[c.kind]}` : `${t}_${columns.join("_")}_${SUFFIX[c.kind]}`;
  return name.slice(0, 63);
}

// rules/constraint-not-valid.ts
var constraint_not_valid_default = defineRule({
  id: "constraint-not-valid",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ADD FOREIGN KEY / CHECK on an existing table without NOT VALID",
  docs: {
    why: "Adding a FOREIGN KEY or CHECK constraint checks every existing row while the lock is held: a CHECK holds ACCESS EXCLUSIVE (no reads or writes), a FOREIGN KEY holds SHARE ROW EXCLUSIVE on both the table and the table it references (no writes to either). Added NOT VALID, the constraint applies to new rows at once and the lock is brief; VALIDATE CONSTRAINT later checks the old rows under a lock that lets reads and writes continue. A foreign key written into the ADD COLUMN of a column without a default (`ADD COLUMN buyer_id bigint REFERENCES users`) is not reported: every row holds NULL, and PostgreSQL validates it without a scan; with a default, or as a separate ADD CONSTRAINT, it scans.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);",
    bad: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);",
    good: "ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;"
  },
  check(ctx) {
    const addColumns = ctx.ops("addColumn");
    return ctx.ops("addConstraint").filter((op) => (op.constraint.kind === "foreignKey" || op.constraint.kind === "check") && !op.constraint.notValid && ctx.facts(op).tableExisted).filter((op) => !(op.constraint.kind === "foreignKey" && newColumnsAllNull(inlineAddedColumn(addColumns, op), op.constraint.columns))).map((op) => {
      const c = op.constraint;
      const lock = pgLockOf(op);
      const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
      const validate = `ALTER TABLE ${op.table} VALIDATE CONSTRAINT ${name};`;
      const fix = ctx.phrasebook.fixes?.addConstraintNotValid?.(op, name, ctx.fixSite(op));
      const inline = inlineAddedColumn(addColumns, op);
      const addCol = inline ? `ALTER TABLE ${op.table} ADD COLUMN ${inline.column.name} ${typeSql(inline.column.type)}; ` : "";
      if (c.kind === "foreignKey") {
        const ref = c.references;
        const refText = ref ? `${ref.table}${ref.columns.length ? ` (${ref.columns.join(", ")})` : ""}` : "<table>";
        const tables = [...new Set(lock.tables)];
        return ctx.finding(op, {
          message: `Adding foreign key ${name} checks every row of ${op.table} against ${ref?.table ?? "the referenced table"} while holding ${heldDuringCheck(tables, lock.mode, ctx.facts(op).exclusivelyLocked)} wait until the check finishes.`,
          suggestion: ctx.phrasebook.addConstraintNotValid?.(op, name) ?? `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} FOREIGN KEY (${c.columns.join(", ")}) REFERENCES ${refText} NOT VALID; (keep your ON DELETE/ON UPDATE clauses) then, in a later migration, ${validate}`,
          fix
        });
      }
      const expr = c.expression && !c.expression.includes("expression") && !c.expression.includes("\u2026") ? c.expression : "<your condition>";
      return ctx.finding(op, {
        message: `Adding CHECK constraint ${name} checks every row of ${op.table} while holding an ${lock.mode} lock: ${LOCK_BLOCKS[lock.mode]} on ${op.table} wait until the check finishes.`,
        suggestion: ctx.phrasebook.addConstraintNotValid?.(op, name) ?? `${addCol}ALTER TABLE ${op.table} ADD CONSTRAINT ${name} CHECK (${expr}) NOT VALID; then, in a later migration, ${validate}`,
        fix
      });
    });
  }
});
function heldDuringCheck(tables, own, held) {
  const by = (t) => held.get(t);
  const strong = tables.filter((t) => by(t));
  const weak = tables.filter((t) => !by(t));
  if (strong.length === 0) {
    return tables.length > 1 ? `${own} locks on both ${tables[0]} and ${tables[1]}: ${LOCK_BLOCKS[own]} to both tables` : `a ${own} lock on ${tables[0]}: ${LOCK_BLOCKS[own]} to ${tables[0]}`;
  }
  const lines = [...new Set(strong.map((t) => by(t).loc.line))].sort((a, b) => a - b);
  const note = lines.length === 1 ? `taken on line ${lines[0]}` : `taken on lines ${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
  const ae = "ACCESS EXCLUSIVE";
  if (weak.length === 0) {
    return strong.length > 1 ? `${ae} locks on both ${strong[0]} and ${strong[1]} (${note}): ${LOCK_BLOCKS[ae]} to both tables` : `an ${ae} lock on ${strong[0]} (${note}): ${LOCK_BLOCKS[ae]} to ${strong[0]}`;
  }
  return `an ${ae} lock on ${strong[0]} (${note}) and a ${own} lock on ${weak[0]}: ${LOCK_BLOCKS[ae]} to ${strong[0]} and ${LOCK_BLOCKS[own]} to ${weak[0]}`;
}
function newColumnsAllNull(inline, columns) {
  if (!inline || columns.length !== 1) return false;
  const c = inline.column;
  return effectiveDefault(c.default) === null && !c.generatedStored && !c.identity;
}

// rules/detach-partition-non-concurrent.ts
var detach_partition_non_concurrent_default = defineRule({
  id: "detach-partition-non-concurrent",
  category: "locking",
  severity: "error",
  dialects: ["postgres"],
  summary: "ALTER TABLE ... DETACH PARTITION without CONCURRENTLY (PostgreSQL 14+)",
  docs: {
    why: "A plain DETACH PARTITION takes ACCESS EXCLUSIVE on the partitioned table and on the partition: every query on the parent, reads included, waits for it, and it waits itself behind every running query on the parent, so the queue builds up behind it. Since PostgreSQL 14, DETACH PARTITION ... CONCURRENTLY takes only SHARE UPDATE EXCLUSIVE on the parent (reads and writes go on); it cannot run inside a transaction block. Before PostgreSQL 14 there is no concurrent form, so the rule stays silent there (require-lock-timeout still asks for a lock_timeout): keep the detach short, set a lock_timeout and retry, or schedule it.",
    history: "CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
    bad: "ALTER TABLE events DETACH PARTITION events_2020;",
    good: "ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;"
  },
  check(ctx) {
    if (ctx.settings.pgVersion < 14) return [];
    return ctx.ops("other").flatMap((op) => {
      const p = op.partition;
      if (!p || p.action !== "detach" || p.concurrently || p.finalize || !op.object) return [];
      if (!ctx.facts(op).existed(op.object)) return [];
      const parent = op.object;
      return [ctx.finding(op, {
        message: `DETACH PARTITION ${p.partition} takes ACCESS EXCLUSIVE on ${parent} and ${p.partition}: every read and write of ${parent} waits until the detach commits, and queries queue behind it while it waits for running ones.`,
        suggestion: `ALTER TABLE ${parent} DETACH PARTITION ${p.partition} CONCURRENTLY; (PostgreSQL 14+: only SHARE UPDATE EXCLUSIVE on ${parent}). It cannot run inside a transaction block: ${ctx.phrasebook.runOutsideTransaction} If it is interrupted, finish it with ALTER TABLE ${parent} DETACH PARTITION ${p.partition} FINALIZE;`
      })];
    });
  }
});

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
    const p = ctx.rollback.pairing;
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

// src/schema/index-names.ts
function defaultIndexName(table, columns) {
  const cols = columns.map((c) => /^[A-Za-z_][A-Za-z0-9_$]*$/.test(c.trim()) ? c.trim() : /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(c)?.[1] ?? "expr");
  return `${table.split(".").pop() ?? table}_${cols.join("_")}_idx`.slice(0, 63);
}

// src/schema/model.ts
function isDeprecationComment(text) {
  return text !== null && /\bdeprecated\b/i.test(text);
}
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  /** index name → table */
  indexes = /* @__PURE__ */ new Map();
  /**
   * Each table's indexes by name (kept apart from `tables`: an index on a table no migration
   * created must not make that table known).
   */
  tableIndexes = /* @__PURE__ */ new Map();
  enums = /* @__PURE__ */ new Map();
  /**
   * Sequences by name: CREATE SEQUENCE, and the one PostgreSQL makes for each serial or identity
   * column (`<table>_<column>_seq`, kept when the table is renamed). `ALTER TABLE seq RENAME TO`
   * parses as a table rename; this is how the model tells the two apart.
   */
  sequences = /* @__PURE__ */ new Set();
  /**
   * Some index or PRIMARY KEY/UNIQUE constraint of `table` starts with exactly `columns` (in any
   * order): it serves a lookup by them, as a foreign key's checks need. A partial index counts
   * only when its predicate is `column IS NOT NULL` (the lookups never ask for NULL). So does a
   * PRIMARY KEY/UNIQUE constraint on some of `columns` (a key `(parent_id, id)` whose `id` is the
   * primary key): the lookup by all of them finds its one row through that key.
   */
  hasIndexLeading(table, columns) {
    if (this.leadingKeys(table).has(leadingKey(new Set(columns)))) return true;
    const wanted = new Set(columns);
    for (const c of this.tables.get(table)?.constraints.values() ?? []) {
      if ((c.kind === "primaryKey" || c.kind === "unique") && c.columns.length > 0 && c.columns.every((col) => wanted.has(col))) return true;
    }
    return false;
  }
  /** Bumped by every `apply`: the leading-key sets below are valid for one generation only. */
  generation = 0;
  leadingKeysCache = /* @__PURE__ */ new Map();
  /**
   * Every leading-column set (as `leadingKey`) an index or key of `table` serves, built once per
   * table and model state: the rules ask per foreign key, and a table gathers indexes with every
   * migration, so scanning them per question grows with the square of the history.
   */
  leadingKeys(table) {
    const cached = this.leadingKeysCache.get(table);
    if (cached && cached.generation === this.generation) return cached.keys;
    const keys = /* @__PURE__ */ new Set();
    const addPrefixes = (cols) => {
      const seen = /* @__PURE__ */ new Set();
      keys.add("");
      for (const c of cols) {
        if (seen.has(c)) break;
        seen.add(c);
        keys.add(leadingKey(seen));
      }
    };
    for (const idx of this.tableIndexes.get(table)?.values() ?? []) {
      if (idx.where !== null && !/^\(*\s*"?[\w$]+"?\s+is\s+not\s+null\s*\)*$/i.test(idx.where)) continue;
      addPrefixes(idx.columns);
    }
    for (const c of this.tables.get(table)?.constraints.values() ?? []) {
      if (c.kind === "primaryKey" || c.kind === "unique" || c.kind === "exclusion") addPrefixes(c.columns);
    }
    this.leadingKeysCache.set(table, { generation: this.generation, keys });
    return keys;
  }
  /** The name is a sequence the model knows, and no table of that name exists. */
  isSequence(name) {
    return this.sequences.has(name) && !this.tables.has(name);
  }
  /**
   * A rename (`ALTER TABLE|SEQUENCE x RENAME TO y`) of a sequence: `x` is a sequence the model
   * knows, or a relation it does not know renamed to the name of a sequence it does (the sequence
   * a known table's serial or identity column owns). A sequence keeps its name when its table is
   * renamed, so cleanups rename sequences under names no migration created.
   */
  renamesSequence(from, to) {
    if (this.isSequence(from)) return true;
    if (this.tables.has(from) || this.tables.has(to)) return false;
    if (this.sequences.has(to)) return true;
    for (const t of this.tables.values()) {
      for (const [name, c] of t.columns) if (c.identity && ownedSequenceName(t.name, name) === to) return true;
    }
    return false;
  }
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
    this.generation++;
    switch (op.kind) {
      case "createTable": {
        if (op.ifNotExists && this.tables.has(op.table)) return;
        const t = this.ensureTable(op.table, inChange);
        t.createdInChange = inChange;
        t.columns.clear();
        t.constraints.clear();
        t.partitioned = Boolean(op.partitioned);
        for (const c of op.columns) {
          t.columns.set(c.name, columnState(c, inChange));
          if (c.identity) this.sequences.add(ownedSequenceName(op.table, c.name));
        }
        for (const c of op.constraints) {
          const name = c.name ?? defaultConstraintName(op.table, c);
          t.constraints.set(name, { name, kind: c.kind, columns: c.columns, validated: true, notNullColumn: c.notNullColumn ?? null, references: c.references?.table ?? null });
        }
        return;
      }
      case "dropTable":
        this.dropRelation(op.table);
        return;
      case "renameTable": {
        if (this.renamesSequence(op.table, op.newName)) {
          this.sequences.delete(op.table);
          this.sequences.add(op.newName);
          return;
        }
        const t = this.tables.get(op.table);
        if (!t) return;
        this.tables.delete(op.table);
        t.name = op.newName;
        this.tables.set(op.newName, t);
        for (const other of this.tables.values()) {
          for (const c of other.constraints.values()) if (c.references === op.table) c.references = op.newName;
        }
        const own = this.tableIndexes.get(op.table);
        if (own) {
          for (const idx of own.keys()) if (this.indexes.get(idx) === op.table) this.indexes.set(idx, op.newName);
          this.tableIndexes.delete(op.table);
          this.tableIndexes.set(op.newName, own);
        }
        return;
      }
      case "addColumn": {
        const t = this.ensureTable(op.table, false);
        if (op.ifNotExists && t.columns.has(op.column.name)) return;
        t.columns.set(op.column.name, columnState(op.column, inChange));
        if (op.column.identity) this.sequences.add(ownedSequenceName(op.table, op.column.name));
        return;
      }
      case "dropColumn": {
        const t = this.tables.get(op.table);
        t?.columns.delete(op.column);
        const onColumn = (cols) => cols.includes(op.column);
        for (const [name, c] of t?.constraints ?? []) {
          if (onColumn(c.columns) && (c.kind === "foreignKey" || c.columns.length === 1)) t.constraints.delete(name);
        }
        const own = this.tableIndexes.get(op.table);
        for (const [name, idx] of own ?? []) {
          if (idx.columns.length === 1 && idx.columns[0] === op.column) {
            own.delete(name);
            if (this.indexes.get(name) === op.table) this.indexes.delete(name);
          }
        }
        return;
      }
      case "renameColumn": {
        const t = this.tables.get(op.table);
        const c = t?.columns.get(op.column);
        if (!t || !c) return;
        t.columns.delete(op.column);
        c.name = op.newName;
        t.columns.set(op.newName, c);
        const renamed = (cols) => cols.map((col) => col === op.column ? op.newName : col);
        for (const k of t.constraints.values()) {
          k.columns = renamed(k.columns);
          if (k.notNullColumn === op.column) k.notNullColumn = op.newName;
        }
        for (const idx of this.tableIndexes.get(op.table)?.values() ?? []) idx.columns = renamed(idx.columns);
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
        this.ensureColumn(op.table, op.column).default = meaningfulDefault(op.default);
        return;
      case "dropDefault":
        if (op.identity) this.ensureColumn(op.table, op.column).identity = false;
        else this.ensureColumn(op.table, op.column).default = null;
        return;
      case "createIndex": {
        if (op.ifNotExists && op.name && this.indexes.has(op.name)) return;
        const name = op.name ?? defaultIndexName(op.table, op.columns);
        this.indexes.set(name, op.table);
        let own = this.tableIndexes.get(op.table);
        if (!own) this.tableIndexes.set(op.table, own = /* @__PURE__ */ new Map());
        own.set(name, { name, columns: op.columns, where: op.where });
        return;
      }
      case "dropIndex": {
        const table = op.table ?? this.indexes.get(op.name);
        if (table) this.tableIndexes.get(table)?.delete(op.name);
        this.indexes.delete(op.name);
        return;
      }
      case "addConstraint": {
        const c = op.constraint;
        const name = c.name ?? defaultConstraintName(op.table, c);
        this.ensureTable(op.table, false).constraints.set(name, {
          name,
          kind: c.kind,
          columns: c.columns,
          validated: !c.notValid,
          notNullColumn: c.notNullColumn ?? null,
          references: c.references?.table ?? null
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
      case "other": {
        if (!op.object) return;
        if (op.typeRenamedTo !== void 0) {
          const values = this.enums.get(op.object);
          if (values) {
            this.enums.delete(op.object);
            this.enums.set(op.typeRenamedTo, values);
          }
          const from = op.object.split(".").pop();
          const to = op.typeRenamedTo;
          for (const t of this.tables.values()) {
            for (const c of t.columns.values()) {
              if (c.type && c.type.name.split(".").pop() === from) c.type = { ...c.type, name: to, text: c.type.text.replace(from, to) };
            }
          }
          return;
        }
        const created = createdRelation(op);
        if (created?.kind === "sequence") this.sequences.add(created.name);
        else if (created?.kind === "materialized view") {
          const t = this.ensureTable(created.name, inChange);
          t.createdInChange = inChange;
          t.materializedView = true;
        } else if (op.statement === "DropStmt") {
          this.sequences.delete(op.object);
          if (this.tables.get(op.object)?.materializedView) this.dropRelation(op.object);
        }
        return;
      }
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
  /** Drops a table or materialized view with its indexes. */
  dropRelation(name) {
    this.tables.delete(name);
    for (const idx of this.tableIndexes.get(name)?.keys() ?? []) if (this.indexes.get(idx) === name) this.indexes.delete(idx);
    this.tableIndexes.delete(name);
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
function leadingKey(columns) {
  return [...columns].sort().join("\0");
}
function ownedSequenceName(table, column) {
  const dot = table.lastIndexOf(".");
  return `${table.slice(0, dot + 1)}${table.slice(dot + 1)}_${column}_seq`;
}
function meaningfulDefault(d) {
  return d && /^\s*(?:\(\s*)?null\s*(?:\)\s*)?(?:::[\w\s]+)?$/i.test(d.sql) ? null : d;
}
function columnState(c, inChange) {
  const comment = c.comment ?? null;
  return {
    name: c.name,
    type: c.type,
    notNull: c.notNull || Boolean(c.primaryKey),
    default: meaningfulDefault(c.default),
    comment,
    deprecated: !inChange && isDeprecationComment(comment),
    createdInChange: inChange,
    ...c.identity ? { identity: true } : {}
  };
}

// rules/drop-column-without-deprecation.ts
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
      if (facts.recreatedLater || facts.nameFromThisMigration) return [];
      const name = `${op.table}.${op.column}`;
      const sameChange = facts.column !== null && isDeprecationComment(facts.column.comment) ? ` The deprecation comment in this change does not count yet: the code running today was written before it.` : "";
      const pb = ctx.phrasebook;
      return [ctx.finding(op, {
        message: `Dropping column ${name} breaks the application version still running during the deploy: any query that reads or writes ${op.column} fails until every instance runs new code. No earlier migration marked ${name} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${pb.deprecateColumn(op.table, op.column, facts.column)} (or list ${name} under deprecated.columns in .migration-guard.yml) and remove every use of ${op.column} from the code. Release 2, after release 1 is fully deployed: ${pb.dropColumn(op.table, op.column)}`
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
      if (facts.deprecated || !facts.tableExisted || facts.guardsCreate) return [];
      if (facts.rebuiltWithSameColumns || facts.nameFromThisMigration) return [];
      const sameChange = facts.table !== null && isDeprecationComment(facts.table.comment) ? " The deprecation comment in this change does not count yet: the code running today was written before it." : "";
      const pb = ctx.phrasebook;
      return [ctx.finding(op, {
        message: `Dropping table ${op.table} breaks the application version still running during the deploy: every query on ${op.table} fails until all instances run new code, and its rows are gone. No earlier migration marked ${op.table} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${pb.deprecateTable(op.table)} (or list ${op.table} under deprecated.tables in .migration-guard.yml) and remove every use of ${op.table} from the code. Release 2, after release 1 is fully deployed: ${pb.dropTable(op.table)}`
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
          message: `ALTER TYPE ${op.name} ADD VALUE '${op.value}' runs inside a transaction, which PostgreSQL ${ctx.settings.pgVersion}${ctx.settings.versionSource ? ` (${ctx.settings.versionSource})` : ""} rejects ("cannot run inside a transaction block"): the migration fails at deploy time.`,
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

// rules/foreign-key-without-index.ts
var foreign_key_without_index_default = defineRule({
  id: "foreign-key-without-index",
  category: "locking",
  severity: "warning",
  // InnoDB creates an index for every foreign key that lacks one; PostgreSQL never does.
  dialects: ["postgres"],
  summary: "A FOREIGN KEY whose referencing columns have no index starting with them",
  docs: {
    why: "PostgreSQL indexes the referenced side of a foreign key (its primary key or unique constraint) but never the referencing columns. Every DELETE of a referenced row, and every UPDATE of its key, must then find the referencing rows with a sequential scan of the referencing table, holding its row locks meanwhile; with ON DELETE CASCADE the scan is part of every delete. Joins from parent to children scan too. An index whose leading columns are the foreign key's columns (in any order) serves these lookups; a primary key or unique constraint that starts with them counts, and so does one on some of them (a key `(parent_id, id)` whose `id` is the primary key: the lookup finds its row through it), and an index created later in the same migration or change.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY);",
    bad: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));",
    good: "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));\nCREATE INDEX orders_user_id_idx ON orders (user_id);"
  },
  check(ctx) {
    const findings = [];
    const dropped = /* @__PURE__ */ new Map();
    for (const op of ctx.ops("dropConstraint")) {
      const known = ctx.facts(op).constraint;
      if (known && known.kind !== "foreignKey") continue;
      const list = dropped.get(op.table) ?? [];
      list.push(known ? `\0${[...known.columns].sort().join(",")}` : op.name);
      dropped.set(op.table, list);
    }
    const readded = (table, fk) => {
      const key = `\0${[...fk.columns].sort().join(",")}`;
      return (dropped.get(table) ?? []).some((d) => d === key || !d.startsWith("\0") && fk.columns.every((c) => d.includes(c)));
    };
    const judge = (op, table, fk, newTable) => {
      if (fk.columns.length === 0 || ctx.facts(op).indexedBy(table, fk.columns)) return;
      if (!newTable && readded(table, fk)) return;
      const cols = fk.columns.join(", ");
      const ref = fk.references ? `${fk.references.table}${fk.references.columns.length ? ` (${fk.references.columns.join(", ")})` : ""}` : "the referenced table";
      const name = defaultIndexName(table, fk.columns);
      const existing = !newTable && ctx.facts(op).existed(table);
      const create = `CREATE INDEX${existing ? " CONCURRENTLY" : ""} ${name} ON ${table} (${cols})`;
      findings.push(ctx.finding(op, {
        message: `The foreign key ${fk.name ? `${fk.name} ` : ""}on ${table} (${cols}) references ${ref}, but no index of ${table} starts with ${cols}: every DELETE from ${fk.references?.table ?? "the referenced table"} (and every update of its key) scans ${table} to find the referencing rows.`,
        suggestion: existing ? `Create the index before the constraint, without blocking writes: ${ctx.phrasebook.rawSql(create)} ${ctx.phrasebook.runOutsideTransaction}` : `Create the index with the table: ${ctx.phrasebook.rawSql(create)}`
      }));
    };
    for (const op of ctx.ops("createTable", "addConstraint")) {
      if (op.kind === "createTable") {
        for (const c of op.constraints) if (c.kind === "foreignKey") judge(op, op.table, c, true);
      } else if (op.constraint.kind === "foreignKey") {
        judge(op, op.table, op.constraint, false);
      }
    }
    return findings;
  }
});

// rules/identifier-too-long.ts
var PG_BYTES = 63;
var MYSQL_CHARS = 64;
function definedNames(op) {
  switch (op.kind) {
    case "createTable":
      return [
        { name: op.table, what: "table" },
        ...op.columns.map((c) => ({ name: c.name, what: `column of ${op.table}` })),
        ...op.constraints.flatMap((c) => c.name ? [{ name: c.name, what: `constraint on ${op.table}` }] : [])
      ];
    case "addColumn":
      return [{ name: op.column.name, what: `column of ${op.table}` }];
    case "renameTable":
      return [{ name: op.newName, what: "table" }];
    case "renameColumn":
      return [{ name: op.newName, what: `column of ${op.table}` }];
    case "createIndex":
      return op.name ? [{ name: op.name, what: `index on ${op.table}` }] : [];
    case "addConstraint":
      return op.constraint.name ? [{ name: op.constraint.name, what: `constraint on ${op.table}` }] : [];
    case "createEnum":
      return [{ name: op.name, what: "type" }];
    case "other": {
      const created = createdRelation(op);
      return created ? [{ name: created.name, what: created.kind }] : [];
    }
    default:
      return [];
  }
}
function parts(name) {
  const dot = name.indexOf(".");
  return dot <= 0 ? [name] : [name.slice(0, dot), name.slice(dot + 1)];
}
var identifier_too_long_default = defineRule({
  id: "identifier-too-long",
  // Not a lock: a framework's own safety assertions (safety_assured) must not cover it.
  category: "hygiene",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "An identifier longer than the database keeps (PostgreSQL 63 bytes, MySQL 64 characters)",
  docs: {
    why: 'PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN-1) and silently drops the rest, with only a NOTICE. The object then exists under a name the migration never wrote: two long names that share their first 63 bytes collide ("already exists"), and whatever compares names outside the SQL parser (an ORM\'s generated index and constraint names, autogenerate and schema diffs, scripts that look names up in pg_indexes) does not find it. MySQL rejects identifiers over 64 characters ("Identifier name is too long"), so the migration fails. Names the framework generates count too: a query builder that names an index `<table>_<columns>_index` and a foreign key `<table>_<column>_foreign` does so however long that gets.',
    bad: "CREATE INDEX organization_membership_invitations_invited_email_address_lower_idx ON organization_membership_invitations (lower(invited_email_address));",
    good: "CREATE INDEX org_invitations_email_lower_idx ON organization_membership_invitations (lower(invited_email_address));",
    history: "CREATE TABLE organization_membership_invitations (id bigint PRIMARY KEY, invited_email_address text);"
  },
  check(ctx) {
    const pg = ctx.migration.dialect === "postgres";
    const findings = [];
    for (const op of ctx.ops()) {
      const names = definedNames(op);
      if (names.every(({ name }) => name.length <= (pg ? 21 : MYSQL_CHARS)) && !(pg && op.writtenNames)) continue;
      const seen = /* @__PURE__ */ new Set();
      const uses = /* @__PURE__ */ new Map();
      for (const { name, what } of names) {
        for (const part of parts(name)) {
          const candidates = pg ? op.writtenNames?.[part] : void 0;
          const n = uses.get(part) ?? 0;
          uses.set(part, n + 1);
          const written = candidates?.[Math.min(n, candidates.length - 1)] ?? part;
          if (seen.has(written)) continue;
          seen.add(written);
          if (pg) {
            const bytes = Buffer.byteLength(written);
            if (bytes <= PG_BYTES) continue;
            const kept = cut(written);
            const twin = candidates?.find((c) => c !== written);
            const consequence = `${twin ? `${twin} in the same statement is cut to the same name. ` : ""}Another long name of the same kind sharing those ${PG_BYTES} bytes collides with it ("already exists"), and anything that compares the full name (the framework's generated names, schema diffs, lookups in pg_catalog) does not find it.`;
            findings.push(ctx.finding(op, {
              message: `The name ${written} (${what}) is ${bytes} bytes; PostgreSQL keeps ${PG_BYTES} and silently names it ${kept}. ${consequence}`,
              suggestion: `Give the ${what.split(" ")[0]} an explicit name of at most ${PG_BYTES} bytes.`
            }));
          } else {
            const chars = [...written].length;
            if (chars <= MYSQL_CHARS) continue;
            findings.push(ctx.finding(op, {
              message: `The name ${written} (${what}) is ${chars} characters; MySQL allows ${MYSQL_CHARS} and rejects the statement ("Identifier name is too long"), so the migration fails.`,
              suggestion: `Give the ${what.split(" ")[0]} an explicit name of at most ${MYSQL_CHARS} characters.`
            }));
          }
        }
      }
    }
    return findings;
  }
});
function cut(name) {
  let bytes = 0;
  let out = "";
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > PG_BYTES) break;
    out += ch;
  }
  return out;
}

// rules/internal-error.ts
var internalError = {
  inRule: (ruleId, error) => ({
    message: `internal error in rule ${ruleId}: ${error}. The migration was not fully checked.`,
    suggestion: `Review this migration by hand for what ${ruleId} checks (\`migration-guard explain ${ruleId}\`), and report the error with the migration attached.`
  })
};
var internal_error_default = defineRule({
  id: "internal-error",
  category: "hygiene",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "The linter itself failed on this file or statement; what follows it was not checked",
  docs: {
    why: "A crash in the linter means part of the migration was never checked: a front end that fails on a file checks nothing after the failure, a rule that fails checks nothing in the migration. The finding keeps the gap visible instead of passing silently; review that part by hand and report the error.",
    bad: "-- No SQL triggers this rule: it reports a bug in migration-guard itself.\nSELECT 1;",
    good: "SELECT 1;"
  },
  reportedByEngine: true,
  check(ctx) {
    return ctx.ops("unparsed").filter((op) => op.reason === "internal").map((op) => ctx.finding(op, {
      message: `${op.message}. The rest of the file was not checked.`,
      suggestion: "Review this migration by hand and report the error with the migration attached (`migration-guard --version` in the report)."
    }));
  }
});

// rules/invalid-suppression.ts
var invalidSuppression = {
  noRule: { message: "Suppression comment names no rule, so it suppresses nothing.", suggestion: "Write `migration-guard: ignore <rule-id> -- <reason>`." },
  unknownRule: (ids) => ({
    message: `Suppression names unknown rule ${ids.map((u) => `'${u}'`).join(", ")}.`,
    suggestion: "Use a rule id from `migration-guard rules`."
  }),
  noReason: (ids) => ({
    message: "Suppression without a reason is ignored: every suppression must say why.",
    suggestion: `Append the reason: \`migration-guard: ignore ${ids.join(", ") || "<rule-id>"} -- <why this is safe>\`.`
  }),
  unused: (ids, line) => ({
    message: `Suppression of ${ids.join(", ")} suppresses nothing: no ${ids.length > 1 ? "such finding" : `${ids[0]} finding`} on line ${line}.`,
    suggestion: "Remove the comment, or move it onto the line of the statement it is meant for."
  })
};
var invalid_suppression_default = defineRule({
  id: "invalid-suppression",
  category: "hygiene",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "A suppression comment without a reason, naming an unknown rule, or suppressing nothing",
  reportedByEngine: true,
  docs: {
    why: "A suppression is a reviewed exception: it names the rule it silences and says why that is safe here. One without a reason is ignored (the finding stays); one naming an unknown rule or matching no finding silences nothing and misleads the next reader into thinking the statement was reviewed.",
    history: "CREATE TABLE audit_log (id bigint PRIMARY KEY);",
    bad: "-- migration-guard: ignore truncate-table\nTRUNCATE audit_log;",
    good: "-- migration-guard: ignore truncate-table -- a cache table, rebuilt by the nightly job\nTRUNCATE audit_log;"
  },
  check: () => []
});

// rules/irreversible-data-loss.ts
var irreversible_data_loss_default = defineRule({
  id: "irreversible-data-loss",
  category: "rollback",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "The upgrade destroys data that the downgrade cannot bring back",
  docs: {
    why: "A downgrade restores the schema, never the data. After a dropped column, a dropped table, a narrowing type change, TRUNCATE or DELETE, rolling back gives an empty column or table: the values are gone unless a backup was taken first. Back up exactly the affected data before deploying, and keep the restore command next to the rollback plan. A table whose rows the upgrade first copies into a table it creates (a rebuild: rename it away, `CREATE TABLE`, `INSERT INTO \u2026 SELECT \u2026 FROM` it, drop it) is not reported. A downgrade that re-adds a dropped column and recomputes it from columns that are still there (`UPDATE users SET legacy_email = lower(email)`) restores it and is not reported; one that fills it with a constant, a bound value or the column itself does not.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);",
    bad: "ALTER TABLE users DROP COLUMN legacy_email;",
    good: "COMMENT ON COLUMN users.legacy_email IS 'deprecated: drop in a later release';"
  },
  check(ctx) {
    return ctx.rollback.pairing.dataLoss.map((l) => {
      const { backup, restore } = ctx.rollback.backupOf(l);
      return ctx.finding(l.op, {
        message: `The upgrade ${l.what}; ${l.why}. Back up ${l.object.replace(/^(values|rows) of /, "")} before deploying: ${backup}`,
        suggestion: `Take the backup right before the deploy and keep it with the rollback plan; to restore after rolling back: ${restore.join(" && ")}`
      });
    });
  }
});

// rules/lock-exceeds-budget.ts
function formatMs(ms) {
  return ms < 1e3 ? `${Math.max(1, Math.round(ms))} ms` : ms < 6e4 ? `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s` : `${(ms / 6e4).toFixed(1)} min`;
}
function safer(op, e) {
  switch (op.kind) {
    case "createIndex":
      return `Build the index with CREATE INDEX CONCURRENTLY in a migration without a transaction: writes continue while it builds.`;
    case "setNotNull":
      return `Add CHECK (${op.column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration (it takes SHARE UPDATE EXCLUSIVE: writes continue), then SET NOT NULL, which uses the validated check instead of scanning.`;
    case "addConstraint":
      return op.constraint.kind === "unique" || op.constraint.kind === "primaryKey" ? "Build a unique index CONCURRENTLY first, then ADD CONSTRAINT ... USING INDEX (a catalog-only change)." : "Add the constraint NOT VALID (catalog-only), then VALIDATE CONSTRAINT in a later migration: the validation lets writes continue.";
    default:
      return e.operation === "rewrite" ? `Avoid the rewrite: add a new column, backfill it in batches, switch the code over and drop the old column in a later release.` : `Split the change so no statement holds ${e.lockMode} on ${e.table} for long, or run it in a maintenance window and raise lockBudget for it with a suppression that says why.`;
  }
}
var lock_exceeds_budget_default = defineRule({
  id: "lock-exceeds-budget",
  category: "locking",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "Estimated lock duration (from the production statistics snapshot) exceeds the configured lockBudget",
  docs: {
    why: "With a statistics snapshot of production (`migration-guard stats`, config `stats:`) each statement that blocks writes gets an estimated lock duration from the table's real size: a rewrite or a full scan from the table bytes, an index build from the indexed columns' share of them. When the estimate is longer than the configured `lockBudget`, every write to the table (and, under ACCESS EXCLUSIVE, every read) queues for longer than the application tolerates. Without a snapshot or a budget this rule never fires. The example assumes a snapshot where events is 50 GB and lockBudget is 2s.",
    history: "CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);",
    bad: "CREATE INDEX events_created_at_idx ON events (created_at);",
    good: "CREATE INDEX CONCURRENTLY events_created_at_idx ON events (created_at);"
  },
  check(ctx) {
    const budget = ctx.settings.lockBudgetMs;
    if (budget === null || budget === void 0) return [];
    return ctx.ops().flatMap((op) => {
      const e = ctx.evidence(op);
      if (!e || !e.blocksWrites || e.estimatedLockMs <= budget) return [];
      return [
        ctx.finding(op, {
          message: `This statement is estimated to hold ${e.lockMode} on ${e.table} for ~${formatMs(e.estimatedLockMs)}, over the lock budget of ${formatMs(budget)} (lockBudget).`,
          suggestion: safer(op, e)
        })
      ];
    });
  }
});

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
      const d = effectiveDefault(c.default);
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
    why: "Locks are held until the transaction ends. Once a statement takes ACCESS EXCLUSIVE on a busy table, every later statement in the same transaction (a backfill UPDATE, an index build, a lock on another table) runs while all reads and writes to that table wait. Keep one risky statement per transaction. Work that takes the same ACCESS EXCLUSIVE on the same table itself (a SET NOT NULL scan, a rewriting type change) would block it for as long on its own: its own rule reports it.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "BEGIN;\nALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free';\nCOMMIT;",
    good: "ALTER TABLE users ADD COLUMN plan text;\nUPDATE users SET plan = 'free' WHERE id BETWEEN 1 AND 10000;"
  },
  check(ctx) {
    const lockedIn = /* @__PURE__ */ new Map();
    const under = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    for (const op of ctx.ops()) {
      const holder = ctx.facts(op).strongLockHeldBy;
      if (!holder || op.kind === "transaction" || op.kind === "setLockTimeout") continue;
      const at = statementOf2(op);
      if (at === statementOf2(holder) || seen.has(at)) continue;
      const heldTables = opLock(holder, ctx.facts(holder))?.tables ?? [];
      let locked = lockedIn.get(holder);
      if (!locked) lockedIn.set(holder, locked = new Set(heldTables));
      const lock = opLock(op, ctx.facts(op));
      const otherTable = lock !== null && lock.tables.some((t) => !locked.has(t) && ctx.facts(op).existed(t));
      for (const t of lock?.tables ?? []) locked.add(t);
      if (!otherTable && !doesRowWork(op, ctx)) continue;
      if (!otherTable && lock?.mode === "ACCESS EXCLUSIVE" && lock.tables.length > 0 && lock.tables.every((t) => heldTables.includes(t))) continue;
      seen.add(at);
      const list = under.get(holder);
      if (list) list.push(op);
      else under.set(holder, [op]);
    }
    const findings = [];
    for (const [holder, ops] of under) {
      const heldTables = opLock(holder, ctx.facts(holder))?.tables ?? [];
      const on = heldTables.length ? heldTables.join(" and ") : "the table";
      const first = ops[0];
      const rest = ops.slice(1);
      const shown = rest.slice(0, 5).map((o) => `line ${o.loc.line} (${label(o)})`);
      if (rest.length > shown.length) shown.push(`${rest.length - shown.length} more`);
      const subject = rest.length === 0 ? "This statement runs" : `This statement and ${rest.length} later one${rest.length === 1 ? "" : "s"} under the same lock (${shown.join(", ")}) run`;
      const lines = ops.map((o) => o.loc.line);
      findings.push(
        ctx.finding(first, {
          message: `${subject} while the ACCESS EXCLUSIVE lock on ${on} taken on line ${holder.loc.line} (${label(holder)}) is still held in the same transaction: ${LOCK_BLOCKS["ACCESS EXCLUSIVE"]} on ${on} wait until ${rest.length === 0 ? "this statement" : "these statements"} and the rest of the transaction finish.`,
          suggestion: ctx.migration.framework === "sql" ? `Commit right after line ${holder.loc.line} and run ${rest.length === 0 ? "this statement in its own transaction (COMMIT; before it" : `the statements on lines ${lines.join(", ")} in their own transaction (COMMIT; before them`}, or a separate migration); run backfills in batches outside the schema change's transaction.` : `Move ${rest.length === 0 ? "this statement" : `the statements on lines ${lines.join(", ")}`} into a separate migration that runs after the one with line ${holder.loc.line}, so the lock is released in between; run backfills in batches outside the schema change's transaction.`
        })
      );
    }
    return findings;
  }
});
function statementOf2(op) {
  if (op.statementId !== void 0) return `#${op.statementId}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}:${op.sql ?? ""}`;
}

// rules/migration-conflict.ts
var migration_conflict_default = defineRule({
  id: "migration-conflict",
  category: "hygiene",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "Migrations that cannot all run in order (same version, several heads, ordered before the base branch)",
  docs: {
    why: "A runner that keys its history by version refuses two migrations of one version, or records one and never runs the other. A runner that orders migrations by a graph refuses to upgrade when the graph has several heads (leaf migrations): both happen when two branches each add a migration on the same parent. A migration added on a branch but ordered before one the base branch already has (an older timestamp, merged later) is, depending on the runner, never applied on databases that ran the newer one, refused, or run late, in an order no fresh database ever ran; the finding names what this migration's runner does. Conflicts among migrations the change does not touch are reported only when a whole directory is linted.",
    bad: "-- 000100_create_accounts.up.sql, while the base branch already has 000100_create_users.up.sql\nCREATE TABLE accounts (id bigint PRIMARY KEY);",
    good: "-- 000101_create_accounts.up.sql: a version after the latest one\nCREATE TABLE accounts (id bigint PRIMARY KEY);"
  },
  check(ctx) {
    const ordering = ctx.phrasebook.ordering;
    return (ctx.migration.conflicts ?? []).map((c) => {
      switch (c.kind) {
        case "duplicateVersion":
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} has version ${c.version}, like ${c.files.join(", ")}. ${ordering.duplicateVersion}`,
            suggestion: "Give this migration a version of its own, after the latest one of the directory (regenerate it, or rename the file with a new version)."
          });
        case "heads": {
          const text = ordering.heads?.(c.heads, c.group) ?? { message: `The migration graph has ${c.heads.length} heads (${c.heads.join(", ")}).`, suggestion: "Merge the heads." };
          return ctx.finding(c.loc, text);
        }
        case "duplicateName":
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} is named ${c.name}, like ${c.files.join(", ")}. ${ordering.uniqueName?.duplicate ?? ""}`.trim(),
            suggestion: "Give this migration a name of its own (rename the file and its class)."
          });
        case "outOfOrder":
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} is new, but ordered before ${c.latestFile}, which the base branch already has. ${ordering.late?.(c.latest) ?? ""}`.trim(),
            suggestion: `Renumber this migration so it comes after ${c.latest} (regenerate it with the current timestamp, or rename the file with a later version).`
          });
        default:
          return null;
      }
    }).filter((f) => f !== null);
  }
});

// rules/missing-downgrade.ts
function suggestionFor(ctx, ops, at) {
  const pb = ctx.phrasebook;
  const base = `Write ${pb.downPart} so that it undoes each upgrade step in reverse order; if the change truly cannot be undone, ${pb.declareIrreversible(at)}.`;
  const steps = ops.map((op) => pb.inverse(op)).filter((s) => s !== null && s.exact).map((s) => s.text).reverse();
  if (steps.length === 0) return base;
  const shown = steps.slice(0, 5).join(" ");
  return `${base} For this migration: ${shown}${steps.length > 5 ? " \u2026" : ""}`;
}
var missing_downgrade_default = defineRule({
  id: "missing-downgrade",
  category: "rollback",
  severity: "error",
  dialects: ["postgres", "mysql"],
  summary: "A migration whose framework expects a downgrade has none (absent, empty, or only pass)",
  docs: {
    why: "When a deploy goes wrong the fastest way back is to roll the migration back. Without a downgrade the rollback either fails or silently does nothing and leaves the schema changed, so the previous application version runs against a schema it does not know. Frameworks with paired down migrations should have one for every upgrade.",
    // A single plain-SQL file has no down part (plain layouts never fire), so this example cannot be
    // linted as one plain file: the parity test special-cases this rule. Read these as the paired
    // files 0003_add_nickname.up.sql (with no .down.sql next to it) and 0003_add_nickname.down.sql.
    bad: "-- 0003_add_nickname.up.sql, with no 0003_add_nickname.down.sql next to it\nALTER TABLE users ADD COLUMN nickname text;",
    good: "-- 0003_add_nickname.down.sql, next to 0003_add_nickname.up.sql\nALTER TABLE users DROP COLUMN nickname;"
  },
  check(ctx) {
    const m = ctx.migration;
    if (!ctx.phrasebook.expectsDown) return [];
    const up = ctx.ops();
    const fallback = m.downLoc ?? { file: m.file, line: 1, endLine: 1, column: 1 };
    if (ctx.rollback.pairing.dataOnly || up.length === 0) return [];
    if (m.downIrreversible) {
      return [ctx.finding(m.downIrreversible.loc, {
        message: `The downgrade of ${m.id} is explicitly irreversible (${m.downIrreversible.reason}): rolling back this deploy needs a restore from backup.`,
        suggestion: `If the upgrade can be undone, write ${ctx.phrasebook.downPart} that does it; otherwise document the restore path (which backup, which command) next to the migration and make sure a backup is taken before it runs.`
      })];
    }
    if (m.down === null) {
      return [ctx.finding(fallback, {
        message: `${m.id} has no downgrade: ${ctx.phrasebook.downPart} is missing, so rolling back this migration is impossible and the schema stays changed.`,
        suggestion: suggestionFor(ctx, up, fallback)
      })];
    }
    const pairing = ctx.rollback.pairing;
    if (m.down.length === 0 && pairing.needInverse === 0 && !pairing.downUnusable && !pairing.unanalyzable.some((u) => u.side === "up")) return [];
    if (m.down.length === 0) {
      return [ctx.finding(fallback, {
        message: `The downgrade of ${m.id} is empty: rolling back runs nothing and leaves the schema changed by the upgrade.`,
        suggestion: suggestionFor(ctx, up, fallback)
      })];
    }
    return [];
  }
});

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
    return judgedMysqlStatements(ctx, server).flatMap((statement) => {
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
    return `${sql.map((q) => inFramework(q, framework)).join(" ")} then check for orphaned rows yourself, since existing rows are not validated.`;
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
    return judgedMysqlStatements(ctx, server).flatMap((statement) => {
      const first = statement.ops[0];
      const { verdict, table } = statement;
      const explicit = explicitOnline(first.online);
      const statementSql = mysqlStatementText(statement, (_table, column) => {
        const op = statement.ops.find((o) => "column" in o && o.column === column);
        return op ? ctx.facts(op).column?.type ?? null : null;
      });
      if (!isOnline(verdict)) {
        const effect = verdict.algorithm === "COPY" ? `${serverName} copies the whole ${table} table, and writes to ${table} are blocked until the copy finishes` : `${serverName} runs it in place but blocks writes to ${table} until it finishes (LOCK=SHARED at best)`;
        const refused = explicit.guaranteedOnline ? " With the ALGORITHM/LOCK clauses given, the server will refuse the statement instead." : "";
        return [ctx.finding(first, { message: `${capitalise2(verdict.what)}: ${effect}.${refused}`, suggestion: specificSuggestion(statement, statementSql, server, framework) })];
      }
      if (explicit.forcesCopy || explicit.blockingLock) {
        const clause = [first.online?.algorithm ? `ALGORITHM=${first.online.algorithm}` : "", first.online?.lock ? `LOCK=${first.online.lock}` : ""].filter(Boolean).join(", ");
        const effect = explicit.forcesCopy ? `copies the whole ${table} table and blocks writes to it until the copy finishes` : `blocks writes to ${table}${first.online?.lock?.toUpperCase() === "EXCLUSIVE" ? " and reads" : ""} until the change finishes`;
        return [
          ctx.finding(first, {
            message: `${clause} ${effect}, although ${verdict.what} can run online.`,
            suggestion: inFramework(withOnlineClause(statementSql, onlineClause(verdict)), framework)
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
      if (facts.recreatedLater || facts.nameFromThisMigration) return [];
      const { table, column: from, newName: to } = op;
      const type = facts.column?.type?.text ?? `<type of ${from}>`;
      return [ctx.finding(op, {
        message: `Renaming ${table}.${from} to ${to} breaks the application version still running during the deploy: its queries that use ${from} fail as soon as this migration commits.`,
        suggestion: [
          `Expand and contract over several releases:`,
          `1) ALTER TABLE ${table} ADD COLUMN ${to} ${type}; and make the code write both ${from} and ${to} (or add a trigger that copies ${from} into ${to});`,
          `2) backfill in batches: UPDATE ${table} SET ${to} = ${from} WHERE ${to} IS NULL AND <next batch of keys>;`,
          `3) switch reads to ${to}, then stop writing ${from};`,
          `4) mark ${table}.${from} deprecated and drop it in a later release.`,
          ...[ctx.phrasebook.renameColumnInPlaceOfData?.(op)].filter((s) => Boolean(s))
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
      if (!facts.tableExisted || facts.isSequence) return [];
      if (facts.rebuiltWithSameColumns || facts.nameFromThisMigration) return [];
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
    return ctx.ops("createIndex").filter((op) => !op.concurrently && !op.only && ctx.facts(op).tableExisted).map((op) => {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      const unique = op.unique ? "UNIQUE " : "";
      const where = op.where ? ` WHERE ${op.where}` : "";
      if (ctx.facts(op).table?.partitioned) {
        return ctx.finding(op, {
          message: `Building index ${name} on the partitioned table ${op.table} builds it on every partition under a SHARE lock: writes to all of them wait until the last build finishes (CONCURRENTLY is not possible on a partitioned table).`,
          suggestion: `CREATE ${unique}INDEX ${name} ON ONLY ${op.table} (${op.columns.join(", ")})${where}; then for each partition CREATE ${unique}INDEX CONCURRENTLY <partition>_idx ON <partition> (${op.columns.join(", ")})${where}; and ALTER INDEX ${name} ATTACH PARTITION <partition>_idx; the parent index becomes valid once every partition's is attached.`
        });
      }
      return ctx.finding(op, {
        message: `Building index ${name} takes a SHARE lock on ${op.table}: writes to ${op.table} wait until the whole build finishes.`,
        suggestion: ctx.phrasebook.createIndexConcurrently?.(op) ?? `CREATE ${unique}INDEX CONCURRENTLY ${name} ON ${op.table} (${op.columns.join(", ")})${where}; in a migration that does not run in a transaction.`,
        fix: ctx.phrasebook.fixes?.createIndexConcurrently?.(op, ctx.fixSite(op))
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
    return ctx.ops("dropIndex").filter((op) => !op.concurrently && ctx.facts(op).tableExisted && !ctx.facts(op).table?.partitioned).map((op) => {
      const table = op.table ?? ctx.facts(op).table?.name ?? null;
      const on = table ? `table ${table}` : `the table of ${op.name}`;
      return ctx.finding(op, {
        message: `DROP INDEX ${op.name} takes an ACCESS EXCLUSIVE lock on ${on}: ${LOCK_BLOCKS["ACCESS EXCLUSIVE"]} on it wait, first behind every running query, then for the drop.`,
        suggestion: ctx.phrasebook.dropIndexConcurrently(op),
        fix: ctx.phrasebook.fixes?.dropIndexConcurrently?.(op, ctx.fixSite(op))
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
    why: "A statement that needs a strong lock waits for every transaction already using the table, and while it waits every new query on the table queues behind it. One long-running query is then enough to stall all traffic to the table. With a lock_timeout the migration gives up after a moment instead, and can be retried. The timeout counts as set when the migration sets it before the statement, when the runner's setup sets lock_timeout for every migration (a SET in the migration environment, or the framework's own lock_timeout setting), or when lockTimeout in .migration-guard.yml says the deploy sets one.",
    history: "CREATE TABLE users (id bigint PRIMARY KEY, email text);",
    bad: "ALTER TABLE users ADD COLUMN nickname text;",
    good: "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nickname text;"
  },
  check(ctx) {
    for (const op of ctx.ops()) {
      const facts = ctx.facts(op);
      const lock = opLock(op, facts);
      if (!lock || !STRONG_LOCKS.has(lock.mode) || facts.lockTimeoutSet) continue;
      if (facts.guardsCreate) continue;
      const existing = [...new Set(lock.tables)].filter((t) => facts.existed(t));
      if (lock.tables.length > 0 && existing.length === 0) continue;
      if (lock.tables.length === 0 && !facts.tableExisted) continue;
      const on = existing.length > 0 ? existing.join(" and ") : op.kind === "dropIndex" ? `the table of ${op.name}` : "the table";
      const set = facts.inTransaction ? "SET LOCAL lock_timeout = '2s'" : "SET lock_timeout = '2s'";
      const where = ctx.phrasebook.lockTimeoutAt(set, op);
      const fix = ctx.phrasebook.fixes?.setLockTimeout?.(set, op, ctx.fixSite(op));
      return [
        ctx.finding(op, {
          message: `This statement takes ${lock.mode === "ACCESS EXCLUSIVE" ? "an" : "a"} ${lock.mode} lock on ${on} with no lock_timeout set: if it has to wait behind a long-running query, ${LOCK_BLOCKS[lock.mode]} on ${on} queue behind it and the application stalls.`,
          suggestion: `${where}, and retry the migration when it times out; if the deploy already sets a lock timeout, set lockTimeout in .migration-guard.yml.`,
          fix
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
          message: `${scan} (PostgreSQL ${ctx.settings.pgVersion}${ctx.settings.versionSource ? `, from ${ctx.settings.versionSource},` : ""} cannot use a CHECK constraint to skip it; 12 can).`,
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
        suggestion: `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL; (each in its own transaction; afterwards ALTER TABLE ${table} DROP CONSTRAINT ${check}; is safe).`,
        fix: ctx.phrasebook.fixes?.setNotNullViaCheck?.(op, check, ctx.fixSite(op))
      });
    });
  }
});

// rules/transaction-nesting.ts
var AFTER_COMMIT = {
  uncommitted: "This commit ends the transaction the migration runner opened, and the runner opens no other after it: the statements that follow (except those run outside a transaction on purpose) and the runner's record that the migration ran go into a transaction the database driver opens on its own, which the runner's environment never commits, so they are rolled back when the connection closes: the migration is not recorded as applied and runs again on the next upgrade.",
  checkpoint: "This commit ends the transaction the migration runner opened: the statements after it run in a new transaction the database driver opens and the runner's environment commits at the end, so if one of them fails, the work before this commit stays applied while the migration is not recorded as applied, and the next upgrade runs it again over a half-applied schema.",
  refused: "This commit ends the transaction the migration runs in, which the runner's environment opened as a single transaction block: the database driver refuses every statement after it on this connection, the runner's record that the migration ran included, so the migration fails right after this commit, with the part before it committed and the migration not recorded as applied."
};
var transaction_nesting_default = defineRule({
  id: "transaction-nesting",
  category: "hygiene",
  severity: "warning",
  dialects: ["postgres", "mysql"],
  summary: "BEGIN/COMMIT inside a migration that already runs in a transaction",
  docs: {
    why: `Most migration runners already wrap each migration in a transaction. A BEGIN inside it is ignored (PostgreSQL only warns "there is already a transaction in progress"), and the matching COMMIT ends the runner's transaction early: everything after it runs without a transaction and is not rolled back if the migration fails. The same happens with a BEGIN inside a BEGIN in one file. A commit of the runner's own connection through the driver (an ORM connection's commit()) can cost more: where the runner opens no transaction after it and its environment does not commit the connection at the end, the rest of the migration and the runner's record that it ran are left in a transaction the driver opened on its own and are rolled back when the connection closes, so the migration runs again next time; where the environment opened the connection as a single transaction block, the driver refuses every statement after the commit and the migration fails there. A commit right where the runner ends its transaction anyway (before a section that runs outside it, or as the last statement) is not reported when the environment commits the connection after the migrations.`,
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
          suggestion: explicitOpen ? "Keep a single BEGIN ... COMMIT around the whole migration, or split it into separate migrations." : `Remove BEGIN/COMMIT from the migration and let the runner manage the transaction; if a statement must run outside a transaction, ${ctx.phrasebook.disableTransaction} instead.`
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
      const insteadOutside = `if a statement must run outside a transaction, ${ctx.phrasebook.disableTransaction} instead`;
      if (op.action === "commit" && op.afterCommit) {
        const meant = ctx.phrasebook.commitAfterMigrations;
        const suggestion = {
          uncommitted: `Remove it and let the runner manage the transaction (${insteadOutside})${meant ? `; if the commit is meant, ${meant}` : ""}.`,
          checkpoint: `Split the migration where it commits (one migration per step), or make every step safe to run twice; ${insteadOutside}.`,
          refused: `Remove it and let the runner manage the transaction; ${insteadOutside}.`
        }[op.afterCommit];
        findings.push(ctx.finding(op, { message: AFTER_COMMIT[op.afterCommit], suggestion }));
        return;
      }
      findings.push(ctx.finding(op, {
        message: `This ${op.action.toUpperCase()} ends the transaction the migration runner opened: statements after it run outside any transaction and are not rolled back if the migration fails, and the runner's own commit then finds no transaction.`,
        suggestion: `Remove it and let the runner manage the transaction; ${insteadOutside}.`
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
      const tables = opTables(op).filter((t) => ctx.facts(op).existed(t));
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
    return ctx.ops("unparsed").filter((op) => op.reason === "dynamic").map((op) => ctx.finding(op, { message: `Not checked: ${withoutFinalStop(op.message)}.`, suggestion: "Write the statement out literally so it can be checked, or review it by hand and suppress with a reason." }));
  }
});
function withoutFinalStop(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "." || text[end - 1] === " " || text[end - 1] === "\n")) end--;
  return text.slice(0, end);
}

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
    return ctx.ops("vacuum", "cluster").filter((op) => (op.kind === "cluster" || op.full) && (op.table === null || ctx.facts(op).existed(op.table))).map((op) => {
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
  breaks_app_query_default,
  change_column_default_default,
  change_column_type_default,
  column_still_referenced_default,
  concurrent_in_transaction_default,
  constraint_not_valid_default,
  detach_partition_non_concurrent_default,
  downgrade_mismatch_default,
  drop_column_without_deprecation_default,
  drop_schema_or_database_default,
  drop_table_without_deprecation_default,
  enum_value_change_default,
  foreign_key_without_index_default,
  identifier_too_long_default,
  internal_error_default,
  invalid_suppression_default,
  irreversible_data_loss_default,
  lock_exceeds_budget_default,
  lock_held_across_statements_default,
  migration_conflict_default,
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

// src/config.ts
import { existsSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE = ".migration-guard.yml";
function mysqlVersionNumber(v) {
  const [a = 0, b = 0, c = 0] = v.split(".").map(Number);
  return a * 1e4 + b * 100 + c;
}
async function loadConfigFile(cwd, explicit) {
  const file = explicit ?? CONFIG_FILE;
  const abs = path.resolve(cwd, file);
  if (!existsSync(abs)) {
    if (explicit) throw new UsageError(`config file not found: ${explicit}`);
    return { config: {}, source: null };
  }
  if (!explicit) {
    const root = realPath(repositoryRoot(cwd));
    const real = realPath(abs);
    if (!root || !real || !isWithin(root, real)) throw new UsageError(`${file}: resolves outside the repository (a symlink leaving it); refusing to read it`);
  }
  const read = readRegularFile(abs, 1024 * 1024);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  return { config: await parseConfigText(read.bytes.toString("utf8"), file), source: file };
}
async function parseConfigText(text, file) {
  const [yaml, { validateConfig }] = await Promise.all([import("./chunk-QSBQCHXB.js"), import("./chunk-YNUENYGC.js")]);
  const parseYaml = commonJsExports(yaml, "parse").parse;
  let raw;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new UsageError(`${file}: not valid YAML: ${e.message.split("\n")[0]}`);
  }
  return validateConfig(raw, file);
}
function repoRelativePath(value, key, source) {
  const posix = value.replace(/\\/g, "/");
  if (value === "" || posix.startsWith("/") || /^[A-Za-z]:/.test(posix) || posix.split("/").includes("..") || value.includes("\0")) {
    throw new UsageError(`${source ?? "config"}: '${key}': '${value.replace(/[\0-\x1f]/g, "?")}' must be a path inside the repository (relative, without '..')`);
  }
  return value;
}
function resolveConfig(file, source, overrides = {}) {
  for (const id of Object.keys(file.rules ?? {})) {
    if (!ruleById(id)) throw new UsageError(`${source ?? "config"}: 'rules.${id}': unknown rule id (see \`migration-guard rules\`)`);
  }
  (file.migrations ?? []).forEach((m, i) => repoRelativePath(typeof m === "string" ? m : m.path, `migrations.${i}`, source));
  (file.code?.include ?? []).forEach((p, i) => repoRelativePath(p, `code.include.${i}`, source));
  (file.code?.exclude ?? []).forEach((p, i) => repoRelativePath(p, `code.exclude.${i}`, source));
  if (file.stats !== void 0) repoRelativePath(file.stats, "stats", source);
  let lockBudgetMs = null;
  if (file.lockBudget !== void 0) {
    lockBudgetMs = parseDurationMs(file.lockBudget);
    if (lockBudgetMs === null) throw new UsageError(`${source ?? "config"}: 'lockBudget': '${file.lockBudget}' is not a duration (use e.g. 500ms, 2s, 1min)`);
  }
  const tiers = resolveTiers(file.tiers, source);
  const dialect = overrides.dialect ?? file.dialect ?? "postgres";
  return {
    dialect,
    dialectExplicit: Boolean(overrides.dialect ?? file.dialect),
    pgVersion: overrides.pgVersion ?? file.pgVersion ?? 15,
    mysqlVersion: file.mysqlVersion ? mysqlVersionNumber(file.mysqlVersion) : dialect === "mysql" ? file.mariadb ? 101100 : 80035 : null,
    serverVersionExplicit: dialect === "mysql" ? Boolean(file.mysqlVersion) : (overrides.pgVersion ?? file.pgVersion) !== void 0,
    mariadb: file.mariadb ?? false,
    failOn: overrides.failOn ?? file.failOn ?? "error",
    migrations: (file.migrations ?? []).map((m) => typeof m === "string" ? { path: m } : m),
    ruleSeverity: { ...file.rules ?? {}, ...overrides.rules ?? {} },
    lockTimeout: file.lockTimeout ?? null,
    deprecated: { tables: file.deprecated?.tables ?? [], columns: file.deprecated?.columns ?? [] },
    code: { include: file.code?.include ?? [], exclude: file.code?.exclude ?? [] },
    dryRun: file.dryRun ?? {},
    stats: file.stats ?? null,
    lockBudgetMs,
    tiers,
    source
  };
}
function defaultConfig(overrides = {}) {
  return resolveConfig({}, null, overrides);
}

export {
  defaultKey,
  breaksAppQuery,
  defaultConstraintName,
  defaultIndexName,
  SchemaModel,
  internalError,
  invalidSuppression,
  rules,
  ruleById,
  CONFIG_FILE,
  loadConfigFile,
  parseConfigText,
  repoRelativePath,
  resolveConfig,
  defaultConfig
};
