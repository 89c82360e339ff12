import type { ReportFinding } from '../../src/report/model.js';
import { DJ_USERS } from '../helpers/django.js';
import { lintFixture } from '../rollback/fixture.js';

/**
 * `RunPython(code, atomic=True)` in a migration with `atomic = False`: Django runs that operation
 * in a transaction of its own (Migration.apply wraps it in transaction.atomic()), so what its code
 * sends runs inside a transaction although the migration does not. In an atomic migration the
 * migration's transaction holds everything whatever the operation says.
 */

function migration(opts: { atomic: boolean; runPython: string; body: string[] }): string {
  return `from django.db import migrations


def forwards(apps, schema_editor):
${opts.body.map((l) => `    ${l}`).join('\n')}


class Migration(migrations.Migration):
    atomic = ${opts.atomic ? 'True' : 'False'}
    dependencies = [('shop', '0001_initial')]
    operations = [
        ${opts.runPython},
    ]
`;
}

const history = { 'shop/migrations/__init__.py': '', 'shop/migrations/0001_initial.py': DJ_USERS };
const file = 'shop/migrations/0002_data.py';

async function rules(opts: { atomic: boolean; runPython: string; body: string[] }): Promise<ReportFinding[]> {
  const { report } = await lintFixture({ history, change: { [file]: migration(opts) }, paths: ['shop'] });
  return report.findings.filter((f) => f.file === file);
}

const ids = (findings: ReportFinding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

describe('RunPython atomic=', () => {
  const concurrent = ['schema_editor.execute("CREATE INDEX CONCURRENTLY users_email_idx ON users (email)")'];

  test('atomic=True in a non-atomic migration: CONCURRENTLY in its code runs inside its transaction', async () => {
    const found = await rules({ atomic: false, runPython: 'migrations.RunPython(forwards, migrations.RunPython.noop, atomic=True)', body: concurrent });
    expect(found.filter((f) => f.ruleId === 'concurrent-in-transaction')).toEqual([
      expect.objectContaining({
        line: 12,
        message: 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and migrations.RunPython(..., atomic=True) runs its code in a transaction of its own (the migration has atomic = False): PostgreSQL rejects it at run time and the migration fails.',
        suggestion: expect.stringContaining('Remove atomic=True from this migrations.RunPython'),
      }),
    ]);
  });

  test('near-misses: without atomic=True, or atomic=False, the non-atomic migration runs it outside a transaction', async () => {
    for (const runPython of ['migrations.RunPython(forwards, migrations.RunPython.noop)', 'migrations.RunPython(forwards, migrations.RunPython.noop, atomic=False)']) {
      expect(ids(await rules({ atomic: false, runPython, body: concurrent }))).not.toContain('concurrent-in-transaction');
    }
  });

  test('atomic=False in an atomic migration changes nothing: the migration\'s transaction holds it', async () => {
    const found = await rules({ atomic: true, runPython: 'migrations.RunPython(forwards, migrations.RunPython.noop, atomic=False)', body: concurrent });
    expect(ids(found)).toContain('concurrent-in-transaction');
  });

  test('lock facts: a strong lock its code takes is held through the rest of its own transaction only', async () => {
    const body = ['schema_editor.execute("ALTER TABLE users ALTER COLUMN email TYPE varchar(200)")', 'User = apps.get_model("shop", "User")', 'User.objects.filter(email__isnull=True).update(email="")'];
    const own = await rules({ atomic: false, runPython: 'migrations.RunPython(forwards, migrations.RunPython.noop, atomic=True)', body });
    expect(ids(own)).toContain('lock-held-across-statements');
    const none = await rules({ atomic: false, runPython: 'migrations.RunPython(forwards, migrations.RunPython.noop)', body });
    expect(ids(none)).not.toContain('lock-held-across-statements');
    // The BEGIN/COMMIT Django sends around it are its own: no transaction-nesting finding.
    expect(ids(own)).not.toContain('transaction-nesting');
  });
});
