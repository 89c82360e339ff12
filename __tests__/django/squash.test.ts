import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';

// An app whose history was squashed: 0001 creates the tables, 0002 (a squash of 0002–0009, whose
// originals are deleted) adds the foreign keys Django split out of the initial migration.
const initial = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Kind', fields=[('id', models.BigAutoField(primary_key=True))]),
        migrations.CreateModel(name='Order', fields=[('id', models.BigAutoField(primary_key=True)), ('total', models.IntegerField(null=True))]),
    ]
`;

function second(replaces: string): string {
  return `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
${replaces}
    operations = [
        migrations.AddField(model_name='order', name='kind', field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='shop.kind')),
        migrations.AlterField(model_name='order', name='total', field=models.IntegerField()),
    ]
`;
}

async function lintShop(files: Record<string, string>, changed: string) {
  const t = tmpTree({ 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': initial, ...files });
  try {
    const { report } = await lint({ cwd: t.dir, paths: ['shop'], changedFiles: [changed], config: resolveConfig({}, null) });
    return report.findings.filter((f) => f.file === changed).map((f) => f.ruleId).sort();
  } finally {
    t.cleanup();
  }
}

describe('Django squashed migrations', () => {
  test('a squash whose originals are gone runs only on a new database: no lock or compatibility findings', async () => {
    const squash = second("    replaces = [('shop', '0002_order_kind'), ('shop', '0003_order_total')]");
    expect(await lintShop({ 'shop/migrations/0002_squashed_0003.py': squash }, 'shop/migrations/0002_squashed_0003.py')).toEqual([]);
  });

  test('near-miss: the same operations in an ordinary migration run on production tables', async () => {
    const rules = await lintShop({ 'shop/migrations/0002_order_kind.py': second('') }, 'shop/migrations/0002_order_kind.py');
    // The key of the new column without a default is validated without a scan: no constraint-not-valid.
    expect(rules).toEqual(expect.arrayContaining(['add-column-required', 'require-concurrent-index', 'set-not-null']));
  });
});
