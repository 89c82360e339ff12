import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../config.js';
import { toPosix } from './files.js';

/**
 * Files changed on this branch since it left `base` (`base...HEAD` diffs against the merge base),
 * relative to `cwd`. Deleted files are left out (they are history only); renames count as added.
 * @param label how the user named the base, for the error (`--base main`, `base-ref 'release'`)
 */
export function gitChangedFiles(cwd: string, base: string, label: string): string[] {
  const git = (args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    return git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', `${base}...HEAD`])
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => toPosix(path.relative(cwd, path.join(top, f))));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.toString().trim().split('\n')[0]?.replace(/\.$/, '');
    throw new UsageError(
      `${label}: cannot compute the changed files with git: ${stderr || (error as Error).message}. ` +
        'The clone needs the base commit (check out with fetch-depth: 0, or fetch the base ref).',
    );
  }
}
