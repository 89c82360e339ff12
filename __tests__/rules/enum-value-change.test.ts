import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const status = "CREATE TYPE order_status AS ENUM ('pending', 'shipped');";

ruleTester('enum-value-change', {
  valid: [
    { name: 'ADD VALUE in a transaction on PostgreSQL 12+', history: status, pgVersion: 12, sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'dispatched';\nCOMMIT;" },
    { name: 'ADD VALUE in a transactional dbmate migration on PostgreSQL 15', history: status, layout: 'dbmate', sql: "-- migrate:up\nALTER TYPE order_status ADD VALUE 'dispatched';\n\n-- migrate:down\nSELECT 1;\n" },
    { name: 'ADD VALUE outside a transaction on PostgreSQL 11', history: status, pgVersion: 11, sql: "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'dispatched';" },
    { name: 'ADD VALUE after COMMIT on PostgreSQL 11', history: status, pgVersion: 11, sql: "BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;\nALTER TYPE order_status ADD VALUE 'dispatched';" },
    { name: 'ADD VALUE to an enum created in the same transaction on PostgreSQL 11', pgVersion: 11, sql: "BEGIN;\nCREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\nCOMMIT;" },
    { name: 'renaming a value of an enum created in the same migration', sql: "CREATE TYPE mood AS ENUM ('sad', 'hapy');\nALTER TYPE mood RENAME VALUE 'hapy' TO 'happy';" },
    { name: 'near-miss: renaming the type itself is not a value change', history: status, sql: 'ALTER TYPE order_status RENAME TO shipment_status;' },
  ],
  invalid: [
    { name: 'renaming a value', history: status, sql: "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';", line: 1 },
    { name: 'renaming a value of an enum unknown to history', sql: "-- fix typo\nALTER TYPE color\n  RENAME VALUE 'gren' TO 'green';", line: 2, endLine: 3 },
    { name: 'ADD VALUE inside BEGIN on PostgreSQL 11', history: status, pgVersion: 11, sql: "BEGIN;\nALTER TYPE order_status ADD VALUE 'dispatched';\nCOMMIT;", line: 2 },
    { name: 'ADD VALUE in a transactional dbmate migration on PostgreSQL 10', history: status, pgVersion: 10, layout: 'dbmate', sql: "-- migrate:up\nALTER TYPE order_status ADD VALUE 'dispatched';\n\n-- migrate:down\nSELECT 1;\n", line: 2 },
    { name: 'ADD VALUE to an enum created in an earlier transaction on PostgreSQL 11', pgVersion: 11, sql: "BEGIN;\nCREATE TYPE mood AS ENUM ('sad');\nCOMMIT;\nBEGIN;\nALTER TYPE mood ADD VALUE 'happy';\nCOMMIT;", line: 5 },
    { name: 'knex: renaming a value in raw SQL', history: status, knex: { code: `exports.up = async (knex) => {
  await knex.raw(
    "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched'",
  );
};
exports.down = (knex) => knex.raw("ALTER TYPE order_status RENAME VALUE 'dispatched' TO 'shipped'");
`, line: 3 } },
    { name: 'alembic: renaming a value in op.execute', history: status, alembic: { code: py(['op.execute("ALTER TYPE order_status RENAME VALUE \'shipped\' TO \'dispatched\'")']), line: U } },
  ],
});
