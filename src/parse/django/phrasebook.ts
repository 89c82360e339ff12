import type { Migration, Op, OpOf, SqlType } from '../../ir.js';
import type { Phrasebook } from '../../phrasebook.js';
import { sqlInverseVia, sqlPhrasebook, sqlType } from '../sql/phrasebook.js';
import { djangoFixes } from './fixes.js';
import type { DjangoFile, DjangoOperation } from './types.js';

/** The Django operation an IR op was lowered from (the ops carry its location). */
function operationAt(m: Migration, op: Op): DjangoOperation | null {
  const file = m.django as DjangoFile | undefined;
  if (!file || !Array.isArray(file.operations)) return null;
  const search = (list: DjangoOperation[]): DjangoOperation | null => {
    for (const d of list) {
      const nested = d.kind === 'separate' ? search(d.database) : null;
      if (nested) return nested;
      if (d.loc.line === op.loc.line && d.loc.column === op.loc.column) return d;
    }
    return null;
  };
  return search(file.operations);
}

const CONTRIB = '(from django.contrib.postgres.operations)';

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
    createIndexConcurrently: (op: OpOf<'createIndex'>) => {
      const d = operationAt(m, op);
      if (d?.kind === 'addIndex' || (d?.kind === 'addConstraint' && op.unique)) {
        const replacement = d.kind === 'addIndex' ? 'AddIndexConcurrently' : 'AddIndexConcurrently with an equivalent unique models.Index';
        return `Replace ${d.written} with ${replacement} ${CONTRIB}, same model_name and index, in a migration of its own with \`atomic = False\` on its Migration class (PostgreSQL cannot build an index concurrently inside a transaction).`;
      }
      if ((d?.kind === 'addField' || d?.kind === 'alterField') && op.name) {
        const fields = op.columns.length === 1 ? `['${d.name}']` : `[${op.columns.map((c) => pyString(c)).join(', ')}]`;
        return `Declare the field with db_index=False here, then build the index in a later migration with \`atomic = False\`: AddIndexConcurrently(model_name=${pyString(d.model)}, index=models.Index(fields=${fields}, name=${pyString(op.name)})) ${CONTRIB}.`;
      }
      return null;
    },
    addConstraintNotValid: (op: OpOf<'addConstraint'>, name: string) => {
      const d = operationAt(m, op);
      const validate = (model: string) => `then, in a later migration, ValidateConstraint(model_name=${pyString(model)}, name=${pyString(name)}) ${CONTRIB}`;
      if (d?.kind === 'addConstraint' && op.constraint.kind === 'check') {
        return `Replace ${d.written} with AddConstraintNotValid ${CONTRIB}, same arguments (it adds the constraint NOT VALID: new rows are checked at once, old ones are not); ${validate(d.model)}.`;
      }
      const ref = op.constraint.kind === 'foreignKey' ? op.constraint.references : null;
      if ((d?.kind === 'addField' || d?.kind === 'alterField') && ref && op.constraint.kind === 'foreignKey') {
        const add = `ALTER TABLE ${op.table} ADD CONSTRAINT ${name} FOREIGN KEY (${op.constraint.columns.join(', ')}) REFERENCES ${ref.table} (${ref.columns.join(', ')}) DEFERRABLE INITIALLY DEFERRED NOT VALID`;
        return `Keep Django's state and change what reaches the database: migrations.SeparateDatabaseAndState(state_operations=[this ${d.written}], database_operations=[the same ${d.written} with db_constraint=False on the field, migrations.RunSQL(${pySql(add)}, reverse_sql=${pySql(`ALTER TABLE ${op.table} DROP CONSTRAINT ${name}`)})]); ${validate(d.model)}.`;
      }
      return null;
    },
    renameColumnInPlaceOfData: (op: OpOf<'renameColumn'>) => {
      const d = operationAt(m, op);
      if (d?.kind !== 'renameField') return null;
      return `Or rename only the Django field and leave the column as it is: migrations.SeparateDatabaseAndState(state_operations=[${d.written}(model_name=${pyString(d.model)}, old_name=${pyString(d.oldName)}, new_name=${pyString(d.newName)}), migrations.AlterField(model_name=${pyString(d.model)}, name=${pyString(d.newName)}, field=<the field with db_column=${pyString(op.column)}>)]); nothing reaches the database and the running code keeps working.`;
    },
    fixes: djangoFixes(m),
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
