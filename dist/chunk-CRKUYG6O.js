#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  pgLockOf
} from "./chunk-CXD6VCVI.js";

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
function pgTypeChange(from, to, timeZoneUtc) {
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
    if (timeZoneUtc && !from.array && !to.array) return { safe: true, reason: "keeps the stored values with the session TimeZone UTC, a catalog-only change" };
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
  return dialect === "mysql" ? mysqlTypeChange(from, to) : pgTypeChange(from, to, opts.timeZoneUtc ?? false);
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

// src/schema/catalogs.ts
function isSystemCatalog(table, dialect) {
  const name = table.toLowerCase();
  const dot = name.lastIndexOf(".");
  const schema = dot === -1 ? null : name.slice(0, dot);
  const bare = dot === -1 ? name : name.slice(dot + 1);
  if (dialect === "postgres") return schema === "pg_catalog" || schema === "information_schema" || schema === null && PG_CATALOGS.has(bare);
  return schema === "mysql" || schema === "information_schema" || schema === "performance_schema" || schema === "sys";
}
var PG_CATALOGS = /* @__PURE__ */ new Set([
  "pg_index",
  "pg_class",
  "pg_attribute",
  "pg_constraint",
  "pg_trigger",
  "pg_type",
  "pg_namespace",
  "pg_proc",
  "pg_depend",
  "pg_description",
  "pg_attrdef",
  "pg_statistic",
  "pg_database",
  "pg_authid",
  "pg_am",
  "pg_enum",
  "pg_extension",
  "pg_sequence",
  "pg_inherits",
  "pg_rewrite",
  "pg_policy",
  "pg_settings",
  "pg_db_role_setting",
  "pg_largeobject",
  "pg_shdepend",
  "pg_shdescription"
]);

// src/ir.ts
var CREATING_STATEMENTS = {
  ViewStmt: "view",
  CreateSeqStmt: "sequence",
  CreateTableAsStmt: "materialized view",
  "CREATE VIEW": "view",
  "CREATE SEQUENCE": "sequence"
};
function createdRelation(op) {
  if (op.kind !== "other" || !op.object) return null;
  const kind = CREATING_STATEMENTS[op.statement];
  return kind ? { kind, name: op.object } : null;
}
function opTables(op) {
  switch (op.kind) {
    case "truncate":
      return [...new Set(op.tables)];
    case "reindex":
      return op.target === "table" ? [op.name] : [];
    case "vacuum":
    case "cluster":
    case "dropIndex":
      return op.table ? [op.table] : [];
    case "addConstraint": {
      const ref = op.constraint.references?.table;
      return ref && ref !== op.table ? [op.table, ref] : [op.table];
    }
    case "addColumn": {
      const ref = op.column.references?.table;
      return ref && ref !== op.table ? [op.table, ref] : [op.table];
    }
    case "other":
      return op.lock ? [...new Set(op.lock.tables.filter((t) => t !== ""))] : [];
    case "createTable": {
      const refs = [...op.columns.map((c) => c.references?.table), ...op.constraints.map((c) => c.references?.table)];
      return [.../* @__PURE__ */ new Set([op.table, ...refs.filter((t) => typeof t === "string")])];
    }
    default:
      return "table" in op && typeof op.table === "string" ? [op.table] : [];
  }
}

// src/schema/facts.ts
function opLock(op, seen) {
  const table = seen.table;
  if (op.kind === "dropConstraint") return pgLockOf(op, seen.constraint);
  if (op.kind === "dropIndex" && !op.table) {
    const lock = pgLockOf({ ...op, table: table?.name ?? op.name });
    return lock && { ...lock, tables: table ? [table.name] : [] };
  }
  if (op.kind === "reindex" && op.target === "index" && !op.concurrently) return table ? { mode: "SHARE", tables: [table.name] } : null;
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
var FLAG = {
  inTransaction: 1 << 0,
  tableExisted: 1 << 1,
  lockTimeoutSet: 1 << 2,
  constraintAddedInSameTransaction: 1 << 3,
  validatedNotNullCheck: 1 << 4,
  deprecated: 1 << 5,
  isSequence: 1 << 6,
  recreatedLater: 1 << 7,
  rebuiltWithSameColumns: 1 << 8,
  nameFromThisMigration: 1 << 9,
  restoredLater: 1 << 10,
  guardsCreate: 1 << 11,
  timeZoneUtc: 1 << 12,
  otherTablesExisted: 1 << 13
};
var WalkedFacts = class {
  constructor(fields, tableFacts, otherTablesExisted = true) {
    this.table = fields.table;
    this.column = fields.column;
    this.strongLockHeldBy = fields.strongLockHeldBy;
    this.exclusivelyLocked = fields.exclusivelyLocked;
    this.constraint = fields.constraint;
    this.restoresNoDefault = fields.restoresNoDefault;
    this.emptiedBy = fields.emptiedBy;
    this.systemCatalog = fields.systemCatalog;
    this.columnInPrimaryKey = fields.columnInPrimaryKey;
    this.indexedBy = fields.indexedBy;
    this.tableFacts = tableFacts;
    this.tableMap = void 0;
    this.flags = (fields.inTransaction ? FLAG.inTransaction : 0) | (fields.tableExisted ? FLAG.tableExisted : 0) | (fields.lockTimeoutSet ? FLAG.lockTimeoutSet : 0) | (fields.constraintAddedInSameTransaction ? FLAG.constraintAddedInSameTransaction : 0) | (fields.validatedNotNullCheck ? FLAG.validatedNotNullCheck : 0) | (fields.deprecated ? FLAG.deprecated : 0) | (fields.isSequence ? FLAG.isSequence : 0) | (fields.recreatedLater ? FLAG.recreatedLater : 0) | (fields.rebuiltWithSameColumns ? FLAG.rebuiltWithSameColumns : 0) | (fields.nameFromThisMigration ? FLAG.nameFromThisMigration : 0) | (fields.restoredLater ? FLAG.restoredLater : 0) | (fields.guardsCreate ? FLAG.guardsCreate : 0) | (fields.timeZoneUtc ? FLAG.timeZoneUtc : 0) | (otherTablesExisted ? FLAG.otherTablesExisted : 0);
  }
  get inTransaction() {
    return (this.flags & FLAG.inTransaction) !== 0;
  }
  get tableExisted() {
    return (this.flags & FLAG.tableExisted) !== 0;
  }
  get lockTimeoutSet() {
    return (this.flags & FLAG.lockTimeoutSet) !== 0;
  }
  get constraintAddedInSameTransaction() {
    return (this.flags & FLAG.constraintAddedInSameTransaction) !== 0;
  }
  get validatedNotNullCheck() {
    return (this.flags & FLAG.validatedNotNullCheck) !== 0;
  }
  get deprecated() {
    return (this.flags & FLAG.deprecated) !== 0;
  }
  get isSequence() {
    return (this.flags & FLAG.isSequence) !== 0;
  }
  get recreatedLater() {
    return (this.flags & FLAG.recreatedLater) !== 0;
  }
  get rebuiltWithSameColumns() {
    return (this.flags & FLAG.rebuiltWithSameColumns) !== 0;
  }
  get nameFromThisMigration() {
    return (this.flags & FLAG.nameFromThisMigration) !== 0;
  }
  get restoredLater() {
    return (this.flags & FLAG.restoredLater) !== 0;
  }
  get guardsCreate() {
    return (this.flags & FLAG.guardsCreate) !== 0;
  }
  get timeZoneUtc() {
    return (this.flags & FLAG.timeZoneUtc) !== 0;
  }
  /** A table the op does not name: existed, unless the migration runs only on a new database. */
  get otherTablesExisted() {
    return (this.flags & FLAG.otherTablesExisted) !== 0;
  }
  get tables() {
    return this.tableMap ??= new Map(this.tableFacts.map((t) => [t.name, t]));
  }
  existed(name) {
    const list = this.tableFacts;
    if (list.length > 8) return this.tables.get(name)?.existed ?? this.otherTablesExisted;
    for (const t of list) if (t.name === name) return t.existed;
    return this.otherTablesExisted;
  }
};
function sameFields(a, b) {
  for (const key in b) if (!(key in a) || a[key] !== b[key]) return false;
  for (const key in a) if (!(key in b)) return false;
  return true;
}
function walkMigration(model, migration, opts) {
  const indexedLater = opts.indexedLater;
  const indexedBy = (t, columns) => model.hasIndexLeading(t, columns) || Boolean(indexedLater?.(t, columns));
  const facts = /* @__PURE__ */ new Map();
  let inTxn = migration.transactional;
  let sessionTimeout = opts.globalLockTimeout || Boolean(migration.runnerLockTimeout);
  let localTimeout = false;
  let strongLockHeldBy = null;
  let exclusivelyLocked = NO_LOCKS;
  let lastStatement = null;
  let notValidInTxn = /* @__PURE__ */ new Set();
  const createdHere = /* @__PURE__ */ new Set();
  let emptied = /* @__PURE__ */ new Map();
  let sessionUtc = null;
  let localUtc = null;
  const endTransaction = () => {
    emptied = /* @__PURE__ */ new Map();
    localUtc = null;
    localTimeout = false;
    strongLockHeldBy = null;
    notValidInTxn = /* @__PURE__ */ new Set();
  };
  const lastCreate = /* @__PURE__ */ new Map();
  const lastColumnCreate = /* @__PURE__ */ new Map();
  migration.up.forEach((op, i) => {
    if (op.kind === "createTable") lastCreate.set(op.table, i);
    else if (op.kind === "addColumn") lastColumnCreate.set(`${op.table}\0${op.column.name}`, i);
    else if (op.kind === "renameColumn") lastColumnCreate.set(`${op.table}\0${op.newName}`, i);
  });
  const snapshots = /* @__PURE__ */ new WeakMap();
  const snapshot = (state) => {
    const last = snapshots.get(state);
    if (last && sameFields(last, state)) return last;
    const copy = { ...state };
    snapshots.set(state, copy);
    return copy;
  };
  const lastFacts = /* @__PURE__ */ new Map();
  const tableFact = (name, existed, createdInMigration, createdInChange, state) => {
    const last = lastFacts.get(name);
    if (last && last.existed === existed && last.createdInMigration === createdInMigration && last.createdInChange === createdInChange && last.state === state) return last;
    const fact = { name, existed, createdInMigration, createdInChange, state };
    lastFacts.set(name, fact);
    return fact;
  };
  const lastList = /* @__PURE__ */ new Map();
  const tableFactsOf = (list) => {
    if (list.length !== 1) return list;
    const last = lastList.get(list[0]);
    if (last) return last;
    lastList.set(list[0], list);
    return list;
  };
  const renamedHere = /* @__PURE__ */ new Set();
  const transientDefaults = /* @__PURE__ */ new Map();
  let position = -1;
  for (const op of migration.up) {
    position++;
    const inTransaction = inTxn && !op.autocommit;
    const statement = statementKey(op);
    if (statement !== lastStatement && !inTransaction) exclusivelyLocked = NO_LOCKS;
    lastStatement = statement;
    const named = opTables(op);
    const tableName = named[0] ?? indexedTable(op, model);
    const table = tableName ? model.table(tableName) ?? null : null;
    const tableSnapshot = table && snapshot(table);
    const constraintName = op.kind === "validateConstraint" || op.kind === "dropConstraint" ? op.name : null;
    const constraint = table && constraintName ? table.constraints.get(constraintName) ?? null : null;
    const droppedReference = op.kind === "dropConstraint" && constraint?.references && constraint.references !== tableName ? constraint.references : null;
    const touched = tableName && !named.includes(tableName) ? [tableName, ...named] : named;
    const listed = droppedReference && !touched.includes(droppedReference) ? [...touched, droppedReference] : touched;
    const unique = listed.length < 2 || new Set(listed).size === listed.length ? listed : [...new Set(listed)];
    const tables = tableFactsOf(unique.map((name) => {
      const state = model.table(name) ?? null;
      return tableFact(
        name,
        !state?.createdInChange && !migration.freshDatabaseOnly,
        Boolean(state) && createdHere.has(name),
        Boolean(state?.createdInChange),
        state && (state === table ? tableSnapshot : snapshot(state))
      );
    }));
    const columnName = opColumn(op);
    const column = table && columnName ? table.columns.get(columnName) ?? null : null;
    const tableExisted = migration.freshDatabaseOnly ? false : tableName ? !table?.createdInChange : true;
    const recreatedLater = op.kind === "dropTable" || op.kind === "renameTable" ? (lastCreate.get(op.table) ?? -1) > position : op.kind === "dropColumn" || op.kind === "renameColumn" ? (lastColumnCreate.get(`${op.table}\0${op.column}`) ?? -1) > position : false;
    let rebuiltWithSameColumns = false;
    if (recreatedLater && table && (op.kind === "dropTable" || op.kind === "renameTable")) {
      const rebuilt = migration.up[lastCreate.get(op.table)];
      const has = new Set(rebuilt?.kind === "createTable" ? rebuilt.columns.map((c) => c.name.toLowerCase()) : []);
      rebuiltWithSameColumns = rebuilt?.kind === "createTable" && (rebuilt.asSelect === true || [...table.columns.keys()].every((c) => has.has(c.toLowerCase())));
    }
    const nameFromThisMigration = op.kind === "renameColumn" || op.kind === "dropColumn" ? renamedHere.has(`${op.table}\0${op.column}`) : op.kind === "renameTable" || op.kind === "dropTable" ? renamedHere.has(op.table) : false;
    if (op.kind === "renameColumn") renamedHere.add(`${op.table}\0${op.newName}`);
    if (op.kind === "renameTable") renamedHere.add(op.newName);
    let deprecated = false;
    if (op.kind === "dropTable") deprecated = Boolean(table?.deprecated) || opts.deprecations.tables.has(op.table);
    if (op.kind === "dropColumn") {
      deprecated = Boolean(column?.deprecated) || opts.deprecations.columns.has(`${op.table}.${op.column}`);
    }
    let restoresNoDefault = null;
    if (op.kind === "setDefault" || op.kind === "dropDefault" && !op.identity) {
      const key = `${op.table}\0${op.column}`;
      const sets = transientDefaults.get(key);
      if (op.kind === "dropDefault") {
        restoresNoDefault = sets ?? null;
        transientDefaults.delete(key);
      } else if (sets) sets.push(op);
      else if (column && !column.default) transientDefaults.set(key, [op]);
    }
    let validatedNotNullCheck = false;
    if (op.kind === "setNotNull" && table) {
      for (const c of table.constraints.values()) {
        if (c.kind === "check" && c.validated && c.notNullColumn === op.column) validatedNotNullCheck = true;
      }
    }
    facts.set(
      op,
      new WalkedFacts({
        inTransaction,
        tableExisted,
        table: tableSnapshot,
        column: column && snapshot(column),
        lockTimeoutSet: sessionTimeout || localTimeout,
        strongLockHeldBy: inTransaction ? strongLockHeldBy : null,
        exclusivelyLocked,
        constraintAddedInSameTransaction: inTransaction && constraintName !== null && notValidInTxn.has(`${tableName}.${constraintName}`),
        constraint: constraint && snapshot(constraint),
        validatedNotNullCheck,
        deprecated,
        isSequence: tableName !== null && tableName !== void 0 && (op.kind === "renameTable" ? model.renamesSequence(tableName, op.newName) : model.isSequence(tableName)),
        recreatedLater,
        rebuiltWithSameColumns,
        nameFromThisMigration,
        restoredLater: opts.namedLater !== void 0 && (op.kind === "dropColumn" || op.kind === "renameColumn" ? opts.namedLater(op.table, op.column) : op.kind === "dropTable" || op.kind === "renameTable" ? opts.namedLater(op.table, null) : false),
        guardsCreate: recreatedLater && op.kind === "dropTable" && op.ifExists && table === null,
        restoresNoDefault,
        emptiedBy: tableName ? emptied.get(tableName) ?? null : null,
        systemCatalog: tableName ? isSystemCatalog(tableName, migration.dialect) : false,
        columnInPrimaryKey: op.kind === "dropColumn" && table !== null && inPrimaryKey(table, op.column),
        timeZoneUtc: (localUtc ?? sessionUtc) === true,
        indexedBy
      }, tables, !migration.freshDatabaseOnly)
    );
    switch (op.kind) {
      case "transaction":
        if (op.action === "begin") inTxn = true;
        else {
          inTxn = false;
          exclusivelyLocked = NO_LOCKS;
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
      case "truncate":
        if (inTransaction) for (const t of op.tables) emptied.set(t, op);
        break;
      case "other": {
        const tz = op.statement === "VariableSetStmt" ? /^timezone( local)?=(.*)$/.exec(op.object ?? "") : null;
        if (!tz) break;
        if (tz[1]) localUtc = inTransaction ? isUtc(tz[2]) : localUtc;
        else sessionUtc = isUtc(tz[2]);
        break;
      }
      case "dml":
        if (op.action === "delete" && !op.hasWhere && inTransaction) emptied.set(op.table, op);
        else if (op.action === "insert") emptied.delete(op.table);
        break;
      default:
        break;
    }
    const lock = opLock(op, { table, constraint });
    if (inTransaction && !strongLockHeldBy && lock?.mode === "ACCESS EXCLUSIVE" && tableExisted && op.kind !== "dropTable") strongLockHeldBy = op;
    if (lock?.mode === "ACCESS EXCLUSIVE" && op.kind !== "dropTable") {
      const fresh = lock.tables.filter((t) => !exclusivelyLocked.has(t) && tables.find((f) => f.name === t)?.existed !== false);
      if (fresh.length) exclusivelyLocked = new Map([...exclusivelyLocked, ...fresh.map((t) => [t, op])]);
    }
    if (!inTransaction) endTransaction();
    if (op.kind === "createTable" && !(op.ifNotExists && table)) createdHere.add(op.table);
    model.apply(op, migration.isNew);
    if (op.kind === "dropTable") createdHere.delete(op.table);
    if (op.kind === "renameTable" && createdHere.delete(op.table)) createdHere.add(op.newName);
  }
  return facts;
}
function replayMigration(model, migration) {
  for (const op of migration.up) model.apply(op, migration.isNew);
  return /* @__PURE__ */ new Map();
}
var UNKNOWN_FACTS = {
  tables: /* @__PURE__ */ new Map(),
  existed: () => true,
  inTransaction: false,
  tableExisted: true,
  table: null,
  column: null,
  lockTimeoutSet: false,
  strongLockHeldBy: null,
  exclusivelyLocked: /* @__PURE__ */ new Map(),
  constraintAddedInSameTransaction: false,
  constraint: null,
  validatedNotNullCheck: false,
  deprecated: false,
  isSequence: false,
  recreatedLater: false,
  rebuiltWithSameColumns: false,
  nameFromThisMigration: false,
  restoredLater: false,
  guardsCreate: false,
  restoresNoDefault: null,
  emptiedBy: null,
  systemCatalog: false,
  columnInPrimaryKey: false,
  timeZoneUtc: false,
  indexedBy: () => true
};
var NO_LOCKS = /* @__PURE__ */ new Map();
function statementKey(op) {
  if (op.statementId !== void 0) return `#${op.statementId}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}:${op.sql ?? ""}`;
}
var UTC_ZONES = /* @__PURE__ */ new Set(["utc", "etc/utc", "gmt", "etc/gmt", "uct", "etc/uct", "zulu", "etc/zulu", "universal", "etc/universal", "greenwich", "etc/greenwich", "gmt0", "etc/gmt0", "gmt+0", "gmt-0", "etc/gmt+0", "etc/gmt-0", "z", "0", "+00", "+00:00"]);
function isUtc(value) {
  return UTC_ZONES.has(value.trim().toLowerCase());
}
function inPrimaryKey(table, column) {
  const wanted = column.toLowerCase();
  for (const c of table.constraints.values()) if (c.kind === "primaryKey" && c.columns.some((col) => col.toLowerCase() === wanted)) return true;
  return false;
}

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
  const match = /^\s*(?:enum|set)\s*\(([\s\S]*)\)\s*$/i.exec(type.text.replace(/(?<!\s)\s+(character\s+set|charset|collate)\b[\s\S]*$/i, ""));
  if (!match) return null;
  return quotedLiterals(match[1] ?? "");
}
var LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
function quotedLiterals(text) {
  const out = [];
  const unclosedUntil = { "'": 0, '"': 0 };
  let i = 0;
  while (i < text.length) {
    const quote = text[i];
    if (quote !== "'" && quote !== '"' || i < unclosedUntil[quote]) {
      i++;
      continue;
    }
    let closing = -1;
    let j = i + 1;
    while (j < text.length) {
      const c = text[j];
      if (c === "\\") {
        if (j + 1 >= text.length || LINE_TERMINATOR.test(text[j + 1])) break;
        j += 2;
      } else if (c === quote) {
        closing = j;
        if (text[j + 1] !== quote) break;
        j += 2;
      } else {
        j++;
      }
    }
    if (closing < 0) {
      unclosedUntil[quote] = j;
      i++;
      continue;
    }
    out.push(text.slice(i + 1, closing));
    i = closing + 1;
  }
  return out;
}
function sameType2(a, b) {
  if (a.name !== b.name || a.args.join(",") !== b.args.join(",")) return false;
  if (a.name === "enum" || a.name === "set") return (enumValues(a) ?? []).join("\0") === (enumValues(b) ?? []).join("\0");
  return !a.charset || !b.charset || a.charset === b.charset;
}
function typeChange(before, after, server, columnName) {
  const changing = `changing the type of ${columnName}`;
  if (!before) return verdict("COPY", `${changing} to ${after.text} (its current type is unknown, so a change is assumed)`);
  if (sameType2(before, after) && (!after.charset || !before.charset || after.charset === before.charset)) {
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
      if (ctx.columnInPrimaryKey) {
        return verdict("COPY", `dropping column ${op.column}, which is part of the primary key`, { concurrentDml: false });
      }
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
    if (last && last.loc.line === op.loc.line && last.loc.column === op.loc.column && last.loc.file === op.loc.file && last.ops[0]?.online === op.online && last.ops[0]?.sql === op.sql) {
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
      result = Object.assign({}, v, { worst: op });
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
var ONLINE_CLAUSE_KEYWORD = /\b(?:ALGORITHM|LOCK)\s*(?:=\s*)?(?:DEFAULT|INSTANT|INPLACE|COPY|NOCOPY|NONE|SHARED|EXCLUSIVE)\b/gi;
var ALTER_HEAD = /^\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?((?:`[^`]*`|\w+)(?:\.(?:`[^`]*`|\w+))?)\s*/i;
function isWhitespace(c) {
  return c !== void 0 && /\s/.test(c);
}
function removeOnlineClauses(sql) {
  let out = "";
  let copied = 0;
  for (const m of sql.matchAll(ONLINE_CLAUSE_KEYWORD)) {
    let start = m.index;
    while (start > copied && isWhitespace(sql[start - 1])) start--;
    if (start > copied && sql[start - 1] === ",") {
      start--;
      while (start > copied && isWhitespace(sql[start - 1])) start--;
    }
    out += sql.slice(copied, start);
    copied = m.index + m[0].length;
  }
  return out + sql.slice(copied);
}
function trimTrailingSemicolons(text) {
  return text.replace(/(?<![\s;])[\s;]+$/, "");
}
function withoutOnlineClauses(sql) {
  return trimTrailingSemicolons(removeOnlineClauses(sql).replace(/^(\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+\S+)\s*,\s*/i, "$1 "));
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
  const actions = trimTrailingSemicolons(removeOnlineClauses(sql.slice(head[0].length)).replace(/^\s*,\s*/, "")).replace(/\s+/g, " ");
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
      return { column: facts.column, table: facts.table, foreignKeyChecksOff: foreignKeyChecksOff.get(op) ?? false, columnInPrimaryKey: facts.columnInPrimaryKey };
    });
    if (verdict2) judged.push(Object.assign({}, group, { verdict: verdict2 }));
  }
  return judged;
}
function judgedMysqlStatements(ctx, server) {
  return ctx.shared(`mysql-judged-statements:${server.mariadb ? "mariadb" : "mysql"}:${server.version}`, () => judgeMysqlStatements(ctx.ops(), server, (op) => ctx.facts(op)));
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

export {
  classifyTypeChange,
  typeSql,
  createdRelation,
  opTables,
  opLock,
  walkMigration,
  replayMigration,
  UNKNOWN_FACTS,
  isOnline,
  mysqlOpOnline,
  mysqlServerOf,
  onlineClause,
  withOnlineClause,
  alterActions,
  judgedMysqlStatements,
  explicitOnline,
  mysqlStatementText,
  inFramework
};
