import type { Op } from '../../src/ir.js';
import { backupCommands } from '../../src/rollback/backup.js';
import type { DataLoss } from '../../src/rollback/pairing.js';

const loc = { file: 'x.sql', line: 1, endLine: 1, column: 1 };
const dropColumn = (table: string, column: string, key: string[] = []): DataLoss => ({
  op: { kind: 'dropColumn', table, column, ifExists: false, loc } as Op,
  kind: 'column', table, column, key, object: `column ${table}.${column}`, what: '', why: '', shapeRestored: true,
});

describe('backupCommands', () => {
  test('schema-qualified table: dump, scratch copy and COPY rewrite keep the schema', () => {
    const lines = backupCommands('postgres', [dropColumn('billing.invoices', 'legacy_ref', ['invoice_id'])]);
    expect(lines).toEqual([
      '# Before deploying, back up the data at risk:',
      'pg_dump -Fc --data-only -t billing.invoices "$DATABASE_URL" > billing.invoices.dump',
      '# To restore after rolling back:',
      '# column billing.invoices.legacy_ref (after the downgrade restores the column):',
      `psql "$DATABASE_URL" -c 'CREATE TABLE billing.invoices_restore (LIKE billing.invoices)'`,
      `pg_restore --data-only -f - billing.invoices.dump | sed 's/^COPY billing\\.invoices /COPY billing.invoices_restore /' | psql "$DATABASE_URL"`,
      `psql "$DATABASE_URL" -c 'UPDATE billing.invoices SET legacy_ref = r.legacy_ref FROM billing.invoices_restore r WHERE billing.invoices.invoice_id = r.invoice_id; DROP TABLE billing.invoices_restore'`,
    ]);
  });

  test('mixed-case names are quoted for PostgreSQL and for the shell; an unknown key is called out', () => {
    const lines = backupCommands('postgres', [dropColumn('Users', 'Nick')]);
    expect(lines[1]).toBe(`pg_dump -Fc --data-only -t '"Users"' "$DATABASE_URL" > Users.dump`);
    expect(lines[3]).toContain('join on your primary key instead of id if it differs');
  });

  test('a dropped schema is dumped with -n and restored whole', () => {
    const lines = backupCommands('postgres', [{ op: { kind: 'dropSchema', target: 'schema', name: 'legacy', loc } as Op, kind: 'schema', table: null, column: null, key: [], schema: 'legacy', schemaTarget: 'schema', object: 'schema legacy', what: '', why: '', shapeRestored: false }]);
    expect(lines).toEqual(['# Before deploying, back up the data at risk:', 'pg_dump -Fc -n legacy "$DATABASE_URL" > legacy.dump', '# To restore after rolling back:', '# schema legacy:', 'pg_restore -d "$DATABASE_URL" legacy.dump']);
  });

  test('TRUNCATE: a data-only dump restored straight back into the emptied table', () => {
    const lines = backupCommands('mysql', [{ op: { kind: 'truncate', tables: ['audit'], loc } as Op, kind: 'rows', table: 'audit', column: null, key: [], object: 'rows of audit', what: '', why: '', shapeRestored: true }]);
    expect(lines).toEqual([
      '# Before deploying, back up the data at risk:',
      'mysqldump --single-transaction --no-create-info --complete-insert "$MYSQL_DATABASE" audit > audit.sql',
      '# To restore after rolling back:',
      '# rows of audit (the table is empty after the upgrade):',
      'mysql "$MYSQL_DATABASE" < audit.sql',
    ]);
  });

  test('nothing at risk: no commands', () => {
    expect(backupCommands('postgres', [])).toEqual([]);
  });
});
