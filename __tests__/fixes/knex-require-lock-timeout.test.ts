import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { expectNoFix, knexHistory, roundTrip } from './knex-fixture.js';

const RULE = 'require-lock-timeout';
const down = `
exports.down = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('nickname');
  });
};
`;

describe('Knex: require-lock-timeout fix', () => {
  test('SET LOCAL as the first statement of up, at its indentation', async () => {
    const file = 'migrations/20240102000000_nickname.js';
    const text = `exports.up = async (knex) => {
  // nicknames for the profile page
  await knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
  await knex('users').update({ nickname: 'x' }).where('id', 0);
};
${down}`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fix.edits).toHaveLength(1);
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  // nicknames for the profile page
  await knex.raw("SET LOCAL lock_timeout = '2s'");
  await knex.schema.alterTable('users', (t) => {
    t.text('nickname');
  });
  await knex('users').update({ nickname: 'x' }).where('id', 0);
};
${down}`);
  });

  test('TypeScript, 4 spaces, another parameter name', async () => {
    const file = 'migrations/20240102000000_nickname.ts';
    const text = `import type { Knex } from 'knex';

export async function up(trx: Knex): Promise<void> {
    await trx.schema.alterTable('users', (t) => {
        t.text('nickname');
    });
}

export async function down(trx: Knex): Promise<void> {
    await trx.schema.alterTable('users', (t) => {
        t.dropColumn('nickname');
    });
}
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`export async function up(trx: Knex): Promise<void> {\n    await trx.raw("SET LOCAL lock_timeout = '2s'");\n    await trx.schema.alterTable(`);
  });

  test('a body on one line: the SET goes before the first statement on that line', async () => {
    const file = 'migrations/20240102000000_nickname.js';
    const text = `exports.up = async (knex) => { await knex.schema.alterTable('users', (t) => { t.text('nickname'); }); };\n${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = async (knex) => { await knex.raw("SET LOCAL lock_timeout = '2s'"); await knex.schema.alterTable(`);
  });

  test('outside a transaction: a session SET', async () => {
    const file = 'migrations/20240102000000_nickname.js';
    const text = `exports.config = { transaction: false };\n\nexports.up = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n  });\n};\n${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = async (knex) => {\n  await knex.raw("SET lock_timeout = '2s'");\n`);
  });

  test.each([
    [
      'a plain function returning the builder',
      "exports.up = function (knex) {\n  return knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n  });\n};\n",
      "exports.up = function (knex) {\n  return knex.raw(\"SET LOCAL lock_timeout = '2s'\").then(() => knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n  }));\n};\n",
    ],
    [
      'an arrow with an expression body',
      "exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.text('nickname');\n});\n",
      "exports.up = (knex) => knex.raw(\"SET LOCAL lock_timeout = '2s'\").then(() => knex.schema.alterTable('users', (t) => {\n  t.text('nickname');\n}));\n",
    ],
  ])('not async, %s: the SET first, then the same promise', async (_name, up, expected) => {
    const file = 'migrations/20240102000000_nickname.js';
    const { fixed } = await roundTrip(RULE, { [file]: `${up}${down}` });
    expect(fixed[file]).toBe(`${expected}${down}`);
  });

  test.each([
    ['a plain function that returns a promise kept in a variable', "exports.up = function (knex) {\n  const p = knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n  });\n  return p;\n};\n"],
    ['a destructured parameter', "exports.up = async ({ schema }) => {\n  await schema.alterTable('users', (t) => {\n    t.text('nickname');\n  });\n};\n"],
  ])('no exact fix: %s', async (_name, up) => {
    await expectNoFix(RULE, { 'migrations/20240102000000_nickname.js': `${up}${down}` });
  });

  test('no lock_timeout fix where the index fix takes the migration out of its transaction (a SET LOCAL would do nothing there)', async () => {
    const change = {
      'migrations/20240102000000_idx.js': "exports.up = async (knex) => {\n  await knex.schema.alterTable('orders', (t) => {\n    t.index('user_id');\n  });\n};\n\nexports.down = async (knex) => {\n  await knex.schema.alterTable('orders', (t) => {\n    t.dropIndex('user_id');\n  });\n};\n",
    };
    const r = await lintFixture({ history: knexHistory, change });
    const byRule = new Map(r.report.findings.map((f) => [f.ruleId, f]));
    expect(byRule.get('require-concurrent-index')?.fix).toBeDefined();
    expect(byRule.get(RULE)).toBeDefined();
    expect(byRule.get(RULE)!.fix).toBeUndefined();
  });
});
