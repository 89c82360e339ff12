import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';

ruleTester('rename-table', {
  valid: [
    { name: 'rename plus a view under the old name in the same transaction', history: users, sql: 'BEGIN;\nALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;\nCOMMIT;' },
    { name: 'rename plus view in a transactional dbmate migration', history: users, layout: 'dbmate', sql: '-- migrate:up\nALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;\n\n-- migrate:down\nDROP VIEW users;\nALTER TABLE accounts RENAME TO users;\n' },
    { name: 'table created in the same migration', sql: 'CREATE TABLE acounts (id bigint);\nALTER TABLE acounts RENAME TO accounts;' },
    { name: 'table created by an earlier migration of the same change', sql: 'CREATE TABLE acounts (id bigint);', extraChange: ['ALTER TABLE acounts RENAME TO accounts;'] },
    { name: 'near-miss: renaming an index or a view', history: users, sql: 'ALTER INDEX users_email_idx RENAME TO accounts_email_idx;\nALTER VIEW active_users RENAME TO active_accounts;' },
    { name: 'knex: renameTable of a table created in the same migration', knex: `exports.up = async (knex) => {
  await knex.schema.createTable('draft', (t) => t.bigIncrements());
  await knex.schema.renameTable('draft', 'drafts');
};
exports.down = (knex) => knex.schema.dropTable('drafts');
` },
  ],
  invalid: [
    { name: 'rename of an existing table', history: users, sql: 'ALTER TABLE users RENAME TO accounts;', line: 1 },
    { name: 'view created after the transaction ended', history: users, sql: 'BEGIN;\nALTER TABLE users RENAME TO accounts;\nCOMMIT;\nCREATE VIEW users AS SELECT * FROM accounts;', line: 2 },
    { name: 'plain file without a transaction: old name missing between the statements', history: users, sql: 'ALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;', line: 1 },
    { name: 'view under a different name', history: users, sql: 'BEGIN;\nALTER TABLE users\n  RENAME TO accounts;\nCREATE VIEW users_v AS SELECT * FROM accounts;\nCOMMIT;', line: 2, endLine: 3 },
    { name: 'table unknown to history', sql: 'ALTER TABLE IF EXISTS orders RENAME TO purchases;', line: 1 },
    { name: 'MySQL: RENAME TABLE', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY);', sql: 'RENAME TABLE users TO accounts;', line: 1 },
    { name: 'knex: renameTable of an existing table', history: users, knex: { code: `exports.up = async (knex) => {
  await knex.schema.renameTable('users', 'accounts');
};
exports.down = (knex) => knex.schema.renameTable('accounts', 'users');
`, line: 2 } },
    { name: 'alembic: rename_table', history: users, alembic: { code: py(['op.rename_table("users", "accounts")'], ['op.rename_table("accounts", "users")']), line: U } },
  ],
});
