import type { Op } from '../../src/ir.js';
import { lowerMysqlSql } from '../../src/parse/sql/mysql/index.js';
import { fixtureText } from './fixtures.js';

const origin = { file: 'db/migrations/0002_orders.sql', line: 1, column: 1 };

async function lower(text: string, at = origin): Promise<Op[]> {
  return (await lowerMysqlSql(text, at)).ops;
}

/** The ops lowered from the fixture's statement on `line`, without location and SQL. */
function onLine(ops: Op[], line: number): Record<string, unknown>[] {
  return ops
    .filter((op) => op.loc.line === line)
    .map((op) => {
      const { loc, sql, ...rest } = op;
      void loc;
      void sql;
      return rest;
    });
}

describe('MySQL lowering', () => {
  let ops: Op[] = [];
  beforeAll(async () => {
    ops = await lower(fixtureText('lowering-forms.sql'));
  });

  test('every statement of the fixture is understood except the two that are not SQL we know', () => {
    const unparsed = ops.filter((op) => op.kind === 'unparsed').map((op) => op.loc.line);
    expect(unparsed).toEqual([46, 47]);
  });

  test('CREATE TABLE: normalised types, BOOL, UNSIGNED, charset from the table default, volatile defaults, keys', () => {
    const [create, index] = onLine(ops, 2);
    expect(create).toMatchObject({ kind: 'createTable', table: 'shop.orders', ifNotExists: true });
    const columns = (create as { columns: { name: string; type: { name: string; args: number[]; charset?: string }; notNull: boolean }[] }).columns;
    expect(columns.map((c) => [c.name, c.type.name, c.type.args, c.notNull])).toEqual([
      ['id', 'bigint unsigned', [], true],
      ['customer_id', 'int', [], true],
      ['paid', 'tinyint', [1], true],
      ['total', 'decimal', [10, 2], true],
      ['token', 'char', [36], false],
      ['note', 'varchar', [255], false],
      ['created_at', 'timestamp', [6], true],
    ]);
    expect(columns[4]).toMatchObject({ default: { sql: '(UUID())', volatile: true }, type: { charset: 'utf8mb4' } });
    expect(columns[5]).toMatchObject({ type: { charset: 'latin1' } });
    expect(columns[6]).toMatchObject({ default: { sql: 'CURRENT_TIMESTAMP(6)', volatile: false } });
    expect((create as { constraints: unknown[] }).constraints).toEqual([
      { name: 'PRIMARY', kind: 'primaryKey', columns: ['id'], notValid: false, usingIndex: null },
      { name: 'orders_token_uq', kind: 'unique', columns: ['token'], notValid: false, usingIndex: null },
      { name: 'orders_customer_fk', kind: 'foreignKey', columns: ['customer_id'], notValid: false, usingIndex: null, references: { table: 'customers', columns: ['id'] } },
    ]);
    expect(index).toMatchObject({ kind: 'createIndex', name: 'orders_customer_idx', columns: ['customer_id'] });
    expect(ops.find((op) => op.loc.line === 2)!.loc).toEqual({ file: origin.file, line: 2, endLine: 14, column: 1 });
  });

  test('ADD COLUMN with position and ALGORITHM/LOCK; ADD (...) of columns and indexes', () => {
    expect(onLine(ops, 15)).toEqual([
      {
        kind: 'addColumn',
        table: 'orders',
        column: { name: 'status', type: { name: 'varchar', args: [20], array: false, text: 'VARCHAR(20)' }, notNull: true, default: { sql: "'new'", volatile: false } },
        ifNotExists: false,
        position: { after: 'paid' },
        online: { algorithm: 'INPLACE', lock: 'NONE' },
      },
    ]);
    expect(onLine(ops, 16)).toMatchObject([{ kind: 'addColumn', position: 'first', online: {} }]);
    expect(onLine(ops, 17)).toMatchObject([
      { kind: 'addColumn', column: { name: 'shipped', type: { name: 'tinyint', args: [1] } } },
      { kind: 'createIndex', name: 'orders_shipped_idx', columns: ['shipped'], unique: false },
    ]);
  });

  test('MODIFY and CHANGE restate the column: type, nullability, default, rename', () => {
    expect(onLine(ops, 18)).toMatchObject([
      { kind: 'alterColumnType', table: 'orders', column: 'note', type: { name: 'varchar', args: [500] } },
      { kind: 'setNotNull', column: 'note' },
    ]);
    expect(onLine(ops, 19)).toMatchObject([
      { kind: 'renameColumn', column: 'total', newName: 'amount' },
      { kind: 'alterColumnType', column: 'amount', type: { name: 'decimal', args: [12, 2] } },
      { kind: 'dropNotNull', column: 'amount' },
      { kind: 'setDefault', column: 'amount', default: { sql: '0' } },
    ]);
  });

  test('DROP INDEX `PRIMARY` drops the primary key', async () => {
    expect(await lower('ALTER TABLE t DROP INDEX `PRIMARY`;')).toMatchObject([{ kind: 'dropConstraint', name: 'PRIMARY', constraintKind: 'primaryKey' }]);
  });

  test('MODIFY ... AFTER / CHANGE ... FIRST also move the column', async () => {
    const moved = await lower('ALTER TABLE t MODIFY a INT AFTER b, CHANGE c d INT FIRST;');
    expect(moved.filter((op) => op.kind === 'alterTableOption')).toMatchObject([
      { option: 'columnOrder', detail: 'a AFTER b' },
      { option: 'columnOrder', detail: 'd FIRST' },
    ]);
  });

  test('ADD/DROP INDEX (plain, unique, fulltext), foreign keys, primary keys', () => {
    expect(onLine(ops, 20)).toMatchObject([
      { kind: 'createIndex', name: 'orders_created_idx', unique: false, method: null },
      { kind: 'createIndex', name: 'orders_amount_uq', unique: true },
      { kind: 'createIndex', name: 'orders_note_ft', method: 'fulltext' },
    ]);
    expect(onLine(ops, 21)).toMatchObject([
      { kind: 'dropIndex', name: 'orders_created_idx', table: 'orders' },
      { kind: 'dropIndex', name: 'orders_amount_uq', table: 'orders' },
    ]);
    expect(onLine(ops, 22)).toMatchObject([
      { kind: 'addConstraint', constraint: { name: 'orders_customer_fk2', kind: 'foreignKey', columns: ['customer_id'], references: { table: 'customers', columns: ['id'] } } },
      { kind: 'dropConstraint', name: 'orders_customer_fk', constraintKind: 'foreignKey' },
    ]);
    expect(onLine(ops, 23)).toMatchObject([
      { kind: 'dropConstraint', name: 'PRIMARY', constraintKind: 'primaryKey' },
      { kind: 'addConstraint', constraint: { name: 'PRIMARY', kind: 'primaryKey', columns: ['id', 'customer_id'] } },
    ]);
  });

  test('renames, charset conversion, engine/row format/charset options, visibility, defaults, partitions', () => {
    expect(onLine(ops, 24)).toMatchObject([
      { kind: 'renameColumn', column: 'note', newName: 'remark' },
      { kind: 'alterTableOption', option: 'renameIndex', detail: 'orders_customer_idx TO orders_cust_idx' },
    ]);
    expect(onLine(ops, 25)).toMatchObject([{ kind: 'renameTable', table: 'orders', newName: 'purchase_orders' }]);
    expect(onLine(ops, 26)).toMatchObject([{ kind: 'alterTableOption', option: 'convertCharset', detail: 'utf8mb4' }]);
    expect(onLine(ops, 27)).toMatchObject([
      { kind: 'alterTableOption', option: 'engine', detail: 'innodb' },
      { kind: 'alterTableOption', option: 'rowFormat', detail: 'ROW_FORMAT=COMPRESSED' },
      { kind: 'alterTableOption', option: 'defaultCharset', detail: 'latin1' },
    ]);
    expect(onLine(ops, 28)).toMatchObject([
      { kind: 'alterTableOption', option: 'indexVisibility', detail: 'orders_cust_idx INVISIBLE' },
      { kind: 'setDefault', column: 'paid', default: { sql: 'TRUE' } },
      { kind: 'dropDefault', column: 'status' },
    ]);
    expect(onLine(ops, 29)).toMatchObject([{ kind: 'alterTableOption', option: 'partition', detail: 'PARTITION BY' }]);
    expect(onLine(ops, 30)).toMatchObject([{ kind: 'alterTableOption', option: 'partition', detail: 'ADD PARTITION' }]);
    expect(onLine(ops, 31)).toMatchObject([
      { kind: 'dropColumn', column: 'first_col' },
      { kind: 'addConstraint', constraint: { name: 'amount_positive', kind: 'check', expression: 'amount > 0' } },
      { kind: 'comment', target: 'table', table: 'purchase_orders', text: 'deprecated: use orders_v2' },
    ]);
  });

  test('CREATE INDEX / DROP INDEX statements carry their online clauses; other statements carry none', () => {
    expect(onLine(ops, 32)).toMatchObject([{ kind: 'createIndex', unique: true, online: { algorithm: 'INPLACE', lock: 'NONE' } }]);
    expect(onLine(ops, 33)).toMatchObject([{ kind: 'dropIndex', name: 'po_token_uq', table: 'purchase_orders', online: {} }]);
    for (const line of [34, 35, 36, 37, 38, 39]) for (const op of onLine(ops, line)) expect(op.online).toBeUndefined();
  });

  test('RENAME TABLE, TRUNCATE, DML, DROP TABLE, SET, transactions, views, DROP DATABASE', () => {
    expect(onLine(ops, 34)).toEqual([
      { kind: 'renameTable', table: 'purchase_orders', newName: 'orders' },
      { kind: 'renameTable', table: 'audit', newName: 'audit_old' },
    ]);
    expect(onLine(ops, 35)).toEqual([{ kind: 'truncate', tables: ['audit_old'] }]);
    expect(onLine(ops, 36)).toEqual([{ kind: 'dml', action: 'update', table: 'orders', hasWhere: true }]);
    expect(onLine(ops, 37)).toEqual([{ kind: 'dml', action: 'delete', table: 'orders', hasWhere: false }]);
    expect(onLine(ops, 38)).toEqual([{ kind: 'dml', action: 'insert', table: 'orders', hasWhere: false }]);
    expect(onLine(ops, 39)).toEqual([
      { kind: 'dropTable', table: 'audit_old', ifExists: true, cascade: false, conditional: true },
      { kind: 'dropTable', table: 'scratch', ifExists: true, cascade: false, conditional: true },
    ]);
    expect(onLine(ops, 40)).toEqual([{ kind: 'other', statement: 'SET', object: 'foreign_key_checks=0' }]);
    expect(onLine(ops, 41)).toEqual([{ kind: 'setLockTimeout', ms: 5000, local: false }]);
    expect(onLine(ops, 42)).toEqual([{ kind: 'transaction', action: 'begin' }]);
    expect(onLine(ops, 43)).toEqual([{ kind: 'transaction', action: 'commit' }]);
    expect(onLine(ops, 44)).toEqual([{ kind: 'other', statement: 'CREATE VIEW', object: 'paid_orders' }]);
    expect(onLine(ops, 45)).toEqual([{ kind: 'dropSchema', target: 'database', name: 'legacy' }]);
  });

  test('an unknown ALTER action and non-SQL become parse errors at their line; the rest is still lowered', () => {
    expect(onLine(ops, 46)).toEqual([{ kind: 'unparsed', reason: 'parse', message: 'ALTER TABLE orders: action not understood: FROBNICATE everything' }]);
    expect(onLine(ops, 47)).toMatchObject([{ kind: 'unparsed', reason: 'parse' }]);
  });

  test('each op keeps the SQL text of its statement', () => {
    const alter = ops.find((op) => op.loc.line === 18)!;
    expect(alter.sql).toBe('ALTER TABLE orders MODIFY note VARCHAR(500) NOT NULL');
  });

  test('embedded SQL: lines and the first line\'s column are offset by the origin', async () => {
    const embedded = await lower('ALTER TABLE t ADD COLUMN a int;\n  ALTER TABLE t\n    DROP COLUMN b;', { file: 'alembic/versions/x.py', line: 12, column: 17 });
    expect(embedded.map((op) => op.loc)).toEqual([
      { file: 'alembic/versions/x.py', line: 12, endLine: 12, column: 17 },
      { file: 'alembic/versions/x.py', line: 13, endLine: 14, column: 3 },
    ]);
  });

  test('statements are counted; empty input lowers to nothing', async () => {
    expect((await lowerMysqlSql('SELECT 1; SELECT 2;', origin)).statements).toBe(2);
    expect(await lowerMysqlSql('-- nothing\n', origin)).toEqual({ ops: [], statements: 0 });
  });

  test('executable comments run as the configured server runs them', async () => {
    const text = [
      '/*!40101 SET NAMES utf8mb4 */;',
      '/*!80013 ALTER TABLE t ADD INDEX for_mysql8 (c) */;',
      '/*M!100500 ALTER TABLE t ADD INDEX for_mariadb (c) */;',
      '/*! ALTER TABLE t ADD INDEX for_all (c) */;',
      'ALTER TABLE t /*!50700 ADD INDEX inline_57 (c), */ ADD INDEX always (d);',
    ].join('\n');
    const names = async (server?: { version: number; mariadb: boolean }) =>
      (await lowerMysqlSql(text, origin, server)).ops.flatMap((op) => (op.kind === 'createIndex' ? [op.name] : op.kind === 'unparsed' ? [`unparsed: ${op.message}`] : []));
    expect(await names()).toEqual(['for_mysql8', 'for_mariadb', 'for_all', 'inline_57', 'always']);
    expect(await names({ version: 80035, mariadb: false })).toEqual(['for_mysql8', 'for_all', 'inline_57', 'always']);
    expect(await names({ version: 50744, mariadb: false })).toEqual(['for_all', 'inline_57', 'always']);
    // MariaDB compares its own version number, so it runs the MySQL 8 comment too.
    expect(await names({ version: 101100, mariadb: true })).toEqual(['for_mysql8', 'for_mariadb', 'for_all', 'inline_57', 'always']);
    expect(await names({ version: 100400, mariadb: true })).toEqual(['for_mysql8', 'for_all', 'inline_57', 'always']);
    // A comment-only statement the server skips is nothing, not a parse error.
    const skipped = await lowerMysqlSql('/*M!100500 ALTER TABLE t ADD INDEX x (c) */;', origin, { version: 80035, mariadb: false });
    expect(skipped.ops.filter((op) => op.kind === 'unparsed')).toEqual([]);
  });

  test('MariaDB forms: IF [NOT] EXISTS guards, ALTER INDEX IGNORED, executable comments', async () => {
    const mariadb = await lower(
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS c int, DROP COLUMN IF EXISTS d, ADD INDEX IF NOT EXISTS i (c), ALTER INDEX j IGNORED;\n/*!80013 ALTER TABLE t ADD INDEX k (c) */;',
    );
    expect(mariadb.map((op) => op.kind)).toEqual(['addColumn', 'dropColumn', 'createIndex', 'alterTableOption', 'createIndex']);
    expect(mariadb[0]).toMatchObject({ ifNotExists: true });
    expect(mariadb[1]).toMatchObject({ ifExists: true });
    expect(mariadb[2]).toMatchObject({ name: 'i', columns: ['c'] });
    expect(mariadb[3]).toMatchObject({ option: 'indexVisibility', detail: 'j IGNORED' });
    expect(mariadb[4]).toMatchObject({ name: 'k', loc: { line: 2 } });
  });

  test('stored routines and triggers are recognised, not parse errors', async () => {
    const routines = await lower(fixtureText('split-delimiter.sql'));
    expect(routines.filter((op) => op.kind === 'unparsed')).toEqual([]);
    expect(routines.filter((op) => op.kind === 'other').map((op) => (op.kind === 'other' ? `${op.statement} ${op.object}` : ''))).toEqual([
      'CREATE PROCEDURE add_account',
      'CREATE TRIGGER accounts_bi',
      'CREATE FUNCTION one',
      'CREATE PROCEDURE no_delimiter',
      'CREATE TRIGGER accounts_bu',
    ]);
  });

  test('statements recognised but not modelled, MySQL-only DML, and mysqldump\'s foreign_key_checks save/restore', async () => {
    const other = await lower(fixtureText('lowering-other.sql'));
    const brief = other.map((op) => {
      if (op.kind === 'other') return `${op.loc.line} other ${op.statement}${op.object ? ` ${op.object}` : ''}`;
      if (op.kind === 'dml') return `${op.loc.line} ${op.action} ${op.table} where=${op.hasWhere}`;
      if (op.kind === 'createTable') return `${op.loc.line} createTable ${op.table}${op.asSelect ? ' as select' : ''}`;
      return `${op.loc.line} ${op.kind}`;
    });
    expect(brief).toEqual([
      '1 other ALTER VIEW v',
      '2 other ALTER EVENT e',
      '3 other ALTER DATABASE shop',
      '4 other SELECT',
      '5 unparsed',
      '6 other SET foreign_key_checks=0',
      '7 other SET foreign_key_checks=1',
      '8 other GRANT',
      '9 other USE',
      '10 other CALL',
      '11 insert t where=false',
      '12 insert t where=false',
      '13 update t where=true',
      '14 delete t where=false',
      '15 other LOCK',
      '16 other UNLOCK',
      '17 createTable t2',
      '18 createTable t3 as select',
      '19 other OPTIMIZE',
      '20 other CREATE SEQUENCE s',
    ]);
  });

  test('a large seed INSERT is lowered from its tokens, and the lines after it stay exact', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `(${i}, 'row; ${i} -- not a comment')`).join(',\n');
    const seeded = await lower(`INSERT INTO countries (id, name) VALUES\n${rows};\nALTER TABLE countries ADD COLUMN iso CHAR(2);`);
    expect(seeded.map((op) => [op.kind, op.loc.line, op.loc.endLine])).toEqual([
      ['dml', 1, 3001],
      ['addColumn', 3002, 3002],
    ]);
  });

  test('never throws, whatever the input', async () => {
    for (const junk of ['ALTER TABLE', 'ALTER TABLE t ADD', 'CREATE', "'", '`', '(((', 'DROP', 'CREATE INDEX i ON', 'ALTER TABLE t MODIFY', '\u0000\u0001']) {
      await expect(lowerMysqlSql(junk, origin)).resolves.toBeDefined();
    }
  });
});

describe('PREPARE … FROM: conditional DDL', () => {
  const idiom = [
    'SET @s = (SELECT IF(',
    "  (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'Events' AND column_name = 'StateId') > 0,",
    '  "SELECT \'Column StateId exists\'",',
    '  "ALTER TABLE Events ADD `StateId` int unsigned default NULL"',
    '));',
    'PREPARE stmt FROM @s;',
    'EXECUTE stmt;',
  ].join('\n');

  test('the DDL branch of SET @s = IF(…) is lowered at the literal\'s line', async () => {
    const ops = await lower(idiom);
    const add = ops.find((op) => op.kind === 'addColumn');
    expect(add).toMatchObject({ kind: 'addColumn', table: 'Events', column: { name: 'stateid' }, loc: { line: 4 } });
    expect(ops.filter((op) => op.kind === 'unparsed')).toEqual([]);
  });

  test('PREPARE from a literal is lowered; from CONCAT or an unknown variable it is unanalyzable, never silent', async () => {
    const literal = await lower("PREPARE stmt FROM 'DROP INDEX idx_a ON t';\nEXECUTE stmt;");
    expect(literal.map((op) => op.kind)).toEqual(['other', 'dropIndex', 'other']);
    const concat = await lower("SET @sql = CONCAT('ALTER TABLE ', @tbl, ' ADD COLUMN c int');\nPREPARE stmt FROM @sql;\nEXECUTE stmt;");
    expect(concat.filter((op) => op.kind === 'unparsed')).toEqual([expect.objectContaining({ reason: 'dynamic', loc: expect.objectContaining({ line: 2 }) })]);
    expect(concat.some((op) => op.kind === 'addColumn')).toBe(false);
    const fromOther = await lower("SET @sql = @template;\nPREPARE stmt FROM @sql;");
    expect(fromOther.filter((op) => op.kind === 'unparsed')).toEqual([expect.objectContaining({ reason: 'dynamic', message: expect.stringContaining('@template') })]);
    const unknown = await lower('PREPARE stmt FROM @nowhere;\nEXECUTE stmt;');
    expect(unknown.filter((op) => op.kind === 'unparsed')).toEqual([expect.objectContaining({ reason: 'dynamic', message: expect.stringContaining('@nowhere') })]);
  });
});

test('MySQL names: tables keep their case (two tables on Linux), columns and indexes compare in lower case', async () => {
  const ops = await lower('ALTER TABLE Monitors ADD COLUMN `CaptureFPS` int, ADD INDEX `IDX_Fps` (CaptureFPS);\nALTER TABLE `monitors` DROP COLUMN capturefps;');
  expect(ops.map((op) => [op.kind, 'table' in op ? op.table : null])).toEqual([['addColumn', 'Monitors'], ['createIndex', 'Monitors'], ['dropColumn', 'monitors']]);
  expect(ops[0]).toMatchObject({ column: { name: 'capturefps' } });
  expect(ops[1]).toMatchObject({ name: 'idx_fps', columns: ['capturefps'] });
});

test('PREPARE: a variable that keeps its earlier value on one branch, a condition variable, one lowering per SET', async () => {
  const ops = await lower([
    "SET @exist := (SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'Frames');",
    "SET @s := IF(@exist > 1, \"SELECT 'manual cleanup'\", \"ALTER TABLE Frames ADD INDEX frames_event (EventId)\");",
    "SET @s := IF(@exist = 1, \"SELECT 'exists'\", @s);",
    'PREPARE stmt FROM @s;',
    'EXECUTE stmt;',
    'PREPARE stmt FROM @s;',
  ].join('\n'));
  expect(ops.filter((op) => op.kind === 'unparsed')).toEqual([]);
  expect(ops.filter((op) => op.kind === 'createIndex')).toEqual([expect.objectContaining({ name: 'frames_event', loc: expect.objectContaining({ line: 2 }) })]);
  const selects = await lower("SET @s := IF(@exist = 0, \"SELECT 'a'\", @s);\nPREPARE stmt FROM @s;");
  expect(selects.filter((op) => op.kind === 'unparsed')).toEqual([]);
});
