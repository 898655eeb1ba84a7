// Practice and format prep benchmark: the checks that re-run on every keystroke or every render of
// the practice and prep pages, each against a baseline measured in the same run.
// Budgets (Round Two's rule for live feedback: a check that re-runs as the candidate types must
// leave the frame budget of 16 ms almost whole): 30-60-90 check median ≤ 5 ms; progress over
// 500 attempts median ≤ 5 ms.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyseAnswer } from '../src/coach/answer-analysis.js';
import { checkDayPlan } from '../src/coach/day-plan-check.js';
import {
  practiceProgress,
  snapshotAnswer,
  type PracticedAttempt,
} from '../src/coach/practice-progress.js';
import { competencies } from '../src/content/competencies.js';
import { quantile, timeRuns } from './measure.js';

function measure(run: () => unknown, iterations: number) {
  const times = timeRuns(run, iterations, Math.min(200, iterations));
  return { median: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

const responsibilities = [
  'Own the roadmap for the booking portal and its pricing pages',
  'Run discovery interviews with shippers and carriers every sprint',
  'Work with engineering to cut portal failures and manual bookings',
  'Define and track product metrics with the analytics team',
  'Write clear product requirements and release notes',
  'Lead quarterly planning with sales and operations',
  'Present results to the executive team each quarter',
  'Coach two junior product managers',
];
const goals = {
  first30: [
    'Meet every engineer, the planning desk and five key shippers to learn how bookings fail today',
    'Read the last six months of support tickets and portal incident reports',
    'Understand the current product metrics and how the analytics team reports them',
  ],
  first60: [
    'Agree a roadmap for the booking portal with engineering and sales',
    'Run discovery interviews with ten shippers and write up what they need from pricing pages',
    'Set up a weekly review of portal failures with the engineering lead',
  ],
  first90: [
    'Cut manual bookings by 20% through the first portal fixes',
    'Present the first quarter results to the executive team',
    'Start fortnightly coaching sessions with both junior product managers',
  ],
};
const planText = [...responsibilities, ...goals.first30, ...goals.first60, ...goals.first90].join(
  '. ',
);

const nlp = winkNLP(model, ['sbd', 'pos']);
/* eslint-disable @typescript-eslint/unbound-method */
const its = nlp.its;
const barePass = (text: string) => nlp.readDoc(text).tokens().out(its.pos).length;
/* eslint-enable @typescript-eslint/unbound-method */

const answers = [
  'Um, so we kind of helped with it, I guess. It was fine.',
  'Last spring our checkout failed for one customer in ten. I was asked to find the cause within a week. I traced the failures to a timeout and rewrote the retry logic. Failures fell by 70% within a month.',
];
const snapshots = answers.map((text) => snapshotAnswer(analyseAnswer(text, { seconds: 80 })));
const attempts: PracticedAttempt[] = Array.from({ length: 500 }, (_, index) => ({
  id: `a${index}`,
  question: `Question ${index % 25}`,
  mode: index % 3 === 0 ? ('typed' as const) : ('spoken' as const),
  transcript: answers[index % 2] ?? '',
  durationSeconds: 60 + (index % 60),
  selfRating: 1 + (index % 5),
  attemptedAt: new Date(Date.UTC(2026, 10, 1) + index * 3_600_000).toISOString(),
  createdAt: '2026-11-01T00:00:00.000Z',
  analysis: snapshots[index % 2] ?? null,
}));
const reanalyse = (transcript: string, seconds: number | null) =>
  snapshotAnswer(analyseAnswer(transcript, seconds === null ? {} : { seconds }));

const bare = measure(() => barePass(planText), 2000);
const check = measure(() => checkDayPlan(goals, responsibilities, competencies), 2000);
const progress = measure(() => practiceProgress(attempts, reanalyse), 500);

const row = (label: string, m: { median: number; p99: number }) =>
  console.log(`  ${label.padEnd(52)} median ${m.median.toFixed(3)}  p99 ${m.p99.toFixed(3)}`);
console.log('Practice and format prep, warm (ms):');
row(`bare wink-nlp pass over the plan (${planText.split(/\s+/).length} words)`, bare);
row('30-60-90 check (9 goals, 8 responsibilities)', check);
row('practice progress over 500 attempts with snapshots', progress);
console.log(`  30-60-90 check / bare pass: ${(check.median / bare.median).toFixed(2)}×`);

const failures = [
  check.median > 5 ? `30-60-90 check median ${check.median.toFixed(2)} ms > 5 ms` : '',
  progress.median > 5 ? `progress median ${progress.median.toFixed(2)} ms > 5 ms` : '',
].filter(Boolean);
if (failures.length > 0) {
  console.error(`Over budget: ${failures.join('; ')}`);
  process.exitCode = 1;
}
