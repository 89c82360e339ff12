import type { ColumnSpec, ConstraintSpec, Dialect, Loc, Migration, Op, SqlType } from '../ir.js';

/**
 * SQL rendering from IR for ORM migrations (Alembic, Knex): the statements `alembic upgrade --sql`
 * or Knex's compilers would send, so the dry-run can execute them and the report can show an
 * "SQL preview". Ops that came from SQL text (`op.execute`, `knex.raw`) are sent as written.
 * An op that cannot be rendered faithfully is reported, never guessed.
 */

export interface RenderedStatement {
  sql: string;
  /** Where the statement comes from in the migration file. */
  loc: Loc;
  /** The IR ops this statement carries out (several ops can share one SQL statement). */
  ops: Op[];
  /** `sql`: the statement text as written in the migration; `rendered`: produced from the ops here. */
  origin: 'sql' | 'rendered';
}

export interface Unrenderable {
  op: Op;
  reason: string;
}

export interface RenderResult {
  statements: RenderedStatement[];
  unrenderable: Unrenderable[];
}

/** Thrown inside the per-op renderers; turned into an `Unrenderable` entry. */
class CannotRender extends Error {}

function cannot(reason: string): never {
  throw new CannotRender(reason);
}

/** Quotes one identifier (or a `schema.name` the front ends produce) for the dialect. */
export function quoteName(name: string, dialect: Dialect): string {
  const parts = splitQualified(name);
  return parts.map((p) => quoteIdent(p, dialect)).join('.');
}

function splitQualified(name: string): string[] {
  // Front ends fold names and join schema and name with a dot; a dot inside a quoted name is rare
  // enough that treating the first dot as the separator is the documented limitation.
  const i = name.indexOf('.');
  return i > 0 ? [name.slice(0, i), name.slice(i + 1)] : [name];
}

export function quoteIdent(name: string, dialect: Dialect): string {
  return dialect === 'mysql' ? `\`${name.replace(/`/g, '``')}\`` : `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** PostgreSQL catalog type names (as the front ends normalise them) → the SQL spelling Alembic/Knex emit. */
const PG_SPELLING: Record<string, string> = {
  int2: 'smallint', int4: 'integer', int8: 'bigint', bool: 'boolean', float4: 'real', float8: 'double precision',
  bpchar: 'char', varchar: 'varchar', numeric: 'numeric', timestamptz: 'timestamptz', timestamp: 'timestamp',
  time: 'time', timetz: 'timetz', text: 'text', uuid: 'uuid', json: 'json', jsonb: 'jsonb', bytea: 'bytea', date: 'date',
  interval: 'interval', inet: 'inet', cidr: 'cidr', macaddr: 'macaddr', tsvector: 'tsvector', money: 'money', oid: 'oid',
  citext: 'citext', hstore: 'hstore', xml: 'xml', point: 'point',
};

const PG_SERIAL: Record<string, string> = { int2: 'smallserial', int4: 'serial', int8: 'bigserial' };

function renderPgType(type: SqlType | null, identity = false): string {
  if (!type) cannot('the column type is not known statically');
  if (type.name === 'unknown' || type.name === 'undefined' || type.name === '') cannot(`type ${type.text || '(unknown)'} has no PostgreSQL equivalent`);
  if (identity && !type.array && PG_SERIAL[type.name]) return PG_SERIAL[type.name]!;
  const spelled = PG_SPELLING[type.name] ?? (/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(type.name) ? type.name : quoteName(type.name, 'postgres'));
  const args = type.args.length ? `(${type.args.join(', ')})` : '';
  return `${spelled}${args}${type.array ? '[]' : ''}`;
}

/** MySQL type names from the front ends are already the SQL spelling; only booleans and uuids need mapping. */
const MYSQL_SPELLING: Record<string, string> = { bool: 'tinyint', boolean: 'tinyint', uuid: 'char', int4: 'int', int8: 'bigint', int2: 'smallint', float8: 'double', float4: 'float', numeric: 'decimal', bpchar: 'char', timestamptz: 'timestamp', jsonb: 'json', bytea: 'blob' };

function renderMysqlType(type: SqlType | null): string {
  if (!type) cannot('the column type is not known statically');
  if (type.array) cannot(`array type ${type.text} does not exist in MySQL`);
  if (type.name === 'unknown' || type.name === 'undefined' || type.name === '') cannot(`type ${type.text || '(unknown)'} has no MySQL equivalent`);
  if (type.name === 'enum' || type.name === 'set') {
    // The IR does not keep MySQL ENUM/SET member lists; the text as written is the only source.
    const m = /^(enum|set)\s*\((.*)\)$/is.exec(type.text.trim());
    if (!m) cannot(`${type.name.toUpperCase()} members are not known statically`);
    return type.text.trim();
  }
  const name = MYSQL_SPELLING[type.name] ?? type.name;
  let args = type.args;
  if ((type.name === 'bool' || type.name === 'boolean') && args.length === 0) args = [1];
  if (type.name === 'uuid' && args.length === 0) args = [36];
  return `${name}${args.length ? `(${args.join(',')})` : ''}`;
}

function columnDefinition(col: ColumnSpec, dialect: Dialect, inlineKeys: boolean): string {
  const parts = [quoteIdent(col.name, dialect)];
  if (dialect === 'postgres') {
    parts.push(renderPgType(col.type, Boolean(col.identity) && !col.default));
    if (col.generatedStored) cannot(`generated column ${col.name}: the expression is not kept in the IR`);
  } else {
    parts.push(renderMysqlType(col.type));
  }
  if (col.notNull) parts.push('NOT NULL');
  if (col.default) parts.push(`DEFAULT ${col.default.sql}`);
  if (dialect === 'mysql' && col.identity) parts.push('AUTO_INCREMENT');
  if (inlineKeys) {
    if (col.primaryKey) parts.push('PRIMARY KEY');
    else if (col.unique) parts.push('UNIQUE');
    if (col.references) parts.push(`REFERENCES ${quoteName(col.references.table, dialect)}${col.references.columns.length ? ` (${cols(col.references.columns, dialect)})` : ''}`);
  }
  if (dialect === 'mysql' && col.comment) parts.push(`COMMENT ${quoteLiteral(col.comment)}`);
  return parts.join(' ');
}

function cols(names: string[], dialect: Dialect): string {
  return names.map((n) => quoteIdent(n, dialect)).join(', ');
}

function constraintDefinition(c: ConstraintSpec, dialect: Dialect): string {
  const named = c.name && !(dialect === 'mysql' && c.kind === 'primaryKey') ? `CONSTRAINT ${quoteIdent(c.name, dialect)} ` : '';
  let body: string;
  switch (c.kind) {
    case 'primaryKey':
      body = c.usingIndex ? `PRIMARY KEY USING INDEX ${quoteIdent(c.usingIndex, dialect)}` : `PRIMARY KEY (${cols(c.columns, dialect)})`;
      break;
    case 'unique':
      body = c.usingIndex ? `UNIQUE USING INDEX ${quoteIdent(c.usingIndex, dialect)}` : `UNIQUE (${cols(c.columns, dialect)})`;
      break;
    case 'foreignKey':
      if (!c.references) cannot('foreign key without a referenced table');
      // ON DELETE/ON UPDATE actions are not part of the IR: the rendered key has the default
      // (NO ACTION), which takes the same locks and validates the same rows.
      body = `FOREIGN KEY (${cols(c.columns, dialect)}) REFERENCES ${quoteName(c.references.table, dialect)}${c.references.columns.length ? ` (${cols(c.references.columns, dialect)})` : ''}`;
      break;
    case 'check':
      if (!c.expression) cannot('CHECK constraint without a known expression');
      body = `CHECK (${c.expression})`;
      break;
    case 'exclusion':
      cannot('EXCLUDE constraints are not kept in enough detail to render');
  }
  const notValid = c.notValid && dialect === 'postgres' ? ' NOT VALID' : '';
  return `${named}${body}${notValid}`;
}

function indexName(op: Extract<Op, { kind: 'createIndex' }>): string {
  if (op.name) return op.name;
  return cannot('index without a name (the ORM would generate one this renderer cannot predict)');
}

/** Renders one op to statements, or throws CannotRender. */
function renderOp(op: Op, dialect: Dialect): string[] {
  const pg = dialect === 'postgres';
  const q = (n: string) => quoteName(n, dialect);
  const qi = (n: string) => quoteIdent(n, dialect);
  const alter = (table: string, action: string) => `ALTER TABLE ${q(table)} ${action}`;
  switch (op.kind) {
    case 'createTable': {
      if (op.asSelect) cannot('CREATE TABLE AS without its query');
      const hasPk = op.constraints.some((c) => c.kind === 'primaryKey');
      const defs = op.columns.map((c) => columnDefinition(c, dialect, false));
      for (const c of op.columns) {
        if (c.primaryKey && !hasPk) defs.push(`PRIMARY KEY (${qi(c.name)})`);
        if (c.unique && !op.constraints.some((k) => k.kind === 'unique' && k.columns.length === 1 && k.columns[0] === c.name)) defs.push(`UNIQUE (${qi(c.name)})`);
        if (c.references && !op.constraints.some((k) => k.kind === 'foreignKey' && k.columns.includes(c.name))) {
          defs.push(`FOREIGN KEY (${qi(c.name)}) REFERENCES ${q(c.references.table)}${c.references.columns.length ? ` (${cols(c.references.columns, dialect)})` : ''}`);
        }
      }
      for (const c of op.constraints) defs.push(constraintDefinition(c, dialect));
      const out = [`CREATE TABLE ${op.ifNotExists ? 'IF NOT EXISTS ' : ''}${q(op.table)} (\n  ${defs.join(',\n  ')}\n)`];
      if (pg) for (const c of op.columns) if (c.comment) out.push(`COMMENT ON COLUMN ${q(op.table)}.${qi(c.name)} IS ${quoteLiteral(c.comment)}`);
      return out;
    }
    case 'dropTable':
      return [`DROP TABLE ${op.ifExists ? 'IF EXISTS ' : ''}${q(op.table)}${op.cascade && pg ? ' CASCADE' : ''}`];
    case 'renameTable': {
      const newName = splitQualified(op.newName).pop()!;
      return [pg ? alter(op.table, `RENAME TO ${qi(newName)}`) : `RENAME TABLE ${q(op.table)} TO ${q(op.newName)}`];
    }
    case 'addColumn': {
      const extra: string[] = [];
      let position = '';
      if (!pg && op.position) position = op.position === 'first' ? ' FIRST' : ` AFTER ${qi(op.position.after)}`;
      const out = [alter(op.table, `ADD COLUMN ${op.ifNotExists ? 'IF NOT EXISTS ' : ''}${columnDefinition(op.column, dialect, true)}${position}`)];
      if (pg && op.column.comment) extra.push(`COMMENT ON COLUMN ${q(op.table)}.${qi(op.column.name)} IS ${quoteLiteral(op.column.comment)}`);
      return [...out, ...extra];
    }
    case 'dropColumn':
      return [alter(op.table, `DROP COLUMN ${op.ifExists ? 'IF EXISTS ' : ''}${qi(op.column)}`)];
    case 'renameColumn':
      return [alter(op.table, `RENAME COLUMN ${qi(op.column)} TO ${qi(op.newName)}`)];
    case 'alterColumnType':
      if (!pg) cannot('MySQL MODIFY COLUMN needs the full column definition (nullability, default), which the op does not carry');
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} TYPE ${renderPgType(op.type)}${op.using ? ` USING ${op.using}` : ''}`)];
    case 'setNotNull':
      if (!pg) cannot('MySQL needs the full column definition to change nullability');
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} SET NOT NULL`)];
    case 'dropNotNull':
      if (!pg) cannot('MySQL needs the full column definition to change nullability');
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} DROP NOT NULL`)];
    case 'setDefault':
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} SET DEFAULT ${op.default.sql}`)];
    case 'dropDefault':
      return [alter(op.table, `ALTER COLUMN ${qi(op.column)} DROP DEFAULT`)];
    case 'createIndex': {
      const name = indexName(op);
      if (pg) {
        const method = op.method && op.method !== 'btree' ? ` USING ${op.method}` : '';
        const where = op.where ? ` WHERE ${op.where}` : '';
        return [`CREATE ${op.unique ? 'UNIQUE ' : ''}INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${op.ifNotExists ? 'IF NOT EXISTS ' : ''}${qi(name)} ON ${q(op.table)}${method} (${op.columns.map((c) => indexColumn(c, dialect)).join(', ')})${where}`];
      }
      if (op.where) cannot('MySQL has no partial indexes');
      const kind = op.unique ? 'UNIQUE ' : op.method === 'fulltext' ? 'FULLTEXT ' : op.method === 'spatial' ? 'SPATIAL ' : '';
      return [`CREATE ${kind}INDEX ${qi(name)} ON ${q(op.table)} (${op.columns.map((c) => indexColumn(c, dialect)).join(', ')})`];
    }
    case 'dropIndex':
      if (pg) return [`DROP INDEX ${op.concurrently ? 'CONCURRENTLY ' : ''}${op.ifExists ? 'IF EXISTS ' : ''}${q(op.name)}`];
      if (!op.table) cannot('MySQL DROP INDEX needs the table name');
      return [`DROP INDEX ${qi(op.name)} ON ${q(op.table)}`];
    case 'addConstraint':
      if (!pg && op.constraint.kind === 'primaryKey') return [alter(op.table, `ADD PRIMARY KEY (${cols(op.constraint.columns, dialect)})`)];
      return [alter(op.table, `ADD ${constraintDefinition(op.constraint, dialect)}`)];
    case 'validateConstraint':
      if (!pg) cannot('MySQL has no VALIDATE CONSTRAINT');
      return [alter(op.table, `VALIDATE CONSTRAINT ${qi(op.name)}`)];
    case 'dropConstraint':
      if (pg) return [alter(op.table, `DROP CONSTRAINT ${op.ifExists ? 'IF EXISTS ' : ''}${qi(op.name)}`)];
      switch (op.constraintKind) {
        case 'foreignKey':
          return [alter(op.table, `DROP FOREIGN KEY ${qi(op.name)}`)];
        case 'primaryKey':
          return [alter(op.table, 'DROP PRIMARY KEY')];
        case 'unique':
          return [alter(op.table, `DROP INDEX ${qi(op.name)}`)];
        default:
          // DROP CONSTRAINT works on MySQL ≥ 8.0.19 and MariaDB for any kind of constraint.
          return [alter(op.table, `DROP CONSTRAINT ${qi(op.name)}`)];
      }
    case 'comment': {
      const text = op.text === null ? 'NULL' : quoteLiteral(op.text);
      if (pg) return [op.target === 'table' ? `COMMENT ON TABLE ${q(op.table)} IS ${text}` : `COMMENT ON COLUMN ${q(op.table)}.${qi(op.column ?? '')} IS ${text}`];
      if (op.target === 'table') return [alter(op.table, `COMMENT = ${op.text === null ? "''" : text}`)];
      return cannot('a MySQL column comment needs MODIFY with the full column definition');
    }
    case 'createEnum':
      if (!pg) cannot('MySQL enums are column types, not objects');
      return [`CREATE TYPE ${q(op.name)} AS ENUM (${op.values.map(quoteLiteral).join(', ')})`];
    case 'alterEnum':
      if (!pg) cannot('MySQL enums are column types, not objects');
      if (op.action === 'addValue') return [`ALTER TYPE ${q(op.name)} ADD VALUE ${op.conditional ? 'IF NOT EXISTS ' : ''}${quoteLiteral(op.value)}`];
      if (op.action === 'renameValue') return [`ALTER TYPE ${q(op.name)} RENAME VALUE ${quoteLiteral(op.value)} TO ${quoteLiteral(op.newValue ?? '')}`];
      return cannot('PostgreSQL cannot drop an enum value');
    case 'dropEnum':
      if (!pg) cannot('MySQL enums are column types, not objects');
      return [`DROP TYPE ${op.ifExists ? 'IF EXISTS ' : ''}${q(op.name)}`];
    case 'setLockTimeout':
      if (!pg) return [`SET SESSION lock_wait_timeout = ${op.ms === null ? 31536000 : Math.max(1, Math.round(op.ms / 1000))}`];
      return [`SET ${op.local ? 'LOCAL ' : ''}lock_timeout = ${op.ms === null ? '0' : quoteLiteral(`${op.ms}ms`)}`];
    case 'truncate':
      return op.tables.map((t) => `TRUNCATE TABLE ${q(t)}`);
    case 'transaction':
      return [op.action === 'begin' ? 'BEGIN' : op.action === 'commit' ? 'COMMIT' : 'ROLLBACK'];
    case 'dml':
      return cannot(`${op.action.toUpperCase()} on ${op.table} without its SQL text`);
    case 'unparsed':
      return cannot(op.reason === 'dynamic' ? `dynamic code: ${op.message}` : `not parsed: ${op.message}`);
    case 'other':
      return cannot(`${op.statement}${op.object ? ` on ${op.object}` : ''} has no SQL text to run`);
    default:
      return cannot(`${op.kind} cannot be rendered from the IR`);
  }
}

/** Index elements are column names or expressions; expressions are sent as written. */
function indexColumn(c: string, dialect: Dialect): string {
  return /^[A-Za-z_][\w$]*$/.test(c) ? quoteIdent(c, dialect) : c.startsWith('(') ? c : `(${c})`;
}

/** The identity of an SQL-sourced op's statement: ops of one ALTER with several actions share it. */
function statementKey(op: Op): string {
  if (op.statementId !== undefined) return `#${op.statementId}\u0000${op.sql}`;
  return `${op.loc.file}:${op.loc.line}:${op.loc.column}\u0000${op.sql}`;
}

/**
 * Renders a list of ops (one direction of a migration) to statements in order. SQL-sourced ops
 * run their own statement text once per statement; other ops are rendered for the dialect.
 */
export function renderOps(ops: Op[], dialect: Dialect): RenderResult {
  const statements: RenderedStatement[] = [];
  const unrenderable: Unrenderable[] = [];
  let lastKey: string | null = null;
  for (const op of ops) {
    if (op.kind === 'other' && op.sendsNothing) continue;
    if (op.enclosing) {
      // SQL inside a DO block: the block runs once, as written.
      const key = `${op.enclosing.loc.file}:${op.enclosing.loc.line}:${op.enclosing.loc.column}\u0000${op.enclosing.sql}`;
      if (key === lastKey) {
        statements[statements.length - 1]!.ops.push(op);
        continue;
      }
      statements.push({ sql: op.enclosing.sql.trim().replace(/;\s*$/, ''), loc: op.enclosing.loc, ops: [op], origin: 'sql' });
      lastKey = key;
      continue;
    }
    if (op.sql !== undefined && op.kind !== 'unparsed') {
      const key = statementKey(op);
      if (key === lastKey) {
        statements[statements.length - 1]!.ops.push(op);
        continue;
      }
      // A statement whose text the front end truncated for the IR cannot be executed as is.
      if (op.sql.endsWith('…') && op.sql.length > 4000) {
        unrenderable.push({ op, reason: 'the statement is longer than the IR keeps (4000 characters)' });
        lastKey = key;
        continue;
      }
      statements.push({ sql: op.sql.trim().replace(/;\s*$/, ''), loc: op.loc, ops: [op], origin: 'sql' });
      lastKey = key;
      continue;
    }
    lastKey = null;
    if (op.unrenderable) {
      unrenderable.push({ op, reason: `${op.kind} at line ${op.loc.line}: ${op.unrenderable}` });
      continue;
    }
    // A report that hides no statement (a builder Knex never runs) sends nothing itself.
    if (op.kind === 'unparsed' && op.hidesNothing) continue;
    if (op.kind === 'unparsed' && op.sql !== undefined && op.reason === 'parse') {
      unrenderable.push({ op, reason: `not parsed: ${op.message}` });
      continue;
    }
    try {
      for (const sql of renderOp(op, dialect)) statements.push({ sql, loc: op.loc, ops: [op], origin: 'rendered' });
    } catch (e) {
      if (!(e instanceof CannotRender)) throw e;
      unrenderable.push({ op, reason: `${op.kind} at line ${op.loc.line}: ${e.message}` });
    }
  }
  return { statements, unrenderable };
}

/** The SQL preview text for a rendered direction (what the report shows in its collapsible block). */
export function previewSql(result: RenderResult): string {
  const lines = result.statements.map((s) => `${s.sql};`);
  for (const u of result.unrenderable) lines.push(`-- not rendered: ${u.reason.replace(/\n/g, ' ')}`);
  return lines.join('\n');
}

/** One direction of a migration as SQL: what `alembic upgrade --sql` prints, with source lines. */
export interface MigrationSqlDirection {
  statements: RenderedStatement[];
  unrenderable: Unrenderable[];
  /** The down part says it cannot be undone (raise NotImplementedError, throw, IrreversibleMigration). */
  irreversible: string | null;
  /** Plain text: each statement preceded by `-- file:line`, ops that cannot be rendered as `-- not rendered` lines. */
  text: string;
}

export interface MigrationSql {
  file: string;
  framework: Migration['framework'];
  dialect: Dialect;
  up: MigrationSqlDirection;
  /** null: the framework has a down part but the migration has none. */
  down: MigrationSqlDirection | null;
}

function directionText(file: string, result: RenderResult, irreversible: string | null): string {
  const entries: Array<{ line: number; text: string }> = [];
  for (const s of result.statements) entries.push({ line: s.loc.line, text: `-- ${s.loc.file || file}:${s.loc.line}\n${s.sql};` });
  for (const u of result.unrenderable) entries.push({ line: u.op.loc.line, text: `-- ${u.op.loc.file || file}:${u.op.loc.line}: not rendered: ${u.reason.replace(/[\r\n]+/g, ' ')}` });
  // Statements keep their run order; a not-rendered note sits before the first statement after its line.
  const ordered: string[] = [];
  const notes = entries.slice(result.statements.length);
  let n = 0;
  for (const s of entries.slice(0, result.statements.length)) {
    while (n < notes.length && notes[n]!.line < s.line) ordered.push(notes[n++]!.text);
    ordered.push(s.text);
  }
  while (n < notes.length) ordered.push(notes[n++]!.text);
  if (irreversible) ordered.push(`-- irreversible: ${irreversible.replace(/[\r\n]+/g, ' ')}`);
  return ordered.join('\n');
}

function renderDirection(m: Migration, ops: Op[], irreversible: string | null): MigrationSqlDirection {
  const result = renderOps(ops, m.dialect);
  return { ...result, irreversible, text: directionText(m.file, result, irreversible) };
}

/**
 * The SQL of an ORM migration's up and down, each statement with the source line it comes from.
 * Pure: nothing runs. Shared by `migration-guard sql` and the report's SQL preview.
 */
export function renderMigrationSql(m: Migration): MigrationSql {
  const irreversible = m.downIrreversible ? `line ${m.downIrreversible.loc.line}: ${m.downIrreversible.reason}` : null;
  return {
    file: m.file,
    framework: m.framework,
    dialect: m.dialect,
    up: renderDirection(m, m.up, null),
    down: m.down === null ? null : renderDirection(m, m.downIrreversible ? [] : m.down, irreversible),
  };
}
