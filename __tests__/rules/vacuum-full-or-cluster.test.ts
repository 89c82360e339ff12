import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);';

ruleTester('vacuum-full-or-cluster', {
  valid: [
    { name: 'plain VACUUM and VACUUM ANALYZE', history: users, sql: 'VACUUM users;\nVACUUM (ANALYZE, VERBOSE) users;\nANALYZE users;' },
    { name: 'VACUUM FULL of a table created in the same migration', sql: 'CREATE TABLE staging (id bigint);\nVACUUM FULL staging;' },
    { name: 'CLUSTER of a table created in the same migration', sql: 'CREATE TABLE staging (id bigint PRIMARY KEY);\nCLUSTER staging USING staging_pkey;' },
    { name: 'near-miss: VACUUM (FULL false)', history: users, sql: 'VACUUM (FULL false) users;' },
  ],
  invalid: [
    { name: 'VACUUM FULL of an existing table', history: users, sql: 'VACUUM FULL users;', line: 1 },
    { name: 'VACUUM (FULL, ANALYZE), multi-line after a comment with non-ASCII text', history: users, sql: '-- Platz zurückgewinnen 💾\nVACUUM (FULL, ANALYZE)\n  users;', line: 2, endLine: 3 },
    { name: 'CLUSTER ... USING', history: users, sql: 'CLUSTER users USING users_email_idx;', line: 1 },
    { name: 'VACUUM FULL of the whole database', sql: '\nVACUUM FULL;', line: 2 },
    { name: 'CLUSTER of every clustered table', sql: 'CLUSTER;', line: 1 },
    { name: 'alembic: VACUUM FULL through the connection', history: users, alembic: { code: py(['with op.get_context().autocommit_block():', '    op.get_bind().execute(sa.text("VACUUM FULL users"))']), line: U + 1 } },
  ],
});
