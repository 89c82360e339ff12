/**
 * Lints a small repository written to a temp directory: `history` files are the base branch,
 * `change` files are the change under test. Optionally a git repository (for the code search,
 * which lists files through `git ls-files`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint, type LintResult } from '../../src/engine.js';
import type { Dialect } from '../../src/ir.js';

export interface Fixture {
  history?: Record<string, string>;
  change: Record<string, string>;
  /** Other files (application code, config). */
  files?: Record<string, string>;
  config?: ConfigFile;
  dialect?: Dialect;
  git?: boolean;
  /** Files written after the commit (untracked in the git repository). */
  untracked?: Record<string, string>;
  /** Discovery paths (default: the directories of history and change files). */
  paths?: string[];
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function lintFixture(f: Fixture): Promise<LintResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-rollback-'));
  try {
    write(dir, { ...(f.history ?? {}), ...f.change, ...(f.files ?? {}) });
    if (f.git) {
      git(dir, 'init', '-q');
      git(dir, 'add', '-A');
      git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'x');
    }
    write(dir, f.untracked ?? {});
    const dirs = [...new Set([...Object.keys(f.history ?? {}), ...Object.keys(f.change)].map((p) => p.split('/')[0]!))];
    const config = resolveConfig(validateConfig(f.config ?? {}, 'test config'), null, f.dialect ? { dialect: f.dialect } : {});
    return await lint({ cwd: dir, paths: f.paths ?? dirs, changedFiles: Object.keys(f.change), config });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
