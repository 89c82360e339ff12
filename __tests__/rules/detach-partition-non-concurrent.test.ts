import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const events = [
  'CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');",
].join('\n');

const knexNoTxn = (sql: string) => `exports.config = { transaction: false };
exports.up = async (knex) => {
  await knex.raw(${JSON.stringify(sql)});
};
exports.down = async (knex) => {
  await knex.raw("ALTER TABLE events ATTACH PARTITION events_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
};
`;

ruleTester('detach-partition-non-concurrent', {
  valid: [
    {
      name: 'DETACH ... CONCURRENTLY outside a transaction',
      history: events,
      sql: 'ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;',
      alembic: py(['with op.get_context().autocommit_block():', '    op.execute("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY")']),
      knex: knexNoTxn('ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY'),
    },
    { name: 'DETACH ... FINALIZE completes an interrupted concurrent detach', history: events, sql: 'ALTER TABLE events DETACH PARTITION events_2020 FINALIZE;' },
    { name: 'PostgreSQL 13 has no concurrent form to suggest', history: events, pgVersion: 13, sql: 'ALTER TABLE events DETACH PARTITION events_2020;' },
    { name: 'parent created in the same migration', sql: `${events}\nALTER TABLE events DETACH PARTITION events_2020;` },
    { name: 'parent created by an earlier migration of the same change', sql: events, extraChange: ['ALTER TABLE events DETACH PARTITION events_2020;'] },
    { name: 'near-miss: ATTACH PARTITION is not a detach', history: `${events}\nCREATE TABLE events_2021 (id bigint, at date NOT NULL);`, sql: "ALTER TABLE events ATTACH PARTITION events_2021 FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');" },
  ],
  invalid: [
    {
      name: 'plain DETACH PARTITION of an existing parent',
      history: events,
      sql: '-- archive 2020\nALTER TABLE events\n  DETACH PARTITION events_2020;',
      line: 2,
      endLine: 3,
      alembic: { code: py(['op.execute("ALTER TABLE events DETACH PARTITION events_2020")']), line: U },
      knex: { code: `exports.up = async (knex) => {\n  await knex.raw('ALTER TABLE events DETACH PARTITION events_2020');\n};\nexports.down = async () => {};\n`, line: 2 },
    },
    { name: 'schema-qualified names, parent unknown to history', sql: 'ALTER TABLE app.events DETACH PARTITION app.events_2020;', line: 1 },
    { name: 'PostgreSQL 14 exactly', pgVersion: 14, history: events, sql: 'ALTER TABLE IF EXISTS events DETACH PARTITION events_2020;', line: 1 },
  ],
});
