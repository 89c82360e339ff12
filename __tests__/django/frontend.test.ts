import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { lint } from '../../src/engine.js';

const INITIAL = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
            ],
        ),
        migrations.CreateModel(
            name='Book',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('title', models.CharField(max_length=200, null=True)),
            ],
        ),
    ]
`;

async function lintDjango(change: string, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-django-'));
  try {
    const files: Record<string, string> = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': INITIAL, 'shop/migrations/0002_change.py': change, ...extra };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const config = resolveConfig(validateConfig({}, 'test'), null, {});
    return await lint({ cwd: dir, paths: ['shop'], changedFiles: ['shop/migrations/0002_change.py'], config });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header = `from django.db import migrations, models
import django.db.models.deletion
from django.contrib.postgres.operations import AddIndexConcurrently


class Migration(migrations.Migration):
`;

describe('Django front end', () => {
  test('oracle: AddField(ForeignKey) lowers to the SQL Django\'s PostgreSQL schema editor sends', async () => {
    const { migrations } = await lintDjango(`${header}    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(
            model_name='book',
            name='author',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.author'),
        ),
    ]
`);
    const change = migrations.find((m) => m.id === 'shop.0002_change')!;
    // Written by hand from Django's documented behaviour: inline deferrable FK, then the deferred index
    // (names: <table>_<column>_<md5(table+column)[:8]>[suffix]).
    // One statement can lower to several ops (the column and its inline constraint): compare statements.
    expect([...new Set(change.up.map((op) => op.sql?.trim()))]).toEqual([
      'ALTER TABLE "shop_book" ADD COLUMN "author_id" bigint NULL CONSTRAINT "shop_book_author_id_82b8ab51_fk_shop_author_id" REFERENCES "shop_author"("id") DEFERRABLE INITIALLY DEFERRED',
      'SET CONSTRAINTS "shop_book_author_id_82b8ab51_fk_shop_author_id" IMMEDIATE',
      'CREATE INDEX "shop_book_author_id_82b8ab51" ON "shop_book" ("author_id")',
    ]);
    expect(change.up.every((op) => op.loc.line === 9)).toBe(true);
    expect(change.transactional).toBe(true);
    expect(change.down?.map((op) => op.kind)).toContain('dropColumn');
  });

  test('AddField(ForeignKey) on an existing table: a non-concurrent index; the key is validated by a scan only when the column has a default', async () => {
    const addField = (extra: string) => `${header}    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(
            model_name='book',
            name='author',
            field=models.ForeignKey(null=True, ${extra}on_delete=django.db.models.deletion.CASCADE, to='shop.author'),
        ),
    ]
`;
    const nullable = (await lintDjango(addField(''))).report.findings.map((f) => f.ruleId);
    expect(nullable).toContain('require-concurrent-index');
    expect(nullable).not.toContain('constraint-not-valid');
    const { report } = await lintDjango(addField('default=1, '));
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['constraint-not-valid', 'require-concurrent-index']));
    expect(report.findings.find((f) => f.ruleId === 'constraint-not-valid')!.line).toBe(9);
  });

  test('AddIndexConcurrently: silent with atomic = False, concurrent-in-transaction in an atomic migration', async () => {
    const body = (atomic: string) => `${header}${atomic}    dependencies = [('shop', '0001_initial')]
    operations = [
        AddIndexConcurrently(model_name='book', index=models.Index(fields=['title'], name='book_title_idx')),
    ]
`;
    const nonAtomic = await lintDjango(body('    atomic = False\n'));
    expect(nonAtomic.report.findings.map((f) => f.ruleId)).not.toContain('concurrent-in-transaction');
    expect(nonAtomic.report.findings.map((f) => f.ruleId)).not.toContain('require-concurrent-index');
    const atomic = await lintDjango(body(''));
    expect(atomic.report.findings.map((f) => f.ruleId)).toContain('concurrent-in-transaction');
  });

  test('AlterField to null=False is set-not-null; RunPython without reverse_code is irreversible', async () => {
    const { report } = await lintDjango(`${header}    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AlterField(model_name='book', name='title', field=models.CharField(max_length=200)),
        migrations.RunPython(lambda apps, schema_editor: None),
    ]
`);
    expect(report.findings.find((f) => f.ruleId === 'set-not-null')?.line).toBe(9);
    expect(report.migrations.find((m) => m.id === 'shop.0002_change')?.rollback.verdict).toBe('irreversible');
  });

  test('RenameField is rename-column; a # suppression on the line before silences it', async () => {
    const op = "        migrations.RenameField(model_name='book', old_name='title', new_name='name'),\n";
    const plain = await lintDjango(`${header}    dependencies = [('shop', '0001_initial')]\n    operations = [\n${op}    ]\n`);
    expect(plain.report.findings.map((f) => f.ruleId)).toContain('rename-column');
    const suppressed = await lintDjango(`${header}    dependencies = [('shop', '0001_initial')]\n    operations = [\n        # migration-guard: ignore rename-column -- no code reads title yet\n${op}    ]\n`);
    expect(suppressed.report.findings.map((f) => f.ruleId)).not.toContain('rename-column');
  });

  test('a project field class is unanalyzable with its name; two leaves in one app are exposed on graph', async () => {
    const { report, migrations } = await lintDjango(`${header}    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(model_name='book', name='color', field=utilities.fields.ColorField(max_length=6)),
    ]
`, { 'shop/migrations/0002_other.py': `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '0001_initial')]\n    operations = []\n` });
    expect(report.findings.some((f) => f.ruleId === 'unanalyzable' && f.message.includes('ColorField'))).toBe(true);
    expect(migrations.find((m) => m.id === 'shop.0002_change')?.graph?.leaves.sort()).toEqual(['shop.0002_change', 'shop.0002_other']);
  });
});
