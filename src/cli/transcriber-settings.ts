import { TranscriptionError, transcriptionEndpointFrom } from '../io/transcribe-endpoint.js';
import type { TranscriberConfig } from '../io/transcribe.js';
import { UsageError } from './output.js';

/**
 * The transcription engines the environment allows: `ROUNDTWO_TRANSCRIBE_URL` (with
 * `ROUNDTWO_TRANSCRIBE_MODEL` and `ROUNDTWO_TRANSCRIBE_API_KEY`) for an OpenAI-compatible
 * endpoint, and pocketsphinx on `PATH`. A malformed URL is a usage error.
 */
export function transcriberSettingsFrom(env: NodeJS.ProcessEnv): TranscriberConfig {
  try {
    const endpoint = transcriptionEndpointFrom(env);
    return { ...(endpoint === undefined ? {} : { endpoint }), path: env.PATH ?? '' };
  } catch (error) {
    if (error instanceof TranscriptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** The environment lines of `--help` for the commands that transcribe. */
export const transcriberHelp = `
Transcription: when ROUNDTWO_TRANSCRIBE_URL is set (an OpenAI-compatible server such as
whisper.cpp's, e.g. http://127.0.0.1:8080), the audio is sent to <URL>/v1/audio/transcriptions
with ROUNDTWO_TRANSCRIBE_MODEL (default whisper-1) and ROUNDTWO_TRANSCRIBE_API_KEY as a Bearer
token if set. Otherwise pocketsphinx transcribes offline when installed
(apt install pocketsphinx pocketsphinx-en-us); otherwise there is no transcript.`;
