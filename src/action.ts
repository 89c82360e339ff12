import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { loadConfigFile, resolveConfig, UsageError } from './config.js';
import { gitChangedFiles } from './discover/git.js';
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
    const config = resolveConfig(file, source, { dialect: inputs.dialect, pgVersion: inputs.pgVersion, failOn: inputs.failOn });
    const event = readEvent();
    const client = inputs.token ? createGitHubClient(inputs.token, { warning: core.warning, info: core.info }, undefined, limits) : null;
    const notes: string[] = [];

    let changedFiles: string[] | undefined;
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
        const identity = await resolveIdentity(client!, inputs.token, inputs.commentAuthor, { info: core.info, warning: core.warning });
        core.info(`our comments are those by ${identity.login} (${identity.source})`);
        pullRequest = { client: client!, ref: event.pullRequest, files, author: identity.login };
      } else {
        changedFiles = gitChangedFiles(workspace, event.pullRequest.baseSha, `the pull request's base ${event.pullRequest.baseSha}`);
      }
    } else {
      const base = inputs.baseRef || event.defaultBase;
      if (base) changedFiles = gitChangedFiles(workspace, base, `base-ref '${base}'`);
      core.info(base ? `linting migrations changed since ${base}` : 'no base ref: linting every discovered migration');
    }

    const lintStarted = Date.now();
    const linted = await lint({ cwd: workspace, paths: inputs.paths, changedFiles, config });
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
    });
    if (dryRunFailed) core.setFailed('migration-guard: the dry-run did not verify every migration (see the dry-run section of the job summary).');
  } catch (error) {
    // A config or input problem is the user's to fix: say exactly that, without a stack trace.
    if (error instanceof UsageError) core.setFailed(`migration-guard: ${error.message}`);
    else core.setFailed(`migration-guard failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
