import { describe, expect, test } from 'vitest';
import { competencies } from '../content/competencies.js';
import { checkDayPlan, isLearningGoal, type DayPlanGoals } from './day-plan-check.js';
import { draftGoal } from './day-plan-draft.js';

/** A customer success manager posting, as the extractor lists its responsibilities. */
const responsibilities = [
  'Manage a portfolio of 40 mid-market accounts through onboarding and renewal',
  'Run quarterly business reviews with customer executives',
  'Reduce churn by spotting at-risk accounts early from product usage data',
  'Work with Product to turn customer feedback into roadmap requests',
  'Coach new hires on the renewal playbook',
];

const aPlan = (overrides: Partial<DayPlanGoals> = {}): DayPlanGoals => ({
  first30: [
    'Meet my manager and each account executive to learn how handovers work today',
    'Shadow five renewal calls and read the renewal playbook',
    'Review product usage data for my 40 accounts and list the at-risk ones',
  ],
  first60: [
    'Take over the 40 mid-market accounts and run their onboarding and renewal calls',
    'Run my first two quarterly business reviews with customer executives',
  ],
  first90: [
    'Cut churn in my portfolio with an early-warning check on usage data',
    'Send Product a monthly digest of customer feedback for roadmap requests',
  ],
  ...overrides,
});

const check = (plan: DayPlanGoals, lines = responsibilities) =>
  checkDayPlan(plan, lines, competencies);
const kinds = (plan: DayPlanGoals, lines = responsibilities) =>
  check(plan, lines).findings.map((finding) => finding.kind);

describe('30-60-90 day plan check', () => {
  test('a plan that learns first and answers every responsibility raises no findings', () => {
    const result = check(aPlan());
    expect(result.findings).toEqual([]);
    expect(result.unaddressed).toEqual([]);
  });

  test('names the goal that addresses a responsibility, by phase and place, with the shared words', () => {
    const reviews = check(aPlan()).responsibilities[1];
    expect(reviews?.responsibility).toBe('Run quarterly business reviews with customer executives');
    expect(reviews?.goals[0]).toMatchObject({ phase: 'first60', index: 1 });
    expect(reviews?.goals[0]?.terms).toEqual(expect.arrayContaining(['quarterly', 'executive']));
  });

  test('answers the responsibilities in the posting order, unaddressed ones included', () => {
    const result = check(aPlan({ first90: ['Cut churn in my portfolio with usage data alerts'] }));
    expect(result.responsibilities.map((item) => item.responsibility)).toEqual(responsibilities);
    expect(result.unaddressed).toEqual([
      'Work with Product to turn customer feedback into roadmap requests',
    ]);
  });

  test('a plan that addresses fewer than half the responsibilities says which are left, with its threshold', () => {
    const plan = aPlan({
      first30: ['Meet the customer success team and learn the tools'],
      first60: ['Run my first two quarterly business reviews with customer executives'],
      first90: ['Publish a weekly newsletter for the office'],
    });
    const finding = check(plan).findings.find((each) => each.kind === 'low_coverage');
    expect(finding?.message).toContain('1 of the 5 responsibilities');
    expect(finding?.unaddressed).toContain('Coach new hires on the renewal playbook');
    expect(finding?.threshold?.value).toBe(50);
    expect(finding?.threshold?.source).toMatch(/responsibilities/);
  });

  test('exactly half of an even number of responsibilities is enough', () => {
    const lines = responsibilities.slice(0, 4);
    const plan = aPlan({
      first30: ['Meet the customer success team and learn the tools'],
      first60: ['Take over the 40 mid-market accounts and run their onboarding and renewal calls'],
      first90: ['Run my first two quarterly business reviews with customer executives'],
    });
    expect(check(plan, lines).unaddressed).toHaveLength(2);
    expect(kinds(plan, lines)).not.toContain('low_coverage');
  });

  test('a phase with no goals is a problem, and blank goals do not count', () => {
    const result = check(aPlan({ first60: ['  ', ''] }));
    const empty = result.findings.filter((finding) => finding.kind === 'empty_phase');
    expect(empty.map((finding) => finding.phase)).toEqual(['first60']);
    expect(empty[0]?.severity).toBe('problem');
    expect(empty[0]?.advice).toMatch(/contribut/);
  });

  test('an empty plan gets one finding, not one per phase', () => {
    expect(kinds({ first30: [], first60: [''], first90: [] })).toEqual(['empty_plan']);
  });

  test('a first month of delivery with no learning or listening is flagged', () => {
    const plan = aPlan({
      first30: ['Take over the 40 mid-market accounts and run their onboarding and renewal calls'],
    });
    const finding = check(plan).findings.find((each) => each.kind === 'no_learning_first30');
    expect(finding?.phase).toBe('first30');
    expect(finding?.advice).toMatch(/meet/i);
  });

  test('learning goals are recognised in other forms of the word', () => {
    expect(isLearningGoal('Shadowed three on-call shifts')).toBe(true);
    expect(isLearningGoal('Hold one-on-ones with each engineer')).toBe(true);
    expect(isLearningGoal('Getting to know the finance leads')).toBe(true);
    expect(isLearningGoal('Ship the billing fix')).toBe(false);
  });

  test('"meet" is a learning cue only when people follow it', () => {
    expect(isLearningGoal('Meet the Q1 sales target')).toBe(false);
    expect(isLearningGoal("Meet the team's release deadlines")).toBe(false);
    expect(isLearningGoal('Meet each account executive')).toBe(true);
    expect(isLearningGoal('Meeting the support leads')).toBe(true);
    expect(isLearningGoal('Meet with Priya and her analysts')).toBe(true);
  });

  test('"review", "audit" and "assess" are learning cues only without a change verb or a number', () => {
    expect(isLearningGoal('Review and cut cloud costs by 10%')).toBe(false);
    expect(isLearningGoal('Audit the release process and reduce failed deploys')).toBe(false);
    expect(isLearningGoal('Assess 3 vendors')).toBe(false);
    expect(isLearningGoal('Review the on-call runbooks')).toBe(true);
    expect(isLearningGoal('Audit how releases are done today')).toBe(true);
    expect(isLearningGoal('Assess the current tooling with the team')).toBe(true);
  });

  test('a first month of delivery goals that only look like learning is flagged', () => {
    const plan = aPlan({
      first30: ['Meet the Q1 sales target', 'Review and cut cloud costs by 10%'],
    });
    expect(kinds(plan)).toContain('no_learning_first30');
  });

  test('a goal with nothing to act on and no measure is vague, with its broad word as evidence', () => {
    const plan = aPlan({
      first30: [...aPlan().first30, 'Get up to speed'],
      first90: ['Add value'],
    });
    const vague = check(plan).findings.filter((finding) => finding.kind === 'vague_goal');
    expect(vague.map((finding) => [finding.phase, finding.index])).toEqual([
      ['first30', 3],
      ['first90', 0],
    ]);
    const span = vague[1]?.spans?.[0];
    expect('Add value'.slice(span?.start, span?.end)).toBe('value');
  });

  test('a goal with an object or a number is not vague', () => {
    const plan = aPlan({ first90: ['Close 3', 'Add value to the renewal forecast'] });
    expect(kinds(plan)).not.toContain('vague_goal');
  });

  test('a goal keeps its place in the list when a blank goal comes before it', () => {
    const plan = aPlan({ first60: ['', 'Run my first quarterly business review'] });
    const reviews = check(plan).responsibilities[1];
    expect(reviews?.goals).toContainEqual(expect.objectContaining({ phase: 'first60', index: 1 }));
  });

  test('a goal drafted from a responsibility addresses it in the chosen phase', () => {
    const line = 'Coach new hires on the renewal playbook';
    const goal = draftGoal(line, 'first90');
    expect(goal).toContain('coach new hires on the renewal playbook');
    const result = check({ first30: ['Meet the team'], first60: [], first90: [goal] }, [line]);
    expect(result.responsibilities[0]?.goals[0]).toMatchObject({ phase: 'first90', index: 0 });
  });
});
