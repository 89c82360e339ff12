/**
 * Versions of new migrations that exact fixes add (a VALIDATE moved to a later migration), for
 * every front end that numbers its files: the version sorts after every migration of the
 * directory (Migration.siblings, from discovery), with the latest one's width and format, and
 * fixes of several migrations under test in one directory take distinct versions. Deterministic:
 * the same input gives the same file names (never the clock).
 */
import type { Migration, Op } from '../ir.js';

/** How a directory's migration ids carry their versions. */
export interface VersionScheme {
  /** The version in a migration id, as written; null when the id has none. */
  versionOf(id: string): string | null;
  /** The runner compares versions as numbers (a longer number sorts last), not as text. */
  numericOrder: boolean;
  /** Versions are dotted (`1.2.10`, Flyway): compared and bumped by their last part. */
  dotted?: boolean;
}

/**
 * Ops whose fix may add a migration after this one (constraint-not-valid, set-not-null,
 * add-column-volatile-default): each is given a version of its own, whether or not its fix exists.
 */
export function mayAddMigration(op: Op): boolean {
  return op.kind === 'setNotNull' || (op.kind === 'addConstraint' && !op.constraint.notValid) || (op.kind === 'addColumn' && op.column.default !== null);
}

/**
 * Sets `newVersionsTaken` on the migrations under test (in run order): the versions that the
 * fixes of the earlier ones of the same directory (same `siblings` listing) may take.
 */
export function reserveNewVersions(migrations: readonly Migration[]): void {
  const taken = new Map<readonly string[], number>();
  for (const m of migrations) {
    if (!m.isNew || !m.siblings) continue;
    const before = taken.get(m.siblings) ?? 0;
    m.newVersionsTaken = before;
    taken.set(m.siblings, before + m.up.filter(mayAddMigration).length);
  }
}

const stepsOf = new WeakMap<readonly Op[], Map<Op, number>>();

/** 1 for the first op of `ops` that may add a migration, 2 for the second...: its own new version. */
export function newMigrationStep(op: Op, ops: readonly Op[]): number {
  let steps = stepsOf.get(ops);
  if (!steps) {
    steps = new Map();
    let step = 1;
    for (const o of ops) {
      steps.set(o, step);
      if (mayAddMigration(o)) step++;
    }
    stepsOf.set(ops, steps);
  }
  return steps.get(op) ?? 1;
}

/**
 * The version of the `step`th new migration after the latest of `m`'s directory, past the ones
 * earlier migrations under test reserved; null when the directory's versions cannot be told (no
 * listing, an id without a version, `m` not in it) or the result would not sort last.
 */
export function nextVersion(scheme: VersionScheme, m: Migration, step: number): string | null {
  if (!m.siblings) return null;
  const latest = latestVersion(scheme, m.siblings);
  if (latest === null || !latest.ids.has(m.id)) return null;
  return bump(scheme, latest.version, (m.newVersionsTaken ?? 0) + step);
}

/** The numeric parts a version compares by (dotted: each part; a date's dashes dropped). */
function parts(scheme: VersionScheme, v: string): bigint[] {
  if (scheme.dotted) return v.split(/[._]/).map((p) => BigInt(p));
  return [BigInt(v.replace(/-/g, ''))];
}

function compare(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** `YYYYMMDDHHMMSS` (or diesel's `YYYY-MM-DD-HHMMSS`) as a UTC time, when it is a real one. */
function timestampOf(v: string): Date | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})-?(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m || (v.includes('-') !== /^\d{4}-\d{2}-\d{2}-\d{6}$/.test(v))) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === s;
  return same && y >= 1970 ? date : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `v` moved on by `step`: a timestamp by `step` seconds (in its own format), a number by `step`
 * with its zero padding kept, a dotted version by its last part. null when the result would be
 * longer than `v` where the runner compares versions as text (it would sort first).
 */
function bump(scheme: VersionScheme, v: string, step: number): string | null {
  const time = timestampOf(v);
  if (time) {
    const t = new Date(time.getTime() + step * 1000);
    const date = [t.getUTCFullYear(), pad(t.getUTCMonth() + 1), pad(t.getUTCDate())];
    const clock = `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`;
    return v.includes('-') ? `${date.join('-')}-${clock}` : `${date.join('')}${clock}`;
  }
  if (v.includes('-')) return null;
  const lastPart = /(\d+)$/.exec(v)!;
  const head = v.slice(0, lastPart.index);
  const n = (BigInt(lastPart[1]!) + BigInt(step)).toString().padStart(lastPart[1]!.length, '0');
  if (n.length > lastPart[1]!.length && !scheme.numericOrder) return null;
  return head + n;
}

const latestOf = new WeakMap<readonly string[], { version: string; ids: Set<string> } | null>();

/** The highest version of a directory's listing (read once per listing); null when an id has none. */
function latestVersion(scheme: VersionScheme, siblings: readonly string[]): { version: string; ids: Set<string> } | null {
  if (latestOf.has(siblings)) return latestOf.get(siblings)!;
  let latest: { version: string; parts: bigint[] } | null = null;
  for (const id of siblings) {
    const v = scheme.versionOf(id);
    if (v === null) {
      latest = null;
      break;
    }
    const p = parts(scheme, v);
    if (latest === null || compare(p, latest.parts) > 0) latest = { version: v, parts: p };
  }
  const result = latest ? { version: latest.version, ids: new Set(siblings) } : null;
  latestOf.set(siblings, result);
  return result;
}
