import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const log = 'CREATE TABLE audit_log (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);';

ruleTester('truncate-table', {
  valid: [
    { name: 'table created in the same migration', sql: 'CREATE TABLE staging_rows (id bigint);\nTRUNCATE staging_rows;' },
    { name: 'regression: table created, truncated and dropped in one migration', sql: 'CREATE TABLE scratch (id int);\nTRUNCATE scratch;\nDROP TABLE scratch;' },
    { name: 'table created by an earlier migration of the same change', sql: 'CREATE TABLE staging_rows (id bigint);', extraChange: ['TRUNCATE TABLE staging_rows;'] },
    { name: 'near-miss: batched DELETE with WHERE', history: log, sql: "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '90 days' LIMIT 10000);" },
    { name: 'near-miss: TRUNCATE in the downgrade', history: log, layout: 'golang-migrate', sql: 'ALTER TABLE audit_log ADD COLUMN actor text;', down: 'ALTER TABLE audit_log DROP COLUMN actor;\nTRUNCATE audit_log;' },
  ],
  invalid: [
    { name: 'existing table', history: log, sql: 'TRUNCATE audit_log;', line: 1 },
    { name: 'TRUNCATE TABLE ... CASCADE over lines', history: log, sql: '\n\nTRUNCATE TABLE\n  audit_log\n  RESTART IDENTITY CASCADE;', line: 3, endLine: 5 },
    { name: 'new and existing tables in one statement', history: log, sql: 'CREATE TABLE scratch (id int);\nTRUNCATE scratch, audit_log;', line: 2 },
    { name: 'table unknown to history', sql: 'TRUNCATE sessions;', line: 1 },
    { name: 'MySQL: TRUNCATE TABLE', dialect: 'mysql', history: 'CREATE TABLE audit_log (id BIGINT PRIMARY KEY);', sql: 'TRUNCATE TABLE audit_log;', line: 1 },
    { name: 'knex: knex(table).truncate()', history: log, knex: { code: `exports.up = async (knex) => {
  await knex('audit_log').truncate();
};
exports.down = async () => {};
`, line: 2 } },
    { name: 'alembic: TRUNCATE in op.execute', history: log, alembic: { code: py(['op.execute(sa.text("TRUNCATE audit_log"))']), line: U } },
  ],
});
