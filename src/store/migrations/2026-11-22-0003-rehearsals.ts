import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

// Shipped migration: never edit. Timed run-throughs of a presentation plan, so rehearsal mode can
// show the history of each talk. Deleting the plan deletes its run-throughs.

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('rehearsals')
    .addColumn('id', types.id, (col) => col.primaryKey())
    .addColumn('workspace_id', types.id, (col) =>
      col.notNull().references('workspaces.id').onDelete('cascade'),
    )
    .addColumn('presentation_plan_id', types.id, (col) =>
      col.notNull().references('presentation_plans.id').onDelete('cascade'),
    )
    .addColumn('timestamps', types.json, (col) => col.notNull())
    .addColumn('notes', types.text)
    .addColumn('created_at', types.instant, (col) => col.notNull())
    .addColumn('updated_at', types.instant, (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('rehearsals_workspace')
    .on('rehearsals')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('rehearsals_presentation_plan_id')
    .on('rehearsals')
    .column('presentation_plan_id')
    .execute();
}
