import { ruleTester } from '../helpers/rule-tester.js';
import { dj, DJ_LINE, DJ_USERS } from '../helpers/django.js';
import { alembicRevision as py, UPGRADE_LINE as U } from '../alembic/revision.js';
import { rb, RB_LINE } from '../rails/migration.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text);';
const addNickname = 'ALTER TABLE users ADD COLUMN nickname text;';
/** An earlier migration in the same directory that has a down part: the directory uses them. */
const gmWithDown = { 'b_change/000050_base.up.sql': 'SELECT 1;', 'b_change/000050_base.down.sql': 'SELECT 1;' };
const dieselWithDown = { 'b_change/2098-01-01-000000_base/up.sql': 'SELECT 1;', 'b_change/2098-01-01-000000_base/down.sql': 'SELECT 1;' };

ruleTester('missing-downgrade', {
  valid: [
    { name: 'alembic: a data fix in a loop over runtime rows with an empty downgrade (the loop body was read: only UPDATEs)', history: users, alembic: py(['conn = op.get_bind()', 'for (uid,) in conn.execute("SELECT id FROM users"):', '    conn.execute("UPDATE users SET email = lower(email) WHERE id = %s", (uid,))'], ['pass']) },
    { name: 'a scratch table with its own index, created and dropped by the upgrade, leaves nothing to roll back', history: users, alembic: py(['op.execute("CREATE TEMPORARY TABLE merge_map AS SELECT id FROM users")', 'op.execute("CREATE INDEX ix_merge_map_id ON merge_map (id)")', 'op.execute("UPDATE users SET email = lower(email) WHERE id IN (SELECT id FROM merge_map)")', 'op.execute("DROP TABLE merge_map")'], ['pass']) },
    { name: 'an upgrade that undoes everything it changes (a scratch table for a backfill) leaves nothing to roll back', history: users, knex: "exports.up = async (knex) => {\n  await knex.schema.createTable('email_fix', (t) => { t.bigInteger('id'); t.text('email'); });\n  await knex.raw('INSERT INTO email_fix SELECT id, lower(email) FROM users');\n  await knex.raw('UPDATE users SET email = f.email FROM email_fix f WHERE f.id = users.id');\n  await knex.schema.dropTable('email_fix');\n};\nexports.down = async () => {};\n" },
    { name: 'django: a data-only RunPython without reverse_code (nothing to roll back)', djangoHistory: DJ_USERS, django: dj(['migrations.RunPython(forwards)']) },
    { name: 'django: RunPython with RunPython.noop as its reverse', djangoHistory: DJ_USERS, django: dj(['migrations.RunPython(forwards, migrations.RunPython.noop)']) },
    { name: 'django: AddField (Django reverses it)', djangoHistory: DJ_USERS, django: dj(["migrations.AddField(model_name='user', name='nickname', field=models.TextField(null=True))"]) },
    { name: 'rails: change inverted by ActiveRecord', history: users, rails: rb(['add_column :users, :nickname, :text']) },
    { name: 'rails: up with a down that undoes it', history: users, rails: rb(['add_column :users, :nickname, :text'], { method: 'up', down: ['remove_column :users, :nickname'] }) },
    { name: 'rails: a data-only up without down', history: users, rails: rb(['User.where(email: nil).update_all(email: "")'], { method: 'up' }) },
    { name: 'plain SQL files have no down concept', history: users, sql: addNickname },
    { name: 'Prisma migrations have no down concept', history: users, layout: 'prisma', sql: addNickname },
    { name: 'golang-migrate directory that uses no down files at all', history: users, layout: 'golang-migrate', sql: addNickname },
    { name: 'diesel directory without any down.sql', history: users, layout: 'diesel', sql: addNickname },
    { name: 'golang-migrate with a matching .down.sql', history: users, layout: 'golang-migrate', sql: addNickname, down: 'ALTER TABLE users DROP COLUMN nickname;' },
    { name: 'diesel with down.sql', history: users, layout: 'diesel', sql: addNickname, down: 'ALTER TABLE users DROP COLUMN nickname;' },
    { name: 'dbmate with a down section', history: users, layout: 'dbmate', sql: `-- migrate:up\n${addNickname}\n\n-- migrate:down\nALTER TABLE users DROP COLUMN nickname;\n` },
    { name: 'Flyway directory that does not use undo migrations', history: users, layout: 'flyway', sql: addNickname },
    { name: 'golang-migrate without .down.sql, suppressed with a reason as the suggestion says', history: users, layout: 'golang-migrate', sql: `-- migration-guard: ignore missing-downgrade -- one-way data fix, restore from backup\n${addNickname}` },
    { name: 'empty .down.sql, suppressed with a reason on its first line', history: users, layout: 'golang-migrate', sql: addNickname, down: '-- migration-guard: ignore missing-downgrade -- nickname is kept on rollback\n' },
    { name: 'dbmate empty down section, suppressed on the marker line', history: users, layout: 'dbmate', sql: `-- migrate:up\n${addNickname}\n\n-- migrate:down -- migration-guard: ignore missing-downgrade -- nickname stays on rollback\n` },
    { name: 'empty down for an upgrade that changes nothing', layout: 'golang-migrate', sql: '-- intentionally empty: keeps version numbers aligned\n', down: '' },
    { name: 'knex: down undoes up', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.text('nickname');
});
exports.down = (knex) => knex.schema.alterTable('users', (t) => t.dropColumn('nickname'));
` },
    { name: 'knex: empty down suppressed with a reason', history: users, knex: `exports.up = (knex) => knex.schema.alterTable('users', (t) => {
  t.text('nickname');
});
// migration-guard: ignore missing-downgrade -- nickname stays on rollback
exports.down = async () => {};
` },
    { name: 'a data-only upgrade needs no schema downgrade (no .down.sql)', history: users, layout: 'golang-migrate', appFiles: gmWithDown, sql: "UPDATE users SET email = lower(email) WHERE email <> lower(email);" },
    { name: 'alembic: a data-only upgrade with `pass` as its downgrade', history: users, alembic: py(['op.execute("UPDATE users SET email = lower(email)")'], ['pass']) },
    { name: 'alembic: downgrade() undoes upgrade()', history: users, alembic: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['op.drop_column("users", "nickname")']) },
  ],
  invalid: [
    { name: 'near-miss: a loop whose body runs SQL that cannot be read may hide a schema change', history: users, alembic: { code: py(['conn = op.get_bind()', 'for (name,) in conn.execute("SELECT name FROM tables"):', '    op.execute(f"ALTER TABLE {name} ADD COLUMN x int")'], ['pass']), line: U + 5 } },
    { name: 'django: a schema change and RunPython without reverse_code', djangoHistory: DJ_USERS, django: { code: dj(["migrations.AddField(model_name='user', name='nickname', field=models.TextField(null=True))", 'migrations.RunPython(forwards)']), line: DJ_LINE + 1 } },
    { name: 'django: RunSQL DDL without reverse_sql', djangoHistory: DJ_USERS, django: { code: dj(["migrations.RunSQL('ALTER TABLE users ADD COLUMN nickname text')"]), line: DJ_LINE } },
    { name: 'rails: irreversible change (remove_column without the type)', history: users, rails: { code: rb(['remove_column :users, :email']), line: RB_LINE } },
    { name: 'rails: up without down (Rails rolls it back as a no-op)', history: users, rails: { code: rb(['add_column :users, :nickname, :text'], { method: 'up' }), line: RB_LINE - 1, endLine: RB_LINE + 1 } },
    { name: 'golang-migrate without a .down.sql where the directory has down files', history: users, layout: 'golang-migrate', appFiles: gmWithDown, sql: `-- add nickname\n${addNickname}`, line: 1 },
    { name: 'golang-migrate with an empty .down.sql', history: users, layout: 'golang-migrate', sql: addNickname, down: '-- TODO\n', line: 1 },
    { name: 'diesel without down.sql where the directory has down files', history: users, layout: 'diesel', appFiles: dieselWithDown, sql: `CREATE TABLE posts (id bigint PRIMARY KEY);\nCREATE INDEX posts_id_idx ON posts (id);\n${addNickname}`, line: 1 },
    { name: 'dbmate without a down section', history: users, layout: 'dbmate', sql: `-- migrate:up\n${addNickname}\n`, line: 1 },
    { name: 'dbmate with an empty down section', history: users, layout: 'dbmate', sql: `-- migrate:up\n${addNickname}\n\n-- migrate:down\n\n`, line: 4 },
    { name: 'Flyway undo migration that is empty', history: users, layout: 'flyway', sql: addNickname, down: '-- nothing to undo?\n', line: 1 },
    { name: 'knex: no down export (points at the first line)', history: users, knex: { code: `exports.up = (knex) =>
  knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
`, line: 1 } },
    {
      name: 'knex: empty down function',
      history: users,
      knex: { code: `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
};

exports.down = async () => {};
`, line: 7 },
      knexTs: { code: `import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (table) => {
    table.text('nickname');
  });
}

export async function down(): Promise<void> {}
`, line: 9 },
    },
    { name: 'alembic: no downgrade() (points at the first line)', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], null), line: 1 } },
    { name: 'alembic: downgrade() with only a docstring and pass', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['"""Nothing to do."""', 'pass']), line: U + 3 } },
    { name: 'alembic: raise NotImplementedError is explicitly irreversible', history: users, alembic: { code: py(['op.add_column("users", sa.Column("nickname", sa.Text()))'], ['raise NotImplementedError("nicknames cannot be removed")']), line: U + 4 } },
  ],
});
