#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  PROJECT_URL,
  ruleDocsUrl
} from "./chunk-BMPOV5YG.js";
import {
  renderEvidenceMarkdown
} from "./chunk-TU6BKIZJ.js";
import {
  codeBlock,
  codeSpan,
  escapeControl,
  escapeHtml,
  escapeMarkdown
} from "./chunk-DP6F6EIC.js";

// src/report/json.ts
function renderJson(report) {
  let out = "";
  for (const chunk of renderJsonChunks(report)) out += chunk;
  return out;
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    column: f.column,
    message: f.message,
    ...f.suggestion ? { suggestion: f.suggestion } : {},
    ...f.fix ? { fix: f.fix } : {},
    migration: f.migration,
    // Only with a production statistics snapshot (config `stats:`): consumers without one see the contract unchanged.
    ...f.evidence ? { evidence: f.evidence } : {}
  };
}
function migrationJson(m) {
  return {
    file: m.file,
    framework: m.framework,
    isNew: m.isNew,
    rollback: { verdict: m.rollback.verdict, reasons: m.rollback.reasons },
    ...m.evidence ? { evidence: m.evidence } : {}
  };
}
function suppressedJson(s) {
  return { ruleId: s.ruleId, file: s.file, line: s.line, reason: s.reason };
}
function nested(value, depth) {
  return JSON.stringify(value, null, 2).replace(/\n/g, `
${"  ".repeat(depth)}`);
}
var CHUNK_ELEMENTS = 256;
var ARRAY_HEAD = '{\n  "a": [\n';
var ARRAY_TAIL = "\n  ]\n}";
function* arrayChunks(items, shape) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  for (let i = 0; i < items.length; i += CHUNK_ELEMENTS) {
    const text = JSON.stringify({ a: items.slice(i, i + CHUNK_ELEMENTS).map(shape) }, null, 2);
    yield `${i === 0 ? "[\n" : ",\n"}${text.slice(ARRAY_HEAD.length, text.length - ARRAY_TAIL.length)}`;
  }
  yield "\n  ]";
}
function* renderJsonChunks(report) {
  yield '{\n  "version": 1,\n  "findings": ';
  yield* arrayChunks(report.findings, findingJson);
  yield ',\n  "migrations": ';
  yield* arrayChunks(report.migrations, migrationJson);
  yield ',\n  "suppressed": ';
  yield* arrayChunks(report.suppressed, suppressedJson);
  yield `,
  "summary": ${nested(report.summary, 1)}
}
`;
}

// src/report/model.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function reachesFailOn(report, failOn) {
  if (failOn === "never") return false;
  const min = SEVERITY_RANK[failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= min);
}

// src/report/rich-text.ts
var QUOTED_CODE = /(?<=: )(?:pg_dump|pg_restore|psql|mysqldump|mysql) [^\n]{0,2000}$|\b(?:(?:CREATE|ALTER|DROP|SET|COMMENT ON|UPDATE|DELETE FROM|INSERT INTO|VACUUM|REINDEX|ANALYZE|BEGIN|COMMIT|RESET|LOCK TABLE|TRUNCATE)\b[^;\n]{0,400};|(?:op\.execute|knex\.raw|execute|connection\.execute)\((?:"[^"\n]{0,400}"|'[^'\n]{0,400}')\))/g;
function richText(text) {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(QUOTED_CODE)) {
    out += escapeMarkdown(text.slice(at, m.index));
    out += codeSpan(m[0]);
    at = m.index + m[0].length;
  }
  return out + escapeMarkdown(text.slice(at));
}

// src/report/markdown.ts
var DEFAULT_MAX_CHARS = 65e3;
var SEVERITY_ICON = { error: "\u{1F6D1}", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
var VERDICT_ICON = {
  reversible: "\u2705",
  lossy: "\u26A0\uFE0F",
  irreversible: "\u{1F6D1}",
  unverified: "\u2754"
};
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function bySeverityThenLocation(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.line - b.line || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  return groups;
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
function countsLine(findings) {
  const c = countBySeverity(findings);
  return `${SEVERITY_ICON.error} ${plural(c.error, "error")} \xB7 ${SEVERITY_ICON.warning} ${plural(c.warning, "warning")} \xB7 ${SEVERITY_ICON.info} ${c.info} info`;
}
function languageOf(file) {
  if (/\.py$/i.test(file)) return "python";
  if (/\.[cm]?ts$/i.test(file)) return "ts";
  if (/\.[cm]?js$/i.test(file)) return "js";
  return "sql";
}
function codeFrame(finding, sources) {
  const text = sources?.(finding.file);
  if (text === void 0) return null;
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const first = Math.max(1, finding.line);
  const last = Math.min(lines.length, Math.max(first, finding.endLine), first + 7);
  if (first > lines.length) return null;
  return codeBlock(lines.slice(first - 1, last).join("\n"), languageOf(finding.file));
}
function lineLabel(f) {
  return f.endLine > f.line ? `lines ${f.line}\u2013${f.endLine}` : `line ${f.line}`;
}
function renderFindingFull(f, sources) {
  const parts = [`- ${SEVERITY_ICON[f.severity]} **${f.severity}** ${codeSpan(f.ruleId)} \xB7 ${lineLabel(f)}: ${richText(f.message)}`];
  const frame = codeFrame(f, sources);
  const inner = [];
  if (f.suggestion) inner.push(`**Safe alternative:** ${richText(f.suggestion)}`);
  if (frame) inner.push(frame);
  if (inner.length) {
    const body = inner.join("\n\n").replace(/^/gm, "  ").replace(/^ +$/gm, "");
    parts.push(`  <details><summary>Why / safe alternative</summary>

${body}

  </details>`);
  }
  return parts.join("\n");
}
function renderFindingCompact(f) {
  return `- ${SEVERITY_ICON[f.severity]} ${codeSpan(f.ruleId)} \xB7 ${lineLabel(f)}: ${richText(f.message)}`;
}
function renderFindings(report, detail, sources, fileLimit) {
  const groups = groupByFile(report.findings);
  const out = [];
  if (detail === "counts") {
    out.push("| File | Errors | Warnings | Info |", "|---|---:|---:|---:|");
    let shown = 0;
    for (const [file, list] of groups) {
      if (shown >= fileLimit) break;
      const c = countBySeverity(list);
      out.push(`| ${codeSpan(file, { inTable: true })} | ${c.error} | ${c.warning} | ${c.info} |`);
      shown++;
    }
    if (groups.size > shown) out.push("", `\u2026and ${plural(groups.size - shown, "more file")} with findings.`);
    out.push("", "_Too many findings to list here: see the job summary, annotations or the JSON/SARIF report for every finding._");
    return out;
  }
  for (const [file, list] of groups) {
    out.push(`### ${codeSpan(file)}`, "", countsLine(list), "");
    for (const f of list) out.push(detail === "full" ? renderFindingFull(f, sources) : renderFindingCompact(f));
    out.push("");
  }
  if (detail === "compact") out.push("_Details collapsed to fit: the safe alternative for each finding is in the job summary and the annotations._", "");
  return out;
}
function renderSuppressions(report, detail) {
  if (report.suppressed.length === 0) return [];
  const heading = `### Suppressed (${report.suppressed.length})`;
  if (detail === "counts") return [heading, "", `${plural(report.suppressed.length, "finding")} suppressed with a reason in the migration files.`, ""];
  const rows = report.suppressed.map(
    (s) => `| ${codeSpan(s.ruleId, { inTable: true })} | ${codeSpan(`${s.file}:${s.line}`, { inTable: true })} | ${escapeMarkdown(s.reason)} |`
  );
  const table = ["| Rule | Where | Reason |", "|---|---|---|", ...rows];
  return ["<details><summary>" + heading.replace(/^### /, "") + "</summary>", "", ...table, "", "</details>", ""];
}
function yesNo(value) {
  return value === void 0 ? "\u2013" : value ? "yes" : "**no**";
}
function renderRollback(migrations, detail, rowLimit) {
  if (migrations.length === 0) return [];
  const out = ["## Rollback readiness", "", "| Migration | Verdict | Down present | Data at risk | Inverse check |", "|---|---|---|---|---|"];
  for (const m of migrations.slice(0, rowLimit)) {
    const risk = m.rollback.dataAtRisk?.length ? m.rollback.dataAtRisk.map((d) => codeSpan(d, { inTable: true })).join(", ") : "\u2013";
    out.push(
      `| ${codeSpan(m.file, { inTable: true })} | ${VERDICT_ICON[m.rollback.verdict]} ${m.rollback.verdict} | ${yesNo(m.rollback.downPresent)} | ${risk} | ${m.rollback.inverse ? escapeMarkdown(m.rollback.inverse) : "\u2013"} |`
    );
  }
  if (migrations.length > rowLimit) out.push("", `\u2026and ${plural(migrations.length - rowLimit, "more migration")}.`);
  out.push("");
  if (detail === "counts") return out;
  for (const m of migrations.slice(0, rowLimit)) {
    const reasons = m.rollback.reasons.filter((r) => r.trim() !== "");
    const backup = m.rollback.backup ?? [];
    if (m.rollback.verdict === "reversible" || reasons.length === 0 && backup.length === 0) continue;
    out.push(`<details><summary>${escapeHtml(m.file)}: ${m.rollback.verdict}</summary>`, "");
    for (const r of reasons) out.push(`- ${escapeMarkdown(r)}`);
    if (backup.length) out.push("", "Back up the data at risk before deploying, and restore it after a rollback:", "", codeBlock(backup.join("\n"), "sh"));
    out.push("", "</details>", "");
  }
  return out;
}
function renderAt(report, opts, detail, limit) {
  const title = escapeMarkdown(opts.title ?? "migration-guard");
  const out = [`## ${title}`, ""];
  const files = new Set(report.migrations.map((m) => m.file));
  for (const f of report.findings) files.add(f.file);
  if (report.findings.length === 0) {
    out.push(`\u2705 No findings in ${plural(report.migrations.length || report.summary.files, "migration file")}.`, "");
  } else {
    const filesWithFindings = new Set(report.findings.map((f) => f.file)).size;
    out.push(`${countsLine(report.findings)} in ${plural(filesWithFindings, "file")}`, "");
  }
  for (const note of opts.notes ?? []) out.push(`> ${escapeMarkdown(note)}`, "");
  if (report.findings.length) out.push(...renderFindings(report, detail, opts.sources, limit));
  out.push(...renderSuppressions(report, detail));
  out.push(...renderRollback(report.migrations, detail, limit));
  if (detail !== "counts") out.push(...renderEvidenceMarkdown(report.migrations, { compact: detail === "compact" }));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
function renderMarkdown(report, opts = {}) {
  const maxChars = Math.max(200, opts.maxChars ?? DEFAULT_MAX_CHARS);
  const sorted = { ...report, findings: [...report.findings].sort(bySeverityThenLocation) };
  const unlimited = Number.MAX_SAFE_INTEGER;
  for (const detail of ["full", "compact", "counts"]) {
    const text2 = renderAt(sorted, opts, detail, unlimited);
    if (text2.length <= maxChars) return text2;
  }
  let low = 0;
  let high = Math.max(new Set(report.findings.map((f) => f.file)).size, report.migrations.length);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (renderAt(sorted, opts, "counts", mid).length <= maxChars) low = mid;
    else high = mid - 1;
  }
  const text = renderAt(sorted, opts, "counts", low);
  if (text.length <= maxChars) return text;
  const notice = "\n\n_Report truncated._\n";
  const cut = text.slice(0, maxChars - notice.length);
  return cut.slice(0, Math.max(0, cut.lastIndexOf("\n"))) + notice;
}

// src/report/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprints(findings, sources) {
  const seen = /* @__PURE__ */ new Map();
  const lineCache = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    let lines = lineCache.get(f.file);
    if (!lines) {
      lines = (sources?.(f.file) ?? "").split(/\r\n|\n|\r/);
      lineCache.set(f.file, lines);
    }
    const text = (lines[f.line - 1] ?? "").trim().replace(/\s+/g, " ");
    const key = `${f.ruleId}\0${f.file}\0${text}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
  });
}

// src/report/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function renderSarif(report, opts) {
  const { rules } = opts;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(report.findings, opts.sources);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "migration-guard",
            version: opts.version ?? "0.1.0",
            informationUri: PROJECT_URL,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.docs.why },
              helpUri: ruleDocsUrl(r.id),
              help: {
                text: `${r.docs.why}

Instead of:
${r.docs.bad}

Do:
${r.docs.good}`,
                markdown: `${r.docs.why}

**Instead of**

\`\`\`sql
${r.docs.bad}
\`\`\`

**Do**

\`\`\`sql
${r.docs.good}
\`\`\``
              },
              defaultConfiguration: { level: LEVEL[r.severity], enabled: !r.defaultOff },
              // SARIF requires unique tags (a `mysql` rule is also in the `mysql` category).
              properties: { category: r.category, tags: [.../* @__PURE__ */ new Set([r.category, ...r.dialects])] }
            }))
          }
        },
        results: report.findings.map((f, i) => ({
          ruleId: f.ruleId,
          ...ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {},
          level: LEVEL[f.severity],
          // User text is escaped; only our own separator line break stays.
          message: { text: f.suggestion ? `${escapeControl(f.message)}
Safe alternative: ${escapeControl(f.suggestion)}` : escapeControl(f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split("/").map(encodeURIComponent).join("/") },
                region: { startLine: f.line, endLine: Math.max(f.line, f.endLine), startColumn: Math.max(1, f.column) }
              }
            }
          ],
          partialFingerprints: { "migrationGuard/v1": prints[i] }
        })),
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  renderJson,
  renderJsonChunks,
  SEVERITY_RANK,
  reachesFailOn,
  richText,
  renderMarkdown,
  fingerprints,
  renderSarif
};
