import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findExecutable } from '../../src/io/audio-convert.js';
import { encodeWav16 } from '../../src/io/wav.js';
import { freshDataDir, roundtwo } from '../support/cli.js';
import { missingSpeechTools, synthesizeAnswer, wordErrorRate } from '../support/speech.js';

interface AudioJson {
  durationSeconds: number;
  speakingSeconds: number;
  pauses: { start: number; end: number }[];
  longestPauseSeconds: number;
  timeToFirstWordSeconds: number | null;
  transcript?: string;
  transcriber?: string;
  wordsPerMinute?: number;
  findings: { kind: string }[];
}

const contractKeys = [
  'durationSeconds',
  'speakingSeconds',
  'pauses',
  'longestPauseSeconds',
  'timeToFirstWordSeconds',
  'findings',
];

function analyzeJson(dir: string, file: string, extra: string[] = []): AudioJson {
  const result = roundtwo(dir, ['analyze', 'audio', '--file', file, '--json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as AudioJson;
}

/** Tone bursts (220 Hz) and silences at 44.1 kHz, in seconds; written without any external tool. */
function writeToneAnswer(file: string, parts: readonly ['tone' | 'silence', number][]): void {
  const rate = 44_100;
  const samples: number[] = [];
  for (const [kind, seconds] of parts)
    for (let i = 0; i < Math.round(seconds * rate); i++)
      samples.push(kind === 'tone' ? 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate) : 0);
  writeFileSync(file, encodeWav16({ samples: Float32Array.from(samples), sampleRate: rate }));
}

describe('roundtwo analyze audio', () => {
  test('measures pauses, speaking time and the start of a synthetic WAV', () => {
    const dir = freshDataDir();
    const file = join(dir, 'tones.wav');
    writeToneAnswer(file, [
      ['silence', 3.5],
      ['tone', 2],
      ['silence', 1.6],
      ['tone', 1.5],
      ['silence', 2.5],
      ['tone', 1],
    ]);
    const analysis = analyzeJson(dir, file, ['--no-transcript']);
    expect(Object.keys(analysis)).toEqual(contractKeys);
    expect(analysis.durationSeconds).toBeCloseTo(12.1, 2);
    expect(analysis.pauses).toHaveLength(2);
    expect(analysis.speakingSeconds).toBeCloseTo(4.5, 1);
    expect(analysis.longestPauseSeconds).toBeCloseTo(2.5, 1);
    expect(analysis.timeToFirstWordSeconds).toBeCloseTo(3.5, 1);
    expect(analysis.findings.map((finding) => finding.kind)).toEqual(['long_pauses', 'slow_start']);
  });

  test('prints a readable report by default', () => {
    const dir = freshDataDir();
    const file = join(dir, 'tones.wav');
    writeToneAnswer(file, [
      ['tone', 1],
      ['silence', 0.5],
      ['tone', 1],
    ]);
    const result = roundtwo(dir, ['analyze', 'audio', '--file', file, '--no-transcript']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pauses of 0.3 s or more: 1');
    expect(result.stdout).toContain('No findings.');
  });

  test.skipIf(findExecutable('ffmpeg') !== undefined)(
    'without ffmpeg, refuses a file that is not WAV with advice',
    () => {
      const dir = freshDataDir();
      const file = join(dir, 'answer.mp3');
      writeFileSync(file, 'ID3 not really audio');
      const result = roundtwo(dir, ['analyze', 'audio', '--file', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/only WAV can be read without ffmpeg; install ffmpeg/);
    },
  );
});

const missing = missingSpeechTools();

// Speech synthesised with Festival, known silences put between with sox, resampled to 48 kHz.
describe.skipIf(missing.length > 0 && !process.env.CI)('roundtwo analyze audio on speech', () => {
  const sentences = [
    'Our support queue was growing every week and customers waited days for an answer',
    'I rewrote the triage rules and trained the team on them',
    'The backlog fell from four hundred to one hundred and twenty tickets in a month',
  ];
  const silences = [0.8, 1.6, 2.5, 0.6]; // before, between, between, after

  test('counts the pauses of 1.5 s or more exactly and the speaking time within 10%', () => {
    const dir = freshDataDir();
    const spoken = synthesizeAnswer(dir, sentences, silences);
    const known = spoken.speechSeconds;

    const analysis = analyzeJson(dir, join(dir, 'answer.wav'));
    const error = (analysis.speakingSeconds - known) / known;
    const long = analysis.pauses.filter((pause) => pause.end - pause.start >= 1.5);
    console.log(
      `speech WAV: known speech ${known.toFixed(3)} s, detected ${analysis.speakingSeconds} s ` +
        `(${(error * 100).toFixed(1)}%); pauses ≥ 1.5 s: ${long.length} of 2; ` +
        `all pauses: ${JSON.stringify(analysis.pauses)}; first word ${analysis.timeToFirstWordSeconds} s`,
    );
    expect(long).toHaveLength(2);
    expect(Math.abs(error)).toBeLessThan(0.1);
    expect(analysis.timeToFirstWordSeconds).toBeCloseTo(silences[0]!, 1);
    if (analysis.transcript !== undefined) {
      const wer = wordErrorRate(spoken.text, analysis.transcript);
      console.log(
        `${analysis.transcriber} transcript: "${analysis.transcript}" — WER ${(wer * 100).toFixed(0)}%`,
      );
      expect(analysis.transcriber).toBe('pocketsphinx');
    }
  });
});
