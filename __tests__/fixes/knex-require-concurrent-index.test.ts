import { describe, expect, test } from '@jest/globals';
import { lintFixture } from '../rollback/fixture.js';
import { expectNoFix, knexHistory, roundTrip } from './knex-fixture.js';

const RULE = 'require-concurrent-index';
const down = `
exports.down = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.dropIndex(['email', 'id']);
  });
};
`;

describe('Knex: require-concurrent-index fix', () => {
  test('CommonJS: the alterTable becomes knex.raw with the SQL Knex sends plus CONCURRENTLY, and exports.config goes at the end', async () => {
    const file = 'migrations/20240102000000_users_email.js';
    const text = `exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.index(['email', 'id']);
  });
};
${down}`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toBe(`exports.up = async (knex) => {
  await knex.raw('create index concurrently "users_email_id_index" on "users" ("email", "id")');
};
${down}
exports.config = { transaction: false };
`);
  });

  test('ESM (.mjs, arrow expression callback, knex.schema.table): export const config', async () => {
    const file = 'migrations/20240102000000_users_email.mjs';
    const text = `export const up = async (knex) => {
  await knex.schema.table('users', (t) => t.index(['email', 'id'], 'users_email_id_idx'));
};

export const down = async (knex) => {
  await knex.schema.table('users', (t) => t.dropIndex([], 'users_email_id_idx'));
};
`;
    const { fixed, fix } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`  await knex.raw('create index concurrently "users_email_id_idx" on "users" ("email", "id")');\n`);
    expect(fixed[file]!.endsWith('};\n\nexport const config = { transaction: false };\n')).toBe(true);
    expect(fix.edits).toHaveLength(2);
  });

  test('TypeScript, 4-space indentation, another parameter name', async () => {
    const file = 'migrations/20240102000000_users_email.ts';
    const text = `import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
    await db.schema.alterTable('users', function (table) {
        table.index('email', 'users_email_lower_idx', { indexType: 'unique' });
    });
}

export async function down(db: Knex): Promise<void> {
    await db.schema.alterTable('users', (table) => table.dropIndex([], 'users_email_lower_idx'));
}
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`    await db.raw('create unique index concurrently "users_email_lower_idx" on "users" ("email")');\n}`);
    expect(fixed[file]).toContain('\n\nexport const config = { transaction: false };');
  });

  test('module.exports = { up, down }: the config goes on module.exports, which replaced exports', async () => {
    const file = 'migrations/20240102000000_orders_user.js';
    const text = `async function up(knex) {
  await knex.schema.alterTable('orders', (t) => {
    t.index('user_id');
  });
}

async function down(knex) {
  await knex.schema.alterTable('orders', (t) => {
    t.dropIndex('user_id');
  });
}

module.exports = { up, down };
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`  await knex.raw('create index concurrently "orders_user_id_index" on "orders" ("user_id")');\n}`);
    expect(fixed[file]).toContain('module.exports = { up, down };\n\nmodule.exports.config = { transaction: false };');
  });

  test('CRLF line breaks: the fix writes its new lines with them', async () => {
    const file = 'migrations/20240102000000_users_email.js';
    const text = `exports.up = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n  });\n};\n${down}`.replace(/\n/g, '\r\n');
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`};\r\n\r\nexports.config = { transaction: false };\r\n`);
    expect(fixed[file]!.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('a file that already has transaction: false: only the statement changes', async () => {
    const file = 'migrations/20240102000000_users_email.js';
    const text = `exports.config = { transaction: false };

exports.up = async (knex) => {
  await knex.schema.alterTable('users', (t) => {
    t.index(['email', 'id']);
  });
};
${down}`;
    const { fix } = await roundTrip(RULE, { [file]: text });
    expect(fix.edits).toHaveLength(1);
    expect(fix.edits[0]!.text).toBe(`knex.raw('create index concurrently "users_email_id_index" on "users" ("email", "id")')`);
  });

  test('raw SQL over several lines in a template: CONCURRENTLY inserted in the user\'s own text', async () => {
    const file = 'migrations/20240102000000_users_email.js';
    const text = `exports.up = async function (knex) {
  await knex.raw(\`
    CREATE UNIQUE INDEX users_email_uq
      ON users (email)\`);
};

exports.down = async function (knex) {
  await knex.raw('DROP INDEX users_email_uq');
};
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain('\n    CREATE UNIQUE INDEX CONCURRENTLY users_email_uq\n      ON users (email)`);');
    expect(fixed[file]).toContain('\n\nexports.config = { transaction: false };');
  });

  test('a callback of indexes only, returned at the end of up: one raw CONCURRENTLY per index, the same fix on each finding', async () => {
    const file = 'migrations/20240102000000_orders_indexes.js';
    const text = `export async function up(knex) {
  return knex.schema.table('orders', (table) => {
    table.index('user_id');
    table.index(['total', 'id']);
  });
}

export async function down(knex) {
  return knex.schema.table('orders', (table) => {
    table.dropIndex('user_id');
    table.dropIndex(['total', 'id']);
  });
}
`;
    const before = await lintFixture({ history: knexHistory, change: { [file]: text } });
    const fixes = before.report.findings.filter((f) => f.ruleId === RULE).map((f) => f.fix);
    expect(fixes).toHaveLength(2);
    expect(fixes[1]).toEqual(fixes[0]);
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toBe(`export async function up(knex) {
  await knex.raw('create index concurrently "orders_user_id_index" on "orders" ("user_id")');
  await knex.raw('create index concurrently "orders_total_id_index" on "orders" ("total", "id")');
}

export async function down(knex) {
  return knex.schema.table('orders', (table) => {
    table.dropIndex('user_id');
    table.dropIndex(['total', 'id']);
  });
}

export const config = { transaction: false };
`);
  });

  test('a plain function (.cjs) returning the builder, the table name in a constant: one returned chain of raw statements', async () => {
    const file = 'migrations/20240102000000_orders_indexes.cjs';
    const text = `const tableName = 'orders';

exports.up = function (knex) {
    return knex.schema.table(tableName, function (table) {
        table.index('user_id');
        table.index('total');
    });
};

exports.down = function (knex) {
    return knex.schema.table(tableName, function (table) {
        table.dropIndex('user_id');
        table.dropIndex('total');
    });
};
`;
    const { fixed } = await roundTrip(RULE, { [file]: text });
    expect(fixed[file]).toContain(`exports.up = function (knex) {
    return knex.raw('create index concurrently "orders_user_id_index" on "orders" ("user_id")').then(() => knex.raw('create index concurrently "orders_total_index" on "orders" ("total")'));
};
`);
    expect(fixed[file]!.endsWith('};\n\nexports.config = { transaction: false };\n')).toBe(true);
  });

  test.each([
    ['the index shares its callback with another builder call', `  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n    t.text('nickname');\n  });\n`],
    ['another statement of the migration must stay transactional', `  await knex.schema.alterTable('users', (t) => {\n    t.text('nickname');\n  });\n  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n  });\n`],
    ['the index is built in a loop', `  for (const cols of [['email', 'id']]) {\n    await knex.schema.alterTable('users', (t) => {\n      t.index(cols);\n    });\n  }\n`],
    ['the index is built by a helper', `  await addIndex(knex);\n`],
    ['the callback uses this (old Knex style)', `  await knex.schema.alterTable('users', function () {\n    this.index(['email', 'id']);\n  });\n`],
  ])('no exact fix: %s', async (_name, body) => {
    const helper = `async function addIndex(knex) {\n  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n  });\n}\n\n`;
    await expectNoFix(RULE, { 'migrations/20240102000000_users_email.js': `${helper}exports.up = async (knex) => {\n${body}};\n${down}` });
  });

  test('no exact fix when the file has a config that keeps the transaction', async () => {
    await expectNoFix(RULE, {
      'migrations/20240102000000_users_email.js': `exports.config = { transaction: true };\n\nexports.up = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n  });\n};\n${down}`,
    });
  });

  test('no exact fix in an ESM file that already declares a config binding', async () => {
    await expectNoFix(RULE, {
      'migrations/20240102000000_users_email.mjs': `const config = { name: 'x' };\n\nexport async function up(knex) {\n  await knex.schema.alterTable('users', (t) => {\n    t.index(['email', 'id']);\n  });\n}\n\nexport async function down(knex) {\n  await knex.schema.alterTable('users', (t) => {\n    t.dropIndex(['email', 'id']);\n  });\n}\n`,
    });
  });
});
