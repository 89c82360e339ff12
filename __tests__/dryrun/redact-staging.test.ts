import { byFile, createPgDatabase, dryRun, pgAdmin, pgUrl, serverAvailable, writeMigrations } from './helpers.js';

// A pull request's migration can make a staging server quote its rows in an error message; the
// report goes to the pull request, so those values never reach it.
const SECRET = 'jane.secret@example.com';

let available = false;
let db: { name: string; drop: () => Promise<void> } | null = null;

beforeAll(async () => {
  available = await serverAvailable('PostgreSQL', async () => {
    const c = await pgAdmin();
    await c.end();
  });
  if (!available) return;
  db = await createPgDatabase();
  const c = await pgAdmin(db.name);
  await c.query(`CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL); INSERT INTO users (email) VALUES ('${SECRET}');`);
  await c.end();
});

afterAll(async () => {
  await db?.drop();
});

test('a migration that casts a staging row into an error gets the error without the value', async () => {
  if (!available || !db) return;
  const { dir, cleanup } = writeMigrations({
    '0001_leak.up.sql': 'ALTER TABLE users ALTER COLUMN email TYPE integer USING email::integer;',
    '0001_leak.down.sql': 'ALTER TABLE users ALTER COLUMN email TYPE text;',
  });
  try {
    const result = await dryRun(dir, ['0001_leak.up.sql', '0001_leak.down.sql'], { engine: 'postgres', databaseUrl: pgUrl(db.name) });
    const m = byFile(result, '0001_leak.up.sql');
    expect(m.verdict).toBe('failed');
    const text = JSON.stringify(result);
    expect(text).not.toContain(SECRET);
    expect(m.statements.map((s) => s.reason ?? '').join(' ')).toMatch(/invalid input syntax for type integer: "‹value›"/);
  } finally {
    cleanup();
  }
}, 60_000);
