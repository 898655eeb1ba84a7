import { Migrator, sql, type Kysely } from 'kysely';
import type { Database, Tables } from './database.js';
import { migrations } from './migrations/index.js';

const MIGRATION_TABLE = 'kysely_migration';

/** The database holds changes from a newer Round Two than this one. */
export class DatabaseNewerThanCodeError extends Error {
  constructor(
    readonly location: string,
    readonly unknownMigrations: readonly string[],
  ) {
    super(
      `The database at ${location} was last used by a newer version of Round Two ` +
        `(it has migration ${unknownMigrations.join(', ')}, which this version does not know). ` +
        'Update Round Two to the latest version, or point ROUNDTWO_DATA_DIR / DATABASE_URL at another database. ' +
        'Nothing was changed.',
    );
    this.name = 'DatabaseNewerThanCodeError';
  }
}

export class MigrationFailedError extends Error {
  constructor(location: string, migration: string, cause: unknown) {
    super(
      `Could not bring the database at ${location} up to date: migration ${migration} failed ` +
        `(${cause instanceof Error ? cause.message : String(cause)}).`,
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

/** Applies every migration the database has not run yet, after checking that it is not newer than the code. */
export async function migrateToLatest(database: Database): Promise<void> {
  const known = migrations[database.dialect];
  const applied = await appliedMigrations(database.db);
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) throw new DatabaseNewerThanCodeError(database.location, unknown);

  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(known) },
    migrationTableName: MIGRATION_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(database.location, failed, error);
  }
}

async function appliedMigrations(db: Kysely<Tables>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === MIGRATION_TABLE)) return [];
  const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.map((row) => row.name);
}
