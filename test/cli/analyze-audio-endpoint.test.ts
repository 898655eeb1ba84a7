import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { encodeWav16 } from '../../src/io/wav.js';
import { BIN, freshDataDir, type CliResult } from '../support/cli.js';
import {
  startFakeEndpoint,
  wavFormat,
  type FakeEndpoint,
} from '../support/transcription-endpoint.js';

let endpoint: FakeEndpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

/**
 * Runs `bin/roundtwo` with extra environment, asynchronously: the fake endpoint lives in this
 * process and must keep answering while the command runs.
 */
function roundtwo(dir: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const child = spawn(BIN, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ROUNDTWO_DATA_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Three seconds of tone bursts at 44.1 kHz: speech enough for the voice-activity detector. */
function writeAnswer(dir: string): string {
  const rate = 44_100;
  const samples = Float32Array.from({ length: rate * 3 }, (_, i) =>
    i < rate * 1.2 || i > rate * 1.8 ? 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate) : 0,
  );
  const file = join(dir, 'answer.wav');
  writeFileSync(file, encodeWav16({ samples, sampleRate: rate }));
  return file;
}

const answerText =
  'I rewrote the triage rules and trained the team, and the backlog fell by two thirds.';

describe('roundtwo analyze audio with ROUNDTWO_TRANSCRIBE_URL', () => {
  test('transcribes with the endpoint and says so in "transcriber"', async () => {
    endpoint = await startFakeEndpoint({ body: JSON.stringify({ text: answerText }) });
    const dir = freshDataDir();
    const result = await roundtwo(dir, ['analyze', 'audio', '--file', writeAnswer(dir), '--json'], {
      ROUNDTWO_TRANSCRIBE_URL: endpoint.url,
      ROUNDTWO_TRANSCRIBE_MODEL: 'ggml-small.en',
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(analysis.transcriber).toBe('openai-compatible');
    expect(analysis.transcript).toBe(answerText);
    expect(analysis.wordsPerMinute).toEqual(expect.any(Number));
    expect(endpoint.received).toHaveLength(1);
    expect(endpoint.received[0]?.model).toBe('ggml-small.en');
    expect(wavFormat(endpoint.received[0]!.wav).sampleRate).toBe(16_000);
  });

  test('--no-transcript sends nothing and gives no transcript', async () => {
    endpoint = await startFakeEndpoint({ body: JSON.stringify({ text: answerText }) });
    const dir = freshDataDir();
    const file = writeAnswer(dir);
    const result = await roundtwo(
      dir,
      ['analyze', 'audio', '--file', file, '--json', '--no-transcript'],
      { ROUNDTWO_TRANSCRIBE_URL: endpoint.url },
    );
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(analysis).not.toHaveProperty('transcript');
    expect(analysis).not.toHaveProperty('transcriber');
    expect(analysis.speakingSeconds).toBeGreaterThan(2);
    expect(endpoint.received).toHaveLength(0);
  });

  test('an endpoint failure keeps the delivery measures and reports the error in the JSON', async () => {
    endpoint = await startFakeEndpoint({ status: 503, body: '{"error":"busy"}' });
    const dir = freshDataDir();
    const result = await roundtwo(dir, ['analyze', 'audio', '--file', writeAnswer(dir), '--json'], {
      ROUNDTWO_TRANSCRIBE_URL: endpoint.url,
    });
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(analysis.durationSeconds).toBeCloseTo(3, 1);
    expect(analysis).not.toHaveProperty('transcript');
    expect(analysis.transcriptError).toContain(`${endpoint.url}/v1/audio/transcriptions`);
    expect(analysis.transcriptError).toContain('answered 503');
  });

  test('an endpoint failure in the text report is a warning on stderr, not an exit code', async () => {
    endpoint = await startFakeEndpoint({ status: 500, body: 'boom' });
    const dir = freshDataDir();
    const result = await roundtwo(dir, ['analyze', 'audio', '--file', writeAnswer(dir)], {
      ROUNDTWO_TRANSCRIBE_URL: endpoint.url,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Duration 3.0 s');
    expect(result.stdout).toContain('No transcript: the transcriber failed');
    expect(result.stderr).toMatch(
      /^roundtwo: warning: no transcript: The transcription endpoint http:\/\/127\.0\.0\.1:\d+\/v1\/audio\/transcriptions answered 500 Internal Server Error: boom\n$/,
    );
  });

  test('a bad URL or a bad % escape in its password is a usage error that keeps it secret', async () => {
    const dir = freshDataDir();
    const file = writeAnswer(dir);
    for (const url of [
      'htps://bob:hunter2@host/?key=SECRET',
      'http://bob:hunter2%zz@127.0.0.1:9/',
    ]) {
      const result = await roundtwo(dir, ['analyze', 'audio', '--file', file], {
        ROUNDTWO_TRANSCRIBE_URL: url,
      });
      expect(result.code, url).toBe(2);
      expect(result.stderr).toMatch(/^roundtwo: .*ROUNDTWO_TRANSCRIBE_URL/);
      expect(result.stderr).not.toMatch(/hunter2|SECRET|URIError/);
    }
  });

  test('an endpoint failure names the URL with the query values left out', async () => {
    endpoint = await startFakeEndpoint({ body: JSON.stringify({ text: answerText }) });
    const dir = freshDataDir();
    const result = await roundtwo(dir, ['analyze', 'audio', '--file', writeAnswer(dir), '--json'], {
      ROUNDTWO_TRANSCRIBE_URL: `${endpoint.url}/v1?key=SECRET`,
    });
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout) as Record<string, unknown>;
    // The fake answers 404 to a request line with a query: enough to see how the failure reads.
    expect(analysis.transcriptError).toContain(`${endpoint.url}/v1/audio/transcriptions?key=…`);
    expect(result.stdout + result.stderr).not.toContain('SECRET');
  });

  test('a URL that is not http(s) is a usage error', async () => {
    const dir = freshDataDir();
    const result = await roundtwo(dir, ['analyze', 'audio', '--file', writeAnswer(dir)], {
      ROUNDTWO_TRANSCRIBE_URL: 'localhost:8080',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ROUNDTWO_TRANSCRIBE_URL must be an http:// or https:// URL');
  });
});
