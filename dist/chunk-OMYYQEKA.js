#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  reachesFailOn,
  renderJsonChunks,
  renderMarkdown,
  renderSarif
} from "./chunk-WCTTZJW2.js";
import "./chunk-BMPOV5YG.js";
import {
  renderText
} from "./chunk-XR27UYXG.js";
import "./chunk-TU6BKIZJ.js";
import {
  lint
} from "./chunk-GHAFTEEZ.js";
import "./chunk-DP6F6EIC.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-ZUGEZMSK.js";
import "./chunk-5O2UQLTA.js";
import "./chunk-C3PIDPWZ.js";
import {
  checkGitRef,
  gitStagedFiles
} from "./chunk-XBWPISEE.js";
import {
  loadConfigFile,
  resolveConfig,
  ruleById,
  rules
} from "./chunk-OO7SZFY3.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-CCOKVC7O.js";
import {
  Timings,
  collectTimings,
  timed
} from "./chunk-TN672BLV.js";
import "./chunk-HYA5O7OF.js";
import {
  compileWasmForShortRuns
} from "./chunk-5EVCVZAS.js";
import "./chunk-PHRMLEFE.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/cli.ts
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var VERSION = "0.1.0";
var USAGE = `migration-guard ${VERSION} \u2014 lint database migrations before they reach production

Usage:
  migration-guard lint [paths..] [options]   lint migration files or directories
  migration-guard fix [paths..] [--dry-run]  apply the exact fixes in place (--dry-run: print them as a
                                             unified diff, write nothing); takes the lint options that
                                             do not choose an output; lists what remains like lint
  migration-guard rules                      list the rules
  migration-guard init [--workflows] [--force]  detect the migrations and write a commented .migration-guard.yml
                                             (--workflows: also the GitHub workflows for the PR check and the dry-run)
  migration-guard explain <rule-id>          explain a rule with examples
  migration-guard lsp [--stdio]              editor diagnostics: the Language Server Protocol over stdio
  migration-guard dry-run [paths..] [--engine pglite|postgres|mysql] [--database-url URL]
  migration-guard sql FILE.. [--dialect postgres|mysql] [--format text|json]
                                             print the SQL each migration runs, up and down, with source lines
  migration-guard stats --database-url URL [--output FILE] [--dialect postgres|mysql]
                                             capture production table sizes, write rates and query
                                             texts (no row data) for lock estimates

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
  --rule ID=LEVEL         set a rule's level: off, info, warning, error (repeatable; wins over the config file)
  --enable ID[,ID]        turn rules on at their default level (also rules that are off by default)
  --disable ID[,ID]       turn rules off
  --max-warnings N        also exit 1 when there are more than N warnings
  --quiet                 report errors only (warnings still count for --max-warnings)
  --staged                lint the migrations staged for commit (git index), the rest of the work tree as history
  --stdin                 lint standard input as the file named by --stdin-filename (history from its directory)
  --stdin-filename PATH   the path standard input stands for (needed with --stdin)
  --print-config          print the effective config and where each value came from, then exit
  --version               print the version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 usage or config error.`;
async function readProcessStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
var LEVELS = ["off", "info", "warning", "error"];
function ruleFlags(values, fileRules) {
  const rules2 = {};
  const origin = {};
  const unknown = [];
  const known = (id, flag) => {
    if (ruleById(id)) return true;
    unknown.push(`${flag} '${id}'`);
    return false;
  };
  const ids = (list) => (list ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
  for (const id of ids(values.enable)) {
    if (!known(id, "--enable")) continue;
    const current = rules2[id] ?? fileRules[id];
    rules2[id] = current && current !== "off" ? current : ruleById(id).severity;
    origin[id] = "flag --enable";
  }
  for (const id of ids(values.disable)) {
    if (!known(id, "--disable")) continue;
    rules2[id] = "off";
    origin[id] = "flag --disable";
  }
  for (const spec of values.rule ?? []) {
    const eq = spec.lastIndexOf("=");
    if (eq <= 0) throw new UsageError(`--rule must be ID=LEVEL (LEVEL one of ${LEVELS.join(", ")}), not '${spec}'`);
    const id = spec.slice(0, eq).trim();
    const level = spec.slice(eq + 1).trim();
    if (!LEVELS.includes(level)) throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join(", ")}, not '${level}'`);
    if (!known(id, "--rule")) continue;
    rules2[id] = level;
    origin[id] = "flag --rule";
  }
  if (unknown.length) throw new UsageError(`unknown rule id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")} (see \`migration-guard rules\`)`);
  return { rules: rules2, origin };
}
function effectiveConfig({ config, file, source, flags, ruleOrigin }) {
  const fromFile = `config file ${source}`;
  const origin = (key) => flags[key] ?? (file[key] !== void 0 ? fromFile : "default");
  const settings = {
    dialect: { value: config.dialect, from: origin("dialect") },
    pgVersion: { value: config.pgVersion, from: origin("pgVersion") },
    mysqlVersion: { value: file.mysqlVersion ?? null, from: origin("mysqlVersion") },
    mariadb: { value: config.mariadb, from: origin("mariadb") },
    failOn: { value: config.failOn, from: origin("failOn") },
    migrations: { value: config.migrations, from: origin("migrations") },
    lockTimeout: { value: config.lockTimeout, from: origin("lockTimeout") },
    deprecated: { value: config.deprecated, from: origin("deprecated") },
    code: { value: config.code, from: origin("code") },
    dryRun: { value: config.dryRun, from: origin("dryRun") },
    stats: { value: config.stats, from: origin("stats") },
    lockBudget: { value: file.lockBudget ?? null, from: origin("lockBudget") },
    tiers: { value: file.tiers ?? {}, from: origin("tiers") }
  };
  const ruleLevels = {};
  for (const r of rules) {
    const set = config.ruleSeverity[r.id];
    const value = set ?? (r.defaultOff ? "off" : r.severity);
    ruleLevels[r.id] = { value, from: ruleOrigin[r.id] ?? (file.rules?.[r.id] !== void 0 ? fromFile : "default") };
  }
  return { configFile: source, settings, rules: ruleLevels };
}
function renderEffectiveConfig(e) {
  const lines = [`# effective migration-guard config (config file: ${e.configFile ?? "none"})`];
  const pad = (s) => s.padEnd(44);
  for (const [key, { value, from }] of Object.entries(e.settings)) lines.push(`${pad(`${key}: ${JSON.stringify(value)}`)} # ${from}`);
  lines.push("rules:");
  for (const [id, { value, from }] of Object.entries(e.rules)) lines.push(`${pad(`  ${id}: ${value}`)} # ${from}`);
  return `${lines.join("\n")}
`;
}
function errorsOnly(report) {
  const findings = report.findings.filter((f) => f.severity === "error");
  return { ...report, findings, summary: { ...report.summary, warnings: 0, infos: 0 } };
}
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
var LINT_OPTIONS = {
  base: { type: "string" },
  format: { type: "string", default: "text" },
  output: { type: "string" },
  dialect: { type: "string" },
  "pg-version": { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  "no-color": { type: "boolean" },
  timing: { type: "boolean" },
  rule: { type: "string", multiple: true },
  enable: { type: "string", multiple: true },
  disable: { type: "string", multiple: true },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  staged: { type: "boolean" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "boolean" },
  version: { type: "boolean" }
};
var FIX_OPTIONS = (() => {
  const { format: _format, output: _output, timing: _timing, stdin: _stdin, "stdin-filename": _stdinFilename, "print-config": _printConfig, version: _version, ...shared } = LINT_OPTIONS;
  return { ...shared, "dry-run": { type: "boolean" } };
})();
async function prepareLint(values, paths, io) {
  let maxWarnings = null;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"]) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not '${values["max-warnings"]}'`);
  }
  if (values.staged && (values.stdin || values.base !== void 0)) throw new UsageError(`--staged and ${values.stdin ? "--stdin" : "--base"} do not go together (the staged files are the change)`);
  if (values.base !== void 0) checkGitRef(values.base, "--base");
  const { config: file, source } = await loadConfigFile(io.cwd, values.config);
  const { rules: ruleLevels, origin: ruleOrigin } = ruleFlags(values, file.rules ?? {});
  const overrides = {
    dialect: parseDialect(values.dialect),
    pgVersion: parsePgVersion(values["pg-version"]),
    failOn: parseFailOn(values["fail-on"]),
    rules: ruleLevels
  };
  const config = resolveConfig(file, source, overrides);
  const request = { cwd: io.cwd, paths, base: values.base, config };
  const withStaged = () => values.staged ? { ...request, changedFiles: gitStagedFiles(io.cwd) } : request;
  return { config, file, source, overrides, ruleOrigin, maxWarnings, request: withStaged };
}
function lintExitCode(report, shown, failOn, maxWarnings, io) {
  const warnings = report.summary.warnings;
  if (maxWarnings !== null && warnings > maxWarnings) {
    io.err(`migration-guard: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  return reachesFailOn(shown, failOn) ? 1 : 0;
}
async function lintCommand(argv, io) {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: LINT_OPTIONS });
  if (values.version) {
    io.out(`${VERSION}
`);
    return 0;
  }
  const stdinFile = values["stdin-filename"];
  if (values.stdin && stdinFile === void 0) throw new UsageError("--stdin needs --stdin-filename PATH (the file standard input stands for: its framework and history come from it)");
  if (!values.stdin && stdinFile !== void 0) throw new UsageError("--stdin-filename is used with --stdin");
  if (values.stdin && positionals.length) throw new UsageError(`--stdin lints standard input only; remove the paths (${positionals.join(", ")})`);
  if (values.stdin && values.base !== void 0) throw new UsageError("--stdin and --base do not go together (standard input is the change)");
  const timings = values.timing || process.env.TIMING ? new Timings() : null;
  timings?.add("start-up", performance.now());
  collectTimings(timings);
  const format = values.format;
  if (!["text", "json", "sarif", "markdown"].includes(format)) throw new UsageError(`--format must be text, json, sarif or markdown, not '${format}'`);
  const { config, file, source, overrides, ruleOrigin, maxWarnings, request: lintRequest } = await prepareLint(values, positionals, io);
  if (values["print-config"]) {
    const flags = {};
    if (overrides.dialect) flags.dialect = "flag --dialect";
    if (overrides.pgVersion !== void 0) flags.pgVersion = "flag --pg-version";
    if (overrides.failOn) flags.failOn = "flag --fail-on";
    const effective = effectiveConfig({ config, file, source, flags, ruleOrigin });
    io.out(format === "json" ? `${JSON.stringify(effective, null, 2)}
` : renderEffectiveConfig(effective));
    return 0;
  }
  const request = lintRequest();
  if (values.stdin) {
    const text = await (io.stdin ?? readProcessStdin)();
    request.contents = /* @__PURE__ */ new Map([[path.resolve(io.cwd, stdinFile), text]]);
    request.paths = [stdinFile];
  }
  const result = await lint(request);
  const report = values.quiet ? errorsOnly(result.report) : result.report;
  const sources = result.sources;
  if (format === "json") {
    writeChunks(renderJsonChunks(report), values.output ? openSync(values.output, "w") : null, io);
  } else {
    const output = timed("render", () => {
      if (format === "sarif") return renderSarif(report, { rules, sources, version: VERSION });
      if (format === "markdown") return renderMarkdown(report, { sources });
      return renderText(report, { color: io.isTty && !values["no-color"] && !values.output && !process.env.NO_COLOR, sources });
    });
    timed("write", () => values.output ? writeFileSync(values.output, output) : io.out(output));
  }
  if (timings) {
    collectTimings(null);
    io.err(timings.format());
  }
  if (report.summary.files === 0 && !values.staged) io.err("migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n");
  return lintExitCode(result.report, report, config.failOn, maxWarnings, io);
}
async function fixCommand(argv, io) {
  compileWasmForShortRuns();
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: FIX_OPTIONS });
  const { config, maxWarnings, request } = await prepareLint(values, positionals, io);
  const { fixCli } = await import("./chunk-3RFCWC7R.js");
  const show = (report) => values.quiet ? errorsOnly(report) : report;
  return fixCli({
    request: request(),
    dryRun: values["dry-run"] ?? false,
    color: io.isTty && !values["no-color"] && !process.env.NO_COLOR,
    out: io.out,
    err: io.err,
    show,
    exitCode: (report) => lintExitCode(report, show(report), config.failOn, maxWarnings, io)
  });
}
function writeChunks(chunks, fd, io) {
  let pending = "";
  const flush = () => timed("write", () => {
    if (fd === null) return io.out(pending);
    const bytes = Buffer.from(pending);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
  });
  try {
    const it = chunks[Symbol.iterator]();
    for (; ; ) {
      const next = timed("render", () => it.next());
      if (next.done) break;
      pending += next.value;
      if (pending.length >= 1 << 20) {
        flush();
        pending = "";
      }
    }
    if (pending) flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
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
async function initCommand(argv, io) {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { workflows: { type: "boolean" }, force: { type: "boolean" } } });
  const { init } = await import("./chunk-7JAIMEQE.js");
  const { detection, written } = init(io.cwd, { workflows: values.workflows, force: values.force });
  for (const d of detection.directories) io.out(`found ${d.count} ${d.framework} migration${d.count === 1 ? "" : "s"} in ${d.path}${d.layouts.length ? ` (${d.layouts.join(", ")})` : ""}
`);
  if (!detection.directories.length) io.out("found no migrations: list their directories under `migrations:` in the config\n");
  io.out(`dialect: ${detection.dialect} (${detection.dialectReason})
`);
  for (const f of written) io.out(`wrote ${f}
`);
  return 0;
}
async function dryRunCommand(argv, io) {
  const { dryRunCli } = await import("./chunk-DEQE5AMD.js");
  return dryRunCli(argv, io);
}
async function statsCommand(argv, io) {
  const { statsCli } = await import("./chunk-L2XDMA6S.js");
  return statsCli(argv, io);
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "lint":
        return await lintCommand(rest, io);
      case "fix":
        return await fixCommand(rest, io);
      case "rules":
        return rulesCommand(io);
      case "init":
        return await initCommand(rest, io);
      case "lsp": {
        if (rest.some((a) => a !== "--stdio")) throw new UsageError(`lsp speaks over stdio only; unknown option${rest.length > 1 ? "s" : ""} ${rest.filter((a) => a !== "--stdio").map((a) => `'${a}'`).join(", ")}`);
        const { startServer } = await import("./chunk-KAKGA7MT.js");
        startServer();
        return await new Promise(() => {
        });
      }
      case "explain":
        return explainCommand(rest, io);
      case "dry-run":
        return await dryRunCommand(rest, io);
      case "sql": {
        const { sqlCli } = await import("./chunk-XGHMVFZT.js");
        return await sqlCli(rest, io);
      }
      case "stats":
        return await statsCommand(rest, io);
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
export {
  VERSION,
  main
};
