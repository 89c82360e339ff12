/**
 * What MySQL (InnoDB) and MariaDB do for each schema change: INSTANT, INPLACE or COPY, and whether
 * writes may continue meanwhile. One table used by the MySQL rules and the MySQL dry-run, from the
 * "Online DDL Operations" chapter of the MySQL 8.0 manual and MariaDB's "InnoDB Online DDL
 * Operations" pages, checked against a MariaDB 10.11 server by `__tests__/mysql/oracle.test.ts`.
 */
import type { Framework, Loc, OnlineDdl, Op, SqlType } from '../ir.js';
import type { ColumnState, TableState } from './model.js';

export type MysqlAlgorithm = 'INSTANT' | 'INPLACE' | 'COPY';

/** The server the migration runs on: MySQL 8.0.29 → { version: 80029 }, MariaDB 10.11 → { version: 101100, mariadb: true }. */
export interface MysqlServer {
  version: number;
  mariadb: boolean;
}

/** What the schema model knew before the op; supplied by the caller (rules: `ctx.facts(op)`). */
export interface MysqlOpContext {
  column: ColumnState | null;
  table: TableState | null;
  /** `SET foreign_key_checks = 0` is in force. */
  foreignKeyChecksOff: boolean;
  /** A dropped column is part of the primary key (see OpFacts.columnInPrimaryKey). */
  columnInPrimaryKey?: boolean;
}

export interface MysqlOnlineVerdict {
  /** The best algorithm the server can use. */
  algorithm: MysqlAlgorithm;
  /** Reads and writes continue during the change (LOCK=NONE is accepted). */
  concurrentDml: boolean;
  /** The table's rows are rebuilt (long-running even when online). */
  rebuildsTable: boolean;
  /** The change, in plain words, for messages. */
  what: string;
}

/** Online: the change can run without blocking writes (INSTANT, or INPLACE with LOCK=NONE). */
export function isOnline(verdict: MysqlOnlineVerdict): boolean {
  return verdict.algorithm !== 'COPY' && verdict.concurrentDml;
}

const RANK: Record<MysqlAlgorithm, number> = { INSTANT: 0, INPLACE: 1, COPY: 2 };

function verdict(algorithm: MysqlAlgorithm, what: string, opts: { concurrentDml?: boolean; rebuildsTable?: boolean } = {}): MysqlOnlineVerdict {
  return {
    algorithm,
    concurrentDml: opts.concurrentDml ?? algorithm !== 'COPY',
    rebuildsTable: opts.rebuildsTable ?? algorithm === 'COPY',
    what,
  };
}

/** Bytes per character of a character set; unknown → 4 (utf8mb4, MySQL 8.0's default and Debian/Ubuntu MariaDB's). */
export function bytesPerChar(charset: string | null | undefined): number {
  switch ((charset ?? '').toLowerCase()) {
    case 'latin1':
    case 'ascii':
    case 'binary':
    case 'latin2':
    case 'cp1250':
    case 'cp1251':
    case 'cp1252':
    case 'greek':
    case 'hebrew':
      return 1;
    case 'ucs2':
      return 2;
    case 'utf8':
    case 'utf8mb3':
      return 3;
    default:
      return 4;
  }
}

function enumValues(type: SqlType): string[] | null {
  // `(?<!\s)`: a match starts only where a whitespace run starts, so each run is scanned once (linear).
  const match = /^\s*(?:enum|set)\s*\(([\s\S]*)\)\s*$/i.exec(type.text.replace(/(?<!\s)\s+(character\s+set|charset|collate)\b[\s\S]*$/i, ''));
  if (!match) return null;
  return quotedLiterals(match[1] ?? '');
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The bodies of the quoted literals of `text`, as `/'((?:[^'\\]|\\.|'')*)'|"((?:[^"\\]|\\.|"")*)"/g`
 * finds them, in linear time: that regex rescans to the end from every unclosed quote (quadratic on
 * `'\'\'\'…`). A quote whose scan found no closing quote proves every later quote of the same kind
 * up to where that scan stopped unclosed too (each is escaped, and its scan joins the same path), so
 * those are skipped.
 */
export function quotedLiterals(text: string): string[] {
  const out: string[] = [];
  const unclosedUntil: Record<string, number> = { "'": 0, '"': 0 };
  let i = 0;
  while (i < text.length) {
    const quote = text[i]!;
    if ((quote !== "'" && quote !== '"') || i < unclosedUntil[quote]!) {
      i++;
      continue;
    }
    // Greedy with backtracking ends the literal at the last quote reachable by whole tokens
    // (a character, a backslash escape, a doubled quote).
    let closing = -1;
    let j = i + 1;
    while (j < text.length) {
      const c = text[j]!;
      if (c === '\\') {
        if (j + 1 >= text.length || LINE_TERMINATOR.test(text[j + 1]!)) break;
        j += 2;
      } else if (c === quote) {
        closing = j;
        if (text[j + 1] !== quote) break;
        j += 2;
      } else {
        j++;
      }
    }
    if (closing < 0) {
      unclosedUntil[quote] = j;
      i++;
      continue;
    }
    out.push(text.slice(i + 1, closing));
    i = closing + 1;
  }
  return out;
}

function sameType(a: SqlType, b: SqlType): boolean {
  if (a.name !== b.name || a.args.join(',') !== b.args.join(',')) return false;
  if (a.name === 'enum' || a.name === 'set') return (enumValues(a) ?? []).join('\u0000') === (enumValues(b) ?? []).join('\u0000');
  return !a.charset || !b.charset || a.charset === b.charset;
}

/** A column type change: only a few are done without copying the table. */
function typeChange(before: SqlType | null, after: SqlType, server: MysqlServer, columnName: string): MysqlOnlineVerdict {
  const changing = `changing the type of ${columnName}`;
  if (!before) return verdict('COPY', `${changing} to ${after.text} (its current type is unknown, so a change is assumed)`);
  if (sameType(before, after) && (!after.charset || !before.charset || after.charset === before.charset)) {
    return verdict('INSTANT', `restating ${columnName} with its current type ${before.text}`);
  }
  const charsetBefore = before.charset ?? null;
  const charsetAfter = after.charset ?? charsetBefore;
  if (before.name === 'varchar' && after.name === 'varchar' && charsetBefore === charsetAfter) {
    const oldLength = before.args[0] ?? 0;
    const newLength = after.args[0] ?? 0;
    if (newLength >= oldLength) {
      const perChar = bytesPerChar(charsetAfter);
      const oldBytes = oldLength * perChar;
      const newBytes = newLength * perChar;
      // MySQL: the length prefix is 1 byte up to 255 bytes, 2 above; staying in the same class is metadata only.
      if ((oldBytes <= 255) === (newBytes <= 255)) {
        return verdict(server.mariadb ? 'INSTANT' : 'INPLACE', `widening ${columnName} from ${before.text} to ${after.text}`);
      }
      // MariaDB 10.4.3+ (MDEV-15563) also extends instantly when the old maximum is under 128 bytes:
      // such values never used the 2-byte length form.
      if (server.mariadb && server.version >= 100403 && oldBytes < 128) {
        return verdict('INSTANT', `widening ${columnName} from ${before.text} to ${after.text}`);
      }
      return verdict('COPY', `widening ${columnName} from ${before.text} to ${after.text} across the 255-byte boundary (the length prefix grows, every row is rewritten)`);
    }
  }
  if ((before.name === 'enum' || before.name === 'set') && before.name === after.name) {
    const oldValues = enumValues(before);
    const newValues = enumValues(after);
    // Appending members is metadata-only while the storage size stays the same
    // (ENUM: 1 byte up to 255 members; SET: one byte per 8 members).
    if (oldValues && newValues && newValues.length >= oldValues.length && oldValues.every((v, k) => newValues[k] === v)) {
      const sameStorage =
        before.name === 'enum' ? oldValues.length <= 255 === newValues.length <= 255 : Math.ceil(oldValues.length / 8) === Math.ceil(newValues.length / 8);
      if (sameStorage) return verdict(server.mariadb || server.version >= 80000 ? 'INSTANT' : 'INPLACE', `adding values at the end of ${columnName} ${after.name.toUpperCase()}`);
    }
  }
  return verdict('COPY', `${changing} from ${before.text} to ${after.text}`, { concurrentDml: false });
}

/**
 * The online-DDL verdict for one op of an ALTER TABLE / CREATE INDEX / DROP INDEX on an existing
 * table, or null when the op is not a table change the online-DDL machinery applies to.
 */
export function mysqlOpOnline(op: Op, server: MysqlServer, ctx: MysqlOpContext): MysqlOnlineVerdict | null {
  const { mariadb, version } = server;
  switch (op.kind) {
    case 'addColumn': {
      const c = op.column;
      if (c.generatedStored) return verdict('COPY', `adding the stored generated column ${c.name}`, { concurrentDml: false });
      // AUTO_INCREMENT values are assigned while the table is rebuilt: no concurrent writes.
      if (c.identity) return verdict('INPLACE', `adding the AUTO_INCREMENT column ${c.name}`, { concurrentDml: false, rebuildsTable: true });
      if (c.primaryKey) return verdict('INPLACE', `adding ${c.name} as the primary key`, { rebuildsTable: true });
      if (c.unique) return verdict('INPLACE', `adding ${c.name} with a unique index`, { rebuildsTable: !instantAddColumn(op, server) });
      if (instantAddColumn(op, server)) return verdict('INSTANT', `adding column ${c.name}`);
      return verdict('INPLACE', `adding column ${c.name}`, { rebuildsTable: true });
    }
    case 'dropColumn':
      // A column of the primary key takes the key with it: dropping a primary key without adding
      // another is ALGORITHM=COPY, with writes blocked (MySQL's online DDL table, "Dropping a primary key").
      if (ctx.columnInPrimaryKey) {
        return verdict('COPY', `dropping column ${op.column}, which is part of the primary key`, { concurrentDml: false });
      }
      // MySQL 8.0.29+ and MariaDB 10.4+ can drop instantly, but not a column that is in an index,
      // which the schema model does not always know: promise only INPLACE.
      return verdict('INPLACE', `dropping column ${op.column}`, { rebuildsTable: true });
    case 'renameColumn':
      // RENAME COLUMN / CHANGE with the same type: INSTANT on MySQL 8.0.28+ and MariaDB 10.3+.
      return verdict((mariadb && version >= 100300) || (!mariadb && version >= 80028) ? 'INSTANT' : 'INPLACE', `renaming column ${op.column} to ${op.newName}`);
    case 'alterColumnType':
      return typeChange(ctx.column?.type ?? null, op.type, server, op.column);
    case 'setNotNull':
    case 'dropNotNull': {
      const wantNotNull = op.kind === 'setNotNull';
      if (ctx.column && ctx.column.notNull === wantNotNull) return verdict('INSTANT', `keeping ${op.column} ${wantNotNull ? 'NOT NULL' : 'nullable'}`);
      // Changing nullability rebuilds the table in place; writes continue (NOT NULL needs strict mode).
      return verdict('INPLACE', `making ${op.column} ${wantNotNull ? 'NOT NULL' : 'nullable'}`, { rebuildsTable: true });
    }
    case 'setDefault':
    case 'dropDefault':
    case 'comment':
      return verdict(mariadb || version >= 80000 ? 'INSTANT' : 'INPLACE', op.kind === 'comment' ? 'changing a comment' : `changing the default of ${op.column}`);
    case 'createIndex': {
      const method = (op.method ?? '').toLowerCase();
      if (method === 'fulltext' || method === 'spatial') {
        // FULLTEXT/SPATIAL indexes are built in place but block writes (LOCK=SHARED at best).
        return verdict('INPLACE', `building the ${method.toUpperCase()} index ${op.name ?? ''}`.trim(), { concurrentDml: false });
      }
      return verdict('INPLACE', `building the index ${op.name ?? `on ${op.table} (${op.columns.join(', ')})`}`);
    }
    case 'dropIndex':
      return verdict('INPLACE', `dropping the index ${op.name}`);
    case 'addConstraint': {
      const c = op.constraint;
      const name = c.name ?? `(${c.columns.join(', ')})`;
      if (c.kind === 'foreignKey') {
        // With foreign_key_checks on, the server must check every row: COPY only.
        if (ctx.foreignKeyChecksOff) return verdict('INPLACE', `adding the foreign key ${name}`);
        return verdict('COPY', `adding the foreign key ${name} while foreign_key_checks is on`, { concurrentDml: false });
      }
      if (c.kind === 'primaryKey') return verdict('INPLACE', `adding the primary key (${c.columns.join(', ')})`, { rebuildsTable: true });
      if (c.kind === 'unique') return verdict('INPLACE', `building the unique index ${name}`);
      if (c.kind === 'check') return verdict('COPY', `adding the CHECK constraint ${name} (every row is checked in a table copy)`, { concurrentDml: false });
      return verdict('COPY', `adding the constraint ${name}`, { concurrentDml: false });
    }
    case 'dropConstraint': {
      const kind = op.constraintKind ?? ctx.table?.constraints.get(op.name)?.kind ?? null;
      // Dropping the primary key alone makes InnoDB invent a hidden clustered index: COPY only.
      if (kind === 'primaryKey') return verdict('COPY', 'dropping the primary key', { concurrentDml: false });
      return verdict('INPLACE', `dropping the constraint ${op.name}`);
    }
    case 'renameTable':
      return verdict('INSTANT', `renaming ${op.table} to ${op.newName}`);
    case 'alterTableOption':
      return tableOptionVerdict(op.option, op.detail, op.table, server);
    default:
      return null;
  }
}

/** ADD COLUMN is INSTANT on MySQL 8.0.29+ anywhere, 8.0.12+ as the last column; MariaDB 10.4+ anywhere, 10.3 last. */
function instantAddColumn(op: Extract<Op, { kind: 'addColumn' }>, server: MysqlServer): boolean {
  const appended = !op.position;
  if (server.mariadb) return server.version >= 100400 || (server.version >= 100300 && appended);
  return server.version >= 80029 || (server.version >= 80012 && appended);
}

function tableOptionVerdict(option: string, detail: string, table: string, server: MysqlServer): MysqlOnlineVerdict {
  switch (option) {
    case 'convertCharset':
      return verdict('COPY', `converting every text column of ${table} to ${detail}`, { concurrentDml: false });
    case 'defaultCharset':
      // MariaDB only records the new default; MySQL 8.0 documents it as in place without concurrent DML.
      return server.mariadb
        ? verdict('INSTANT', `changing the default character set of ${table}`)
        : verdict('INPLACE', `changing the default character set of ${table}`, { concurrentDml: false, rebuildsTable: true });
    case 'engine':
      if (detail === 'innodb') return verdict('INPLACE', `rebuilding ${table} (ENGINE=InnoDB)`, { rebuildsTable: true });
      return verdict('COPY', `moving ${table} to the ${detail} engine`, { concurrentDml: false });
    case 'force':
    case 'rowFormat':
    case 'keyBlockSize':
    case 'compression':
    case 'encryption':
      return verdict('INPLACE', `rebuilding ${table} (${detail})`, { rebuildsTable: true });
    case 'autoIncrement':
    case 'stats':
      return verdict('INPLACE', `changing ${detail} of ${table}`);
    case 'renameIndex':
    case 'indexVisibility':
    case 'columnVisibility':
      return verdict(server.mariadb || server.version >= 80000 ? 'INSTANT' : 'INPLACE', `${option === 'renameIndex' ? 'renaming index' : 'changing the visibility of'} ${detail}`);
    case 'columnOrder':
      return server.mariadb && server.version >= 100400
        ? verdict('INSTANT', `moving column ${detail}`)
        : verdict('INPLACE', `moving column ${detail}`, { rebuildsTable: true });
    case 'partition':
      // Repartitioning copies rows between partitions with writes blocked; the partition
      // maintenance clauses cannot be combined with ALGORITHM/LOCK at all.
      return verdict('COPY', `${detail} on ${table}`, { concurrentDml: false });
    case 'orderBy':
      return verdict('COPY', `reordering the rows of ${table}`, { concurrentDml: false });
    case 'keys':
    case 'checkEnforcement':
      return verdict('INPLACE', `${detail} on ${table}`);
    default:
      return verdict('COPY', `changing ${detail} of ${table}`, { concurrentDml: false });
  }
}

/** One ALTER TABLE / CREATE INDEX / DROP INDEX statement: its ops share a location and the `online` clauses. */
export interface MysqlStatementGroup {
  ops: Op[];
  loc: Loc;
  table: string;
}

/** Op kinds an ORM (Alembic, Knex) turns into ALTER TABLE / CREATE INDEX / DROP INDEX on MySQL. */
const ORM_ALTER_KINDS: ReadonlySet<Op['kind']> = new Set([
  'addColumn', 'dropColumn', 'renameColumn', 'alterColumnType', 'setNotNull', 'dropNotNull', 'setDefault', 'dropDefault',
  'createIndex', 'dropIndex', 'addConstraint', 'dropConstraint', 'alterTableOption',
]);

/**
 * Whether an op is part of a statement that could carry ALGORITHM=/LOCK=: SQL ops say so with
 * `online` (set by the MySQL front end on ALTER TABLE / CREATE INDEX / DROP INDEX); ORM builder
 * ops (no SQL text) are ALTERs that never carry them.
 */
function takesOnlineClauses(op: Op): boolean {
  if (op.online) return true;
  return op.sql === undefined && ORM_ALTER_KINDS.has(op.kind);
}

/** Groups the ops of ALTER-like statements (or ORM calls) by statement, in order. */
export function mysqlAlterStatements(ops: Op[]): MysqlStatementGroup[] {
  const groups: MysqlStatementGroup[] = [];
  for (const op of ops) {
    if (!takesOnlineClauses(op) || !('table' in op) || typeof op.table !== 'string') continue;
    const last = groups[groups.length - 1];
    if (last && last.loc.line === op.loc.line && last.loc.column === op.loc.column && last.loc.file === op.loc.file && last.ops[0]?.online === op.online && last.ops[0]?.sql === op.sql) {
      last.ops.push(op);
    } else groups.push({ ops: [op], loc: op.loc, table: op.table });
  }
  return groups;
}

/** The verdict for a whole statement: the weakest of its ops, plus the combinations MySQL special-cases. */
export function mysqlStatementOnline(
  ops: Op[],
  server: MysqlServer,
  contextOf: (op: Op) => MysqlOpContext,
): (MysqlOnlineVerdict & { worst: Op | null }) | null {
  // DROP PRIMARY KEY with ADD PRIMARY KEY in the same statement rebuilds in place with writes allowed.
  const replacesPrimaryKey =
    ops.some((op) => op.kind === 'dropConstraint' && (op.constraintKind === 'primaryKey' || op.name === 'PRIMARY')) &&
    ops.some((op) => op.kind === 'addConstraint' && op.constraint.kind === 'primaryKey');
  let result: (MysqlOnlineVerdict & { worst: Op | null }) | null = null;
  for (const op of ops) {
    let v = mysqlOpOnline(op, server, contextOf(op));
    if (!v) continue;
    if (replacesPrimaryKey && op.kind === 'dropConstraint') v = verdict('INPLACE', 'replacing the primary key', { rebuildsTable: true });
    if (!result) {
      // Assigned, not `{ ...v, worst: op }` (V8's slow clone path): the same keys in the same order.
      result = Object.assign({}, v, { worst: op });
      continue;
    }
    const worse: boolean = RANK[v.algorithm] > RANK[result.algorithm] || (!v.concurrentDml && result.concurrentDml);
    result = {
      algorithm: RANK[v.algorithm] > RANK[result.algorithm] ? v.algorithm : result.algorithm,
      concurrentDml: result.concurrentDml && v.concurrentDml,
      rebuildsTable: result.rebuildsTable || v.rebuildsTable,
      what: worse ? v.what : result.what,
      worst: worse ? op : result.worst,
    };
  }
  return result;
}

/**
 * For each op of one migration (in order), whether `SET foreign_key_checks = 0` is in force
 * before it. One pass, so judging every statement stays linear in the migration's size.
 */
export function foreignKeyChecksOffByOp(ops: Op[]): Map<Op, boolean> {
  const offBefore = new Map<Op, boolean>();
  let off = false;
  for (const o of ops) {
    offBefore.set(o, off);
    if (o.kind === 'other' && o.statement === 'SET' && typeof o.object === 'string' && o.object.startsWith('foreign_key_checks=')) {
      off = o.object === 'foreign_key_checks=0';
    }
  }
  return offBefore;
}

/** Whether `SET foreign_key_checks = 0` is in force before `op` (ops of one migration, in order). */
export function foreignKeyChecksOffBefore(ops: Op[], op: Op): boolean {
  return foreignKeyChecksOffByOp(ops).get(op) ?? false;
}

/** The server rules assume when the config names none: MySQL 8.0.35 / MariaDB 10.11 (config.ts defaults). */
export function mysqlServerOf(settings: { mysqlVersion: number | null; mariadb: boolean }): MysqlServer {
  return { version: settings.mysqlVersion ?? (settings.mariadb ? 101100 : 80035), mariadb: settings.mariadb };
}

/** The explicit clause that keeps a change online, for suggestions: INSTANT where possible, else INPLACE + LOCK=NONE. */
export function onlineClause(v: MysqlOnlineVerdict): string {
  // MySQL rejects LOCK=NONE together with ALGORITHM=INSTANT ("only LOCK=DEFAULT is permitted").
  return v.algorithm === 'INSTANT' ? 'ALGORITHM=INSTANT' : 'ALGORITHM=INPLACE, LOCK=NONE';
}

/**
 * `ALGORITHM=x` / `LOCK x`. Written `\s*(?:=\s*)?`, not `\s*=?\s*`: two adjacent `\s*` split a
 * whitespace run every possible way (quadratic per keyword, seconds on a 1 KB statement).
 */
const ONLINE_CLAUSE_KEYWORD = /\b(?:ALGORITHM|LOCK)\s*(?:=\s*)?(?:DEFAULT|INSTANT|INPLACE|COPY|NOCOPY|NONE|SHARED|EXCLUSIVE)\b/gi;
const ALTER_HEAD = /^\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+(?:IF\s+EXISTS\s+)?((?:`[^`]*`|\w+)(?:\.(?:`[^`]*`|\w+))?)\s*/i;

function isWhitespace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/**
 * `sql` without its online clauses, each with the whitespace and one comma before it: what
 * `replace(/\s*,?\s*\b(?:ALGORITHM|LOCK)…/gi, '')` removes, found keyword first and extended to
 * the left by hand (the regex tried every start in front of every whitespace run: quartic).
 */
export function removeOnlineClauses(sql: string): string {
  let out = '';
  let copied = 0;
  for (const m of sql.matchAll(ONLINE_CLAUSE_KEYWORD)) {
    let start = m.index;
    while (start > copied && isWhitespace(sql[start - 1])) start--;
    if (start > copied && sql[start - 1] === ',') {
      start--;
      while (start > copied && isWhitespace(sql[start - 1])) start--;
    }
    out += sql.slice(copied, start);
    copied = m.index + m[0].length;
  }
  return out + sql.slice(copied);
}

/** `text` without trailing whitespace and semicolons (`(?<!…)` starts the match only where the run starts: linear). */
export function trimTrailingSemicolons(text: string): string {
  return text.replace(/(?<![\s;])[\s;]+$/, '');
}

/** The statement as written without its ALGORITHM=/LOCK= clauses (and without a trailing `;`). */
export function withoutOnlineClauses(sql: string): string {
  return trimTrailingSemicolons(removeOnlineClauses(sql).replace(/^(\s*ALTER\s+(?:ONLINE\s+)?(?:IGNORE\s+)?TABLE\s+\S+)\s*,\s*/i, '$1 '));
}

/** The statement as written with its ALGORITHM=/LOCK= clauses replaced by `clause` (for suggestions). */
export function withOnlineClause(sql: string, clause: string): string {
  let bare = withoutOnlineClauses(sql);
  // MariaDB's DROP INDEX takes no ALGORITHM/LOCK clause (10.11 grammar); the ALTER TABLE form works on both servers.
  const dropIndex = /^\s*DROP\s+INDEX\s+(IF\s+EXISTS\s+)?(\S+)\s+ON\s+(\S+)\s*$/i.exec(bare);
  if (dropIndex) bare = `ALTER TABLE ${dropIndex[3]} DROP INDEX ${dropIndex[1] ?? ''}${dropIndex[2]}`;
  // CREATE INDEX takes the clauses without a comma.
  if (/^\s*CREATE\b/i.test(bare)) return `${bare} ${clause.replace(',', '')};`;
  return `${bare}, ${clause};`;
}

/** The actions of an ALTER TABLE without its head and online clauses (`ADD COLUMN x int`), for online-schema-change tools. */
export function alterActions(sql: string): { table: string; actions: string } | null {
  const head = ALTER_HEAD.exec(sql);
  if (!head) return null;
  const actions = trimTrailingSemicolons(removeOnlineClauses(sql.slice(head[0].length)).replace(/^\s*,\s*/, '')).replace(/\s+/g, ' ');
  return { table: (head[1] ?? '').replace(/`/g, ''), actions };
}

/** A statement on a table that existed before the change, with its verdict (what both MySQL rules judge). */
export interface JudgedMysqlStatement extends MysqlStatementGroup {
  verdict: MysqlOnlineVerdict & { worst: Op | null };
}

/** What judging a statement reads of each op's schema facts. */
type JudgedOpFacts = { tableExisted: boolean; column: ColumnState | null; table: TableState | null; columnInPrimaryKey?: boolean };

/**
 * Judges every ALTER TABLE / CREATE INDEX / DROP INDEX of a migration's upgrade on a table that
 * existed before it (tables created in the same change are empty and unseen: exempt).
 */
export function judgeMysqlStatements(ops: Op[], server: MysqlServer, factsOf: (op: Op) => JudgedOpFacts): JudgedMysqlStatement[] {
  const judged: JudgedMysqlStatement[] = [];
  const foreignKeyChecksOff = foreignKeyChecksOffByOp(ops);
  for (const group of mysqlAlterStatements(ops)) {
    const first = group.ops[0];
    if (!first || !factsOf(first).tableExisted) continue;
    const verdict = mysqlStatementOnline(group.ops, server, (op) => {
      const facts = factsOf(op);
      return { column: facts.column, table: facts.table, foreignKeyChecksOff: foreignKeyChecksOff.get(op) ?? false, columnInPrimaryKey: facts.columnInPrimaryKey };
    });
    if (verdict) judged.push(Object.assign({}, group, { verdict }));
  }
  return judged;
}

/**
 * `judgeMysqlStatements` of the migration's upgrade, computed once for both MySQL rules (they
 * judge the same statements for the same server).
 */
export function judgedMysqlStatements(
  ctx: { ops(): Op[]; facts(op: Op): JudgedOpFacts; shared<T>(key: string, compute: () => T): T },
  server: MysqlServer,
): JudgedMysqlStatement[] {
  return ctx.shared(`mysql-judged-statements:${server.mariadb ? 'mariadb' : 'mysql'}:${server.version}`, () => judgeMysqlStatements(ctx.ops(), server, (op) => ctx.facts(op)));
}

/** How the server will be asked: what the ALTER's explicit clauses guarantee. */
export function explicitOnline(online: OnlineDdl | undefined): { forcesCopy: boolean; blockingLock: boolean; guaranteedOnline: boolean } {
  const algorithm = (online?.algorithm ?? '').toUpperCase();
  const lock = (online?.lock ?? '').toUpperCase();
  return {
    forcesCopy: algorithm === 'COPY',
    blockingLock: lock === 'SHARED' || lock === 'EXCLUSIVE',
    // INSTANT never blocks writes; LOCK=NONE makes the server refuse rather than block.
    guaranteedOnline: (algorithm === 'INSTANT' && lock !== 'SHARED' && lock !== 'EXCLUSIVE') || (lock === 'NONE' && algorithm !== 'COPY'),
  };
}

/**
 * Renders the actions of a statement group as MySQL ALTER TABLE text, for suggestions on ORM ops
 * that have no SQL of their own. `typeOf` gives a column's current type (MODIFY must restate it).
 */
export function renderMysqlAlter(ops: Op[], typeOf: (table: string, column: string) => SqlType | null): { table: string; actions: string } {
  const table = ops.find((op): op is Op & { table: string } => 'table' in op && typeof op.table === 'string')?.table ?? '<table>';
  const actions: string[] = [];
  /** MODIFY restates type, nullability and default together: collect them per column. */
  const modify = new Map<string, { type: string | null; notNull: boolean | null; default: string | null }>();
  const modifyOf = (column: string) => {
    let m = modify.get(column);
    if (!m) {
      m = { type: null, notNull: null, default: null };
      modify.set(column, m);
      actions.push(`\u0000${column}`);
    }
    return m;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'addColumn': {
        const c = op.column;
        const position = op.position === 'first' ? ' FIRST' : op.position ? ` AFTER ${op.position.after}` : '';
        actions.push(`ADD COLUMN ${c.name} ${c.type?.text ?? '<type>'}${c.notNull ? ' NOT NULL' : ''}${c.default ? ` DEFAULT ${c.default.sql}` : ''}${position}`);
        break;
      }
      case 'dropColumn':
        actions.push(`DROP COLUMN ${op.column}`);
        break;
      case 'renameColumn':
        actions.push(`RENAME COLUMN ${op.column} TO ${op.newName}`);
        break;
      case 'alterColumnType':
        modifyOf(op.column).type = op.type.text;
        break;
      case 'setNotNull':
      case 'dropNotNull':
        modifyOf(op.column).notNull = op.kind === 'setNotNull';
        break;
      case 'setDefault':
        if (modify.has(op.column)) modifyOf(op.column).default = op.default.sql;
        else actions.push(`ALTER COLUMN ${op.column} SET DEFAULT ${op.default.sql}`);
        break;
      case 'dropDefault':
        actions.push(`ALTER COLUMN ${op.column} DROP DEFAULT`);
        break;
      case 'createIndex': {
        const kind = op.unique ? 'UNIQUE INDEX' : op.method === 'fulltext' ? 'FULLTEXT INDEX' : op.method === 'spatial' ? 'SPATIAL INDEX' : 'INDEX';
        actions.push(`ADD ${kind}${op.name ? ` ${op.name}` : ''} (${op.columns.join(', ')})`);
        break;
      }
      case 'dropIndex':
        actions.push(`DROP INDEX ${op.name}`);
        break;
      case 'addConstraint': {
        const c = op.constraint;
        const named = c.name && c.kind !== 'primaryKey' ? `CONSTRAINT ${c.name} ` : '';
        if (c.kind === 'primaryKey') actions.push(`ADD PRIMARY KEY (${c.columns.join(', ')})`);
        else if (c.kind === 'foreignKey') {
          const references = c.references ? ` REFERENCES ${c.references.table} (${c.references.columns.join(', ')})` : '';
          actions.push(`ADD ${named}FOREIGN KEY (${c.columns.join(', ')})${references}`);
        } else if (c.kind === 'check') actions.push(`ADD ${named}CHECK (${c.expression ?? '...'})`);
        else actions.push(`ADD ${named}UNIQUE (${c.columns.join(', ')})`);
        break;
      }
      case 'dropConstraint':
        actions.push(op.constraintKind === 'primaryKey' ? 'DROP PRIMARY KEY' : op.constraintKind === 'foreignKey' ? `DROP FOREIGN KEY ${op.name}` : `DROP CONSTRAINT ${op.name}`);
        break;
      case 'alterTableOption':
        actions.push(op.option === 'convertCharset' ? `CONVERT TO CHARACTER SET ${op.detail}` : op.option === 'engine' ? `ENGINE=${op.detail}` : op.detail);
        break;
      default:
        break;
    }
  }
  const rendered = actions.map((action) => {
    if (!action.startsWith('\u0000')) return action;
    const column = action.slice(1);
    const m = modify.get(column)!;
    const type = m.type ?? typeOf(table, column)?.text ?? '<type>';
    return `MODIFY COLUMN ${column} ${type}${m.notNull ? ' NOT NULL' : ''}${m.default !== null ? ` DEFAULT ${m.default}` : ''}`;
  });
  return { table, actions: rendered.join(', ') };
}

/** The SQL of a statement group: as written for SQL ops, rendered from the IR for ORM calls. */
export function mysqlStatementText(group: MysqlStatementGroup, typeOf: (table: string, column: string) => SqlType | null): string {
  const sql = group.ops[0]?.sql;
  if (sql) return sql;
  const { table, actions } = renderMysqlAlter(group.ops, typeOf);
  return `ALTER TABLE ${table} ${actions}`;
}

/** A suggested SQL statement in the migration's own framework: as is for SQL, `op.execute(...)` for Alembic, `knex.raw(...)` for Knex. */
export function inFramework(sql: string, framework: Framework): string {
  const statement = sql.replace(/;\s*$/, '');
  if (framework === 'alembic') return `op.execute(${JSON.stringify(statement)})`;
  if (framework === 'knex') return `knex.raw('${statement.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}')`;
  return `${statement};`;
}
