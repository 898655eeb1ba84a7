import { analyseAnswer, type AnswerFindingKind } from '../coach/answer-analysis.js';
import { audioDeliveryFindings, type AudioFinding } from '../coach/audio-delivery.js';
import type { Finding } from '../coach/finding.js';
import { detectVoiceActivity, type TimeSpan } from '../coach/voice-activity.js';
import { AudioReadError, readAudioFile } from '../io/audio-convert.js';
import {
  transcribe,
  TranscriptionError,
  type Transcript,
  type TranscriberConfig,
  type TranscriberName,
} from '../io/transcribe.js';
import { WavFormatError, type MonoAudio } from '../io/wav.js';
import { ValidationError } from './errors.js';

export interface AudioAnalysisOptions {
  /** Seconds to use for the pace instead of the speaking time measured from the audio. */
  readonly seconds?: number;
  /** Transcribe when an engine is available (default true). */
  readonly transcribe?: boolean;
  /** Which engines may transcribe (default: pocketsphinx on the process's PATH, no endpoint). */
  readonly transcriber?: TranscriberConfig;
}

/** The `roundtwo analyze audio --json` contract. */
export interface AudioAnalysis {
  readonly durationSeconds: number;
  readonly speakingSeconds: number;
  readonly pauses: readonly TimeSpan[];
  readonly longestPauseSeconds: number;
  /** Null when no speech was found. */
  readonly timeToFirstWordSeconds: number | null;
  readonly transcript?: string;
  readonly transcriber?: TranscriberName;
  /** Why there is no transcript although an engine was configured (the endpoint failed, say). */
  readonly transcriptError?: string;
  readonly wordsPerMinute?: number;
  /** Delivery findings from the audio, then the answer analysis of the transcript. */
  readonly findings: readonly (AudioFinding | Finding<AnswerFindingKind>)[];
}

/**
 * Analyses a recorded answer: duration, speaking time, pauses and time to the first word from
 * the audio itself; with a transcriber, the transcript's pace, fillers and STAR findings. A
 * transcriber that fails leaves the delivery measures standing and says why in `transcriptError`.
 * @example (await analyzeAudioFile('answer.wav')).pauses.length // 2
 */
export async function analyzeAudioFile(
  file: string,
  options: AudioAnalysisOptions = {},
): Promise<AudioAnalysis> {
  const audio = await readAudio(file);
  const activity = detectVoiceActivity(audio.samples, audio.sampleRate);
  const { transcript, transcriptError } =
    options.transcribe === false || activity.speakingSeconds === 0
      ? {}
      : await transcribeAnswer(audio, options.transcriber);
  const answer =
    transcript === undefined || transcript.text === ''
      ? undefined
      : analyseAnswer(transcript.text, { seconds: options.seconds ?? activity.speakingSeconds });
  return {
    durationSeconds: activity.durationSeconds,
    speakingSeconds: activity.speakingSeconds,
    pauses: activity.pauses,
    longestPauseSeconds: activity.longestPauseSeconds,
    timeToFirstWordSeconds: activity.timeToFirstWordSeconds,
    ...(transcript === undefined
      ? {}
      : { transcript: transcript.text, transcriber: transcript.transcriber }),
    ...(transcriptError === undefined ? {} : { transcriptError }),
    ...(answer?.wordsPerMinute === undefined ? {} : { wordsPerMinute: answer.wordsPerMinute }),
    findings: [...audioDeliveryFindings(activity), ...(answer?.findings ?? [])],
  };
}

async function transcribeAnswer(
  audio: MonoAudio,
  config: TranscriberConfig | undefined,
): Promise<{ transcript?: Transcript; transcriptError?: string }> {
  try {
    const transcript = await transcribe(audio, config);
    return transcript === undefined ? {} : { transcript };
  } catch (error) {
    if (error instanceof TranscriptionError) return { transcriptError: error.message };
    throw error;
  }
}

/** Reads the recording; a file that is not audio we can read is the caller's input error. */
async function readAudio(file: string): Promise<MonoAudio> {
  try {
    return await readAudioFile(file);
  } catch (error) {
    if (error instanceof AudioReadError || error instanceof WavFormatError)
      throw new ValidationError(error.message, [{ field: 'file', message: error.message }]);
    throw error;
  }
}
