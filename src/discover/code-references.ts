import path from 'node:path';
import type { Migration } from '../ir.js';
import { referenceTargets, searchReferences, type CodeIndex } from '../schema/references.js';
import { timed } from '../timing.js';
import type { DiscoveredMigration } from './index.js';

/**
 * The old names of every column/table the change drops or renames are collected up front; the
 * repository is scanned once, on the first rule that asks, and only when there is a name to look
 * for (a rule turned off never pays for the scan).
 */
export function codeReferences(req: { cwd: string; code: { include: string[]; exclude: string[] }; stats?: string | null }, found: DiscoveredMigration[], migrations: Migration[]): Pick<CodeIndex, 'references' | 'total'> {
  const { targets, columnOwners, models } = referenceTargets(migrations);
  if (targets.length === 0) return { references: () => [], total: () => 0 };
  // Migration files and their directories name every object by design; a migration at the top
  // level skips only itself, never the whole tree.
  const skip = new Set<string>();
  for (const d of found) {
    skip.add(d.file);
    if (d.downFile) skip.add(d.downFile);
    // A Django migration's root is its app, whose models.py and views are application code: only
    // the migrations package is skipped.
    const root = d.framework === 'django' ? [] : [path.relative(req.cwd, d.root).split(path.sep).join('/')];
    for (const dir of [path.posix.dirname(d.file), ...root]) {
      if (dir && dir !== '.' && !dir.startsWith('..')) skip.add(dir);
    }
  }
  // The statistics snapshot quotes production's queries: not code to change (breaks-app-query uses them).
  if (req.stats) skip.add(path.posix.normalize(req.stats.split(path.sep).join('/')));
  let index: CodeIndex | null = null;
  const get = () =>
    (index ??= timed('reference scan', () => searchReferences(targets, { cwd: req.cwd, include: req.code.include, exclude: req.code.exclude, skip: [...skip], columnOwners, models })));
  return { references: (id) => get().references(id), total: (id) => get().total(id) };
}
