import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const events = 'CREATE TABLE events (id bigint PRIMARY KEY, kind text, n integer, created_at timestamptz);';
const tiny = 'CREATE TABLE tiny (id bigint PRIMARY KEY, n integer);';

/** A production snapshot: events is 50 GB, tiny a few rows. */
const snapshot = JSON.stringify({
  version: 1,
  dialect: 'postgres',
  capturedAt: '2026-12-01T00:00:00Z',
  statsResetAt: '2026-11-01T00:00:00Z',
  tables: [
    { schema: 'public', name: 'events', bytes: 50e9, rows: 4e8, toastBytes: 0, indexes: [{ name: 'events_pkey', bytes: 9e9, columns: ['id'] }], writes: { inserts: 26e6, updates: 0, deletes: 0 } },
    { schema: 'public', name: 'tiny', bytes: 8192, rows: 12, indexes: [] },
  ],
});
const withStats = { appFiles: { 'stats.json': snapshot }, config: { stats: 'stats.json', lockBudget: '2s' } };

ruleTester('lock-exceeds-budget', {
  valid: [
    { name: 'no snapshot: the rule has nothing to estimate from', history: events, sql: 'CREATE INDEX events_created_at_idx ON events (created_at);', config: { lockBudget: '2s' } },
    { name: 'snapshot but no budget', history: events, sql: 'CREATE INDEX events_created_at_idx ON events (created_at);', appFiles: withStats.appFiles, config: { stats: 'stats.json' } },
    { name: 'CREATE INDEX CONCURRENTLY: writes continue, the budget is not spent', history: events, sql: 'CREATE INDEX CONCURRENTLY events_created_at_idx ON events (created_at);', ...withStats },
    { name: 'VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: writes continue', history: [events, 'ALTER TABLE events ADD CONSTRAINT events_n_positive CHECK (n > 0) NOT VALID;'], sql: 'ALTER TABLE events VALIDATE CONSTRAINT events_n_positive;', ...withStats },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE drafts (id bigint, n int);\nCREATE INDEX drafts_n_idx ON drafts (n);', ...withStats },
    { name: 'a rewrite of a tiny table is well within the budget', history: tiny, sql: 'ALTER TABLE tiny ALTER COLUMN n TYPE bigint;', ...withStats },
    { name: 'catalog-only change on a large table', history: events, sql: 'ALTER TABLE events RENAME COLUMN kind TO category;', ...withStats },
    { name: 'a table the snapshot does not have', history: 'CREATE TABLE other (id bigint, n int);', sql: 'CREATE INDEX other_n_idx ON other (n);', ...withStats },
    { name: 'CHECK NOT VALID is catalog-only', history: events, sql: 'ALTER TABLE events ADD CONSTRAINT events_n_positive CHECK (n > 0) NOT VALID;', ...withStats },
  ],
  invalid: [
    {
      name: 'plain CREATE INDEX on a 50 GB table',
      history: events,
      sql: 'CREATE INDEX events_created_at_idx ON events (created_at);',
      alembic: { code: py(['op.create_index("events_created_at_idx", "events", ["created_at"])'], ['op.drop_index("events_created_at_idx")']), line: U },
      line: 1,
      ...withStats,
    },
    { name: 'ALTER COLUMN TYPE rewrite', history: events, sql: 'SELECT 1;\nALTER TABLE events ALTER COLUMN n TYPE bigint;', line: 2, ...withStats },
    { name: 'SET NOT NULL scan under ACCESS EXCLUSIVE', history: events, sql: 'ALTER TABLE events ALTER COLUMN n SET NOT NULL;', line: 1, ...withStats },
    { name: 'CHECK validated while adding it', history: events, sql: 'ALTER TABLE events ADD CONSTRAINT events_n_positive CHECK (n > 0);', line: 1, ...withStats },
    { name: 'a tighter budget catches a smaller table too', history: tiny, sql: 'ALTER TABLE tiny ALTER COLUMN n TYPE bigint;', appFiles: withStats.appFiles, config: { stats: 'stats.json', lockBudget: '1ms' }, line: 1 },
  ],
});
