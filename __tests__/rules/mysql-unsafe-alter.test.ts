import { alterFixture } from '../mysql/fixtures.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';

const mysql80 = { dialect: 'mysql' as const, config: { dialect: 'mysql' as const, mysqlVersion: '8.0.35' } };
const mariadb = { dialect: 'mysql' as const, config: { dialect: 'mysql' as const, mysqlVersion: '10.11', mariadb: true } };

/** A case from `__tests__/fixtures/mysql/alter/<name>.sql` (the same fixtures the MariaDB oracle test runs). */
function fixture(name: string, extra: Partial<InvalidCase> = {}): RuleCase & InvalidCase {
  const f = alterFixture(name);
  return { name, history: f.history, sql: f.change, ...mysql80, ...extra };
}

ruleTester('mysql-unsafe-alter', {
  valid: [
    { name: 'table created in the same migration', sql: 'CREATE TABLE t (id int, v int);\nALTER TABLE t MODIFY v bigint;\nALTER TABLE t CONVERT TO CHARACTER SET latin1;', ...mysql80 },
    fixture('add-index-online-explicit'),
    fixture('add-column-instant-explicit'),
    fixture('add-column-after'),
    fixture('modify-varchar-widen-same-class'),
    fixture('modify-enum-append'),
    fixture('add-foreign-key-checks-off'),
    fixture('replace-primary-key'),
    fixture('rename-index'),
    fixture('drop-index'),
    fixture('create-index'),
    { ...fixture('modify-varchar-latin1-small-to-long', mariadb), name: 'MariaDB 10.11: latin1 VARCHAR(50) → VARCHAR(300) is instant' },
    { ...fixture('default-charset', mariadb), name: 'MariaDB 10.11: changing the default charset is instant' },
  ],
  invalid: [
    fixture('modify-int-to-bigint', { line: 1 }),
    fixture('change-column-type-and-name', { line: 1 }),
    fixture('modify-varchar-widen-cross-class', { line: 1 }),
    fixture('add-foreign-key', { line: 1, endLine: 2 }),
    fixture('drop-primary-key', { line: 1 }),
    fixture('drop-primary-key-column', { line: 1 }),
    fixture('convert-charset', { line: 1 }),
    fixture('add-fulltext-index', { line: 1 }),
    fixture('add-check', { line: 1 }),
    fixture('add-column-stored', { line: 1 }),
    fixture('add-index-forced-copy', { line: 1 }),
    fixture('add-index-lock-shared', { line: 1 }),
    { ...fixture('modify-varchar-latin1-small-to-long'), name: 'MySQL 8.0: latin1 VARCHAR(50) → VARCHAR(300) crosses the 255-byte boundary', line: 1 },
    { ...fixture('default-charset'), name: 'MySQL 8.0: changing the default charset blocks writes', line: 1 },
    {
      name: 'after comments, among online statements',
      history: alterFixture('add-index').history,
      sql: '-- widen the counter\n\nALTER TABLE users\n  MODIFY visits BIGINT NOT NULL DEFAULT 0;\nALTER TABLE users ADD INDEX users_visits_idx (visits), ALGORITHM=INPLACE, LOCK=NONE;',
      line: 3,
      endLine: 4,
      ...mysql80,
    },
    { ...fixture('modify-int-to-bigint'), sql: undefined, name: 'knex: .alter() int to bigint is a MODIFY that copies the table', knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.bigInteger('visits').notNullable().defaultTo(0).alter();
  });
};
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.integer('visits').notNullable().defaultTo(0).alter());
`, line: 3 } },
  ],
});
