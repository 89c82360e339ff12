import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('parse-error', {
  valid: [
    { name: 'valid SQL with every quoting style', sql: "SELECT 'a;b', \"c;d\", $$e;f$$, E'g\\';h';\nCREATE TABLE t (id int);" },
    { name: 'psql meta-commands are not SQL errors', sql: '\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);' },
    { name: 'PostgreSQL 18 syntax', sql: 'CREATE TABLE t (id int, v int GENERATED ALWAYS AS (id * 2) VIRTUAL);' },
  ],
  invalid: [
    { name: 'a bad statement among good ones, at its own line', sql: 'CREATE TABLE a (id int);\n\nALTER TABLE a ADD COLUMN;\nCREATE TABLE b (id int);', line: 3 },
    { name: 'a statement that never ends', sql: "CREATE TABLE a (id int);\nSELECT 'open\n", line: 2 },
    { name: 'deep nesting is refused before it reaches the parser', sql: `SELECT ${'('.repeat(3000)}1${')'.repeat(3000)};`, line: 1 },
    {
      name: 'Python syntax error in an Alembic file',
      alembic: { code: 'revision = "a1"\ndown_revision = None\n\ndef upgrade():\n    op.add_column("t", sa.Column("c", sa.Integer()\n\ndef downgrade():\n    pass\n', line: 5 },
    },
  ],
});
