/**
 * Cheap detection without parsing: a Rails migration is `db/migrate/<timestamp>_name.rb` (or a
 * second database's `db/<name>_migrate/`) defining `class X < ActiveRecord::Migration[x.y]`.
 */
export function isRailsMigrationFile(path: string, text: string): boolean {
  return /(^|[\\/])db[\\/](\w+_)?migrate[\\/]\d+_\w+\.rb$/.test(path) && /^\s*class\s+[\w:]+\s*<\s*ActiveRecord::Migration\b/m.test(text);
}

/** `db/migrate/20240101120000_add_x.rb` → the timestamp (Rails' version) and the name. */
export function railsNames(path: string): { version: string; name: string } {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  const m = /^(\d+)_(.*)\.rb$/.exec(base);
  return m ? { version: m[1]!, name: m[2]! } : { version: base, name: base };
}
