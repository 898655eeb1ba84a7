import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

// Shipped migration: never edit. A practice attempt keeps the coach's analysis and the measured
// delivery as they were when it was made (for the progress charts) and where its transcript came
// from; a round keeps which format checklist items the candidate has ticked.

export async function up(db: Kysely<unknown>, types: ColumnTypes): Promise<void> {
  await db.schema.alterTable('practice_attempts').addColumn('analysis', types.json).execute();
  await db.schema.alterTable('practice_attempts').addColumn('delivery', types.json).execute();
  await db.schema.alterTable('practice_attempts').addColumn('transcriber', types.text).execute();
  await db.schema
    .alterTable('rounds')
    .addColumn('checklist_done', types.json, (col) => col.notNull().defaultTo('[]'))
    .execute();
}
