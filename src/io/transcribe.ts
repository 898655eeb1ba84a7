/**
 * A transcript from a local speech recogniser, when one is installed: CMU PocketSphinx (Debian's
 * `pocketsphinx` and `pocketsphinx-en-us`, whose binary is `pocketsphinx_continuous`). Rough, but
 * it never sends the candidate's voice anywhere.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable } from './audio-convert.js';
import { resample } from './resample.js';
import { encodeWav16, type MonoAudio } from './wav.js';

const run = promisify(execFile);

export interface Transcript {
  readonly text: string;
  readonly transcriber: 'pocketsphinx';
}

/** The acoustic model of pocketsphinx-en-us works on 16 kHz mono 16-bit audio. */
const POCKETSPHINX_RATE = 16_000;

/**
 * Transcribes the audio with a local engine, or returns undefined when none is installed.
 * @example (await transcribeLocally(audio))?.text // 'i rewrote the triage rules'
 */
export async function transcribeLocally(
  audio: MonoAudio,
  path: string | undefined = process.env.PATH,
): Promise<Transcript | undefined> {
  const pocketsphinx = findExecutable('pocketsphinx_continuous', path);
  if (pocketsphinx === undefined) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'roundtwo-transcribe-'));
  try {
    const file = join(dir, 'answer.wav');
    writeFileSync(file, encodeWav16(resample(audio, POCKETSPHINX_RATE)));
    const { stdout } = await run(pocketsphinx, ['-infile', file, '-logfn', '/dev/null'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // One line of text per utterance it found.
    const text = stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
    return { text, transcriber: 'pocketsphinx' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
