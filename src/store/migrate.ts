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

/**
 * Applies every migration the database has not run yet, after checking that it is not newer than
 * the code. `until` stops after the named migration (tests use it to build an older database).
 */
export async function migrateToLatest(database: Database, until?: string): Promise<void> {
  const known = migrations[database.dialect];
  const applied = await appliedMigrations(database);
  const unknown = applied.filter((name) => !(name in known));
  if (unknown.length > 0) throw new DatabaseNewerThanCodeError(database.location, unknown);

  // Kysely looks for its table in every schema unless told which; name the one we write to.
  const schema = database.dialect === 'postgres' ? await currentSchema(database.db) : undefined;
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: () => Promise.resolve(known) },
    migrationTableName: MIGRATION_TABLE,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await (until ? migrator.migrateTo(until) : migrator.migrateToLatest());
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationFailedError(database.location, failed, error);
  }
}

async function appliedMigrations({ db, dialect }: Database): Promise<string[]> {
  if (!(await hasMigrationTable(db, dialect))) return [];
  const { rows } = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.map((row) => row.name);
}

async function currentSchema(db: Kysely<Tables>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}

/** Looks in the schema the connection writes to only: other schemas of one server may hold other databases. */
async function hasMigrationTable(
  db: Kysely<Tables>,
  dialect: Database['dialect'],
): Promise<boolean> {
  const query =
    dialect === 'postgres'
      ? sql<{ found: unknown }>`select to_regclass(${MIGRATION_TABLE}) as found`
      : sql<{
          found: unknown;
        }>`select name as found from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`;
  const { rows } = await query.execute(db);
  return rows.length > 0 && rows[0]?.found !== null && rows[0]?.found !== undefined;
}
