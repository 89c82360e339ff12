import { defineRule } from '../src/rule.js';
import { effectiveDefault } from '../src/schema/defaults.js';
import { typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'add-column-volatile-default',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'ADD COLUMN with a volatile default (any default before PostgreSQL 11) on an existing table',
  docs: {
    why:
      'Since PostgreSQL 11 a constant (or stable, like now()) default is stored once in the catalog, so ADD COLUMN ... DEFAULT is instant. A volatile default such as gen_random_uuid(), random() or clock_timestamp() must be computed for each row, so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock: no reads or writes until it finishes. Before PostgreSQL 11 every non-null default rewrites the table.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();',
    good: 'ALTER TABLE users ADD COLUMN token uuid;\nALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();',
  },
  check(ctx) {
    const oldPg = ctx.settings.pgVersion < 11;
    return ctx
      .ops('addColumn')
      .filter((op) => {
        // A NULL default is what ADD COLUMN does anyway: catalog-only on every version.
        const d = effectiveDefault(op.column.default);
        if (!d) return false;
        return (oldPg || d.volatile) && ctx.facts(op).tableExisted;
      })
      .map((op) => {
        const { table } = op;
        const col = op.column.name;
        const def = op.column.default!.sql;
        const type = typeSql(op.column.type);
        const why = oldPg
          ? `before PostgreSQL 11 (${ctx.settings.versionSource ?? `configured: ${ctx.settings.pgVersion}`}) any default on ADD COLUMN is written into every row`
          : `the volatile default ${def} is computed for each row`;
        const check = `${table.split('.').pop()}_${col}_not_null`;
        const enforce = op.column.notNull
          ? ` then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`
          : '';
        return ctx.finding(op, {
          message: `Adding ${table}.${col} with DEFAULT ${def} rewrites the whole of ${table} under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes: ${why}.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${type}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT ${def}; then backfill existing rows in batches (UPDATE ${table} SET ${col} = ${def} WHERE ${col} IS NULL AND <primary key range>;)${enforce ? ',' : '.'}${enforce}`,
          fix: ctx.phrasebook.fixes?.addColumnWithoutVolatileDefault?.(op, ctx.fixSite(op)),
        });
      });
  },
});
