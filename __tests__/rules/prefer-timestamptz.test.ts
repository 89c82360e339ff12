import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const events = 'CREATE TABLE events (id bigint PRIMARY KEY, name text);';

ruleTester('prefer-timestamptz', {
  valid: [
    { name: 'timestamptz', sql: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());' },
    { name: 'timestamp with time zone spelled out', sql: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp(3) with time zone);' },
    { name: 'near-miss: date and time columns', sql: 'CREATE TABLE shifts (id bigint PRIMARY KEY, day date, starts time);' },
    { name: 'near-miss: a downgrade back to timestamp', history: events, layout: 'golang-migrate', sql: 'ALTER TABLE events ADD COLUMN at timestamptz;', down: 'ALTER TABLE events ALTER COLUMN at TYPE timestamp;' },
    { name: 'knex: timestamp() is timestamptz on PostgreSQL', history: events, knex: `exports.up = (knex) => knex.schema.alterTable('events', (t) => {
  t.timestamp('happened_at');
});
exports.down = (knex) => knex.schema.alterTable('events', (t) => t.dropColumn('happened_at'));
` },
    { name: 'alembic: DateTime(timezone=True)', history: events, alembic: py(['op.add_column("events", sa.Column("at", sa.DateTime(timezone=True)))'], ['op.drop_column("events", "at")']) },
  ],
  invalid: [
    { name: 'timestamp in CREATE TABLE', sql: 'CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now());', line: 1 },
    { name: 'timestamp without time zone with precision in ADD COLUMN', history: events, sql: '\nALTER TABLE events\n  ADD COLUMN seen_at timestamp(3) without time zone;', line: 2, endLine: 3 },
    { name: 'type change to timestamp', history: events, sql: 'ALTER TABLE events ADD COLUMN at timestamptz;\nALTER TABLE events ALTER COLUMN at TYPE timestamp;', line: 2 },
    { name: 'array of timestamp', sql: 'CREATE TABLE slots (id bigint PRIMARY KEY, at timestamp[]);', line: 1 },
    { name: 'knex: timestamp with useTz false', history: events, knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('events', (t) => {
    t.timestamp('happened_at', { useTz: false });
  });
};
exports.down = (knex) => knex.schema.alterTable('events', (t) => t.dropColumn('happened_at'));
`, line: 3 } },
    { name: 'alembic: DateTime() without a time zone', history: events, alembic: { code: py(['op.add_column("events", sa.Column("at", sa.DateTime()))'], ['op.drop_column("events", "at")']), line: U } },
  ],
});
