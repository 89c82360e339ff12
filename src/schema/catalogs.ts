import type { Dialect } from '../ir.js';

/**
 * The server's own catalog tables (`pg_index`, `pg_catalog.pg_class`, `information_schema.tables`,
 * MySQL's `mysql.user`): no application rows live there, so a write to one is a catalog trick (an
 * index switched off and on around a bulk load), never a backfill of the application's data.
 */
export function isSystemCatalog(table: string, dialect: Dialect): boolean {
  const name = table.toLowerCase();
  const dot = name.lastIndexOf('.');
  const schema = dot === -1 ? null : name.slice(0, dot);
  const bare = dot === -1 ? name : name.slice(dot + 1);
  if (dialect === 'postgres') return schema === 'pg_catalog' || schema === 'information_schema' || (schema === null && PG_CATALOGS.has(bare));
  return schema === 'mysql' || schema === 'information_schema' || schema === 'performance_schema' || schema === 'sys';
}

/** PostgreSQL's catalog tables a migration writes to unqualified (pg_catalog is always first on the search path). */
const PG_CATALOGS = new Set([
  'pg_index', 'pg_class', 'pg_attribute', 'pg_constraint', 'pg_trigger', 'pg_type', 'pg_namespace', 'pg_proc', 'pg_depend',
  'pg_description', 'pg_attrdef', 'pg_statistic', 'pg_database', 'pg_authid', 'pg_am', 'pg_enum', 'pg_extension', 'pg_sequence',
  'pg_inherits', 'pg_rewrite', 'pg_policy', 'pg_settings', 'pg_db_role_setting', 'pg_largeobject', 'pg_shdepend', 'pg_shdescription',
]);
