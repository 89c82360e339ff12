import path from 'node:path';
import { ruleById, rules as allRules } from '../rules/index.js';
import { internalError } from '../rules/internal-error.js';
import { invalidSuppression } from '../rules/invalid-suppression.js';
import type { ResolvedConfig } from './config.js';
import { codeReferences } from './discover/code-references.js';
import { discover, readSource, type DecodedFile, type DiscoveredMigration } from './discover/index.js';
import type { FileTask } from './parse/frontend.js';
import { openLoweringCache, type LoweringCache } from './lowering-cache.js';
import { opTables, type FrameworkSuppression, type Loc, type Migration, type Op, type OpKind, type OpOf, type Severity } from './ir.js';
import { sqlName } from './parse/sql/phrasebook.js';
import { reserveNewVersions } from './parse/versions.js';
import { frontEndFor } from './parse/index.js';
import { findSuppressions, type SuppressionComment } from './parse/suppressions.js';
import type { MigrationReport, Report, ReportFinding, SourceLookup, SuppressedFinding } from './report/model.js';
import { analyzeMigrationRollback, analyzeStepRollback, type RollbackAnalysis } from './rollback/analyze.js';
import type { Finding, Rule, RuleContext, RuleSettings } from './rule.js';
import { phrasebookFor } from './parse/phrasebooks.js';
import { replayMigration, UNKNOWN_FACTS, walkMigration, type OpFacts } from './schema/facts.js';
import { SchemaModel } from './schema/model.js';
import { LaterNames } from './schema/later-names.js';
import { alternativeScripts } from './schema/alternative-scripts.js';
import { ChangeIndexes } from './schema/change-indexes.js';
import { captureRoundTrip, roundTripDifferences } from './schema/round-trip.js';
import { markConflicts } from './history/conflicts.js';
import { gitChangedFiles } from './discover/git.js';
import { toPosix } from './discover/files.js';
import { importedModules } from './discover/imported-modules.js';
import type { CodeIndex } from './schema/references.js';
import { activeTimings, mark, since, timed } from './timing.js';
import type { LockEvidence } from './stats/estimate.js';
import type { MigrationEvidence } from './report/model.js';

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
  /**
   * The files the change adds (not modifies), relative paths: an added migration ordered before
   * one the base branch has is a migration-conflict. Computed with git when `base` is given;
   * unknown otherwise (then that check does not run).
   */
  addedFiles?: string[];
  config: ResolvedConfig;
  /** Texts that replace (or stand in for) files on disk, by absolute path: standard input, an editor's buffer. */
  contents?: Map<string, string>;
}

export interface LintResult {
  report: Report;
  sources: SourceLookup;
  /** The parsed migrations in run order (history and new), for dry-run and rendering. */
  migrations: Migration[];
}

export interface LoadOptions {
  /** Files discovery already read (see DiscoverRequest.reads); each is taken out when used. */
  reads?: Map<string, DecodedFile>;
  /** Lowered history files from earlier runs (see src/lowering-cache.ts). */
  cache?: LoweringCache | null;
}

/** Reads and parses discovered files into migrations (in run order). Never throws on file content. */
export async function loadMigrations(found: DiscoveredMigration[], config: ResolvedConfig, sources: Map<string, string>, contents?: Map<string, string>, options: LoadOptions = {}): Promise<{ migrations: Migration[]; statements: number }> {
  const { reads, cache } = options;
  const read = (abs: string): DecodedFile => {
    const text = contents?.get(abs);
    if (text !== undefined) return { text, problems: [] };
    const earlier = reads?.get(abs);
    if (earlier) {
      reads!.delete(abs);
      return earlier;
    }
    return readSource(abs);
  };
  const migrations: Migration[] = [];
  let statements = 0;
  for (const d of found) {
    const readStart = mark();
    const decoded = read(d.abs);
    sources.set(d.file, decoded.text);
    const problems: Op[] = decoded.problems.map((p) => ({
      kind: 'unparsed',
      reason: 'parse',
      message: `${d.file}: ${p.message}`,
      loc: { file: d.file, line: p.line, endLine: p.line, column: 1 },
    }));
    let downFile = null;
    if (d.downFile && d.downAbs) {
      const down = read(d.downAbs);
      sources.set(d.downFile, down.text);
      downFile = { path: d.downFile, text: down.text };
    }
    since('read', readStart);
    const fatal = decoded.problems.some((p) => p.fatal);
    let parsed: Migration[] = [];
    const lowerStart = mark();
    const parseBefore = activeTimings()?.stages.get('parse') ?? 0;
    if (!fatal) {
      const task: FileTask = {
        file: { path: d.file, text: decoded.text },
        dialect: config.dialect,
        isNew: d.isNew,
        layout: d.layout,
        downFile,
        expectsDown: d.expectsDown,
        transactional: d.transactional,
        ...(d.runnerLockTimeout ? { runnerLockTimeout: true } : {}),
        ...(d.runnerAfterCommit ? { runnerAfterCommit: d.runnerAfterCommit } : {}),
        ...(d.strongMigrations ? { strongMigrations: d.strongMigrations } : {}),
        id: d.id,
        order: d.order,
        ...(config.dialect === 'mysql' ? { mysqlServer: { version: config.mysqlVersion ?? (config.mariadb ? 101100 : 80035), mariadb: config.mariadb } } : {}),
      };
      // Part of the task, so a cached lowering is keyed by the imported modules' texts too.
      if (d.framework === 'knex') {
        const modules = importedModules(d.abs, d.file, decoded.text, contents);
        if (modules.length) task.modules = modules;
      }
      // Files under test are always lowered afresh; history may come from the cache.
      const cached = !d.isNew && cache ? cache.get(task) : null;
      if (cached) parsed = cached;
      else {
        try {
          const frontEnd = await frontEndFor(d.framework);
          parsed = await frontEnd(task);
          if (!d.isNew && cache && parsed.length > 0) cache.put(task, parsed);
        } catch (e) {
          // A front end bug must not lose the file: it becomes an internal-error finding at line 1.
          problems.push({ kind: 'unparsed', reason: 'internal', message: `internal error while parsing: ${(e as Error).message}`, loc: { file: d.file, line: 1, endLine: 1, column: 1 } });
        }
      }
    }
    // The SQL front end books its parser calls as `parse`; the rest of the front end is `lower`.
    since('lower', lowerStart);
    activeTimings()?.add('lower', parseBefore - (activeTimings()?.stages.get('parse') ?? 0));
    if (parsed.length === 0) {
      parsed = [
        {
          id: d.id, file: d.file, framework: d.framework, dialect: config.dialect, layout: d.layout, isNew: d.isNew,
          transactional: d.transactional, up: [], down: [], order: d.order, expectsDown: false,
        },
      ];
    }
    parsed[0]!.up.unshift(...problems);
    // After the cache took its copy: the directory's listing is not part of a file's lowering.
    if (d.siblings) for (const m of parsed) m.siblings = d.siblings;
    if (d.rollbackGroup) for (const m of parsed) m.rollbackGroup = d.rollbackGroup;
    migrations.push(...parsed);
  }
  reads?.clear();
  if (cache) timed('cache write', () => cache.save());
  const orderStart = mark();
  const ordered = await orderMigrations(migrations, found.find((d) => d.djangoUserModel)?.djangoUserModel ?? null);
  reserveNewVersions(ordered);
  since('order', orderStart);
  // Counted after ordering: Django files get their ops only when the project is lowered there.
  for (const m of ordered) {
    if (m.isNew) statements += m.statements ?? m.up.length + (m.down?.length ?? 0);
  }
  return { migrations: ordered, statements };
}

/** Alembic files order by their revision graph, not by name; everything else keeps discovery order. */
async function orderMigrations(input: Migration[], djangoUserModel: string | null): Promise<Migration[]> {
  let migrations = input;
  if (migrations.some((m) => m.framework === 'django')) {
    // Django files are lowered as a project: the model state comes from the whole migration graph.
    const { lowerDjangoProject } = await import('./parse/django/project.js');
    const django = await lowerDjangoProject(migrations.filter((m) => m.framework === 'django'), { userModel: djangoUserModel });
    const firstIndex = migrations.findIndex((m) => m.framework === 'django');
    const rest = migrations.filter((m) => m.framework !== 'django');
    rest.splice(Math.min(firstIndex, rest.length), 0, ...django);
    migrations = rest;
  }
  const alembic = migrations.filter((m) => m.framework === 'alembic');
  if (alembic.length === 0) return migrations;
  const { orderAlembicMigrations } = await import('./parse/alembic/graph.js');
  const ordered = orderAlembicMigrations(alembic);
  const firstIndex = migrations.findIndex((m) => m.framework === 'alembic');
  const rest = migrations.filter((m) => m.framework !== 'alembic');
  rest.splice(Math.min(firstIndex, rest.length), 0, ...ordered);
  return rest;
}

export function ruleSettings(config: ResolvedConfig): RuleSettings {
  return {
    dialect: config.dialect,
    pgVersion: config.pgVersion,
    mysqlVersion: config.mysqlVersion,
    mariadb: config.mariadb,
    globalLockTimeout: config.lockTimeout !== null,
    lockBudgetMs: config.lockBudgetMs,
  };
}

/**
 * The settings one migration is judged with: the config's, except that a database version the
 * migration's own tooling assumes (strong_migrations' `target_version`) stands in for a defaulted one.
 */
function settingsFor(settings: RuleSettings, migration: Migration, config: ResolvedConfig): RuleSettings {
  const target = migration.targetServer;
  if (!target || config.serverVersionExplicit) return settings;
  if (settings.dialect === 'mysql') return target.mysqlVersion !== undefined ? { ...settings, mysqlVersion: target.mysqlVersion, mariadb: settings.mariadb || target.mariadb === true, versionSource: target.source } : settings;
  return target.pgVersion !== undefined ? { ...settings, pgVersion: target.pgVersion, versionSource: target.source } : settings;
}

/** The rules that run under this config, with their effective severity. */
export function activeRules(config: ResolvedConfig): { rule: Rule; severity: Severity }[] {
  const out: { rule: Rule; severity: Severity }[] = [];
  for (const rule of allRules) {
    if (!rule.dialects.includes(config.dialect)) continue;
    const setting = config.ruleSeverity[rule.id];
    if (setting === 'off' || (rule.defaultOff && setting === undefined)) continue;
    out.push({ rule, severity: setting ?? rule.severity });
  }
  return out;
}

/** Ops grouped by kind once per migration, so each rule's `ctx.ops(kind)` is a lookup, not a scan. */
function indexByKind(ops: Op[]): Map<OpKind, Op[]> {
  const index = new Map<OpKind, Op[]>();
  for (const op of ops) {
    const list = index.get(op.kind);
    if (list) list.push(op);
    else index.set(op.kind, [op]);
  }
  return index;
}

function selectOps<K extends OpKind>(all: Op[], index: Map<OpKind, Op[]>, kinds: K[]): OpOf<K>[] {
  if (kinds.length === 0) return all as OpOf<K>[];
  if (kinds.length === 1) return (index.get(kinds[0]!) ?? []) as OpOf<K>[];
  // Several kinds, in file order: filtered once per migration and shared by every rule asking.
  const key = kinds.join(',');
  let cached = combinedKinds.get(index)?.get(key);
  if (!cached) {
    const wanted = new Set<OpKind>(kinds);
    cached = all.filter((op) => wanted.has(op.kind));
    if (!combinedKinds.has(index)) combinedKinds.set(index, new Map());
    combinedKinds.get(index)!.set(key, cached);
  }
  return cached as OpOf<K>[];
}

const combinedKinds = new WeakMap<Map<OpKind, Op[]>, Map<string, Op[]>>();

interface MigrationView {
  migration: Migration;
  facts: Map<Op, OpFacts>;
  /** Computed once per migration, before any rule runs. */
  rollback: RollbackAnalysis;
  up: Map<OpKind, Op[]>;
  down: Map<OpKind, Op[]>;
  /** The code-reference index shared by every migration of the run (see `codeReferences`). */
  code: Pick<CodeIndex, 'references' | 'total'>;
  /** Per op, its table in the production snapshot and the estimated lock (empty without `stats:`). */
  evidence: ReadonlyMap<Op, LockEvidence>;
  /** What rules share for this migration (RuleContext.shared), by key. */
  shared: Map<string, unknown>;
}

const NO_CODE_INDEX: Pick<CodeIndex, 'references' | 'total'> = { references: () => [], total: () => 0 };

/**
 * The context one rule sees for one walked migration. Exported for tests that run a rule on
 * migrations they build in memory; `lint()` uses the same function.
 */
export function ruleContextFor(
  migration: Migration,
  facts: Map<Op, OpFacts>,
  settings: RuleSettings,
  rule: Rule,
  severity: Severity = rule.severity,
  code: Pick<CodeIndex, 'references' | 'total'> = NO_CODE_INDEX,
): RuleContext {
  const rollback = analyzeMigrationRollback(migration, { facts: (op) => facts.get(op) });
  return makeContext({ migration, facts, rollback, up: indexByKind(migration.up), down: indexByKind(migration.down ?? []), code, evidence: new Map(), shared: new Map() }, settings, rule, severity);
}

function makeContext(view: MigrationView, settings: RuleSettings, rule: Rule, severity: Severity): RuleContext {
  const { migration, facts } = view;
  return {
    migration,
    ops: (...kinds) => selectOps(migration.up, view.up, kinds),
    downOps: (...kinds) => selectOps(migration.down ?? [], view.down, kinds),
    facts: (op) => facts.get(op) ?? UNKNOWN_FACTS,
    rollback: view.rollback,
    settings,
    phrasebook: phrasebookFor(migration),
    references: (identifier) => view.code.references(identifier),
    referenceCount: (identifier) => view.code.total(identifier),
    evidence: (op) => view.evidence.get(op) ?? null,
    fixSite(op) {
      const opFacts = facts.get(op) ?? UNKNOWN_FACTS;
      return { inTransaction: opFacts.inTransaction, ops: migration.up, table: opFacts.table, lockTimeoutSet: opFacts.lockTimeoutSet };
    },
    shared<T>(key: string, compute: () => T): T {
      if (!view.shared.has(key)) view.shared.set(key, compute());
      return view.shared.get(key) as T;
    },
    finding(at, text) {
      const loc: Loc = 'kind' in at ? at.loc : at;
      const suggestion = text.suggestion && 'kind' in at ? quoteHostileNames(text.suggestion, at, migration.dialect) : text.suggestion;
      const finding: Finding = { ruleId: rule.id, severity, loc, message: flat(text.message), ...(suggestion ? { suggestion: flat(suggestion) } : {}), ...(text.fix ? { fix: text.fix } : {}), migration: migration.id };
      if ('kind' in at) findingOps.set(finding, at);
      return finding;
    },
  };
}

/**
 * The same string, stored flat. Messages and suggestions are built by appending pieces, which V8
 * keeps as a tree of concatenations (about ten heap objects per message) until something reads
 * the characters; a run with 50,000 findings would hold and trace half a million of them until
 * the report is written. Reading one character flattens the tree into one string in place.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}


/** Names that are safe bare in a copy-paste block: no quote, separator, whitespace or control character can hide in them. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/;

/**
 * Suggestions are meant to be copied into a SQL console. A name from the pull request such as
 * `"x; DROP TABLE users; --"` (legal as a quoted identifier) must not turn that paste into a second
 * statement: every name of the op that is not plain is written quoted wherever the suggestion
 * names it, as the dialect quotes identifiers.
 */
function quoteHostileNames(suggestion: string, op: Op, dialect: Migration['dialect']): string {
  const names = new Set<string>(opTables(op));
  if ('column' in op) names.add(typeof op.column === 'string' ? op.column : (op.column?.name ?? ''));
  if ('newName' in op && typeof op.newName === 'string') names.add(op.newName);
  if ('name' in op && typeof op.name === 'string') names.add(op.name);
  let out = suggestion;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name === '' || PLAIN_NAME.test(name)) continue;
    out = out.split(name).join(sqlName(name, dialect));
  }
  return out;
}

/**
 * For each 0-based line, the 1-based number of the first line at or after it with code on it
 * (0: none). One backward pass, so a run of many comment lines is not rescanned per comment.
 */
function nextCodeLines(lines: string[]): Int32Array {
  const next = new Int32Array(lines.length + 1);
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    next[i] = t === '' || /^(--|#|\/\/|\/\*|\*)/.test(t) ? next[i + 1]! : i + 1;
  }
  return next;
}

/** The line a suppression comment on its own line applies to: the next line with code on it. */
function suppressionTarget(next: Int32Array, comment: SuppressionComment): number {
  return next[comment.line] || comment.line;
}

interface SuppressionEntry {
  comment: SuppressionComment;
  target: number;
}

interface FileSuppressions {
  entries: SuppressionEntry[];
  /** Entries by the lines they cover (their target and their own line), so matching a finding is a lookup. */
  byLine: Map<number, SuppressionEntry[]>;
}

function suppressionsFor(text: string): FileSuppressions {
  const comments = findSuppressions(text);
  if (comments.length === 0) return { entries: [], byLine: new Map() };
  const lines = text.split(/\r\n|\n|\r/);
  const next = nextCodeLines(lines);
  const entries = comments.map((comment) => ({ comment, target: comment.ownLine ? suppressionTarget(next, comment) : comment.line }));
  const byLine = new Map<number, SuppressionEntry[]>();
  for (const e of entries) {
    for (const line of new Set([e.target, e.comment.line])) {
      const list = byLine.get(line);
      if (list) list.push(e);
      else byLine.set(line, [e]);
    }
  }
  return { entries, byLine };
}

export async function lint(req: LintRequest): Promise<LintResult> {
  const { config } = req;
  const reads = new Map<string, DecodedFile>();
  const found = timed('discover', () => discover({ ...req, reads }));
  const sources = new Map<string, string>();
  const mysqlServer = config.dialect === 'mysql' ? `${config.mysqlVersion ?? ''}/${config.mariadb}` : '';
  const cache = openLoweringCache(`${path.resolve(req.cwd)}\0${config.dialect}\0${mysqlServer}`);
  const { migrations, statements } = await loadMigrations(found, config, sources, req.contents, { reads, cache });
  const added = req.addedFiles ?? (req.base && !req.changedFiles ? gitChangedFiles(req.cwd, req.base, `--base ${req.base}`, 'added') : null);
  timed('conflicts', () => markConflicts(migrations, { added: added ? new Set(added.map((f) => toPosix(path.normalize(f)))) : null }));

  const settings = ruleSettings(config);
  const active = activeRules(config);
  /** Effective severity of every rule that runs; the engine's own findings (invalid-suppression, internal-error) follow it too. */
  const severityOf = new Map(active.map(({ rule, severity }) => [rule.id, severity]));
  const history = new SchemaModel();
  const deprecations = {
    tables: new Set(config.deprecated.tables),
    columns: new Set(config.deprecated.columns),
  };
  const findings: Finding[] = [];
  const migrationReports: MigrationReport[] = [];
  const code = timed('reference targets', () => codeReferences({ cwd: req.cwd, code: req.config.code, stats: req.config.stats }, found, migrations));
  const production = config.stats ? await timed('stats snapshot', () => productionEvidence(req.cwd, config)) : null;

  // Without a change set (a directory linted as a whole) each migration is its own change, judged
  // against everything before it; otherwise migrations of the same change see each other as new.
  const perMigration = !req.changedFiles && !req.base && migrations.every((m) => m.isNew);
  // A change of several migrations: an index a later one creates serves a foreign key an earlier one adds.
  const changeIndexes = perMigration ? null : new ChangeIndexes(migrations.filter((m) => m.isNew));
  const laterNames = new LaterNames(migrations);
  // Full install scripts beside upgrade patches: each is judged on a schema of its own. Only for
  // a directory linted as a whole; a change names its history (PR mode takes a file's own directory).
  const alternatives = perMigration ? alternativeScripts(migrations) : new Set<Migration>();
  // Steps of one logical migration (popx) are paired for rollback across the group; the facts of
  // the steps walked so far are kept for it.
  const stepGroups = new Map<string, Migration[]>();
  for (const m of migrations) {
    if (!m.rollbackGroup) continue;
    const steps = stepGroups.get(m.rollbackGroup);
    if (steps) steps.push(m);
    else stepGroups.set(m.rollbackGroup, [m]);
  }
  const stepFacts = new Map<string, Map<Op, OpFacts>>();
  let previousGroup: string | undefined;
  for (const migration of migrations) {
    const model = alternatives.has(migration) ? new SchemaModel() : history;
    // The steps of one logical migration run in one deploy, one after the other: a table an earlier
    // step created is as new (and empty) to the later ones as in a change of several migrations.
    const continuesGroup = migration.rollbackGroup !== undefined && migration.rollbackGroup === previousGroup;
    previousGroup = migration.rollbackGroup;
    if (perMigration && !continuesGroup) model.settle();
    const indexedLater = migration.isNew ? changeIndexes?.laterThan(migration) : undefined;
    // What the round trip (up, then down) can change, copied before the walk applies the upgrade.
    const roundTrip = migration.isNew && migration.down?.length ? timed('rollback', () => captureRoundTrip(model, migration.up, migration.down!)) : null;
    const group = migration.rollbackGroup ? stepGroups.get(migration.rollbackGroup) : undefined;
    // Facts are read by the rules of a migration under test and by the rollback of a step group;
    // a history migration otherwise only brings the model up to date.
    const factsRead = migration.isNew || (group !== undefined && group.length > 1);
    const facts = timed('schema walk', () =>
      factsRead
        ? walkMigration(model, migration, { globalLockTimeout: settings.globalLockTimeout, deprecations, ...(indexedLater ? { indexedLater } : {}), ...(migration.isNew ? { namedLater: laterNames.after(migration) } : {}) })
        : replayMigration(model, migration),
    );
    if (group && group.length > 1) {
      const walked = stepFacts.get(migration.rollbackGroup!) ?? new Map<Op, OpFacts>();
      for (const [op, opFacts] of facts) walked.set(op, opFacts);
      stepFacts.set(migration.rollbackGroup!, walked);
    }
    if (!migration.isNew) continue;
    const rollback = timed('rollback', () => {
      if (!group || group.length < 2) {
        return analyzeMigrationRollback(migration, { facts: (op) => facts.get(op), ...(roundTrip ? { roundTripDifferences: () => roundTripDifferences(roundTrip, migration.up, migration.down ?? []) } : {}) });
      }
      const walked = stepFacts.get(migration.rollbackGroup!);
      return analyzeStepRollback(migration, group, { facts: (op) => facts.get(op) ?? walked?.get(op) });
    });
    const evidence = production ? production.evidenceOf(migration, facts) : new Map<Op, LockEvidence>();
    const view: MigrationView = { migration, facts, rollback, up: indexByKind(migration.up), down: indexByKind(migration.down ?? []), code, evidence, shared: new Map() };
    const judged = settingsFor(settings, migration, config);
    const timings = activeTimings();
    for (const { rule, severity } of active) {
      const ruleStart = mark();
      const scanBefore = timings?.stages.get('reference scan') ?? 0;
      try {
        const produced = rule.check(makeContext(view, judged, rule, severity));
        for (const f of production ? production.annotate(rule, produced, migration, evidence) : produced) findings.push(f);
      } catch (e) {
        const severity = severityOf.get('internal-error');
        if (severity) {
          findings.push({
            ruleId: 'internal-error', severity, migration: migration.id,
            loc: { file: migration.file, line: 1, endLine: 1, column: 1 },
            ...internalError.inRule(rule.id, (e as Error).message),
          });
        }
      }
      // The repository scan runs inside the first rule that asks; it is booked as its own stage.
      if (timings) timings.addRule(rule.id, performance.now() - ruleStart - ((timings.stages.get('reference scan') ?? 0) - scanBefore));
    }
    migrationReports.push({
      file: migration.file, id: migration.id, framework: migration.framework, isNew: true, downFile: migration.downFile ?? null, rollback: rollback.report,
      ...(production ? { evidence: production.summary(migration, evidence) } : {}),
    });
  }

  const rulesTotal = [...(activeTimings()?.rules.values() ?? [])].reduce((a, b) => a + b, 0);
  activeTimings()?.add('rules', rulesTotal);
  const reportStart = mark();
  const ormFiles = new Set(migrations.filter((m) => m.isNew && m.framework !== 'sql').map((m) => m.file));
  const { kept, suppressed } = applySuppressions(oneFindingPerCallSite(findings, ormFiles), sources, migrations.filter((m) => m.isNew), severityOf);
  kept.sort((a, b) => (a.loc.file === b.loc.file ? a.loc.line - b.loc.line || a.loc.column - b.loc.column || (a.ruleId < b.ruleId ? -1 : 1) : a.loc.file < b.loc.file ? -1 : 1));

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const reportFindings: ReportFinding[] = kept.map((f) => {
    counts[f.severity]++;
    return reportFinding(f);
  });
  const count = (s: Severity) => counts[s];
  const report: Report = {
    version: 1,
    findings: reportFindings,
    migrations: migrationReports,
    suppressed,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      files: new Set(migrations.filter((m) => m.isNew).map((m) => m.file)).size,
      statements,
    },
  };
  since('suppressions and report', reportStart);
  return { report, sources: (file) => sources.get(file), migrations };
}

/**
 * A finding as the report has it, its fields in the contract's order. The optional ones are
 * assigned, not spread in: a spread of `cond ? { x } : {}` is an object per field and a slow
 * copy, per finding of a run with tens of thousands.
 */
function reportFinding(f: Finding): ReportFinding {
  const r: Omit<ReportFinding, 'migration'> & { migration?: string } = {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.loc.file,
    line: f.loc.line,
    endLine: f.loc.endLine,
    column: f.loc.column,
    message: f.message,
  };
  if (f.suggestion) r.suggestion = f.suggestion;
  if (f.fix) r.fix = f.fix;
  r.migration = f.migration;
  if (f.evidence) r.evidence = f.evidence;
  return r as ReportFinding;
}

/** Rule categories whose findings are about a lock or a rewrite: they carry the snapshot's evidence and follow the tiers. */
const LOCK_CATEGORIES = new Set(['locking', 'mysql']);

interface ProductionEvidence {
  evidenceOf(migration: Migration, facts: Map<Op, OpFacts>): Map<Op, LockEvidence>;
  /** Adds the table's evidence to a rule's lock findings and applies the size tiers to their severity. */
  annotate(rule: Rule, findings: Finding[], migration: Migration, evidence: ReadonlyMap<Op, LockEvidence>): Finding[];
  summary(migration: Migration, evidence: ReadonlyMap<Op, LockEvidence>): MigrationEvidence;
}

/**
 * The production statistics snapshot (config `stats:`) turned into per-op lock estimates. Loaded
 * only when configured, so a lint without one neither reads a file nor loads the model: without
 * a snapshot every finding is exactly what the rules said.
 */
async function productionEvidence(cwd: string, config: ResolvedConfig): Promise<ProductionEvidence> {
  const [{ loadSnapshot }, est, tiers] = await Promise.all([import('./stats/snapshot.js'), import('./stats/estimate.js'), import('./stats/tiers.js')]);
  const snapshot = loadSnapshot(cwd, config.stats!);
  const base = ruleSettings(config);
  return {
    evidenceOf(migration, facts) {
      // The version the migration is judged for (strong_migrations' target_version) prices it too.
      const s = settingsFor(base, migration, config);
      const classify = { dialect: s.dialect, pgVersion: s.pgVersion, mysqlVersion: s.mysqlVersion, mariadb: s.mariadb };
      const out = new Map<Op, LockEvidence>();
      for (const op of migration.up) {
        const f = facts.get(op);
        const e = f && est.evidenceFor(op, f, snapshot, classify);
        if (e) out.set(op, e);
      }
      return out;
    },
    annotate(rule, findings, migration, evidence) {
      if (!LOCK_CATEGORIES.has(rule.category) || evidence.size === 0) return findings;
      // ctx.finding keeps the op's own loc object; a finding placed elsewhere matches by line.
      const byLoc = new Map<Loc, LockEvidence>();
      const byLine = new Map<string, LockEvidence>();
      for (const op of migration.up) {
        const e = evidence.get(op);
        if (!e) continue;
        if ((byLoc.get(op.loc)?.estimatedLockMs ?? -1) < e.estimatedLockMs) byLoc.set(op.loc, e);
        // One statement can lower to several ops (MySQL MODIFY: type and nullability): the longest lock speaks for it.
        const key = `${op.loc.file}:${op.loc.line}`;
        if ((byLine.get(key)?.estimatedLockMs ?? -1) < e.estimatedLockMs) byLine.set(key, e);
      }
      return findings.map((f) => {
        const e = byLoc.get(f.loc) ?? byLine.get(`${f.loc.file}:${f.loc.line}`);
        if (!e) return f;
        // The budget is its own explicit threshold: tiers do not move it.
        const tier = rule.id === 'lock-exceeds-budget' ? null : tiers.tierOf(config.tiers, e);
        const severity = tier ? tiers.tieredSeverity(f.severity, tier) : f.severity;
        const tierNote = tier ? ` Table tier ${tier.name}: ${severity === f.severity ? `kept at ${severity}` : `${f.severity} → ${severity}`}.` : '';
        return { ...f, severity, message: `${f.message} ${est.evidenceSentence(e)}${tierNote}`, evidence: { ...e, ...(tier ? { tier: tier.name } : {}) } };
      });
    },
    summary(migration, evidence) {
      const tables = new Map<string, MigrationEvidence['tables'][number]>();
      const statements: MigrationEvidence['statements'] = [];
      for (const op of migration.up) {
        const e = evidence.get(op);
        if (!e) continue;
        if (!tables.has(e.table)) {
          const tier = tiers.tierOf(config.tiers, e);
          tables.set(e.table, { table: e.table, bytes: e.bytes, rows: e.rows, writesPerSec: e.writesPerSec, ...(tier ? { tier: tier.name } : {}) });
        }
        const row = { file: op.loc.file, line: op.loc.line, table: e.table, operation: e.operation, lockMode: e.lockMode, blocksWrites: e.blocksWrites, estimatedLockMs: e.estimatedLockMs };
        // Ops of one statement on one table are one row: the longest lock.
        const same = statements.findIndex((x) => x.file === row.file && x.line === row.line && x.table === row.table);
        if (same < 0) statements.push(row);
        else if (statements[same]!.estimatedLockMs < row.estimatedLockMs) statements[same] = row;
      }
      return { capturedAt: snapshot.capturedAt, tables: [...tables.values()], statements, ...(config.lockBudgetMs !== null ? { lockBudgetMs: config.lockBudgetMs } : {}) };
    },
  };
}

/** The op a finding was reported at (see `RuleContext.finding`), for telling repetitions from several problems of one call. */
const findingOps = new WeakMap<Finding, Op>();

/**
 * An ORM call inside a loop (`for t in TABLES: op.create_index(...)`) is unrolled into one op per
 * iteration, all at the call's location: the reader gets one finding per rule and call site, saying
 * how many times it applies, not the same comment N times. SQL files keep one finding per statement.
 */
export function oneFindingPerCallSite(findings: Finding[], ormFiles: ReadonlySet<string>): Finding[] {
  if (ormFiles.size === 0) return findings;
  const first = new Map<string, { finding: Finding; count: number }>();
  // One op with several findings of a rule (a create_table with two unindexed foreign keys) is one
  // call with several problems, not a repetition: its k-th finding merges only with the k-th of the
  // other iterations' ops. Ops of different kinds at one place are parts of one statement (an ADD
  // COLUMN with an inline REFERENCES is an addColumn and an addConstraint), never repetitions.
  const perOp = new Map<string, Map<Op, number>>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!ormFiles.has(f.loc.file)) {
      out.push(f);
      continue;
    }
    const site = `${f.ruleId}\0${f.loc.file}\0${f.loc.line}\0${f.loc.column}\0${f.loc.endLine}`;
    const op = findingOps.get(f);
    let ordinal = 0;
    if (op) {
      let counts = perOp.get(site);
      if (!counts) perOp.set(site, (counts = new Map()));
      ordinal = counts.get(op) ?? 0;
      counts.set(op, ordinal + 1);
    }
    const key = `${site}\0${op?.kind ?? ''}\0${ordinal}`;
    const seen = first.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    const entry = { finding: { ...f }, count: 1 };
    first.set(key, entry);
    out.push(entry.finding);
  }
  for (const { finding, count } of first.values()) {
    if (count === 1) continue;
    finding.message = `${finding.message} (This call runs ${count} times, in a loop or over several values: the same applies to each.)`;
    // A fix written for one iteration's values is not the fix for the call.
    delete finding.fix;
  }
  return out;
}

/**
 * Drops findings covered by a suppression comment with a reason; reports (as invalid-suppression)
 * suppressions without a reason, naming no or an unknown rule, and valid ones that suppress nothing.
 */
function applySuppressions(
  findings: Finding[],
  sources: Map<string, string>,
  newMigrations: Migration[],
  severityOf: ReadonlyMap<string, Severity>,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const byFile = new Map<string, FileSuppressions>();
  const newFiles = new Set(newMigrations.flatMap((m) => [m.file, ...(m.downFile ? [m.downFile] : [])]));
  const migrationOf = new Map(newMigrations.map((m) => [m.file, m.id]));
  const severity = severityOf.get('invalid-suppression');
  const problems: Finding[] = [];
  const problem = (file: string, comment: SuppressionComment, text: { message: string; suggestion: string }) => {
    if (severity) problems.push({ ruleId: 'invalid-suppression', severity, loc: { file, line: comment.line, endLine: comment.line, column: 1 }, migration: migrationOf.get(file) ?? file, ...text });
  };
  /** Suppressions that can suppress something: a reason and only known rule ids. */
  const usable: { file: string; entry: SuppressionEntry }[] = [];
  for (const file of newFiles) {
    const s = suppressionsFor(sources.get(file) ?? '');
    byFile.set(file, s);
    for (const entry of s.entries) {
      const { comment } = entry;
      const unknown = comment.ruleIds.filter((id) => !ruleById(id));
      if (comment.ruleIds.length === 0) problem(file, comment, invalidSuppression.noRule);
      if (unknown.length) problem(file, comment, invalidSuppression.unknownRule(unknown));
      if (!comment.reason) problem(file, comment, invalidSuppression.noReason(comment.ruleIds));
      if (comment.reason && comment.ruleIds.length && !unknown.length) usable.push({ file, entry });
    }
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const used = new Set<SuppressionEntry>();
  // Framework suppressions (safety_assured blocks) by file and line: one lookup per finding, not a
  // scan of every block (their lines add up to at most the files' lengths).
  const inCode = new Map<string, Map<number, FrameworkSuppression[]>>();
  for (const s of newMigrations.flatMap((m) => m.frameworkSuppressions ?? [])) {
    let lines = inCode.get(s.file);
    if (!lines) inCode.set(s.file, (lines = new Map()));
    for (let line = s.line; line <= s.endLine; line++) {
      const at = lines.get(line);
      if (at) at.push(s);
      else lines.set(line, [s]);
    }
  }
  for (const f of findings) {
    const entry = byFile
      .get(f.loc.file)
      ?.byLine.get(f.loc.line)
      ?.find((e) => e.comment.reason && e.comment.ruleIds.includes(f.ruleId));
    if (entry) {
      used.add(entry);
      suppressed.push({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: entry.comment.reason! });
      continue;
    }
    const category = ruleById(f.ruleId)?.category;
    const declared = inCode.get(f.loc.file)?.get(f.loc.line)?.find((s) => s.categories.some((c) => c === category));
    if (declared) suppressed.push({ ruleId: f.ruleId, file: f.loc.file, line: f.loc.line, reason: declared.reason });
    else kept.push(f);
  }
  // A suppression of a rule that did not run (off in this config, another dialect) is not unused: it may matter elsewhere.
  for (const { file, entry } of usable) {
    if (!used.has(entry) && entry.comment.ruleIds.every((id) => severityOf.has(id))) problem(file, entry.comment, invalidSuppression.unused(entry.comment.ruleIds, entry.target));
  }
  return { kept: [...kept, ...problems], suppressed };
}
