import type { Migration } from '../ir.js';

/**
 * Hand-written SQL scripts (the `plain` layout) that cannot share a history with the migrations
 * after them: a later migration in another directory creates one of their tables again with a
 * plain CREATE TABLE (no IF NOT EXISTS), with no drop of it in between, which fails on a database
 * where the script ran. Such a script is an alternative path (a full install script beside the
 * upgrade patches, a schema snapshot), so it is judged on its own schema, not replayed into the
 * history of the others. A directory's own scripts never mark each other. Linear in the ops.
 */
export function alternativeScripts(migrations: readonly Migration[]): Set<Migration> {
  const out = new Set<Migration>();
  // Table → the plain script that last created it and the directory it is in.
  const createdBy = new Map<string, { by: Migration; dir: string }>();
  const dirOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of migrations) {
    const dir = dirOf(m.file);
    const plainScript = m.framework === 'sql' && (m.layout ?? 'plain') === 'plain';
    // Checked against what came before this migration: its own `DROP TABLE IF EXISTS t; CREATE TABLE t`
    // is the idiom of an install script, not a drop between the two.
    for (const op of m.up) {
      if (op.kind !== 'createTable' || op.ifNotExists) continue;
      const earlier = createdBy.get(op.table);
      if (earlier && earlier.dir !== dir && earlier.by !== m) out.add(earlier.by);
    }
    for (const op of m.up) {
      if (op.kind === 'dropTable' || op.kind === 'renameTable') createdBy.delete(op.table);
      else if (op.kind === 'createTable' && !op.ifNotExists) {
        if (plainScript) createdBy.set(op.table, { by: m, dir });
        else createdBy.delete(op.table);
      }
    }
  }
  return out;
}
