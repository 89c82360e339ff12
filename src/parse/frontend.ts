import type { ImportedModule } from './knex/modules.js';
import type { Dialect, Migration, SqlLayout } from '../ir.js';

/** A migration source file as read from disk (already decoded). */
export interface SourceFile {
  /** Path relative to the working directory, forward slashes. */
  path: string;
  text: string;
}

/** What discovery tells a front end about a file. */
export interface FileTask {
  file: SourceFile;
  dialect: Dialect;
  isNew: boolean;
  /** SQL layouts only. */
  layout?: SqlLayout;
  /** The separate down file, when the layout pairs files (golang-migrate, diesel, Flyway undo). */
  downFile?: SourceFile | null;
  /** The layout expects a down part (so its absence is `missing-downgrade`). */
  expectsDown?: boolean;
  /** Runner default for this file (dbmate/diesel/Flyway settings already applied by discovery). */
  transactional?: boolean;
  /** The runner sets a lock_timeout before the migration (discovery read it from the app's configuration). */
  runnerLockTimeout?: boolean;
  /** What becomes of the work after the migration commits the runner's connection itself (discovery read the environment; see `Migration.runnerAfterCommit`). */
  runnerAfterCommit?: 'committed' | 'refused';
  /** Rails: strong_migrations' `start_after` and `target_version` from the app's initializer (discovery read them). */
  strongMigrations?: { startAfter: string | null; targetVersion: string | null };
  /** Migration id and ordering key chosen by discovery. */
  id: string;
  order: string;
  /**
   * The production MySQL/MariaDB server (config `mysqlVersion`, `mariadb`): which executable
   * comments (`/*!80013 … *\/`, `/*M! … *\/`) it runs. Absent: every executable comment counts.
   */
  mysqlServer?: { version: number; mariadb: boolean };
  /** Knex: the modules the migration imports by relative path, read by the engine (their constants are read statically, never run). */
  modules?: ImportedModule[];
}

/** A front end lowers one file into migrations (usually exactly one). Never throws on bad input. */
export type FrontEnd = (task: FileTask) => Promise<Migration[]>;

/** Maps a 1-based line within an embedded SQL string to the line in the host file. */
export interface EmbeddedSqlOrigin {
  file: string;
  /** Line in the host file where the SQL string's first character is. */
  line: number;
  /** Column (1-based) of that first character. */
  column: number;
}
