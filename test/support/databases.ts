import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TableMetadata } from 'kysely';
import pg from 'pg';
import { openPostgres, openSqlite, type Database, type Dialect } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export interface TestDatabase {
  readonly database: Database;
  /** The tables of this test's database only (a PostgreSQL server holds every test's schema). */
  tables(): Promise<TableMetadata[]>;
  /** Closes the connection and deletes everything the test wrote. */
  dispose(): Promise<void>;
}

export interface DatabaseTarget {
  readonly dialect: Dialect;
  /** Makes a fresh, empty database (a new SQLite file, or a new PostgreSQL schema). */
  create(options?: { migrate?: boolean }): Promise<TestDatabase>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;
export const POSTGRES_TEST_SCHEMA_PREFIX = 'rt_test_';

if (process.env.CI && !postgresUrl) {
  throw new Error(
    'CI must run the PostgreSQL tests: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test).',
  );
}

export const sqliteTarget: DatabaseTarget = {
  dialect: 'sqlite',
  async create({ migrate = true } = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'roundtwo-db-'));
    const database = openSqlite(join(dir, 'roundtwo.sqlite'));
    if (migrate) await migrateToLatest(database);
    return {
      database,
      tables: () => database.db.introspection.getTables(),
      async dispose() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgresTarget: DatabaseTarget | undefined = postgresUrl
  ? {
      dialect: 'postgres',
      async create({ migrate = true } = {}) {
        const schema = `${POSTGRES_TEST_SCHEMA_PREFIX}${randomUUID().replaceAll('-', '')}`;
        const admin = new pg.Client({ connectionString: postgresUrl });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        await admin.end();
        const database = openPostgres(postgresUrl, { searchPath: schema });
        if (migrate) await migrateToLatest(database);
        return {
          database,
          tables: async () =>
            (await database.db.introspection.getTables()).filter(
              (table) => table.schema === schema,
            ),
          // The schema is dropped after the run (see postgres-schemas.ts), not here.
          dispose: () => database.close(),
        };
      },
    }
  : undefined;

/**
 * The databases every repository and use-case test runs against: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (always in CI). Test names carry the dialect in brackets, which the
 * summary reporter counts.
 */
export const databaseTargets: readonly DatabaseTarget[] = postgresTarget
  ? [sqliteTarget, postgresTarget]
  : [sqliteTarget];
