import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('unanalyzable', {
  valid: [
    { name: 'static DDL in a DO block is analysed, not flagged', sql: 'DO $$ BEGIN ALTER TABLE t ADD COLUMN c int; END $$;' },
    { name: 'plain SQL', sql: 'CREATE TABLE t (id int);' },
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
