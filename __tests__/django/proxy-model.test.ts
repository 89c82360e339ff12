import type { ReportFinding } from '../../src/report/model.js';
import { lintFixture } from '../rollback/fixture.js';

/**
 * A proxy model (`options={'proxy': True}`, `bases=('files.storedfile',)`) has no table of its own:
 * a foreign key to it references its concrete base's table and primary key, and ORM writes through
 * it land on that table.
 */
const migration = (dependencies: string, operations: string) => `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [${dependencies}]
    operations = [
${operations}
    ]
`;

const history = {
  'files/migrations/__init__.py': '',
  'files/migrations/0001_initial.py': migration(
    '',
    `        migrations.CreateModel(name='StoredFile', fields=[
            ('id', models.BigAutoField(primary_key=True, serialize=False)),
            ('path', models.TextField()),
        ]),
        migrations.CreateModel(name='ScriptFile', fields=[], options={'proxy': True, 'indexes': []}, bases=('files.storedfile',)),`,
  ),
};
const change = {
  'files/migrations/0002_script.py': migration(
    "('files', '0001_initial')",
    `        migrations.CreateModel(name='Script', fields=[
            ('id', models.BigAutoField(primary_key=True, serialize=False)),
            ('module', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='files.scriptfile')),
        ]),`,
  ),
};
const byRule = (findings: ReportFinding[], rule: string) => findings.filter((f) => f.ruleId === rule);

test('a foreign key to a proxy model references the concrete table, with its primary key type', async () => {
  const { migrations, report } = await lintFixture({ history, change, git: true, paths: ['files'] });
  expect(byRule(report.findings, 'unanalyzable')).toEqual([]);
  const script = migrations.find((m) => m.file.endsWith('0002_script.py'))!;
  const fks = script.up.flatMap((op) => (op.kind === 'createTable' ? op.constraints : op.kind === 'addConstraint' ? [op.constraint] : [])).filter((c) => c.kind === 'foreignKey');
  expect(fks.map((c) => c.references?.table)).toEqual(['files_storedfile']);
  const table = script.up.find((op) => op.kind === 'createTable');
  expect(table && table.kind === 'createTable' ? table.columns.find((c) => c.name === 'module_id')?.type?.text : null).toBe('int8');
});
