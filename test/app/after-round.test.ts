import { afterEach, describe, expect, test } from 'vitest';
import { ConflictError, ValidationError } from '../../src/app/errors.js';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { dueFollowUps, markFollowUpSent, markOpportunityCold } from '../../src/app/follow-ups.js';
import { offerChecklist, startNextRound } from '../../src/app/next-step.js';
import { createRecord, getRecord, listRecords, updateRecord } from '../../src/app/records.js';
import { recordReflection, reflectionTrends } from '../../src/app/reflection.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { contextFor, fixedClock } from '../support/fixtures.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseTargets)('after the round [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });

  /**
   * The example loaded on Friday 20 Nov 2026: round 1 was on 11 Nov, round 2 is on Wednesday
   * 25 Nov at 13:30 in Amsterdam, with a decision expected on Friday 4 Dec.
   */
  const withExample = async () => {
    open = await target.create();
    const clock = fixedClock('2026-11-20T09:00:00.000Z');
    const ctx = await contextFor(open.database, clock);
    const opportunity = await loadExampleOpportunity(ctx);
    const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
    const [first, second] = rounds;
    const at = (instant: string) => clock.advance(Date.parse(instant) - clock.now().getTime());
    return { ctx, clock, at, opportunity, first: first!, second: second! };
  };

  describe('follow-ups', () => {
    test('nothing is due before the decision date; on the decision day one is announced', async () => {
      const { ctx, at, second } = await withExample();
      expect(await dueFollowUps(ctx)).toMatchObject({ created: 0, due: [], upcoming: [] });
      at('2026-12-04T15:00:00.000Z');
      const overview = await dueFollowUps(ctx);
      expect(overview.due).toEqual([]);
      expect(overview.upcoming).toMatchObject([
        { round: { id: second.id, number: 2 }, next: 'send', sequence: 1, dueOn: '2026-12-07' },
      ]);
    });

    test('the working day after the decision date a reminder appears, drafted once', async () => {
      const { ctx, at, opportunity, second } = await withExample();
      at('2026-12-07T08:00:00.000Z');
      const first = await dueFollowUps(ctx);
      expect(first.created).toBe(1);
      expect(first.due).toHaveLength(1);
      const [due] = first.due;
      expect(due).toMatchObject({
        opportunity: { id: opportunity.id, company: 'Larkspur Freight' },
        round: { id: second.id, number: 2, expectedDecisionOn: '2026-12-04' },
        sequence: 1,
        recipient: { name: 'Femke de Wit' },
        followUp: { status: 'planned', kind: 'status_inquiry', dueOn: '2026-12-07' },
      });
      expect(due!.followUp.body).toMatch(/^Dear Femke,/);
      expect(due!.followUp.body).toContain('Wednesday 25 November for round 2');
      expect(due!.followUp.body.toLowerCase()).not.toContain('just checking in');
      expect(due!.words).toBeLessThanOrEqual(150);

      const again = await dueFollowUps(ctx);
      expect(again.created).toBe(0);
      expect(again.due.map((entry) => entry.followUp.id)).toEqual([due!.followUp.id]);
      expect(await listRecords(ctx, 'followUp')).toHaveLength(1);
    });

    test('a second after 5 working days, then the suggestion to mark it cold', async () => {
      const { ctx, at, opportunity } = await withExample();
      at('2026-12-07T08:00:00.000Z');
      const [first] = (await dueFollowUps(ctx)).due;
      const sent = await markFollowUpSent(ctx, first!.followUp.id);
      expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-12-07T08:00:00.000Z' });

      at('2026-12-11T12:00:00.000Z');
      expect((await dueFollowUps(ctx)).upcoming).toMatchObject([
        { sequence: 2, dueOn: '2026-12-14' },
      ]);
      at('2026-12-14T08:00:00.000Z');
      const [second] = (await dueFollowUps(ctx)).due;
      expect(second).toMatchObject({ sequence: 2 });
      expect(second!.followUp.body).toContain('I wrote on Monday 7 December');
      await markFollowUpSent(ctx, second!.followUp.id);

      at('2026-12-21T08:00:00.000Z');
      const late = await dueFollowUps(ctx);
      expect(late.due).toEqual([]);
      expect(late.coldSuggestions).toMatchObject([
        {
          opportunity: { id: opportunity.id },
          followUpIds: [first!.followUp.id, second!.followUp.id],
        },
      ]);
      expect(await listRecords(ctx, 'followUp')).toHaveLength(2);

      const cold = await markOpportunityCold(ctx, opportunity.id);
      expect(cold.opportunity.status).toBe('cold');
      expect(await dueFollowUps(ctx)).toMatchObject({ due: [], coldSuggestions: [], upcoming: [] });
    });

    test('marking cold cancels a planned inquiry; an ended opportunity cannot go cold', async () => {
      const { ctx, at, opportunity } = await withExample();
      at('2026-12-07T08:00:00.000Z');
      const [due] = (await dueFollowUps(ctx)).due;
      expect((await markOpportunityCold(ctx, opportunity.id)).cancelledFollowUps).toBe(1);
      expect(await getRecord(ctx, 'followUp', due!.followUp.id)).toMatchObject({
        status: 'cancelled',
      });
      await expect(markFollowUpSent(ctx, due!.followUp.id)).rejects.toBeInstanceOf(ConflictError);
      await updateRecord(ctx, 'opportunity', opportunity.id, { status: 'rejected' });
      await expect(markOpportunityCold(ctx, opportunity.id)).rejects.toBeInstanceOf(ConflictError);
    });

    test('a follow-up cannot be marked sent in the future', async () => {
      const { ctx, at } = await withExample();
      at('2026-12-07T08:00:00.000Z');
      const [due] = (await dueFollowUps(ctx)).due;
      await expect(
        markFollowUpSent(ctx, due!.followUp.id, '2026-12-08T08:00:00.000Z'),
      ).rejects.toBeInstanceOf(ValidationError);
    });
  });

  describe('reflection', () => {
    test('records the round’s one reflection, then changes it; fields left out are kept', async () => {
      const { ctx, first } = await withExample();
      const created = await recordReflection(ctx, first.id, {
        preparationRating: 3,
        connectionRating: 2,
        lessons: ['Give the result in numbers'],
      });
      expect(created.created).toBe(true);
      const changed = await recordReflection(ctx, first.id, { connectionRating: 3 });
      expect(changed.created).toBe(false);
      expect(changed.reflection).toMatchObject({
        id: created.reflection.id,
        preparationRating: 3,
        connectionRating: 3,
        lessons: ['Give the result in numbers'],
      });
      expect(await listRecords(ctx, 'reflection')).toHaveLength(1);
    });

    test('a round that has not started cannot be reflected on; a bad rating is refused', async () => {
      const { ctx, first, second } = await withExample();
      await expect(recordReflection(ctx, second.id, { answersRating: 4 })).rejects.toBeInstanceOf(
        ValidationError,
      );
      await expect(recordReflection(ctx, first.id, { answersRating: 6 })).rejects.toBeInstanceOf(
        ValidationError,
      );
    });

    test('trends run across the rounds in date order, with the repeated lesson', async () => {
      const { ctx, clock, first, second } = await withExample();
      await recordReflection(ctx, first.id, {
        connectionRating: 2,
        lessons: ['Give the result in numbers'],
      });
      clock.advance(6 * DAY);
      await recordReflection(ctx, second.id, {
        connectionRating: 4,
        lessons: ['give results in numbers'],
      });
      const trends = await reflectionTrends(ctx);
      const connection = trends.dimensions.find((d) => d.dimension === 'connection');
      expect(connection?.series.map((point) => point.date)).toEqual(['2026-11-11', '2026-11-25']);
      expect(trends.summaries).toContain('connection improved from 2 to 4 over 2 rounds');
      expect(trends.repeatedLessons.map((lesson) => lesson.rounds)).toEqual([2]);
    });
  });

  describe('next step', () => {
    test('another round is created pre-filled, with what carries over', async () => {
      const { ctx, clock, opportunity, first, second } = await withExample();
      const stories = await listRecords(ctx, 'story');
      const people = await listRecords(ctx, 'interviewer', { opportunityId: opportunity.id });
      const arjun = people.find((person) => person.name === 'Arjun Mehta')!;
      await createRecord(ctx, 'debriefItem', {
        roundId: second.id,
        question: 'How would you plan the migration?',
        askedByInterviewerId: arjun.id,
        storyId: stories[0]!.id,
      });
      const [asked] = await listRecords(ctx, 'questionToAsk', { opportunityId: opportunity.id });
      await updateRecord(ctx, 'questionToAsk', asked!.id, { askedInRoundId: first.id });
      clock.advance(8 * DAY);

      const next = await startNextRound(ctx, opportunity.id, { startsAt: '2026-12-10 14:00' });
      expect(next.round).toMatchObject({
        number: 3,
        startsAt: '2026-12-10T13:00:00.000Z',
        timeZone: 'Europe/Amsterdam',
      });
      expect(next.previousRoundId).toBe(second.id);
      expect(next.seated.map((person) => person.name)).toEqual([
        'Femke de Wit',
        'Arjun Mehta',
        'Sanne Bakker',
      ]);
      expect(await listRecords(ctx, 'participation', { roundId: next.round.id })).toHaveLength(3);
      expect(next.carryOver.storiesTold).toMatchObject([
        {
          story: { title: stories[0]!.title },
          toldTo: [{ interviewer: { name: 'Arjun Mehta' }, roundNumber: 2 }],
        },
      ]);
      expect(next.carryOver.openPromises.map((promise) => promise.promise)).toEqual([
        'Send Femke the one-page summary of the invoice-splitting results.',
      ]);
      expect(next.carryOver.questionsAsked).toMatchObject([{ id: asked!.id, roundNumber: 1 }]);
    });

    test('a new round ends the wait for a decision: the planned inquiry is cancelled', async () => {
      const { ctx, at, opportunity } = await withExample();
      at('2026-12-07T08:00:00.000Z');
      await dueFollowUps(ctx);
      const next = await startNextRound(ctx, opportunity.id);
      expect(next.cancelledFollowUps).toBe(1);
      expect(next.round.startsAt).toBeNull();
      expect((await dueFollowUps(ctx)).due).toEqual([]);
    });

    test('a start that does not exist in the zone is refused and nothing is created', async () => {
      const { ctx, opportunity } = await withExample();
      await expect(
        startNextRound(ctx, opportunity.id, { startsAt: '2027-03-28 02:30' }),
      ).rejects.toBeInstanceOf(ValidationError);
      expect(await listRecords(ctx, 'round', { opportunityId: opportunity.id })).toHaveLength(2);
    });

    test('an offer opens the negotiation checklist on the salary prep, walk-away kept apart', async () => {
      const { ctx, opportunity } = await withExample();
      await createRecord(ctx, 'salaryPrep', {
        opportunityId: opportunity.id,
        currency: 'EUR',
        target: 92_000,
        rangeLow: 80_000,
        rangeHigh: 100_000,
        walkAway: 83_250,
        marketSources: ['a 2026 Dutch PM salary survey'],
      });
      const { opportunity: changed, checklist } = await offerChecklist(ctx, opportunity.id);
      expect(changed.status).toBe('offer');
      expect((await getRecord(ctx, 'opportunity', opportunity.id)).status).toBe('offer');
      expect(checklist.salary).toMatchObject({ target: 92_000, walkAwaySet: true });
      expect(checklist.private.walkAway).toBe(83_250);
      const { private: _hidden, ...shareable } = checklist;
      expect(JSON.stringify(shareable)).not.toMatch(/83[,.]?250/);
      expect(checklist.counterScript).toContain('€92,000');
      expect(checklist.questions.map((question) => question.id)).toContain(
        'compensation-structure',
      );
      expect(checklist.steps.map((step) => step.id)).toContain('in-writing');
    });

    test('an ended opportunity takes no next step', async () => {
      const { ctx, opportunity } = await withExample();
      await updateRecord(ctx, 'opportunity', opportunity.id, { status: 'withdrawn' });
      await expect(offerChecklist(ctx, opportunity.id)).rejects.toBeInstanceOf(ConflictError);
      await expect(startNextRound(ctx, opportunity.id)).rejects.toBeInstanceOf(ConflictError);
    });
  });
});
