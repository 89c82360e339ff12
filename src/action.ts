import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { CONFIG_FILE, loadConfigFile, parseConfigText, resolveConfig, UsageError, type ConfigOverrides, type ResolvedConfig } from './config.js';
import { configWeakenings, newSuppressions, type Weakening } from './config-weakening.js';
import { gitChangedFiles, gitShowFile } from './discover/git.js';
import type { Migration } from './ir.js';
import type { Report, SourceLookup } from './report/model.js';
import { previewSql, renderOps } from './render/index.js';
import type { SqlPreview } from './github/sticky-sections.js';
import { lint } from './engine.js';
import { createGitHubClient, describeError } from './github/client.js';
import { resolveIdentity } from './github/identity.js';
import { listPullRequestFiles, readActionInputs, readEvent } from './github/inputs.js';
import { publishReport } from './github/publish.js';
import type { PullRequestFile } from './github/review.js';
import { compileWasmForShortRuns } from './wasm-tiering.js';

/** The GitHub Action: read inputs, lint the change under test, publish to every channel, gate. */
export async function run(): Promise<void> {
  const started = Date.now();
  try {
    const inputs = readActionInputs();
    // Nothing waits forever: each request has a timeout, all of them together the budget (the
    // clock stops while linting, which takes no API call).
    const budgetMs = inputs.apiBudgetSeconds * 1000;
    const limits = { requestTimeoutMs: Math.min(30_000, budgetMs), deadline: started + budgetMs };
    if (inputs.mode === 'lint') compileWasmForShortRuns();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const { config: file, source } = await loadConfigFile(workspace, inputs.config);
    const overrides: ConfigOverrides = { dialect: inputs.dialect, pgVersion: inputs.pgVersion, failOn: inputs.failOn };
    const config = resolveConfig(file, source, overrides);
    if (inputs.mode === 'stats') {
      // A scheduled capture of the statistics snapshot: no lint, no GitHub API call.
      const { runStatsStep, DEFAULT_STATS_FILE } = await import('./stats/action.js');
      await runStatsStep(
        { workspace, databaseUrl: inputs.databaseUrl, output: inputs.statsOutput || config.stats || DEFAULT_STATS_FILE, requireLeastPrivilege: inputs.requireLeastPrivilege },
        { info: core.info, notice: (m) => core.notice(m), setSecret: core.setSecret, setOutput: core.setOutput, setFailed: core.setFailed },
      );
      return;
    }
    const event = readEvent();
    const client = inputs.token ? createGitHubClient(inputs.token, { warning: core.warning, info: core.info }, undefined, limits) : null;
    const notes: string[] = [];

    let changedFiles: string[] | undefined;
    /** Files the pull request adds: an added migration ordered before the base branch's latest is a migration-conflict. */
    let addedFiles: string[] | undefined;
    let pullRequest: { client: NonNullable<typeof client>; ref: NonNullable<typeof event.pullRequest>; files: PullRequestFile[]; author: string } | null = null;
    if (event.pullRequest) {
      let files: PullRequestFile[] | null = null;
      if (client) {
        try {
          files = await listPullRequestFiles(client, event.pullRequest);
        } catch (error) {
          core.warning(`could not list the pull request's files (${describeError(error)}); using git instead`);
          notes.push(`The pull request's files could not be listed (${describeError(error)}), so no inline comments were posted.`);
        }
      }
      if (files) {
        changedFiles = files.filter((f) => f.status !== 'removed').map((f) => f.filename);
        addedFiles = files.filter((f) => f.status === 'added' || f.status === 'renamed' || f.status === 'copied').map((f) => f.filename);
        const identity = await resolveIdentity(client!, inputs.token, inputs.commentAuthor, { info: core.info, warning: core.warning });
        core.info(`our comments are those by ${identity.login} (${identity.source})`);
        pullRequest = { client: client!, ref: event.pullRequest, files, author: identity.login };
      } else {
        changedFiles = gitChangedFiles(workspace, event.pullRequest.baseSha, `the pull request's base ${event.pullRequest.baseSha}`);
        addedFiles = gitChangedFiles(workspace, event.pullRequest.baseSha, `the pull request's base ${event.pullRequest.baseSha}`, 'added');
      }
    } else {
      const base = inputs.baseRef || event.defaultBase;
      if (base) {
        changedFiles = gitChangedFiles(workspace, base, `base-ref '${base}'`);
        addedFiles = gitChangedFiles(workspace, base, `base-ref '${base}'`, 'added');
      }
      core.info(base ? `linting migrations changed since ${base}` : 'no base ref: linting every discovered migration');
    }

    const lintStarted = Date.now();
    const linted = await lint({ cwd: workspace, paths: inputs.paths, changedFiles, ...(addedFiles ? { addedFiles } : {}), config });
    const { sources } = linted;
    let { report } = linted;
    let extraMarkdown: string | undefined;
    let dryRunFailed = false;
    if (inputs.mode === 'dry-run') {
      // Loaded only in dry-run mode: lint runs never pay for PGlite or the database drivers.
      const dryrun = await import('./dryrun/index.js');
      const { renderDryRunMarkdown } = await import('./dryrun/report.js');
      const result = await dryrun.runDryRun({
        cwd: workspace,
        paths: inputs.paths,
        changedFiles,
        config,
        engine: inputs.dryRunEngine,
        databaseUrl: inputs.databaseUrl || undefined,
        migrations: linted.migrations,
        sources,
        progress: (message) => core.info(message),
      });
      report = dryrun.applyDryRunToReport(report, result);
      extraMarkdown = renderDryRunMarkdown(result, { maxChars: 20_000 });
      dryRunFailed = !result.ok;
      core.setOutput('dry-run-ok', String(result.ok));
    }
    core.info(
      `${report.migrations.filter((m) => m.isNew).length} migration(s) under test, ${report.findings.length} finding(s), ${report.suppressed.length} suppressed`,
    );

    limits.deadline += Date.now() - lintStarted;
    // Past the budget (plus a grace for the files still being written) the process ends whatever
    // still hangs: annotations, summary, outputs and the gate's exit code are set before any comment call.
    setTimeout(() => {
      core.warning(`migration-guard: the GitHub API budget of ${inputs.apiBudgetSeconds} s (input api-budget) is spent; ending the run`);
      process.exit();
    }, Math.max(0, limits.deadline - Date.now()) + 15_000).unref();

    const outputDir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'migration-guard');
    await publishReport({
      report,
      sources,
      failOn: config.failOn,
      pullRequest,
      reviewComments: inputs.reviewComments,
      summaryComment: inputs.summaryComment,
      maxInlineComments: inputs.maxInlineComments,
      reportJsonPath: path.join(outputDir, 'report.json'),
      sarifPath: inputs.sarifFile ? path.resolve(workspace, inputs.sarifFile) : null,
      sarifOutput: inputs.sarifFile,
      notes,
      extraMarkdown,
      ...(event.pullRequest ? await weakeningsOfPullRequest(workspace, event.pullRequest.baseSha, inputs.config || CONFIG_FILE, config, overrides, report, sources) : {}),
      sqlPreviews: ormSqlPreviews(linted.migrations),
    });
    if (dryRunFailed) core.setFailed('migration-guard: the dry-run did not verify every migration (see the dry-run section of the job summary).');
  } catch (error) {
    // A config or input problem is the user's to fix: say exactly that, without a stack trace.
    if (error instanceof UsageError) core.setFailed(`migration-guard: ${error.message}`);
    else core.setFailed(`migration-guard failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/**
 * What the pull request does to lower the check: its config against the base commit's (same
 * action inputs), and suppression comments the base does not have. Only file text is read from
 * git; nothing from the pull request runs.
 */
async function weakeningsOfPullRequest(
  workspace: string,
  baseSha: string,
  configPath: string,
  head: ResolvedConfig,
  overrides: ConfigOverrides,
  report: Report,
  sources: SourceLookup,
): Promise<{ weakenings: Weakening[]; weakeningNote?: string }> {
  try {
    const weakenings: Weakening[] = [];
    const baseText = gitShowFile(workspace, baseSha, configPath);
    const headText = head.source ? (sources(head.source) ?? readHeadConfig(workspace, head.source)) : null;
    let base: ResolvedConfig | null = null;
    try {
      base = resolveConfig(baseText === null ? {} : await parseConfigText(baseText, `${configPath} at the base commit`), baseText === null ? null : configPath, overrides);
    } catch (error) {
      core.info(`the base commit's config is not comparable: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (base) weakenings.push(...configWeakenings(base, head, headText));
    const baseFiles = new Map<string, string | null>();
    const baseOf = (file: string) => {
      if (!baseFiles.has(file)) baseFiles.set(file, gitShowFile(workspace, baseSha, file));
      return baseFiles.get(file)!;
    };
    weakenings.push(...newSuppressions(report.suppressed, sources, baseOf));
    return { weakenings };
  } catch (error) {
    return { weakenings: [], weakeningNote: `Config changes and new suppressions could not be checked: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

function readHeadConfig(workspace: string, file: string): string | null {
  try {
    return readFileSync(path.resolve(workspace, file), 'utf8');
  } catch {
    return null;
  }
}

/** The SQL each ORM migration under test sends (upgrade), as the dry-run would render it. */
function ormSqlPreviews(migrations: Migration[]): SqlPreview[] {
  const previews: SqlPreview[] = [];
  for (const m of migrations.filter((m) => m.isNew && m.framework !== 'sql' && m.up.length > 0)) {
    try {
      previews.push({ file: m.file, framework: m.framework, sql: previewSql(renderOps(m.up, m.dialect)) });
    } catch (error) {
      // A preview is a convenience: a renderer bug must not cost the report.
      core.info(`no SQL preview for ${m.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return previews;
}
