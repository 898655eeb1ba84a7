/**
 * Reads any audio file into mono samples: WAV directly, other formats through `ffmpeg` when it is
 * installed.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { decodeWav, isWav, type MonoAudio } from './wav.js';

const run = promisify(execFile);

/** The file cannot be read as audio, or a needed converter is missing. */
export class AudioReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AudioReadError';
  }
}

/** The full path of an executable on PATH, or undefined. */
export function findExecutable(
  name: string,
  path: string | undefined = process.env.PATH,
): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next directory
    }
  }
  return undefined;
}

/** Converts any format ffmpeg knows into 16-bit mono WAV bytes at the source's sample rate. */
async function convertWithFfmpeg(ffmpeg: string, file: string): Promise<Uint8Array> {
  try {
    const { stdout } = await run(
      ffmpeg,
      ['-nostdin', '-v', 'error', '-i', file, '-ac', '1', '-c:a', 'pcm_s16le', '-f', 'wav', '-'],
      { encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new AudioReadError(`ffmpeg could not read ${file}: ${stderr || String(error)}`);
  }
}

/**
 * Reads an audio file as mono samples. WAV is decoded here; anything else goes through ffmpeg.
 * @example (await readAudioFile('answer.webm')).sampleRate // 48000
 */
export async function readAudioFile(file: string): Promise<MonoAudio> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AudioReadError(`cannot read ${file}: ${code}`);
  }
  if (isWav(bytes)) return decodeWav(bytes);
  const ffmpeg = findExecutable('ffmpeg');
  if (ffmpeg === undefined)
    throw new AudioReadError(
      `${file} is not a WAV file, and only WAV can be read without ffmpeg; install ffmpeg or convert the file to WAV.`,
    );
  return decodeWav(await convertWithFfmpeg(ffmpeg, file));
}
