/** What comes after the decision: another round, pre-filled from the last, or an offer to negotiate. */
import { z } from 'zod';
import { carryOver, type CarryOver } from '../coach/carry-over.js';
import { latestRound } from '../coach/follow-up.js';
import { buildOfferChecklist, type OfferChecklist } from '../coach/offer-checklist.js';
import { instantSchema, timeZoneSchema } from '../domain/common.js';
import { instantFromLocal, LocalTimeError } from '../domain/local-time.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { Round } from '../domain/round.js';
import type { AppContext } from './context.js';
import { ConflictError, ValidationError } from './errors.js';
import { cancelPlannedInquiries, closedStatuses } from './follow-ups.js';
import { createRecord, getRecord, listRecords, updateRecord } from './records.js';

/**
 * When the next round starts: `startsAt` is an ISO-8601 instant with an offset
 * (`2026-12-10T13:00:00Z`) or a local date and time (`2026-12-10 14:00`) in `timeZone`; the time
 * zone defaults to the previous round's.
 */
export const nextRoundRequestSchema = z.strictObject({
  startsAt: z.string().trim().min(1).optional(),
  timeZone: timeZoneSchema.optional(),
});
export type NextRoundRequest = z.input<typeof nextRoundRequestSchema>;

export interface NextRound {
  readonly round: Round;
  /** The round it was pre-filled from, if there was one. */
  readonly previousRoundId: string | null;
  /** The interviewers seated in the new round: the previous round's. */
  readonly seated: readonly {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
  }[];
  readonly carryOver: CarryOver;
  /** Planned status inquiries cancelled: a new round is the news they asked for. */
  readonly cancelledFollowUps: number;
}

const OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * Creates the opportunity's next round (numbered after the highest), seats the previous round's
 * interviewers in it, and returns what carries over from every earlier round: which story was
 * told to whom, the promises still open, the questions already asked. An opportunity that was
 * preparing or cold is interviewing again. All of it happens in one transaction.
 * @example const { round, carryOver } = await startNextRound(ctx, id, { startsAt: '2026-12-10 14:00' })
 */
export async function startNextRound(
  ctx: AppContext,
  opportunityId: string,
  request: unknown = {},
): Promise<NextRound> {
  const parsed = nextRoundRequestSchema.safeParse(request);
  if (!parsed.success) throw ValidationError.fromZod('next round', parsed.error);
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const opportunity = await openOpportunity(tx, opportunityId, 'start another round');
    const rounds = await listRecords(tx, 'round', { opportunityId });
    const previous = latestRound(rounds);
    const timeZone = parsed.data.timeZone ?? previous?.timeZone;
    if (!timeZone) {
      throw new ValidationError('Give the time zone of the new round, e.g. "Europe/London".', [
        { field: 'timeZone', message: 'required for the first round' },
      ]);
    }
    const round = await createRecord(tx, 'round', {
      opportunityId,
      timeZone,
      startsAt: startOf(parsed.data.startsAt, timeZone),
    });
    const seats = previous ? await listRecords(tx, 'participation', { roundId: previous.id }) : [];
    for (const seat of seats) {
      await createRecord(tx, 'participation', {
        roundId: round.id,
        interviewerId: seat.interviewerId,
      });
    }
    if (opportunity.status === 'preparing' || opportunity.status === 'cold') {
      await updateRecord(tx, 'opportunity', opportunityId, { status: 'interviewing' });
    }
    const cancelledFollowUps = await cancelPlannedInquiries(tx, opportunityId);

    const interviewers = await listRecords(tx, 'interviewer', { opportunityId });
    const earlier = rounds.filter((entry) => entry.status !== 'cancelled');
    const perRound = async <K extends 'debriefItem' | 'promise'>(kind: K) => {
      const found = [];
      for (const entry of earlier)
        found.push(...(await listRecords(tx, kind, { roundId: entry.id })));
      return found;
    };
    const summary = carryOver({
      rounds: earlier,
      interviewers,
      stories: await listRecords(tx, 'story'),
      debriefItems: await perRound('debriefItem'),
      promises: await perRound('promise'),
      questionsToAsk: await listRecords(tx, 'questionToAsk', { opportunityId }),
    });
    const seated = seats.flatMap((seat) => {
      const person = interviewers.find((candidate) => candidate.id === seat.interviewerId);
      return person ? [{ id: person.id, name: person.name, title: person.title }] : [];
    });
    return {
      round,
      previousRoundId: previous?.id ?? null,
      seated,
      carryOver: summary,
      cancelledFollowUps,
    };
  });
}

export interface OfferNextStep {
  readonly opportunity: Opportunity;
  readonly checklist: OfferChecklist;
  /** Planned status inquiries cancelled: the offer is the answer. */
  readonly cancelledFollowUps: number;
}

/**
 * Records that an offer came in (the opportunity's status becomes `offer`) and returns the
 * negotiation checklist built on the salary preparation. The checklist is the candidate's own:
 * it carries the walk-away figure, but only under `checklist.private`; every line meant to be
 * said or shared says only that a walk-away is set.
 * @example const { checklist } = await offerChecklist(ctx, opportunityId)
 */
export async function offerChecklist(
  ctx: AppContext,
  opportunityId: string,
): Promise<OfferNextStep> {
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const current = await openOpportunity(tx, opportunityId, 'record an offer');
    const opportunity =
      current.status === 'offer'
        ? current
        : await updateRecord(tx, 'opportunity', opportunityId, { status: 'offer' });
    const cancelledFollowUps = await cancelPlannedInquiries(tx, opportunityId);
    const [prep] = await listRecords(tx, 'salaryPrep', { opportunityId });
    return {
      opportunity,
      checklist: buildOfferChecklist(opportunity, prep ?? null),
      cancelledFollowUps,
    };
  });
}

/** The opportunity, unless it has ended: then the next step is refused. */
async function openOpportunity(
  ctx: AppContext,
  opportunityId: string,
  what: string,
): Promise<Opportunity> {
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  if (closedStatuses.includes(opportunity.status)) {
    throw new ConflictError(`This opportunity is ${opportunity.status}; cannot ${what}.`);
  }
  return opportunity;
}

/** The new round's start as an instant, from an instant or a local time in `timeZone`. */
function startOf(startsAt: string | undefined, timeZone: string): string | undefined {
  if (startsAt === undefined) return undefined;
  if (OFFSET.test(startsAt)) {
    const instant = instantSchema.safeParse(startsAt);
    if (instant.success) return instant.data;
    const message = `"${startsAt}" is not an ISO-8601 instant such as 2026-12-10T13:00:00Z.`;
    throw new ValidationError(message, [{ field: 'startsAt', message }]);
  }
  try {
    return instantFromLocal(startsAt, timeZone);
  } catch (error) {
    if (!(error instanceof LocalTimeError)) throw error;
    throw new ValidationError(error.message, [{ field: 'startsAt', message: error.message }]);
  }
}
