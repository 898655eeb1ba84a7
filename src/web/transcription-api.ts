import { request } from './api.js';

/** The engines the server can transcribe with. */
export type TranscriberName = 'pocketsphinx' | 'openai-compatible';

/** `GET /transcriber`: the engine a transcription would use, and where the audio would go. */
export interface TranscriberInfo {
  /** Null when the server has none. */
  readonly transcriber: TranscriberName | null;
  /** The URL the audio is posted to; null when it stays on the computer running Round Two. */
  readonly sendsAudioTo: string | null;
}

/** `POST /transcriptions`: what was heard, and by which engine. */
export interface Transcription {
  readonly transcript: string;
  readonly transcriber: TranscriberName;
}

/** Which transcriber the server has, without sending any audio. Throws an ApiProblem on failure. */
export function transcriberInfo(): Promise<TranscriberInfo> {
  return request('GET', '/transcriber');
}

/**
 * Transcribes a WAV recording on the server (pocketsphinx or the configured endpoint). Throws an
 * ApiProblem on failure: 503 when there is no transcriber, 502 when it failed.
 */
export function transcribeWav(wav: Blob): Promise<Transcription> {
  return request('POST', '/transcriptions', wav);
}
