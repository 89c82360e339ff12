import { statSync } from 'node:fs';
import path from 'node:path';
import { UsageError, type ResolvedConfig } from '../config.js';
import type { Dialect, Framework, SqlLayout } from '../ir.js';
import { expandGlob, isGlob, readSource, sniffText, toPosix, walk, type DecodedFile } from './files.js';
import { ReadScope, realPath, repositoryRoot } from './safe-fs.js';
import { gitChangedFiles } from './git.js';
import { addDjangoAncestors, djangoUserModel } from './django-ancestors.js';
// The front ends' own cheap detectors (tiny modules: the parsers stay unloaded).
import { alembicEnvAfterCommit, alembicEnvFile, alembicEnvSetsLockTimeout, isAlembicFile, type AlembicAfterCommit } from '../parse/alembic/detect.js';
import { isKnexFile } from '../parse/knex/detect.js';
import { isDjangoMigrationFile } from '../parse/django/detect.js';
import { isRailsMigrationFile, railsNames, strongMigrationsInitializer, strongMigrationsSettings, targetVersionFor, type StrongMigrationsSettings } from '../parse/rails/detect.js';

/** A migration file found on disk, classified, with its down file and runner settings. */
export interface DiscoveredMigration {
  framework: Framework;
  layout?: SqlLayout;
  /** Relative to cwd, posix. */
  file: string;
  abs: string;
  downFile: string | null;
  downAbs: string | null;
  /** Directory whose files form one history (ordering is within and then across roots). */
  root: string;
  id: string;
  order: string;
  transactional: boolean;
  expectsDown: boolean;
  isNew: boolean;
  /** The runner sets a lock_timeout before this migration (Rails with strong_migrations' `lock_timeout`, a SET in Alembic's env.py). */
  runnerLockTimeout?: boolean;
  /** What becomes of the work after the migration commits the runner's connection itself (see `Migration.runnerAfterCommit`; Alembic's env.py). */
  runnerAfterCommit?: 'committed' | 'refused';
  /** Rails with strong_migrations: its `start_after` and this directory's `target_version` (only when set). */
  strongMigrations?: { startAfter: string | null; targetVersion: string | null };
  /** Migrations under test: the ids of the root's migrations of the same framework and layout, in order (see Migration.siblings). */
  siblings?: readonly string[];
  /** Migrations that are steps of one logical migration and are undone as a whole (see `Migration.rollbackGroup`). */
  rollbackGroup?: string;
  /** Django: the swappable user model the project's settings name (`accounts.user`), when they name one. */
  djangoUserModel?: string;
}

export interface DiscoverRequest {
  cwd: string;
  paths: string[];
  changedFiles?: string[];
  base?: string;
  config: ResolvedConfig;
  /** Texts that replace (or stand in for) files on disk, by absolute path: standard input, an editor's buffer. */
  contents?: Map<string, string>;
  /**
   * Filled with the decoded text of every file discovery had to read whole (content sniffing),
   * so loading the migrations does not read them a second time.
   */
  reads?: Map<string, DecodedFile>;
}

const GOLANG_MIGRATE = /^(\d+)_(.+)\.(up|down)\.sql$/i;
/**
 * gobuffalo pop / ory popx: `<version>_<name>[.<dialect>][.autocommit].(up|down).sql`. A file
 * without a dialect suffix applies to every database; one with a suffix replaces it for that database.
 */
const POP = /^(\d+)_(.+?)(?:\.(postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver))?(\.autocommit)?\.(up|down)\.sql$/i;
const POP_MARKER = /\.(?:postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver|autocommit)\.(?:up|down)\.sql$/i;
/** pop's dialect names that our dialects run. */
const POP_DIALECTS: Record<Dialect, ReadonlySet<string>> = { postgres: new Set(['postgres']), mysql: new Set(['mysql', 'mariadb']) };
const FLYWAY = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const DEFAULT_DIR_NAMES = /(^|\/)(migrations?|migrate|versions)(\/|$)/i;
const JS_EXT = /\.(?:js|cjs|mjs|ts|cts|mts)$/;

/** Zero-pads every digit run so that plain string comparison orders versions naturally. */
export function naturalKey(s: string): string {
  return s.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(20, '0'));
}

/** The file extensions each framework's migrations have (a forced framework applies only to these). */
function hasFrameworkExtension(framework: Framework, abs: string): boolean {
  const base = path.basename(abs);
  if (framework === 'sql') return /\.sql$/i.test(base);
  // A package marker is never a migration, whatever the config says about its directory.
  if (framework === 'alembic') return base.endsWith('.py') && base !== '__init__.py';
  if (framework === 'rails') return base.endsWith('.rb');
  return JS_EXT.test(base) && !base.endsWith('.d.ts');
}

/** Cheap content sniffing so .py/.js files that are not migrations are never handed to a parser. */
function frameworkOf(abs: string, peek: () => string): Framework | null {
  if (/\.sql$/i.test(abs)) return 'sql';
  if (/\.py$/.test(abs)) {
    const t = peek();
    if (isDjangoMigrationFile(toPosix(abs), t)) return 'django';
    return isAlembicFile(t) ? 'alembic' : null;
  }
  if (JS_EXT.test(abs) && !abs.endsWith('.d.ts')) return isKnexFile(peek()) ? 'knex' : null;
  if (/\.rb$/.test(abs)) return isRailsMigrationFile(toPosix(abs), peek()) ? 'rails' : null;
  return null;
}

/**
 * A migration path from the config file (which comes with the pull request): relative, without
 * `..`, and still inside the repository once symlinks are resolved. Anything else is refused.
 */
function configPathInside(root: string, cwd: string, p: string, scope: ReadScope): string {
  const posix = toPosix(p);
  if (path.isAbsolute(p) || /^[A-Za-z]:/.test(p) || posix.split('/').includes('..')) {
    throw new UsageError(`migrations: '${p}' must be a path inside the repository (relative, without '..')`);
  }
  const abs = path.resolve(cwd, p);
  if (!isGlob(p)) {
    const real = realPath(abs);
    if (real !== null && !scope.contains(real)) throw new UsageError(`migrations: '${p}' resolves outside the repository (${path.relative(root, abs) || '.'} is a symlink leaving it)`);
  }
  return p;
}

/** Expands the user's paths into files; a missing path is a usage error naming it. */
function expandPaths(cwd: string, paths: string[], scope: ReadScope, contents?: Map<string, string>): { files: string[]; explicitFiles: Set<string> } {
  const files: string[] = [];
  const explicitFiles = new Set<string>();
  for (const p of paths) {
    if (isGlob(p)) {
      files.push(...expandGlob(cwd, p).filter((f) => scope.isReadableFile(f)));
      continue;
    }
    const abs = path.resolve(cwd, p);
    if (contents?.has(abs)) {
      files.push(abs);
      explicitFiles.add(abs);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError(`path not found: ${p}`);
    }
    if (isDir) files.push(...walk(abs));
    else {
      files.push(abs);
      explicitFiles.add(abs);
    }
  }
  return { files, explicitFiles };
}

export function discover(req: DiscoverRequest): DiscoveredMigration[] {
  const { cwd, config } = req;
  const root = repositoryRoot(cwd);
  const scope = new ReadScope(root);
  // Paths given by whoever runs the tool are trusted (they may lie outside the repository); the
  // config's paths and the repository's own symlinks are not.
  for (const p of req.paths) if (!isGlob(p)) scope.allow(path.resolve(cwd, p));
  for (const m of config.migrations) configPathInside(root, cwd, m.path, scope);
  let searchPaths = req.paths;
  let autodetect = false;
  if (searchPaths.length === 0) {
    if (config.migrations.length) searchPaths = config.migrations.map((m) => m.path);
    else {
      searchPaths = ['.'];
      autodetect = true;
    }
  }
  const { files, explicitFiles } = expandPaths(cwd, searchPaths, scope, req.contents);
  const readable = (abs: string) => req.contents?.has(abs) || scope.isReadableFile(abs);
  const sniff = (abs: string): string => {
    const given = req.contents?.get(abs);
    if (given !== undefined) return given;
    if (!req.reads) return sniffText(abs);
    let decoded = req.reads.get(abs);
    if (!decoded) req.reads.set(abs, (decoded = readSource(abs)));
    return decoded.text;
  };
  const candidates = new Set(
    autodetect ? files.filter((f) => DEFAULT_DIR_NAMES.test(toPosix(path.relative(cwd, f)))) : files,
  );
  // A file named on its own brings its siblings in as history: "everything earlier is history".
  // Files of a PR mostly share a directory: each directory is walked once, not once per file.
  const walkedRoots = new Set<string>();
  for (const f of explicitFiles) {
    const dir = path.dirname(f);
    const root = ['up.sql', 'down.sql', 'migration.sql'].includes(path.basename(f)) ? path.dirname(dir) : dir;
    if (walkedRoots.has(root)) continue;
    walkedRoots.add(root);
    for (const sib of walk(root, 20_000)) candidates.add(sib);
  }

  // Other apps' Django migrations that these depend on come in as history (the graph spans folders).
  const searchedRepository = searchPaths.some((p) => !isGlob(p) && path.resolve(cwd, p) === root);
  // The settings' AUTH_USER_MODEL: the whole repository's files when it is searched, else read by the ancestors' walk.
  let userModel: string | null | undefined;
  const ancestors: Set<string> & { userModel?: string | null } = searchedRepository ? new Set<string>() : addDjangoAncestors(candidates, root, (abs) => (readable(abs) ? sniff(abs) : ''));

  let changed: Set<string> | null = null;
  if (req.changedFiles) changed = new Set(req.changedFiles.map((f) => toPosix(path.normalize(f))));
  else if (req.base) changed = new Set(gitChangedFiles(cwd, req.base, `--base ${req.base}`));
  const named = explicitFiles.size > 0 ? explicitFiles : null;
  const isNew = (abs: string, rel: string): boolean => {
    if (ancestors.has(abs)) return false;
    if (changed) return changed.has(rel);
    if (named) return named.has(abs);
    return true;
  };

  const forced = new Map<string, Framework>();
  for (const m of config.migrations) if (m.framework) forced.set(path.resolve(cwd, m.path), m.framework);
  const forcedFramework = (abs: string): Framework | undefined => {
    for (const [dir, fw] of forced) if ((abs === dir || abs.startsWith(dir + path.sep)) && hasFrameworkExtension(fw, abs)) return fw;
    return undefined;
  };

  const out: DiscoveredMigration[] = [];
  const byAbs = new Set<string>();
  /** Per Rails migrations directory: the app's strong_migrations settings (null: no initializer). */
  const strongMigrations = new Map<string, StrongMigrationsSettings | null>();
  /** Per Alembic env.py: whether it sets a lock_timeout on the connection for every migration, and what it does after run_migrations() (read once, never run). */
  const alembicEnv = new Map<string, { lockTimeout: boolean; afterCommit: AlembicAfterCommit }>();
  const sorted = [...candidates].sort();
  // Flyway pairs V and U files by directory and version: indexed once, not rescanned per file.
  const flywayUndo = new Map<string, string>(); // dir|version → abs of U file
  const flywayVersioned = new Set<string>(); // dir|version of every V file
  const dirsWithUndo = new Set<string>();
  // Directories whose layout has optional down parts expect one only where they use them at all.
  const dirsWithDown = new Set<string>();
  const popDirs = new Set<string>();
  /** pop: versions that have a file for the target dialect (the unsuffixed file then does not run). */
  const popDialectVersions = new Set<string>();
  for (const abs of sorted) {
    const base = path.basename(abs);
    const dir = path.dirname(abs);
    const m = FLYWAY.exec(base);
    if (m?.[1] === 'U') {
      flywayUndo.set(`${dir}|${m[2]}`, abs);
      dirsWithUndo.add(dir);
    } else if (m?.[1] === 'V') flywayVersioned.add(`${dir}|${m[2]}`);
    if (/\.down\.sql$/i.test(base)) dirsWithDown.add(dir);
    if (base === 'down.sql') dirsWithDown.add(path.dirname(dir));
    if (POP_MARKER.test(base)) popDirs.add(dir);
  }
  /** pop: the file that runs for each directory|version|direction on the target dialect (its own, else the generic one). */
  const popChosen = new Map<string, string>();
  for (const abs of sorted) {
    const p = POP.exec(path.basename(abs));
    if (!p || !popDirs.has(path.dirname(abs))) continue;
    const key = `${path.dirname(abs)}|${p[1]}|${p[5]!.toLowerCase()}`;
    if (p[3] && POP_DIALECTS[config.dialect].has(p[3].toLowerCase())) {
      popDialectVersions.add(key);
      popChosen.set(key, abs);
    } else if (!p[3] && !popDialectVersions.has(key)) popChosen.set(key, abs);
  }

  for (const abs of sorted) {
    if (byAbs.has(abs)) continue;
    const base = path.basename(abs);
    if (!readable(abs)) {
      if (explicitFiles.has(abs)) throw new UsageError(`${toPosix(path.relative(cwd, abs))}: not a regular file that can be read`);
      continue;
    }
    const framework = forcedFramework(abs) ?? frameworkOf(abs, () => sniff(abs));
    if (!framework) {
      // A package marker is part of every Python migrations folder: a PR that touches it changes no migration.
      if (explicitFiles.has(abs) && base !== '__init__.py') {
        throw new UsageError(`${toPosix(path.relative(cwd, abs))}: not recognised as a migration (SQL needs .sql; Alembic a module-level \`revision\` and \`def upgrade()\`; Knex an exported \`up\`)`);
      }
      continue;
    }
    const rel = toPosix(path.relative(cwd, abs));
    const dir = path.dirname(abs);
    /** Records the migration; a down file is part of it (a changed down file makes it new too). */
    const push = (d: Omit<DiscoveredMigration, 'abs' | 'file' | 'isNew' | 'downFile' | 'downAbs'>, downAbs: string | null = null) => {
      const downFile = downAbs ? toPosix(path.relative(cwd, downAbs)) : null;
      byAbs.add(abs);
      if (downAbs) byAbs.add(downAbs);
      const anyNew = isNew(abs, rel) || (downAbs !== null && isNew(downAbs, downFile!));
      out.push({ ...d, abs, file: rel, isNew: anyNew, downFile, downAbs });
    };

    if (framework === 'django') {
      // The app's directory is the root: migrations of one app order by name, across apps by the graph.
      const stem = base.replace(/\.py$/, '');
      userModel ??= searchedRepository ? djangoUserModel(files, (f) => (readable(f) ? sniff(f) : '')) : ancestors.userModel ?? null;
      push({ framework, root: path.dirname(dir), id: stem, order: naturalKey(stem), transactional: true, expectsDown: true, ...(userModel ? { djangoUserModel: userModel } : {}) });
      continue;
    }
    if (framework === 'rails') {
      // Rails orders by the timestamp prefix (schema_migrations.version).
      const { version } = railsNames(rel);
      if (!strongMigrations.has(dir)) {
        const init = strongMigrationsInitializer(dir);
        strongMigrations.set(dir, readable(init) ? strongMigrationsSettings(sniff(init)) : null);
      }
      const sm = strongMigrations.get(dir)!;
      const checks = sm && (sm.startAfter !== null || targetVersionFor(sm, dir) !== null) ? { strongMigrations: { startAfter: sm.startAfter, targetVersion: targetVersionFor(sm, dir) } } : {};
      push({ framework, root: dir, id: version, order: version.padStart(20, '0'), transactional: true, expectsDown: true, runnerLockTimeout: sm?.lockTimeout ?? false, ...checks });
      continue;
    }
    if (framework === 'alembic' || framework === 'knex') {
      const stem = base.replace(/\.[^.]+$/, '');
      let runnerLockTimeout = false;
      let afterCommit: AlembicAfterCommit = null;
      if (framework === 'alembic') {
        const env = alembicEnvFile(dir);
        if (!alembicEnv.has(env)) {
          const text = readable(env) ? sniff(env) : null;
          alembicEnv.set(env, { lockTimeout: text !== null && alembicEnvSetsLockTimeout(text), afterCommit: text === null ? null : alembicEnvAfterCommit(text) });
        }
        ({ lockTimeout: runnerLockTimeout, afterCommit } = alembicEnv.get(env)!);
      }
      // Knex's migrator sorts by file name as a string (lodash sortBy on `file`): `2024111409170956_x`
      // runs before `20250519153421_y` although its number is larger. Alembic follows its revision graph.
      push({ framework, root: dir, id: stem, order: framework === 'knex' ? base : naturalKey(stem), transactional: true, expectsDown: true, ...(runnerLockTimeout ? { runnerLockTimeout } : {}), ...(afterCommit ? { runnerAfterCommit: afterCommit } : {}) });
      continue;
    }
    if (base === 'down.sql' && readable(path.join(dir, 'up.sql'))) continue;
    if (base === 'up.sql') {
      const down = path.join(dir, 'down.sql');
      const meta = path.join(dir, 'metadata.toml');
      // diesel runs each migration in a transaction unless metadata.toml says run_in_transaction = false.
      const transactional = !(readable(meta) && /run_in_transaction\s*=\s*false/.test(sniffText(meta)));
      const id = path.basename(dir);
      push({ framework, layout: 'diesel', root: path.dirname(dir), id, order: naturalKey(id), transactional, expectsDown: dirsWithDown.has(path.dirname(dir)) }, readable(down) ? down : null);
      continue;
    }
    if (base === 'migration.sql') {
      const id = path.basename(dir);
      // Prisma sends the file as one query: see the SQL front end for the implicit transaction.
      push({ framework, layout: 'prisma', root: path.dirname(dir), id, order: naturalKey(id), transactional: false, expectsDown: false });
      continue;
    }
    const pop = popDirs.has(dir) ? POP.exec(base) : null;
    if (pop) {
      const [, version, name, popDialect, autocommit, direction] = pop;
      // pop runs only the files of the connection's dialect; a dialect's own file replaces the generic one.
      if (popDialect && !POP_DIALECTS[config.dialect].has(popDialect.toLowerCase())) continue;
      if (!popDialect && popDialectVersions.has(`${dir}|${version}|${direction!.toLowerCase()}`)) continue;
      // The up and down parts pair by version: a dialect's up file goes with the generic down file and
      // the other way round. A down file is part of its up; without one for this dialect, nothing runs it on the way up.
      if (direction!.toLowerCase() === 'down') continue;
      const chosenDown = direction!.toLowerCase() === 'up' ? popChosen.get(`${dir}|${version}|down`) : undefined;
      const down = chosenDown ?? path.join(dir, base.replace(/\.up\.sql$/i, '.down.sql'));
      const hasDown = direction!.toLowerCase() === 'up' && readable(down);
      // pop wraps every migration in a transaction; popx runs `.autocommit.` files outside one.
      // popx splits one migration into numbered steps (`<14-digit timestamp><6-digit step>`), one
      // statement per file, and writes the steps' down files in the order of the whole down:
      // step k's down file does not undo step k's up file, the group's downs undo its ups.
      const steps = /^(\d{14})\d{6}$/.exec(version!);
      const rollbackGroup = steps ? { rollbackGroup: `${toPosix(dir)}|${steps[1]}` } : {};
      push({ framework, layout: 'pop', root: dir, id: `${version}_${name}`, order: naturalKey(version!), transactional: !autocommit, expectsDown: dirsWithDown.has(dir), ...rollbackGroup }, hasDown ? down : null);
      continue;
    }
    const gm = GOLANG_MIGRATE.exec(base);
    if (gm) {
      if (gm[3]!.toLowerCase() === 'down') {
        const up = path.join(dir, base.replace(/\.down\.sql$/i, '.up.sql'));
        if (readable(up)) continue;
      }
      const down = path.join(dir, base.replace(/\.up\.sql$/i, '.down.sql'));
      const hasDown = gm[3]!.toLowerCase() === 'up' && readable(down);
      const id = `${gm[1]}_${gm[2]}`;
      // golang-migrate sends the file as is: no transaction unless the file has its own BEGIN.
      push({ framework, layout: 'golang-migrate', root: dir, id, order: naturalKey(gm[1]!), transactional: false, expectsDown: dirsWithDown.has(dir) }, hasDown ? down : null);
      continue;
    }
    const fw = FLYWAY.exec(base);
    if (fw) {
      if (fw[1] === 'U') {
        if (flywayVersioned.has(`${dir}|${fw[2]}`)) continue;
      }
      const undo = flywayUndo.get(`${dir}|${fw[2]}`) ?? null;
      const conf = `${abs}.conf`;
      const header = sniff(abs).slice(0, 2000);
      const transactional = !(
        (readable(conf) && /executeInTransaction\s*=\s*false/i.test(sniffText(conf))) ||
        /flyway:executeInTransaction\s*=\s*false/i.test(header)
      );
      // Undo migrations are optional in Flyway: only a directory that uses them expects one per version.
      const usesUndo = dirsWithUndo.has(dir);
      push({ framework, layout: 'flyway', root: dir, id: base.replace(/\.sql$/, ''), order: naturalKey(fw[2]!.replace(/_/g, '.')), transactional, expectsDown: usesUndo }, undo);
      continue;
    }
    const head = sniff(abs);
    // `[ \t]*`, not `\s*`: with /m, `^\s*` rescans every blank line from every line start (quadratic).
    if (/^[ \t]*--[ \t]*migrate:up\b/m.test(head)) {
      const transactional = !dbmateUpDisablesTransaction(head);
      const id = base.replace(/\.sql$/, '');
      push({ framework, layout: 'dbmate', root: dir, id, order: naturalKey(id), transactional, expectsDown: true });
      continue;
    }
    const id = base.replace(/\.sql$/i, '');
    push({ framework, layout: 'plain', root: dir, id, order: naturalKey(id), transactional: false, expectsDown: false });
  }

  out.sort((a, b) => (a.root === b.root ? (a.order < b.order ? -1 : a.order > b.order ? 1 : a.file < b.file ? -1 : 1) : a.root < b.root ? -1 : 1));
  addSiblings(out);
  if (!named || changed) return out;
  // Siblings of named files that come after the last named one in their directory are not history
  // of anything under test: skip them rather than parse them (a PR lint stays fast in big repos).
  // Alembic is the exception: its order is the revision graph, which needs every file of the
  // versions directory (hash revision ids say nothing about order).
  const lastNew = new Map<string, string>();
  for (const d of out) if (d.isNew && (lastNew.get(d.root) ?? '') < d.order) lastNew.set(d.root, d.order);
  // Alembic and Django history is kept whole: ancestors are found through the graph, not by name.
  return out.filter((d) => d.isNew || d.framework === 'alembic' || d.framework === 'django' || (lastNew.has(d.root) && d.order <= lastNew.get(d.root)!));
}

export { readSource, type DecodedFile };

/**
 * Gives each migration under test the ids of its root's migrations of the same framework and
 * layout, before any later sibling is dropped from the run: a fix that adds a migration must
 * number it after every one of them (one array shared by the root, in order).
 */
function addSiblings(out: DiscoveredMigration[]): void {
  const keyOf = (d: DiscoveredMigration) => `${d.framework}\0${d.root}\0${d.layout ?? ''}`;
  const byRoot = new Map<string, string[]>();
  for (const d of out) if (d.isNew) byRoot.set(keyOf(d), []);
  if (byRoot.size === 0) return;
  for (const d of out) byRoot.get(keyOf(d))?.push(d.id);
  for (const d of out) if (d.isNew) d.siblings = byRoot.get(keyOf(d))!;
}

/**
 * `/--[ \t]*migrate:up\b[^\n]*transaction:[ \t]*false/` without rescanning the line from every
 * marker on it (quadratic on a line of repeated markers): a later marker sees a suffix of what the
 * first one of its line sees, so only that first one is tested.
 */
function dbmateUpDisablesTransaction(text: string): boolean {
  const marker = /--[ \t]*migrate:up\b/g;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const lineEnd = text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    if (/transaction:[ \t]*false/.test(rest)) return true;
    if (lineEnd < 0) return false;
    marker.lastIndex = lineEnd + 1;
  }
  return false;
}
