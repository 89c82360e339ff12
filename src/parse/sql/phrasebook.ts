import { createdRelation, type Dialect, type Migration, type Op, type SqlLayout, type SqlType } from '../../ir.js';
import { numericVersion, runsLate, versionKeyed, type Ordering, type Phrasebook } from '../../phrasebook.js';
import { defaultConstraintName } from '../../schema/constraint-names.js';
import { defaultIndexName } from '../../schema/index-names.js';
import { sqlFixes } from './fixes.js';

/** PostgreSQL words that cannot be a bare identifier (the common ones in schema names). */
const PG_RESERVED = new Set(['all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'check', 'collate', 'column', 'constraint', 'create', 'default', 'desc', 'distinct', 'do', 'else', 'end', 'except', 'false', 'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'into', 'is', 'join', 'limit', 'not', 'null', 'offset', 'on', 'only', 'or', 'order', 'primary', 'references', 'select', 'table', 'then', 'to', 'true', 'union', 'unique', 'user', 'using', 'when', 'where', 'with']);

/** One identifier as SQL needs it written: `users` stays bare, `UserAccounts` becomes `"UserAccounts"` (it would fold otherwise). */
export function sqlIdent(name: string, dialect: Dialect = 'postgres'): string {
  if (dialect === 'mysql') return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !PG_RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A possibly schema-qualified name (`app.UserAccounts` → `app."UserAccounts"`), each part quoted as needed. */
export function sqlName(name: string, dialect: Dialect = 'postgres'): string {
  const dot = name.indexOf('.');
  // Canonical names are `schema.table` with the schema first; a dot inside a quoted table name is rare and stays in the table part.
  if (dot <= 0) return sqlIdent(name, dialect);
  return `${sqlIdent(name.slice(0, dot), dialect)}.${sqlIdent(name.slice(dot + 1), dialect)}`;
}

/** The table part of a canonical name: `RENAME TO` takes a bare name (the table stays in its schema). */
export function unqualified(name: string): string {
  const dot = name.indexOf('.');
  return dot <= 0 ? name : name.slice(dot + 1);
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A column type as SQL text. SQL front ends keep the type as written; ORM front ends keep their
 * own spelling (`sa.String(50)`, `t.string`), which never belongs inside SQL: then the canonical name.
 */
export function sqlType(type: SqlType): string {
  // Tested with runs of spaces shortened to one (same answer): the name's spaces and the `\s*`
  // after it could split a long run every way (quadratic).
  if (/^[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+(\s*,\s*\d+)?\s*\))?(\s*\[\])*$/.test(type.text.trim().replace(/ +/g, ' '))) return type.text.trim();
  return `${type.name}${type.args.length > 0 ? `(${type.args.join(', ')})` : ''}${type.array ? '[]' : ''}`;
}


/** The SQL statement that undoes `op` (shared by every phrasebook: ORM phrasebooks embed it as raw SQL where they have no spelling of their own). */
/**
 * The SQL inverse for a framework with no spelling of its own for this op: an exact statement is
 * wrapped in the framework's raw-SQL call; a rough one stays prose.
 */
export function sqlInverseVia(rawSql: (sql: string) => string, op: Op, dialect: Dialect, previousType?: SqlType | null): { text: string; exact: boolean } | null {
  const s = sqlInverse(op, dialect, previousType);
  return s ? { text: s.exact ? rawSql(s.text) : s.text, exact: s.exact } : null;
}

export function sqlInverse(op: Op, dialect: Dialect, previousType?: SqlType | null): { text: string; exact: boolean } | null {
  const n = (name: string) => sqlName(name, dialect);
  const i = (name: string) => sqlIdent(name, dialect);
  const exact = (text: string) => ({ text, exact: true });
  const rough = (text: string) => ({ text, exact: false });
  switch (op.kind) {
    case 'createTable':
      return exact(`DROP TABLE ${n(op.table)};`);
    case 'dropTable':
      return rough(`CREATE TABLE ${n(op.table)} (...) with its columns, constraints and indexes`);
    case 'renameTable':
      return exact(`ALTER TABLE ${n(op.newName)} RENAME TO ${i(unqualified(op.table))};`);
    case 'addColumn':
      return exact(`ALTER TABLE ${n(op.table)} DROP COLUMN ${i(op.column.name)};`);
    case 'dropColumn':
      return rough(`ALTER TABLE ${n(op.table)} ADD COLUMN ${i(op.column)} ${previousType ? sqlType(previousType) : '<type>'};`);
    case 'renameColumn':
      return exact(`ALTER TABLE ${n(op.table)} RENAME COLUMN ${i(op.newName)} TO ${i(op.column)};`);
    case 'alterColumnType': {
      const t = previousType ? sqlType(previousType) : '<previous type>';
      return rough(dialect === 'mysql' ? `ALTER TABLE ${n(op.table)} MODIFY COLUMN ${i(op.column)} ${t};` : `ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} TYPE ${t};`);
    }
    case 'setNotNull':
      return exact(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} DROP NOT NULL;`);
    case 'dropNotNull':
      return rough(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} SET NOT NULL;`);
    case 'setDefault':
    case 'dropDefault':
      return rough(`ALTER TABLE ${n(op.table)} ALTER COLUMN ${i(op.column)} ${op.kind === 'setDefault' ? 'DROP DEFAULT (or SET DEFAULT <previous default>)' : 'SET DEFAULT <previous default>'};`);
    case 'createIndex': {
      const name = op.name ?? defaultIndexName(op.table, op.columns);
      const text = dialect === 'mysql' ? `DROP INDEX ${i(name)} ON ${n(op.table)};` : `DROP INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${n(name)};`;
      return { text, exact: op.name !== null };
    }
    case 'dropIndex':
      return rough(`CREATE INDEX ${n(op.name)} ON ${op.table ? n(op.table) : '<table>'} (...);`);
    case 'addConstraint': {
      const name = op.constraint.name ?? defaultConstraintName(op.table, op.constraint);
      const text = dialect === 'mysql' && op.constraint.kind === 'foreignKey' ? `ALTER TABLE ${n(op.table)} DROP FOREIGN KEY ${i(name)};` : `ALTER TABLE ${n(op.table)} DROP CONSTRAINT ${i(name)};`;
      return { text, exact: op.constraint.name !== null };
    }
    case 'dropConstraint':
      return rough(`ALTER TABLE ${n(op.table)} ADD CONSTRAINT ${i(op.name)} ...;`);
    case 'createEnum':
      return exact(`DROP TYPE ${n(op.name)};`);
    case 'dropEnum':
      return rough(`CREATE TYPE ${n(op.name)} AS ENUM (...);`);
    case 'alterEnum':
      return rough(op.action === 'renameValue' ? `ALTER TYPE ${n(op.name)} RENAME VALUE ${sqlString(op.newValue ?? '')} TO ${sqlString(op.value)};` : `ALTER TYPE ${n(op.name)} ADD VALUE ${sqlString(op.value)};`);
    case 'other':
      if (!op.object) return null;
      return rough(op.statement === 'DropStmt' ? `the CREATE statement for ${op.object}` : `DROP ${createdRelation(op)?.kind.toUpperCase() ?? '<object>'} ${op.object};`);
    default:
      return null;
  }
}

const NOTE = 'deprecated: drop in a later release';

/** SQL layouts whose runner pairs every up with a down; plain files and Prisma have no down concept. */
const LAYOUTS_WITH_DOWN: ReadonlySet<SqlLayout> = new Set(['golang-migrate', 'diesel', 'dbmate', 'flyway']);

const RUNNER: Partial<Record<SqlLayout, string>> = { 'golang-migrate': 'golang-migrate', dbmate: 'dbmate', flyway: 'Flyway', diesel: 'Diesel', prisma: 'Prisma Migrate', pop: 'pop' };

/** A layout's way out of the runner's transaction, for one statement. */
function runOutsideTransaction(layout: SqlLayout | undefined): string {
  switch (layout) {
    case 'dbmate':
      return 'Mark the section `-- migrate:up transaction:false`.';
    case 'golang-migrate':
      // golang-migrate sends a multi-statement file as one query string: PostgreSQL runs it as one implicit transaction.
      return 'Put it in a migration file of its own, with no other statement.';
    case 'flyway':
      return 'Put it in a migration of its own with `executeInTransaction=false` in its script configuration (.sql.conf) file.';
    case 'diesel':
      return 'Put it in a migration of its own with `run_in_transaction = false` in its metadata.toml.';
    default:
      return 'Put it in a migration that the runner does not wrap in a transaction.';
  }
}

function disableTransaction(layout: SqlLayout | undefined): string {
  switch (layout) {
    case 'dbmate':
      return 'change its `-- migrate:up` line to `-- migrate:up transaction:false`';
    case 'flyway':
      return 'add `-- flyway:executeInTransaction=false` at the top of the file';
    case 'diesel':
      return 'add `run_in_transaction = false` to the migration\'s metadata.toml';
    case 'golang-migrate':
      return 'put those statements in a migration file of their own';
    default:
      return 'configure this migration to run without a transaction';
  }
}

function downPart(m: Migration): string {
  switch (m.layout) {
    case 'golang-migrate':
      return `${m.id}.down.sql`;
    case 'diesel':
      return `${m.id}/down.sql`;
    case 'dbmate':
      return 'the -- migrate:down section';
    case 'flyway':
      return `the undo migration (U${m.id.replace(/^[VR]/, '')}.sql)`;
    default:
      return 'the down migration';
  }
}

/** Flyway compares versions part by part as numbers: 1.01 is 1.1, and 1.0 is 1. */
function flywayVersion(id: string): string | null {
  const m = /^[VU](\d+(?:[._]\d+)*)__/.exec(id);
  if (!m) return null;
  const parts = m[1]!.split(/[._]/).map(numericVersion);
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

/** How each layout's runner keys and orders its migrations. */
function ordering(m: Migration): Ordering {
  const digits = /^(\d+)/.exec(m.id)?.[1] ?? null;
  switch (m.layout) {
    case 'golang-migrate':
      return {
        version: digits && numericVersion(digits),
        duplicateVersion: 'golang-migrate refuses to run a directory with two migrations of one version ("duplicate migration file").',
        late: (latest) => `golang-migrate records only the database's current version and applies the versions above it: on every database that already ran ${latest}, this migration is never applied.`,
        heads: null,
      };
    case 'flyway':
      return {
        version: flywayVersion(m.id),
        duplicateVersion: 'Flyway refuses to migrate ("Found more than one migration with version").',
        late: (latest) => `Flyway refuses to migrate a database that already ran ${latest} ("Detected resolved migration not applied to database") unless outOfOrder is on, and then runs this one after ${latest}, unlike a fresh database.`,
        heads: null,
      };
    case 'dbmate':
    case 'pop':
      return { version: digits && numericVersion(digits), duplicateVersion: versionKeyed(RUNNER[m.layout]!), late: runsLate(RUNNER[m.layout]!), heads: null };
    case 'diesel': {
      // Diesel's version is the directory name up to the first `_`, without its dashes.
      const version = m.id.split('_')[0]!.replace(/\D/g, '');
      return { version: version ? numericVersion(version) : null, duplicateVersion: versionKeyed('Diesel'), late: runsLate('Diesel'), heads: null };
    }
    case 'prisma':
      // Prisma keys migrations by the whole directory name.
      return { version: null, duplicateVersion: '', late: runsLate('Prisma Migrate'), heads: null };
    default:
      // Plain files: the runner is unknown, and so are its keys.
      return { version: null, duplicateVersion: '', late: null, heads: null };
  }
}

/** The phrasebook of plain SQL files, in each layout's own conventions. */
export function sqlPhrasebook(m: Migration): Phrasebook {
  const d = m.dialect;
  const n = (name: string) => sqlName(name, d);
  const i = (name: string) => sqlIdent(name, d);
  return {
    runner: RUNNER[m.layout ?? 'plain'] ?? 'the migration runner',
    rawSql: (sql) => (sql.trimEnd().endsWith(';') ? sql.trimEnd() : `${sql.trimEnd()};`),
    runOutsideTransaction: runOutsideTransaction(m.layout),
    disableTransaction: disableTransaction(m.layout),
    // Discovery knows more (Flyway undo files are optional: only a directory that uses them expects one).
    expectsDown: !!m.layout && LAYOUTS_WITH_DOWN.has(m.layout) && m.expectsDown,
    downPart: downPart(m),
    // SQL has no way to declare a down irreversible, so there the explicit statement is a suppression with a reason.
    declareIrreversible: (at) => `say so explicitly: append "-- migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`,
    inverse: (op, previousType) => sqlInverse(op, d, previousType),
    deprecateColumn(table, column, col) {
      // MySQL has no COMMENT ON; a column comment is part of the column definition, and MODIFY
      // replaces the whole definition: restate NOT NULL and DEFAULT or they are lost.
      if (d === 'mysql') {
        const type = col?.type ? `${sqlType(col.type)}${col.notNull ? ' NOT NULL' : ''}${col.default ? ` DEFAULT ${col.default.sql}` : ''}` : null;
        return `ALTER TABLE ${n(table)} MODIFY COLUMN ${i(column)} ${type ?? '<full current definition>'} COMMENT ${sqlString(NOTE)};`;
      }
      return `COMMENT ON COLUMN ${n(table)}.${i(column)} IS ${sqlString(NOTE)};`;
    },
    deprecateTable: (table) => (d === 'mysql' ? `ALTER TABLE ${n(table)} COMMENT = ${sqlString(NOTE)};` : `COMMENT ON TABLE ${n(table)} IS ${sqlString(NOTE)};`),
    dropColumn: (table, column) => `ALTER TABLE ${n(table)} DROP COLUMN ${i(column)};`,
    dropTable: (table) => `DROP TABLE ${n(table)};`,
    dropIndexConcurrently: (op) => `DROP INDEX CONCURRENTLY ${op.ifExists ? 'IF EXISTS ' : ''}${n(op.name)}; in a migration that does not run in a transaction.`,
    lockTimeoutAt: (set, op) => `${set}; before line ${op.loc.line} (at the start of the migration)`,
    verbatimSql: true,
    columnType: sqlType,
    ordering: ordering(m),
    fixes: sqlFixes(m),
  };
}
