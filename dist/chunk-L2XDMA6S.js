#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  StatsCaptureError,
  captureStats
} from "./chunk-6BX23DCO.js";
import {
  redactUrl
} from "./chunk-N2WL7UNC.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-IV5X4XLJ.js";

// src/stats/cli.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var STATS_USAGE = `Usage: migration-guard stats --database-url URL [--output FILE] [--dialect postgres|mysql]

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
async function statsCli(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      "database-url": { type: "string" },
      output: { type: "string" },
      dialect: { type: "string" },
      "max-statements": { type: "string" },
      "require-least-privilege": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${STATS_USAGE}
`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`stats takes no paths (${positionals.join(", ")}); pass --database-url`);
  const url = values["database-url"] ?? process.env.MIGRATION_GUARD_STATS_URL;
  if (!url) throw new UsageError("stats needs --database-url URL (or $MIGRATION_GUARD_STATS_URL)");
  const d = values.dialect;
  let dialect;
  if (d !== void 0) {
    if (d === "postgres" || d === "postgresql" || d === "pg") dialect = "postgres";
    else if (d === "mysql" || d === "mariadb") dialect = "mysql";
    else throw new UsageError(`--dialect must be postgres or mysql, not '${d}'`);
  }
  let statementLimit;
  if (values["max-statements"] !== void 0) {
    statementLimit = Number(values["max-statements"]);
    if (!/^\d+$/.test(values["max-statements"]) || !Number.isSafeInteger(statementLimit)) throw new UsageError(`--max-statements must be a whole number, not '${values["max-statements"]}'`);
  }
  let snapshot;
  try {
    snapshot = await captureStats({
      databaseUrl: url,
      dialect,
      statementLimit,
      requireLeastPrivilege: values["require-least-privilege"] === true,
      notice: (m) => io.err(`migration-guard: notice: ${m}
`)
    });
  } catch (e) {
    if (e instanceof StatsCaptureError || e instanceof UsageError) {
      const u = (() => {
        try {
          return new URL(url);
        } catch {
          return null;
        }
      })();
      const msg = u?.password ? e.message.split(u.password).join("***") : e.message;
      io.err(`migration-guard: stats on ${redactUrl(url)}: ${msg}
`);
      return 2;
    }
    throw e;
  }
  const text = `${JSON.stringify(snapshot, null, 2)}
`;
  if (values.output) {
    writeFileSync(path.resolve(io.cwd, values.output), text);
    io.err(`migration-guard: wrote ${values.output}: ${snapshot.tables.length} table${snapshot.tables.length === 1 ? "" : "s"}, ${snapshot.statements.length} statement text${snapshot.statements.length === 1 ? "" : "s"}
`);
  } else io.out(text);
  return 0;
}
export {
  STATS_USAGE,
  statsCli
};
