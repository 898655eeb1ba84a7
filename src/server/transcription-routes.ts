import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  describeTranscriber,
  transcribe,
  TranscriptionError,
  type TranscriberConfig,
} from '../io/transcribe.js';
import { decodeWav, WavFormatError, type MonoAudio } from '../io/wav.js';
import { HttpProblem } from './problem.js';

/** Largest WAV accepted for a transcript, in bytes: about 13 minutes at 16 kHz mono 16-bit. */
export const maxTranscriptionBytes = 25 * 1024 * 1024;

const wavTypes = new Set(['audio/wav', 'audio/x-wav', 'audio/wave']);

const tooLarge = () => {
  throw new HttpProblem(
    413,
    'payload-too-large',
    'Request body too large',
    `Audio to transcribe may be at most ${maxTranscriptionBytes} bytes.`,
  );
};

const noTranscriber = () =>
  new HttpProblem(
    503,
    'no-transcriber',
    'No transcriber',
    'No speech recogniser is available on the server. For a rough offline one install pocketsphinx ' +
      '(apt install pocketsphinx pocketsphinx-en-us); or set ROUNDTWO_TRANSCRIBE_URL to an ' +
      'OpenAI-compatible server such as whisper.cpp’s, then restart `roundtwo serve`.',
  );

function decodeAnswer(bytes: Uint8Array): MonoAudio {
  if (bytes.byteLength === 0)
    throw new HttpProblem(400, 'invalid-audio', 'Invalid audio', 'The body has no audio.');
  try {
    return decodeWav(bytes);
  } catch (error) {
    if (error instanceof WavFormatError)
      throw new HttpProblem(
        400,
        'invalid-audio',
        'Invalid audio',
        `The body is not a WAV file this server can read: ${error.message}`,
      );
    throw error;
  }
}

/**
 * Transcripts of spoken answers: `GET /transcriber` says which engine would run and where the
 * audio would go; `POST /transcriptions` (an `audio/wav` body) answers `{ transcript, transcriber }`.
 */
export function transcriptionRoutes(config: TranscriberConfig): Hono {
  const routes = new Hono();

  routes.get('/transcriber', (c) => {
    const info = describeTranscriber(config);
    return c.json({
      transcriber: info?.transcriber ?? null,
      sendsAudioTo: info?.sendsAudioTo ?? null,
    });
  });

  routes.post(
    '/transcriptions',
    bodyLimit({ maxSize: maxTranscriptionBytes, onError: tooLarge }),
    async (c) => {
      const contentType = c.req.header('content-type') ?? '';
      const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!wavTypes.has(mediaType))
        throw new HttpProblem(
          415,
          'unsupported-media-type',
          'Unsupported media type',
          `Send the audio to transcribe as "audio/wav" (got "${contentType || 'none'}").`,
        );
      const audio = decodeAnswer(new Uint8Array(await c.req.arrayBuffer()));
      let transcript;
      try {
        transcript = await transcribe(audio, config);
      } catch (error) {
        if (error instanceof TranscriptionError)
          throw new HttpProblem(502, 'transcriber-failed', 'The transcriber failed', error.message);
        throw error;
      }
      if (transcript === undefined) throw noTranscriber();
      return c.json({ transcript: transcript.text, transcriber: transcript.transcriber });
    },
  );
  return routes;
}
