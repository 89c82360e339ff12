import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

const history = {
  'migrations/001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);\n',
  'migrations/001_users.down.sql': 'DROP TABLE users;\n',
};

describe('require-concurrent-index-drop fix', () => {
  test.each([
    ['one line', 'DROP INDEX users_email_idx;\n'],
    ['IF EXISTS after a comment', '-- no longer used\nDROP INDEX IF EXISTS users_email_idx;\n'],
  ])('golang-migrate, %s: CONCURRENTLY inserted, finding gone, file still parses', async (_name, sql) => {
    const change = { 'migrations/002_drop.up.sql': sql, 'migrations/002_drop.down.sql': 'CREATE INDEX users_email_idx ON users (email);\n' };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'require-concurrent-index-drop');
    expect(finding?.fix).toBeDefined();
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed['migrations/002_drop.up.sql']).toMatch(/DROP INDEX CONCURRENTLY /);
    const after = await lintFixture({ history, change: fixed });
    const ids = after.report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('require-concurrent-index-drop');
    expect(ids).not.toContain('parse-error');
    expect(ids).not.toContain('concurrent-in-transaction');
  });

  test('no exact fix inside a transaction or with CASCADE', async () => {
    for (const sql of ['BEGIN;\nDROP INDEX users_email_idx;\nCOMMIT;\n', 'DROP INDEX users_email_idx CASCADE;\n']) {
      const change = { 'migrations/002_drop.up.sql': sql, 'migrations/002_drop.down.sql': 'CREATE INDEX users_email_idx ON users (email);\n' };
      const r = await lintFixture({ history, change });
      const finding = r.report.findings.find((f) => f.ruleId === 'require-concurrent-index-drop');
      expect(finding).toBeDefined();
      expect(finding!.fix).toBeUndefined();
    }
  });
});
