exports.up = async (knex) => {
  await knex.schema.alterTable('projects', (table) => {
    // Unsafe: NOT NULL without a default on an existing table.
    table.bigInteger('owner_id').notNullable();
    // Unsafe: renaming breaks the code that is still running during the deploy.
    table.renameColumn('legacy_notes', 'notes');
  });
};

exports.down = async (knex) => {
  await knex.schema.alterTable('projects', (table) => {
    table.renameColumn('notes', 'legacy_notes');
    table.dropColumn('owner_id');
  });
};
