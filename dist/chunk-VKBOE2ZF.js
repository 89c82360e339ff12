#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  StatsCaptureError,
  cleanStatementText,
  reportPrivileges
} from "./chunk-6BX23DCO.js";
import "./chunk-N2WL7UNC.js";
import {
  SNAPSHOT_VERSION
} from "./chunk-FLWBGHSF.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-JYWILCU7.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";

// src/stats/capture-postgres.ts
var num = (v) => {
  const n = typeof v === "number" ? v : Number(v ?? 0);
  return Number.isFinite(n) && n > 0 ? n : 0;
};
var TABLES_SQL = `
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
var INDEXES_SQL = `
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
var WIDTHS_SQL = `
SELECT schemaname AS schema, tablename AS table, attname AS name, avg_width AS width
  FROM pg_stats
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname !~ '^pg_(toast|temp_)'
 ORDER BY 1, 2, 3`;
var PRIVILEGES_SQL = `
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
async function pgStatsPrivileges(client) {
  const row = (await client.query(PRIVILEGES_SQL)).rows[0] ?? {};
  const who = `the role ${String(row.role ?? "current_user")}`;
  const member = new Set(row.memberships ?? []);
  const excess = [];
  if (row.su) excess.push("it is a superuser (it can read every row, write server files and run programs on the server)");
  else {
    for (const [flag, what] of [["createrole", "CREATEROLE"], ["createdb", "CREATEDB"], ["replication", "REPLICATION"], ["bypassrls", "BYPASSRLS"]]) {
      if (row[flag]) excess.push(`it has ${what}`);
    }
    for (const r of ["pg_execute_server_program", "pg_write_server_files", "pg_read_server_files", "pg_write_all_data", "pg_read_all_data", "pg_signal_backend"]) {
      if (member.has(r)) excess.push(`it is a member of ${r}`);
    }
    const writable = num(row.writable);
    const owned = num(row.owned);
    if (writable) excess.push(`it may INSERT, UPDATE, DELETE or TRUNCATE ${writable} table${writable === 1 ? "" : "s"}`);
    if (owned) excess.push(`it owns ${owned} table${owned === 1 ? "" : "s"} (it can ALTER or DROP them)`);
  }
  const readAllStats = Boolean(row.su) || member.has("pg_read_all_stats") || member.has("pg_monitor");
  const name = String(row.role ?? "");
  const hiddenTexts = readAllStats ? null : row.stats_member ? `it is a member of pg_read_all_stats but does not inherit its privileges (NOINHERIT), so other roles' statement texts are hidden from it and left out of the snapshot: ALTER ROLE ${name} INHERIT` : `it is not a member of pg_read_all_stats, so other roles' statement texts are hidden from it and left out of the snapshot: GRANT pg_read_all_stats TO ${name}`;
  return { who, excess, missing: [], readAllStats, hiddenTexts };
}
async function capturePostgres(opts) {
  const pg = (await import("./chunk-SNS3425X.js")).default;
  const client = new pg.Client({
    connectionString: opts.databaseUrl,
    application_name: "migration-guard stats",
    connectionTimeoutMillis: 1e4,
    query_timeout: 6e4
  });
  client.on("error", () => {
  });
  try {
    await client.connect();
  } catch (e) {
    throw new StatsCaptureError(`cannot connect: ${e.message}`);
  }
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    await client.query("SET LOCAL statement_timeout = '30s'");
    await client.query("SET LOCAL lock_timeout = '2s'");
    const privileges = await pgStatsPrivileges(client);
    reportPrivileges(privileges, opts);
    return await captureInTransaction(client, opts, privileges);
  } catch (e) {
    if (e instanceof StatsCaptureError) throw e;
    throw new StatsCaptureError(`capture failed: ${e.message}`);
  } finally {
    await client.query("ROLLBACK").catch(() => {
    });
    await client.end().catch(() => {
    });
  }
}
async function captureInTransaction(client, opts, privileges) {
  const meta = (await client.query(`SELECT current_setting('server_version') AS version, now() AS now,
      (SELECT stats_reset FROM pg_stat_database WHERE datname = current_database()) AS reset`)).rows[0] ?? {};
  const tables = /* @__PURE__ */ new Map();
  for (const r of (await client.query(TABLES_SQL)).rows) {
    const reltuples = Number(r.reltuples);
    tables.set(`${r.schema}.${r.name}`, {
      schema: String(r.schema),
      name: String(r.name),
      bytes: num(r.bytes),
      rows: Math.round(reltuples >= 0 ? reltuples : num(r.live)),
      toastBytes: num(r.toast_bytes),
      indexes: [],
      writes: r.ins === null || r.ins === void 0 ? void 0 : { inserts: num(r.ins), updates: num(r.upd), deletes: num(r.del) }
    });
  }
  for (const r of (await client.query(INDEXES_SQL)).rows) {
    const t = tables.get(`${r.schema}.${r.table}`);
    if (t) t.indexes.push({ name: String(r.name), bytes: num(r.bytes), columns: r.columns ?? [] });
  }
  for (const r of (await client.query(WIDTHS_SQL)).rows) {
    const t = tables.get(`${r.schema}.${r.table}`);
    if (t) (t.columns ??= []).push({ name: String(r.name), avgWidth: num(r.width) });
  }
  const statements = await pgStatements(client, opts, privileges);
  const toIso = (v) => v instanceof Date ? v.toISOString() : v ? new Date(String(v)).toISOString() : null;
  return {
    version: SNAPSHOT_VERSION,
    dialect: "postgres",
    capturedAt: toIso(meta.now) ?? (/* @__PURE__ */ new Date()).toISOString(),
    statsResetAt: toIso(meta.reset),
    serverVersion: String(meta.version ?? ""),
    tables: [...tables.values()],
    statements
  };
}
async function pgStatements(client, opts, privileges) {
  const ext = await client.query(`SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'`);
  const schema = ext.rows[0]?.schema;
  if (schema === void 0) {
    opts.notice?.("pg_stat_statements is not installed in this database: the snapshot has no statement texts");
    return [];
  }
  const quoted = `"${String(schema).replace(/"/g, '""')}"`;
  const cols = await client.query(`SELECT attname FROM pg_attribute WHERE attrelid = '${quoted}.pg_stat_statements'::regclass AND attname IN ('mean_exec_time', 'mean_time')`);
  const mean = cols.rows.some((r) => r.attname === "mean_exec_time") ? "mean_exec_time" : "mean_time";
  await client.query("SAVEPOINT statements");
  try {
    const r = await client.query(
      `SELECT query, calls, ${mean} AS mean FROM ${quoted}.pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query IS NOT NULL
        ORDER BY calls DESC LIMIT $1`,
      [opts.statementLimit ?? 2e3]
    );
    await client.query("RELEASE SAVEPOINT statements");
    if (privileges.hiddenTexts) {
      const hidden = r.rows.filter((row) => String(row.query).startsWith("<insufficient privilege>")).length;
      reportPrivileges({ ...privileges, excess: [], missing: [`${privileges.hiddenTexts} (${hidden} of the ${r.rows.length} texts read were hidden)`] }, opts);
    }
    return r.rows.flatMap((row) => {
      const query = cleanStatementText(String(row.query), "postgres");
      return query ? [{ query, calls: num(row.calls), meanMs: Math.round(num(row.mean) * 1e3) / 1e3 }] : [];
    });
  } catch (e) {
    await client.query("ROLLBACK TO SAVEPOINT statements");
    if (privileges.hiddenTexts) reportPrivileges({ ...privileges, excess: [], missing: [privileges.hiddenTexts] }, opts);
    opts.notice?.(`pg_stat_statements could not be read (${e.message}): the snapshot has no statement texts`);
    return [];
  }
}
export {
  capturePostgres,
  pgStatsPrivileges
};
