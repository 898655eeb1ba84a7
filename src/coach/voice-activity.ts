/**
 * Energy-based voice activity: where a recording has speech, and the pauses between. Pure and
 * browser-safe (no Node APIs): the web app's recorder and `roundtwo analyze audio` run this one
 * implementation.
 */
import { audioDeliveryThresholds, voiceActivitySettings } from '../content/voice-activity.js';

/** A stretch of a recording, in seconds from its start. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export interface VoiceActivityOptions {
  /** Overrides of the detector's settings (see `src/content/voice-activity.ts`). */
  readonly settings?: Partial<typeof voiceActivitySettings>;
  /** Return each frame's level and decision, for charts and debugging. */
  readonly includeFrames?: boolean;
}

export interface VoiceFrame {
  readonly start: number;
  readonly dbfs: number;
  readonly voiced: boolean;
}

export interface VoiceActivity {
  readonly durationSeconds: number;
  /** First to last voiced moment, less the pauses. */
  readonly speakingSeconds: number;
  /** Silences of `pauseSeconds` (0.3 s) or more between voiced stretches. */
  readonly pauses: TimeSpan[];
  readonly longestPauseSeconds: number;
  /** Pauses longer than the long-pause threshold (2 s). */
  readonly longPauses: number;
  /** When the first voiced stretch starts; null when no speech was found. */
  readonly timeToFirstWordSeconds: number | null;
  /** The stretches of speech, after bridging syllable gaps. */
  readonly voiced: TimeSpan[];
  /** The level a frame had to exceed to count as voiced. */
  readonly thresholdDbfs: number;
  readonly frames?: VoiceFrame[];
}

/** Level of one frame in dB relative to full scale; digital silence is −Infinity. */
function frameDbfs(samples: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const sample = samples[i] ?? 0;
    sum += sample * sample;
  }
  const rms = Math.sqrt(sum / Math.max(1, to - from));
  return 20 * Math.log10(rms);
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return -Infinity;
  const index = Math.min(sorted.length - 1, Math.floor(fraction * sorted.length));
  return sorted[index] ?? -Infinity;
}

/** Runs of consecutive voiced frames, as frame index ranges [start, end). */
function voicedRuns(voiced: readonly boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  voiced.forEach((isVoiced, index) => {
    if (isVoiced && start < 0) start = index;
    if (!isVoiced && start >= 0) {
      runs.push({ start, end: index });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ start, end: voiced.length });
  return runs;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/**
 * Finds speech and pauses in a mono recording by frame energy against a threshold adapted to
 * its noise floor, with a hangover that keeps syllable gaps from splitting words.
 * @example detectVoiceActivity(samples, 48000).pauses // [{ start: 2.01, end: 3.62 }, …]
 */
export function detectVoiceActivity(
  samples: Float32Array,
  sampleRate: number,
  options: VoiceActivityOptions = {},
): VoiceActivity {
  const settings = { ...voiceActivitySettings, ...options.settings };
  const frameLength = Math.max(1, Math.round(settings.frameSeconds * sampleRate));
  const frameSeconds = frameLength / sampleRate;
  const durationSeconds = samples.length / sampleRate;

  const levels: number[] = [];
  for (let from = 0; from < samples.length; from += frameLength)
    levels.push(frameDbfs(samples, from, Math.min(samples.length, from + frameLength)));

  const sorted = [...levels].sort((a, b) => a - b);
  const noiseFloor = percentile(sorted, settings.noisePercentile);
  const loud = percentile(sorted, settings.loudPercentile);
  // With almost no silence the floor is itself soft speech: keep the threshold below the loud
  // end. When loud and floor are close there is nothing but noise, and nothing passes.
  const hasRange = loud - noiseFloor >= settings.minimumDynamicRangeDb;
  const thresholdDbfs = Math.max(
    settings.absoluteFloorDbfs,
    hasRange
      ? Math.min(noiseFloor + settings.marginDb, loud - settings.minimumDynamicRangeDb)
      : noiseFloor + settings.marginDb,
  );
  const voicedFrames = levels.map((level) => level > thresholdDbfs);

  // Bridge short gaps first (the hangover), then drop what is still too short to be a word.
  const hangoverFrames = Math.round(settings.hangoverSeconds / frameSeconds);
  const bridged: { start: number; end: number }[] = [];
  for (const run of voicedRuns(voicedFrames)) {
    const last = bridged.at(-1);
    if (last !== undefined && run.start - last.end <= hangoverFrames) last.end = run.end;
    else bridged.push({ ...run });
  }
  const minimumFrames = Math.round(settings.minimumVoicedSeconds / frameSeconds);
  const voiced: TimeSpan[] = bridged
    .filter((run) => run.end - run.start >= minimumFrames)
    .map((run) => ({
      start: round(run.start * frameSeconds),
      end: round(Math.min(durationSeconds, run.end * frameSeconds)),
    }));

  const pauses: TimeSpan[] = [];
  for (let i = 1; i < voiced.length; i++) {
    const start = voiced[i - 1]?.end ?? 0;
    const end = voiced[i]?.start ?? 0;
    // Compare in whole frames: rounding must not turn a 0.3 s silence into 0.2999 s.
    if (end - start >= settings.pauseSeconds - frameSeconds / 2) pauses.push({ start, end });
  }
  const pauseLengths = pauses.map((pause) => pause.end - pause.start);
  const first = voiced[0];
  const last = voiced.at(-1);
  const speakingSeconds =
    first === undefined || last === undefined
      ? 0
      : last.end - first.start - pauseLengths.reduce((sum, length) => sum + length, 0);

  return {
    durationSeconds: round(durationSeconds),
    speakingSeconds: round(speakingSeconds),
    pauses,
    longestPauseSeconds: round(Math.max(0, ...pauseLengths)),
    longPauses: pauseLengths.filter(
      (length) => length > audioDeliveryThresholds.longPauseSeconds.value,
    ).length,
    timeToFirstWordSeconds: first === undefined ? null : first.start,
    voiced,
    thresholdDbfs: round(thresholdDbfs),
    ...(options.includeFrames
      ? {
          frames: levels.map((dbfs, index) => ({
            start: round(index * frameSeconds),
            dbfs,
            voiced: voicedFrames[index] ?? false,
          })),
        }
      : {}),
  };
}
