import path from 'node:path';
import { djangoDependencyApps, isDjangoMigrationFile } from '../parse/django/detect.js';
import { toPosix, walk } from './files.js';

/**
 * Django's history is a graph across apps: a migration of `shop` can depend on `('accounts',
 * '0003_x')`, whose app lives in another folder that the paths given (a named file, one app's
 * directory) did not bring in. Without it the model state is missing (a foreign key's target
 * table, its column type), so those apps' migrations are added as history, following
 * `dependencies` transitively. An app is found in the repository as `<label>/migrations/__init__.py`.
 */

/** The app label of a migration file (`<app>/migrations/<name>.py`) and its app's migrations folder. */
function appOf(abs: string): { label: string; dir: string } {
  const dir = path.dirname(abs);
  return { label: path.basename(path.dirname(dir)), dir };
}

const MIGRATION_PY = /[\\/]migrations[\\/][^\\/]+\.py$/;

/** django.contrib apps: installed with Django, never in the repository, so never worth a walk of it. */
const CONTRIB_APPS = new Set(['admin', 'auth', 'contenttypes', 'sessions', 'sites', 'messages', 'staticfiles', 'flatpages', 'redirects', 'sitemaps', 'gis', 'postgres', 'humanize', 'syndication', 'admindocs']);

/** `AUTH_USER_MODEL = 'accounts.User'` in a settings module, read as text (never imported). */
const USER_MODEL_SETTING = /^\s*AUTH_USER_MODEL\s*=\s*['"](\w+)\.(\w+)['"]/m;
/** Settings modules by name: `settings.py`, `settings_prod.py`, `settings/base.py`. */
const SETTINGS_FILE = /(^|[\\/])settings([\\/][^\\/]+|[^\\/]*)\.py$/;

/**
 * The swappable user model the project's settings name (`AUTH_USER_MODEL = 'accounts.User'` →
 * `accounts.user`, Django's model key), from the first settings module (in path order) that sets
 * it; null when none does (django.contrib.auth's `auth.user`).
 */
export function djangoUserModel(files: Iterable<string>, sniff: (abs: string) => string): string | null {
  for (const f of [...files].filter((f) => SETTINGS_FILE.test(f)).sort()) {
    const m = USER_MODEL_SETTING.exec(sniff(f));
    if (m) return `${m[1]!}.${m[2]!.toLowerCase()}`;
  }
  return null;
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Adds to `candidates` the migration files of every app the Django migrations among them depend
 * on (transitively) and returns the files it added: they are history, never under test.
 * `repository` is walked once, when there are Django migrations among them: for the apps a
 * dependency names that are not already present, and for the settings' `AUTH_USER_MODEL`, which
 * is returned as `userModel` (see djangoUserModel).
 */
export function addDjangoAncestors(candidates: Set<string>, repository: string, sniff: (abs: string) => string): Set<string> & { userModel?: string | null } {
  const added: Set<string> & { userModel?: string | null } = new Set<string>();
  const present = new Set<string>();
  const queue: string[] = [];
  for (const abs of candidates) {
    if (!MIGRATION_PY.test(abs) || path.basename(abs) === '__init__.py') continue;
    if (!isDjangoMigrationFile(toPosix(abs), sniff(abs))) continue;
    present.add(appOf(abs).label);
    queue.push(abs);
  }
  if (queue.length === 0) return added;
  let apps: Map<string, string[]> | null = null;
  let settings: string[] = [];
  let userApp: string | null | undefined;
  const index = (): Map<string, string[]> => {
    if (apps) return apps;
    apps = new Map();
    const files = walk(repository);
    for (const f of files) {
      if (/[\\/]migrations[\\/]__init__\.py$/.test(f)) {
        const dir = path.dirname(f);
        const label = path.basename(path.dirname(dir));
        apps.set(label, [...(apps.get(label) ?? []), dir]);
      }
    }
    settings = files.filter((f) => SETTINGS_FILE.test(f));
    return apps;
  };
  const findUserApp = (): string | null => {
    index();
    added.userModel ??= djangoUserModel(settings, sniff);
    return added.userModel?.split('.')[0] ?? null;
  };
  // The lowering needs the user model whether or not a dependency names it (ForeignKey(to=settings.AUTH_USER_MODEL)).
  if (userApp === undefined) userApp = findUserApp();
  while (queue.length > 0) {
    const abs = queue.pop()!;
    const { apps: labels, swappable } = djangoDependencyApps(sniff(abs));
    if (swappable) {
      if (userApp === undefined) userApp = findUserApp();
      if (userApp) labels.push(userApp);
    }
    for (const label of labels) {
      if (present.has(label) || CONTRIB_APPS.has(label)) continue;
      present.add(label);
      const dirs = index().get(label);
      if (!dirs) continue; // django.contrib or an installed package: not in the repository
      // Two folders with one label (a vendored copy, an example project): the nearest one to the file.
      const dir = [...dirs].sort((a, b) => sharedPrefix(b, abs) - sharedPrefix(a, abs) || (a < b ? -1 : 1))[0]!;
      for (const file of walk(dir, 20_000)) {
        if (path.dirname(file) !== dir || !file.endsWith('.py') || candidates.has(file)) continue;
        candidates.add(file);
        added.add(file);
        if (isDjangoMigrationFile(toPosix(file), sniff(file))) queue.push(file);
      }
    }
  }
  return added;
}
