/**
 * A transcript of a spoken answer from the engine the user has: a configured OpenAI-compatible
 * endpoint (see transcribe-endpoint.ts), else a local speech recogniser when one is installed:
 * CMU PocketSphinx (Debian's `pocketsphinx` and `pocketsphinx-en-us`, whose binary is
 * `pocketsphinx_continuous`). PocketSphinx is rough, but it never sends the voice anywhere.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable } from './audio-convert.js';
import { resample } from './resample.js';
import {
  shownUrl,
  TranscriptionError,
  transcribeWithEndpoint,
  transcriptionsUrl,
  type TranscriptionEndpoint,
} from './transcribe-endpoint.js';
import { encodeWav16, type MonoAudio } from './wav.js';

export { TranscriptionError } from './transcribe-endpoint.js';

const run = promisify(execFile);

/** The engines a transcript can come from. */
export type TranscriberName = 'pocketsphinx' | 'openai-compatible';

export interface Transcript {
  readonly text: string;
  readonly transcriber: TranscriberName;
}

/** Which engines may be used: the doors build it from the environment (`ROUNDTWO_TRANSCRIBE_*`). */
export interface TranscriberConfig {
  /** An OpenAI-compatible endpoint; when set it is always used, as the user chose it. */
  readonly endpoint?: TranscriptionEndpoint;
  /** The PATH searched for pocketsphinx (default: the process's); '' finds none. */
  readonly path?: string;
}

/** The engine that would transcribe, and where the audio would go (null: nowhere; no secrets). */
export interface TranscriberInfo {
  readonly transcriber: TranscriberName;
  readonly sendsAudioTo: string | null;
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
    }).catch((error: unknown) => {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      throw new TranscriptionError(
        `pocketsphinx could not transcribe the recording: ${stderr || (error as Error).message}`,
      );
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

/**
 * The engine `transcribe` would use, without running it: so a page can say where the audio goes
 * before the user sends it.
 * @example describeTranscriber({ endpoint }) // { transcriber: 'openai-compatible', sendsAudioTo: 'http://127.0.0.1:8080/v1/audio/transcriptions' }
 */
export function describeTranscriber(config: TranscriberConfig = {}): TranscriberInfo | undefined {
  if (config.endpoint !== undefined)
    return {
      transcriber: 'openai-compatible',
      // As shown to people: without a password or the values of a query (`?key=…`).
      sendsAudioTo: shownUrl(transcriptionsUrl(config.endpoint.url)),
    };
  if (findExecutable('pocketsphinx_continuous', config.path ?? process.env.PATH) !== undefined)
    return { transcriber: 'pocketsphinx', sendsAudioTo: null };
  return undefined;
}

/**
 * Transcribes with the configured endpoint when there is one, else with pocketsphinx when it is
 * installed; undefined when there is no engine. An engine that fails throws a TranscriptionError.
 * @example (await transcribe(audio, { path: process.env.PATH }))?.transcriber // 'pocketsphinx'
 */
export async function transcribe(
  audio: MonoAudio,
  config: TranscriberConfig = {},
): Promise<Transcript | undefined> {
  if (config.endpoint !== undefined) return transcribeWithEndpoint(audio, config.endpoint);
  return transcribeLocally(audio, config.path);
}
