/*
 * Tool entities the accepted standard does not provide because another
 * location already owns the same entity ref (a name conflict).
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await knex.schema.alterTable('sa_standard', table => {
    table.text('conflicts_json');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('sa_standard', table => {
    table.dropColumn('conflicts_json');
  });
};
