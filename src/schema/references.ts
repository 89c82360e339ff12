import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { globToRegExp, isGlob, toPosix, walk } from '../discover/files.js';
import { runGit } from '../discover/git.js';
import type { Migration, OrmModel } from '../ir.js';
import { insideRustString, ownerAt, rustBoundNames, rustBraceOwners, rustColumnUse, rustTableStructs, rustUses } from './rust-names.js';

/** One place in the application code that names a dropped or renamed object. */
export interface CodeReference {
  /** Relative to the working directory, forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
}

/** A dropped or renamed object whose old name must be gone from the code before the migration runs. */
export interface ReferenceTarget {
  table: string;
  /** null: the table itself. */
  column: string | null;
}

export interface CodeSearchOptions {
  cwd: string;
  /** Globs (relative to cwd); when given, only matching files are searched. A plain path means that file or directory. */
  include?: string[];
  /** Globs never searched, on top of the defaults. */
  exclude?: string[];
  /** Migration files and directories (relative to cwd): never searched, they name every object by design. */
  skip?: string[];
  /** Column name → tables that have a column of that name anywhere in the history. */
  columnOwners?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Table → how the application's ORM names it (model class, models module), from the ORM front ends. */
  models?: ReadonlyMap<string, Omit<OrmModel, 'table'>>;
  /** References kept per identifier (default 5). */
  maxPerIdentifier?: number;
  /** Larger files are skipped (default 1 MiB): generated bundles and data dumps, not code. */
  maxFileBytes?: number;
}

export interface CodeIndex {
  /** Up to `maxPerIdentifier` references for `table` or `table.column`, in path then line order. */
  references(identifier: string): CodeReference[];
  /** How many references there are in all (not just the ones kept). */
  total(identifier: string): number;
  stats: { files: number; searched: number; bytes: number; ms: number; source: 'git' | 'walk' };
}

/** Path segments that hold vendored, generated or migration code, never the application's own. */
const SKIP_SEGMENTS = new Set([
  'node_modules', 'vendor', 'vendors', 'third_party', 'third-party', 'bower_components', 'jspm_packages', '.git', '.hg', '.svn',
  'dist', 'build', 'coverage', '__pycache__', '.venv', 'venv', 'site-packages', '.tox', '.mypy_cache', '.pytest_cache',
  '.next', '.nuxt', 'target', 'migrations', 'migration', 'migrate',
  // Seed data, test fixtures and tests name every column by design (and API payloads whose keys
  // look like columns); they are not what runs in production, and a test that still uses the
  // column fails in the project's own CI.
  'seeds', 'seed', 'seeders', 'fixtures', '__fixtures__', 'testdata', 'tests', 'test', '__tests__', 'spec', 'specs',
]);
/** Test files by name: `test_x.py`, `x_test.py`, `x_test.go`, `x.test.ts`, `x.spec.js`, `x_spec.rb`, `XTest.java`. */
const TEST_FILE = /^(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|rb)|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?|[^/]*_spec\.rb|[A-Z][^/]*Tests?\.(?:java|kt|cs|php))$/;
/** `knex_migrations/`, `sql-migrations/`, `db_migrate/`: any directory whose name ends in migration(s) or migrate. */
const MIGRATION_DIR = /[_-](?:migrations?|migrate)$/i;
/** Seed scripts by name (`db/seeds.rb`, `seed.sql`, `seeds.py`). */
const SEED_FILE = /^seeds?\.[a-z]+$/i;
const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'Gemfile.lock', 'poetry.lock', 'Pipfile.lock',
  'Cargo.lock', 'composer.lock', 'go.sum', 'mix.lock', 'uv.lock', 'packages.lock.json', 'flake.lock',
]);
/** Schema dumps the migration tool regenerates, and our own config (its `deprecated:` list names the objects). */
const GENERATED_FILES = /(^|\/)(db\/schema\.rb|db\/structure\.sql|\.migration-guard\.ya?ml)$/;
const BINARY_EXT = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'ico', 'bmp', 'tiff', 'svgz', 'pdf', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar', 'jar', 'war',
  'class', 'pyc', 'pyo', 'so', 'dylib', 'dll', 'exe', 'o', 'a', 'wasm', 'woff', 'woff2', 'ttf', 'otf', 'eot', 'mp3', 'mp4', 'mov', 'avi',
  'webm', 'ogg', 'wav', 'flac', 'sqlite', 'sqlite3', 'db', 'parquet', 'avro', 'pb', 'bin', 'dat', 'lock', 'map', 'snap',
]);
/** A .sql file that defines tables or routines: a migration or schema script (of any dialect), not the application's queries. */
export const SCHEMA_SCRIPT = /^[ \t]*(?:CREATE|ALTER|DROP)[ \t]+(?:OR[ \t]+REPLACE[ \t]+)?(?:TABLE|PROCEDURE|FUNCTION|TRIGGER)\b/im;
/** Prose and translation catalogs: a CHANGELOG line or a msgid about the dropped column is not code that breaks. */
const DOC_EXT = new Set(['md', 'markdown', 'rst', 'adoc', 'txt', 'po', 'pot', 'mo', 'xliff', 'xlf']);

/**
 * Names too common to search on their own (`id`, `email`, `created_at`...): they occur in every
 * codebase for every table, so a bare hit proves nothing about *this* table's column.
 */
const GENERIC_NAMES = new Set([
  'id', 'uuid', 'guid', 'key', 'name', 'title', 'type', 'kind', 'status', 'state', 'email', 'data', 'value', 'code', 'slug', 'body',
  'text', 'description', 'metadata', 'meta', 'version', 'position', 'rank', 'order', 'count', 'amount', 'price', 'url', 'path', 'label',
  'created_at', 'updated_at', 'deleted_at', 'inserted_at', 'modified_at', 'created_on', 'updated_on', 'created_by', 'updated_by',
  'user_id', 'owner_id', 'parent_id', 'tenant_id', 'account_id', 'org_id', 'organization_id', 'company_id', 'project_id', 'team_id',
  'is_active', 'active', 'enabled', 'deleted', 'sort_order', 'timestamp', 'date', 'time', 'user', 'users', 'events', 'items', 'settings',
]);

/** A name is distinctive when it is snake_case with at least two parts, long enough, and not one of the usual suspects. */
export function isDistinctive(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+$/.test(name) && name.length >= 6 && !GENERIC_NAMES.has(name.toLowerCase());
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

const IMPORT_LINE = /^\s*import\b|\brequire\s*\(|\bfrom\s+['"]/;
const camel = (snake: string) => snake.replace(/(^|_)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const snake = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();

/**
 * Words by which code names a table: `order_items`, `order_item`, `OrderItem`, `OrderItems`; and
 * when an ORM names it otherwise (Django's `shop_orderitem` is the model `OrderItem`), the model
 * class and its instance's usual name (`OrderItem`, `order_item`).
 */
function tableWords(table: string, model?: string): string[] {
  const t = table.split('.').pop() ?? table;
  const s = singular(t);
  const named = model && /^[A-Za-z_][A-Za-z0-9_]*$/.test(model) ? [model, snake(model)] : [];
  return [...new Set([t, s, camel(t), camel(s), ...named])];
}

/**
 * How a target is searched. `bare`: the old name anywhere as a whole word. `withTable`: the name
 * counts only on a line that also names the table (`users.email`, `knex('users').select('email')`,
 * `SELECT email FROM users`) or in a file that is the table's ORM model (declares it, or is named
 * after it: `app/models/user.py`). `tableContext`: a common word used as a table name counts only
 * quoted or after FROM/JOIN/INTO/UPDATE/TABLE.
 */
type SearchMode = 'bare' | 'withTable' | 'tableContext';

/**
 * A target ready to search. Its patterns are compiled on first use, not up front: most targets
 * never meet a file that names them, and five patterns for each of thousands of dropped names
 * cost more than the scan itself. A class, so thousands of targets share one shape and getters.
 */
class PreparedTarget {
  refs: CodeReference[] = [];
  total = 0;
  /** The table's model file defines a method of the column's name: the code's uses call it (see definesMethod). */
  shadowed = false;
  private compiled: { classWords?: Set<string>; qualifier?: RegExp; class?: RegExp; declares?: RegExp; context?: RegExp; sqlContext?: RegExp; modelFileNames?: Set<string> } = {};

  constructor(
    readonly id: string,
    readonly word: string,
    readonly mode: SearchMode,
    readonly table: string,
    private readonly words: string[],
    readonly isColumn: boolean,
  ) {}

  /** The table naming this column on the line: `users.email`, `User.where(`, `'users'`, `FROM users`. */
  get qualifierRe(): RegExp {
    return (this.compiled.qualifier ??= qualifierPattern(this.table, this.words, this.word));
  }

  /** The table's model class names (`User`, `LegacySession`): a field bound in one of them is the column's own declaration. */
  get classWords(): Set<string> {
    return (this.compiled.classWords ??= new Set(this.words.filter((w) => /^[A-Z]/.test(w))));
  }

  get classRe(): RegExp {
    return (this.compiled.class ??= classPattern(this.words));
  }

  get declaresRe(): RegExp {
    return (this.compiled.declares ??= new RegExp(`(?:__tablename__|db_table|table_?name|tableName|Entity|Table)\\s*(?:=|:|\\(|\\(\\s*name\\s*[=:])\\s*:?\\s*['"\`]?${escapeRe(this.table)}(?![A-Za-z0-9_])`, 'i'));
  }

  get modelFileNames(): Set<string> {
    return (this.compiled.modelFileNames ??= new Set(this.words.map((w) => w.toLowerCase().replace(/_/g, ''))));
  }

  // Quoted, a common word is a table only as an argument or an assignment (`knex('events')`,
  // `table = "events"`), not in a list of names or as a dict key (`'events': …`).
  get contextRe(): RegExp {
    return (this.compiled.context ??= new RegExp(`(?:[(=]\\s*['"\`]${escapeRe(this.table)}['"\`](?!\\s*:)|\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(this.table)}(?![A-Za-z0-9_]))`, 'i'));
  }

  get sqlContextRe(): RegExp {
    return (this.compiled.sqlContext ??= new RegExp(`\\b(?:from|join|into|update|table)\\s+["\`]?${escapeRe(this.table)}(?![A-Za-z0-9_])`, 'i'));
  }
}

/** The model class used on the line (`User.where(`, `User.objects`, `Send::`): it qualifies a name used as a field there (fieldUse). */
function classPattern(words: string[]): RegExp {
  const classes = words.filter((w) => /^[A-Z]/.test(w)).map(escapeRe).join('|');
  return new RegExp(`(?<![A-Za-z0-9_])(?:${classes})(?:\\.|::|\\()`);
}

/**
 * The name at `at` is used as a field: quoted or a symbol (`'email'`, `:email`), or a keyword
 * argument or hash key (`email: x`, `email=x`, `email => x`). `const { key } = await Config.x()`
 * names a local variable, not Config's column.
 */
function fieldUse(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  // `OuterRef("user_id")` names a field of the outer query's model, not of the model on the line.
  if (/OuterRef\(\s*$/.test(text.slice(Math.max(0, at - 12), at - 1))) return false;
  if (before === "'" || before === '"' || before === '`' || (before === ':' && text[at - 2] !== ':')) return true;
  return /^\s*(?::(?!:)|=(?!=)|=>)/.test(text.slice(at + length, at + length + 8));
}

/**
 * When a common column name counts on a line: its table qualifies it (`users.email`,
 * `user.email`, `users["email"]`), the table is named as a string (`knex('users')`, `.from("users")`)
 * or in SQL (`FROM users`, `UPDATE users`: sqlContextRe). A table word that merely appears on the line is not
 * enough: `.send()` is not the `sends` table and `'role'` is not `roles`.
 */
/**
 * The name at `at` of the line is an argument of a call (or a field of a literal) that starts at
 * one of the model classes on the line: `User.where(key: …)`, `User.objects.filter(email=…)`.
 * `(Cluster.objects.filter(_site=x), 'site_id')` passes a name beside that call, not to it.
 */
function insideClassCall(line: string, at: number, classRe: RegExp): boolean {
  // A very long line (minified code) is not walked per occurrence: the class on it is enough.
  if (line.length > 2000) return true;
  const re = new RegExp(classRe.source, 'g');
  for (let m = re.exec(line); m && m.index < at; m = re.exec(line)) {
    let depth = 0;
    let i = m.index;
    for (; i < at; i++) {
      const c = line[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if ((c === ')' || c === ']' || c === '}') && --depth < 0) break;
    }
    if (i === at && depth > 0) return true;
  }
  return false;
}

function qualifierPattern(table: string, words: string[], column: string): RegExp {
  const lower = words.filter((w) => !/^[A-Z]/.test(w)).map(escapeRe).join('|');
  const classes = words.filter((w) => /^[A-Z]/.test(w)).map(escapeRe).join('|');
  const c = escapeRe(column);
  const t = escapeRe(table);
  return new RegExp(
    [
      // `User::read(` and `user.email(` call a method of that name, not the column.
      `(?<![A-Za-z0-9_])(?:${lower}|${classes})\\s*(?:\\?\\.|\\.|::|->)\\s*${c}(?![A-Za-z0-9_])(?!\\s*\\()`,
      `(?<![A-Za-z0-9_])(?:${lower})\\s*\\[\\s*['"\`:]${c}(?![A-Za-z0-9_])`,
      `['"\`]${t}['"\`]`,
    ].join('|'),
  );
}

/** A directory whose files are ORM models or schema definitions, where a file named after a table is its model. */
const MODEL_DIRS = /(^|\/)(models?|entities|entity|schemas?|domain|records)\//i;

function prepare(t: ReferenceTarget, owners: ReadonlyMap<string, ReadonlySet<string>> | undefined, models: CodeSearchOptions['models']): PreparedTarget {
  const tableName = t.table.split('.').pop() ?? t.table;
  const words = tableWords(t.table, models?.get(t.table)?.name);
  const word = t.column ?? tableName;
  let mode: SearchMode;
  if (t.column) {
    // A column name other tables also have (user_id on orders and on invoices) is ambiguous on its own.
    const others = [...(owners?.get(t.column) ?? [])].filter((o) => o !== t.table);
    mode = isDistinctive(t.column) && others.length === 0 ? 'bare' : 'withTable';
  } else {
    mode = isDistinctive(tableName) ? 'bare' : 'tableContext';
  }
  return new PreparedTarget(t.column ? `${t.table}.${t.column}` : t.table, word, mode, tableName, words, t.column !== null);
}

function pathFilter(patterns: string[]): ((rel: string) => boolean) | null {
  if (patterns.length === 0) return null;
  const tests = patterns.map((p) => {
    const posix = toPosix(p).replace(/^\.\//, '').replace(/\/$/, '');
    if (isGlob(posix)) {
      const re = globToRegExp(posix);
      return (rel: string) => re.test(rel);
    }
    return (rel: string) => rel === posix || rel.startsWith(`${posix}/`);
  });
  return (rel) => tests.some((t) => t(rel));
}

/** Whether a path is skipped by default: vendored, generated, lock, binary, prose or migration code. */
export function skippedByDefault(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  for (let i = 0; i < parts.length - 1; i++) if (SKIP_SEGMENTS.has(parts[i]!) || MIGRATION_DIR.test(parts[i]!)) return true;
  if (SEED_FILE.test(name) || TEST_FILE.test(name)) return true;
  if (LOCK_FILES.has(name) || GENERATED_FILES.test(rel)) return true;
  if (/\.min\.(js|css)$/.test(name)) return true;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  // Alembic keeps its migrations in `versions/` next to env.py.
  if (/(^|\/)alembic\/versions\//.test(rel)) return true;
  return BINARY_EXT.has(ext) || DOC_EXT.has(ext);
}

/**
 * The files the application's code lives in: inside a git work tree, the files git knows
 * (tracked plus untracked-but-not-ignored, so .gitignore is honoured and generated output is
 * not); outside one, a directory walk from cwd. Relative to cwd, sorted.
 */
export function listCodeFiles(cwd: string): { files: string[]; source: 'git' | 'walk' } {
  try {
    const out = runGit(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { stderr: 'ignore', maxBuffer: 512 * 1024 * 1024 });
    return { files: [...new Set(out.split('\0').filter(Boolean))].sort(), source: 'git' };
  } catch {
    return { files: walk(cwd).map((f) => toPosix(path.relative(cwd, f))).sort(), source: 'walk' };
  }
}

/**
 * Reads a file into the shared buffer (one open, one read, no stat, no allocation per file).
 * Returns the number of bytes, or -1 when the file is larger than `max`, unreadable or not a
 * regular file (a directory such as a submodule fails the read).
 */
function readInto(abs: string, shared: Buffer, max: number): number {
  let fd: number;
  try {
    // A committed symlink may point anywhere (/etc/shadow, a FIFO): never followed, and a
    // non-blocking open plus the type check keep FIFOs and devices from hanging the scan.
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return -1;
  }
  try {
    if (!fstatSync(fd).isFile()) return -1;
    let off = 0;
    // Reading one byte past the limit is how an oversized file shows itself without a stat.
    while (off <= max) {
      const n = readSync(fd, shared, off, max + 1 - off, null);
      if (n === 0) return off;
      off += n;
    }
    return -1;
  } catch {
    return -1;
  } finally {
    closeSync(fd);
  }
}

/**
 * Searches the application code for the old names of dropped and renamed objects, in one pass:
 * each file is read once; a byte search for every name rules out almost every file before any
 * decoding; only files containing a name run the whole-word regex and the line bookkeeping.
 * Names are matched case-sensitively, as the schema spells them: PostgreSQL folds unquoted
 * names to lower case, and that is how ORM models, query builders and SQL strings write them.
 */
export function searchReferences(targets: ReferenceTarget[], opts: CodeSearchOptions): CodeIndex {
  const started = performance.now();
  const max = opts.maxPerIdentifier ?? 5;
  const maxBytes = opts.maxFileBytes ?? 1024 * 1024;
  const prepared = new Map<string, PreparedTarget>();
  for (const t of targets) {
    const p = prepare(t, opts.columnOwners, opts.models);
    if (!prepared.has(p.id) && p.word) prepared.set(p.id, p);
  }
  const byWord = new Map<string, PreparedTarget[]>();
  for (const p of prepared.values()) {
    const list = byWord.get(p.word);
    if (list) list.push(p);
    else byWord.set(p.word, [p]);
  }
  const words = [...byWord.keys()];
  // Models module → the tables whose model classes it declares (a file of it declares those it defines).
  const modelModules = new Map<string, Array<{ table: string; name: string }>>();
  for (const [table, model] of opts.models ?? []) {
    const list = modelModules.get(model.module) ?? [];
    list.push({ table: (table.split('.').pop() ?? table).toLowerCase(), name: model.name });
    modelModules.set(model.module, list);
  }
  const stats: CodeIndex['stats'] = { files: 0, searched: 0, bytes: 0, ms: 0, source: 'walk' };

  if (words.length > 0) {
    const needles = words.map((w) => Buffer.from(w, 'utf8'));
    const wordRe = new RegExp(`(?<![A-Za-z0-9_])(?:${words.map(escapeRe).join('|')})(?![A-Za-z0-9_])`, 'g');
    const seen = eachCodeFile({ ...opts, maxFileBytes: maxBytes }, (rel, buf) => {
      stats.bytes += buf.length;
      if (!needles.some((n) => buf.includes(n))) return;
      // A NUL byte early on: binary content that happens to contain the name.
      const nul = buf.indexOf(0);
      if (nul !== -1 && nul < 8192) return;
      // A .sql file that defines tables is a migration or schema script (another dialect's
      // directory, a schema dump), not application code; query files (SELECT …) still count.
      if (rel.endsWith('.sql') && SCHEMA_SCRIPT.test(buf.toString('latin1'))) return;
      stats.searched++;
      scanFile(rel, buf.toString('utf8'), wordRe, byWord, max, modelModules);
    });
    stats.source = seen.source;
    stats.files = seen.files;
  }
  for (const p of prepared.values()) {
    if (!p.shadowed) continue;
    p.refs = [];
    p.total = 0;
  }
  stats.ms = performance.now() - started;
  return {
    references: (id) => prepared.get(id)?.refs ?? [],
    total: (id) => prepared.get(id)?.total ?? 0,
    stats,
  };
}

function isQuotedKey(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  if (before !== '"' && before !== "'") return isSchemaProperty(text, at + length);
  return new RegExp(`^${before}\\s*:`).test(text.slice(at + length, at + length + 8));
}

/**
 * A JSON Schema property (`email: { type: 'string' }` in an ORM model's `jsonSchema`, an OpenAPI
 * spec): it describes a payload's field for validation, no query names the column through it.
 */
function isSchemaProperty(text: string, end: number): boolean {
  return /^['"]?\s*:\s*\{\s*['"]?type['"]?\s*:/.test(text.slice(end, end + 40));
}

/**
 * Visits every file of the application's code, as the repository scan sees it (git's files or a
 * walk, without the default skips, migration paths and `code.exclude`, within `code.include`).
 * `visit` gets a view of a shared buffer, valid only during the call. Returns how many files
 * passed the filters and where the list came from.
 */
export function eachCodeFile(opts: Pick<CodeSearchOptions, 'cwd' | 'include' | 'exclude' | 'skip' | 'maxFileBytes'>, visit: (rel: string, buf: Buffer) => void): { files: number; source: 'git' | 'walk' } {
  const maxBytes = opts.maxFileBytes ?? 1024 * 1024;
  const { files, source } = listCodeFiles(opts.cwd);
  const include = pathFilter(opts.include ?? []);
  const exclude = pathFilter(opts.exclude ?? []);
  const skip = pathFilter(opts.skip ?? []);
  const shared = Buffer.allocUnsafe(maxBytes + 1);
  let count = 0;
  for (const rel of files) {
    if (skippedByDefault(rel) || skip?.(rel) || (include && !include(rel)) || exclude?.(rel)) continue;
    count++;
    const size = readInto(path.join(opts.cwd, rel), shared, maxBytes);
    if (size < 0) continue;
    visit(rel, shared.subarray(0, size));
  }
  return { files: count, source };
}

/** A model's table declaration: `__tablename__ = 'x'`, `db_table = "x"`, `tableName: 'x'`, `self.table_name = "x"`. */
const DECLARES_ANY_TABLE = /(?:__tablename__|\bdb_table|\btable_?name|\btableName)\s*[=:]\s*['"`]([A-Za-z_][\w.]*)['"`]/gi;

/**
 * Where a line comment starts on a line (Infinity: none), outside quotes: `//`, `# ` (a `#` before
 * a space, so Rust's `#[attr]` and `#{}` are code), `-- ` (SQL), or a line inside a block comment
 * (`* ` or `/*` at its start). One pass over the line.
 */
function commentStart(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  if (line.startsWith('* ', i) || line.startsWith('*\t', i) || line.startsWith('/*', i) || line === '*') return i;
  let quote = '';
  for (; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
    else if (c === '#' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) return i;
    else if (c === '-' && line[i + 1] === '-' && (line[i + 2] === ' ' || i + 2 === line.length)) return i;
  }
  return Infinity;
}

/** The models modules (`shop/models`) a file belongs to: `shop/models.py` itself, or any file under `shop/models/`. */
function modulesOf(rel: string): string[] {
  const out = [rel.replace(/\.[^./]+$/, '')];
  for (let i = rel.lastIndexOf('/'); i > 0; i = rel.lastIndexOf('/', i - 1)) out.push(rel.slice(0, i));
  return out;
}

/** `def slug` / `def self.slug` (Ruby, Python), not `def slug=`, `def slug?` or `def slugs`: a method of that name. */
const defOf = (w: string) => `def[ \\t]+(?:self\\.)?${w}(?![\\w=?!])`;

/**
 * How the file itself binds `word` as a name of its own, where that is not the table's column: a
 * variable (`min_vid = int(r.lower)`, `const min_vid = …`, `min_vid := …`), a method or function
 * of that name (`def gem_name` in a controller or helper: its bare uses call it), or, in Python, a
 * field of another class (`subject_fail: str` in a TypedDict, `subject_fail: str = Field()` in a
 * pydantic model). A field or method of one of the table's own model classes (`classes`) is the
 * column's declaration or its replacement, which definesMethod judges for the model file.
 */
function bindingOf(text: string, word: string, python: boolean, classes: ReadonlySet<string>): 'local' | 'field' | null {
  const w = escapeRe(word);
  const assign = `(?:(?:const|let|var|my|local|val)[ \\t]+)?${w}[ \\t]*(?::=|(?::[^=\\n]*)?=(?![=>~]))`;
  const re = new RegExp(`^([ \\t]*)(?:(${defOf(w)})|${assign}${python ? `|${w}[ \\t]*:[ \\t]*[A-Za-z_]` : ''})`, 'gm');
  let kind: 'local' | 'field' | null = null;
  for (const m of text.matchAll(re)) {
    const method = m[2] !== undefined;
    // A keyword argument or element on a line of its own inside a call or a literal (`    legacy_email=x,`
    // in `User.objects.filter(` … `)`) is no binding: the line ends in a comma, or the one above
    // in an opening bracket or a comma.
    const lineEnd = text.indexOf('\n', m.index);
    if (!method && /,\s*$/.test(text.slice(m.index, lineEnd === -1 ? text.length : lineEnd))) continue;
    if (!method && /[([{,][ \t]*\r?\n[\s]*$/.test(text.slice(Math.max(0, m.index - 400), m.index))) continue;
    const indent = m[1]!.length;
    let enclosing: string | null = null;
    if (python && indent > 0) {
      // The nearest line above that is indented less opens the block the name is bound in.
      for (let end = m.index; end > 0;) {
        const start = text.lastIndexOf('\n', end - 2) + 1;
        const line = text.slice(start, end - 1);
        end = start;
        const lead = /^[ \t]*/.exec(line)![0].length;
        if (lead < line.length && line[lead] !== '#' && lead < indent) {
          enclosing = line.slice(lead);
          break;
        }
      }
    }
    const cls = enclosing ? /^class[ \t]+([A-Za-z_]\w*)/.exec(enclosing) : null;
    if (cls) {
      if (classes.has(cls[1]!)) continue;
      // A method of another class is called on its objects (`report.gem_name`), as a variable is read.
      if (!method) return 'field';
    }
    kind = 'local';
  }
  return kind;
}

/**
 * The model file defines a method named after the dropped column (`def slug` in Ruby or Python,
 * `fn slug(` in Rust, `function slug(` in PHP, a `get slug()` accessor in JavaScript), without reading
 * the stored attribute in it (`self[:slug]`, `read_attribute(:slug)`, `super`): the column was
 * replaced by code before it was dropped, and `rubygem.slug` elsewhere calls that code.
 */
function definesMethod(text: string, word: string): boolean {
  const w = escapeRe(word);
  const definition = new RegExp(`^[ \\t]*(?:${defOf(w)}|(?:pub(?:\\([a-z]+\\))?[ \\t]+)?fn[ \\t]+${w}[ \\t]*[(<]|(?:(?:public|protected|private|static)[ \\t]+)*function[ \\t]+${w}[ \\t]*\\(|(?:static[ \\t]+)?get[ \\t]+${w}[ \\t]*\\()`, 'm');
  if (!definition.test(text)) return false;
  return !new RegExp(`\\[:${w}\\]|\\[['"]${w}['"]\\]|read_attribute\\(:?['"]?${w}\\b|\\bsuper\\b`).test(text);
}

/** The range holding `at`, of ranges in order that do not overlap (a binary search: files have hundreds). */
function rangeAt<R extends { start: number; end: number }>(ranges: readonly R[], at: number): R | undefined {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

function scanFile(rel: string, text: string, wordRe: RegExp, byWord: Map<string, PreparedTarget[]>, max: number, modelModules: ReadonlyMap<string, ReadonlyArray<{ table: string; name: string }>>): void {
  const base = path.posix.basename(rel).replace(/\.[^.]+$/, '').toLowerCase().replace(/_/g, '');
  const python = /\.pyi?$/.test(rel);
  const modelFile = new Map<PreparedTarget, boolean>();
  const isModelFile = (p: PreparedTarget): boolean => {
    let v = modelFile.get(p);
    if (v === undefined) {
      // A file that declares several models (`warehouse/packaging/models.py`) is not any one
      // table's model file: there a common name counts only where its table qualifies it.
      v = declaredTables().size <= 1 && ((p.modelFileNames.has(base) && MODEL_DIRS.test(rel)) || p.declaresRe.test(text) || declaredTables().has(p.table.toLowerCase()));
      modelFile.set(p, v);
    }
    return v;
  };
  // Tables the file declares a model for (`__tablename__ = 'registrations'`): a distinctive column
  // name in another table's model file is that model's attribute unless the line names this table.
  let declared: Set<string> | null = null;
  // An ORM's models module declares the tables of the model classes the file defines (`class Check(models.Model)`).
  const declaredTables = (): Set<string> => {
    if (declared) return declared;
    declared = new Set([...text.matchAll(DECLARES_ANY_TABLE)].map((d) => d[1]!.split('.').pop()!.toLowerCase()));
    for (const module of modulesOf(rel)) {
      for (const model of modelModules.get(module) ?? []) {
        if (new RegExp(`^[ \\t]*class[ \\t]+${escapeRe(model.name)}(?![A-Za-z0-9_])`, 'm').test(text)) declared.add(model.table);
      }
    }
    return declared;
  };
  const rust = rel.endsWith('.rs');
  // Worked out once per Rust file, for every target: the names it binds, the structs it maps to tables.
  let rustNames: Set<string> | null = null;
  let rustStructs: ReturnType<typeof rustTableStructs> | null = null;
  let rustUseDecls: ReturnType<typeof rustUses> | null = null;
  let rustOwners: ReturnType<typeof rustBraceOwners> | null = null;
  let rustStructTables: Map<string, string> | null = null;
  const bindings = new Map<PreparedTarget, 'local' | 'field' | null>();
  const binding = (p: PreparedTarget): 'local' | 'field' | null => {
    let b = bindings.get(p);
    // Python says which class a field is bound in, and Rust which names are locals (its declarations
    // read `pub bar:` or `bar ->`), so their own model files are searched too (a TypedDict beside the
    // model, a function parameter `bar: i32`); elsewhere the table's model file is trusted as a whole.
    if (b === undefined) {
      if (rust) b = (rustNames ??= rustBoundNames(text)).has(p.word) ? 'local' : null;
      else b = isModelFile(p) && !python ? null : bindingOf(text, p.word, python, p.classWords);
      bindings.set(p, b);
    }
    return b;
  };
  /**
   * In a Rust file, the name at `at` is not this table's column (or the table): a bare use of the
   * local, function or module the file binds of that name, a call (`admin_ban(…)`, `Form::admin_ban(`:
   * diesel's columns and tables are never called), or a field of a struct that is not the table's:
   * one the file maps to another table, or one neither named after the table nor mapped to it (an API
   * type's `pub bar: bool`, `ResponseV3 { bar: false }`). The struct the table maps declares the
   * column; building or declaring another struct with a field of that name does not use it.
   */
  const rustNotColumn = (p: PreparedTarget, at: number, access: boolean, lineStart: number): boolean => {
    const after = text.slice(at + p.word.length, at + p.word.length + 16);
    if (/^[ \t]*(?:\(|!|::<)/.test(after)) return true;
    const structs = (rustStructs ??= rustTableStructs(text));
    const inStruct = rangeAt(structs, at);
    if (inStruct) return inStruct.table !== p.table.toLowerCase();
    // A field, declared, set or matched: `pub bar: …`, `bar: …`, shorthand `bar,` / `bar }`, directly inside a struct's braces.
    if (!access && /^[ \t\r\n]*(?::(?!:)|,|\})/.test(after) && /(?:[{,\]]|(?<![A-Za-z0-9_])(?:pub(?:\([a-z]+\))?|ref|mut))[ \t\r\n]*$/.test(text.slice(Math.max(0, at - 24), at))) {
      const owner = ownerAt((rustOwners ??= rustBraceOwners(text)), at);
      // The model's own struct: declared, its field is the column; built or destructured (`let Order { bar, .. }`), the
      // name is as bound as elsewhere (the declaration is what maps the column). Any other struct's field is not the column.
      if (owner && !(p.classWords.has(owner.name) && !owner.declared)) {
        if (p.classWords.has(owner.name)) return false;
        rustStructTables ??= new Map(structs.map((st) => [st.name, st.table]));
        return rustStructTables.get(owner.name) !== p.table.toLowerCase();
      }
    }
    return binding(p) === 'local' && !access && !rustColumnUse(text, at, p.word.length, lineStart);
  };
  const otherTablesModel = (p: PreparedTarget): boolean => declaredTables().size > 0 && !declaredTables().has(p.table.toLowerCase());
  let lineNo = 1;
  let scanned = 0;
  let lineEnd = -1;
  let lineText = '';
  let lineStart = 0;
  let commentAt = Infinity;
  const seen = new Set<PreparedTarget>();
  const shadowChecked = new Set<PreparedTarget>();
  // What a target's line-wide patterns say about the current line, worked out once per line: on a
  // long line naming the word many times, testing them again at every occurrence (and slicing the
  // line again) is quadratic, minutes on a 1 MiB one-line file.
  const onLine = new Map<PreparedTarget, { qualified?: boolean; classUsed?: boolean; context?: boolean }>();
  wordRe.lastIndex = 0;
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
    if (m.index > lineEnd) {
      for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) lineNo++;
      const start = text.lastIndexOf('\n', m.index) + 1;
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd === -1) lineEnd = text.length;
      lineText = text.slice(start, lineEnd);
      lineStart = start;
      commentAt = commentStart(lineText);
      scanned = lineEnd;
      seen.clear();
      onLine.clear();
    }
    // A name in a comment (`# zmstats.pl writes…`, `/// A sidebar for…`) is prose, not a query.
    if (m.index - lineStart >= commentAt) continue;
    // `$status` is a variable (PHP, Perl, shell) or another identifier (JavaScript), never the column.
    if (text[m.index - 1] === '$') continue;
    // A path in a Rust `use` of anything but a diesel schema (`use crate::api::admin_ban::admin_ban;`) names a module, function or type.
    if (rust && rangeAt((rustUseDecls ??= rustUses(text)), m.index)?.schema === false) continue;
    for (const p of byWord.get(m[0]) ?? []) {
      if (seen.has(p)) continue;
      if (p.isColumn && !shadowChecked.has(p)) {
        shadowChecked.add(p);
        if (isModelFile(p) && definesMethod(text, p.word)) p.shadowed = true;
      }
      let line = onLine.get(p);
      if (!line) onLine.set(p, (line = {}));
      let hit: boolean;
      const qualified = () =>
        (line.qualified ??= p.qualifierRe.test(lineText) || p.sqlContextRe.test(lineText)) ||
        ((line.classUsed ??= p.classRe.test(lineText)) && fieldUse(text, m.index, m[0].length) && insideClassCall(lineText, m.index - lineStart, p.classRe));
      if (p.mode === 'bare') {
        // A distinctive name counts anywhere, except where the code shows it is something else: in
        // another table's model file, as a dict key (an API payload's field), or in a file that binds
        // the name itself — a bare identifier there is its variable (`min_vid = …; min_vid - 1`), and
        // where another class declares a field of that name, `spec.subject_fail` is that field.
        // There it counts only where its table qualifies it on the line.
        // `def self.gem_name` defines the method the file binds; it is no access to an object's attribute.
        const access = /(?:\.|::|->)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && !/\bdef[ \t]+self\.$/.test(text.slice(Math.max(0, m.index - 12), m.index));
        const before = text[m.index - 1];
        const quoted = before === "'" || before === '"' || before === '`' || (before === ':' && text[m.index - 2] !== ':');
        let plain = true;
        if (otherTablesModel(p) || isQuotedKey(text, m.index, m[0].length)) plain = false;
        else if (rust) plain = quoted || !rustNotColumn(p, m.index, access, lineStart);
        else if (!quoted) {
          const b = binding(p);
          if (b === 'field' || (b === 'local' && !access)) plain = false;
        }
        hit = plain || qualified();
      }
      // In a model file a quoted name followed by a colon is a JSON or dict key (an API field), not the column.
      // In a Rust model file a name in a string is a JSON key or prose (`json["type"]`, "invalid type"): diesel
      // names the column by its field and its `table!` entry, and SQL in a string names the table beside it.
      else if (p.mode === 'withTable') {
        const access = rust && /(?:\.|::|->)\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index));
        hit =
          (isModelFile(p) && !isQuotedKey(text, m.index, m[0].length) && !(rust && (insideRustString(lineText, m.index - lineStart) || rustNotColumn(p, m.index, access, lineStart)))) ||
          qualified();
      }
      // `import { EventEmitter } from 'events'` quotes a module name, not a table.
      else hit = line.context ??= p.contextRe.test(lineText) && !(IMPORT_LINE.test(lineText) && !p.sqlContextRe.test(lineText));
      if (!hit) continue;
      seen.add(p);
      p.total++;
      if (p.refs.length < max) p.refs.push({ file: rel, line: lineNo });
    }
  }
}

/**
 * What the engine searches for: the old names of every column and table that a migration under
 * test drops or renames, plus, from the whole history, which tables share each column name (a
 * shared name needs its table next to it to count).
 */
export function referenceTargets(migrations: Migration[]): { targets: ReferenceTarget[]; columnOwners: Map<string, Set<string>>; models: Map<string, Omit<OrmModel, 'table'>> } {
  const targets: ReferenceTarget[] = [];
  const columnOwners = new Map<string, Set<string>>();
  const models = new Map<string, Omit<OrmModel, 'table'>>();
  const own = (column: string, table: string) => {
    const set = columnOwners.get(column) ?? new Set<string>();
    set.add(table);
    columnOwners.set(column, set);
  };
  for (const m of migrations) {
    for (const model of m.ormModels ?? []) models.set(model.table, { name: model.name, module: model.module });
    for (const op of m.up) {
      if (op.kind === 'createTable') for (const c of op.columns) own(c.name, op.table);
      else if (op.kind === 'addColumn') own(op.column.name, op.table);
      else if (op.kind === 'renameColumn') own(op.newName, op.table);
      if (!m.isNew) continue;
      if (op.kind === 'dropColumn' || op.kind === 'renameColumn') targets.push({ table: op.table, column: op.column });
      else if (op.kind === 'dropTable' || op.kind === 'renameTable') targets.push({ table: op.table, column: null });
    }
  }
  return { targets, columnOwners, models };
}
