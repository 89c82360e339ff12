/**
 * Django variants for the rule tests. The model state comes from Django migrations: `DJ_USERS` is
 * shop/migrations/0001_initial.py creating the `users` table (db_table) the SQL variants' history
 * creates, so the findings' texts agree; `dj([...])` is the change, 0002, with its first operation
 * on line `DJ_LINE`.
 */
export const DJ_USERS = `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='User',
            fields=[
                ('id', models.BigAutoField(primary_key=True, serialize=False)),
                ('email', models.TextField(null=True)),
                ('name', models.TextField(null=True)),
                ('legacy_email', models.TextField(null=True)),
            ],
            options={'db_table': 'users'},
        ),
        migrations.CreateModel(
            name='Team',
            fields=[('id', models.BigAutoField(primary_key=True, serialize=False))],
            options={'db_table': 'teams'},
        ),
    ]
`;

/** Line of the first operation in a `dj()` file. */
export const DJ_LINE = 14;

export function dj(operations: string[], opts: { atomic?: boolean; initial?: boolean } = {}): string {
  return `from django.db import migrations, models
import django.db.models.deletion
from django.contrib.postgres.operations import AddConstraintNotValid, AddIndexConcurrently, ValidateConstraint


def forwards(apps, schema_editor):
    pass


class Migration(migrations.Migration):
${opts.atomic === false ? '    atomic = False\n' : '    atomic = True\n'}    dependencies = [${opts.initial ? '' : "('shop', '0001_initial')"}]
    operations = [
${operations.map((o) => `        ${o},`).join('\n')}
    ]
`;
}
