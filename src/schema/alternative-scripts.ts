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
  // Table → the plain scripts that created it since it was last really dropped, and their directories
  // (an install script's own `DROP TABLE IF EXISTS t; CREATE TABLE t` keeps the earlier ones: it re-creates the same table).
  const createdBy = new Map<string, { by: Migration; dir: string }[]>();
  const dirOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);
  for (const m of migrations) {
    const dir = dirOf(m.file);
    const plainScript = m.framework === 'sql' && (m.layout ?? 'plain') === 'plain';
    const creates = new Set<string>();
    // Checked against what came before this migration.
    for (const op of m.up) {
      if (op.kind !== 'createTable' || op.ifNotExists) continue;
      creates.add(op.table);
      for (const earlier of createdBy.get(op.table) ?? []) if (earlier.dir !== dir) out.add(earlier.by);
    }
    for (const op of m.up) {
      if ((op.kind === 'dropTable' || op.kind === 'renameTable') && !creates.has(op.table)) createdBy.delete(op.table);
      else if (op.kind === 'createTable' && !op.ifNotExists) {
        if (!plainScript) createdBy.delete(op.table);
        else if (!(createdBy.get(op.table) ?? []).some((e) => e.by === m)) createdBy.set(op.table, [...(createdBy.get(op.table) ?? []), { by: m, dir }]);
      }
    }
  }
  return out;
}
