#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  originLabel
} from "./chunk-PAX3TBYW.js";
import {
  codeBlock,
  codeSpan,
  escapeMarkdown
} from "./chunk-DP6F6EIC.js";

// src/dryrun/report.ts
var VERDICT_ICON = { verified: "\u2705", unverified: "\u2754", failed: "\u{1F6D1}" };
var STATUS_WORD = {
  ok: "ok",
  substituted: "ran plain form",
  refused: "refused",
  failed: "FAILED",
  timeout: "TIMED OUT",
  "not-run": "not run"
};
function firstLine(sql, max = 80) {
  const one = sql.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
function lockLabel(l) {
  return `${l.mode} on ${l.relation}${l.relkind !== "table" ? ` (${l.relkind})` : ""}${l.documented ? " (documented lock of the concurrent form)" : ""}${l.alreadyHeld ? " (already held from an earlier statement of this dry-run)" : ""}`;
}
function renderDryRunJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}
function headline(result) {
  const counts = { verified: 0, unverified: 0, failed: 0 };
  for (const m of result.migrations) counts[m.verdict]++;
  return `${result.migrations.length} migration${result.migrations.length === 1 ? "" : "s"}: ${counts.verified} verified, ${counts.unverified} unverified, ${counts.failed} failed`;
}
function renderDryRunText(result) {
  const out = [];
  out.push(`migration-guard dry-run on ${result.engine}${result.serverVersion ? ` (${result.serverVersion})` : ""}: ${headline(result)} in ${(result.durationMs / 1e3).toFixed(1)} s`);
  if (result.history.count && result.engine === "pglite") out.push(`  base history: ${result.history.replayed}/${result.history.count} migrations ${result.history.fromCache ? "loaded from cache" : "replayed"}${result.history.durationMs !== null ? ` in ${result.history.durationMs} ms` : ""}`);
  for (const f of result.history.failed.slice(0, 5)) out.push(`    ! ${f.id}: ${f.error}`);
  if (result.versionTable) out.push(`  version table: ${result.versionTable.message}`);
  for (const p of result.problems) out.push(`  ! ${p}`);
  for (const w of result.warnings ?? []) out.push(`  warning: ${w}`);
  for (const m of result.migrations) {
    out.push("");
    out.push(`${m.verdict.toUpperCase()}  ${m.file}${m.id !== m.file ? ` (${m.id})` : ""}`);
    for (const r of m.reasons) out.push(`  - ${r}`);
    for (const s of m.statements) {
      const flag = s.status === "ok" ? "" : ` [${STATUS_WORD[s.status]}${s.reason ? `: ${s.reason}` : ""}]`;
      const extra = [s.durationMs !== null ? `${s.durationMs} ms` : null, s.rowsAffected ? `${s.rowsAffected} rows` : null].filter(Boolean).join(", ");
      out.push(`  line ${s.line}: ${firstLine(s.sql)}${extra ? ` (${extra})` : ""}${flag}`);
      for (const l of s.locks) out.push(`      lock ${lockLabel(l)} \u2014 blocks ${l.blocks}`);
      for (const r of s.rewrites) out.push(`      REWRITE ${r}`);
      if (s.algorithm) out.push(`      algorithm ${s.algorithm.algorithm}${s.algorithm.lock ? `, LOCK=${s.algorithm.lock}` : ""}${s.algorithm.note ? ` (${s.algorithm.note})` : ""}`);
    }
    if (m.roundTrip.upChanges?.length) {
      out.push("  schema changes made by up:");
      for (const d of m.roundTrip.upChanges) out.push(`    ${d}`);
    }
    out.push(`  round trip: ${m.roundTrip.status}${m.roundTrip.error ? ` \u2014 ${m.roundTrip.error}` : ""}`);
    for (const d of m.roundTrip.diff) out.push(`    ${d}`);
    for (const d of m.roundTrip.dataDiff) out.push(`    data: ${d}`);
    for (const d of m.roundTrip.reported ?? []) out.push(`    reported (not a failure): ${d}`);
    out.push(...appQueriesText(m));
  }
  out.push(...appCollectionText(result));
  return `${out.join("\n")}
`;
}
var PHASE_WORDS = { upgrade: "after upgrade", rollback: "after rollback" };
function appQueriesText(m) {
  const v = m.appQueries;
  if (!v) return [];
  const out = [`  application queries: ${v.checked} checked, ${v.broken.length} broken${v.neverPrepared ? `, ${v.neverPrepared} never prepared (in no schema state)` : ""}${v.rollbackNotChecked ? ` (rollback not checked: ${v.rollbackNotChecked})` : ""}`];
  for (const b of v.broken) {
    out.push(`    BROKEN ${PHASE_WORDS[b.phase]}${b.addedByChange ? " (a query of the new code)" : ""}: ${b.query}`);
    out.push(`      from ${b.origins.map(originLabel).join("; ")}`);
    out.push(`      ${b.error}`);
  }
  return out;
}
function appCollectionText(result) {
  const a = result.appQueries;
  if (!a) return [];
  const out = ["", `application queries: ${a.checked} prepared per schema state (${a.fromSnapshot} from the statistics snapshot, ${a.fromCode} from the code)`];
  if (a.note) out.push(`  note: ${a.note}`);
  const skipped = Object.entries(a.skipped);
  if (skipped.length) out.push(`  skipped: ${skipped.map(([why, n]) => `${n} ${why}`).join("; ")}`);
  for (const r of a.refused.slice(0, 20)) out.push(`  refused (never sent): ${r.query} (${r.origins.map(originLabel).join("; ")}): ${r.reason}`);
  if (a.refused.length > 20) out.push(`  \u2026 ${a.refused.length - 20} more refused`);
  return out;
}
function mermaidSafe(text, max = 60) {
  const clean = text.replace(/[^A-Za-z0-9_. ()-]/g, " ").replace(/\s+/g, " ").trim();
  return (clean.length > max ? clean.slice(0, max) : clean) || "object";
}
function lockGantt(m) {
  const withLocks = m.statements.filter((s) => s.locks.length > 0);
  if (withLocks.length === 0) return null;
  const byRelation = /* @__PURE__ */ new Map();
  let taskId = 0;
  for (const s of withLocks) {
    for (const l of s.locks) {
      if (l.mode === "ACCESS SHARE" || l.mode === "ROW SHARE" || l.alreadyHeld) continue;
      const release = m.statements[l.releasedAfter] ?? s;
      const start = Math.round(s.startMs);
      const end = Math.max(start + 1, Math.round(Math.max(release.endMs, s.endMs)));
      const strong = ["ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"].includes(l.mode);
      const rows = byRelation.get(l.relation) ?? [];
      rows.push(`    ${mermaidSafe(`${l.mode} (line ${s.line})`)} :${strong ? "crit, " : ""}t${taskId++}, ${start}, ${end}`);
      byRelation.set(l.relation, rows);
    }
  }
  if (byRelation.size === 0) return null;
  const lines = ["gantt", `    title Locks held by ${mermaidSafe(m.id)}`, "    dateFormat x", "    axisFormat %S.%L s"];
  for (const [relation, rows] of byRelation) {
    lines.push(`    section ${mermaidSafe(relation, 40)}`);
    lines.push(...rows);
  }
  return lines.join("\n");
}
function cell(text) {
  return escapeMarkdown(text);
}
function renderDryRunMarkdown(result, opts = {}) {
  const max = opts.maxChars ?? 6e4;
  const full = renderMarkdownAt(result, opts.heading, "full");
  if (full.length <= max) return full;
  const compact = renderMarkdownAt(result, opts.heading, "compact");
  if (compact.length <= max) return compact;
  const cut = compact.slice(0, Math.max(0, max - 200));
  const fences = (cut.match(/^`{3,}/gm) ?? []).length;
  return `${cut}${fences % 2 ? "\n```" : ""}

\u2026 (report truncated; run \`migration-guard dry-run --format json\` for all details)
`;
}
function appQueriesMarkdown(m, detail = "full") {
  const v = m.appQueries;
  if (!v) return [];
  const head = `${v.broken.length ? "\u{1F6D1}" : "\u2705"} **Application queries**: ${v.checked} checked, ${v.broken.length} broken${v.neverPrepared ? `, ${v.neverPrepared} never prepared` : ""}${v.rollbackNotChecked ? ` (rollback not checked: ${escapeMarkdown(v.rollbackNotChecked)})` : ""}.`;
  const out = ["", head];
  if (!v.broken.length) return out;
  const rows = detail === "compact" ? v.broken.slice(0, 10) : v.broken;
  out.push("", "| breaks | query | from | error |", "|---|---|---|---|");
  for (const b of rows) {
    const origins = b.origins.map((o) => codeSpan(originLabel(o), { inTable: true })).join("<br>");
    out.push(`| ${PHASE_WORDS[b.phase]}${b.addedByChange ? " (new code)" : ""} | ${codeSpan(firstLine(b.query, 120), { inTable: true })} | ${origins} | ${cell(b.error)} |`);
  }
  if (rows.length < v.broken.length) out.push("", `\u2026 ${v.broken.length - rows.length} more (see \`migration-guard dry-run --format json\`)`);
  return out;
}
function appCollectionMarkdown(result) {
  const a = result.appQueries;
  if (!a) return [];
  const out = ["", `Application queries: ${a.checked} prepared before, after and after the rollback of each migration (${a.fromSnapshot} from the statistics snapshot, ${a.fromCode} from the code); never executed.`];
  if (a.note) out.push(`- ${escapeMarkdown(a.note)}`);
  const skipped = Object.entries(a.skipped);
  if (skipped.length) out.push(`- skipped: ${escapeMarkdown(skipped.map(([why, n]) => `${n} ${why}`).join("; "))}`);
  if (a.refused.length) out.push(`- ${a.refused.length} refused by the guard (never sent), e.g. ${codeSpan(firstLine(a.refused[0].query, 80))}: ${escapeMarkdown(a.refused[0].reason)}`);
  return out;
}
function renderMarkdownAt(result, heading, detail) {
  const opts = { heading };
  const out = [];
  out.push(`${opts.heading ?? "### migration-guard dry-run"}`);
  out.push("");
  out.push(`${result.ok ? "\u2705" : "\u{1F6D1}"} **${escapeMarkdown(headline(result))}** on \`${result.engine}\`${result.serverVersion ? ` (${escapeMarkdown(result.serverVersion)})` : ""}, ${(result.durationMs / 1e3).toFixed(1)} s.`);
  if (result.engine !== "pglite") out.push("", "Everything ran in one transaction that was rolled back; only statements on the dry-run's allowlist were sent.");
  if (result.history.count && result.engine === "pglite") out.push("", `Base history: ${result.history.replayed}/${result.history.count} migrations replayed on the embedded database${result.history.fromCache ? " (loaded from the cache of an identical earlier replay)" : ""}.`);
  for (const f of result.history.failed.slice(0, 5)) out.push(`- \u26A0\uFE0F history ${codeSpan(f.id)} did not replay: ${escapeMarkdown(f.error)}`);
  if (result.versionTable) out.push("", `Version table: ${escapeMarkdown(result.versionTable.message)}`);
  if (result.problems.length || result.warnings?.length) {
    out.push("");
    for (const p of result.problems) out.push(`- \u{1F6D1} ${escapeMarkdown(p)}`);
    for (const w of result.warnings ?? []) out.push(`- \u26A0\uFE0F ${escapeMarkdown(w)}`);
  }
  out.push(...appCollectionMarkdown(result));
  for (const m of result.migrations) {
    out.push("", `#### ${VERDICT_ICON[m.verdict]} ${codeSpan(m.file)} \u2014 ${m.verdict}`);
    if (m.reasons.length) {
      out.push("");
      for (const r of m.reasons) out.push(`- ${escapeMarkdown(r)}`);
    }
    out.push(...appQueriesMarkdown(m, detail));
    if (detail === "compact") {
      out.push("", `Round trip (up \u2192 down \u2192 up): **${m.roundTrip.status}**`);
      if (m.roundTrip.diff.length) out.push("", codeBlock(m.roundTrip.diff.slice(0, 20).join("\n"), "diff"));
      continue;
    }
    out.push("");
    out.push("| line | statement | result | locks taken | rewrites | time | rows |");
    out.push("|---:|---|---|---|---|---:|---:|");
    for (const s of m.statements) {
      const status = s.status === "ok" ? "ok" : `${STATUS_WORD[s.status]}${s.reason ? `: ${cell(s.reason)}` : ""}`;
      const locks = s.locks.filter((l) => l.mode !== "ACCESS SHARE").map((l) => `${cell(l.mode)} on ${codeSpan(l.relation, { inTable: true })}${l.documented ? " (documented)" : ""}${l.alreadyHeld ? " (held earlier)" : ""} \u2014 blocks ${cell(l.blocks)}`).join("<br>") || "\u2014";
      const rewrites = s.rewrites.length ? `\u26A0\uFE0F ${s.rewrites.map((r) => cell(r)).join("<br>")}` : s.algorithm ? cell(`${s.algorithm.algorithm}${s.algorithm.lock ? ` LOCK=${s.algorithm.lock}` : ""}`) : "\u2014";
      out.push(`| ${s.line} | ${codeSpan(firstLine(s.sql, 70), { inTable: true })} | ${status} | ${locks} | ${rewrites} | ${s.durationMs !== null ? `${s.durationMs} ms` : "\u2014"} | ${s.rowsAffected ?? "\u2014"} |`);
    }
    const gantt = lockGantt(m);
    if (gantt) out.push("", "```mermaid", gantt, "```");
    out.push("", `Round trip (up \u2192 down \u2192 up): **${m.roundTrip.status}**${m.roundTrip.error ? ` \u2014 ${escapeMarkdown(m.roundTrip.error)}` : ""}`);
    if (m.roundTrip.upChanges?.length) {
      out.push("", "<details><summary>Schema changes made by up</summary>", "", codeBlock(m.roundTrip.upChanges.join("\n"), "diff"), "", "</details>");
    }
    if (m.roundTrip.reported?.length) out.push("", `Reported, not a failure: ${m.roundTrip.reported.map((d) => escapeMarkdown(d)).join("; ")}`);
    if (m.roundTrip.diff.length || m.roundTrip.dataDiff.length) {
      out.push("", "<details><summary>Schema diff after down (expected vs actual)</summary>", "", codeBlock([...m.roundTrip.diff, ...m.roundTrip.dataDiff.map((d) => `data: ${d}`)].join("\n"), "diff"), "", "</details>");
    }
    if (m.sqlPreview) {
      const text = `-- up
${m.sqlPreview.up}${m.sqlPreview.down !== null ? `

-- down
${m.sqlPreview.down}` : ""}`;
      out.push("", "<details><summary>SQL preview</summary>", "", codeBlock(text, "sql"), "", "</details>");
    }
  }
  return `${out.join("\n")}
`;
}

export {
  renderDryRunJson,
  renderDryRunText,
  appQueriesText,
  lockGantt,
  renderDryRunMarkdown,
  appQueriesMarkdown
};
