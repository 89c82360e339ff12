import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { DIR, expectNoFix, history, revision, roundTrip } from './alembic.js';

const FILE = `${DIR}/b7e8f9a0b1c2_order_user_fk.py`;
const RULE = 'constraint-not-valid';
const FK = 'op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"])';
const DROP_FK = 'op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")';
const CHECK = `op.create_check_constraint("ck_users_email", "users", "email LIKE '%@%'")`;
const DROP_CHECK = 'op.drop_constraint("ck_users_email", "users", type_="check")';

/** The one file a fix adds. */
function added(before: Record<string, string>, after: Record<string, string>): [string, string] {
  const paths = Object.keys(after).filter((p) => !(p in before));
  expect(paths).toHaveLength(1);
  return [paths[0]!, after[paths[0]!]!];
}

describe('constraint-not-valid fix (Alembic)', () => {
  test('a foreign key: postgresql_not_valid=True here, VALIDATE in a new head revision after this one', async () => {
    const change = { [FILE]: revision([FK], [DROP_FK]) };
    const { fix, fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(`    op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"], postgresql_not_valid=True)\n`);
    const [path, text] = added(change, fixed);
    expect(path).toMatch(new RegExp(`^${DIR}/[0-9a-f]{12}_validate_constraints\\.py$`));
    const id = path.slice(DIR.length + 1, DIR.length + 13);
    expect(text).toContain(`revision = "${id}"\ndown_revision = "b7e8f9a0b1c2"\n`);
    expect(text).toContain('def upgrade():\n    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey")\n\n\ndef downgrade():\n    pass\n');
    // Deterministic: the same change gets the same fix.
    const again = await lintFixture({ history, change });
    expect(again.report.findings.find((f) => f.ruleId === RULE)?.fix).toEqual(fix);
  });

  test('a CHECK with quotes in its condition', async () => {
    const change = { [FILE]: revision([CHECK], [DROP_CHECK]) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain(`"email LIKE '%@%'", postgresql_not_valid=True)\n`);
    expect(added(change, fixed)[1]).toContain('op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email")');
  });

  test('two constraints in one revision: both findings carry the same fix, which validates both', async () => {
    const change = { [FILE]: revision([FK, CHECK], [DROP_CHECK, DROP_FK]) };
    const r = await lintFixture({ history, change });
    const fixes = r.report.findings.filter((f) => f.ruleId === RULE).map((f) => f.fix);
    expect(fixes).toHaveLength(2);
    expect(fixes[1]).toEqual(fixes[0]);
    const { fixed } = await roundTrip(RULE, change);
    const [, text] = added(change, fixed);
    expect(text).toContain('    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey")\n    op.execute("ALTER TABLE users VALIDATE CONSTRAINT ck_users_email")\n');
  });

  test('a revision with more constraints than one shared fix covers: suggestions only (every finding would carry all of them)', async () => {
    const checks = Array.from({ length: 51 }, (_, i) => `op.create_check_constraint("ck_users_email_${i}", "users", "length(email) > ${i}")`);
    const drops = checks.map((_, i) => `op.drop_constraint("ck_users_email_${i}", "users", type_="check")`);
    const r = await lintFixture({ history, change: { [FILE]: revision(checks, drops.reverse()) } });
    const found = r.report.findings.filter((f) => f.ruleId === RULE);
    expect(found).toHaveLength(51);
    expect(found.every((f) => f.fix === undefined && f.suggestion !== undefined)).toBe(true);
  });

  test('SQL in op.execute("..."): NOT VALID at the end of the statement in the string', async () => {
    const sql = `op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_user CHECK (user_id > 0 AND user_id IN (1, 2));")`;
    const change = { [FILE]: revision([sql, FK], [DROP_FK, 'op.drop_constraint("ck_orders_user", "orders", type_="check")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(fixed[FILE]).toContain('CHECK (user_id > 0 AND user_id IN (1, 2)) NOT VALID;")\n');
    expect(added(change, fixed)[1]).toContain('    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_user")\n    op.execute("ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey")\n');
  });

  test('a name that needs quoting in SQL: quoted in the VALIDATE, escaped in the Python string', async () => {
    const change = { [FILE]: revision(['op.create_foreign_key("FK_Orders_User", "orders", "users", ["user_id"], ["id"])'], ['op.drop_constraint("FK_Orders_User", "orders", type_="foreignkey")']) };
    const { fixed } = await roundTrip(RULE, change);
    expect(added(change, fixed)[1]).toContain('op.execute("ALTER TABLE orders VALIDATE CONSTRAINT \\"FK_Orders_User\\"")');
  });

  test('a numbered directory: the next number, and the next revision id when ids are the numbers', async () => {
    const base = { [`${DIR}/0001_init.py`]: history[`${DIR}/a1b2c3d4e5f6_init.py`]!.replace('revision = "a1b2c3d4e5f6"', 'revision = "0001"') };
    const change = { [`${DIR}/0002_order_user_fk.py`]: revision([FK], [DROP_FK], '0002', { down: '"0001"' }) };
    const { fixed } = await roundTrip(RULE, change, base);
    const [path, text] = added(change, fixed);
    expect(path).toBe(`${DIR}/0003_validate_constraints.py`);
    expect(text).toContain('revision = "0003"\ndown_revision = "0002"\n');
  });

  test('a date-prefixed file template: the new file keeps the prefix', async () => {
    const name = `${DIR}/2024_05_01_1200-b7e8f9a0b1c2_order_user_fk.py`;
    const change = { [name]: revision([FK], [DROP_FK]) };
    const { fixed } = await roundTrip(RULE, change);
    expect(added(change, fixed)[0]).toMatch(new RegExp(`^${DIR}/2024_05_01_1200-[0-9a-f]{12}_validate_constraints\\.py$`));
  });

  test('no exact fix: a revision that is not a head (another one builds on it)', async () => {
    const next = revision(['op.add_column("users", sa.Column("nick", sa.Text()))'], ['op.drop_column("users", "nick")'], 'c9d0e1f2a3b4', { down: '"b7e8f9a0b1c2"' });
    await expectNoFix(RULE, { [FILE]: revision([FK], [DROP_FK]), [`${DIR}/c9d0e1f2a3b4_nick.py`]: next });
  });

  test('no exact fix: a later op renames the table (the VALIDATE would name a table that is gone)', async () => {
    await expectNoFix(RULE, { [FILE]: revision([FK, 'op.rename_table("orders", "purchases")'], ['op.rename_table("purchases", "orders")', DROP_FK]) });
  });

  test.each([
    ['an unnamed constraint (its name comes from the naming convention in env.py)', 'op.create_foreign_key(None, "orders", "users", ["user_id"], ["id"])'],
    ['keywords from **kwargs', 'op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"], **{"ondelete": "CASCADE"})'],
    ['SQL in op.execute with a second subcommand', 'op.execute("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id), ADD COLUMN note text")'],
    ['SQL in op.execute ending in a comment', 'op.execute("ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) -- owner")'],
    ['SQL in op.execute, an unnamed constraint', 'op.execute("ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id)")'],
  ])('no exact fix: %s', async (_name, call) => {
    await expectNoFix(RULE, { [FILE]: revision([call], ['pass']) });
  });

  test('no exact fix: a batch_alter_table call', async () => {
    await expectNoFix(RULE, {
      [FILE]: revision(['with op.batch_alter_table("orders") as batch_op:', '    batch_op.create_foreign_key("orders_user_id_fkey", "users", ["user_id"], ["id"])'], [DROP_FK]),
    });
  });
});
