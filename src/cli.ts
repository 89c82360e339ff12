import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ruleById, rules } from '../rules/index.js';
import { loadConfigFile, resolveConfig, UsageError, type ConfigFile, type ConfigOverrides, type ResolvedConfig } from './config.js';
import { checkGitRef, gitStagedFiles } from './discover/git.js';
import { lint, type LintRequest } from './engine.js';
import { collectTimings, timed, Timings } from './timing.js';
import type { Dialect } from './ir.js';
import { compileWasmForShortRuns } from './wasm-tiering.js';
import { renderJsonChunks } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { reachesFailOn, type FailOn, type Report } from './report/model.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';

export const VERSION = '0.1.0';

const USAGE = `migration-guard ${VERSION} — lint database migrations before they reach production

Usage:
  migration-guard lint [paths..] [options]   lint migration files or directories
  migration-guard fix [paths..] [--dry-run]  apply the exact fixes in place (--dry-run: print them as a
                                             unified diff, write nothing); takes the lint options that
                                             do not choose an output; lists what remains like lint
  migration-guard rules                      list the rules
  migration-guard init [--workflows] [--force]  detect the migrations and write a commented .migration-guard.yml
                                             (--workflows: also the GitHub workflows for the PR check and the dry-run)
  migration-guard explain <rule-id>          explain a rule with examples
  migration-guard lsp [--stdio]              editor diagnostics: the Language Server Protocol over stdio
  migration-guard dry-run [paths..] [--engine pglite|postgres|mysql] [--database-url URL]
  migration-guard sql FILE.. [--dialect postgres|mysql] [--format text|json]
                                             print the SQL each migration runs, up and down, with source lines
  migration-guard stats --database-url URL [--output FILE] [--dialect postgres|mysql]
                                             capture production table sizes, write rates and query
                                             texts (no row data) for lock estimates

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
  --rule ID=LEVEL         set a rule's level: off, info, warning, error (repeatable; wins over the config file)
  --enable ID[,ID]        turn rules on at their default level (also rules that are off by default)
  --disable ID[,ID]       turn rules off
  --max-warnings N        also exit 1 when there are more than N warnings
  --quiet                 report errors only (warnings still count for --max-warnings)
  --staged                lint the migrations staged for commit (git index), the rest of the work tree as history
  --stdin                 lint standard input as the file named by --stdin-filename (history from its directory)
  --stdin-filename PATH   the path standard input stands for (needed with --stdin)
  --print-config          print the effective config and where each value came from, then exit
  --version               print the version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  isTty: boolean;
  /** Standard input, read whole (default: process.stdin). */
  stdin?: () => Promise<string>;
}

async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const LEVELS = ['off', 'info', 'warning', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** Rule levels from `--rule`, `--enable` and `--disable`, in that order of precedence (later flags win). */
function ruleFlags(values: { rule?: string[]; enable?: string[]; disable?: string[] }, fileRules: Record<string, Level>): { rules: Record<string, Level>; origin: Record<string, string> } {
  const rules: Record<string, Level> = {};
  const origin: Record<string, string> = {};
  const unknown: string[] = [];
  const known = (id: string, flag: string) => {
    if (ruleById(id)) return true;
    unknown.push(`${flag} '${id}'`);
    return false;
  };
  const ids = (list: string[] | undefined) => (list ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const id of ids(values.enable)) {
    if (!known(id, '--enable')) continue;
    const current = rules[id] ?? fileRules[id];
    rules[id] = current && current !== 'off' ? current : ruleById(id)!.severity;
    origin[id] = 'flag --enable';
  }
  for (const id of ids(values.disable)) {
    if (!known(id, '--disable')) continue;
    rules[id] = 'off';
    origin[id] = 'flag --disable';
  }
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--rule must be ID=LEVEL (LEVEL one of ${LEVELS.join(', ')}), not '${spec}'`);
    const id = spec.slice(0, eq).trim();
    const level = spec.slice(eq + 1).trim();
    if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join(', ')}, not '${level}'`);
    if (!known(id, '--rule')) continue;
    rules[id] = level as Level;
    origin[id] = 'flag --rule';
  }
  if (unknown.length) throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (see \`migration-guard rules\`)`);
  return { rules, origin };
}

interface PrintConfigInput {
  config: ResolvedConfig;
  file: ConfigFile;
  source: string | null;
  flags: Record<string, string>;
  ruleOrigin: Record<string, string>;
}

/** The effective config, each value with where it came from: default, config file or flag. */
function effectiveConfig({ config, file, source, flags, ruleOrigin }: PrintConfigInput) {
  const fromFile = `config file ${source}`;
  const origin = (key: keyof ConfigFile): string => flags[key] ?? (file[key] !== undefined ? fromFile : 'default');
  const settings: Record<string, { value: unknown; from: string }> = {
    dialect: { value: config.dialect, from: origin('dialect') },
    pgVersion: { value: config.pgVersion, from: origin('pgVersion') },
    mysqlVersion: { value: file.mysqlVersion ?? null, from: origin('mysqlVersion') },
    mariadb: { value: config.mariadb, from: origin('mariadb') },
    failOn: { value: config.failOn, from: origin('failOn') },
    migrations: { value: config.migrations, from: origin('migrations') },
    lockTimeout: { value: config.lockTimeout, from: origin('lockTimeout') },
    deprecated: { value: config.deprecated, from: origin('deprecated') },
    code: { value: config.code, from: origin('code') },
    dryRun: { value: config.dryRun, from: origin('dryRun') },
    stats: { value: config.stats, from: origin('stats') },
    lockBudget: { value: file.lockBudget ?? null, from: origin('lockBudget') },
    tiers: { value: file.tiers ?? {}, from: origin('tiers') },
  };
  const ruleLevels: Record<string, { value: Level; from: string }> = {};
  for (const r of rules) {
    const set = config.ruleSeverity[r.id];
    const value: Level = set ?? (r.defaultOff ? 'off' : r.severity);
    ruleLevels[r.id] = { value, from: ruleOrigin[r.id] ?? (file.rules?.[r.id] !== undefined ? fromFile : 'default') };
  }
  return { configFile: source, settings, rules: ruleLevels };
}

function renderEffectiveConfig(e: ReturnType<typeof effectiveConfig>): string {
  const lines = [`# effective migration-guard config (config file: ${e.configFile ?? 'none'})`];
  const pad = (s: string) => s.padEnd(44);
  for (const [key, { value, from }] of Object.entries(e.settings)) lines.push(`${pad(`${key}: ${JSON.stringify(value)}`)} # ${from}`);
  lines.push('rules:');
  for (const [id, { value, from }] of Object.entries(e.rules)) lines.push(`${pad(`  ${id}: ${value}`)} # ${from}`);
  return `${lines.join('\n')}\n`;
}

/** Keeps errors only; the summary follows. */
function errorsOnly(report: Report): Report {
  const findings = report.findings.filter((f) => f.severity === 'error');
  return { ...report, findings, summary: { ...report.summary, warnings: 0, infos: 0 } };
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

/** The options `lint` takes; `fix` takes those that do not choose an output. */
const LINT_OPTIONS = {
  base: { type: 'string' },
  format: { type: 'string', default: 'text' },
  output: { type: 'string' },
  dialect: { type: 'string' },
  'pg-version': { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'no-color': { type: 'boolean' },
  timing: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  staged: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'boolean' },
  version: { type: 'boolean' },
} as const;

const FIX_OPTIONS = (() => {
  const { format: _format, output: _output, timing: _timing, stdin: _stdin, 'stdin-filename': _stdinFilename, 'print-config': _printConfig, version: _version, ...shared } = LINT_OPTIONS;
  return { ...shared, 'dry-run': { type: 'boolean' } } as const;
})();

type LintValues = {
  base?: string; dialect?: string; 'pg-version'?: string; 'fail-on'?: string; config?: string;
  rule?: string[]; enable?: string[]; disable?: string[]; 'max-warnings'?: string; staged?: boolean; stdin?: boolean;
};

/** What `lint` and `fix` share: the config (file, then flags) and the request for the paths. */
async function prepareLint(values: LintValues, paths: string[], io: Io) {
  let maxWarnings: number | null = null;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not '${values['max-warnings']}'`);
  }
  if (values.staged && (values.stdin || values.base !== undefined)) throw new UsageError(`--staged and ${values.stdin ? '--stdin' : '--base'} do not go together (the staged files are the change)`);
  // `--base=--output=F` must not reach git as an option: refused before anything runs.
  if (values.base !== undefined) checkGitRef(values.base, '--base');
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const { rules: ruleLevels, origin: ruleOrigin } = ruleFlags(values, file.rules ?? {});
  const overrides: ConfigOverrides = {
    dialect: parseDialect(values.dialect),
    pgVersion: parsePgVersion(values['pg-version']),
    failOn: parseFailOn(values['fail-on']),
    rules: ruleLevels,
  };
  const config = resolveConfig(file, source, overrides);
  const request: LintRequest = { cwd: io.cwd, paths, base: values.base, config };
  // Asked of git only when the run goes ahead (not for --print-config).
  const withStaged = (): LintRequest => (values.staged ? { ...request, changedFiles: gitStagedFiles(io.cwd) } : request);
  return { config, file, source, overrides, ruleOrigin, maxWarnings, request: withStaged };
}

/**
 * lint's exit code: findings shown (after --quiet) at or above --fail-on, or more warnings in the
 * whole report than --max-warnings (said on stderr).
 */
function lintExitCode(report: Report, shown: Report, failOn: FailOn, maxWarnings: number | null, io: Io): number {
  const warnings = report.summary.warnings;
  if (maxWarnings !== null && warnings > maxWarnings) {
    io.err(`migration-guard: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return reachesFailOn(shown, failOn) ? 1 : 0;
}

async function lintCommand(argv: string[], io: Io): Promise<number> {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: LINT_OPTIONS });
  if (values.version) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const stdinFile = values['stdin-filename'];
  if (values.stdin && stdinFile === undefined) throw new UsageError('--stdin needs --stdin-filename PATH (the file standard input stands for: its framework and history come from it)');
  if (!values.stdin && stdinFile !== undefined) throw new UsageError('--stdin-filename is used with --stdin');
  if (values.stdin && positionals.length) throw new UsageError(`--stdin lints standard input only; remove the paths (${positionals.join(', ')})`);
  if (values.stdin && values.base !== undefined) throw new UsageError('--stdin and --base do not go together (standard input is the change)');
  const timings = values.timing || process.env.TIMING ? new Timings() : null;
  // Process start to here: node itself plus loading the bundle.
  timings?.add('start-up', performance.now());
  collectTimings(timings);
  const format = values.format!;
  if (!['text', 'json', 'sarif', 'markdown'].includes(format)) throw new UsageError(`--format must be text, json, sarif or markdown, not '${format}'`);
  const { config, file, source, overrides, ruleOrigin, maxWarnings, request: lintRequest } = await prepareLint(values, positionals, io);
  if (values['print-config']) {
    const flags: Record<string, string> = {};
    if (overrides.dialect) flags.dialect = 'flag --dialect';
    if (overrides.pgVersion !== undefined) flags.pgVersion = 'flag --pg-version';
    if (overrides.failOn) flags.failOn = 'flag --fail-on';
    const effective = effectiveConfig({ config, file, source, flags, ruleOrigin });
    io.out(format === 'json' ? `${JSON.stringify(effective, null, 2)}\n` : renderEffectiveConfig(effective));
    return 0;
  }
  const request = lintRequest();
  if (values.stdin) {
    const text = await (io.stdin ?? readProcessStdin)();
    request.contents = new Map([[path.resolve(io.cwd, stdinFile!), text]]);
    request.paths = [stdinFile!];
  }
  const result = await lint(request);
  const report = values.quiet ? errorsOnly(result.report) : result.report;
  const sources = result.sources;
  if (format === 'json') {
    // Streamed: a large report never exists as one string (nor as its encoded copy).
    writeChunks(renderJsonChunks(report), values.output ? openSync(values.output, 'w') : null, io);
  } else {
    const output = timed('render', () => {
      if (format === 'sarif') return renderSarif(report, { rules, sources, version: VERSION });
      if (format === 'markdown') return renderMarkdown(report, { sources });
      return renderText(report, { color: io.isTty && !values['no-color'] && !values.output && !process.env.NO_COLOR, sources });
    });
    timed('write', () => (values.output ? writeFileSync(values.output, output) : io.out(output)));
  }
  if (timings) {
    collectTimings(null);
    io.err(timings.format());
  }
  if (report.summary.files === 0 && !values.staged) io.err('migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n');
  return lintExitCode(result.report, report, config.failOn, maxWarnings, io);
}

async function fixCommand(argv: string[], io: Io): Promise<number> {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: FIX_OPTIONS });
  const { config, maxWarnings, request } = await prepareLint(values, positionals, io);
  const { fixCli } = await import('./fix/command.js');
  const show = (report: Report) => (values.quiet ? errorsOnly(report) : report);
  return fixCli({
    request: request(),
    dryRun: values['dry-run'] ?? false,
    color: io.isTty && !values['no-color'] && !process.env.NO_COLOR,
    out: io.out,
    err: io.err,
    show,
    exitCode: (report) => lintExitCode(report, show(report), config.failOn, maxWarnings, io),
  });
}

/**
 * Writes rendered chunks to `fd` (closed afterwards) or to the io's output, a megabyte at a time;
 * producing the chunks is booked as `render`, writing them as `write`.
 */
function writeChunks(chunks: Iterable<string>, fd: number | null, io: Io): void {
  let pending = '';
  const flush = () =>
    timed('write', () => {
      if (fd === null) return io.out(pending);
      const bytes = Buffer.from(pending);
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
    });
  try {
    const it = chunks[Symbol.iterator]();
    for (;;) {
      const next = timed('render', () => it.next());
      if (next.done) break;
      pending += next.value;
      if (pending.length >= 1 << 20) {
        flush();
        pending = '';
      }
    }
    if (pending) flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
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

async function initCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { workflows: { type: 'boolean' }, force: { type: 'boolean' } } });
  const { init } = await import('./init/index.js');
  const { detection, written } = init(io.cwd, { workflows: values.workflows, force: values.force });
  for (const d of detection.directories) io.out(`found ${d.count} ${d.framework} migration${d.count === 1 ? '' : 's'} in ${d.path}${d.layouts.length ? ` (${d.layouts.join(', ')})` : ''}\n`);
  if (!detection.directories.length) io.out('found no migrations: list their directories under `migrations:` in the config\n');
  io.out(`dialect: ${detection.dialect} (${detection.dialectReason})\n`);
  for (const f of written) io.out(`wrote ${f}\n`);
  return 0;
}

async function dryRunCommand(argv: string[], io: Io): Promise<number> {
  const { dryRunCli } = await import('./dryrun/cli.js');
  return dryRunCli(argv, io);
}

async function statsCommand(argv: string[], io: Io): Promise<number> {
  const { statsCli } = await import('./stats/cli.js');
  return statsCli(argv, io);
}

/** Runs the CLI; returns the exit code. Errors never escape as stack traces. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await lintCommand(rest, io);
      case 'fix':
        return await fixCommand(rest, io);
      case 'rules':
        return rulesCommand(io);
      case 'init':
        return await initCommand(rest, io);
      case 'lsp': {
        if (rest.some((a) => a !== '--stdio')) throw new UsageError(`lsp speaks over stdio only; unknown option${rest.length > 1 ? 's' : ''} ${rest.filter((a) => a !== '--stdio').map((a) => `'${a}'`).join(', ')}`);
        const { startServer } = await import('./lsp/server.js');
        startServer();
        // The server runs until the client closes the connection.
        return await new Promise<number>(() => {});
      }
      case 'explain':
        return explainCommand(rest, io);
      case 'dry-run':
        return await dryRunCommand(rest, io);
      case 'sql': {
        const { sqlCli } = await import('./sqlcmd/index.js');
        return await sqlCli(rest, io);
      }
      case 'stats':
        return await statsCommand(rest, io);
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
