import path from 'node:path';
import type { Migration } from '../../ir.js';

/**
 * Sets `rails.latestInDirectory` on every Rails migration: the greatest version of the Rails
 * migrations found in its directory, so a fix that adds a migration can give it a version that
 * runs after all of them (as `rails generate migration` does). Linear in the number of migrations.
 */
export function markLatestRailsVersions(migrations: readonly Migration[]): void {
  const latest = new Map<string, bigint>();
  for (const m of migrations) {
    if (m.framework !== 'rails' || !/^\d+$/.test(m.id)) continue;
    const dir = path.posix.dirname(m.file);
    const version = BigInt(m.id);
    const seen = latest.get(dir);
    if (seen === undefined || seen < version) latest.set(dir, version);
  }
  for (const m of migrations) {
    const found = m.framework === 'rails' && m.rails ? latest.get(path.posix.dirname(m.file)) : undefined;
    if (found !== undefined) m.rails!.latestInDirectory = String(found);
  }
}
