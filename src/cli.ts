import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ruleById, rules } from '../rules/index.js';
import { loadConfigFile, resolveConfig, UsageError, type ConfigOverrides } from './config.js';
import { checkGitRef } from './discover/git.js';
import { lint } from './engine.js';
import { collectTimings, timed, Timings } from './timing.js';
import type { Dialect } from './ir.js';
import { compileWasmForShortRuns } from './wasm-tiering.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { reachesFailOn, type FailOn } from './report/model.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';

export const VERSION = '0.1.0';

const USAGE = `migration-guard ${VERSION} — lint database migrations before they reach production

Usage:
  migration-guard lint [paths..] [options]   lint migration files or directories
  migration-guard rules                      list the rules
  migration-guard explain <rule-id>          explain a rule with examples
  migration-guard dry-run [paths..] [--engine pglite|postgres|mysql] [--database-url URL]

Lint options:
  --base REF              lint the migrations changed since git merge-base REF HEAD
  --format FORMAT         text (default), json, sarif, markdown
  --output FILE           write the report to FILE instead of stdout
  --dialect DIALECT       postgres (default) or mysql
  --pg-version N          PostgreSQL major version of production (default 15)
  --fail-on LEVEL         error (default), warning, info, never
  --config FILE           config file (default .migration-guard.yml)
  --no-color              plain text output
  --timing                print where the time went (per stage, slowest rules) on stderr

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  isTty: boolean;
}

function parseDialect(v: string | undefined): Dialect | undefined {
  if (v === undefined) return undefined;
  if (v === 'postgres' || v === 'postgresql' || v === 'pg') return 'postgres';
  if (v === 'mysql' || v === 'mariadb') return 'mysql';
  throw new UsageError(`--dialect must be postgres or mysql, not '${v}'`);
}

function parseFailOn(v: string | undefined): FailOn | undefined {
  if (v === undefined) return undefined;
  if (v === 'error' || v === 'warning' || v === 'info' || v === 'never') return v;
  throw new UsageError(`--fail-on must be error, warning, info or never, not '${v}'`);
}

function parsePgVersion(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 9 || n > 30) throw new UsageError(`--pg-version must be a PostgreSQL major version like 15, not '${v}'`);
  return n;
}

async function lintCommand(argv: string[], io: Io): Promise<number> {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      dialect: { type: 'string' },
      'pg-version': { type: 'string' },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      'no-color': { type: 'boolean' },
      timing: { type: 'boolean' },
    },
  });
  const timings = values.timing || process.env.TIMING ? new Timings() : null;
  // Process start to here: node itself plus loading the bundle.
  timings?.add('start-up', performance.now());
  collectTimings(timings);
  // `--base=--output=F` must not reach git as an option: refused before anything runs.
  if (values.base !== undefined) checkGitRef(values.base, '--base');
  const format = values.format!;
  if (!['text', 'json', 'sarif', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json, sarif or markdown, not '${format}'`);
  const overrides: ConfigOverrides = {
    dialect: parseDialect(values.dialect),
    pgVersion: parsePgVersion(values['pg-version']),
    failOn: parseFailOn(values['fail-on']),
  };
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const config = resolveConfig(file, source, overrides);
  for (const id of Object.keys(config.ruleSeverity)) {
    if (!ruleById(id)) throw new UsageError(`${source ?? 'config'}: 'rules.${id}': unknown rule id (see \`migration-guard rules\`)`);
  }
  const { report, sources } = await lint({ cwd: io.cwd, paths: positionals, base: values.base, config });
  const output = timed('render', () => {
    if (format === 'json') return renderJson(report);
    if (format === 'sarif') return renderSarif(report, { sources, version: VERSION });
    if (format === 'markdown') return renderMarkdown(report, { sources });
    return renderText(report, { color: io.isTty && !values['no-color'] && !values.output && !process.env.NO_COLOR, sources });
  });
  timed('write', () => (values.output ? writeFileSync(values.output, output) : io.out(output)));
  if (timings) {
    collectTimings(null);
    io.err(timings.format());
  }
  if (report.summary.files === 0) io.err('migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n');
  return reachesFailOn(report, config.failOn) ? 1 : 0;
}

function rulesCommand(io: Io): number {
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const dialects = r.dialects.length === 2 ? '*' : r.dialects[0] === 'postgres' ? 'PG' : 'MY';
    io.out(`${r.id.padEnd(width)}  ${(r.defaultOff ? 'off' : r.severity).padEnd(7)}  ${dialects.padEnd(2)}  ${r.summary}\n`);
  }
  return 0;
}

function explainCommand(argv: string[], io: Io): number {
  const id = argv[0];
  if (!id) throw new UsageError('explain needs a rule id, e.g. `migration-guard explain require-concurrent-index`');
  const r = ruleById(id);
  if (!r) throw new UsageError(`unknown rule '${id}' (see \`migration-guard rules\`)`);
  io.out(`${r.id} (${r.category}, ${r.defaultOff ? 'off by default' : r.severity})\n\n${r.summary}.\n\nWhy: ${r.docs.why}\n\n`);
  if (r.docs.history) io.out(`Given an earlier migration:\n  ${r.docs.history.replace(/\n/g, '\n  ')}\n\n`);
  io.out(`Instead of:\n  ${r.docs.bad.replace(/\n/g, '\n  ')}\n\nDo:\n  ${r.docs.good.replace(/\n/g, '\n  ')}\n`);
  return 0;
}

async function dryRunCommand(argv: string[], io: Io): Promise<number> {
  const { dryRunCli } = await import('./dryrun/cli.js');
  return dryRunCli(argv, io);
}

/** Runs the CLI; returns the exit code. Errors never escape as stack traces. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'rules':
        return rulesCommand(io);
      case 'explain':
        return explainCommand(rest, io);
      case 'dry-run':
        return await dryRunCommand(rest, io);
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'\n\n${USAGE}`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`migration-guard: ${err.message}\n`);
      return 2;
    }
    io.err(`migration-guard: internal error: ${err.stack ?? err.message}\n`);
    return 2;
  }
}
