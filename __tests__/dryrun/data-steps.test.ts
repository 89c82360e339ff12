import { byFile, dryRun, writeMigrations } from './helpers.js';

/**
 * A data step whose SQL is built at run time (a Knex query-builder update with a value from the
 * code) cannot be sent, but it changes no schema: the migration's DDL still runs, so the next
 * migration finds its tables and columns. The migration itself stays unverified, with the reason.
 */
const FILES = {
  '20240101000000_users.js': "exports.up = async (knex) => {\n  await knex.schema.createTable('users', (t) => {\n    t.increments('id');\n    t.string('email');\n  });\n};\nexports.down = async (knex) => {\n  await knex.schema.dropTable('users');\n};\n",
  '20240102000000_roles.js': "exports.up = async (knex) => {\n  await knex.schema.createTable('roles', (t) => {\n    t.increments('id');\n    t.string('name');\n  });\n  const admin = process.env.ADMIN_NAME;\n  await knex('roles').insert({ name: admin });\n  await knex('users').update({ email: admin });\n};\nexports.down = async (knex) => {\n  await knex.schema.dropTable('roles');\n};\n",
  '20240103000000_role_ref.js': "exports.up = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    t.integer('role_id').references('id').inTable('roles');\n  });\n};\nexports.down = async (knex) => {\n  await knex.schema.alterTable('users', (t) => {\n    t.dropColumn('role_id');\n  });\n};\n",
};

test('a run-time data step is skipped, the rest of its migration runs, and the next migration is verified', async () => {
  const w = writeMigrations(FILES);
  try {
    const r = await dryRun(w.dir, ['20240102000000_roles.js', '20240103000000_role_ref.js'], { engine: 'pglite' });
    const roles = byFile(r, '20240102000000_roles.js');
    expect(roles.verdict).toBe('unverified');
    expect(roles.reasons.join('\n')).toMatch(/data step not run.*INSERT on roles/);
    expect(roles.reasons.join('\n')).toMatch(/data step not run.*UPDATE on users/);
    expect(roles.roundTrip.status).toBe('verified');
    const ref = byFile(r, '20240103000000_role_ref.js');
    expect(ref.reasons).toEqual([]);
    expect(ref.verdict).toBe('verified');
  } finally {
    w.cleanup();
  }
}, 120_000);

test('in the history, a run-time data step does not keep the migration from being replayed', async () => {
  const w = writeMigrations(FILES);
  try {
    const r = await dryRun(w.dir, ['20240103000000_role_ref.js'], { engine: 'pglite' });
    expect(r.history.failed).toEqual([]);
    expect(byFile(r, '20240103000000_role_ref.js').verdict).toBe('verified');
  } finally {
    w.cleanup();
  }
}, 120_000);

test('a builder that is never awaited is reported, but does not keep the rest of its migration from running', async () => {
  const w = writeMigrations({
    '20240101000000_pages.js': "exports.up = function (knex) {\n  return knex.schema.createTable('pages', (t) => {\n    t.increments('id');\n    t.string('tag');\n  }).then(() => {\n    knex('pages').whereNotNull('tag').update({ kind: 'x' });\n  });\n};\nexports.down = function (knex) {\n  return knex.schema.dropTable('pages');\n};\n",
    '20240102000000_kind.js': "exports.up = async (knex) => {\n  await knex.schema.alterTable('pages', (t) => {\n    t.string('kind');\n  });\n};\nexports.down = async (knex) => {\n  await knex.schema.alterTable('pages', (t) => {\n    t.dropColumn('kind');\n  });\n};\n",
  });
  try {
    const r = await dryRun(w.dir, ['20240101000000_pages.js', '20240102000000_kind.js'], { engine: 'pglite' });
    const pages = byFile(r, '20240101000000_pages.js');
    expect(pages.reasons.join('\n')).not.toMatch(/cannot render/);
    expect(pages.roundTrip.status).toBe('verified');
    expect(byFile(r, '20240102000000_kind.js').verdict).toBe('verified');
  } finally {
    w.cleanup();
  }
}, 120_000);
