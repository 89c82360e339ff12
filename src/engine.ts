import type { ResolvedConfig } from './config.js';
import type { Report, SourceLookup } from './report/model.js';

export interface LintRequest {
  /** Working directory; report paths are relative to it. */
  cwd: string;
  /** Files or directories (or globs) to discover migrations in. Empty: config `migrations`, then auto-detect. */
  paths: string[];
  /**
   * The change under test (relative paths). When given, only these migrations are new and every
   * other discovered migration is history. When absent, the files named in `paths` are new.
   */
  changedFiles?: string[];
  /** Git ref: the change under test is the migrations changed since `git merge-base base HEAD`. */
  base?: string;
  config: ResolvedConfig;
}

export interface LintResult {
  report: Report;
  sources: SourceLookup;
}

/** Discover → parse → schema model → rules → rollback → report. Implemented in issue 2. */
export async function lint(req: LintRequest): Promise<LintResult> {
  void req;
  throw new Error('not implemented yet');
}
