import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'pipe' }).toString();

async function cli(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

describe('lint --staged (the pre-commit hook)', () => {
  test('only the staged migrations are under test; committed and unstaged ones are history', async () => {
    const t = tmpTree({
      '.migration-guard.yml': 'lockTimeout: 2s\n',
      'db/migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      'app/models.py': 'x = 1\n',
    });
    try {
      git(t.dir, 'init', '-q', '-b', 'main');
      git(t.dir, 'add', '-A');
      git(t.dir, 'commit', '-q', '-m', 'base');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${t.dir}/db/migrations/0002_idx.sql`, 'CREATE INDEX users_email_idx ON users (email);\n');
      writeFileSync(`${t.dir}/db/migrations/0003_drop.sql`, 'ALTER TABLE users DROP COLUMN email;\n');
      writeFileSync(`${t.dir}/app/models.py`, 'x = 2\n');
      git(t.dir, 'add', 'db/migrations/0002_idx.sql', 'app/models.py');
      const r = await cli(t.dir, ['lint', '--staged', '--format', 'json']);
      const json = JSON.parse(r.out);
      expect(json.migrations.map((m: { file: string }) => m.file)).toEqual(['db/migrations/0002_idx.sql']);
      expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['require-concurrent-index']);
      expect(r.code).toBe(1);
      // Nothing staged that is a migration: a quiet pass.
      git(t.dir, 'reset', '-q', 'db/migrations/0002_idx.sql');
      const none = await cli(t.dir, ['lint', '--staged']);
      expect(none.code).toBe(0);
      expect(none.err).toBe('');
      expect((await cli(t.dir, ['lint', '--staged', '--base', 'main'])).code).toBe(2);
    } finally {
      t.cleanup();
    }
  });

  test('.pre-commit-hooks.yaml runs lint --staged without file names', () => {
    const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; pass_filenames: boolean; language: string }[];
    expect(hooks).toEqual([expect.objectContaining({ id: 'migration-guard', entry: 'migration-guard lint --staged', pass_filenames: false, language: 'node' })]);
  });
});
