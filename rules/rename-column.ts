import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'rename-column',
  category: 'compatibility',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'Renaming a column in place',
  docs: {
    why: 'A rename takes effect the moment the migration commits, but the previous application version keeps running until the deploy finishes. Its queries still use the old name and fail ("column does not exist") for the whole rollout. Expand and contract instead: add the new column, write both, backfill, move reads, and drop the old column in a later release.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, name text);',
    bad: 'ALTER TABLE users RENAME COLUMN name TO full_name;',
    good: '-- Expand: add the new column; the code writes both until reads have moved, then name is dropped later.\nALTER TABLE users ADD COLUMN full_name text;',
  },
  check(ctx) {
    return ctx.ops('renameColumn').flatMap((op) => {
      const facts = ctx.facts(op);
      // A table or column created by the change under test has no running code using its old name.
      if (!facts.tableExisted || facts.column?.createdInChange) return [];
      // A swap (id → id_old, then id_big → id): the old name is back before the migration ends,
      // so queries that use it keep working.
      if (facts.recreatedLater || facts.nameFromThisMigration) return [];
      const { table, column: from, newName: to } = op;
      const type = facts.column?.type?.text ?? `<type of ${from}>`;
      return [ctx.finding(op, {
        message: `Renaming ${table}.${from} to ${to} breaks the application version still running during the deploy: its queries that use ${from} fail as soon as this migration commits.`,
        suggestion: [
          `Expand and contract over several releases:`,
          `1) ALTER TABLE ${table} ADD COLUMN ${to} ${type}; and make the code write both ${from} and ${to} (or add a trigger that copies ${from} into ${to});`,
          `2) backfill in batches: UPDATE ${table} SET ${to} = ${from} WHERE ${to} IS NULL AND <next batch of keys>;`,
          `3) switch reads to ${to}, then stop writing ${from};`,
          `4) mark ${table}.${from} deprecated and drop it in a later release.`,
          ...[ctx.phrasebook.renameColumnInPlaceOfData?.(op)].filter((s): s is string => Boolean(s)),
        ].join(' '),
      })];
    });
  },
});
