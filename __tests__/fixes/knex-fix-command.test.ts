import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { expectParses, knexHistory } from './knex-fixture.js';

async function cli(cwd: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s), cwd, isTty: false });
  return { code, out, err };
}

describe('Knex fixes through `migration-guard fix` (the real applier, new files included)', () => {
  test('a foreign key: the migration edited, the VALIDATE migration created; a second run changes nothing', async () => {
    const file = 'migrations/20240102000000_orders_user_fk.js';
    const t = tmpTree({
      ...knexHistory,
      [file]: `exports.up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.foreign('user_id').references('users.id').onDelete('CASCADE');
  });
};

exports.down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropForeign('user_id');
  });
};
`,
    });
    try {
      const first = await cli(t.dir, 'fix', file);
      expect(first.out + first.err).toContain(`fixed ${file}:3 [constraint-not-valid]`);
      const text = readFileSync(path.join(t.dir, file), 'utf8');
      expect(text).toContain('foreign key ("user_id") references "users" ("id") on delete CASCADE not valid');
      const created = readdirSync(path.join(t.dir, 'migrations')).filter((f) => f.includes('_validate_'));
      expect(created).toHaveLength(1);
      expect(created[0]).toMatch(/^\d{14}_validate_orders_user_id_foreign\.js$/);
      for (const f of [file, `migrations/${created[0]}`]) expectParses(f, readFileSync(path.join(t.dir, f), 'utf8'));
      const lint = await cli(t.dir, 'lint', file, `migrations/${created[0]}`, '--format', 'json', '--fail-on', 'never');
      const ids = (JSON.parse(lint.out).findings as { ruleId: string }[]).map((f) => f.ruleId);
      for (const id of ['constraint-not-valid', 'require-lock-timeout', 'parse-error', 'unanalyzable', 'missing-downgrade', 'validate-same-transaction']) expect(ids).not.toContain(id);
      const second = await cli(t.dir, 'fix', file, `migrations/${created[0]}`);
      expect(readFileSync(path.join(t.dir, file), 'utf8')).toBe(text);
      expect(second.out + second.err).toContain('fixed 0 findings');
    } finally {
      t.cleanup();
    }
  });

  test('indexes only in a transactional migration: CONCURRENTLY and the config in one pass, no SET LOCAL left behind', async () => {
    const file = 'migrations/20240102000000_orders_indexes.js';
    const t = tmpTree({
      ...knexHistory,
      [file]: `exports.up = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.index('user_id');
    t.index('total');
  });
};

exports.down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropIndex('user_id');
    t.dropIndex('total');
  });
};
`,
    });
    try {
      await cli(t.dir, 'fix', file);
      const text = readFileSync(path.join(t.dir, file), 'utf8');
      expect(text).toBe(`exports.up = async (knex) => {
  await knex.raw('create index concurrently "orders_user_id_index" on "orders" ("user_id")');
  await knex.raw('create index concurrently "orders_total_index" on "orders" ("total")');
};

exports.down = async (knex) => {
  await knex.schema.alterTable('orders', (t) => {
    t.dropIndex('user_id');
    t.dropIndex('total');
  });
};

exports.config = { transaction: false };
`);
      const lint = await cli(t.dir, 'lint', file, '--format', 'json', '--fail-on', 'never');
      expect(JSON.parse(lint.out).findings).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
