import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeGitHub, type FakeFile } from './fake-github.js';

/** Repository root (this file lives in __tests__/e2e/). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_ENTRY = path.join(ROOT, 'dist', 'index.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (/\.(ts|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Runs `npm run bundle` when dist/index.js is missing or older than any source it is built from. */
export function ensureBundle(): void {
  const sourcesChanged = Math.max(newestMtime(path.join(ROOT, 'src')), newestMtime(path.join(ROOT, 'rules')), statSync(path.join(ROOT, 'scripts', 'bundle.mjs')).mtimeMs);
  if (existsSync(DIST_ENTRY) && statSync(DIST_ENTRY).mtimeMs >= sourcesChanged) return;
  execFileSync('npm', ['run', 'bundle'], { cwd: ROOT, stdio: 'pipe' });
}

/** A throwaway git repository standing in for the runner's checkout (GITHUB_WORKSPACE). */
/**
 * The lifecycle every action test file shares: the bundle once per file, then a fresh fake GitHub
 * and repository for each test (handed to `set`), stopped and removed after it.
 */
export function withFakeGitHubAndRepo(set: (github: FakeGitHub, repo: TempRepo) => void): void {
  let github: FakeGitHub;
  let repo: TempRepo;
  beforeAll(() => ensureBundle(), 180_000);
  beforeEach(async () => {
    github = new FakeGitHub();
    await github.start();
    repo = new TempRepo();
    set(github, repo);
  });
  afterEach(async () => {
    await github.stop();
    repo.remove();
  });
}

export class TempRepo {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'mg-e2e-repo-'));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.email', 'dev@example.com');
    this.git('config', 'user.name', 'Dev');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }

  /** Writes files (null deletes) and commits them; returns the commit SHA. */
  commit(files: Record<string, string | null>, message = 'change'): string {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(this.dir, file);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** The PR's files as GitHub's `GET /pulls/{n}/files` shows them: status and the hunks-only `patch`. */
  pullRequestFiles(base: string, head = 'HEAD'): FakeFile[] {
    const statusLetters: Record<string, FakeFile['status']> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed' };
    return this.git('diff', '--name-status', '--no-renames', `${base}...${head}`)
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((row) => {
        const [letter, filename] = row.split('\t') as [string, string];
        const diff = this.git('diff', `${base}...${head}`, '--', filename);
        const hunkStart = diff.indexOf('\n@@');
        const patch = hunkStart >= 0 ? diff.slice(hunkStart + 1).replace(/\n$/, '') : undefined;
        return { filename, status: statusLetters[letter[0]!] ?? 'modified', patch };
      });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the action wrote (parsed), when it wrote one. */
  reportJson: any;
  /** Workflow-command annotations from stdout, in order. */
  annotations: { level: string; properties: string; message: string }[];
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter ... delimiter`). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      outputs[k!] = v.join('=');
    }
  }
  return outputs;
}

export interface RunOptions {
  repo: TempRepo;
  github: FakeGitHub;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  token?: string;
  /** More environment for the step (`MIGRATION_GUARD_RELAUNCH=1`). */
  env?: Record<string, string>;
}

/** Runs dist/index.js the way the runner does: env INPUT_*, GITHUB_* files, cwd = workspace. */
export async function runAction(opts: RunOptions): Promise<ActionRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'mg-e2e-run-'));
  const eventPath = path.join(scratch, 'event.json');
  const outputPath = path.join(scratch, 'output.txt');
  const summaryPath = path.join(scratch, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  // Start from a clean environment: a developer's or CI runner's own GITHUB_* must not leak in.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  }
  const inputs: Record<string, string> = {
    'github-token': opts.token ?? 'ghs_fake_token',
    paths: '',
    config: '',
    dialect: '',
    'pg-version': '',
    'fail-on': '',
    'review-comments': 'true',
    'summary-comment': 'true',
    'sarif-file': '',
    'base-ref': '',
    ...opts.inputs,
  };
  // The runner upper-cases the name and keeps dashes: INPUT_GITHUB-TOKEN.
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${opts.github.owner}/${opts.github.repo}`,
    GITHUB_API_URL: opts.github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_SHA: opts.repo.head(),
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: scratch,
    ...opts.env,
  });

  const child = spawn(process.execPath, [DIST_ENTRY], { cwd: opts.repo.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));

  const annotations = stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice) ?([^:]*)::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ level: m[1]!, properties: m[2]!, message: m[3]! }));
  const result: ActionRun = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations,
    reportJson: existsSync(path.join(scratch, 'migration-guard', 'report.json'))
      ? JSON.parse(readFileSync(path.join(scratch, 'migration-guard', 'report.json'), 'utf8'))
      : null,
  };
  rmSync(scratch, { recursive: true, force: true });
  return result;
}

/** The pull_request event payload fields the action reads. */
export function pullRequestEvent(number: number, baseSha: string, headSha: string, action = 'synchronize'): unknown {
  return {
    action,
    number,
    pull_request: { number, head: { sha: headSha, ref: 'feature' }, base: { sha: baseSha, ref: 'main' } },
    repository: { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
  };
}
