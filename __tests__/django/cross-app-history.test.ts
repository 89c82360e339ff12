import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { validateConfig } from '../../src/config-schema.js';
import { discover } from '../../src/discover/index.js';
import { lint } from '../../src/engine.js';

/**
 * PR mode on a Django project whose changed migration depends on other apps' migrations in other
 * folders: the ancestors come in through the dependency graph (an explicit pair, `__first__`, the
 * swappable user model), as history, so the model state (a foreign key's target table and its
 * primary key type) is complete.
 */

const migration = (dependencies: string, operations: string, imports = '') => `from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion
${imports}

class Migration(migrations.Migration):
    dependencies = [
${dependencies}
    ]
    operations = [
${operations}
    ]
`;

const FILES: Record<string, string> = {
  // The user model's app sits deeper in the tree; only the settings say it is the user model.
  'project/settings.py': "AUTH_USER_MODEL = 'people.Person'\nINSTALLED_APPS = ['apps.people', 'catalog', 'shop']\n",
  'apps/people/migrations/__init__.py': '',
  'apps/people/migrations/0001_initial.py': migration(
    '',
    `        migrations.CreateModel(name='Person', fields=[
            ('id', models.AutoField(primary_key=True, serialize=False)),
            ('password', models.CharField(max_length=128)),
            ('last_login', models.DateTimeField(null=True)),
        ]),`,
  ),
  'catalog/migrations/__init__.py': '',
  'catalog/migrations/0001_initial.py': migration(
    '',
    `        migrations.CreateModel(name='Product', fields=[
            ('sku', models.UUIDField(primary_key=True, serialize=False)),
        ]),`,
  ),
  'catalog/migrations/0002_product_name.py': migration(
    "        ('catalog', '0001_initial'),",
    "        migrations.AddField(model_name='product', name='name', field=models.CharField(max_length=50, null=True)),",
  ),
  // An app nothing depends on stays out.
  'unrelated/migrations/__init__.py': '',
  'unrelated/migrations/0001_initial.py': migration('', "        migrations.CreateModel(name='Thing', fields=[('id', models.BigAutoField(primary_key=True, serialize=False))]),"),
  'shop/migrations/__init__.py': '',
  'shop/migrations/0001_initial.py': migration(
    "        ('catalog', '__first__'),\n        migrations.swappable_dependency(settings.AUTH_USER_MODEL),",
    `        migrations.CreateModel(name='Order', fields=[
            ('id', models.BigAutoField(primary_key=True, serialize=False)),
            ('buyer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to=settings.AUTH_USER_MODEL)),
        ]),`,
  ),
  'shop/migrations/0002_order_product.py': migration(
    "        ('shop', '0001_initial'),\n        ('catalog', '0002_product_name'),",
    "        migrations.AddField(model_name='order', name='product', field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT, to='catalog.product')),",
  ),
};

let dir: string;
const config = resolveConfig(validateConfig({}, 'test'), null, {});
const CHANGED = 'shop/migrations/0002_order_product.py';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mg-django-apps-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['the changed file named on its own', [CHANGED]],
  ["the changed app's directory", ['shop']],
])('%s: the other apps it depends on come in as history, the unrelated app does not', (_, paths) => {
  const found = discover({ cwd: dir, paths, changedFiles: [CHANGED], config });
  expect(found.map((d) => [d.file, d.isNew]).sort()).toEqual([
    ['apps/people/migrations/0001_initial.py', false],
    ['catalog/migrations/0001_initial.py', false],
    ['catalog/migrations/0002_product_name.py', false],
    ['shop/migrations/0001_initial.py', false],
    ['shop/migrations/0002_order_product.py', true],
  ]);
});

test('the model state comes from the other apps: FK types and tables are the real ones', async () => {
  const { migrations, report } = await lint({ cwd: dir, paths: [CHANGED], changedFiles: [CHANGED], config });
  expect(migrations.map((m) => m.id)).toEqual(['people.0001_initial', 'catalog.0001_initial', 'catalog.0002_product_name', 'shop.0001_initial', 'shop.0002_order_product']);
  const initial = migrations.find((m) => m.id === 'shop.0001_initial')!;
  // The swappable user model is people.Person (AutoField): the FK column is integer, to people_person.
  expect(initial.up.map((o) => o.sql).join('\n')).toContain('"buyer_id" integer NOT NULL');
  expect(initial.up.map((o) => o.sql).join('\n')).toContain('REFERENCES "people_person" ("id")');
  const change = migrations.find((m) => m.id === 'shop.0002_order_product')!;
  // The target's primary key is a UUIDField named sku in another app's folder (name: md5("shop_order" "product_id")[:8]).
  expect(change.up[0]!.sql).toBe('ALTER TABLE "shop_order" ADD COLUMN "product_id" uuid NULL CONSTRAINT "shop_order_product_id_0eef2166_fk_catalog_product_sku" REFERENCES "catalog_product"("sku") DEFERRABLE INITIALLY DEFERRED');
  expect(report.findings.filter((f) => f.ruleId === 'unanalyzable')).toEqual([]);
  expect(report.migrations.map((m) => m.file)).toEqual([CHANGED]);
  // Counted once the project is lowered: the ADD COLUMN, SET CONSTRAINTS, CREATE INDEX and their downs.
  expect(report.summary.statements).toBe(change.up.length + change.down!.length);
  expect(report.summary.statements).toBeGreaterThan(3);
});

test('without the other app in the repository the FK column is unanalyzable, not silently dropped', async () => {
  const solo = mkdtempSync(path.join(tmpdir(), 'mg-django-solo-'));
  try {
    for (const rel of ['shop/migrations/__init__.py', 'shop/migrations/0001_initial.py']) {
      mkdirSync(path.dirname(path.join(solo, rel)), { recursive: true });
      writeFileSync(path.join(solo, rel), FILES[rel]!.replace('to=settings.AUTH_USER_MODEL', "to='billing.account'"));
    }
    const { report } = await lint({ cwd: solo, paths: ['shop'], changedFiles: ['shop/migrations/0001_initial.py'], config });
    const unanalyzable = report.findings.filter((f) => f.ruleId === 'unanalyzable').map((f) => f.message).join('\n');
    expect(unanalyzable).toMatch(/billing\.account.*buyer_id/);
  } finally {
    rmSync(solo, { recursive: true, force: true });
  }
});
