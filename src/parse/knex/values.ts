import type * as t from '@babel/types';
import type { Loc } from '../../ir.js';
import type { ReplayCall, ReplayLink } from './replay.js';
import type { ConstValue, DefaultArgument } from './types.js';

/**
 * Abstract values the Knex evaluator tracks instead of running the migration. Each stands for
 * what the expression would be at run time as far as the schema is concerned.
 */

/** A lexical scope: names bound to values, or to a declaration evaluated on first use. */
export interface Scope {
  parent: Scope | null;
  bindings: Map<string, Binding>;
}

export type Binding =
  | { state: 'value'; value: Value }
  /** A `const`/`let` initialiser or function declaration not evaluated yet (module level, hoisting). */
  | { state: 'lazy'; node: t.Expression | t.FunctionDeclaration; scope: Scope };

export type FunctionNode = t.FunctionDeclaration | t.FunctionExpression | t.ArrowFunctionExpression | t.ObjectMethod;

/** A Knex `raw(...)` (or `knex.fn.now()` / `knex.fn.uuid()`) that runs only when awaited or returned. */
export interface RawDraft {
  sql: string;
  /** Where the SQL text starts, for mapping embedded-SQL lines to the host file. */
  origin: { line: number; column: number };
  loc: Loc;
  executed: boolean;
  /** `knex.fn.uuid()`: replayed as Knex's own function, whose SQL differs per dialect. */
  knexFn?: 'uuid';
  /** Some bindings were not known: `sql` has placeholders (`"_"`, NULL) where they go, not what Knex sends. */
  placeholders?: true;
}

export interface QueryDraft {
  table: string | null;
  /** Why the table is not known statically. */
  tableDynamic: string | null;
  action: 'update' | 'delete' | 'insert' | 'truncate' | 'select' | null;
  hasWhere: boolean;
  /** `update({ col: value })` / `update('col', value)`: each column set and the value it gets. */
  set: Array<{ column: string; value: Value }> | null;
  loc: Loc;
  executed: boolean;
  /** The builder calls from `knex('t')` on, with literal arguments, to replay on Knex's query builder (a view's `as()`). */
  chain: ReplayLink[];
  /** Why the chain cannot be replayed (a write method, a value not known statically...); null while it can. */
  notReplayable: string | null;
  /** The evaluator's conditional depth when the builder was made: a call deeper than that may not happen. */
  conditionalBase: number;
  /** The builder of a callback inside a query (a where group, a join clause): JoinClause methods are allowed too. */
  callback?: true;
}

export interface ColumnDraft {
  name: string;
  /** The table-builder method (`string`, `increments`...). */
  method: string;
  typeArgs: ConstValue[];
  loc: Loc;
  mode: 'add' | 'alter';
  alterNullable: boolean;
  alterType: boolean;
  /** `nullable()` → true, `notNullable()` → false, unset → null. */
  nullable: boolean | null;
  defaultTo: DefaultArgument | null;
  comment: string | null | undefined;
  checks: Array<{ expression: string; name: string | null }>;
  unsigned: boolean;
  position: 'first' | { after: string } | null;
  /** The recorded call, for replay on Knex's compiler. */
  call: ReplayCall | null;
}

export interface ForeignDraft {
  columns: string[];
  keyName: string | null;
  references: string[];
  inTable: string | null;
  onDelete: string | null;
  onUpdate: string | null;
  /** The recorded `table.foreign(...)` call its modifiers chain onto (null for a column's references()). */
  call?: ReplayCall | null;
}

export type TableStatement =
  | { kind: 'index'; columns: string[]; name: string | null; unique: boolean; method: string | null; where: string | null; loc: Loc }
  | { kind: 'unique'; columns: string[]; name: string | null; asIndex: boolean; loc: Loc }
  | { kind: 'primary'; columns: string[]; name: string | null; loc: Loc }
  | { kind: 'foreign'; fk: ForeignDraft; loc: Loc }
  | { kind: 'dropColumn'; columns: string[]; loc: Loc }
  | { kind: 'renameColumn'; from: string; to: string; loc: Loc }
  | { kind: 'dropIndex'; columns: string[]; name: string | null; loc: Loc }
  | { kind: 'dropUnique' | 'dropForeign'; columns: string[]; name: string | null; ifExists: boolean; loc: Loc }
  | { kind: 'dropPrimary'; name: string | null; ifExists: boolean; loc: Loc }
  | { kind: 'check'; expression: string; name: string | null; loc: Loc }
  | { kind: 'dropChecks'; names: string[]; loc: Loc }
  | { kind: 'setNullable' | 'dropNullable'; column: string; loc: Loc };

/** Builder calls recorded for replay on Knex's compiler (a table's or a view's builder callback). */
export interface Recording {
  /** Every builder call with literal arguments. */
  calls: ReplayCall[];
  /** False once a call had an argument or receiver we cannot replay (the static lowering is used). */
  replayable: boolean;
  /** The evaluator's conditional depth when the schema call started: deeper calls are conditional. */
  conditionalBase: number;
}

/** A createView/createViewOrReplace/createMaterializedView/alterView builder callback. */
export interface ViewDraft extends Recording {
  mode: 'create' | 'alter';
  /** Why the view cannot be replayed, for the report and the dry-run; null while it can. */
  notReplayable: string | null;
}

export interface TableDraft extends Recording {
  mode: 'create' | 'alter';
  /** The name as passed to Knex (used for Knex's generated index names). */
  rawName: string;
  schema: string | null;
  /** Canonical IR name. */
  table: string;
  ifNotExists: boolean;
  columns: ColumnDraft[];
  statements: TableStatement[];
  /** `table.check(...)` inside createTable: inline CHECK constraints. */
  createChecks: Array<{ expression: string; name: string | null }>;
  comment: string | undefined;
  loc: Loc;
}

export type Value =
  | { kind: 'const'; value: ConstValue }
  | { kind: 'array'; items: Value[] }
  /** The knex instance or a transaction (`trx`); `savepoint`: a transaction opened on another one. */
  | { kind: 'knex'; transaction: boolean; savepoint?: boolean }
  | { kind: 'knexFn' }
  | { kind: 'schema'; schemaName: string | null }
  | { kind: 'tableBuilder'; draft: TableDraft }
  | { kind: 'column'; column: ColumnDraft; draft: TableDraft; foreign: ForeignDraft | null }
  | { kind: 'foreign'; fk: ForeignDraft; draft?: TableDraft }
  | { kind: 'viewBuilder'; draft: ViewDraft }
  /** alterView's `view.column('a')`: its rename()/defaultTo() chain onto the recorded call. */
  | { kind: 'viewColumn'; draft: ViewDraft; call: ReplayCall }
  | { kind: 'query'; query: QueryDraft }
  | { kind: 'raw'; raw: RawDraft; default: DefaultArgument }
  /** `knex.ref('t.col')` with a constant name: an identifier Knex quotes per dotted part. */
  | { kind: 'ref'; name: string }
  /** A hasTable/hasColumn check: its result decides whether guarded operations run. */
  | { kind: 'existenceCheck' }
  | { kind: 'function'; node: FunctionNode; scope: Scope }
  /** A method taken off a builder (`const { raw } = knex`): calling it calls the method. */
  | { kind: 'boundMethod'; receiver: Value; method: string }
  /** `knex.client` / `knex.client.config`: leads to the client name. */
  | { kind: 'knexClient'; part: 'client' | 'config' }
  /** `knex.client.config.client`, `knex.client.dialect`, `knex.client.driverName`: the target dialect's client. */
  | { kind: 'clientName' }
  /** Not known statically; `why` says what made it dynamic when that matters for a message. */
  | { kind: 'unknown'; why: string | null };

export const UNKNOWN: Value = { kind: 'unknown', why: null };
