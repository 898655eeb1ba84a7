import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../app/context.js';
import { deleteRecord, getRecord, updateRecord } from '../app/records.js';
import { HttpProblem } from './problem.js';

/** Largest recording accepted, in bytes. */
export const maxRecordingBytes = 25 * 1024 * 1024;

/** Audio types a recording may have, and the file extension each is stored under. */
const extensions: Readonly<Record<string, string>> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
};
const mediaTypes: Readonly<Record<string, string>> = {
  webm: 'audio/webm',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
};

function extensionOf(contentType: string): string {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = extensions[mediaType];
  if (extension) return extension;
  throw new HttpProblem(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    `Send the recording as "audio/webm", "audio/ogg" or "audio/wav" (got "${contentType || 'none'}").`,
  );
}

const tooLarge = () => {
  throw new HttpProblem(
    413,
    'payload-too-large',
    'Request body too large',
    `A recording may be at most ${maxRecordingBytes} bytes.`,
  );
};

const noRecording = (id: string) =>
  new HttpProblem(404, 'no-recording', 'Not found', `Practice attempt "${id}" has no recording.`);

/**
 * Where a stored `recordingFile` is on disk, or undefined when it would be anywhere but inside
 * `<dataDir>/recordings/`: the schema allows only `recordings/<name>.<ext>`, and this keeps a value
 * that got past it (an old database, a hand edit) from reading or deleting any other file.
 * @example recordingPathIn('/data', '../../.bashrc') // undefined
 */
export function recordingPathIn(dataDir: string, relative: string): string | undefined {
  const recordings = resolve(dataDir, 'recordings') + sep;
  const file = resolve(dataDir, relative);
  return file.startsWith(recordings) && file.length > recordings.length ? file : undefined;
}

/**
 * A practice attempt's recording, kept as `<dataDir>/recordings/<attemptId>.<ext>`:
 * `PUT /api/v1/practice-attempts/:id/recording` (the body is the audio), `GET` streams it back
 * with its type, `DELETE` removes the file and the attempt's `recordingFile`. Deleting the attempt
 * itself (`DELETE /api/v1/practice-attempts/:id`) is answered here too, ahead of the generic
 * record route, so that its recording goes with it: the files are this module's alone.
 */
export function recordingRoutes(ctx: AppContext, dataDir: string): Hono {
  const routes = new Hono();
  const path = '/practice-attempts/:id/recording';
  /** The file of a stored recordingFile; one outside recordings/ is treated as no recording. */
  const fileOf = (relative: string | null) =>
    relative ? recordingPathIn(dataDir, relative) : undefined;

  routes.put(path, bodyLimit({ maxSize: maxRecordingBytes, onError: tooLarge }), async (c) => {
    const id = c.req.param('id');
    const extension = extensionOf(c.req.header('content-type') ?? '');
    const attempt = await getRecord(ctx, 'practiceAttempt', id);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0)
      throw new HttpProblem(400, 'empty-recording', 'Empty recording', 'The body has no audio.');
    // The file is named by a record id that exists, never by anything else from the request.
    const relative = `recordings/${attempt.id.replace(/[^A-Za-z0-9_-]/g, '_')}.${extension}`;
    const file = fileOf(relative);
    if (file === undefined) throw new Error(`Recording path outside recordings/: ${relative}`);
    await mkdir(join(dataDir, 'recordings'), { recursive: true });
    await writeFile(file, bytes);
    const previous = attempt.recordingFile === relative ? undefined : fileOf(attempt.recordingFile);
    if (previous !== undefined) await rm(previous, { force: true });
    return c.json(await updateRecord(ctx, 'practiceAttempt', id, { recordingFile: relative }));
  });

  routes.get(path, async (c) => {
    const id = c.req.param('id');
    const attempt = await getRecord(ctx, 'practiceAttempt', id);
    const file = fileOf(attempt.recordingFile);
    if (file === undefined) throw noRecording(id);
    const bytes = await readFile(file).catch(() => {
      throw noRecording(id);
    });
    const type = mediaTypes[extname(file).slice(1)] ?? 'application/octet-stream';
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': type,
      'Content-Length': String(bytes.byteLength),
      'Cache-Control': 'no-store',
    });
  });

  routes.delete(path, async (c) => {
    const id = c.req.param('id');
    const attempt = await getRecord(ctx, 'practiceAttempt', id);
    const file = fileOf(attempt.recordingFile);
    if (file === undefined) throw noRecording(id);
    await rm(file, { force: true });
    await updateRecord(ctx, 'practiceAttempt', id, { recordingFile: null });
    return c.body(null, 204);
  });

  routes.delete('/practice-attempts/:id', async (c) => {
    const id = c.req.param('id');
    const { recordingFile } = await getRecord(ctx, 'practiceAttempt', id);
    // The record goes first, so a delete that fails never leaves an attempt without its audio.
    await deleteRecord(ctx, 'practiceAttempt', id);
    const file = fileOf(recordingFile);
    if (file !== undefined) await rm(file, { force: true });
    return c.body(null, 204);
  });
  return routes;
}
