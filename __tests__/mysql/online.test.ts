import type { Op, SqlType } from '../../src/ir.js';
import {
  alterActions,
  bytesPerChar,
  explicitOnline,
  foreignKeyChecksOffBefore,
  inFramework,
  isOnline,
  mysqlAlterStatements,
  mysqlOpOnline,
  mysqlServerOf,
  mysqlStatementOnline,
  onlineClause,
  renderMysqlAlter,
  withOnlineClause,
  withoutOnlineClauses,
  type MysqlOpContext,
  type MysqlServer,
} from '../../src/schema/mysql-online.js';
import { lowerMysqlSql } from '../../src/parse/sql/mysql/index.js';

const mysql = (v: number): MysqlServer => ({ version: v, mariadb: false });
const mariadb = (v: number): MysqlServer => ({ version: v, mariadb: true });
const none: MysqlOpContext = { column: null, table: null, foreignKeyChecksOff: false };
const varchar = (n: number, charset?: string): SqlType => ({ name: 'varchar', args: [n], array: false, text: `varchar(${n})`, ...(charset ? { charset } : {}) });
const withColumn = (type: SqlType, notNull = false): MysqlOpContext => ({
  ...none,
  column: { name: 'c', type, notNull, default: null, comment: null, deprecated: false, createdInChange: false },
});

async function opsOf(sql: string): Promise<Op[]> {
  return (await lowerMysqlSql(sql, { file: 'x.sql', line: 1, column: 1 })).ops;
}

async function firstOp(sql: string): Promise<Op> {
  return (await opsOf(sql))[0]!;
}

describe('MySQL online-DDL table', () => {
  test('ADD COLUMN: INSTANT by version and position', async () => {
    const last = await firstOp('ALTER TABLE t ADD COLUMN c int;');
    const after = await firstOp('ALTER TABLE t ADD COLUMN c int AFTER b;');
    const algorithm = (op: Op, server: MysqlServer) => mysqlOpOnline(op, server, none)!.algorithm;
    expect([algorithm(last, mysql(50744)), algorithm(last, mysql(80012)), algorithm(last, mysql(80029))]).toEqual(['INPLACE', 'INSTANT', 'INSTANT']);
    expect([algorithm(after, mysql(80028)), algorithm(after, mysql(80029))]).toEqual(['INPLACE', 'INSTANT']);
    expect([algorithm(last, mariadb(100200)), algorithm(last, mariadb(100300)), algorithm(after, mariadb(100300)), algorithm(after, mariadb(100400))]).toEqual([
      'INPLACE',
      'INSTANT',
      'INPLACE',
      'INSTANT',
    ]);
  });

  test('ADD COLUMN exceptions: stored generated copies, AUTO_INCREMENT blocks writes', async () => {
    const stored = mysqlOpOnline(await firstOp('ALTER TABLE t ADD COLUMN c int AS (a + 1) STORED;'), mysql(80035), none)!;
    expect(stored).toMatchObject({ algorithm: 'COPY', concurrentDml: false });
    const identity = mysqlOpOnline(await firstOp('ALTER TABLE t ADD COLUMN c int NOT NULL AUTO_INCREMENT UNIQUE;'), mysql(80035), none)!;
    expect(identity).toMatchObject({ algorithm: 'INPLACE', concurrentDml: false });
    expect(isOnline(identity)).toBe(false);
  });

  test('VARCHAR widening: same length-byte class in place; MariaDB also from under 128 bytes', async () => {
    const widen = async (to: string) => firstOp(`ALTER TABLE t MODIFY c ${to};`);
    const judge = async (to: string, before: SqlType, server: MysqlServer) => mysqlOpOnline(await widen(to), server, withColumn(before))!;
    // utf8mb4: 50 chars = 200 bytes, 63 = 252 bytes, 64 = 256 bytes.
    expect((await judge('varchar(63)', varchar(50, 'utf8mb4'), mysql(80035))).algorithm).toBe('INPLACE');
    expect((await judge('varchar(64)', varchar(50, 'utf8mb4'), mysql(80035))).algorithm).toBe('COPY');
    expect((await judge('varchar(500)', varchar(100, 'utf8mb4'), mysql(80035))).algorithm).toBe('INPLACE');
    expect((await judge('varchar(300)', varchar(100, 'latin1'), mysql(80035))).algorithm).toBe('COPY');
    expect((await judge('varchar(300)', varchar(100, 'latin1'), mariadb(101100))).algorithm).toBe('INSTANT');
    expect((await judge('varchar(300)', varchar(128, 'latin1'), mariadb(101100))).algorithm).toBe('COPY');
    expect((await judge('varchar(40)', varchar(50, 'latin1'), mysql(80035))).algorithm).toBe('COPY');
    expect((await judge('varchar(50)', varchar(50, 'latin1'), mysql(80035))).algorithm).toBe('INSTANT');
    // Unknown previous type: a change is assumed.
    expect(mysqlOpOnline(await widen('varchar(60)'), mysql(80035), none)!.algorithm).toBe('COPY');
  });

  test('ENUM: appending members is instant, reordering copies', async () => {
    const before: SqlType = { name: 'enum', args: [], array: false, text: "enum('a','b')" };
    const append = await firstOp("ALTER TABLE t MODIFY c enum('a','b','c');");
    const reorder = await firstOp("ALTER TABLE t MODIFY c enum('b','a');");
    expect(mysqlOpOnline(append, mysql(80035), withColumn(before))!.algorithm).toBe('INSTANT');
    expect(mysqlOpOnline(reorder, mysql(80035), withColumn(before))!.algorithm).toBe('COPY');
  });

  test('foreign keys depend on foreign_key_checks; a primary key drop copies unless replaced in the same statement', async () => {
    const ops = await opsOf('ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id);\nSET foreign_key_checks = 0;\nALTER TABLE t ADD CONSTRAINT g FOREIGN KEY (b) REFERENCES u (id);');
    const fk = (op: Op) => mysqlOpOnline(op, mysql(80035), { ...none, foreignKeyChecksOff: foreignKeyChecksOffBefore(ops, op) })!;
    expect(fk(ops[0]!).algorithm).toBe('COPY');
    expect(fk(ops[2]!).algorithm).toBe('INPLACE');
    const drop = await opsOf('ALTER TABLE t DROP PRIMARY KEY;');
    const replace = await opsOf('ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (a, b);');
    expect(mysqlStatementOnline(drop, mysql(80035), () => none)).toMatchObject({ algorithm: 'COPY', concurrentDml: false });
    expect(mysqlStatementOnline(replace, mysql(80035), () => none)).toMatchObject({ algorithm: 'INPLACE', concurrentDml: true, rebuildsTable: true });
  });

  test('a statement is as weak as its weakest action, and names it', async () => {
    const ops = await opsOf('ALTER TABLE t ADD COLUMN n int, ADD FULLTEXT INDEX ft (body), ADD INDEX i (n);');
    const verdict = mysqlStatementOnline(ops, mysql(80035), () => none)!;
    expect(verdict).toMatchObject({ algorithm: 'INPLACE', concurrentDml: false, what: 'building the FULLTEXT index ft' });
    expect(verdict.worst).toBe(ops[1]);
  });

  test('table options', async () => {
    const judge = async (sql: string, server = mysql(80035)) => mysqlOpOnline(await firstOp(sql), server, none)!;
    expect(await judge('ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4;')).toMatchObject({ algorithm: 'COPY', concurrentDml: false });
    expect(await judge('ALTER TABLE t ENGINE=InnoDB;')).toMatchObject({ algorithm: 'INPLACE', concurrentDml: true, rebuildsTable: true });
    expect(await judge('ALTER TABLE t ENGINE=MyISAM;')).toMatchObject({ algorithm: 'COPY' });
    expect(await judge('ALTER TABLE t DEFAULT CHARSET=latin1;')).toMatchObject({ algorithm: 'INPLACE', concurrentDml: false });
    expect(await judge('ALTER TABLE t DEFAULT CHARSET=latin1;', mariadb(101100))).toMatchObject({ algorithm: 'INSTANT' });
    expect(await judge('ALTER TABLE t PARTITION BY HASH(id) PARTITIONS 4;')).toMatchObject({ algorithm: 'COPY' });
    expect(await judge('ALTER TABLE t RENAME INDEX a TO b;')).toMatchObject({ algorithm: 'INSTANT' });
  });

  test('statements group by location and shared online clauses; only ALTER/CREATE INDEX/DROP INDEX ops take part', async () => {
    const ops = await opsOf('ALTER TABLE t ADD COLUMN a int, ADD INDEX i (a); ALTER TABLE t DROP COLUMN b;\nUPDATE t SET a = 1;\nCREATE INDEX j ON t (a);\nDROP INDEX j ON t;');
    expect(mysqlAlterStatements(ops).map((g) => [g.loc.line, g.loc.column, g.ops.map((op) => op.kind)])).toEqual([
      [1, 1, ['addColumn', 'createIndex']],
      [1, 50, ['dropColumn']],
      [3, 1, ['createIndex']],
      [4, 1, ['dropIndex']],
    ]);
  });

  test('explicit clauses', () => {
    expect(explicitOnline({ algorithm: 'INSTANT' }).guaranteedOnline).toBe(true);
    expect(explicitOnline({ algorithm: 'INPLACE', lock: 'NONE' }).guaranteedOnline).toBe(true);
    expect(explicitOnline({ lock: 'NONE' }).guaranteedOnline).toBe(true);
    expect(explicitOnline({ algorithm: 'INPLACE' }).guaranteedOnline).toBe(false);
    expect(explicitOnline({ algorithm: 'NOCOPY' }).guaranteedOnline).toBe(false);
    expect(explicitOnline({ algorithm: 'COPY' })).toEqual({ forcesCopy: true, blockingLock: false, guaranteedOnline: false });
    expect(explicitOnline({ lock: 'SHARED' }).blockingLock).toBe(true);
    expect(explicitOnline(undefined).guaranteedOnline).toBe(false);
  });

  test('suggestion text: clauses replaced, CREATE INDEX without comma, DROP INDEX in ALTER form', () => {
    expect(withOnlineClause('ALTER TABLE t ADD INDEX i (a), ALGORITHM=COPY', 'ALGORITHM=INPLACE, LOCK=NONE')).toBe('ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE;');
    expect(withOnlineClause('ALTER TABLE t LOCK=SHARED, ADD INDEX i (a)', 'ALGORITHM=INPLACE, LOCK=NONE')).toBe('ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE;');
    expect(withOnlineClause('ALTER TABLE t ADD COLUMN `lock` int', 'ALGORITHM=INSTANT')).toBe('ALTER TABLE t ADD COLUMN `lock` int, ALGORITHM=INSTANT;');
    expect(withOnlineClause('CREATE INDEX i ON t (a)', 'ALGORITHM=INPLACE, LOCK=NONE')).toBe('CREATE INDEX i ON t (a) ALGORITHM=INPLACE LOCK=NONE;');
    expect(withOnlineClause('DROP INDEX i ON t', 'ALGORITHM=INPLACE, LOCK=NONE')).toBe('ALTER TABLE t DROP INDEX i, ALGORITHM=INPLACE, LOCK=NONE;');
    expect(withoutOnlineClauses('ALTER TABLE t ADD INDEX i (a), ALGORITHM = INPLACE, LOCK = NONE;')).toBe('ALTER TABLE t ADD INDEX i (a)');
    expect(alterActions('ALTER TABLE `shop`.`users`\n  MODIFY visits BIGINT,\n  ALGORITHM=COPY;')).toEqual({ table: 'shop.users', actions: 'MODIFY visits BIGINT' });
    expect(onlineClause({ algorithm: 'INSTANT', concurrentDml: true, rebuildsTable: false, what: '' })).toBe('ALGORITHM=INSTANT');
  });

  test('ORM ops (no SQL text) count as ALTERs and render back to MySQL for suggestions', async () => {
    const sqlOps = await opsOf("ALTER TABLE users MODIFY visits BIGINT NOT NULL DEFAULT 0, ADD INDEX i (email), ADD COLUMN n INT NULL AFTER id, DROP FOREIGN KEY f, ADD CONSTRAINT g FOREIGN KEY (team_id) REFERENCES teams (id);");
    // Strip what only the SQL front end sets: this is how an ORM front end's ops look.
    const ormOps = sqlOps.map((op) => {
      const { sql, online, ...rest } = op;
      void sql;
      void online;
      return rest as Op;
    });
    expect(mysqlAlterStatements(ormOps)).toHaveLength(1);
    expect(renderMysqlAlter(ormOps, () => null)).toEqual({
      table: 'users',
      actions: 'MODIFY COLUMN visits BIGINT NOT NULL DEFAULT 0, ADD INDEX i (email), ADD COLUMN n INT AFTER id, DROP FOREIGN KEY f, ADD CONSTRAINT g FOREIGN KEY (team_id) REFERENCES teams (id)',
    });
    const notNullOnly = ormOps.filter((op) => op.kind === 'setNotNull');
    expect(renderMysqlAlter(notNullOnly, () => ({ name: 'int', args: [], array: false, text: 'INT' })).actions).toBe('MODIFY COLUMN visits INT NOT NULL');
    // A RENAME TABLE from an ORM takes no clauses; neither does DML.
    expect(mysqlAlterStatements([{ kind: 'renameTable', table: 'a', newName: 'b', loc: { file: 'x', line: 1, endLine: 1, column: 1 } }])).toEqual([]);
  });

  test('suggestions in the migration\'s framework', () => {
    expect(inFramework("ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE;", 'sql')).toBe('ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE;');
    expect(inFramework("ALTER TABLE t ALTER COLUMN s SET DEFAULT 'x', ALGORITHM=INSTANT;", 'knex')).toBe("knex.raw('ALTER TABLE t ALTER COLUMN s SET DEFAULT \\'x\\', ALGORITHM=INSTANT')");
    expect(inFramework('ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE;', 'alembic')).toBe('op.execute("ALTER TABLE t ADD INDEX i (a), ALGORITHM=INPLACE, LOCK=NONE")');
  });

  test('defaults and charsets', () => {
    expect(mysqlServerOf({ mysqlVersion: null, mariadb: false })).toEqual({ version: 80035, mariadb: false });
    expect(mysqlServerOf({ mysqlVersion: null, mariadb: true })).toEqual({ version: 101100, mariadb: true });
    expect([bytesPerChar('latin1'), bytesPerChar('utf8mb3'), bytesPerChar('utf8mb4'), bytesPerChar(null)]).toEqual([1, 3, 4, 4]);
  });
});
