#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  renderMigrationSql
} from "./chunk-PFRLOGIN.js";
import {
  isDeferredSql
} from "./chunk-WGQ6SWK3.js";
import {
  loadMigrations
} from "./chunk-GHAFTEEZ.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-ZUGEZMSK.js";
import {
  discover
} from "./chunk-C3PIDPWZ.js";
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
import "./chunk-ZXL7UVA4.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-HYA5O7OF.js";
import "./chunk-PHRMLEFE.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/sqlcmd/index.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/parse/django/sqlmigrate.ts
function sqlmigrateText(m, direction2, backwards) {
  const django = m.django;
  if (!django || typeof django !== "object" || !Array.isArray(django.operations)) return null;
  const operations = backwards ? [...django.operations].reverse() : django.operations;
  const indexOf = (line) => operations.findIndex((op) => op.loc.line <= line && line <= (op.loc.endLine ?? op.loc.line));
  if (backwards && direction2.irreversible && direction2.statements.length === 0) return `-- irreversible: ${direction2.irreversible.replace(/[\r\n]+/g, " ")}`;
  const out = [];
  const transaction = django.atomic && m.dialect === "postgres";
  if (transaction) out.push("BEGIN;");
  let next = 0;
  let emittedSinceHeader = true;
  const header = (op) => {
    if (!emittedSinceHeader) out.push("-- (no-op)");
    out.push("--");
    if (op.kind === "runPython") {
      out.push(`-- ${op.description ?? "Raw Python operation"}`, "--", "-- THIS OPERATION CANNOT BE WRITTEN AS SQL");
      emittedSinceHeader = true;
    } else {
      out.push(`-- ${op.description ?? op.written}`, "--");
      emittedSinceHeader = false;
    }
  };
  const headersUpTo = (index) => {
    while (next <= index) header(operations[next++]);
  };
  const entries = [
    ...direction2.statements.map((s, order) => ({ line: s.loc.line, order, deferred: s.ops.some(isDeferredSql), text: `-- ${s.loc.file || m.file}:${s.loc.line}
${s.sql};` })),
    ...direction2.unrenderable.map((u) => ({ line: u.op.loc.line, order: -1, deferred: false, text: `-- ${u.op.loc.file || m.file}:${u.op.loc.line}: not rendered: ${u.reason.replace(/[\r\n]+/g, " ")}` }))
  ];
  const statements = entries.filter((e) => e.order >= 0);
  const notes = entries.filter((e) => e.order < 0 && indexOf(e.line) >= 0);
  for (const n of entries) if (n.order < 0 && indexOf(n.line) < 0) out.push(n.text);
  for (const s of statements) {
    const index = indexOf(s.line);
    for (const n of notes.filter((n2) => indexOf(n2.line) <= index && indexOf(n2.line) >= next)) {
      headersUpTo(indexOf(n.line));
      out.push(n.text);
      emittedSinceHeader = true;
      notes.splice(notes.indexOf(n), 1);
    }
    if (s.deferred) headersUpTo(operations.length - 1);
    else if (index >= next) headersUpTo(index);
    out.push(s.text);
    emittedSinceHeader = true;
  }
  for (const n of notes) {
    headersUpTo(indexOf(n.line));
    out.push(n.text);
    emittedSinceHeader = true;
  }
  headersUpTo(operations.length - 1);
  if (!emittedSinceHeader) out.push("-- (no-op)");
  if (direction2.irreversible) out.push(`-- irreversible: ${direction2.irreversible.replace(/[\r\n]+/g, " ")}`);
  if (transaction) out.push("COMMIT;");
  return out.join("\n");
}

// src/sqlcmd/index.ts
var SQL_USAGE = `Usage: migration-guard sql FILE.. [options]

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
function parseDialect(v) {
  if (v === void 0) return void 0;
  if (v === "postgres" || v === "postgresql" || v === "pg") return "postgres";
  if (v === "mysql" || v === "mariadb") return "mysql";
  throw new UsageError(`--dialect must be postgres or mysql, not '${v}'`);
}
function formatMigrationSql(m, sql) {
  const up = m.framework === "django" ? sqlmigrateText(m, sql.up, false) ?? sql.up.text : sql.up.text;
  const down = sql.down && m.framework === "django" ? sqlmigrateText(m, sql.down, true) ?? sql.down.text : sql.down?.text;
  const lines = [`-- ${m.file} (${m.framework}, ${m.dialect})`, "-- upgrade", up || "-- (no statements)"];
  lines.push("-- downgrade", sql.down === null ? "-- (no down part)" : down || "-- (no statements)");
  return `${lines.join("\n")}
`;
}
function problemsOf(sql) {
  const out = [];
  for (const [direction2, d] of [["upgrade", sql.up], ["downgrade", sql.down]]) {
    for (const u of d?.unrenderable ?? []) out.push(`${u.op.loc.file || sql.file}:${u.op.loc.line}: ${direction2}: ${u.reason.replace(/[\r\n]+/g, " ")}`);
  }
  return out;
}
async function sqlCli(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      dialect: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${SQL_USAGE}
`);
    return 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") throw new UsageError(`--format must be text or json, not '${format}'`);
  if (positionals.length === 0) throw new UsageError(`sql needs the migration files to show

${SQL_USAGE}`);
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const config = resolveConfig(file, source, { dialect: parseDialect(values.dialect) });
  const found = discover({ cwd: io.cwd, paths: positionals, config });
  const { migrations } = await loadMigrations(found, config, /* @__PURE__ */ new Map());
  const shown = migrations.filter((m) => m.isNew);
  if (shown.length === 0) throw new UsageError(`no migration found in ${positionals.join(", ")}`);
  const rendered = shown.map((m) => ({ m, sql: renderMigrationSql(m) }));
  const problems = rendered.flatMap(({ sql }) => problemsOf(sql));
  const output = format === "json" ? `${JSON.stringify(
    {
      version: 1,
      migrations: rendered.map(({ m, sql }) => ({
        file: m.file,
        framework: m.framework,
        dialect: m.dialect,
        up: direction(sql.up),
        down: sql.down ? direction(sql.down) : null
      }))
    },
    null,
    2
  )}
` : rendered.map(({ m, sql }) => formatMigrationSql(m, sql)).join("\n");
  if (values.output) writeFileSync(values.output, output);
  else io.out(output);
  for (const p of problems) io.err(`migration-guard: ${p}
`);
  return problems.length > 0 ? 1 : 0;
}
function direction(d) {
  return {
    statements: d.statements.map((s) => ({ sql: s.sql, file: s.loc.file, line: s.loc.line, origin: s.origin })),
    notRendered: d.unrenderable.map((u) => ({ file: u.op.loc.file, line: u.op.loc.line, reason: u.reason })),
    irreversible: d.irreversible
  };
}
export {
  SQL_USAGE,
  formatMigrationSql,
  sqlCli
};
