import { ruleById } from '../../rules/index.js';
import { ruleContextFor } from '../../src/engine.js';
import type { Migration } from '../../src/ir.js';
import { ruleSettings } from '../../src/engine.js';
import { defaultConfig } from '../../src/config.js';
import { lintCase } from '../helpers/rule-tester.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';

describe('internal-error', () => {
  test('is registered with its severity', () => {
    expect(ruleById('internal-error')).toMatchObject({ id: 'internal-error', severity: 'error' });
  });

  test('a rule that throws becomes an internal-error finding; the other rules still report', async () => {
    const rule = ruleById('truncate-table')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const findings = await lintCase('internal-error', { name: 'crash', history: users, sql: 'TRUNCATE users;\nCREATE INDEX users_email_idx ON users (email);' }, 'sql', 'TRUNCATE users;\nCREATE INDEX users_email_idx ON users (email);');
      const mine = findings.filter((f) => f.ruleId === 'internal-error');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ severity: 'error', line: 1 });
      expect(mine[0]!.message).toContain('internal error in rule truncate-table: boom');
      expect(findings.some((f) => f.ruleId === 'require-concurrent-index')).toBe(true);
      expect(findings.some((f) => f.ruleId === 'parse-error')).toBe(false);
    } finally {
      rule.check = original;
    }
  });

  test('its severity is configurable, and off drops it', async () => {
    const rule = ruleById('truncate-table')!;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const c = { name: 'crash', history: users, sql: 'TRUNCATE users;' };
      const warn = await lintCase('internal-error', { ...c, config: { rules: { 'internal-error': 'warning' } } }, 'sql', c.sql);
      expect(warn.filter((f) => f.ruleId === 'internal-error').map((f) => f.severity)).toEqual(['warning']);
      const off = await lintCase('internal-error', { ...c, config: { rules: { 'internal-error': 'off' } } }, 'sql', c.sql);
      expect(off.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    } finally {
      rule.check = original;
    }
  });

  test('a front end crash (an unparsed op with reason internal) is reported by the rule itself', () => {
    const loc = { file: 'm.sql', line: 1, endLine: 1, column: 1 };
    const m: Migration = {
      id: 'm', file: 'm.sql', framework: 'sql', dialect: 'postgres', isNew: true, transactional: true, order: 'm', expectsDown: false,
      up: [{ kind: 'unparsed', reason: 'internal', message: 'internal error while parsing: boom', loc }], down: null,
    };
    const rule = ruleById('internal-error')!;
    const findings = rule.check(ruleContextFor(m, new Map(), ruleSettings(defaultConfig()), rule));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('internal error while parsing: boom');
    // parse-error and unanalyzable leave it alone.
    expect(ruleById('parse-error')!.check(ruleContextFor(m, new Map(), ruleSettings(defaultConfig()), ruleById('parse-error')!))).toEqual([]);
  });
});
