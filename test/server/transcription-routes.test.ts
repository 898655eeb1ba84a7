import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findExecutable } from '../../src/io/audio-convert.js';
import type { TranscriberConfig } from '../../src/io/transcribe.js';
import {
  shownUrl,
  transcribeWithEndpoint,
  TranscriptionError,
  transcriptionEndpointFrom,
} from '../../src/io/transcribe-endpoint.js';
import { encodeWav16 } from '../../src/io/wav.js';
import { createHttpApp } from '../../src/server/app.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';
import { missingSpeechTools, synthesizeAnswer, wordErrorRate } from '../support/speech.js';
import {
  startFakeEndpoint,
  unusedPort,
  wavFormat,
  type FakeEndpoint,
} from '../support/transcription-endpoint.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';

let open: TestDatabase | undefined;
let endpoint: FakeEndpoint | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
  await endpoint?.close();
  endpoint = undefined;
});

/** The whole HTTP app, in process, with the given transcribers. */
async function server(transcription: TranscriberConfig) {
  open = await sqliteTarget.create();
  const ctx = await contextFor(open.database);
  const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]), transcription });
  const headers = { host: HOST, authorization: `Bearer ${TOKEN}` };
  return {
    transcriber: () => app.request('/api/v1/transcriber', { headers }),
    transcribe: (body: Uint8Array | string, contentType = 'audio/wav') =>
      app.request('/api/v1/transcriptions', {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      }),
  };
}

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as { type: string; title: string; detail: string };
}

/** A second of a 220 Hz tone at 48 kHz: a valid WAV whose words do not matter. */
function toneWav(): Uint8Array {
  const rate = 48_000;
  const samples = Float32Array.from(
    { length: rate },
    (_, i) => 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate),
  );
  return encodeWav16({ samples, sampleRate: rate });
}

const noPocketsphinx: TranscriberConfig = { path: '' };

describe('transcription problems', () => {
  test('without any transcriber, GET /transcriber answers nulls', async () => {
    const api = await server(noPocketsphinx);
    const response = await api.transcriber();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ transcriber: null, sendsAudioTo: null });
  });

  test('without any transcriber, a transcription is a 503 saying how to get one', async () => {
    const api = await server(noPocketsphinx);
    const problem = await problemOf(await api.transcribe(toneWav()), 503);
    expect(problem.type).toBe('/problems/no-transcriber');
    expect(problem.detail).toContain('apt install pocketsphinx pocketsphinx-en-us');
    expect(problem.detail).toContain('ROUNDTWO_TRANSCRIBE_URL');
  });

  test('audio that is not WAV is refused with 415', async () => {
    const api = await server({ path: process.env.PATH ?? '' });
    const problem = await problemOf(await api.transcribe(toneWav(), 'audio/webm'), 415);
    expect(problem.detail).toContain('audio/wav');
    expect(problem.detail).toContain('audio/webm');
  });

  test('a body sent as audio/wav that is not a WAV file is a 400', async () => {
    const api = await server({ path: process.env.PATH ?? '' });
    const problem = await problemOf(await api.transcribe('ID3 this is an mp3'), 400);
    expect(problem.type).toBe('/problems/invalid-audio');
    expect(problem.detail).toContain('not a WAV file');
  });

  test('an empty body is a 400', async () => {
    const api = await server({ path: process.env.PATH ?? '' });
    const problem = await problemOf(await api.transcribe(new Uint8Array(0)), 400);
    expect(problem.detail).toBe('The body has no audio.');
  });
});

describe('an OpenAI-compatible endpoint', () => {
  test('is named, with the URL the audio goes to, by GET /transcriber', async () => {
    const api = await server({
      endpoint: { url: 'http://127.0.0.1:8080/v1/', model: 'whisper-1' },
      path: process.env.PATH ?? '',
    });
    expect(await (await api.transcriber()).json()).toEqual({
      transcriber: 'openai-compatible',
      sendsAudioTo: 'http://127.0.0.1:8080/v1/audio/transcriptions',
    });
  });

  test('receives a 16 kHz mono 16-bit WAV with the model, and its text is the transcript', async () => {
    endpoint = await startFakeEndpoint({ body: '{"text":" I rewrote the triage rules. "}' });
    const api = await server({
      endpoint: { url: endpoint.url, model: 'ggml-base.en', apiKey: 'sk-local' },
      path: process.env.PATH ?? '',
    });
    const response = await api.transcribe(toneWav());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      transcript: 'I rewrote the triage rules.',
      transcriber: 'openai-compatible',
    });
    expect(endpoint.received).toHaveLength(1);
    const sent = endpoint.received[0]!;
    expect(sent.model).toBe('ggml-base.en');
    expect(sent.responseFormat).toBe('json');
    expect(sent.authorization).toBe('Bearer sk-local');
    expect(sent.fileType).toBe('audio/wav');
    expect(wavFormat(sent.wav)).toEqual({
      riff: 'RIFF',
      wave: 'WAVE',
      channels: 1,
      sampleRate: 16_000,
      bitsPerSample: 16,
    });
    // One second of audio at 16 kHz, 2 bytes a sample, after the 44-byte header.
    expect(sent.wav.byteLength).toBe(44 + 16_000 * 2);
  });

  test('is reached at /v1/audio/transcriptions when the base URL already ends in /v1', async () => {
    endpoint = await startFakeEndpoint({ body: '{"text":"hello"}' });
    const api = await server({ endpoint: { url: `${endpoint.url}/v1`, model: 'whisper-1' } });
    expect(await (await api.transcribe(toneWav())).json()).toMatchObject({ transcript: 'hello' });
    expect(endpoint.received[0]?.authorization).toBeUndefined();
  });

  test('an error reply becomes a 502 naming the URL and the status', async () => {
    endpoint = await startFakeEndpoint({ status: 500, body: '{"error":"model not loaded"}' });
    const api = await server({ endpoint: { url: endpoint.url, model: 'whisper-1' } });
    const problem = await problemOf(await api.transcribe(toneWav()), 502);
    expect(problem.type).toBe('/problems/transcriber-failed');
    expect(problem.detail).toContain(`${endpoint.url}/v1/audio/transcriptions`);
    expect(problem.detail).toContain('answered 500');
    expect(problem.detail).toContain('model not loaded');
  });

  test('a reply without text is a 502 saying what was expected', async () => {
    endpoint = await startFakeEndpoint({ body: '{"transcript":"wrong field"}' });
    const api = await server({ endpoint: { url: endpoint.url, model: 'whisper-1' } });
    const problem = await problemOf(await api.transcribe(toneWav()), 502);
    expect(problem.detail).toContain('did not answer with a JSON transcription');
  });

  test('an unreachable endpoint is a 502 saying it could not be reached', async () => {
    const url = `http://127.0.0.1:${await unusedPort()}`;
    const api = await server({ endpoint: { url, model: 'whisper-1' } });
    const problem = await problemOf(await api.transcribe(toneWav()), 502);
    expect(problem.detail).toBe(
      `The transcription endpoint ${url}/v1/audio/transcriptions could not be reached (ECONNREFUSED). Check that the server is running, or unset ROUNDTWO_TRANSCRIBE_URL.`,
    );
  });

  test('an endpoint that does not answer in time fails with the timeout', async () => {
    endpoint = await startFakeEndpoint('never-answer');
    const audio = { samples: new Float32Array(1600), sampleRate: 16_000 };
    await expect(
      transcribeWithEndpoint(audio, { url: endpoint.url, model: 'whisper-1' }, { timeoutMs: 300 }),
    ).rejects.toThrow(
      `The transcription endpoint ${endpoint.url}/v1/audio/transcriptions did not answer within 0.3 s.`,
    );
  });
});

/** A bare server that keeps the request line it got and answers `body` with `status`. */
async function recordingServer(status: number, body: string) {
  const paths: string[] = [];
  const http = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      paths.push(request.url ?? '');
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

describe('credentials in the endpoint URL', () => {
  test('shownUrl drops user:password and redacts query values', () => {
    expect(shownUrl('https://bob:hunter2@gw.example/v1/audio/transcriptions?key=SECRET')).toBe(
      'https://gw.example/v1/audio/transcriptions?key=…',
    );
    expect(shownUrl('http://127.0.0.1:8080/v1?a=1&b=2#frag')).toBe(
      'http://127.0.0.1:8080/v1?a=…&b=…',
    );
    expect(shownUrl('http://h/v1?SECRET')).toBe('http://h/v1?…');
    expect(shownUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
    expect(shownUrl('htps://bob:hunter2@host/x?k=v')).toBe('htps://host/x?k=…');
    expect(shownUrl('not a url bob:hunter2@host?key=SECRET')).not.toMatch(/hunter2|SECRET/);
  });

  test('GET /transcriber shows where the audio goes without the password or key', async () => {
    const api = await server({
      endpoint: { url: 'https://bob:hunter2@gw.example/v1?key=SECRET', model: 'whisper-1' },
    });
    expect(await (await api.transcriber()).json()).toEqual({
      transcriber: 'openai-compatible',
      sendsAudioTo: 'https://gw.example/v1/audio/transcriptions?key=…',
    });
  });

  test('the real query string is sent; a failure names the URL without it', async () => {
    const ok = await recordingServer(200, '{"text":"hello"}');
    const failing = await recordingServer(500, '{"error":"bad key"}');
    try {
      const sent = await server({ endpoint: { url: `${ok.url}/v1?key=SECRET`, model: 'm' } });
      expect(await (await sent.transcribe(toneWav())).json()).toMatchObject({
        transcript: 'hello',
      });
      expect(ok.paths).toEqual(['/v1/audio/transcriptions?key=SECRET']);

      const failed = await server({
        endpoint: { url: `http://bob:hunter2@${failing.url.slice(7)}/v1?key=SECRET`, model: 'm' },
      });
      const problem = await problemOf(await failed.transcribe(toneWav()), 502);
      expect(problem.detail).toContain(`${failing.url}/v1/audio/transcriptions?key=…`);
      expect(problem.detail).not.toMatch(/SECRET|hunter2/);
    } finally {
      await ok.close();
      await failing.close();
    }
  });

  test('a password with a bad % escape is a 502 saying so, not a 500', async () => {
    const api = await server({ endpoint: { url: 'http://bob:100%zz@127.0.0.1:9/', model: 'm' } });
    const problem = await problemOf(await api.transcribe(toneWav()), 502);
    expect(problem.detail).toContain('% escape');
    expect(problem.detail).not.toContain('100%zz');
  });

  test('configuration errors never repeat the password or the query', () => {
    const from = (url: string) => () => transcriptionEndpointFrom({ ROUNDTWO_TRANSCRIBE_URL: url });
    expect(from('htps://bob:hunter2@host?key=SECRET')).toThrow(TranscriptionError);
    expect(from('htps://bob:hunter2@host?key=SECRET')).not.toThrow(/hunter2|SECRET/);
    expect(from('http://bob:100%zz@host/')).toThrow(TranscriptionError);
    expect(from('http://bob:100%zz@host/')).toThrow(/% escape/);
    expect(from('http://bob:100%zz@host/')).not.toThrow(/100%zz/);
  });
});

const missing = [...missingSpeechTools(), 'pocketsphinx_continuous'].filter(
  (tool) => findExecutable(tool) === undefined,
);

// Speech synthesised with Festival and joined with sox, as 16 kHz mono 16-bit WAV: what the
// browser sends.
describe.skipIf(missing.length > 0 && !process.env.CI)('pocketsphinx on this computer', () => {
  const sentences = [
    'I rewrote the triage rules and trained the team on them',
    'The backlog fell from four hundred to one hundred and twenty tickets in a month',
  ];

  test('transcribes a synthesized spoken answer with a word error rate under 35%', async () => {
    if (missing.length > 0)
      throw new Error(`missing ${missing.join(', ')}: apt-get install festival sox pocketsphinx`);
    const dir = mkdtempSync(join(tmpdir(), 'roundtwo-transcribe-'));
    try {
      const spoken = synthesizeAnswer(dir, sentences, [0.3, 0.4, 0.3], 16_000);
      const api = await server({ path: process.env.PATH ?? '' });
      expect(await (await api.transcriber()).json()).toEqual({
        transcriber: 'pocketsphinx',
        sendsAudioTo: null,
      });
      const response = await api.transcribe(readFileSync(spoken.file));
      expect(response.status).toBe(200);
      const { transcript, transcriber } = (await response.json()) as {
        transcript: string;
        transcriber: string;
      };
      const wer = wordErrorRate(spoken.text, transcript);
      console.log(`pocketsphinx over HTTP: "${transcript}" — WER ${(wer * 100).toFixed(0)}%`);
      expect(transcriber).toBe('pocketsphinx');
      expect(wer).toBeLessThan(0.35);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
