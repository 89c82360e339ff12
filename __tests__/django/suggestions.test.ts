import { lintCase } from '../helpers/rule-tester.js';
import { dj, DJ_USERS } from '../helpers/django.js';

/** The safe patterns in Django's own operations (issue 17, phrasebook), found through the operation the op came from. */
const suggestion = async (ruleId: string, operation: string) => {
  const findings = await lintCase(ruleId, { name: ruleId, djangoHistory: DJ_USERS }, 'django', dj([operation]));
  return findings.find((f) => f.ruleId === ruleId)?.suggestion ?? '';
};
// With a default the existing rows get a value, so the key is checked (a nullable one without is validated without a scan).
const FK = "models.ForeignKey(null=True, default=1, on_delete=django.db.models.deletion.CASCADE, to='shop.user')";

test('AddIndex: AddIndexConcurrently in a migration with atomic = False', async () => {
  const s = await suggestion('require-concurrent-index', "migrations.AddIndex(model_name='user', index=models.Index(fields=['email'], name='users_email_idx'))");
  expect(s).toMatch(/^Replace migrations\.AddIndex with AddIndexConcurrently \(from django\.contrib\.postgres\.operations\).*`atomic = False`/);
});

test("AddField(ForeignKey): db_index=False, then AddIndexConcurrently of the field's index", async () => {
  const s = await suggestion('require-concurrent-index', `migrations.AddField(model_name='team', name='owner', field=${FK})`);
  expect(s).toContain("db_index=False");
  expect(s).toContain("AddIndexConcurrently(model_name='team', index=models.Index(fields=['owner'], name='teams_owner_id_d02bfe57'))");
});

test('AddConstraint(CheckConstraint): AddConstraintNotValid, then ValidateConstraint in a later migration', async () => {
  const s = await suggestion('constraint-not-valid', "migrations.AddConstraint(model_name='user', constraint=models.CheckConstraint(check=models.Q(id__gt=0), name='users_id_positive'))");
  expect(s).toMatch(/^Replace migrations\.AddConstraint with AddConstraintNotValid/);
  expect(s).toContain("ValidateConstraint(model_name='user', name='users_id_positive')");
});

test('AddField(ForeignKey): SeparateDatabaseAndState with db_constraint=False and the key NOT VALID, then ValidateConstraint', async () => {
  const s = await suggestion('constraint-not-valid', `migrations.AddField(model_name='team', name='owner', field=${FK})`);
  expect(s).toContain('migrations.SeparateDatabaseAndState(state_operations=[this migrations.AddField]');
  expect(s).toContain('db_constraint=False');
  expect(s).toContain('REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED NOT VALID');
  expect(s).toContain("ValidateConstraint(model_name='team', name='teams_owner_id_d02bfe57_fk_users_id')");
});

test('RenameField: or rename only the field with SeparateDatabaseAndState and db_column', async () => {
  const s = await suggestion('rename-column', "migrations.RenameField(model_name='user', old_name='email', new_name='email_address')");
  expect(s).toContain('Expand and contract');
  expect(s).toContain("migrations.SeparateDatabaseAndState(state_operations=[migrations.RenameField(model_name='user', old_name='email', new_name='email_address'), migrations.AlterField(model_name='user', name='email_address', field=<the field with db_column='email'>)])");
});
