/**
 * The intermediate representation every front end lowers to and every rule reads.
 * Front ends (SQL, Alembic, Knex) produce `Migration`s whose ops carry locations in the
 * original file; nothing downstream of here knows framework syntax.
 */

export type Dialect = 'postgres' | 'mysql';
export type Framework = 'sql' | 'alembic' | 'knex' | 'django' | 'rails';
/** How SQL migration files are laid out and run; decides pairing of up/down and transactions. */
export type SqlLayout = 'plain' | 'golang-migrate' | 'diesel' | 'dbmate' | 'flyway' | 'prisma' | 'pop';
export type Severity = 'error' | 'warning' | 'info';

/** 1-based position in the original file (the `.py`/`.js` file for ORM migrations). */
export interface Loc {
  file: string;
  line: number;
  endLine: number;
  column: number;
  /**
   * 1-based, exclusive: where the op's source text (the statement, or the ORM call) ends on
   * `endLine`. Set by front ends that know it; exact fixes need it to edit the end of a call.
   */
  endColumn?: number;
}

/** A column type, normalised: `name` lower-case canonical (PostgreSQL: int4, int8, varchar, bpchar, text, numeric, timestamptz...). */
export interface SqlType {
  name: string;
  /** Type modifiers: varchar(50) → [50], numeric(10,2) → [10, 2]. */
  args: number[];
  array: boolean;
  /** As written (for messages and suggestions). */
  text: string;
  /** MySQL: the column's character set (its own or the table's default), lower case; decides the VARCHAR length-byte class for online DDL. */
  charset?: string | null;
}

export interface DefaultExpr {
  /** The default's SQL text as written (or rendered for ORM front ends). */
  sql: string;
  /** Evaluated per row (gen_random_uuid(), random(), clock_timestamp(), nextval()...). now()/CURRENT_TIMESTAMP are stable, not volatile. */
  volatile: boolean;
}

export interface ColumnSpec {
  name: string;
  type: SqlType | null;
  notNull: boolean;
  default: DefaultExpr | null;
  primaryKey?: boolean;
  unique?: boolean;
  /** serial/bigserial/smallserial or GENERATED ... AS IDENTITY / AUTO_INCREMENT. */
  identity?: boolean;
  /** GENERATED ALWAYS AS (...) STORED. */
  generatedStored?: boolean;
  references?: { table: string; columns: string[] } | null;
  comment?: string | null;
}

export type ConstraintKind = 'foreignKey' | 'check' | 'unique' | 'primaryKey' | 'exclusion';

export interface ConstraintSpec {
  name: string | null;
  kind: ConstraintKind;
  columns: string[];
  /** NOT VALID (PostgreSQL) — skips the validation scan. */
  notValid: boolean;
  /** ADD CONSTRAINT ... USING INDEX idx: no index build under lock. */
  usingIndex: string | null;
  references?: { table: string; columns: string[] } | null;
  /** CHECK expression text, normalised to lower case without redundant parentheses where possible. */
  expression?: string | null;
  /** For CHECK (col IS NOT NULL): the column. Lets set-not-null find a validated check. */
  notNullColumn?: string | null;
}

/** MySQL online-DDL clauses on the statement, if any. */
export interface OnlineDdl {
  algorithm?: string | null;
  lock?: string | null;
}

/** A table lock taken by an `other` op (PostgreSQL lock mode names). */
export interface OtherLock {
  mode: 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE' | 'SHARE' | 'SHARE UPDATE EXCLUSIVE' | 'ROW EXCLUSIVE' | 'ROW SHARE' | 'ACCESS SHARE';
  tables: string[];
}

/**
 * ALTER TABLE parent ATTACH/DETACH PARTITION child (PostgreSQL), on the `other` op of that
 * subcommand. `concurrently`: DETACH ... CONCURRENTLY (PostgreSQL 14+, never in a transaction
 * block); `finalize`: DETACH ... FINALIZE, which completes an interrupted concurrent detach.
 */
export interface PartitionChange {
  action: 'attach' | 'detach';
  partition: string;
  concurrently: boolean;
  finalize: boolean;
}

interface OpBase {
  loc: Loc;
  /** The SQL text of the statement this op came from, when it came from SQL. */
  sql?: string;
  /**
   * Shared by the ops of one SQL statement whose locations differ (Knex's one ADD COLUMN list built
   * by several builder calls, each op at its own call): that statement runs once.
   */
  statementId?: number;
  /** Guarded by IF [NOT] EXISTS, hasTable/hasColumn, or a condition: may not run. */
  conditional?: boolean;
  /** Alembic `autocommit_block()`: this op runs outside the migration's transaction. */
  autocommit?: boolean;
  /** MySQL ALGORITHM= / LOCK= clauses. */
  online?: OnlineDdl;
  /**
   * PostgreSQL: identifiers of the statement longer than NAMEDATALEN-1 (63 bytes), which the
   * parser (like the server) cut to 63 bytes; the names in the op are the cut ones. Cut name →
   * the names as written that it stands for, in text order (more than one: they collide).
   */
  writtenNames?: Record<string, string[]>;
  /** An ORM front end could not render the SQL its framework sends for this op (the reason): the dry-run cannot run it. */
  unrenderable?: string;
  /** The op is part of a larger statement that runs as a whole (SQL inside a DO block): that statement, as written. */
  enclosing?: { sql: string; loc: Loc };
}

export type Op =
  | (OpBase & { kind: 'createTable'; table: string; columns: ColumnSpec[]; constraints: ConstraintSpec[]; ifNotExists: boolean; asSelect?: boolean; /** CREATE TABLE ... AS SELECT: the tables its query reads. */ reads?: string[]; /** PARTITION BY: rows live in its partitions. */ partitioned?: boolean })
  | (OpBase & { kind: 'dropTable'; table: string; ifExists: boolean; cascade: boolean })
  | (OpBase & { kind: 'renameTable'; table: string; newName: string })
  /** `position`: MySQL `FIRST` / `AFTER col` (absent: appended last), which decides INSTANT before MySQL 8.0.29. */
  | (OpBase & { kind: 'addColumn'; table: string; column: ColumnSpec; ifNotExists: boolean; position?: 'first' | { after: string } | null })
  | (OpBase & { kind: 'dropColumn'; table: string; column: string; ifExists: boolean })
  | (OpBase & { kind: 'renameColumn'; table: string; column: string; newName: string })
  | (OpBase & { kind: 'alterColumnType'; table: string; column: string; type: SqlType; using: string | null })
  | (OpBase & { kind: 'setNotNull'; table: string; column: string })
  | (OpBase & { kind: 'dropNotNull'; table: string; column: string })
  | (OpBase & { kind: 'setDefault'; table: string; column: string; default: DefaultExpr })
  | (OpBase & { kind: 'dropDefault'; table: string; column: string; /** DROP IDENTITY: the generated values stop. */ identity?: boolean })
  | (OpBase & { kind: 'createIndex'; name: string | null; table: string; columns: string[]; unique: boolean; concurrently: boolean; ifNotExists: boolean; where: string | null; method: string | null; /** CREATE INDEX ON ONLY parent: an invalid index on the partitioned parent alone, built by nothing. */ only?: boolean })
  | (OpBase & { kind: 'dropIndex'; name: string; table: string | null; concurrently: boolean; ifExists: boolean })
  | (OpBase & { kind: 'reindex'; target: 'index' | 'table' | 'schema' | 'database' | 'system'; name: string; concurrently: boolean })
  | (OpBase & { kind: 'addConstraint'; table: string; constraint: ConstraintSpec })
  | (OpBase & { kind: 'validateConstraint'; table: string; name: string })
  | (OpBase & { kind: 'dropConstraint'; table: string; name: string; ifExists: boolean; constraintKind?: ConstraintKind | null })
  | (OpBase & { kind: 'comment'; target: 'table' | 'column'; table: string; column: string | null; text: string | null })
  | (OpBase & { kind: 'createEnum'; name: string; values: string[] })
  | (OpBase & { kind: 'alterEnum'; name: string; action: 'addValue' | 'renameValue' | 'dropValue'; value: string; newValue: string | null })
  | (OpBase & { kind: 'dropEnum'; name: string; ifExists: boolean })
  /** SET [LOCAL] lock_timeout; ms null means 0/DEFAULT (no timeout). */
  | (OpBase & { kind: 'setLockTimeout'; ms: number | null; local: boolean })
  /**
   * `runner`: a transaction the runner itself opens around some ops, not one the user wrote (Django's
   * `RunPython(..., atomic=True)` in a non-atomic migration): what opens it, in the framework's
   * words, and how to keep a statement out of it.
   * `afterCommit`: a commit of the runner's own connection through the driver, and what becomes of
   * the transactional statements after it and of the runner's record that the migration ran:
   * 'uncommitted', they run in a transaction the driver opens on its own and nothing commits, so
   * they are rolled back when the connection closes; 'refused', the driver refuses them, so the
   * migration fails right after the commit; 'checkpoint', they run in a transaction the driver
   * opens and the environment commits at the end, so a failure after the commit leaves the work
   * before it applied and the migration unrecorded.
   */
  | (OpBase & { kind: 'transaction'; action: 'begin' | 'commit' | 'rollback'; runner?: { opens: string; outside: string }; afterCommit?: 'uncommitted' | 'refused' | 'checkpoint' })
  | (OpBase & {
      kind: 'dml';
      action: 'update' | 'delete' | 'insert';
      table: string;
      hasWhere: boolean;
      /** UPDATE: the columns it sets from an expression over the row's columns (`SET label = title`), i.e. recomputes from data that is still there. */
      derives?: string[];
      /** INSERT … SELECT: the tables it copies rows from (a rebuild copies the old table before dropping it). */
      reads?: string[];
    })
  | (OpBase & { kind: 'truncate'; tables: string[] })
  | (OpBase & { kind: 'dropSchema'; target: 'schema' | 'database'; name: string })
  | (OpBase & { kind: 'vacuum'; full: boolean; table: string | null })
  | (OpBase & { kind: 'cluster'; table: string | null })
  /** MySQL table-level changes that copy the table (engine, charset conversion, partitioning, PK change...). */
  | (OpBase & { kind: 'alterTableOption'; table: string; option: string; detail: string })
  /** Anything parsed but not modelled (CREATE VIEW, functions, grants...). Rules ignore it; rollback pairs it by `object`. */
  /**
   * A statement without a dedicated op. `lock` is the table lock PostgreSQL's documentation gives
   * it (CREATE/DROP TRIGGER, ENABLE/DISABLE TRIGGER, ROW LEVEL SECURITY, POLICY, RULE, OWNER TO,
   * LOCK TABLE, ATTACH/DETACH PARTITION, SET (storage parameters)), when it takes one.
   */
  | (OpBase & { kind: 'other'; statement: string; object?: string | null; /** ALTER TYPE object RENAME TO this. */ typeRenamedTo?: string; lock?: OtherLock; partition?: PartitionChange; /** A declared step that sends no SQL (Django's RunPython.noop): nothing to render or run. */ sendsNothing?: boolean })
  /** Could not be parsed (`reason: parse`), resolved statically (`reason: dynamic`), or the front end crashed on it (`reason: internal`). */
  | (OpBase & {
      kind: 'unparsed';
      reason: 'parse' | 'dynamic' | 'internal';
      message: string;
      /**
       * Only how often the ops after it run is unknown (a loop over runtime data); every statement
       * in the loop was read and is in the IR, so it hides no schema change.
       */
      repeatsOnly?: boolean;
      /**
       * The report is about code that sends nothing the IR lacks (a Knex builder that is never
       * awaited, so Knex never runs it): the SQL around it is complete and can be rendered.
       */
      hidesNothing?: boolean;
    });

export type OpKind = Op['kind'];
export type OpOf<K extends OpKind> = Extract<Op, { kind: K }>;

export interface Migration {
  /** Stable id: file name without extension (SQL layouts: the version directory or pair name; Alembic: revision). */
  id: string;
  /** Path relative to the working directory, forward slashes. */
  file: string;
  framework: Framework;
  dialect: Dialect;
  layout?: SqlLayout;
  /** Part of the change under test (PR / named on the command line); false = history. */
  isNew: boolean;
  /** The runner wraps the migration in a transaction. */
  transactional: boolean;
  up: Op[];
  /** null: the framework has a down part but it is absent. */
  down: Op[] | null;
  /** File holding the down part when it is separate (golang-migrate .down.sql, diesel down.sql, Flyway U file). */
  downFile?: string | null;
  /** Where `missing-downgrade` points: the empty down function, or the up file's first line. */
  downLoc?: Loc;
  /** The down part exists but says it cannot be undone (raise NotImplementedError, throw). */
  downIrreversible?: { loc: Loc; reason: string } | null;
  /** Ordering key within its framework (version prefix, timestamp, revision graph position). */
  order: string;
  /**
   * Graph facts for frameworks that order by a dependency graph (Django): this migration's node,
   * its parents, its group (the Django app) and every leaf node of that group (more than one is
   * a conflict the runner refuses: `makemigrations --merge`).
   */
  graph?: { node: string; parents: string[]; group: string; leaves: string[] };
  /**
   * The runner pairs this migration with a down part (Alembic, Knex and Django always; SQL
   * layouts per discovery: golang-migrate, diesel, dbmate, pop and Flyway undo files only in a
   * directory that uses them). Decided by discovery, copied by the front end.
   */
  expectsDown: boolean;
  /** SQL statements in the file (SQL front end); otherwise the summary counts ops. */
  statements?: number;
  /**
   * Migrations under test: the ids of every migration of this framework and layout that discovery
   * found in this one's directory (its root), in run order and this one included, also those
   * after it that are not linted. A fix that adds a migration numbers it after all of them
   * (src/parse/versions.ts).
   */
  siblings?: readonly string[];
  /**
   * Migrations under test: the versions after the directory's latest that fixes of earlier
   * migrations under test of the same directory may take (src/parse/versions.ts), so
   * fixes of two migrations never add the same version.
   */
  newVersionsTaken?: number;
  /**
   * Where things are in the file, for exact fixes: the front end's own record (call positions,
   * where a statement goes first...), read only by that front end's src/parse/<framework>/fixes.ts.
   * Set for migrations under test.
   */
  fixSites?: unknown;
  /** Alembic: the revision header, as read by the front end; `heads` is filled in by the graph ordering. */
  alembic?: AlembicRevision;
  /** Knex: `exports.config = { transaction }` when it is a literal boolean (null: not set or not static). */
  knex?: {
    configTransaction: boolean | null;
    /** Schema calls lowered by the static approximation, not Knex's compiler (dynamic arguments, live-database lookups). */
    staticallyLowered?: Loc[];
  };
  /** Django: the front end's description of the file, read by its project lowering only. */
  django?: unknown;
  /**
   * The runner sets a lock_timeout on the session before this migration runs (Rails with
   * strong_migrations' `StrongMigrations.lock_timeout`, a `SET lock_timeout` in Alembic's env.py), as a configured `lockTimeout` does for all.
   */
  runnerLockTimeout?: boolean;
  /**
   * What becomes of the statements after the migration commits the runner's own connection (a
   * driver-level commit, not a COMMIT statement), together with the runner's record that the
   * migration ran, as the runner's environment decides (Alembic's env.py): 'committed', the
   * environment commits the connection after running the migrations; 'refused', the migrations run
   * inside a single-transaction block of the driver, which refuses every statement after its
   * transaction ended. Absent: nothing commits them (or the environment is unknown). The front end
   * marks the commits themselves (`afterCommit` on the transaction op).
   */
  runnerAfterCommit?: 'committed' | 'refused';
  /**
   * Migrations sharing this key are steps of one logical migration whose downs undo its ups as a
   * whole, not file by file (popx's `<timestamp><step>` files): rollback pairing looks across them.
   */
  rollbackGroup?: string;
  /**
   * The database version the framework's own safety checks assume for this migration
   * (strong_migrations' `target_version`). Rules judge the migration with it unless the config
   * sets `pgVersion` / `mysqlVersion` (or `--pg-version`), which wins.
   */
  targetServer?: { pgVersion?: number; mysqlVersion?: number; mariadb?: boolean; source: string };
  /**
   * Rails: the ActiveRecord::Migration[x.y] version in brackets (null: none given); where exact
   * fixes edit the file (the front end's record, read by its phrasebook only); the greatest
   * version among the Rails migrations of this file's directory (set after discovery).
   */
  rails?: { version: string | null };
  /**
   * Suppressions the framework itself declares in code, not in a comment: strong_migrations'
   * `safety_assured { … }` (the author asserts the block is safe). Findings of rules in the given
   * categories on the lines from `line` to `endLine` of `file` are suppressed with `reason` and
   * listed in the report like every suppression.
   */
  frameworkSuppressions?: FrameworkSuppression[];
  /**
   * The migration runs only on a new, empty database, never on one in production: a Django
   * squashed migration whose replaced originals are gone (every database that ran them records the
   * squash as applied without running it). Every table it touches is treated as new. The text says why.
   */
  freshDatabaseOnly?: string;
  /** Migrations this one cannot run in order with (filled in by src/history/conflicts.ts for migrations under test). */
  conflicts?: MigrationConflict[];
  /** How the application's ORM names the tables this migration creates or renames (ORM front ends that know it). */
  ormModels?: OrmModel[];
}

/**
 * A table as the application's ORM names it: its model class (`HardwareAddress`) and the module
 * its models are declared in (`fabric/models`: the file `fabric/models.py` or the files under
 * `fabric/models/`). The repository scan uses it to tell the table's own model code and the
 * queries on that model from code that merely uses the same word.
 */
export interface OrmModel {
  table: string;
  name: string;
  module: string;
}

/**
 * Why a migration cannot run in order with others. `files` are the other migrations involved
 * (paths as in the report); where the finding points is `loc`.
 */
export type MigrationConflict =
  /** Another migration of the same directory has the same version. */
  | { kind: 'duplicateVersion'; version: string; files: string[]; loc: Loc }
  /** A graph (Alembic revisions, a Django app) has several heads, this migration one of them. */
  | { kind: 'heads'; heads: string[]; group: string | null; loc: Loc }
  /** A new migration sorts before `latest`, which the base branch already has. */
  | { kind: 'outOfOrder'; latest: string; latestFile: string; loc: Loc }
  /** Another migration of the same directory has the same name where the runner requires unique names (Rails). */
  | { kind: 'duplicateName'; name: string; files: string[]; loc: Loc };

export interface FrameworkSuppression {
  file: string;
  line: number;
  endLine: number;
  /** Rule categories covered (the checks the framework tool itself performs). */
  categories: Array<'locking' | 'compatibility' | 'mysql'>;
  reason: string;
}

export interface AlembicRevision {
  revision: string | null;
  downRevisions: string[];
  branchLabels: string[];
  dependsOn: string[];
  /** Where the graph check points when this file's parent is unknown or in a cycle. */
  downRevisionLine: number;
  revisionLine: number;
  /** Revisions nothing builds on (set by the graph ordering; more than one means unmerged branches). */
  heads?: string[];
}


/**
 * Every table an op names or touches, in the order the op names them: its own table, the tables
 * of a TRUNCATE, the table a foreign key references, REINDEX TABLE's table. A DROP INDEX that names
 * no table has none here (the schema model knows which table the index is on). The one answer to
 * "which tables does this op touch" for the schema walk, the rules and the rollback analysis.
 */
/** Relations a statement without a dedicated op can create. */
export type CreatedRelationKind = 'view' | 'sequence' | 'materialized view';

/** `other` statements that create a relation, as the PostgreSQL (node type) and MySQL (leading words) front ends name them. */
const CREATING_STATEMENTS: Readonly<Record<string, CreatedRelationKind>> = {
  ViewStmt: 'view', CreateSeqStmt: 'sequence', CreateTableAsStmt: 'materialized view', 'CREATE VIEW': 'view', 'CREATE SEQUENCE': 'sequence',
};

/** The view, sequence or materialized view an `other` op creates (CREATE TABLE AS of a table is a createTable op). */
export function createdRelation(op: Op): { kind: CreatedRelationKind; name: string } | null {
  if (op.kind !== 'other' || !op.object) return null;
  const kind = CREATING_STATEMENTS[op.statement];
  return kind ? { kind, name: op.object } : null;
}

export function opTables(op: Op): string[] {
  switch (op.kind) {
    case 'truncate':
      return [...new Set(op.tables)];
    case 'reindex':
      return op.target === 'table' ? [op.name] : [];
    case 'vacuum':
    case 'cluster':
    case 'dropIndex':
      return op.table ? [op.table] : [];
    case 'addConstraint': {
      const ref = op.constraint.references?.table;
      return ref && ref !== op.table ? [op.table, ref] : [op.table];
    }
    case 'addColumn': {
      const ref = op.column.references?.table;
      return ref && ref !== op.table ? [op.table, ref] : [op.table];
    }
    case 'other':
      // A statement without a dedicated op touches the tables it locks (a trigger's table, ATTACH/DETACH's parent and partition).
      return op.lock ? [...new Set(op.lock.tables.filter((t) => t !== ''))] : [];
    case 'createTable': {
      const refs = [...op.columns.map((c) => c.references?.table), ...op.constraints.map((c) => c.references?.table)];
      return [...new Set([op.table, ...refs.filter((t): t is string => typeof t === 'string')])];
    }
    default:
      return 'table' in op && typeof op.table === 'string' ? [op.table] : [];
  }
}
