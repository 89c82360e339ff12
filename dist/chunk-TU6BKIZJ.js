#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  codeSpan,
  escapeControl,
  escapeMarkdown
} from "./chunk-DP6F6EIC.js";
import {
  formatBytes,
  formatMs,
  formatRate
} from "./chunk-5O2UQLTA.js";

// src/report/evidence.ts
var OPERATION_WORDS = { rewrite: "rewrite", scan: "full scan", indexBuild: "index build", metadata: "catalog change" };
function tableFacts(t) {
  const rate = t.writesPerSec === null ? "write rate unknown" : `${formatRate(t.writesPerSec)} writes/s`;
  return `${formatBytes(t.bytes)}, ~${t.rows.toLocaleString("en-US")} rows, ${rate}${t.tier ? `, tier ${t.tier}` : ""}`;
}
function writesNote(s) {
  return s.blocksWrites || /writes/.test(s.lockMode) ? "" : " (writes continue)";
}
function overBudget(ms, blocks, budget) {
  return blocks && budget !== void 0 && ms > budget;
}
function mermaidSafe(text, max = 60) {
  const clean = text.replace(/[^A-Za-z0-9_. ()-]/g, " ").replace(/\s+/g, " ").trim();
  return (clean.length > max ? clean.slice(0, max) : clean) || "object";
}
function estimatedLockGantt(m) {
  const statements = m.evidence?.statements ?? [];
  if (statements.length === 0) return null;
  const byTable = /* @__PURE__ */ new Map();
  let at = 0;
  statements.forEach((st, i) => {
    const length = Math.max(1, Math.round(st.estimatedLockMs));
    const rows = byTable.get(st.table) ?? [];
    rows.push(`    ${mermaidSafe(`${st.lockMode} (line ${st.line})`)} :${st.blocksWrites ? "crit, " : ""}e${i}, ${at}, ${at + length}`);
    byTable.set(st.table, rows);
    at += length;
  });
  const lines = ["gantt", `    title Estimated locks of ${mermaidSafe(m.id)}`, "    dateFormat x", `    axisFormat ${at >= 36e5 ? "%H:%M" : at >= 12e4 ? "%M:%S" : "%S.%L s"}`];
  for (const [table, rows] of byTable) lines.push(`    section ${mermaidSafe(table, 40)}`, ...rows);
  return lines.join("\n");
}
function renderEvidenceMarkdown(migrations, opts = {}) {
  const withEvidence = migrations.filter((m) => m.evidence && m.evidence.statements.length);
  if (withEvidence.length === 0) return [];
  const captured = withEvidence[0].evidence.capturedAt.slice(0, 10);
  const out = ["## Production evidence", "", `_Estimated from the statistics snapshot captured ${escapeMarkdown(captured)} (sizes and write rates; the model is in docs/production-evidence.md)._`, ""];
  for (const m of withEvidence) {
    const e = m.evidence;
    out.push(`### ${codeSpan(m.file)}`, "");
    out.push(`Tables: ${e.tables.map((t) => `${codeSpan(t.table)} (${escapeMarkdown(tableFacts(t))})`).join("; ")}`, "");
    if (opts.compact) {
      const worst = Math.max(...e.statements.map((s) => s.estimatedLockMs));
      out.push(`Longest estimated lock: ${formatMs(worst)}.`, "");
      continue;
    }
    out.push("| Line | Table | Work | Lock | Estimated |", "|---:|---|---|---|---:|");
    for (const s of e.statements) {
      const flag = overBudget(s.estimatedLockMs, s.blocksWrites, e.lockBudgetMs) ? " \u{1F6D1} over budget" : "";
      out.push(`| ${s.line} | ${codeSpan(s.table, { inTable: true })} | ${OPERATION_WORDS[s.operation] ?? escapeMarkdown(s.operation)} | ${escapeMarkdown(s.lockMode)}${writesNote(s)} | ${formatMs(s.estimatedLockMs)}${flag} |`);
    }
    out.push("");
    const gantt = estimatedLockGantt(m);
    if (gantt) out.push("<details><summary>Estimated lock timeline</summary>", "", "```mermaid", gantt, "```", "", "</details>", "");
  }
  return out;
}
function renderEvidenceText(migrations, bold = (s) => s) {
  const withEvidence = migrations.filter((m) => m.evidence && m.evidence.statements.length);
  if (withEvidence.length === 0) return [];
  const clean = escapeControl;
  const out = [bold(`Production evidence (snapshot ${clean(withEvidence[0].evidence.capturedAt.slice(0, 10))}):`)];
  for (const m of withEvidence) {
    const e = m.evidence;
    out.push(`  ${clean(m.file)}:`);
    for (const t of e.tables) out.push(`    table ${clean(t.table)}: ${clean(tableFacts(t))}`);
    for (const s of e.statements) {
      const flag = overBudget(s.estimatedLockMs, s.blocksWrites, e.lockBudgetMs) ? " (over the lock budget)" : "";
      out.push(`    line ${s.line}: ${OPERATION_WORDS[s.operation] ?? clean(s.operation)} of ${clean(s.table)} under ${clean(s.lockMode)}${writesNote(s)}: ~${formatMs(s.estimatedLockMs)}${flag}`);
    }
  }
  out.push("");
  return out;
}

export {
  renderEvidenceMarkdown,
  renderEvidenceText
};
