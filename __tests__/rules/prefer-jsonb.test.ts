import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const hooks = 'CREATE TABLE webhooks (id bigint PRIMARY KEY);';

ruleTester('prefer-jsonb', {
  valid: [
    { name: 'jsonb', sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload jsonb NOT NULL);' },
    { name: 'near-miss: json only in a cast of the default', history: hooks, sql: "ALTER TABLE webhooks ADD COLUMN meta jsonb DEFAULT '{}'::json::jsonb;" },
    { name: 'near-miss: a column named json', sql: 'CREATE TABLE exports (id bigint PRIMARY KEY, json text);' },
    { name: 'knex: jsonb()', history: hooks, knex: `exports.up = (knex) => knex.schema.alterTable('webhooks', (t) => {
  t.jsonb('payload');
});
exports.down = (knex) => knex.schema.alterTable('webhooks', (t) => t.dropColumn('payload'));
` },
    { name: 'alembic: postgresql.JSONB column', history: hooks, alembic: py(['op.add_column("webhooks", sa.Column("payload", postgresql.JSONB()))'], ['op.drop_column("webhooks", "payload")']) },
  ],
  invalid: [
    { name: 'json in CREATE TABLE', sql: 'CREATE TABLE webhooks (id bigint PRIMARY KEY, payload json NOT NULL);', line: 1 },
    { name: 'json in ADD COLUMN', history: hooks, sql: '-- raw body\nALTER TABLE webhooks ADD COLUMN headers json;', line: 2 },
    { name: 'type change to json', history: [hooks, 'ALTER TABLE webhooks ADD COLUMN body text;'], sql: 'ALTER TABLE webhooks\n  ALTER COLUMN body TYPE json USING body::json;', line: 1, endLine: 2 },
    { name: 'knex: json()', history: hooks, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('webhooks', (t) => {
    t.json('payload');
  });
};
exports.down = (knex) => knex.schema.alterTable('webhooks', (t) => t.dropColumn('payload'));
`, line: 3 } },
    { name: 'alembic: sa.JSON column', history: hooks, alembic: { code: py(['op.add_column("webhooks", sa.Column("payload", sa.JSON()))'], ['op.drop_column("webhooks", "payload")']), line: U } },
  ],
});
