#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  SessionLost,
  runPrMigrations,
  savepointToken
} from "./chunk-COKSMJCG.js";
import {
  checkVersionTable
} from "./chunk-KBPFO33D.js";
import "./chunk-ZCAD2GR2.js";
import "./chunk-LMJMAK2T.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-TN672BLV.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/dryrun/postgres.ts
var POWERFUL_ROLES = ["pg_execute_server_program", "pg_write_server_files", "pg_read_server_files", "pg_signal_backend", "pg_checkpoint"];
var REACHING_EXTENSIONS = ["dblink", "postgres_fdw", "file_fdw", "adminpack", "plperlu", "plpython3u", "pltclu", "plsh"];
async function privilegeReport(client) {
  const r = await client.query(`SELECT current_user::text AS role, r.rolsuper AS su, r.rolcreaterole AS cr, r.rolcreatedb AS cd, r.rolreplication AS rep, r.rolbypassrls AS rls,
      (SELECT coalesce(json_agg(m.rolname ORDER BY m.rolname), '[]'::json) FROM pg_roles m WHERE m.rolname = ANY($1) AND pg_has_role(current_user, m.oid, 'USAGE')) AS member_of,
      (SELECT coalesce(json_agg(e.extname ORDER BY e.extname), '[]'::json) FROM pg_extension e WHERE e.extname = ANY($2)) AS extensions,
      (SELECT coalesce(json_agg(l.lanname ORDER BY l.lanname), '[]'::json) FROM pg_language l WHERE NOT l.lanpltrusted AND l.lanname NOT IN ('internal', 'c')) AS untrusted
    FROM pg_roles r WHERE r.rolname = current_user`, [POWERFUL_ROLES, REACHING_EXTENSIONS]);
  const row = r.rows[0] ?? {};
  const list = (v) => typeof v === "string" ? JSON.parse(v) : v ?? [];
  const findings = [];
  const role = String(row.role ?? "?");
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
async function runPostgres(plans, all, opts) {
  const pg = (await import("./chunk-SNS3425X.js")).default;
  const config = {
    connectionString: opts.databaseUrl,
    application_name: "migration-guard dry-run",
    // Client-side backstop in case the server never answers (statement_timeout is the real limit).
    query_timeout: opts.statementTimeoutMs + 15e3,
    connectionTimeoutMillis: 1e4
  };
  const client = new pg.Client(config);
  let lost = null;
  client.on("error", (e) => {
    lost = e.message;
  });
  await client.connect();
  const problems = [];
  const warnings = [];
  const token = savepointToken();
  let serverVersion = null;
  let sequencesBefore = null;
  const session = {
    multiStatement: true,
    async query(sql) {
      if (lost) throw new SessionLost(`connection lost: ${lost}`);
      const r = await client.query(sql);
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? null };
    }
  };
  try {
    const v = await client.query(`SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n`);
    serverVersion = String(v.rows[0].v);
    const num = Number(v.rows[0].n);
    const xidFunction = num >= 13e4 ? "pg_current_xact_id_if_assigned" : "txid_current_if_assigned";
    const privileges = await privilegeReport(client);
    if (privileges.superuser && !opts.allowSuperuser) {
      const reason = `not run: the role ${privileges.role} is a superuser, which could change the whole server if anything slipped past the guard; connect with a least-privileged role (see docs/dry-run.md) or pass --allow-superuser`;
      problems.push(reason);
      return {
        serverVersion,
        history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null },
        versionTable: null,
        problems,
        warnings,
        privileges: privileges.findings,
        migrations: plans.map((p) => ({ id: p.migration.id, file: p.migration.file, framework: p.migration.framework, transactional: p.migration.transactional, verdict: "unverified", reasons: [reason], statements: [], roundTrip: { status: "not-run", diff: [], dataDiff: [] }, sqlPreview: p.preview, durationMs: null }))
      };
    }
    for (const f of privileges.findings) warnings.push(`privileges: ${f}`);
    await client.query("BEGIN");
    await client.query(`SET LOCAL standard_conforming_strings = on`);
    await client.query(`SET LOCAL backslash_quote = safe_encoding`);
    await client.query(`SET LOCAL client_encoding = 'UTF8'`);
    await client.query(`SET LOCAL lock_timeout = '${Math.max(1, Math.round(opts.lockTimeoutMs))}ms'`);
    await client.query(`SET LOCAL statement_timeout = '${Math.max(1, Math.round(opts.statementTimeoutMs))}ms'`);
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${Math.max(6e4, Math.round(opts.statementTimeoutMs * 2))}ms'`);
    if (num >= 14e4) {
      await client.query(`SAVEPOINT migration_guard_${token}_cc`);
      try {
        await client.query(`SET LOCAL client_connection_check_interval = '1s'`);
        await client.query(`RELEASE SAVEPOINT migration_guard_${token}_cc`);
      } catch {
        await client.query(`ROLLBACK TO SAVEPOINT migration_guard_${token}_cc`);
      }
    }
    sequencesBefore = await sequenceStates(client);
    const xidRow = await client.query(`SELECT ${num >= 13e4 ? "pg_current_xact_id" : "txid_current"}()::text AS xid`);
    const xid = String(xidRow.rows[0].xid);
    const versionTable = await checkVersionTable(
      {
        exists: async (t) => (await client.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [t])).rows[0].e === true,
        values: async (t, c, where) => {
          await client.query(`SAVEPOINT migration_guard_${token}_vt`);
          try {
            const r = await client.query(`SELECT ${c}::text AS v FROM ${t}${where ? ` WHERE ${where}` : ""}`);
            await client.query(`RELEASE SAVEPOINT migration_guard_${token}_vt`);
            return r.rows.map((x) => String(x.v));
          } catch (e) {
            await client.query(`ROLLBACK TO SAVEPOINT migration_guard_${token}_vt`);
            throw e;
          }
        }
      },
      all
    );
    if (versionTable.status === "mismatch") problems.push(`history mismatch: ${versionTable.message}`);
    const ctx = {
      session,
      xidFunction,
      realDurations: true,
      quotesServerData: true,
      perMigrationTransaction: false,
      token,
      columnOrder: opts.columnOrder,
      statementTimeoutMs: opts.statementTimeoutMs + 15e3,
      progress: opts.progress,
      appQueries: opts.appQueries
    };
    const { results, problems: runProblems } = await runPrMigrations(ctx, plans, async () => xid);
    problems.push(...runProblems);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems, warnings, privileges: privileges.findings };
  } finally {
    if (!lost) {
      try {
        await client.query("ROLLBACK");
      } catch {
      }
    }
    if (sequencesBefore && !lost) {
      try {
        const after = await sequenceStates(client);
        for (const [name, value] of sequencesBefore) {
          const now = after.get(name);
          if (now !== void 0 && now !== value) {
            warnings.push(`staging changed outside the transaction: sequence ${name} advanced from ${value ?? "unused"} to ${now} (nextval is never rolled back); if nothing else used it: SELECT setval('${name.replace(/'/g, "''")}', ${value ?? 1}, ${value === null ? "false" : "true"});`);
          }
        }
      } catch {
      }
    }
    await client.end().catch(() => void 0);
  }
}
async function sequenceStates(client) {
  const r = await client.query(`SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name, last_value::text AS v FROM pg_sequences`);
  return new Map(r.rows.map((x) => [x.name, x.v]));
}
export {
  privilegeReport,
  runPostgres
};
