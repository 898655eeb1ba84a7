import pg from 'pg';

import { POSTGRES_TEST_SCHEMA_PREFIX as PREFIX } from './databases.js';

async function dropTestSchemas(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `select nspname from pg_namespace where nspname like '${PREFIX}%'`,
    );
    for (const { nspname } of rows)
      await client.query(`drop schema if exists "${nspname}" cascade`);
  } finally {
    await client.end();
  }
}

/**
 * Each PostgreSQL test works in a schema of its own. They are dropped before and after the whole
 * run, not after each test: a schema dropped while another test introspects the catalog makes
 * that test fail at random.
 */
export default async function postgresSchemas(): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return undefined;
  await dropTestSchemas(url);
  return () => dropTestSchemas(url);
}
