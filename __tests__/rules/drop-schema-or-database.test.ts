import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

ruleTester('drop-schema-or-database', {
  valid: [
    { name: 'near-miss: dropping an object inside the schema', history: 'CREATE SCHEMA analytics;\nCREATE VIEW analytics.daily AS SELECT 1 AS n;', sql: 'DROP VIEW analytics.daily;' },
    { name: 'near-miss: CREATE SCHEMA', sql: 'CREATE SCHEMA IF NOT EXISTS analytics;' },
    { name: 'near-miss: the downgrade drops the schema the upgrade created', layout: 'golang-migrate', sql: 'CREATE SCHEMA reporting;', down: 'DROP SCHEMA reporting;' },
  ],
  invalid: [
    { name: 'DROP SCHEMA CASCADE', sql: 'DROP SCHEMA analytics CASCADE;', line: 1 },
    { name: 'DROP SCHEMA IF EXISTS over lines', sql: '-- cleanup\nDROP SCHEMA IF EXISTS\n  legacy;', line: 2, endLine: 3 },
    { name: 'DROP DATABASE', sql: 'DROP DATABASE app_staging;', line: 1 },
    { name: 'two schemas in one statement', sql: 'DROP SCHEMA a, b;', line: 1, count: 2 },
    { name: 'MySQL: DROP DATABASE IF EXISTS', dialect: 'mysql', sql: 'DROP DATABASE IF EXISTS legacy;', line: 1 },
    { name: 'knex: knex.schema.dropSchema()', knex: { code: `exports.up = async (knex) => {
  await knex.schema.dropSchemaIfExists('archive', true);
};
exports.down = (knex) => knex.schema.createSchema('archive');
`, line: 2 } },
    { name: 'alembic: DROP SCHEMA in a triple-quoted op.execute, on its own line', alembic: { code: py(['op.execute(', '    """', '    DROP SCHEMA legacy CASCADE;', '    """', ')']), line: U + 2 } },
  ],
});
