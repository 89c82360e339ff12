import { describe, expect, test } from '@jest/globals';
import { expectNoFix, roundTrip } from './knex-fixture.js';

const RULE = 'require-concurrent-index-drop';
const down = `
exports.down = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.index(['email'], 'users_email_idx');
  });
};
`;

describe('Knex: require-concurrent-index-drop fix', () => {
  test('dropIndex alone in its callback: knex.raw DROP INDEX CONCURRENTLY, exports.config added', async () => {
    const file = 'migrations/20240102000000_drop_email_idx.js';
    const text = `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropIndex([], 'users_email_idx');
  });
};
${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  await knex.raw('drop index concurrently "users_email_idx"');
};
${down}
exports.config = { transaction: false };
`);
  });

  test('raw DROP INDEX IF EXISTS in an ESM file: CONCURRENTLY in the user\'s text, export const config', async () => {
    const file = 'migrations/20240102000000_drop_email_idx.mjs';
    const text = `export async function up(knex) {
  await knex.schema.raw('drop index if exists users_email_idx');
}

export async function down(knex) {
  await knex.schema.raw('create index users_email_idx on users (email)');
}
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain("  await knex.schema.raw('drop index concurrently if exists users_email_idx');\n");
    expect(fixed[file]).toContain('}\n\nexport const config = { transaction: false };');
  });

  test.each([
    ['CASCADE (DROP INDEX CONCURRENTLY has none)', "  await knex.raw('DROP INDEX users_email_idx CASCADE');\n"],
    ['the drop shares its callback with a column drop', "  await knex.schema.alterTable('users', (t) => {\n    t.dropIndex([], 'users_email_idx');\n    t.dropColumn('email');\n  });\n"],
    ['the drop runs only sometimes', "  if (process.env.DROP) {\n    await knex.schema.alterTable('users', (t) => {\n      t.dropIndex([], 'users_email_idx');\n    });\n  }\n"],
  ])('no exact fix: %s', async (_name, body) => {
    await expectNoFix(RULE, { 'migrations/20240102000000_drop_email_idx.js': `exports.up = async (knex) => {\n${body}};\n${down}` });
  });
});
