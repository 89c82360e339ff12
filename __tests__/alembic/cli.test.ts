import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { alembicRevision, UPGRADE_LINE } from './revision.js';

async function lintJson(cwd: string, ...paths: string[]) {
  let out = '';
  const code = await main(['lint', ...paths, '--format', 'json'], { out: (s) => void (out += s), err: () => undefined, cwd, isTty: false });
  return { code, json: JSON.parse(out) as { findings: Array<{ ruleId: string; file: string; line: number; endLine: number; migration: string }>; migrations: Array<{ file: string; framework: string; isNew: boolean }>; suppressed: Array<{ ruleId: string; line: number; reason: string }> } };
}

const revision = (id: string, parent: string | null, upgrade: string[], downgrade: string[] | null = ['pass']) =>
  alembicRevision(upgrade, downgrade, id).replace('down_revision = None', `down_revision = ${parent ? `"${parent}"` : 'None'}`);

describe('linting a directory of SQL and Alembic migrations', () => {
  test('history in SQL, a change in Alembic: findings on the .py lines, revision graph order, suppressions', async () => {
    const t = tmpTree({
      '.migration-guard.yml': 'lockTimeout: 2s\n',
      'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
      // File names sort against the revision graph on purpose.
      'alembic/versions/a_second.py': revision('b2', 'a1', [
        '# migration-guard: ignore rename-column -- the app reads both names',
        'op.alter_column("users", "nickname", new_column_name="handle")',
        'op.create_index("users_handle_idx", "users", ["handle"])',
      ], ['op.drop_index("users_handle_idx", table_name="users")', 'op.alter_column("users", "handle", new_column_name="nickname")']),
      'alembic/versions/b_first.py': revision('a1', null, ['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")']),
      'alembic/versions/c_broken.py': revision('c3', 'b2', ['op.execute(f"UPDATE {TABLE} SET x = 1")', 'op.drop_column("users", "email"', 'op.add_column("users", sa.Column("plan", sa.Text(), nullable=False))']),
    });
    try {
      const { code, json } = await lintJson(t.dir, 'db', 'alembic');
      expect(code).toBe(1);
      expect(json.migrations.filter((m) => m.framework === 'alembic').map((m) => [m.file, m.framework])).toEqual([
        ['alembic/versions/b_first.py', 'alembic'],
        ['alembic/versions/a_second.py', 'alembic'],
        ['alembic/versions/c_broken.py', 'alembic'],
      ]);
      const at = (file: string) => json.findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line]);
      // The index build also runs while the rename's ACCESS EXCLUSIVE lock is held (one transaction).
      expect(at('alembic/versions/a_second.py')).toEqual([
        ['lock-held-across-statements', UPGRADE_LINE + 2],
        ['require-concurrent-index', UPGRADE_LINE + 2],
      ]);
      expect(json.suppressed).toEqual([expect.objectContaining({ ruleId: 'rename-column', line: UPGRADE_LINE + 1, reason: 'the app reads both names' })]);
      const broken = at('alembic/versions/c_broken.py');
      expect(broken).toEqual(expect.arrayContaining([
        ['unanalyzable', UPGRADE_LINE],
        ['parse-error', UPGRADE_LINE + 1],
        // The statement after the syntax error is still linted.
        ['add-column-required', UPGRADE_LINE + 2],
      ]));
      expect(json.findings.find((f) => f.file === 'alembic/versions/c_broken.py')!.migration).toBe('c3');
    } finally {
      t.cleanup();
    }
  });

  test('an unknown down_revision is reported at its line and the file is still linted', async () => {
    const t = tmpTree({
      '.migration-guard.yml': 'lockTimeout: 2s\n',
      'versions/w.py': revision('w0', null, ['op.add_column("users", sa.Column("a", sa.Text()))'], ['op.drop_column("users", "a")']),
      'versions/x.py': revision('x1', 'missing0', ['op.create_index("users_email_idx", "users", ["email"])'], ['op.drop_index("users_email_idx")']),
    });
    try {
      const { json } = await lintJson(t.dir, 'versions');
      const rules = json.findings.filter((f) => f.file === 'versions/x.py').map((f) => [f.ruleId, f.line]);
      expect(rules).toEqual(expect.arrayContaining([['parse-error', 6], ['require-concurrent-index', UPGRADE_LINE]]));
    } finally {
      t.cleanup();
    }
  });

  test('a single file linted on its own may name a parent that is not there', async () => {
    const t = tmpTree({ 'versions/x.py': revision('x1', 'elsewhere0', ['op.drop_column("users", "a")'], ['op.add_column("users", sa.Column("a", sa.Text()))']) });
    try {
      const { json } = await lintJson(t.dir, 'versions/x.py');
      expect(json.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
