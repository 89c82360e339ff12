import type { Dialect, Loc } from '../../ir.js';
import type { ConstValue } from './types.js';

/**
 * Replays the schema-builder calls the evaluator recorded, with their literal arguments, on Knex's
 * own schema compiler (a client with no connection), so the SQL we lower is the SQL Knex sends.
 * Nothing from the migration runs here: only our recorded method names and data values.
 */

/** A recorded argument: plain data, or one of the few Knex values a migration passes as data. */
export type ReplayArg =
  | { kind: 'const'; value: ConstValue }
  | { kind: 'raw'; sql: string }
  | { kind: 'now'; precision: number | null }
  | { kind: 'uuid' }
  /** `knex.ref('t.col')`. */
  | { kind: 'ref'; name: string }
  /** A read-only query builder (`knex('t').select('a').where(...)`): its calls from `knex(...)` on. */
  | { kind: 'query'; chain: ReplayLink[] }
  /** A builder callback inside a query (`where(function () { ... })`, `join('u', (j) => j.on(...))`): the calls it makes on its builder. */
  | { kind: 'callback'; chain: ReplayLink[] };

export interface ReplayLink {
  method: string;
  args: ReplayArg[];
}

/**
 * The query builder methods a recorded query may replay (a view's `as()`): the ones that only
 * shape a SELECT. Nothing that runs a query, locks, writes or takes a connection is among them.
 */
export const READ_ONLY_QUERY_METHODS: ReadonlySet<string> = new Set([
  'table', 'from', 'withSchema', 'as', 'select', 'column', 'columns', 'distinct', 'distinctOn', 'comment', 'hintComment',
  'with', 'withMaterialized', 'withNotMaterialized', 'withRecursive',
  'join', 'innerJoin', 'leftJoin', 'leftOuterJoin', 'rightJoin', 'rightOuterJoin', 'outerJoin', 'fullOuterJoin', 'crossJoin', 'joinRaw',
  'where', 'andWhere', 'orWhere', 'whereNot', 'andWhereNot', 'orWhereNot', 'whereColumn', 'andWhereColumn', 'orWhereColumn',
  'whereNotColumn', 'andWhereNotColumn', 'orWhereNotColumn', 'whereRaw', 'andWhereRaw', 'orWhereRaw', 'whereExists', 'orWhereExists',
  'whereNotExists', 'orWhereNotExists', 'whereIn', 'orWhereIn', 'whereNotIn', 'orWhereNotIn', 'whereNull', 'orWhereNull',
  'whereNotNull', 'orWhereNotNull', 'whereBetween', 'andWhereBetween', 'orWhereBetween', 'whereNotBetween', 'andWhereNotBetween',
  'orWhereNotBetween', 'whereLike', 'andWhereLike', 'orWhereLike', 'whereILike', 'andWhereILike', 'orWhereILike',
  'groupBy', 'groupByRaw', 'orderBy', 'orderByRaw', 'union', 'unionAll', 'intersect', 'except',
  'having', 'andHaving', 'orHaving', 'havingRaw', 'orHavingRaw', 'havingIn', 'andHavingIn', 'orHavingIn', 'havingNotIn',
  'andHavingNotIn', 'orHavingNotIn', 'havingNull', 'andHavingNull', 'orHavingNull', 'havingNotNull', 'andHavingNotNull',
  'orHavingNotNull', 'havingExists', 'orHavingExists', 'havingNotExists', 'orHavingNotExists', 'havingBetween', 'andHavingBetween',
  'orHavingBetween', 'havingNotBetween', 'andHavingNotBetween', 'orHavingNotBetween',
  'offset', 'limit', 'count', 'min', 'max', 'sum', 'avg', 'countDistinct', 'sumDistinct', 'avgDistinct', 'first',
  'rank', 'denseRank', 'rowNumber', 'clearSelect', 'clearWhere', 'clearGroup', 'clearOrder', 'clearHaving', 'clear',
]);

/** What a builder callback inside a query may call: the read-only query methods and Knex's JoinClause (joinclause.js). */
export const QUERY_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  ...READ_ONLY_QUERY_METHODS,
  'on', 'andOn', 'orOn', 'onVal', 'andOnVal', 'orOnVal', 'using', 'onIn', 'andOnIn', 'orOnIn', 'onNotIn', 'andOnNotIn', 'orOnNotIn',
  'onNull', 'andOnNull', 'orOnNull', 'onNotNull', 'andOnNotNull', 'orOnNotNull', 'onExists', 'andOnExists', 'orOnExists',
  'onNotExists', 'andOnNotExists', 'orOnNotExists', 'onBetween', 'andOnBetween', 'orOnBetween', 'onNotBetween', 'andOnNotBetween',
  'orOnNotBetween', 'onJsonPathEquals', 'andOnJsonPathEquals', 'orOnJsonPathEquals',
]);

/** One table-builder call (`t.string('email', 64)`) and the modifiers chained on what it returned. */
export interface ReplayCall extends ReplayLink {
  chain: ReplayLink[];
  loc: Loc;
  conditional: boolean;
  /** The column a column-type call adds, so ops of a combined ALTER TABLE go back to their call. */
  column: string | null;
}

/** One `knex.schema[.withSchema(s)].<method>(...args[, builder callback])` call. */
export interface SchemaReplay {
  schema: string | null;
  method: string;
  args: ReplayArg[];
  /** The builder callback's calls, in order; null when the method takes no callback. */
  calls: ReplayCall[] | null;
  loc: Loc;
}

/** A statement Knex compiled and the call that produced it (-1: the schema call itself). */
export interface ReplayedStatement {
  sql: string;
  owner: number;
}

const CREATE_VIEW_METHODS: ReadonlySet<string> = new Set(['createView', 'createViewOrReplace', 'createMaterializedView']);

/** Why a recorded call cannot be replayed faithfully (the static lowering is used instead). */
export class NotReplayable extends Error {}

type Builder = Record<string, (...args: unknown[]) => unknown>;

interface KnexClient {
  schemaBuilder(): Builder;
  queryBuilder(): Builder;
  raw(sql: string): unknown;
  ref(name: string): unknown;
  _escapeBinding(value: unknown): string;
}

interface KnexInstance {
  client: KnexClient;
  fn: { now: (precision?: number) => unknown; uuid: () => unknown };
}

type ClientClass = new (config: unknown) => KnexClient;
type FunctionHelperClass = new (client: KnexClient) => KnexInstance['fn'];

const instances = new Map<Dialect, Promise<KnexInstance>>();

/** A CommonJS module's export: Node gives it as `default`, esbuild's interop sometimes doubly wrapped. */
function cjs<T>(mod: unknown): T {
  const m = mod as { default?: unknown };
  const inner = (m.default ?? m) as { default?: unknown };
  return (typeof inner === 'function' ? inner : inner.default ?? inner) as T;
}

const quiet = { warn() {}, error() {}, debug() {}, deprecate() {}, log() {} };

/**
 * Knex's dialect client for the target dialect, loaded on the first Knex table only, so SQL and
 * other ORM runs never pay for it. The client is built directly (not through `knex()`), which
 * keeps the migrator, the pool and the other dialects out of the load; it has no `connection`,
 * so it never loads a driver or connects: it only compiles.
 */
function instance(dialect: Dialect): Promise<KnexInstance> {
  let existing = instances.get(dialect);
  if (!existing) {
    existing = Promise.all([
      dialect === 'mysql' ? import('knex/lib/dialects/mysql2/index.js') : import('knex/lib/dialects/postgres/index.js'),
      import('knex/lib/knex-builder/FunctionHelper.js'),
    ]).then(([clientModule, helperModule]) => {
      const Client = cjs<ClientClass>(clientModule);
      const FunctionHelper = cjs<FunctionHelperClass>(helperModule);
      const client = new Client({ client: dialect === 'mysql' ? 'mysql2' : 'pg', log: quiet });
      return { client, fn: new FunctionHelper(client) };
    });
    instances.set(dialect, existing);
  }
  return existing;
}

function toKnex(k: KnexInstance, arg: ReplayArg): unknown {
  switch (arg.kind) {
    case 'const':
      return structuredClone(arg.value);
    case 'raw':
      return k.client.raw(arg.sql);
    case 'now':
      return arg.precision === null ? k.fn.now() : k.fn.now(arg.precision);
    case 'uuid':
      return k.fn.uuid();
    case 'ref':
      return k.client.ref(arg.name);
    case 'query': {
      // A fresh builder of the same connectionless client: it only compiles (toString), never runs.
      let builder: unknown = k.client.queryBuilder();
      for (const link of arg.chain) {
        const target = builder as Builder;
        builder = replayLink(k, target, link, READ_ONLY_QUERY_METHODS);
      }
      return builder;
    }
    case 'callback':
      // Knex calls it with the builder as `this` and as the argument (a where group, a join clause, a subquery); its methods return that builder.
      return function (this: Builder) {
        for (const link of arg.chain) replayLink(k, this, link, QUERY_CALLBACK_METHODS);
      };
  }
}

/**
 * One recorded call on a query builder or join clause. A method outside the read-only list is not
 * replayed; one on the list that this builder lacks (`on()` on a where group) is the TypeError the
 * migration itself throws.
 */
function replayLink(k: KnexInstance, target: Builder, link: ReplayLink, allowed: ReadonlySet<string>): unknown {
  if (!allowed.has(link.method)) throw new NotReplayable(`.${link.method}() is not a read-only builder method`);
  const method = target[link.method];
  if (typeof method !== 'function') throw new TypeError(`.${link.method}() is not a method of this builder`);
  return method.apply(target, link.args.map((a) => toKnex(k, a)));
}

/** knex's formatQuery: `?` bindings inlined with the client's own escaping, `\?` a literal `?`. */
function inline(k: KnexInstance, sql: string, bindings: unknown[] | undefined): string {
  const list = bindings ?? [];
  let i = 0;
  return sql.replace(/\\?\?/g, (m) => (m === '\\?' ? '?' : i < list.length ? k.client._escapeBinding(list[i++]) : m));
}

function compile(k: KnexInstance, replay: SchemaReplay, prefix: number): string[] {
  let builder = k.client.schemaBuilder();
  if (replay.schema !== null) builder = builder.withSchema!(replay.schema) as typeof builder;
  const args = replay.args.map((a) => toKnex(k, a));
  if (replay.calls) {
    const calls = replay.calls.slice(0, prefix);
    args.push(function (this: unknown, t: Record<string, (...a: unknown[]) => unknown>) {
      for (const call of calls) {
        let receiver: unknown = t[call.method]!(...call.args.map((a) => toKnex(k, a)));
        for (const link of call.chain) {
          const target = receiver as Record<string, (...a: unknown[]) => unknown> | null | undefined;
          if (!target || typeof target[link.method] !== 'function') throw new NotReplayable(`.${link.method}() is not chained on a builder`);
          receiver = target[link.method]!(...link.args.map((a) => toKnex(k, a)));
        }
      }
    });
  }
  const method = builder[replay.method];
  if (typeof method !== 'function') throw new NotReplayable(`knex.schema.${replay.method}() does not exist`);
  const built = method.apply(builder, args) as { toSQL: () => Array<{ sql: string; bindings?: unknown[]; output?: unknown; statementsProducer?: unknown }> | { sql: string } };
  const out = built.toSQL();
  const list = Array.isArray(out) ? out : [out];
  const statements: string[] = [];
  for (const s of list as Array<{ sql: string; bindings?: unknown[]; output?: unknown; statementsProducer?: unknown }>) {
    // MySQL renameColumn/setNullable read the live column definition first (`show full fields`).
    if (s.output !== undefined || s.statementsProducer !== undefined) throw new NotReplayable('Knex reads the live table definition to build this statement');
    statements.push(inline(k, s.sql, s.bindings));
  }
  return statements;
}

/**
 * Compiles a schema call and attributes each statement to the builder call that produced it: the
 * first prefix of the calls whose compilation contains the statement. A statement grows only in
 * CREATE TABLE (the schema call's own) and in Knex's combined ADD COLUMN list (its ops are
 * attributed per column by the caller), so statements are otherwise stable once they appear and
 * each is found by binary search over the prefixes.
 */
export async function replaySchema(replay: SchemaReplay, dialect: Dialect): Promise<ReplayedStatement[]> {
  const k = await instance(dialect);
  const n = replay.calls?.length ?? 0;
  // A view's CREATE statement is the whole callback's (a prefix without as() does not compile).
  const attributed = CREATE_VIEW_METHODS.has(replay.method) ? 0 : n;
  const cache = new Map<number, Map<string, number>>();
  const counts = (prefix: number) => {
    let c = cache.get(prefix);
    if (!c) {
      c = new Map();
      for (const s of compile(k, replay, prefix)) c.set(s, (c.get(s) ?? 0) + 1);
      cache.set(prefix, c);
    }
    return c;
  };
  const final = compile(k, replay, n);
  const seen = new Map<string, number>();
  return final.map((sql) => {
    const occurrence = (seen.get(sql) ?? 0) + 1;
    seen.set(sql, occurrence);
    if (attributed === 0 || /^create table /i.test(sql)) return { sql, owner: -1 };
    let lo = 0;
    let hi = attributed;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((counts(mid).get(sql) ?? 0) >= occurrence) hi = mid;
      else lo = mid + 1;
    }
    return { sql, owner: lo - 1 };
  });
}
