#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  renderText
} from "./chunk-XR27UYXG.js";
import "./chunk-TU6BKIZJ.js";
import {
  lint
} from "./chunk-GHAFTEEZ.js";
import {
  escapeControl
} from "./chunk-DP6F6EIC.js";
import "./chunk-Y7VHZ2OY.js";
import "./chunk-ZUGEZMSK.js";
import "./chunk-5O2UQLTA.js";
import "./chunk-C3PIDPWZ.js";
import {
  runGit
} from "./chunk-XBWPISEE.js";
import "./chunk-OO7SZFY3.js";
import "./chunk-IUGLQ5IK.js";
import "./chunk-GOGYUFPH.js";
import "./chunk-BL4TAXMY.js";
import {
  isWithin,
  readRegularFile,
  realPath
} from "./chunk-46CHDDMJ.js";
import "./chunk-CRKUYG6O.js";
import "./chunk-CXD6VCVI.js";
import "./chunk-CCOKVC7O.js";
import "./chunk-TN672BLV.js";
import "./chunk-HYA5O7OF.js";
import "./chunk-PHRMLEFE.js";
import "./chunk-Q65SN5IE.js";
import "./chunk-2EGIIKF2.js";
import "./chunk-YTE2OXMV.js";
import "./chunk-IV5X4XLJ.js";

// src/fix/command.ts
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/fix/apply.ts
function offsetOf(lineStarts, textLength, line, column) {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > lineStarts.length) return null;
  const start = lineStarts[line - 1];
  const end = line < lineStarts.length ? lineStarts[line] - 1 : textLength;
  const offset = start + column - 1;
  return offset <= end ? offset : null;
}
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function conflicts(a, b) {
  const aEmpty = a.from === a.to;
  const bEmpty = b.from === b.to;
  if (aEmpty && bEmpty) return a.from === b.from;
  if (aEmpty) return b.from < a.from && a.from < b.to;
  if (bEmpty) return a.from < b.from && b.from < a.to;
  return a.from < b.to && b.from < a.to;
}
function fixKey(fix) {
  return JSON.stringify([fix.edits.map((e) => [e.file, e.startLine, e.startColumn, e.endLine, e.endColumn, e.text]), fix.newFiles ?? []]);
}
function where(f) {
  return `the fix for ${f.ruleId} at ${f.file}:${f.line}`;
}
function applyFixes(findings, input) {
  const applied = [];
  const skipped = [];
  const accepted = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const texts = /* @__PURE__ */ new Map();
  const textOf = (file) => {
    if (!texts.has(file)) {
      const text = input.textOf(file);
      texts.set(file, text === void 0 ? null : { text, lineStarts: lineStartsOf(text) });
    }
    return texts.get(file);
  };
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0 && !fix.newFiles?.length) continue;
    const key = fixKey(fix);
    if (seen.has(key)) {
      applied.push(finding);
      continue;
    }
    const reason = check(fix);
    if (reason) {
      skipped.push({ finding, reason });
      continue;
    }
    seen.add(key);
    applied.push(finding);
    for (const e of fix.edits) {
      const list = accepted.get(e.file) ?? [];
      list.push({ range: toRange(e), owner: finding });
      accepted.set(e.file, list);
    }
    for (const f of fix.newFiles ?? []) created.set(f.path, { text: f.text, owner: finding });
  }
  function toRange(e) {
    const t = textOf(e.file);
    if (!t) return null;
    const from = offsetOf(t.lineStarts, t.text.length, e.startLine, e.startColumn);
    const to = offsetOf(t.lineStarts, t.text.length, e.endLine, e.endColumn);
    return from === null || to === null || to < from ? null : { from, to, text: e.text };
  }
  function check(fix) {
    const own = [];
    for (const e of fix.edits) {
      const refused = input.refuse?.(e.file, "edit");
      if (refused) return refused;
      if (!textOf(e.file)) return `it edits ${e.file}, which is not available`;
      const range2 = toRange(e);
      if (!range2) return `it edits ${e.file} at ${e.startLine}:${e.startColumn}-${e.endLine}:${e.endColumn}, outside the file's text`;
      if (own.some((o) => o.file === e.file && conflicts(o.range, range2))) return "its own edits overlap";
      own.push({ file: e.file, range: range2 });
      const clash = (accepted.get(e.file) ?? []).find((a) => conflicts(a.range, range2));
      if (clash) return `it overlaps ${where(clash.owner)}`;
    }
    for (const f of fix.newFiles ?? []) {
      const refused = input.refuse?.(f.path, "create");
      if (refused) return refused;
      const other = created.get(f.path);
      if (other) return `it creates ${f.path}, which ${where(other.owner)} also creates`;
      if (textOf(f.path) || accepted.has(f.path)) return `it creates ${f.path}, which already exists`;
    }
    return null;
  }
  const files = /* @__PURE__ */ new Map();
  for (const [file, list] of accepted) {
    let text = textOf(file).text;
    const ranges = list.map((a) => a.range).sort((a, b) => b.from - a.from || b.to - a.to);
    for (const r of ranges) text = text.slice(0, r.from) + r.text + text.slice(r.to);
    files.set(file, text);
  }
  const newFiles = new Map([...created].map(([p, c]) => [p, c.text]));
  return { files, newFiles, applied, skipped };
}

// src/fix/diff.ts
var CONTEXT = 3;
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  return [...a.slice(0, start).map((line) => ({ kind: " ", line })), ...middle, ...a.slice(endA).map((line) => ({ kind: " ", line }))];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((line) => ({ kind: "+", line }));
  if (m === 0) return a.map((line) => ({ kind: "-", line }));
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      v[offset + k] = x2;
      if (x2 >= n && y2 >= m) break outer;
    }
  }
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    v = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: "+", line: b[--y] });
      else ops.push({ kind: "-", line: a[--x] });
    }
  }
  return ops.reverse();
}
function hunkLine(op) {
  return op.line.endsWith("\n") ? `${op.kind}${op.line}` : `${op.kind}${op.line}
\\ No newline at end of file
`;
}
function quotePath(p) {
  if (!/["\\\x00-\x1f\x7f]/.test(p)) return p;
  const escaped = p.replace(/[\\"\x00-\x1f\x7f]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "	": "\\t", "\r": "\\r" })[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}`);
  return `"${escaped}"`;
}
function range(start, length) {
  return `${length === 0 ? start - 1 : start},${length}`;
}
function unifiedDiff(file, before, after) {
  if (before === after) return "";
  const ops = diffLines(splitLines(before ?? ""), splitLines(after));
  const a = quotePath(`a/${file}`);
  const b = quotePath(`b/${file}`);
  const header = before === null ? `diff --git ${a} ${b}
new file mode 100644
--- /dev/null
+++ ${b}
` : `diff --git ${a} ${b}
--- ${a}
+++ ${b}
`;
  const changed = ops.map((o, i2) => o.kind === " " ? -1 : i2).filter((i2) => i2 >= 0);
  const hunks = [];
  let i = 0;
  while (i < changed.length) {
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 2 * CONTEXT + 1) j++;
    const from = Math.max(0, changed[i] - CONTEXT);
    const to = Math.min(ops.length, changed[j] + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k].kind !== "+") oldStart++;
      if (ops[k].kind !== "-") newStart++;
    }
    const body = ops.slice(from, to);
    const oldLength = body.filter((o) => o.kind !== "+").length;
    const newLength = body.filter((o) => o.kind !== "-").length;
    hunks.push(`@@ -${range(oldStart, oldLength)} +${range(newStart, newLength)} @@
${body.map(hunkLine).join("")}`);
    i = j + 1;
  }
  return header + hunks.join("");
}

// src/fix/command.ts
var MAX_PASSES = 5;
function diskText(abs) {
  const read = readRegularFile(abs, 64 * 1024 * 1024);
  if (!read.ok) return { refused: read.reason };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(read.bytes) };
  } catch {
    return { refused: "the file is not valid UTF-8" };
  }
}
function inside(cwd, file) {
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes("..")) return null;
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  const root = realPath(path.resolve(cwd)) ?? path.resolve(cwd);
  let existing = abs;
  while (!exists(existing) && existing !== path.dirname(existing)) existing = path.dirname(existing);
  const real = realPath(existing);
  return real && isWithin(root, real) ? abs : null;
}
function exists(abs) {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
async function planFixes(request, run = lint) {
  const cwd = request.cwd;
  const current = /* @__PURE__ */ new Map();
  const bom = /* @__PURE__ */ new Set();
  const refusedFiles = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Map();
  const applied = [];
  let skipped = [];
  const contents = () => new Map([...request.contents ?? [], ...[...current].map(([file, text]) => [path.resolve(cwd, file), text])]);
  let result = await run(request);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.report.findings.filter((f) => f.fix);
    skipped = [];
    if (fixable.length === 0) break;
    const linted = result;
    const outcome = applyFixes(fixable, {
      textOf: (file) => current.get(file) ?? linted.sources(file),
      refuse: (file, kind) => {
        const abs = inside(cwd, file);
        if (!abs) return `${file} is outside the working directory (or links out of it)`;
        if (kind === "create") return exists(abs) || created.has(file) ? `it creates ${file}, which already exists` : null;
        if (!refusedFiles.has(file)) {
          const disk = diskText(abs);
          const seen = linted.sources(file);
          let why = null;
          if ("refused" in disk) why = `${file}: ${disk.refused}`;
          else if (seen !== void 0 && disk.text === `\uFEFF${seen}`) bom.add(file);
          else if (seen !== void 0 && disk.text !== seen) why = `${file} changed on disk while it was linted`;
          refusedFiles.set(file, why);
        }
        return refusedFiles.get(file);
      }
    });
    skipped = outcome.skipped;
    if (outcome.applied.length === 0) break;
    const before = new Map(current);
    for (const [file, text] of outcome.files) current.set(file, text);
    const next = await run({ ...request, contents: contents() });
    if (next.report.findings.filter((f) => f.fix).length >= fixable.length) {
      current.clear();
      for (const [file, text] of before) current.set(file, text);
      skipped = [...outcome.applied.map((finding) => ({ finding, reason: "applying it did not remove the finding" })), ...outcome.skipped];
      break;
    }
    for (const [file, text] of outcome.newFiles) created.set(file, text);
    applied.push(...outcome.applied);
    result = next;
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [file, text] of current) {
    const original = diskText(path.resolve(cwd, file));
    const after = (bom.has(file) ? "\uFEFF" : "") + text;
    const before = "text" in original ? original.text : "";
    if (before !== after) changed.set(file, { before, after });
  }
  return { changed, created, applied, skipped, remaining: result };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function gitPrefix(cwd) {
  try {
    return runGit(cwd, ["rev-parse", "--show-prefix"], { stderr: "ignore" }).trim();
  } catch {
    return "";
  }
}
function planDiff(plan, prefix = "") {
  const parts = [...plan.changed].sort(([a], [b]) => a < b ? -1 : 1).map(([file, { before, after }]) => unifiedDiff(prefix + file, before, after));
  for (const [file, text] of [...plan.created].sort(([a], [b]) => a < b ? -1 : 1)) parts.push(unifiedDiff(prefix + file, null, text));
  return parts.join("");
}
function writePlan(cwd, plan) {
  for (const [file, { after }] of plan.changed) writeFileSync(path.resolve(cwd, file), after);
  for (const [file, text] of plan.created) {
    const abs = path.resolve(cwd, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text, { flag: "wx" });
  }
}
async function fixCli(o) {
  const plan = await planFixes(o.request);
  const say = o.dryRun ? o.err : o.out;
  if (o.dryRun) {
    o.out(planDiff(plan, gitPrefix(o.request.cwd)));
  } else {
    writePlan(o.request.cwd, plan);
  }
  const verb = o.dryRun ? "would fix" : "fixed";
  for (const f of plan.applied) say(`${verb} ${escapeControl(f.file)}:${f.line} [${f.ruleId}] ${escapeControl(f.fix.title)}
`);
  for (const file of plan.created.keys()) say(`${o.dryRun ? "would create" : "created"} ${escapeControl(file)}
`);
  if (plan.applied.length) say("\n");
  const report = o.show(plan.remaining.report);
  if (report.findings.length || plan.remaining.report.summary.files > 0) say(renderText(report, { color: o.color, sources: plan.remaining.sources }));
  for (const s of plan.skipped) say(`not fixed ${escapeControl(s.finding.file)}:${s.finding.line} [${s.finding.ruleId}]: ${escapeControl(s.reason)}
`);
  const files = (/* @__PURE__ */ new Set([...plan.changed.keys(), ...plan.created.keys()])).size;
  const left = report.findings.length;
  say(`migration-guard: ${verb} ${plural(plan.applied.length, "finding")} in ${plural(files, "file")}; ${plural(left, "finding")} left${left ? " (no exact fix: see the safe alternatives above)" : ""}
`);
  if (plan.remaining.report.summary.files === 0) o.err("migration-guard: no migration files found (pass paths, or set `migrations:` in .migration-guard.yml)\n");
  return o.exitCode(plan.remaining.report);
}
export {
  fixCli,
  gitPrefix,
  planDiff,
  planFixes,
  writePlan
};
