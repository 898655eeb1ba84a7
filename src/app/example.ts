import { DateTime } from 'luxon';
import { exampleOpportunity as example } from '../content/example-opportunity.js';
import type { AppContext } from './context.js';
import { createRecord } from './records.js';
import type { Opportunity } from '../domain/opportunity.js';

/** The example's relative days become real dates counted from today in the round's time zone. */
function startOf(ctx: AppContext, daysFromNow: number, time: string, timeZone: string): string {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromJSDate(ctx.clock.now(), { zone: timeZone })
    .plus({ days: daysFromNow })
    .set({ hour, minute, second: 0, millisecond: 0 })
    .toUTC()
    .toISO() as string;
}

function dateFromNow(ctx: AppContext, days: number): string {
  return DateTime.fromJSDate(ctx.clock.now(), { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/**
 * Loads the example opportunity (a fictional company, two rounds, three interviewers, a round-1
 * debrief, research, stories and questions) so that a newcomer sees every part filled in.
 * It goes through the same use cases as the user's own data.
 */
export async function loadExampleOpportunity(ctx: AppContext): Promise<Opportunity> {
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const opportunity = await createRecord(tx, 'opportunity', example.opportunity);
    const opportunityId = opportunity.id;

    const roundIds = new Map<string, string>();
    for (const {
      key,
      daysFromNow,
      time,
      expectedDecisionDaysFromNow,
      ...round
    } of example.rounds.map((round) => ({
      expectedDecisionDaysFromNow: undefined as number | undefined,
      ...round,
    }))) {
      const created = await createRecord(tx, 'round', {
        ...round,
        opportunityId,
        startsAt: startOf(tx, daysFromNow, time, round.timeZone),
        expectedDecisionOn:
          expectedDecisionDaysFromNow === undefined
            ? null
            : dateFromNow(tx, expectedDecisionDaysFromNow),
      });
      roundIds.set(key, created.id);
    }
    const round = (key: string) => roundIds.get(key) as string;

    const interviewerIds = new Map<string, string>();
    for (const { key, rounds, ...interviewer } of example.interviewers) {
      const created = await createRecord(tx, 'interviewer', { ...interviewer, opportunityId });
      interviewerIds.set(key, created.id);
      for (const roundKey of rounds) {
        await createRecord(tx, 'participation', {
          roundId: round(roundKey),
          interviewerId: created.id,
        });
      }
    }
    const interviewer = (key: string) => interviewerIds.get(key) as string;

    const firstRound = round('first');
    for (const { askedBy, ...item } of example.debrief) {
      await createRecord(tx, 'debriefItem', {
        ...item,
        roundId: firstRound,
        askedByInterviewerId: interviewer(askedBy),
      });
    }
    for (const point of example.missedPoints) {
      await createRecord(tx, 'missedPoint', { roundId: firstRound, point });
    }
    for (const { to, ...promise } of example.promises) {
      await createRecord(tx, 'promise', {
        ...promise,
        roundId: firstRound,
        toInterviewerId: interviewer(to),
      });
    }
    for (const feedback of example.feedback) {
      await createRecord(tx, 'feedback', { ...feedback, roundId: firstRound });
    }
    await createRecord(tx, 'companyResearch', { ...example.research, opportunityId });
    for (const { daysFromNow, ...news } of example.news) {
      await createRecord(tx, 'newsItem', {
        ...news,
        opportunityId,
        publishedOn: dateFromNow(tx, daysFromNow),
      });
    }
    for (const story of example.stories) await createRecord(tx, 'story', story);
    for (const { for: targets, ...question } of example.questionsToAsk) {
      await createRecord(tx, 'questionToAsk', {
        ...question,
        opportunityId,
        targetInterviewerIds: targets.map(interviewer),
      });
    }
    return opportunity;
  });
}
