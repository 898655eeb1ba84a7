import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

// Shipped migration: never edit. A debrief item remembers which story the candidate told, so the
// round plan can avoid telling the same person the same story twice.

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema
    .alterTable('debrief_items')
    .addColumn('story_id', types.id, (col) => col.references('stories.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('debrief_items_story_id')
    .on('debrief_items')
    .column('story_id')
    .execute();
}
