import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecord, listRecords } from '../../src/app/records.js';
import { createHttpApp } from '../../src/server/app.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { anOpportunity, contextFor } from '../support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';
const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5]);

let open: TestDatabase | undefined;
let dataDir = '';
afterEach(async () => {
  await open?.dispose();
  open = undefined;
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  dataDir = '';
});

/** The whole HTTP app on a temporary data directory, with one spoken attempt recorded. */
async function recordedAttempt() {
  open = await sqliteTarget.create();
  dataDir = await mkdtemp(join(tmpdir(), 'roundtwo-attempt-delete-'));
  const ctx = await contextFor(open.database);
  const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]), dataDir });
  const call = (method: string, path: string, body?: Uint8Array<ArrayBuffer>) =>
    app.request(path, {
      method,
      headers: {
        host: HOST,
        authorization: `Bearer ${TOKEN}`,
        ...(body ? { 'content-type': 'audio/webm' } : {}),
      },
      ...(body ? { body } : {}),
    });
  const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
  const attempt = await createRecord(ctx, 'practiceAttempt', {
    opportunityId: opportunity.id,
    question: 'Tell me about a failure.',
    mode: 'spoken',
  });
  const path = `/api/v1/practice-attempts/${attempt.id}`;
  expect((await call('PUT', `${path}/recording`, audio)).status).toBe(200);
  const file = join(dataDir, 'recordings', `${attempt.id}.webm`);
  expect(existsSync(file)).toBe(true);
  return { ctx, call, opportunity, attempt, path, file };
}

describe('deleting a practice attempt', () => {
  test('removes its recording file, and the recording is then a 404', async () => {
    const { ctx, call, path, file } = await recordedAttempt();
    expect((await call('DELETE', path)).status).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect(await listRecords(ctx, 'practiceAttempt')).toEqual([]);
    const recording = await call('GET', `${path}/recording`);
    expect(recording.status).toBe(404);
    expect(recording.headers.get('content-type')).toBe('application/problem+json');
  });

  test('of an attempt that does not exist is a 404 and touches no file', async () => {
    const { call, file } = await recordedAttempt();
    const response = await call('DELETE', '/api/v1/practice-attempts/no-such-attempt');
    expect(response.status).toBe(404);
    expect(existsSync(file)).toBe(true);
  });

  test('deleting its opportunity keeps the attempt and its recording, which still plays', async () => {
    const { ctx, call, opportunity, path, file } = await recordedAttempt();
    expect((await call('DELETE', `/api/v1/opportunities/${opportunity.id}`)).status).toBe(204);
    const [kept] = await listRecords(ctx, 'practiceAttempt');
    expect(kept).toMatchObject({ opportunityId: null });
    expect(existsSync(file)).toBe(true);
    expect((await call('GET', `${path}/recording`)).status).toBe(200);
  });
});
