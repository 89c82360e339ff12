#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  discover
} from "./chunk-C3PIDPWZ.js";
import {
  sniffText,
  toPosix,
  walk
} from "./chunk-XBWPISEE.js";
import {
  CONFIG_FILE,
  defaultConfig
} from "./chunk-OO7SZFY3.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-HYA5O7OF.js";
import "./chunk-PHRMLEFE.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/init/index.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/init/workflow-templates.ts
var WORKFLOW_TEMPLATES = {
  "migration-guard.yml": "# Copy to .github/workflows/migration-guard.yml and make \"migration-guard / lint\" a required\n# status check. See docs/github-action.md for why there is no `paths:` filter here.\nname: migration-guard\n\non:\n  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]\n  # With a merge queue, required checks must also run on the queue's branch.\n  merge_group:\n\npermissions:\n  contents: read          # check out the code\n  pull-requests: write    # inline review comments and the sticky summary comment\n  security-events: write  # upload the SARIF file to code scanning\n\n# One run per PR: a new push cancels the run for the previous one, so comments are never written\n# by two runs at once.\nconcurrency:\n  group: migration-guard-${{ github.event.pull_request.number || github.ref }}\n  cancel-in-progress: true\n\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          # The PR head, so findings' line numbers are those of the commit the comments attach to\n          # (the default merge commit can differ when main changed the same file).\n          ref: ${{ github.event.pull_request.head.sha || github.sha }}\n          # A PR's changed files come from the API; a merge queue run diffs against its base with\n          # git and needs the history. ('0' is quoted: a bare 0 is falsy in `&& ||` expressions.)\n          fetch-depth: ${{ github.event_name == 'merge_group' && '0' || '1' }}\n          persist-credentials: false\n\n      - id: guard\n        uses: migration-guard/migration-guard@v1\n        with:\n          sarif-file: migration-guard.sarif\n          # fail-on: error        # error (default), warning or never\n          # paths: db/migrations  # default: .migration-guard.yml, then auto-detect\n\n      - name: Upload SARIF to code scanning\n        # Also when the gate failed; a fork PR's read-only token cannot upload, which is fine.\n        if: always() && steps.guard.outputs.sarif-file != ''\n        continue-on-error: true\n        uses: github/codeql-action/upload-sarif@v3\n        with:\n          sarif_file: ${{ steps.guard.outputs.sarif-file }}\n          category: migration-guard\n",
  "migration-guard-dry-run.yml": "# Copy to .github/workflows/migration-guard-dry-run.yml. Run it from the Actions tab to execute a\n# branch's migrations up, down and up again against staging (or, better, a replica/clone of it)\n# inside a transaction that is always rolled back. See docs/dry-run.md before pointing it at a\n# shared database: the dry-run holds real locks for the duration of each statement.\nname: migration-guard dry-run (staging)\n\non:\n  workflow_dispatch:\n    inputs:\n      base-ref:\n        description: Dry-run the migrations changed since this ref (branch, tag or SHA)\n        required: true\n        default: origin/main\n      engine:\n        description: Where to run them\n        type: choice\n        options: [postgres, pglite, mysql]\n        default: postgres\n\npermissions:\n  contents: read\n\n# One dry-run at a time per database: two would wait on each other's locks.\nconcurrency:\n  group: migration-guard-dry-run-staging\n  cancel-in-progress: false\n\njobs:\n  dry-run:\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    # The environment scopes the secret to this job and lets you require reviewers before the job\n    # starts (Settings \u2192 Environments \u2192 staging \u2192 Required reviewers). Pull-request workflows never\n    # see the secret.\n    environment: staging\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          # The whole history, so git can find the merge base with base-ref.\n          fetch-depth: 0\n          persist-credentials: false\n\n      - name: Dry-run\n        id: dryrun\n        uses: migration-guard/migration-guard@v1\n        with:\n          mode: dry-run\n          dry-run-engine: ${{ inputs.engine }}\n          base-ref: ${{ inputs.base-ref }}\n          # A least-privilege role on a replica/clone, not the owner of production (docs/dry-run.md).\n          database-url: ${{ secrets.STAGING_DRY_RUN_DATABASE_URL }}\n          # The dry-run section (locks, rewrites, round trip, schema diff) goes to the job summary;\n          # the step fails when a migration does not apply, roll back to the same schema, and apply again.\n          fail-on: never\n\n      - name: Keep the JSON report\n        if: always()\n        uses: actions/upload-artifact@v4\n        with:\n          name: migration-guard-dry-run\n          path: ${{ steps.dryrun.outputs.report-json }}\n"
};

// src/init/index.ts
var LAYOUT_NAMES = {
  plain: "plain SQL files",
  "golang-migrate": "golang-migrate",
  diesel: "diesel",
  dbmate: "dbmate",
  flyway: "Flyway",
  prisma: "Prisma",
  pop: "gobuffalo pop"
};
var FRAMEWORK_NAMES = { sql: "SQL", alembic: "Alembic", knex: "Knex", django: "Django", rails: "Rails" };
function directoryOf(cwd, d) {
  const abs = d.layout === "diesel" || d.layout === "prisma" ? d.root : path.dirname(d.abs);
  return toPosix(path.relative(cwd, abs)) || ".";
}
var MYSQL_SIGNS = [
  [/\bENGINE\s*=\s*InnoDB\b/i, "ENGINE=InnoDB"],
  [/\bAUTO_INCREMENT\b/i, "AUTO_INCREMENT"],
  [/\bCREATE TABLE\s+`/i, "backquoted identifiers"]
];
var POSTGRES_SIGNS = [
  [/\bCONCURRENTLY\b/i, "CONCURRENTLY"],
  [/\b(?:BIG)?SERIAL\b/i, "SERIAL"],
  [/\b(?:JSONB|TIMESTAMPTZ)\b/i, "jsonb/timestamptz"],
  [/::[a-z]+/i, ":: casts"]
];
var PROJECT_FILES = /^(?:knexfile\.[cm]?[jt]s|alembic\.ini|settings\.py|schema\.prisma|package\.json|docker-compose\.ya?ml|compose\.ya?ml)$/;
var MYSQL_DRIVER = /(?:client\s*:\s*['"]mysql2?['"]|mysql(?:\+\w+)?:\/\/|django\.db\.backends\.mysql|provider\s*=\s*"mysql"|"mysql2?"\s*:|image:\s*["']?(?:mysql|mariadb)\b)/;
var PG_DRIVER = /(?:client\s*:\s*['"](?:pg|postgres|postgresql)['"]|postgres(?:ql)?(?:\+\w+)?:\/\/|django\.db\.backends\.postgresql|provider\s*=\s*"postgresql"|"pg"\s*:|image:\s*["']?postgres\b)/;
function detectDialect(cwd, found) {
  const mysql = [];
  const pg = [];
  for (const abs of walk(cwd, 5e4)) {
    if (!PROJECT_FILES.test(path.basename(abs))) continue;
    const text = sniffText(abs);
    const rel = toPosix(path.relative(cwd, abs));
    if (MYSQL_DRIVER.test(text)) mysql.push(`a MySQL driver in ${rel}`);
    if (PG_DRIVER.test(text)) pg.push(`a PostgreSQL driver in ${rel}`);
  }
  for (const d of found.filter((m) => m.framework === "sql").slice(0, 200)) {
    const text = sniffText(d.abs);
    for (const [re, what] of MYSQL_SIGNS) if (re.test(text)) mysql.push(`${what} in ${d.file}`);
    for (const [re, what] of POSTGRES_SIGNS) if (re.test(text)) pg.push(`${what} in ${d.file}`);
  }
  if (mysql.length > pg.length) return { dialect: "mysql", reason: `detected: ${mysql.slice(0, 2).join(", ")}` };
  if (pg.length) return { dialect: "postgres", reason: `detected: ${pg.slice(0, 2).join(", ")}` };
  return { dialect: "postgres", reason: "no driver or dialect-specific SQL found: the default" };
}
function detect(cwd) {
  const found = discover({ cwd, paths: [], config: defaultConfig() });
  const byDir = /* @__PURE__ */ new Map();
  for (const d of found) {
    const dir = directoryOf(cwd, d);
    const key = `${dir}\0${d.framework}`;
    const entry = byDir.get(key) ?? { path: dir, framework: d.framework, layouts: [], count: 0 };
    entry.count++;
    if (d.layout && !entry.layouts.includes(d.layout)) entry.layouts.push(d.layout);
    byDir.set(key, entry);
  }
  const { dialect, reason } = detectDialect(cwd, found);
  return { directories: [...byDir.values()].sort((a, b) => a.path < b.path ? -1 : 1), dialect, dialectReason: reason };
}
function yamlString(s) {
  return /^[A-Za-z0-9_./-]+$/.test(s) && !/^[-.]/.test(s) ? s : JSON.stringify(s);
}
function renderConfig(d) {
  const c = (code, comment) => `${code.padEnd(28)} # ${comment}`;
  const lines = [
    "# migration-guard configuration, written by `migration-guard init`. Every key is optional;",
    "# `migration-guard lint --print-config` shows the effective values and where they come from.",
    "# yaml-language-server: $schema=./node_modules/migration-guard/schema/migration-guard.schema.json",
    "",
    c(`dialect: ${d.dialect}`, d.dialectReason)
  ];
  if (d.dialect === "postgres") lines.push(c("pgVersion: 15", "production's PostgreSQL major version: set it to yours"));
  else lines.push(c('# mysqlVersion: "8.0.35"', "production's server version (with `mariadb: true` for MariaDB)"));
  lines.push(c("failOn: error", "error | warning | info | never: what fails the check"));
  if (d.directories.length) {
    lines.push(c("migrations:", "where the migrations are (history is read from here too)"));
    for (const dir of d.directories) {
      const layouts = dir.layouts.map((l) => LAYOUT_NAMES[l] ?? l).join(", ");
      const kind = dir.framework === "sql" && layouts ? `SQL (${layouts})` : FRAMEWORK_NAMES[dir.framework];
      lines.push(`  - path: ${yamlString(dir.path)}`, c(`    framework: ${dir.framework}`, `${dir.count} ${kind} migration${dir.count === 1 ? "" : "s"} found`));
    }
  } else {
    lines.push(c("# migrations:", "none found: list your migration directories here"), "#   - db/migrations");
  }
  lines.push(
    c("# lockTimeout: 2s", "uncomment when the deploy sets lock_timeout for every migration"),
    c("# rules:", "per-rule level: error | warning | info | off (`migration-guard rules`)"),
    "#   prefer-timestamptz: warning",
    c("# deprecated:", "tables and columns already announced for removal"),
    "#   columns: [users.nickname]",
    c("# code:", "application code searched for references to dropped columns"),
    '#   include: ["src/**"]',
    ""
  );
  return lines.join("\n");
}
function init(cwd, opts = {}) {
  const detection = detect(cwd);
  const files = [[CONFIG_FILE, renderConfig(detection)]];
  if (opts.workflows) for (const [name, text] of Object.entries(WORKFLOW_TEMPLATES)) files.push([`.github/workflows/${name}`, text]);
  const existing = files.filter(([rel]) => existsSync(path.join(cwd, rel))).map(([rel]) => rel);
  if (existing.length && !opts.force) throw new UsageError(`init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; pass --force to overwrite`);
  for (const [rel, text] of files) {
    mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true });
    writeFileSync(path.join(cwd, rel), text);
  }
  return { detection, written: files.map(([rel]) => rel) };
}
export {
  detect,
  init,
  renderConfig
};
