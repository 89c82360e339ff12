import { byFile, dryRun, writeMigrations } from './helpers.js';

/**
 * `DEFAULT NULL` inserts what no default does. PostgreSQL keeps it in the catalog when the column
 * has a type cast (`NULL::character varying`), so a down that re-creates the column without it
 * (Knex `.alter()` without `defaultTo(null)`) restores the same column.
 */
test('a down that leaves out DEFAULT NULL restores the column; one that loses a real default does not', async () => {
  const w = writeMigrations({
    '001_tokens.up.sql': "CREATE TABLE tokens (id bigint PRIMARY KEY, token varchar(20) DEFAULT NULL, kind varchar(20) DEFAULT 'api');\n",
    '001_tokens.down.sql': 'DROP TABLE tokens;\n',
    '002_widen.up.sql': 'ALTER TABLE tokens ALTER COLUMN token TYPE varchar(32);\n',
    '002_widen.down.sql': 'ALTER TABLE tokens ALTER COLUMN token DROP DEFAULT;\nALTER TABLE tokens ALTER COLUMN token TYPE varchar(20);\n',
    '003_kind.up.sql': 'ALTER TABLE tokens ALTER COLUMN kind TYPE varchar(32);\n',
    '003_kind.down.sql': 'ALTER TABLE tokens ALTER COLUMN kind DROP DEFAULT;\nALTER TABLE tokens ALTER COLUMN kind TYPE varchar(20);\n',
  });
  try {
    const r = await dryRun(w.dir, ['002_widen.up.sql', '003_kind.up.sql'], { engine: 'pglite' });
    expect(byFile(r, '002_widen.up.sql').roundTrip.status).toBe('verified');
    const kind = byFile(r, '003_kind.up.sql');
    expect(kind.verdict).toBe('failed');
    expect(kind.reasons.join('\n')).toMatch(/lost kind character varying\(20\) DEFAULT 'api'/);
  } finally {
    w.cleanup();
  }
}, 120_000);
