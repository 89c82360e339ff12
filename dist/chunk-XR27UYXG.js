#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  renderEvidenceText
} from "./chunk-TU6BKIZJ.js";
import {
  escapeControl
} from "./chunk-DP6F6EIC.js";

// src/report/text.ts
var paint = (on, code, s) => on ? `\x1B[${code}m${s}\x1B[0m` : s;
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
  out.push(...renderEvidenceText(report.migrations, (s) => paint(color, "1", s)));
  const { errors, warnings, infos, files, statements } = report.summary;
  const plural = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  out.push(`${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(files, "file")} (${plural(statements, "statement")}); ${report.suppressed.length} suppressed.`);
  return `${out.join("\n")}
`;
}

export {
  renderText
};
