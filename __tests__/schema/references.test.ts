import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDistinctive, referenceTargets, searchReferences, skippedByDefault } from '../../src/schema/references.js';
import type { Migration } from '../../src/ir.js';

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-refs-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('searchReferences', () => {
  test('whole words only, line numbers across CRLF and LF, first 5 kept and the rest counted', () => {
    const dir = repo({
      'a.py': 'x = 1\r\ny = row.legacy_email\r\nlegacy_email_verified = 2\n',
      'b.py': Array.from({ length: 8 }, (_, i) => (i % 2 ? `v${i} = legacy_email` : 'pass')).join('\n'),
    });
    try {
      const idx = searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir });
      expect(idx.references('users.legacy_email')).toEqual([
        { file: 'a.py', line: 2 }, { file: 'b.py', line: 2 }, { file: 'b.py', line: 4 }, { file: 'b.py', line: 6 }, { file: 'b.py', line: 8 },
      ]);
      expect(idx.total('users.legacy_email')).toBe(5);
      expect(idx.references('users.other')).toEqual([]);
      expect(idx.stats.source).toBe('walk');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a file that binds the name itself: bare uses are its variable, attributes and strings still count', () => {
    const dir = repo({
      'src/form.js': 'const legacy_email = input.value;\nsend(legacy_email);\nconst q = "SELECT legacy_email FROM users";\nconst v = row.legacy_email;\n',
      'src/go.go': 'legacy_email := r.FormValue("x")\nuse(legacy_email)\n',
      'app/api.py': 'class Payload(TypedDict):\n    legacy_email: str\n\n\ndef f(p):\n    return p.legacy_email\n',
      'app/user.py': 'class User(Base):\n    legacy_email = Column(Text)\n\n\ndef g(u):\n    return u.legacy_email\n',
      'app/other.py': 'def h():\n    return legacy_email\n',
      // Keyword arguments on lines of their own are no binding: the call uses the column.
      'app/jobs.py': 'def clear():\n    User.objects.filter(\n        legacy_email__isnull=False,\n    ).update(\n        legacy_email=None\n    )\n',
    });
    try {
      const idx = searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir });
      // A field of another class (the TypedDict) makes its attribute ambiguous; the table's own class (User) does not.
      expect(idx.references('users.legacy_email')).toEqual([
        { file: 'app/jobs.py', line: 5 }, { file: 'app/other.py', line: 2 }, { file: 'app/user.py', line: 2 }, { file: 'app/user.py', line: 6 }, { file: 'src/form.js', line: 3 },
      ]);
      expect(idx.total('users.legacy_email')).toBe(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('files over 1 MiB and binary files are skipped', () => {
    const dir = repo({ 'big.js': `${'x'.repeat(1024 * 1024)}\nlegacy_email`, 'blob.bin2': Buffer.from([0, 1, 2, ...Buffer.from('legacy_email')]) });
    try {
      expect(searchReferences([{ table: 'users', column: 'legacy_email' }], { cwd: dir }).references('users.legacy_email')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('nothing to search: no file is read', () => {
    const idx = searchReferences([], { cwd: '/nonexistent' });
    expect(idx.stats.files).toBe(0);
  });
});

describe('helpers', () => {
  test('isDistinctive', () => {
    expect(isDistinctive('legacy_email')).toBe(true);
    expect(isDistinctive('external_ref')).toBe(true);
    for (const g of ['id', 'email', 'created_at', 'user_id', 'nickname', 'a_b']) expect(isDistinctive(g)).toBe(false);
  });

  test('skippedByDefault', () => {
    for (const p of ['node_modules/x/a.js', 'vendor/a.rb', 'yarn.lock', 'README.md', 'db/migrate/1_x.rb', 'alembic/versions/a.py', 'x.min.js', 'img.png', 'db/structure.sql']) {
      expect(skippedByDefault(p)).toBe(true);
    }
    for (const p of ['app/models/user.py', 'src/queries/users.sql', 'lib/repo.ts', 'templates/user.html']) expect(skippedByDefault(p)).toBe(false);
  });

  test('referenceTargets: drops and renames of new migrations; column owners from all history', () => {
    const loc = { file: 'x', line: 1, endLine: 1, column: 1 };
    const m = (isNew: boolean, up: Migration['up']): Migration => ({ id: 'x', file: 'x', framework: 'sql', dialect: 'postgres', isNew, transactional: false, up, down: null, order: '', expectsDown: false });
    const { targets, columnOwners } = referenceTargets([
      m(false, [{ kind: 'createTable', table: 'a', columns: [{ name: 'ref_code', type: null, notNull: false, default: null }], constraints: [], ifNotExists: false, loc }]),
      m(false, [{ kind: 'dropColumn', table: 'z', column: 'old', ifExists: false, loc }]),
      m(true, [
        { kind: 'addColumn', table: 'b', column: { name: 'ref_code', type: null, notNull: false, default: null }, ifNotExists: false, loc },
        { kind: 'dropColumn', table: 'a', column: 'ref_code', ifExists: false, loc },
        { kind: 'renameTable', table: 'c', newName: 'd', loc },
      ]),
    ]);
    expect(targets).toEqual([{ table: 'a', column: 'ref_code' }, { table: 'c', column: null }]);
    expect([...columnOwners.get('ref_code')!]).toEqual(['a', 'b']);
  });
});
