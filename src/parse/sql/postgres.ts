/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query's JSON AST is walked structurally */
import type { ColumnSpec, ConstraintKind, ConstraintSpec, Loc, Op, OtherLock, PartitionChange } from '../../ir.js';
import type { EmbeddedSqlOrigin } from '../frontend.js';
import { qualifiedName } from '../names.js';
import { defaultFromNode, exprText, isSerialTypeName, notNullCheckColumn, typeFromNode } from './pg-expr.js';
import { LineIndex } from '../line-index.js';
import { splitPostgres, type SqlChunk } from './pg-splitter.js';
import { freshPgParser, isWasmTrap, type PgParser } from './pg-wasm.js';
import { timed } from '../../timing.js';

type Node = any;
export type LibPgQuery = PgParser;

let parser: Promise<LibPgQuery> | null = null;
let generation = 0;
/** Set when a parse trapped: the instance is replaced before the next statement. */
let trapped = false;

/**
 * Loads the PostgreSQL parser (WASM) once; shared by the front end and the dry-run guard. It is
 * our own instance of libpg-query's module from the start, so the instance that replaces a
 * trapped one is the same code, not a second way of calling the parser.
 */
export function loadParser(): Promise<LibPgQuery> {
  parser ??= freshPgParser();
  return parser;
}

/** How many times the parser instance was replaced after a trap (tests). */
export function parserGeneration(): number {
  return generation;
}

/** After a trap: a fresh WASM instance for everything that parses from now on. */
async function replaceTrappedParser(): Promise<LibPgQuery> {
  trapped = false;
  generation++;
  parser = freshPgParser();
  return parser;
}

/** Deeper nesting risks exhausting the WASM stack, which would poison the module for every later file. */
const MAX_NESTING = 1000;
/** Statements longer than this are reported instead of parsed (a runaway unterminated literal). */
const MAX_STATEMENT_CHARS = 8 * 1024 * 1024;

/** Byte offset (UTF-8, as libpg-query reports) → UTF-16 offset in `text`. */
function byteToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return i;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return text.length;
}

interface Position {
  index: LineIndex;
  origin: EmbeddedSqlOrigin;
}

function locOf(pos: Position, start: number, end: number): Loc {
  const line = pos.index.line(start);
  const endLine = pos.index.line(Math.max(start, end - 1));
  const column = line === 1 ? pos.origin.column + pos.index.column(start) - 1 : pos.index.column(start);
  return { file: pos.origin.file, line: pos.origin.line + line - 1, endLine: pos.origin.line + endLine - 1, column };
}

export async function lowerPostgresSql(text: string, origin: EmbeddedSqlOrigin): Promise<{ ops: Op[]; statements: number }> {
  let pg = await loadParser();
  const pos: Position = { index: new LineIndex(text), origin };
  const ops: Op[] = [];
  const chunks = splitPostgres(text);
  let batch: SqlChunk[] = [];
  let batchChars = 0;
  const flush = async () => {
    if (batch.length > 0 && !lowerBatch(pg, batch, pos, ops)) {
      for (const c of batch) {
        if (trapped) pg = await replaceTrappedParser();
        lowerChunk(pg, c, pos, ops, 0);
      }
    }
    batch = [];
    batchChars = 0;
    if (trapped) pg = await replaceTrappedParser();
  };
  for (const chunk of chunks) {
    if (!batchable(chunk)) {
      await flush();
      lowerChunk(pg, chunk, pos, ops, 0);
      if (trapped) pg = await replaceTrappedParser();
      continue;
    }
    batch.push(chunk);
    batchChars += chunk.text.length;
    // Only the last chunk of a text can lack its `;`; it must not run into a following one.
    if (batch.length >= BATCH_STATEMENTS || batchChars >= BATCH_CHARS || !chunk.text.endsWith(';')) await flush();
  }
  await flush();
  return { ops: qualifySearchPath(ops), statements: chunks.length };
}

/**
 * After `SET search_path TO app, public`, `ALTER TABLE users` is `app.users`: unqualified table
 * names of the ops that follow get the path's first schema, so the schema model and the rules see
 * the table the server resolves (a name only in the second schema is not modelled).
 */
function qualifySearchPath(ops: Op[]): Op[] {
  let schema: string | null = null;
  const q = (name: string): string => (schema && name !== '' && !name.includes('.') ? `${schema}.${name}` : name);
  const qRef = <T extends { references?: { table: string; columns: string[] } | null }>(x: T): T =>
    x.references ? { ...x, references: { ...x.references, table: q(x.references.table) } } : x;
  return ops.map((op) => {
    if (op.kind === 'other' && op.statement === 'VariableSetStmt' && op.object?.startsWith('search_path=')) {
      const first = op.object.slice('search_path='.length);
      schema = first === 'public' || first === '$user' || first === 'pg_catalog' || first === '' ? null : first;
      return op;
    }
    if (!schema) return op;
    const out: Record<string, unknown> = { ...op };
    if ('table' in op && typeof op.table === 'string') out.table = q(op.table);
    if (op.kind === 'renameTable') out.newName = q(op.newName);
    if (op.kind === 'truncate') out.tables = op.tables.map(q);
    if (op.kind === 'reindex' && op.target === 'table') out.name = q(op.name);
    if (op.kind === 'createTable') {
      out.columns = op.columns.map(qRef);
      out.constraints = op.constraints.map(qRef);
    }
    if (op.kind === 'addColumn') out.column = qRef(op.column);
    if (op.kind === 'addConstraint') out.constraint = qRef(op.constraint);
    if (op.kind === 'other' && op.lock) out.lock = { ...op.lock, tables: op.lock.tables.map(q) };
    return out as unknown as Op;
  });
}

/** Statements parsed per parser call: the per-call cost (copying in and out of WASM) dominates small statements. */
const BATCH_STATEMENTS = 16;
const BATCH_CHARS = 16 * 1024;

function batchable(chunk: SqlChunk): boolean {
  return !chunk.unterminated && chunk.maxDepth <= MAX_NESTING && chunk.text.length < BATCH_CHARS && !chunk.text.startsWith('\\') && !chunk.text.includes('\0');
}

/**
 * Parses several statements in one call. Succeeds only when the parser sees exactly one statement
 * per chunk, each inside its chunk's byte range; otherwise (a syntax error, or a chunk the parser
 * splits differently) the caller parses the chunks one by one, which pins errors to their statement.
 */
function lowerBatch(pg: LibPgQuery, batch: SqlChunk[], pos: Position, ops: Op[]): boolean {
  if (batch.length === 1) return false;
  let stmts: Node[];
  try {
    stmts = timed('parse', () => pg.parseSync(batch.map((c) => c.text).join('\n')).stmts ?? []);
  } catch (e) {
    // The chunks are parsed one by one next, on a fresh instance if this one trapped.
    if (isWasmTrap(e)) trapped = true;
    return false;
  }
  if (stmts.length !== batch.length) return false;
  let byteStart = 0;
  for (let i = 0; i < batch.length; i++) {
    const byteEnd = byteStart + Buffer.byteLength(batch[i]!.text) + 1;
    const at = Number(stmts[i]!.stmt_location ?? 0);
    if (at < byteStart - 1 || at >= byteEnd) return false;
    byteStart = byteEnd;
  }
  for (let i = 0; i < batch.length; i++) {
    const c = batch[i]!;
    const stmt = stmts[i]!.stmt;
    if (stmt) lowerStatement(pg, stmt, { text: c.text, loc: locOf(pos, c.start, c.end), chunkStart: c.start }, pos, ops, 0);
  }
  return true;
}

function unparsed(loc: Loc, message: string, sql?: string): Op {
  return { kind: 'unparsed', reason: 'parse', message, loc, ...(sql !== undefined ? { sql: sql.slice(0, 2000) } : {}) };
}

function lowerChunk(pg: LibPgQuery, chunk: SqlChunk, pos: Position, ops: Op[], depth: number): void {
  const loc = locOf(pos, chunk.start, chunk.end);
  if (chunk.unterminated) {
    ops.push(unparsed(loc, `unterminated ${chunk.unterminated}: the statement never ends`, chunk.text));
    return;
  }
  if (chunk.text.includes('\0')) {
    ops.push(unparsed(loc, 'the statement contains a NUL byte', chunk.text));
    return;
  }
  if (chunk.maxDepth > MAX_NESTING) {
    ops.push(unparsed(loc, `nesting ${chunk.maxDepth} parentheses deep exceeds the limit of ${MAX_NESTING}`, chunk.text));
    return;
  }
  if (chunk.text.length > MAX_STATEMENT_CHARS) {
    ops.push(unparsed(loc, `statement of ${chunk.text.length} characters is too large to analyse`, chunk.text));
    return;
  }
  // psql meta-commands (\set, \connect) are not SQL; they are not the server's business either.
  if (chunk.text.startsWith('\\')) return;
  let stmts: Node[];
  try {
    stmts = timed('parse', () => pg.parseSync(chunk.text).stmts ?? []);
  } catch (e) {
    if (isWasmTrap(e)) {
      trapped = true;
      ops.push(unparsed(loc, 'too deeply nested for the parser (its stack overflowed); the statements after it are still checked', chunk.text));
      return;
    }
    const err = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
    const cursor = err.sqlDetails?.cursorPosition;
    const at = typeof cursor === 'number' && cursor >= 0 ? chunk.start + byteToCharOffset(chunk.text, cursor) : chunk.start;
    const where = locOf(pos, chunk.start, chunk.end);
    const errLine = pos.origin.line + pos.index.line(at) - 1;
    const detail = errLine !== where.line ? ` (at line ${errLine})` : '';
    ops.push(unparsed(where, `${err.message ?? 'syntax error'}${detail}`, chunk.text));
    return;
  }
  for (const s of stmts) {
    const stmt = s.stmt;
    if (!stmt) continue;
    lowerStatement(pg, stmt, { text: chunk.text, loc, chunkStart: chunk.start }, pos, ops, depth);
  }
}

/**
 * An op's own fields, without where it is (`loc`, `sql`): the statement adds those. Ops are built
 * as `{ loc, sql, ...fields }`, never `{ ...base, ...}`: V8 gave each object cloned by a spread
 * that opens a literal (from a source of two shapes) a hidden class of its own, so 50,000 ops
 * cost 15 MB of hidden classes and every rule's reads of them went megamorphic.
 */
type OpFields = Op extends infer O ? (O extends Op ? Omit<O, 'loc' | 'sql'> : never) : never;

interface StmtSource {
  text: string;
  loc: Loc;
  chunkStart: number;
}

function rel(r: Node): string {
  return qualifiedName(r?.schemaname, String(r?.relname ?? ''));
}

/** The tables a query reads (every RangeVar in it, joins and subqueries included), each once. */
function relationsIn(query: Node): string[] {
  const out = new Set<string>();
  const stack: unknown[] = [query];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'RangeVar') out.add(rel(value as Node));
        else stack.push(value);
      }
    }
  }
  return [...out];
}

function nameList(items: Node[]): string {
  const parts = (items ?? []).map((i: Node) => String(i?.String?.sval ?? ''));
  const name = parts.pop() ?? '';
  return qualifiedName(parts.pop(), name);
}

function strings(items: Node[] | undefined): string[] {
  return (items ?? []).map((i: Node) => String(i?.String?.sval ?? i?.IndexElem?.name ?? exprText(i?.IndexElem?.expr)));
}

function constraintKind(contype: string): ConstraintKind | null {
  switch (contype) {
    case 'CONSTR_FOREIGN':
      return 'foreignKey';
    case 'CONSTR_CHECK':
      return 'check';
    case 'CONSTR_UNIQUE':
      return 'unique';
    case 'CONSTR_PRIMARY':
      return 'primaryKey';
    case 'CONSTR_EXCLUSION':
      return 'exclusion';
    default:
      return null;
  }
}

function constraintSpec(c: Node, columnName?: string): ConstraintSpec | null {
  const kind = constraintKind(c.contype);
  if (!kind) return null;
  const columns = c.keys?.length ? strings(c.keys) : c.fk_attrs?.length ? strings(c.fk_attrs) : columnName ? [columnName] : [];
  const notNullColumn = kind === 'check' ? notNullCheckColumn(c.raw_expr) : null;
  return {
    name: c.conname ?? null,
    kind,
    columns,
    notValid: Boolean(c.skip_validation),
    usingIndex: c.indexname ?? null,
    references: c.pktable ? { table: rel(c.pktable), columns: strings(c.pk_attrs) } : null,
    expression: c.raw_expr ? exprText(c.raw_expr) : null,
    notNullColumn,
  };
}

function columnSpec(def: Node): { column: ColumnSpec; constraints: ConstraintSpec[] } {
  const column: ColumnSpec = {
    name: String(def.colname ?? ''),
    type: def.typeName ? typeFromNode(def.typeName) : null,
    notNull: false,
    default: null,
    identity: isSerialTypeName(def.typeName),
  };
  const constraints: ConstraintSpec[] = [];
  for (const wrapped of def.constraints ?? []) {
    const c = wrapped.Constraint;
    if (!c) continue;
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        column.notNull = true;
        break;
      case 'CONSTR_NULL':
        column.notNull = false;
        break;
      case 'CONSTR_DEFAULT':
        column.default = defaultFromNode(c.raw_expr);
        break;
      case 'CONSTR_IDENTITY':
        column.identity = true;
        column.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        // PG 18 adds VIRTUAL generated columns ('v'), which are not stored and need no rewrite.
        if (c.generated_kind !== 'v') column.generatedStored = true;
        break;
      case 'CONSTR_PRIMARY':
        column.primaryKey = true;
        column.notNull = true;
        constraints.push(constraintSpec(c, column.name)!);
        break;
      case 'CONSTR_UNIQUE':
        column.unique = true;
        constraints.push(constraintSpec(c, column.name)!);
        break;
      case 'CONSTR_FOREIGN':
        column.references = { table: rel(c.pktable), columns: strings(c.pk_attrs) };
        constraints.push(constraintSpec(c, column.name)!);
        break;
      default: {
        const spec = constraintSpec(c, column.name);
        if (spec) constraints.push(spec);
      }
    }
  }
  if (column.identity && column.type && column.type.text.includes('serial')) column.notNull = true;
  return { column, constraints };
}

/** A boolean option as PostgreSQL's defGetBoolean reads it: bare = on; true/false/on/off/1/0. */
function optionOn(def: Node): boolean {
  const arg = def?.arg;
  if (!arg) return true;
  if (arg.Integer) return Number(arg.Integer.ival ?? 0) !== 0;
  if (arg.Boolean) return Boolean(arg.Boolean.boolval);
  const v = String(arg.String?.sval ?? '').toLowerCase();
  return !(v === 'false' || v === 'off' || v === '0');
}

function lockTimeoutMs(node: Node): number | null {
  if (node.kind === 'VAR_RESET' || node.kind === 'VAR_SET_DEFAULT') return null;
  const arg = node.args?.[0]?.A_Const;
  if (!arg) return null;
  if (arg.ival !== undefined) return Number(arg.ival.ival ?? 0) || null;
  const s = String(arg.sval?.sval ?? arg.fval?.fval ?? '').trim().toLowerCase();
  const m = /^([\d.]+)\s*(ms|s|min|h|d)?$/.exec(s);
  if (!m) return null;
  const factor: Record<string, number> = { ms: 1, s: 1000, min: 60000, h: 3600000, d: 86400000 };
  const ms = Number(m[1]) * factor[m[2] ?? 'ms']!;
  return ms > 0 ? ms : null;
}

/** PostgreSQL keeps NAMEDATALEN-1 bytes of an identifier. */
const MAX_IDENTIFIER_BYTES = 63;

/** An identifier cut as the server cuts it (pg_mbcliplen: whole UTF-8 characters only). */
function cutIdentifier(name: string): string {
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > MAX_IDENTIFIER_BYTES) break;
    bytes += b;
    out += ch;
  }
  return out;
}

/**
 * The identifiers of a statement longer than PostgreSQL keeps, cut name → as written. Read from
 * the text because the parser returns them already cut. Quoted identifiers keep their case,
 * unquoted ones fold to lower case (ASCII only, as downcase_identifier does in UTF-8). A cut name
 * can stand for several written ones (they collide), listed in text order.
 */
function longIdentifiers(text: string): Record<string, string[]> | null {
  if (text.length < 22) return null;
  let out: Record<string, string[]> | null = null;
  // A run of at least 22 identifier characters can exceed 63 bytes (3 bytes per character at most in the BMP).
  for (const m of text.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]{21,}/g)) {
    const written = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[0].replace(/[A-Z]+/g, (c) => c.toLowerCase());
    if (Buffer.byteLength(written) <= MAX_IDENTIFIER_BYTES) continue;
    out ??= {};
    // Names that share their first 63 bytes are cut to the same name: each is kept, in text order.
    const list = (out[cutIdentifier(written)] ??= []);
    if (!list.includes(written)) list.push(written);
  }
  return out;
}

function lowerStatement(pg: LibPgQuery, stmt: Node, src: StmtSource, pos: Position, ops: Op[], depth: number): void {
  const first = ops.length;
  lowerStatementOps(pg, stmt, src, pos, ops, depth);
  const written = longIdentifiers(src.text);
  if (written) for (let i = first; i < ops.length; i++) if (ops[i]!.sql !== undefined && ops[i]!.loc === src.loc) ops[i]!.writtenNames = written;
}

function lowerStatementOps(pg: LibPgQuery, stmt: Node, src: StmtSource, pos: Position, ops: Op[], depth: number): void {
  const base = { loc: src.loc, sql: src.text.length > 4000 ? `${src.text.slice(0, 4000)}…` : src.text };
  const at = (fields: OpFields): Op => ({ loc: base.loc, sql: base.sql, ...fields });
  const [type] = Object.keys(stmt);
  const n = stmt[type!];
  const other = (object: string | null = null) => ops.push(at({ kind: 'other', statement: type!, object }));

  switch (type) {
    case 'CreateStmt': {
      const table = rel(n.relation);
      const columns: ColumnSpec[] = [];
      const constraints: ConstraintSpec[] = [];
      for (const el of n.tableElts ?? []) {
        if (el.ColumnDef) {
          const r = columnSpec(el.ColumnDef);
          columns.push(r.column);
          constraints.push(...r.constraints);
        } else if (el.Constraint) {
          const spec = constraintSpec(el.Constraint);
          if (spec) constraints.push(spec);
          if (spec?.kind === 'primaryKey') for (const c of columns) if (spec.columns.includes(c.name)) c.notNull = true;
        }
      }
      ops.push(at({ kind: 'createTable', table, columns, constraints, ifNotExists: Boolean(n.if_not_exists), conditional: Boolean(n.if_not_exists), ...(n.partspec ? { partitioned: true } : {}) }));
      return;
    }
    case 'CreateTableAsStmt':
      if (n.objtype === 'OBJECT_TABLE' || n.objtype === undefined) {
        const reads = n.query ? relationsIn(n.query) : [];
        ops.push(at({ kind: 'createTable', table: rel(n.into?.rel), columns: [], constraints: [], ifNotExists: Boolean(n.if_not_exists), asSelect: true, ...(reads.length ? { reads } : {}) }));
      } else other(rel(n.into?.rel));
      return;
    case 'DropStmt': {
      const ifExists = Boolean(n.missing_ok);
      for (const obj of n.objects ?? []) {
        const items: Node[] = obj.List?.items ?? (obj.String ? [obj] : obj.TypeName?.names ?? []);
        const name = nameList(items);
        switch (n.removeType) {
          case 'OBJECT_TABLE':
            ops.push(at({ kind: 'dropTable', table: name, ifExists, cascade: n.behavior === 'DROP_CASCADE', conditional: ifExists }));
            break;
          case 'OBJECT_INDEX':
            ops.push(at({ kind: 'dropIndex', name, table: null, concurrently: Boolean(n.concurrent), ifExists, conditional: ifExists }));
            break;
          case 'OBJECT_SCHEMA':
            ops.push(at({ kind: 'dropSchema', target: 'schema', name }));
            break;
          case 'OBJECT_TYPE':
            ops.push(at({ kind: 'dropEnum', name, ifExists }));
            break;
          case 'OBJECT_TRIGGER':
          case 'OBJECT_POLICY':
          case 'OBJECT_RULE':
            // `DROP TRIGGER t ON tbl`: the list is the table's name parts, then the object's.
            ops.push(at({ kind: 'other', statement: type!, object: name, lock: { mode: 'ACCESS EXCLUSIVE', tables: [nameList(items.slice(0, -1))] } }));
            break;
          default:
            other(name);
        }
      }
      return;
    }
    case 'DropdbStmt':
      ops.push(at({ kind: 'dropSchema', target: 'database', name: String(n.dbname ?? '') }));
      return;
    case 'RenameStmt':
      if (n.renameType === 'OBJECT_TABLE') ops.push(at({ kind: 'renameTable', table: rel(n.relation), newName: qualifiedName(n.relation?.schemaname, String(n.newname)) }));
      else if (n.renameType === 'OBJECT_COLUMN' && n.relationType === 'OBJECT_TABLE') {
        ops.push(at({ kind: 'renameColumn', table: rel(n.relation), column: String(n.subname), newName: String(n.newname) }));
      } else if (n.renameType === 'OBJECT_TYPE' && n.object?.List?.items) {
        // The enum rebuild of a down: `CREATE TYPE mood_new ...; ALTER COLUMN ... TYPE mood_new; DROP TYPE mood; ALTER TYPE mood_new RENAME TO mood`.
        ops.push(at({ kind: 'other', statement: type!, object: nameList(n.object.List.items), typeRenamedTo: String(n.newname) }));
      } else other(n.relation ? rel(n.relation) : null);
      return;
    case 'AlterTableStmt':
      if (n.objtype !== 'OBJECT_TABLE') {
        other(rel(n.relation));
        return;
      }
      lowerAlterTable(n, base, ops);
      return;
    case 'IndexStmt':
      ops.push(at({
        kind: 'createIndex',
        name: n.idxname ?? null,
        table: rel(n.relation),
        columns: strings(n.indexParams),
        unique: Boolean(n.unique),
        concurrently: Boolean(n.concurrent),
        ifNotExists: Boolean(n.if_not_exists),
        where: n.whereClause ? exprText(n.whereClause) : null,
        method: n.accessMethod ?? null,
        // The parser leaves `inh` out for ON ONLY.
        ...(n.relation && !n.relation.inh ? { only: true } : {}),
      }));
      return;
    case 'ReindexStmt': {
      const kinds: Record<string, 'index' | 'table' | 'schema' | 'database' | 'system'> = {
        REINDEX_OBJECT_INDEX: 'index', REINDEX_OBJECT_TABLE: 'table', REINDEX_OBJECT_SCHEMA: 'schema',
        REINDEX_OBJECT_DATABASE: 'database', REINDEX_OBJECT_SYSTEM: 'system',
      };
      const concurrently = (n.params ?? []).some((p: Node) => p.DefElem?.defname === 'concurrently' && optionOn(p.DefElem));
      ops.push(at({ kind: 'reindex', target: kinds[n.kind] ?? 'table', name: n.relation ? rel(n.relation) : String(n.name ?? ''), concurrently }));
      return;
    }
    case 'CommentStmt': {
      const items: Node[] = n.object?.List?.items ?? [];
      if (n.objtype === 'OBJECT_COLUMN' && items.length >= 2) {
        const column = String(items[items.length - 1]?.String?.sval ?? '');
        ops.push(at({ kind: 'comment', target: 'column', table: nameList(items.slice(0, -1)), column, text: n.comment ?? null }));
      } else if (n.objtype === 'OBJECT_TABLE') {
        ops.push(at({ kind: 'comment', target: 'table', table: nameList(items), column: null, text: n.comment ?? null }));
      } else other();
      return;
    }
    case 'CreateEnumStmt':
      ops.push(at({ kind: 'createEnum', name: nameList(n.typeName), values: strings(n.vals) }));
      return;
    case 'AlterEnumStmt':
      if (n.oldVal) ops.push(at({ kind: 'alterEnum', name: nameList(n.typeName), action: 'renameValue', value: String(n.oldVal), newValue: String(n.newVal) }));
      else ops.push(at({ kind: 'alterEnum', name: nameList(n.typeName), action: 'addValue', value: String(n.newVal), newValue: null, conditional: Boolean(n.skipIfNewValExists) }));
      return;
    case 'VariableSetStmt':
      if (n.name === 'lock_timeout') ops.push(at({ kind: 'setLockTimeout', ms: lockTimeoutMs(n), local: Boolean(n.is_local) }));
      else if (n.name === 'search_path') {
        // The first schema of the path is where unqualified names resolve (qualifySearchPath below).
        const first = n.kind === 'VAR_SET_VALUE' ? (n.args?.[0]?.A_Const?.sval?.sval ?? null) : null;
        other(`search_path=${first ?? 'public'}`);
      }
      else if (n.name === 'timezone') {
        // The session TimeZone decides whether timestamp ↔ timestamptz rewrites the table (src/schema/facts.ts).
        const value = n.kind === 'VAR_SET_VALUE' ? (n.args?.[0]?.A_Const?.sval?.sval ?? n.args?.[0]?.A_Const?.ival?.ival ?? (n.args?.[0]?.A_Const?.ival ? 0 : null)) : null;
        other(`timezone${n.is_local ? ' local' : ''}=${value ?? ''}`);
      }
      else if (n.kind === 'VAR_SET_MULTI' && n.name === 'TRANSACTION') other();
      else other();
      return;
    case 'TransactionStmt': {
      const k = String(n.kind);
      if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') ops.push(at({ kind: 'transaction', action: 'begin' }));
      else if (k === 'TRANS_STMT_COMMIT') ops.push(at({ kind: 'transaction', action: 'commit' }));
      else if (k === 'TRANS_STMT_ROLLBACK') ops.push(at({ kind: 'transaction', action: 'rollback' }));
      else other();
      return;
    }
    case 'UpdateStmt':
      ops.push(at({ kind: 'dml', action: 'update', table: rel(n.relation), hasWhere: Boolean(n.whereClause), ...updateDerives(n) }));
      return;
    case 'DeleteStmt':
      ops.push(at({ kind: 'dml', action: 'delete', table: rel(n.relation), hasWhere: Boolean(n.whereClause) }));
      return;
    case 'InsertStmt': {
      const reads = n.selectStmt ? relationsIn(n.selectStmt) : [];
      ops.push(at({ kind: 'dml', action: 'insert', table: rel(n.relation), hasWhere: true, ...(reads.length ? { reads } : {}) }));
      return;
    }
    case 'TruncateStmt':
      ops.push(at({ kind: 'truncate', tables: (n.relations ?? []).map((r: Node) => rel(r.RangeVar)) }));
      return;
    case 'VacuumStmt': {
      if (!n.is_vacuumcmd) {
        other();
        return;
      }
      const full = (n.options ?? []).some((o: Node) => o.DefElem?.defname === 'full' && optionOn(o.DefElem));
      const rels: Node[] = n.rels ?? [];
      if (rels.length === 0) ops.push(at({ kind: 'vacuum', full, table: null }));
      for (const r of rels) ops.push(at({ kind: 'vacuum', full, table: rel(r.VacuumRelation?.relation) }));
      return;
    }
    case 'ClusterStmt':
      ops.push(at({ kind: 'cluster', table: n.relation ? rel(n.relation) : null }));
      return;
    case 'DoStmt':
      lowerDoBlock(pg, n, src, pos, ops, depth);
      return;
    case 'ViewStmt':
      other(rel(n.view));
      return;
    case 'CreateTrigStmt':
      ops.push(at({ kind: 'other', statement: type!, object: null, lock: { mode: 'SHARE ROW EXCLUSIVE', tables: [rel(n.relation)] } }));
      return;
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      ops.push(at({ kind: 'other', statement: type!, object: null, lock: { mode: 'ACCESS EXCLUSIVE', tables: [rel(n.table)] } }));
      return;
    case 'RuleStmt':
      ops.push(at({ kind: 'other', statement: type!, object: null, lock: { mode: 'ACCESS EXCLUSIVE', tables: [rel(n.relation)] } }));
      return;
    case 'LockStmt': {
      const mode = LOCK_STMT_MODES[Number(n.mode ?? 8)] ?? 'ACCESS EXCLUSIVE';
      ops.push(at({ kind: 'other', statement: type!, object: null, lock: { mode, tables: (n.relations ?? []).map((r: Node) => rel(r.RangeVar)) } }));
      return;
    }
    case 'CreateSeqStmt':
      other(rel(n.sequence));
      return;
    default:
      other();
  }
}

/** LOCK TABLE modes as the parser numbers them (lockdefs.h). */
const LOCK_STMT_MODES: Record<number, OtherLock['mode']> = {
  1: 'ACCESS SHARE',
  2: 'ROW SHARE',
  3: 'ROW EXCLUSIVE',
  4: 'SHARE UPDATE EXCLUSIVE',
  5: 'SHARE',
  6: 'SHARE ROW EXCLUSIVE',
  7: 'EXCLUSIVE',
  8: 'ACCESS EXCLUSIVE',
};

/** Storage parameters ALTER TABLE ... SET/RESET changes under SHARE UPDATE EXCLUSIVE (the rest take ACCESS EXCLUSIVE). */
const LIGHT_RELOPTIONS = /^(fillfactor|parallel_workers|toast_tuple_target|autovacuum_.*|toast\..*|vacuum_index_cleanup|vacuum_truncate|log_autovacuum_min_duration)$/;

/** The lock of ALTER TABLE subcommands without a dedicated op, per the ALTER TABLE documentation. */
function alterTableLock(cmd: Node, table: string): OtherLock | null {
  switch (String(cmd.subtype)) {
    case 'AT_EnableTrig':
    case 'AT_EnableAlwaysTrig':
    case 'AT_EnableReplicaTrig':
    case 'AT_DisableTrig':
    case 'AT_EnableTrigAll':
    case 'AT_DisableTrigAll':
    case 'AT_EnableTrigUser':
    case 'AT_DisableTrigUser':
      return { mode: 'SHARE ROW EXCLUSIVE', tables: [table] };
    case 'AT_EnableRowSecurity':
    case 'AT_DisableRowSecurity':
    case 'AT_ForceRowSecurity':
    case 'AT_NoForceRowSecurity':
    case 'AT_ChangeOwner':
    case 'AT_EnableRule':
    case 'AT_EnableAlwaysRule':
    case 'AT_EnableReplicaRule':
    case 'AT_DisableRule':
      return { mode: 'ACCESS EXCLUSIVE', tables: [table] };
    case 'AT_AttachPartition':
      // The parent: SHARE UPDATE EXCLUSIVE (PostgreSQL 12+); the partition attached is scanned under ACCESS EXCLUSIVE.
      return { mode: 'SHARE UPDATE EXCLUSIVE', tables: [table] };
    case 'AT_DetachPartition':
    case 'AT_DetachPartitionFinalize': {
      // Plain DETACH: ACCESS EXCLUSIVE on the parent and the partition. CONCURRENTLY (and FINALIZE):
      // SHARE UPDATE EXCLUSIVE on both in its first transaction; the partition alone gets ACCESS EXCLUSIVE at the end.
      const p = cmd.def?.PartitionCmd;
      const partition = p?.name ? rel(p.name) : null;
      const tables = partition ? [table, partition] : [table];
      return p?.concurrent || cmd.subtype === 'AT_DetachPartitionFinalize' ? { mode: 'SHARE UPDATE EXCLUSIVE', tables } : { mode: 'ACCESS EXCLUSIVE', tables };
    }
    case 'AT_SetRelOptions':
    case 'AT_ResetRelOptions': {
      const names: string[] = (cmd.def?.List?.items ?? []).map((d: Node) => `${d?.DefElem?.defnamespace ? `${d.DefElem.defnamespace}.` : ''}${String(d?.DefElem?.defname ?? '')}`);
      return { mode: names.length > 0 && names.every((name) => LIGHT_RELOPTIONS.test(name)) ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', tables: [table] };
    }
    default:
      return null;
  }
}

/** ATTACH/DETACH PARTITION as the IR states it (the rules need the mode, not the statement text). */
function partitionChange(cmd: Node): PartitionChange | null {
  const subtype = String(cmd.subtype);
  if (subtype !== 'AT_AttachPartition' && subtype !== 'AT_DetachPartition' && subtype !== 'AT_DetachPartitionFinalize') return null;
  const p = cmd.def?.PartitionCmd;
  if (!p?.name) return null;
  return { action: subtype === 'AT_AttachPartition' ? 'attach' : 'detach', partition: rel(p.name), concurrently: Boolean(p.concurrent), finalize: subtype === 'AT_DetachPartitionFinalize' };
}

function lowerAlterTable(n: Node, base: { loc: Loc; sql: string }, ops: Op[]): void {
  const table = rel(n.relation);
  const conditional = Boolean(n.missing_ok);
  const at = (fields: OpFields): Op => (conditional ? { loc: base.loc, sql: base.sql, conditional, ...fields } : { loc: base.loc, sql: base.sql, ...fields });
  for (const wrapped of n.cmds ?? []) {
    const cmd = wrapped.AlterTableCmd;
    if (!cmd) continue;
    const column = String(cmd.name ?? '');
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const r = columnSpec(cmd.def?.ColumnDef ?? {});
        ops.push(at({ kind: 'addColumn', table, column: r.column, ifNotExists: Boolean(cmd.missing_ok) }));
        for (const c of r.constraints) {
          // Inline PRIMARY KEY/UNIQUE/REFERENCES on ADD COLUMN build an index / validate like ADD CONSTRAINT.
          ops.push(at({ kind: 'addConstraint', table, constraint: c }));
        }
        break;
      }
      case 'AT_DropColumn':
        ops.push(at({ kind: 'dropColumn', table, column, ifExists: Boolean(cmd.missing_ok) }));
        break;
      case 'AT_AlterColumnType': {
        const def = cmd.def?.ColumnDef;
        ops.push(at({ kind: 'alterColumnType', table, column, type: typeFromNode(def?.typeName), using: def?.raw_default ? exprText(def.raw_default) : null }));
        break;
      }
      case 'AT_SetNotNull':
        ops.push(at({ kind: 'setNotNull', table, column }));
        break;
      case 'AT_DropNotNull':
        ops.push(at({ kind: 'dropNotNull', table, column }));
        break;
      case 'AT_ColumnDefault':
        if (cmd.def) ops.push(at({ kind: 'setDefault', table, column, default: defaultFromNode(cmd.def) }));
        else ops.push(at({ kind: 'dropDefault', table, column }));
        break;
      case 'AT_AddConstraint': {
        const spec = cmd.def?.Constraint ? constraintSpec(cmd.def.Constraint) : null;
        if (spec) ops.push(at({ kind: 'addConstraint', table, constraint: spec }));
        else ops.push(at({ kind: 'other', statement: 'AlterTableStmt', object: table }));
        break;
      }
      case 'AT_ValidateConstraint':
        ops.push(at({ kind: 'validateConstraint', table, name: column }));
        break;
      case 'AT_DropConstraint':
        ops.push(at({ kind: 'dropConstraint', table, name: column, ifExists: Boolean(cmd.missing_ok) }));
        break;
      case 'AT_DropIdentity':
        ops.push(at({ kind: 'dropDefault', table, column, identity: true }));
        break;
      case 'AT_AddIdentity': {
        ops.push(at({ kind: 'alterTableOption', table, option: 'identity', detail: `ADD GENERATED AS IDENTITY on ${column}` }));
        break;
      }
      case 'AT_SetLogged':
      case 'AT_SetUnLogged':
      case 'AT_SetAccessMethod':
      case 'AT_SetTableSpace':
        // These rewrite the whole table under ACCESS EXCLUSIVE.
        ops.push(at({ kind: 'alterTableOption', table, option: String(cmd.subtype).replace(/^AT_/, ''), detail: String(cmd.subtype) }));
        break;
      default: {
        const lock = alterTableLock(cmd, table);
        const partition = partitionChange(cmd);
        ops.push(at({ kind: 'other', statement: `AlterTableStmt:${String(cmd.subtype)}`, object: table, ...(lock ? { lock } : {}), ...(partition ? { partition } : {}) }));
      }
    }
  }
}

/**
 * DO blocks run at migration time, so the DDL inside them is judged like top-level DDL. The body
 * is parsed as PL/pgSQL and each embedded SQL statement is lowered at its real line.
 */
function lowerDoBlock(pg: LibPgQuery, n: Node, src: StmtSource, pos: Position, ops: Op[], depth: number): void {
  const lang = (n.args ?? []).find((a: Node) => a.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
  const body: string | undefined = (n.args ?? []).find((a: Node) => a.DefElem?.defname === 'as')?.DefElem?.arg?.String?.sval;
  if (body === undefined || (lang && lang !== 'plpgsql') || depth > 3) {
    ops.push({ loc: src.loc, sql: src.text, kind: 'other', statement: 'DoStmt', object: null });
    return;
  }
  const bodyOffset = src.text.indexOf(body);
  const bodyStart = src.chunkStart + Math.max(0, bodyOffset);
  let parsed: Node;
  try {
    parsed = pg.parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS $migration_guard$${body}$migration_guard$`);
  } catch (e) {
    ops.push(unparsed(src.loc, `PL/pgSQL in DO block: ${(e as Error).message}`, src.text));
    return;
  }
  const queries: { query: string; lineno: number; dynamic: boolean }[] = [];
  collectPlpgsql(parsed, queries, 0);
  const bodyFirstLine = pos.index.line(bodyStart);
  for (const q of queries) {
    // PL/pgSQL line numbers count from the line where the body starts.
    const line = pos.origin.line + bodyFirstLine + q.lineno - 2;
    const loc: Loc = { file: pos.origin.file, line, endLine: line, column: 1 };
    if (q.dynamic) {
      ops.push({ kind: 'unparsed', reason: 'dynamic', message: 'EXECUTE of dynamic SQL in a DO block cannot be analysed statically', loc, sql: q.query, enclosing: { sql: src.text, loc: src.loc } });
      continue;
    }
    const inner: Op[] = [];
    const innerIndex = new LineIndex(q.query);
    const innerPos: Position = { index: innerIndex, origin: { file: pos.origin.file, line, column: 1 } };
    lowerChunk(pg, { text: q.query, start: 0, end: q.query.length, maxDepth: 0, unterminated: null }, innerPos, inner, depth + 1);
    // What runs is the DO block (the outermost one, set last): the statement the dry-run sends for ORM migrations.
    for (const op of inner) op.enclosing = { sql: src.text, loc: src.loc };
    ops.push(...inner);
  }
}

function collectPlpgsql(node: Node, out: { query: string; lineno: number; dynamic: boolean }[], depth: number): void {
  if (!node || typeof node !== 'object' || depth > 500) return;
  if (Array.isArray(node)) {
    for (const x of node) collectPlpgsql(x, out, depth + 1);
    return;
  }
  const exec = node.PLpgSQL_stmt_execsql;
  if (exec) {
    const query = exec.sqlstmt?.PLpgSQL_expr?.query;
    if (typeof query === 'string') out.push({ query, lineno: Number(exec.lineno ?? 1), dynamic: false });
    return;
  }
  const dyn = node.PLpgSQL_stmt_dynexecute;
  if (dyn) {
    out.push({ query: String(dyn.query?.PLpgSQL_expr?.query ?? ''), lineno: Number(dyn.lineno ?? 1), dynamic: true });
    return;
  }
  for (const v of Object.values(node)) if (v && typeof v === 'object') collectPlpgsql(v, out, depth + 1);
}

/**
 * The columns an UPDATE sets from an expression that reads other columns (see the `dml` op's
 * `derives`): `SET a = lower(b)` recomputes a from data that is still there; `SET a = a || 'x'`
 * only rewrites a, which the downgrade just re-added empty.
 */
function updateDerives(n: { targetList?: unknown[]; fromClause?: unknown[]; relation?: Node }): { derives?: string[] } {
  const derives: string[] = [];
  // `SET email = lu.email FROM local_user lu`: a column of another table of the FROM list, even
  // under the same name, is data that is still there (the copy the upgrade made).
  const own = new Set([n.relation?.relname, n.relation?.alias?.aliasname].filter((x): x is string => typeof x === 'string'));
  for (const t of n.targetList ?? []) {
    const target = (t as { ResTarget?: { name?: string; val?: unknown } }).ResTarget;
    if (!target?.name) continue;
    if (columnRefNames(target.val).some((c) => c !== target.name) || columnQualifiers(target.val).some((q) => !own.has(q))) derives.push(target.name);
  }
  return derives.length ? { derives } : {};
}

/** The qualifiers (`lu` of `lu.email`) of the qualified ColumnRefs in an expression tree. */
function columnQualifiers(node: unknown, out: string[] = [], depth = 0): string[] {
  if (!node || typeof node !== 'object' || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnQualifiers(x, out, depth + 1);
    return out;
  }
  const ref = (node as { ColumnRef?: { fields?: Array<{ String?: { sval?: string } }> } }).ColumnRef;
  if (ref) {
    const fields = ref.fields ?? [];
    const qualifier = fields.length >= 2 ? fields[fields.length - 2]?.String?.sval : undefined;
    if (qualifier) out.push(qualifier);
    return out;
  }
  for (const v of Object.values(node)) columnQualifiers(v, out, depth + 1);
  return out;
}

/** The column names (last field) of every ColumnRef in an expression tree. */
function columnRefNames(node: unknown, out: string[] = [], depth = 0): string[] {
  if (!node || typeof node !== 'object' || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnRefNames(x, out, depth + 1);
    return out;
  }
  const ref = (node as { ColumnRef?: { fields?: Array<{ String?: { sval?: string } }> } }).ColumnRef;
  if (ref) {
    const last = ref.fields?.[ref.fields.length - 1]?.String?.sval;
    // `t.*` (A_Star) reads every column.
    out.push(last ?? '*');
    return out;
  }
  for (const v of Object.values(node)) columnRefNames(v, out, depth + 1);
  return out;
}
