/**
 * Cheap detection without parsing: a Rails migration is `db/migrate/<timestamp>_name.rb` (or a
 * second database's `db/<name>_migrate/`) defining `class X < ActiveRecord::Migration[x.y]`.
 */
// Leading blanks of the line only: `^\s*` with /m rescans every following blank line from every line start (quadratic).
export function isRailsMigrationFile(path: string, text: string): boolean {
  return /(^|[\\/])db[\\/](\w+_)?migrate[\\/]\d+_\w+\.rb$/.test(path) && /^[^\S\n\r\u2028\u2029]*class\s+[\w:]+\s*<\s*ActiveRecord::Migration\b/m.test(text);
}

/** `db/migrate/20240101120000_add_x.rb` → the timestamp (Rails' version) and the name. */
export function railsNames(path: string): { version: string; name: string } {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  const m = /^(\d+)_(.*)\.rb$/.exec(base);
  return m ? { version: m[1]!, name: m[2]! } : { version: base, name: base };
}

/**
 * strong_migrations' settings that change how migrations run, read from
 * `config/initializers/strong_migrations.rb` (never loaded, only read): `StrongMigrations.lock_timeout = 10.seconds`
 * makes it `SET lock_timeout` on the connection before every migration.
 */
export function strongMigrationsSettings(text: string): { lockTimeout: boolean } {
  const m = /^[ \t]*StrongMigrations\.lock_timeout\s*=\s*([^\n#]+)/m.exec(text);
  const value = m?.[1]?.trim() ?? '';
  // nil and 0 mean no timeout.
  return { lockTimeout: value !== '' && !/^(nil|0+(\.0+)?(\.\w+)?|["']0\w*["'])$/.test(value) };
}

/** Where a Rails app keeps that initializer, from a migrations directory (`db/migrate`, `db/<name>_migrate`). */
export function strongMigrationsInitializer(migrationsDir: string): string {
  return migrationsDir.replace(/[\\/]db[\\/](\w+_)?migrate$/, '') + '/config/initializers/strong_migrations.rb';
}
