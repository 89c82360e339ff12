#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  checkVersionTable
} from "./chunk-FB4ORD4N.js";
import {
  SessionLost,
  runPrMigrations
} from "./chunk-IPUJHBW7.js";
import "./chunk-C435CH62.js";
import "./chunk-NC7IV6E4.js";
import "./chunk-ZQCT6QYW.js";
import "./chunk-ATG5MKQ5.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-TUGVZ27G.js";

// src/dryrun/postgres.ts
async function runPostgres(plans, all, opts) {
  const pg = (await import("./chunk-7EMN5EPH.js")).default;
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
  let serverVersion = null;
  let sequencesBefore = null;
  const session = {
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
    await client.query("BEGIN");
    await client.query(`SET LOCAL lock_timeout = '${Math.max(1, Math.round(opts.lockTimeoutMs))}ms'`);
    await client.query(`SET LOCAL statement_timeout = '${Math.max(1, Math.round(opts.statementTimeoutMs))}ms'`);
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = '${Math.max(6e4, Math.round(opts.statementTimeoutMs * 2))}ms'`);
    sequencesBefore = await sequenceStates(client);
    const xidRow = await client.query(`SELECT ${num >= 13e4 ? "pg_current_xact_id" : "txid_current"}()::text AS xid`);
    const xid = String(xidRow.rows[0].xid);
    const versionTable = await checkVersionTable(
      {
        exists: async (t) => (await client.query(`SELECT to_regclass($1) IS NOT NULL AS e`, [t])).rows[0].e === true,
        values: async (t, c, where) => {
          await client.query("SAVEPOINT migration_guard_vt");
          try {
            const r = await client.query(`SELECT ${c}::text AS v FROM ${t}${where ? ` WHERE ${where}` : ""}`);
            await client.query("RELEASE SAVEPOINT migration_guard_vt");
            return r.rows.map((x) => String(x.v));
          } catch (e) {
            await client.query("ROLLBACK TO SAVEPOINT migration_guard_vt");
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
      perMigrationTransaction: false,
      statementTimeoutMs: opts.statementTimeoutMs + 15e3,
      progress: opts.progress
    };
    const { results, problems: runProblems } = await runPrMigrations(ctx, plans, async () => xid);
    problems.push(...runProblems);
    return { serverVersion, history: { count: all.filter((m) => !m.isNew).length, replayed: 0, failed: [], durationMs: null }, versionTable, migrations: results, problems, warnings };
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
  runPostgres
};
