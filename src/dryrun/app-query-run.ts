import { guardAppQuery } from './guard.js';
import type { PgRunContext } from './pg-runner.js';
import type { AppQuery, AppQueryBreak, AppQueryCollection, AppQueryVerdict } from './types.js';

/** The one name the dry-run prepares application queries under (deallocated after each). */
export const APP_QUERY_STATEMENT = 'migration_guard_app_query';

/** Application queries the guard let through, each with the exact PREPARE text sent for it. */
export interface GuardedAppQueries {
  queries: AppQuery[];
  prepare: string[];
  /** The PREPARE and its DEALLOCATE as one text, for sessions that take several statements at once. */
  batch: string[];
}

/**
 * Runs every query through the guard (`guardAppQuery`); only what it returns is ever sent. The
 * refused ones go into the collection's `refused` list with the reason.
 */
export async function guardAppQueries(collection: AppQueryCollection): Promise<GuardedAppQueries> {
  const out: GuardedAppQueries = { queries: [], prepare: [], batch: [] };
  for (const q of collection.queries) {
    const d = await guardAppQuery(q.text, APP_QUERY_STATEMENT);
    if (d.action === 'refuse') {
      collection.refused.push({ query: shortQuery(q.text), origins: q.origins, reason: d.reason });
      continue;
    }
    out.queries.push(q);
    out.prepare.push(d.sql);
    out.batch.push(d.batch);
  }
  return out;
}

/** A query on one line, cut to `max` characters (messages, reports). */
export function shortQuery(text: string, max = 200): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Per query: null when it prepared, else PostgreSQL's error message. */
export type PrepareResults = (string | null)[];

/**
 * PREPAREs each query against the schema as it is now, inside a savepoint that is rolled back
 * afterwards (parse analysis takes locks on the tables a query names; they must not stay in the
 * transaction or show up in the next statement's lock trace). A failure rolls back to the
 * savepoint so the next query runs in a healthy transaction. Never EXECUTEs anything.
 */
export async function prepareEach(ctx: PgRunContext, guarded: GuardedAppQueries): Promise<PrepareResults> {
  const q = (sql: string) => ctx.session.query(sql, { timeoutMs: ctx.statementTimeoutMs });
  const sp = `migration_guard_${ctx.token}_aq`;
  const out: PrepareResults = [];
  await q(`SAVEPOINT ${sp}`);
  for (const [i, sql] of guarded.prepare.entries()) {
    try {
      if (ctx.session.multiStatement) await q(guarded.batch[i]!);
      else {
        await q(sql);
        await q(`DEALLOCATE ${APP_QUERY_STATEMENT}`);
      }
      out.push(null);
    } catch (e) {
      const err = e as { message?: string; name?: string };
      // A lost session is the run's problem, not the query's.
      if (err.name === 'SessionLost') throw e;
      out.push(err.message ?? String(e));
      await q(`ROLLBACK TO SAVEPOINT ${sp}`);
    }
  }
  await q(`ROLLBACK TO SAVEPOINT ${sp}`);
  await q(`RELEASE SAVEPOINT ${sp}`);
  return out;
}

/**
 * The verdict for one migration from the three schema states: a query that prepared before and
 * fails after the up broke on the upgrade (old code, new schema); one that prepared after the up
 * and fails after the down broke on the rollback; `addedByChange` when it did not prepare before
 * either (a query of the new code that needs what the migration adds).
 */
export function appQueryVerdict(guarded: GuardedAppQueries, before: PrepareResults, afterUp: PrepareResults | null, afterDown: PrepareResults | null, rollbackNotChecked?: string): AppQueryVerdict {
  const broken: AppQueryBreak[] = [];
  let neverPrepared = 0;
  guarded.queries.forEach((query, i) => {
    const b = before[i];
    const u = afterUp ? afterUp[i] : undefined;
    const d = afterDown ? afterDown[i] : undefined;
    if (b === null && typeof u === 'string') broken.push({ query: shortQuery(query.text), origins: query.origins, phase: 'upgrade', error: u });
    else if (u === null && typeof d === 'string') broken.push({ query: shortQuery(query.text), origins: query.origins, phase: 'rollback', error: d, addedByChange: typeof b === 'string' });
    else if (typeof b === 'string' && u !== null && d !== null) neverPrepared++;
  });
  return { checked: guarded.queries.length, broken, neverPrepared, ...(rollbackNotChecked ? { rollbackNotChecked } : {}) };
}
