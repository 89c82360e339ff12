import type { ClientConfig } from 'pg';
import type { Migration } from '../ir.js';
import type { MigrationPlan } from './plan.js';
import type { GuardedAppQueries } from './app-query-run.js';
import { runPrMigrations, savepointToken, SessionLost, type PgRunContext, type PgSession, type QueryResult } from './pg-runner.js';
import type { DryRunResult } from './types.js';
import { checkVersionTable } from './version-table.js';

/**
 * The `postgres` engine: a staging (or replica/clone) server. Everything happens in ONE
 * transaction that is always rolled back, with a savepoint per migration and SET LOCAL timeouts;
 * statements that would end or escape it are never sent (see guard.ts), and after every statement
 * the engine checks it is still inside that transaction.
 */

export interface ServerOptions {
  databaseUrl: string;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  progress: (message: string) => void;
  /** Run even when the role is a superuser (refused otherwise). */
  allowSuperuser?: boolean;
  columnOrder?: 'report' | 'fail';
  /** breaks-app-query: the application's queries to PREPARE around each migration. */
  appQueries?: GuardedAppQueries;
}

/** Roles whose members can act on the server beyond the database (files, programs, signals). */
const POWERFUL_ROLES = ['pg_execute_server_program', 'pg_write_server_files', 'pg_read_server_files', 'pg_signal_backend', 'pg_checkpoint'];
/** Extensions that reach other servers or the file system. */
const REACHING_EXTENSIONS = ['dblink', 'postgres_fdw', 'file_fdw', 'adminpack', 'plperlu', 'plpython3u', 'pltclu', 'plsh'];

/**
 * What the connecting role could do beyond the database under test. The guard refuses all of it,
 * but a least-privileged role is the second line: what slipped through would then fail.
 */
export async function privilegeReport(client: { query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }): Promise<{ superuser: boolean; role: string; findings: string[] }> {
  const r = await client.query(`SELECT current_user::text AS role, r.rolsuper AS su, r.rolcreaterole AS cr, r.rolcreatedb AS cd, r.rolreplication AS rep, r.rolbypassrls AS rls,
      (SELECT coalesce(json_agg(m.rolname ORDER BY m.rolname), '[]'::json) FROM pg_roles m WHERE m.rolname = ANY($1) AND pg_has_role(current_user, m.oid, 'USAGE')) AS member_of,
      (SELECT coalesce(json_agg(e.extname ORDER BY e.extname), '[]'::json) FROM pg_extension e WHERE e.extname = ANY($2)) AS extensions,
      (SELECT coalesce(json_agg(l.lanname ORDER BY l.lanname), '[]'::json) FROM pg_language l WHERE NOT l.lanpltrusted AND l.lanname NOT IN ('internal', 'c')) AS untrusted
    FROM pg_roles r WHERE r.rolname = current_user`, [POWERFUL_ROLES, REACHING_EXTENSIONS]);
  const row = r.rows[0] ?? {};
  const list = (v: unknown): string[] => (typeof v === 'string' ? (JSON.parse(v) as string[]) : ((v as string[] | null) ?? []));
  const findings: string[] = [];
  const role = String(row.role ?? '?');
  if (row.su) findings.push(`${role} is a superuser: it can read and write server files, run programs on the server and change any database`);
  if (row.cr) findings.push(`${role} has CREATEROLE: it can create roles and grant itself their memberships`);
  if (row.cd) findings.push(`${role} has CREATEDB`);
  if (row.rep) findings.push(`${role} has REPLICATION`);
  if (row.rls) findings.push(`${role} has BYPASSRLS`);
  for (const m of list(row.member_of)) findings.push(`${role} is a member of ${m}`);
  for (const e of list(row.extensions)) findings.push(`the extension ${e} is installed (it reaches other servers or the file system)`);
  for (const l of list(row.untrusted)) findings.push(`the untrusted language ${l} is installed`);
  return { superuser: row.su === true, role, findings };
}

export async function runPostgres(plans: MigrationPlan[], all: Migration[], opts: ServerOptions): Promise<Omit<DryRunResult, 'durationMs' | 'ok' | 'version' | 'engine'>> {
  const pg = (await import('pg')).default;
  const config: ClientConfig = {
    connectionString: opts.databaseUrl,
    application_name: 'migration-guard dry-run',
    // Client-side backstop in case the server never answers (statement_timeout is the real limit).
    query_timeout: opts.statementTimeoutMs + 15_000,
    connectionTimeoutMillis: 10_000,
  };
  const client = new pg.Client(config);
  let lost: string | null = null;
  // A terminated connection emits 'error' on the client; without a listener Node would crash.
  client.on('error', (e) => {
    lost = e.message;
  });
  await client.connect();
  const problems: string[] = [];
  const warnings: string[] = [];
  const token = savepointToken();
  let serverVersion: string | null = null;
  let sequencesBefore: Map<string, string | null> | null = null;
  const session: PgSession = {
    multiStatement: true,
    async query(sql: string): Promise<QueryResult> {
      if (lost) throw new SessionLost(`connection lost: ${lost}`);
      const r = await client.query(sql);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.rowCount ?? null };
    },
  };
  try {
    const v = await client.query(`SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n`);
    serverVersion = String(v.rows[0].v);
    const num = Number(v.rows[0].n);
    const xidFunction = num >= 130000 ? 'pg_current_xact_id_if_assigned' : 'txid_current_if_assigned';
    const privileges = await privilegeReport(client);
    if (privileges.superuser && !opts.allowSuperuser) {
      const reason = `not run: the role ${privileges.role} is a superuser, which could change the whole server if anything slipped past the guard; connect with a least-privileged role (see docs/dry-run.md) or pass --allow-superuser`;
      problems.push(reason);
      return {
        serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable: null, problems, warnings, privileges: privileges.findings,
        migrations: plans.map((p) => ({ id: p.migration.id, file: p.migration.file, framework: p.migration.framework, transactional: p.migration.transactional, verdict: 'unverified' as const, reasons: [reason], statements: [], roundTrip: { status: 'not-run' as const, diff: [], dataDiff: [] }, sqlPreview: p.preview, durationMs: null })),
      };
    }
    for (const f of privileges.findings) warnings.push(`privileges: ${f}`);
    await client.query('BEGIN');
    // The guard reads statements as PostgreSQL does with these (the defaults); a staging server
    // configured otherwise would lex the migration differently from the guard.
    await client.query(`SET LOCAL standard_conforming_strings = on`);
    await client.query(`SET LOCAL backslash_quote = safe_encoding`);
    await client.query(`SET LOCAL client_encoding = 'UTF8'`);
    // SET LOCAL: the limits end with the transaction and cannot leak into a pooled connection.
    await client.query(`SET LOCAL lock_timeout = '${Math.max(1, Math.round(opts.lockTimeoutMs))}ms'`);
    await client.query(`SET LOCAL statement_timeout = '${Math.max(1, Math.round(opts.statementTimeoutMs))}ms'`);
    // Ends the session (and its locks) if this process dies mid-run; generous, because the dry-run
    // itself pauses between statements to parse and snapshot.
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${Math.max(60_000, Math.round(opts.statementTimeoutMs * 2))}ms'`);
    // PostgreSQL ≥ 14 also notices mid-statement that this process died (SIGKILL) and ends the
    // statement and its locks then, instead of at the statement timeout. Not every platform has it.
    if (num >= 140000) {
      await client.query(`SAVEPOINT migration_guard_${token}_cc`);
      try {
        await client.query(`SET LOCAL client_connection_check_interval = '1s'`);
        await client.query(`RELEASE SAVEPOINT migration_guard_${token}_cc`);
      } catch {
        await client.query(`ROLLBACK TO SAVEPOINT migration_guard_${token}_cc`);
      }
    }
    // nextval() is not transactional: an INSERT in a data migration advances staging's sequences
    // even though everything else is rolled back. Record them to report any drift afterwards.
    sequencesBefore = await sequenceStates(client);
    // Assigning the transaction id now lets every later check compare against it.
    const xidRow = await client.query(`SELECT ${num >= 130000 ? 'pg_current_xact_id' : 'txid_current'}()::text AS xid`);
    const xid = String(xidRow.rows[0].xid);

    const versionTable = await checkVersionTable(
      {
        exists: async (t) => (await client.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [t])).rows[0].e === true,
        values: async (t, c, where) => {
          await client.query(`SAVEPOINT migration_guard_${token}_vt`);
          try {
            const r = await client.query(`SELECT ${c}::text AS v FROM ${t}${where ? ` WHERE ${where}` : ''}`);
            await client.query(`RELEASE SAVEPOINT migration_guard_${token}_vt`);
            return r.rows.map((x) => String(x.v));
          } catch (e) {
            await client.query(`ROLLBACK TO SAVEPOINT migration_guard_${token}_vt`);
            throw e;
          }
        },
      },
      all,
    );
    if (versionTable.status === 'mismatch') problems.push(`history mismatch: ${versionTable.message}`);

    const ctx: PgRunContext = {
      session, xidFunction, realDurations: true, perMigrationTransaction: false, token, columnOrder: opts.columnOrder,
      statementTimeoutMs: opts.statementTimeoutMs + 15_000, progress: opts.progress, appQueries: opts.appQueries,
    };
    const { results, problems: runProblems } = await runPrMigrations(ctx, plans, async () => xid);
    problems.push(...runProblems);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems, warnings, privileges: privileges.findings };
  } finally {
    // Always rolled back, whatever happened; a lost connection was rolled back by the server.
    if (!lost) {
      try {
        await client.query('ROLLBACK');
      } catch {
        /* the server already ended the transaction */
      }
    }
    if (sequencesBefore && !lost) {
      try {
        const after = await sequenceStates(client);
        for (const [name, value] of sequencesBefore) {
          const now = after.get(name);
          if (now !== undefined && now !== value) {
            warnings.push(`staging changed outside the transaction: sequence ${name} advanced from ${value ?? 'unused'} to ${now} (nextval is never rolled back); if nothing else used it: SELECT setval('${name.replace(/'/g, "''")}', ${value ?? 1}, ${value === null ? 'false' : 'true'});`);
          }
        }
      } catch {
        /* reporting drift is best effort */
      }
    }
    await client.end().catch(() => undefined);
  }
}

async function sequenceStates(client: import('pg').Client): Promise<Map<string, string | null>> {
  const r = await client.query(`SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS v FROM pg_sequences`);
  return new Map(r.rows.map((x: { name: string; v: string | null }) => [x.name, x.v]));
}
