/*
 * Repository scanning: where each entity's source lives, and the last scan
 * of it (when, at which etag or commit, what was skipped and why).
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('sa_entities', table => {
    table.text('source_location');
  });
  await knex.schema.createTable('sa_scans', table => {
    table.string('entity_ref').primary();
    table.text('location').notNullable();
    table.string('etag');
    table.timestamp('scanned_at', { useTz: true }).notNullable();
    // ok | unchanged | failed | stale
    table.string('outcome').notNullable();
    table.text('error');
    table.integer('files_scanned').notNullable();
    table.text('skipped_json');
    table.text('base_images_json');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sa_scans');
  await knex.schema.alterTable('sa_entities', table => {
    table.dropColumn('source_location');
  });
};
