/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query's JSON AST is walked structurally */
import type { DefaultExpr, SqlType } from '../../ir.js';
import { isVolatileFunction } from '../../schema/volatility.js';

type Node = any;

export function funcName(n: Node): string {
  const names: Node[] = n?.funcname ?? [];
  return String(names[names.length - 1]?.String?.sval ?? '').toLowerCase();
}

/** Canonical type names (as PostgreSQL's catalog spells them) for the common aliases. */
const TYPE_ALIASES: Record<string, string> = {
  integer: 'int4', int: 'int4', smallint: 'int2', bigint: 'int8', serial: 'int4', bigserial: 'int8', smallserial: 'int2',
  serial4: 'int4', serial8: 'int8', serial2: 'int2', boolean: 'bool', 'character varying': 'varchar',
  character: 'bpchar', char: 'bpchar', real: 'float4', 'double precision': 'float8', decimal: 'numeric',
  'timestamp with time zone': 'timestamptz', 'timestamp without time zone': 'timestamp',
};

export function canonicalTypeName(name: string): string {
  const lower = name.toLowerCase();
  return TYPE_ALIASES[lower] ?? lower;
}

const SERIAL_NAMES = new Set(['serial', 'bigserial', 'smallserial', 'serial2', 'serial4', 'serial8']);

export function isSerialTypeName(tn: Node): boolean {
  const names: Node[] = tn?.names ?? [];
  return names.length === 1 && SERIAL_NAMES.has(String(names[0]?.String?.sval ?? '').toLowerCase());
}

function constValue(n: Node): string | number | null {
  const c = n?.A_Const;
  if (!c) return null;
  if (c.ival !== undefined) return Number(c.ival.ival ?? 0);
  if (c.sval !== undefined) return String(c.sval.sval ?? '');
  if (c.fval !== undefined) return String(c.fval.fval ?? '');
  if (c.boolval !== undefined) return c.boolval.boolval ? 'true' : 'false';
  if (c.isnull) return 'NULL';
  return null;
}

export function typeFromNode(tn: Node): SqlType {
  const names: string[] = (tn?.names ?? []).map((s: Node) => String(s?.String?.sval ?? ''));
  const raw = names[names.length - 1] ?? 'unknown';
  const schema = names.length > 1 ? names[0] : null;
  const name = schema === 'pg_catalog' || !schema ? canonicalTypeName(raw) : `${schema}.${raw}`;
  const args: number[] = [];
  for (const m of tn?.typmods ?? []) {
    const v = constValue(m);
    if (typeof v === 'number') args.push(v);
  }
  const array = Array.isArray(tn?.arrayBounds) && tn.arrayBounds.length > 0;
  const display = SERIAL_NAMES.has(raw.toLowerCase()) ? raw.toLowerCase() : name;
  const text = `${display}${args.length ? `(${args.join(',')})` : ''}${array ? '[]' : ''}`;
  return { name, args, array, text };
}

/**
 * An operand keeps its parentheses when it is itself an operator expression: the parser drops
 * them, and `(random() * 100)::int` rendered as `random() * 100::int` is different SQL.
 */
function operand(n: Node, depth: number): string {
  const text = exprText(n, depth + 1);
  return n?.A_Expr || n?.BoolExpr || n?.NullTest ? `(${text})` : text;
}

/** Compact SQL text for an expression, enough for messages and suggestions. */
export function exprText(n: Node, depth = 0): string {
  if (!n || depth > 50) return '…';
  if (n.A_Const) {
    const v = constValue(n);
    if (v === null) return 'NULL';
    return n.A_Const.sval !== undefined ? `'${String(v).replace(/'/g, "''")}'` : String(v);
  }
  if (n.FuncCall) {
    const args = (n.FuncCall.args ?? []).map((a: Node) => exprText(a, depth + 1)).join(', ');
    return `${funcName(n.FuncCall)}(${args})`;
  }
  if (n.SQLValueFunction) return String(n.SQLValueFunction.op ?? '').replace(/^SVFOP_/, '').toLowerCase();
  if (n.TypeCast) return `${operand(n.TypeCast.arg, depth)}::${typeFromNode(n.TypeCast.typeName).text}`;
  if (n.ColumnRef) return (n.ColumnRef.fields ?? []).map((f: Node) => f?.String?.sval ?? '*').join('.');
  if (n.A_Expr) {
    const op = (n.A_Expr.name ?? []).map((s: Node) => s?.String?.sval).join('');
    return `${operand(n.A_Expr.lexpr, depth)} ${op} ${operand(n.A_Expr.rexpr, depth)}`;
  }
  if (n.NullTest) return `${exprText(n.NullTest.arg, depth + 1)} ${n.NullTest.nulltesttype === 'IS_NOT_NULL' ? 'IS NOT NULL' : 'IS NULL'}`;
  if (n.BoolExpr) {
    const op = String(n.BoolExpr.boolop ?? '').replace(/_EXPR$/, '');
    const args: string[] = (n.BoolExpr.args ?? []).map((a: Node) => (a?.BoolExpr ? `(${exprText(a, depth + 1)})` : exprText(a, depth + 1)));
    if (op === 'NOT') return `NOT ${args[0] ?? ''}`;
    return args.join(` ${op} `);
  }
  if (n.A_ArrayExpr) return `ARRAY[${(n.A_ArrayExpr.elements ?? []).map((a: Node) => exprText(a, depth + 1)).join(', ')}]`;
  return 'expression';
}

/** Whether an expression may evaluate differently per row (any volatile or unknown function). */
export function isVolatile(n: Node, depth = 0): boolean {
  if (!n || typeof n !== 'object' || depth > 200) return false;
  if (Array.isArray(n)) return n.some((x) => isVolatile(x, depth + 1));
  if (n.FuncCall) {
    const name = funcName(n.FuncCall);
    if (isVolatileFunction(name)) return true;
    return isVolatile(n.FuncCall.args, depth + 1);
  }
  for (const v of Object.values(n)) {
    if (v && typeof v === 'object' && isVolatile(v, depth + 1)) return true;
  }
  return false;
}

export function defaultFromNode(n: Node): DefaultExpr {
  return { sql: exprText(n), volatile: isVolatile(n) };
}

/** For CHECK (col IS NOT NULL): the column name; otherwise null. */
export function notNullCheckColumn(expr: Node): string | null {
  const t = expr?.NullTest;
  if (!t || t.nulltesttype !== 'IS_NOT_NULL') return null;
  const fields: Node[] = t.arg?.ColumnRef?.fields ?? [];
  const last = fields[fields.length - 1]?.String?.sval;
  return typeof last === 'string' ? last : null;
}
