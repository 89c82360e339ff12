import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const invitations = 'CREATE TABLE organization_membership_invitations (id bigint PRIMARY KEY, organization_id bigint, invited_email_address text);';
// 65 and 63 characters.
const long64 = 'organization_membership_invitations_invited_email_address_lower_x';
const ok63 = 'organization_membership_invitations_invited_email_address_lower';
// 32 characters, 64 bytes in UTF-8.
const umlauts = 'ä'.repeat(32);

ruleTester('identifier-too-long', {
  valid: [
    {
      name: 'a name of exactly 63 bytes',
      history: invitations,
      sql: `CREATE INDEX ${ok63} ON organization_membership_invitations (invited_email_address);`,
      alembic: py([`op.create_index("${ok63}", "organization_membership_invitations", ["invited_email_address"])`], [`op.drop_index("${ok63}")`]),
    },
    { name: 'an unnamed index: PostgreSQL shortens its own default name', history: invitations, sql: 'CREATE INDEX ON organization_membership_invitations (organization_id, invited_email_address);' },
    { name: 'a long string literal and a long comment are not identifiers', history: invitations, sql: `-- ${long64}${long64}\nINSERT INTO organization_membership_invitations (id, invited_email_address) VALUES (1, '${long64}');` },
    { name: 'MySQL: 64 characters are allowed', dialect: 'mysql', sql: `CREATE TABLE t (id BIGINT PRIMARY KEY, ${long64.slice(0, 64)} INT);` },
    { name: 'MySQL: 32 two-byte characters are 32 characters', dialect: 'mysql', sql: `CREATE TABLE t (id BIGINT PRIMARY KEY, ${umlauts} INT);` },
    {
      name: 'knex: a short generated index name',
      knex: `exports.up = (knex) => knex.schema.createTable('tags', (t) => { t.bigIncrements(); t.string('name').index(); });\nexports.down = (knex) => knex.schema.dropTable('tags');\n`,
    },
  ],
  invalid: [
    {
      name: 'an explicit index name over 63 bytes',
      history: invitations,
      sql: `CREATE INDEX ${long64} ON organization_membership_invitations (invited_email_address);`,
      line: 1,
      alembic: { code: py([`op.create_index("${long64}", "organization_membership_invitations", ["invited_email_address"])`], [`op.drop_index("${long64}")`]), line: U },
    },
    { name: 'a quoted table name keeps its case and is measured in bytes', sql: `\nCREATE TABLE "${umlauts}" (id bigint);`, line: 2 },
    { name: 'a column and a constraint of a new table', sql: `CREATE TABLE t (\n  id bigint PRIMARY KEY,\n  ${long64} int,\n  CONSTRAINT ${long64}_check CHECK (id > 0)\n);`, line: 1, endLine: 5, count: 2 },
    { name: 'a rename to a long name', history: invitations, sql: `ALTER TABLE organization_membership_invitations RENAME COLUMN invited_email_address TO ${long64};`, line: 1 },
    { name: 'a view', history: invitations, sql: `CREATE VIEW ${long64} AS SELECT id FROM organization_membership_invitations;`, line: 1 },
    { name: 'MySQL: 65 characters are rejected', dialect: 'mysql', sql: `CREATE TABLE t (id BIGINT PRIMARY KEY);\nALTER TABLE t ADD COLUMN ${long64} INT;`, line: 2 },
    {
      name: 'knex: the index name Knex generates is too long',
      history: invitations,
      knex: { code: `exports.up = (knex) => knex.schema.alterTable('organization_membership_invitations', (t) => {\n  t.index(['organization_id', 'invited_email_address']);\n});\nexports.down = (knex) => knex.schema.alterTable('organization_membership_invitations', (t) => {\n  t.dropIndex(['organization_id', 'invited_email_address']);\n});\n`, line: 2 },
    },
  ],
});
