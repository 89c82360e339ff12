import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../config.js';
import { toPosix } from './files.js';

/**
 * Runs git on the repository with options that keep the repository's own config from running
 * programs: `core.fsmonitor` names a hook git would execute on every status-like command, and
 * external diff drivers / textconv filters are switched off. Exported for the code scan.
 */
export function runGit(cwd: string, args: string[], opts: { maxBuffer?: number; stderr?: 'pipe' | 'ignore' } = {}): string {
  return execFileSync('git', ['-c', 'core.fsmonitor=false', '-c', 'core.untrackedCache=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', opts.stderr ?? 'pipe'],
    maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
  });
}

/** A ref from the user (or the event): never an option, never empty. */
export function checkGitRef(ref: string, label: string): string {
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref)) {
    throw new UsageError(`${label}: '${ref.replace(/[\0-\x1f]/g, '?')}' is not a git ref (a ref cannot start with '-')`);
  }
  return ref;
}

/**
 * Files changed on this branch since it left `base` (`base...HEAD` diffs against the merge base),
 * relative to `cwd`. Deleted files are left out (they are history only); renames count as added.
 * @param label how the user named the base, for the error (`--base main`, `base-ref 'release'`)
 */
export function gitChangedFiles(cwd: string, base: string, label: string, which: 'changed' | 'added' = 'changed'): string[] {
  checkGitRef(base, label);
  // `added`: only files the branch adds (a renamed file counts as added: `--no-renames`).
  const filter = which === 'added' ? '--diff-filter=A' : '--diff-filter=d';
  try {
    const top = runGit(cwd, ['rev-parse', '--show-toplevel']).trim();
    // `--end-of-options` so the ref can never be read as an option, `--` so it is never a path.
    return runGit(cwd, ['diff', '--name-only', '--no-renames', '--no-ext-diff', '--no-textconv', filter, '-z', '--end-of-options', `${base}...HEAD`, '--'])
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

/** The files staged for commit (added, copied, modified, renamed), relative to cwd: what a pre-commit hook lints. */
export function gitStagedFiles(cwd: string): string[] {
  try {
    const top = runGit(cwd, ['rev-parse', '--show-toplevel']).trim();
    return runGit(cwd, ['diff', '--cached', '--name-only', '--no-renames', '--no-ext-diff', '--no-textconv', '--diff-filter=d', '-z', '--'])
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => toPosix(path.relative(cwd, path.join(top, f))));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.toString().trim().split('\n')[0]?.replace(/\.$/, '');
    throw new UsageError(`--staged: cannot list the staged files with git: ${stderr || (error as Error).message}`);
  }
}

/**
 * A file's text at a commit (`git show <ref>:<path>`), or null when the commit has no such file.
 * Throws when the commit itself is missing (a shallow clone): the caller says so.
 */
export function gitShowFile(cwd: string, ref: string, file: string): string | null {
  checkGitRef(ref, 'base commit');
  if (/[\0\n\r]/.test(file) || file.startsWith('-')) return null;
  try {
    runGit(cwd, ['cat-file', '-e', '--end-of-options', `${ref}^{commit}`], { stderr: 'ignore' });
  } catch {
    throw new Error(`the base commit ${ref} is not in the clone (check out with fetch-depth: 0)`);
  }
  try {
    // `./` makes the path relative to cwd; textconv stays off so no repository filter runs.
    return runGit(cwd, ['show', '--no-textconv', '--end-of-options', `${ref}:./${file}`], { stderr: 'ignore', maxBuffer: 8 * 1024 * 1024 });
  } catch {
    return null;
  }
}
