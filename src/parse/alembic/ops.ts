import type { ColumnSpec, ConstraintKind, ConstraintSpec, DefaultExpr, Dialect, Loc, Op } from '../../ir.js';
import { qualifiedName } from '../names.js';
import { mapSqlAlchemyType, renderSqlExpression, serverDefault, type EnumDefinition } from './types.js';
import type { Node } from './tree-sitter.js';
import { isTouchingDb, lastSegment, NONE, str, unknown, type TextOrigin, type Value } from './values.js';
import {
  CannotRender, renderAddColumn, renderAlterColumn, renderCreateCheck, renderCreateForeignKey, renderCreateIndex, renderCreateKey, renderCreateTable,
  renderCreateExclude, renderDropConstraint, renderDropIndex, renderEnumDdl, renderSimple, renderTableComment, type CallParams,
} from './ddl.js';

/** An op without its location: the emitter adds `loc`, `autocommit` and `conditional`. */
export type OpInput = Op extends infer O ? (O extends Op ? Omit<O, 'loc'> : never) : never;

/** Evaluated call arguments, with the nodes they came from (for `SqlType.text` and messages). */
export interface CallArgs {
  positional: Value[];
  positionalNodes: Node[];
  keywords: Map<string, Value>;
  keywordNodes: Map<string, Node>;
  /** Set when a `*args` / `**kwargs` splat could not be resolved: the call's arguments are unknown. */
  opaque: string | null;
}

/** How op handlers talk back to the interpreter (which knows the autocommit/conditional state). */
export interface Emitter {
  dialect: Dialect;
  emit(node: Node, op: OpInput): void;
  dynamic(node: Node, message: string): void;
  /** SQL text to lower with the SQL front end; `origin` is where its first character is in the `.py` file. */
  sql(node: Node, text: string, origin: TextOrigin | null): void;
  /** The SQL Alembic sends for the call at `node`; `fallback`: the call's IR ops, used if that SQL does not parse. */
  rendered(node: Node, statements: string[], fallback: OpInput[], conditional: boolean): void;
  loc(node: Node): Loc;
}

/** Arguments bound to an operation's parameter names, Python style. */
class Params implements CallParams {
  private readonly values = new Map<string, Value>();
  private readonly nodes = new Map<string, Node>();
  readonly rest: Value[] = [];
  readonly restNodes: Node[] = [];

  constructor(args: CallArgs, names: string[], injected: Record<string, Value> = {}) {
    const positionalNames = names.filter((n) => !(n in injected));
    args.positional.forEach((value, i) => {
      const name = positionalNames[i];
      if (name === undefined) {
        this.rest.push(value);
        this.restNodes.push(args.positionalNodes[i]!);
      } else {
        this.values.set(name, value);
        this.nodes.set(name, args.positionalNodes[i]!);
      }
    });
    for (const [name, value] of args.keywords) {
      this.values.set(name, value);
      this.nodes.set(name, args.keywordNodes.get(name)!);
    }
    for (const [name, value] of Object.entries(injected)) this.values.set(name, value);
  }

  get(name: string): Value | undefined {
    return this.values.get(name);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  text(name: string): string {
    return this.nodes.get(name)?.text ?? name;
  }

  node(name: string): Node | undefined {
    return this.nodes.get(name);
  }

  /** Python truthiness of a keyword flag that must be a literal; null when absent. */
  flag(name: string): boolean | null | 'unknown' {
    const v = this.values.get(name);
    if (v === undefined || v.t === 'none') return null;
    if (v.t === 'bool') return v.v;
    if (v.t === 'num') return v.v !== 0;
    if (v.t === 'str') return v.v.length > 0;
    return 'unknown';
  }
}

/**
 * Parameter lists of the Alembic operations (alembic.operations.Operations), in positional order.
 * `batch` lists the BatchOperations form, where the table comes from `batch_alter_table(...)`.
 */
const SIGNATURES: Record<string, { params: string[]; batch?: string[] }> = {
  create_table: { params: ['table_name'] },
  drop_table: { params: ['table_name'] },
  rename_table: { params: ['old_table_name', 'new_table_name'] },
  add_column: { params: ['table_name', 'column'], batch: ['column'] },
  drop_column: { params: ['table_name', 'column_name'], batch: ['column_name'] },
  alter_column: { params: ['table_name', 'column_name'], batch: ['column_name'] },
  create_index: { params: ['index_name', 'table_name', 'columns'], batch: ['index_name', 'columns'] },
  drop_index: { params: ['index_name', 'table_name'], batch: ['index_name'] },
  create_foreign_key: { params: ['constraint_name', 'source_table', 'referent_table', 'local_cols', 'remote_cols'], batch: ['constraint_name', 'referent_table', 'local_cols', 'remote_cols'] },
  create_check_constraint: { params: ['constraint_name', 'table_name', 'condition'], batch: ['constraint_name', 'condition'] },
  create_unique_constraint: { params: ['constraint_name', 'table_name', 'columns'], batch: ['constraint_name', 'columns'] },
  create_primary_key: { params: ['constraint_name', 'table_name', 'columns'], batch: ['constraint_name', 'columns'] },
  create_exclude_constraint: { params: ['constraint_name', 'table_name'], batch: ['constraint_name'] },
  drop_constraint: { params: ['constraint_name', 'table_name', 'type_'], batch: ['constraint_name', 'type_'] },
  create_table_comment: { params: ['table_name', 'comment'], batch: ['comment'] },
  drop_table_comment: { params: ['table_name'], batch: [] },
  execute: { params: ['sqltext'], batch: ['sqltext'] },
  bulk_insert: { params: ['table', 'rows'] },
  batch_alter_table: { params: ['table_name', 'schema'] },
};

/** Which parameter holds the table in the module-level form (a batch injects it there). */
const TABLE_PARAM: Record<string, string> = { create_foreign_key: 'source_table' };

type Handler = (p: Params, node: Node, em: Emitter) => Value;

/** `op.<name>(...)`: lowers the operation, returns what Python would return (for `t = op.create_table(...)`). */
export function callAlembicOp(name: string, args: CallArgs, node: Node, em: Emitter): Value {
  switch (name) {
    case 'f':
    case 'inline_literal': {
      const first = args.positional[0];
      return first ?? NONE;
    }
    case 'get_bind':
      return { t: 'bind' };
    case 'get_context':
      return { t: 'context' };
    case 'implementation_for':
    case 'register_operation':
      return NONE;
    default:
      break;
  }
  const handler = HANDLERS[name];
  const signature = SIGNATURES[name];
  if (!handler || !signature) {
    em.dynamic(node, `\`op.${name}(...)\` is not an Alembic operation this linter models`);
    return NONE;
  }
  if (args.opaque) {
    em.dynamic(node, `\`op.${name}(...)\`: ${args.opaque}`);
    return NONE;
  }
  return withSql(name, new Params(args, signature.params), node, em, handler);
}

/** `batch_op.<name>(...)` inside `with op.batch_alter_table(...) as batch_op:`. */
export function callBatchOp(batch: Value & { t: 'batch' }, name: string, args: CallArgs, node: Node, em: Emitter): Value {
  const handler = HANDLERS[name];
  const signature = SIGNATURES[name];
  if (!handler || !signature?.batch) {
    em.dynamic(node, `\`batch_op.${name}(...)\` is not a batch operation this linter models`);
    return NONE;
  }
  if (args.opaque) {
    em.dynamic(node, `\`batch_op.${name}(...)\`: ${args.opaque}`);
    return NONE;
  }
  const tableParam = TABLE_PARAM[name] ?? 'table_name';
  // The batch's table is already schema-qualified.
  return withSql(name, new Params(args, signature.batch, { [tableParam]: str(batch.table), schema: NONE }), node, em, handler);
}

/** `schema.name` of a table parameter, as Alembic qualifies it; null when not static. */
function renderTable(p: CallParams, param: string, schemaParam = 'schema'): string {
  const name = p.get(param);
  const schema = p.get(schemaParam);
  if (name?.t !== 'str') throw new CannotRender('the table name is not a static string');
  if (schema !== undefined && schema.t !== 'none' && schema.t !== 'str') throw new CannotRender('the schema is not a static string');
  return schema?.t === 'str' ? `${schema.v}.${name.v}` : name.v;
}

/** The SQL of each Alembic operation this front end renders (ddl.ts), from the same parameters the IR lowering reads. */
const RENDERERS: Record<string, (p: CallParams, dialect: Dialect) => string[]> = {
  create_table: (p, d) => renderCreateTable(renderTable(p, 'table_name'), p, d),
  drop_table: (p, d) => renderSimple('dropTable', renderTable(p, 'table_name'), p, d, null),
  rename_table: (p, d) => {
    const to = p.get('new_table_name');
    if (to?.t !== 'str') throw new CannotRender('the new table name is not a static string');
    const schema = p.get('schema');
    return renderSimple('renameTable', renderTable(p, 'old_table_name'), p, d, schema?.t === 'str' ? `${schema.v}.${to.v}` : to.v);
  },
  add_column: (p, d) => renderAddColumn(renderTable(p, 'table_name'), p, d),
  drop_column: (p, d) => {
    const column = p.get('column_name');
    if (column?.t !== 'str') throw new CannotRender('the column name is not a static string');
    return renderSimple('dropColumn', renderTable(p, 'table_name'), p, d, column.v);
  },
  alter_column: (p, d) => renderAlterColumn(renderTable(p, 'table_name'), p, d),
  create_index: (p, d) => renderCreateIndex(renderTable(p, 'table_name'), p, d),
  drop_index: (p, d) => renderDropIndex(p.get('table_name')?.t === 'str' ? renderTable(p, 'table_name') : null, p, d),
  create_foreign_key: (p, d) => renderCreateForeignKey(renderTable(p, 'source_table', 'source_schema'), renderTable(p, 'referent_table', 'referent_schema'), p, d),
  create_check_constraint: (p, d) => renderCreateCheck(renderTable(p, 'table_name'), p, d),
  create_unique_constraint: (p, d) => renderCreateKey(renderTable(p, 'table_name'), p, d, 'UNIQUE'),
  create_primary_key: (p, d) => renderCreateKey(renderTable(p, 'table_name'), p, d, 'PRIMARY KEY'),
  create_exclude_constraint: (p, d) => renderCreateExclude(renderTable(p, 'table_name'), p, d),
  drop_constraint: (p, d) => renderDropConstraint(renderTable(p, 'table_name'), p, d),
  create_table_comment: (p, d) => renderTableComment(renderTable(p, 'table_name'), p.get('comment'), d),
  drop_table_comment: (p, d) => renderTableComment(renderTable(p, 'table_name'), undefined, d),
};

/**
 * Runs the IR lowering of an operation and renders the SQL Alembic sends for it. The rendered SQL
 * replaces the IR ops (it is lowered by the SQL front end later); if it cannot be rendered, the IR
 * ops stay, marked unrenderable with the reason.
 */
function withSql(name: string, p: Params, node: Node, em: Emitter, handler: Handler): Value {
  const render = RENDERERS[name];
  if (!render) return handler(p, node, em);
  const collected: OpInput[] = [];
  const result = handler(p, node, { ...em, emit: (_n, op) => collected.push(op) });
  if (collected.length === 0) return result;
  emitRendered(node, em, collected, () => render(p, em.dialect));
  return result;
}

function emitRendered(node: Node, em: Emitter, collected: OpInput[], render: () => string[]): void {
  try {
    const statements = render();
    em.rendered(node, statements, collected, collected.some((op) => op.conditional));
  } catch (error) {
    if (!(error instanceof CannotRender)) throw error;
    for (const op of collected) em.emit(node, { ...op, unrenderable: error.message } as OpInput);
  }
}

/** Methods of `op.get_bind()` (a SQLAlchemy Connection). */
export function callConnectionMethod(name: string, args: CallArgs, node: Node, em: Emitter): Value {
  switch (name) {
    case 'execute':
    case 'exec_driver_sql':
    case 'scalar':
    case 'scalars': {
      const statement = args.positional[0] ?? args.keywords.get('statement');
      if (!statement) return NONE;
      execute(statement, node, em, name === 'exec_driver_sql');
      return unknown(`the rows returned by \`${node.text.slice(0, 60)}\` are only known at run time`);
    }
    case 'commit':
      em.emit(node, { kind: 'transaction', action: 'commit' });
      return NONE;
    case 'rollback':
      em.emit(node, { kind: 'transaction', action: 'rollback' });
      return NONE;
    case 'in_transaction':
    case 'get_isolation_level':
      return unknown(`\`${node.text.slice(0, 80)}\` is only known at run time`);
    default:
      return unknown(`\`${node.text.slice(0, 80)}\` uses the connection directly; what it does is only known at run time`, true);
  }
}

/** Column-expression methods and the SQL operator each one builds. */
const SQL_METHODS: Record<string, string> = {
  is_: 'is', is_not: 'is not', isnot: 'is not', in_: 'in', not_in: 'not in', notin_: 'not in', like: 'like', ilike: 'ilike',
  __eq__: '==', __ne__: '!=',
};

/** Methods on SQLAlchemy constructs: `sa.text(...).bindparams()`, `users.update().where()`, `enum.create(bind)`. */
export function callConstructMethod(receiver: Value & { t: 'call' | 'table' | 'dml' }, name: string, args: CallArgs, node: Node, em: Emitter): Value {
  if (receiver.t === 'table') {
    if (name === 'update' || name === 'delete' || name === 'insert') return { t: 'dml', action: name, table: receiver.name, hasWhere: false };
    return unknown(`\`${node.text.slice(0, 80)}\``);
  }
  if (receiver.t === 'dml') {
    if (name === 'where' || name === 'filter' || name === 'filter_by') return { ...receiver, hasWhere: true };
    return receiver;
  }
  const kind = lastSegment(receiver.path);
  const sqlMethod = SQL_METHODS[name];
  if (sqlMethod && (kind === 'column' || kind === 'literal_column' || kind === '__op__' || receiver.path.split('.').includes('func'))) {
    const operand = name === 'in_' || name === 'not_in' || name === 'notin_' ? { t: 'seq' as const, items: args.positional[0]?.t === 'seq' ? args.positional[0].items : [] } : (args.positional[0] ?? NONE);
    return { t: 'call', path: 'sqlalchemy.__op__', args: [receiver, operand], kwargs: new Map([['op', str(sqlMethod)]]), node, argNodes: [], kwargNodes: new Map() };
  }
  if (kind === 'text' || kind === 'literal_column' || kind === 'DDL') return receiver;
  if (kind === 'Enum' || kind === 'ENUM') {
    if (name === 'create' || name === 'drop') {
      const checkFirst = args.keywords.get('checkfirst');
      // postgresql.ENUM.create()/drop() default to checkfirst=True; the generic sa.Enum to False.
      const guarded = checkFirst?.t === 'bool' ? checkFirst.v : receiver.path.includes('postgresql');
      const nameValue = receiver.kwargs.get('name');
      if (nameValue?.t !== 'str') {
        em.dynamic(node, `the enum's name in \`${receiver.node.text.slice(0, 80)}\` is not a static string`);
        return NONE;
      }
      const op: OpInput =
        name === 'create'
          ? ({ kind: 'createEnum', name: nameValue.v, values: receiver.args.every((a) => a.t === 'str') ? receiver.args.map((a) => (a as { v: string }).v) : [], ...(guarded ? { conditional: true } : {}) } as OpInput)
          : { kind: 'dropEnum', name: nameValue.v, ifExists: guarded };
      emitRendered(node, em, [op], () => renderEnumDdl(receiver, name, em.dialect));
      return NONE;
    }
  }
  if (kind === 'Sequence' && (name === 'create' || name === 'drop')) {
    const seqName = receiver.args[0];
    em.emit(node, { kind: 'other', statement: name === 'create' ? 'CreateSeqStmt' : 'DropStmt', object: seqName?.t === 'str' ? seqName.v : null });
    return NONE;
  }
  const touches = receiver.args.some(isTouchingDb) || [...receiver.kwargs.values()].some(isTouchingDb);
  if (touches && name === 'execute') {
    // An ORM Session bound to the migration's connection.
    const statement = args.positional[0];
    if (statement) execute(statement, node, em, false);
    return unknown(`the rows returned by \`${node.text.slice(0, 60)}\` are only known at run time`);
  }
  return unknown(`\`${node.text.slice(0, 80)}\` runs code whose effect is only known at run time`, touches || args.positional.some(isTouchingDb));
}

function execute(statement: Value, node: Node, em: Emitter, driverSql: boolean): void {
  if (statement.t === 'str') {
    em.sql(node, statement.v, statement.origin);
    return;
  }
  if (statement.t === 'call' && !driverSql) {
    const kind = lastSegment(statement.path);
    const first = statement.args[0];
    if ((kind === 'text' || kind === 'literal_column' || kind === 'DDL') && first?.t === 'str') {
      em.sql(node, first.v, first.origin);
      return;
    }
    if (statement.path.startsWith('sqlalchemy') && /^(Create|Drop|Add|Alter)/.test(kind)) {
      const target = statement.args[0];
      const object = target?.t === 'call' && target.args[0]?.t === 'str' ? target.args[0].v : null;
      em.emit(node, { kind: 'other', statement: kind, object });
      return;
    }
  }
  if (statement.t === 'dml') {
    em.emit(node, { kind: 'dml', action: statement.action, table: statement.table, hasWhere: statement.hasWhere });
    return;
  }
  em.dynamic(node, `the executed statement is not static SQL: ${describe(statement, node)}`);
}

function describe(value: Value, node: Node): string {
  if (value.t === 'unknown') return value.why;
  if (value.t === 'ref') return `\`${value.node?.text ?? value.path}\` is imported from \`${value.path.slice(0, value.path.lastIndexOf('.'))}\`; its value is not in this file`;
  return `\`${node.text.slice(0, 80)}\` is only known at run time`;
}

// ------------------------------------------------------------------ argument readers

/** A required name argument (table, column, constraint) as a string, or a dynamic finding and null. */
function requireString(p: Params, param: string, node: Node, em: Emitter, what: string): string | null {
  const v = p.get(param);
  if (v?.t === 'str') return v.v;
  if (v === undefined) em.dynamic(node, `${what} is missing`);
  else em.dynamic(node, `${what} \`${p.text(param).slice(0, 80)}\` is not a static string: ${describe(v, p.node(param) ?? node)}`);
  return null;
}

/** Optional name: string, None (null) or undefined when not static. */
function optionalString(p: Params, param: string): string | null | undefined {
  const v = p.get(param);
  if (v === undefined || v.t === 'none') return null;
  if (v.t === 'str') return v.v;
  return undefined;
}

/**
 * A table name as the schema model keys it. SQLAlchemy quotes names that are not all lower case,
 * so the string is the catalog name as is (`'Users'` is `"Users"` in SQL); only the default
 * schema is dropped, as `qualifiedName` does for the SQL front end.
 */
function tableName(p: Params, param: string, node: Node, em: Emitter, schemaParam = 'schema'): string | null {
  const name = requireString(p, param, node, em, 'the table name');
  if (name === null) return null;
  const schema = optionalString(p, schemaParam);
  if (schema === undefined) {
    em.dynamic(node, `the schema \`${p.text(schemaParam)}\` is not a static string`);
    return null;
  }
  return qualifiedName(schema, name);
}

/** Column list: `['a', 'b']`, `'a'`, `[sa.text('lower(email)')]`, `[sa.column('a')]`. */
function columnNames(value: Value | undefined): string[] | null {
  if (value === undefined || value.t === 'none') return [];
  const items = value.t === 'seq' ? value.items : [value];
  const out: string[] = [];
  for (const item of items) {
    if (item.t === 'str') out.push(item.v);
    else if (item.t === 'call' && lastSegment(item.path) === 'column' && item.args[0]?.t === 'str') out.push(item.args[0].v);
    else {
      const sql = renderSqlExpression(item);
      if (sql === null) return null;
      out.push(sql);
    }
  }
  return out;
}

function requireColumns(p: Params, param: string, node: Node, em: Emitter): string[] | null {
  const columns = columnNames(p.get(param));
  if (columns === null) em.dynamic(node, `the column list \`${p.text(param).slice(0, 80)}\` is not static`);
  return columns;
}

/** A SQL condition given as a string, `sa.text(...)` or a Core expression (kept as written). */
function conditionText(p: Params, param: string): string | null {
  const v = p.get(param);
  if (v === undefined || v.t === 'none') return null;
  if (v.t === 'str') return v.v;
  return renderSqlExpression(v) ?? p.text(param);
}

/** Normalised CHECK text: lower case, outer parentheses dropped (as the SQL front end does). */
function checkExpression(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t.toLowerCase();
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** `col IS NOT NULL` (SQL) or `sa.column('col') != None` / `.isnot(None)` (Core) → `col`. */
function notNullColumn(text: string): string | null {
  const sql = /^\(?\s*"?([A-Za-z_][\w$]*)"?\s+is\s+not\s+null\s*\)?$/i.exec(text.trim());
  if (sql) return sql[1]!;
  const core = /column\(\s*['"]([^'"]+)['"]\s*\)\s*(?:!=\s*None|\.isnot\(\s*None\s*\)|\.is_not\(\s*None\s*\))/.exec(text);
  return core ? core[1]! : null;
}

/** `'users.id'` / `'app.users.id'` → table and column. */
function splitColumnReference(ref: string): { table: string; column: string } | null {
  const parts = ref.split('.');
  if (parts.length < 2) return null;
  const column = parts.pop()!;
  const table = parts.pop()!;
  return { table: qualifiedName(parts.pop() ?? null, table), column };
}

const INTEGER_TYPES = new Set(['int2', 'int4', 'int8', 'int', 'bigint', 'smallint', 'mediumint', 'tinyint']);

interface LoweredColumn {
  column: ColumnSpec;
  constraints: ConstraintSpec[];
  /** index=True (and unique=True with it) → CREATE INDEX ix_<table>_<column>. */
  index: { unique: boolean } | null;
  enumDef: EnumDefinition | null;
  /** autoincrement: true / false / 'auto' (SQLAlchemy's default). */
  autoincrement: boolean | 'auto';
}

/** `sa.Column(name, type, *items, nullable=, server_default=, ...)` → column spec plus its inline constraints. */
function lowerColumn(value: Value, valueNode: Node, node: Node, em: Emitter): LoweredColumn | null {
  if (value.t !== 'call' || lastSegment(value.path) !== 'Column') {
    em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a static \`sa.Column(...)\`: ${describe(value, valueNode)}`);
    return null;
  }
  const args = [...value.args];
  const argNodes = [...value.argNodes];
  let name: string | null = null;
  const nameKw = value.kwargs.get('name');
  if (args[0]?.t === 'str') {
    name = (args.shift() as { v: string }).v;
    argNodes.shift();
  } else if (nameKw?.t === 'str') name = nameKw.v;
  if (name === null) {
    const written = args[0] ?? nameKw;
    const why = written ? `: ${describe(written, argNodes[0] ?? value.node)}` : '';
    em.dynamic(node, `the column name in \`${value.node.text.slice(0, 80)}\` is not a static string${why}`);
    return null;
  }
  const column: ColumnSpec = { name, type: null, notNull: false, default: null };
  const constraints: ConstraintSpec[] = [];
  let enumDef: EnumDefinition | null = null;
  const typeCandidates: Array<{ value: Value; node: Node }> = [];
  args.forEach((arg, i) => typeCandidates.push({ value: arg, node: argNodes[i]! }));
  const typeKw = value.kwargs.get('type_');
  if (typeKw) typeCandidates.unshift({ value: typeKw, node: value.kwargNodes.get('type_')! });
  for (const candidate of typeCandidates) {
    const item = candidate.value;
    const kind = item.t === 'call' || item.t === 'ref' ? lastSegment(item.path) : null;
    switch (kind) {
      case 'ForeignKey': {
        const target = item.t === 'call' ? item.args[0] : undefined;
        const ref = target?.t === 'str' ? splitColumnReference(target.v) : null;
        column.references = ref ? { table: ref.table, columns: [ref.column] } : null;
        const fkName = item.t === 'call' ? item.kwargs.get('name') : undefined;
        constraints.push({ name: fkName?.t === 'str' ? fkName.v : null, kind: 'foreignKey', columns: [name], notValid: false, usingIndex: null, references: column.references ?? null });
        break;
      }
      case 'Identity':
        column.identity = true;
        column.notNull = true;
        break;
      case 'Computed': {
        const persisted = item.t === 'call' ? item.kwargs.get('persisted') : undefined;
        // PostgreSQL only has STORED generated columns (before 18); MySQL defaults to VIRTUAL.
        column.generatedStored = persisted?.t === 'bool' ? persisted.v : em.dialect === 'postgres';
        break;
      }
      case 'Sequence':
      case 'CheckConstraint':
      case 'FetchedValue':
        break;
      default: {
        if (column.type) break;
        const mapped = mapSqlAlchemyType(item, em.dialect, candidate.node.text);
        if (mapped) {
          column.type = mapped.type;
          enumDef = mapped.enumDef;
        } else em.dynamic(node, `the type of column \`${name}\` is not static: ${describe(item, candidate.node)}`);
      }
    }
  }
  const primaryKey = value.kwargs.get('primary_key');
  if (primaryKey?.t === 'bool' && primaryKey.v) {
    column.primaryKey = true;
    column.notNull = true;
    constraints.push({ name: null, kind: 'primaryKey', columns: [name], notValid: false, usingIndex: null });
  }
  const nullable = value.kwargs.get('nullable');
  if (nullable !== undefined) {
    if (nullable.t === 'bool') column.notNull = !nullable.v || Boolean(column.primaryKey) || Boolean(column.identity);
    else em.dynamic(node, `\`nullable\` of column \`${name}\` is not a static True/False`);
  }
  const serverDefaultValue = value.kwargs.get('server_default');
  if (serverDefaultValue !== undefined) {
    const d = serverDefault(serverDefaultValue);
    if (d === undefined) {
      const text = value.kwargNodes.get('server_default')?.text ?? 'server_default';
      em.dynamic(node, `the server_default of column \`${name}\` (\`${text.slice(0, 80)}\`) is not static SQL`);
      // Unknown, but present. SQLAlchemy takes a string or a SQL construct here; a Python expression
      // we cannot see (str(Status.ACTIVE), Status.ACTIVE.value, a constant from another module) is
      // a value fixed when the migration runs, not a per-row function: an unknown constant.
      column.default = { sql: text, volatile: false };
    } else column.default = d;
  }
  // `default=` is a Python-side default applied by the ORM on INSERT: not a database default.
  const unique = value.kwargs.get('unique');
  const index = value.kwargs.get('index');
  const indexed = index?.t === 'bool' && index.v;
  if (unique?.t === 'bool' && unique.v) {
    column.unique = true;
    if (!indexed) constraints.push({ name: null, kind: 'unique', columns: [name], notValid: false, usingIndex: null });
  }
  const comment = value.kwargs.get('comment');
  if (comment?.t === 'str') column.comment = comment.v;
  const autoincrement = value.kwargs.get('autoincrement');
  return {
    column,
    constraints,
    index: indexed ? { unique: Boolean(column.unique) } : null,
    enumDef,
    autoincrement: autoincrement?.t === 'bool' ? autoincrement.v : 'auto',
  };
}

/** SQLAlchemy renders the table's single integer primary key (autoincrement="auto") as SERIAL / AUTO_INCREMENT. */
function markImplicitSerial(columns: LoweredColumn[]): void {
  const primaryKeys = columns.filter((c) => c.column.primaryKey);
  for (const c of columns) {
    const integer = c.column.type !== null && INTEGER_TYPES.has(c.column.type.name) && !c.column.type.array;
    if (!integer || c.column.identity) continue;
    const implicit = c.autoincrement === 'auto' && primaryKeys.length === 1 && primaryKeys[0] === c && !c.column.references;
    if (c.autoincrement === true || implicit) {
      c.column.identity = true;
      c.column.notNull = true;
    }
  }
}

function tableConstraint(value: Value, valueNode: Node, node: Node, em: Emitter): ConstraintSpec | 'index' | null {
  if (value.t !== 'call') {
    em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a static column or constraint: ${describe(value, valueNode)}`);
    return null;
  }
  const kind = lastSegment(value.path);
  const nameValue = value.kwargs.get('name');
  const name = nameValue?.t === 'str' ? nameValue.v : null;
  const strings = (items: Value[]) => items.filter((i): i is Value & { t: 'str' } => i.t === 'str').map((i) => i.v);
  switch (kind) {
    case 'PrimaryKeyConstraint':
      return { name, kind: 'primaryKey', columns: strings(value.args), notValid: false, usingIndex: null };
    case 'UniqueConstraint':
      return { name, kind: 'unique', columns: strings(value.args), notValid: false, usingIndex: null };
    case 'CheckConstraint': {
      const condition = value.args[0];
      const text = condition?.t === 'str' ? condition.v : (condition && renderSqlExpression(condition)) ?? value.argNodes[0]?.text ?? '';
      return { name, kind: 'check', columns: [], notValid: false, usingIndex: null, expression: checkExpression(text), notNullColumn: notNullColumn(text) };
    }
    case 'ForeignKeyConstraint': {
      const local = columnNames(value.args[0] ?? value.kwargs.get('columns'));
      const remote = columnNames(value.args[1] ?? value.kwargs.get('refcolumns'));
      const refs = (remote ?? []).map(splitColumnReference).filter((r): r is { table: string; column: string } => r !== null);
      return {
        name,
        kind: 'foreignKey',
        columns: local ?? [],
        notValid: false,
        usingIndex: null,
        references: refs.length > 0 ? { table: refs[0]!.table, columns: refs.map((r) => r.column) } : null,
      };
    }
    case 'Index':
      return 'index';
    case 'ExcludeConstraint': {
      const columns: string[] = [];
      for (const element of value.args) {
        const first = element.t === 'seq' ? element.items[0] : undefined;
        const found = first ? columnNames(first) : null;
        if (found) columns.push(...found);
      }
      return { name, kind: 'exclusion', columns, notValid: false, usingIndex: null };
    }
    default:
      em.dynamic(node, `\`${valueNode.text.slice(0, 80)}\` is not a column or constraint this linter models`);
      return null;
  }
}

function tableIndex(value: Value & { t: 'call' }, table: string, node: Node, em: Emitter): void {
  const indexName = value.args[0];
  const columns = columnNames({ t: 'seq', items: value.args.slice(1) });
  if (indexName?.t !== 'str' || columns === null) {
    em.dynamic(node, `\`${value.node.text.slice(0, 80)}\` is not a static index definition`);
    return;
  }
  const unique = value.kwargs.get('unique');
  const where = value.kwargs.get('postgresql_where');
  const using = value.kwargs.get('postgresql_using');
  em.emit(node, {
    kind: 'createIndex',
    name: indexName.v,
    table,
    columns,
    unique: unique?.t === 'bool' && unique.v,
    concurrently: false,
    ifNotExists: false,
    where: where ? (where.t === 'str' ? where.v : (renderSqlExpression(where) ?? value.kwargNodes.get('postgresql_where')?.text ?? null)) : null,
    method: using?.t === 'str' ? using.v : em.dialect === 'postgres' ? 'btree' : null,
  });
}

function columnIndex(table: string, column: LoweredColumn, node: Node, em: Emitter): void {
  if (!column.index) return;
  // SQLAlchemy's default naming convention: ix_<table>_<column>.
  const bareTable = table.includes('.') ? table.slice(table.lastIndexOf('.') + 1) : table;
  em.emit(node, {
    kind: 'createIndex',
    name: `ix_${bareTable}_${column.column.name}`,
    table,
    columns: [column.column.name],
    unique: column.index.unique,
    concurrently: false,
    ifNotExists: false,
    where: null,
    method: em.dialect === 'postgres' ? 'btree' : null,
  });
}

function conditionalIf(flag: boolean): { conditional?: true } {
  return flag ? { conditional: true } : {};
}

// ------------------------------------------------------------------ operations

const HANDLERS: Record<string, Handler> = {
  create_table(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    const columns: LoweredColumn[] = [];
    const constraints: ConstraintSpec[] = [];
    const indexes: Array<Value & { t: 'call' }> = [];
    p.rest.forEach((item, i) => {
      const itemNode = p.restNodes[i]!;
      if (item.t === 'call' && lastSegment(item.path) === 'Column') {
        const c = lowerColumn(item, itemNode, node, em);
        if (c) columns.push(c);
        return;
      }
      const c = tableConstraint(item, itemNode, node, em);
      if (c === 'index') indexes.push(item as Value & { t: 'call' });
      else if (c) constraints.push(c);
    });
    markImplicitSerial(columns);
    const primaryKeyColumns = columns.filter((c) => c.column.primaryKey).map((c) => c.column.name);
    const tableConstraints: ConstraintSpec[] = [];
    if (primaryKeyColumns.length > 0) tableConstraints.push({ name: null, kind: 'primaryKey', columns: primaryKeyColumns, notValid: false, usingIndex: null });
    for (const c of columns) tableConstraints.push(...c.constraints.filter((s) => s.kind !== 'primaryKey'));
    for (const c of constraints) {
      tableConstraints.push(c);
      if (c.kind === 'primaryKey') for (const col of columns) if (c.columns.includes(col.column.name)) col.column.notNull = true;
    }
    const ifNotExists = p.flag('if_not_exists') === true;
    if (em.dialect === 'postgres') {
      // op.create_table fires SQLAlchemy's before_create event, which creates named enum types first.
      const seen = new Set<string>();
      for (const c of columns) {
        if (!c.enumDef?.createType || seen.has(c.enumDef.name)) continue;
        seen.add(c.enumDef.name);
        em.emit(node, { kind: 'createEnum', name: c.enumDef.name, values: c.enumDef.values });
      }
    }
    em.emit(node, { kind: 'createTable', table, columns: columns.map((c) => c.column), constraints: tableConstraints, ifNotExists, ...conditionalIf(ifNotExists) });
    for (const c of columns) columnIndex(table, c, node, em);
    for (const index of indexes) tableIndex(index, table, node, em);
    const comment = p.get('comment');
    if (comment?.t === 'str') em.emit(node, { kind: 'comment', target: 'table', table, column: null, text: comment.v });
    return { t: 'table', name: table };
  },

  drop_table(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    const ifExists = p.flag('if_exists') === true;
    em.emit(node, { kind: 'dropTable', table, ifExists, cascade: false, ...conditionalIf(ifExists) });
    return NONE;
  },

  rename_table(p, node, em) {
    const table = tableName(p, 'old_table_name', node, em);
    const newName = tableName(p, 'new_table_name', node, em);
    if (table === null || newName === null) return NONE;
    em.emit(node, { kind: 'renameTable', table, newName });
    return NONE;
  },

  add_column(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    const value = p.get('column');
    if (table === null) return NONE;
    if (!value) {
      em.dynamic(node, 'the column is missing');
      return NONE;
    }
    const lowered = lowerColumn(value, p.node('column') ?? node, node, em);
    if (!lowered) return NONE;
    markImplicitSerial([lowered]);
    const ifNotExists = p.flag('if_not_exists') === true;
    const guard = conditionalIf(ifNotExists);
    const position = em.dialect === 'mysql' ? columnPosition(p) : undefined;
    em.emit(node, { kind: 'addColumn', table, column: lowered.column, ifNotExists, ...guard, ...(position ? { position } : {}) });
    // Alembic adds the column's ForeignKey/unique as separate ALTER TABLE ... ADD CONSTRAINT statements.
    for (const constraint of lowered.constraints) em.emit(node, { kind: 'addConstraint', table, constraint, ...guard });
    columnIndex(table, lowered, node, em);
    return NONE;
  },

  drop_column(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    const column = requireString(p, 'column_name', node, em, 'the column name');
    if (table === null || column === null) return NONE;
    const ifExists = p.flag('if_exists') === true;
    em.emit(node, { kind: 'dropColumn', table, column, ifExists, ...conditionalIf(ifExists) });
    return NONE;
  },

  alter_column(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    const column = requireString(p, 'column_name', node, em, 'the column name');
    if (table === null || column === null) return NONE;
    // Alembic's PostgreSQL impl emits the type change first, then NULL/NOT NULL, default, comment, and the rename last.
    const typeValue = p.get('type_');
    if (typeValue !== undefined && typeValue.t !== 'none') {
      const mapped = mapSqlAlchemyType(typeValue, em.dialect, p.text('type_'));
      if (mapped) {
        const using = p.get('postgresql_using');
        em.emit(node, { kind: 'alterColumnType', table, column, type: mapped.type, using: using?.t === 'str' ? using.v : using ? p.text('postgresql_using') : null });
      } else em.dynamic(node, `the new type \`${p.text('type_').slice(0, 80)}\` is not static: ${describe(typeValue, p.node('type_') ?? node)}`);
    }
    const nullable = p.get('nullable');
    if (nullable !== undefined && nullable.t !== 'none') {
      if (nullable.t === 'bool') em.emit(node, { kind: nullable.v ? 'dropNotNull' : 'setNotNull', table, column });
      else em.dynamic(node, `\`nullable=${p.text('nullable').slice(0, 60)}\` is not a static True/False`);
    }
    const defaultValue = p.get('server_default');
    const identity = (v: Value | undefined) => v?.t === 'call' && lastSegment(v.path) === 'Identity';
    if (identity(defaultValue)) {
      // ALTER COLUMN ... ADD GENERATED ... AS IDENTITY (the SQL carries it; the IR has no identity op).
      em.emit(node, { kind: 'other', statement: 'AlterTableStmt', object: table });
    } else if (defaultValue?.t === 'none' && identity(p.get('existing_server_default'))) {
      em.emit(node, { kind: 'other', statement: 'AlterTableStmt', object: table });
    } else if (defaultValue !== undefined && !(defaultValue.t === 'bool' && !defaultValue.v)) {
      // `server_default=False` is Alembic's "not given" sentinel.
      const d: DefaultExpr | null | undefined = serverDefault(defaultValue);
      if (d === null) em.emit(node, { kind: 'dropDefault', table, column });
      else if (d) em.emit(node, { kind: 'setDefault', table, column, default: d });
      else em.dynamic(node, `the server_default \`${p.text('server_default').slice(0, 80)}\` is not static SQL`);
    }
    const comment = p.get('comment');
    if (comment !== undefined && !(comment.t === 'bool' && !comment.v)) {
      if (comment.t === 'str' || comment.t === 'none') em.emit(node, { kind: 'comment', target: 'column', table, column, text: comment.t === 'str' ? comment.v : null });
      else em.dynamic(node, `the comment \`${p.text('comment').slice(0, 80)}\` is not a static string`);
    }
    const newName = p.get('new_column_name');
    if (newName !== undefined && newName.t !== 'none') {
      if (newName.t === 'str') em.emit(node, { kind: 'renameColumn', table, column, newName: newName.v });
      else em.dynamic(node, `the new column name \`${p.text('new_column_name').slice(0, 80)}\` is not a static string`);
    }
    return NONE;
  },

  create_index(p, node, em) {
    const nameValue = optionalString(p, 'index_name');
    const table = tableName(p, 'table_name', node, em);
    const columns = requireColumns(p, 'columns', node, em);
    if (table === null || columns === null) return NONE;
    if (nameValue === undefined) {
      em.dynamic(node, `the index name \`${p.text('index_name').slice(0, 80)}\` is not a static string`);
      return NONE;
    }
    const postgres = em.dialect === 'postgres';
    const concurrently = postgres && flagOrReport(p, 'postgresql_concurrently', node, em);
    const ifNotExists = p.flag('if_not_exists') === true;
    const using = p.get(postgres ? 'postgresql_using' : 'mysql_using');
    em.emit(node, {
      kind: 'createIndex',
      name: nameValue,
      table,
      columns,
      unique: flagOrReport(p, 'unique', node, em),
      concurrently,
      ifNotExists,
      where: postgres ? conditionText(p, 'postgresql_where') : null,
      // PostgreSQL's default access method, as the SQL front end reports it.
      method: using?.t === 'str' ? using.v : postgres ? 'btree' : null,
      ...conditionalIf(ifNotExists),
      ...mysqlOnline(p, em),
    });
    return NONE;
  },

  drop_index(p, node, em) {
    const name = requireString(p, 'index_name', node, em, 'the index name');
    if (name === null) return NONE;
    const tableValue = optionalString(p, 'table_name');
    const schema = optionalString(p, 'schema');
    const ifExists = p.flag('if_exists') === true;
    em.emit(node, {
      kind: 'dropIndex',
      name: qualifiedName(schema ?? null, name),
      table: tableValue ? qualifiedName(schema ?? null, tableValue) : null,
      concurrently: em.dialect === 'postgres' && flagOrReport(p, 'postgresql_concurrently', node, em),
      ifExists,
      ...conditionalIf(ifExists),
    });
    return NONE;
  },

  create_foreign_key(p, node, em) {
    const name = optionalString(p, 'constraint_name');
    const table = tableName(p, 'source_table', node, em, 'source_schema');
    const referent = tableName(p, 'referent_table', node, em, 'referent_schema');
    const local = requireColumns(p, 'local_cols', node, em);
    const remote = requireColumns(p, 'remote_cols', node, em);
    if (table === null || referent === null || local === null || remote === null) return NONE;
    em.emit(node, {
      kind: 'addConstraint',
      table,
      constraint: {
        name: name ?? null,
        kind: 'foreignKey',
        columns: local,
        notValid: em.dialect === 'postgres' && flagOrReport(p, 'postgresql_not_valid', node, em),
        usingIndex: null,
        references: { table: referent, columns: remote },
      },
    });
    return NONE;
  },

  create_check_constraint(p, node, em) {
    const name = optionalString(p, 'constraint_name');
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    const text = conditionText(p, 'condition') ?? '';
    em.emit(node, {
      kind: 'addConstraint',
      table,
      constraint: {
        name: name ?? null,
        kind: 'check',
        columns: [],
        notValid: em.dialect === 'postgres' && flagOrReport(p, 'postgresql_not_valid', node, em),
        usingIndex: null,
        expression: checkExpression(text),
        notNullColumn: notNullColumn(text),
      },
    });
    return NONE;
  },

  create_unique_constraint(p, node, em) {
    return addKeyConstraint(p, node, em, 'unique');
  },

  create_primary_key(p, node, em) {
    return addKeyConstraint(p, node, em, 'primaryKey');
  },

  create_exclude_constraint(p, node, em) {
    const name = optionalString(p, 'constraint_name');
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    const columns: string[] = [];
    for (const element of p.rest) {
      const first = element.t === 'seq' ? element.items[0] : undefined;
      const names = first ? columnNames(first) : null;
      if (names) columns.push(...names);
    }
    em.emit(node, { kind: 'addConstraint', table, constraint: { name: name ?? null, kind: 'exclusion', columns, notValid: false, usingIndex: null, expression: conditionText(p, 'where') } });
    return NONE;
  },

  drop_constraint(p, node, em) {
    const name = requireString(p, 'constraint_name', node, em, 'the constraint name');
    const table = tableName(p, 'table_name', node, em);
    if (name === null || table === null) return NONE;
    const type = optionalString(p, 'type_');
    const kinds: Record<string, ConstraintKind> = { foreignkey: 'foreignKey', primary: 'primaryKey', unique: 'unique', check: 'check' };
    const ifExists = p.flag('if_exists') === true;
    em.emit(node, { kind: 'dropConstraint', table, name, ifExists, constraintKind: type ? (kinds[type] ?? null) : null, ...conditionalIf(ifExists) });
    return NONE;
  },

  create_table_comment(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    const comment = p.get('comment');
    if (comment?.t !== 'str' && comment?.t !== 'none') {
      em.dynamic(node, `the comment \`${p.text('comment').slice(0, 80)}\` is not a static string`);
      return NONE;
    }
    em.emit(node, { kind: 'comment', target: 'table', table, column: null, text: comment.t === 'str' ? comment.v : null });
    return NONE;
  },

  drop_table_comment(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return NONE;
    em.emit(node, { kind: 'comment', target: 'table', table, column: null, text: null });
    return NONE;
  },

  execute(p, node, em) {
    const statement = p.get('sqltext');
    if (!statement) {
      em.dynamic(node, 'op.execute() without a statement');
      return NONE;
    }
    execute(statement, node, em, false);
    return NONE;
  },

  bulk_insert(p, node, em) {
    const table = p.get('table');
    if (table?.t !== 'table') {
      em.dynamic(node, `the table \`${p.text('table').slice(0, 80)}\` of bulk_insert is not a static \`sa.table(...)\`: ${table ? describe(table, p.node('table') ?? node) : 'missing'}`);
      return NONE;
    }
    em.emit(node, { kind: 'dml', action: 'insert', table: table.name, hasWhere: false });
    return NONE;
  },

  batch_alter_table(p, node, em) {
    const table = tableName(p, 'table_name', node, em);
    if (table === null) return unknown('the batch table name is not static');
    const recreate = p.get('recreate');
    if (recreate?.t === 'str' && recreate.v === 'always') {
      // "move and copy": a new table is created, the rows copied, the old table dropped and the new one renamed.
      em.emit(node, { kind: 'alterTableOption', table, option: 'recreate', detail: `batch_alter_table(recreate='always') copies every row of ${table} into a new table` });
    }
    return { t: 'batch', table, node };
  },
};

function addKeyConstraint(p: Params, node: Node, em: Emitter, kind: 'unique' | 'primaryKey'): Value {
  const name = optionalString(p, 'constraint_name');
  const table = tableName(p, 'table_name', node, em);
  const columns = requireColumns(p, 'columns', node, em);
  if (table === null || columns === null) return NONE;
  em.emit(node, { kind: 'addConstraint', table, constraint: { name: name ?? null, kind, columns, notValid: false, usingIndex: null }, ...mysqlOnline(p, em) });
  return NONE;
}

/** A boolean keyword; a non-literal value is reported and read as False. */
function flagOrReport(p: Params, name: string, node: Node, em: Emitter): boolean {
  const f = p.flag(name);
  if (f === 'unknown') {
    em.dynamic(node, `\`${name}=${p.text(name).slice(0, 60)}\` is not a static value`);
    return false;
  }
  return f === true;
}

/** `mysql_algorithm=` / `mysql_lock=` keywords, when a project passes them through to its dialect. */
function mysqlOnline(p: Params, em: Emitter): { online?: { algorithm: string | null; lock: string | null } } {
  if (em.dialect !== 'mysql') return {};
  const algorithm = p.get('mysql_algorithm');
  const lock = p.get('mysql_lock');
  if (algorithm?.t !== 'str' && lock?.t !== 'str') return {};
  return { online: { algorithm: algorithm?.t === 'str' ? algorithm.v.toUpperCase() : null, lock: lock?.t === 'str' ? lock.v.toUpperCase() : null } };
}

/** Batch `insert_before`/`insert_after` (MySQL renders AFTER / FIRST). */
function columnPosition(p: Params): 'first' | { after: string } | null {
  const after = p.get('insert_after');
  if (after?.t === 'str') return { after: after.v };
  return null;
}

