import { SNAPSHOT_VERSION, type StatementStats, type StatsSnapshot, type TableStats } from './snapshot.js';
import { cleanStatementText, reportPrivileges, StatsCaptureError, type CaptureOptions, type PrivilegeReport } from './capture.js';

type Row = Record<string, unknown>;
interface Client {
  query(sql: string, values?: unknown[]): Promise<{ rows: Row[] }>;
}

const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : Number(v ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * Sizes and counters of every user table of the connected database. Only catalog sizes and
 * statistics counters: pg_relation_size / reltuples / pg_stat_all_tables need no privilege on the
 * tables themselves, and no query here reads a heap.
 */
const TABLES_SQL = `
SELECT n.nspname AS schema, c.relname AS name,
       pg_relation_size(c.oid) AS bytes,
       c.reltuples AS reltuples, s.n_live_tup AS live,
       CASE WHEN c.reltoastrelid = 0 THEN 0 ELSE pg_total_relation_size(c.reltoastrelid) END AS toast_bytes,
       s.n_tup_ins AS ins, s.n_tup_upd AS upd, s.n_tup_del AS del
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_stat_all_tables s ON s.relid = c.oid
 WHERE c.relkind IN ('r', 'p', 'm')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname !~ '^pg_(toast|temp_)'
 ORDER BY 1, 2`;

const INDEXES_SQL = `
SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, pg_relation_size(i.oid) AS bytes,
       ARRAY(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
 WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname !~ '^pg_(toast|temp_)'
 ORDER BY 1, 2, 3`;

/**
 * Column widths only: pg_stats also holds most_common_vals and histogram_bounds, which ARE row
 * data, so they are never selected. pg_stats shows only columns the role may SELECT; others have
 * no width and their index builds fall back to a default share.
 */
const WIDTHS_SQL = `
SELECT schemaname AS schema, tablename AS table, attname AS name, avg_width AS width
  FROM pg_stats
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname !~ '^pg_(toast|temp_)'
 ORDER BY 1, 2, 3`;

/**
 * The role's attributes, its memberships in the predefined roles that reach outside the database
 * or bypass table privileges, and how many user tables it may write to or owns. Catalog lookups
 * only (has_table_privilege, pg_has_role): nothing is tried.
 */
const PRIVILEGES_SQL = `
SELECT current_user AS role, r.rolsuper AS su, r.rolcreaterole AS createrole, r.rolcreatedb AS createdb,
       r.rolreplication AS replication, r.rolbypassrls AS bypassrls,
       ARRAY(SELECT b.rolname::text FROM pg_roles b
              WHERE b.rolname IN ('pg_read_all_stats', 'pg_monitor', 'pg_read_server_files', 'pg_write_server_files',
                                  'pg_execute_server_program', 'pg_read_all_data', 'pg_write_all_data', 'pg_signal_backend')
                AND pg_has_role(current_user, b.oid, 'USAGE')
              ORDER BY 1) AS memberships,
       EXISTS (SELECT FROM pg_roles b WHERE b.rolname IN ('pg_read_all_stats', 'pg_monitor') AND pg_has_role(current_user, b.oid, 'MEMBER')) AS stats_member,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
           AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')) AS writable,
       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'
           AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owned
  FROM pg_roles r WHERE r.rolname = current_user`;

/** What a PostgreSQL role may do beyond CONNECT + pg_read_all_stats (the documented minimum). */
export async function pgStatsPrivileges(client: Client): Promise<PgStatsPrivileges> {
  const row = (await client.query(PRIVILEGES_SQL)).rows[0] ?? {};
  const who = `the role ${String(row.role ?? 'current_user')}`;
  const member = new Set((row.memberships as string[] | null) ?? []);
  const excess: string[] = [];
  if (row.su) excess.push('it is a superuser (it can read every row, write server files and run programs on the server)');
  else {
    for (const [flag, what] of [['createrole', 'CREATEROLE'], ['createdb', 'CREATEDB'], ['replication', 'REPLICATION'], ['bypassrls', 'BYPASSRLS']] as const) {
      if (row[flag]) excess.push(`it has ${what}`);
    }
    for (const r of ['pg_execute_server_program', 'pg_write_server_files', 'pg_read_server_files', 'pg_write_all_data', 'pg_read_all_data', 'pg_signal_backend']) {
      if (member.has(r)) excess.push(`it is a member of ${r}`);
    }
    const writable = num(row.writable);
    const owned = num(row.owned);
    if (writable) excess.push(`it may INSERT, UPDATE, DELETE or TRUNCATE ${writable} table${writable === 1 ? '' : 's'}`);
    if (owned) excess.push(`it owns ${owned} table${owned === 1 ? '' : 's'} (it can ALTER or DROP them)`);
  }
  const readAllStats = Boolean(row.su) || member.has('pg_read_all_stats') || member.has('pg_monitor');
  const name = String(row.role ?? '');
  // A NOINHERIT member holds the role without its privileges (until SET ROLE): texts stay hidden.
  const hiddenTexts = readAllStats
    ? null
    : row.stats_member
      ? `it is a member of pg_read_all_stats but does not inherit its privileges (NOINHERIT), so other roles' statement texts are hidden from it and left out of the snapshot: ALTER ROLE ${name} INHERIT`
      : `it is not a member of pg_read_all_stats, so other roles' statement texts are hidden from it and left out of the snapshot: GRANT pg_read_all_stats TO ${name}`;
  return { who, excess, missing: [], readAllStats, hiddenTexts };
}

type PgStatsPrivileges = PrivilegeReport & {
  readAllStats: boolean;
  /** Why pg_stat_statements will show other roles' texts as `<insufficient privilege>`, or null. */
  hiddenTexts: string | null;
};

/** Captures a snapshot from a PostgreSQL server, inside one READ ONLY transaction that is rolled back. */
export async function capturePostgres(opts: CaptureOptions): Promise<StatsSnapshot> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({
    connectionString: opts.databaseUrl,
    application_name: 'migration-guard stats',
    connectionTimeoutMillis: 10_000,
    query_timeout: 60_000,
  });
  // A dropped connection emits 'error'; without a listener Node would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (e) {
    throw new StatsCaptureError(`cannot connect: ${(e as Error).message}`);
  }
  try {
    await client.query('BEGIN TRANSACTION READ ONLY');
    await client.query("SET LOCAL statement_timeout = '30s'");
    await client.query("SET LOCAL lock_timeout = '2s'");
    const privileges = await pgStatsPrivileges(client);
    reportPrivileges(privileges, opts);
    return await captureInTransaction(client, opts, privileges);
  } catch (e) {
    if (e instanceof StatsCaptureError) throw e;
    throw new StatsCaptureError(`capture failed: ${(e as Error).message}`);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end().catch(() => {});
  }
}

async function captureInTransaction(client: Client, opts: CaptureOptions, privileges: PgStatsPrivileges): Promise<StatsSnapshot> {
  const meta = (await client.query(`SELECT current_setting('server_version') AS version, now() AS now,
      (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS reset`)).rows[0] ?? {};
  const tables = new Map<string, TableStats>();
  for (const r of (await client.query(TABLES_SQL)).rows) {
    // reltuples is -1 before the first VACUUM/ANALYZE (PG ≥ 14): the live-tuple counter stands in.
    const reltuples = Number(r.reltuples);
    tables.set(`${r.schema}.${r.name}`, {
      schema: String(r.schema),
      name: String(r.name),
      bytes: num(r.bytes),
      rows: Math.round(reltuples >= 0 ? reltuples : num(r.live)),
      toastBytes: num(r.toast_bytes),
      indexes: [],
      writes: r.ins === null || r.ins === undefined ? undefined : { inserts: num(r.ins), updates: num(r.upd), deletes: num(r.del) },
    });
  }
  for (const r of (await client.query(INDEXES_SQL)).rows) {
    const t = tables.get(`${r.schema}.${r.table}`);
    if (t) t.indexes.push({ name: String(r.name), bytes: num(r.bytes), columns: (r.columns as string[] | null) ?? [] });
  }
  for (const r of (await client.query(WIDTHS_SQL)).rows) {
    const t = tables.get(`${r.schema}.${r.table}`);
    if (t) (t.columns ??= []).push({ name: String(r.name), avgWidth: num(r.width) });
  }
  const statements = await pgStatements(client, opts, privileges);
  const toIso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null);
  return {
    version: SNAPSHOT_VERSION,
    dialect: 'postgres',
    capturedAt: toIso(meta.now) ?? new Date().toISOString(),
    statsResetAt: toIso(meta.reset),
    serverVersion: String(meta.version ?? ''),
    tables: [...tables.values()],
    statements,
  };
}

/**
 * pg_stat_statements texts of the connected database, most called first. The texts are the
 * extension's normalised form ($1 for every constant); utility statements (DDL, SET, COPY) are
 * stored verbatim by the extension, so only plannable statements are kept, and any text with a
 * surviving quoted literal is dropped. Without the extension (or without its preload) the list
 * is empty and a notice says so.
 */
async function pgStatements(client: Client, opts: CaptureOptions, privileges: PgStatsPrivileges): Promise<StatementStats[]> {
  const ext = await client.query(`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'`);
  const schema = ext.rows[0]?.schema;
  if (schema === undefined) {
    opts.notice?.('pg_stat_statements is not installed in this database: the snapshot has no statement texts');
    return [];
  }
  const quoted = `"${String(schema).replace(/"/g, '""')}"`;
  // The column is mean_exec_time since PG 13 (mean_time before).
  const cols = await client.query(`SELECT attname FROM pg_attribute WHERE attrelid = '${quoted}.pg_stat_statements'::regclass AND attname IN ('mean_exec_time', 'mean_time')`);
  const mean = cols.rows.some((r) => r.attname === 'mean_exec_time') ? 'mean_exec_time' : 'mean_time';
  await client.query('SAVEPOINT statements');
  try {
    const r = await client.query(
      `SELECT query, calls, ${mean} AS mean FROM ${quoted}.pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query IS NOT NULL
        ORDER BY calls DESC LIMIT $1`,
      [opts.statementLimit ?? 2000],
    );
    await client.query('RELEASE SAVEPOINT statements');
    if (privileges.hiddenTexts) {
      const hidden = r.rows.filter((row) => String(row.query).startsWith('<insufficient privilege>')).length;
      reportPrivileges({ ...privileges, excess: [], missing: [`${privileges.hiddenTexts} (${hidden} of the ${r.rows.length} texts read were hidden)`] }, opts);
    }
    return r.rows
      .flatMap((row) => {
        const query = cleanStatementText(String(row.query), 'postgres');
        return query ? [{ query, calls: num(row.calls), meanMs: Math.round(num(row.mean) * 1000) / 1000 }] : [];
      });
  } catch (e) {
    // Installed but not preloaded (shared_preload_libraries), or texts hidden from this role.
    await client.query('ROLLBACK TO SAVEPOINT statements');
    if (privileges.hiddenTexts) reportPrivileges({ ...privileges, excess: [], missing: [privileges.hiddenTexts] }, opts);
    opts.notice?.(`pg_stat_statements could not be read (${(e as Error).message}): the snapshot has no statement texts`);
    return [];
  }
}
