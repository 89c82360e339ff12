/**
 * A real `knex` (no database) whose client records the SQL it is asked to run instead of sending
 * it. Used by the oracle tests only, on our own fixtures.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const requireFromProject = createRequire(path.join(process.cwd(), 'package.json'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const knexFactory = requireFromProject('knex') as (config: unknown) => unknown;
const PgClient = requireFromProject('knex/lib/dialects/postgres/index.js') as new (config: unknown) => object;

const MysqlClient = requireFromProject('knex/lib/dialects/mysql2/index.js') as new (config: unknown) => object;

/** SQL the fake client was asked to run, bindings inlined the way `toString()` does. */
let recorded: string[] = [];

/** A knex client whose connection is fake: every query is recorded and answers with no rows. */
function recordingClient(Base: new (config: unknown) => object, emptyResponse: unknown) {
  return class extends (Base as unknown as new (config: unknown) => Record<string, unknown>) {
    async acquireConnection(): Promise<object> {
      return { __knexUid: 'oracle' };
    }
    async releaseConnection(): Promise<void> {}
    query(_connection: unknown, queryParam: string | { sql: string; bindings?: unknown[] }): Promise<unknown> {
      const q = typeof queryParam === 'string' ? { sql: queryParam, bindings: [] } : queryParam;
      const bindings = [...(q.bindings ?? [])];
      const escape = (this as unknown as { _escapeBinding: (v: unknown) => string })._escapeBinding.bind(this);
      recorded.push(q.sql.replace(/\\?\?/g, (m) => (m === '\\?' ? '?' : bindings.length ? escape(bindings.shift()) : m)));
      return Promise.resolve({ ...q, response: emptyResponse });
    }
  };
}

export const RecordingPgClient = recordingClient(PgClient, { rows: [], rowCount: 0, fields: [] });
export const RecordingMysqlClient = recordingClient(MysqlClient, [[], []]);

/**
 * Runs a migration function the way Knex's migrator does: a transactional migration gets the
 * migrator's transaction (so a knex.transaction() inside is a savepoint), whose own BEGIN/COMMIT
 * are the migration's transaction and are left out of the recorded SQL.
 */
export async function runWithKnex(fn: (k: unknown) => unknown, client: unknown = RecordingPgClient, transactional = true): Promise<{ sql: string[]; error: Error | null }> {
  recorded = [];
  const knex = knexFactory({ client }) as { transaction: (cb: (trx: unknown) => unknown) => Promise<unknown> };
  let error: Error | null = null;
  try {
    if (transactional) await knex.transaction(async (trx) => fn(trx));
    else await fn(knex);
  } catch (err) {
    error = err as Error;
  }
  const sql = [...recorded];
  if (transactional && /^(BEGIN|START TRANSACTION)/i.test(sql[0] ?? '')) {
    sql.shift();
    const last = sql.length - 1;
    if (/^(COMMIT|ROLLBACK)/i.test(sql[last] ?? '')) sql.pop();
  }
  return { sql, error };
}

