import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli.js';
import { createPgDatabase, PG } from '../dryrun/helpers.js';
import { tmpTree } from '../helpers/tmp.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every file under `dir/sub` (relative to dir) with its text. */
function tree(dir: string, sub: string): Record<string, string> {
  const files = readdirSync(path.join(dir, sub), { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, sub, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [`${sub}/${f}`, readFileSync(path.join(dir, sub, f), 'utf8')]));
}

/** Runs a file as golang-migrate does: one transaction when it has several statements (one query string), else autocommit. */
function psql(db: string, file: string) {
  const one = /CONCURRENTLY/.test(readFileSync(file, 'utf8')) ? [] : ['-1'];
  return spawnSync('psql', ['-X', '-q', ...one, '-v', 'ON_ERROR_STOP=1', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', db, '-f', file], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } });
}

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nINSERT INTO users VALUES (1, \'a@example.com\'), (2, \'b@example.com\');\nINSERT INTO orders VALUES (10, 1), (11, 2);\n';

describe('migration-guard fix: fixes that add migrations', () => {
  test('golang-migrate, the file named alone while a later migration exists: --dry-run diff creates the new files and applies with git apply; fix writes the same; a second fix does nothing; everything runs on PostgreSQL', async () => {
    const t = tmpTree({
      'migrations/001_users.up.sql': users,
      'migrations/001_users.down.sql': 'DROP TABLE orders;\nDROP TABLE users;\n',
      'migrations/002_tighten.up.sql':
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();\n",
      'migrations/002_tighten.down.sql': 'ALTER TABLE users DROP COLUMN token;\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n',
      'migrations/003_later.up.sql': 'CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);\n',
      'migrations/003_later.down.sql': 'DROP INDEX CONCURRENTLY orders_user_id_idx;\n',
    });
    const db = await createPgDatabase();
    try {
      git(t.dir, 'init', '-q', '.');
      git(t.dir, 'add', '-A');
      git(t.dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
      const original = tree(t.dir, 'migrations');

      const dry = await cli(t.dir, 'fix', 'migrations/002_tighten.up.sql', '--dry-run');
      expect(tree(t.dir, 'migrations')).toEqual(original);
      expect(dry.out).toContain('--- /dev/null\n+++ b/migrations/004_validate_orders_user_id_fkey.up.sql\n');
      for (const f of ['004_validate_orders_user_id_fkey', '005_set_users_email_not_null', '006_backfill_users_token']) expect(dry.err).toContain(`would create migrations/${f}.up.sql`);
      const patch = path.join(t.dir, '..', `${path.basename(t.dir)}.diff`);
      writeFileSync(patch, dry.out);
      git(t.dir, 'apply', '--check', patch);
      git(t.dir, 'apply', patch);
      const applied = tree(t.dir, 'migrations');
      git(t.dir, 'checkout', '-q', '--', '.');
      git(t.dir, 'clean', '-q', '-f', '-d');
      expect(tree(t.dir, 'migrations')).toEqual(original);

      const first = await cli(t.dir, 'fix', 'migrations/002_tighten.up.sql');
      const fixed = tree(t.dir, 'migrations');
      expect(fixed).toEqual(applied);
      expect(first.out).toMatch(/fixed 3 findings in 8 files; 1 finding left/);
      expect(fixed['migrations/002_tighten.up.sql']).toBe(
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ADD COLUMN token uuid, ALTER COLUMN token SET DEFAULT gen_random_uuid();\n",
      );
      expect(fixed['migrations/002_tighten.down.sql']).toBe('ALTER TABLE users DROP COLUMN token;\nALTER TABLE users DROP CONSTRAINT users_email_not_null;\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n');

      const second = await cli(t.dir, 'fix', 'migrations/002_tighten.up.sql');
      expect(second.out).toContain('fixed 0 findings in 0 files');
      expect(tree(t.dir, 'migrations')).toEqual(fixed);
      const all = await cli(t.dir, 'fix', 'migrations', '--dry-run');
      expect(all.out).toBe('');

      // Up in version order, then down in reverse: every file runs, the constraints end validated and the column NOT NULL.
      const ups = Object.keys(fixed).filter((f) => f.endsWith('.up.sql'));
      for (const f of ups) {
        const run = psql(db.name, path.join(t.dir, f));
        expect([f, run.stderr]).toEqual([f, '']);
      }
      const q = (sql: string) => spawnSync('psql', ['-X', '-At', '-h', PG.host, '-p', String(PG.port), '-U', PG.user, '-d', db.name, '-c', sql], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: PG.password } }).stdout.trim();
      expect(q("SELECT string_agg(conname || ':' || convalidated, ',' ORDER BY conname) FROM pg_constraint WHERE contype IN ('f', 'c') AND conrelid IN ('users'::regclass, 'orders'::regclass)")).toBe('orders_user_id_fkey:true');
      expect(q("SELECT attnotnull FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname = 'email'")).toBe('t');
      expect(q('SELECT count(*) FROM users WHERE token IS NULL')).toBe('0');
      for (const f of ups.reverse().map((u) => u.replace(/\.up\.sql$/, '.down.sql'))) {
        const run = psql(db.name, path.join(t.dir, f));
        expect([f, run.stderr]).toEqual([f, '']);
      }
      expect(q("SELECT count(*) FROM pg_class WHERE relname IN ('users', 'orders')")).toBe('0');
    } finally {
      await db.drop();
      t.cleanup();
    }
  });
});
