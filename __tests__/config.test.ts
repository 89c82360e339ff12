import { UsageError, resolveConfig, loadConfigFile, mysqlVersionNumber } from '../src/config.js';
import { validateConfig } from '../src/config-schema.js';
import { tmpTree } from './helpers/tmp.js';

describe('config', () => {
  test('an unknown key is an error naming the key', () => {
    expect(() => validateConfig({ dialect: 'postgres', pgVersoin: 14 }, '.migration-guard.yml')).toThrow("unknown key 'pgVersoin'");
    expect(() => validateConfig({ deprecated: { colums: [] } }, 'c.yml')).toThrow("unknown key 'deprecated.colums'");
  });

  test('a bad value names the key', () => {
    expect(() => validateConfig({ rules: { 'require-concurrent-index': 'fatal' } }, 'c.yml')).toThrow(/'rules.require-concurrent-index'/);
    expect(() => validateConfig({ pgVersion: 'fifteen' }, 'c.yml')).toThrow(UsageError);
  });

  test('defaults and overrides', () => {
    const c = resolveConfig(validateConfig({ pgVersion: 12, failOn: 'warning' }, 'c'), 'c', { pgVersion: 16 });
    expect(c).toMatchObject({ dialect: 'postgres', pgVersion: 16, failOn: 'warning', mysqlVersion: null });
    expect(mysqlVersionNumber('8.0.29')).toBe(80029);
  });

  test('invalid YAML is a usage error with the file name', async () => {
    const t = tmpTree({ '.migration-guard.yml': 'rules: [unclosed' });
    try {
      await expect(loadConfigFile(t.dir)).rejects.toThrow(/\.migration-guard\.yml: not valid YAML/);
    } finally {
      t.cleanup();
    }
  });
});

describe('config validation in one place (CLI, Action, library)', () => {
  test('an unknown rule id in the file is a usage error naming the key', () => {
    expect(() => resolveConfig({ rules: { 'no-such-rule': 'off' } }, '.migration-guard.yml')).toThrow(UsageError);
    expect(() => resolveConfig({ rules: { 'no-such-rule': 'off' } }, '.migration-guard.yml')).toThrow(".migration-guard.yml: 'rules.no-such-rule': unknown rule id");
  });
  test('the engine rules can be configured like any rule', () => {
    const c = resolveConfig({ rules: { 'invalid-suppression': 'error', 'internal-error': 'warning' } }, null);
    expect(c.ruleSeverity).toMatchObject({ 'invalid-suppression': 'error', 'internal-error': 'warning' });
  });
});
