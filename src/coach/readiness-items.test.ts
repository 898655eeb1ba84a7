import { describe, expect, test } from 'vitest';
import {
  aReadinessRound,
  aReadyInput,
  aRoundOne,
  arjun,
  femke,
  NOW,
} from '../../test/support/readiness-builders.js';
import { formatChecklists } from '../content/format-checklists.js';
import { assessReadiness } from './readiness.js';
import type { ReadinessInput } from './readiness-types.js';

const itemOf = (input: ReadinessInput, id: string, now = NOW) => {
  const item = assessReadiness(input, now).items.find((entry) => entry.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};

describe('readiness items before the interview', () => {
  test('a fully prepared round has every item done, nothing missing and no next action', () => {
    const readiness = assessReadiness(aReadyInput(), NOW);
    expect(readiness.phase).toBe('before');
    expect(readiness.items.map((item) => item.id)).toEqual([
      'debrief',
      'interviewers',
      'research',
      'requirements',
      'stories',
      'practice',
      'asks',
      'salary',
      'why',
      'day-plan',
      'logistics',
      'promises',
    ]);
    expect(readiness.items.filter((item) => item.status !== 'done')).toEqual([]);
    expect(
      readiness.items.every((item) => item.missing.length === 0 && item.effortMinutes === 0),
    ).toBe(true);
    expect(readiness.nextAction).toBeNull();
  });

  test('the debrief is partly done when a question has no self-rating, and absent for round 1', () => {
    const unrated = aRoundOne({
      debrief: [{ question: 'Why us?', selfRating: null, askedByInterviewerId: 'femke' }],
    });
    const item = itemOf(aReadyInput({ earlierRounds: [unrated] }), 'debrief');
    expect(item).toMatchObject({
      status: 'partly',
      title: 'Round 1 debrief captured',
      link: '/rounds/r1/debrief',
    });
    expect(item.missing).toEqual(['Round 1: 1 of 1 questions have no self-rating']);
    const empty = aRoundOne({ debrief: [], missedPoints: 0, promises: 0 });
    expect(itemOf(aReadyInput({ earlierRounds: [empty] }), 'debrief').status).toBe('not_started');
    const first = assessReadiness(aReadyInput({ earlierRounds: [] }), NOW);
    expect(first.items.some((item) => item.id === 'debrief')).toBe(false);
  });

  test('an interviewer without priorities leaves the dossiers partly done, naming who and what', () => {
    const item = itemOf(
      aReadyInput({ interviewers: [femke(), arjun({ priorities: [] })] }),
      'interviewers',
    );
    expect(item.status).toBe('partly');
    expect(item.missing).toEqual(['Arjun Mehta (executive): no priorities noted']);
    const blank = arjun({ title: null, audienceKind: null, priorities: [], background: null });
    expect(itemOf(aReadyInput({ interviewers: [blank] }), 'interviewers')).toMatchObject({
      status: 'not_started',
      missing: ['Arjun Mehta: no title, audience kind, priorities and background noted'],
    });
  });

  test('research needs news from the day of round 1 or later', () => {
    const old = aReadyInput({ news: [{ headline: 'Old', publishedOn: '2026-11-10' }] });
    expect(itemOf(old, 'research')).toMatchObject({
      status: 'partly',
      missing: ['No news since round 1 (Mon 16 Nov)'],
    });
    const sameDay = aReadyInput({ news: [{ headline: 'Launch', publishedOn: '2026-11-16' }] });
    expect(itemOf(sameDay, 'research').status).toBe('done');
    expect(itemOf(aReadyInput({ research: null, news: [] }), 'research')).toMatchObject({
      status: 'not_started',
      missing: [
        'No mission, values, products, competitors and culture noted about Larkspur Freight',
        'No news since round 1 (Mon 16 Nov)',
      ],
    });
  });

  test('requirements without evidence are listed; without a posting nothing is covered', () => {
    const gaps = aReadyInput({
      coverage: {
        itemCount: 4,
        gaps: [{ text: 'Comfort with SQL', kind: 'requirement', strength: 'none' }],
      },
    });
    expect(itemOf(gaps, 'requirements')).toMatchObject({
      status: 'partly',
      missing: ['“Comfort with SQL”: no evidence'],
      link: '/opportunities/opp/fit',
    });
    expect(
      itemOf(aReadyInput({ coverage: { itemCount: 0, gaps: [] } }), 'requirements').status,
    ).toBe('not_started');
  });

  test('a likely question that wants a story and has none leaves the stories partly done', () => {
    const input = aReadyInput({
      likelyQuestions: [
        {
          interviewerId: 'arjun',
          question: 'Tell me about a migration.',
          needsStory: true,
          storyTitle: 'Split',
        },
        {
          interviewerId: 'femke',
          question: 'Describe a conflict.',
          needsStory: true,
          storyTitle: null,
        },
      ],
    });
    expect(itemOf(input, 'stories')).toMatchObject({
      status: 'partly',
      missing: ['Femke de Wit: “Describe a conflict.” — no story fits'],
      effortMinutes: 25,
    });
  });

  test('practice counts the attempts of the last seven days', () => {
    const one = aReadyInput({
      practice: [
        {
          question: 'Why?',
          attemptedAt: '2026-11-22T10:00:00.000Z',
          createdAt: '2026-11-22T10:00:00.000Z',
        },
        {
          question: 'Why?',
          attemptedAt: '2026-11-01T10:00:00.000Z',
          createdAt: '2026-11-01T10:00:00.000Z',
        },
      ],
    });
    expect(itemOf(one, 'practice')).toMatchObject({
      status: 'partly',
      missing: ['1 of 3 practice answers in the last 7 days'],
    });
    expect(itemOf(aReadyInput({ practice: [] }), 'practice').status).toBe('not_started');
  });

  test('practice links to a mock interview of the round in view', () => {
    expect(itemOf(aReadyInput({ practice: [] }), 'practice').link).toBe(
      '/practice?opportunity=opp&round=r2',
    );
  });

  test('each interviewer needs two questions aimed at them; one asked in round 1 does not count', () => {
    const input = aReadyInput({
      questionsToAsk: [
        { targetInterviewerIds: ['femke', 'arjun'], askedInRoundId: null },
        { targetInterviewerIds: ['femke'], askedInRoundId: null },
        { targetInterviewerIds: ['arjun'], askedInRoundId: 'r1' },
      ],
    });
    expect(itemOf(input, 'asks')).toMatchObject({
      status: 'partly',
      missing: ['Arjun Mehta (executive): 1 of 2 questions prepared'],
    });
    expect(itemOf(aReadyInput({ questionsToAsk: [] }), 'asks').status).toBe('not_started');
  });

  test('a presentation needs a plan whose sections fit the time limit, rehearsed within it', () => {
    const round = aReadinessRound({ formats: ['panel', 'presentation'] });
    const plan = (minutes: number[]) => ({
      id: 'deck',
      roundId: 'r2',
      topic: 'Booking portal',
      timeLimitMinutes: 15,
      sections: minutes.map((plannedMinutes, index) => ({
        title: `Part ${index}`,
        plannedMinutes,
        notes: '',
      })),
    });
    const run = (start: string, end: string) => ({
      presentationPlanId: 'deck',
      timestamps: [`2026-11-20T${start}:00.000Z`, `2026-11-20T${end}:00.000Z`],
    });
    const presentation = (input: Partial<ReadinessInput>) =>
      itemOf(aReadyInput({ round, ...input }), 'format:presentation');
    expect(presentation({}).status).toBe('not_started');
    expect(presentation({ presentationPlans: [plan([10, 12])] })).toMatchObject({
      status: 'partly',
      missing: ['The sections add up to 22 minutes for a 15-minute slot'],
    });
    expect(presentation({ presentationPlans: [plan([5, 8])] })).toMatchObject({
      status: 'partly',
      missing: ['Not yet rehearsed against the clock'],
    });
    // A run-through over the slot leaves it partly done; the latest run-through is the one counted.
    expect(
      presentation({ presentationPlans: [plan([5, 8])], rehearsals: [run('09:00', '09:16')] })
        .status,
    ).toBe('partly');
    expect(
      presentation({
        presentationPlans: [plan([5, 8])],
        rehearsals: [run('10:00', '10:14'), run('09:00', '09:17')],
      }).status,
    ).toBe('done');
    expect(
      presentation({
        presentationPlans: [plan([5, 8])],
        rehearsals: [run('09:00', '09:14'), run('10:00', '10:17')],
      }),
    ).toMatchObject({
      status: 'partly',
      missing: ['The latest run-through took 17.0 minutes for a 15-minute slot'],
    });
  });

  test('a case study is partly prepared from related practice, and done once every item is ticked', () => {
    const round = aReadinessRound({ formats: ['case_study'] });
    const none = itemOf(aReadyInput({ round, practice: [] }), 'format:case_study');
    expect(none.status).toBe('not_started');
    expect(none.missing[0]).toMatch(/^Approach not ticked off: clarify the goal/);
    const practised = aReadyInput({
      round,
      practice: [
        {
          question: 'Case: size the rail market',
          attemptedAt: null,
          createdAt: '2026-11-22T10:00:00.000Z',
        },
      ],
    });
    expect(itemOf(practised, 'format:case_study').status).toBe('partly');
    const all = formatChecklists.case_study.map((item) => item.id);
    const ticked = { ...practised, round: { ...round, checklistDone: all } };
    expect(itemOf(ticked, 'format:case_study')).toMatchObject({ status: 'done', missing: [] });
  });

  test('a checklist with some items ticked is partly done and says how many', () => {
    const [first, second] = formatChecklists.panel;
    const round = aReadinessRound({
      formats: ['panel'],
      checklistDone: [first?.id ?? '', second?.id ?? ''],
    });
    const input = aReadyInput({ round, interviewers: [] });
    expect(itemOf(input, 'format:panel')).toMatchObject({
      status: 'partly',
      missing: [`Panel checklist: 2 of ${formatChecklists.panel.length} ticked`],
    });
  });

  test('ticks of other formats and ids the checklists do not have are not counted', () => {
    const round = aReadinessRound({
      formats: ['skills_test'],
      checklistDone: [
        ...formatChecklists.panel.map((item) => item.id),
        'skills-removed-long-ago',
        'TEST-SCOPE',
      ],
    });
    const item = itemOf(aReadyInput({ round, practice: [] }), 'format:skills_test');
    expect(item.status).toBe('not_started');
    expect(item.missing[0]).toMatch(/^Test set-up not ticked off/);
  });

  test('a started checklist can be the next action, naming how far it got', () => {
    const [first] = formatChecklists.panel;
    const round = aReadinessRound({ formats: ['panel'], checklistDone: [first?.id ?? ''] });
    const readiness = assessReadiness(aReadyInput({ round }), NOW);
    expect(readiness.nextAction).toMatchObject({
      itemId: 'format:panel',
      title: 'Finish the panel checklist for round 2',
    });
    expect(readiness.nextAction?.reason).toContain(
      `only 1 of ${formatChecklists.panel.length} items on the panel checklist are ticked`,
    );
  });

  test('salary, why and logistics say exactly what is missing', () => {
    const input = aReadyInput({
      salary: { target: 95_000, rangeLow: 90_000, rangeHigh: 105_000, walkAway: null },
      personalWhy: { whyRole: 'Own a platform.', whyCompany: '', whyNow: '' },
      round: aReadinessRound({ logistics: null }),
    });
    expect(itemOf(input, 'salary')).toMatchObject({
      status: 'partly',
      missing: ['No walk-away figure set'],
    });
    expect(itemOf(input, 'why')).toMatchObject({
      status: 'partly',
      missing: ['“why Larkspur Freight” is not answered', '“why now” is not answered'],
    });
    expect(itemOf(input, 'logistics')).toMatchObject({
      status: 'partly',
      missing: ['Whom to ask for on arrival is not noted'],
    });
    const video = aReadinessRound({
      location: null,
      logistics: null,
      videoLink: 'https://meet.example.com/x',
    });
    expect(itemOf(aReadyInput({ round: video }), 'logistics').status).toBe('done');
  });

  test('an open promise is listed with whom it was made to', () => {
    const input = aReadyInput({
      promises: [
        {
          promise: 'Send the deck.',
          dueOn: '2026-11-25',
          kept: false,
          roundId: 'r1',
          toInterviewerId: 'femke',
          toName: 'Femke de Wit',
        },
      ],
    });
    expect(itemOf(input, 'promises')).toMatchObject({
      status: 'not_started',
      missing: ['“Send the deck.” (to Femke de Wit, due Wed 25 Nov)'],
    });
  });
});
