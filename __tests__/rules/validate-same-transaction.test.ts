import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const tables = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);';
const addFk = 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;';
const validateFk = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;';

ruleTester('validate-same-transaction', {
  valid: [
    { name: 'NOT VALID in an earlier migration, VALIDATE now', history: [tables, addFk], sql: validateFk },
    { name: 'both in one plain SQL file: each statement commits on its own', history: tables, sql: `${addFk}\n${validateFk}` },
    { name: 'COMMIT between ADD and VALIDATE', history: tables, sql: `BEGIN;\n${addFk}\nCOMMIT;\nBEGIN;\n${validateFk}\nCOMMIT;` },
    { name: 'table created in the same migration', sql: `BEGIN;\n${tables}\n${addFk}\n${validateFk}\nCOMMIT;` },
    {
      name: 'dbmate migration marked transaction:false',
      history: tables,
      layout: 'dbmate',
      sql: `-- migrate:up transaction:false\n${addFk}\n${validateFk}\n\n-- migrate:down\nALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;\n`,
    },
    { name: 'near-miss: VALIDATE of another constraint in the same transaction', history: [tables, 'ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> \'\') NOT VALID;'], sql: `BEGIN;\n${addFk}\nALTER TABLE users VALIDATE CONSTRAINT users_email_check;\nCOMMIT;` },
    { name: 'alembic: NOT VALID in history, VALIDATE now', history: [tables, addFk], alembic: py(['op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey")']) },
  ],
  invalid: [
    { name: 'ADD ... NOT VALID and VALIDATE inside BEGIN ... COMMIT', history: tables, sql: `BEGIN;\n${addFk}\n${validateFk}\nCOMMIT;`, line: 3 },
    {
      name: 'CHECK constraint in a dbmate migration (wrapped in a transaction), multi-line VALIDATE after a comment',
      history: tables,
      layout: 'dbmate',
      sql: "-- migrate:up\nALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;\n-- prüfen ✓\nALTER TABLE users\n  VALIDATE CONSTRAINT users_email_check;\n\n-- migrate:down\nALTER TABLE users DROP CONSTRAINT users_email_check;\n",
      line: 4,
      endLine: 5,
    },
    { name: 'alembic: postgresql_not_valid then VALIDATE in the same (transactional) upgrade', history: tables, alembic: { code: py(['op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)', 'op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey")'], ['op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")']), line: U + 1 } },
  ],
});
