import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { relaunchForShortRun } from '../../src/wasm-tiering.js';
import { tmpTree } from '../helpers/tmp.js';

const CLI = path.resolve('dist/cli.js');

describe('short runs relaunch with --liftoff-only where Node ignores it at run time', () => {
  const saved = process.env.MIGRATION_GUARD_RELAUNCH;
  afterEach(() => {
    if (saved === undefined) delete process.env.MIGRATION_GUARD_RELAUNCH;
    else process.env.MIGRATION_GUARD_RELAUNCH = saved;
  });

  test('the child gets the flag, the arguments and the environment; its exit code is returned', () => {
    const t = tmpTree({ 'child.mjs': "process.exit(process.execArgv.includes('--liftoff-only') && process.argv[2] === 'lint' && process.env.MG_PROBE === 'yes' ? 7 : 3);\n" });
    try {
      process.env.MIGRATION_GUARD_RELAUNCH = '1';
      process.env.MG_PROBE = 'yes';
      expect(relaunchForShortRun(path.join(t.dir, 'child.mjs'), ['lint'])).toBe(7);
      process.env.MIGRATION_GUARD_RELAUNCH = '0';
      expect(relaunchForShortRun(path.join(t.dir, 'child.mjs'), ['lint'])).toBeNull();
    } finally {
      delete process.env.MG_PROBE;
      t.cleanup();
    }
  });

  test('the bundled CLI gives the same report, exit code and stdin handling relaunched or not', () => {
    const t = tmpTree({ 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n', 'db/0002_idx.sql': 'CREATE INDEX users_email_idx ON users (email);\n' });
    try {
      const run = (relaunch: string, args: string[], input?: string) =>
        spawnSync(process.execPath, [CLI, ...args], { cwd: t.dir, input, encoding: 'utf8', env: { ...process.env, MIGRATION_GUARD_RELAUNCH: relaunch, MIGRATION_GUARD_CACHE: 'off' } });
      for (const [args, input] of [[['lint', 'db/0002_idx.sql', '--format', 'json']], [['lint', '--stdin', '--stdin-filename', 'db/0003_x.sql', '--format', 'json'], 'ALTER TABLE users DROP COLUMN email;\n']] as const) {
        const direct = run('0', [...args], input);
        const relaunched = run('1', [...args], input);
        expect(relaunched.status).toBe(direct.status);
        expect(direct.status).toBe(1);
        const findings = (out: string) => (JSON.parse(out) as { findings: { ruleId: string; line: number }[] }).findings.map((f) => `${f.ruleId}:${f.line}`);
        expect(findings(relaunched.stdout)).toEqual(findings(direct.stdout));
        expect(findings(direct.stdout).length).toBeGreaterThan(0);
      }
    } finally {
      t.cleanup();
    }
  });
});
