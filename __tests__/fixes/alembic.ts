/**
 * Alembic fixtures for the fix tests: a history revision that creates the tables, and a round
 * trip that lints a change, applies one finding's fix and lints the result again.
 */
import { expect } from '@jest/globals';
import type { Fix } from '../../src/rule.js';
import { lintFixture } from '../rollback/fixture.js';
import { applyFix } from './apply.js';

export const DIR = 'migrations/versions';

const INIT = `from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column("email", sa.Text()),
        sa.Column("name", sa.Text()),
    )
    op.create_table("orders", sa.Column("id", sa.BigInteger(), primary_key=True), sa.Column("user_id", sa.BigInteger()))
    op.create_index("ix_users_name", "users", ["name"])


def downgrade():
    op.drop_table("orders")
    op.drop_table("users")
`;

/** The base branch: one revision, `a1b2c3d4e5f6`, creating users(id, email, name) with ix_users_name and orders(id, user_id). */
export const history: Record<string, string> = { [`${DIR}/a1b2c3d4e5f6_init.py`]: INIT };

/** A revision file after `a1b2c3d4e5f6`: `upgrade` and `downgrade` are the functions' body lines, indented here. */
export function revision(upgrade: string[], downgrade: string[] = ['pass'], rev = 'b7e8f9a0b1c2', options: { header?: string[]; down?: string } = {}): string {
  const body = (lines: string[]) => lines.map((l) => (l === '' ? '' : `    ${l}`)).join('\n');
  return [
    'from alembic import op',
    'import sqlalchemy as sa',
    ...(options.header ?? []),
    '',
    `revision = "${rev}"`,
    `down_revision = ${options.down ?? '"a1b2c3d4e5f6"'}`,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade():',
    body(upgrade),
    '',
    '',
    'def downgrade():',
    body(downgrade),
    '',
  ].join('\n');
}

/** Rule ids a fix must never leave behind: the fixed files parse, and the fix brings no new rollback or graph problem. */
const NEVER_AFTER = ['parse-error', 'internal-error', 'unanalyzable', 'migration-conflict', 'missing-downgrade', 'downgrade-mismatch', 'concurrent-in-transaction', 'transaction-nesting', 'validate-same-transaction'];

export interface RoundTrip {
  fix: Fix;
  /** The change after the fix (new files included). */
  fixed: Record<string, string>;
  /** Rule ids of the findings after the fix, `ruleId@file`. */
  after: string[];
}

/**
 * Lints `change` on top of `base`, applies the fix of the first `ruleId` finding and lints again:
 * the finding is gone, nothing in NEVER_AFTER appears, and no `ruleId` finding is left with a fix
 * (applying the fix again is not possible).
 */
export async function roundTrip(ruleId: string, change: Record<string, string>, base: Record<string, string> = history): Promise<RoundTrip> {
  const before = await lintFixture({ history: base, change });
  const finding = before.report.findings.find((f) => f.ruleId === ruleId);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeDefined();
  const fix = finding!.fix!;
  const fixed = applyFix(change, fix);
  const result = await lintFixture({ history: base, change: fixed });
  const findings = result.report.findings;
  expect(findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
  expect(findings.filter((f) => NEVER_AFTER.includes(f.ruleId)).map((f) => `${f.ruleId}@${f.file}:${f.line}: ${f.message}`)).toEqual([]);
  // Every file of the fixed change is a migration the front end read.
  expect(result.migrations.map((m) => m.file).sort()).toEqual([...Object.keys(base), ...Object.keys(fixed)].sort());
  return { fix, fixed, after: findings.map((f) => `${f.ruleId}@${f.file}`) };
}

/** The first `ruleId` finding of `change` (which must exist) has no fix. */
export async function expectNoFix(ruleId: string, change: Record<string, string>, base: Record<string, string> = history): Promise<void> {
  const r = await lintFixture({ history: base, change });
  const finding = r.report.findings.find((f) => f.ruleId === ruleId);
  expect(finding).toBeDefined();
  expect(finding!.fix).toBeUndefined();
}
