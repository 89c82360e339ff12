/**
 * The shared rule tester. Each case states one scenario in several variants (SQL, Alembic, Knex, Rails) that all run
 * through their real front end and the real engine; all variants must agree.
 *
 *   ruleTester('require-concurrent-index', {
 *     valid: [{ name: 'table created in the same migration', sql: 'CREATE TABLE t (id int); CREATE INDEX i ON t (id);' }],
 *     invalid: [{
 *       name: 'existing table',
 *       history: 'CREATE TABLE users (id bigint, email text);',   // base-branch migration(s): string or string[]
 *       sql: '\nCREATE INDEX users_email_idx ON users (email);',
 *       line: 2,                                                 // sql variant's line (endLine defaults to line)
 *       alembic: { code: '...python...', line: 12 },             // optional ORM variants with their own lines
 *       knex: { code: '...js...', line: 4 },                      // knexTs: same for a .ts file
 *       rails: { code: '...ruby...', line: 3 },                   // db/migrate/<version>_change.rb
 *       django: { code: '...python...', line: 9 },                // shop/migrations/0002_change.py
 *     }],
 *   });
 *
 * Case options: `layout` (SQL layout of the change file: plain (default), golang-migrate, dbmate,
 * diesel, flyway, prisma), `down` (down SQL for paired layouts), `pgVersion`, `dialect`, `config`
 * (a .migration-guard.yml object), `count` (findings per variant, default 1 for invalid), and
 * `extraChange` (more SQL migrations in the same change, run after the main one) and `appFiles`
 * (application code in the repository, for rules that search it).
 * Invalid cases snapshot the message and suggestion of the SQL variant. Fixtures must parse cleanly
 * (no parse-error) unless the rule under test is parse-error or unanalyzable.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';
import type { Dialect, Migration, SqlLayout } from '../../src/ir.js';
import type { Report, ReportFinding } from '../../src/report/model.js';
import { ruleById } from '../../rules/index.js';
import ts from 'typescript';
import { knexFactory, RecordingMysqlClient, RecordingPgClient, runWithKnex } from '../knex/recording.js';

export interface OrmVariant {
  code: string;
  line?: number;
  endLine?: number;
}

export interface RuleCase {
  name: string;
  sql?: string;
  alembic?: string | OrmVariant;
  knex?: string | OrmVariant;
  knexTs?: string | OrmVariant;
  /** A Rails migration (`class … < ActiveRecord::Migration[7.1]`), linted as db/migrate/<version>_change.rb. */
  rails?: string | OrmVariant;
  /**
   * A Django migration, linted as shop/migrations/0002_change.py. Django takes its model state from
   * Django migrations, not SQL: `djangoHistory` is shop/migrations/0001_initial.py, and the SQL
   * `history` is not written for this variant.
   */
  django?: string | OrmVariant;
  djangoHistory?: string;
  history?: string | string[];
  layout?: SqlLayout;
  down?: string;
  extraChange?: string[];
  pgVersion?: number;
  dialect?: Dialect;
  config?: ConfigFile;
  count?: number;
  /** Application files in the repository (path → content), for rules that search code. */
  appFiles?: Record<string, string>;
}

export interface InvalidCase extends RuleCase {
  /** Line of the finding in the SQL variant. */
  line?: number;
  endLine?: number;
}

type Variant = 'sql' | 'alembic' | 'knex' | 'knexTs' | 'rails' | 'django';

function changeFiles(c: RuleCase, variant: Variant, code: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (variant === 'alembic') {
    files['b_change/0100_change.py'] = code;
    return files;
  }
  if (variant === 'rails') {
    files['b_change/db/migrate/20990101000000_change.rb'] = code;
    return files;
  }
  if (variant === 'django') {
    files['b_change/shop/migrations/0002_change.py'] = code;
    return files;
  }
  if (variant === 'knex' || variant === 'knexTs') {
    files[`b_change/20990101000000_change.${variant === 'knex' ? 'js' : 'ts'}`] = code;
    return files;
  }
  switch (c.layout ?? 'plain') {
    case 'golang-migrate':
      files['b_change/000100_change.up.sql'] = code;
      if (c.down !== undefined) files['b_change/000100_change.down.sql'] = c.down;
      break;
    case 'diesel':
      files['b_change/2099-01-01-000000_change/up.sql'] = code;
      if (c.down !== undefined) files['b_change/2099-01-01-000000_change/down.sql'] = c.down;
      break;
    case 'flyway':
      files['b_change/V100__change.sql'] = code;
      if (c.down !== undefined) files['b_change/U100__change.sql'] = c.down;
      break;
    case 'prisma':
      files['b_change/20990101000000_change/migration.sql'] = code;
      break;
    case 'dbmate':
      files['b_change/20990101000000_change.sql'] = code;
      break;
    default:
      files['b_change/0100_change.sql'] = code;
  }
  (c.extraChange ?? []).forEach((sql, i) => {
    files[`b_change/${String(200 + i).padStart(4, '0')}_extra.sql`] = sql;
  });
  return files;
}

/** Lints one variant of a case in a fresh directory; returns every finding. */
export async function lintCase(ruleId: string, c: RuleCase, variant: Variant, code: string): Promise<ReportFinding[]> {
  return (await lintCaseFull(ruleId, c, variant, code)).findings;
}

/** As lintCase, with the parsed migrations too (the change's first): the ORM parity test renders their SQL. */
export async function lintCaseFull(ruleId: string, c: RuleCase, variant: Variant, code: string): Promise<{ findings: ReportFinding[]; suppressed: Report['suppressed']; migrations: Migration[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-rule-'));
  try {
    const history = variant === 'django' ? [] : typeof c.history === 'string' ? [c.history] : c.history ?? [];
    const historyFiles: Record<string, string> = {};
    if (variant === 'django') {
      historyFiles['b_change/shop/migrations/__init__.py'] = '';
      if (c.djangoHistory !== undefined) historyFiles['b_change/shop/migrations/0001_initial.py'] = c.djangoHistory;
    }
    history.forEach((sql, i) => {
      historyFiles[`a_history/${String(i + 1).padStart(4, '0')}_base.sql`] = sql;
    });
    const change = changeFiles(c, variant, code);
    for (const [rel, text] of Object.entries({ ...historyFiles, ...change, ...c.appFiles })) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const rule = ruleById(ruleId);
    const file = validateConfig(c.config ?? {}, 'test config');
    // Style rules are off by default; a rule's own test turns it on.
    if (rule?.defaultOff) file.rules = { [ruleId]: rule.severity, ...file.rules };
    const config = resolveConfig(file, null, { ...(c.pgVersion ? { pgVersion: c.pgVersion } : {}), ...(c.dialect ? { dialect: c.dialect } : {}) });
    const paths = ['b_change', ...(history.length ? ['a_history'] : [])];
    const { report, migrations } = await lint({ cwd: dir, paths, changedFiles: Object.keys(change), config });
    return { findings: report.findings, suppressed: report.suppressed, migrations: migrations.filter((m) => m.isNew) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function variants(c: RuleCase): { variant: Variant; code: string; line?: number; endLine?: number }[] {
  const out: { variant: Variant; code: string; line?: number; endLine?: number }[] = [];
  const inv = c as InvalidCase;
  if (c.sql !== undefined) out.push({ variant: 'sql', code: c.sql, line: inv.line, endLine: inv.endLine });
  for (const v of ['alembic', 'knex', 'knexTs', 'rails', 'django'] as const) {
    const x = c[v];
    if (x === undefined) continue;
    if (typeof x === 'string') out.push({ variant: v, code: x });
    else out.push({ variant: v, code: x.code, line: x.line, endLine: x.endLine });
  }
  return out;
}

const PARSE_RULES = new Set(['parse-error', 'unanalyzable']);

/** Rules about the down migration: a dbmate file's down part is not what a Knex `down` is. */
const ROLLBACK_RULES = new Set(['downgrade-mismatch', 'irreversible-data-loss', 'missing-downgrade']);

/**
 * Findings left out of the comparison for some Knex variants, and why. Keyed `rule-id › case name`.
 */
const ONE_CALL = "lock-held-across-statements tells statements apart by source position: the statements of one Knex call (.alter()'s DROP DEFAULT, TYPE, SET NOT NULL) share it, and splitting one call into two migrations is not advice anyone can follow";
const KNEX_SQL_EXCEPTIONS: Record<string, { rules: string[]; why: string }> = {
  'set-not-null › knex: .notNullable().alter() sends SET NOT NULL': { rules: ['lock-held-across-statements'], why: ONE_CALL },
  'change-column-default › knex: .alter() that restates the default': { rules: ['lock-held-across-statements'], why: ONE_CALL },
  'change-column-default › knex: .alter() without .defaultTo() drops the default (Knex sends DROP DEFAULT)': { rules: ['lock-held-across-statements'], why: ONE_CALL },
  'change-column-type › knex: .alter() type change': { rules: ['lock-held-across-statements'], why: ONE_CALL },
  'constraint-not-valid › knex: foreign key on an existing table': { rules: ['lock-held-across-statements'], why: ONE_CALL },
  'require-concurrent-index › one finding per call site when a loop runs the call for several tables': { rules: ['require-concurrent-index'], why: 'one call in a loop is one finding (saying how often it runs); the SQL has one statement per iteration' },
  'add-column-required › knex: suppressed with a reason on the line before the call': { rules: ['add-column-required'], why: 'the suppression comment is in the JavaScript, not in the SQL Knex sends' },
};

/**
 * The SQL the real Knex sends for a Knex variant (a recording client, no database): our own test
 * code, run here only. Transactional migrations get the migrator's transaction, as Knex does.
 */
async function knexEmitted(code: string, typescript: boolean, dialect: Dialect): Promise<{ up: string[]; down: string[] | null; transactional: boolean; error: string | null }> {
  const js = typescript
    ? ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText
    : code;
  const module = { exports: {} as { up?: (k: unknown) => unknown; down?: (k: unknown) => unknown; config?: { transaction?: unknown } } };
  const stubRequire = (name: string) => (name === 'knex' ? { knex: knexFactory, Knex: {} } : {});
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function('exports', 'module', 'require', js)(module.exports, module, stubRequire);
  const exported = module.exports;
  const transactional = exported.config?.transaction !== false;
  const client = dialect === 'mysql' ? RecordingMysqlClient : RecordingPgClient;
  const up = exported.up ? await runWithKnex(exported.up, client, transactional) : { sql: [], error: null };
  const down = exported.down ? await runWithKnex(exported.down, client, transactional) : null;
  return { up: up.sql, down: down?.sql ?? null, transactional, error: up.error?.message ?? null };
}

/** The Knex variant's SQL as a dbmate migration: transactional unless the Knex config says not. */
function dbmateFile(up: string[], down: string[] | null, transactional: boolean): string {
  const body = (sql: string[]) => sql.map((s) => (s.trimEnd().endsWith(';') ? s : `${s};`)).join('\n');
  return `-- migrate:up${transactional ? '' : ' transaction:false'}\n${body(up)}\n\n-- migrate:down\n${down && down.length ? body(down) : 'SELECT 1;'}\n`;
}

/** What must agree: each finding's rule and message (line numbers aside), rollback rules aside. */
function verdict(findings: ReportFinding[], ignored: string[] = []): string[] {
  return findings
    .filter((f) => !ROLLBACK_RULES.has(f.ruleId) && !ignored.includes(f.ruleId))
    // The runner is named in some messages ("Knex wraps this migration", "dbmate wraps ...").
    .map((f) => `${f.ruleId}: ${f.message.replace(/\blines? \d+(?:[-–]\d+)?/g, 'line N').replace(/\b(Knex|dbmate)\b/g, 'the runner')}`)
    .sort();
}

/**
 * One verdict whatever the front end: a Knex variant's findings equal those on the SQL the real
 * Knex emits for it, linted as a plain SQL migration with the same history and config.
 */
function knexMatchesItsSql(ruleId: string, cases: RuleCase[]): void {
  const withKnex = cases.flatMap((c) => (['knex', 'knexTs'] as const).filter((v) => c[v] !== undefined).map((v) => ({ c, v })));
  if (withKnex.length === 0) return;
  describe('knex variants ≡ the SQL Knex emits', () => {
    for (const { c, v } of withKnex) {
      const ignored = KNEX_SQL_EXCEPTIONS[`${ruleId} › ${c.name}`]?.rules ?? [];
      test(`${c.name} [${v}]`, async () => {
        const x = c[v]!;
        const code = typeof x === 'string' ? x : x.code;
        const emitted = await knexEmitted(code, v === 'knexTs', c.dialect ?? 'postgres');
        const fromKnex = verdict(await lintCase(ruleId, c, v, code), ignored);
        const sqlCase: RuleCase = { ...c, layout: 'dbmate', extraChange: undefined };
        const fromSql = verdict(await lintCase(ruleId, sqlCase, 'sql', dbmateFile(emitted.up, emitted.down, emitted.transactional)), ignored);
        expect({ findings: fromKnex, error: emitted.error }).toEqual({ findings: fromSql, error: emitted.error });
      });
    }
  });
}

/** When the ORM parity test loads the rule tests, ruleTester hands it the cases instead of defining tests. */
export interface CollectedCases {
  ruleId: string;
  valid: RuleCase[];
  invalid: InvalidCase[];
}

export function ruleTester(ruleId: string, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const sink = (globalThis as { __migrationGuardRuleCases?: CollectedCases[] }).__migrationGuardRuleCases;
  if (sink) {
    sink.push({ ruleId, ...cases });
    return;
  }
  describe(ruleId, () => {
    test('is registered', () => {
      expect(ruleById(ruleId)?.id).toBe(ruleId);
    });
    describe('valid', () => {
      for (const c of cases.valid) {
        for (const v of variants(c)) {
          test(`${c.name} [${v.variant}]`, async () => {
            const all = await lintCase(ruleId, c, v.variant, v.code);
            if (!PARSE_RULES.has(ruleId)) expect(all.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
            expect(all.filter((f) => f.ruleId === ruleId)).toEqual([]);
          });
        }
      }
    });
    knexMatchesItsSql(ruleId, [...cases.valid, ...cases.invalid]);
    describe('invalid', () => {
      for (const c of cases.invalid) {
        for (const v of variants(c)) {
          test(`${c.name} [${v.variant}]`, async () => {
            const all = await lintCase(ruleId, c, v.variant, v.code);
            if (!PARSE_RULES.has(ruleId)) expect(all.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
            const mine = all.filter((f) => f.ruleId === ruleId);
            expect(mine).toHaveLength(c.count ?? 1);
            if (v.line !== undefined) {
              expect(mine[0]!.line).toBe(v.line);
              expect(mine[0]!.endLine).toBe(v.endLine ?? v.line);
            }
            for (const f of mine) {
              expect(f.message.length).toBeGreaterThan(10);
            }
            if (v.variant === 'sql') {
              expect(mine.map((f) => ({ line: f.line, message: f.message, suggestion: f.suggestion }))).toMatchSnapshot();
            }
          });
        }
      }
    });
  });
}
