import { describe, expect, test } from 'vitest';
import { carryOver, type CarryOverInput } from './carry-over.js';

const input = (overrides: Partial<CarryOverInput> = {}): CarryOverInput => ({
  rounds: [
    { id: 'r1', number: 1 },
    { id: 'r2', number: 2 },
  ],
  interviewers: [
    { id: 'femke', name: 'Femke de Wit' },
    { id: 'arjun', name: 'Arjun Mehta' },
  ],
  stories: [
    { id: 'invoice', title: 'Invoice splitting' },
    { id: 'ops', title: 'Winning back operations' },
  ],
  debriefItems: [
    {
      roundId: 'r2',
      askedByInterviewerId: 'arjun',
      storyId: 'invoice',
      question: 'A hard trade-off?',
    },
    {
      roundId: 'r1',
      askedByInterviewerId: 'femke',
      storyId: 'invoice',
      question: 'Incomplete data?',
    },
    { roundId: 'r1', askedByInterviewerId: 'femke', storyId: null, question: 'Why leave?' },
  ],
  promises: [
    {
      id: 'p1',
      roundId: 'r1',
      toInterviewerId: 'femke',
      promise: 'Send the summary.',
      dueOn: '2026-11-30',
      kept: false,
    },
    {
      id: 'p2',
      roundId: 'r1',
      toInterviewerId: null,
      promise: 'Share references',
      dueOn: null,
      kept: true,
    },
  ],
  questionsToAsk: [
    {
      id: 'q1',
      question: 'What does success look like?',
      askedInRoundId: 'r1',
      answerNotes: 'Fewer failed bookings',
    },
    { id: 'q2', question: 'How is the team organised?', askedInRoundId: null, answerNotes: null },
  ],
  ...overrides,
});

describe('carry-over into the next round', () => {
  test('each story told lists to whom, in which round and for which question', () => {
    const { storiesTold } = carryOver(input());
    expect(storiesTold).toEqual([
      {
        story: { id: 'invoice', title: 'Invoice splitting' },
        toldTo: [
          {
            interviewer: { id: 'femke', name: 'Femke de Wit' },
            roundNumber: 1,
            question: 'Incomplete data?',
          },
          {
            interviewer: { id: 'arjun', name: 'Arjun Mehta' },
            roundNumber: 2,
            question: 'A hard trade-off?',
          },
        ],
      },
    ]);
  });

  test('only promises not yet kept carry over', () => {
    expect(carryOver(input()).openPromises).toEqual([
      {
        id: 'p1',
        promise: 'Send the summary.',
        dueOn: '2026-11-30',
        to: { id: 'femke', name: 'Femke de Wit' },
        roundNumber: 1,
      },
    ]);
  });

  test('only questions marked as asked in a round carry over', () => {
    expect(carryOver(input()).questionsAsked.map((question) => question.id)).toEqual(['q1']);
  });

  test('reminders read as sentences', () => {
    expect(carryOver(input()).reminders).toEqual([
      'Femke de Wit and Arjun Mehta have heard "Invoice splitting" (rounds 1, 2): tell them another story.',
      'Still to keep: Send the summary (to Femke de Wit, round 1, due 2026-11-30).',
      'Already asked in round 1: "What does success look like?" — ask something new, or build on the answer.',
    ]);
  });

  test('a story told without a recorded listener still counts', () => {
    const { reminders } = carryOver(
      input({
        debriefItems: [
          { roundId: 'r1', askedByInterviewerId: null, storyId: 'ops', question: 'Q' },
        ],
      }),
    );
    expect(reminders[0]).toBe(
      'An interviewer not recorded has heard "Winning back operations" (round 1): tell them another story.',
    );
  });
});
