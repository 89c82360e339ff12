/**
 * The deprecation ledger end to end (RULES.md, deprecation protocol): a drop passes only when an
 * earlier migration that is not part of the change marked the object deprecated, or the config's
 * `deprecated:` list names it.
 */
import type { ReportFinding } from '../../src/report/model.js';
import { lintFixture, type Fixture } from '../rollback/fixture.js';

const users = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_email text);\n';
const sessions = 'CREATE TABLE legacy_sessions (id bigint PRIMARY KEY);\n';
const dropColumn = 'ALTER TABLE users DROP COLUMN legacy_email;\n';
const dropTable = 'DROP TABLE legacy_sessions;\n';

const ids = (findings: ReportFinding[]) => findings.filter((f) => f.ruleId.endsWith('-without-deprecation')).map((f) => `${f.ruleId}@${f.file}:${f.line}`);

async function run(f: Fixture): Promise<string[]> {
  const { report } = await lintFixture(f);
  expect(report.findings.filter((x) => x.ruleId === 'parse-error')).toEqual([]);
  return ids(report.findings);
}

describe('deprecation ledger', () => {
  test('column deprecated on the base branch → the drop passes', async () => {
    expect(await run({
      history: { 'db/0001_users.sql': users, 'db/0002_deprecate.sql': "COMMENT ON COLUMN users.legacy_email IS 'Deprecated: use email';\n" },
      change: { 'db/0003_drop.sql': dropColumn },
    })).toEqual([]);
  });

  test('table deprecated on the base branch → the drop passes', async () => {
    expect(await run({
      history: { 'db/0001_sessions.sql': sessions, 'db/0002_deprecate.sql': "COMMENT ON TABLE legacy_sessions IS 'deprecated since 2.3';\n" },
      change: { 'db/0003_drop.sql': dropTable },
    })).toEqual([]);
  });

  test('deprecated in the same PR (an earlier PR migration) → fails', async () => {
    expect(await run({
      history: { 'db/0001_users.sql': users + sessions },
      change: {
        'db/0002_deprecate.sql': "COMMENT ON COLUMN users.legacy_email IS 'deprecated';\nCOMMENT ON TABLE legacy_sessions IS 'deprecated';\n",
        'db/0003_drop.sql': dropColumn + dropTable,
      },
    })).toEqual(['drop-column-without-deprecation@db/0003_drop.sql:1', 'drop-table-without-deprecation@db/0003_drop.sql:2']);
  });

  test('deprecated in the same migration → fails, and the message says why the comment does not count', async () => {
    const { report } = await lintFixture({
      history: { 'db/0001_users.sql': users },
      change: { 'db/0002_drop.sql': "COMMENT ON COLUMN users.legacy_email IS 'deprecated';\n" + dropColumn },
    });
    const f = report.findings.filter((x) => x.ruleId === 'drop-column-without-deprecation');
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(2);
    expect(f[0]!.message).toContain('does not count yet');
  });

  test('a comment without the word "deprecated" does not deprecate', async () => {
    expect(await run({
      history: { 'db/0001_users.sql': users, 'db/0002_comment.sql': "COMMENT ON COLUMN users.legacy_email IS 'undeprecated-ish: old address';\n" },
      change: { 'db/0003_drop.sql': dropColumn },
    })).toEqual(['drop-column-without-deprecation@db/0003_drop.sql:1']);
  });

  test('a later base-branch comment without the marker lifts the deprecation', async () => {
    expect(await run({
      history: {
        'db/0001_users.sql': users,
        'db/0002_deprecate.sql': "COMMENT ON COLUMN users.legacy_email IS 'deprecated';\n",
        'db/0003_undo.sql': "COMMENT ON COLUMN users.legacy_email IS 'still in use by billing';\n",
      },
      change: { 'db/0004_drop.sql': dropColumn },
    })).toEqual(['drop-column-without-deprecation@db/0004_drop.sql:1']);
  });

  test('the config `deprecated:` list is honoured for columns and tables', async () => {
    const base: Fixture = { history: { 'db/0001_users.sql': users + sessions }, change: { 'db/0002_drop.sql': dropColumn + dropTable } };
    expect(await run(base)).toEqual(['drop-column-without-deprecation@db/0002_drop.sql:1', 'drop-table-without-deprecation@db/0002_drop.sql:2']);
    expect(await run({ ...base, config: { deprecated: { columns: ['users.legacy_email'], tables: ['legacy_sessions'] } } })).toEqual([]);
    // The list names exact objects: another table's column of the same name is not covered.
    expect(await run({ ...base, config: { deprecated: { columns: ['accounts.legacy_email'] } } })).toContain('drop-column-without-deprecation@db/0002_drop.sql:1');
  });

  test('Alembic history: comment= on alter_column deprecates; the drop in a PR revision passes', async () => {
    const rev = (r: string, down: string | null, up: string) =>
      `from alembic import op\nimport sqlalchemy as sa\n\nrevision = '${r}'\ndown_revision = ${down ? `'${down}'` : 'None'}\n\n\ndef upgrade():\n    ${up}\n\n\ndef downgrade():\n    pass\n`;
    expect(await run({
      history: {
        'alembic/versions/a_users.py': rev('a', null, "op.create_table('users', sa.Column('id', sa.BigInteger(), primary_key=True), sa.Column('legacy_email', sa.Text()))"),
        'alembic/versions/b_deprecate.py': rev('b', 'a', "op.alter_column('users', 'legacy_email', comment='deprecated: use email')"),
      },
      change: { 'alembic/versions/c_drop.py': rev('c', 'b', "op.drop_column('users', 'legacy_email')") },
    })).toEqual([]);
  });

  test('Knex history: .comment() deprecates; deprecating in the PR itself does not', async () => {
    const knex = (up: string) => `exports.up = function (knex) {\n  return ${up};\n};\n\nexports.down = function (knex) {\n  return knex.schema;\n};\n`;
    const create = knex("knex.schema.createTable('users', (t) => { t.bigIncrements('id'); t.text('legacy_email'); })");
    const deprecate = knex("knex.schema.alterTable('users', (t) => { t.text('legacy_email').comment('deprecated').alter(); })");
    const drop = knex("knex.schema.alterTable('users', (t) => { t.dropColumn('legacy_email'); })");
    expect(await run({
      history: { 'migrations/20200101000000_users.js': create, 'migrations/20200102000000_deprecate.js': deprecate },
      change: { 'migrations/20990101000000_drop.js': drop },
    })).toEqual([]);
    expect(await run({
      history: { 'migrations/20200101000000_users.js': create },
      change: { 'migrations/20990101000000_deprecate.js': deprecate, 'migrations/20990102000000_drop.js': drop },
    })).toEqual(['drop-column-without-deprecation@migrations/20990102000000_drop.js:2']);
  });
});
