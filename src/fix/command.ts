import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGit } from '../discover/git.js';
import { isWithin, readRegularFile, realPath } from '../discover/safe-fs.js';
import { lint, type LintRequest, type LintResult } from '../engine.js';
import { escapeControl } from '../report/escape.js';
import type { Report, ReportFinding } from '../report/model.js';
import { renderText } from '../report/text.js';
import { applyFixes, type SkippedFix } from './apply.js';
import { unifiedDiff } from './diff.js';

/**
 * Passes of lint → apply. One is usually enough; another runs when two fixes overlapped (the
 * second gets a fresh finding on the new text), so that a second `fix` has nothing left to do.
 */
const MAX_PASSES = 5;

export interface FixPlan {
  /** Every file an applied fix edits: its text before and after (relative path, forward slashes). */
  changed: Map<string, { before: string; after: string }>;
  /** New files (relative path → text). */
  created: Map<string, string>;
  applied: ReportFinding[];
  skipped: SkippedFix<ReportFinding>[];
  /** The lint of the fixed texts: what remains. */
  remaining: LintResult;
}

/** The file as it is on disk, byte for byte (a BOM kept), or why it cannot be rewritten. */
function diskText(abs: string): { text: string } | { refused: string } {
  const read = readRegularFile(abs, 64 * 1024 * 1024);
  if (!read.ok) return { refused: read.reason };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(read.bytes) };
  } catch {
    // Rewriting it would turn the invalid bytes into U+FFFD.
    return { refused: 'the file is not valid UTF-8' };
  }
}

/**
 * The absolute path of a file a fix may write: below the working directory as written and once
 * symbolic links are resolved (for a new file, its nearest existing directory); null otherwise.
 */
function inside(cwd: string, file: string): string | null {
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) return null;
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const root = realPath(path.resolve(cwd)) ?? path.resolve(cwd);
  let existing = abs;
  while (!exists(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
  const real = realPath(existing);
  return real && isWithin(root, real) ? abs : null;
}

function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Lints, applies the exact fixes in memory and lints again, until no fix applies. Writes nothing.
 * Files are edited as they are on disk (a BOM stays); a file that is not valid UTF-8, or a path
 * outside the working directory, is never touched.
 */
export async function planFixes(request: LintRequest, run: (request: LintRequest) => Promise<LintResult> = lint): Promise<FixPlan> {
  const cwd = request.cwd;
  const current = new Map<string, string>();
  // Files that start with a byte order mark: the engine reads them without it, the write puts it back.
  const bom = new Set<string>();
  const refusedFiles = new Map<string, string | null>();
  const created = new Map<string, string>();
  const applied: ReportFinding[] = [];
  let skipped: SkippedFix<ReportFinding>[] = [];
  const contents = () => new Map([...(request.contents ?? []), ...[...current].map(([file, text]): [string, string] => [path.resolve(cwd, file), text])]);
  let result = await run(request);

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.report.findings.filter((f) => f.fix);
    skipped = [];
    if (fixable.length === 0) break;
    const linted = result;
    const outcome = applyFixes(fixable, {
      textOf: (file) => current.get(file) ?? linted.sources(file),
      refuse: (file, kind) => {
        const abs = inside(cwd, file);
        if (!abs) return `${file} is outside the working directory (or links out of it)`;
        if (kind === 'create') return exists(abs) || created.has(file) ? `it creates ${file}, which already exists` : null;
        if (!refusedFiles.has(file)) {
          // First sight of the file: the linted text must be the disk's, so the edits land where they point.
          const disk = diskText(abs);
          const seen = linted.sources(file);
          let why: string | null = null;
          if ('refused' in disk) why = `${file}: ${disk.refused}`;
          else if (seen !== undefined && disk.text === `\ufeff${seen}`) bom.add(file);
          else if (seen !== undefined && disk.text !== seen) why = `${file} changed on disk while it was linted`;
          refusedFiles.set(file, why);
        }
        return refusedFiles.get(file)!;
      },
    });
    skipped = outcome.skipped;
    if (outcome.applied.length === 0) break;
    const before = new Map(current);
    for (const [file, text] of outcome.files) current.set(file, text);
    const next = await run({ ...request, contents: contents() });
    // A fix that leaves its finding would be applied again on every run: take the pass back.
    if (next.report.findings.filter((f) => f.fix).length >= fixable.length) {
      current.clear();
      for (const [file, text] of before) current.set(file, text);
      skipped = [...outcome.applied.map((finding) => ({ finding, reason: 'applying it did not remove the finding' })), ...outcome.skipped];
      break;
    }
    for (const [file, text] of outcome.newFiles) created.set(file, text);
    applied.push(...outcome.applied);
    result = next;
  }

  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, text] of current) {
    const original = diskText(path.resolve(cwd, file));
    const after = (bom.has(file) ? '\ufeff' : '') + text;
    const before = 'text' in original ? original.text : '';
    if (before !== after) changed.set(file, { before, after });
  }
  return { changed, created, applied, skipped, remaining: result };
}

export interface FixCliOptions {
  request: LintRequest;
  dryRun: boolean;
  color: boolean;
  out: (s: string) => void;
  err: (s: string) => void;
  /** What `lint` would show of a report (`--quiet`). */
  show(report: Report): Report;
  /** `lint`'s exit code for a report (`--fail-on`, `--max-warnings`). */
  exitCode(report: Report): number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Where `cwd` is inside its git work tree (`db/`), '' at the top or outside git: `git apply` reads
 * a patch's paths from the top of the work tree wherever it runs, and skips the others silently.
 */
export function gitPrefix(cwd: string): string {
  try {
    return runGit(cwd, ['rev-parse', '--show-prefix'], { stderr: 'ignore' }).trim();
  } catch {
    return '';
  }
}

/** The diff of every change the plan makes, files in path order; `prefix` goes before every path. */
export function planDiff(plan: Pick<FixPlan, 'changed' | 'created'>, prefix = ''): string {
  const parts = [...plan.changed].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, { before, after }]) => unifiedDiff(prefix + file, before, after));
  for (const [file, text] of [...plan.created].sort(([a], [b]) => (a < b ? -1 : 1))) parts.push(unifiedDiff(prefix + file, null, text));
  return parts.join('');
}

/** Writes the plan: the edited files, then the new ones (never over a file that appeared meanwhile). */
export function writePlan(cwd: string, plan: Pick<FixPlan, 'changed' | 'created'>): void {
  for (const [file, { after }] of plan.changed) writeFileSync(path.resolve(cwd, file), after);
  for (const [file, text] of plan.created) {
    const abs = path.resolve(cwd, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text, { flag: 'wx' });
  }
}

/**
 * `migration-guard fix`: applies the exact fixes in place (or, with --dry-run, prints them as a
 * unified diff on stdout and writes nothing), then reports what remains the way `lint` does.
 * With --dry-run everything but the diff goes to stderr, so the output can be piped to `git apply`.
 */
export async function fixCli(o: FixCliOptions): Promise<number> {
  const plan = await planFixes(o.request);
  const say = o.dryRun ? o.err : o.out;
  if (o.dryRun) {
    o.out(planDiff(plan, gitPrefix(o.request.cwd)));
  } else {
    writePlan(o.request.cwd, plan);
  }
  const verb = o.dryRun ? 'would fix' : 'fixed';
  for (const f of plan.applied) say(`${verb} ${escapeControl(f.file)}:${f.line} [${f.ruleId}] ${escapeControl(f.fix!.title)}\n`);
  for (const file of plan.created.keys()) say(`${o.dryRun ? 'would create' : 'created'} ${escapeControl(file)}\n`);
  if (plan.applied.length) say('\n');
  const report = o.show(plan.remaining.report);
  if (report.findings.length || plan.remaining.report.summary.files > 0) say(renderText(report, { color: o.color, sources: plan.remaining.sources }));
  for (const s of plan.skipped) say(`not fixed ${escapeControl(s.finding.file)}:${s.finding.line} [${s.finding.ruleId}]: ${escapeControl(s.reason)}\n`);
  const files = new Set([...plan.changed.keys(), ...plan.created.keys()]).size;
  const left = report.findings.length;
  say(`migration-guard: ${verb} ${plural(plan.applied.length, 'finding')} in ${plural(files, 'file')}; ${plural(left, 'finding')} left${left ? ' (no exact fix: see the safe alternatives above)' : ''}\n`);
  if (plan.remaining.report.summary.files === 0) o.err('migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n');
  return o.exitCode(plan.remaining.report);
}
