/*
 * The plugin's own state, shared by every replica: the ingested standard,
 * the state of its background jobs, and the usage index with its aggregates.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  // One row per edition of the last accepted standard.
  await knex.schema.createTable('sa_editions', table => {
    table.integer('year').primary();
    table.text('source').notNullable();
    table.string('content_hash', 64).notNullable();
    table.text('edition_json').notNullable();
  });

  // The rest of the accepted standard (overlay, base-image rules) and its identity.
  await knex.schema.createTable('sa_standard', table => {
    table.integer('id').primary();
    table.string('content_hash', 64).notNullable();
    table.string('data_version').notNullable();
    table.text('overlay_json');
    table.text('base_images_json');
    table.text('entity_refs_json').notNullable();
    table.timestamp('loaded_at', { useTz: true }).notNullable();
  });

  // The last run of each background job: ingestion and usage sync.
  await knex.schema.createTable('sa_job_runs', table => {
    table.string('job').primary();
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true });
    table.string('outcome').notNullable();
    table.text('error');
    table.text('details_json');
    // A forced ingestion asked for through POST /refresh, consumed by the next run.
    table.string('force_requested_by');
  });

  // The index's identity: a generation bumped by every write, and the last complete sync.
  await knex.schema.createTable('sa_index_state', table => {
    table.integer('id').primary();
    table.bigInteger('generation').notNullable();
    table.string('sync_id');
    table.timestamp('as_of', { useTz: true });
  });

  // Every indexed entity, whether or not it uses a standard tool.
  await knex.schema.createTable('sa_entities', table => {
    table.string('entity_ref').primary();
    table.string('kind').notNullable();
    table.string('type');
    table.string('owner');
    table.string('system');
    table.text('title');
    table.string('etag');
    table.text('base_images_json');
    table.string('sync_id').notNullable();
    table.index(['owner'], 'sa_entities_owner_idx');
    table.index(['system'], 'sa_entities_system_idx');
  });

  // One row per (entity, tool), saying how the usage is known.
  await knex.schema.createTable('sa_usage', table => {
    table.string('entity_ref').notNullable();
    table.string('tool_id').notNullable();
    table.boolean('declared').notNullable();
    table.boolean('detected').notNullable();
    table.text('evidence_json');
    table.string('owner').notNullable();
    table.string('kind').notNullable();
    table.string('type');
    table.string('sync_id').notNullable();
    table.primary(['entity_ref', 'tool_id']);
    table.index(['tool_id', 'owner', 'entity_ref'], 'sa_usage_tool_owner_idx');
    table.index(['owner', 'tool_id', 'entity_ref'], 'sa_usage_owner_tool_idx');
  });

  // Dependents per (tool, owner), kept current in the transaction that changes sa_usage.
  await knex.schema.createTable('sa_usage_counts', table => {
    table.string('tool_id').notNullable();
    table.string('owner').notNullable();
    table.integer('dependents').notNullable();
    table.primary(['tool_id', 'owner']);
  });

  // Entities per owner, for the team reports.
  await knex.schema.createTable('sa_owner_counts', table => {
    table.string('owner').primary();
    table.integer('entities').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'sa_owner_counts',
    'sa_usage_counts',
    'sa_usage',
    'sa_entities',
    'sa_index_state',
    'sa_job_runs',
    'sa_standard',
    'sa_editions',
  ]) {
    await knex.schema.dropTable(table);
  }
};
