#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module';
import { fileURLToPath as __mgFileURLToPath } from 'node:url';
const require = __mgCreateRequire(import.meta.url);
const __filename = __mgFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));
import {
  expandGlob,
  gitChangedFiles,
  isGlob,
  readSource,
  sniffText,
  toPosix,
  walk
} from "./chunk-XBWPISEE.js";
import {
  isKnexFile
} from "./chunk-IUGLQ5IK.js";
import {
  djangoDependencyApps,
  isDjangoMigrationFile
} from "./chunk-GOGYUFPH.js";
import {
  isRailsMigrationFile,
  railsNames,
  strongMigrationsInitializer,
  strongMigrationsSettings,
  targetVersionFor
} from "./chunk-BL4TAXMY.js";
import {
  ReadScope,
  realPath,
  repositoryRoot
} from "./chunk-46CHDDMJ.js";
import {
  alembicEnvAfterCommit,
  alembicEnvFile,
  alembicEnvSetsLockTimeout,
  isAlembicFile
} from "./chunk-HYA5O7OF.js";
import {
  UsageError
} from "./chunk-Q65SN5IE.js";

// src/discover/index.ts
import { statSync } from "node:fs";
import path2 from "node:path";

// src/discover/django-ancestors.ts
import path from "node:path";
function appOf(abs) {
  const dir = path.dirname(abs);
  return { label: path.basename(path.dirname(dir)), dir };
}
var MIGRATION_PY = /[\\/]migrations[\\/][^\\/]+\.py$/;
var CONTRIB_APPS = /* @__PURE__ */ new Set(["admin", "auth", "contenttypes", "sessions", "sites", "messages", "staticfiles", "flatpages", "redirects", "sitemaps", "gis", "postgres", "humanize", "syndication", "admindocs"]);
var USER_MODEL_SETTING = /^\s*AUTH_USER_MODEL\s*=\s*['"](\w+)\.(\w+)['"]/m;
var SETTINGS_FILE = /(^|[\\/])settings([\\/][^\\/]+|[^\\/]*)\.py$/;
function djangoUserModel(files, sniff) {
  for (const f of [...files].filter((f2) => SETTINGS_FILE.test(f2)).sort()) {
    const m = USER_MODEL_SETTING.exec(sniff(f));
    if (m) return `${m[1]}.${m[2].toLowerCase()}`;
  }
  return null;
}
function sharedPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function addDjangoAncestors(candidates, repository, sniff) {
  const added = /* @__PURE__ */ new Set();
  const present = /* @__PURE__ */ new Set();
  const queue = [];
  for (const abs of candidates) {
    if (!MIGRATION_PY.test(abs) || path.basename(abs) === "__init__.py") continue;
    if (!isDjangoMigrationFile(toPosix(abs), sniff(abs))) continue;
    present.add(appOf(abs).label);
    queue.push(abs);
  }
  if (queue.length === 0) return added;
  let apps = null;
  let settings = [];
  let userApp;
  const index = () => {
    if (apps) return apps;
    apps = /* @__PURE__ */ new Map();
    const files = walk(repository);
    for (const f of files) {
      if (/[\\/]migrations[\\/]__init__\.py$/.test(f)) {
        const dir = path.dirname(f);
        const label = path.basename(path.dirname(dir));
        apps.set(label, [...apps.get(label) ?? [], dir]);
      }
    }
    settings = files.filter((f) => SETTINGS_FILE.test(f));
    return apps;
  };
  const findUserApp = () => {
    index();
    added.userModel ??= djangoUserModel(settings, sniff);
    return added.userModel?.split(".")[0] ?? null;
  };
  if (userApp === void 0) userApp = findUserApp();
  while (queue.length > 0) {
    const abs = queue.pop();
    const { apps: labels, swappable } = djangoDependencyApps(sniff(abs));
    if (swappable) {
      if (userApp === void 0) userApp = findUserApp();
      if (userApp) labels.push(userApp);
    }
    for (const label of labels) {
      if (present.has(label) || CONTRIB_APPS.has(label)) continue;
      present.add(label);
      const dirs = index().get(label);
      if (!dirs) continue;
      const dir = [...dirs].sort((a, b) => sharedPrefix(b, abs) - sharedPrefix(a, abs) || (a < b ? -1 : 1))[0];
      for (const file of walk(dir, 2e4)) {
        if (path.dirname(file) !== dir || !file.endsWith(".py") || candidates.has(file)) continue;
        candidates.add(file);
        added.add(file);
        if (isDjangoMigrationFile(toPosix(file), sniff(file))) queue.push(file);
      }
    }
  }
  return added;
}

// src/discover/index.ts
var GOLANG_MIGRATE = /^(\d+)_(.+)\.(up|down)\.sql$/i;
var POP = /^(\d+)_(.+?)(?:\.(postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver))?(\.autocommit)?\.(up|down)\.sql$/i;
var POP_MARKER = /\.(?:postgres|mysql|mariadb|sqlite3?|cockroach|mssqlserver|autocommit)\.(?:up|down)\.sql$/i;
var POP_DIALECTS = { postgres: /* @__PURE__ */ new Set(["postgres"]), mysql: /* @__PURE__ */ new Set(["mysql", "mariadb"]) };
var FLYWAY = /^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$/;
var DEFAULT_DIR_NAMES = /(^|\/)(migrations?|migrate|versions)(\/|$)/i;
var JS_EXT = /\.(?:js|cjs|mjs|ts|cts|mts)$/;
function naturalKey(s) {
  return s.replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, "").padStart(20, "0"));
}
function hasFrameworkExtension(framework, abs) {
  const base = path2.basename(abs);
  if (framework === "sql") return /\.sql$/i.test(base);
  if (framework === "alembic") return base.endsWith(".py") && base !== "__init__.py";
  if (framework === "rails") return base.endsWith(".rb");
  return JS_EXT.test(base) && !base.endsWith(".d.ts");
}
function frameworkOf(abs, peek) {
  if (/\.sql$/i.test(abs)) return "sql";
  if (/\.py$/.test(abs)) {
    const t = peek();
    if (isDjangoMigrationFile(toPosix(abs), t)) return "django";
    return isAlembicFile(t) ? "alembic" : null;
  }
  if (JS_EXT.test(abs) && !abs.endsWith(".d.ts")) return isKnexFile(peek()) ? "knex" : null;
  if (/\.rb$/.test(abs)) return isRailsMigrationFile(toPosix(abs), peek()) ? "rails" : null;
  return null;
}
function configPathInside(root, cwd, p, scope) {
  const posix = toPosix(p);
  if (path2.isAbsolute(p) || /^[A-Za-z]:/.test(p) || posix.split("/").includes("..")) {
    throw new UsageError(`migrations: '${p}' must be a path inside the repository (relative, without '..')`);
  }
  const abs = path2.resolve(cwd, p);
  if (!isGlob(p)) {
    const real = realPath(abs);
    if (real !== null && !scope.contains(real)) throw new UsageError(`migrations: '${p}' resolves outside the repository (${path2.relative(root, abs) || "."} is a symlink leaving it)`);
  }
  return p;
}
function expandPaths(cwd, paths, scope, contents) {
  const files = [];
  const explicitFiles = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (isGlob(p)) {
      files.push(...expandGlob(cwd, p).filter((f) => scope.isReadableFile(f)));
      continue;
    }
    const abs = path2.resolve(cwd, p);
    if (contents?.has(abs)) {
      files.push(abs);
      explicitFiles.add(abs);
      continue;
    }
    let isDir;
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
function discover(req) {
  const { cwd, config } = req;
  const root = repositoryRoot(cwd);
  const scope = new ReadScope(root);
  for (const p of req.paths) if (!isGlob(p)) scope.allow(path2.resolve(cwd, p));
  for (const m of config.migrations) configPathInside(root, cwd, m.path, scope);
  let searchPaths = req.paths;
  let autodetect = false;
  if (searchPaths.length === 0) {
    if (config.migrations.length) searchPaths = config.migrations.map((m) => m.path);
    else {
      searchPaths = ["."];
      autodetect = true;
    }
  }
  const { files, explicitFiles } = expandPaths(cwd, searchPaths, scope, req.contents);
  const readable = (abs) => req.contents?.has(abs) || scope.isReadableFile(abs);
  const sniff = (abs) => {
    const given = req.contents?.get(abs);
    if (given !== void 0) return given;
    if (!req.reads) return sniffText(abs);
    let decoded = req.reads.get(abs);
    if (!decoded) req.reads.set(abs, decoded = readSource(abs));
    return decoded.text;
  };
  const candidates = new Set(
    autodetect ? files.filter((f) => DEFAULT_DIR_NAMES.test(toPosix(path2.relative(cwd, f)))) : files
  );
  const walkedRoots = /* @__PURE__ */ new Set();
  for (const f of explicitFiles) {
    const dir = path2.dirname(f);
    const root2 = ["up.sql", "down.sql", "migration.sql"].includes(path2.basename(f)) ? path2.dirname(dir) : dir;
    if (walkedRoots.has(root2)) continue;
    walkedRoots.add(root2);
    for (const sib of walk(root2, 2e4)) candidates.add(sib);
  }
  const searchedRepository = searchPaths.some((p) => !isGlob(p) && path2.resolve(cwd, p) === root);
  let userModel;
  const ancestors = searchedRepository ? /* @__PURE__ */ new Set() : addDjangoAncestors(candidates, root, (abs) => readable(abs) ? sniff(abs) : "");
  let changed = null;
  if (req.changedFiles) changed = new Set(req.changedFiles.map((f) => toPosix(path2.normalize(f))));
  else if (req.base) changed = new Set(gitChangedFiles(cwd, req.base, `--base ${req.base}`));
  const named = explicitFiles.size > 0 ? explicitFiles : null;
  const isNew = (abs, rel) => {
    if (ancestors.has(abs)) return false;
    if (changed) return changed.has(rel);
    if (named) return named.has(abs);
    return true;
  };
  const forced = /* @__PURE__ */ new Map();
  for (const m of config.migrations) if (m.framework) forced.set(path2.resolve(cwd, m.path), m.framework);
  const forcedFramework = (abs) => {
    for (const [dir, fw] of forced) if ((abs === dir || abs.startsWith(dir + path2.sep)) && hasFrameworkExtension(fw, abs)) return fw;
    return void 0;
  };
  const out = [];
  const byAbs = /* @__PURE__ */ new Set();
  const strongMigrations = /* @__PURE__ */ new Map();
  const alembicEnv = /* @__PURE__ */ new Map();
  const sorted = [...candidates].sort();
  const flywayUndo = /* @__PURE__ */ new Map();
  const flywayVersioned = /* @__PURE__ */ new Set();
  const dirsWithUndo = /* @__PURE__ */ new Set();
  const dirsWithDown = /* @__PURE__ */ new Set();
  const popDirs = /* @__PURE__ */ new Set();
  const popDialectVersions = /* @__PURE__ */ new Set();
  for (const abs of sorted) {
    const base = path2.basename(abs);
    const dir = path2.dirname(abs);
    const m = FLYWAY.exec(base);
    if (m?.[1] === "U") {
      flywayUndo.set(`${dir}|${m[2]}`, abs);
      dirsWithUndo.add(dir);
    } else if (m?.[1] === "V") flywayVersioned.add(`${dir}|${m[2]}`);
    if (/\.down\.sql$/i.test(base)) dirsWithDown.add(dir);
    if (base === "down.sql") dirsWithDown.add(path2.dirname(dir));
    if (POP_MARKER.test(base)) popDirs.add(dir);
  }
  const popChosen = /* @__PURE__ */ new Map();
  for (const abs of sorted) {
    const p = POP.exec(path2.basename(abs));
    if (!p || !popDirs.has(path2.dirname(abs))) continue;
    const key = `${path2.dirname(abs)}|${p[1]}|${p[5].toLowerCase()}`;
    if (p[3] && POP_DIALECTS[config.dialect].has(p[3].toLowerCase())) {
      popDialectVersions.add(key);
      popChosen.set(key, abs);
    } else if (!p[3] && !popDialectVersions.has(key)) popChosen.set(key, abs);
  }
  for (const abs of sorted) {
    if (byAbs.has(abs)) continue;
    const base = path2.basename(abs);
    if (!readable(abs)) {
      if (explicitFiles.has(abs)) throw new UsageError(`${toPosix(path2.relative(cwd, abs))}: not a regular file that can be read`);
      continue;
    }
    const framework = forcedFramework(abs) ?? frameworkOf(abs, () => sniff(abs));
    if (!framework) {
      if (explicitFiles.has(abs) && base !== "__init__.py") {
        throw new UsageError(`${toPosix(path2.relative(cwd, abs))}: not recognised as a migration (SQL needs .sql; Alembic a module-level \`revision\` and \`def upgrade()\`; Knex an exported \`up\`)`);
      }
      continue;
    }
    const rel = toPosix(path2.relative(cwd, abs));
    const dir = path2.dirname(abs);
    const push = (d, downAbs = null) => {
      const downFile = downAbs ? toPosix(path2.relative(cwd, downAbs)) : null;
      byAbs.add(abs);
      if (downAbs) byAbs.add(downAbs);
      const anyNew = isNew(abs, rel) || downAbs !== null && isNew(downAbs, downFile);
      out.push({ ...d, abs, file: rel, isNew: anyNew, downFile, downAbs });
    };
    if (framework === "django") {
      const stem = base.replace(/\.py$/, "");
      userModel ??= searchedRepository ? djangoUserModel(files, (f) => readable(f) ? sniff(f) : "") : ancestors.userModel ?? null;
      push({ framework, root: path2.dirname(dir), id: stem, order: naturalKey(stem), transactional: true, expectsDown: true, ...userModel ? { djangoUserModel: userModel } : {} });
      continue;
    }
    if (framework === "rails") {
      const { version } = railsNames(rel);
      if (!strongMigrations.has(dir)) {
        const init = strongMigrationsInitializer(dir);
        strongMigrations.set(dir, readable(init) ? strongMigrationsSettings(sniff(init)) : null);
      }
      const sm = strongMigrations.get(dir);
      const checks = sm && (sm.startAfter !== null || targetVersionFor(sm, dir) !== null) ? { strongMigrations: { startAfter: sm.startAfter, targetVersion: targetVersionFor(sm, dir) } } : {};
      push({ framework, root: dir, id: version, order: version.padStart(20, "0"), transactional: true, expectsDown: true, runnerLockTimeout: sm?.lockTimeout ?? false, ...checks });
      continue;
    }
    if (framework === "alembic" || framework === "knex") {
      const stem = base.replace(/\.[^.]+$/, "");
      let runnerLockTimeout = false;
      let afterCommit = null;
      if (framework === "alembic") {
        const env = alembicEnvFile(dir);
        if (!alembicEnv.has(env)) {
          const text = readable(env) ? sniff(env) : null;
          alembicEnv.set(env, { lockTimeout: text !== null && alembicEnvSetsLockTimeout(text), afterCommit: text === null ? null : alembicEnvAfterCommit(text) });
        }
        ({ lockTimeout: runnerLockTimeout, afterCommit } = alembicEnv.get(env));
      }
      push({ framework, root: dir, id: stem, order: framework === "knex" ? base : naturalKey(stem), transactional: true, expectsDown: true, ...runnerLockTimeout ? { runnerLockTimeout } : {}, ...afterCommit ? { runnerAfterCommit: afterCommit } : {} });
      continue;
    }
    if (base === "down.sql" && readable(path2.join(dir, "up.sql"))) continue;
    if (base === "up.sql") {
      const down = path2.join(dir, "down.sql");
      const meta = path2.join(dir, "metadata.toml");
      const transactional = !(readable(meta) && /run_in_transaction\s*=\s*false/.test(sniffText(meta)));
      const id2 = path2.basename(dir);
      push({ framework, layout: "diesel", root: path2.dirname(dir), id: id2, order: naturalKey(id2), transactional, expectsDown: dirsWithDown.has(path2.dirname(dir)) }, readable(down) ? down : null);
      continue;
    }
    if (base === "migration.sql") {
      const id2 = path2.basename(dir);
      push({ framework, layout: "prisma", root: path2.dirname(dir), id: id2, order: naturalKey(id2), transactional: false, expectsDown: false });
      continue;
    }
    const pop = popDirs.has(dir) ? POP.exec(base) : null;
    if (pop) {
      const [, version, name, popDialect, autocommit, direction] = pop;
      if (popDialect && !POP_DIALECTS[config.dialect].has(popDialect.toLowerCase())) continue;
      if (!popDialect && popDialectVersions.has(`${dir}|${version}|${direction.toLowerCase()}`)) continue;
      if (direction.toLowerCase() === "down") continue;
      const chosenDown = direction.toLowerCase() === "up" ? popChosen.get(`${dir}|${version}|down`) : void 0;
      const down = chosenDown ?? path2.join(dir, base.replace(/\.up\.sql$/i, ".down.sql"));
      const hasDown = direction.toLowerCase() === "up" && readable(down);
      const steps = /^(\d{14})\d{6}$/.exec(version);
      const rollbackGroup = steps ? { rollbackGroup: `${toPosix(dir)}|${steps[1]}` } : {};
      push({ framework, layout: "pop", root: dir, id: `${version}_${name}`, order: naturalKey(version), transactional: !autocommit, expectsDown: dirsWithDown.has(dir), ...rollbackGroup }, hasDown ? down : null);
      continue;
    }
    const gm = GOLANG_MIGRATE.exec(base);
    if (gm) {
      if (gm[3].toLowerCase() === "down") {
        const up = path2.join(dir, base.replace(/\.down\.sql$/i, ".up.sql"));
        if (readable(up)) continue;
      }
      const down = path2.join(dir, base.replace(/\.up\.sql$/i, ".down.sql"));
      const hasDown = gm[3].toLowerCase() === "up" && readable(down);
      const id2 = `${gm[1]}_${gm[2]}`;
      push({ framework, layout: "golang-migrate", root: dir, id: id2, order: naturalKey(gm[1]), transactional: false, expectsDown: dirsWithDown.has(dir) }, hasDown ? down : null);
      continue;
    }
    const fw = FLYWAY.exec(base);
    if (fw) {
      if (fw[1] === "U") {
        if (flywayVersioned.has(`${dir}|${fw[2]}`)) continue;
      }
      const undo = flywayUndo.get(`${dir}|${fw[2]}`) ?? null;
      const conf = `${abs}.conf`;
      const header = sniff(abs).slice(0, 2e3);
      const transactional = !(readable(conf) && /executeInTransaction\s*=\s*false/i.test(sniffText(conf)) || /flyway:executeInTransaction\s*=\s*false/i.test(header));
      const usesUndo = dirsWithUndo.has(dir);
      push({ framework, layout: "flyway", root: dir, id: base.replace(/\.sql$/, ""), order: naturalKey(fw[2].replace(/_/g, ".")), transactional, expectsDown: usesUndo }, undo);
      continue;
    }
    const head = sniff(abs);
    if (/^[ \t]*--[ \t]*migrate:up\b/m.test(head)) {
      const transactional = !dbmateUpDisablesTransaction(head);
      const id2 = base.replace(/\.sql$/, "");
      push({ framework, layout: "dbmate", root: dir, id: id2, order: naturalKey(id2), transactional, expectsDown: true });
      continue;
    }
    const id = base.replace(/\.sql$/i, "");
    push({ framework, layout: "plain", root: dir, id, order: naturalKey(id), transactional: false, expectsDown: false });
  }
  out.sort((a, b) => a.root === b.root ? a.order < b.order ? -1 : a.order > b.order ? 1 : a.file < b.file ? -1 : 1 : a.root < b.root ? -1 : 1);
  addSiblings(out);
  if (!named || changed) return out;
  const lastNew = /* @__PURE__ */ new Map();
  for (const d of out) if (d.isNew && (lastNew.get(d.root) ?? "") < d.order) lastNew.set(d.root, d.order);
  return out.filter((d) => d.isNew || d.framework === "alembic" || d.framework === "django" || lastNew.has(d.root) && d.order <= lastNew.get(d.root));
}
function addSiblings(out) {
  const keyOf = (d) => `${d.framework}\0${d.root}\0${d.layout ?? ""}`;
  const byRoot = /* @__PURE__ */ new Map();
  for (const d of out) if (d.isNew) byRoot.set(keyOf(d), []);
  if (byRoot.size === 0) return;
  for (const d of out) byRoot.get(keyOf(d))?.push(d.id);
  for (const d of out) if (d.isNew) d.siblings = byRoot.get(keyOf(d));
}
function dbmateUpDisablesTransaction(text) {
  const marker = /--[ \t]*migrate:up\b/g;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const lineEnd = text.indexOf("\n", m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd < 0 ? text.length : lineEnd);
    if (/transaction:[ \t]*false/.test(rest)) return true;
    if (lineEnd < 0) return false;
    marker.lastIndex = lineEnd + 1;
  }
  return false;
}

export {
  discover
};
