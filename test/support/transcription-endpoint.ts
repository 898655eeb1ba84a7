import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake endpoint was sent, as it parsed it. */
export interface ReceivedTranscription {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly model: string | null;
  readonly responseFormat: string | null;
  readonly fileType: string;
  readonly wav: Uint8Array;
}

export interface FakeEndpoint {
  /** `http://127.0.0.1:<port>`, the base URL a user would configure. */
  readonly url: string;
  readonly received: ReceivedTranscription[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A real HTTP server speaking the OpenAI transcription API: it parses the multipart body (with
 * the platform's own multipart parser), keeps what it got, and answers `reply` — by default
 * `{ "text": transcript }` with 200 — to `POST /v1/audio/transcriptions`; 404 elsewhere.
 * With `'never-answer'` it reads the request and leaves it hanging.
 */
export async function startFakeEndpoint(
  reply:
    | { status?: number; body: string }
    | ((received: ReceivedTranscription) => string)
    | 'never-answer',
): Promise<FakeEndpoint> {
  const received: ReceivedTranscription[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = await bodyOf(request);
      if (request.method !== 'POST' || request.url !== '/v1/audio/transcriptions') {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"error":"not found"}');
        return;
      }
      const form = await new Request('http://fake.invalid/', {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? '' },
        body: new Uint8Array(body),
      }).formData();
      const file = form.get('file');
      if (!(file instanceof Blob)) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end('{"error":"no file"}');
        return;
      }
      const entry: ReceivedTranscription = {
        path: request.url,
        authorization: request.headers.authorization,
        model: form.get('model') as string | null,
        responseFormat: form.get('response_format') as string | null,
        fileType: file.type,
        wav: new Uint8Array(await file.arrayBuffer()),
      };
      received.push(entry);
      if (reply === 'never-answer') return;
      const answer = typeof reply === 'function' ? { body: reply(entry) } : reply;
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (it was free a moment ago). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The format fields of a 16-bit PCM WAV header: channels, sample rate, bits a sample. */
export function wavFormat(wav: Uint8Array) {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const tag = (offset: number) => new TextDecoder().decode(wav.subarray(offset, offset + 4));
  return {
    riff: tag(0),
    wave: tag(8),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    bitsPerSample: view.getUint16(34, true),
  };
}
