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

/** strong_migrations' settings that change how migrations run or which of them it checks. */
export interface StrongMigrationsSettings {
  /** `StrongMigrations.lock_timeout`: it runs `SET lock_timeout` on the connection before every migration. */
  lockTimeout: boolean;
  /** `StrongMigrations.start_after`: migrations with a version up to this one are not checked. */
  startAfter: string | null;
  /**
   * `StrongMigrations.target_version`: the database version it judges safety for (PostgreSQL
   * `10`, MySQL `"8.0.12"`, MariaDB `"10.3.2"`); a hash gives one per database (`{primary: 13,
   * animals: 15}`).
   */
  targetVersion: string | Record<string, string> | null;
}

/** The value assigned to `StrongMigrations.<name>` (the last assignment wins, as in Ruby), or null. */
function assigned(text: string, name: string): string | null {
  const re = new RegExp(`^[ \\t]*StrongMigrations\\.${name}\\s*=\\s*`, 'gm');
  let value: string | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    // A hash may span lines; anything else ends with the line (or a comment).
    const hash = rest.startsWith('{') ? /^\{[^{}]*\}/.exec(rest) : null;
    value = hash ? hash[0] : (/^[^\n#]*/.exec(rest)?.[0] ?? '').trim();
  }
  return value;
}

/**
 * A Ruby literal naming a version or a migration timestamp: `10`, `10.5`, `"8.0.12"`,
 * `20_230_101_000_000`; a trailing `if`/`unless` modifier (production-only settings) is ignored.
 * Anything computed (`ENV["…"]`, a constant) is null: it cannot be known without running the app.
 */
function literal(value: string): string | null {
  const m = /^(?:(\d[\d_]*(?:\.\d+)?)|(["'])(\d+(?:\.\d+){0,2})\2)\s*(?:(?:if|unless)\b.*)?$/.exec(value.trim());
  if (!m) return null;
  return (m[1] ?? m[3]!).replace(/_/g, '');
}

/**
 * strong_migrations' settings, read from `config/initializers/strong_migrations.rb` (never
 * loaded, only read).
 */
export function strongMigrationsSettings(text: string): StrongMigrationsSettings {
  const timeout = assigned(text, 'lock_timeout') ?? '';
  // nil and 0 mean no timeout.
  const lockTimeout = timeout !== '' && !/^(nil|0+(\.0+)?(\.\w+)?|["']0\w*["'])$/.test(timeout);
  const start = assigned(text, 'start_after');
  const startAfter = start === null ? null : literal(start);
  const target = assigned(text, 'target_version');
  let targetVersion: StrongMigrationsSettings['targetVersion'] = null;
  if (target?.startsWith('{')) {
    const perDatabase: Record<string, string> = {};
    // `primary: 13`, `:primary => 13`, `"primary" => 13`
    for (const e of target.slice(1, -1).replace(/#[^\n]*/g, '').split(',')) {
      const kv = /^\s*(?::?(\w+):|:(\w+)\s*=>|(["'])(\w+)\3\s*=>)\s*(.+?)\s*$/.exec(e);
      const v = kv ? literal(kv[5]!) : null;
      if (kv && v) perDatabase[kv[1] ?? kv[2] ?? kv[4]!] = v;
    }
    targetVersion = Object.keys(perDatabase).length ? perDatabase : null;
  } else if (target !== null) targetVersion = literal(target);
  return { lockTimeout, startAfter, targetVersion };
}

/**
 * The target version for the migrations of one directory: a hash is keyed by the database's name,
 * whose migrations Rails keeps in `db/<name>_migrate` (`primary`: `db/migrate`).
 */
export function targetVersionFor(settings: StrongMigrationsSettings, migrationsDir: string): string | null {
  const t = settings.targetVersion;
  if (t === null || typeof t === 'string') return t;
  const db = /[\\/]db[\\/](?:(\w+)_)?migrate$/.exec(migrationsDir)?.[1] ?? 'primary';
  return t[db] ?? null;
}

/** Where a Rails app keeps that initializer, from a migrations directory (`db/migrate`, `db/<name>_migrate`). */
export function strongMigrationsInitializer(migrationsDir: string): string {
  return migrationsDir.replace(/[\\/]db[\\/](\w+_)?migrate$/, '') + '/config/initializers/strong_migrations.rb';
}
