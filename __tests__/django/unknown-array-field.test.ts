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

test('an ArrayField of a project field class: its type is not checked, said at its line; the column is still added (a lock like any ADD COLUMN); its DROP COLUMN inverse is no mismatch', async () => {
  const t = tmpTree({ 'users/migrations/__init__.py': '', 'users/migrations/0001_initial.py': initial, 'users/migrations/0002_token_allowed_ips.py': change });
  try {
    const file = 'users/migrations/0002_token_allowed_ips.py';
    const { report } = await lint({ cwd: t.dir, paths: ['users'], changedFiles: [file], config: resolveConfig({}, null) });
    const found = report.findings.filter((f) => f.file === file).map((f) => [f.ruleId, f.line, f.message]);
    // ADD COLUMN takes ACCESS EXCLUSIVE whatever the column's type: that finding does not depend on it.
    expect(found).toEqual([
      ['require-lock-timeout', 9, expect.stringContaining('ACCESS EXCLUSIVE lock on users_token')],
      ['unanalyzable', 9, expect.stringContaining('ipam.fields.IPNetworkField')],
    ]);
  } finally {
    t.cleanup();
  }
});
