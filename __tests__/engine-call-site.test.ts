import { validateConfig } from '../src/config-schema.js';
import { resolveConfig } from '../src/config.js';
import { lint } from '../src/engine.js';
import { tmpTree } from './helpers/tmp.js';

/**
 * One finding per rule and ORM call site: a call unrolled by a loop gives one finding saying how
 * often it runs, but one call with several problems (a create_table with two unindexed foreign
 * keys) keeps a finding per problem.
 */
async function fkFindings(upgrade: string[]): Promise<string[]> {
  const t = tmpTree({
    'versions/r1.py': ['from alembic import op', 'import sqlalchemy as sa', 'revision = "r1"', 'down_revision = None', 'def upgrade():', ...upgrade, 'def downgrade():', '    pass', ''].join('\n'),
  });
  try {
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const { report } = await lint({ cwd: t.dir, paths: ['versions'], config });
    return report.findings.filter((f) => f.ruleId === 'foreign-key-without-index').map((f) => `${f.line}: ${f.message}`);
  } finally {
    t.cleanup();
  }
}

test('two unindexed foreign keys of one create_table are two findings, neither "runs 2 times"', async () => {
  const found = await fkFindings([
    "    op.create_table('links', sa.Column('id', sa.Integer(), primary_key=True),",
    "        sa.Column('owner_id', sa.Integer(), sa.ForeignKey('owners.id')), sa.Column('project_id', sa.Integer(), sa.ForeignKey('projects.id')))",
  ]);
  expect(found).toHaveLength(2);
  expect(found.join('\n')).toMatch(/links \(owner_id\)/);
  expect(found.join('\n')).toMatch(/links \(project_id\)/);
  expect(found.join('\n')).not.toMatch(/runs 2 times/);
});

test('near-miss: the same call unrolled by a loop over two tables is one finding that says it runs twice', async () => {
  const found = await fkFindings([
    "    for name in ['links_a', 'links_b']:",
    "        op.create_table(name, sa.Column('id', sa.Integer(), primary_key=True), sa.Column('owner_id', sa.Integer(), sa.ForeignKey('owners.id')))",
  ]);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/runs 2 times/);
});

test('an added column with an inline foreign key is two parts of one statement, not a repetition', async () => {
  const t = tmpTree({
    'versions/r1.py': ['from alembic import op', 'import sqlalchemy as sa', 'revision = "r1"', 'down_revision = None', 'def upgrade():', "    op.add_column('tasks', sa.Column('owner_id', sa.Integer(), sa.ForeignKey('owners.id')))", 'def downgrade():', "    op.drop_table('unrelated')", ''].join('\n'),
  });
  try {
    const config = resolveConfig(validateConfig({ lockTimeout: '2s' }, 'test config'), null, {});
    const { report } = await lint({ cwd: t.dir, paths: ['versions'], config });
    const mismatches = report.findings.filter((f) => f.ruleId === 'downgrade-mismatch' && f.line === 6).map((f) => f.message);
    expect(mismatches).toEqual([expect.stringMatching(/adds column tasks\.owner_id/), expect.stringMatching(/adds constraint .* on tasks/)]);
    expect(mismatches.join('\n')).not.toMatch(/runs 2 times/);
  } finally {
    t.cleanup();
  }
});
