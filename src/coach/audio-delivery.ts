/** Findings on delivery that come from the audio itself: long pauses and a slow start. */
import { audioDeliveryThresholds as limits } from '../content/voice-activity.js';
import type { Severity, ThresholdUsed } from './finding.js';
import type { TimeSpan, VoiceActivity } from './voice-activity.js';

export type AudioFindingKind = 'long_pauses' | 'slow_start' | 'no_speech';

/** A finding located in time (seconds into the recording) rather than in a text. */
export interface AudioFinding {
  readonly kind: AudioFindingKind;
  readonly severity: Severity;
  readonly message: string;
  readonly advice: string;
  /** The moments it rests on. */
  readonly at: readonly TimeSpan[];
  readonly threshold?: ThresholdUsed;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;

/**
 * The coach's findings on a recording's pauses and start.
 * @example audioDeliveryFindings(detectVoiceActivity(samples, rate))[0]?.kind // 'long_pauses'
 */
export function audioDeliveryFindings(activity: VoiceActivity): AudioFinding[] {
  const findings: AudioFinding[] = [];
  if (activity.timeToFirstWordSeconds === null)
    return [
      {
        kind: 'no_speech',
        severity: 'problem',
        message: 'No speech was found in the recording.',
        advice: 'Check that the right microphone is selected and not muted, then record again.',
        at: [{ start: 0, end: activity.durationSeconds }],
      },
    ];
  const long = activity.pauses.filter(
    (pause) => pause.end - pause.start > limits.longPauseSeconds.value,
  );
  if (long.length > 0)
    findings.push({
      kind: 'long_pauses',
      severity: long.length > 2 ? 'problem' : 'warn',
      message: `${long.length} pause${long.length === 1 ? '' : 's'} longer than ${seconds(limits.longPauseSeconds.value)} (longest ${seconds(activity.longestPauseSeconds)}).`,
      advice:
        'Long silences mid-answer sound like a lost thread. Outline the answer first (situation, task, action, result) so the next part is ready, or bridge with "the key step was…".',
      at: long,
      threshold: { name: 'longPauseSeconds', ...limits.longPauseSeconds },
    });
  if (activity.timeToFirstWordSeconds > limits.slowStartSeconds.value)
    findings.push({
      kind: 'slow_start',
      severity: 'warn',
      message: `The first word came after ${seconds(activity.timeToFirstWordSeconds)}.`,
      advice:
        'Start within a few seconds; if you need time, say so ("Let me think of the best example") rather than staying silent.',
      at: [{ start: 0, end: activity.timeToFirstWordSeconds }],
      threshold: { name: 'slowStartSeconds', ...limits.slowStartSeconds },
    });
  return findings;
}
