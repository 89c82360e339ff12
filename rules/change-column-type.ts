import { defineRule } from '../src/rule.js';
import { classifyTypeChange, typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'change-column-type',
  category: 'locking',
  severity: 'error',
  // On MySQL/MariaDB, mysql-unsafe-alter judges type changes with the server's online-DDL rules
  // (checked against a real MariaDB); a second finding for the same MODIFY would only be noise.
  dialects: ['postgres'],
  summary: 'Column type change that rewrites or copies an existing table',
  docs: {
    why:
      'Most column type changes rewrite every row and rebuild every index of the table (PostgreSQL, under an ACCESS EXCLUSIVE lock: no reads or writes) or copy the table (MySQL ALGORITHM=COPY: no writes). The running code also keeps writing the old type during the deploy. Only catalog-only changes are safe: varchar(n) to varchar(m > n), varchar to text, dropping a varchar limit, raising numeric precision at the same scale, and on PostgreSQL 12+ timestamp to timestamptz (or back) when the migration first sets the session TimeZone to UTC (`SET timezone = \'UTC\'`). int to bigint is a rewrite.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(50), visits integer);',
    bad: 'ALTER TABLE users ALTER COLUMN visits TYPE bigint;',
    good:
      '-- Expand: a new column the code writes alongside visits; backfill it in batches, switch reads, drop visits in a later release.\nALTER TABLE users ADD COLUMN visits_new bigint;\n-- Widening a varchar is catalog-only.\nALTER TABLE users ALTER COLUMN email TYPE varchar(100);',
  },
  check(ctx) {
    const dialect = ctx.migration.dialect;
    return ctx
      .ops('alterColumnType')
      .filter((op) => ctx.facts(op).tableExisted)
      .flatMap((op) => {
        const facts = ctx.facts(op);
        const from = facts.column?.type ?? null;
        const verdict = classifyTypeChange(dialect, from, op.type, { column: op.column, using: op.using, timeZoneUtc: facts.timeZoneUtc && ctx.settings.pgVersion >= 12 });
        if (verdict.safe) return [];
        const { table, column } = op;
        const lock =
          dialect === 'mysql'
            ? `writes to ${table} are blocked while it runs`
            : `all reads and writes to ${table} wait under an ACCESS EXCLUSIVE lock until it finishes`;
        const fromText = from ? ` from ${typeSql(from)}` : '';
        const to = typeSql(op.type);
        const tmp = `${column}_new`;
        // The backfill computes what the in-place change would have: the USING expression, or the cast.
        const cast = op.using ?? (dialect === 'mysql' ? column : `${column}::${to}`);
        return [
          ctx.finding(op, {
            message: `Changing ${table}.${column}${fromText} to ${to} ${verdict.reason}; ${lock}.`,
            suggestion: `ALTER TABLE ${table} ADD COLUMN ${tmp} ${to}; make the code write both columns, backfill in batches (UPDATE ${table} SET ${tmp} = ${cast} WHERE ${tmp} IS NULL AND <primary key range>;), switch reads to ${tmp}, and drop ${column} in a later release.${dialect === 'mysql' ? ' Or run the change with an online schema-change tool (gh-ost, pt-online-schema-change).' : ''}`,
          }),
        ];
      });
  },
});
