import { describe, expect, test } from 'vitest';
import { competencies } from '../content/competencies.js';
import { questionBank } from '../content/question-bank/index.js';
import { questionsToAskBank } from '../content/questions-to-ask-bank.js';
import { assessCoverage } from './coverage.js';
import { planRoundFor } from './plan.js';
import { asActivity } from './plan-questions.js';
import type { PlanInput, PlanStory } from './plan-types.js';

const stories: PlanStory[] = [
  {
    id: 'st-1',
    title: 'Winning back operations',
    tags: ['stakeholder management'],
    text: 'Planners stopped reporting bugs. I sat with the planning desk weekly and set up a triage board. Manual rebookings fell from 70 to 25 a week.',
  },
  {
    id: 'st-2',
    title: 'Invoice splitting',
    tags: ['customer focus', 'problem solving'],
    text: 'Shippers split invoices by hand. I interviewed twelve shippers and shipped a splitter. Billing tickets fell 38%.',
  },
  {
    id: 'st-3',
    title: 'Disagreement on the roadmap',
    tags: ['conflict resolution', 'influence'],
    text: 'Sales and engineering disagreed on priorities. I ran a session with customer data and we agreed an order. Churn fell 2 points.',
  },
  {
    id: 'st-4',
    title: 'Missed launch',
    tags: ['learning from failure', 'ownership'],
    text: 'We missed a launch date. I owned the post-mortem and changed how we estimate. The next three launches were on time.',
  },
  {
    id: 'st-5',
    title: 'Leading a new team',
    tags: ['leadership', 'coaching'],
    text: 'I took over a team of five. I set weekly one-to-ones and clear goals. Engagement scores rose from 6.1 to 7.8.',
  },
];

function anInput(overrides: Partial<PlanInput> = {}): PlanInput {
  const coverage = assessCoverage(
    {
      requirements: ['Stakeholder management across operations and sales', 'Fluent Dutch'],
      responsibilities: ['Own the roadmap'],
    },
    stories.map((story) => ({
      id: story.id,
      kind: 'story' as const,
      title: story.title,
      text: story.text,
      tags: story.tags,
    })),
    competencies,
  );
  return {
    roundNumber: 2,
    formats: ['panel'],
    company: 'Larkspur Freight',
    role: 'Senior Product Manager',
    interviewers: [
      {
        id: 'hm',
        name: 'Femke de Wit',
        audienceKind: 'hiring_manager',
        priorities: ['fewer failed bookings'],
        concerns: [],
      },
      {
        id: 'cto',
        name: 'Arjun Mehta',
        audienceKind: 'executive',
        priorities: [],
        concerns: ['limited experience with platform migrations'],
      },
      {
        id: 'ops',
        name: 'Sanne Bakker',
        audienceKind: 'cross_functional',
        priorities: [],
        concerns: [],
      },
    ],
    skills: ['SQL', 'product analytics'],
    responsibilities: ['Own the roadmap of the booking portal'],
    coverage,
    earlierAnswers: [
      {
        question: 'Tell me about a product decision you made with incomplete data.',
        askedBy: 'hm',
        selfRating: 2,
        followUpNeeded: true,
        storyId: 'st-2',
        roundNumber: 1,
      },
    ],
    missedPoints: [{ point: 'The SQL dashboards I built for support', interviewerId: 'hm' }],
    stories,
    myQuestions: [
      {
        id: 'q1',
        question: 'How will the move off the monolith change what the portal can ship?',
        category: 'strategy',
        targetInterviewerIds: ['cto'],
      },
      {
        id: 'q2',
        question: 'What is the salary range?',
        category: null,
        targetInterviewerIds: ['hm'],
      },
    ],
    askedBefore: ['What does a typical week look like for the team?'],
    stage: 'before_offer',
    bank: questionBank,
    askBank: questionsToAskBank,
    competencies,
    ...overrides,
  };
}

const plan = planRoundFor(anInput());
const of = (id: string) => plan.interviewers.find((entry) => entry.interviewerId === id)!;

describe('likely questions', () => {
  test('each interviewer gets ranked questions with reasons, led by their audience focus', () => {
    for (const interviewer of plan.interviewers) {
      expect(interviewer.questions.length).toBe(6);
      for (const question of interviewer.questions)
        expect(question.reasons.length).toBeGreaterThan(0);
    }
    expect(of('cto').focus).toMatch(/strategy/);
  });

  test('a round-1 answer rated 2/5 comes back as a follow-up from the interviewer who asked it', () => {
    const followUp = of('hm').questions.find((question) => question.origin === 'follow_up');
    expect(followUp?.text).toContain(
      'Tell me about a product decision you made with incomplete data.',
    );
    expect(followUp?.reasons).toContain('you rated your answer 2/5 in round 1');
  });

  test('a point missed in round 1 gets its slot, and a stated concern becomes a question', () => {
    expect(of('hm').questions.some((question) => question.origin === 'missed_point')).toBe(true);
    const concern = of('cto').questions.find((question) => question.origin === 'concern');
    expect(concern?.text).toContain('limited experience with platform migrations');
    expect(concern?.reasons).toEqual(['Arjun Mehta raised this concern about you']);
  });

  test('a presentation in the round brings questions about it', () => {
    const withPresentation = planRoundFor(anInput({ formats: ['presentation'] }));
    expect(
      withPresentation.interviewers.some((entry) =>
        entry.questions.some((question) => question.type === 'presentation_qa'),
      ),
    ).toBe(true);
  });

  test('the same input always gives the same plan', () => {
    expect(JSON.stringify(planRoundFor(anInput()))).toBe(JSON.stringify(plan));
  });
});

describe('stories', () => {
  test('no interviewer hears the same story twice', () => {
    for (const interviewer of plan.interviewers) {
      const told = interviewer.questions.flatMap((question) =>
        question.story ? [question.story.storyId] : [],
      );
      expect(new Set(told).size).toBe(told.length);
    }
  });

  test('each assigned story says why it fits', () => {
    const assigned = plan.interviewers.flatMap((entry) =>
      entry.questions.flatMap((question) => (question.story ? [question.story] : [])),
    );
    expect(assigned.length).toBeGreaterThan(3);
    for (const story of assigned) expect(story.reason).toMatch(/^It (shows|mentions)/);
  });

  test('a story this interviewer already heard is flagged when it is the only one that fits', () => {
    const onlyOne = planRoundFor(
      anInput({ stories: [stories[1]!], interviewers: [anInput().interviewers[0]!] }),
    );
    const flagged = onlyOne.interviewers[0]?.questions.find(
      (question) => question.story?.storyId === 'st-2',
    );
    expect(flagged?.story?.toldThemBefore).toBe(true);
  });

  test('with an empty story bank, each story question says what to write', () => {
    const none = planRoundFor(anInput({ stories: [] }));
    const advice = none.interviewers.flatMap((entry) =>
      entry.questions.flatMap((question) => (question.storyAdvice ? [question.storyAdvice] : [])),
    );
    expect(advice.length).toBeGreaterThan(0);
    expect(advice[0]).toMatch(/^No story in your bank/);
  });
});

describe('questions to ask', () => {
  test('the candidate’s own question for an interviewer comes first, linted', () => {
    expect(of('cto').asks[0]).toMatchObject({ origin: 'mine', category: 'strategy', findings: [] });
    const salary = of('hm').asks.find((ask) => ask.text === 'What is the salary range?');
    expect(salary?.findings.map((finding) => finding.kind)).toContain('premature_compensation');
  });

  test('bank questions suit the interviewer and are not repeats of earlier rounds', () => {
    for (const interviewer of plan.interviewers) {
      expect(interviewer.asks.length).toBe(4);
      const texts = interviewer.asks.map((ask) => ask.text);
      expect(texts).not.toContain('What does a typical week look like for the team?');
    }
    const all = plan.interviewers.flatMap((entry) =>
      entry.asks.filter((ask) => ask.origin === 'bank').map((ask) => ask.text),
    );
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('gaps', () => {
  test('the plan lists requirements the evidence does not cover', () => {
    expect(plan.gaps.map((gap) => gap.text)).toContain('Fluent Dutch');
  });
});

describe('asActivity', () => {
  test.each([
    ['Own the roadmap of the booking portal.', 'owning the roadmap of the booking portal'],
    [
      'Turn support tickets into problem statements',
      'turning support tickets into problem statements',
    ],
    ['Manage a team of five', 'managing a team of five'],
    ['Plan the rota', 'planning the rota'],
    ['Roadmap ownership for the portal', 'roadmap ownership for the portal'],
  ])('turns the duty "%s" into "%s" so it reads inside a question', (duty, activity) => {
    expect(asActivity(duty)).toBe(activity);
  });
});

describe('questions from research', () => {
  test('recent news becomes a question for the executive, with the candidate’s note as the reason', () => {
    const withNews = planRoundFor(
      anInput({
        news: [
          {
            headline: 'Larkspur opens a rail corridor to Milan',
            talkingPoint: 'ask about rail pricing',
          },
        ],
      }),
    );
    const cto = withNews.interviewers.find((entry) => entry.interviewerId === 'cto')!;
    const research = cto.asks.find((ask) => ask.origin === 'research');
    expect(research?.text).toBe(
      "I read that Larkspur opens a rail corridor to Milan. How will that shape the company's priorities over the next year?",
    );
    expect(research?.why).toContain('ask about rail pricing');
    expect(research?.findings).toEqual([]);
  });
});
