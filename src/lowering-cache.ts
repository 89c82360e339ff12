import crypto, { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Migration } from './ir.js';
import type { FileTask } from './parse/frontend.js';

/**
 * A cache of lowered history migrations, so a pull request over a long history lowers only the
 * files it changes. An entry is keyed by a hash of the tool's build and the whole front-end task
 * (path, text, down file's text, dialect, layout, MySQL server, discovery's flags): any change to
 * any of them is a miss. It lives outside the repository (`MIGRATION_GUARD_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/migration-guard`, else `~/.cache/migration-guard`); `MIGRATION_GUARD_CACHE=off`
 * turns it off. A cache that cannot be read, is corrupt or has the wrong shape is ignored, and
 * one that cannot be written is skipped: the cache can make a run faster, never different.
 */

/** Set by scripts/bundle.mjs: package version plus a hash of the sources the bundle was built from. */
declare const __MIGRATION_GUARD_BUILD__: string | undefined;

const FORMAT = 1;

/**
 * The build id. An unbundled run (tsx, jest) has none, because its code may change without the
 * version moving: there the cache is used only when MIGRATION_GUARD_CACHE_DIR names a directory.
 */
export function buildId(): string | null {
  return typeof __MIGRATION_GUARD_BUILD__ === 'string' ? __MIGRATION_GUARD_BUILD__ : null;
}

/** Where the cache lives, or null when it is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if ((env.MIGRATION_GUARD_CACHE ?? '').toLowerCase() === 'off') return null;
  if (env.MIGRATION_GUARD_CACHE_DIR) return path.resolve(env.MIGRATION_GUARD_CACHE_DIR);
  if (buildId() === null) return null;
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'migration-guard');
  const home = os.homedir();
  return home ? path.join(home, '.cache', 'migration-guard') : null;
}

export interface LoweringCache {
  /** The cached lowering of a history file's task, or null (a miss). Each call returns fresh objects. */
  get(task: FileTask): Migration[] | null;
  /** Records what the front end produced for a history file (serialized now: later edits do not leak in). */
  put(task: FileTask, migrations: Migration[]): void;
  /** Writes the entries used by this run (atomically); never throws. */
  save(): void;
  readonly stats: { hits: number; misses: number };
}

// One-shot crypto.hash (Node ≥ 20.12) is about twice as fast as a Hash object for short texts.
const hash: (s: string) => string =
  typeof crypto.hash === 'function' ? (s) => crypto.hash('sha256', s, 'hex') : (s) => createHash('sha256').update(s).digest('hex');

/**
 * Opens the cache for one run. `scope` names the run (working directory, dialect, server) so that
 * runs on different repositories or settings keep their own file; entries are keyed by content.
 */
export function openLoweringCache(scope: string, options: { env?: NodeJS.ProcessEnv; build?: string } = {}): LoweringCache | null {
  const dir = cacheDir(options.env ?? process.env);
  if (!dir) return null;
  const build = options.build ?? buildId() ?? 'unbundled';
  const file = path.join(dir, `lowered-${hash(`${build}\0${scope}`).slice(0, 32)}.json`);
  const stored = readPack(file, build);
  const used = new Map<string, string>();
  let added = 0;
  const stats = { hits: 0, misses: 0 };
  const keyOf = (task: FileTask) => hash(`${build}\0${JSON.stringify(task)}`);
  return {
    stats,
    get(task) {
      const key = keyOf(task);
      const text = stored.get(key);
      const migrations = text === undefined ? null : decodeEntry(text, task);
      if (!migrations) {
        stats.misses++;
        return null;
      }
      used.set(key, text!);
      stats.hits++;
      return migrations;
    },
    put(task, migrations) {
      if (!migrations.every((m) => !m.isNew && m.file === task.file.path) || !isPlainTree(migrations)) return;
      used.set(keyOf(task), JSON.stringify(migrations));
      added++;
    },
    save() {
      // Nothing new and nothing to drop: the file on disk is already this run's cache.
      if (added === 0 && used.size === stored.size) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        // Each entry is kept as its JSON text: a hit is parsed once, and saving never re-serializes
        // objects the run may have changed since.
        const payload = JSON.stringify(Object.fromEntries(used));
        const header = JSON.stringify({ format: FORMAT, build, sha256: hash(payload), count: used.size });
        const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
        try {
          writeFileSync(tmp, `${header}\n${payload}`, { mode: 0o600 });
          renameSync(tmp, file);
        } catch {
          rmSync(tmp, { force: true });
        }
      } catch {
        // An unwritable cache directory only costs the next run its speed.
      }
    },
  };
}

/** The stored entries (key → serialized migrations); empty when the file is missing, corrupt or from another build. */
function readPack(file: string, build: string): Map<string, string> {
  const out = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return out;
  }
  try {
    const nl = text.indexOf('\n');
    if (nl < 0) return out;
    const header = JSON.parse(text.slice(0, nl)) as unknown;
    const payload = text.slice(nl + 1);
    if (!header || typeof header !== 'object') return out;
    const h = header as { format?: unknown; build?: unknown; sha256?: unknown };
    // A truncated or altered file fails the checksum; another build's file is never trusted.
    if (h.format !== FORMAT || h.build !== build || h.sha256 !== hash(payload)) return out;
    const entries = JSON.parse(payload) as unknown;
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return out;
    for (const [k, v] of Object.entries(entries as Record<string, unknown>)) {
      if (/^[0-9a-f]{64}$/.test(k) && typeof v === 'string') out.set(k, v);
    }
  } catch {
    out.clear();
  }
  return out;
}

/** A stored entry back as migrations, or null when its shape is not that of this task's lowering. */
function decodeEntry(text: string, task: FileTask): Migration[] | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length === 0) return null;
  for (const m of value as Record<string, unknown>[]) {
    if (!m || typeof m !== 'object') return null;
    if (m.file !== task.file.path || m.isNew !== false || m.dialect !== task.dialect) return null;
    if (typeof m.id !== 'string' || typeof m.framework !== 'string' || typeof m.order !== 'string') return null;
    if (typeof m.transactional !== 'boolean' || typeof m.expectsDown !== 'boolean') return null;
    if (!Array.isArray(m.up) || !(m.down === null || Array.isArray(m.down))) return null;
    for (const op of [...(m.up as unknown[]), ...((m.down as unknown[] | null) ?? [])]) {
      if (!op || typeof op !== 'object' || typeof (op as { kind?: unknown }).kind !== 'string') return null;
      const loc = (op as { loc?: unknown }).loc as { file?: unknown; line?: unknown } | undefined;
      if (!loc || typeof loc.file !== 'string' || typeof loc.line !== 'number') return null;
    }
  }
  return value as Migration[];
}

/**
 * Whether JSON round-trips the value exactly: plain objects, arrays, strings, finite numbers,
 * booleans and null, each object reached once (a shared or cyclic reference would come back as
 * copies). Anything else (Map, Set, class instance, function, bigint) makes the entry uncacheable.
 */
export function isPlainTree(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object') return false;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.every((v) => v !== undefined && isPlainTree(v, seen));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const v of Object.values(value)) {
    // An undefined property is dropped by JSON; it reads the same either way.
    if (v !== undefined && !isPlainTree(v, seen)) return false;
  }
  return true;
}
