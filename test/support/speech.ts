import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findExecutable } from '../../src/io/audio-convert.js';

/** The programs that make a spoken test answer: Festival's text2wave and sox. */
export const speechTools = ['text2wave', 'sox', 'soxi'] as const;

/** The speech tools this machine lacks; CI installs them (apt festival sox). */
export const missingSpeechTools = (): string[] =>
  speechTools.filter((tool) => findExecutable(tool) === undefined);

/** A synthesized spoken answer with what is known about it. */
export interface SpokenAnswerFile {
  readonly file: string;
  /** The sentences as spoken, for word error rates. */
  readonly text: string;
  /** Seconds of speech, the sentences' own lengths with Festival's edges trimmed. */
  readonly speechSeconds: number;
  readonly durationSeconds: number;
  /** The silences put before, between and after the sentences. */
  readonly silences: readonly number[];
}

/**
 * Speaks each sentence with Festival, trims its edges, puts the given silences before, between
 * and after them (one more silence than sentences), and writes one mono 16-bit WAV at `rate`.
 */
export function synthesizeAnswer(
  dir: string,
  sentences: readonly string[],
  silences: readonly number[],
  rate = 48_000,
): SpokenAnswerFile {
  if (silences.length !== sentences.length + 1)
    throw new Error('give one silence more than sentences: before, between and after');
  const missing = missingSpeechTools();
  if (missing.length > 0)
    throw new Error(`missing ${missing.join(', ')}: apt-get install festival sox`);
  const sh = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: dir, encoding: 'utf8' });
  const speech = sentences.map((sentence, i) => {
    writeFileSync(join(dir, `s${i}.txt`), sentence);
    sh('text2wave', [`s${i}.txt`, '-o', `raw${i}.wav`]);
    // Trim Festival's own leading and trailing silence, so the segment is speech only.
    const trim = ['silence', '1', '0.01', '0.5%', 'reverse'];
    sh('sox', [`raw${i}.wav`, `s${i}.wav`, ...trim, ...trim]);
    return `s${i}.wav`;
  });
  const speechRate = sh('soxi', ['-r', speech[0] ?? '']).trim();
  const gaps = silences.map((seconds, i) => {
    sh('sox', [
      '-n',
      '-r',
      speechRate,
      '-c',
      '1',
      '-b',
      '16',
      `gap${i}.wav`,
      'trim',
      '0',
      `${seconds}`,
    ]);
    return `gap${i}.wav`;
  });
  const parts = gaps.flatMap((gap, i) => (speech[i] ? [gap, speech[i]] : [gap]));
  sh('sox', [...parts, 'answer.wav', 'gain', '-3', 'rate', String(rate)]);
  const seconds = (file: string) => Number(sh('soxi', ['-D', file]));
  return {
    file: join(dir, 'answer.wav'),
    text: sentences.join(' '),
    speechSeconds: speech.reduce((sum, file) => sum + seconds(file), 0),
    durationSeconds: seconds('answer.wav'),
    silences,
  };
}

/** Word error rate: word-level edit distance over the reference length. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const words = (text: string) => text.toLowerCase().match(/[a-z']+/g) ?? [];
  const ref = words(reference);
  const hyp = words(hypothesis);
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  ref.forEach((word, i) => {
    const row = [i + 1];
    hyp.forEach((other, j) =>
      row.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (row[j] ?? 0) + 1,
          (previous[j] ?? 0) + (word === other ? 0 : 1),
        ),
      ),
    );
    previous = row;
  });
  return (previous[hyp.length] ?? 0) / ref.length;
}
