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

/**
 * The app labels a migration's `dependencies` name, read from the text without parsing (discovery
 * uses it to bring in other apps' migrations as history). `swappable` is set when it depends on
 * `settings.AUTH_USER_MODEL`, whose app only the settings say.
 */
export function djangoDependencyApps(text: string): { apps: string[]; swappable: boolean } {
  const start = /^[ \t]+dependencies\s*=\s*[[(]/m.exec(text);
  if (!start) return { apps: [], swappable: false };
  // The list ends at its matching bracket; strings cannot hold brackets in a dependency pair.
  let depth = 0;
  let end = text.length;
  for (let i = start.index + start[0].length - 1; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') {
      depth--;
      if (depth === 0) {
        end = i;
        break;
      }
    }
  }
  const body = text.slice(start.index, end);
  const apps = new Set<string>();
  for (const m of body.matchAll(/\(\s*(?:u|r)?['"]([\w.]+)['"]\s*,\s*(?:u|r)?['"][^'"\n]+['"]\s*,?\s*\)/g)) apps.add(m[1]!);
  const swappable = /swappable_dependency\s*\(\s*settings\.AUTH_USER_MODEL\s*\)/.test(body);
  for (const m of body.matchAll(/swappable_dependency\s*\(\s*['"](\w+)\.\w+['"]\s*\)/g)) apps.add(m[1]!);
  return { apps: [...apps], swappable };
}
