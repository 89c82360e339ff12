import { skipComment, skipQuoted } from '../parse/sql/mysql/splitter.js';
import { tokenize, type Token } from '../parse/sql/mysql/tokens.js';

/**
 * The `mysql` engine's guard: an allowlist of statement kinds and session settings, decided on
 * the statement as the server reads it. Every statement is sent to a throwaway clone, but a
 * statement can still name another schema, change the server or run SQL the guard never saw
 * (dynamic SQL, routine bodies run later, executable comments); those are refused.
 */

export interface MysqlGuardContext {
  /** The session's sql_mode makes `"..."` an identifier (ANSI_QUOTES, ANSI, ORACLE, ...). */
  ansiQuotes: boolean;
  /** The session's sql_mode has NO_BACKSLASH_ESCAPES. */
  noBackslashEscapes: boolean;
  /**
   * Values of the user variables a `SET sql_mode = @v` (or a character set) reads, read from the
   * session just before the statement (see `lexingVariableReads`); null: the variable is NULL.
   */
  userVariables?: ReadonlyMap<string, string | null>;
}

export const DEFAULT_GUARD_CONTEXT: MysqlGuardContext = { ansiQuotes: false, noBackslashEscapes: false };

export const SYSTEM_SCHEMAS = new Set(['mysql', 'information_schema', 'performance_schema', 'sys']);

/** Modes that make double quotes identifiers (the combination modes include ANSI_QUOTES). */
const ANSI_QUOTE_MODES = new Set(['ANSI_QUOTES', 'ANSI', 'DB2', 'MAXDB', 'MSSQL', 'ORACLE', 'POSTGRESQL']);

export function sqlModeFlags(mode: string): MysqlGuardContext & { oracle: boolean } {
  const parts = new Set(mode.toUpperCase().split(',').map((s) => s.trim()).filter(Boolean));
  return {
    ansiQuotes: [...parts].some((p) => ANSI_QUOTE_MODES.has(p)),
    noBackslashEscapes: parts.has('NO_BACKSLASH_ESCAPES'),
    oracle: parts.has('ORACLE'),
  };
}

/** Storage engines whose tables live in the clone's own files. CONNECT, FEDERATED, SPIDER... reach elsewhere. */
const ALLOWED_ENGINES = new Set(['INNODB', 'MYISAM', 'ARIA', 'MEMORY', 'HEAP', 'ARCHIVE', 'BLACKHOLE', 'CSV', 'MRG_MYISAM', 'MERGE', 'SEQUENCE']);

/** Character sets where a quote or backslash byte is never part of a multibyte character. */
const SAFE_CHARSETS = new Set(['UTF8', 'UTF8MB3', 'UTF8MB4', 'LATIN1', 'LATIN2', 'ASCII', 'BINARY', 'DEFAULT', 'UTF16', 'UTF32', 'UCS2']);

/** Session variables a migration may set. Everything else is refused. */
const ALLOWED_SESSION_VARIABLES = new Set([
  'foreign_key_checks', 'unique_checks', 'sql_notes', 'sql_warnings', 'time_zone', 'autocommit', 'sql_safe_updates',
  'check_constraint_checks', 'group_concat_max_len', 'innodb_strict_mode', 'explicit_defaults_for_timestamp', 'big_tables',
  'sql_big_selects', 'sql_auto_is_null', 'character_set_results', 'sql_select_limit', 'div_precision_increment',
  'cte_max_recursion_depth', 'max_recursive_iterations', 'insert_id', 'last_insert_id', 'auto_increment_increment',
  'auto_increment_offset', 'sql_quote_show_create', 'transaction_isolation', 'tx_isolation', 'default_storage_engine',
  'storage_engine', 'default_tmp_storage_engine', 'sql_mode', 'old_alter_table', 'alter_algorithm', 'sql_if_exists',
  'system_versioning_alter_history', 'optimizer_switch', 'sql_require_primary_key', 'innodb_default_row_format',
  // mysqldump of MariaDB ≥ 10.6.16 saves and restores it around the dump.
  'note_verbosity',
]);

/** The dry-run's own limits. */
const TIMEOUT_VARIABLES = new Set(['max_statement_time', 'max_execution_time', 'lock_wait_timeout', 'innodb_lock_wait_timeout', 'wait_timeout', 'interactive_timeout', 'net_read_timeout', 'net_write_timeout', 'idle_transaction_timeout', 'idle_write_transaction_timeout', 'idle_readonly_transaction_timeout']);

/** Variables that change how the server reads the next statement's bytes or quotes. */
const LEXING_VARIABLES = new Set(['sql_mode', 'character_set_client', 'character_set_connection', 'collation_connection', 'character_set_database', 'collation_database']);

/**
 * Session settings a migration (or a routine it calls) can leave changed: the runner puts them
 * back between up and down, as a new session in production would start (insert ids are per statement).
 */
export const SESSION_STATE_VARIABLES: ReadonlySet<string> = new Set(
  [...ALLOWED_SESSION_VARIABLES, ...LEXING_VARIABLES, ...TIMEOUT_VARIABLES, 'character_set_results'].filter((v) => v !== 'insert_id' && v !== 'last_insert_id'),
);

/** Words refused wherever they appear: in the statement, a routine or trigger body, or an executable comment. */
const REFUSED_ANYWHERE: Record<string, string> = {
  PREPARE: 'dynamic SQL (PREPARE/EXECUTE) runs text the dry-run cannot check',
  EXECUTE: 'dynamic SQL (PREPARE/EXECUTE, EXECUTE IMMEDIATE) runs text the dry-run cannot check',
  DEALLOCATE: 'dynamic SQL (PREPARE/EXECUTE) runs text the dry-run cannot check',
  IMMEDIATE: 'dynamic SQL (EXECUTE IMMEDIATE) runs text the dry-run cannot check',
  OUTFILE: 'reads or writes server files',
  DUMPFILE: 'reads or writes server files',
  INFILE: 'reads or writes server files',
  LOAD_FILE: 'reads server files',
  SONAME: 'loads a shared library into the server (UDF/plugin)',
  GLOBAL: 'changes a setting for the whole server',
  PERSIST: 'changes a setting for the whole server',
  PERSIST_ONLY: 'changes a setting for the whole server',
  GRANT: 'changes privileges',
  REVOKE: 'changes privileges',
  FLUSH: 'acts on the whole server',
  KILL: 'signals another session',
  SHUTDOWN: 'stops the server',
  INSTALL: 'changes the server\'s plugins',
  UNINSTALL: 'changes the server\'s plugins',
  PURGE: 'deletes binary logs',
  BINLOG: 'replays events on the server',
  GET_LOCK: 'takes a server-wide named lock other sessions may wait on',
  RELEASE_LOCK: 'named locks are how a dry-run marks its clone as alive',
  RELEASE_ALL_LOCKS: 'named locks are how a dry-run marks its clone as alive',
  SYS_EXEC: 'runs a program on the server',
  SYS_EVAL: 'runs a program on the server',
  DIRECTORY: 'DATA/INDEX DIRECTORY writes files outside the clone',
  TABLESPACE: 'tablespaces are shared by the server, outside the clone',
  CONNECTION: 'a table CONNECTION reaches another server',
};

/** Object kinds that CREATE/ALTER/DROP must never name, in a statement or any body. */
const SERVER_OBJECTS = new Set(['DATABASE', 'SCHEMA', 'USER', 'ROLE', 'SERVER', 'EVENT', 'TABLESPACE', 'LOGFILE', 'INSTANCE', 'PLUGIN']);

/** Top-level statement kinds (head word, or head + object kind) that may run in the clone. */
const ALLOWED_OBJECTS: Record<string, Set<string>> = {
  CREATE: new Set(['TABLE', 'INDEX', 'VIEW', 'TRIGGER', 'PROCEDURE', 'FUNCTION', 'SEQUENCE']),
  ALTER: new Set(['TABLE', 'VIEW', 'SEQUENCE', 'PROCEDURE', 'FUNCTION']),
  DROP: new Set(['TABLE', 'INDEX', 'VIEW', 'TRIGGER', 'PROCEDURE', 'FUNCTION', 'SEQUENCE']),
};
const ALLOWED_HEADS = new Set(['INSERT', 'REPLACE', 'UPDATE', 'DELETE', 'SELECT', 'WITH', 'VALUES', 'TABLE', 'TRUNCATE', 'COMMIT', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'UNLOCK', 'ANALYZE', 'OPTIMIZE', 'CHECK', 'CHECKSUM', 'REPAIR', 'SHOW', 'DESCRIBE', 'DESC', 'EXPLAIN', 'DO', 'CALL', 'SET', 'BEGIN', 'START', 'LOCK', 'RENAME']);
/** Words between CREATE/ALTER/DROP and the object kind. */
const MODIFIERS = new Set(['OR', 'REPLACE', 'TEMPORARY', 'UNIQUE', 'FULLTEXT', 'SPATIAL', 'ONLINE', 'OFFLINE', 'IGNORE', 'ALGORITHM', 'UNDEFINED', 'MERGE', 'TEMPTABLE', 'SQL', 'SECURITY', 'INVOKER', 'DEFINER', 'AGGREGATE', 'IF', 'NOT', 'EXISTS', 'CURRENT_USER']);

export interface GuardResult {
  refuse: string | null;
  /** Tokens of the statement as the server reads it (offsets are the original statement's). */
  tokens: Token[];
}

/**
 * The readings of a statement's executable comments (`/*!…*\/`, `/*!NNNNN…*\/`, MariaDB
 * `/*M!NNNNNN…*\/`). Which versions a server runs is subtle (MariaDB runs `/*!50000` but not
 * `/*!99999`, and runs six-digit `/*!100000`), so both readings are checked: every executable
 * comment run, and none run. A comment whose end depends on the reading (a quote inside it hiding
 * the `*\/`) or that nests another comment is refused. Offsets are kept: the replaced text is
 * spaces of the same length.
 */
export function executableReadings(sql: string): { refuse: string | null; included: string; excluded: string } {
  let included = '';
  let excluded = '';
  let i = 0;
  let last = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(sql, i);
      continue;
    }
    const exec = /^\/\*(M?)!(\d*)/.exec(sql.slice(i, i + 12));
    if (exec) {
      const contentStart = i + exec[0].length;
      const plainEnd = sql.indexOf('*/', contentStart);
      // Read as the server does when it runs the comment: quotes are quotes, so `*/` inside one is not the end.
      let j = contentStart;
      let runEnd = -1;
      while (j < sql.length) {
        const c = sql[j]!;
        if (c === "'" || c === '"' || c === '`') {
          j = skipQuoted(sql, j);
          continue;
        }
        if (sql.startsWith('*/', j)) {
          runEnd = j;
          break;
        }
        if (sql.startsWith('/*', j) || c === '#' || (c === '-' && sql[j + 1] === '-')) {
          return { refuse: 'an executable comment (/*!…*/) contains another comment: the server and the dry-run could read it differently', included: sql, excluded: sql };
        }
        j++;
      }
      if (plainEnd < 0 || runEnd !== plainEnd) {
        return { refuse: 'an executable comment (/*!…*/) ends in a different place depending on whether the server runs it (a quote hides its */)', included: sql, excluded: sql };
      }
      const content = sql.slice(contentStart, plainEnd);
      included += sql.slice(last, i) + ' '.repeat(exec[0].length) + content + '  ';
      excluded += sql.slice(last, i) + ' '.repeat(plainEnd + 2 - i);
      i = plainEnd + 2;
      last = i;
      continue;
    }
    const past = skipComment(sql, i);
    if (past >= 0) {
      i = past;
      continue;
    }
    i++;
  }
  included += sql.slice(last);
  excluded += sql.slice(last);
  return { refuse: null, included, excluded };
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t?.kind === 'word' && words.includes(t.value);
}

function isPunct(t: Token | undefined, p: string): boolean {
  return t?.kind === 'punct' && t.value === p;
}

/** The object kind after CREATE/ALTER/DROP at `at`, skipping modifiers and a DEFINER clause. */
function objectKind(tokens: Token[], at: number): string | null {
  let i = at + 1;
  for (let guard = 0; i < tokens.length && guard < 20; guard++) {
    const t = tokens[i]!;
    if (isWord(t, 'DEFINER') && !isWord(tokens[i - 1], 'SECURITY')) {
      i++;
      if (isPunct(tokens[i], '=')) i++;
      // user, then @host (a variable token) or CURRENT_USER[()]
      if (isWord(tokens[i], 'CURRENT_USER')) {
        i++;
        if (isPunct(tokens[i], '(')) i += 2;
      } else {
        i++;
        if (tokens[i]?.kind === 'variable') i++;
      }
      continue;
    }
    if (isPunct(t, '=') || (t.kind === 'word' && MODIFIERS.has(t.value))) {
      i++;
      continue;
    }
    return t.kind === 'word' ? t.value : null;
  }
  return null;
}

function variableName(raw: string): { scope: 'session' | 'global' | 'user'; name: string } {
  if (!raw.startsWith('@@')) return { scope: 'user', name: raw };
  const body = raw.slice(2).toLowerCase();
  const m = /^(global|persist|persist_only|session|local)\.(.*)$/.exec(body);
  if (m) return { scope: m[1] === 'session' || m[1] === 'local' ? 'session' : 'global', name: m[2]!.replace(/`/g, '') };
  return { scope: 'session', name: body.replace(/`/g, '') };
}

/** Splits SET's assignment list at top-level commas. */
function assignments(tokens: Token[], from: number): Token[][] {
  const out: Token[][] = [];
  let depth = 0;
  let cur: Token[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isPunct(t, '(')) depth++;
    if (isPunct(t, ')')) depth--;
    if (depth === 0 && isPunct(t, ',')) {
      out.push(cur);
      cur = [];
      continue;
    }
    if (isPunct(t, ';')) continue;
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** `@name` (unquoted, the spelling mysqldump uses) → its case-insensitive name; null for `@@x` or a quoted name. */
function userVariableName(t: Token | undefined): string | null {
  if (t?.kind !== 'variable' || t.raw.startsWith('@@')) return null;
  const m = /^@([A-Za-z0-9_$.]+)$/.exec(t.raw);
  return m ? m[1]!.toLowerCase() : null;
}

/** The value tokens of one SET assignment (after the target and its `=`/`:=`). */
function assignedValue(a: Token[], targetAt: number): Token[] {
  return a.slice(targetAt + 1).filter((t) => !isPunct(t, '=') && !isPunct(t, ':='));
}

/**
 * The value a lexing setting is set to, as text: a literal, or a user variable whose value the
 * runner read from the session just before (the `SET @OLD_SQL_MODE = @@SQL_MODE` ...
 * `SET SQL_MODE = @OLD_SQL_MODE` idiom of mysqldump). `refuse` when it cannot be known.
 */
function lexingValue(value: Token[], all: Token[][], ctx: MysqlGuardContext, allowWord: boolean): { text: string } | { refuse: string } {
  if (value.length !== 1) return { refuse: 'a computed value' };
  const v = value[0]!;
  if (v.kind === 'string' || (allowWord && v.kind === 'word')) return { text: v.value };
  const name = userVariableName(v);
  if (!name) return { refuse: 'a computed value' };
  // SET @m = 'ANSI_QUOTES', sql_mode = @m: the value read before the statement is not the one it uses.
  if (all.some((a) => a.some((t, k) => userVariableName(t) === name && k + 1 < a.length && (isPunct(a[k + 1], '=') || isPunct(a[k + 1], ':='))))) {
    return { refuse: `@${name}, which the same SET assigns` };
  }
  // A function or subquery elsewhere in the SET could assign it first (SET @x = f(), sql_mode = @v).
  if (all.some((a) => a.some((t) => isPunct(t, '(')))) return { refuse: `@${name} alongside a call or subquery that could change it` };
  const known = ctx.userVariables?.get(name);
  if (known === undefined) return { refuse: `@${name}, whose value the dry-run did not read` };
  if (known === null) return { refuse: `@${name}, which is NULL` };
  return { text: known };
}

function checkSet(tokens: Token[], ctx: MysqlGuardContext): string | null {
  if (isWord(tokens[1], 'STATEMENT')) return 'SET STATEMENT ... FOR changes settings for a statement the dry-run would have to re-read';
  if (isWord(tokens[1], 'PASSWORD')) return 'SET PASSWORD changes an account';
  if (isWord(tokens[1], 'ROLE', 'DEFAULT')) return 'SET ROLE/DEFAULT ROLE changes the session\'s privileges';
  if (isWord(tokens[1], 'TRANSACTION') || (isWord(tokens[1], 'SESSION') && isWord(tokens[2], 'TRANSACTION'))) return null;
  const list = assignments(tokens, 1);
  for (const a of list) {
    let i = 0;
    let scope: 'session' | 'global' | 'user' = 'session';
    if (isWord(a[i], 'GLOBAL', 'PERSIST', 'PERSIST_ONLY')) return `SET ${a[i]!.value} changes the server for everyone`;
    if (isWord(a[i], 'SESSION', 'LOCAL')) i++;
    const target = a[i];
    if (!target) return 'SET without a variable';
    if (isWord(target, 'NAMES') || isWord(target, 'CHARSET') || (isWord(target, 'CHARACTER') && isWord(a[i + 1], 'SET'))) {
      const cs = a[isWord(target, 'CHARACTER') ? i + 2 : i + 1];
      const name = cs ? (cs.kind === 'word' ? cs.value : cs.value.toUpperCase()) : '';
      if (!SAFE_CHARSETS.has(name)) return `SET NAMES ${name || '?'}: a multibyte character set can make a quote or backslash part of a character, so the server would read the next statements differently from the dry-run`;
      continue;
    }
    let name: string;
    if (target.kind === 'variable') {
      const v = variableName(target.raw);
      scope = v.scope;
      name = v.name;
    } else if (target.kind === 'word' || target.kind === 'quoted') {
      name = (target.kind === 'word' ? target.raw : target.value).toLowerCase();
    } else return 'SET of something that is not a variable';
    if (scope === 'global') return 'SET GLOBAL/PERSIST changes the server for everyone';
    if (scope === 'user') continue;
    if (TIMEOUT_VARIABLES.has(name)) return `SET ${name} would change the dry-run's own timeouts`;
    if (name === 'sql_mode') {
      const value = lexingValue(assignedValue(a, i), list, ctx, false);
      if ('refuse' in value) return `SET sql_mode to ${value.refuse}: the dry-run cannot tell whether it changes how quotes and backslashes are read`;
      const next = sqlModeFlags(value.text);
      if (next.ansiQuotes !== ctx.ansiQuotes || next.noBackslashEscapes !== ctx.noBackslashEscapes || next.oracle) {
        return `SET sql_mode = '${value.text}'${assignedValue(a, i)[0]!.kind === 'variable' ? ` (the value of ${assignedValue(a, i)[0]!.raw})` : ''} changes how the server reads quotes or backslashes (ANSI_QUOTES, NO_BACKSLASH_ESCAPES, ORACLE); the dry-run reads statements with the session's mode`;
      }
      continue;
    }
    if (LEXING_VARIABLES.has(name)) {
      // A character set (or a collation's) where quotes and backslashes stay single bytes is harmless.
      const value = lexingValue(assignedValue(a, i), list, ctx, true);
      const v = 'text' in value ? value.text.toUpperCase() : '';
      const charset = name.startsWith('collation') ? v.split('_')[0]! : v;
      if (v && SAFE_CHARSETS.has(charset) && charset !== 'DEFAULT') continue;
      return `SET ${name}${'refuse' in value ? ` to ${value.refuse}` : ` = ${v}`}: only single-byte-safe character sets (utf8mb4, latin1, ...) keep the server reading statements as the dry-run does`;
    }
    if (name === 'default_storage_engine' || name === 'storage_engine' || name === 'default_tmp_storage_engine') {
      const value = a.slice(i + 1).find((t) => !isPunct(t, '=') && !isPunct(t, ':='));
      const engine = value ? value.value.toUpperCase() : '';
      if (!ALLOWED_ENGINES.has(engine)) return `SET ${name} = ${engine || '?'}: that engine keeps data outside the clone`;
      continue;
    }
    if (!ALLOWED_SESSION_VARIABLES.has(name)) return `SET ${name} is not on the dry-run's allowlist of session settings`;
  }
  return null;
}

/** Checks run on every token: bodies of routines, triggers and compound statements included. */
function checkEverywhere(tokens: Token[], schemas: Set<string>, clone: string, setVetted: boolean): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t.kind === 'word') {
      const reason = REFUSED_ANYWHERE[t.value];
      if (reason && !(t.value === 'CONNECTION' && !(isPunct(next, '=') || next?.kind === 'string'))) return `${t.raw}: ${reason}`;
      if (t.value === 'CREATE' || t.value === 'ALTER' || t.value === 'DROP' || t.value === 'RENAME') {
        const kind = objectKind(tokens, i);
        if (kind && SERVER_OBJECTS.has(kind)) return `${t.value} ${kind} acts outside the cloned schema`;
      }
      if (t.value === 'USE' && i === 0) return 'USE would switch away from the clone';
      if (t.value === 'ENGINE' && i > 0 && !isWord(tokens[i - 1], 'SHOW')) {
        let j = i + 1;
        if (isPunct(tokens[j], '=')) j++;
        const v = tokens[j];
        const engine = v ? v.value.toUpperCase() : '';
        if (v && (v.kind === 'word' || v.kind === 'quoted' || v.kind === 'string') && !ALLOWED_ENGINES.has(engine)) return `ENGINE=${engine}: that engine keeps data outside the clone or reaches other servers`;
      }
      if (LEXING_VARIABLES.has(t.raw.toLowerCase()) && !setVetted) return `${t.raw} changes how the server reads statements`;
      if (TIMEOUT_VARIABLES.has(t.raw.toLowerCase()) && !setVetted) return `${t.raw} would change the dry-run's own timeouts`;
    }
    if (t.kind === 'variable' && t.raw.startsWith('@@')) {
      const v = variableName(t.raw);
      if (v.scope === 'global') return `${t.raw}: changes or reads a setting for the whole server`;
      if (!setVetted && (LEXING_VARIABLES.has(v.name) || TIMEOUT_VARIABLES.has(v.name))) return `${t.raw} changes how the server reads statements or the dry-run's timeouts`;
    }
    // Qualified names: `db`.t, db.t, "db".t (an identifier under ANSI_QUOTES, so always treated as one), db . t.
    if ((t.kind === 'word' || t.kind === 'quoted' || (t.kind === 'string' && t.raw.startsWith('"'))) && isPunct(next, '.')) {
      const qualifier = (t.kind === 'word' ? t.raw : t.value).toLowerCase();
      // information_schema is read-only metadata (what the account can see); the other system schemas are writable.
      // Another run's clone may have been created after this run listed the schemas.
      if (qualifier !== clone && qualifier !== 'information_schema' && (schemas.has(qualifier) || SYSTEM_SCHEMAS.has(qualifier) || qualifier.startsWith('migration_guard_dryrun_'))) {
        return `names the schema ${qualifier} explicitly; the dry-run only writes to its clone`;
      }
    }
  }
  return null;
}

function checkReading(tokens: Token[], schemas: Set<string>, clone: string, ctx: MysqlGuardContext): string | null {
  const head = tokens[0];
  if (!head) return null;
  if (head.kind === 'punct' && head.value === '(') {
    // A parenthesised SELECT.
  } else if (head.kind !== 'word') return 'the statement does not start with a keyword';
  else if (ALLOWED_OBJECTS[head.value]) {
    const kind = objectKind(tokens, 0);
    if (!kind || !ALLOWED_OBJECTS[head.value]!.has(kind)) return `${head.value} ${kind ?? '?'} is not on the dry-run's allowlist of statements${kind && SERVER_OBJECTS.has(kind) ? ' (it acts outside the cloned schema)' : ''}`;
    if (head.value === 'CREATE' && kind === 'FUNCTION' && tokens.some((t) => isWord(t, 'SONAME'))) return 'CREATE FUNCTION ... SONAME loads a shared library into the server';
  } else if (head.value === 'RENAME') {
    if (!isWord(tokens[1], 'TABLE', 'TABLES')) return `RENAME ${tokens[1]?.value ?? ''} acts outside the cloned schema`;
  } else if (head.value === 'START') {
    if (!isWord(tokens[1], 'TRANSACTION')) return 'START SLAVE/REPLICA changes replication';
  } else if (head.value === 'LOCK') {
    if (!isWord(tokens[1], 'TABLE', 'TABLES')) return `LOCK ${tokens[1]?.value ?? ''} is not on the dry-run's allowlist`;
  } else if (head.value === 'SET') {
    const r = checkSet(tokens, ctx);
    if (r) return r;
  } else if (!ALLOWED_HEADS.has(head.value)) {
    if (REFUSED_ANYWHERE[head.value]) return `${head.raw}: ${REFUSED_ANYWHERE[head.value]}`;
    return `${head.value} is not on the dry-run's allowlist of statements`;
  }
  return checkEverywhere(tokens, schemas, clone, isWord(head, 'SET'));
}

/**
 * Decides whether a statement may run in the clone. Both readings of its executable comments are
 * checked; under NO_BACKSLASH_ESCAPES a backslash is refused (the lexer reads it as an escape).
 */
export function guardMysqlStatement(sql: string, schemas: Set<string>, clone: string, ctx: MysqlGuardContext = DEFAULT_GUARD_CONTEXT): GuardResult {
  const readings = executableReadings(sql);
  const tokens = tokenize(readings.included);
  if (readings.refuse) return { refuse: readings.refuse, tokens };
  if ((ctx.noBackslashEscapes || ctx.ansiQuotes) && sql.includes('\\')) {
    return { refuse: `a backslash under ${ctx.noBackslashEscapes ? 'NO_BACKSLASH_ESCAPES' : 'ANSI_QUOTES (not an escape inside a double-quoted identifier)'}: the server and the dry-run could read the quotes differently`, tokens };
  }
  for (const text of [readings.included, readings.excluded]) {
    const refuse = checkReading(text === readings.included ? tokens : tokenize(text), schemas, clone, ctx);
    if (refuse) return { refuse, tokens };
  }
  return { refuse: null, tokens };
}

/**
 * The user variables a SET statement assigns, whole, to sql_mode or a character-set setting
 * (`SET SQL_MODE = @OLD_SQL_MODE`). The runner reads their values from the session just before
 * the statement and passes them in `MysqlGuardContext.userVariables`, so the guard judges the
 * value the server will really get, not the spelling.
 */
export function lexingVariableReads(sql: string): string[] {
  const readings = executableReadings(sql);
  if (readings.refuse) return [];
  const out = new Set<string>();
  // Both readings of executable comments are judged, so both readings' variables are read.
  for (const text of [readings.included, readings.excluded]) {
    const tokens = tokenize(text);
    if (isWord(tokens[0], 'SET')) for (const v of lexingReadsOf(tokens)) out.add(v);
  }
  return [...out];
}

function lexingReadsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const a of assignments(tokens, 1)) {
    const i = isWord(a[0], 'SESSION', 'LOCAL') ? 1 : 0;
    const target = a[i];
    if (!target) continue;
    const name = target.kind === 'variable' ? (target.raw.startsWith('@@') ? variableName(target.raw).name : null) : target.kind === 'word' ? target.raw.toLowerCase() : null;
    if (!name || !LEXING_VARIABLES.has(name)) continue;
    const value = assignedValue(a, i);
    const v = value.length === 1 ? userVariableName(value[0]) : null;
    if (v) out.push(v);
  }
  return out;
}
