/**
 * Alembic revision files for the `alembic:` variants of the rule tests. The upgrade body starts at
 * line UPGRADE_LINE, one statement per array item (indented for you; nested lines keep their own
 * extra indentation).
 *
 *   alembic: { code: alembicRevision(['op.drop_column("users", "email")']), line: UPGRADE_LINE }
 */
export const UPGRADE_LINE = 10;

/** `downgrade`: its body lines, or null for a file without downgrade(). */
export function alembicRevision(upgrade: string[], downgrade: string[] | null = ['pass'], revision = 'c0ffee'): string {
  const indent = (lines: string[]) => (lines.length ? lines : ['pass']).map((l) => `    ${l}`).join('\n');
  const head = ['from alembic import op', 'import sqlalchemy as sa', 'from sqlalchemy.dialects import postgresql', '', `revision = "${revision}"`, 'down_revision = None', '', ''];
  const up = `def upgrade():\n${indent(upgrade)}\n`;
  const down = downgrade === null ? '' : `\n\ndef downgrade():\n${indent(downgrade)}\n`;
  return `${head.join('\n')}\n${up}${down}`;
}
