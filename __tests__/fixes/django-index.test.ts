import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';
import { djangoChange, djangoInitial } from '../helpers/django.js';

// Our own fixtures: an app `shop` whose first migration creates the tables (history).
const INITIAL = djangoInitial([
  { name: 'Book', fields: ["('title', models.CharField(max_length=200))", "('isbn', models.CharField(max_length=20))"], options: "{'indexes': [models.Index(fields=['isbn'], name='book_isbn_idx')]}" },
]);
const history = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': INITIAL };
const FILE = 'shop/migrations/0002_change.py';

const migration = djangoChange;

const addIndex = `        migrations.AddIndex(
            model_name='book',
            index=models.Index(fields=['title'], name='book_title_idx'),
        ),`;
const removeIndex = `        migrations.RemoveIndex(
            model_name='book',
            name='book_isbn_idx',
        ),`;

async function fixAndRelint(ruleId: string, text: string) {
  const change = { [FILE]: text };
  const before = await lintFixture({ history, change });
  const finding = before.report.findings.find((f) => f.ruleId === ruleId && f.file === FILE);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeDefined();
  const fixed = applyFix(change, finding!.fix!);
  const after = await lintFixture({ history, change: fixed });
  const ids = after.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId);
  expect(ids).not.toContain(ruleId);
  for (const id of ['parse-error', 'internal-error', 'concurrent-in-transaction', 'unanalyzable']) expect(ids).not.toContain(id);
  // Nothing new: every finding after the fix was there before it.
  const was = new Set(before.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId));
  expect(ids.filter((id) => !was.has(id))).toEqual([]);
  if (process.env.SHOW_FIX) console.log(fixed[FILE], [...was], ids);
  return { fixed: fixed[FILE]!, after };
}

describe('Django fixes: concurrent index operations', () => {
  test('require-concurrent-index: AddIndex → AddIndexConcurrently, imported, atomic = False added', async () => {
    const { fixed, after } = await fixAndRelint('require-concurrent-index', migration(addIndex));
    expect(fixed).toContain('from django.contrib.postgres.operations import AddIndexConcurrently\n');
    expect(fixed).toContain('    atomic = False\n    dependencies = [');
    expect(fixed).toContain('        AddIndexConcurrently(\n            model_name=\'book\',');
    const m = after.migrations.find((x) => x.file === FILE)!;
    expect(m.transactional).toBe(false);
    expect(m.up.some((op) => op.kind === 'createIndex' && op.concurrently)).toBe(true);
  });

  test('require-concurrent-index: atomic = True is changed, an existing import is reused', async () => {
    const header = 'from django.contrib.postgres.operations import AddIndexConcurrently\nfrom django.db import migrations, models\n';
    const { fixed } = await fixAndRelint('require-concurrent-index', migration(addIndex, { header, attrs: '    """Index titles."""\n    atomic = True\n' }));
    expect(fixed.match(/import AddIndexConcurrently/g)).toHaveLength(1);
    expect(fixed).toContain('    atomic = False\n');
    expect(fixed).not.toContain('atomic = True');
  });

  test('require-concurrent-index: atomic = False goes before the comments that lead the first attribute, after the docstring', async () => {
    const { fixed } = await fixAndRelint('require-concurrent-index', migration(addIndex, { attrs: '    """Index titles."""  # see #12\n    # after 0001\n' }));
    expect(fixed).toContain('class Migration(migrations.Migration):\n    """Index titles."""  # see #12\n    atomic = False\n    # after 0001\n    dependencies = [');
  });

  test('require-concurrent-index: two AddIndex, fixed one after the other', async () => {
    const two = `${addIndex}\n        migrations.AddIndex(model_name='book', index=models.Index(fields=['isbn', 'title'], name='book_isbn_title_idx')),`;
    const change = { [FILE]: migration(two) };
    const first = (await lintFixture({ history, change })).report.findings.filter((f) => f.ruleId === 'require-concurrent-index');
    expect(first).toHaveLength(2);
    const once = applyFix(change, first[0]!.fix!);
    const second = (await lintFixture({ history, change: once })).report.findings.filter((f) => f.ruleId === 'require-concurrent-index');
    expect(second).toHaveLength(1);
    // atomic and the import are in place: only the call is renamed.
    expect(second[0]!.fix!.edits).toHaveLength(1);
    const twice = applyFix(once, second[0]!.fix!);
    const ids = (await lintFixture({ history, change: twice })).report.findings.map((f) => f.ruleId);
    for (const id of ['require-concurrent-index', 'parse-error', 'internal-error', 'concurrent-in-transaction']) expect(ids).not.toContain(id);
  });

  test('require-concurrent-index-drop: RemoveIndex → RemoveIndexConcurrently', async () => {
    const { fixed } = await fixAndRelint('require-concurrent-index-drop', migration(removeIndex));
    expect(fixed).toContain('from django.contrib.postgres.operations import RemoveIndexConcurrently\n');
    expect(fixed).toContain('        RemoveIndexConcurrently(\n');
    expect(fixed).toContain('    atomic = False\n');
  });

  test('require-concurrent-index in a migration already non-atomic: only the operation is renamed, whatever else it does', async () => {
    const other = `        migrations.AddField(model_name='book', name='subtitle', field=models.TextField(null=True)),\n${addIndex}`;
    const change = { [FILE]: migration(other, { attrs: '    atomic = False\n' }) };
    const finding = (await lintFixture({ history, change })).report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(finding!.fix!.edits.map((e) => e.text)).toEqual(['from django.contrib.postgres.operations import AddIndexConcurrently\n', 'AddIndexConcurrently']);
    await fixAndRelint('require-concurrent-index', change[FILE]!);
  });

  test('no exact fix when the migration does more than index operations (atomic = False would split it)', async () => {
    const other = `        migrations.AddField(model_name='book', name='subtitle', field=models.TextField(null=True)),\n${addIndex}`;
    const r = await lintFixture({ history, change: { [FILE]: migration(other) } });
    const finding = r.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(finding).toBeDefined();
    expect(finding!.fix).toBeUndefined();
  });

  test('no exact fix for the index of a field (db_index, ForeignKey) nor where AddIndexConcurrently means something else', async () => {
    const field = `        migrations.AddField(model_name='book', name='code', field=models.CharField(max_length=5, null=True, db_index=True)),`;
    const r1 = await lintFixture({ history, change: { [FILE]: migration(field) } });
    const f1 = r1.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(f1).toBeDefined();
    expect(f1!.fix).toBeUndefined();
    const header = 'from django.db import migrations, models\nfrom shop.ops import AddIndexConcurrently\n';
    const r2 = await lintFixture({ history, change: { [FILE]: migration(addIndex, { header }) } });
    const f2 = r2.report.findings.find((f) => f.ruleId === 'require-concurrent-index');
    expect(f2).toBeDefined();
    expect(f2!.fix).toBeUndefined();
  });
});

describe('Django fixes: lock_timeout', () => {
  test('no lock_timeout fix where the index fix makes the migration non-atomic (SET LOCAL would do nothing there)', async () => {
    const r = await lintFixture({ history, change: { [FILE]: migration(addIndex) } });
    const lock = r.report.findings.filter((f) => f.ruleId === 'require-lock-timeout');
    expect(lock.length).toBeGreaterThan(0);
    expect(lock.every((f) => f.fix === undefined)).toBe(true);
  });


  test('require-lock-timeout: a RunSQL setting lock_timeout becomes the first operation', async () => {
    const field = `        migrations.AddField(model_name='book', name='subtitle', field=models.TextField(null=True)),`;
    const { fixed, after } = await fixAndRelint('require-lock-timeout', migration(field));
    expect(fixed).toContain(`    operations = [\n        migrations.RunSQL("SET LOCAL lock_timeout = '2s'", reverse_sql=migrations.RunSQL.noop),\n        migrations.AddField(`);
    const ids = after.report.findings.filter((f) => f.file === FILE).map((f) => f.ruleId);
    expect(ids).not.toContain('missing-downgrade');
  });

  test('require-lock-timeout: operations on one line', async () => {
    const text = migration('').replace('    operations = [\n\n    ]', "    operations = [migrations.RemoveField(model_name='book', name='isbn')]");
    const { fixed } = await fixAndRelint('require-lock-timeout', text);
    expect(fixed).toContain(`operations = [migrations.RunSQL("SET LOCAL lock_timeout = '2s'", reverse_sql=migrations.RunSQL.noop), migrations.RemoveField(`);
  });
});
