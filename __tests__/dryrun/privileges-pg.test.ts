import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { privilegeReport } from '../../src/dryrun/postgres.js';
import { createPgDatabase, dryRun, PG, pgAdmin, serverAvailable, writeMigrations } from './helpers.js';

/**
 * Least privilege, checked (issue 13): before running, the postgres engine reports what the role
 * could do beyond the database — superuser, CREATEROLE, membership in pg_execute_server_program /
 * pg_write_server_files, dblink or postgres_fdw installed — and refuses a superuser unless allowed.
 */

const role = `mg_priv_${randomBytes(4).toString('hex')}`;
let available = false;
let db: { name: string; drop: () => Promise<void> } | null = null;

beforeAll(async () => {
  available = await serverAvailable('PostgreSQL', async () => {
    const c = await pgAdmin();
    await c.end();
  });
  if (!available) return;
  db = await createPgDatabase();
  const admin = await pgAdmin();
  await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'mg' NOSUPERUSER CREATEROLE`);
  await admin.query(`GRANT pg_write_server_files, pg_execute_server_program TO ${role}`);
  await admin.query(`GRANT ALL ON DATABASE ${db.name} TO ${role}`);
  await admin.end();
  const inDb = await pgAdmin(db.name);
  await inDb.query('CREATE EXTENSION IF NOT EXISTS dblink');
  await inDb.query('CREATE EXTENSION IF NOT EXISTS postgres_fdw');
  await inDb.query(`GRANT ALL ON SCHEMA public TO ${role}`);
  await inDb.end();
}, 60_000);

afterAll(async () => {
  if (!available) return;
  await db?.drop();
  const admin = await pgAdmin();
  await admin.query(`DROP ROLE IF EXISTS ${role}`);
  await admin.end();
});

function url(user: string, password: string): string {
  return `postgres://${user}:${password}@${PG.host}:${PG.port}/${db!.name}`;
}

test('the report names CREATEROLE, the server-program and server-file roles and the installed dblink/postgres_fdw', async () => {
  if (!available) return;
  const c = new pg.Client({ connectionString: url(role, 'mg') });
  await c.connect();
  try {
    const r = await privilegeReport(c);
    expect(r.superuser).toBe(false);
    const text = r.findings.join('\n');
    expect(text).toMatch(/has CREATEROLE/);
    expect(text).toMatch(/member of pg_execute_server_program/);
    expect(text).toMatch(/member of pg_write_server_files/);
    expect(text).toMatch(/extension dblink is installed/);
    expect(text).toMatch(/extension postgres_fdw is installed/);
  } finally {
    await c.end();
  }
});

test('a non-superuser runs with the findings as warnings; a superuser is refused without --allow-superuser', async () => {
  if (!available) return;
  const { dir, cleanup } = writeMigrations({ '20240101000000_t.sql': '-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n' });
  try {
    const ok = await dryRun(dir, ['20240101000000_t.sql'], { engine: 'postgres', databaseUrl: url(role, 'mg'), allowSuperuser: false });
    expect(ok.migrations[0]!.verdict).toBe('verified');
    expect(ok.privileges!.join('\n')).toMatch(/CREATEROLE/);
    expect(ok.warnings!.join('\n')).toMatch(/privileges: .*pg_execute_server_program/);
    const su = PG.password ? `${encodeURIComponent(PG.user)}:${encodeURIComponent(PG.password)}` : encodeURIComponent(PG.user);
    const refused = await dryRun(dir, ['20240101000000_t.sql'], { engine: 'postgres', databaseUrl: `postgres://${su}@${PG.host}:${PG.port}/${db!.name}`, allowSuperuser: false });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toMatch(/is a superuser/);
  } finally {
    cleanup();
  }
}, 60_000);
