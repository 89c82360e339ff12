import type { Node } from './tree-sitter.js';

/** Where a string's first character sits in the `.py` file (1-based line and column). */
export interface TextOrigin {
  line: number;
  column: number;
}

/**
 * What the static evaluator knows about a Python expression. It never runs code: anything it cannot
 * know becomes `unknown` with the reason, and whoever needs the value turns that into an
 * `unparsed` (dynamic) op at the call's line.
 */
export type Value =
  | { t: 'str'; v: string; origin: TextOrigin | null }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'seq'; items: Value[] }
  | { t: 'dict'; entries: Array<[Value, Value]> }
  /** A module or attribute path resolved through the imports: `sqlalchemy.Integer`, `alembic.op.add_column`. */
  | { t: 'ref'; path: string; node: Node | null }
  /** The result of calling something we model by its path: `sa.Column(...)`, `sa.String(50)`, `sa.text('...')`. */
  | { t: 'call'; path: string; args: Value[]; kwargs: Map<string, Value>; node: Node; argNodes: Node[]; kwargNodes: Map<string, Node> }
  /** A function defined in the migration file itself: inlined when called. */
  | { t: 'func'; def: Node; name: string; closure: Scope }
  /** A Python enum class defined in the migration (`class Status(enum.Enum): NEW = "new"`). */
  | { t: 'pyenum'; className: string; names: string[]; values: Value[] }
  /** One member of such an enum (`Status.NEW`): its `.value` and `.name` are known. */
  | { t: 'pymember'; className: string; name: string; value: Value }
  /** `op.batch_alter_table(...)` (the `as batch_op` target). */
  | { t: 'batch'; table: string; node: Node }
  /** `op.get_bind()` or a connection from it; `op.get_context()`; `.dialect` of either. */
  | { t: 'bind' }
  | { t: 'context' }
  | { t: 'dialect' }
  /** `with op.get_context().autocommit_block():` */
  | { t: 'autocommit' }
  /** `sa.table('users', ...)`, `sa.Table(...)` or what `op.create_table(...)` returns. */
  | { t: 'table'; name: string }
  /** A Core DML construct: `users.update().where(...)`, `sa.delete(users)`. */
  | { t: 'dml'; action: 'update' | 'delete' | 'insert'; table: string; hasWhere: boolean }
  /**
   * Not statically known. `touchesDb`: it was derived from the connection, `op` or a batch
   * context (an ORM session, a result set), so calling into it at statement level may change the
   * database and must be reported rather than ignored.
   */
  | { t: 'unknown'; why: string; touchesDb: boolean };

/** Python name bindings: function locals chained to the module's globals. */
export class Scope {
  readonly vars = new Map<string, Value>();
  constructor(readonly parent: Scope | null) {}

  lookup(name: string): Value | undefined {
    for (let scope: Scope | null = this; scope; scope = scope.parent) {
      const v = scope.vars.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
}

export const NONE: Value = { t: 'none' };

export function unknown(why: string, touchesDb = false): Value {
  return { t: 'unknown', why, touchesDb };
}

export function str(v: string, origin: TextOrigin | null = null): Value {
  return { t: 'str', v, origin };
}

/** Python `str(value)` for the values we can render; null when not statically renderable. */
export function pyStr(value: Value): string | null {
  switch (value.t) {
    case 'str':
      return value.v;
    case 'num':
      return String(value.v);
    case 'bool':
      return value.v ? 'True' : 'False';
    case 'none':
      return 'None';
    default:
      return null;
  }
}

/** Python truthiness, or null when unknown. */
export function truthy(value: Value): boolean | null {
  switch (value.t) {
    case 'str':
      return value.v.length > 0;
    case 'num':
      return value.v !== 0;
    case 'bool':
      return value.v;
    case 'none':
      return false;
    case 'seq':
      return value.items.length > 0;
    case 'dict':
      return value.entries.length > 0;
    case 'unknown':
      return null;
    default:
      return true;
  }
}

export function isTouchingDb(value: Value): boolean {
  return value.t === 'bind' || value.t === 'batch' || value.t === 'context' || (value.t === 'unknown' && value.touchesDb) || (value.t === 'ref' && value.path.startsWith('alembic.op'));
}

/** The last segment of a dotted path: `sqlalchemy.dialects.postgresql.JSONB` → `JSONB`. */
export function lastSegment(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? path : path.slice(dot + 1);
}

/** Values equal by Python `==` for the kinds we compare statically; null when unknown. */
export function pyEquals(a: Value, b: Value): boolean | null {
  if (a.t === 'unknown' || b.t === 'unknown') return null;
  if ((a.t === 'num' || a.t === 'bool') && (b.t === 'num' || b.t === 'bool')) return Number(a.v) === Number(b.v);
  if (a.t === 'str' && b.t === 'str') return a.v === b.v;
  if (a.t === 'none' || b.t === 'none') return a.t === b.t;
  if (a.t === 'seq' && b.t === 'seq') {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) {
      const eq = pyEquals(a.items[i]!, b.items[i]!);
      if (eq !== true) return eq;
    }
    return true;
  }
  if (a.t !== b.t) return a.t === 'str' || b.t === 'str' || a.t === 'num' || b.t === 'num' ? false : null;
  return null;
}
