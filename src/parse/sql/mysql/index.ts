import type { ColumnSpec, ConstraintSpec, Loc, OnlineDdl, Op } from '../../../ir.js';
import type { EmbeddedSqlOrigin } from '../../frontend.js';
import { mysqlIdentifier, mysqlTableName } from '../../names.js';
import { classifyAlterTable, type OpDraft } from './alter-classifier.js';
import { charsetOfCollation, parseColumnDefinition, parseIndexOrConstraint, splitNameList } from './definitions.js';
import { splitMysqlStatements, type SplitStatement } from './splitter.js';
import { TokenCursor, tokenize, type MysqlServerVersion, type Token } from './tokens.js';
import { commonJsExports } from '../../../interop.js';

export { splitMysqlStatements } from './splitter.js';
export type { SplitStatement } from './splitter.js';
export { classifyAlterTable } from './alter-classifier.js';

/** The part of node-sql-parser's API we use. */
interface SqlParser {
  astify(sql: string, opt?: { database?: string }): unknown;
}

let parserPromise: Promise<SqlParser> | null = null;

/** Loads node-sql-parser's MySQL-only build on first use (it is 270 kB of generated parser). */
function loadParser(): Promise<SqlParser> {
  parserPromise ??= import('node-sql-parser/build/mysql.js').then((mod) => {
    // A webpack CommonJS bundle: Node exposes it as the default export only.
    const exports = commonJsExports<{ Parser: new () => SqlParser }>(mod, 'Parser');
    return new exports.Parser();
  });
  return parserPromise;
}

/** Statements recognised but not modelled: the rules ignore them, rollback pairs them by object. */
const OTHER_HEADS = new Set([
  'GRANT', 'REVOKE', 'FLUSH', 'USE', 'LOCK', 'UNLOCK', 'CALL', 'PREPARE', 'EXECUTE', 'DEALLOCATE', 'ANALYZE', 'OPTIMIZE',
  'CHECK', 'REPAIR', 'SHOW', 'HANDLER', 'LOAD', 'XA', 'SAVEPOINT', 'RELEASE', 'INSTALL', 'UNINSTALL', 'KILL', 'RESET',
  'PURGE', 'DO', 'DESCRIBE', 'DESC', 'EXPLAIN', 'SIGNAL', 'RESIGNAL', 'CACHE', 'CHECKSUM', 'BINLOG', 'HELP', 'SELECT',
  'WITH', 'VALUES', 'TABLE',
]);
const ROUTINE_OBJECTS = new Set(['PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT', 'VIEW', 'USER', 'ROLE', 'SERVER', 'TABLESPACE', 'LOGFILE', 'SPATIAL', 'SEQUENCE', 'PACKAGE', 'SYNONYM', 'RESOURCE']);

interface StatementContext {
  stmt: SplitStatement;
  loc: Loc;
  tokens: Token[];
}

function located(ctx: StatementContext, draft: OpDraft): Op {
  // The same object as `{ ...draft, loc, sql }` (same keys, same order), built by assignment: the
  // spread form gave each op slow out-of-object properties (~2.5x the memory, ~5x the time per op).
  const op = Object.assign({}, draft) as Op;
  op.loc = ctx.loc;
  op.sql = ctx.stmt.text;
  return op;
}

function unparsed(ctx: StatementContext, message: string): Op {
  return { kind: 'unparsed', reason: 'parse', message, loc: ctx.loc, sql: ctx.stmt.text };
}

function other(ctx: StatementContext, statement: string, object: string | null = null): Op {
  return { kind: 'other', statement, object, loc: ctx.loc, sql: ctx.stmt.text };
}

/** Reads `ALGORITHM [=] x` / `LOCK [=] x` clauses anywhere after the cursor (CREATE/DROP INDEX). */
function readOnlineClauses(cur: TokenCursor): OnlineDdl {
  const online: OnlineDdl = {};
  while (!cur.done) {
    const word = cur.acceptAnyWord('ALGORITHM', 'LOCK');
    if (!word) {
      cur.next();
      continue;
    }
    cur.acceptPunct('=');
    const value = cur.next()?.raw.toUpperCase() ?? null;
    if (word === 'ALGORITHM') online.algorithm = value;
    else online.lock = value;
  }
  return online;
}

function lowerCreateTable(ctx: StatementContext, cur: TokenCursor): Op[] {
  // CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name
  const ifNotExists = cur.acceptWord('IF', 'NOT', 'EXISTS');
  const rawName = cur.qualifiedIdentifier();
  if (rawName === null) return [unparsed(ctx, 'CREATE TABLE without a table name')];
  const table = mysqlTableName(rawName);
  if (cur.acceptWord('LIKE') || (cur.isPunct('(') && cur.isWord('LIKE', 1))) {
    return [located(ctx, { kind: 'createTable', table, columns: [], constraints: [], ifNotExists })];
  }
  const bodyStart = cur.pos;
  const body = cur.isPunct('(') ? cur.skipParens() : null;
  // Table options come after the body; the default charset applies to every character column that names none.
  let tableCharset: string | null = null;
  let asSelect = false;
  while (!cur.done) {
    if (cur.acceptWord('DEFAULT')) continue;
    if (cur.acceptWord('CHARACTER', 'SET') || cur.acceptWord('CHARSET')) {
      cur.acceptPunct('=');
      tableCharset = cur.next()?.raw.replace(/`/g, '').toLowerCase() ?? null;
    } else if (cur.acceptWord('COLLATE')) {
      cur.acceptPunct('=');
      const collation = cur.next()?.raw.replace(/`/g, '') ?? '';
      tableCharset ??= charsetOfCollation(collation);
    } else if (cur.isWord('AS') || cur.isWord('SELECT') || cur.isWord('IGNORE') || cur.isWord('REPLACE')) {
      asSelect = true;
      break;
    } else if (cur.isWord('PARTITION')) break;
    else cur.next();
  }
  const columns: ColumnSpec[] = [];
  const constraints: ConstraintSpec[] = [];
  const indexOps: OpDraft[] = [];
  if (body !== null) {
    const bodyTokens = tokenize(body);
    const inner = new TokenCursor(bodyTokens, body);
    while (!inner.done) {
      const def = parseIndexOrConstraint(inner);
      if (def && 'constraint' in def) constraints.push(def.constraint);
      else if (def) {
        // Inline KEY/INDEX definitions become indexes of the new table (the schema model tracks index names).
        const { name, columns: cols, method } = def.index;
        indexOps.push({ kind: 'createIndex', name, table, columns: cols, unique: false, concurrently: false, ifNotExists: false, where: null, method });
      } else {
        const column = parseColumnDefinition(inner, tableCharset);
        if (column) {
          columns.push(column);
          if (column.primaryKey) constraints.push({ name: 'PRIMARY', kind: 'primaryKey', columns: [column.name], notValid: false, usingIndex: null });
        } else inner.skipToTopLevelComma();
      }
      if (!inner.acceptPunct(',')) {
        // Unread rest of a definition (options we skip): move to the next one.
        inner.skipToTopLevelComma();
        if (!inner.acceptPunct(',')) break;
      }
    }
  } else if (!asSelect) {
    cur.pos = bodyStart;
  }
  const create = located(ctx, { kind: 'createTable', table, columns, constraints, ifNotExists, ...(asSelect ? { asSelect: true } : {}) });
  return [create, ...indexOps.map((op) => located(ctx, op))];
}

function lowerCreateIndex(ctx: StatementContext, cur: TokenCursor, kind: string | null): Op[] {
  const ifNotExists = cur.acceptWord('IF', 'NOT', 'EXISTS');
  const rawName = cur.identifier();
  let method: string | null = kind ? kind.toLowerCase() : null;
  if (cur.acceptWord('USING')) method = cur.next()?.raw.toLowerCase() ?? method;
  if (!cur.acceptWord('ON')) return [unparsed(ctx, 'CREATE INDEX without ON table')];
  const rawTable = cur.qualifiedIdentifier();
  if (rawName === null || rawTable === null || !cur.isPunct('(')) return [unparsed(ctx, 'CREATE INDEX: expected name, table and column list')];
  const columns = splitNameList(cur.skipParens());
  const online = readOnlineClauses(cur);
  return [
    located(ctx, {
      kind: 'createIndex',
      name: mysqlIdentifier(rawName),
      table: mysqlTableName(rawTable),
      columns,
      unique: kind === 'UNIQUE',
      concurrently: false,
      ifNotExists,
      where: null,
      method: kind === 'UNIQUE' ? null : method,
      online,
    }),
  ];
}

function lowerDrop(ctx: StatementContext, cur: TokenCursor): Op[] {
  cur.acceptWord('TEMPORARY');
  if (cur.acceptWord('TABLE') || cur.acceptWord('TABLES')) {
    const ifExists = cur.acceptWord('IF', 'EXISTS');
    const ops: Op[] = [];
    for (;;) {
      const name = cur.qualifiedIdentifier();
      if (name === null) break;
      ops.push(located(ctx, { kind: 'dropTable', table: mysqlTableName(name), ifExists, cascade: false, ...(ifExists ? { conditional: true } : {}) }));
      if (!cur.acceptPunct(',')) break;
    }
    const cascade = cur.acceptAnyWord('CASCADE', 'RESTRICT') === 'CASCADE';
    for (const op of ops) if (op.kind === 'dropTable') op.cascade = cascade;
    return ops.length ? ops : [unparsed(ctx, 'DROP TABLE without a table name')];
  }
  if (cur.acceptWord('INDEX')) {
    const ifExists = cur.acceptWord('IF', 'EXISTS');
    const name = cur.identifier();
    const table = cur.acceptWord('ON') ? cur.qualifiedIdentifier() : null;
    if (name === null) return [unparsed(ctx, 'DROP INDEX without an index name')];
    const online = readOnlineClauses(cur);
    return [located(ctx, { kind: 'dropIndex', name: mysqlIdentifier(name), table: table ? mysqlTableName(table) : null, concurrently: false, ifExists, online })];
  }
  const target = cur.acceptAnyWord('DATABASE', 'SCHEMA');
  if (target) {
    cur.acceptWord('IF', 'EXISTS');
    const name = cur.identifier();
    return [located(ctx, { kind: 'dropSchema', target: target === 'DATABASE' ? 'database' : 'schema', name: name ? mysqlTableName(name) : '' })];
  }
  const object = cur.next();
  if (object?.kind === 'word' && ROUTINE_OBJECTS.has(object.value)) {
    cur.acceptWord('IF', 'EXISTS');
    const name = cur.qualifiedIdentifier();
    return [other(ctx, `DROP ${object.value}`, name ? mysqlTableName(name) : null)];
  }
  return [unparsed(ctx, `unrecognised DROP statement`)];
}

/** UPDATE / DELETE / INSERT / REPLACE from tokens: target table and whether a top-level WHERE limits it. */
function lowerDmlFromTokens(ctx: StatementContext, head: string): Op[] | null {
  const cur = new TokenCursor(ctx.tokens, ctx.stmt.text);
  cur.next();
  while (cur.acceptAnyWord('LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'QUICK', 'IGNORE')) {
    /* modifiers */
  }
  if (head === 'DELETE') {
    // DELETE t1 FROM t1 JOIN ... names the target before FROM.
    if (!cur.isWord('FROM')) {
      const target = cur.qualifiedIdentifier();
      if (target === null) return null;
      return [located(ctx, { kind: 'dml', action: 'delete', table: mysqlTableName(target), hasWhere: hasTopLevelWhere(ctx.tokens) })];
    }
    cur.acceptWord('FROM');
  }
  if (head === 'INSERT' || head === 'REPLACE') cur.acceptWord('INTO');
  const table = cur.qualifiedIdentifier();
  if (table === null) return null;
  const action = head === 'UPDATE' ? 'update' : head === 'DELETE' ? 'delete' : 'insert';
  const reads = action === 'insert' ? tablesReadFrom(cur) : [];
  return [located(ctx, { kind: 'dml', action, table: mysqlTableName(table), hasWhere: action === 'insert' ? false : hasTopLevelWhere(ctx.tokens), ...(reads.length ? { reads } : {}) })];
}

/** INSERT … SELECT: the tables named after FROM or JOIN in the rest of the statement, each once. */
function tablesReadFrom(cur: TokenCursor): string[] {
  const out = new Set<string>();
  while (!cur.done) {
    if (cur.acceptAnyWord('FROM', 'JOIN')) {
      const name = cur.qualifiedIdentifier();
      if (name !== null) out.add(mysqlTableName(name));
    } else cur.next();
  }
  return [...out];
}

function hasTopLevelWhere(tokens: Token[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind === 'punct' && t.value === '(') depth++;
    else if (t.kind === 'punct' && t.value === ')') depth--;
    else if (depth === 0 && t.kind === 'word' && t.value === 'WHERE') return true;
  }
  return false;
}

function lowerSet(ctx: StatementContext): Op[] {
  const text = ctx.tokens.map((t) => t.raw).join(' ').toLowerCase();
  // foreign_key_checks decides whether ADD FOREIGN KEY can run in place (MySQL/MariaDB online DDL).
  // A restore from a variable (`= @OLD_FOREIGN_KEY_CHECKS`, mysqldump) counts as back on.
  const fkChecks = /\bforeign_key_checks\s*=\s*(@*\w+)/.exec(text);
  if (fkChecks) {
    const off = fkChecks[1] === '0' || fkChecks[1] === 'off' || fkChecks[1] === 'false';
    return [other(ctx, 'SET', `foreign_key_checks=${off ? 0 : 1}`)];
  }
  // lock_wait_timeout bounds how long DDL waits for the metadata lock: MySQL's lock_timeout.
  const lockWait = /(?:^|[\s.@])lock_wait_timeout\s*=\s*(\w+)/.exec(text);
  if (lockWait && !/innodb_lock_wait_timeout/.test(text)) {
    const seconds = Number(lockWait[1]);
    return [located(ctx, { kind: 'setLockTimeout', ms: Number.isFinite(seconds) ? seconds * 1000 : null, local: false })];
  }
  return [other(ctx, 'SET')];
}

/** Above this size a DML statement is a data load (seed INSERTs): the grammar would take seconds to confirm what the tokens say. */
const LARGE_DML_CHARS = 20_000;

async function lowerWithSqlParser(ctx: StatementContext, head: string): Promise<Op[]> {
  const isDml = head === 'UPDATE' || head === 'DELETE' || head === 'INSERT' || head === 'REPLACE';
  if (isDml && ctx.stmt.text.length > LARGE_DML_CHARS) {
    const fromTokens = lowerDmlFromTokens(ctx, head);
    if (fromTokens) return fromTokens;
  }
  const parser = await loadParser();
  let ast: unknown;
  try {
    ast = parser.astify(ctx.stmt.text, { database: 'MySQL' });
  } catch (error) {
    if (isDml) {
      // The grammar misses some MySQL DML (multi-table forms, hints); the target and WHERE are still clear.
      const fallback = lowerDmlFromTokens(ctx, head);
      if (fallback) return fallback;
    }
    if (OTHER_HEADS.has(head)) return [other(ctx, head)];
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
    return [unparsed(ctx, `MySQL syntax not understood: ${message.slice(0, 300)}`)];
  }
  const first = (Array.isArray(ast) ? ast[0] : ast) as { type?: string } | undefined;
  const type = String(first?.type ?? '').toLowerCase();
  if (type === 'update' || type === 'delete' || type === 'insert' || type === 'replace') {
    const fromTokens = lowerDmlFromTokens(ctx, head);
    const where = (first as { where?: unknown }).where;
    if (fromTokens) {
      for (const op of fromTokens) {
        if (op.kind !== 'dml' || op.action === 'insert') continue;
        op.hasWhere = where !== null && where !== undefined;
        if (type === 'update') Object.assign(op, updateDerives((first as { set?: unknown }).set));
      }
      return fromTokens;
    }
  }
  return [other(ctx, type ? type.toUpperCase() : head)];
}

/**
 * The columns an UPDATE sets from an expression that reads other columns (the `dml` op's
 * `derives`, as the PostgreSQL front end decides it): `SET a = LOWER(b)`, not `SET a = 'x'` or
 * `SET a = a + 1`. MySQL column names are case-insensitive.
 */
function updateDerives(set: unknown): { derives?: string[] } {
  const derives: string[] = [];
  for (const item of Array.isArray(set) ? (set as Array<{ column?: unknown; value?: unknown }>) : []) {
    if (typeof item.column !== 'string') continue;
    const target = item.column.toLowerCase();
    if (columnRefNames(item.value).some((c) => c !== target)) derives.push(item.column);
  }
  return derives.length ? { derives } : {};
}

/** The (lower-cased) names of the column_ref nodes of a node-sql-parser expression. */
function columnRefNames(node: unknown, out: string[] = [], depth = 0): string[] {
  if (!node || typeof node !== 'object' || depth > 200) return out;
  if (Array.isArray(node)) {
    for (const x of node) columnRefNames(x, out, depth + 1);
    return out;
  }
  const n = node as { type?: unknown; column?: unknown };
  if (n.type === 'column_ref') {
    // Newer grammars wrap the name: { expr: { type: 'default', value: 'b' } }.
    const column = typeof n.column === 'string' ? n.column : (n.column as { expr?: { value?: unknown } } | undefined)?.expr?.value;
    out.push(typeof column === 'string' ? column.toLowerCase() : '*');
    return out;
  }
  for (const v of Object.values(node)) columnRefNames(v, out, depth + 1);
  return out;
}

async function lowerStatement(ctx: StatementContext): Promise<Op[]> {
  const cur = new TokenCursor(ctx.tokens, ctx.stmt.text);
  const head = ctx.tokens[0]?.kind === 'word' ? (ctx.tokens[0] as Token).value : '';
  if (!ctx.tokens.length) return [];
  // `(SELECT ...) UNION ...` and the like: the grammar decides.
  if (!head) return lowerWithSqlParser(ctx, head);

  if (head === 'ALTER' && (cur.isWords('ALTER', 'TABLE') || cur.isWords('ALTER', 'ONLINE') || cur.isWords('ALTER', 'IGNORE'))) {
    // ALTER TABLE always goes through the token classifier: node-sql-parser's grammar rejects many
    // MySQL/MariaDB actions, and one path keeps ALTER semantics the same whatever the syntax.
    const classified = classifyAlterTable(ctx.stmt.text, ctx.tokens);
    if (!classified) return [unparsed(ctx, 'ALTER TABLE without a table name')];
    const ops = classified.ops.map((draft) => located(ctx, draft));
    if (classified.unknown.length) {
      ops.push(unparsed(ctx, `ALTER TABLE ${classified.table}: action not understood: ${classified.unknown.map((u) => u.trim()).join('; ').slice(0, 200)}`));
    }
    return ops;
  }
  if (head === 'ALTER') {
    // ALTER VIEW / EVENT / PROCEDURE / FUNCTION / DATABASE / USER / SEQUENCE...: recognised, not modelled.
    for (const t of ctx.tokens.slice(1)) {
      if (t.kind === 'word' && (ROUTINE_OBJECTS.has(t.value) || t.value === 'DATABASE' || t.value === 'SCHEMA' || t.value === 'INSTANCE')) {
        const name = ctx.tokens[ctx.tokens.indexOf(t) + 1];
        return [other(ctx, `ALTER ${t.value}`, name && name.kind !== 'punct' ? mysqlTableName(name.kind === 'word' ? name.raw : `\`${name.value}\``) : null)];
      }
    }
  }
  if (head === 'CREATE') {
    cur.next();
    cur.acceptWord('OR', 'REPLACE');
    cur.acceptWord('TEMPORARY');
    if (cur.acceptWord('TABLE')) return lowerCreateTable(ctx, cur);
    cur.acceptWord('ONLINE');
    const indexKind = cur.acceptAnyWord('UNIQUE', 'FULLTEXT', 'SPATIAL');
    if (cur.acceptWord('INDEX')) return lowerCreateIndex(ctx, cur, indexKind);
    const schema = cur.acceptAnyWord('DATABASE', 'SCHEMA');
    if (schema) return [other(ctx, `CREATE ${schema}`, null)];
    // CREATE [DEFINER=...] [ALGORITHM=...] [SQL SECURITY ...] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT|VIEW name
    while (!cur.done) {
      const t = cur.next() as Token;
      if (t.kind === 'word' && ROUTINE_OBJECTS.has(t.value)) {
        cur.acceptWord('IF', 'NOT', 'EXISTS');
        const name = cur.qualifiedIdentifier();
        return [other(ctx, `CREATE ${t.value}`, name ? mysqlTableName(name) : null)];
      }
    }
    return [unparsed(ctx, 'unrecognised CREATE statement')];
  }
  if (head === 'DROP') {
    cur.next();
    return lowerDrop(ctx, cur);
  }
  if (head === 'RENAME' && cur.isWords('RENAME', 'TABLE')) {
    cur.pos = 2;
    const ops: Op[] = [];
    for (;;) {
      const from = cur.qualifiedIdentifier();
      if (from === null || !cur.acceptWord('TO')) break;
      const to = cur.qualifiedIdentifier();
      if (to === null) break;
      ops.push(located(ctx, { kind: 'renameTable', table: mysqlTableName(from), newName: mysqlTableName(to) }));
      if (!cur.acceptPunct(',')) break;
    }
    return ops.length ? ops : [unparsed(ctx, 'RENAME TABLE: expected old TO new')];
  }
  if (head === 'TRUNCATE') {
    cur.next();
    cur.acceptWord('TABLE');
    const name = cur.qualifiedIdentifier();
    return name ? [located(ctx, { kind: 'truncate', tables: [mysqlTableName(name)] })] : [unparsed(ctx, 'TRUNCATE without a table name')];
  }
  if (head === 'START' && cur.isWords('START', 'TRANSACTION')) return [located(ctx, { kind: 'transaction', action: 'begin' })];
  if (head === 'BEGIN') {
    if (cur.isWord('NOT', 1)) return [other(ctx, 'BEGIN NOT ATOMIC')];
    return [located(ctx, { kind: 'transaction', action: 'begin' })];
  }
  if (head === 'COMMIT') return [located(ctx, { kind: 'transaction', action: 'commit' })];
  if (head === 'ROLLBACK') {
    if (ctx.tokens.some((t) => t.kind === 'word' && t.value === 'SAVEPOINT') || cur.isWord('TO', 1)) return [other(ctx, 'ROLLBACK TO SAVEPOINT')];
    return [located(ctx, { kind: 'transaction', action: 'rollback' })];
  }
  if (head === 'SET') return lowerSet(ctx);
  return lowerWithSqlParser(ctx, head);
}

/** `SET @s = …` (or `SET @s := …`): the variable assigned, lower-cased. */
function assignedUserVariable(tokens: Token[]): string | null {
  const [head, variable, eq] = tokens;
  if (head?.kind !== 'word' || head.value !== 'SET' || variable?.kind !== 'variable' || variable.value.startsWith('@@')) return null;
  return eq?.kind === 'punct' && (eq.value === '=' || eq.value === ':=') ? variable.value : null;
}

/** The SQL a PREPARE reads: its literal, or the SET that last assigned its variable (null when the variable is unknown). */
/**
 * The SETs a user variable's value comes from: the last `SET @s = …`, and the ones before it when
 * it refers to itself (`SET @s = IF(@exist = 1, '…', @s)` keeps the earlier value on one branch).
 */
type VariableChains = Map<string, StatementContext[]>;

function recordAssignment(chains: VariableChains, name: string, ctx: StatementContext): void {
  const selfReference = ctx.tokens.slice(2).some((t) => t.kind === 'variable' && t.value === name);
  chains.set(name, selfReference ? [...(chains.get(name) ?? []), ctx] : [ctx]);
}

/** The SQL a PREPARE reads: its literal, or the SETs of its variable (empty when no SET assigns it). */
type PreparedSource = { kind: 'literal'; token: Token } | { kind: 'variable'; name: string; sets: StatementContext[] };

function preparedSource(ctx: StatementContext, chains: VariableChains): PreparedSource | null {
  const [head, , from, source] = ctx.tokens;
  if (head?.kind !== 'word' || head.value !== 'PREPARE' || from?.kind !== 'word' || from.value !== 'FROM' || !source) return null;
  if (source.kind === 'string') return { kind: 'literal', token: source };
  if (source.kind === 'variable') return { kind: 'variable', name: source.value, sets: chains.get(source.value) ?? [] };
  return null;
}

const DDL_TEXT = /^\s*(?:ALTER|CREATE|DROP|RENAME|TRUNCATE)\s/i;
const COMPARISON = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '<=>']);

/** A variable whose value becomes the SQL (not one compared in a condition, not the variable itself). */
function valueVariable(tokens: Token[], self: string): Token | undefined {
  return tokens.slice(2).find((t, i, rest) => {
    if (t.kind !== 'variable' || t.value.startsWith('@@') || t.value === self) return false;
    const next = rest[i + 1];
    return !(next?.kind === 'punct' && COMPARISON.has(next.value)) && !(next?.kind === 'word' && (next.value === 'IS' || next.value === 'IN'));
  });
}

/**
 * `PREPARE stmt FROM @s` after `SET @s = IF(<schema check>, 'SELECT …', 'ALTER TABLE …')`: the
 * idiom for conditional DDL on MySQL. Each DDL literal is what the server runs on the branch where
 * the change is still needed, so it is lowered in place (at the literal's line), once however
 * often it is prepared. SQL assembled at run time (CONCAT, other variables) cannot be read: that
 * is `unanalyzable`, never silence.
 */
async function lowerPrepared(ctx: StatementContext, source: PreparedSource, lowered: Set<StatementContext>, server: MysqlServerVersion | undefined): Promise<Op[]> {
  const prepare = other(ctx, 'PREPARE');
  const dynamic = (why: string): Op[] => [prepare, { kind: 'unparsed', reason: 'dynamic', message: `PREPARE of ${why}: the statement it runs cannot be read statically.`, loc: ctx.loc, sql: ctx.stmt.text }];
  const holders: { holder: StatementContext; literals: Token[] }[] = [];
  if (source.kind === 'literal') holders.push({ holder: ctx, literals: [source.token] });
  else {
    if (source.sets.length === 0) return dynamic(`${source.name}, which no earlier SET in this file assigns`);
    for (const set of source.sets) {
      if (set.tokens.some((t) => t.kind === 'word' && t.value === 'CONCAT')) return dynamic(`SQL assembled at run time (CONCAT in the SET at line ${set.loc.line})`);
      const from = valueVariable(set.tokens, source.name);
      if (from) return dynamic(`SQL taken from ${from.raw} (the SET at line ${set.loc.line})`);
      holders.push({ holder: set, literals: set.tokens.filter((t) => t.kind === 'string') });
    }
  }
  const ops: Op[] = [prepare];
  for (const { holder, literals } of holders) {
    if (lowered.has(holder)) continue;
    lowered.add(holder);
    for (const literal of literals) {
      if (!DDL_TEXT.test(literal.value)) continue;
      const before = holder.stmt.text.slice(0, literal.offset);
      const newlines = before.split('\n').length - 1;
      const column = newlines === 0 ? holder.loc.column + literal.offset + 1 : literal.offset - before.lastIndexOf('\n');
      ops.push(...(await lowerMysqlSql(literal.value, { file: holder.loc.file, line: holder.loc.line + newlines, column }, server)).ops);
    }
  }
  return ops;
}

/**
 * MySQL/MariaDB SQL → IR ops located in the host file (issue 7). `origin` is where the text starts
 * (line 1, column 1 for a .sql file). Never throws: statements that cannot be understood become
 * `unparsed` ops at their line. Ops of an ALTER TABLE / CREATE INDEX / DROP INDEX carry `online`
 * (possibly empty): its presence says the statement accepts ALGORITHM=/LOCK= clauses.
 */
export async function lowerMysqlSql(text: string, origin: EmbeddedSqlOrigin, server?: MysqlServerVersion): Promise<{ ops: Op[]; statements: number }> {
  let statements: SplitStatement[];
  try {
    statements = splitMysqlStatements(text);
  } catch (error) {
    const loc = { file: origin.file, line: origin.line, endLine: origin.line, column: origin.column };
    return { ops: [{ kind: 'unparsed', reason: 'parse', message: `could not split MySQL text: ${String(error)}`, loc }], statements: 0 };
  }
  const ops: Op[] = [];
  // `SET @s = ...` statements by variable, for `PREPARE x FROM @s` (the conditional-DDL idiom).
  const userVariables: VariableChains = new Map();
  const loweredSets = new Set<StatementContext>();
  for (const stmt of statements) {
    const loc: Loc = {
      file: origin.file,
      line: origin.line + stmt.line - 1,
      endLine: origin.line + stmt.endLine - 1,
      column: stmt.line === 1 ? origin.column + stmt.column - 1 : stmt.column,
    };
    let ctx: StatementContext = { stmt, loc, tokens: [] };
    try {
      ctx = { stmt, loc, tokens: tokenize(stmt.text, server) };
      const assigned = assignedUserVariable(ctx.tokens);
      if (assigned) recordAssignment(userVariables, assigned, ctx);
      const prepared = preparedSource(ctx, userVariables);
      if (prepared) ops.push(...(await lowerPrepared(ctx, prepared, loweredSets, server)));
      else ops.push(...(await lowerStatement(ctx)));
    } catch (error) {
      ops.push(unparsed(ctx, `internal error lowering MySQL statement: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  return { ops, statements: statements.length };
}
