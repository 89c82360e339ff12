import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('unanalyzable', {
  valid: [
    { name: 'static DDL in a DO block is analysed, not flagged', sql: 'DO $$ BEGIN ALTER TABLE t ADD COLUMN c int; END $$;' },
    { name: 'plain SQL', sql: 'CREATE TABLE t (id int);' },
    {
      name: 'knex: raw() bindings that are literals and knex.ref() of a constant name',
      history: 'CREATE TABLE widgets (id bigint PRIMARY KEY, name text, path text);',
      knex: "exports.up = async (knex) => {\n  await knex('widgets').update({ path: knex.raw('? || ??', ['/w/', knex.ref('name')]) });\n};\n\nexports.down = async () => {};\n",
    },
  ],
  invalid: [
    { name: 'EXECUTE of dynamic SQL in a DO block, at its own line', sql: "DO $$\nBEGIN\n  EXECUTE format('ALTER TABLE %I ADD COLUMN c int', 'users');\nEND $$;", line: 3 },
    {
      name: 'f-string with a value imported at run time',
      alembic: {
        code: 'from myapp.settings import TABLE\n\nrevision = "a1"\ndown_revision = None\n\ndef upgrade():\n    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN c int")\n\ndef downgrade():\n    pass\n',
        line: 7,
      },
    },
  ],
});
