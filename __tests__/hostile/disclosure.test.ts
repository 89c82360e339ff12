import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultConfig, repoRelativePath, UsageError } from '../../src/config.js';
import { walk } from '../../src/discover/files.js';
import { checkGitRef } from '../../src/discover/git.js';
import { escapeControl } from '../../src/report/escape.js';
import { loadSnapshot } from '../../src/stats/snapshot.js';

describe('hostile input: disclosure and injection', () => {
  test('the stats snapshot: a symlink leaving the repository is refused, a broken file is never quoted', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'mg-outside-'));
    writeFileSync(path.join(outside, 'secret.json'), 'TOPSECRET-VALUE not json');
    const repo = mkdtempSync(path.join(os.tmpdir(), 'mg-repo-'));
    mkdirSync(path.join(repo, '.git'));
    symlinkSync(path.join(outside, 'secret.json'), path.join(repo, 'stats.json'));
    expect(() => loadSnapshot(repo, 'stats.json')).toThrow(/outside the repository/);
    writeFileSync(path.join(repo, 'broken.json'), 'TOPSECRET-VALUE not json');
    let message = '';
    try {
      loadSnapshot(repo, 'broken.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('broken.json: not valid JSON');
    expect(message).not.toContain('TOPSECRET');
  });

  test('config paths outside the repository are refused', () => {
    for (const p of ['../x', '/etc', 'a/../../b', 'C:/x']) expect(() => repoRelativePath(p, 'migrations.0', 'cfg')).toThrow(UsageError);
    expect(repoRelativePath('db/migrations', 'migrations.0', 'cfg')).toBe('db/migrations');
    expect(defaultConfig().migrations).toEqual([]);
  });

  test('a ref that looks like an option is a usage error', () => {
    expect(() => checkGitRef('--output=F', '--base')).toThrow(UsageError);
    expect(checkGitRef('origin/main', '--base')).toBe('origin/main');
  });

  test('walk skips symlinks leaving the tree and FIFOs', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-hostile-'));
    mkdirSync(path.join(dir, 'm'));
    writeFileSync(path.join(dir, 'm', '1.sql'), 'SELECT 1;');
    symlinkSync('/etc/passwd', path.join(dir, 'm', '2.sql'));
    symlinkSync(path.join(dir, 'm', '1.sql'), path.join(dir, 'm', '3.sql'));
    execFileSync('mkfifo', [path.join(dir, 'm', '4.sql')]);
    expect(walk(dir).map((f) => path.relative(dir, f))).toEqual(['m/1.sql', 'm/3.sql']);
  });

  test('control, line-break and bidi characters are shown, never emitted', () => {
    expect(escapeControl('a\nb:1:1: error\u202e\u0085\x1b[31m')).toBe('a\\nb:1:1: error\\u202e\\x85\\x1b[31m');
  });
});
