import { UsageError } from '../errors.js';
import type { Severity } from '../ir.js';

/**
 * Size tiers (config `tiers:`), GitLab-style: a table is small, medium, large... by its rows or
 * bytes in the production snapshot, and a lock finding's severity follows its table's tier.
 * A tier matches when every bound it sets holds; the first matching tier (in the config's order)
 * applies. `severity` sets the finding's level; `raise` / `lower` move it one level.
 */
export interface ResolvedTier {
  name: string;
  minRows: number | null;
  maxRows: number | null;
  minBytes: number | null;
  maxBytes: number | null;
  severity: Severity | null;
  /** +1 raise, -1 lower, 0 neither. */
  shift: -1 | 0 | 1;
}

/** The config file's form of a tier (validated by the zod schema, resolved here). */
export interface TierSetting {
  minRows?: number;
  maxRows?: number;
  minBytes?: number | string;
  maxBytes?: number | string;
  severity?: Severity;
  raise?: boolean;
  lower?: boolean;
}

const BYTE_UNITS: Record<string, number> = {
  b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
};

/** "10GB", "500 MB", "1.5GiB", 4096 → bytes; null when the text is not a size. */
export function parseBytes(v: number | string): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  // Trimmed first: `\s*(unit)?\s*$` split a whitespace run every way (quadratic).
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?$/i.exec(v.trim());
  if (!m) return null;
  return Number(m[1]) * BYTE_UNITS[(m[2] ?? 'b').toLowerCase()]!;
}

/** "2s", "500ms", "1.5min", "1h" → milliseconds; null when the text is not a duration. */
export function parseDurationMs(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|sec|min|m|h)?$/i.exec(v.trim());
  if (!m) return null;
  const factor: Record<string, number> = { ms: 1, s: 1000, sec: 1000, min: 60_000, m: 60_000, h: 3_600_000 };
  return Number(m[1]) * factor[(m[2] ?? 'ms').toLowerCase()]!;
}

/** Checks and resolves the config's tiers; a bad one is a UsageError naming `tiers.<name>.<key>`. */
export function resolveTiers(tiers: Record<string, TierSetting> | undefined, source: string | null): ResolvedTier[] {
  const where = source ?? 'config';
  return Object.entries(tiers ?? {}).map(([name, t]) => {
    const bytes = (key: 'minBytes' | 'maxBytes') => {
      const v = t[key];
      if (v === undefined) return null;
      const n = parseBytes(v);
      if (n === null) throw new UsageError(`${where}: 'tiers.${name}.${key}': '${v}' is not a size (use e.g. 10GB, 500MB, 1GiB or a number of bytes)`);
      return n;
    };
    const actions = [t.severity !== undefined, t.raise === true, t.lower === true].filter(Boolean).length;
    if (actions !== 1) throw new UsageError(`${where}: 'tiers.${name}': set exactly one of severity, raise: true or lower: true`);
    const resolved: ResolvedTier = {
      name,
      minRows: t.minRows ?? null,
      maxRows: t.maxRows ?? null,
      minBytes: bytes('minBytes'),
      maxBytes: bytes('maxBytes'),
      severity: t.severity ?? null,
      shift: t.raise ? 1 : t.lower ? -1 : 0,
    };
    if (resolved.minRows === null && resolved.maxRows === null && resolved.minBytes === null && resolved.maxBytes === null) {
      throw new UsageError(`${where}: 'tiers.${name}': needs a bound (minRows, maxRows, minBytes or maxBytes)`);
    }
    return resolved;
  });
}

/** The first tier a table of this size falls in, or null. */
export function tierOf(tiers: readonly ResolvedTier[], table: { rows: number; bytes: number }): ResolvedTier | null {
  return (
    tiers.find(
      (t) =>
        (t.minRows === null || table.rows >= t.minRows) &&
        (t.maxRows === null || table.rows <= t.maxRows) &&
        (t.minBytes === null || table.bytes >= t.minBytes) &&
        (t.maxBytes === null || table.bytes <= t.maxBytes),
    ) ?? null
  );
}

const ORDER: Severity[] = ['info', 'warning', 'error'];

/** A finding's severity under its table's tier. */
export function tieredSeverity(severity: Severity, tier: ResolvedTier): Severity {
  if (tier.severity) return tier.severity;
  const i = ORDER.indexOf(severity) + tier.shift;
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, i))]!;
}
