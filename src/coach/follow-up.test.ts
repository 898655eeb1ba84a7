import { describe, expect, test } from 'vitest';
import { fillerFollowUpPhrases, followUpRules } from '../content/follow-up.js';
import {
  addWorkingDays,
  adviseFollowUp,
  type FollowUpRecord,
  type FollowUpRound,
  type FollowUpSituation,
} from './follow-up.js';
import { countWords, draftStatusInquiry } from './follow-up-draft.js';

/** Round 2 on Wed 25 Nov 2026 in Amsterdam; a decision was expected on Friday 4 December. */
const roundTwo: FollowUpRound = {
  id: 'round-2',
  number: 2,
  startsAt: '2026-11-25T13:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  expectedDecisionOn: '2026-12-04',
  status: 'completed',
};

const aFollowUp = (overrides: Partial<FollowUpRecord>): FollowUpRecord => ({
  id: 'fu-1',
  kind: 'status_inquiry',
  roundId: 'round-2',
  status: 'planned',
  dueOn: '2026-12-07',
  sentAt: null,
  createdAt: '2026-12-07T08:00:00.000Z',
  ...overrides,
});

const situation = (overrides: Partial<FollowUpSituation> = {}): FollowUpSituation => ({
  opportunity: {
    company: 'Larkspur Freight',
    role: 'Senior Product Manager',
    status: 'interviewing',
  },
  rounds: [{ ...roundTwo, id: 'round-1', number: 1, expectedDecisionOn: null }, roundTwo],
  followUps: [],
  now: '2026-12-07T08:00:00.000Z',
  timeZone: 'Europe/Amsterdam',
  recipientName: 'Femke de Wit',
  ...overrides,
});

describe('working days', () => {
  test('one working day after a Friday, or a Saturday, is the Monday', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07');
  });

  test('five working days after a Monday is the next Monday', () => {
    expect(addWorkingDays('2026-12-07', 5)).toBe('2026-12-14');
  });
});

describe('the first status inquiry', () => {
  test('is not due on the decision day itself', () => {
    const advice = adviseFollowUp(situation({ now: '2026-12-04T16:00:00.000Z' }));
    expect(advice).toMatchObject({
      action: 'wait',
      next: 'send',
      sequence: 1,
      dueOn: '2026-12-07',
    });
  });

  test('falls due on the working day after the decision date: Friday’s decision → Monday', () => {
    const advice = adviseFollowUp(situation());
    expect(advice).toMatchObject({ action: 'send', sequence: 1, dueOn: '2026-12-07' });
    expect(advice.reason).toContain('Fri 4 Dec 2026 has passed without news');
  });

  test('"today" is the candidate’s local date: 23:30 UTC on Sunday is already Monday in Amsterdam', () => {
    expect(adviseFollowUp(situation({ now: '2026-12-06T23:30:00.000Z' })).action).toBe('send');
    expect(
      adviseFollowUp(situation({ now: '2026-12-06T23:30:00.000Z', timeZone: 'America/New_York' }))
        .action,
    ).toBe('wait');
  });

  test('an existing planned inquiry is reported, not drafted again', () => {
    const advice = adviseFollowUp(situation({ followUps: [aFollowUp({ id: 'planned-1' })] }));
    expect(advice).toMatchObject({ action: 'send', sequence: 1, existingId: 'planned-1' });
  });
});

describe('nothing is due', () => {
  test('when the opportunity is no longer interviewing', () => {
    for (const status of ['offer', 'cold', 'rejected'] as const) {
      const advice = adviseFollowUp(
        situation({ opportunity: { company: 'L', role: 'PM', status } }),
      );
      expect(advice.action).toBe('none');
    }
  });

  test('when a newer round exists: the latest round has no decision date', () => {
    const third = { ...roundTwo, id: 'round-3', number: 3, expectedDecisionOn: null };
    const advice = adviseFollowUp(situation({ rounds: [roundTwo, third] }));
    expect(advice).toMatchObject({ action: 'none', roundId: 'round-3' });
  });

  test('a cancelled newer round does not hide the decision date of the one before', () => {
    const cancelled = { ...roundTwo, id: 'round-3', number: 3, status: 'cancelled' as const };
    expect(adviseFollowUp(situation({ rounds: [roundTwo, cancelled] })).action).toBe('send');
  });

  test('when the round has not taken place yet', () => {
    const future = {
      ...roundTwo,
      startsAt: '2026-12-20T10:00:00.000Z',
      status: 'scheduled' as const,
    };
    expect(adviseFollowUp(situation({ rounds: [future] })).action).toBe('none');
  });

  test('is due for a round the candidate marked completed, even if its stored date is later', () => {
    const markedDone = {
      ...roundTwo,
      startsAt: '2026-12-20T10:00:00.000Z',
      status: 'completed' as const,
    };
    expect(adviseFollowUp(situation({ rounds: [markedDone] })).action).toBe('send');
  });

  test('when they answered an inquiry', () => {
    const answered = aFollowUp({ status: 'answered', sentAt: '2026-12-07T09:00:00.000Z' });
    expect(adviseFollowUp(situation({ followUps: [answered] })).action).toBe('none');
  });

  test('for inquiries about another round, or follow-ups of another kind', () => {
    const unrelated = [
      aFollowUp({ roundId: 'round-1', status: 'answered' }),
      aFollowUp({ kind: 'promised_material', status: 'answered' }),
    ];
    expect(adviseFollowUp(situation({ followUps: unrelated })).action).toBe('send');
  });
});

describe('the second inquiry and the cold suggestion', () => {
  const sentFirst = aFollowUp({ status: 'sent', sentAt: '2026-12-07T09:00:00.000Z' });
  const sentSecond = aFollowUp({
    id: 'fu-2',
    status: 'sent',
    dueOn: '2026-12-14',
    sentAt: '2026-12-14T09:00:00.000Z',
    createdAt: '2026-12-14T08:00:00.000Z',
  });

  test('the second is due 5 working days after the first was sent, not before', () => {
    const before = adviseFollowUp(
      situation({ followUps: [sentFirst], now: '2026-12-11T12:00:00.000Z' }),
    );
    expect(before).toMatchObject({ action: 'wait', sequence: 2, dueOn: '2026-12-14' });
    const after = adviseFollowUp(
      situation({ followUps: [sentFirst], now: '2026-12-14T08:00:00.000Z' }),
    );
    expect(after).toMatchObject({ action: 'send', sequence: 2, existingId: null });
    if (after.action !== 'send') throw new Error('expected a second inquiry');
    expect(after.draft.body).toContain('I wrote on Monday 7 December');
  });

  test('a cancelled first inquiry still counts, from its due date', () => {
    const cancelled = aFollowUp({ status: 'cancelled' });
    const advice = adviseFollowUp(
      situation({ followUps: [cancelled], now: '2026-12-14T08:00:00.000Z' }),
    );
    expect(advice).toMatchObject({ action: 'send', sequence: 2 });
    if (advice.action !== 'send') throw new Error('expected a second inquiry');
    expect(advice.draft.body).not.toContain('I wrote on');
  });

  test('after two unanswered inquiries and 5 more working days, suggest marking it cold', () => {
    const waiting = adviseFollowUp(
      situation({ followUps: [sentFirst, sentSecond], now: '2026-12-18T12:00:00.000Z' }),
    );
    expect(waiting).toMatchObject({ action: 'wait', next: 'suggest_cold', dueOn: '2026-12-21' });
    const cold = adviseFollowUp(
      situation({ followUps: [sentFirst, sentSecond], now: '2026-12-21T08:00:00.000Z' }),
    );
    expect(cold).toMatchObject({ action: 'suggest_cold', followUpIds: ['fu-1', 'fu-2'] });
  });

  test('never more than two inquiries per round', () => {
    const late = adviseFollowUp(
      situation({ followUps: [sentFirst, sentSecond], now: '2027-03-01T08:00:00.000Z' }),
    );
    expect(late.action).toBe('suggest_cold');
    expect(followUpRules.maximumFollowUps.value).toBe(2);
  });
});

describe('the draft', () => {
  const draft = (overrides: Partial<Parameters<typeof draftStatusInquiry>[0]> = {}) =>
    draftStatusInquiry({
      opportunity: { company: 'Larkspur Freight', role: 'Senior Product Manager' },
      round: roundTwo,
      decisionOn: '2026-12-04',
      firstSentOn: null,
      recipientName: 'Femke de Wit',
      ...overrides,
    });

  test('names the role, the company, the round and its date, and the decision date', () => {
    const { subject, body } = draft();
    expect(subject).toBe('Following up: Senior Product Manager interview on 25 November');
    expect(body).toMatch(/^Dear Femke,/);
    expect(body).toContain('meeting me on Wednesday 25 November for round 2');
    expect(body).toContain('Senior Product Manager process at Larkspur Freight');
    expect(body).toContain('around Friday 4 December');
  });

  test('restates interest in one line, about what was discussed when that is known', () => {
    expect(draft({ topic: 'The migration off the monolith.' }).body).toContain(
      'Our conversation about the migration off the monolith has stayed with me',
    );
    expect(draft().body).toContain('I remain very interested in the role');
  });

  test('offers to provide anything further', () => {
    expect(draft().body).toContain('glad to send references, work samples or answers');
  });

  test('never says "just checking in" or other filler', () => {
    for (const variant of [draft(), draft({ firstSentOn: '2026-12-07' }), draft({ topic: 'x' })]) {
      const text = `${variant.subject}\n${variant.body}`.toLowerCase();
      for (const phrase of fillerFollowUpPhrases) expect(text).not.toContain(phrase);
      expect(text).not.toContain('just checking in');
    }
  });

  test('stays within 150 words, even with long names and a long topic', () => {
    const long = draft({
      opportunity: {
        company: 'Larkspur Freight and Logistics International Holding Group of Rotterdam',
        role: 'Senior Principal Product Manager for the Shipper Self-Service Booking and Payments Platform',
      },
      topic: 'How the booking portal will present rail pricing rules to mid-sized shippers',
      recipientName: 'Dr. Ana María López-Ortiz',
    });
    expect(long.words).toBeLessThanOrEqual(followUpRules.maximumWords.value);
    expect(long.body).toMatch(/^Dear Dr\. López-Ortiz,/);
    for (const variant of [draft(), draft({ firstSentOn: '2026-12-07' })]) {
      expect(countWords(variant.body)).toBeLessThanOrEqual(150);
    }
  });

  test('greets "Hello" when no recipient is known, and manages without a round date', () => {
    const { subject, body } = draft({
      recipientName: undefined,
      round: { ...roundTwo, startsAt: null },
    });
    expect(body).toMatch(/^Hello,/);
    expect(body).toContain('meeting me for round 2');
    expect(subject).toBe('Update on the Senior Product Manager role?');
  });
});
