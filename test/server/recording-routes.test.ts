import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecord, getRecord } from '../../src/app/records.js';
import { problemResponse } from '../../src/server/problem.js';
import { maxRecordingBytes, recordingRoutes } from '../../src/server/recording-routes.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';

let open: TestDatabase | undefined;
let dataDir = '';
afterEach(async () => {
  await open?.dispose();
  open = undefined;
  if (dataDir !== '') await rm(dataDir, { recursive: true, force: true });
  dataDir = '';
});

/** The routes as the API mounts them, with the API's error handling, on a temporary data dir. */
async function api() {
  open = await sqliteTarget.create();
  dataDir = await mkdtemp(join(tmpdir(), 'roundtwo-recordings-'));
  const ctx = await contextFor(open.database);
  const app = new Hono();
  app.onError((error, c) => problemResponse(c, error));
  app.route('/api/v1', recordingRoutes(ctx, dataDir));
  const attempt = await createRecord(ctx, 'practiceAttempt', {
    question: 'Tell me about a failure.',
    mode: 'spoken',
    durationSeconds: 7,
  });
  const path = `/api/v1/practice-attempts/${attempt.id}/recording`;
  const put = (body: BodyInit, contentType: string, to = path) =>
    app.request(to, { method: 'PUT', headers: { 'content-type': contentType }, body });
  return { ctx, app, attempt, path, put };
}

const audio = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5]);

describe('practice attempt recordings', () => {
  test('PUT stores the audio under recordings/ and sets the attempt’s recordingFile', async () => {
    const { ctx, attempt, put } = await api();
    const response = await put(audio, 'audio/webm;codecs=opus');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { recordingFile: string }).recordingFile).toBe(
      `recordings/${attempt.id}.webm`,
    );
    expect(
      new Uint8Array(await readFile(join(dataDir, 'recordings', `${attempt.id}.webm`))),
    ).toEqual(audio);
    expect((await getRecord(ctx, 'practiceAttempt', attempt.id)).recordingFile).toBe(
      `recordings/${attempt.id}.webm`,
    );
  });

  test('GET answers the bytes with their type', async () => {
    const { app, path, put } = await api();
    await put(audio, 'audio/wav');
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/wav');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(audio);
  });

  test('a new recording of another type replaces the old file', async () => {
    const { attempt, put } = await api();
    await put(audio, 'audio/webm');
    await put(audio, 'audio/ogg');
    expect(existsSync(join(dataDir, 'recordings', `${attempt.id}.webm`))).toBe(false);
    expect(existsSync(join(dataDir, 'recordings', `${attempt.id}.ogg`))).toBe(true);
  });

  test('DELETE removes the file and the field; then GET is a 404 problem', async () => {
    const { ctx, app, attempt, path, put } = await api();
    await put(audio, 'audio/webm');
    const deleted = await app.request(path, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(existsSync(join(dataDir, 'recordings', `${attempt.id}.webm`))).toBe(false);
    expect((await getRecord(ctx, 'practiceAttempt', attempt.id)).recordingFile).toBeNull();
    const missing = await app.request(path);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    expect((await app.request(path, { method: 'DELETE' })).status).toBe(404);
  });

  test('a body that is not webm, ogg or wav audio is refused with 415', async () => {
    const { put } = await api();
    expect((await put(audio, 'audio/mpeg')).status).toBe(415);
    expect((await put(audio, 'text/plain')).status).toBe(415);
  });

  test('an attempt that does not exist is a 404 problem', async () => {
    const { put } = await api();
    const response = await put(audio, 'audio/webm', '/api/v1/practice-attempts/nope/recording');
    expect(response.status).toBe(404);
    expect(existsSync(join(dataDir, 'recordings'))).toBe(false);
  });

  test('a recording over 25 MB is refused with 413 and nothing is stored', async () => {
    const { ctx, attempt, put } = await api();
    const response = await put(new Uint8Array(maxRecordingBytes + 1), 'audio/webm');
    expect(response.status).toBe(413);
    expect(existsSync(join(dataDir, 'recordings'))).toBe(false);
    expect((await getRecord(ctx, 'practiceAttempt', attempt.id)).recordingFile).toBeNull();
  });
});
