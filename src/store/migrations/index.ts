import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database.js';
import { postgresTypes, sqliteTypes, type ColumnTypes } from './column-types.js';
import * as initial from './2026-11-21-0001-initial.js';
import * as debriefStory from './2026-11-22-0002-debrief-story.js';
import * as rehearsals from './2026-11-22-0003-rehearsals.js';
import * as practiceSnapshots from './2026-11-22-0004-practice-snapshots.js';

interface SharedMigration {
  up(db: Kysely<unknown>, types: ColumnTypes): Promise<void>;
}

function forDialect(types: ColumnTypes, migrations: Record<string, SharedMigration>) {
  return Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => [
      name,
      { up: (db: Kysely<unknown>) => migration.up(db, types) } satisfies Migration,
    ]),
  );
}

/**
 * The migrations of each dialect, oldest first. Append only: a shipped migration is never edited
 * or removed, because databases out there have already run it.
 */
export const migrations: Record<Dialect, Record<string, Migration>> = {
  sqlite: forDialect(sqliteTypes, {
    '2026-11-21-0001-initial': initial,
    '2026-11-22-0002-debrief-story': debriefStory,
    '2026-11-22-0003-rehearsals': rehearsals,
    '2026-11-22-0004-practice-snapshots': practiceSnapshots,
  }),
  postgres: forDialect(postgresTypes, {
    '2026-11-21-0001-initial': initial,
    '2026-11-22-0002-debrief-story': debriefStory,
    '2026-11-22-0003-rehearsals': rehearsals,
    '2026-11-22-0004-practice-snapshots': practiceSnapshots,
  }),
};
