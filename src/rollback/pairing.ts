import type { ConstraintSpec, Migration, Op, OpOf, SqlType } from '../ir.js';
import type { OpFacts } from '../schema/facts.js';
import { narrowingLoss } from './narrowing.js';
import { defaultIndexName } from '../schema/index-names.js';
import { defaultConstraintName } from '../schema/constraint-names.js';

/** Facts the schema replay recorded for an up op (undefined when the op was never walked). */
export type FactsLookup = (op: Op) => OpFacts | undefined;

/** What the schema replay knows, for the pairing: per-op facts (which tables predate the change, as of each op). */
export interface PairingContext {
  facts?: FactsLookup;
  /**
   * What replaying the upgrade and then the downgrade on the schema model does not give back
   * (src/schema/round-trip.ts `roundTripDifferences`); absent when that cannot be told.
   */
  roundTripDifferences?: () => ReadonlySet<string>;
}

/** Column ops whose whole effect the schema model holds (type, nullability, default, existence). */
const COLUMN_OPS = new Set<Op['kind']>(['addColumn', 'dropColumn', 'renameColumn', 'alterColumnType', 'setNotNull', 'dropNotNull', 'setDefault', 'dropDefault']);

/** Whether everything `op` changes comes back as it was after the replayed round trip (`differs`: what does not). */
function restoredByRoundTrip(op: Op, differs: ReadonlySet<string>): boolean {
  // An enum that comes back different makes every type and default change of the round trip suspect
  // (columns name the type, not its values).
  if ([...differs].some((d) => d.startsWith('enum:')) && ['createEnum', 'dropEnum', 'alterColumnType', 'setDefault', 'dropDefault'].includes(op.kind)) return false;
  if (op.kind === 'createEnum' || op.kind === 'dropEnum') return !differs.has(`enum:${op.name}`);
  // DROP INDEX names only the index: settled when no table's indexes come back different.
  if (op.kind === 'dropIndex' && !op.table) return ![...differs].some((d) => d.endsWith('#indexes'));
  const t = tableOf(op);
  if (!t || differs.has(t)) return false;
  if (COLUMN_OPS.has(op.kind)) {
    const cols = op.kind === 'renameColumn' ? [`${t}.${op.column}`, `${t}.${op.newName}`] : columnsOf(op);
    return cols.every((c) => !differs.has(c));
  }
  if (op.kind === 'createIndex' || op.kind === 'dropIndex') return !differs.has(`${t}#indexes`);
  if (op.kind === 'addConstraint' || op.kind === 'dropConstraint') return !differs.has(`${t}#constraints`);
  if (op.kind === 'createTable' || op.kind === 'dropTable' || op.kind === 'renameTable') {
    const names = op.kind === 'renameTable' ? [t, op.newName] : [t];
    return names.every((n) => ![...differs].some((d) => d === n || d.startsWith(`${n}.`) || d.startsWith(`${n}#`)));
  }
  return false;
}

/** An upgrade op whose inverse the downgrade lacks. */
export interface MissingInverse {
  op: Op;
  /** The object in plain words: `index users_email_idx on users`. */
  object: string;
  /** What the upgrade does, as a verb phrase naming the object: `creates index users_email_idx on users`. */
  change: string;
  /** The statement that would undo it (SQL, or the framework's call). */
  expected: string;
  /** Extra detail when the down touches the object but does not restore it. */
  detail?: string;
}

/** An upgrade op no downgrade can undo (PostgreSQL has no ALTER TYPE ... DROP VALUE). */
export interface NotInvertible {
  op: Op;
  object: string;
  reason: string;
}

export interface UnmatchedDown {
  op: Op;
  object: string;
  /** What the down op does, as a verb phrase naming the object. */
  change: string;
}

export type DataLossKind = 'table' | 'column' | 'rows' | 'type' | 'schema';

/** Data the upgrade destroys that no downgrade brings back. */
export interface DataLoss {
  op: Op;
  kind: DataLossKind;
  /** Table whose data is at risk (null for a schema/database drop). */
  table: string | null;
  column: string | null;
  /** Schema or database name for kind `schema`. */
  schema?: string;
  schemaTarget?: 'schema' | 'database';
  /** For the readiness table: `column users.legacy_email`. */
  object: string;
  /** What happens to the data, in plain words. */
  what: string;
  /** Why the downgrade cannot bring it back. */
  why: string;
  /** The downgrade recreates the object's shape (empty table / column), so a data-only restore fits. */
  shapeRestored: boolean;
  /** Primary key columns of the table, when the history declares them (restore joins on them). */
  key: string[];
}

/** The static pairing of one migration's upgrade with its downgrade. */
export interface RollbackPairing {
  /** The upgrade only moves data (inserts, updates, vacuum): it leaves the schema as it was. */
  dataOnly: boolean;
  /** The layout or framework has down parts (plain SQL, Prisma and undo-less Flyway have none). */
  expectsDown: boolean;
  /** A down part exists and contains at least one statement/op. */
  downPresent: boolean;
  /** The down part exists but is empty, absent, or refuses to run. */
  downUnusable: string | null;
  /** Upgrade ops that need an inverse, and how many of them have one. */
  needInverse: number;
  inverted: number;
  missing: MissingInverse[];
  notInvertible: NotInvertible[];
  unmatchedDown: UnmatchedDown[];
  dataLoss: DataLoss[];
  /** Ops that could not be parsed or resolved statically (up or down). */
  unanalyzable: { op: Op; side: 'up' | 'down' }[];
}

/** Ops that change nothing a downgrade must undo (session settings, transactions, maintenance, comments). */
const NEUTRAL = new Set<Op['kind']>(['setLockTimeout', 'transaction', 'vacuum', 'cluster', 'reindex', 'comment', 'validateConstraint', 'dml', 'truncate', 'dropSchema', 'alterTableOption']);
/** `other` statements that create a named object; their inverse is a DROP of the same object. */
const CREATING_STATEMENTS = new Set(['ViewStmt', 'CreateSeqStmt', 'CreateTableAsStmt', 'CreateMatViewStmt']);

const base = (name: string): string => name.split('.').pop() ?? name;

/** The SQL word for an unmodelled object an `other` op creates, for messages. */
const OTHER_OBJECT: Record<string, string> = { ViewStmt: 'VIEW', CreateSeqStmt: 'SEQUENCE', CreateTableAsStmt: 'MATERIALIZED VIEW', CreateMatViewStmt: 'MATERIALIZED VIEW' };


/**
 * The names a constraint added without a name can be dropped by: PostgreSQL's (which the schema
 * model uses too) and MySQL's `PRIMARY` for a primary key.
 */
function defaultConstraintNames(table: string, c: ConstraintSpec): string[] {
  return c.kind === 'primaryKey' ? [defaultConstraintName(table, c), 'primary'] : [defaultConstraintName(table, c)];
}

function sameType(a: SqlType, b: SqlType): boolean {
  return a.name === b.name && a.array === b.array && a.args.length === b.args.length && a.args.every((v, i) => v === b.args[i]);
}

/** A short, stable description of the object an op acts on. */
export function describeObject(op: Op): string {
  switch (op.kind) {
    case 'createTable':
    case 'dropTable':
    case 'renameTable':
      return `table ${op.table}`;
    case 'addColumn':
      return `column ${op.table}.${op.column.name}`;
    case 'dropColumn':
    case 'renameColumn':
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
      return `column ${op.table}.${op.column}`;
    case 'createIndex':
      return `index ${op.name ?? defaultIndexName(op.table, op.columns)} on ${op.table}`;
    case 'dropIndex':
      return `index ${op.name}`;
    case 'addConstraint':
      return `constraint ${op.constraint.name ?? `(${op.constraint.kind} on ${op.constraint.columns.join(', ')})`} on ${op.table}`;
    case 'dropConstraint':
    case 'validateConstraint':
      return `constraint ${op.name} on ${op.table}`;
    case 'createEnum':
    case 'dropEnum':
      return `type ${op.name}`;
    case 'alterEnum':
      return `value '${op.value}' of type ${op.name}`;
    case 'other':
      return op.object ? `${OTHER_OBJECT[op.statement]?.toLowerCase() ?? 'object'} ${op.object}` : op.statement;
    case 'truncate':
      return `table ${op.tables.join(', ')}`;
    case 'dml':
      return `table ${op.table}`;
    default:
      return op.kind;
  }
}

/** What an op does, as a verb phrase naming its object: `creates index users_email_idx on users`. */
export function changeOf(op: Op): string {
  const obj = describeObject(op);
  switch (op.kind) {
    case 'createTable':
    case 'createIndex':
    case 'createEnum':
      return `creates ${obj}`;
    case 'addColumn':
    case 'addConstraint':
      return `adds ${obj}`;
    case 'dropTable':
    case 'dropColumn':
    case 'dropIndex':
    case 'dropConstraint':
    case 'dropEnum':
      return `drops ${obj}`;
    case 'renameTable':
      return `renames ${obj} to ${op.newName}`;
    case 'renameColumn':
      return `renames ${obj} to ${op.newName}`;
    case 'alterColumnType':
      return `changes ${obj} to ${op.type.text}`;
    case 'setNotNull':
      return `sets NOT NULL on ${obj}`;
    case 'dropNotNull':
      return `drops NOT NULL from ${obj}`;
    case 'setDefault':
      return `sets DEFAULT ${op.default.sql} on ${obj}`;
    case 'dropDefault':
      return op.identity ? `drops the identity of ${obj}` : `drops the DEFAULT of ${obj}`;
    case 'alterEnum':
      return op.action === 'addValue' ? `adds ${obj}` : op.action === 'dropValue' ? `removes ${obj}` : `renames ${obj} to '${op.newValue}'`;
    case 'other':
      return `${op.statement === 'DropStmt' ? 'drops' : 'creates'} ${obj}`;
    default:
      return `changes ${obj}`;
  }
}

function q(s: string): string {
  return `'${s.replace(/'/g, "\\'")}'`;
}

/** The statement that undoes `op`, in the migration's own framework where it has a common spelling. */
export function inverseText(op: Op, m: Migration, previousType: SqlType | null): string {
  const fw = m.framework;
  switch (op.kind) {
    case 'createTable':
      return fw === 'alembic' ? `op.drop_table(${q(op.table)})` : fw === 'knex' ? `knex.schema.dropTable(${q(op.table)})` : `DROP TABLE ${op.table};`;
    case 'dropTable':
      return fw === 'alembic' ? `op.create_table(${q(op.table)}, ...)` : fw === 'knex' ? `knex.schema.createTable(${q(op.table)}, (t) => { ... })` : `CREATE TABLE ${op.table} (...) with its columns, constraints and indexes`;
    case 'renameTable':
      return fw === 'alembic' ? `op.rename_table(${q(op.newName)}, ${q(op.table)})` : fw === 'knex' ? `knex.schema.renameTable(${q(op.newName)}, ${q(op.table)})` : `ALTER TABLE ${op.newName} RENAME TO ${base(op.table)};`;
    case 'addColumn':
      return fw === 'alembic' ? `op.drop_column(${q(op.table)}, ${q(op.column.name)})` : fw === 'knex' ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.dropColumn(${q(op.column.name)}); })` : `ALTER TABLE ${op.table} DROP COLUMN ${op.column.name};`;
    case 'dropColumn':
      return fw === 'alembic' ? `op.add_column(${q(op.table)}, sa.Column(${q(op.column)}, ...))` : fw === 'knex' ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.<type>(${q(op.column)}); })` : `ALTER TABLE ${op.table} ADD COLUMN ${op.column} ${previousType?.text ?? '<type>'};`;
    case 'renameColumn':
      return fw === 'alembic' ? `op.alter_column(${q(op.table)}, ${q(op.newName)}, new_column_name=${q(op.column)})` : fw === 'knex' ? `knex.schema.alterTable(${q(op.table)}, (t) => { t.renameColumn(${q(op.newName)}, ${q(op.column)}); })` : `ALTER TABLE ${op.table} RENAME COLUMN ${op.newName} TO ${op.column};`;
    case 'alterColumnType': {
      const t = previousType?.text ?? '<previous type>';
      return fw === 'alembic' ? `op.alter_column(${q(op.table)}, ${q(op.column)}, type_=<${t}>)` : m.dialect === 'mysql' ? `ALTER TABLE ${op.table} MODIFY COLUMN ${op.column} ${t};` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} TYPE ${t};`;
    }
    case 'setNotNull':
      return fw === 'alembic' ? `op.alter_column(${q(op.table)}, ${q(op.column)}, nullable=True)` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} DROP NOT NULL;`;
    case 'dropNotNull':
      return fw === 'alembic' ? `op.alter_column(${q(op.table)}, ${q(op.column)}, nullable=False)` : `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} SET NOT NULL;`;
    case 'setDefault':
    case 'dropDefault':
      if (op.kind === 'dropDefault' && op.identity) return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} ADD GENERATED BY DEFAULT AS IDENTITY;`;
      return `ALTER TABLE ${op.table} ALTER COLUMN ${op.column} ${op.kind === 'setDefault' ? 'DROP DEFAULT (or SET DEFAULT <previous default>)' : 'SET DEFAULT <previous default>'};`;
    case 'createIndex': {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      if (fw === 'alembic') return `op.drop_index(${q(name)}, table_name=${q(op.table)})`;
      if (fw === 'knex') return `knex.schema.alterTable(${q(op.table)}, (t) => { t.dropIndex([], ${q(name)}); })`;
      return m.dialect === 'mysql' ? `DROP INDEX ${name} ON ${op.table};` : `DROP INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${name};`;
    }
    case 'dropIndex':
      return fw === 'alembic' ? `op.create_index(${q(op.name)}, ...)` : `CREATE INDEX ${op.name} ON ${op.table ?? '<table>'} (...);`;
    case 'addConstraint': {
      const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
      if (fw === 'alembic') return `op.drop_constraint(${q(name)}, ${q(op.table)})`;
      if (m.dialect === 'mysql' && op.constraint.kind === 'foreignKey') return `ALTER TABLE ${op.table} DROP FOREIGN KEY ${name};`;
      return `ALTER TABLE ${op.table} DROP CONSTRAINT ${name};`;
    }
    case 'dropConstraint':
      return fw === 'alembic' ? `op.create_..._constraint(${q(op.name)}, ${q(op.table)}, ...)` : `ALTER TABLE ${op.table} ADD CONSTRAINT ${op.name} ...;`;
    case 'createEnum':
      return `DROP TYPE ${op.name};`;
    case 'dropEnum':
      return `CREATE TYPE ${op.name} AS ENUM (...);`;
    case 'alterEnum':
      return op.action === 'renameValue' ? `ALTER TYPE ${op.name} RENAME VALUE '${op.newValue}' TO '${op.value}';` : `ALTER TYPE ${op.name} ADD VALUE '${op.value}';`;
    case 'other':
      return op.statement === 'DropStmt' ? `the CREATE statement for ${op.object}` : `DROP ${OTHER_OBJECT[op.statement] ?? '<object>'} ${op.object};`;
    default:
      return 'the inverse statement';
  }
}

/** Columns (`table.column`) an op involves, for coverage by a dropped column. */
function columnsOf(op: Op): string[] {
  switch (op.kind) {
    case 'addColumn':
      return [`${op.table}.${op.column.name}`];
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
    case 'dropColumn':
    case 'renameColumn':
      return [`${op.table}.${op.column}`];
    case 'createIndex':
      return op.columns.map((c) => `${op.table}.${c}`);
    case 'addConstraint':
      return op.constraint.columns.map((c) => `${op.table}.${c}`);
    default:
      return [];
  }
}

function tableOf(op: Op): string | null {
  return 'table' in op && typeof op.table === 'string' ? op.table : null;
}

const PROPERTY_GROUP: Partial<Record<Op['kind'], string>> = {
  setNotNull: 'null', dropNotNull: 'null', setDefault: 'default', dropDefault: 'default', alterColumnType: 'type',
};

/**
 * Whether `d` (a downgrade op) undoes `up`. Column-property ops (nullability, default, type)
 * count by property: MySQL's MODIFY restates every property, so the down's MODIFY back emits a
 * full set of ops whatever it changes.
 */
/**
 * Names a constraint may have on the server besides the one written: Alembic projects commonly set
 * SQLAlchemy's documented check-constraint convention `ck_%(table_name)s_%(constraint_name)s`, so
 * `create_check_constraint('positive', 'orders', …)` creates `ck_orders_positive`.
 */
function conventionNames(m: Pick<Migration, 'framework'> | null, table: string, c: ConstraintSpec): string[] {
  if (m?.framework !== 'alembic' || c.kind !== 'check' || !c.name) return [];
  return [`ck_${base(table)}_${base(c.name)}`];
}

function inverts(up: Op, d: Op, facts: OpFacts | undefined, m: Pick<Migration, 'framework'> | null = null): boolean {
  switch (up.kind) {
    case 'createTable':
      return d.kind === 'dropTable' && d.table === up.table;
    case 'dropTable':
      return d.kind === 'createTable' && d.table === up.table;
    case 'renameTable':
      return d.kind === 'renameTable' && d.table === up.newName && base(d.newName) === base(up.table);
    case 'addColumn':
      return d.kind === 'dropColumn' && d.table === up.table && d.column === up.column.name;
    case 'dropColumn':
      return d.kind === 'addColumn' && d.table === up.table && d.column.name === up.column;
    case 'renameColumn':
      return d.kind === 'renameColumn' && d.table === up.table && d.column === up.newName && d.newName === up.column;
    case 'alterColumnType':
      return d.kind === 'alterColumnType' && d.table === up.table && d.column === up.column;
    case 'setNotNull':
    case 'dropNotNull': {
      if (d.kind !== 'setNotNull' && d.kind !== 'dropNotNull') return false;
      if (d.table !== up.table || d.column !== up.column) return false;
      // With the column's previous state known, the down must restore exactly that state.
      if (facts?.column) return (d.kind === 'setNotNull') === facts.column.notNull;
      return d.kind !== up.kind;
    }
    case 'setDefault':
    case 'dropDefault':
      // DROP IDENTITY is undone by ADD GENERATED ... AS IDENTITY on the column.
      if (up.kind === 'dropDefault' && up.identity) return d.kind === 'alterTableOption' && d.option === 'identity' && d.table === up.table && d.detail.endsWith(` on ${up.column}`);
      return (d.kind === 'setDefault' || d.kind === 'dropDefault') && d.table === up.table && d.column === up.column;
    case 'createIndex': {
      const name = base(up.name ?? defaultIndexName(up.table, up.columns));
      if (d.kind === 'dropIndex') return base(d.name) === name;
      // MySQL: an index added through ALTER TABLE ... ADD UNIQUE is dropped by DROP INDEX / DROP KEY, which can lower to dropConstraint.
      return d.kind === 'dropConstraint' && base(d.name) === name;
    }
    case 'dropIndex':
      return (d.kind === 'createIndex' && base(d.name ?? defaultIndexName(d.table, d.columns)) === base(up.name)) ||
        (d.kind === 'addConstraint' && d.constraint.name !== null && base(d.constraint.name) === base(up.name));
    case 'addConstraint': {
      const c = up.constraint;
      const names = c.name ? [c.name, ...conventionNames(m, up.table, c)] : defaultConstraintNames(up.table, c);
      if (d.kind === 'dropConstraint') return d.table === up.table && names.includes(d.name);
      // MySQL drops UNIQUE/PRIMARY KEY constraints as indexes.
      if (d.kind === 'dropIndex' && (c.kind === 'unique' || c.kind === 'primaryKey')) return names.some((n) => base(n) === base(d.name));
      return false;
    }
    case 'dropConstraint':
      if (d.kind === 'addConstraint') {
        if (d.table !== up.table) return false;
        if (d.constraint.name) return d.constraint.name === up.name;
        return defaultConstraintNames(d.table, d.constraint).includes(up.name);
      }
      return d.kind === 'createIndex' && d.name !== null && base(d.name) === base(up.name);
    case 'createEnum':
      return d.kind === 'dropEnum' && d.name === up.name;
    case 'dropEnum':
      return d.kind === 'createEnum' && d.name === up.name;
    case 'alterEnum':
      if (d.kind !== 'alterEnum' || d.name !== up.name) return false;
      if (up.action === 'renameValue') return d.action === 'renameValue' && d.value === up.newValue && d.newValue === up.value;
      if (up.action === 'addValue') return d.action === 'dropValue' && d.value === up.value;
      return d.action === 'addValue' && d.value === up.value;
    case 'other':
      if (!up.object || d.kind !== 'other' || d.object !== up.object) return false;
      return up.statement === 'DropStmt' ? d.statement !== 'DropStmt' : d.statement === 'DropStmt' || d.statement === up.statement;
    default:
      return false;
  }
}

/**
 * Lookup keys for `inverts`: an up op and a down op it can invert always share one (the table, the
 * column, the index or constraint name, the enum, the object), so the pairing looks at the down
 * ops under the up op's keys instead of scanning the whole downgrade for every up op (quadratic:
 * seconds for a few thousand `change` calls).
 */
const key = (...parts: string[]): string => parts.join('\u0000');

function downKeys(d: Op): string[] {
  switch (d.kind) {
    case 'createTable':
    case 'dropTable':
    case 'renameTable':
    case 'alterTableOption':
      return [key('t', d.table)];
    case 'addColumn':
      return [key('c', d.table, d.column.name)];
    case 'dropColumn':
    case 'renameColumn':
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
    case 'dropDefault':
      return [key('c', d.table, d.column)];
    case 'createIndex':
      return [key('n', base(d.name ?? defaultIndexName(d.table, d.columns)))];
    case 'dropIndex':
    case 'dropConstraint':
      return [key('n', base(d.name))];
    case 'addConstraint':
      return (d.constraint.name ? [d.constraint.name] : defaultConstraintNames(d.table, d.constraint)).map((n) => key('n', base(n)));
    case 'createEnum':
    case 'dropEnum':
    case 'alterEnum':
      return [key('e', d.name)];
    case 'other':
      return d.object ? [key('o', d.object)] : [];
    default:
      return [];
  }
}

function upKeys(up: Op, m: Pick<Migration, 'framework'> | null = null): string[] {
  switch (up.kind) {
    case 'createTable':
    case 'dropTable':
      return [key('t', up.table)];
    case 'renameTable':
      return [key('t', up.newName)];
    case 'addColumn':
      return [key('c', up.table, up.column.name)];
    case 'renameColumn':
      return [key('c', up.table, up.newName)];
    case 'dropDefault':
      return up.identity ? [key('t', up.table)] : [key('c', up.table, up.column)];
    case 'dropColumn':
    case 'alterColumnType':
    case 'setNotNull':
    case 'dropNotNull':
    case 'setDefault':
      return [key('c', up.table, up.column)];
    case 'createIndex':
      return [key('n', base(up.name ?? defaultIndexName(up.table, up.columns)))];
    case 'dropIndex':
    case 'dropConstraint':
      return [key('n', base(up.name))];
    case 'addConstraint':
      return (up.constraint.name ? [up.constraint.name, ...conventionNames(m, up.table, up.constraint)] : defaultConstraintNames(up.table, up.constraint)).map((n) => key('n', base(n)));
    case 'createEnum':
    case 'dropEnum':
    case 'alterEnum':
      return [key('e', up.name)];
    case 'other':
      return up.object ? [key('o', up.object)] : [];
    default:
      return [];
  }
}

/** An upgrade that only changes data (inserts, updates, deletes) and needs no schema downgrade. */
export function isDataOnly(ops: readonly Op[]): boolean {
  // VALIDATE CONSTRAINT and REINDEX change no definition either: nothing for a downgrade to undo.
  // A loop's "how often is unknown" report hides nothing when its body was read in full (repeatsOnly).
  // A SELECT (the rows a data migration loops over) reads only.
  const data = ops.filter((op) => !(op.kind === 'unparsed' && op.repeatsOnly) && !(op.kind === 'other' && /^select/i.test(op.statement)));
  return data.length > 0 && data.every((op) => op.kind === 'dml' || op.kind === 'transaction' || op.kind === 'setLockTimeout' || op.kind === 'vacuum' || op.kind === 'validateConstraint' || op.kind === 'reindex');
}

/** Whether an up op needs an inverse at all. */
function needsInverse(op: Op, facts: OpFacts | undefined): boolean {
  if (NEUTRAL.has(op.kind) || op.kind === 'unparsed') return false;
  if (op.kind === 'other') return Boolean(op.object) && (CREATING_STATEMENTS.has(op.statement) || op.statement === 'DropStmt');
  const col = facts?.column;
  // A property set to the value it already had (MySQL MODIFY restates everything) changes nothing.
  if (col) {
    if (op.kind === 'setNotNull' && col.notNull) return false;
    if (op.kind === 'dropNotNull' && !col.notNull) return false;
    if (op.kind === 'dropDefault' && !col.default) return false;
    if (op.kind === 'alterColumnType' && col.type && sameType(col.type, op.type)) return false;
  }
  return true;
}

/**
 * Whether the op is a down op that must correspond to something in the upgrade. Unmodelled
 * statements (DROP TRIGGER, DROP EXTENSION, DROP FUNCTION...) never count: the upgrade's CREATE
 * of the same object is not modelled either, so "matches nothing" would be a false alarm.
 */
function downNeedsMatch(op: Op): boolean {
  return !NEUTRAL.has(op.kind) && op.kind !== 'unparsed' && op.kind !== 'other';
}

/** How the absent down part is called in the migration's own layout. */
function missingDownText(m: Migration): string {
  if (m.framework === 'alembic') return 'there is no downgrade() function';
  if (m.framework === 'knex') return 'there is no down function';
  switch (m.layout) {
    case 'dbmate':
      return 'there is no `-- migrate:down` section';
    case 'flyway':
      return 'there is no undo (U) migration';
    default:
      return 'there is no down migration file';
  }
}

function expectsDownPart(m: Migration): boolean {
  return m.expectsDown;
}

function primaryKeyOf(facts: OpFacts | undefined): string[] {
  for (const c of facts?.table?.constraints.values() ?? []) if (c.kind === 'primaryKey') return c.columns;
  return [];
}

/**
 * Data the upgrade destroys. Objects created by the change under test hold no production data
 * yet, so dropping or truncating them loses nothing (the same exemption the locking rules use).
 */
function dataLossOf(m: Migration, up: readonly Op[], factsOf: FactsLookup, down: readonly Op[], written: (op: Op) => Op): DataLoss[] {
  const out: DataLoss[] = [];
  // A table the down creates under another name and renames to this one is re-created too.
  const createdAs = (table: string) => down.some((d) => d.kind === 'createTable' && d.table === table);
  const downCreates = (table: string) => createdAs(table) || down.some((d) => d.kind === 'renameTable' && base(d.newName) === base(table) && createdAs(d.table));
  // `ALTER TABLE t_new RENAME TO t` in the down: a table of the dropped one's name is back (see restoringRenames).
  const downRenamesTo = (table: string) => down.find((d): d is OpOf<'renameTable'> => d.kind === 'renameTable' && base(d.newName) === base(table));
  const downAdds = (table: string, column: string) => downCreates(table) || down.some((d) => d.kind === 'addColumn' && d.table === table && d.column.name === column);
  const noDown = m.down === null || m.down.length === 0;
  const gone = noDown ? 'there is no downgrade to run' : '';
  // Tables this upgrade created before the op: the post-migration model cannot tell (they may be gone again).
  const createdSoFar = new Set<string>();
  // Tables an INSERT … SELECT of this upgrade has copied rows from so far.
  const copiedFrom = new Set<string>();
  for (const op of up) {
    if (op.kind === 'createTable') createdSoFar.add(op.table);
    // Into a table this upgrade created: the new home of the rows, not a log of some of them.
    // CREATE TABLE ... AS SELECT fills the new table from the tables its query reads.
    if (op.kind === 'createTable' && op.asSelect) for (const t of op.reads ?? []) if (t !== op.table) copiedFrom.add(t);
    if (op.kind === 'dml' && op.action === 'insert' && createdSoFar.has(tableOf(written(op)) ?? '')) for (const t of op.reads ?? []) if (t !== op.table) copiedFrom.add(t);
    const f = factsOf(op);
    // Matched under the table's former name; reported under the one the statement uses.
    const shownTable = tableOf(written(op)) ?? '';
    const key = primaryKeyOf(f);
    switch (op.kind) {
      case 'dropTable':
        // DROP TABLE IF EXISTS x; CREATE TABLE x on a table no migration made: nothing known to lose.
        if (f && (!f.tableExisted || f.guardsCreate)) break;
        // A rebuild copied its rows into a table this upgrade created (INSERT INTO t SELECT … FROM old_t).
        if (copiedFrom.has(op.table)) break;
        {
          const renamed = downCreates(op.table) ? undefined : downRenamesTo(op.table);
          out.push({
            op, kind: 'table', table: op.table, column: null, key, object: `table ${op.table}`,
            what: `drops table ${op.table} with all its rows`,
            why: gone || (downCreates(op.table) ? 'the downgrade re-creates the table empty' : renamed ? `the downgrade renames ${renamed.table} to ${op.table}, which holds none of its rows` : 'the downgrade does not re-create the table'),
            shapeRestored: downCreates(op.table) || Boolean(renamed),
          });
        }
        break;
      case 'dropColumn':
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        // The downgrade re-adds the column and recomputes it from columns that are still there
        // (the upgrade moved or derived the data before dropping it): nothing is lost.
        if (downAdds(op.table, op.column) && down.some((d) => d.kind === 'dml' && d.table === op.table && d.derives?.includes(op.column))) break;
        out.push({
          op: written(op), kind: 'column', table: shownTable, column: op.column, key, object: `column ${shownTable}.${op.column}`,
          what: `drops column ${shownTable}.${op.column} and every value in it`,
          why: gone || (downAdds(op.table, op.column) ? 'the downgrade re-adds the column, but empty (NULL or its default in every row)' : 'the downgrade does not re-add the column'),
          shapeRestored: downAdds(op.table, op.column),
        });
        break;
      case 'truncate':
        for (const t of op.tables) {
          if (f ? !f.existed(t) : createdSoFar.has(t)) continue;
          out.push({ op, kind: 'rows', table: t, column: null, key, object: `rows of ${t}`, what: `deletes every row of ${t} (TRUNCATE)`, why: gone || 'a downgrade changes the schema back but cannot re-insert deleted rows', shapeRestored: true });
        }
        break;
      case 'dml':
        if (op.action !== 'delete' || (f && !f.tableExisted)) break;
        out.push({
          op: written(op), kind: 'rows', table: shownTable, column: null, key, object: `rows of ${shownTable}`,
          what: op.hasWhere ? `deletes the rows of ${shownTable} that match its WHERE condition` : `deletes every row of ${shownTable} (DELETE without WHERE)`,
          why: gone || 'a downgrade changes the schema back but cannot re-insert deleted rows', shapeRestored: true,
        });
        break;
      case 'alterColumnType': {
        if (f && (!f.tableExisted || f.column?.createdInChange)) break;
        const loss = narrowingLoss(m.dialect, f?.column?.type ?? null, op.type, op.using, op.column);
        if (!loss) break;
        out.push({
          op: written(op), kind: 'type', table: shownTable, column: op.column, key, object: `values of ${shownTable}.${op.column}`,
          what: `narrows column ${shownTable}.${op.column}: ${loss}`,
          why: gone || 'changing the type back in the downgrade widens the column but cannot restore the cut or rounded values',
          shapeRestored: !noDown,
        });
        break;
      }
      case 'dropSchema':
        out.push({
          op, kind: 'schema', table: null, column: null, key: [], schema: op.name, schemaTarget: op.target, object: `${op.target} ${op.name}`,
          what: `drops ${op.target} ${op.name} and everything in it`, why: gone || 'no downgrade can bring back the dropped objects and their data', shapeRestored: false,
        });
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * Pairs every upgrade op with its inverse in the downgrade. The one place that decides what
 * "the downgrade undoes the upgrade" means: the downgrade-mismatch and irreversible-data-loss
 * rules and the rollback verdict all read this.
 */
export function pairRollback(m: Migration, ctx: PairingContext = {}): RollbackPairing {
  return computePairing(m, ctx);
}

const CREATES = new Set<Op['kind']>(['createIndex', 'createTable', 'addColumn', 'addConstraint']);
const REMOVES = new Set<Op['kind']>(['dropIndex', 'dropTable', 'dropColumn', 'dropConstraint']);

/** The object an op of the upgrade creates or removes, under the keys the down lookup uses. */
function objectKeys(op: Op): string[] {
  return CREATES.has(op.kind) || REMOVES.has(op.kind) ? downKeys(op) : [];
}

/**
 * Ops the upgrade itself undoes (a helper index created for a data migration and dropped at its
 * end, a scratch table): together they change nothing, so neither needs an inverse in the down.
 * Later ops are looked up by the object they name, so this stays linear.
 */
function undoneWithinUp(up: readonly Op[], factsOf: FactsLookup): Set<Op> {
  // The removing ops by the object they name, in order; each list is consumed front to back
  // (creates are visited in order too), so every op is looked at a bounded number of times.
  const removals = new Map<string, { ops: { op: Op; at: number }[]; next: number }>();
  up.forEach((op, at) => {
    if (!REMOVES.has(op.kind)) return;
    for (const key of objectKeys(op)) {
      let list = removals.get(key);
      if (!list) removals.set(key, (list = { ops: [], next: 0 }));
      list.ops.push({ op, at });
    }
  });
  const undone = new Set<Op>();
  up.forEach((op, i) => {
    // Only an object this upgrade creates and then removes is no change; a drop followed by a
    // create of the same name replaces the object (a redefined index), which the down must undo.
    if (!CREATES.has(op.kind)) return;
    for (const key of objectKeys(op)) {
      const list = removals.get(key);
      if (!list) continue;
      while (list.next < list.ops.length && (list.ops[list.next]!.at < i || undone.has(list.ops[list.next]!.op))) list.next++;
      const candidate = list.ops[list.next];
      if (candidate && inverts(op, candidate.op, factsOf(op))) {
        list.next++;
        undone.add(op);
        undone.add(candidate.op);
        return;
      }
    }
  });
  // A default set on a column known to have had none and dropped again later (an ORM filling the
  // NULLs before SET NOT NULL through a temporary default) leaves no default behind.
  for (const op of up) {
    const sets = op.kind === 'dropDefault' ? factsOf(op)?.restoresNoDefault : null;
    if (sets) for (const o of [...sets, op]) undone.add(o);
  }
  // `DROP … IF EXISTS x; CREATE … x` of an object no migration made yet: the drop only guards the
  // create against a half-applied earlier run, and drops nothing.
  const createdLater = new Set<string>();
  for (let i = up.length - 1; i >= 0; i--) {
    const op = up[i]!;
    const keys = objectKeys(op);
    if (CREATES.has(op.kind)) for (const key of keys) createdLater.add(key);
    else if (keys.some((key) => createdLater.has(key))) {
      const facts = factsOf(op);
      if ((op.kind === 'dropIndex' && op.ifExists && facts && facts.table === null) || (op.kind === 'dropTable' && facts?.guardsCreate)) undone.add(op);
    }
  }
  // Everything done to a scratch table (created and dropped by this upgrade) goes with it: its
  // indexes, columns and constraints need no inverse either.
  const scratch = new Set([...undone].flatMap((op) => (op.kind === 'createTable' ? [op.table] : [])));
  if (scratch.size) for (const op of up) if (!undone.has(op) && scratch.has(tableOf(op) ?? '')) undone.add(op);
  return undone;
}

/** Ops that make, drop or rename a table itself: they pair by the names they write. */
const TABLE_OPS = new Set<Op['kind']>(['createTable', 'dropTable', 'renameTable']);

/**
 * The up and down ops with each table under the name it had before the upgrade, and the op as
 * written for each (`written`). After `ALTER TABLE user_ RENAME TO person` the upgrade's ops on
 * person act on the table that was user_, and so do the downgrade's ops on user_ once it has
 * renamed person back: `DROP COLUMN person.email` is undone by the down's `ADD COLUMN user_.email`.
 * A table the upgrade creates keeps its name through a down that renames it (`community_new
 * RENAME TO community`): the down's ops on it then pair with the upgrade's ops on community_new.
 */
function underFormerNames(up: readonly Op[], down: readonly Op[]): { up: Op[]; down: Op[]; written: (op: Op) => Op; paired: (op: Op) => Op } {
  const former = new Map<string, string>();
  const shownAs = new Map<Op, Op>();
  const pairedAs = new Map<Op, Op>();
  const walk = (ops: readonly Op[]): Op[] =>
    ops.map((op) => {
      if (op.kind === 'renameTable') {
        const was = former.get(op.table) ?? op.table;
        former.delete(op.table);
        former.set(op.newName, was);
        return op;
      }
      // A table created or dropped under a name is that table from then on.
      if (op.kind === 'createTable' || op.kind === 'dropTable') {
        former.delete(op.table);
        return op;
      }
      const t = TABLE_OPS.has(op.kind) ? null : tableOf(op);
      const was = t === null ? undefined : former.get(t);
      if (was === undefined || was === t) return op;
      const renamed = { ...op, table: was } as Op;
      shownAs.set(renamed, op);
      pairedAs.set(op, renamed);
      return renamed;
    });
  const paired = { up: walk(up), down: walk(down) };
  return { ...paired, written: (op) => shownAs.get(op) ?? op, paired: (op) => pairedAs.get(op) ?? op };
}

function computePairing(m: Migration, ctx: PairingContext): RollbackPairing {
  // Ops are paired by the names their tables had before the upgrade (see underFormerNames); what
  // is reported is the op as written.
  const { up, down, written, paired } = underFormerNames(m.up, m.down ?? []);
  const factsOf: FactsLookup = (op) => ctx.facts?.(written(op));
  const expectsDown = expectsDownPart(m);
  const downPresent = down.length > 0;
  const undoneInUp = undoneWithinUp(up, factsOf);
  const needsDown = (op: Op) => !undoneInUp.has(op) && needsInverse(op, factsOf(op));
  let downUnusable: string | null = null;
  if (m.downIrreversible) downUnusable = `the downgrade refuses to run: ${m.downIrreversible.reason}`;
  else if (expectsDown && m.down === null) downUnusable = missingDownText(m);
  else if (expectsDown && !downPresent && up.some(needsDown)) downUnusable = 'the downgrade is empty';

  const unanalyzable = [
    ...m.up.filter((op) => op.kind === 'unparsed').map((op) => ({ op, side: 'up' as const })),
    ...(m.down ?? []).filter((op) => op.kind === 'unparsed').map((op) => ({ op, side: 'down' as const })),
  ];
  const dataLoss = dataLossOf(m, up, factsOf, down, written);
  const result: RollbackPairing = { dataOnly: isDataOnly(m.up), expectsDown, downPresent, downUnusable, needInverse: 0, inverted: 0, missing: [], notInvertible: [], unmatchedDown: [], dataLoss, unanalyzable };
  if (!expectsDown || downUnusable) {
    result.needInverse = up.filter(needsDown).length;
    return result;
  }

  const createdInUp = new Set(up.flatMap((op) => (op.kind === 'createTable' ? [op.table] : [])));
  const addedInUp = new Set(up.flatMap((op) => (op.kind === 'addColumn' ? [`${op.table}.${op.column.name}`] : [])));
  const enumsInUp = new Set(up.flatMap((op) => (op.kind === 'createEnum' ? [op.name] : [])));
  const droppedInDown = new Set(down.flatMap((op) => (op.kind === 'dropTable' ? [op.table] : [])));
  const columnsDroppedInDown = new Set(down.flatMap((op) => (op.kind === 'dropColumn' ? [`${op.table}.${op.column}`] : [])));
  const enumsDroppedInDown = new Set(down.flatMap((op) => (op.kind === 'dropEnum' ? [op.name] : [])));
  // ADD CONSTRAINT ... USING INDEX hands the index to the constraint: dropping the constraint drops it.
  const indexOwnedBy = new Map<string, string>();
  for (const op of up) if (op.kind === 'addConstraint' && op.constraint.usingIndex) indexOwnedBy.set(base(op.constraint.usingIndex), op.constraint.name ?? '');
  const constraintsDroppedInDown = new Set(down.flatMap((op) => (op.kind === 'dropConstraint' ? [op.name] : [])));

  // The standard enum down: PostgreSQL has no DROP VALUE, so the downgrade renames the type,
  // creates it again without the value, moves the columns over (`ALTER COLUMN ... TYPE ... USING`,
  // restoring their defaults) and drops the renamed type. That inverts the upgrade's ADD VALUE.
  // Or the other way round: creates `mood_new` without the value, moves the columns to it, drops
  // mood and renames `mood_new` back to mood.
  // The name a type the down creates ends up with: a later rename of it, or its own.
  const finalName = (d: OpOf<'createEnum'>, at: number): string => {
    const renamed = down.find((x, j): x is OpOf<'other'> => j > at && x.kind === 'other' && x.typeRenamedTo !== undefined && base(x.object ?? '') === base(d.name));
    return renamed ? base(renamed.typeRenamedTo!) : base(d.name);
  };
  const rebuiltEnums = new Set<string>();
  // The rebuilt types under the names the down creates them with (`mood`, or `mood_new`).
  const rebuildTypes = new Set<string>();
  down.forEach((d, at) => {
    if (d.kind !== 'createEnum') return;
    const name = finalName(d, at);
    if (!up.some((u) => u.kind === 'alterEnum' && u.action === 'addValue' && base(u.name) === name && !d.values.includes(u.value))) return;
    rebuiltEnums.add(name);
    rebuildTypes.add(base(d.name));
  });
  const rebuildColumns = new Set(down.flatMap((d) => (d.kind === 'alterColumnType' && rebuildTypes.has(base(d.type.name)) ? [`${d.table}.${d.column}`] : [])));
  const createdInDown = new Set(down.flatMap((d) => (d.kind === 'createEnum' ? [base(d.name)] : [])));
  const partOfEnumRebuild = (d: Op): boolean => {
    if (rebuiltEnums.size === 0) return false;
    if (d.kind === 'createEnum') return rebuildTypes.has(base(d.name));
    if (d.kind === 'alterColumnType' || d.kind === 'setDefault' || d.kind === 'dropDefault') return rebuildColumns.has(`${d.table}.${d.column}`);
    // The renamed old type (`mood__`, `mood_old`, `old_mood`): not created by the down itself.
    if (d.kind === 'dropEnum') {
      if (createdInDown.has(base(d.name))) return false;
      // The type itself, when the down builds its replacement under another name and renames it back.
      if (rebuiltEnums.has(base(d.name))) return !rebuildTypes.has(base(d.name));
      return [...rebuiltEnums].some((e) => base(d.name) !== e && base(d.name).includes(e));
    }
    return false;
  };

  /** Goes away with a table or column the upgrade created and the downgrade drops. */
  const covered = (op: Op): boolean => {
    const t = tableOf(op);
    if (t && createdInUp.has(t) && droppedInDown.has(t) && op.kind !== 'createTable') return true;
    // A table the upgrade renamed into being and the downgrade drops takes the changes with it.
    const as = tableOf(written(op));
    if (as && renamedInUp.has(as) && droppedInDown.has(as) && !TABLE_OPS.has(op.kind)) return true;
    const cols = columnsOf(op);
    if (op.kind !== 'addColumn' && cols.some((c) => addedInUp.has(c) && columnsDroppedInDown.has(c))) return true;
    if (op.kind === 'createIndex' && op.name && indexOwnedBy.has(base(op.name)) && constraintsDroppedInDown.has(indexOwnedBy.get(base(op.name))!)) return true;
    if (op.kind === 'alterEnum' && enumsInUp.has(op.name) && enumsDroppedInDown.has(op.name)) return true;
    return false;
  };

  // Tables swapped by rebuilding (see restoringDownOps): the upgrade built `rebuilt` from `dropped`
  // and dropped it; the downgrade renames `rebuilt` back to `dropped`.
  const droppedInUp = new Set(up.flatMap((op) => (op.kind === 'dropTable' ? [base(op.table)] : [])));
  const swapsBack = down.filter((d): d is OpOf<'renameTable'> => d.kind === 'renameTable' && createdInUp.has(d.table) && droppedInUp.has(base(d.newName)));
  // The tables the downgrade turns back into the dropped ones: what it does to them is that rebuild.
  const rebuiltBack = new Set(swapsBack.map((d) => d.table));
  const renamedInUp = new Set(up.flatMap((op) => (op.kind === 'renameTable' ? [op.newName] : [])));
  /**
   * Down ops that undo `op` together, other than its one inverse: a table the upgrade built anew
   * (create, copy, drop the old one) and the downgrade renames to the old name undoes both the
   * CREATE and the DROP; a table the upgrade renamed is back when the downgrade creates it under
   * the old name and drops the renamed one (create, copy back, drop).
   */
  const restoringDownOps = (op: Op): Op[] | null => {
    if (op.kind === 'createTable') {
      const back = swapsBack.find((d) => d.table === op.table);
      return back ? [back] : null;
    }
    if (op.kind === 'dropTable') {
      const back = swapsBack.find((d) => base(d.newName) === base(op.table));
      if (back) return [back];
      // Created under another name and renamed to this one (`CREATE TABLE person_mention ...;
      // ALTER TABLE person_mention RENAME TO person_comment_mention`).
      const renamed = down.findIndex((d) => d.kind === 'renameTable' && base(d.newName) === base(op.table));
      const created = renamed < 0 ? -1 : down.findIndex((d, i) => i < renamed && d.kind === 'createTable' && d.table === (down[renamed] as OpOf<'renameTable'>).table);
      return created >= 0 ? [down[created]!, down[renamed]!] : null;
    }
    if (op.kind === 'renameTable') {
      const created = down.find((d) => d.kind === 'createTable' && base(d.table) === base(op.table));
      const dropped = down.find((d) => d.kind === 'dropTable' && d.table === op.newName);
      return created && dropped ? [created, dropped] : null;
    }
    return null;
  };

  const used = new Set<Op>();
  // Down ops by lookup key, in downgrade order: the first inverse in the downgrade is found by
  // looking only under the up op's keys.
  const downAt = new Map<string, number[]>();
  down.forEach((d, i) => {
    for (const k of downKeys(d)) {
      const list = downAt.get(k);
      if (!list) downAt.set(k, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const firstInverse = (op: Op, facts: OpFacts | undefined, shared: boolean): Op | undefined => {
    let best = -1;
    for (const k of upKeys(op, m)) {
      for (const i of downAt.get(k) ?? []) {
        if (best >= 0 && i >= best) break;
        const d = down[i]!;
        if ((shared || !used.has(d)) && inverts(op, d, facts, m)) {
          best = i;
          break;
        }
      }
    }
    return best < 0 ? undefined : down[best];
  };
  const downHasUnnamedOther = down.some((d) => d.kind === 'other' && !d.object);
  const touchedColumns = new Set<string>();
  for (const op of up) {
    for (const c of columnsOf(op)) touchedColumns.add(c);
    if (op.kind === 'renameColumn') touchedColumns.add(`${op.table}.${op.newName}`);
    const facts = factsOf(op);
    if (!needsDown(op)) continue;
    result.needInverse++;
    // Property ops may share one down op (a MySQL MODIFY back restores type and nullability at once).
    const group = PROPERTY_GROUP[op.kind];
    const inverse = firstInverse(op, facts, Boolean(group));
    if (inverse) {
      used.add(inverse);
      if (op.kind === 'alterColumnType' && inverse.kind === 'alterColumnType' && facts?.column?.type && !sameType(facts.column.type, inverse.type)) {
        const shown = written(op);
        result.missing.push({
          op: shown, object: describeObject(shown), change: changeOf(shown), expected: inverseText(shown, m, facts.column.type),
          detail: `the downgrade changes it to ${inverse.type.text}, but before the upgrade it was ${facts.column.type.text}`,
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
    // An unmodelled DROP (trigger, extension, policy...) may be undone by an unmodelled CREATE in
    // the down, which carries no object name: it cannot be shown missing.
    if (covered(op) || (op.kind === 'other' && op.statement === 'DropStmt' && downHasUnnamedOther)) {
      result.inverted++;
      continue;
    }
    if (op.kind === 'alterEnum' && op.action === 'addValue' && rebuiltEnums.has(base(op.name))) {
      result.inverted++;
      continue;
    }
    if (op.kind === 'alterEnum' && op.action === 'addValue' && m.dialect === 'postgres') {
      result.notInvertible.push({
        op: written(op), object: describeObject(written(op)),
        reason: `PostgreSQL cannot remove a value from an enum type (there is no ALTER TYPE ... DROP VALUE), so after a rollback '${op.value}' stays in ${op.name}; removing it means re-creating the type and every column that uses it`,
      });
      continue;
    }
    const shown = written(op);
    result.missing.push({ op: shown, object: describeObject(shown), change: changeOf(shown), expected: inverseText(shown, m, facts?.column?.type ?? null) });
  }

  // A dynamic statement in the down may be the missing inverse (and one in the up may be what an
  // unmatched down op undoes): with either present the pairing cannot be proven either way.
  if (unanalyzable.some((u) => u.side === 'down')) result.missing = [];

  if (!unanalyzable.some((u) => u.side === 'up')) {
    const recreated = new Set(down.flatMap((op) => (op.kind === 'createTable' ? [op.table] : [])));
    const readded = new Set(down.flatMap((op) => (op.kind === 'addColumn' ? [`${op.table}.${op.column.name}`] : [])));
    const columnsDroppedInUp = new Set(up.flatMap((u) => (u.kind === 'dropColumn' ? [key(u.table, u.column)] : [])));
    // A table the downgrade rebuilds in place (to get its column order back): renamed aside,
    // created again under its name, the rows copied, the renamed one dropped. The three are one
    // change of the down's own, which leaves the table where it was.
    const rebuiltInDown = new Set<Op>();
    down.forEach((d, i) => {
      if (d.kind !== 'renameTable') return;
      const again = down.findIndex((c, j) => j > i && c.kind === 'createTable' && c.table === d.table);
      const dropped = down.findIndex((c, j) => j > i && c.kind === 'dropTable' && c.table === d.newName);
      if (again >= 0 && dropped >= 0) rebuiltInDown.add(d).add(down[again]!).add(down[dropped]!);
    });
    // An index the downgrade drops and builds again under the same name (Django's schema editor
    // does so with a column's `_like` index when unique comes back) is where it was.
    const rebuiltIndexes = new Set<Op>();
    const droppedIndexes = new Map<string, Op>();
    for (const d of down) {
      if (d.kind === 'dropIndex') droppedIndexes.set(base(d.name), d);
      else if (d.kind === 'createIndex' && d.name !== null && droppedIndexes.has(base(d.name))) rebuiltIndexes.add(droppedIndexes.get(base(d.name))!).add(d);
    }
    for (const d of down) {
      if (used.has(d) || rebuiltIndexes.has(d) || rebuiltInDown.has(d) || !downNeedsMatch(d) || partOfEnumRebuild(d)) continue;
      const t = tableOf(d);
      // Rebuilding a dropped table or column includes its indexes, constraints and defaults; so
      // does reshaping the upgrade's new table back into the one it replaced.
      if (t && (recreated.has(t) || rebuiltBack.has(t)) && d.kind !== 'createTable') continue;
      const cols = columnsOf(d);
      if (d.kind !== 'addColumn' && cols.some((c) => readded.has(c))) continue;
      if (PROPERTY_GROUP[d.kind] && cols.some((c) => touchedColumns.has(c))) continue;
      // Re-creating an index the upgrade dropped implicitly (with a dropped column) is restoring, not a mismatch.
      if (d.kind === 'createIndex' && d.columns.some((c) => columnsDroppedInUp.has(key(d.table, c)))) continue;
      if (d.kind === 'dropTable' && createdInUp.has(d.table)) continue;
      const shown = written(d);
      result.unmatchedDown.push({ op: shown, object: describeObject(shown), change: changeOf(shown) });
    }
  }
  // The down may restore the schema another way than op by op (a column-order rebuild, a table
  // rebuilt under its old name): a mismatch on an object the replayed round trip gives back as it
  // was is settled; the ones on objects that come back different stay.
  if ((result.missing.length || result.unmatchedDown.length) && ctx.roundTripDifferences) {
    const differs = ctx.roundTripDifferences();
    // Under the name it is written with and the one it had before the upgrade: a column added
    // to `accounts` (renamed from users, and back in the down) comes back as `users.plan`.
    const settled = (x: { op: Op }) => restoredByRoundTrip(x.op, differs) && restoredByRoundTrip(paired(x.op), differs);
    result.missing = result.missing.filter((x) => !settled(x));
    result.unmatchedDown = result.unmatchedDown.filter((x) => !settled(x));
    result.inverted = result.needInverse - result.missing.length - result.notInvertible.length;
  }
  return result;
}
