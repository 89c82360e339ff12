import { defineRule } from '../src/rule.js';
import { LOCK_BLOCKS } from '../src/schema/locks.js';

export default defineRule({
  id: 'require-concurrent-index-drop',
  category: 'locking',
  severity: 'warning',
  dialects: ['postgres'],
  summary: 'DROP INDEX on an existing table without CONCURRENTLY',
  docs: {
    why:
      'A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the index\'s table. The drop itself is quick, but it first waits for every running query on the table, and all reads and writes queue behind it meanwhile. DROP INDEX CONCURRENTLY waits without blocking anyone.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);',
    bad: 'DROP INDEX users_email_idx;',
    good: 'DROP INDEX CONCURRENTLY users_email_idx;',
  },
  check(ctx) {
    return ctx
      .ops('dropIndex')
      .filter((op) => !op.concurrently && ctx.facts(op).tableExisted)
      .map((op) => {
        // The statement names only the index; the schema model remembers its table.
        const table = op.table ?? ctx.facts(op).table?.name ?? null;
        const on = table ? `table ${table}` : `the table of ${op.name}`;
        const sql = `DROP INDEX CONCURRENTLY ${op.ifExists ? 'IF EXISTS ' : ''}${op.name};`;
        // The runner's way out of its transaction: CONCURRENTLY cannot run inside one.
        const hint = {
          sql: ' in a migration that does not run in a transaction.',
          alembic: ` (op.drop_index("${op.name}", postgresql_concurrently=True${op.ifExists ? ', if_exists=True' : ''}) inside with op.get_context().autocommit_block():)`,
          knex: ` (knex.raw('${sql.slice(0, -1)}') in a migration with exports.config = { transaction: false })`,
          django: ` (django.contrib.postgres.operations.RemoveIndexConcurrently in a migration with atomic = False)`,
        };
        return ctx.finding(op, {
          message: `DROP INDEX ${op.name} takes an ACCESS EXCLUSIVE lock on ${on}: ${LOCK_BLOCKS['ACCESS EXCLUSIVE']} on it wait, first behind every running query, then for the drop.`,
          suggestion: `${sql}${hint[ctx.migration.framework]}`,
        });
      });
  },
});
