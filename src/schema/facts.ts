import { isSystemCatalog } from './catalogs.js';
import { opTables, type Migration, type Op } from '../ir.js';
import { pgLockOf, type LockTaken } from './locks.js';
import type { ColumnState, ConstraintState, SchemaModel, TableState } from './model.js';

/** One table an op touches, as the model knew it just before the op ran. */
export interface TableFact {
  name: string;
  /** The table existed before the change under test (unknown tables count as existing). */
  existed: boolean;
  /** Created by an earlier op of this migration. */
  createdInMigration: boolean;
  /** Created by a migration of the change under test (this one or an earlier one). */
  createdInChange: boolean;
  /** The table's state (columns with their types, constraints) before the op; null when never seen. */
  state: TableState | null;
}

/**
 * What the schema model knew just before an op ran. Rules read exemptions from here; nothing
 * about a table is answered from the model after the whole migration (a table created and dropped
 * again in one migration is gone by then, yet it was new when the op ran).
 */
export interface OpFacts {
  /** Every table of `opTables(op)` (and the table of a DROP INDEX / REINDEX INDEX), by name. */
  tables: ReadonlyMap<string, TableFact>;
  /** Whether `table` existed before the change when the op ran; tables the op does not touch and unknown tables count as existing. */
  existed(table: string): boolean;
  /** The op runs inside a transaction (the runner's, an explicit BEGIN, not an autocommit block). */
  inTransaction: boolean;
  /** The op's table existed before the change under test (unknown tables count as existing). */
  tableExisted: boolean;
  table: TableState | null;
  /** The column the op names, before the op. */
  column: ColumnState | null;
  /** A lock_timeout is in force (SET earlier in the migration, or configured globally). */
  lockTimeoutSet: boolean;
  /** An earlier op in the same transaction holds ACCESS EXCLUSIVE on an existing table. */
  strongLockHeldBy: Op | null;
  /**
   * Existing tables an earlier op of the running transaction, or of the op's own statement (the
   * DROP CONSTRAINT before the ADD CONSTRAINT in one ALTER TABLE), holds ACCESS EXCLUSIVE on, each
   * with the op that took it: the op's own weaker lock is then not what others wait for.
   */
  exclusivelyLocked: ReadonlyMap<string, Op>;
  /** validateConstraint: its NOT VALID constraint was added in the same transaction. */
  constraintAddedInSameTransaction: boolean;
  /** The constraint the op names, before the op. */
  constraint: ConstraintState | null;
  /** setNotNull: a validated CHECK (col IS NOT NULL) is already on the table. */
  validatedNotNullCheck: boolean;
  /** dropTable/dropColumn: deprecated by a base-branch migration or the config's `deprecated:` list. */
  deprecated: boolean;
  /** The op's relation is a sequence the model knows, not a table (`ALTER TABLE x_id_seq RENAME TO ...`). */
  isSequence: boolean;
  /**
   * dropTable/renameTable: a later op of the same migration creates a table under the old name
   * again (a rebuild). dropColumn/renameColumn: a later op adds a column under the old name to the
   * same table, or renames another column to it (the swap `id → id_old`, `id_big → id`).
   */
  recreatedLater: boolean;
  /**
   * dropTable/renameTable with recreatedLater: the CREATE TABLE under the old name has every column
   * the table had (a rebuild with another engine or layout), so running code keeps working on it.
   */
  rebuiltWithSameColumns: boolean;
  /**
   * renameColumn/dropColumn: an earlier op of the same migration gave the column this name (the
   * middle step of `circuit_id → member_id_id → member_id`); renameTable/dropTable: the table got
   * this name earlier in the migration (`ciphers → old_ciphers`, copy, drop): no running code knows it.
   */
  nameFromThisMigration: boolean;
  /**
   * dropColumn/renameColumn/dropTable/renameTable: a later migration of the run gives the table
   * (or the column) the old name again (see LaterNames): the code in the repository, which goes
   * with the latest migration, names that object.
   */
  restoredLater: boolean;
  /**
   * dropTable IF EXISTS of a table no migration ever created, created again later in the same
   * migration: the `DROP TABLE IF EXISTS x; CREATE TABLE x` idiom of a definition script, whose
   * drop only guards the create.
   */
  guardsCreate: boolean;
  /**
   * dropDefault: the column had no default until this migration set one (the SET DEFAULTs since,
   * in order), so the drop leaves it as the migration found it — the temporary default an ORM sets
   * to fill NULLs before SET NOT NULL. null otherwise.
   */
  restoresNoDefault: readonly Op[] | null;
  /**
   * The op's table was emptied earlier in the same transaction (TRUNCATE, or DELETE without
   * WHERE) with no INSERT since: the statement that emptied it, else null. After a DELETE other
   * sessions may still insert rows before the op runs; after a TRUNCATE they cannot.
   */
  emptiedBy: Op | null;
  /** The op's table is one of the server's own catalogs (`pg_index`, `information_schema.…`): it holds no application rows. */
  systemCatalog: boolean;
  /** A DROP COLUMN of a column of its table's primary key (the key goes with it), as the table was before the op. */
  columnInPrimaryKey: boolean;
  /** The migration's session TimeZone is UTC (an earlier `SET timezone = 'UTC'`, or `SET LOCAL` in this transaction). */
  timeZoneUtc: boolean;
  /**
   * Some index or PRIMARY KEY/UNIQUE constraint of `table` leads with `columns` (any order) at the
   * end of this migration, or a later migration of the change under test creates one. Unlike the
   * other facts it is answered when a rule asks, after the whole migration was walked, so an index
   * created after the foreign key in the same migration counts.
   */
  indexedBy(table: string, columns: readonly string[]): boolean;
}

export interface DeprecationList {
  tables: ReadonlySet<string>;
  /** `table.column` */
  columns: ReadonlySet<string>;
}

/**
 * pgLockOf, with what the statement does not name filled in from the model as it was before the
 * op (`seen`: the op's facts): the table of a DROP INDEX (the statement names only the index, yet
 * PostgreSQL takes ACCESS EXCLUSIVE on its table; an index the model never saw is on a table that
 * exists in production, so it still counts, with `tables` empty: the name is unknown), and the
 * table a dropped foreign key references (locked too).
 */
export function opLock(op: Op, seen: { table: TableState | null; constraint?: ConstraintState | null }): LockTaken | null {
  const table = seen.table;
  if (op.kind === 'dropConstraint') return pgLockOf(op, seen.constraint);
  if (op.kind === 'dropIndex' && !op.table) {
    const lock = pgLockOf({ ...op, table: table?.name ?? op.name });
    return lock && { ...lock, tables: table ? [table.name] : [] };
  }
  // REINDEX INDEX takes SHARE on the index's table (writes wait; reads that use the index too).
  if (op.kind === 'reindex' && op.target === 'index' && !op.concurrently) return table ? { mode: 'SHARE', tables: [table.name] } : null;
  return pgLockOf(op);
}

/** DROP INDEX / REINDEX name an index (or the table itself); the model remembers which table an index was built on. */
function indexedTable(op: Op, model: SchemaModel): string | null {
  if (op.kind === 'dropIndex') return model.indexes.get(op.name) ?? null;
  if (op.kind === 'reindex') return op.target === 'table' ? op.name : op.target === 'index' ? model.indexes.get(op.name) ?? null : null;
  return null;
}

function opColumn(op: Op): string | null {
  // COMMENT ON TABLE carries column: null.
  if ('column' in op) return typeof op.column === 'string' ? op.column : op.column?.name ?? null;
  return null;
}

/** The bits of WalkedFacts' flags. */
const FLAG = {
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
  otherTablesExisted: 1 << 13,
} as const;

/**
 * The facts of one walked op. A class, not an object literal with its own `existed` closure:
 * a 50,000-statement migration keeps one of these per op until its rules have run. The tables
 * the op touches (one or two, as a rule) are kept as a small array; the `tables` Map is built
 * only when something asks for it (a Map per op was the largest part of a big run's facts).
 */
class WalkedFacts implements OpFacts {
  declare readonly table: TableState | null;
  declare readonly column: ColumnState | null;
  declare readonly strongLockHeldBy: Op | null;
  declare readonly exclusivelyLocked: ReadonlyMap<string, Op>;
  declare readonly constraint: ConstraintState | null;
  declare readonly restoresNoDefault: readonly Op[] | null;
  declare readonly emptiedBy: Op | null;
  declare readonly systemCatalog: boolean;
  declare readonly columnInPrimaryKey: boolean;
  declare readonly indexedBy: OpFacts['indexedBy'];
  /** The tables of `tables`, in order, without duplicates. */
  private declare readonly tableFacts: readonly TableFact[];
  private declare tableMap: ReadonlyMap<string, TableFact> | undefined;
  /**
   * The yes/no facts, one bit each (see FLAG): fourteen booleans in one small integer instead of
   * fourteen fields, half the size of an op's facts.
   */
  private declare readonly flags: number;

  constructor(fields: Omit<OpFacts, 'existed' | 'tables'>, tableFacts: readonly TableFact[], otherTablesExisted = true) {
    // Field by field, not Object.assign: the fields then live inside the object (no separate
    // property array per op). A field added to OpFacts is assigned here too.
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
    this.tableMap = undefined;
    this.flags =
      (fields.inTransaction ? FLAG.inTransaction : 0) |
      (fields.tableExisted ? FLAG.tableExisted : 0) |
      (fields.lockTimeoutSet ? FLAG.lockTimeoutSet : 0) |
      (fields.constraintAddedInSameTransaction ? FLAG.constraintAddedInSameTransaction : 0) |
      (fields.validatedNotNullCheck ? FLAG.validatedNotNullCheck : 0) |
      (fields.deprecated ? FLAG.deprecated : 0) |
      (fields.isSequence ? FLAG.isSequence : 0) |
      (fields.recreatedLater ? FLAG.recreatedLater : 0) |
      (fields.rebuiltWithSameColumns ? FLAG.rebuiltWithSameColumns : 0) |
      (fields.nameFromThisMigration ? FLAG.nameFromThisMigration : 0) |
      (fields.restoredLater ? FLAG.restoredLater : 0) |
      (fields.guardsCreate ? FLAG.guardsCreate : 0) |
      (fields.timeZoneUtc ? FLAG.timeZoneUtc : 0) |
      (otherTablesExisted ? FLAG.otherTablesExisted : 0);
  }

  get inTransaction(): boolean {
    return (this.flags & FLAG.inTransaction) !== 0;
  }
  get tableExisted(): boolean {
    return (this.flags & FLAG.tableExisted) !== 0;
  }
  get lockTimeoutSet(): boolean {
    return (this.flags & FLAG.lockTimeoutSet) !== 0;
  }
  get constraintAddedInSameTransaction(): boolean {
    return (this.flags & FLAG.constraintAddedInSameTransaction) !== 0;
  }
  get validatedNotNullCheck(): boolean {
    return (this.flags & FLAG.validatedNotNullCheck) !== 0;
  }
  get deprecated(): boolean {
    return (this.flags & FLAG.deprecated) !== 0;
  }
  get isSequence(): boolean {
    return (this.flags & FLAG.isSequence) !== 0;
  }
  get recreatedLater(): boolean {
    return (this.flags & FLAG.recreatedLater) !== 0;
  }
  get rebuiltWithSameColumns(): boolean {
    return (this.flags & FLAG.rebuiltWithSameColumns) !== 0;
  }
  get nameFromThisMigration(): boolean {
    return (this.flags & FLAG.nameFromThisMigration) !== 0;
  }
  get restoredLater(): boolean {
    return (this.flags & FLAG.restoredLater) !== 0;
  }
  get guardsCreate(): boolean {
    return (this.flags & FLAG.guardsCreate) !== 0;
  }
  get timeZoneUtc(): boolean {
    return (this.flags & FLAG.timeZoneUtc) !== 0;
  }
  /** A table the op does not name: existed, unless the migration runs only on a new database. */
  private get otherTablesExisted(): boolean {
    return (this.flags & FLAG.otherTablesExisted) !== 0;
  }

  get tables(): ReadonlyMap<string, TableFact> {
    return (this.tableMap ??= new Map(this.tableFacts.map((t) => [t.name, t])));
  }

  existed(name: string): boolean {
    const list = this.tableFacts;
    if (list.length > 8) return this.tables.get(name)?.existed ?? this.otherTablesExisted;
    for (const t of list) if (t.name === name) return t.existed;
    return this.otherTablesExisted;
  }
}

/** The same own fields with the same values (what a shallow copy of `b` would hold). */
function sameFields(a: object, b: object): boolean {
  for (const key in b) if (!(key in a) || (a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  for (const key in a) if (!(key in b)) return false;
  return true;
}

/**
 * Walks a migration's upgrade ops against the model, recording facts before each op and then
 * applying it. After the call the model includes the migration.
 */
export function walkMigration(
  model: SchemaModel,
  migration: Migration,
  opts: {
    globalLockTimeout: boolean;
    deprecations: DeprecationList;
    /** Indexes later migrations of the change under test create (see ChangeIndexes). */
    indexedLater?: (table: string, columns: readonly string[]) => boolean;
    /** Names later migrations of the run create again (see LaterNames). */
    namedLater?: (table: string, column: string | null) => boolean;
  },
): Map<Op, OpFacts> {
  const indexedLater = opts.indexedLater;
  const indexedBy = (t: string, columns: readonly string[]) => model.hasIndexLeading(t, columns) || Boolean(indexedLater?.(t, columns));
  const facts = new Map<Op, OpFacts>();
  let inTxn = migration.transactional;
  let sessionTimeout = opts.globalLockTimeout || Boolean(migration.runnerLockTimeout);
  let localTimeout = false;
  let strongLockHeldBy: Op | null = null;
  // Copied on write: ops share one map until a lock is added, so a long migration keeps few of them.
  let exclusivelyLocked: ReadonlyMap<string, Op> = NO_LOCKS;
  let lastStatement: string | null = null;
  let notValidInTxn = new Set<string>();
  const createdHere = new Set<string>();
  // Tables emptied in the running transaction (see OpFacts.emptiedBy).
  let emptied = new Map<string, Op>();
  // TimeZone set for the session / by SET LOCAL for the running transaction: UTC or not; null: not set here.
  let sessionUtc: boolean | null = null;
  let localUtc: boolean | null = null;
  const endTransaction = () => {
    emptied = new Map();
    localUtc = null;
    localTimeout = false;
    strongLockHeldBy = null;
    notValidInTxn = new Set();
  };

  // Where each table name is last created in this migration: one pass, so "created again later" is a lookup.
  const lastCreate = new Map<string, number>();
  const lastColumnCreate = new Map<string, number>();
  migration.up.forEach((op, i) => {
    if (op.kind === 'createTable') lastCreate.set(op.table, i);
    else if (op.kind === 'addColumn') lastColumnCreate.set(`${op.table}\u0000${op.column.name}`, i);
    else if (op.kind === 'renameColumn') lastColumnCreate.set(`${op.table}\u0000${op.newName}`, i);
  });
  // An op sees the state of its table, column and constraint as the model had it just before it:
  // a shallow copy, shared with the earlier ops that saw the same fields (most ops change nothing
  // the next op on that table reads), so a 50,000-op migration does not keep 50,000 copies of 200
  // tables. Likewise a table's facts and the list of them. Nothing writes to these copies.
  const snapshots = new WeakMap<object, object>();
  const snapshot = <T extends object>(state: T): T => {
    const last = snapshots.get(state) as T | undefined;
    if (last && sameFields(last, state)) return last;
    const copy = { ...state };
    snapshots.set(state, copy);
    return copy;
  };
  const lastFacts = new Map<string, TableFact>();
  const tableFact = (name: string, existed: boolean, createdInMigration: boolean, createdInChange: boolean, state: TableState | null): TableFact => {
    const last = lastFacts.get(name);
    if (last && last.existed === existed && last.createdInMigration === createdInMigration && last.createdInChange === createdInChange && last.state === state) return last;
    const fact = { name, existed, createdInMigration, createdInChange, state };
    lastFacts.set(name, fact);
    return fact;
  };
  const lastList = new Map<TableFact, readonly TableFact[]>();
  const tableFactsOf = (list: TableFact[]): readonly TableFact[] => {
    if (list.length !== 1) return list;
    const last = lastList.get(list[0]!);
    if (last) return last;
    lastList.set(list[0]!, list);
    return list;
  };
  const renamedHere = new Set<string>();
  // Per column: the SET DEFAULTs of this migration since the column last had no default.
  const transientDefaults = new Map<string, Op[]>();
  let position = -1;
  for (const op of migration.up) {
    position++;
    const inTransaction = inTxn && !op.autocommit;
    // Outside a transaction a lock lasts as long as its statement.
    const statement = statementKey(op);
    if (statement !== lastStatement && !inTransaction) exclusivelyLocked = NO_LOCKS;
    lastStatement = statement;
    const named = opTables(op);
    const tableName = named[0] ?? indexedTable(op, model);
    const table = tableName ? model.table(tableName) ?? null : null;
    // Rules run after the whole walk and the model mutates its state objects in place (SET NOT
    // NULL, ALTER TYPE, VALIDATE): snapshot what the op saw, or a rule reads the state after it.
    // The table's column and constraint maps stay live (copying them per op is quadratic). The
    // op's own table is snapshotted once, for `table` and its entry in `tables` alike.
    const tableSnapshot = table && snapshot(table);
    const constraintName = op.kind === 'validateConstraint' || op.kind === 'dropConstraint' ? op.name : null;
    const constraint = table && constraintName ? table.constraints.get(constraintName) ?? null : null;
    // A dropped foreign key locks the table it references too (see pgLockOf): that table is touched.
    const droppedReference = op.kind === 'dropConstraint' && constraint?.references && constraint.references !== tableName ? constraint.references : null;
    const touched = tableName && !named.includes(tableName) ? [tableName, ...named] : named;
    const listed = droppedReference && !touched.includes(droppedReference) ? [...touched, droppedReference] : touched;
    // A name listed twice (TRUNCATE a, a) is one entry, where it was first listed. `map`, not
    // `push`: an exact-size array, one per op.
    const unique = listed.length < 2 || new Set(listed).size === listed.length ? listed : [...new Set(listed)];
    const tables = tableFactsOf(unique.map((name) => {
      const state = model.table(name) ?? null;
      return tableFact(
        name,
        !state?.createdInChange && !migration.freshDatabaseOnly,
        Boolean(state) && createdHere.has(name),
        Boolean(state?.createdInChange),
        state && (state === table ? tableSnapshot : snapshot(state)),
      );
    }));
    const columnName = opColumn(op);
    const column = table && columnName ? table.columns.get(columnName) ?? null : null;
    const tableExisted = migration.freshDatabaseOnly ? false : tableName ? !table?.createdInChange : true;

    const recreatedLater =
      op.kind === 'dropTable' || op.kind === 'renameTable'
        ? (lastCreate.get(op.table) ?? -1) > position
        : op.kind === 'dropColumn' || op.kind === 'renameColumn'
          ? (lastColumnCreate.get(`${op.table}\u0000${op.column}`) ?? -1) > position
          : false;
    let rebuiltWithSameColumns = false;
    if (recreatedLater && table && (op.kind === 'dropTable' || op.kind === 'renameTable')) {
      const rebuilt = migration.up[lastCreate.get(op.table)!];
      const has = new Set(rebuilt?.kind === 'createTable' ? rebuilt.columns.map((c) => c.name.toLowerCase()) : []);
      // CREATE TABLE ... AS SELECT names no columns: the usual rebuild of a cache table from its
      // query, which gives it the columns it had; it is taken as one.
      rebuiltWithSameColumns = rebuilt?.kind === 'createTable' && (rebuilt.asSelect === true || [...table.columns.keys()].every((c) => has.has(c.toLowerCase())));
    }
    const nameFromThisMigration =
      op.kind === 'renameColumn' || op.kind === 'dropColumn'
        ? renamedHere.has(`${op.table}\u0000${op.column}`)
        : op.kind === 'renameTable' || op.kind === 'dropTable'
          ? renamedHere.has(op.table)
          : false;
    if (op.kind === 'renameColumn') renamedHere.add(`${op.table}\u0000${op.newName}`);
    if (op.kind === 'renameTable') renamedHere.add(op.newName);
    let deprecated = false;
    if (op.kind === 'dropTable') deprecated = Boolean(table?.deprecated) || opts.deprecations.tables.has(op.table);
    if (op.kind === 'dropColumn') {
      deprecated = Boolean(column?.deprecated) || opts.deprecations.columns.has(`${op.table}.${op.column}`);
    }

    let restoresNoDefault: Op[] | null = null;
    if (op.kind === 'setDefault' || (op.kind === 'dropDefault' && !op.identity)) {
      const key = `${op.table}\u0000${op.column}`;
      const sets = transientDefaults.get(key);
      if (op.kind === 'dropDefault') {
        restoresNoDefault = sets ?? null;
        transientDefaults.delete(key);
      } else if (sets) sets.push(op);
      else if (column && !column.default) transientDefaults.set(key, [op]);
    }

    let validatedNotNullCheck = false;
    if (op.kind === 'setNotNull' && table) {
      for (const c of table.constraints.values()) {
        if (c.kind === 'check' && c.validated && c.notNullColumn === op.column) validatedNotNullCheck = true;
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
        isSequence: tableName !== null && tableName !== undefined && (op.kind === 'renameTable' ? model.renamesSequence(tableName, op.newName) : model.isSequence(tableName)),
        recreatedLater,
        rebuiltWithSameColumns,
        nameFromThisMigration,
        restoredLater: opts.namedLater !== undefined && (op.kind === 'dropColumn' || op.kind === 'renameColumn' ? opts.namedLater(op.table, op.column) : op.kind === 'dropTable' || op.kind === 'renameTable' ? opts.namedLater(op.table, null) : false),
        guardsCreate: recreatedLater && op.kind === 'dropTable' && op.ifExists && table === null,
        restoresNoDefault,
        emptiedBy: tableName ? emptied.get(tableName) ?? null : null,
        systemCatalog: tableName ? isSystemCatalog(tableName, migration.dialect) : false,
        columnInPrimaryKey: op.kind === 'dropColumn' && table !== null && inPrimaryKey(table, op.column),
        timeZoneUtc: (localUtc ?? sessionUtc) === true,
        indexedBy,
      }, tables, !migration.freshDatabaseOnly),
    );

    switch (op.kind) {
      case 'transaction':
        if (op.action === 'begin') inTxn = true;
        else {
          inTxn = false;
          exclusivelyLocked = NO_LOCKS;
          endTransaction();
        }
        break;
      case 'setLockTimeout':
        // SET LOCAL lasts until the transaction ends; outside a transaction it does nothing.
        if (op.local) localTimeout = inTransaction && op.ms !== null;
        else sessionTimeout = op.ms !== null;
        break;
      case 'addConstraint':
        if (op.constraint.notValid && op.constraint.name) notValidInTxn.add(`${op.table}.${op.constraint.name}`);
        break;
      case 'truncate':
        if (inTransaction) for (const t of op.tables) emptied.set(t, op);
        break;
      case 'other': {
        const tz = op.statement === 'VariableSetStmt' ? /^timezone( local)?=(.*)$/.exec(op.object ?? '') : null;
        if (!tz) break;
        if (tz[1]) localUtc = inTransaction ? isUtc(tz[2]!) : localUtc;
        else sessionUtc = isUtc(tz[2]!);
        break;
      }
      case 'dml':
        if (op.action === 'delete' && !op.hasWhere && inTransaction) emptied.set(op.table, op);
        else if (op.action === 'insert') emptied.delete(op.table);
        break;
      default:
        break;
    }
    const lock = opLock(op, { table, constraint });
    // The lock of a DROP TABLE keeps out only queries on a table that is gone at COMMIT anyway.
    if (inTransaction && !strongLockHeldBy && lock?.mode === 'ACCESS EXCLUSIVE' && tableExisted && op.kind !== 'dropTable') strongLockHeldBy = op;
    if (lock?.mode === 'ACCESS EXCLUSIVE' && op.kind !== 'dropTable') {
      const fresh = lock.tables.filter((t) => !exclusivelyLocked.has(t) && tables.find((f) => f.name === t)?.existed !== false);
      if (fresh.length) exclusivelyLocked = new Map([...exclusivelyLocked, ...fresh.map((t) => [t, op] as const)]);
    }
    if (!inTransaction) endTransaction();
    // CREATE TABLE IF NOT EXISTS on a table the model knows creates nothing.
    if (op.kind === 'createTable' && !(op.ifNotExists && table)) createdHere.add(op.table);
    model.apply(op, migration.isNew);
    if (op.kind === 'dropTable') createdHere.delete(op.table);
    if (op.kind === 'renameTable' && createdHere.delete(op.table)) createdHere.add(op.newName);
  }
  return facts;
}

/**
 * Applies a migration's upgrade ops to the model as walkMigration does, recording no facts (for
 * a history migration nothing reads them: 10,000 history statements cost as much to record as
 * to apply). Returns an empty map.
 */
export function replayMigration(model: SchemaModel, migration: Migration): Map<Op, OpFacts> {
  for (const op of migration.up) model.apply(op, migration.isNew);
  return new Map();
}

/** Facts for an op no walk has seen (down ops): conservative defaults. */
export const UNKNOWN_FACTS: OpFacts = {
  tables: new Map(),
  existed: () => true,
  inTransaction: false,
  tableExisted: true,
  table: null,
  column: null,
  lockTimeoutSet: false,
  strongLockHeldBy: null,
  exclusivelyLocked: new Map(),
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
  indexedBy: () => true,
};

const NO_LOCKS: ReadonlyMap<string, Op> = new Map();

/** A statement's identity: the id its front end gave the ops of one statement, else its position and text. */
function statementKey(op: Op): string {
  if (op.statementId !== undefined) return `#${op.statementId}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}:${op.sql ?? ''}`;
}

/** Zones PostgreSQL keeps at offset 0 all year (its check for the timestamp ↔ timestamptz rewrite asks for offset 0). */
const UTC_ZONES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'uct', 'etc/uct', 'zulu', 'etc/zulu', 'universal', 'etc/universal', 'greenwich', 'etc/greenwich', 'gmt0', 'etc/gmt0', 'gmt+0', 'gmt-0', 'etc/gmt+0', 'etc/gmt-0', 'z', '0', '+00', '+00:00']);

function isUtc(value: string): boolean {
  return UTC_ZONES.has(value.trim().toLowerCase());
}

/** Whether a column is one of its table's primary key columns (read before the op changes the table). */
function inPrimaryKey(table: TableState, column: string): boolean {
  const wanted = column.toLowerCase();
  for (const c of table.constraints.values()) if (c.kind === 'primaryKey' && c.columns.some((col) => col.toLowerCase() === wanted)) return true;
  return false;
}
