import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';
import { djangoChange, djangoInitial } from '../helpers/django.js';

// Our own fixtures: the first migration (history) creates the table with a nullable column.
const INITIAL = djangoInitial([{ name: 'Book', fields: ["('title', models.CharField(max_length=200, null=True))"] }]);
const history = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': INITIAL };
const FILE = 'shop/migrations/0002_title_required.py';
const CREATED = 'shop/migrations/0003_validate_shop_book_title_not_null.py';

const migration = (operations: string) => djangoChange(operations);
const alterField = `        migrations.AlterField(
            model_name='book',
            name='title',
            field=models.CharField(max_length=200),
        ),`;

const ids = (r: Awaited<ReturnType<typeof lintFixture>>, ...files: string[]) => r.report.findings.filter((f) => files.includes(f.file)).map((f) => f.ruleId);

describe('Django fixes: set-not-null', () => {
  test('AlterField(null → not null): CHECK added NOT VALID here; VALIDATE, the AlterField and the DROP in the next migration', async () => {
    const change = { [FILE]: migration(alterField) };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'set-not-null');
    expect(finding?.fix?.newFiles).toHaveLength(1);
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed[FILE]).toBe(migration(`        migrations.RunSQL(
            'ALTER TABLE "shop_book" ADD CONSTRAINT "shop_book_title_not_null" CHECK ("title" IS NOT NULL) NOT VALID',
            reverse_sql='ALTER TABLE "shop_book" DROP CONSTRAINT "shop_book_title_not_null"',
        ),`));
    expect(fixed[CREATED]).toBe(`from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ('shop', '0002_title_required'),
    ]

    operations = [
        migrations.RunSQL(
            'ALTER TABLE "shop_book" VALIDATE CONSTRAINT "shop_book_title_not_null"',
            reverse_sql=migrations.RunSQL.noop,
        ),
${alterField}
        migrations.RunSQL(
            'ALTER TABLE "shop_book" DROP CONSTRAINT "shop_book_title_not_null"',
            reverse_sql='ALTER TABLE "shop_book" ADD CONSTRAINT "shop_book_title_not_null" CHECK ("title" IS NOT NULL) NOT VALID',
        ),
    ]
`);
    const after = await lintFixture({ history, change: fixed });
    const all = ids(after, FILE, CREATED);
    for (const id of ['set-not-null', 'constraint-not-valid', 'validate-same-transaction', 'migration-conflict', 'parse-error', 'internal-error', 'unanalyzable', 'missing-downgrade', 'downgrade-mismatch']) expect(all).not.toContain(id);
    const was = new Set(ids(before, FILE));
    expect(all.filter((id) => !was.has(id))).toEqual([]);
    expect(after.migrations.find((m) => m.file === CREATED)!.up.map((op) => op.kind)).toEqual(['validateConstraint', 'setNotNull', 'dropConstraint']);
  });

  test('no exact fix when the AlterField does more (a type change), or uses a name the file defines', async () => {
    const wider = alterField.replace('max_length=200', 'max_length=300');
    const local = `from django.db import migrations, models\n\nLENGTH = 200\n` + migration(alterField.replace('max_length=200', 'max_length=LENGTH')).slice('from django.db import migrations, models\n'.length);
    for (const text of [migration(wider), local]) {
      const r = await lintFixture({ history, change: { [FILE]: text } });
      const finding = r.report.findings.find((f) => f.ruleId === 'set-not-null');
      expect(finding).toBeDefined();
      expect(finding!.fix).toBeUndefined();
    }
  });
});
