import { ruleTester } from '../helpers/rule-tester.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100) NOT NULL);';

ruleTester('rename-column', {
  valid: [
    { name: 'table created in the same migration', sql: 'CREATE TABLE drafts (id bigint, titel text);\nALTER TABLE drafts RENAME COLUMN titel TO title;' },
    { name: 'column added earlier in the same migration', history: users, sql: 'ALTER TABLE users ADD COLUMN fullname text;\nALTER TABLE users RENAME COLUMN fullname TO full_name;' },
    { name: 'column added by an earlier migration of the same change', history: users, sql: 'ALTER TABLE users ADD COLUMN fullname text;', extraChange: ['ALTER TABLE users RENAME COLUMN fullname TO full_name;'] },
    { name: 'near-miss: expand step adds the new column', history: users, sql: 'ALTER TABLE users ADD COLUMN full_name text;' },
    { name: 'near-miss: renaming a constraint or an index', history: users, sql: 'ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_id_pkey;\nALTER INDEX users_name_idx RENAME TO users_full_name_idx;' },
    { name: 'near-miss: the downgrade renames back', history: users, layout: 'golang-migrate', sql: 'ALTER TABLE users ADD COLUMN nick text;', down: 'ALTER TABLE users RENAME COLUMN name TO full_name;' },
    { name: 'MySQL: CHANGE that keeps the name', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users CHANGE name name VARCHAR(200);' },
  ],
  invalid: [
    { name: 'rename of an existing column', history: users, sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'multi-line, after a comment', history: users, sql: '-- clearer name\nALTER TABLE users\n  RENAME COLUMN name\n  TO full_name;', line: 2, endLine: 4 },
    { name: 'column of a table unknown to history', sql: 'ALTER TABLE orders RENAME COLUMN amt TO amount;', line: 1 },
    { name: 'MySQL: RENAME COLUMN', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;', line: 1 },
    { name: 'MySQL: CHANGE COLUMN with a new name', dialect: 'mysql', history: 'CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100));', sql: 'ALTER TABLE users\n  CHANGE COLUMN name full_name VARCHAR(100);', line: 1, endLine: 2 },
  ],
});
