import type { OpOf } from '../../src/ir.js';
import type { ReportFinding } from '../../src/report/model.js';
import { lintFixture } from '../rollback/fixture.js';
import { djangoInitial } from '../helpers/django.js';

/**
 * A column of a project's own field class (`net.fields.HardwareAddressField`) has no type
 * migration-guard knows, but Django creates it all the same: it stays in the IR (type null), so
 * the schema model knows which table has it, and no rule judges a type it does not know.
 */

const initial = djangoInitial([{ name: 'Port', fields: ["('hw_address', models.TextField(null=True))"] }]);

// The field moves to a model of its own; that model's column is of the project's own field class.
const move = `import net.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('fabric', '0001_initial')]
    operations = [
        migrations.CreateModel(
            name='HardwareAddress',
            fields=[
                ('id', models.BigAutoField(primary_key=True, serialize=False)),
                ('hw_address', net.fields.HardwareAddressField()),
                ('port', models.ForeignKey(on_delete=models.CASCADE, to='fabric.port')),
            ],
        ),
        migrations.RemoveField(model_name='port', name='hw_address'),
    ]
`;

const history = { 'fabric/migrations/__init__.py': '', 'fabric/migrations/0001_initial.py': initial };
const change = { 'fabric/migrations/0002_hardware_address.py': move };
const byRule = (findings: ReportFinding[], rule: string) => findings.filter((f) => f.ruleId === rule);

describe('a field of a project field class', () => {
  test('is a column of its table in the IR, with an unknown type, and the unknown type is still said', async () => {
    const { migrations, report } = await lintFixture({ history, change, git: true, paths: ['fabric'] });
    const m = migrations.find((x) => x.file === 'fabric/migrations/0002_hardware_address.py')!;
    const created = m.up.find((op): op is OpOf<'createTable'> => op.kind === 'createTable' && op.table === 'fabric_hardwareaddress')!;
    expect(created.columns.map((c) => [c.name, c.type?.name ?? null])).toEqual([['id', 'int8'], ['port_id', 'int8'], ['hw_address', null]]);
    expect(created.columns.find((c) => c.name === 'hw_address')).toMatchObject({ notNull: true, default: null });
    expect(byRule(report.findings, 'unanalyzable').map((f) => f.message)).toEqual([expect.stringContaining('net.fields.HardwareAddressField')]);
  });

  test('moved to another model: code using the other model\'s column is not a reference to the dropped one', async () => {
    // Before: the new table's column was left out of the IR, so the scan took every hw_address for fabric_port's.
    const code = {
      'fabric/models.py': 'from django.db import models\nfrom net.fields import HardwareAddressField\n\n\nclass HardwareAddress(models.Model):\n    hw_address = HardwareAddressField()\n    port = models.ForeignKey("fabric.Port", on_delete=models.CASCADE)\n',
      'fabric/api/serializers.py': 'class HardwareAddressSerializer(Serializer):\n    def describe(self, obj):\n        return str(obj.hw_address)\n',
    };
    const { report } = await lintFixture({ history, change, files: code, git: true, paths: ['fabric'] });
    expect(byRule(report.findings, 'column-still-referenced')).toEqual([]);
    // Near-miss: code that still reads the dropped column through its own table is reported.
    const stale = { ...code, 'fabric/views.py': 'def show(port):\n    return port.hw_address\n' };
    const found = byRule((await lintFixture({ history, change, files: stale, git: true, paths: ['fabric'] })).report.findings, 'column-still-referenced');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/drops column fabric_port\.hw_address.*\(1 reference\): fabric\/views\.py:2\./)]);
  });

  test('added to an existing table: an ADD COLUMN of unknown type, judged by what does not depend on the type', async () => {
    const add = (field: string) => ({
      'fabric/migrations/0002_port_mac.py': `import net.fields\nfrom django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('fabric', '0001_initial')]\n    operations = [\n        migrations.AddField(model_name='port', name='mac', field=${field}),\n        migrations.AlterField(model_name='port', name='mac', field=net.fields.HardwareAddressField(null=True, unique=True)),\n    ]\n`,
    });
    const required = await lintFixture({ history, change: add('net.fields.HardwareAddressField()'), git: true, paths: ['fabric'] });
    const m = required.migrations.find((x) => x.file === 'fabric/migrations/0002_port_mac.py')!;
    const added = m.up.find((op): op is OpOf<'addColumn'> => op.kind === 'addColumn')!;
    expect(added).toMatchObject({ table: 'fabric_port', column: { name: 'mac', type: null, notNull: true, default: null }, unrenderable: expect.stringContaining('HardwareAddressField') });
    const rules = (findings: ReportFinding[]) => [...new Set(findings.filter((f) => f.file === 'fabric/migrations/0002_port_mac.py').map((f) => f.ruleId))].sort();
    // NOT NULL without a default on a populated table fails whatever the type; nothing type-based is guessed.
    expect(rules(required.report.findings)).toEqual(['add-column-required', 'require-lock-timeout', 'unanalyzable']);
    const nullable = await lintFixture({ history, change: add('net.fields.HardwareAddressField(null=True)'), git: true, paths: ['fabric'] });
    expect(rules(nullable.report.findings)).toEqual(['require-lock-timeout', 'unanalyzable']);
    // blank=True: Django sends '' for the existing rows when the class allows empty strings; for an
    // unknown class that is not known, so no finding assumes there is no default.
    const blank = await lintFixture({ history, change: add('net.fields.HardwareAddressField(blank=True, max_length=17)'), git: true, paths: ['fabric'] });
    expect(rules(blank.report.findings)).toEqual(['require-lock-timeout', 'unanalyzable']);
    // With a default Django sends once for the existing rows (a constant, not volatile).
    const defaulted = await lintFixture({ history, change: add("net.fields.HardwareAddressField(default='00:00:00:00:00:00')"), git: true, paths: ['fabric'] });
    expect(rules(defaulted.report.findings)).toEqual(['require-lock-timeout', 'unanalyzable']);
  });
});
