/**
 * The shared rules on MySQL SQL, through the real engine: the MySQL front end gives them the IR
 * they expect. Only rule ids and lines are asserted; the wording belongs to each rule's own tests.
 */
import { lintCase, type RuleCase } from '../helpers/rule-tester.js';

const mysql = { dialect: 'mysql' as const, config: { dialect: 'mysql' as const } };
const users =
  "CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(50) NOT NULL DEFAULT '', name VARCHAR(100), visits INT NOT NULL DEFAULT 0) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;";

/** [rule, scenario, history, change SQL, expected lines of the rule's findings] */
const CASES: [string, string, string[], string, number[]][] = [
  ['add-column-required', 'NOT NULL without default', [users], '-- x\nALTER TABLE users ADD COLUMN a INT NOT NULL;', [2]],
  ['add-column-required', 'NOT NULL with default', [users], 'ALTER TABLE users ADD COLUMN a INT NOT NULL DEFAULT 0;', []],
  ['add-column-required', 'nullable BOOL', [users], 'ALTER TABLE users ADD COLUMN b BOOL;', []],
  ['mysql-unsafe-alter', 'INT → BIGINT (type changes on MySQL are mysql-unsafe-alter findings)', [users], 'ALTER TABLE users MODIFY visits BIGINT NOT NULL DEFAULT 0;', [1]],
  ['mysql-unsafe-alter', 'CHANGE with a new type', [users], 'ALTER TABLE users CHANGE visits visit_count BIGINT NOT NULL DEFAULT 0;', [1]],
  ['mysql-unsafe-alter', 'VARCHAR widening in the same length-byte class', [users], "ALTER TABLE users MODIFY email VARCHAR(60) NOT NULL DEFAULT '';", []],
  ['mysql-unsafe-alter', 'MODIFY restating the same type', [users], 'ALTER TABLE users MODIFY name VARCHAR(100) NOT NULL;', []],
  ['drop-column-without-deprecation', 'DROP COLUMN', [users], 'ALTER TABLE users DROP COLUMN name;', [1]],
  ['drop-column-without-deprecation', 'deprecated by a column COMMENT', [users, "ALTER TABLE users MODIFY name VARCHAR(100) COMMENT 'deprecated: gone';"], 'ALTER TABLE users DROP COLUMN name;', []],
  ['drop-table-without-deprecation', 'DROP TABLE', [users], 'DROP TABLE users;', [1]],
  ['drop-table-without-deprecation', 'deprecated by a table COMMENT', [users, "ALTER TABLE users COMMENT = 'deprecated';"], 'DROP TABLE users;', []],
  ['rename-column', 'RENAME COLUMN', [users], 'ALTER TABLE users RENAME COLUMN name TO full_name;', [1]],
  ['rename-column', 'CHANGE with a new name', [users], 'ALTER TABLE users CHANGE name full_name VARCHAR(100);', [1]],
  ['rename-table', 'RENAME TABLE', [users], 'RENAME TABLE users TO members;', [1]],
  ['rename-table', 'ALTER TABLE ... RENAME TO', [users], 'ALTER TABLE users RENAME TO members;', [1]],
  ['truncate-table', 'TRUNCATE', [users], 'TRUNCATE TABLE users;', [1]],
  ['change-column-default', 'DROP DEFAULT', [users], 'ALTER TABLE users ALTER COLUMN visits DROP DEFAULT;', [1]],
  ['change-column-default', 'MODIFY restating the same default', [users], 'ALTER TABLE users MODIFY visits INT NOT NULL DEFAULT 0;', []],
  ['backfill-in-migration', 'UPDATE after a schema change', [users], 'ALTER TABLE users ADD COLUMN a INT NULL, ALGORITHM=INSTANT;\nUPDATE users SET a = 1;', [2]],
  ['drop-schema-or-database', 'DROP DATABASE', [], 'DROP DATABASE legacy;', [1]],
  ['parse-error', 'not SQL', [], 'SELECT 1;\nTHIS IS NOT SQL;', [2]],
  ['parse-error', 'DELIMITER and a procedure', [], 'DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;', []],
];

describe('shared rules on MySQL SQL', () => {
  test.each(CASES)('%s: %s', async (ruleId, name, history, sql, lines) => {
    const c: RuleCase = { name, history, sql, ...mysql };
    const findings = await lintCase(ruleId, c, 'sql', sql);
    if (ruleId !== 'parse-error') expect(findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === ruleId).map((f) => f.line)).toEqual(lines);
  });
});
