/**
 * A transcript from an OpenAI-compatible speech-to-text server (`POST /v1/audio/transcriptions`):
 * a whisper.cpp server on the candidate's own machine, or any hosted service they configure.
 * The audio goes wherever the URL points, so it is used only when the user sets it.
 */
import { resample } from './resample.js';
import { encodeWav16, type MonoAudio } from './wav.js';

/** Where to send audio for a transcript, as the user configured it. */
export interface TranscriptionEndpoint {
  /** Base URL (`http://127.0.0.1:8080`, with or without `/v1`), or the full transcriptions URL. */
  readonly url: string;
  /** The `model` form field; whisper.cpp ignores it, hosted services need it. */
  readonly model: string;
  /** Sent as `Authorization: Bearer …` when set. */
  readonly apiKey?: string;
}

/** The configuration is wrong, or the endpoint failed; the message says which and how. */
export class TranscriptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranscriptionError';
  }
}

export const DEFAULT_TRANSCRIPTION_MODEL = 'whisper-1';

/** Whisper models, and OpenAI's service, work on 16 kHz mono; sending more only costs upload. */
const ENDPOINT_RATE = 16_000;

/** Generous: a CPU-only whisper.cpp server takes about real time for a two-minute answer. */
const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * The endpoint configured by `ROUNDTWO_TRANSCRIBE_URL`, `ROUNDTWO_TRANSCRIBE_MODEL` (default
 * `whisper-1`) and `ROUNDTWO_TRANSCRIBE_API_KEY`, or undefined when no URL is set.
 * @example transcriptionEndpointFrom({ ROUNDTWO_TRANSCRIBE_URL: 'http://127.0.0.1:8080' })
 */
export function transcriptionEndpointFrom(
  env: Readonly<Record<string, string | undefined>>,
): TranscriptionEndpoint | undefined {
  const url = env.ROUNDTWO_TRANSCRIBE_URL?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TranscriptionError(
      `ROUNDTWO_TRANSCRIBE_URL must be an http:// or https:// URL such as http://127.0.0.1:8080, not "${shownUrl(url)}".`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new TranscriptionError(
      `ROUNDTWO_TRANSCRIBE_URL must be an http:// or https:// URL, not "${shownUrl(url)}".`,
    );
  credentialsIn(parsed);
  const apiKey = env.ROUNDTWO_TRANSCRIBE_API_KEY?.trim();
  return {
    url,
    model: env.ROUNDTWO_TRANSCRIBE_MODEL?.trim() || DEFAULT_TRANSCRIPTION_MODEL,
    ...(apiKey ? { apiKey } : {}),
  };
}

/**
 * A URL as shown to people (in `sendsAudioTo`, at start-up and in messages): without any
 * user:password or fragment, and with every query value replaced by `…`, since gateways take keys
 * there. The request itself still goes to the real URL.
 * @example shownUrl('https://bob:pw@gw.example/v1?key=SECRET') // 'https://gw.example/v1?key=…'
 */
export function shownUrl(raw: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url === undefined || url.host === '') {
    // Not a URL with a host: keep what comes before any query or fragment, minus any `…@`.
    const head = raw.split(/[?#]/, 1)[0] ?? '';
    const hidden = head.replace(/^([a-z][a-z0-9+.-]*:\/*)?[^/]*@/i, '$1');
    return head.length < raw.length ? `${hidden}?…` : hidden;
  }
  const query = [...url.searchParams]
    .map(([key, value]) => (value === '' ? '…' : `${encodeURIComponent(key)}=…`))
    .join('&');
  return `${url.protocol}//${url.host}${url.pathname}${query === '' ? '' : `?${query}`}`;
}

/** The user name and password written in the URL, decoded; a bad % escape is a configuration error. */
function credentialsIn(url: URL): { readonly username: string; readonly password: string } {
  try {
    return {
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    };
  } catch {
    throw new TranscriptionError(
      'ROUNDTWO_TRANSCRIBE_URL has a user name or password with a bad % escape; write a % in it as %25.',
    );
  }
}

/**
 * The URL audio is posted to: `<base>/v1/audio/transcriptions`, whether the base ends in `/v1`
 * or not, and a full transcriptions URL as it is. Any user:password in it is left out (it is sent
 * as the Authorization header); the query string is kept. Show it to people with shownUrl.
 * @example transcriptionsUrl('http://127.0.0.1:8080/v1/') // 'http://127.0.0.1:8080/v1/audio/transcriptions'
 */
export function transcriptionsUrl(base: string): string {
  const url = new URL(base);
  url.username = '';
  url.password = '';
  const path = url.pathname.replace(/\/+$/, '');
  if (path.endsWith('/audio/transcriptions')) url.pathname = path;
  else if (path.endsWith('/v1')) url.pathname = `${path}/audio/transcriptions`;
  else url.pathname = `${path}/v1/audio/transcriptions`;
  return url.toString();
}

/** The Authorization header: the API key, else the user:password written in the URL. */
function authorization(endpoint: TranscriptionEndpoint): Record<string, string> {
  if (endpoint.apiKey) return { Authorization: `Bearer ${endpoint.apiKey}` };
  const { username, password } = credentialsIn(new URL(endpoint.url));
  if (username === '') return {};
  const credentials = `${username}:${password}`;
  return { Authorization: `Basic ${Buffer.from(credentials).toString('base64')}` };
}

/** Why fetch failed, in a word a user can search for (ECONNREFUSED, ENOTFOUND, a timeout). */
function causeOf(error: unknown): string {
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return 'timed out';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/** The secrets a reply might echo back: the API key, the URL's password and its query values. */
function secretsOf(endpoint: TranscriptionEndpoint): string[] {
  const url = new URL(endpoint.url);
  const values = [endpoint.apiKey, url.password, ...url.searchParams.values()];
  return values.filter((value): value is string => value !== undefined && value.length >= 4);
}

/** The start of an error reply, on one line and without the endpoint's secrets, for the message. */
async function replySnippet(response: Response, secrets: readonly string[]): Promise<string> {
  let text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim();
  for (const secret of secrets) text = text.split(secret).join('…');
  if (text === '') return '';
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

/**
 * Sends the audio (as a 16 kHz mono 16-bit WAV) to the endpoint and returns its text. Every
 * failure is a TranscriptionError naming the URL (as shownUrl shows it) and the status or cause.
 * @example (await transcribeWithEndpoint(audio, { url: 'http://127.0.0.1:8080', model: 'whisper-1' })).text
 */
export async function transcribeWithEndpoint(
  audio: MonoAudio,
  endpoint: TranscriptionEndpoint,
  options: { readonly timeoutMs?: number } = {},
): Promise<{ readonly text: string; readonly transcriber: 'openai-compatible' }> {
  const url = transcriptionsUrl(endpoint.url);
  // Messages name the URL as shown to people: no password, no query values.
  const shown = shownUrl(url);
  const headers = authorization(endpoint);
  const wav = encodeWav16(resample(audio, ENDPOINT_RATE));
  const form = new FormData();
  // A copy typed as owning a plain ArrayBuffer, which is what Blob accepts.
  form.append('file', new Blob([wav.slice()], { type: 'audio/wav' }), 'answer.wav');
  form.append('model', endpoint.model);
  form.append('response_format', 'json');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: form,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = causeOf(error);
    throw new TranscriptionError(
      cause === 'timed out'
        ? `The transcription endpoint ${shown} did not answer within ${timeoutMs / 1000} s.`
        : `The transcription endpoint ${shown} could not be reached (${cause}). Check that the server is running, or unset ROUNDTWO_TRANSCRIBE_URL.`,
    );
  }
  if (!response.ok)
    throw new TranscriptionError(
      `The transcription endpoint ${shown} answered ${[response.status, response.statusText].join(' ').trim()}${await replySnippet(response, secretsOf(endpoint))}`,
    );
  const reply: unknown = await response.json().catch(() => undefined);
  const text = (reply as { text?: unknown } | undefined)?.text;
  if (typeof text !== 'string')
    throw new TranscriptionError(
      `The transcription endpoint ${shown} did not answer with a JSON transcription ({"text": "…"}).`,
    );
  return { text: text.replace(/\s+/g, ' ').trim(), transcriber: 'openai-compatible' };
}
