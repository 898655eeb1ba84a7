import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';

/** Rows as the repositories see them: column name to value. Tables are chosen at run time. */
export type Row = Record<string, unknown>;
export type Tables = Record<string, Row>;
export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  readonly db: Kysely<Tables>;
  readonly dialect: Dialect;
  /** Where the data lives, for messages: a file path or a PostgreSQL URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

/**
 * Opens (and creates) a SQLite database file. WAL keeps readers and the writer apart;
 * `synchronous=FULL` makes every acknowledged transaction survive a crash of the process or the
 * machine; foreign keys are off by default in SQLite and must be switched on per connection.
 */
export function openSqlite(file: string): Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

const DATE_OID = 1082;

/**
 * Connects to PostgreSQL. `searchPath` puts every table in one schema (the test suite gives each
 * test a schema of its own). Dates are read as the `YYYY-MM-DD` text they are, not as midnight in
 * the server's time zone.
 */
export function openPostgres(url: string, options: { searchPath?: string } = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID
          ? (value: string) => value
          : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactPassword(url), close: () => db.destroy() };
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'PostgreSQL';
  }
}
