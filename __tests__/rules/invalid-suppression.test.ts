import { ruleTester } from '../helpers/rule-tester.js';

const log = 'CREATE TABLE audit_log (id bigint PRIMARY KEY);';
const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';

ruleTester('invalid-suppression', {
  valid: [
    { name: 'suppression with a reason on the line before', history: log, sql: '-- migration-guard: ignore truncate-table -- a cache table, rebuilt nightly\nTRUNCATE audit_log;' },
    { name: 'same-line suppression with a reason', history: log, sql: 'TRUNCATE audit_log; -- migration-guard: ignore truncate-table -- a cache table' },
    { name: 'suppression of a rule that is off in this config', history: users, config: { rules: { 'require-concurrent-index': 'off' } }, sql: '-- migration-guard: ignore require-concurrent-index -- tiny table\nCREATE INDEX users_email_idx ON users (email);' },
    { name: 'suppression of a rule of another dialect', history: users, sql: '-- migration-guard: ignore mysql-unsafe-alter -- shared file\nALTER TABLE users ADD COLUMN nickname text;' },
    { name: 'turned off in config', history: log, config: { rules: { 'invalid-suppression': 'off' } }, sql: '-- migration-guard: ignore truncate-table\nTRUNCATE audit_log;' },
  ],
  invalid: [
    { name: 'no reason', history: log, sql: '-- migration-guard: ignore truncate-table\nTRUNCATE audit_log;', line: 1 },
    { name: 'unknown rule id', history: log, sql: '-- migration-guard: ignore no-such-rule -- because\nTRUNCATE audit_log;', line: 1 },
    { name: 'no rule named', history: log, sql: '-- migration-guard: ignore -- because\nTRUNCATE audit_log;', line: 1, count: 1 },
    { name: 'suppresses nothing: no such finding on the next statement', history: users, sql: "-- migration-guard: ignore truncate-table -- left over\nALTER TABLE users ADD COLUMN nickname text;\nSET lock_timeout = '2s';", line: 1 },
    { name: 'suppresses nothing: the rule does not fire on the line', history: users, sql: "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email); -- migration-guard: ignore require-concurrent-index -- safe", line: 2 },
  ],
});
