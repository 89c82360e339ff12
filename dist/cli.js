#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  compileWasmForShortRuns,
  reachesFailOn,
  renderJson,
  renderMarkdown,
  renderSarif
} from "./chunk-34GQXP57.js";
import {
  checkGitRef,
  lint,
  ruleById,
  rules
} from "./chunk-EPWGYIIU.js";
import {
  escapeControl
} from "./chunk-BJW5SXFX.js";
import "./chunk-42LATGZD.js";
import "./chunk-V4PFYSEM.js";
import "./chunk-ZIWAVBQL.js";
import "./chunk-3FKQOUCN.js";
import "./chunk-NC7IV6E4.js";
import {
  Timings,
  collectTimings,
  timed
} from "./chunk-D7TIYTQ5.js";
import {
  UsageError,
  loadConfigFile,
  resolveConfig
} from "./chunk-YF4W6GTW.js";
import "./chunk-ATG5MKQ5.js";
import "./chunk-F5DE6FOX.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-TUGVZ27G.js";

// src/cli.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/report/text.ts
var paint = (on, code2, s) => on ? `\x1B[${code2}m${s}\x1B[0m` : s;
var clean = escapeControl;
function cleanSourceLine(s) {
  return escapeControl(s.replace(/\t/g, " "));
}
function frame(f, text, color) {
  if (text === void 0) return [];
  const lines = text.split(/\r\n|\n|\r/);
  const first = Math.max(1, f.line);
  const last = Math.min(lines.length, Math.max(f.endLine, f.line), first + 5);
  const width = String(last).length;
  const out = [];
  for (let n = first; n <= last; n++) {
    const raw = cleanSourceLine(lines[n - 1] ?? "");
    const shown = raw.length > 200 ? `${raw.slice(0, 200)}\u2026` : raw;
    out.push(`  ${paint(color, "2", `${String(n).padStart(width)} |`)} ${shown}`);
    if (n === first) out.push(`  ${" ".repeat(width)} ${paint(color, "2", "|")} ${" ".repeat(Math.max(0, Math.min(f.column - 1, 200)))}${paint(color, "31", "^")}`);
  }
  if (Math.max(f.endLine, f.line) > last) out.push(`  ${" ".repeat(width)} ${paint(color, "2", "|")} \u2026`);
  return out;
}
function renderText(report, opts) {
  const { color } = opts;
  const out = [];
  for (const f of report.findings) {
    const sev = f.severity === "error" ? paint(color, "1;31", "error") : f.severity === "warning" ? paint(color, "1;33", "warning") : paint(color, "1;36", "info");
    out.push(`${paint(color, "1", `${clean(f.file)}:${f.line}:${f.column}`)}: ${sev} ${paint(color, "2", `[${clean(f.ruleId)}]`)} ${clean(f.message)}`);
    out.push(...frame(f, opts.sources?.(f.file), color));
    if (f.suggestion) out.push(`  ${paint(color, "32", "safe alternative:")} ${clean(f.suggestion)}`);
    out.push("");
  }
  for (const s of report.suppressed) out.push(`${clean(s.file)}:${s.line}: suppressed [${s.ruleId}] ${clean(s.reason)}`);
  if (report.suppressed.length) out.push("");
  if (report.migrations.length) {
    out.push(paint(color, "1", "Rollback readiness:"));
    const verdictColor = { reversible: "32", lossy: "33", irreversible: "31", unverified: "36" };
    for (const m of report.migrations) {
      const r = m.rollback;
      const facts = [
        `down ${r.downPresent === void 0 ? "?" : r.downPresent ? "present" : "absent"}`,
        ...r.inverse ? [`inverse check: ${r.inverse}`] : [],
        ...r.dataAtRisk?.length ? [`data at risk: ${r.dataAtRisk.join(", ")}`] : []
      ];
      out.push(`  ${clean(m.file)}: ${paint(color, verdictColor[r.verdict], r.verdict)} (${clean(facts.join("; "))})`);
      for (const reason of r.reasons) out.push(`    - ${clean(reason)}`);
      for (const b of r.backup ?? []) out.push(`    ${b.startsWith("#") ? paint(color, "2", clean(b)) : clean(b)}`);
    }
    out.push("");
  }
  const { errors, warnings, infos, files, statements } = report.summary;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  out.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(files, "file")} (${plural(statements, "statement")}); ${report.suppressed.length} suppressed.`);
  return `${out.join("\n")}
`;
}

// src/cli.ts
var VERSION = "0.1.0";
var USAGE = `migration-guard ${VERSION} \u2014 lint database migrations before they reach production

Usage:
  migration-guard lint [paths..] [options]   lint migration files or directories
  migration-guard rules                      list the rules
  migration-guard explain <rule-id>          explain a rule with examples
  migration-guard dry-run [paths..] [--engine pglite|postgres|mysql] [--database-url URL]

Lint options:
  --base REF              lint the migrations changed since git merge-base REF HEAD
  --format FORMAT         text (default), json, sarif, markdown
  --output FILE           write the report to FILE instead of stdout
  --dialect DIALECT       postgres (default) or mysql
  --pg-version N          PostgreSQL major version of production (default 15)
  --fail-on LEVEL         error (default), warning, info, never
  --config FILE           config file (default .migration-guard.yml)
  --no-color              plain text output
  --timing                print where the time went (per stage, slowest rules) on stderr

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.`;
function parseDialect(v) {
  if (v === void 0) return void 0;
  if (v === "postgres" || v === "postgresql" || v === "pg") return "postgres";
  if (v === "mysql" || v === "mariadb") return "mysql";
  throw new UsageError(`--dialect must be postgres or mysql, not '${v}'`);
}
function parseFailOn(v) {
  if (v === void 0) return void 0;
  if (v === "error" || v === "warning" || v === "info" || v === "never") return v;
  throw new UsageError(`--fail-on must be error, warning, info or never, not '${v}'`);
}
function parsePgVersion(v) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 9 || n > 30) throw new UsageError(`--pg-version must be a PostgreSQL major version like 15, not '${v}'`);
  return n;
}
async function lintCommand(argv, io) {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      dialect: { type: "string" },
      "pg-version": { type: "string" },
      "fail-on": { type: "string" },
      config: { type: "string" },
      "no-color": { type: "boolean" },
      timing: { type: "boolean" }
    }
  });
  const timings = values.timing || process.env.TIMING ? new Timings() : null;
  timings?.add("start-up", performance.now());
  collectTimings(timings);
  if (values.base !== void 0) checkGitRef(values.base, "--base");
  const format = values.format;
  if (!["text", "json", "sarif", "markdown"].includes(format)) throw new UsageError(`--format must be text, json, sarif or markdown, not '${format}'`);
  const overrides = {
    dialect: parseDialect(values.dialect),
    pgVersion: parsePgVersion(values["pg-version"]),
    failOn: parseFailOn(values["fail-on"])
  };
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const config = resolveConfig(file, source, overrides);
  for (const id of Object.keys(config.ruleSeverity)) {
    if (!ruleById(id)) throw new UsageError(`${source ?? "config"}: 'rules.${id}': unknown rule id (see \`migration-guard rules\`)`);
  }
  const { report, sources } = await lint({ cwd: io.cwd, paths: positionals, base: values.base, config });
  const output = timed("render", () => {
    if (format === "json") return renderJson(report);
    if (format === "sarif") return renderSarif(report, { sources, version: VERSION });
    if (format === "markdown") return renderMarkdown(report, { sources });
    return renderText(report, { color: io.isTty && !values["no-color"] && !values.output && !process.env.NO_COLOR, sources });
  });
  timed("write", () => values.output ? writeFileSync(values.output, output) : io.out(output));
  if (timings) {
    collectTimings(null);
    io.err(timings.format());
  }
  if (report.summary.files === 0) io.err("migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n");
  return reachesFailOn(report, config.failOn) ? 1 : 0;
}
function rulesCommand(io) {
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const dialects = r.dialects.length === 2 ? "*" : r.dialects[0] === "postgres" ? "PG" : "MY";
    io.out(`${r.id.padEnd(width)}  ${(r.defaultOff ? "off" : r.severity).padEnd(7)}  ${dialects.padEnd(2)}  ${r.summary}
`);
  }
  return 0;
}
function explainCommand(argv, io) {
  const id = argv[0];
  if (!id) throw new UsageError("explain needs a rule id, e.g. `migration-guard explain require-concurrent-index`");
  const r = ruleById(id);
  if (!r) throw new UsageError(`unknown rule '${id}' (see \`migration-guard rules\`)`);
  io.out(`${r.id} (${r.category}, ${r.defaultOff ? "off by default" : r.severity})

${r.summary}.

Why: ${r.docs.why}

`);
  if (r.docs.history) io.out(`Given an earlier migration:
  ${r.docs.history.replace(/\n/g, "\n  ")}

`);
  io.out(`Instead of:
  ${r.docs.bad.replace(/\n/g, "\n  ")}

Do:
  ${r.docs.good.replace(/\n/g, "\n  ")}
`);
  return 0;
}
async function dryRunCommand(argv, io) {
  const { dryRunCli } = await import("./chunk-NJ74IOJT.js");
  return dryRunCli(argv, io);
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "lint":
        return await lintCommand(rest, io);
      case "rules":
        return rulesCommand(io);
      case "explain":
        return explainCommand(rest, io);
      case "dry-run":
        return await dryRunCommand(rest, io);
      case "--version":
      case "-v":
        io.out(`${VERSION}
`);
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.out(`${USAGE}
`);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}'

${USAGE}`);
    }
  } catch (e) {
    const err = e;
    if (e instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`migration-guard: ${err.message}
`);
      return 2;
    }
    io.err(`migration-guard: internal error: ${err.stack ?? err.message}
`);
    return 2;
  }
}

// src/bin/cli.ts
var code = await main(process.argv.slice(2), {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY)
});
process.exitCode = code;
