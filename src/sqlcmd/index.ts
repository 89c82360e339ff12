import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfigFile, resolveConfig, UsageError } from '../config.js';
import { discover } from '../discover/index.js';
import { loadMigrations } from '../engine.js';
import type { Dialect, Migration } from '../ir.js';
import { renderMigrationSql, type MigrationSql } from '../render/index.js';
import { sqlmigrateText } from '../parse/django/sqlmigrate.js';

export const SQL_USAGE = `Usage: migration-guard sql FILE.. [options]

Prints the SQL each migration runs, up and down, with the source line of every statement
(what \`alembic upgrade --sql\` shows), for the ORM front ends (Alembic, Knex, Django, Rails) and
SQL files alike. Nothing is executed and no database is needed.

Options:
  --dialect DIALECT       postgres (default) or mysql
  --format FORMAT         text (default) or json
  --output FILE           write to FILE instead of stdout
  --config FILE           config file (default .migration-guard.yml)

Exit codes: 0 every statement rendered, 1 some part could not be rendered or parsed (each is
listed with file:line), 2 usage error or a file that is not a migration.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

function parseDialect(v: string | undefined): Dialect | undefined {
  if (v === undefined) return undefined;
  if (v === 'postgres' || v === 'postgresql' || v === 'pg') return 'postgres';
  if (v === 'mysql' || v === 'mariadb') return 'mysql';
  throw new UsageError(`--dialect must be postgres or mysql, not '${v}'`);
}

/** One migration's SQL as text: a header, then the upgrade and the downgrade. */
export function formatMigrationSql(m: Migration, sql: MigrationSql): string {
  // Django: laid out as `sqlmigrate` and `sqlmigrate --backwards` print it.
  const up = m.framework === 'django' ? sqlmigrateText(m, sql.up, false) ?? sql.up.text : sql.up.text;
  const down = sql.down && m.framework === 'django' ? sqlmigrateText(m, sql.down, true) ?? sql.down.text : sql.down?.text;
  const lines = [`-- ${m.file} (${m.framework}, ${m.dialect})`, '-- upgrade', up || '-- (no statements)'];
  lines.push('-- downgrade', sql.down === null ? '-- (no down part)' : down || '-- (no statements)');
  return `${lines.join('\n')}\n`;
}

/** `file:line: reason` for every part of a migration that could not be rendered or parsed. */
function problemsOf(sql: MigrationSql): string[] {
  const out: string[] = [];
  for (const [direction, d] of [['upgrade', sql.up], ['downgrade', sql.down]] as const) {
    for (const u of d?.unrenderable ?? []) out.push(`${u.op.loc.file || sql.file}:${u.op.loc.line}: ${direction}: ${u.reason.replace(/[\r\n]+/g, ' ')}`);
  }
  return out;
}

/** Entry for `migration-guard sql FILE..`. Returns the exit code. */
export async function sqlCli(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      dialect: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${SQL_USAGE}\n`);
    return 0;
  }
  const format = values.format!;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not '${format}'`);
  if (positionals.length === 0) throw new UsageError(`sql needs the migration files to show\n\n${SQL_USAGE}`);
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const config = resolveConfig(file, source, { dialect: parseDialect(values.dialect) });
  // Files named here are the ones shown; their siblings come in as history (Django needs the graph).
  const found = discover({ cwd: io.cwd, paths: positionals, config });
  const { migrations } = await loadMigrations(found, config, new Map());
  const shown = migrations.filter((m) => m.isNew);
  if (shown.length === 0) throw new UsageError(`no migration found in ${positionals.join(', ')}`);
  const rendered = shown.map((m) => ({ m, sql: renderMigrationSql(m) }));
  const problems = rendered.flatMap(({ sql }) => problemsOf(sql));
  const output =
    format === 'json'
      ? `${JSON.stringify(
          {
            version: 1,
            migrations: rendered.map(({ m, sql }) => ({
              file: m.file,
              framework: m.framework,
              dialect: m.dialect,
              up: direction(sql.up),
              down: sql.down ? direction(sql.down) : null,
            })),
          },
          null,
          2,
        )}\n`
      : rendered.map(({ m, sql }) => formatMigrationSql(m, sql)).join('\n');
  if (values.output) writeFileSync(values.output, output);
  else io.out(output);
  for (const p of problems) io.err(`migration-guard: ${p}\n`);
  return problems.length > 0 ? 1 : 0;
}

function direction(d: MigrationSql['up']) {
  return {
    statements: d.statements.map((s) => ({ sql: s.sql, file: s.loc.file, line: s.loc.line, origin: s.origin })),
    notRendered: d.unrenderable.map((u) => ({ file: u.op.loc.file, line: u.op.loc.line, reason: u.reason })),
    irreversible: d.irreversible,
  };
}
