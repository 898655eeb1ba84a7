import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { AppContext } from '../app/context.js';
import { openLocalWorkspace } from '../app/workspace.js';
import type { Clock, IdGenerator } from '../domain/runtime.js';
import { openPostgres, openSqlite, type Database } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
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
  mkdirSync(settings.dataDir, { recursive: true });
  const database = settings.databaseUrl
    ? openPostgres(settings.databaseUrl)
    : openSqlite(resolve(settings.dataDir, 'roundtwo.sqlite'));
  try {
    await migrateToLatest(database);
    const ctx = await openLocalWorkspace(createStore(database), systemClock, uuidV7);
    return { ctx, database, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
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
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return token;
}
