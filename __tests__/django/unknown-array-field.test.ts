import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import { tmpTree } from '../helpers/tmp.js';

const initial = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Token', fields=[('id', models.BigAutoField(primary_key=True))]),
    ]
`;

const change = `import django.contrib.postgres.fields
import ipam.fields
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('users', '0001_initial')]
    operations = [
        migrations.AddField(
            model_name='token',
            name='allowed_ips',
            field=django.contrib.postgres.fields.ArrayField(base_field=ipam.fields.IPNetworkField(), blank=True, null=True),
        ),
    ]
`;

test('an ArrayField of a project field class is not checked, said at its line; its DROP COLUMN inverse is no mismatch', async () => {
  const t = tmpTree({ 'users/migrations/__init__.py': '', 'users/migrations/0001_initial.py': initial, 'users/migrations/0002_token_allowed_ips.py': change });
  try {
    const file = 'users/migrations/0002_token_allowed_ips.py';
    const { report } = await lint({ cwd: t.dir, paths: ['users'], changedFiles: [file], config: resolveConfig({}, null) });
    const found = report.findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line, f.message]);
    expect(found).toEqual([['unanalyzable', 9, expect.stringContaining('ipam.fields.IPNetworkField')]]);
  } finally {
    t.cleanup();
  }
});
