import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'migration-conflict',
  category: 'hygiene',
  severity: 'error',
  dialects: ['postgres', 'mysql'],
  summary: 'Migrations that cannot all run in order (same version, several heads, ordered before the base branch)',
  docs: {
    why:
      'A runner that keys its history by version refuses two migrations of one version, or records one and never runs the other. A runner that orders migrations by a graph refuses to upgrade when the graph has several heads (leaf migrations): both happen when two branches each add a migration on the same parent. A migration added on a branch but ordered before one the base branch already has (an older timestamp, merged later) is, depending on the runner, never applied on databases that ran the newer one, refused, or run late, in an order no fresh database ever ran; the finding names what this migration\'s runner does. Conflicts among migrations the change does not touch are reported only when a whole directory is linted.',
    bad: '-- 000100_create_accounts.up.sql, while the base branch already has 000100_create_users.up.sql\nCREATE TABLE accounts (id bigint PRIMARY KEY);',
    good: '-- 000101_create_accounts.up.sql: a version after the latest one\nCREATE TABLE accounts (id bigint PRIMARY KEY);',
  },
  check(ctx) {
    const ordering = ctx.phrasebook.ordering;
    return (ctx.migration.conflicts ?? []).map((c) => {
      switch (c.kind) {
        case 'duplicateVersion':
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} has version ${c.version}, like ${c.files.join(', ')}. ${ordering.duplicateVersion}`,
            suggestion: 'Give this migration a version of its own, after the latest one of the directory (regenerate it, or rename the file with a new version).',
          });
        case 'heads': {
          const text = ordering.heads?.(c.heads, c.group) ?? { message: `The migration graph has ${c.heads.length} heads (${c.heads.join(', ')}).`, suggestion: 'Merge the heads.' };
          return ctx.finding(c.loc, text);
        }
        case 'duplicateName':
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} is named ${c.name}, like ${c.files.join(', ')}. ${ordering.uniqueName?.duplicate ?? ''}`.trim(),
            suggestion: 'Give this migration a name of its own (rename the file and its class).',
          });
        case 'outOfOrder':
          return ctx.finding(c.loc, {
            message: `${ctx.migration.file} is new, but ordered before ${c.latestFile}, which the base branch already has. ${ordering.late?.(c.latest) ?? ''}`.trim(),
            suggestion: `Renumber this migration so it comes after ${c.latest} (regenerate it with the current timestamp, or rename the file with a later version).`,
          });
        default:
          return null;
      }
    }).filter((f) => f !== null);
  },
});
