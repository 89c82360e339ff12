#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  DryRunConnectionError,
  runDryRun
} from "./chunk-XS4BJPBU.js";
import "./chunk-PFRLOGIN.js";
import "./chunk-N2WL7UNC.js";
import {
  renderDryRunJson,
  renderDryRunMarkdown,
  renderDryRunText
} from "./chunk-4WQDHEVQ.js";
import "./chunk-PAX3TBYW.js";
import "./chunk-FLWBGHSF.js";
import "./chunk-GHAFTEEZ.js";
import "./chunk-DP6F6EIC.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-ZUGEZMSK.js";
import "./chunk-C3PIDPWZ.js";
import "./chunk-XBWPISEE.js";
import {
  loadConfigFile,
  resolveConfig
} from "./chunk-OO7SZFY3.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-HYA5O7OF.js";
import "./chunk-PHRMLEFE.js";
import "./chunk-JYWILCU7.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-H6TE6QOH.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/dryrun/cli.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
var DRY_RUN_USAGE = `Usage: migration-guard dry-run [paths..] [options]

Runs the migrations under test up, down and up again and reports locks, rewrites and whether the
downgrade restores the schema.

Options:
  --engine ENGINE         pglite (default, embedded), postgres, mysql
  --database-url URL      server for the postgres/mysql engines (or $MIGRATION_GUARD_DATABASE_URL)
  --base REF              test the migrations changed since git merge-base REF HEAD
  --format FORMAT         text (default), json, markdown
  --output FILE           write the report to FILE instead of stdout
  --statement-timeout T   per statement (default 30s)
  --lock-timeout T        postgres: how long to wait for a lock (default 2s)
  --allow-superuser       postgres: run even when the role is a superuser (refused otherwise)
  --column-order MODE     report (default): a column that comes back last after down is reported;
                          fail: it fails the round trip
  --config FILE           config file (default .migration-guard.yml)

Exit codes: 0 every migration verified, 1 otherwise, 2 usage error or unreachable database.`;
function parseEngine(v) {
  if (v === void 0) return void 0;
  if (v === "pglite" || v === "postgres" || v === "mysql") return v;
  if (v === "postgresql" || v === "pg") return "postgres";
  if (v === "mariadb") return "mysql";
  throw new UsageError(`--engine must be pglite, postgres or mysql, not '${v}'`);
}
async function dryRunCli(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      engine: { type: "string" },
      "database-url": { type: "string" },
      base: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "statement-timeout": { type: "string" },
      "lock-timeout": { type: "string" },
      config: { type: "string" },
      "allow-superuser": { type: "boolean" },
      "column-order": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${DRY_RUN_USAGE}
`);
    return 0;
  }
  const format = values.format;
  if (!["text", "json", "markdown"].includes(format)) throw new UsageError(`--format must be text, json or markdown, not '${format}'`);
  const columnOrder = values["column-order"];
  if (columnOrder !== void 0 && columnOrder !== "report" && columnOrder !== "fail") throw new UsageError(`--column-order must be report or fail, not '${columnOrder}'`);
  const { parseDuration } = await import("./chunk-IBTCKX3F.js");
  const engine = parseEngine(values.engine);
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const config = resolveConfig(file, source, engine === "mysql" ? { dialect: "mysql" } : {});
  const databaseUrl = values["database-url"] ?? process.env.MIGRATION_GUARD_DATABASE_URL;
  let result;
  try {
    result = await runDryRun({
      cwd: io.cwd,
      paths: positionals,
      base: values.base,
      config,
      engine,
      databaseUrl,
      statementTimeoutMs: values["statement-timeout"] ? parseDuration(values["statement-timeout"], 3e4) : void 0,
      lockTimeoutMs: values["lock-timeout"] ? parseDuration(values["lock-timeout"], 2e3) : void 0,
      progress: (m) => io.err(`migration-guard: ${m}
`),
      allowSuperuser: values["allow-superuser"] === true,
      columnOrder
    });
  } catch (e) {
    if (e instanceof DryRunConnectionError) {
      io.err(`migration-guard: ${e.message}
`);
      return 2;
    }
    throw e;
  }
  const output = format === "json" ? renderDryRunJson(result) : format === "markdown" ? renderDryRunMarkdown(result) : renderDryRunText(result);
  if (values.output) writeFileSync(values.output, output);
  else io.out(output);
  return result.ok ? 0 : 1;
}
export {
  DRY_RUN_USAGE,
  dryRunCli
};
