/**
 * Calibrates the lock-duration model (src/stats/estimate.ts) on a PostgreSQL server you own:
 * seeds tables of a few sizes in a throwaway database, times a rewrite (ALTER COLUMN TYPE), two
 * scans (SET NOT NULL, VALIDATE CONSTRAINT) and an index build on each, captures the snapshot the
 * way `migration-guard stats` does, and fits `ms = fixed + work bytes / throughput` per kind.
 *
 *   npx tsx scripts/calibrate-lock-model.ts [postgres://user@host:5432/postgres] [rows,rows,...]
 *
 * Prints one line per measurement and the fitted constants; docs/production-evidence.md holds
 * the numbers measured here. Never point it at production: it creates and drops a database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { capturePostgres } from '../src/stats/capture-postgres.js';
import { estimateWork, LOCK_MODEL, type LockWork } from '../src/stats/estimate.js';

const adminUrl = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sizes = (process.argv[3] ?? '10000,200000,1000000').split(',').map(Number);
const db = `migration_guard_calibrate_${randomBytes(4).toString('hex')}`;

async function timed(c: pg.Client, sql: string): Promise<number> {
  const t = performance.now();
  await c.query(sql);
  return performance.now() - t;
}

/** Best of `n` runs of `run` (each run restores the table afterwards): the least disturbed measurement. */
async function best(n: number, run: () => Promise<number>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < n; i++) min = Math.min(min, await run());
  return min;
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = new URL(adminUrl);
url.pathname = `/${db}`;
const c = new pg.Client({ connectionString: url.toString() });
await c.connect();
type Sample = { kind: LockWork['kind']; what: string; rows: number; ms: number; work: LockWork };
const samples: Sample[] = [];
const extras: string[] = [];
try {
  for (const n of sizes) {
    const t = `t${n}`;
    await c.query(`CREATE TABLE ${t} (id bigserial PRIMARY KEY, email text NOT NULL, n int, created timestamptz NOT NULL DEFAULT now(), note text)`);
    await c.query(`INSERT INTO ${t} (email, n, note) SELECT 'user' || g || '@example.org', g, md5(g::text) FROM generate_series(1, ${n}) g`);
    await c.query(`VACUUM ANALYZE ${t}`);
  }
  const snap = await capturePostgres({ databaseUrl: url.toString() });
  for (const n of sizes) {
    const t = `t${n}`;
    const stats = snap.tables.find((x) => x.name === t)!;
    const add = (kind: LockWork['kind'], what: string, ms: number, columns: string[] = []) => {
      const work: LockWork = { kind, table: t, lockMode: 'ACCESS EXCLUSIVE', columns, what };
      samples.push({ kind, what, rows: n, ms, work });
      const est = estimateWork(work, stats);
      console.log(`${String(n).padStart(8)} rows ${String(stats.bytes).padStart(10)} B  ${what.padEnd(34)} measured ${ms.toFixed(1).padStart(8)} ms  estimate ${est.ms.toFixed(1).padStart(8)} ms  ratio ${(est.ms / ms).toFixed(2)}`);
    };
    add('rewrite', 'ALTER COLUMN n TYPE bigint', await best(2, async () => {
      const ms = await timed(c, `ALTER TABLE ${t} ALTER COLUMN n TYPE bigint`);
      await c.query(`ALTER TABLE ${t} ALTER COLUMN n TYPE int`);
      return ms;
    }));
    add('scan', 'ALTER COLUMN n SET NOT NULL', await best(2, async () => {
      const ms = await timed(c, `ALTER TABLE ${t} ALTER COLUMN n SET NOT NULL`);
      await c.query(`ALTER TABLE ${t} ALTER COLUMN n DROP NOT NULL`);
      return ms;
    }));
    add('scan', 'VALIDATE CONSTRAINT (CHECK n > 0)', await best(2, async () => {
      await c.query(`ALTER TABLE ${t} ADD CONSTRAINT ${t}_n_positive CHECK (n > 0) NOT VALID`);
      const ms = await timed(c, `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_n_positive`);
      await c.query(`ALTER TABLE ${t} DROP CONSTRAINT ${t}_n_positive`);
      return ms;
    }));
    add('indexBuild', 'CREATE INDEX (n)', await best(2, async () => {
      const ms = await timed(c, `CREATE INDEX ${t}_n_idx ON ${t} (n)`);
      await c.query(`DROP INDEX ${t}_n_idx`);
      return ms;
    }), ['n']);
    add('indexBuild', 'CREATE INDEX (email)', await best(2, async () => {
      const ms = await timed(c, `CREATE INDEX ${t}_email_idx ON ${t} (email)`);
      await c.query(`DROP INDEX ${t}_email_idx`);
      return ms;
    }), ['email']);
    // Not part of the fits below: they check the two secondary constants.
    const cic = await best(2, async () => {
      const ms = await timed(c, `CREATE INDEX CONCURRENTLY ${t}_n_cidx ON ${t} (n)`);
      await c.query(`DROP INDEX ${t}_n_cidx`);
      return ms;
    });
    const plainWork: LockWork = { kind: 'indexBuild', table: t, lockMode: 'SHARE', columns: ['n'], what: '' };
    const plain = estimateWork(plainWork, stats).ms;
    const cicEst = estimateWork({ ...plainWork, concurrent: true }, stats).ms;
    extras.push(`${String(n).padStart(8)} rows  CREATE INDEX CONCURRENTLY (n)  measured ${cic.toFixed(1)} ms  estimate ${cicEst.toFixed(1)} ms  ratio ${(cicEst / cic).toFixed(2)}  (plain estimate ${plain.toFixed(1)} ms)`);
    await c.query(`CREATE TABLE ${t}_parent (id int PRIMARY KEY)`);
    await c.query(`INSERT INTO ${t}_parent SELECT g FROM generate_series(1, ${n}) g`);
    await c.query(`VACUUM ANALYZE ${t}_parent`);
    const fk = await best(2, async () => {
      await c.query(`ALTER TABLE ${t} ADD CONSTRAINT ${t}_n_fk FOREIGN KEY (n) REFERENCES ${t}_parent (id) NOT VALID`);
      const ms = await timed(c, `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_n_fk`);
      await c.query(`ALTER TABLE ${t} DROP CONSTRAINT ${t}_n_fk`);
      return ms;
    });
    const fkEst = estimateWork({ kind: 'scan', table: t, lockMode: 'SHARE UPDATE EXCLUSIVE', columns: [], foreignKey: true, what: '' }, stats).ms;
    const scanOnly = estimateWork({ kind: 'scan', table: t, lockMode: 'SHARE UPDATE EXCLUSIVE', columns: [], what: '' }, stats).ms;
    extras.push(`${String(n).padStart(8)} rows  VALIDATE FOREIGN KEY            measured ${fk.toFixed(1)} ms  estimate ${fkEst.toFixed(1)} ms  ratio ${(fkEst / fk).toFixed(2)}  (implied ${(((fk - scanOnly) / n) * 1000).toFixed(2)} µs per row)`);
  }
  console.log(`\n${extras.join('\n')}`);
  // Fitted in order (scan, then index build, which includes a heap scan, then rewrite, which
  // rebuilds the indexes): least squares through the kind's fixed cost, so the largest table,
  // where the fixed cost matters least, weighs most.
  console.log('\nfitted throughputs (ms = fixed + bytes / throughput), current constants in parentheses:');
  const fitted = { ...LOCK_MODEL.throughputBytesPerMs };
  for (const kind of ['scan', 'indexBuild', 'rewrite'] as const) {
    let sxy = 0;
    let sxx = 0;
    for (const s of samples.filter((x) => x.kind === kind)) {
      const stats = snap.tables.find((x) => x.name === s.work.table)!;
      const est = estimateWork(s.work, stats);
      // The other terms, priced with the throughputs fitted so far.
      const other = kind === 'indexBuild' ? stats.bytes / fitted.scan : kind === 'rewrite' ? stats.indexes.reduce((a, i) => a + i.bytes, 0) / fitted.indexBuild : 0;
      const y = s.ms - LOCK_MODEL.fixedMs[kind] - other;
      sxy += est.workBytes * y;
      sxx += est.workBytes ** 2;
    }
    fitted[kind] = sxx / sxy;
    console.log(`  ${kind.padEnd(10)} ${(fitted[kind] / 1000).toFixed(1)} MB/s (${(LOCK_MODEL.throughputBytesPerMs[kind] / 1000).toFixed(1)} MB/s)`);
  }
} finally {
  await c.end();
  await admin.query(`DROP DATABASE ${db}`);
  await admin.end();
}
