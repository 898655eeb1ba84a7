import { afterEach, describe, expect, test } from 'vitest';
import { NotFoundError } from '../../src/app/errors.js';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { listReadiness, readinessOf } from '../../src/app/readiness.js';
import { createRecord, listRecords, updateRecord } from '../../src/app/records.js';
import type { Readiness } from '../../src/coach/readiness.js';
import { formatChecklists } from '../../src/content/format-checklists.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { anOpportunity, contextFor, fixedClock } from '../support/fixtures.js';

const HOUR = 3600_000;
const statusOf = (readiness: Readiness, id: string) =>
  readiness.items.find((item) => item.id === id)?.status;

describe.each(databaseTargets)('readiness [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });

  /**
   * The example loaded on Friday 20 Nov 2026 (round 1 nine days before, round 2 on Wednesday 25
   * Nov at 13:30 in Amsterdam), with the clock moved to three days before round 2.
   */
  const threeDaysBefore = async () => {
    open = await target.create();
    const clock = fixedClock('2026-11-20T09:00:00.000Z');
    const ctx = await contextFor(open.database, clock);
    const opportunity = await loadExampleOpportunity(ctx);
    const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
    const [first, second] = rounds.sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
    if (!first || !second?.startsAt) throw new Error('the example has two rounds');
    clock.advance(Date.parse(second.startsAt) - 72 * HOUR - clock.now().getTime());
    const people = await listRecords(ctx, 'interviewer', { opportunityId: opportunity.id });
    return { ctx, clock, opportunity, first, second, people };
  };

  test('three days before round 2 of the example: the countdown, the checklist and the next action', async () => {
    const { ctx, opportunity, second } = await threeDaysBefore();
    const readiness = await readinessOf(ctx, opportunity.id);
    expect(readiness.round).toEqual({
      id: second.id,
      number: 2,
      startsAt: '2026-11-25T12:30:00.000Z',
      timeZone: 'Europe/Amsterdam',
    });
    expect(readiness.countdown?.text).toBe('3 days — Wed 25 Nov, 13:30 (Europe/Amsterdam)');
    const statuses = Object.fromEntries(readiness.items.map((item) => [item.id, item.status]));
    expect(statuses).toMatchObject({
      debrief: 'done',
      interviewers: 'done',
      research: 'done',
      logistics: 'done',
      requirements: 'partly',
      stories: 'partly',
      asks: 'partly',
      'format:panel': 'partly',
      'format:presentation': 'not_started',
      practice: 'not_started',
      salary: 'not_started',
      why: 'not_started',
      promises: 'not_started',
    });
    expect(readiness.items.find((item) => item.id === 'asks')?.missing).toEqual([
      'Arjun Mehta (executive): 1 of 2 questions prepared',
      'Femke de Wit (hiring manager): 1 of 2 questions prepared',
      'Sanne Bakker (cross-functional): 1 of 2 questions prepared',
    ]);
    expect(readiness.nextAction).toMatchObject({
      itemId: 'stories',
      link: `/rounds/${second.id}/plan`,
    });
    expect(readiness.nextAction?.reason).toMatch(
      /^3 days left and \d likely questions have no story/,
    );
  });

  test('as data is added items turn done, and the next action moves on', async () => {
    const { ctx, clock, opportunity, first, second, people } = await threeDaysBefore();
    clock.advance(52 * HOUR);
    const before = await readinessOf(ctx, opportunity.id);
    expect(before.nextAction).toMatchObject({
      itemId: 'asks',
      title: 'Prepare questions for Arjun Mehta',
      reason:
        '20 hours left and Arjun Mehta, the executive interviewer, has only 1 of 2 questions prepared.',
    });

    const opportunityId = opportunity.id;
    for (const person of people) {
      await createRecord(ctx, 'questionToAsk', {
        opportunityId,
        question: `What would you want ${person.name.split(' ')[0]}'s new colleague to fix first?`,
        targetInterviewerIds: [person.id],
      });
    }
    await createRecord(ctx, 'personalWhy', {
      opportunityId,
      whyRole: 'I want to own a whole platform.',
      whyCompany: 'Freight booking is still painful, and Larkspur is fixing it.',
      whyNow: 'I have shipped payments flows and am ready for a platform.',
    });
    await createRecord(ctx, 'salaryPrep', {
      opportunityId,
      currency: 'EUR',
      target: 95_000,
      rangeLow: 90_000,
      rangeHigh: 105_000,
      walkAway: 85_000,
    });
    const deck = await createRecord(ctx, 'presentationPlan', {
      opportunityId,
      roundId: second.id,
      topic: 'Fewer failed bookings',
      timeLimitMinutes: 15,
      sections: [
        { title: 'Problem', plannedMinutes: 4 },
        { title: 'Plan', plannedMinutes: 8 },
      ],
    });
    await createRecord(ctx, 'rehearsal', {
      presentationPlanId: deck.id,
      timestamps: ['2026-11-21T09:00:00Z', '2026-11-21T09:04:10Z', '2026-11-21T09:13:05Z'],
    });
    for (const question of ['Why Larkspur?', 'A decision with incomplete data', 'Why leave?']) {
      await createRecord(ctx, 'practiceAttempt', { opportunityId, question, transcript: 'I…' });
    }
    const [promise] = await listRecords(ctx, 'promise', { roundId: first.id });
    await updateRecord(ctx, 'promise', promise?.id ?? '', { kept: true });

    const after = await readinessOf(ctx, opportunity.id);
    for (const id of ['asks', 'why', 'salary', 'format:presentation', 'practice', 'promises']) {
      expect([id, statusOf(after, id)]).toEqual([id, 'done']);
    }
    expect(after.nextAction?.itemId).toBe('stories');
  });

  test('the panel checklist ticked on the round makes the panel item partly, then done', async () => {
    const { ctx, opportunity, second } = await threeDaysBefore();
    const panel = formatChecklists.panel.map((item) => item.id);
    const panelItem = async () =>
      (await readinessOf(ctx, opportunity.id)).items.find((item) => item.id === 'format:panel');

    await updateRecord(ctx, 'round', second.id, {
      checklistDone: [panel[0] ?? '', panel[1] ?? '', 'not-a-checklist-item'],
    });
    expect(await panelItem()).toMatchObject({
      status: 'partly',
      missing: [`Panel checklist: 2 of ${panel.length} ticked`],
    });

    await updateRecord(ctx, 'round', second.id, { checklistDone: panel });
    expect(await panelItem()).toMatchObject({ status: 'done', missing: [] });
  });

  test('an opportunity without rounds still has a checklist, and the action is to schedule one', async () => {
    open = await target.create();
    const ctx = await contextFor(open.database, fixedClock('2026-11-20T09:00:00.000Z'));
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const readiness = await readinessOf(ctx, opportunity.id);
    expect(readiness).toMatchObject({ phase: 'no_round', round: null, countdown: null });
    expect(readiness.items.map((item) => item.id)).toEqual([
      'schedule',
      'research',
      'requirements',
      'practice',
      'salary',
      'why',
    ]);
    expect(readiness.nextAction).toMatchObject({
      itemId: 'schedule',
      title: 'Schedule the next round',
    });
  });

  test('a round named by id is used; a held round shows the follow-through', async () => {
    const { ctx, opportunity, first } = await threeDaysBefore();
    const readiness = await readinessOf(ctx, opportunity.id, { roundId: first.id });
    expect(readiness.phase).toBe('after');
    expect(readiness.items.map((item) => item.id)).toEqual([
      'thank-you',
      'promises',
      'reflection',
      'follow-up',
    ]);
    expect(readiness.items[0]?.missing).toEqual([
      'Femke de Wit: not drafted — overdue since Thu 12 Nov, 10:45',
    ]);
    await expect(readinessOf(ctx, opportunity.id, { roundId: 'nope' })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test('listReadiness covers the opportunities in play, soonest interview first', async () => {
    const { ctx, opportunity } = await threeDaysBefore();
    await createRecord(ctx, 'opportunity', anOpportunity({ status: 'rejected' }));
    const later = await createRecord(ctx, 'opportunity', anOpportunity({ company: 'Later Ltd' }));
    const all = await listReadiness(ctx);
    expect(all.map((entry) => entry.opportunity.id)).toEqual([opportunity.id, later.id]);
  });
});
