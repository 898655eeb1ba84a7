import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findExecutable } from '../../src/io/audio-convert.js';
import type { TranscriberConfig } from '../../src/io/transcribe.js';
import { transcribeWithEndpoint } from '../../src/io/transcribe-endpoint.js';
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
