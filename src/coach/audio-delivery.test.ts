import { describe, expect, test } from 'vitest';
import { audioDeliveryFindings } from './audio-delivery.js';
import type { VoiceActivity } from './voice-activity.js';

const anActivity = (overrides: Partial<VoiceActivity> = {}): VoiceActivity => ({
  durationSeconds: 30,
  speakingSeconds: 25,
  pauses: [{ start: 10, end: 10.5 }],
  longestPauseSeconds: 0.5,
  longPauses: 0,
  timeToFirstWordSeconds: 1,
  voiced: [],
  thresholdDbfs: -50,
  ...overrides,
});

describe('audioDeliveryFindings', () => {
  test('finds nothing in a fluent answer that starts promptly', () => {
    expect(audioDeliveryFindings(anActivity())).toEqual([]);
  });

  test('points at each pause longer than 2 s', () => {
    const pauses = [
      { start: 5, end: 7.5 },
      { start: 9, end: 10 },
    ];
    const [finding] = audioDeliveryFindings(anActivity({ pauses, longestPauseSeconds: 2.5 }));
    expect(finding?.kind).toBe('long_pauses');
    expect(finding?.at).toEqual([{ start: 5, end: 7.5 }]);
  });

  test('flags a first word after more than 3 s as a slow start', () => {
    const findings = audioDeliveryFindings(anActivity({ timeToFirstWordSeconds: 4.2 }));
    expect(findings.map((finding) => finding.kind)).toEqual(['slow_start']);
  });

  test('says when there is no speech at all', () => {
    const findings = audioDeliveryFindings(anActivity({ timeToFirstWordSeconds: null }));
    expect(findings.map((finding) => finding.kind)).toEqual(['no_speech']);
  });
});
