import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

const history = { 'migrations/001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'migrations/001_users.down.sql': 'DROP TABLE users;\n' };

describe('require-concurrent-index fix', () => {
  test.each([
    ['one line', 'CREATE INDEX users_email_idx ON users (email);\n'],
    ['after a comment, over two lines, UNIQUE', '-- speeds up login\nCREATE UNIQUE\n  INDEX users_email_idx\n  ON users (email);\n'],
  ])('golang-migrate, %s: CONCURRENTLY inserted, finding gone, file still parses', async (_name, sql) => {
    const change = { 'migrations/002_idx.up.sql': sql, 'migrations/002_idx.down.sql': 'DROP INDEX users_email_idx;\n' };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(finding?.fix).toBeDefined();
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed['migrations/002_idx.up.sql']).toMatch(/INDEX CONCURRENTLY users_email_idx/);
    const after = await lintFixture({ history, change: fixed });
    const ids = after.report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('require-concurrent-index');
    expect(ids).not.toContain('parse-error');
    expect(ids).not.toContain('concurrent-in-transaction');
  });

  test('no exact fix where the runner would also have to be told (a transaction), nor for ORM files', async () => {
    const change = { 'migrations/002_idx.up.sql': 'BEGIN;\nCREATE INDEX users_email_idx ON users (email);\nCOMMIT;\n', 'migrations/002_idx.down.sql': 'DROP INDEX users_email_idx;\n' };
    const r = await lintFixture({ history, change });
    const finding = r.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
  });
});
