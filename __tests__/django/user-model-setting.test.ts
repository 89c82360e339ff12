import { resolveConfig } from '../../src/config.js';
import { lint } from '../../src/engine.js';
import type { Migration, Op } from '../../src/ir.js';
import { tmpTree } from '../helpers/tmp.js';
import { djangoInitial } from '../helpers/django.js';

/**
 * `ForeignKey(to=settings.AUTH_USER_MODEL)` points at the model the project's settings name
 * (`AUTH_USER_MODEL = 'accounts.Member'`), not at a guess: here the swapped-in model has no
 * password field, which the guess without settings looks for, so it would say `auth_user`.
 */

const members = djangoInitial([{ name: 'Member', fields: ["('handle', models.CharField(max_length=40, unique=True))"] }]);

const orders = `from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(primary_key=True, serialize=False)),
                ('buyer', models.ForeignKey(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL)),
            ],
        ),
    ]
`;

const tree = (settings: string) => ({
  'mysite/settings.py': settings,
  'accounts/migrations/__init__.py': '',
  'accounts/migrations/0001_initial.py': members,
  'shop/migrations/__init__.py': '',
  'shop/migrations/0001_initial.py': orders,
});

function foreignKeys(migrations: Migration[]): Array<[string, string]> {
  const m = migrations.find((x) => x.file === 'shop/migrations/0001_initial.py')!;
  const out: Array<[string, string]> = [];
  for (const op of m.up as Op[]) {
    if (op.kind === 'addConstraint' && op.constraint.kind === 'foreignKey') out.push([op.constraint.columns.join(','), op.constraint.references!.table]);
  }
  const created = m.up.find((op) => op.kind === 'createTable' && op.table === 'shop_order');
  if (created?.kind === 'createTable') out.push(['buyer_id type', created.columns.find((c) => c.name === 'buyer_id')!.type!.name]);
  return out;
}

async function lower(files: Record<string, string>, paths: string[]): Promise<Migration[]> {
  const t = tmpTree(files);
  try {
    return (await lint({ cwd: t.dir, paths, changedFiles: ['shop/migrations/0001_initial.py'], config: resolveConfig({}, null) })).migrations;
  } finally {
    t.cleanup();
  }
}

describe('settings.AUTH_USER_MODEL', () => {
  test('the settings name the user model: the foreign key references its table, with its primary key type', async () => {
    const settings = "INSTALLED_APPS = ['accounts', 'shop']\nAUTH_USER_MODEL = 'accounts.Member'\n";
    // One app named (the ancestors' walk reads the settings) or the whole repository searched.
    for (const paths of [['shop/migrations'], ['.']]) {
      expect(foreignKeys(await lower(tree(settings), paths))).toEqual([['buyer_id', 'accounts_member'], ['buyer_id type', 'int8']]);
    }
  });

  test('settings that do not set it: django.contrib.auth\'s user (auth_user, integer id)', async () => {
    expect(foreignKeys(await lower(tree("INSTALLED_APPS = ['accounts', 'shop']\n"), ['shop/migrations']))).toEqual([['buyer_id', 'auth_user'], ['buyer_id type', 'int4']]);
  });
});
