import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { DIR, history, revision } from './alembic.js';

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

function tree(dir: string): Record<string, string> {
  const abs = path.join(dir, DIR);
  return Object.fromEntries(readdirSync(abs).sort().map((name) => [name, readFileSync(path.join(abs, name), 'utf8')]));
}

describe('migration-guard fix on an Alembic revision with every fixable finding', () => {
  test('the fixes apply together (one new revision), the result lints clean of them and parses, a second fix changes nothing', async () => {
    const change = revision(
      [
        'op.create_index("ix_users_email", "users", ["email"])',
        'op.drop_index("ix_users_name", table_name="users")',
        'op.create_foreign_key("orders_user_id_fkey", "orders", "users", ["user_id"], ["id"])',
        'op.alter_column("users", "email", nullable=False)',
      ],
      [
        'op.alter_column("users", "email", nullable=True)',
        'op.drop_constraint("orders_user_id_fkey", "orders", type_="foreignkey")',
        'op.create_index("ix_users_name", "users", ["name"])',
        'op.drop_index("ix_users_email", table_name="users")',
      ],
    );
    const t = tmpTree({ ...history, [`${DIR}/b7e8f9a0b1c2_more.py`]: change });
    try {
      const first = await cli(t.dir, 'fix', DIR);
      expect(first.err).toBe('');
      const fixed = tree(t.dir);
      expect(Object.keys(fixed)).toHaveLength(3);
      const lint = await cli(t.dir, 'lint', DIR, '--format', 'json', '--fail-on', 'never');
      const ids = (JSON.parse(lint.out) as { findings: { ruleId: string; file: string }[] }).findings.map((f) => f.ruleId);
      for (const id of ['parse-error', 'internal-error', 'unanalyzable', 'migration-conflict', 'missing-downgrade', 'downgrade-mismatch', 'concurrent-in-transaction']) expect(ids).not.toContain(id);
      for (const id of ['require-concurrent-index', 'require-concurrent-index-drop', 'constraint-not-valid']) expect(ids).not.toContain(id);
      // One new revision per migration: set-not-null's would be the file constraint-not-valid's fix already added.
      expect(ids).toContain('set-not-null');
      await cli(t.dir, 'fix', DIR);
      expect(tree(t.dir)).toEqual(fixed);
    } finally {
      t.cleanup();
    }
  });
});
