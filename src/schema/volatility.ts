/**
 * Which SQL functions give a different value per row. As a column default such a function forces
 * PostgreSQL to rewrite the table on ADD COLUMN (a constant or stable default is stored once in
 * the catalog since PG 11). One list for every front end, so the same default gets the same verdict
 * whether it is written in SQL, Alembic or Knex.
 */

/** Evaluated per row (PostgreSQL and MySQL names). */
const VOLATILE_FUNCTIONS = new Set([
  'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7',
  'random', 'clock_timestamp', 'timeofday', 'nextval', 'txid_current', 'gen_random_bytes', 'random_normal',
  'setseed', 'pg_current_xact_id',
  // MySQL: SYSDATE() is the time of evaluation, unlike NOW().
  'uuid', 'uuid_short', 'rand', 'random_bytes', 'sysdate',
]);

/**
 * Known not to be volatile (stable or immutable). A function in neither list counts as volatile:
 * a wrong "safe" verdict costs a full-table rewrite under ACCESS EXCLUSIVE.
 */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now', 'transaction_timestamp', 'statement_timestamp', 'current_timestamp', 'current_date', 'localtimestamp',
  'lower', 'upper', 'coalesce', 'nullif', 'concat', 'jsonb_build_object', 'json_build_object', 'jsonb_build_array',
  'json_build_array', 'array', 'to_jsonb', 'to_json', 'timezone', 'make_interval', 'date_trunc', 'length', 'trim',
  'replace', 'substring', 'abs', 'round', 'greatest', 'least', 'current_setting', 'current_user', 'session_user',
  'utc_timestamp', 'curdate', 'current_time', 'localtime', 'json_object', 'json_array', 'cast', 'interval',
]);

/** Whether calling this function (by its unqualified, lower-case name) may give a different value per row. */
export function isVolatileFunction(name: string): boolean {
  return VOLATILE_FUNCTIONS.has(name) || !NON_VOLATILE_FUNCTIONS.has(name);
}

/**
 * The same question for default SQL text that was not parsed (ORM front ends, MySQL). String
 * literals and `::type(n)` casts are not calls.
 */
export function isVolatileSqlText(sql: string): boolean {
  const withoutLiterals = sql.replace(/'(?:[^']|'')*'/g, "''");
  // Every name is consumed whole, call or not (`(\s*\()?`): requiring the `(` retried each
  // suffix of a long name that is not called (quadratic).
  const call = /(::\s*)?("?[A-Za-z_][\w$.]*"?)(\s*\()?/g;
  for (let m = call.exec(withoutLiterals); m; m = call.exec(withoutLiterals)) {
    if (m[1] || !m[3]) continue;
    const name = m[2]!.replace(/"/g, '').split('.').pop()!.toLowerCase();
    if (isVolatileFunction(name)) return true;
  }
  return false;
}
