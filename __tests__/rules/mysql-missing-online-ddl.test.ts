import { alterFixture } from '../mysql/fixtures.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';

const mysql80 = { dialect: 'mysql' as const, config: { dialect: 'mysql' as const, mysqlVersion: '8.0.35' } };
const mysql8020 = { dialect: 'mysql' as const, config: { dialect: 'mysql' as const, mysqlVersion: '8.0.20' } };

/** A case from `__tests__/fixtures/mysql/alter/<name>.sql` (the same fixtures the MariaDB oracle test runs). */
function fixture(name: string, extra: Partial<InvalidCase> = {}): RuleCase & InvalidCase {
  const f = alterFixture(name);
  return { name, history: f.history, sql: f.change, ...mysql80, ...extra };
}

ruleTester('mysql-missing-online-ddl', {
  valid: [
    { name: 'table created in the same migration', sql: 'CREATE TABLE t (id int);\nALTER TABLE t ADD INDEX i (id);\nCREATE INDEX j ON t (id);', ...mysql80 },
    fixture('add-index-online-explicit'),
    fixture('add-column-instant-explicit'),
    fixture('create-index-online-explicit'),
    fixture('add-foreign-key-checks-off'),
    { ...fixture('add-index'), name: 'LOCK=NONE alone', sql: 'ALTER TABLE users ADD INDEX users_email_idx (email), LOCK=NONE;' },
    { ...fixture('modify-int-to-bigint'), name: 'no online path: reported by mysql-unsafe-alter instead' },
    { ...fixture('add-index'), name: 'DML and RENAME TABLE take no online clauses', sql: 'UPDATE users SET visits = 0 WHERE id < 10;\nRENAME TABLE users TO members;' },
    { ...fixture('add-index'), sql: undefined, name: 'knex: raw ALTER with explicit ALGORITHM and LOCK', knex: `exports.up = (knex) => knex.raw('ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE, LOCK=NONE');
exports.down = (knex) => knex.raw('ALTER TABLE users DROP INDEX users_email_idx, ALGORITHM=INPLACE, LOCK=NONE');
` },
  ],
  invalid: [
    fixture('add-index', { line: 1 }),
    fixture('add-column-after', { line: 2, endLine: 3 }),
    { ...fixture('add-column-after'), name: 'MySQL 8.0.20: ADD COLUMN ... AFTER is only INPLACE', ...mysql8020, line: 2, endLine: 3 },
    fixture('create-index', { line: 1 }),
    fixture('drop-index-statement', { line: 1 }),
    fixture('drop-column', { line: 1 }),
    fixture('rename-column', { line: 1 }),
    { ...fixture('add-index'), name: 'ALGORITHM=INPLACE without LOCK=NONE', sql: 'ALTER TABLE users ADD INDEX users_email_idx (email), ALGORITHM=INPLACE;', line: 1 },
    { ...fixture('add-index'), sql: undefined, name: 'knex: index() has no way to ask for ALGORITHM/LOCK', knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.index('email', 'users_email_idx');
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropIndex([], 'users_email_idx'));
`, line: 3 } },
  ],
});
