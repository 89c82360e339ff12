import type { ReportFinding } from '../../src/report/model.js';
import { DJ_USERS } from '../helpers/django.js';
import { lintFixture } from '../rollback/fixture.js';

/**
 * The rows a RunPython function writes: each write call of the function is its own write, reported
 * at that call with its own verb. Only a call that really repeats (inside a loop over a literal
 * list) is one finding saying how many times it runs.
 */

const history = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': DJ_USERS };
const file = 'shop/migrations/0002_data.py';

/** A schema change (so backfill-in-migration applies) and RunPython(forwards); the function body starts on line 6. */
function migration(body: string[]): string {
  return `from django.db import migrations, models


def forwards(apps, schema_editor):
    User = apps.get_model('shop', 'User')
${body.map((l) => `    ${l}`).join('\n')}


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.AddField(model_name='user', name='nickname', field=models.TextField(null=True)),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
`;
}

async function backfills(body: string[]): Promise<ReportFinding[]> {
  const { report } = await lintFixture({ history, change: { [file]: migration(body) }, paths: ['shop'] });
  return report.findings.filter((f) => f.file === file && f.ruleId === 'backfill-in-migration');
}

describe('RunPython data writes', () => {
  test('two writes of one function are two calls: each reported once at its line, with its own verb', async () => {
    const found = await backfills([
      "User.objects.filter(email__endswith='@old.example').delete()",
      "User.objects.filter(email__endswith='@new.example').update(name='moved')",
    ]);
    expect(found.map((f) => [f.line, f.message.split(' on ')[0]])).toEqual([[6, 'DELETE'], [7, 'UPDATE']]);
    for (const f of found) expect(f.message).not.toContain('This call runs');
  });

  test('two calls with the same verb and table are still two writes', async () => {
    const found = await backfills(["User.objects.filter(name='a').delete()", "User.objects.filter(name='b').delete()"]);
    expect(found.map((f) => f.line)).toEqual([6, 7]);
    for (const f of found) expect(f.message).not.toContain('This call runs');
  });

  test('a write inside a loop over a literal list runs once per item: one finding that says so', async () => {
    const found = await backfills(["for name in ['a', 'b']:", '    User.objects.filter(name=name).delete()']);
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(7);
    expect(found[0]!.message).toContain('This call runs 2 times');
  });

  test('instances saved one by one: one UPDATE at the query that walks them', async () => {
    const found = await backfills(['for user in User.objects.all():', '    user.name = user.email', '    user.save()']);
    expect(found.map((f) => [f.line, f.message.split(' on ')[0]])).toEqual([[6, 'UPDATE']]);
    expect(found[0]!.message).not.toContain('This call runs');
  });
});
