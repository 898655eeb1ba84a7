import { analyseAnswer, type AnswerFindingKind } from '../coach/answer-analysis.js';
import { audioDeliveryFindings, type AudioFinding } from '../coach/audio-delivery.js';
import type { Finding } from '../coach/finding.js';
import { detectVoiceActivity, type TimeSpan } from '../coach/voice-activity.js';
import { AudioReadError, readAudioFile } from '../io/audio-convert.js';
import { transcribeLocally } from '../io/transcribe.js';
import { WavFormatError, type MonoAudio } from '../io/wav.js';
import { ValidationError } from './errors.js';

export interface AudioAnalysisOptions {
  /** Seconds to use for the pace instead of the speaking time measured from the audio. */
  readonly seconds?: number;
  /** Run a local speech recogniser when one is installed (default true). */
  readonly transcribe?: boolean;
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
  readonly transcriber?: string;
  readonly wordsPerMinute?: number;
  /** Delivery findings from the audio, then the answer analysis of the transcript. */
  readonly findings: readonly (AudioFinding | Finding<AnswerFindingKind>)[];
}

/**
 * Analyses a recorded answer: duration, speaking time, pauses and time to the first word from
 * the audio itself; with a local transcriber, the transcript's pace, fillers and STAR findings.
 * @example (await analyzeAudioFile('answer.wav')).pauses.length // 2
 */
export async function analyzeAudioFile(
  file: string,
  options: AudioAnalysisOptions = {},
): Promise<AudioAnalysis> {
  const audio = await readAudio(file);
  const activity = detectVoiceActivity(audio.samples, audio.sampleRate);
  const transcript =
    options.transcribe === false || activity.speakingSeconds === 0
      ? undefined
      : await transcribeLocally(audio);
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
    ...(answer?.wordsPerMinute === undefined ? {} : { wordsPerMinute: answer.wordsPerMinute }),
    findings: [...audioDeliveryFindings(activity), ...(answer?.findings ?? [])],
  };
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
