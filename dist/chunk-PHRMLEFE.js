#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  UsageError
} from "./chunk-Q65SN5IE.js";

// src/stats/tiers.ts
var BYTE_UNITS = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
  tib: 1024 ** 4
};
function parseBytes(v) {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : null;
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?$/i.exec(v.trim());
  if (!m) return null;
  return Number(m[1]) * BYTE_UNITS[(m[2] ?? "b").toLowerCase()];
}
function parseDurationMs(v) {
  if (typeof v === "number") return Number.isFinite(v) && v >= 0 ? v : null;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/i.exec(v.trim());
  if (!m) return null;
  const factor = { ms: 1, s: 1e3, sec: 1e3, min: 6e4, m: 6e4, h: 36e5 };
  return Number(m[1]) * factor[(m[2] ?? "ms").toLowerCase()];
}
function resolveTiers(tiers, source) {
  const where = source ?? "config";
  return Object.entries(tiers ?? {}).map(([name, t]) => {
    const bytes = (key) => {
      const v = t[key];
      if (v === void 0) return null;
      const n = parseBytes(v);
      if (n === null) throw new UsageError(`${where}: 'tiers.${name}.${key}': '${v}' is not a size (use e.g. 10GB, 500MB, 1GiB or a number of bytes)`);
      return n;
    };
    const actions = [t.severity !== void 0, t.raise === true, t.lower === true].filter(Boolean).length;
    if (actions !== 1) throw new UsageError(`${where}: 'tiers.${name}': set exactly one of severity, raise: true or lower: true`);
    const resolved = {
      name,
      minRows: t.minRows ?? null,
      maxRows: t.maxRows ?? null,
      minBytes: bytes("minBytes"),
      maxBytes: bytes("maxBytes"),
      severity: t.severity ?? null,
      shift: t.raise ? 1 : t.lower ? -1 : 0
    };
    if (resolved.minRows === null && resolved.maxRows === null && resolved.minBytes === null && resolved.maxBytes === null) {
      throw new UsageError(`${where}: 'tiers.${name}': needs a bound (minRows, maxRows, minBytes or maxBytes)`);
    }
    return resolved;
  });
}
function tierOf(tiers, table) {
  return tiers.find(
    (t) => (t.minRows === null || table.rows >= t.minRows) && (t.maxRows === null || table.rows <= t.maxRows) && (t.minBytes === null || table.bytes >= t.minBytes) && (t.maxBytes === null || table.bytes <= t.maxBytes)
  ) ?? null;
}
var ORDER = ["info", "warning", "error"];
function tieredSeverity(severity, tier) {
  if (tier.severity) return tier.severity;
  const i = ORDER.indexOf(severity) + tier.shift;
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i))];
}

export {
  parseBytes,
  parseDurationMs,
  resolveTiers,
  tierOf,
  tieredSeverity
};
