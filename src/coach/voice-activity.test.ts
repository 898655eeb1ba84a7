import { describe, expect, test } from 'vitest';
import { detectVoiceActivity } from './voice-activity.js';

const rate = 16_000;

/** A recording built from parts: `tone` seconds of a 220 Hz tone at `dbfs`, or silence. */
type Part = { silence: number } | { tone: number; dbfs?: number };

function aRecording(parts: readonly Part[], noiseDbfs?: number): Float32Array {
  const total = parts.reduce((sum, part) => sum + ('tone' in part ? part.tone : part.silence), 0);
  const samples = new Float32Array(Math.round(total * rate));
  let at = 0;
  for (const part of parts) {
    const length = Math.round(('tone' in part ? part.tone : part.silence) * rate);
    if ('tone' in part) {
      // A sine's RMS is its amplitude / √2.
      const amplitude = Math.SQRT2 * 10 ** ((part.dbfs ?? -20) / 20);
      for (let i = 0; i < length; i++)
        samples[at + i] = amplitude * Math.sin((2 * Math.PI * 220 * i) / rate);
    }
    at += length;
  }
  if (noiseDbfs !== undefined) {
    // Deterministic uniform noise (a linear congruential generator); uniform on ±a has RMS a/√3.
    const amplitude = Math.sqrt(3) * 10 ** (noiseDbfs / 20);
    let state = 12345;
    for (let i = 0; i < samples.length; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      samples[i] = (samples[i] ?? 0) + amplitude * ((state / 2 ** 31) * 2 - 1);
    }
  }
  return samples;
}

const answer: Part[] = [
  { silence: 1 },
  { tone: 2 },
  { silence: 1.6 },
  { tone: 1.5 },
  { silence: 2.5 },
  { tone: 1 },
  { silence: 0.5 },
];

describe('detectVoiceActivity', () => {
  test('finds the silences between tone bursts as pauses, with their times', () => {
    const activity = detectVoiceActivity(aRecording(answer), rate);
    expect(activity.durationSeconds).toBeCloseTo(10.1, 3);
    expect(activity.timeToFirstWordSeconds).toBeCloseTo(1, 1);
    expect(activity.pauses).toHaveLength(2);
    expect(activity.pauses[0]!.start).toBeCloseTo(3, 1);
    expect(activity.pauses[0]!.end).toBeCloseTo(4.6, 1);
    expect(activity.longestPauseSeconds).toBeCloseTo(2.5, 1);
    expect(activity.longPauses).toBe(1);
  });

  test('speaking time is first to last voiced moment less the pauses', () => {
    const activity = detectVoiceActivity(aRecording(answer), rate);
    expect(activity.speakingSeconds).toBeCloseTo(4.5, 1);
  });

  test('bridges gaps shorter than the hangover so syllables stay one word', () => {
    const syllables: Part[] = [{ tone: 0.2 }, { silence: 0.1 }, { tone: 0.2 }, { silence: 0.5 }];
    const activity = detectVoiceActivity(aRecording(syllables), rate);
    expect(activity.voiced).toHaveLength(1);
    expect(activity.pauses).toEqual([]);
  });

  test('a gap between the hangover and 0.3 s splits stretches but is not a pause', () => {
    const parts: Part[] = [{ tone: 0.5 }, { silence: 0.24 }, { tone: 0.5 }];
    const activity = detectVoiceActivity(aRecording(parts), rate);
    expect(activity.voiced).toHaveLength(2);
    expect(activity.pauses).toEqual([]);
    expect(activity.speakingSeconds).toBeCloseTo(1.24, 1);
  });

  test('counts a silence of exactly 0.3 s as a pause', () => {
    const parts: Part[] = [{ tone: 0.5 }, { silence: 0.3 }, { tone: 0.5 }];
    expect(detectVoiceActivity(aRecording(parts), rate).pauses).toHaveLength(1);
  });

  test('adapts its threshold to background noise', () => {
    const activity = detectVoiceActivity(aRecording(answer, -50), rate);
    expect(activity.thresholdDbfs).toBeGreaterThan(-50);
    expect(activity.pauses).toHaveLength(2);
    expect(activity.speakingSeconds).toBeCloseTo(4.5, 1);
  });

  test('hears a quiet speaker over a quiet room', () => {
    const quiet = answer.map((part) => ('tone' in part ? { ...part, dbfs: -45 } : part));
    const activity = detectVoiceActivity(aRecording(quiet, -70), rate);
    expect(activity.pauses).toHaveLength(2);
    expect(activity.speakingSeconds).toBeCloseTo(4.5, 1);
  });

  test('finds no speech in noise alone rather than calling it all speech', () => {
    const activity = detectVoiceActivity(aRecording([{ silence: 3 }], -40), rate);
    expect(activity.timeToFirstWordSeconds).toBeNull();
    expect(activity.speakingSeconds).toBe(0);
  });

  test('ignores a click too short to be a word', () => {
    const parts: Part[] = [{ silence: 1 }, { tone: 0.02 }, { silence: 1 }, { tone: 1 }];
    const activity = detectVoiceActivity(aRecording(parts), rate);
    expect(activity.timeToFirstWordSeconds).toBeCloseTo(2.02, 1);
    expect(activity.pauses).toEqual([]);
  });

  test('reports no speech in a silent recording', () => {
    const activity = detectVoiceActivity(aRecording([{ silence: 2 }], -70), rate);
    expect(activity.speakingSeconds).toBe(0);
    expect(activity.timeToFirstWordSeconds).toBeNull();
    expect(activity.pauses).toEqual([]);
  });

  test('returns each frame on request', () => {
    const activity = detectVoiceActivity(aRecording(answer), rate, { includeFrames: true });
    expect(activity.frames).toHaveLength(505);
    expect(activity.frames![60]!.voiced).toBe(true);
  });
});
