import { describe, expect, it } from 'vitest';
import { analyseAnswer } from './answer-analysis.js';
import {
  practiceProgress,
  snapshotAnswer,
  snapshotDelivery,
  type PracticedAttempt,
} from './practice-progress.js';
import { detectVoiceActivity } from './voice-activity.js';

const analyse = (transcript: string, seconds: number | null) =>
  snapshotAnswer(analyseAnswer(transcript, seconds === null ? {} : { seconds }));

const weak = 'Um, so, we kind of, like, helped with it, you know. It was fine, I guess, um.';
const strong =
  'Last spring our checkout failed for one customer in ten. I was asked to find the cause within a week. ' +
  'I traced the failures to a timeout, I rewrote the retry logic and I added an alert. ' +
  'Failures fell by 70% within a month.';

let sequence = 0;
function anAttempt(overrides: Partial<PracticedAttempt> = {}): PracticedAttempt {
  sequence += 1;
  return {
    id: `a${sequence}`,
    question: 'Tell me about a time you fixed a hard problem.',
    mode: 'spoken',
    transcript: strong,
    durationSeconds: 90,
    selfRating: null,
    attemptedAt: `2026-11-${String(10 + sequence).padStart(2, '0')}T09:00:00.000Z`,
    createdAt: '2026-11-01T00:00:00.000Z',
    analysis: null,
    ...overrides,
  };
}

describe('snapshots kept with an attempt', () => {
  it('keeps the STAR parts, the pace and the finding kinds the candidate saw', () => {
    const snapshot = snapshotAnswer(analyseAnswer(strong, { seconds: 20 }));
    expect(snapshot.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(snapshot.resultQuantified).toBe(true);
    expect(snapshot.wordsPerMinute).toBe(Math.round((snapshot.words / 20) * 60));
    const weakSnapshot = snapshotAnswer(analyseAnswer(weak, { seconds: 10 }));
    expect(weakSnapshot.findings).toContain('missing_result');
    expect(weakSnapshot.fillersPerMinute).toBeGreaterThan(12);
  });

  it('keeps the pauses measured on a recording, rounded to a tenth of a second', () => {
    const rate = 16_000;
    const samples = new Float32Array(rate * 5);
    // Speech-like noise for 1 s, 2.5 s of silence, 1.5 s of noise.
    for (let i = 0; i < samples.length; i++) {
      const t = i / rate;
      if (t < 1 || t >= 3.5) samples[i] = 0.3 * Math.sin(i * 0.7) * Math.sin(i * 0.013);
    }
    const delivery = snapshotDelivery(detectVoiceActivity(samples, rate));
    expect(delivery.longPauses).toBe(1);
    expect(delivery.longestPauseSeconds).toBeGreaterThan(2.2);
    expect(delivery.longestPauseSeconds).toBeLessThan(2.8);
    expect(delivery.timeToFirstWordSeconds).toBe(0);
  });
});

describe('practice progress', () => {
  it('orders attempts by when they were made and counts the questions', () => {
    const later = anAttempt({ attemptedAt: '2026-11-20T09:00:00.000Z', question: 'Why us?' });
    const earlier = anAttempt({ attemptedAt: '2026-11-02T09:00:00.000Z' });
    const progress = practiceProgress([later, earlier], analyse);
    expect(progress.points.map((point) => point.id)).toEqual([earlier.id, later.id]);
    expect(progress.questions).toBe(2);
  });

  it('uses the snapshot stored with an attempt rather than analysing the words again', () => {
    const stored = {
      ...analyse(weak, 60),
      star: { situation: true, task: true, action: true, result: false },
    };
    const [point] = practiceProgress(
      [anAttempt({ transcript: weak, analysis: stored })],
      analyse,
    ).points;
    expect(point?.starParts).toBe(3);
  });

  it('says STAR completeness and fillers got better when a weak answer became a full one', () => {
    const attempts = [
      anAttempt({ transcript: weak, durationSeconds: 30, selfRating: 2 }),
      anAttempt({ transcript: strong, durationSeconds: 75, selfRating: 4 }),
    ];
    const changes = practiceProgress(attempts, analyse).changes;
    const of = (measure: string) => changes.find((change) => change.measure === measure);
    expect(of('starParts')?.direction).toBe('better');
    expect(of('fillersPerMinute')?.direction).toBe('better');
    expect(of('selfRating')).toMatchObject({ earlier: 2, latest: 4, direction: 'better' });
    // 30 s was under the one-minute mark, 75 s is inside the band.
    expect(of('seconds')?.direction).toBe('better');
    expect(of('seconds')?.threshold?.source).toMatch(/Toastmasters/);
  });

  it('calls an answer that grew past the two-minute mark worse on length', () => {
    const attempts = [anAttempt({ durationSeconds: 100 }), anAttempt({ durationSeconds: 200 })];
    const length = practiceProgress(attempts, analyse).changes.find(
      (change) => change.measure === 'seconds',
    );
    expect(length?.direction).toBe('worse');
  });

  it('has no change for a measure with a single value, and none for spoken attempts without words', () => {
    const spoken = anAttempt({ transcript: '', selfRating: 3 });
    const progress = practiceProgress([spoken, anAttempt({ selfRating: null })], analyse);
    expect(progress.points[0]?.starParts).toBeNull();
    expect(progress.changes.find((change) => change.measure === 'selfRating')).toBeUndefined();
    expect(progress.changes.find((change) => change.measure === 'starParts')).toBeUndefined();
  });

  it('gives a typed answer no pace, and a length estimated from its words, not its typing time', () => {
    const [typed] = practiceProgress(
      [anAttempt({ mode: 'typed', durationSeconds: 400 })],
      analyse,
    ).points;
    const words = analyse(strong, null).words;
    expect(typed?.wordsPerMinute).toBeNull();
    expect(typed?.seconds).toBe(Math.round((words / 150) * 60));
    expect(typed?.starParts).toBe(4);
  });

  it('scores each attempt against the band before averaging, so two misses are not one hit', () => {
    const paced = (wordsPerMinute: number) =>
      anAttempt({ analysis: { ...analyse(strong, 60), wordsPerMinute } });
    const pace = (values: number[]) =>
      practiceProgress(values.map(paced), analyse).changes.find(
        (change) => change.measure === 'wordsPerMinute',
      );
    // 100 and 200 average 150, inside the band; each is 40 off it.
    expect(pace([100, 200, 150, 150])?.direction).toBe('better');
    expect(pace([148, 152, 100, 200])?.direction).toBe('worse');
  });

  it('averages the first three and the last three attempts once there are six or more', () => {
    const ratings = [1, 1, 1, 5, 5, 5, 3, 3, 3];
    const attempts = ratings.map((selfRating) => anAttempt({ selfRating }));
    const rating = practiceProgress(attempts, analyse).changes.find(
      (change) => change.measure === 'selfRating',
    );
    expect(rating).toMatchObject({ earlier: 1, latest: 3, direction: 'better' });
  });
});
