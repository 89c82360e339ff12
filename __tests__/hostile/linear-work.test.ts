/**
 * Work that used to be redone per item (issue #21, class 6), counted at N and 2N instead of timed:
 * a linear pass does about twice the work at 2N, a rescan per item about four times.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Migration, Op } from '../../src/ir.js';
import { lowerMysqlSql } from '../../src/parse/sql/mysql/index.js';
import { walkMigration } from '../../src/schema/facts.js';
import { SchemaModel } from '../../src/schema/model.js';
import { judgeMysqlStatements } from '../../src/schema/mysql-online.js';
import { searchReferences } from '../../src/schema/references.js';
import { pairRollback } from '../../src/rollback/pairing.js';

const walkOpts = { globalLockTimeout: false, deprecations: { tables: new Set<string>(), columns: new Set<string>() } };

async function mysqlMigration(id: string, sql: string, isNew: boolean): Promise<Migration> {
  const file = `db/${id}.sql`;
  const { ops } = await lowerMysqlSql(sql, { file, line: 1, column: 1 });
  return { id, file, framework: 'sql', dialect: 'mysql', isNew, transactional: false, up: ops, down: null, order: id, expectsDown: false };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('MySQL foreign_key_checks state: one pass over the migration', () => {
  /** Op property reads while both MySQL rules' judge runs over n toggled foreign-key ALTERs. */
  async function judgeReads(n: number): Promise<{ reads: number; judged: number; inplace: number }> {
    const model = new SchemaModel();
    const history = await mysqlMigration('0001_tables', ['CREATE TABLE parent (id bigint NOT NULL PRIMARY KEY);', ...range(n).map((i) => `CREATE TABLE c${i} (id bigint NOT NULL PRIMARY KEY, p bigint);`)].join('\n'), false);
    walkMigration(model, history, walkOpts);
    const change = await mysqlMigration(
      '0002_keys',
      range(n).map((i) => `SET foreign_key_checks = 0;\nALTER TABLE c${i} ADD CONSTRAINT fk_${i} FOREIGN KEY (p) REFERENCES parent (id);\nSET foreign_key_checks = 1;`).join('\n'),
      true,
    );
    const facts = walkMigration(model, change, walkOpts);
    let reads = 0;
    const original = new Map<Op, Op>();
    const counted = change.up.map((op) => {
      const p = new Proxy(op, { get: (t, k, r) => (reads++, Reflect.get(t, k, r)) });
      original.set(p, op);
      return p;
    });
    const judged = judgeMysqlStatements(counted, { version: 80035, mariadb: false }, (op) => facts.get(original.get(op) ?? op)!);
    return { reads, judged: judged.length, inplace: judged.filter((j) => j.verdict.algorithm === 'INPLACE').length };
  }

  test('2N toggled statements cost about twice N; every one is judged with the checks off', async () => {
    const n = await judgeReads(400);
    const twoN = await judgeReads(800);
    // With the checks off, adding a foreign key is INPLACE (no copy): the state reached every statement.
    expect([n.judged, n.inplace, twoN.judged, twoN.inplace]).toEqual([400, 400, 800, 800]);
    expect(twoN.reads / n.reads).toBeLessThan(2.5);
  }, 60_000);
});

describe('DROP TABLE with many indexes: through the table\'s own index list', () => {
  /** Counts every lookup, write and visited entry of a map. */
  class CountingMap<K, V> extends Map<K, V> {
    work = 0;
    override get(k: K) { this.work++; return super.get(k); }
    override has(k: K) { this.work++; return super.has(k); }
    override set(k: K, v: V) { this.work++; return super.set(k, v); }
    override delete(k: K) { this.work++; return super.delete(k); }
    override *entries(): MapIterator<[K, V]> { for (const e of super.entries()) { this.work++; yield e; } }
    override *keys(): MapIterator<K> { for (const [k] of super.entries()) { this.work++; yield k; } }
    override *values(): MapIterator<V> { for (const [, v] of super.entries()) { this.work++; yield v; } }
    override [Symbol.iterator]() { return this.entries(); }
    override forEach(f: (v: V, k: K, m: Map<K, V>) => void) { for (const [k, v] of this.entries()) f(v, k, this); }
  }

  async function dropWork(tables: number): Promise<{ work: number; left: number }> {
    const model = new SchemaModel();
    const indexes = new CountingMap<string, string>();
    Object.defineProperty(model, 'indexes', { value: indexes });
    const create = range(tables).map((t) => [`CREATE TABLE t${t} (id bigint NOT NULL PRIMARY KEY, a int, b int);`, ...range(10).map((i) => `CREATE INDEX t${t}_i${i} ON t${t} (a, b);`)].join('\n'));
    walkMigration(model, await mysqlMigration('0001_tables', create.join('\n'), false), walkOpts);
    walkMigration(model, await mysqlMigration('0002_drops', range(tables).map((t) => `DROP TABLE t${t};`).join('\n'), true), walkOpts);
    return { work: indexes.work, left: indexes.size };
  }

  test('dropping 2N tables of 10 indexes each costs about twice N', async () => {
    const n = await dropWork(300);
    const twoN = await dropWork(600);
    expect([n.left, twoN.left]).toEqual([0, 0]);
    expect(twoN.work / n.work).toBeLessThan(2.5);
  }, 60_000);
});

describe('the reference scan on long lines', () => {
  // Every occurrence used to slice its line again and retest the line's patterns on all of it:
  // 29 s for 20,000 occurrences on one 140 KB line, half an hour for a 1 MiB one.
  test('a 1 MiB one-line file naming a shared column 150,000 times is scanned once', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-ref-long-'));
    try {
      const filler = 'email, '.repeat(75_000);
      writeFileSync(path.join(dir, 'bundle.js'), `const fields = [${filler}]; users.email = 1; const more = [${filler}];\nconst x = users.email;\n`);
      const index = searchReferences([{ table: 'users', column: 'email' }], { cwd: dir, columnOwners: new Map([['email', new Set(['users', 'accounts'])]]), maxFileBytes: 2 * 1024 * 1024 });
      // Each line counts once, found through its `users.email` however many bare `email`s it has.
      expect(index.references('users.email')).toEqual([{ file: 'bundle.js', line: 1 }, { file: 'bundle.js', line: 2 }]);
      expect(index.total('users.email')).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  test('the same for a distinctive column in another table\'s model file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mg-ref-long-'));
    try {
      writeFileSync(path.join(dir, 'registration.py'), `__tablename__ = 'registrations'\nfields = [${'legacy_email, '.repeat(75_000)}]\nx = users.legacy_email\n`);
      const index = searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir, maxFileBytes: 2 * 1024 * 1024 });
      // The model's own attribute (line 2) is not users' column; the line naming users is.
      expect(index.references('users.legacy_email')).toEqual([{ file: 'registration.py', line: 3 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('rollback pairing: each up op looks up its inverse', () => {
  /** Op property reads while pairing n changes with their n inverses (the down in reverse order, as ORMs write it). */
  async function pairingReads(n: number): Promise<{ reads: number; needInverse: number; inverted: number; missing: number }> {
    const up = await lowerMysqlSql(range(n).map((i) => `ALTER TABLE t ADD COLUMN c${i} int;\nCREATE INDEX t_c${i} ON t (c${i});`).join('\n'), { file: 'db/0002.sql', line: 1, column: 1 });
    const down = await lowerMysqlSql(range(n).reverse().map((i) => `DROP INDEX t_c${i} ON t;\nALTER TABLE t DROP COLUMN c${i};`).join('\n'), { file: 'db/0002.down.sql', line: 1, column: 1 });
    let reads = 0;
    const count = (op: Op) => new Proxy(op, { get: (t, k, r) => (reads++, Reflect.get(t, k, r)) });
    const m: Migration = { id: '0002', file: 'db/0002.sql', framework: 'sql', dialect: 'mysql', isNew: true, transactional: false, up: up.ops.map(count), down: down.ops.map(count), order: '0002', expectsDown: true };
    const p = pairRollback(m);
    return { reads, needInverse: p.needInverse, inverted: p.inverted, missing: p.missing.length };
  }

  test('2N changes cost about twice N; every one is paired', async () => {
    const n = await pairingReads(500);
    const twoN = await pairingReads(1000);
    expect([n.needInverse, n.inverted, n.missing, twoN.needInverse, twoN.inverted, twoN.missing]).toEqual([1000, 1000, 0, 2000, 2000, 0]);
    expect(twoN.reads / n.reads).toBeLessThan(2.5);
  }, 60_000);
});
