/**
 * Issue #21, class 3: files whose findings used to be lost (or buried under a false parse error)
 * because of how they were written, not what they do.
 */
import { lintFixture } from '../rollback/fixture.js';

const USERS = 'CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, email varchar(100), name text);\n';

async function findings(change: Record<string, string>, dialect?: 'mysql') {
  const { report } = await lintFixture({ history: { 'db/0001_users.sql': USERS }, change, ...(dialect ? { dialect } : {}) });
  return report.findings.filter((f) => f.file !== 'db/0001_users.sql').map((f) => [f.ruleId, f.line]);
}

describe('findings are not lost to how a file is written', () => {
  test('Alembic: `async def upgrade()` is an upgrade', async () => {
    const py = 'from alembic import op\n\nrevision = "a1"\ndown_revision = None\n\n\nasync def upgrade():\n    op.create_index("e", "users", ["email"])\n\n\ndef downgrade():\n    op.drop_index("e")\n';
    expect(await findings({ 'alembic/versions/a1_async.py': py })).toEqual(expect.arrayContaining([['require-concurrent-index', 8]]));
  });

  test('Knex: TypeScript decorators are TypeScript, not a parse error', async () => {
    const ts = 'function logged(_t: object, _k: string) {}\n@logged\nexport class Helper {\n  @logged\n  run() {}\n}\nexport async function up(knex: any) {\n  await knex.schema.alterTable("users", (t: any) => { t.index(["email"]); });\n}\nexport async function down() {}\n';
    const got = await findings({ 'migrations/20240101000000_decorated.ts': ts });
    expect(got.map(([id]) => id)).not.toContain('parse-error');
    expect(got).toEqual(expect.arrayContaining([['require-concurrent-index', 8]]));
  });

  test('markers past the first 64 KB still make a migration (Knex and Alembic)', async () => {
    const pad = (c: string) => `${c} ${'x'.repeat(70_000)}\n`;
    const js = `${pad('//')}exports.up = async (knex) => { await knex.schema.alterTable("users", (t) => { t.index(["email"]); }); };\nexports.down = async (knex) => { await knex.schema.alterTable("users", (t) => { t.dropIndex(["email"]); }); };\n`;
    const py = `${pad('#')}from alembic import op\n\nrevision = "a1"\ndown_revision = None\n\n\ndef upgrade():\n    op.create_index("e", "users", ["email"])\n\n\ndef downgrade():\n    op.drop_index("e")\n`;
    expect(await findings({ 'migrations/20240101000000_late.js': js })).toEqual(expect.arrayContaining([['require-concurrent-index', 2]]));
    expect(await findings({ 'alembic/versions/a1_late.py': py })).toEqual(expect.arrayContaining([['require-concurrent-index', 9]]));
  });

  test('MySQL: `NEW.begin`, `NEW.end` and columns named begin/end do not swallow the file', async () => {
    const trigger = 'DELIMITER $$\nCREATE TRIGGER tr BEFORE INSERT ON users FOR EACH ROW BEGIN SET NEW.begin = 1; SET NEW.end = 2; END$$\nDELIMITER ;\nALTER TABLE users ADD INDEX e (email);\n';
    expect(await findings({ 'db/0002_trigger.sql': trigger }, 'mysql')).toEqual([['mysql-missing-online-ddl', 4]]);
    const columns = 'ALTER TABLE users ADD COLUMN `end` int, ADD COLUMN begin int;\nUPDATE users SET end = 1 WHERE begin = 2;\nALTER TABLE users ADD INDEX e (email);\n';
    expect(await findings({ 'db/0002_columns.sql': columns }, 'mysql')).toEqual(expect.arrayContaining([['mysql-missing-online-ddl', 3]]));
  });

  test('MySQL executable comments run as the server runs them: an older version runs, a future one does not', async () => {
    const sql = '/*!50100 ALTER TABLE users ADD INDEX e (email) */;\n/*!99999 DROP TABLE users */;\n';
    expect(await findings({ 'db/0002_versioned.sql': sql }, 'mysql')).toEqual([['mysql-missing-online-ddl', 1]]);
  });

  test('PostgreSQL: an unterminated /* after a statement comments out the rest only', async () => {
    const sql = 'CREATE INDEX e ON users (email);\n/* never closed\nDROP TABLE users;\n';
    const got = await findings({ 'db/0002_open_comment.sql': sql });
    expect(got).toEqual(expect.arrayContaining([['require-concurrent-index', 1]]));
    expect(got.map(([id]) => id)).not.toContain('drop-table-without-deprecation');
  });
});
