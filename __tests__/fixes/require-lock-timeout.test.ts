import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

const history = { 'migrations/001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'migrations/001_users.down.sql': 'DROP TABLE users;\n' };

describe('require-lock-timeout fix', () => {
  test.each([
    ['one statement', 'ALTER TABLE users ADD COLUMN nickname text;\n'],
    ['after a comment, two statements', '-- nicknames\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users ADD COLUMN bio text;\n'],
  ])('golang-migrate, %s: SET lock_timeout inserted, finding gone, file still parses', async (_name, sql) => {
    const change = { 'migrations/002_nick.up.sql': sql, 'migrations/002_nick.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n' };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'require-lock-timeout');
    expect(finding?.fix).toBeDefined();
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed['migrations/002_nick.up.sql']).toMatch(/SET (LOCAL )?lock_timeout = '2s'; ALTER TABLE/);
    const after = await lintFixture({ history, change: fixed });
    const ids = after.report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('require-lock-timeout');
    expect(ids).not.toContain('parse-error');
  });
});
