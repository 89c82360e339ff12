import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { redactUrl } from '../redact-url.js';
import { captureStats, StatsCaptureError } from './capture.js';

export const STATS_USAGE = `Usage: migration-guard stats --database-url URL [--output FILE] [--dialect postgres|mysql]

Captures a statistics snapshot of a production database for lint (lock estimates, size tiers,
lock-exceeds-budget) and the dry-run: per table its size, row estimate, index sizes and write
counters, and the normalised statement texts (pg_stat_statements, or performance_schema's digest
table). Read-only queries in a READ ONLY transaction; no row data is read or written.

Options:
  --database-url URL      postgres://... or mysql://... (or $MIGRATION_GUARD_STATS_URL)
  --output FILE           write the snapshot to FILE (default: standard output)
  --dialect DIALECT       postgres or mysql (default: from the URL's scheme)
  --max-statements N      keep the N most-called statements (default 2000)
  --require-least-privilege
                          refuse (exit 2, nothing written) when the role can do more than the
                          capture needs: superuser, write or owner rights on tables, server-file
                          or program roles; MySQL: any privilege beyond the documented minimum
                          (without it, a notice says so)

Exit codes: 0 written, 2 usage error or the database could not be read.`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

/** Entry for `migration-guard stats`. Returns the exit code. */
export async function statsCli(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'database-url': { type: 'string' },
      output: { type: 'string' },
      dialect: { type: 'string' },
      'max-statements': { type: 'string' },
      'require-least-privilege': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${STATS_USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`stats takes no paths (${positionals.join(', ')}); pass --database-url`);
  const url = values['database-url'] ?? process.env.MIGRATION_GUARD_STATS_URL;
  if (!url) throw new UsageError('stats needs --database-url URL (or $MIGRATION_GUARD_STATS_URL)');
  const d = values.dialect;
  let dialect: 'postgres' | 'mysql' | undefined;
  if (d !== undefined) {
    if (d === 'postgres' || d === 'postgresql' || d === 'pg') dialect = 'postgres';
    else if (d === 'mysql' || d === 'mariadb') dialect = 'mysql';
    else throw new UsageError(`--dialect must be postgres or mysql, not '${d}'`);
  }
  let statementLimit: number | undefined;
  if (values['max-statements'] !== undefined) {
    statementLimit = Number(values['max-statements']);
    if (!/^\d+$/.test(values['max-statements']) || !Number.isSafeInteger(statementLimit)) throw new UsageError(`--max-statements must be a whole number, not '${values['max-statements']}'`);
  }
  let snapshot;
  try {
    snapshot = await captureStats({
      databaseUrl: url,
      dialect,
      statementLimit,
      requireLeastPrivilege: values['require-least-privilege'] === true,
      notice: (m) => io.err(`migration-guard: notice: ${m}\n`),
    });
  } catch (e) {
    if (e instanceof StatsCaptureError || e instanceof UsageError) {
      // The driver's message may quote the URL: the password never reaches the log.
      const u = (() => { try { return new URL(url); } catch { return null; } })();
      const msg = u?.password ? e.message.split(u.password).join('***') : e.message;
      io.err(`migration-guard: stats on ${redactUrl(url)}: ${msg}\n`);
      return 2;
    }
    throw e;
  }
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (values.output) {
    writeFileSync(path.resolve(io.cwd, values.output), text);
    io.err(`migration-guard: wrote ${values.output}: ${snapshot.tables.length} table${snapshot.tables.length === 1 ? '' : 's'}, ${snapshot.statements.length} statement text${snapshot.statements.length === 1 ? '' : 's'}\n`);
  } else io.out(text);
  return 0;
}
