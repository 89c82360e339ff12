import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';
import { djangoChange, djangoInitial } from '../helpers/django.js';

// Our own fixtures: an app `shop` whose first migration creates the tables (history).
const INITIAL = djangoInitial([{ name: 'Author' }, { name: 'Book', fields: ["('price', models.IntegerField())"] }]);
const history = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': INITIAL };
const FILE = 'shop/migrations/0002_price_check.py';
const VALIDATE = 'shop/migrations/0003_validate_book_price_positive.py';

const migration = (operations: string) => djangoChange(operations);

const addCheck = `        migrations.AddConstraint(
            model_name='book',
            constraint=models.CheckConstraint(condition=models.Q(price__gt=0), name='book_price_positive'),
        ),`;

const ids = (r: Awaited<ReturnType<typeof lintFixture>>, file: string) => r.report.findings.filter((f) => f.file === file).map((f) => f.ruleId);

describe('Django fixes: constraint-not-valid', () => {
  test('AddConstraint(CheckConstraint) → AddConstraintNotValid, ValidateConstraint in a new 0003 migration', async () => {
    const change = { [FILE]: migration(addCheck) };
    const before = await lintFixture({ history, change });
    const finding = before.report.findings.find((f) => f.ruleId === 'constraint-not-valid');
    expect(finding?.fix).toBeDefined();
    const fixed = applyFix(change, finding!.fix!);
    expect(fixed[FILE]).toContain('from django.contrib.postgres.operations import AddConstraintNotValid\n');
    expect(fixed[FILE]).toContain('        AddConstraintNotValid(\n            model_name=\'book\',');
    expect(Object.keys(fixed).sort()).toEqual([FILE, VALIDATE]);
    expect(fixed[VALIDATE]).toContain("        ('shop', '0002_price_check'),");
    expect(fixed[VALIDATE]).toContain("        ValidateConstraint(model_name='book', name='book_price_positive'),");

    const after = await lintFixture({ history, change: fixed });
    const m = after.migrations.find((x) => x.file === FILE)!;
    expect(m.up.some((op) => op.kind === 'addConstraint' && op.constraint.notValid)).toBe(true);
    const v = after.migrations.find((x) => x.file === VALIDATE)!;
    expect(v.up.map((op) => op.kind)).toEqual(['validateConstraint']);
    const all = [...ids(after, FILE), ...ids(after, VALIDATE)];
    for (const id of ['constraint-not-valid', 'validate-same-transaction', 'migration-conflict', 'parse-error', 'internal-error', 'unanalyzable', 'missing-downgrade']) expect(all).not.toContain(id);
    const was = new Set(ids(before, FILE));
    expect(all.filter((id) => !was.has(id))).toEqual([]);
  });

  test('no exact fix when the migration is not the app\'s only leaf (the new file would be one more)', async () => {
    const sibling = migration("        migrations.AddField(model_name='book', name='note', field=models.TextField(null=True)),").replace('0001_initial', '0002_price_check');
    const r = await lintFixture({ history, change: { [FILE]: migration(addCheck), 'shop/migrations/0003_note.py': sibling } });
    const finding = r.report.findings.find((f) => f.ruleId === 'constraint-not-valid');
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
  });

  test('no exact fix for the foreign key a ForeignKey field implies (Django has no NOT VALID spelling for it)', async () => {
    // With a default every existing row gets a value, so the key is checked (null=True alone is validated without a scan).
    const fk = "        migrations.AddField(model_name='book', name='author', field=models.ForeignKey(default=1, on_delete=models.CASCADE, to='shop.author')),";
    const r = await lintFixture({ history, change: { [FILE]: migration(fk) } });
    const finding = r.report.findings.find((f) => f.ruleId === 'constraint-not-valid');
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
  });
});
