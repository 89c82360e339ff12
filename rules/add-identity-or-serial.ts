import { defineRule } from '../src/rule.js';
import { typeSql } from '../src/schema/type-changes.js';

export default defineRule({
  id: 'add-identity-or-serial',
  category: 'locking',
  severity: 'error',
  dialects: ['postgres'],
  summary: 'Adding a serial/identity or STORED generated column to an existing table',
  docs: {
    why:
      'A serial/bigserial or identity column gets a value from its sequence for every existing row, and a STORED generated column computes its expression for every row: either way PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking all reads and writes until it finishes.',
    history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
    bad: 'ALTER TABLE users ADD COLUMN seq bigserial;',
    good: "CREATE SEQUENCE users_seq_seq;\nALTER TABLE users ADD COLUMN seq bigint;\nALTER TABLE users ALTER COLUMN seq SET DEFAULT nextval('users_seq_seq');",
  },
  check(ctx) {
    return ctx
      .ops('addColumn')
      .filter((op) => (op.column.identity || op.column.generatedStored) && ctx.facts(op).tableExisted)
      .map((op) => {
        const { table } = op;
        const col = op.column.name;
        const base = table.split('.').pop()!;
        const type = op.column.type;
        if (op.column.generatedStored) {
          return ctx.finding(op, {
            message: `Adding STORED generated column ${table}.${col} computes it for every existing row, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
            suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${typeSql(type)}; keep it filled by a trigger (or the code) and backfill it in batches; on PostgreSQL 18+ a VIRTUAL generated column (GENERATED ALWAYS AS (...) VIRTUAL) needs no rewrite.`,
          });
        }
        // serial/bigserial are int4/int8 plus a sequence default; the plain type is what to add.
        const plain = typeSql(type, 'bigint');
        const seq = `${base}_${col}_seq`;
        const check = `${base}_${col}_not_null`;
        return ctx.finding(op, {
          message: `Adding ${type?.text.includes('serial') ? type.text : `${typeSql(type, 'an')} identity`} column ${table}.${col} fills every existing row from a sequence, rewriting the whole of ${table} under an ACCESS EXCLUSIVE lock: all reads and writes wait until it finishes.`,
          suggestion: `ALTER TABLE ${table} ADD COLUMN ${col} ${plain}; CREATE SEQUENCE ${seq} OWNED BY ${table}.${col}; ALTER TABLE ${table} ALTER COLUMN ${col} SET DEFAULT nextval('${seq}'); then backfill in batches (UPDATE ${table} SET ${col} = nextval('${seq}') WHERE ${col} IS NULL AND <primary key range>;), then ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${col} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT ${check}; ALTER TABLE ${table} ALTER COLUMN ${col} SET NOT NULL;`,
        });
      });
  },
});
