// Plan benchmark: a round with 6 interviewers, 50 stories and the full question banks, planned by
// the pure planner (coverage included), warm. Budget (issue 4): median ≤ 50 ms. Baseline in the
// same run: parsing the same stories and questions once with the NLP pipeline alone.
import { performance } from 'node:perf_hooks';
import { assessCoverage } from '../src/coach/coverage.js';
import { planRoundFor } from '../src/coach/plan.js';
import type { PlanInput } from '../src/coach/plan-types.js';
import { parseText } from '../src/coach/text.js';
import { competencies } from '../src/content/competencies.js';
import { questionBank } from '../src/content/question-bank/index.js';
import { questionsToAskBank } from '../src/content/questions-to-ask-bank.js';
import { quantile, timeRuns } from './measure.js';

const themes = [
  [
    'stakeholder management',
    'I met the sales and operations leads every week and agreed one priority list.',
  ],
  [
    'conflict resolution',
    'Two engineers disagreed on the design; I brought both to a whiteboard session and we chose together.',
  ],
  ['leadership', 'I took over a team of five and set clear goals with weekly one-to-ones.'],
  [
    'data-driven decisions',
    'I pulled six months of usage data in SQL and showed which feature nobody used.',
  ],
  [
    'customer focus',
    'I interviewed twelve customers and rewrote the onboarding around their words.',
  ],
  [
    'learning from failure',
    'We missed a launch; I ran the post-mortem and changed how we estimate.',
  ],
  [
    'prioritisation',
    'With three deadlines in one week I ranked the work by impact and delegated the rest.',
  ],
  [
    'negotiation',
    'The supplier asked for 7% more; I brought two competing quotes and we settled on 4% less.',
  ],
  [
    'innovation',
    'I prototyped a rule-based splitter in two weeks instead of waiting for a rewrite.',
  ],
  ['coaching', 'I paired with a junior analyst every Friday until she ran the reports herself.'],
] as const;
const stories = Array.from({ length: 50 }, (_, index) => {
  const [tag, action] = themes[index % themes.length]!;
  return {
    id: `story-${index}`,
    title: `${tag} story ${index}`,
    tags: [tag],
    text: `At my last company in year ${2015 + (index % 9)} the team faced a problem with ${tag}. ${action} As a result the error rate fell from ${10 + index}% to ${index % 7}% within a quarter.`,
  };
});
const posting = {
  requirements: [
    '5+ years of product management for B2B software',
    'Experience managing senior stakeholders',
    'Comfort with SQL and product analytics',
    'Leading teams through change',
    'Fluent Dutch',
  ],
  preferred: ['Experience with payments or pricing flows'],
  responsibilities: [
    'Own the roadmap of the booking portal',
    'Work with engineering and operations to ship every two weeks',
    'Present progress to the leadership team each quarter',
  ],
  skills: ['SQL', 'product analytics', 'Jira'],
};
const audiences = [
  'hiring_manager',
  'executive',
  'peer',
  'cross_functional',
  'recruiter',
  'technical',
] as const;
function input(): PlanInput {
  return {
    roundNumber: 2,
    formats: ['panel', 'presentation'],
    company: 'Larkspur Freight',
    role: 'Senior Product Manager',
    interviewers: audiences.map((audienceKind, index) => ({
      id: `i${index}`,
      name: `Interviewer ${index}`,
      audienceKind,
      priorities: ['fewer failed bookings'],
      concerns: index === 1 ? ['no platform migration experience'] : [],
    })),
    skills: posting.skills,
    responsibilities: posting.responsibilities,
    coverage: assessCoverage(
      posting,
      stories.map((story) => ({ ...story, kind: 'story' as const })),
      competencies,
    ),
    earlierAnswers: [
      {
        question: 'Tell me about a decision made with incomplete data.',
        askedBy: 'i0',
        selfRating: 2,
        followUpNeeded: true,
        storyId: 'story-3',
        roundNumber: 1,
      },
    ],
    missedPoints: [{ point: 'The SQL dashboards I built for support', interviewerId: 'i0' }],
    stories,
    myQuestions: [
      {
        id: 'q1',
        question: 'How will the platform migration change the roadmap?',
        category: 'strategy',
        targetInterviewerIds: ['i1'],
      },
    ],
    askedBefore: ['What does a typical week look like for the team?'],
    stage: 'before_offer',
    bank: questionBank,
    askBank: questionsToAskBank,
    competencies,
  };
}

function measure(label: string, run: () => unknown, iterations: number) {
  const times = timeRuns(run, iterations, 5);
  return { label, median: quantile(times, 0.5), p90: quantile(times, 0.9) };
}

const texts = [
  ...stories.map((story) => story.text),
  ...questionBank.map((question) => question.text),
];
const coldStart = performance.now();
planRoundFor(input());
const cold = performance.now() - coldStart;
const baseline = measure(
  'parse every story and bank question once (baseline)',
  () => texts.forEach((text) => parseText(text)),
  30,
);
const plan = measure(
  'coverage + plan, 6 interviewers, 50 stories, full banks',
  () => planRoundFor(input()),
  30,
);
console.log('Plan (ms, warm, 30 runs):');
for (const row of [baseline, plan])
  console.log(
    `  ${row.label.padEnd(58)} median ${row.median.toFixed(1)}  p90 ${row.p90.toFixed(1)}`,
  );
console.log(
  `  first plan in a fresh process (cold caches, model already loaded): ${cold.toFixed(1)} ms`,
);
console.log(`  budget median ≤ 50 ms: ${plan.median <= 50 ? 'met' : 'MISSED'}`);
