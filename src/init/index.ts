import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE, defaultConfig, UsageError } from '../config.js';
import { discover, type DiscoveredMigration } from '../discover/index.js';
import { sniffText, toPosix, walk } from '../discover/files.js';
import type { Dialect, Framework } from '../ir.js';
import { WORKFLOW_TEMPLATES } from './workflow-templates.js';

/** One directory of migrations found in the repository. */
export interface DetectedDirectory {
  path: string;
  framework: Framework;
  layouts: string[];
  count: number;
}

export interface Detection {
  directories: DetectedDirectory[];
  dialect: Dialect;
  /** Why that dialect (the evidence), or that it is the default. */
  dialectReason: string;
}

const LAYOUT_NAMES: Record<string, string> = {
  plain: 'plain SQL files',
  'golang-migrate': 'golang-migrate',
  diesel: 'diesel',
  dbmate: 'dbmate',
  flyway: 'Flyway',
  prisma: 'Prisma',
  pop: 'gobuffalo pop',
};
const FRAMEWORK_NAMES: Record<Framework, string> = { sql: 'SQL', alembic: 'Alembic', knex: 'Knex', django: 'Django', rails: 'Rails' };

/** The directory a migration belongs to in the config: the one holding it, or above per-migration directories. */
function directoryOf(cwd: string, d: DiscoveredMigration): string {
  const abs = d.layout === 'diesel' || d.layout === 'prisma' ? d.root : path.dirname(d.abs);
  return toPosix(path.relative(cwd, abs)) || '.';
}

const MYSQL_SIGNS: [RegExp, string][] = [
  [/\bENGINE\s*=\s*InnoDB\b/i, 'ENGINE=InnoDB'],
  [/\bAUTO_INCREMENT\b/i, 'AUTO_INCREMENT'],
  [/\bCREATE TABLE\s+`/i, 'backquoted identifiers'],
];
const POSTGRES_SIGNS: [RegExp, string][] = [
  [/\bCONCURRENTLY\b/i, 'CONCURRENTLY'],
  [/\b(?:BIG)?SERIAL\b/i, 'SERIAL'],
  [/\b(?:JSONB|TIMESTAMPTZ)\b/i, 'jsonb/timestamptz'],
  [/::[a-z]+/i, ':: casts'],
];
/** Driver names in project files (knexfile, alembic.ini, settings.py, schema.prisma, package.json). */
const PROJECT_FILES = /^(?:knexfile\.[cm]?[jt]s|alembic\.ini|settings\.py|schema\.prisma|package\.json|docker-compose\.ya?ml|compose\.ya?ml)$/;
const MYSQL_DRIVER = /(?:client\s*:\s*['"]mysql2?['"]|mysql(?:\+\w+)?:\/\/|django\.db\.backends\.mysql|provider\s*=\s*"mysql"|"mysql2?"\s*:|image:\s*["']?(?:mysql|mariadb)\b)/;
const PG_DRIVER = /(?:client\s*:\s*['"](?:pg|postgres|postgresql)['"]|postgres(?:ql)?(?:\+\w+)?:\/\/|django\.db\.backends\.postgresql|provider\s*=\s*"postgresql"|"pg"\s*:|image:\s*["']?postgres\b)/;

function detectDialect(cwd: string, found: DiscoveredMigration[]): { dialect: Dialect; reason: string } {
  const mysql: string[] = [];
  const pg: string[] = [];
  for (const abs of walk(cwd, 50_000)) {
    if (!PROJECT_FILES.test(path.basename(abs))) continue;
    const text = sniffText(abs);
    const rel = toPosix(path.relative(cwd, abs));
    if (MYSQL_DRIVER.test(text)) mysql.push(`a MySQL driver in ${rel}`);
    if (PG_DRIVER.test(text)) pg.push(`a PostgreSQL driver in ${rel}`);
  }
  for (const d of found.filter((m) => m.framework === 'sql').slice(0, 200)) {
    const text = sniffText(d.abs);
    for (const [re, what] of MYSQL_SIGNS) if (re.test(text)) mysql.push(`${what} in ${d.file}`);
    for (const [re, what] of POSTGRES_SIGNS) if (re.test(text)) pg.push(`${what} in ${d.file}`);
  }
  if (mysql.length > pg.length) return { dialect: 'mysql', reason: `detected: ${mysql.slice(0, 2).join(', ')}` };
  if (pg.length) return { dialect: 'postgres', reason: `detected: ${pg.slice(0, 2).join(', ')}` };
  return { dialect: 'postgres', reason: 'no driver or dialect-specific SQL found: the default' };
}

/** Finds the migration directories, their frameworks and the dialect, the way `lint` would without a config. */
export function detect(cwd: string): Detection {
  const found = discover({ cwd, paths: [], config: defaultConfig() });
  const byDir = new Map<string, DetectedDirectory>();
  for (const d of found) {
    const dir = directoryOf(cwd, d);
    const key = `${dir}\0${d.framework}`;
    const entry = byDir.get(key) ?? { path: dir, framework: d.framework, layouts: [], count: 0 };
    entry.count++;
    if (d.layout && !entry.layouts.includes(d.layout)) entry.layouts.push(d.layout);
    byDir.set(key, entry);
  }
  const { dialect, reason } = detectDialect(cwd, found);
  return { directories: [...byDir.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), dialect, dialectReason: reason };
}

/** YAML scalar: quoted when it is not plainly safe. */
function yamlString(s: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s);
}

/** The commented `.migration-guard.yml` for what was detected. */
export function renderConfig(d: Detection): string {
  const c = (code: string, comment: string) => `${code.padEnd(28)} # ${comment}`;
  const lines = [
    '# migration-guard configuration, written by `migration-guard init`. Every key is optional;',
    '# `migration-guard lint --print-config` shows the effective values and where they come from.',
    '# yaml-language-server: $schema=./node_modules/migration-guard/schema/migration-guard.schema.json',
    '',
    c(`dialect: ${d.dialect}`, d.dialectReason),
  ];
  if (d.dialect === 'postgres') lines.push(c('pgVersion: 15', "production's PostgreSQL major version: set it to yours"));
  else lines.push(c('# mysqlVersion: "8.0.35"', "production's server version (with `mariadb: true` for MariaDB)"));
  lines.push(c('failOn: error', 'error | warning | info | never: what fails the check'));
  if (d.directories.length) {
    lines.push(c('migrations:', 'where the migrations are (history is read from here too)'));
    for (const dir of d.directories) {
      const layouts = dir.layouts.map((l) => LAYOUT_NAMES[l] ?? l).join(', ');
      const kind = dir.framework === 'sql' && layouts ? `SQL (${layouts})` : FRAMEWORK_NAMES[dir.framework];
      lines.push(`  - path: ${yamlString(dir.path)}`, c(`    framework: ${dir.framework}`, `${dir.count} ${kind} migration${dir.count === 1 ? '' : 's'} found`));
    }
  } else {
    lines.push(c('# migrations:', 'none found: list your migration directories here'), '#   - db/migrations');
  }
  lines.push(
    c('# lockTimeout: 2s', 'uncomment when the deploy sets lock_timeout for every migration'),
    c('# rules:', 'per-rule level: error | warning | info | off (`migration-guard rules`)'),
    '#   prefer-timestamptz: warning',
    c('# deprecated:', 'tables and columns already announced for removal'),
    '#   columns: [users.nickname]',
    c('# code:', 'application code searched for references to dropped columns'),
    '#   include: ["src/**"]',
    '',
  );
  return lines.join('\n');
}

export interface InitResult {
  detection: Detection;
  written: string[];
}

/** Writes the config (and with `workflows` the GitHub workflow files); refuses to overwrite unless `force`. */
export function init(cwd: string, opts: { workflows?: boolean; force?: boolean } = {}): InitResult {
  const detection = detect(cwd);
  const files: [string, string][] = [[CONFIG_FILE, renderConfig(detection)]];
  if (opts.workflows) for (const [name, text] of Object.entries(WORKFLOW_TEMPLATES)) files.push([`.github/workflows/${name}`, text]);
  const existing = files.filter(([rel]) => existsSync(path.join(cwd, rel))).map(([rel]) => rel);
  if (existing.length && !opts.force) throw new UsageError(`init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite`);
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true });
    writeFileSync(path.join(cwd, rel), text);
  }
  return { detection, written: files.map(([rel]) => rel) };
}
