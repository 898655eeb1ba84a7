import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  missingSpeechTools,
  synthesizeAnswer,
  wordErrorRate,
  type SpokenAnswerFile,
} from '../support/speech.js';
import { seriousAccessibilityViolations } from './support/axe.js';
import { PracticePage } from './pages/practice-page.js';
import { appInBrowser } from './support/app-in-browser.js';
import { pageApi } from './support/page-api.js';

// Two sentences of a STAR answer, with a 2.5 s pause between them as a candidate thinking.
const sentences = [
  'Last year our support queue grew every week and I was asked to fix it',
  'I rewrote the triage rules and the backlog fell by half in one month',
];
const silences = [0.5, 2.5, 0.5];

interface SavedAttempt {
  id: string;
  question: string;
  mode: string;
  durationSeconds: number;
  recordingFile: string | null;
  transcript: string;
  transcriber: string | null;
  analysis: { words: number; findings: string[]; star: Record<string, boolean> } | null;
  delivery: { pauses: number; longestPauseSeconds: number; longPauses: number } | null;
}

// Issue 6: a spoken mock interview for round 2's panel, through Chromium's fake microphone fed a
// WAV synthesized with Festival and sox (known speech, known silences).
describe.skipIf(missingSpeechTools().length > 0 && !process.env.CI)('spoken mock interview', () => {
  let audioDir = '';
  let spoken: SpokenAnswerFile;

  beforeAll(async () => {
    audioDir = await mkdtemp(join(tmpdir(), 'roundtwo-fake-mic-'));
    spoken = synthesizeAnswer(audioDir, sentences, silences);
  });

  afterAll(async () => {
    await rm(audioDir, { recursive: true, force: true });
  });

  // Registered after the hooks above: it launches once the WAV exists, and closes before it goes.
  const app = appInBrowser('spoken', () => ({
    extraArgs: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${spoken.file}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  }));

  it('practises the panel aloud: pauses measured, transcribed on this computer, findings, redo, progress', async () => {
    const { page, pageErrors } = await app.browser.newPage();
    const practice = new PracticePage(page, app.server.url);
    await practice.open();
    const api = pageApi(page);
    const example = await api<{ role: string; company: string }>('POST', '/workspace/example');
    await practice.open();

    const planned = await practice.startPanelInterview(`${example.role} at ${example.company}`);
    expect(planned.length).toBeGreaterThanOrEqual(4);
    const first = await practice.currentQuestion();
    expect(planned[0]).toContain(first.question);

    // Record a little over one pass of the file (Chromium loops it).
    const recordMs = Math.round((spoken.durationSeconds + 0.4) * 1000);
    await practice.record(recordMs);
    const duration = await practice.deliveryMeasure('duration');
    const longest = await practice.deliveryMeasure('longest-pause');
    const speaking = await practice.deliveryMeasure('speaking');
    console.log(
      `browser recording: file ${spoken.durationSeconds.toFixed(2)} s (speech ${spoken.speechSeconds.toFixed(2)} s), ` +
        `recorded ${duration} s for ${recordMs} ms; longest pause ${longest} s (known 2.5 s); speaking ${speaking} s`,
    );
    expect(Math.abs(duration - recordMs / 1000)).toBeLessThan(1.5);
    expect(await practice.deliveryMeasure('long-pauses')).toBeGreaterThanOrEqual(1);
    expect(Math.abs(longest - 2.5)).toBeLessThan(0.5);

    const transcript = await practice.transcribe();
    const wer = wordErrorRate(spoken.text, transcript);
    console.log(
      `pocketsphinx through the browser: "${transcript}" — WER ${(wer * 100).toFixed(0)}%`,
    );
    expect(transcript.split(/\s+/).length).toBeGreaterThanOrEqual(8);
    await practice.rate(2);
    await practice.done();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    let attempts = await api<SavedAttempt[]>('GET', '/practice-attempts');
    expect(attempts).toHaveLength(1);
    const [saved] = attempts;
    expect(saved?.mode).toBe('spoken');
    expect(saved?.question).toBe(first.question);
    expect(saved?.durationSeconds).toBeCloseTo(duration, 1);
    expect(saved?.transcriber).toBe('pocketsphinx');
    expect(saved?.transcript).toBe(transcript);
    expect(saved?.analysis?.words).toBe(transcript.trim().split(/\s+/).length);
    expect(saved?.delivery?.longPauses).toBeGreaterThanOrEqual(1);
    expect(Math.abs((saved?.delivery?.longestPauseSeconds ?? 0) - 2.5)).toBeLessThan(0.5);
    expect(await readdir(join(app.dataDir, 'recordings'))).toEqual([`${saved?.id}.webm`]);
    expect(await practice.recordingPlays()).toBe(true);

    // Redo the same question typed, fuller and rated higher: the comparison says what moved.
    await practice.redo();
    await practice.rate(4);
    await practice.answer(
      'Last spring our support queue grew every week. I was asked to cut the wait within a quarter. ' +
        'I rewrote the triage rules, trained the team on them and added a daily review. ' +
        'The backlog fell from four hundred tickets to one hundred and twenty in a month.',
    );
    const comparison = await practice.comparison();
    expect(comparison['STAR parts']).toBe('better');
    expect(await practice.attemptCount()).toBe(2);

    await practice.nextQuestion();
    const second = await practice.currentQuestion();
    expect(second.question).not.toBe(first.question);
    await practice.endInterview();

    // Overall progress: a chart per measure, drawn by the charting library.
    const measures = await practice.chartedMeasures('Your progress across every question');
    expect(measures).toEqual(
      expect.arrayContaining(['wordsPerMinute', 'starParts', 'seconds', 'selfRating']),
    );
    const changes = await practice.progressChanges('Your progress across every question');
    expect(changes.selfRating).toBe('better');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    attempts = await api<SavedAttempt[]>('GET', '/practice-attempts');
    expect(attempts).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
