import type { PendingSql } from '../orm/embedded-sql.js';
import type * as t from '@babel/types';
import type { Dialect, Loc, Op, OpOf } from '../../ir.js';
import { qualifiedName } from '../names.js';
import { compileTable } from './compile.js';
import { QUERY_CALLBACK_METHODS, READ_ONLY_QUERY_METHODS, type ReplayArg, type ReplayCall, type ReplayLink, type SchemaReplay } from './replay.js';
import { KNEX_COLUMN_METHODS, type ConstValue } from './types.js';
import { suggestMethod } from './typos.js';
import { isRecord, JsEvaluator, propertyKey, sourceSnippet } from './javascript.js';
import {
  UNKNOWN,
  type ColumnDraft,
  type ForeignDraft,
  type QueryDraft,
  type RawDraft,
  type Recording,
  type Scope,
  type TableDraft,
  type Value,
  type ViewDraft,
} from './values.js';

/**
 * The Knex API over the JavaScript evaluator: what the `knex` passed to `up`/`down` and its schema,
 * table, column and query builders do when a migration reads, calls or awaits them. The evaluator
 * follows the function (helpers, constant loops, guards) without running any of it; the first
 * Knex call that needs a value it cannot know reports an `unparsed` (dynamic) op at its line.
 */

/**
 * A schema call to replay on Knex's compiler (async, lazily loaded); `fallback` is the static
 * lowering, used when Knex rejects the replay or needs the live database to compile it.
 */
export interface PendingKnex {
  kind: 'pendingKnex';
  replay: SchemaReplay;
  fallback: Op[];
  conditional: boolean;
  loc: Loc;
}

/**
 * A Knex `update()` that sets columns from SQL (`knex.raw`, `knex.ref`): `sql` is an UPDATE with
 * just those assignments, as Knex renders them, for the SQL front end to say which columns it
 * derives from the row's other columns (`dml.derives`), so both front ends decide it one way.
 */
export interface PendingUpdate {
  kind: 'pendingUpdate';
  op: OpOf<'dml'>;
  sql: string;
  loc: Loc;
}

/** Knex's raw SQL is reported at its `raw(...)` call when the SQL front end cannot lower it. */
export type Emitted = Op | (PendingSql & { loc: Loc }) | PendingKnex | PendingUpdate;

const TABLE_METHODS_EXTRA = [
  'timestamps', 'comment', 'foreign', 'check', 'index', 'unique', 'primary', 'dropIndex', 'dropUnique',
  'dropUniqueIfExists', 'dropForeign', 'dropForeignIfExists', 'dropPrimary', 'dropPrimaryIfExists', 'setNullable',
  'dropNullable', 'dropColumn', 'dropColumns', 'renameColumn', 'dropTimestamps', 'dropChecks', 'engine', 'charset',
  'collate', 'inherits', 'queryContext',
];
const TABLE_METHODS: ReadonlySet<string> = new Set([...KNEX_COLUMN_METHODS, ...TABLE_METHODS_EXTRA]);

const COLUMN_METHODS: ReadonlySet<string> = new Set([
  'nullable', 'notNullable', 'notNull', 'defaultTo', 'default', 'defaultsTo', 'unique', 'index', 'primary',
  'references', 'inTable', 'on', 'onDelete', 'onUpdate', 'withKeyName', 'deferrable', 'comment', 'unsigned',
  'first', 'after', 'collate', 'check', 'checkPositive', 'checkNegative', 'checkIn', 'checkNotIn', 'checkBetween',
  'checkLength', 'checkRegex', 'alter', 'alterType', 'drop', 'queryContext',
]);

/** Knex's view builder (viewbuilder.js, the PostgreSQL/MySQL ones add the check options). */
const VIEW_METHODS: ReadonlySet<string> = new Set(['columns', 'as', 'checkOption', 'localCheckOption', 'cascadedCheckOption', 'queryContext']);
/** alterView's `view.column(name)` (viewbuilder.js AlterMethods): these two only. */
const VIEW_COLUMN_METHODS: ReadonlySet<string> = new Set(['rename', 'defaultTo']);
const VIEW_CALLBACK_METHODS: Record<string, 'create' | 'alter' | undefined> = {
  createView: 'create',
  createViewOrReplace: 'create',
  createMaterializedView: 'create',
  alterView: 'alter',
  view: 'alter',
};

/** Method names that, called on something unknown in a migration, are Knex calls we cannot follow. */
const KNEX_LOOKING_METHODS: ReadonlySet<string> = new Set([
  'createTable', 'createTableIfNotExists', 'alterTable', 'dropTable', 'dropTableIfExists', 'renameTable',
  'dropColumn', 'dropColumns', 'renameColumn', 'raw', 'createView', 'dropView', 'withSchema',
]);

const SCHEMA_PASSTHROUGH = new Set(['transacting', 'queryContext', 'debug', 'connection', 'options', 'timeout']);
const QUERY_WHERE = /^(where|orWhere|andWhere|whereNot|orWhereNot|andWhereNot)/;
const QUERY_ACTIONS: Record<string, QueryDraft['action']> = {
  update: 'update',
  increment: 'update',
  decrement: 'update',
  insert: 'insert',
  upsert: 'insert',
  del: 'delete',
  delete: 'delete',
  truncate: 'truncate',
  select: 'select',
  first: 'select',
  pluck: 'select',
  count: 'select',
};

type Call = t.CallExpression | t.OptionalCallExpression;

export class KnexEvaluator extends JsEvaluator<Exclude<Emitted, Op>> {
  /** Schema calls lowered statically because a call could not be replayed on Knex's compiler. */
  readonly staticallyLowered: Loc[] = [];
  /** How many view builder callbacks are being followed (their queries are replayed, callbacks included). */
  private viewDepth = 0;

  constructor(
    file: string,
    private readonly dialect: Dialect,
    source: string,
  ) {
    super(file, source);
  }

  // ---- public entry points -------------------------------------------------------------------

  /**
   * Runs a migration function (`up`/`down`) with `knex` as its first argument. Knex's migrator
   * passes the migration's own transaction when it runs it in one (migrator.js `_transaction`), so
   * a `knex.transaction()` inside is a savepoint on that transaction, not a second transaction.
   */
  runMigrationFunction(fn: Value, transactional = false): Emitted[] {
    return this.runFunction(fn, [{ kind: 'knex', transaction: transactional }, UNKNOWN]);
  }

  // ---- the evaluator's hooks -------------------------------------------------------------------

  /** Awaiting/returning a raw or a data query is what makes Knex send it. */
  execute(value: Value): void {
    if (value.kind === 'raw' && !value.raw.executed) {
      value.raw.executed = true;
      // Trailing whitespace before the closing quote is not part of the last statement.
      this.push({ kind: 'pendingSql', text: value.raw.sql.trimEnd(), origin: value.raw.origin, loc: value.raw.loc, conditional: this.conditionalDepth > 0 });
    } else if (value.kind === 'query' && !value.query.executed) {
      value.query.executed = true;
      this.executeQuery(value.query);
    } else if (value.kind === 'array') {
      for (const item of value.items) this.execute(item);
    }
  }

  private executeQuery(q: QueryDraft): void {
    if (!q.action || q.action === 'select') return;
    if (q.table === null) {
      this.dynamic(q.loc, `Cannot tell which table this Knex ${q.action} changes${q.tableDynamic ? `: ${q.tableDynamic}` : ''}.`);
      return;
    }
    if (q.action === 'truncate') {
      this.emit({ kind: 'truncate', tables: [q.table], loc: q.loc });
      return;
    }
    const op: OpOf<'dml'> = { kind: 'dml', action: q.action, table: q.table, hasWhere: q.hasWhere, loc: q.loc };
    const assignments = q.action === 'update' ? this.sqlAssignments(q.set ?? []) : [];
    if (assignments.length === 0) {
      this.emit(op);
      return;
    }
    if (this.conditionalDepth > 0) op.conditional = true;
    const sql = `UPDATE ${knexIdentifier(q.table, this.dialect)} SET ${assignments.join(', ')}`;
    this.push({ kind: 'pendingUpdate', op, sql, loc: q.loc });
  }

  /**
   * The assignments of an update whose value is SQL Knex sends as written (a raw with static
   * bindings, a ref). Data values are bound parameters: never another column, so left out.
   */
  private sqlAssignments(set: Array<{ column: string; value: Value }>): string[] {
    const out: string[] = [];
    for (const { column, value } of set) {
      // `update({ 't.col': ... })`: a qualified target is not what PostgreSQL reads as a column.
      if (column.includes('.')) continue;
      const sql = value.kind === 'ref' ? knexIdentifier(value.name, this.dialect) : value.kind === 'raw' && !value.raw.placeholders ? value.raw.sql : null;
      if (sql !== null) out.push(`${knexIdentifier(column, this.dialect)} = ${sql}`);
    }
    return out;
  }

  /** `knex.schema`, `knex.fn`, `knex.client.config.client`, and `knex.raw` read as a value to call later. */
  protected override hostMember(object: Value, name: string): Value | undefined {
    if (object.kind === 'knex') {
      if (name === 'schema') return { kind: 'schema', schemaName: null };
      if (name === 'fn') return { kind: 'knexFn' };
      if (name === 'client') return { kind: 'knexClient', part: 'client' };
      return { kind: 'boundMethod', receiver: object, method: name };
    }
    if (object.kind === 'knexClient') {
      if (object.part === 'client' && name === 'config') return { kind: 'knexClient', part: 'config' };
      if ((object.part === 'client' && (name === 'dialect' || name === 'driverName')) || (object.part === 'config' && name === 'client')) return { kind: 'clientName' };
      return UNKNOWN;
    }
    return undefined;
  }

  protected override callHost(fn: Value, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value | undefined {
    if (fn.kind !== 'knex') return undefined;
    // knex('users') starts a query builder on that table.
    const args = this.args(node, scope);
    return { kind: 'query', query: this.newQuery(args[0], node, outer, args.length > 0 ? { method: 'table', args } : null) };
  }

  /** The Knex API: each kind of builder to the handler of its methods. */
  private static readonly API: { [K in Value['kind']]?: (evaluator: KnexEvaluator, receiver: Extract<Value, { kind: K }>, method: string, node: Call, scope: Scope, outer: t.Node) => Value } = {
    knex: (ev, receiver, method, node, scope, outer) => ev.callKnex(receiver, method, node, scope, outer),
    knexFn: (ev, _receiver, method, node, scope) => ev.callKnexFn(method, node, scope),
    schema: (ev, receiver, method, node, scope) => ev.callSchema(receiver, method, node, scope),
    tableBuilder: (ev, receiver, method, node, scope, outer) => ev.callTable(receiver.draft, method, node, scope, outer),
    column: (ev, receiver, method, node, scope, outer) => ev.callColumn(receiver, method, node, scope, outer),
    foreign: (ev, receiver, method, node, scope) => {
      if (receiver.draft) {
        const args = ev.args(node, scope);
        ev.recordLink(receiver.draft, receiver.fk.call, method, args);
        return ev.callForeign(receiver, receiver.fk, method, node, scope, args);
      }
      return ev.callForeign(receiver, receiver.fk, method, node, scope);
    },
    query: (ev, receiver, method, node, scope) => ev.callQuery(receiver, method, node, scope),
    viewBuilder: (ev, receiver, method, node, scope, outer) => ev.callView(receiver, method, node, scope, outer),
    viewColumn: (ev, receiver, method, node, scope, outer) => ev.callViewColumn(receiver, method, node, scope, outer),
    raw: (ev, receiver, method, node, scope) => {
      // raw(...).transacting(trx) / .timeout(ms) still run the same SQL when awaited.
      ev.args(node, scope);
      if (method === 'toString' || method === 'toQuery') return { kind: 'const', value: receiver.raw.sql };
      return method === 'toSQL' ? UNKNOWN : receiver;
    },
  };

  protected override callHostMethod(receiver: Value, method: string, node: Call, scope: Scope, outer: t.Node): Value | undefined {
    const handler = KnexEvaluator.API[receiver.kind] as ((evaluator: KnexEvaluator, receiver: Value, method: string, node: Call, scope: Scope, outer: t.Node) => Value) | undefined;
    return handler?.(this, receiver, method, node, scope, outer);
  }

  protected override callLookalike(receiver: Value & { kind: 'unknown' }, method: string, node: t.CallExpression | t.OptionalCallExpression): Value | undefined {
    if (!KNEX_LOOKING_METHODS.has(method)) return undefined;
    // Almost certainly Knex, but not the instance passed to up/down (an imported `db`, a
    // parameter of an imported helper...). It cannot be checked, and if it is another Knex
    // instance it runs outside the migration's transaction.
    const object = node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression' ? sourceSnippet(node.callee.object, this.source) : 'this';
    const why = receiver.why ? ` (${receiver.why})` : '';
    this.dynamic(this.callLoc(node), `\`${object}.${method}()\` is not called on the \`knex\` passed to the migration${why}, so it cannot be checked; if \`${object}\` is another Knex instance it also runs outside the migration's transaction.`);
    // Its callbacks are table builders of an unknown table: one report is enough.
    return { kind: 'unknown', why: null };
  }

  protected override escapes(node: t.CallExpression | t.OptionalCallExpression, args: Value[], fn: Value): void {
    const escapes = args.some((a) => a.kind === 'knex' || a.kind === 'schema' || a.kind === 'tableBuilder' || a.kind === 'column' || a.kind === 'viewBuilder' || a.kind === 'viewColumn');
    if (escapes) {
      const why = fn.kind === 'unknown' && fn.why ? fn.why : `\`${sourceSnippet(node.callee, this.source)}\` is not defined in this file`;
      this.dynamic(this.loc(node), `Knex is passed to \`${sourceSnippet(node.callee, this.source)}(...)\`, which cannot be followed statically (${why}); the schema changes it makes are not checked.`);
    }
  }

  protected override discarded(value: Value, node: t.Expression): void {
    if (isLazyBuilder(value)) {
      // Knex builders are thenables: without await/return/.then() the statement never runs.
      // Its ops are still lowered (they are what the author meant) but the bug is reported.
      this.dynamic(this.loc(node), 'This Knex builder is neither awaited nor returned, so Knex never runs it (builders are lazy thenables). Add `await` or `return`.', true);
    }
  }

  protected override awaited(value: Value): Value {
    return value.kind === 'const' || value.kind === 'knex' || value.kind === 'existenceCheck' ? value : UNKNOWN;
  }

  protected override equals(left: Value, right: Value): boolean | null {
    // Dialect branches (`knex.client.config.client === 'sqlite3'`): decided for the target dialect.
    const name = left.kind === 'clientName' && right.kind === 'const' ? right.value : right.kind === 'clientName' && left.kind === 'const' ? left.value : undefined;
    return typeof name === 'string' ? clientMatches(name, this.dialect) : null;
  }

  protected override destructurable(value: Value): boolean {
    return value.kind === 'knex' || super.destructurable(value);
  }

  protected override isCheck(value: Value): boolean {
    return value.kind === 'existenceCheck';
  }

  // ---- knex instance ---------------------------------------------------------------------------

  /** A query builder; `start` is the call that made it (`knex('t')` is Knex's `queryBuilder().table('t')`). */
  private newQuery(tableArg: Value | undefined, node: t.Node, outer: t.Node, start: { method: string; args: Value[] } | null = null): QueryDraft {
    const table = tableArg?.kind === 'const' && typeof tableArg.value === 'string' ? this.tableName(tableArg.value, null) : null;
    const tableDynamic = tableArg === undefined ? null : tableArg.kind === 'unknown' ? tableArg.why : table === null ? 'the table is not a string' : null;
    const query: QueryDraft = { table, tableDynamic, action: null, hasWhere: false, set: null, loc: this.loc(node, outer), executed: false, chain: [], notReplayable: null, conditionalBase: this.conditionalDepth };
    if (start) this.recordQueryLink(query, start.method, start.args);
    return query;
  }

  /** Records a query builder call for replay; the first one Knex's builder cannot replay says why. */
  private recordQueryLink(query: QueryDraft, method: string, args: Value[]): void {
    if (query.notReplayable !== null) return;
    if (!(query.callback ? QUERY_CALLBACK_METHODS : READ_ONLY_QUERY_METHODS).has(method)) {
      query.notReplayable = `it calls \`.${method}()\`, which is not a read-only query builder method`;
      return;
    }
    if (this.conditionalDepth > query.conditionalBase) {
      query.notReplayable = `whether it calls \`.${method}()\` depends on a condition not known statically`;
      return;
    }
    const replayArgs: ReplayArg[] = [];
    for (const a of args) {
      // Callbacks run only for a query built inside a view's callback: elsewhere nothing replays it.
      const arg = a.kind === 'function' && this.viewDepth > 0 ? this.queryCallback(a) : queryReplayArg(a);
      if (typeof arg === 'string') {
        query.notReplayable = `an argument of \`.${method}()\` ${arg}`;
        return;
      }
      replayArgs.push(arg);
    }
    query.chain.push({ method, args: replayArgs });
  }

  /**
   * A builder callback passed to a query method: run once on a builder of its own (as Knex does
   * when it compiles the query), its calls recorded; the reason when they cannot be.
   */
  private queryCallback(fn: Extract<Value, { kind: 'function' }>): ReplayArg | string {
    const builder: QueryDraft = { table: null, tableDynamic: null, action: null, hasWhere: false, set: null, loc: this.loc(fn.node), executed: false, chain: [], notReplayable: null, conditionalBase: this.conditionalDepth, callback: true };
    const value: Value = { kind: 'query', query: builder };
    const start = this.sink.length;
    this.callFunction(fn, [value], value);
    // Whatever else the callback does (a report, a schema call) is not a builder's calls.
    if (this.sink.length > start) return 'is a callback that does more than call its builder';
    return builder.notReplayable === null ? { kind: 'callback', chain: builder.chain } : `is a callback that cannot be recorded: ${builder.notReplayable}`;
  }

  private callKnex(receiver: Extract<Value, { kind: 'knex' }>, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value {
    switch (method) {
      case 'raw':
        return this.rawValue(node, scope);
      case 'table':
      case 'from':
      case 'into':
      case 'queryBuilder': {
        const args = this.args(node, scope);
        const start = method === 'queryBuilder' ? null : { method, args };
        return { kind: 'query', query: this.newQuery(method === 'queryBuilder' ? undefined : args[0], node, outer, start) };
      }
      case 'select':
      case 'insert':
      case 'update':
      case 'del':
      case 'delete':
      case 'truncate': {
        const args = this.args(node, scope);
        const query = this.newQuery(undefined, node, outer, { method, args });
        query.action = QUERY_ACTIONS[method] ?? null;
        return { kind: 'query', query };
      }
      case 'transaction':
        return this.callTransaction(receiver, node, scope);
      case 'commit':
      case 'rollback':
        this.args(node, scope);
        if (receiver.savepoint) {
          const sql = method === 'commit' ? 'RELEASE SAVEPOINT trx;' : 'ROLLBACK TO SAVEPOINT trx;';
          this.emit({ kind: 'other', statement: 'TransactionStmt', object: null, sql, loc: this.loc(node, outer) });
        } else if (receiver.transaction) this.emit({ kind: 'transaction', action: method, loc: this.loc(node, outer) });
        return UNKNOWN;
      case 'ref': {
        // knex.ref('t.col'): an identifier, static when its name is.
        const [name] = this.args(node, scope);
        return name?.kind === 'const' && typeof name.value === 'string' ? { kind: 'ref', name: name.value } : UNKNOWN;
      }
      case 'withSchema':
        this.args(node, scope);
        return UNKNOWN;
      default:
        this.args(node, scope);
        return UNKNOWN;
    }
  }

  /**
   * `knex.transaction(async (trx) => ...)`: on the migrator's own transaction (a transactional
   * migration) or on a `trx`, Knex issues SAVEPOINT / RELEASE SAVEPOINT (transaction.js); only on a
   * plain knex (`config.transaction: false`) is it a real BEGIN/COMMIT on its own connection.
   */
  private callTransaction(receiver: Extract<Value, { kind: 'knex' }>, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const [cb] = this.args(node, scope);
    const loc = this.loc(node);
    const savepoint = receiver.transaction;
    if (savepoint) this.emit({ kind: 'other', statement: 'TransactionStmt', object: null, sql: 'SAVEPOINT trx;', loc });
    else this.emit({ kind: 'transaction', action: 'begin', loc });
    if (cb?.kind === 'function') {
      for (const v of this.callFunction(cb, [{ kind: 'knex', transaction: true, savepoint }])) this.execute(v);
      const end = { ...loc, line: loc.endLine };
      if (savepoint) this.emit({ kind: 'other', statement: 'TransactionStmt', object: null, sql: 'RELEASE SAVEPOINT trx;', loc: end });
      else this.emit({ kind: 'transaction', action: 'commit', loc: end });
      return UNKNOWN;
    }
    // `const trx = await knex.transaction()`: the caller commits (or releases) explicitly.
    return { kind: 'knex', transaction: true, savepoint };
  }

  private callKnexFn(method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const args = this.args(node, scope);
    const loc = this.loc(node);
    const origin = { line: loc.line, column: loc.column };
    if (method === 'now') {
      const p = args[0]?.kind === 'const' && typeof args[0].value === 'number' ? args[0].value : null;
      const sql = p === null ? 'CURRENT_TIMESTAMP' : `CURRENT_TIMESTAMP(${p})`;
      return { kind: 'raw', raw: { sql, origin, loc, executed: true }, default: { kind: 'now', precision: p } };
    }
    if (method === 'uuid') {
      // knex.fn.uuid(): gen_random_uuid() on PostgreSQL, (UUID()) on MySQL — both per row.
      const sql = this.dialect === 'mysql' ? '(UUID())' : 'gen_random_uuid()';
      return { kind: 'raw', raw: { sql, origin, loc, executed: true, knexFn: 'uuid' }, default: { kind: 'raw', sql } };
    }
    return UNKNOWN;
  }

  /** `knex.raw(sql, bindings)`: constant SQL with `?`/`??` bindings substituted the way Knex does. */
  private rawValue(node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const [sqlNode] = node.arguments;
    const args = this.args(node, scope);
    const loc = this.loc(node);
    const sqlValue = args[0];
    if (!sqlNode || sqlValue?.kind !== 'const' || typeof sqlValue.value !== 'string') {
      const why = sqlValue?.kind === 'unknown' && sqlValue.why ? sqlValue.why : 'the SQL is not a constant string';
      this.dynamic(loc, `Cannot read the SQL of this raw() call statically: ${why}.`);
      return { kind: 'unknown', why: null };
    }
    let sql = sqlValue.value;
    let placeholders = false;
    const bindings = args[1];
    if (bindings !== undefined && /\?/.test(sql)) {
      const list = staticBindings(bindings);
      const substituted = list ? substituteBindings(sql, list, this.dialect) : null;
      if (substituted === null) {
        this.dynamic(loc, `Cannot resolve the bindings of this raw() call statically; the SQL is checked with placeholders.`);
        sql = sql.replace(/\?\?/g, '"_"').replace(/\?/g, 'NULL');
        placeholders = true;
      } else {
        sql = substituted;
        // A nested raw whose own bindings were not known (reported at it) leaves its placeholders here.
        placeholders = list!.some((b) => b.kind === 'raw' && b.placeholders);
      }
    }
    const origin = stringStart(this.literalOf.get(sqlValue) ?? sqlNode);
    const raw: RawDraft = { sql, origin, loc, executed: false, ...(placeholders ? { placeholders: true as const } : {}) };
    return { kind: 'raw', raw, default: { kind: 'raw', sql } };
  }

  // ---- schema builder --------------------------------------------------------------------------

  tableName(raw: string, schema: string | null): string {
    // Knex wraps each dotted part in quotes, so names keep their case (no folding).
    const parts = raw.split('.');
    if (parts.length >= 2) return qualifiedName(parts[parts.length - 2], parts[parts.length - 1]!);
    return qualifiedName(schema, raw);
  }

  private constString(value: Value | undefined, what: string, loc: Loc, call: string): string | null {
    if (value?.kind === 'const' && typeof value.value === 'string') return value.value;
    const why = value?.kind === 'unknown' && value.why ? value.why : value === undefined ? 'it is missing' : 'it is not a constant string';
    this.dynamic(loc, `Cannot resolve the ${what} of \`${call}\` statically: ${why}. This operation is not checked.`);
    return null;
  }

  private callSchema(receiver: Extract<Value, { kind: 'schema' }>, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const loc = this.callLoc(node);
    const schema = receiver.schemaName;
    const call = `${method}(...)`;
    if (method === 'raw') {
      const raw = this.rawValue(node, scope);
      this.execute(raw);
      return receiver;
    }
    if (method === 'withSchema') {
      const [s] = this.args(node, scope);
      const name = this.constString(s, 'schema', loc, call);
      return name === null ? { kind: 'unknown', why: null } : { kind: 'schema', schemaName: name };
    }
    if (SCHEMA_PASSTHROUGH.has(method)) {
      this.args(node, scope);
      return receiver;
    }
    const tableMethods: Record<string, { mode: 'create' | 'alter'; ifNotExists: boolean } | undefined> = {
      createTable: { mode: 'create', ifNotExists: false },
      createTableIfNotExists: { mode: 'create', ifNotExists: true },
      createTableLike: { mode: 'create', ifNotExists: false },
      alterTable: { mode: 'alter', ifNotExists: false },
      table: { mode: 'alter', ifNotExists: false },
      editTable: { mode: 'alter', ifNotExists: false },
    };
    const tableMethod = tableMethods[method];
    if (tableMethod) {
      const args = this.args(node, scope);
      const rawName = this.constString(args[0], 'table name', loc, call);
      if (rawName === null) return receiver;
      const cb = method === 'createTableLike' ? args[2] : args[1];
      const draft: TableDraft = {
        mode: tableMethod.mode,
        rawName: rawName.includes('.') ? rawName.split('.').pop()! : rawName,
        schema,
        table: this.tableName(rawName, schema),
        ifNotExists: tableMethod.ifNotExists,
        columns: [],
        statements: [],
        createChecks: [],
        comment: undefined,
        loc,
        calls: [],
        // createTableLike's callback is optional; the other table methods require one.
        replayable: cb?.kind === 'function' || (method === 'createTableLike' && cb === undefined),
        conditionalBase: this.conditionalDepth,
      };
      const start = this.sink.length;
      if (cb?.kind === 'function') this.callFunction(cb, [{ kind: 'tableBuilder', draft }], { kind: 'tableBuilder', draft });
      else if (cb !== undefined && cb.kind !== 'const') {
        this.dynamic(loc, `The builder callback of \`${call}\` cannot be followed statically; its columns are not checked.`);
      }
      // The table's ops come first (Knex sends them as one batch); reports from inside the callback follow.
      const inner = this.sink.splice(start);
      const fallback = compileTable(draft, this.dialect);
      // A report from inside the callback (dynamic value, typo'd method) means the recorded calls
      // are not the whole story: keep the static lowering there.
      const nameArgs = args.slice(0, method === 'createTableLike' ? 2 : 1).map(toReplayArg);
      const replayable = draft.replayable && !inner.some((e) => e.kind === 'unparsed') && nameArgs.every((a) => a !== null);
      this.schemaCall(replayable ? { schema, method, args: nameArgs as ReplayArg[], calls: draft.calls, loc } : null, fallback, loc);
      this.push(...inner);
      return receiver;
    }
    const args = this.args(node, scope);
    switch (method) {
      case 'dropTable':
      case 'dropTableIfExists': {
        const name = this.constString(args[0], 'table name', loc, call);
        if (name !== null) this.schemaCall(this.simpleReplay(schema, method, args.slice(0, 1), loc), [{ kind: 'dropTable', table: this.tableName(name, schema), ifExists: method === 'dropTableIfExists', cascade: false, loc }], loc);
        return receiver;
      }
      case 'renameTable': {
        const from = this.constString(args[0], 'table name', loc, call);
        const to = from === null ? null : this.constString(args[1], 'new table name', loc, call);
        if (from !== null && to !== null) this.schemaCall(this.simpleReplay(schema, method, args.slice(0, 2), loc), [{ kind: 'renameTable', table: this.tableName(from, schema), newName: this.tableName(to, schema), loc }], loc);
        return receiver;
      }
      case 'hasTable':
      case 'hasColumn':
        return { kind: 'existenceCheck' };
      case 'createView':
      case 'createViewOrReplace':
      case 'createMaterializedView':
      case 'alterView':
      case 'view':
        return this.viewCall(receiver, method, args, loc);
      case 'refreshMaterializedView':
      case 'dropView':
      case 'dropViewIfExists':
      case 'dropMaterializedView':
      case 'dropMaterializedViewIfExists':
      case 'renameView': {
        const name = this.constString(args[0], 'view name', loc, call);
        if (name === null) return receiver;
        this.schemaCall(this.simpleReplay(schema, method, args, loc), [this.staticViewOp(method, this.tableName(name, schema), loc)], loc);
        return receiver;
      }
      case 'createSchema':
      case 'createSchemaIfNotExists':
      case 'createExtension':
      case 'createExtensionIfNotExists':
      case 'dropExtension':
      case 'dropExtensionIfExists': {
        const name = this.constString(args[0], 'name', loc, call);
        if (name === null) return receiver;
        const statement = method.startsWith('createSchema') ? 'CreateSchemaStmt' : method.startsWith('create') ? 'CreateExtensionStmt' : 'DropStmt';
        // withSchema applies to tables only: Knex ignores it for schemas, and extensions take a schema option.
        this.schemaCall(this.simpleReplay(method.includes('Extension') ? schema : null, method, args, loc), [{ kind: 'other', statement, object: name, loc }], loc);
        return receiver;
      }
      case 'dropSchema':
      case 'dropSchemaIfExists': {
        const name = this.constString(args[0], 'schema name', loc, call);
        if (name !== null) this.schemaCall(this.simpleReplay(null, method, args, loc), [{ kind: 'dropSchema', target: 'schema', name, loc }], loc);
        return receiver;
      }
      default: {
        const suggestion = suggestMethod(method, [...Object.keys(tableMethods), 'dropTable', 'dropTableIfExists', 'renameTable', 'hasTable', 'hasColumn', 'raw', 'withSchema', 'createView', 'dropView']);
        this.dynamic(loc, `\`knex.schema.${method}()\` is not a Knex schema method${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; the migration throws a TypeError when it runs.`);
        return { kind: 'unknown', why: null };
      }
    }
  }

  /**
   * The statement a view call stands for when it cannot be replayed: opaque (no SQL), named as the
   * SQL front ends name it, so the schema model and the rollback pairing still see the view.
   */
  private staticViewOp(method: string, object: string, loc: Loc, notReplayable: string | null = null): Op {
    const mysql = this.dialect === 'mysql';
    const statement = method.startsWith('drop')
      ? mysql ? 'DROP VIEW' : 'DropStmt'
      : method.startsWith('refresh')
        ? 'RefreshMatViewStmt'
        : method === 'createMaterializedView'
          ? mysql ? 'CREATE MATERIALIZED VIEW' : 'CreateTableAsStmt'
          : method.startsWith('create')
            ? mysql ? 'CREATE VIEW' : 'ViewStmt'
            : mysql ? 'ALTER VIEW' : method === 'renameView' ? 'RenameStmt' : 'AlterTableStmt';
    const op: Op = { kind: 'other', statement, object, loc };
    if (notReplayable !== null) op.unrenderable = `the SQL Knex sends for this view is not known: ${notReplayable}`;
    return op;
  }

  /**
   * createView / createViewOrReplace / createMaterializedView / alterView: the builder callback's
   * calls (columns, as(query), check options, column(...).rename/defaultTo) are recorded as data,
   * with the query passed to as() as its chain of builder calls, and replayed on Knex's compiler.
   */
  private viewCall(receiver: Value, method: string, args: Value[], loc: Loc): Value {
    const schema = receiver.kind === 'schema' ? receiver.schemaName : null;
    const call = `${method}(...)`;
    const name = this.constString(args[0], 'view name', loc, call);
    if (name === null) return receiver;
    const object = this.tableName(name, schema);
    const nameArg = toReplayArg(args[0]!)!;
    const cb = args[1];
    if (cb === undefined || cb.kind === 'const') {
      // No callback: Knex calls it anyway and throws; the replay says so.
      this.schemaCall({ schema, method, args: [nameArg], calls: null, loc }, [this.staticViewOp(method, object, loc)], loc);
      return receiver;
    }
    const draft: ViewDraft = { mode: VIEW_CALLBACK_METHODS[method] ?? 'create', calls: [], replayable: true, conditionalBase: this.conditionalDepth, notReplayable: null };
    const start = this.sink.length;
    if (cb.kind === 'function') {
      this.viewDepth++;
      try {
        this.callFunction(cb, [{ kind: 'viewBuilder', draft }], { kind: 'viewBuilder', draft });
      } finally {
        this.viewDepth--;
      }
    } else {
      draft.notReplayable = `its builder callback cannot be followed statically${cb.kind === 'unknown' && cb.why ? ` (${cb.why})` : ''}`;
      this.dynamic(loc, `The builder callback of \`${call}\` cannot be followed statically; the view is not checked.`);
    }
    const inner = this.sink.splice(start);
    const reported = inner.find((e): e is OpOf<'unparsed'> => e.kind === 'unparsed');
    if (draft.notReplayable === null && reported) draft.notReplayable = `a value in its builder callback is not known statically (line ${reported.loc.line})`;
    if (draft.notReplayable === null && !draft.replayable) draft.notReplayable = 'a call in its builder callback cannot be recorded';
    const replayable = draft.notReplayable === null;
    this.schemaCall(replayable ? { schema, method, args: [nameArg], calls: draft.calls, loc } : null, [this.staticViewOp(method, object, loc, draft.notReplayable)], loc);
    this.push(...inner);
    return receiver;
  }

  /** `view.columns([...])`, `view.as(query)`, the check options; `view.column(name)` in alterView. */
  private callView(receiver: Extract<Value, { kind: 'viewBuilder' }>, method: string, node: Call, scope: Scope, outer: t.Node): Value {
    const { draft } = receiver;
    const loc = this.loc(node, outer);
    const args = this.args(node, scope);
    if (VIEW_METHODS.has(method) || (method === 'column' && draft.mode === 'alter')) {
      const recorded = this.recordViewCall(draft, method, args, loc);
      return method === 'column' ? { kind: 'viewColumn', draft, call: recorded } : UNKNOWN;
    }
    const known = draft.mode === 'alter' ? [...VIEW_METHODS, 'column'] : [...VIEW_METHODS];
    const suggestion = method === 'column' ? null : suggestMethod(method, known);
    const message =
      method === 'column'
        ? '`view.column()` only exists in alterView(); in a createView() callback the migration throws a TypeError.'
        : `\`view.${method}()\` is not a Knex view builder method${suggestion ? `; did you mean \`${suggestion}()\`` : ''}? The migration throws a TypeError when it runs.`;
    this.dynamic(loc, message);
    draft.notReplayable ??= method === 'column' ? '`view.column()` exists only in alterView()' : `\`view.${method}()\` is not a Knex view builder method`;
    return { kind: 'unknown', why: null };
  }

  /** alterView's `view.column('a').rename('b')` / `.defaultTo(value)`. */
  private callViewColumn(receiver: Extract<Value, { kind: 'viewColumn' }>, method: string, node: Call, scope: Scope, outer: t.Node): Value {
    const { draft, call } = receiver;
    const args = this.args(node, scope);
    if (VIEW_COLUMN_METHODS.has(method)) {
      const replayArgs = this.viewArgs(draft, method, args);
      if (replayArgs) call.chain.push({ method, args: replayArgs });
      return receiver;
    }
    const suggestion = suggestMethod(method, VIEW_COLUMN_METHODS);
    this.dynamic(this.loc(node, outer), `\`.${method}()\` is not a method of Knex's alterView column, which has rename() and defaultTo() only${suggestion ? ` (did you mean \`.${suggestion}()\`?)` : ''}; the migration throws a TypeError when it runs.`);
    draft.notReplayable ??= `\`.${method}()\` is not a method of Knex's alterView column`;
    return { kind: 'unknown', why: null };
  }

  private recordViewCall(draft: ViewDraft, method: string, args: Value[], loc: Loc): ReplayCall {
    const call: ReplayCall = { method, args: this.viewArgs(draft, method, args) ?? [], chain: [], loc, conditional: this.conditionalDepth > draft.conditionalBase, column: null };
    draft.calls.push(call);
    return call;
  }

  /** A view builder call's arguments as data (a query as its recorded chain); null, with the reason kept, when one is not. */
  private viewArgs(draft: ViewDraft, method: string, args: Value[]): ReplayArg[] | null {
    const out: ReplayArg[] = [];
    for (const a of args) {
      const arg = queryReplayArg(a);
      if (typeof arg === 'string') {
        draft.notReplayable ??= `the argument of \`view.${method}()\` ${arg}`;
        return null;
      }
      out.push(arg);
    }
    return out;
  }

  /** A schema call without a callback, replayable when every argument is data. */
  private simpleReplay(schema: string | null, method: string, args: Value[], loc: Loc): SchemaReplay | null {
    const replayArgs = args.map(toReplayArg);
    return replayArgs.every((a) => a !== null) ? { schema, method, args: replayArgs as ReplayArg[], calls: null, loc } : null;
  }

  /** Emits a schema call: replayed on Knex's compiler when possible, else its static lowering (marked). */
  private schemaCall(replay: SchemaReplay | null, fallback: Op[], loc: Loc): void {
    const conditional = this.conditionalDepth > 0;
    if (conditional) for (const op of fallback) op.conditional = true;
    if (replay) this.push({ kind: 'pendingKnex', replay, fallback, conditional, loc });
    else {
      if (fallback.length > 0) this.staticallyLowered.push(loc);
      this.push(...fallback);
    }
  }

  /** Records a builder call for replay; an argument we cannot replay makes the whole table static. */
  private recordCall(draft: Recording, method: string, args: Value[], loc: Loc): ReplayCall {
    const replayArgs = args.map(toReplayArg);
    if (replayArgs.some((a) => a === null)) draft.replayable = false;
    const call: ReplayCall = { method, args: replayArgs.filter((a): a is ReplayArg => a !== null), chain: [], loc, conditional: this.conditionalDepth > draft.conditionalBase, column: null };
    draft.calls.push(call);
    return call;
  }

  private recordLink(draft: Recording, call: ReplayCall | null | undefined, method: string, args: Value[]): void {
    if (!call) {
      draft.replayable = false;
      return;
    }
    const replayArgs = args.map(toReplayArg);
    if (replayArgs.some((a) => a === null)) draft.replayable = false;
    call.chain.push({ method, args: replayArgs.filter((a): a is ReplayArg => a !== null) });
  }

  /** Where a builder call starts: the chain's start for the first call, the `.method` for later links. */
  private callLoc(node: t.CallExpression | t.OptionalCallExpression): Loc {
    const callee = node.callee;
    if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && isChainedCall(callee.object)) {
      const base = this.loc(node);
      const prop = callee.property;
      return { ...base, line: prop.loc?.start.line ?? base.line, column: (prop.loc?.start.column ?? 0) + 1 };
    }
    return this.loc(node);
  }

  // ---- table builder ---------------------------------------------------------------------------

  private columnList(value: Value | undefined): string[] | null {
    if (value?.kind !== 'const') return null;
    const v = value.value;
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((c) => typeof c === 'string')) return v as string[];
    return null;
  }

  private callTable(draft: TableDraft, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value {
    const loc = this.loc(node, outer);
    const args = this.args(node, scope);
    const call = `${method}(...)`;
    const recorded = this.recordCall(draft, method, args, loc);
    if (KNEX_COLUMN_METHODS.has(method)) {
      const defaultName = method === 'increments' || method === 'bigIncrements' || method === 'bigincrements' ? 'id' : null;
      let name: string | null = defaultName;
      if (args[0] !== undefined && !(args[0].kind === 'const' && args[0].value === undefined && defaultName)) {
        name = this.constString(args[0], 'column name', loc, call);
      } else if (name === null) name = this.constString(undefined, 'column name', loc, call);
      if (name === null) return { kind: 'unknown', why: null };
      const typeArgs: ConstValue[] = [];
      for (const a of args.slice(1)) {
        // specificType('c', knex.raw('int4range')): Knex writes the raw SQL as the type.
        if (a.kind === 'raw') typeArgs.push(a.raw.sql);
        else if (a.kind !== 'const') {
          this.dynamic(loc, `Cannot resolve the arguments of \`${call}\` for column ${name} statically${a.kind === 'unknown' && a.why ? `: ${a.why}` : ''}; its type is not checked.`);
          typeArgs.push(undefined);
        } else typeArgs.push(a.value);
      }
      const column = this.addColumnDraft(draft, name, method, typeArgs, loc, recorded);
      recorded.column = name;
      return { kind: 'column', column, draft, foreign: null };
    }
    const firstColumns = () => {
      const cols = this.columnList(args[0]);
      if (cols === null) this.constString(args[0], 'columns', loc, call);
      return cols;
    };
    const optString = (v: Value | undefined): string | null => (v?.kind === 'const' && typeof v.value === 'string' ? v.value : null);
    switch (method) {
      case 'timestamps': {
        let [useTimestamps, defaultToNow, useCamelCase] = args.map((a) => (a.kind === 'const' ? a.value : undefined));
        if (isRecord(useTimestamps)) ({ useTimestamps, defaultToNow, useCamelCase } = useTimestamps);
        const type = useTimestamps === true ? 'timestamp' : 'datetime';
        for (const name of useCamelCase === true ? ['createdAt', 'updatedAt'] : ['created_at', 'updated_at']) {
          const column = this.addColumnDraft(draft, name, type, [], loc);
          if (defaultToNow === true) {
            column.nullable = false;
            column.defaultTo = { kind: 'raw', sql: 'CURRENT_TIMESTAMP' };
          }
        }
        return UNKNOWN;
      }
      case 'comment':
        draft.comment = optString(args[0]) ?? undefined;
        return { kind: 'tableBuilder', draft };
      case 'foreign': {
        const cols = firstColumns();
        if (cols === null) return { kind: 'unknown', why: null };
        const fk: ForeignDraft = { columns: cols, keyName: optString(args[1]), references: [], inTable: null, onDelete: null, onUpdate: null, call: recorded };
        draft.statements.push({ kind: 'foreign', fk, loc });
        return { kind: 'foreign', fk, draft };
      }
      case 'check': {
        const expression = this.checkExpression(args[0], args[1]);
        const name = optString(args[2]);
        if (expression === null) {
          this.dynamic(loc, 'Cannot resolve this check() expression statically; the constraint is not checked.');
          return { kind: 'tableBuilder', draft };
        }
        if (draft.mode === 'alter' && args[1]?.kind === 'const' && Array.isArray(args[1].value) && args[1].value.length > 0 && /\?/.test(String(args[0]?.kind === 'const' ? args[0].value : ''))) {
          // tablecompiler.js check(): in alterTable the bindings are dropped and `?`/`??` reach the database as written.
          this.dynamic(loc, 'Knex ignores the bindings of check() inside alterTable/table: the `?` placeholders are sent as written and the statement fails. Write the column names into the expression.');
        }
        if (draft.mode === 'create') draft.createChecks.push({ expression, name });
        else draft.statements.push({ kind: 'check', expression, name, loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'index':
      case 'unique':
      case 'primary': {
        const cols = firstColumns();
        if (cols === null) return { kind: 'tableBuilder', draft };
        this.pushKeyStatement(draft, method, cols, args[1], args[2], loc);
        return { kind: 'tableBuilder', draft };
      }
      case 'dropIndex': {
        const cols = this.columnList(args[0]) ?? [];
        draft.statements.push({ kind: 'dropIndex', columns: cols, name: optString(args[1]), loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'dropUnique':
      case 'dropUniqueIfExists':
      case 'dropForeign':
      case 'dropForeignIfExists': {
        const cols = this.columnList(args[0]) ?? [];
        const kind = method.startsWith('dropUnique') ? 'dropUnique' : 'dropForeign';
        draft.statements.push({ kind, columns: cols, name: optString(args[1]), ifExists: method.endsWith('IfExists'), loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'dropPrimary':
      case 'dropPrimaryIfExists':
        draft.statements.push({ kind: 'dropPrimary', name: optString(args[0]), ifExists: method.endsWith('IfExists'), loc });
        return { kind: 'tableBuilder', draft };
      case 'setNullable':
      case 'dropNullable': {
        const column = this.constString(args[0], 'column name', loc, call);
        if (column !== null) draft.statements.push({ kind: method, column, loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'dropColumn':
      case 'dropColumns': {
        const cols: string[] = [];
        for (const a of args) {
          const list = this.columnList(a);
          if (list === null) {
            this.constString(a, 'column name', loc, call);
            return { kind: 'tableBuilder', draft };
          }
          cols.push(...list);
        }
        draft.statements.push({ kind: 'dropColumn', columns: cols, loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'dropTimestamps': {
        const camel = args[0]?.kind === 'const' && args[0].value === true;
        draft.statements.push({ kind: 'dropColumn', columns: camel ? ['createdAt', 'updatedAt'] : ['created_at', 'updated_at'], loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'renameColumn': {
        const from = this.constString(args[0], 'column name', loc, call);
        const to = from === null ? null : this.constString(args[1], 'new column name', loc, call);
        if (from !== null && to !== null) draft.statements.push({ kind: 'renameColumn', from, to, loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'dropChecks': {
        const names = this.columnList(args[0]) ?? [];
        draft.statements.push({ kind: 'dropChecks', names, loc });
        return { kind: 'tableBuilder', draft };
      }
      case 'engine':
      case 'charset':
      case 'collate':
      case 'inherits':
      case 'queryContext':
        return { kind: 'tableBuilder', draft };
      default: {
        const suggestion = suggestMethod(method, TABLE_METHODS);
        this.dynamic(loc, `\`${method}()\` is not a Knex table builder method${suggestion ? `; did you mean \`${suggestion}\`` : ''}? The migration throws a TypeError when it runs.`);
        return { kind: 'unknown', why: null };
      }
    }
  }

  private addColumnDraft(draft: TableDraft, name: string, method: string, typeArgs: ConstValue[], loc: Loc, call: ReplayCall | null = null): ColumnDraft {
    const column: ColumnDraft = {
      name,
      method,
      typeArgs,
      loc,
      mode: 'add',
      alterNullable: true,
      alterType: true,
      nullable: null,
      defaultTo: null,
      comment: undefined,
      checks: [],
      unsigned: false,
      position: null,
      call,
    };
    draft.columns.push(column);
    return column;
  }

  /** index/unique/primary with Knex's optional name-or-options second argument. */
  private pushKeyStatement(draft: TableDraft, method: 'index' | 'unique' | 'primary', columns: string[], second: Value | undefined, third: Value | undefined, loc: Loc): void {
    const s = second?.kind === 'const' ? second.value : undefined;
    const options = isRecord(s) ? s : third?.kind === 'const' && isRecord(third.value) ? third.value : {};
    const name = typeof s === 'string' ? s : typeof options.indexName === 'string' ? options.indexName : typeof options.constraintName === 'string' ? options.constraintName : null;
    if (method === 'primary') {
      draft.statements.push({ kind: 'primary', columns, name, loc });
    } else if (method === 'unique') {
      const predicate = options.predicate !== undefined;
      const useConstraint = typeof options.useConstraint === 'boolean' ? options.useConstraint : Boolean(options.deferrable) || !predicate;
      draft.statements.push({ kind: 'unique', columns, name, asIndex: !useConstraint, loc });
    } else {
      const thirdValue = third?.kind === 'const' ? third.value : undefined;
      const indexType = typeof options.indexType === 'string' ? options.indexType : null;
      const method = typeof thirdValue === 'string' ? thirdValue : typeof options.storageEngineIndexType === 'string' ? options.storageEngineIndexType : null;
      draft.statements.push({ kind: 'index', columns, name, unique: indexType?.toLowerCase() === 'unique', method, where: null, loc });
    }
  }

  private checkExpression(expr: Value | undefined, bindings: Value | undefined): string | null {
    if (expr?.kind !== 'const' || typeof expr.value !== 'string') return null;
    if (bindings === undefined || (bindings.kind === 'const' && bindings.value == null)) return expr.value;
    const list = staticBindings(bindings);
    return list && substituteBindings(expr.value, list, this.dialect);
  }

  // ---- column builder --------------------------------------------------------------------------

  private callColumn(receiver: Extract<Value, { kind: 'column' }>, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, outer: t.Node): Value {
    const { column, draft } = receiver;
    const args = this.args(node, scope);
    this.recordLink(draft, column.call, method, args);
    const first = args[0];
    const str = (v: Value | undefined): string | null => (v?.kind === 'const' && typeof v.value === 'string' ? v.value : null);
    switch (method) {
      case 'nullable':
        column.nullable = !(first?.kind === 'const' && first.value === false);
        return receiver;
      case 'notNullable':
      case 'notNull':
        column.nullable = false;
        return receiver;
      case 'defaultTo':
      case 'default':
      case 'defaultsTo': {
        if (first?.kind === 'raw') column.defaultTo = first.default;
        else if (first?.kind === 'const') column.defaultTo = { kind: 'const', value: first.value };
        else {
          // The default exists even if its value is unknown: keep its presence for add-column-required.
          const argNode = node.arguments[0];
          const text = argNode ? sourceSnippet(argNode, this.source) : '?';
          column.defaultTo = { kind: 'raw', sql: text };
          const why = first?.kind === 'unknown' && first.why ? `: ${first.why}` : '';
          this.dynamic(column.loc, `Cannot resolve the default of column ${column.name} statically${why}; its volatility is not checked.`);
        }
        return receiver;
      }
      case 'unique':
      case 'index':
      case 'primary':
        // Knex ignores index/primary/unique on increments columns (they are already the key).
        if (!/increments/i.test(column.method)) this.pushKeyStatement(draft, method, [column.name], first, args[1], column.loc);
        return receiver;
      case 'references': {
        const fk: ForeignDraft = { columns: [column.name], keyName: null, references: [], inTable: null, onDelete: null, onUpdate: null };
        draft.statements.push({ kind: 'foreign', fk, loc: column.loc });
        this.setReferences(fk, first);
        return { ...receiver, foreign: fk };
      }
      case 'inTable':
      case 'on':
      case 'onDelete':
      case 'onUpdate':
      case 'withKeyName':
      case 'deferrable':
        if (receiver.foreign) this.callForeign(receiver, receiver.foreign, method, node, scope, args);
        return receiver;
      case 'comment':
        column.comment = first?.kind === 'const' && (typeof first.value === 'string' || first.value === null) ? first.value : undefined;
        return receiver;
      case 'unsigned':
        column.unsigned = true;
        return receiver;
      case 'first':
        column.position = 'first';
        return receiver;
      case 'after': {
        const after = str(first);
        if (after !== null) column.position = { after };
        return receiver;
      }
      case 'alter': {
        if (draft.mode !== 'alter') break;
        const options = first?.kind === 'const' && isRecord(first.value) ? first.value : {};
        column.mode = 'alter';
        column.alterNullable = options.alterNullable !== false;
        column.alterType = options.alterType !== false;
        return receiver;
      }
      case 'check': {
        const expression = this.checkExpression(first, args[1]);
        if (expression !== null) column.checks.push({ expression, name: str(args[2]) });
        return receiver;
      }
      case 'checkPositive':
      case 'checkNegative':
        column.checks.push({ expression: `${column.name} ${method === 'checkPositive' ? '>' : '<'} 0`, name: str(first) });
        return receiver;
      case 'checkIn':
      case 'checkNotIn': {
        const values = first?.kind === 'const' && Array.isArray(first.value) ? first.value : [];
        const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`)).join(',');
        column.checks.push({ expression: `${column.name} ${method === 'checkNotIn' ? 'not in' : 'in'} (${list})`, name: str(args[1]) });
        return receiver;
      }
      case 'checkBetween':
      case 'checkLength':
      case 'checkRegex':
        column.checks.push({ expression: `${method}(${column.name})`, name: str(method === 'checkLength' ? args[2] : args[1]) });
        return receiver;
      case 'collate':
      case 'alterType':
      case 'drop':
      case 'queryContext':
        return receiver;
      default:
        break;
    }
    const suggestion = method === 'alter' ? null : suggestMethod(method, COLUMN_METHODS);
    const message =
      method === 'alter'
        ? `\`.alter()\` only exists inside alterTable()/table(); in createTable() the migration throws a TypeError.`
        : `\`.${method}()\` is not a Knex column modifier${suggestion ? `; did you mean \`.${suggestion}()\`` : ''}? The migration throws a TypeError when it runs, so column ${column.name} is never ${draft.mode === 'create' ? 'created' : 'changed'} as written.`;
    this.dynamic(this.loc(node, outer), message);
    return { kind: 'unknown', why: null };
  }

  private setReferences(fk: ForeignDraft, value: Value | undefined): void {
    if (value?.kind !== 'const') return;
    const v = value.value;
    if (typeof v === 'string') {
      const pieces = v.split('.');
      if (pieces.length === 1) fk.references = [v];
      else {
        fk.references = [pieces.pop()!];
        fk.inTable = pieces.join('.');
      }
    } else if (Array.isArray(v)) fk.references = v.map(String);
  }

  private callForeign(receiver: Value, fk: ForeignDraft, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope, evaluated?: Value[]): Value {
    const args = evaluated ?? this.args(node, scope);
    const s = args[0]?.kind === 'const' && typeof args[0].value === 'string' ? args[0].value : null;
    switch (method) {
      case 'references':
        this.setReferences(fk, args[0]);
        return receiver;
      case 'inTable':
      case 'on':
        if (s !== null) fk.inTable = s;
        return receiver;
      case 'onDelete':
        fk.onDelete = s;
        return receiver;
      case 'onUpdate':
        fk.onUpdate = s;
        return receiver;
      case 'withKeyName':
        fk.keyName = s;
        return receiver;
      default:
        return receiver;
    }
  }

  // ---- query builder ---------------------------------------------------------------------------

  private callQuery(receiver: Extract<Value, { kind: 'query' }>, method: string, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value {
    const q = receiver.query;
    const args = method === 'update' ? this.updateArgs(q, node, scope) : this.args(node, scope);
    this.recordQueryLink(q, method, args);
    if (QUERY_WHERE.test(method)) q.hasWhere = true;
    else if (method in QUERY_ACTIONS) q.action = QUERY_ACTIONS[method] ?? null;
    else if ((method === 'from' || method === 'into' || method === 'table') && q.table === null) {
      const next = this.newQuery(args[0], node, node);
      q.table = next.table;
      q.tableDynamic = next.tableDynamic;
    }
    return receiver;
  }

  /**
   * `update({ col: value, ... })` or `update('col', value)`: records each column with its value.
   * An object literal's values are read one by one (as a whole, an object holding a knex.raw is
   * not a constant); each argument is still evaluated once.
   */
  private updateArgs(q: QueryDraft, node: t.CallExpression | t.OptionalCallExpression, scope: Scope): Value[] {
    const [first, ...rest] = node.arguments;
    if (first?.type === 'ObjectExpression' && first.properties.every((p) => p.type === 'ObjectProperty' && propertyKey(p) !== null)) {
      const set: Array<{ column: string; value: Value }> = [];
      for (const prop of first.properties as t.ObjectProperty[]) set.push({ column: propertyKey(prop)!, value: this.evalExpr(prop.value as t.Expression, scope) });
      const restValues = rest.map((a): Value => (a.type === 'SpreadElement' || a.type === 'ArgumentPlaceholder' ? { kind: 'unknown', why: 'a spread argument' } : this.evalExpr(a, scope)));
      q.set = [...(q.set ?? []), ...set];
      // Nothing reads update()'s object as a whole: the set is what matters.
      return [UNKNOWN, ...restValues];
    }
    const args = this.args(node, scope);
    const [a0, a1] = args;
    // An object of constants sets data values only (no column is derived): nothing to record.
    if (a0?.kind === 'const' && typeof a0.value === 'string' && a1 !== undefined) q.set = [...(q.set ?? []), { column: a0.value, value: a1 }];
    return args;
  }
}

// ---- helpers ------------------------------------------------------------------------------------

/** A value as a replayable argument: data, knex.raw(), knex.fn.now(), knex.fn.uuid(); null otherwise. */
function toReplayArg(value: Value): ReplayArg | null {
  if (value.kind === 'const') return { kind: 'const', value: value.value };
  if (value.kind === 'raw') {
    if (value.default.kind === 'now') return { kind: 'now', precision: value.default.precision };
    if (value.raw.knexFn === 'uuid') return { kind: 'uuid' };
    return { kind: 'raw', sql: value.raw.sql };
  }
  return null;
}

/**
 * An argument of a recorded query or view call: data, knex.raw() with static bindings, knex.ref(),
 * knex.fn, or a read-only query (as its chain). Otherwise why it is not, completing "the argument ...".
 */
function queryReplayArg(value: Value): ReplayArg | string {
  if (value.kind === 'raw' && value.raw.placeholders) return 'is a raw() whose bindings are not known statically';
  if (value.kind === 'ref') return { kind: 'ref', name: value.name };
  if (value.kind === 'query') {
    const q = value.query;
    if (q.notReplayable !== null) return `is a query that cannot be recorded: ${q.notReplayable}`;
    return { kind: 'query', chain: q.chain.map((link): ReplayLink => ({ method: link.method, args: [...link.args] })) };
  }
  if (value.kind === 'function') return 'is a callback (builder callbacks are recorded only in queries built inside the view callback)';
  const arg = toReplayArg(value);
  if (arg) return arg;
  return value.kind === 'unknown' && value.why ? `is not known statically (${value.why})` : 'is not known statically';
}

/** A schema builder chain, raw or data query: runs only when awaited, returned or `.then()`-ed. */
function isLazyBuilder(value: Value): boolean {
  return value.kind === 'schema' || (value.kind === 'raw' && !value.raw.executed) || (value.kind === 'query' && value.query.action !== null && value.query.action !== 'select');
}

function isChainedCall(node: t.Node): boolean {
  let n: t.Node = node;
  while (n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression') n = n.expression;
  return n.type === 'CallExpression' || n.type === 'OptionalCallExpression';
}

/** Where the first character of a string literal's content is (after the quote or backtick). */
function stringStart(node: t.Node): { line: number; column: number } {
  if (node.type === 'TemplateLiteral' && node.quasis[0]?.loc) {
    return { line: node.quasis[0].loc.start.line, column: node.quasis[0].loc.start.column + 1 };
  }
  if ((node.type === 'StringLiteral') && node.loc) return { line: node.loc.start.line, column: node.loc.start.column + 2 };
  return { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
}

/** A binding Knex renders without the database: data, an identifier (`knex.ref`), or nested raw SQL. */
export type RawBinding = { kind: 'value'; value: ConstValue } | { kind: 'ref'; name: string } | { kind: 'raw'; sql: string; placeholders: boolean };

/**
 * The bindings of `raw(sql, bindings)` (or `check(expr, bindings)`) when each is static, null when
 * one is not (a variable from outside the file, a call's result). Like Knex's Raw#set, a single
 * value, ref or raw stands for a list of one; a plain object is named bindings (not modelled).
 */
export function staticBindings(value: Value): RawBinding[] | null {
  const one = (v: Value): RawBinding | null => {
    if (v.kind === 'const') return { kind: 'value', value: v.value };
    if (v.kind === 'ref') return { kind: 'ref', name: v.name };
    if (v.kind === 'raw') return { kind: 'raw', sql: v.raw.sql, placeholders: v.raw.placeholders === true };
    return null;
  };
  if (value.kind === 'const') return Array.isArray(value.value) ? value.value.map((v) => ({ kind: 'value', value: v })) : [{ kind: 'value', value: value.value }];
  if (value.kind === 'array') {
    const list = value.items.map(one);
    return list.every((b) => b !== null) ? (list as RawBinding[]) : null;
  }
  const single = one(value);
  return single ? [single] : null;
}

/** Knex's positional bindings: `??` is an identifier, `?` a value; `\?` is a literal question mark. */
export function substituteBindings(sql: string, list: readonly RawBinding[], dialect: Dialect): string | null {
  let i = 0;
  let failed = false;
  const out = sql.replace(/\\\?|\?\??/g, (m) => {
    if (m === '\\?') return '?';
    const b = list[i++];
    if (b === undefined) {
      failed = true;
      return m;
    }
    // A ref or a nested raw is SQL in either position (Knex calls its toSQL()).
    if (b.kind === 'ref') return knexIdentifier(b.name, dialect);
    if (b.kind === 'raw') return b.sql;
    const v = b.value;
    if (m === '??') return typeof v === 'string' ? knexIdentifier(v, dialect) : ((failed = true), m);
    const literal = sqlLiteral(v, dialect);
    if (literal === null) failed = true;
    return literal ?? m;
  });
  return failed ? null : out;
}

/** A value as Knex's client escapes it (`_escapeBinding`); null for arrays and objects. */
function sqlLiteral(v: ConstValue, dialect: Dialect): string | null {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v !== 'string') return null;
  if (dialect === 'mysql') return `'${v.replace(/[\0\b\t\n\r\x1a"'\\]/g, (c) => MYSQL_ESCAPES[c] ?? c)}'`;
  // PostgreSQL: quotes doubled; a backslash doubled and the string made an E'' literal.
  const quoted = `'${v.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  return v.includes('\\') ? `E${quoted}` : quoted;
}

const MYSQL_ESCAPES: Record<string, string> = { '\0': '\\0', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z', '"': '\\"', "'": "\\'", '\\': '\\\\' };

/**
 * An identifier as Knex wraps it (wrappingFormatter wrapString): `a as b` is an alias, each dotted
 * part is quoted, `*` is not, and a quote inside is doubled.
 */
export function knexIdentifier(name: string, dialect: Dialect): string {
  const alias = / [aA][sS] /.exec(name);
  if (alias) return `${knexIdentifier(name.slice(0, alias.index), dialect)} as ${quoteIdentifier(name.slice(alias.index + 4).trim(), dialect)}`;
  return name.split('.').map((p) => quoteIdentifier(p.trim(), dialect)).join('.');
}

function quoteIdentifier(part: string, dialect: Dialect): string {
  if (part === '*') return part;
  if (dialect === 'mysql') return `\`${part.replace(/`/g, '``')}\``;
  const accessor = /^(.*?)(\[[0-9]+\])/.exec(part);
  const base = accessor ? accessor[1]! : part;
  return `"${base.replace(/"/g, '""')}"${accessor ? accessor[2] : ''}`;
}

/** Knex client names per dialect (config `client`, `client.dialect`, `client.driverName`). */
const CLIENTS: Record<string, ReadonlySet<string>> = {
  postgres: new Set(['pg', 'postgres', 'postgresql', 'pgnative', 'pg-native']),
  mysql: new Set(['mysql', 'mysql2', 'mariadb', 'mariasql']),
};
const OTHER_CLIENTS = new Set(['sqlite3', 'sqlite', 'better-sqlite3', 'mssql', 'tedious', 'oracledb', 'oracle', 'redshift', 'cockroachdb']);

/** Whether a client name compared in the migration is the target dialect's; null when unknown. */
function clientMatches(name: string, dialect: string): boolean | null {
  const lower = name.toLowerCase();
  if (CLIENTS[dialect]?.has(lower)) return true;
  if (OTHER_CLIENTS.has(lower) || Object.values(CLIENTS).some((set) => set.has(lower))) return false;
  return null;
}
