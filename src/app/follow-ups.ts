/** Status inquiries when a decision is late, sending them, and letting an opportunity go cold. */
import { adviseFollowUp, latestRound, type FollowUpAdvice } from '../coach/follow-up.js';
import { countWords } from '../coach/follow-up-draft.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { Opportunity, OpportunityStatus } from '../domain/opportunity.js';
import type { Round } from '../domain/round.js';
import type { AppContext } from './context.js';
import { ConflictError, ValidationError } from './errors.js';
import { createRecord, getRecord, listRecords, updateRecord } from './records.js';

/** Outcomes after which nothing about an opportunity moves on: no follow-up, no new round. */
export const closedStatuses: readonly OpportunityStatus[] = [
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
];

export type {
  ColdSuggestion,
  DueFollowUp,
  FollowUpsOverview,
  OpportunityRef,
  RoundRef,
  UpcomingFollowUp,
} from '../domain/follow-up-views.js';
import type {
  ColdSuggestion,
  DueFollowUp,
  FollowUpsOverview,
  OpportunityRef,
  RoundRef,
  UpcomingFollowUp,
} from '../domain/follow-up-views.js';

/**
 * What is due across every opportunity still interviewing: when a round's expected decision date
 * has passed without news, a status inquiry is drafted and kept as a planned follow-up (once: a
 * second call finds it and drafts nothing); at most two per round, then a suggestion to mark the
 * opportunity cold. The candidate's time zone is that of the opportunity's latest round.
 * @example const { due } = await dueFollowUps(ctx); due[0]?.followUp.body
 */
export async function dueFollowUps(ctx: AppContext): Promise<FollowUpsOverview> {
  const opportunities = (await listRecords(ctx, 'opportunity')).filter(
    (opportunity) => opportunity.status === 'interviewing',
  );
  let created = 0;
  const due: DueFollowUp[] = [];
  const coldSuggestions: ColdSuggestion[] = [];
  const upcoming: UpcomingFollowUp[] = [];
  for (const opportunity of opportunities) {
    // One transaction per opportunity, so that two calls at once cannot both draft the same one.
    await ctx.store.transaction(async (store) => {
      const tx = { ...ctx, store };
      const rounds = await listRecords(tx, 'round', { opportunityId: opportunity.id });
      const round = latestRound(rounds);
      if (!round) return;
      const recipient = await recipientOf(tx, round);
      const advice = adviseFollowUp({
        opportunity,
        rounds,
        followUps: await listRecords(tx, 'followUp', { opportunityId: opportunity.id }),
        now: ctx.clock.now(),
        timeZone: round.timeZone,
        ...(recipient ? { recipientName: recipient.name } : {}),
        ...(recipient?.topic ? { topic: recipient.topic } : {}),
      });
      const refs = { opportunity: opportunityRef(opportunity), round: roundRef(round) };
      switch (advice.action) {
        case 'none':
          return;
        case 'wait': {
          const { next, sequence, dueOn, reason } = advice;
          upcoming.push({ ...refs, next, sequence, dueOn, reason });
          return;
        }
        case 'suggest_cold':
          coldSuggestions.push({ ...refs, reason: advice.reason, followUpIds: advice.followUpIds });
          return;
        case 'send': {
          const followUp = await plannedFollowUp(tx, opportunity.id, advice);
          if (!advice.existingId) created += 1;
          due.push({
            ...refs,
            followUp,
            sequence: advice.sequence,
            reason: advice.reason,
            words: countWords(followUp.body),
            recipient: recipient
              ? { id: recipient.id, name: recipient.name, email: recipient.email }
              : null,
          });
          return;
        }
      }
    });
  }
  return { created, due, coldSuggestions, upcoming };
}

/**
 * Records that a follow-up was sent, at `sentAt` (an instant; now by default). A time in the
 * future is refused, and so is a follow-up already answered or cancelled.
 * @example await markFollowUpSent(ctx, followUpId)
 */
export async function markFollowUpSent(
  ctx: AppContext,
  id: string,
  sentAt?: string,
): Promise<FollowUp> {
  const now = ctx.clock.now();
  if (sentAt !== undefined && Date.parse(sentAt) > now.getTime()) {
    throw new ValidationError('A follow-up cannot have been sent in the future.', [
      { field: 'sentAt', message: 'must not be later than now' },
    ]);
  }
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const followUp = await getRecord(tx, 'followUp', id);
    if (followUp.status === 'answered' || followUp.status === 'cancelled') {
      throw new ConflictError(`This follow-up is ${followUp.status}; it cannot be marked sent.`);
    }
    return updateRecord(tx, 'followUp', id, {
      status: 'sent',
      sentAt: sentAt ?? now.toISOString(),
    });
  });
}

export interface ColdOpportunity {
  readonly opportunity: Opportunity;
  /** Planned status inquiries cancelled with it. */
  readonly cancelledFollowUps: number;
}

/**
 * Marks an opportunity cold — they stopped answering — and cancels its planned status inquiries. An
 * opportunity that has ended (accepted, declined, rejected, withdrawn) is refused; it can be
 * reopened later by changing its status.
 * @example await markOpportunityCold(ctx, opportunityId)
 */
export async function markOpportunityCold(
  ctx: AppContext,
  opportunityId: string,
): Promise<ColdOpportunity> {
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const current = await getRecord(tx, 'opportunity', opportunityId);
    if (closedStatuses.includes(current.status)) {
      throw new ConflictError(
        `This opportunity is ${current.status}; only an open one can be marked cold.`,
      );
    }
    const opportunity = await updateRecord(tx, 'opportunity', opportunityId, { status: 'cold' });
    const cancelledFollowUps = await cancelPlannedInquiries(tx, opportunityId);
    return { opportunity, cancelledFollowUps };
  });
}

/**
 * Cancels an opportunity's planned status inquiries, once there is news (a new round, an offer)
 * or none is expected (cold); returns how many. Other planned follow-ups, such as material
 * promised, are left alone.
 */
export async function cancelPlannedInquiries(
  ctx: AppContext,
  opportunityId: string,
): Promise<number> {
  const planned = (await listRecords(ctx, 'followUp', { opportunityId })).filter(
    (followUp) => followUp.status === 'planned' && followUp.kind === 'status_inquiry',
  );
  for (const followUp of planned) {
    await updateRecord(ctx, 'followUp', followUp.id, { status: 'cancelled' });
  }
  return planned.length;
}

async function plannedFollowUp(
  ctx: AppContext,
  opportunityId: string,
  advice: Extract<FollowUpAdvice, { action: 'send' }>,
): Promise<FollowUp> {
  if (advice.existingId) return getRecord(ctx, 'followUp', advice.existingId);
  return createRecord(ctx, 'followUp', {
    opportunityId,
    roundId: advice.roundId,
    kind: 'status_inquiry',
    dueOn: advice.dueOn,
    subject: advice.draft.subject,
    body: advice.draft.body,
    status: 'planned',
  });
}

/** The round's recruiter, else hiring manager, else first interviewer; with a topic discussed. */
async function recipientOf(ctx: AppContext, round: Round) {
  const seats = await listRecords(ctx, 'participation', { roundId: round.id });
  const people = (
    await listRecords(ctx, 'interviewer', { opportunityId: round.opportunityId })
  ).filter((person) => seats.some((seat) => seat.interviewerId === person.id));
  const rank = (kind: string | null) =>
    kind === 'recruiter' ? 0 : kind === 'hiring_manager' ? 1 : 2;
  const [person] = [...people].sort((a, b) => rank(a.audienceKind) - rank(b.audienceKind));
  if (!person) return null;
  const own = seats.find((seat) => seat.interviewerId === person.id)?.topicsDiscussed[0];
  const any = seats.flatMap((seat) => seat.topicsDiscussed)[0];
  return { id: person.id, name: person.name, email: person.email, topic: own ?? any };
}

const opportunityRef = ({ id, company, role }: Opportunity): OpportunityRef => ({
  id,
  company,
  role,
});

const roundRef = (round: Round): RoundRef => ({
  id: round.id,
  number: round.number ?? 1,
  timeZone: round.timeZone,
  expectedDecisionOn: round.expectedDecisionOn,
});
