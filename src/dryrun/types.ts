import type { Framework } from '../ir.js';

/** The engines behind the dry-run (issue 8). */
export type EngineName = 'pglite' | 'postgres' | 'mysql';

/**
 * What happened to one statement. `refused`: never sent (it would end or escape the dry-run's
 * transaction, or act on the server); `substituted`: a form with the same schema effect was sent
 * (CONCURRENTLY → plain); `timeout`: statement_timeout / lock_timeout / the wall-clock limit.
 */
export type StatementStatus = 'ok' | 'substituted' | 'refused' | 'failed' | 'timeout' | 'not-run';

export interface LockTrace {
  /** `schema.name` (schema omitted for public). */
  relation: string;
  /** table, index, sequence, view, materialized view, partitioned table, ... */
  relkind: string;
  /** PostgreSQL lock mode in SQL spelling (ACCESS EXCLUSIVE, SHARE, ...). */
  mode: string;
  /** What the mode stops other sessions from doing, in plain words. */
  blocks: string;
  /** The mode was not observed but is the documented lock of the form the migration really uses (CONCURRENTLY). */
  documented?: boolean;
  /**
   * Needed by the statement but already held from an earlier statement of the same dry-run
   * transaction (so pg_locks showed no new entry); in production it is taken here.
   */
  alreadyHeld?: boolean;
  /** Index (0-based) of the statement that released it: the migration's end, or its own COMMIT. */
  releasedAfter: number;
}

export interface StatementTrace {
  index: number;
  file: string;
  line: number;
  /** Statement text as written (truncated for reports). */
  sql: string;
  /** The text actually sent when it differs (substitution, MySQL algorithm probe). */
  executed?: string;
  status: StatementStatus;
  /** Why refused/substituted/failed/timed out. */
  reason?: string;
  /** Does leaving it out change the schema effect? (BEGIN/COMMIT around it: no.) */
  benign?: boolean;
  /** The migration's own BEGIN/COMMIT (not sent): decides how long its locks are held in production. */
  transactionControl?: 'begin' | 'commit';
  locks: LockTrace[];
  /** Relations whose storage was rewritten (relfilenode changed). */
  rewrites: string[];
  /** Wall-clock milliseconds on a real server; null on the embedded engine (not representative). */
  durationMs: number | null;
  /** Offsets from the start of the migration's up run, for the timeline. */
  startMs: number;
  endMs: number;
  rowsAffected: number | null;
  /** SQLSTATE / server error code of a failed statement. */
  code?: string;
  /** MySQL: the algorithm/lock the server accepted for this ALTER. */
  algorithm?: { algorithm: 'INSTANT' | 'INPLACE' | 'COPY' | 'DECLARED' | 'UNKNOWN'; lock: string | null; note?: string };
}

export type RoundTripStatus = 'verified' | 'mismatch' | 'down-failed' | 'up-again-failed' | 'no-down' | 'not-run';

export interface RoundTripResult {
  status: RoundTripStatus;
  /** Readable schema diff: snapshot before up vs after down (empty when equal). */
  diff: string[];
  /** Tables whose rows differ after up + down (data the down did not bring back). */
  dataDiff: string[];
  /** What the up changed in the schema (snapshot before vs after up). */
  upChanges?: string[];
  /**
   * Differences after down that are reported but do not fail the round trip (column order: a
   * dropped column re-added by the down comes back last; see `columnOrder`).
   */
  reported?: string[];
  error?: string;
}

export type DryRunVerdict = 'verified' | 'unverified' | 'failed';

export interface MigrationDryRun {
  id: string;
  file: string;
  framework: Framework;
  /** The runner wraps it in a transaction (locks are then held to its end). */
  transactional: boolean;
  verdict: DryRunVerdict;
  reasons: string[];
  statements: StatementTrace[];
  roundTrip: RoundTripResult;
  /** ORM migrations: the SQL the renderer produced (up, then down). */
  sqlPreview?: { up: string; down: string | null } | null;
  /** Whole up run, ms. */
  durationMs: number | null;
  /** breaks-app-query: the application's queries prepared before, after and after the rollback. */
  appQueries?: AppQueryVerdict;
}

/** Where an application query comes from: a line of code, or the production statistics snapshot. */
export type AppQueryOrigin =
  | { kind: 'code'; file: string; line: number }
  | { kind: 'snapshot'; source: string; calls: number; callsPerSecond: number | null };

/** One query the application issues (deduplicated: every place it comes from). */
export interface AppQuery {
  /** The text prepared ($1 placeholders). */
  text: string;
  origins: AppQueryOrigin[];
}

/** A query that prepared in one schema state and not in the next. */
export interface AppQueryBreak {
  /** Query text (truncated for reports). */
  query: string;
  origins: AppQueryOrigin[];
  /** `upgrade`: prepared before the migration, fails after it; `rollback`: prepared after it, fails after its down. */
  phase: 'upgrade' | 'rollback';
  /** PostgreSQL's error message. */
  error: string;
  /** rollback: the query did not prepare before the migration either (the change's new code needs it). */
  addedByChange?: boolean;
}

export interface AppQueryVerdict {
  /** Queries prepared (each in up to three schema states). */
  checked: number;
  broken: AppQueryBreak[];
  /** Queries that did not prepare in any state (already broken, or need a later migration). */
  neverPrepared: number;
  /** Why the rollback state was not checked (no down, down failed...), when it was not. */
  rollbackNotChecked?: string;
}

/** The application queries a dry-run collected (breaks-app-query). */
export interface AppQueryCollection {
  queries: AppQuery[];
  /** Distinct queries found before the cap. */
  found: number;
  /** The cap applied (queries beyond it are not checked). */
  cap: number;
  fromSnapshot: number;
  fromCode: number;
  /** Snapshot statements or code literals skipped, and why (utility statements, catalog queries, ...). */
  skipped: Record<string, number>;
  /** Queries the guard refused to prepare (never sent), with the reason. */
  refused: { query: string; origins: AppQueryOrigin[]; reason: string }[];
  /** Why no queries were collected or checked (no snapshot and no code literals, MySQL engine...). */
  note?: string;
}

export interface VersionTableCheck {
  table: string | null;
  status: 'match' | 'mismatch' | 'absent' | 'skipped';
  message: string;
}

export interface DryRunResult {
  version: 1;
  engine: EngineName;
  serverVersion: string | null;
  durationMs: number;
  /** Base history replayed into the embedded engine (pglite) or expected applied (servers). */
  history: { count: number; replayed: number; failed: { id: string; file: string; error: string }[]; durationMs: number | null; fromCache?: boolean };
  versionTable: VersionTableCheck | null;
  /** The PR's migrations, in run order. */
  migrations: MigrationDryRun[];
  /** Run-level problems (connection lost, history mismatch, engine unavailable): the run is not ok. */
  problems: string[];
  /**
   * What the connecting role could do beyond the database under test (superuser, server-program
   * and server-file roles, CREATEROLE, dblink/postgres_fdw installed...), checked before running.
   */
  privileges?: string[];
  /** breaks-app-query: the application's queries the run prepared (absent when none were collected). */
  appQueries?: Omit<AppQueryCollection, 'queries'> & { checked: number; severity: 'error' | 'warning' | 'info' };
  /** Things to know that do not invalidate the verdicts (sequence drift on the server). */
  warnings?: string[];
  /** Every PR migration verified and no run-level problem. */
  ok: boolean;
}
