import type { Migration } from '../src/ir.js';
import { defineRule } from '../src/rule.js';
import { isDeprecationComment, type ColumnState } from '../src/schema/model.js';

/** How the user marks a column deprecated in their own framework (RULES.md, deprecation protocol). */
function deprecateColumnStep(m: Migration, table: string, column: string, col: ColumnState | null): string {
  // MySQL's MODIFY replaces the whole definition: restate NOT NULL and DEFAULT or they are lost.
  const type = col?.type
    ? `${col.type.text}${col.notNull ? ' NOT NULL' : ''}${col.default ? ` DEFAULT ${col.default.sql}` : ''}`
    : null;
  const note = `'deprecated: drop in a later release'`;
  if (m.framework === 'alembic') return `op.alter_column('${table}', '${column}', comment=${note})`;
  if (m.framework === 'knex') {
    return m.dialect === 'postgres'
      ? `knex.raw("COMMENT ON COLUMN ${table}.${column} IS ${note}")`
      : `knex.schema.alterTable('${table}', (t) => { t.specificType('${column}', '${col?.type?.text ?? '<current type>'}').comment(${note}).alter(); })`;
  }
  // MySQL has no COMMENT ON; a column comment is part of the column definition.
  return m.dialect === 'mysql'
    ? `ALTER TABLE ${table} MODIFY COLUMN ${column} ${type ?? '<full current definition>'} COMMENT ${note};`
    : `COMMENT ON COLUMN ${table}.${column} IS ${note};`;
}

function dropColumnStep(m: Migration, table: string, column: string): string {
  if (m.framework === 'alembic') return `op.drop_column('${table}', '${column}')`;
  if (m.framework === 'knex') return `knex.schema.alterTable('${table}', (t) => { t.dropColumn('${column}'); })`;
  return `ALTER TABLE ${table} DROP COLUMN ${column};`;
}

export default defineRule({
  id: 'drop-column-without-deprecation',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'DROP COLUMN of a column no earlier migration deprecated',
  docs: {
    why: 'During a deploy the previous application version keeps running until every instance is replaced. If the migration drops a column that code still reads or writes, its queries fail ("column does not exist") for the whole rollout, and rolling the code back does not help. Mark the column deprecated in one release, stop using it, and drop it in a later release.',
    history: [
      'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);',
      "COMMENT ON COLUMN users.legacy_email IS 'deprecated: replaced by email';",
    ].join('\n'),
    bad: 'ALTER TABLE users DROP COLUMN email;',
    good: '-- legacy_email was deprecated by an earlier release, so no running code uses it.\nALTER TABLE users DROP COLUMN legacy_email;',
  },
  check(ctx) {
    return ctx.ops('dropColumn').flatMap((op) => {
      const facts = ctx.facts(op);
      // A column (or table) added by the change under test was never seen by running code.
      if (facts.deprecated || !facts.tableExisted || facts.column?.createdInChange) return [];
      const name = `${op.table}.${op.column}`;
      // A deprecation set in the same change does not count: code deployed today may still use the column.
      const sameChange = facts.column !== null && isDeprecationComment(facts.column.comment)
        ? ` The deprecation comment in this change does not count yet: the code running today was written before it.`
        : '';
      const m = ctx.migration;
      return [ctx.finding(op, {
        message: `Dropping column ${name} breaks the application version still running during the deploy: any query that reads or writes ${op.column} fails until every instance runs new code. No earlier migration marked ${name} as deprecated.${sameChange}`,
        suggestion: `Split it over two releases. Release 1: ${deprecateColumnStep(m, op.table, op.column, facts.column)} (or list ${name} under deprecated.columns in .migration-guard.yml) and remove every use of ${op.column} from the code. Release 2, after release 1 is fully deployed: ${dropColumnStep(m, op.table, op.column)}`,
      })];
    });
  },
});
