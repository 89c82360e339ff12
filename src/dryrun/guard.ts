/* eslint-disable @typescript-eslint/no-explicit-any -- libpg-query's JSON AST is walked structurally */
import type { Op } from '../ir.js';
import { pgLockOf, type LockTaken } from '../schema/locks.js';
import { loadParser, type LibPgQuery } from '../parse/sql/postgres.js';

/**
 * Decides, from the parsed statement, what the PostgreSQL dry-run may send. Everything runs in a
 * transaction that is always rolled back, so a statement that ends or escapes that transaction is
 * never sent: transaction control, commands that cannot run in a transaction block (they would
 * fail, or with autocommit, commit), and functions that act outside it (dblink, sequence setval,
 * server signals). The decision is made on libpg-query's parse tree, never on the text.
 */

type Node = any;

export type GuardDecision =
  /** Send as is. */
  | { action: 'run'; sql: string }
  /** Send a rewritten statement with the same schema effect (CONCURRENTLY → plain form). */
  | { action: 'substitute'; sql: string; reason: string; documentedLock: LockTaken | null }
  /**
   * Never sent. `benign`: leaving it out does not change the schema effect (BEGIN/COMMIT around
   * statements the dry-run already runs in its own transaction, the migration's own timeouts).
   */
  | { action: 'refuse'; reason: string; benign: boolean; transactionControl?: 'begin' | 'commit' };

/** Functions that act outside the transaction or on the server, so a rollback cannot undo them. */
const ESCAPING_FUNCTIONS: Record<string, string> = {
  pg_terminate_backend: 'signals another session',
  pg_cancel_backend: 'signals another session',
  pg_reload_conf: 'reloads the server configuration',
  pg_rotate_logfile: 'rotates the server log',
  pg_promote: 'promotes a standby',
  pg_switch_wal: 'switches the WAL file',
  pg_create_restore_point: 'writes a WAL restore point',
  pg_file_write: 'writes a server file',
  pg_file_rename: 'renames a server file',
  pg_file_unlink: 'deletes a server file',
  lo_import: 'reads a server file',
  lo_export: 'writes a server file',
  pg_logical_emit_message: 'writes to WAL outside the transaction',
  setval: 'sequence changes are not rolled back',
  pg_advisory_lock: 'session-level advisory locks outlive the transaction',
  pg_create_logical_replication_slot: 'replication slots are not transactional',
  pg_create_physical_replication_slot: 'replication slots are not transactional',
  pg_drop_replication_slot: 'replication slots are not transactional',
  pg_import_system_collations: 'changes shared catalogs',
};

/** GUCs that carry the dry-run's own protection; a migration may not lift them. */
const GUARDED_SETTINGS = new Set(['statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'transaction_timeout', 'default_transaction_read_only', 'transaction_read_only']);

function funcName(fc: Node): string {
  const parts = (fc?.funcname ?? []).map((p: Node) => String(p?.String?.sval ?? ''));
  return parts[parts.length - 1]?.toLowerCase() ?? '';
}

interface Walk {
  problems: string[];
  plpgsql: string[];
}

/** Finds escaping function calls (and set_config on guarded settings) anywhere in the tree. */
function walkCalls(node: Node, out: Walk, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) walkCalls(x, out, depth + 1);
    return;
  }
  if (node.FuncCall) {
    const name = funcName(node.FuncCall);
    if (name.startsWith('dblink')) out.problems.push(`${name}() runs SQL on another connection, outside the dry-run's transaction`);
    else if (ESCAPING_FUNCTIONS[name]) out.problems.push(`${name}(): ${ESCAPING_FUNCTIONS[name]}`);
    else if (name === 'set_config') {
      const setting = String(node.FuncCall.args?.[0]?.A_Const?.sval?.sval ?? '').toLowerCase();
      const isLocal = node.FuncCall.args?.[2]?.A_Const?.boolval?.boolval === true;
      if (!setting || (GUARDED_SETTINGS.has(setting) && !isLocal)) out.problems.push(`set_config(${setting || '?'}) could lift the dry-run's timeouts`);
    }
  }
  for (const v of Object.values(node)) if (v && typeof v === 'object') walkCalls(v, out, depth + 1);
}

/** PL/pgSQL statements that end the transaction, and the SQL inside the body. */
function walkPlpgsql(node: Node, out: Walk, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 400) return;
  if (Array.isArray(node)) {
    for (const x of node) walkPlpgsql(x, out, depth + 1);
    return;
  }
  if (node.PLpgSQL_stmt_commit) out.problems.push('COMMIT inside a DO block would end the dry-run transaction');
  if (node.PLpgSQL_stmt_rollback) out.problems.push('ROLLBACK inside a DO block would end the dry-run transaction');
  const query = node.PLpgSQL_expr?.query;
  if (typeof query === 'string') out.plpgsql.push(query);
  for (const v of Object.values(node)) if (v && typeof v === 'object') walkPlpgsql(v, out, depth + 1);
}

/** Removes the CONCURRENTLY keyword token (found by the scanner, so never inside a literal or name). */
function withoutConcurrently(pg: LibPgQuery, sql: string): string | null {
  const tokens: { start: number; end: number; text: string; keywordKind: number }[] = pg.scanSync(sql).tokens ?? [];
  const t = tokens.find((x) => x.keywordKind > 0 && x.text.toUpperCase() === 'CONCURRENTLY');
  if (!t) return null;
  const bytes = Buffer.from(sql, 'utf8');
  return Buffer.concat([bytes.subarray(0, t.start), bytes.subarray(t.end)]).toString('utf8');
}

function refuse(reason: string, benign = false): Extract<GuardDecision, { action: 'refuse' }> {
  return { action: 'refuse', reason, benign };
}

function decideStatement(pg: LibPgQuery, stmt: Node, sql: string, ops: Op[], nested: number): GuardDecision {
  const [type] = Object.keys(stmt);
  const n = stmt[type!];
  const calls: Walk = { problems: [], plpgsql: [] };
  switch (type) {
    case 'TransactionStmt': {
      const k = String(n.kind);
      if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') return { ...refuse('BEGIN: the dry-run already runs the migration in its own transaction', true), transactionControl: 'begin' };
      if (k === 'TRANS_STMT_COMMIT') return { ...refuse('COMMIT would end the dry-run transaction (the migration continues inside it)', true), transactionControl: 'commit' };
      if (k === 'TRANS_STMT_ROLLBACK') return refuse('ROLLBACK would end the dry-run transaction');
      if (k === 'TRANS_STMT_PREPARE') return refuse('PREPARE TRANSACTION would detach the transaction from the session');
      if (k === 'TRANS_STMT_COMMIT_PREPARED' || k === 'TRANS_STMT_ROLLBACK_PREPARED') return refuse(`${k === 'TRANS_STMT_COMMIT_PREPARED' ? 'COMMIT' : 'ROLLBACK'} PREPARED acts on another transaction`);
      // SAVEPOINT / RELEASE / ROLLBACK TO the migration's own savepoints stay inside the transaction.
      return { action: 'run', sql };
    }
    case 'VacuumStmt':
      if (n.is_vacuumcmd) return refuse('VACUUM cannot run inside a transaction block (it does not change the schema)');
      break;
    case 'AlterSystemStmt':
      return refuse('ALTER SYSTEM writes postgresql.auto.conf outside any transaction');
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'CreateSubscriptionStmt':
    case 'AlterSubscriptionStmt':
    case 'DropSubscriptionStmt':
    case 'CheckPointStmt':
    case 'LoadStmt':
    case 'DiscardStmt':
    case 'AlterDatabaseRefreshCollStmt':
      return refuse(`${type.replace(/Stmt$/, '')} acts outside the transaction or on the whole server`);
    case 'CopyStmt':
      if (n.is_program) return refuse('COPY ... PROGRAM runs a program on the database server');
      if (n.filename) return refuse('COPY with a server file reads or writes the server file system');
      if (n.is_from) return refuse('COPY FROM STDIN needs the data stream psql would send; the dry-run cannot supply it');
      break;
    case 'VariableSetStmt': {
      const name = String(n.name ?? '').toLowerCase();
      if (n.kind === 'VAR_RESET_ALL') return refuse('RESET ALL would reset the dry-run\'s timeouts');
      if (name === 'session characteristics') return refuse('SET SESSION CHARACTERISTICS changes the session beyond the transaction');
      if (name === 'session authorization' || name === 'role') return { action: 'run', sql };
      if (GUARDED_SETTINGS.has(name)) return refuse(`SET ${name}: the dry-run keeps its own ${name}`, true);
      break;
    }
    case 'IndexStmt':
      if (n.concurrent) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) {
          const op = ops.find((o) => o.kind === 'createIndex');
          return { action: 'substitute', sql: plain, reason: 'CREATE INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form', documentedLock: op ? pgLockOf(op) : null };
        }
      }
      break;
    case 'DropStmt':
      if (n.concurrent) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) {
          const op = ops.find((o) => o.kind === 'dropIndex');
          return { action: 'substitute', sql: plain, reason: 'DROP INDEX CONCURRENTLY cannot run in a transaction: the plain form was run for the schema effect; the lock shown is the documented lock of the concurrent form (SHARE UPDATE EXCLUSIVE)', documentedLock: op?.kind === 'dropIndex' && op.table ? { mode: 'SHARE UPDATE EXCLUSIVE', tables: [op.table] } : null };
        }
      }
      break;
    case 'ReindexStmt': {
      if (n.kind !== 'REINDEX_OBJECT_INDEX' && n.kind !== 'REINDEX_OBJECT_TABLE') return refuse('REINDEX of a schema, database or system cannot run inside a transaction block');
      if ((n.params ?? []).some((p: Node) => p.DefElem?.defname === 'concurrently')) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) return { action: 'substitute', sql: plain, reason: 'REINDEX CONCURRENTLY cannot run in a transaction: the plain form was run', documentedLock: null };
      }
      break;
    }
    case 'AlterTableStmt': {
      const detach = (n.cmds ?? []).find((c: Node) => c.AlterTableCmd?.subtype === 'AT_DetachPartition' && c.AlterTableCmd?.def?.PartitionCmd?.concurrent);
      if (detach) {
        const plain = withoutConcurrently(pg, sql);
        if (plain) return { action: 'substitute', sql: plain, reason: 'DETACH PARTITION CONCURRENTLY cannot run in a transaction: the plain form was run', documentedLock: null };
      }
      break;
    }
    case 'CreateFunctionStmt': {
      // The body runs later, when something calls it: check it now, while the statement is known.
      const lang = String((n.options ?? []).find((o: Node) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval ?? 'sql').toLowerCase();
      if (lang === 'plpgsql') {
        try {
          walkPlpgsql(pg.parsePlPgSQLSync(sql), calls);
        } catch {
          /* the server reports a broken body itself */
        }
        // COMMIT in a procedure is fine: called inside the dry-run's transaction block the server
        // rejects it ("invalid transaction termination") instead of committing.
        calls.problems = [];
        for (const q of calls.plpgsql) {
          try {
            for (const s of pg.parseSync(q).stmts ?? []) if (s.stmt) walkCalls(s.stmt, calls);
          } catch {
            /* expressions that are not statements */
          }
        }
        if (calls.problems.length) return refuse(`the function body calls ${calls.problems[0]}`);
      } else if (lang === 'sql') {
        const body = (n.options ?? []).find((o: Node) => o.DefElem?.defname === 'as')?.DefElem?.arg?.List?.items?.[0]?.String?.sval;
        if (typeof body === 'string') {
          try {
            for (const s of pg.parseSync(body).stmts ?? []) if (s.stmt) walkCalls(s.stmt, calls);
          } catch {
            /* the server reports a broken body itself */
          }
        }
        if (n.sql_body) walkCalls(n.sql_body, calls);
        if (calls.problems.length) return refuse(`the function body calls ${calls.problems[0]}`);
      } else if (lang !== 'c' && lang !== 'internal') {
        return refuse(`a ${lang} function body cannot be checked before it runs`);
      }
      return { action: 'run', sql };
    }
    case 'DoStmt': {
      const lang = (n.args ?? []).find((a: Node) => a.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
      const body: string | undefined = (n.args ?? []).find((a: Node) => a.DefElem?.defname === 'as')?.DefElem?.arg?.String?.sval;
      if (lang && lang !== 'plpgsql') return refuse(`DO block in ${lang} cannot be checked before it is sent`);
      if (body === undefined) return refuse('DO block without a body');
      let parsed: Node;
      try {
        parsed = pg.parsePlPgSQLSync(`CREATE FUNCTION migration_guard_do() RETURNS void LANGUAGE plpgsql AS $migration_guard$${body}$migration_guard$`);
      } catch (e) {
        return refuse(`DO block could not be parsed: ${(e as Error).message}`);
      }
      walkPlpgsql(parsed, calls);
      if (calls.problems.length) return refuse(calls.problems[0]!);
      // The SQL the body runs gets the same checks as top-level statements.
      if (nested < 3) {
        for (const q of calls.plpgsql) {
          let inner: Node[];
          try {
            inner = pg.parseSync(q).stmts ?? [];
          } catch {
            continue;
          }
          for (const s of inner) {
            if (!s.stmt) continue;
            const d = decideStatement(pg, s.stmt, q, [], nested + 1);
            if (d.action !== 'run') return refuse(`inside the DO block: ${d.reason}`);
          }
        }
      }
      return { action: 'run', sql };
    }
    default:
      break;
  }
  walkCalls(stmt, calls);
  if (calls.problems.length) return refuse(calls.problems[0]!);
  return { action: 'run', sql };
}

/**
 * The decision for one statement's text (one chunk from the splitter). A chunk that holds several
 * statements is refused if any of them would be; `ops` are the IR ops lowered from it (for the
 * documented lock of a concurrent form).
 */
export async function guardPostgres(sql: string, ops: Op[] = []): Promise<GuardDecision> {
  const pg = await loadParser();
  let stmts: Node[];
  try {
    stmts = pg.parseSync(sql).stmts ?? [];
  } catch (e) {
    // The server would reject it too; sending it is harmless and gives the real error message.
    void e;
    return { action: 'run', sql };
  }
  const decisions = stmts.filter((s: Node) => s.stmt).map((s: Node) => decideStatement(pg, s.stmt, sql, ops, 0));
  if (decisions.length === 0) return refuse('empty statement', true);
  if (decisions.length === 1) return decisions[0]!;
  const bad = decisions.find((d) => d.action !== 'run');
  return bad ? (bad.action === 'substitute' ? refuse(`${bad.reason.split(':')[0]} in a multi-statement chunk`) : bad) : { action: 'run', sql };
}

/** Extension names from CREATE EXTENSION statements (so the embedded engine loads only those). */
export async function extensionsIn(statements: string[]): Promise<string[]> {
  const pg = await loadParser();
  const out = new Set<string>();
  for (const sql of statements) {
    // Cheap pre-filter before parsing: only statements that can be CREATE EXTENSION.
    if (!/extension/i.test(sql)) continue;
    try {
      for (const s of pg.parseSync(sql).stmts ?? []) {
        const name = (s.stmt as Node)?.CreateExtensionStmt?.extname;
        if (typeof name === 'string') out.add(name);
      }
    } catch {
      /* unparsable: the statement itself will report it */
    }
  }
  return [...out];
}
