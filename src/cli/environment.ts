import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../app/context.js';
import { openLocalWorkspace } from '../app/workspace.js';
import type { Clock, IdGenerator } from '../domain/runtime.js';
import { openPostgres, openSqlite, type Database } from '../store/database.js';
import { DatabaseUnavailableError } from '../store/errors.js';
import {
  DatabaseNewerThanCodeError,
  migrateToLatest,
  MigrationFailedError,
} from '../store/migrate.js';
import { createStore } from '../store/store.js';

export const DEFAULT_PORT = 4312;

export interface Settings {
  /** Where the SQLite file, the API token and recordings live. */
  readonly dataDir: string;
  /** PostgreSQL instead of SQLite, when set. */
  readonly databaseUrl: string | undefined;
}

export function settingsFrom(env: NodeJS.ProcessEnv, dataDirOption?: string): Settings {
  return {
    dataDir: resolve(dataDirOption ?? env.ROUNDTWO_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
  };
}

export const systemClock: Clock = { now: () => new Date() };
export const uuidV7: IdGenerator = () => uuidv7();

export interface OpenWorkspace {
  readonly ctx: AppContext;
  readonly database: Database;
  close(): Promise<void>;
}

/** Opens the configured database, brings its schema up to date and opens the local workspace. */
export async function openConfiguredWorkspace(settings: Settings): Promise<OpenWorkspace> {
  ensureDataDir(settings.dataDir);
  const sqliteFile = resolve(settings.dataDir, 'roundtwo.sqlite');
  let database: Database;
  try {
    database = settings.databaseUrl ? openPostgres(settings.databaseUrl) : openSqlite(sqliteFile);
  } catch (error) {
    throw new DatabaseUnavailableError(settings.databaseUrl ? 'DATABASE_URL' : sqliteFile, error);
  }
  try {
    await migrateToLatest(database);
    const ctx = await openLocalWorkspace(createStore(database), systemClock, uuidV7);
    return { ctx, database, close: () => database.close() };
  } catch (error) {
    await database.close().catch(() => undefined);
    if (error instanceof DatabaseNewerThanCodeError || error instanceof MigrationFailedError)
      throw error;
    throw new DatabaseUnavailableError(database.location, error);
  }
}

/** The data directory cannot be created or used. */
export class DataDirectoryError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? String(cause);
    super(
      `Cannot use the data directory ${dataDir} (${code}). Choose another with --data-dir or ROUNDTWO_DATA_DIR.`,
      {
        cause,
      },
    );
    this.name = 'DataDirectoryError';
  }
}

/**
 * Creates the data directory one level at a time. (Node 20's recursive mkdir can spin forever
 * when the kernel refuses a path with ENOENT, as under /proc.)
 */
function ensureDataDir(dataDir: string): void {
  const missing: string[] = [];
  let path = dataDir;
  while (!existsSync(path)) {
    missing.unshift(path);
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  try {
    for (const folder of missing) mkdirSync(folder);
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new DataDirectoryError(dataDir, error);
  }
}

/** The per-install API token, made on first use and kept readable by its owner only. */
export function loadOrCreateToken(dataDir: string): string {
  const file = resolve(dataDir, 'api-token');
  try {
    const token = readFileSync(file, 'utf8').trim();
    if (token.length >= 32) return token;
  } catch {
    // Not made yet.
  }
  const token = randomBytes(32).toString('base64url');
  ensureDataDir(dataDir);
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}
