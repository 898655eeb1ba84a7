import { afterEach, describe, expect, test } from 'vitest';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { assessOpportunityCoverage, planRound } from '../../src/app/plan-round.js';
import { createRecord, listRecords } from '../../src/app/records.js';
import { NotFoundError } from '../../src/app/errors.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';

describe.each(databaseTargets)('round plan use case [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });
  const example = async () => {
    open = await target.create();
    const ctx = await contextFor(open.database);
    const opportunity = await loadExampleOpportunity(ctx);
    const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
    return { ctx, opportunity, first: rounds[0]!, second: rounds[1]! };
  };

  test('plans round 2 of the example for each of its three interviewers, citing the posting and round 1', async () => {
    const { ctx, second } = await example();
    const { plan, posting } = await planRound(ctx, second.id);
    expect(posting.requirements).toContain('Comfort with SQL and product analytics');
    expect(plan.interviewers.map((interviewer) => interviewer.name)).toEqual([
      'Femke de Wit',
      'Arjun Mehta',
      'Sanne Bakker',
    ]);
    const femke = plan.interviewers[0]!;
    const reasons = femke.questions.flatMap((question) => question.reasons);
    expect(reasons).toContain('you rated your answer 2/5 in round 1');
    expect(reasons.some((reason) => reason.includes('from the posting'))).toBe(true);
    expect(femke.asks[0]?.origin).toBe('mine');
  });

  test('a story told to an interviewer in round 1 is recorded and avoided for them in round 2', async () => {
    const { ctx, first, second } = await example();
    const [story] = await listRecords(ctx, 'story');
    const [femke] = await listRecords(ctx, 'interviewer');
    await createRecord(ctx, 'debriefItem', {
      roundId: first.id,
      askedByInterviewerId: femke!.id,
      storyId: story!.id,
      question: 'Tell me about a time you worked with difficult stakeholders.',
      selfRating: 4,
    });
    const { plan } = await planRound(ctx, second.id);
    const forFemke = plan.interviewers.find(
      (interviewer) => interviewer.interviewerId === femke!.id,
    )!;
    const told = forFemke.questions.filter((question) => question.story?.storyId === story!.id);
    for (const question of told) expect(question.story?.toldThemBefore).toBe(true);
  });

  test('coverage lists the posting’s gaps first, and a new story covering one moves it', async () => {
    const { ctx, opportunity } = await example();
    const before = await assessOpportunityCoverage(ctx, opportunity.id);
    expect(before.coverage[0]?.strength).toBe('none');
    const sql = before.coverage.find(
      (item) => item.text === 'Comfort with SQL and product analytics',
    );
    expect(sql?.strength).not.toBe('strong');
    await createRecord(ctx, 'story', {
      title: 'SQL dashboards for support',
      situation: 'Support could not see which screens caused tickets.',
      action: 'I wrote SQL queries and built product analytics dashboards in Looker.',
      result: 'Tickets about those screens fell by 30%.',
      tags: ['SQL', 'product analytics'],
    });
    const after = await assessOpportunityCoverage(ctx, opportunity.id);
    const covered = after.coverage.find(
      (item) => item.text === 'Comfort with SQL and product analytics',
    );
    expect(covered?.strength).toBe('strong');
    expect(covered?.matches[0]?.title).toBe('SQL dashboards for support');
  });

  test('planning a round that does not exist is a NotFoundError', async () => {
    open = await target.create();
    const ctx = await contextFor(open.database);
    await expect(planRound(ctx, 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});
