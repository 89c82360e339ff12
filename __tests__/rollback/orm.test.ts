/** The rollback verdicts of the "must show" list, for Alembic and Knex migrations. */
import type { MigrationReport } from '../../src/report/model.js';
import { lintFixture } from './fixture.js';

const usersSql = { 'db/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);\n' };

const alembic = (upgrade: string, downgrade: string) =>
  `from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'b2'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n\n\ndef downgrade():\n${downgrade}\n`;
const knex = (up: string, down: string | null) =>
  `exports.up = async function (knex) {\n${up}\n};\n${down === null ? '' : `\nexports.down = async function (knex) {\n${down}\n};\n`}`;

async function verdict(file: string, code: string): Promise<{ m: MigrationReport; rules: string[] }> {
  const { report } = await lintFixture({ history: usersSql, change: { [file]: code } });
  expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  const m = report.migrations.find((x) => x.file === file)!;
  return { m, rules: report.findings.filter((f) => ['downgrade-mismatch', 'irreversible-data-loss', 'missing-downgrade'].includes(f.ruleId)).map((f) => `${f.ruleId}:${f.line}`) };
}

const PY = 'alembic/versions/b2_change.py';
const JS = 'migrations/20990101000000_change.js';

describe('Alembic', () => {
  test('a correct downgrade → reversible', async () => {
    const { m, rules } = await verdict(PY, alembic(
      "    op.add_column('users', sa.Column('nickname', sa.Text()))\n    op.create_index('users_email_idx', 'users', ['email'])",
      "    op.drop_index('users_email_idx', table_name='users')\n    op.drop_column('users', 'nickname')",
    ));
    expect(m.rollback).toMatchObject({ verdict: 'reversible', downPresent: true, inverse: '2/2 ops inverted' });
    expect(rules).toEqual([]);
  });

  test('a downgrade that forgets an index → downgrade-mismatch naming it', async () => {
    const { m, rules } = await verdict(PY, alembic(
      "    op.add_column('users', sa.Column('nickname', sa.Text()))\n    op.create_index('users_email_idx', 'users', ['email'])",
      "    op.drop_column('users', 'nickname')",
    ));
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.reasons[0]).toContain("index users_email_idx on users but the downgrade does not undo it; expected op.drop_index('users_email_idx', table_name='users')");
    expect(rules).toEqual(['downgrade-mismatch:10']);
  });

  test('drop column → lossy, backup names the table', async () => {
    const { m, rules } = await verdict(PY, alembic("    op.drop_column('users', 'legacy_email')", "    op.add_column('users', sa.Column('legacy_email', sa.Text()))"));
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.backup).toContain('pg_dump -Fc --data-only -t users "$DATABASE_URL" > users.dump');
    expect(rules).toEqual(['irreversible-data-loss:9']);
  });

  test('raise NotImplementedError in downgrade → irreversible', async () => {
    const { m } = await verdict(PY, alembic("    op.drop_column('users', 'legacy_email')", '    raise NotImplementedError("one-way migration")'));
    expect(m.rollback.verdict).toBe('irreversible');
    expect(m.rollback.reasons[0]).toMatch(/^the downgrade refuses to run/);
    expect(m.rollback.dataAtRisk).toEqual(['column users.legacy_email']);
  });

  test('a dynamic op → unverified', async () => {
    const { m } = await verdict(PY, alembic(
      "    from app.settings import EXTRA_COLUMNS\n    for name in EXTRA_COLUMNS:\n        op.add_column('users', sa.Column(name, sa.Text()))",
      "    op.drop_column('users', 'a')",
    ));
    expect(m.rollback.verdict).toBe('unverified');
  });
});

describe('Knex', () => {
  test('a correct down → reversible', async () => {
    const { m, rules } = await verdict(JS, knex(
      "  await knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n    t.index(['email'], 'users_email_idx');\n  });",
      "  await knex.schema.alterTable('users', (t) => {\n    t.dropIndex(['email'], 'users_email_idx');\n    t.dropColumn('nickname');\n  });",
    ));
    expect(m.rollback).toMatchObject({ verdict: 'reversible', inverse: '2/2 ops inverted' });
    expect(rules).toEqual([]);
  });

  test('a down that forgets an index → downgrade-mismatch naming it', async () => {
    const { m, rules } = await verdict(JS, knex(
      "  await knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n    t.index(['email'], 'users_email_idx');\n  });",
      "  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('nickname');\n  });",
    ));
    expect(m.rollback.reasons[0]).toContain('index users_email_idx on users');
    expect(rules).toEqual(['downgrade-mismatch:4']);
  });

  test('drop column → lossy', async () => {
    const { m } = await verdict(JS, knex(
      "  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });",
      "  await knex.schema.alterTable('users', (t) => {\n    t.text('legacy_email');\n  });",
    ));
    expect(m.rollback.verdict).toBe('lossy');
    expect(m.rollback.dataAtRisk).toEqual(['column users.legacy_email']);
  });

  test('drop column, and the down re-adds it and recomputes it from a surviving column → reversible; refilled with a constant → lossy', async () => {
    const readd = "  await knex.schema.alterTable('users', (t) => {\n    t.text('legacy_email');\n  });\n";
    const drop = "  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('legacy_email');\n  });";
    const derived = await verdict(JS, knex(drop, `${readd}  await knex('users').update({ legacy_email: knex.raw('LOWER(??)', ['email']) });`));
    expect(derived.m.rollback).toMatchObject({ verdict: 'reversible', dataAtRisk: [] });
    expect(derived.rules).toEqual([]);
    const constant = await verdict(JS, knex(drop, `${readd}  await knex('users').update({ legacy_email: 'unknown' });`));
    expect(constant.m.rollback).toMatchObject({ verdict: 'lossy', dataAtRisk: ['column users.legacy_email'] });
    expect(constant.rules).toEqual(['irreversible-data-loss:3']);
  });

  test('no down function → irreversible; a throwing down → irreversible', async () => {
    const none = await verdict(JS, knex("  await knex.schema.alterTable('users', (t) => { t.text('nickname'); });", null));
    expect(none.m.rollback).toMatchObject({ verdict: 'irreversible', downPresent: false });
    const throws = await verdict(JS, knex("  await knex.schema.alterTable('users', (t) => { t.text('nickname'); });", "  throw new Error('irreversible');"));
    expect(throws.m.rollback.verdict).toBe('irreversible');
  });

  test('a dynamic op → unverified', async () => {
    const { m } = await verdict(JS, knex(
      "  const columns = require('../config/columns');\n  for (const c of columns) await knex.schema.alterTable('users', (t) => { t.text(c); });",
      "  await knex.schema.alterTable('users', (t) => { t.dropColumn('a'); });",
    ));
    expect(m.rollback.verdict).toBe('unverified');
  });
});
