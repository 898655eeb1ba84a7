/** Readiness for an opportunity's round: the data gathered, then the coach's checklist and next action. */
import { assessReadiness, phaseOf, type Readiness } from '../coach/readiness.js';
import type { EarlierRound, ReadinessInput, ReadinessRound } from '../coach/readiness-types.js';
import { thankYouDeadline } from '../content/follow-through.js';
import type { OpportunityStatus } from '../domain/opportunity.js';
import type { Round } from '../domain/round.js';
import type { AppContext } from './context.js';
import { NotFoundError } from './errors.js';
import { assessOpportunityCoverage, planRound } from './plan-round.js';
import { getRecord, listRecords } from './records.js';

/** Opportunities still in play: the ones `listReadiness` covers. */
export const activeStatuses: readonly OpportunityStatus[] = ['preparing', 'interviewing', 'offer'];

const endOf = (round: Round) =>
  round.startsAt === null
    ? Infinity
    : Date.parse(round.startsAt) +
      (round.durationMinutes ?? thankYouDeadline.defaultInterviewMinutes.value) * 60_000;
const byNumber = (a: Round, b: Round) => (a.number ?? 0) - (b.number ?? 0);

/**
 * The round readiness is about: the next scheduled round not yet over (one in progress counts),
 * else a scheduled round without a date, else the last round that took place (follow-through).
 */
export function roundInView(rounds: readonly Round[], now: Date): Round | undefined {
  const live = rounds.filter((round) => round.status !== 'cancelled');
  const scheduled = live.filter((round) => round.status === 'scheduled');
  const upcoming = scheduled
    .filter((round) => round.startsAt !== null && endOf(round) > now.getTime())
    .sort((a, b) => Date.parse(a.startsAt ?? '') - Date.parse(b.startsAt ?? ''))[0];
  const undated = scheduled.filter((round) => round.startsAt === null).sort(byNumber)[0];
  const held = live.filter(
    (round) => round.status === 'completed' || endOf(round) <= now.getTime(),
  );
  return upcoming ?? undated ?? [...held].sort(byNumber).at(-1);
}

/**
 * How ready the candidate is for an opportunity's next round (or the round given): each step of
 * the journey done / partly / not started with what is missing, the countdown, and the one next
 * best action. Without any round, the items that do not need one and "schedule the next round".
 * @example const { nextAction } = await readinessOf(ctx, opportunityId)
 */
export async function readinessOf(
  ctx: AppContext,
  opportunityId: string,
  options: { readonly roundId?: string } = {},
): Promise<Readiness> {
  const now = ctx.clock.now();
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  const rounds = (await listRecords(ctx, 'round', { opportunityId })).sort(byNumber);
  let round: Round | undefined;
  if (options.roundId !== undefined) {
    round = rounds.find((candidate) => candidate.id === options.roundId);
    if (!round) throw new NotFoundError('round of this opportunity', options.roundId);
  } else {
    round = roundInView(rounds, now);
  }
  const people = new Map(
    (await listRecords(ctx, 'interviewer', { opportunityId })).map((person) => [person.id, person]),
  );
  const seats = round ? await listRecords(ctx, 'participation', { roundId: round.id }) : [];
  const phase = phaseOf(round ?? null, now);
  const byOpportunity = { opportunityId };
  const first = async <K extends 'companyResearch' | 'salaryPrep' | 'personalWhy' | 'dayPlan'>(
    kind: K,
  ) => (await listRecords(ctx, kind, byOpportunity))[0] ?? null;
  const presentationPlans = await listRecords(ctx, 'presentationPlan', byOpportunity);

  const input: ReadinessInput = {
    opportunity: {
      id: opportunity.id,
      company: opportunity.company,
      role: opportunity.role,
      status: opportunity.status,
    },
    round: round ? toReadinessRound(round) : null,
    earlierRounds: round ? await earlierRoundsOf(ctx, rounds, round, now) : [],
    interviewers: seats.flatMap((seat) => people.get(seat.interviewerId) ?? []),
    research: await first('companyResearch'),
    news: await listRecords(ctx, 'newsItem', byOpportunity),
    // Planning loads the language model; after the interview the plan is not needed.
    ...(phase === 'after'
      ? { coverage: { itemCount: 0, gaps: [] }, likelyQuestions: [] }
      : await planOf(ctx, opportunityId, round)),
    questionsToAsk: await listRecords(ctx, 'questionToAsk', byOpportunity),
    practice: await practiceOf(ctx, opportunityId, rounds),
    presentationPlans,
    rehearsals: (
      await Promise.all(
        presentationPlans.map((plan) =>
          listRecords(ctx, 'rehearsal', { presentationPlanId: plan.id }),
        ),
      )
    ).flat(),
    salary: await first('salaryPrep'),
    personalWhy: await first('personalWhy'),
    dayPlan: await first('dayPlan'),
    promises: (await eachRound(rounds, (roundId) => listRecords(ctx, 'promise', { roundId }))).map(
      (promise) => ({
        ...promise,
        toName: promise.toInterviewerId
          ? (people.get(promise.toInterviewerId)?.name ?? null)
          : null,
      }),
    ),
    thankYouNotes: round ? await listRecords(ctx, 'thankYouNote', { roundId: round.id }) : [],
    reflection: round
      ? ((await listRecords(ctx, 'reflection', { roundId: round.id }))[0] ?? null)
      : null,
    followUps: await listRecords(ctx, 'followUp', byOpportunity),
  };
  return assessReadiness(input, now);
}

/**
 * Readiness of every opportunity still in play (preparing, interviewing, offer), soonest
 * interview first; those without a dated round come last.
 * @example for (const { opportunity, nextAction } of await listReadiness(ctx)) …
 */
export async function listReadiness(ctx: AppContext): Promise<Readiness[]> {
  const opportunities = (await listRecords(ctx, 'opportunity')).filter((opportunity) =>
    activeStatuses.includes(opportunity.status),
  );
  const all: Readiness[] = [];
  for (const opportunity of opportunities) all.push(await readinessOf(ctx, opportunity.id));
  const key = (readiness: Readiness) =>
    readiness.phase === 'before' && readiness.round?.startsAt
      ? Date.parse(readiness.round.startsAt)
      : Infinity;
  return all.sort((a, b) => key(a) - key(b));
}

function toReadinessRound(round: Round): ReadinessRound {
  const { id, number, startsAt, timeZone, durationMinutes, formats, location } = round;
  const { videoLink, logistics, status, expectedDecisionOn, checklistDone } = round;
  return {
    id,
    number,
    startsAt,
    timeZone,
    durationMinutes,
    formats,
    location,
    videoLink,
    logistics,
    status,
    expectedDecisionOn,
    checklistDone,
  };
}

/** The rounds numbered before `round` that took place, each with what its debrief holds. */
async function earlierRoundsOf(
  ctx: AppContext,
  rounds: readonly Round[],
  round: Round,
  now: Date,
): Promise<EarlierRound[]> {
  const held = rounds.filter(
    (other) =>
      (other.number ?? 0) < (round.number ?? 0) &&
      other.status !== 'cancelled' &&
      (other.status === 'completed' || endOf(other) <= now.getTime()),
  );
  const earlier: EarlierRound[] = [];
  for (const other of held) {
    const roundId = other.id;
    earlier.push({
      round: other,
      debrief: await listRecords(ctx, 'debriefItem', { roundId }),
      missedPoints: (await listRecords(ctx, 'missedPoint', { roundId })).length,
      promises: (await listRecords(ctx, 'promise', { roundId })).length,
      feedback: (await listRecords(ctx, 'feedback', { roundId })).length,
    });
  }
  return earlier;
}

/** The records of each round, one query after another, in round order. */
async function eachRound<T>(
  rounds: readonly Round[],
  list: (roundId: string) => Promise<T[]>,
): Promise<T[]> {
  const all: T[] = [];
  for (const round of rounds) all.push(...(await list(round.id)));
  return all;
}

/** The posting's coverage and the round plan's likely questions (coverage alone without a round). */
async function planOf(
  ctx: AppContext,
  opportunityId: string,
  round: Round | undefined,
): Promise<Pick<ReadinessInput, 'coverage' | 'likelyQuestions'>> {
  if (!round) {
    const { coverage } = await assessOpportunityCoverage(ctx, opportunityId);
    const gaps = coverage.filter((item) => item.strength !== 'strong');
    return { coverage: { itemCount: coverage.length, gaps }, likelyQuestions: [] };
  }
  const { posting, plan } = await planRound(ctx, round.id);
  const itemCount =
    posting.requirements.length + posting.preferred.length + posting.responsibilities.length;
  return {
    coverage: { itemCount, gaps: plan.gaps },
    likelyQuestions: plan.interviewers.flatMap((person) =>
      person.questions.map((question) => ({
        interviewerId: person.interviewerId,
        question: question.text,
        needsStory: question.story !== undefined || question.storyAdvice !== undefined,
        storyTitle: question.story?.title ?? null,
      })),
    ),
  };
}

/** Practice attempts tied to the opportunity or to any of its rounds. */
async function practiceOf(ctx: AppContext, opportunityId: string, rounds: readonly Round[]) {
  const attempts = [
    ...(await listRecords(ctx, 'practiceAttempt', { opportunityId })),
    ...(await eachRound(rounds, (roundId) => listRecords(ctx, 'practiceAttempt', { roundId }))),
  ];
  return [...new Map(attempts.map((attempt) => [attempt.id, attempt])).values()];
}
