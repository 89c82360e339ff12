import type { Migration, Op, SqlType } from '../../ir.js';
import type { Phrasebook } from '../../phrasebook.js';
import { sqlInverseVia, sqlPhrasebook, sqlType } from '../sql/phrasebook.js';

/** A Python string for SQL text (double quotes, so the SQL's own single quotes read as they are). */
function pySql(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function pyString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const FIELDS: Record<string, (t: SqlType) => string> = {
  int2: () => 'models.SmallIntegerField()',
  int4: () => 'models.IntegerField()',
  int8: () => 'models.BigIntegerField()',
  text: () => 'models.TextField()',
  varchar: (t) => `models.CharField(max_length=${t.args[0] ?? 255})`,
  bool: () => 'models.BooleanField()',
  boolean: () => 'models.BooleanField()',
  timestamptz: () => 'models.DateTimeField()',
  date: () => 'models.DateField()',
  numeric: (t) => `models.DecimalField(max_digits=${t.args[0] ?? 10}, decimal_places=${t.args[1] ?? 0})`,
  float8: () => 'models.FloatField()',
  jsonb: () => 'models.JSONField()',
  uuid: () => 'models.UUIDField()',
};

/**
 * The phrasebook of Django migrations: `migrations.*` operations, `RunSQL` for raw SQL, `atomic = False`.
 * Django knows models, not tables: operations that need the model name say so with a placeholder.
 */
export function djangoPhrasebook(m: Migration): Phrasebook {
  const d = m.dialect;
  const sql = sqlPhrasebook({ ...m, layout: 'plain' });
  const rawSql = (text: string) => `migrations.RunSQL(${pySql(text.trim().replace(/;$/, ''))})`;
  const model = (table: string) => `'<model of ${table}>'`;
  return {
    runner: 'Django',
    rawSql,
    runOutsideTransaction: 'Put it in a migration of its own with `atomic = False` on its Migration class.',
    disableTransaction: 'set `atomic = False` on the Migration class',
    expectsDown: true,
    downPart: 'the reverse of its operations (reverse_sql= on RunSQL, reverse_code= on RunPython)',
    declareIrreversible: (at) => `say so explicitly: append "# migration-guard: ignore missing-downgrade -- <why it cannot be undone>" to line ${at.line} of ${at.file}`,
    inverse: (op: Op, previousType?: SqlType | null) => {
      return sqlInverseVia(rawSql, op, d, previousType);
    },
    deprecateColumn: (table, column, col) => rawSql(sql.deprecateColumn(table, column, col)),
    deprecateTable: (table) => rawSql(sql.deprecateTable(table)),
    dropColumn: (table, column) => `migrations.RemoveField(model_name=${model(table)}, name=${pyString(column)})`,
    dropTable: (table) => `migrations.DeleteModel(name=${model(table)})`,
    dropIndexConcurrently: (op) =>
      `RemoveIndexConcurrently(model_name=${model(op.table ?? 'its table')}, name=${pyString(op.name)}) (from django.contrib.postgres.operations) in a migration with atomic = False`,
    lockTimeoutAt: (set) => `${rawSql(set)} as the first operation`,
    verbatimSql: false,
    columnType: (type) => FIELDS[type.name]?.(type) ?? `models.Field()  # ${sqlType(type)}`,
    ordering: {
      version: null,
      duplicateVersion: '',
      late: null,
      heads: (leaves, app) => ({
        message: `App ${app ?? ''} has ${leaves.length} leaf migrations (${leaves.join(', ')}): \`manage.py migrate\` refuses to run ("Conflicting migrations detected; multiple leaf nodes in the migration graph").`,
        suggestion: `Run \`python manage.py makemigrations --merge ${app ?? ''}\`, or make this migration depend on the latest one.`,
      }),
    },
  };
}
