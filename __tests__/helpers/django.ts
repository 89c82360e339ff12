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

/** One model of `djangoInitial`: its fields after the id (`('title', models.CharField(max_length=200))`) and its `options` text. */
export interface DjangoModelSpec {
  name: string;
  fields?: string[];
  options?: string;
}

/** An app's first migration (initial = True) creating `models`, each with a BigAutoField id, as makemigrations writes it. */
export function djangoInitial(models: DjangoModelSpec[], opts: { header?: string; dependencies?: string } = {}): string {
  const model = (m: DjangoModelSpec) =>
    [
      '        migrations.CreateModel(',
      `            name='${m.name}',`,
      '            fields=[',
      "                ('id', models.BigAutoField(primary_key=True, serialize=False)),",
      ...(m.fields ?? []).map((f) => `                ${f},`),
      '            ],',
      ...(m.options ? [`            options=${m.options},`] : []),
      '        ),',
    ].join('\n');
  return `${opts.header ?? 'from django.db import migrations, models\n'}

class Migration(migrations.Migration):
    initial = True
    dependencies = [${opts.dependencies ?? ''}]
    operations = [
${models.map(model).join('\n')}
    ]
`;
}

/** A later migration of app `shop` after 0001_initial, with `operations` (indented entries) and optional imports and class attributes. */
export function djangoChange(operations: string, opts: { header?: string; attrs?: string } = {}): string {
  return `${opts.header ?? 'from django.db import migrations, models\n'}

class Migration(migrations.Migration):
${opts.attrs ?? ''}    dependencies = [
        ('shop', '0001_initial'),
    ]

    operations = [
${operations}
    ]
`;
}
