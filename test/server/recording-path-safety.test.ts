import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { ValidationError } from '../../src/app/errors.js';
import { createRecord, getRecord } from '../../src/app/records.js';
import {
  exportWorkspace,
  importWorkspace,
  serializeWorkspace,
} from '../../src/app/workspace-transfer.js';
import type { EntityKind } from '../../src/domain/entities.js';
import { practiceAttemptEntity } from '../../src/domain/practice.js';
import { createHttpApp } from '../../src/server/app.js';
import { recordingPathIn } from '../../src/server/recording-routes.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';
import { fillWorkspace } from '../support/sample-workspace.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';

const opened: TestDatabase[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function workspace() {
  const database = await sqliteTarget.create();
  opened.push(database);
  return contextFor(database.database);
}

/**
 * The whole HTTP app on `<root>/data`, with a file the candidate cares about at `<root>/precious`
 * (outside the data directory) and one spoken attempt. With `storedAs`, the attempt reads back
 * with that recordingFile, as if it had got into the database past the schema (which the store
 * would refuse to read back, so the store is wrapped to hand it out).
 */
async function server(storedAs?: string) {
  const real = await workspace();
  const ctx: AppContext =
    storedAs === undefined
      ? real
      : {
          ...real,
          store: new Proxy(real.store, {
            get(target, property, receiver) {
              if (property !== 'records') return Reflect.get(target, property, receiver) as unknown;
              return (kind: EntityKind) => {
                const records = target.records(kind);
                if (kind !== 'practiceAttempt') return records;
                return new Proxy(records, {
                  get(inner, name, innerReceiver) {
                    if (name !== 'findById')
                      return Reflect.get(inner, name, innerReceiver) as unknown;
                    return async (workspaceId: string, id: string) => {
                      const found = await inner.findById(workspaceId, id);
                      return found && { ...found, recordingFile: storedAs };
                    };
                  },
                });
              };
            },
          }),
        };
  const root = await mkdtemp(join(tmpdir(), 'roundtwo-traversal-'));
  dirs.push(root);
  const dataDir = join(root, 'data');
  await mkdir(join(dataDir, 'recordings'), { recursive: true });
  const precious = join(root, 'precious');
  await writeFile(precious, 'not yours');
  const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]), dataDir });
  const call = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: {
        host: HOST,
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const attempt = await createRecord(real, 'practiceAttempt', {
    question: 'Tell me about a failure.',
    mode: 'spoken',
  });
  return { ctx, call, attempt, dataDir, precious, path: `/api/v1/practice-attempts/${attempt.id}` };
}

const traversals = [
  '../precious',
  '../../.bashrc',
  'recordings/../../precious',
  '/etc/passwd',
  'recordings/a.webm/../../../precious',
  'recordings/a.mp3',
  'recordings/.webm',
  'recordings/sub/a.webm',
  'recordings\\..\\..\\precious.webm',
];

describe('a practice attempt’s recordingFile', () => {
  test('the schema accepts only recordings/<name>.<webm|ogg|wav>', () => {
    const fields = practiceAttemptEntity.patch;
    for (const good of ['recordings/attempt-1.webm', 'recordings/A_b-9.ogg', 'recordings/x.wav'])
      expect(fields.safeParse({ recordingFile: good }).success, good).toBe(true);
    for (const bad of traversals) {
      const result = fields.safeParse({ recordingFile: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('recordings/<name>.webm');
    }
  });

  test('PATCH with a path outside recordings/ is a 422 problem naming the field', async () => {
    const { ctx, call, attempt, path } = await server();
    const response = await call('PATCH', path, { recordingFile: '../../.bashrc' });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toContain('recordingFile');
    expect((await getRecord(ctx, 'practiceAttempt', attempt.id)).recordingFile).toBeNull();
  });

  test('importing a workspace whose attempt points outside recordings/ is refused', async () => {
    const source = await workspace();
    await fillWorkspace(source);
    const document = JSON.parse(serializeWorkspace(await exportWorkspace(source))) as {
      records: { 'practice-attempts': { recordingFile: string | null }[] };
    };
    document.records['practice-attempts'][0]!.recordingFile = '../../.bashrc';
    const destination = await workspace();
    const refused = importWorkspace(destination, JSON.stringify(document));
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toThrow(/practice-attempts\.0\.recordingFile/);
  });

  test('the routes never read or delete a stored path outside recordings/', async () => {
    const { call, path, precious } = await server('../precious');
    const read = await call('GET', `${path}/recording`);
    expect(read.status).toBe(404);
    expect(read.headers.get('content-type')).toBe('application/problem+json');
    expect(await read.text()).not.toContain('not yours');
    expect((await call('DELETE', `${path}/recording`)).status).toBe(404);
    expect(existsSync(precious)).toBe(true);
    expect((await call('DELETE', path)).status).toBe(204);
    expect(existsSync(precious)).toBe(true);
  });

  test('the path helper keeps files inside <dataDir>/recordings/ and refuses the rest', () => {
    const dataDir = join(tmpdir(), 'roundtwo-data');
    expect(recordingPathIn(dataDir, 'recordings/attempt-1.webm')).toBe(
      join(dataDir, 'recordings', 'attempt-1.webm'),
    );
    for (const bad of [...traversals.slice(0, 5), 'recordings', 'recordings/', ''])
      expect(recordingPathIn(dataDir, bad), bad).toBeUndefined();
  });
});
