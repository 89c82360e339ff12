/**
 * Cheap detection without parsing: a Django migration lives in an app's `migrations/` package and
 * defines `class Migration(migrations.Migration)` (or any base ending in `Migration`).
 */
export function isDjangoMigrationFile(path: string, text: string): boolean {
  return /(^|[\\/])migrations[\\/][^\\/]+\.py$/.test(path) && !/__init__\.py$/.test(path) && /^class\s+Migration\s*\(\s*[\w.]*Migration\s*\)\s*:/m.test(text);
}

/** `<app>/migrations/<name>.py` → the app label (the package's directory name) and the migration name. */
export function djangoNames(path: string): { app: string; name: string } {
  const parts = path.replace(/\\/g, '/').split('/');
  const name = (parts[parts.length - 1] ?? '').replace(/\.py$/, '');
  const app = parts[parts.length - 3] ?? 'app';
  return { app, name };
}
