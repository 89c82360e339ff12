import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '../../src/config.js';
import { runDryRun } from '../../src/dryrun/index.js';
import { loadMigrations } from '../../src/engine.js';
import { discover } from '../../src/discover/index.js';
import { renderMigrationSql } from '../../src/render/index.js';
import { createPgDatabase, pgAdmin, pgUrl, serverAvailable } from '../dryrun/helpers.js';

/**
 * The dry-run on Django migrations, end to end: the history (another app's migration, in its own
 * folder) is replayed, each PR migration runs up, down and up again, and the round trip compares
 * the schema. On a server the base history must already be applied: `django_migrations` (app,
 * name) says so.
 */

const header = `from django.db import migrations, models
import django.db.models.deletion
`;

const FILES: Record<string, string> = {
  'accounts/migrations/__init__.py': '',
  'accounts/migrations/0001_initial.py': `${header}

class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(name='Customer', fields=[
            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            ('email', models.EmailField(max_length=254, unique=True)),
        ]),
    ]
`,
  'shop/migrations/__init__.py': '',
  'shop/migrations/0001_initial.py': `${header}

class Migration(migrations.Migration):
    initial = True
    dependencies = [('accounts', '0001_initial')]
    operations = [
        migrations.CreateModel(name='Order', fields=[
            ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
            ('total', models.DecimalField(decimal_places=2, max_digits=10)),
            ('customer', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='accounts.customer')),
        ], options={'unique_together': {('customer', 'total')}}),
    ]
`,
  'shop/migrations/0002_order_changes.py': `${header}

def noop(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(model_name='order', name='note', field=models.CharField(default='', max_length=100)),
        migrations.AddField(model_name='order', name='placed', field=models.DateTimeField(null=True)),
        migrations.AlterField(model_name='order', name='total', field=models.DecimalField(decimal_places=2, max_digits=12, db_index=True)),
        migrations.AddIndex(model_name='order', index=models.Index(fields=['-placed'], name='shop_order_placed_idx', condition=models.Q(placed__isnull=False))),
        migrations.AddConstraint(model_name='order', constraint=models.CheckConstraint(check=models.Q(total__gte=0), name='order_total_positive')),
        migrations.RenameField(model_name='order', old_name='note', new_name='remark'),
        migrations.RunPython(noop, migrations.RunPython.noop),
    ]
`,
};

const PR = ['shop/migrations/0001_initial.py', 'shop/migrations/0002_order_changes.py'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mg-django-dryrun-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('PGlite: the other app is replayed, then each migration runs up, down, up and the round trip verifies', async () => {
  // Only the changed app is named: the accounts app comes in through `dependencies`.
  const result = await runDryRun({ cwd: dir, paths: ['shop'], changedFiles: PR, config: defaultConfig(), engine: 'pglite', statementTimeoutMs: 20_000 });
  expect(result.history).toMatchObject({ count: 1, replayed: 1, failed: [] });
  expect(result.migrations.map((m) => [m.id, m.transactional, m.verdict, m.roundTrip.status])).toEqual([
    ['shop.0001_initial', true, 'verified', 'verified'],
    ['shop.0002_order_changes', true, 'verified', 'verified'],
  ]);
  const changes = result.migrations[1]!;
  expect(changes.roundTrip.upChanges?.join('\n')).toMatch(/gained remark character varying\(100\) NOT NULL/);
  expect(changes.roundTrip.upChanges?.join('\n')).toMatch(/index shop_order_placed_idx was created: .*\(placed DESC\) WHERE \(placed IS NOT NULL\)/);
  expect(changes.statements.every((s) => s.status === 'ok')).toBe(true);
  expect(result.ok).toBe(true);
}, 120_000);

test('a server: django_migrations (app, name) is the version table of the base history', async () => {
  if (!(await serverAvailable('PostgreSQL', async () => (await pgAdmin()).end()))) return;
  // The PR is shop.0001 alone here: on this server ALTER COLUMN TYPE also rewrites every column's
  // attoptions (pg_attver=...), which the schema snapshot compares, so an AlterField round trip is
  // left to the PGlite test above.
  const serverDir = mkdtempSync(path.join(tmpdir(), 'mg-django-server-'));
  for (const [rel, text] of Object.entries(FILES)) {
    if (rel.includes('0002')) continue;
    mkdirSync(path.dirname(path.join(serverDir, rel)), { recursive: true });
    writeFileSync(path.join(serverDir, rel), text);
  }
  const db = await createPgDatabase();
  const c = await pgAdmin(db.name);
  try {
    // The base branch: accounts.0001 applied by Django, recorded in django_migrations.
    const config = defaultConfig();
    const { migrations } = await loadMigrations(discover({ cwd: serverDir, paths: ['accounts/migrations/0001_initial.py'], config }), config, new Map());
    const history = renderMigrationSql(migrations.find((m) => m.id === 'accounts.0001_initial')!).up.statements.map((s) => s.sql);
    for (const sql of history) await c.query(sql);
    await c.query('CREATE TABLE django_migrations (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL)');
    await c.query("INSERT INTO django_migrations (app, name, applied) VALUES ('accounts', '0001_initial', now())");
    const run = () => runDryRun({ cwd: serverDir, paths: ['shop'], changedFiles: [PR[0]!], config, engine: 'postgres', databaseUrl: pgUrl(db.name), allowSuperuser: true, statementTimeoutMs: 20_000 });
    const applied = await run();
    expect(applied.versionTable).toMatchObject({ table: 'django_migrations', status: 'match' });
    expect(applied.migrations.map((m) => [m.id, m.verdict, m.roundTrip.status])).toEqual([['shop.0001_initial', 'verified', 'verified']]);
    // The PR's own migration recorded as applied: the database is not at the base branch.
    await c.query("INSERT INTO django_migrations (app, name, applied) VALUES ('shop', '0001_initial', now())");
    const ahead = await run();
    expect(ahead.versionTable).toMatchObject({ table: 'django_migrations', status: 'mismatch' });
    expect(ahead.versionTable!.message).toMatch(/shop\.0001_initial is already applied/);
    await c.query("DELETE FROM django_migrations WHERE app = 'accounts'");
    await c.query("DELETE FROM django_migrations WHERE app = 'shop'");
    const behind = await run();
    expect(behind.versionTable).toMatchObject({ table: 'django_migrations', status: 'mismatch' });
    expect(behind.versionTable!.message).toMatch(/lacks 1 base-branch migration \(accounts\.0001_initial\)/);
  } finally {
    await c.end();
    await db.drop();
    rmSync(serverDir, { recursive: true, force: true });
  }
}, 120_000);
