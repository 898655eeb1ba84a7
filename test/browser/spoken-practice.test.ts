import { readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PracticePage } from './pages/practice-page.js';
import { freePort, startAppServer, type AppServer } from './support/app-server.js';
import { launchBrowser, type TestBrowser } from './support/browser.js';

const sampleRate = 48_000;

/** A mono 16-bit PCM WAV: a 440 Hz tone for 2 s, silence for 2.5 s, the tone again for 2 s. */
function toneSilenceTone(): Buffer {
  const parts: [number, boolean][] = [
    [2, true],
    [2.5, false],
    [2, true],
  ];
  const count = parts.reduce((sum, [seconds]) => sum + Math.round(seconds * sampleRate), 0);
  const wav = Buffer.alloc(44 + count * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + count * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(count * 2, 40);
  let index = 0;
  for (const [seconds, tone] of parts) {
    for (let i = 0; i < Math.round(seconds * sampleRate); i++, index++) {
      const value = tone ? 0.5 * Math.sin((2 * Math.PI * 440 * i) / sampleRate) : 0;
      wav.writeInt16LE(Math.round(value * 32767), 44 + index * 2);
    }
  }
  return wav;
}

// Issue 6: a spoken answer through Chromium's fake microphone, measured, stored and played back.
describe('spoken practice', () => {
  let browser: TestBrowser | undefined;
  let server: AppServer | undefined;
  let dataDir = '';
  let audioDir = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'roundtwo-spoken-'));
    audioDir = await mkdtemp(join(tmpdir(), 'roundtwo-fake-mic-'));
    const wav = join(audioDir, 'tone-silence-tone.wav');
    await writeFile(wav, toneSilenceTone());
    [browser, server] = await Promise.all([
      launchBrowser({
        extraArgs: [
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-audio-capture=${wav}`,
          '--autoplay-policy=no-user-gesture-required',
        ],
      }),
      freePort().then((port) => startAppServer(dataDir, port)),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(audioDir, { recursive: true, force: true });
  });

  it('records ~7 s, measures the 2.5 s pause, saves the recording and plays it back', async () => {
    if (!browser || !server) throw new Error('The browser or the server did not start.');
    const { page, pageErrors } = await browser.newPage();
    const practice = new PracticePage(page, server.url);
    await practice.open();
    await practice.practiseOwnQuestion('Tell me about a time you handled a hard deadline.');

    await practice.record(7_000);
    const duration = await practice.deliveryMeasure('duration');
    expect(duration).toBeGreaterThan(7 - 1.5);
    expect(duration).toBeLessThan(7 + 1.5);
    expect(await practice.deliveryMeasure('long-pauses')).toBeGreaterThanOrEqual(1);
    const longest = await practice.deliveryMeasure('longest-pause');
    expect(longest).toBeGreaterThan(2.5 - 0.6);
    expect(longest).toBeLessThan(2.5 + 0.6);

    await practice.done();
    expect(await practice.recordingSource()).toMatch(/^blob:/);
    expect(await practice.recordingPlays()).toBe(true);

    const attempts = await page.evaluate(async () => {
      const token =
        document.querySelector<HTMLMetaElement>('meta[name="roundtwo-api-token"]')?.content ?? '';
      const response = await fetch('/api/v1/practice-attempts', {
        headers: { Authorization: `Bearer ${token}` },
      });
      return (await response.json()) as {
        id: string;
        mode: string;
        durationSeconds: number;
        recordingFile: string | null;
      }[];
    });
    expect(attempts).toHaveLength(1);
    const [attempt] = attempts;
    expect(attempt?.mode).toBe('spoken');
    expect(attempt?.durationSeconds).toBeCloseTo(duration, 1);
    expect(attempt?.recordingFile).toBe(`recordings/${attempt?.id}.webm`);
    expect(await readdir(join(dataDir, 'recordings'))).toEqual([`${attempt?.id}.webm`]);

    await practice.deleteRecording();
    expect(await readdir(join(dataDir, 'recordings'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
