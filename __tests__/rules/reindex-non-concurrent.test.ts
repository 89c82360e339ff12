import { ruleTester } from '../helpers/rule-tester.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);';

ruleTester('reindex-non-concurrent', {
  valid: [
    { name: 'REINDEX ... CONCURRENTLY in a plain SQL file', history: users, sql: 'REINDEX INDEX CONCURRENTLY users_email_idx;\nREINDEX TABLE CONCURRENTLY users;' },
    { name: 'REINDEX CONCURRENTLY in a golang-migrate file', history: users, layout: 'golang-migrate', sql: 'REINDEX INDEX CONCURRENTLY users_email_idx;', down: 'SELECT 1;' },
    { name: 'PostgreSQL 11 has no CONCURRENTLY to suggest', history: users, pgVersion: 11, sql: 'REINDEX INDEX users_email_idx;' },
    { name: 'table created earlier in the same migration', sql: 'CREATE TABLE drafts (id bigint, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nREINDEX TABLE drafts;' },
    { name: 'index of a table created earlier in the same migration', sql: 'CREATE TABLE drafts (id bigint, title text);\nCREATE INDEX drafts_title_idx ON drafts (title);\nREINDEX INDEX drafts_title_idx;' },
    { name: 'REINDEX SYSTEM cannot run concurrently', sql: 'REINDEX SYSTEM app;' },
    { name: 'near-miss: REINDEX (VERBOSE, CONCURRENTLY) option list', history: users, sql: 'REINDEX (VERBOSE, CONCURRENTLY) TABLE users;' },
    { name: 'alembic: REINDEX CONCURRENTLY inside autocommit_block()', history: users, alembic: py(['with op.get_context().autocommit_block():', '    op.execute("REINDEX INDEX CONCURRENTLY users_email_idx")']) },
  ],
  invalid: [
    { name: 'REINDEX INDEX', history: users, sql: 'REINDEX INDEX users_email_idx;', line: 1 },
    { name: 'REINDEX TABLE, multi-line after a comment with non-ASCII text', history: users, sql: '-- Index aufgebläht 📈\nREINDEX\n  TABLE users;', line: 2, endLine: 3 },
    { name: 'REINDEX SCHEMA', sql: '\nREINDEX SCHEMA public;', line: 2 },
    { name: 'REINDEX (VERBOSE) without CONCURRENTLY', history: users, pgVersion: 12, sql: 'REINDEX (VERBOSE) INDEX users_email_idx;', line: 1 },
    { name: 'alembic: REINDEX in op.execute', history: users, alembic: { code: py(['op.execute("REINDEX INDEX users_email_idx")']), line: U } },
  ],
});
