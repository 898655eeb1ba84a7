import { describe, expect, test } from 'vitest';
import {
  aReadinessRound,
  aReadyInput,
  arjun,
  femke,
  hoursFrom,
  NOW,
} from '../../test/support/readiness-builders.js';
import { assessReadiness } from './readiness.js';
import { countdownTo } from './readiness-time.js';

describe('countdown', () => {
  test('counts days and hours to the start and shows it in the round’s zone', () => {
    expect(assessReadiness(aReadyInput(), NOW).countdown).toEqual({
      until: '2026-11-27T12:30:00.000Z',
      days: 4,
      hours: 3,
      minutes: 0,
      text: '4 days 3 hours — Fri 27 Nov, 13:30 (Europe/Amsterdam)',
      past: false,
    });
  });

  test('across the change to summer time it counts elapsed hours and shows the new local time', () => {
    // Clocks go forward in Amsterdam at 02:00 on Sunday 29 March 2026: the wall clock moves 21
    // hours from Friday 13:00 to Monday 10:00, but only 68 hours pass.
    const countdown = countdownTo(
      '2026-03-30T08:00:00.000Z',
      'Europe/Amsterdam',
      new Date('2026-03-27T12:00:00.000Z'),
    );
    expect(countdown).toMatchObject({ days: 2, hours: 20, minutes: 0 });
    expect(countdown.text).toBe('2 days 20 hours — Mon 30 Mar, 10:00 (Europe/Amsterdam)');
  });

  test('under a day it shows hours and minutes; once started it says how long ago', () => {
    const start = '2026-11-27T12:30:00.000Z';
    expect(countdownTo(start, 'Europe/Amsterdam', new Date('2026-11-27T07:10:00.000Z')).text).toBe(
      '5 hours 20 minutes — Fri 27 Nov, 13:30 (Europe/Amsterdam)',
    );
    expect(
      countdownTo(start, 'America/New_York', new Date('2026-11-27T14:30:00.000Z')),
    ).toMatchObject({
      past: true,
      text: 'started 2 hours ago — Fri 27 Nov, 07:30 (America/New_York)',
    });
  });
});

describe('the next best action', () => {
  const unprepared = aReadyInput({
    round: aReadinessRound({ formats: ['presentation'] }),
    news: [],
  });

  test('days ahead the long, high-impact presentation comes first', () => {
    const next = assessReadiness(unprepared, hoursFrom(NOW, -48)).nextAction;
    expect(next).toMatchObject({
      itemId: 'format:presentation',
      title: 'Outline the presentation with timed sections',
      reason: '6 days left and there is no plan for the presentation.',
      link: '/opportunities/opp/prep',
    });
  });

  test('inside 48 hours a quick item beats the long one', () => {
    const next = assessReadiness(unprepared, hoursFrom(NOW, 60)).nextAction;
    expect(next).toMatchObject({
      itemId: 'research',
      title: 'Find news about Larkspur Freight since round 1 (Mon 16 Nov)',
      reason: '1 day left and you have no news about Larkspur Freight since round 1 (Mon 16 Nov).',
      effortMinutes: 15,
    });
  });

  test('a step longer than the time left is dropped, unless nothing else is left', () => {
    const threeHoursBefore = hoursFrom(NOW, 96);
    const alone = aReadyInput({ round: aReadinessRound({ formats: ['presentation'] }) });
    expect(assessReadiness(alone, threeHoursBefore).nextAction?.itemId).toBe('format:presentation');
    const withAsks = { ...alone, questionsToAsk: [] };
    expect(assessReadiness(withAsks, threeHoursBefore).nextAction?.itemId).toBe('asks');
  });

  test('names the interviewer whose questions are missing, senior people first', () => {
    const input = aReadyInput({ questionsToAsk: [] });
    expect(assessReadiness(input, hoursFrom(NOW, 51)).nextAction).toEqual({
      itemId: 'asks',
      title: 'Prepare questions for Arjun Mehta',
      reason: '2 days left and Arjun Mehta, the executive interviewer, has no questions prepared.',
      effortMinutes: 10,
      link: '/opportunities/opp#questions-title',
    });
  });

  test('moves on once the item is done', () => {
    const input = aReadyInput({ questionsToAsk: [], personalWhy: null });
    const now = hoursFrom(NOW, 51);
    expect(assessReadiness(input, now).nextAction?.itemId).toBe('asks');
    const asked = { ...input, questionsToAsk: aReadyInput().questionsToAsk };
    expect(assessReadiness(asked, now).nextAction).toMatchObject({
      itemId: 'why',
      title: 'Write your personal why',
    });
  });

  test('without a round the action is to schedule one', () => {
    const readiness = assessReadiness(aReadyInput({ round: null, earlierRounds: [] }), NOW);
    expect(readiness).toMatchObject({ phase: 'no_round', round: null, countdown: null });
    expect(readiness.items[0]).toMatchObject({ id: 'schedule', status: 'not_started' });
    expect(readiness.nextAction).toMatchObject({
      itemId: 'schedule',
      title: 'Schedule the next round',
      reason: 'No round is scheduled yet.',
    });
  });
});

describe('after the interview', () => {
  // Round 2 ran on Friday 27 Nov 2026, 14:00–15:00 in Amsterdam: the notes are due on Monday 09:00.
  const round = aReadinessRound({
    startsAt: '2026-11-27T13:00:00.000Z',
    durationMinutes: 60,
    expectedDecisionOn: '2026-12-11',
  });
  const fridayEvening = new Date('2026-11-27T16:00:00.000Z');
  const after = aReadyInput({
    round,
    promises: [],
    thankYouNotes: [
      { interviewerId: 'arjun', status: 'sent', dueAt: '2026-11-30T08:00:00.000Z' },
      { interviewerId: 'femke', status: 'draft', dueAt: '2026-11-30T08:00:00.000Z' },
    ],
  });

  test('switches to follow-through items', () => {
    const readiness = assessReadiness(after, fridayEvening);
    expect(readiness.phase).toBe('after');
    expect(readiness.countdown?.past).toBe(true);
    expect(readiness.items.map((item) => item.id)).toEqual([
      'thank-you',
      'reflection',
      'follow-up',
    ]);
    expect(readiness.items[0]).toMatchObject({
      status: 'partly',
      missing: ['Femke de Wit: drafted, not sent — due Mon 30 Nov, 09:00'],
    });
  });

  test('the next action is the thank-you note with its due time', () => {
    expect(assessReadiness(after, fridayEvening).nextAction).toMatchObject({
      itemId: 'thank-you',
      title: 'Send the thank-you note to Femke de Wit — due Mon 09:00',
      reason: 'Due in 2 days (Mon 30 Nov, 09:00) and the note to Femke de Wit is not sent yet.',
    });
  });

  test('an unsent note past its deadline is flagged overdue', () => {
    const tuesday = new Date('2026-12-01T10:00:00.000Z');
    const readiness = assessReadiness(after, tuesday);
    expect(readiness.items[0]?.missing).toEqual([
      'Femke de Wit: drafted, not sent — overdue since Mon 30 Nov, 09:00',
    ]);
    expect(readiness.nextAction).toMatchObject({
      title: 'Send the thank-you note to Femke de Wit — overdue since Mon 09:00',
      reason: 'Overdue since Mon 30 Nov, 09:00: the note to Femke de Wit is not sent yet.',
    });
  });

  test('with the notes sent, the reflection comes next, then the follow-up', () => {
    const sent = {
      ...after,
      thankYouNotes: after.thankYouNotes.map((note) => ({ ...note, status: 'sent' as const })),
    };
    expect(assessReadiness(sent, fridayEvening).nextAction?.title).toBe(
      'Record your reflection on round 2',
    );
    const reflected = {
      ...sent,
      reflection: {
        preparationRating: 4,
        answersRating: 3,
        bodyLanguageRating: 4,
        connectionRating: 5,
      },
    };
    expect(assessReadiness(reflected, fridayEvening).nextAction?.title).toBe(
      'Plan a status inquiry for after Fri 11 Dec',
    );
    const planned = {
      ...reflected,
      followUps: [
        {
          roundId: 'r2',
          kind: 'status_inquiry' as const,
          dueOn: '2026-12-14',
          status: 'planned' as const,
        },
      ],
    };
    const done = assessReadiness(planned, fridayEvening);
    expect(done.items.every((item) => item.status === 'done')).toBe(true);
    expect(done.nextAction).toBeNull();
  });

  test('an interviewer without a note yet is due by the deadline rule', () => {
    const readiness = assessReadiness(
      { ...after, interviewers: [femke(), arjun()], thankYouNotes: [] },
      fridayEvening,
    );
    expect(readiness.items[0]).toMatchObject({
      status: 'not_started',
      missing: [
        'Arjun Mehta: not drafted — due Mon 30 Nov, 09:00',
        'Femke de Wit: not drafted — due Mon 30 Nov, 09:00',
      ],
    });
  });
});
