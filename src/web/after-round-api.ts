import type { CarryOver } from '../coach/carry-over.js';
import type { OfferChecklist } from '../coach/offer-checklist.js';
import type { ReflectionTrends } from '../coach/reflection-trends.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { PatchOf } from '../domain/records.js';
import type { Reflection } from '../domain/reflection.js';
import type { Round } from '../domain/round.js';
import { request } from './api.js';

import type { FollowUpsOverview } from '../domain/follow-up-views.js';

export type {
  ColdSuggestion,
  DueFollowUp,
  FollowUpsOverview,
  UpcomingFollowUp,
} from '../domain/follow-up-views.js';

// The shapes of src/app/next-step.ts, which hold coach types the domain cannot name.

export interface NextRoundResult {
  readonly round: Round;
  readonly previousRoundId: string | null;
  readonly seated: readonly {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
  }[];
  readonly carryOver: CarryOver;
  readonly cancelledFollowUps: number;
}

export interface OfferNextStep {
  readonly opportunity: Opportunity;
  readonly checklist: OfferChecklist;
  readonly cancelledFollowUps: number;
}

const enc = encodeURIComponent;

/** Reflection, follow-ups and the next step after a round. */
export const afterRoundApi = {
  /** What is due across every opportunity; drafts a due inquiry once and keeps it. */
  dueFollowUps(): Promise<FollowUpsOverview> {
    return request('GET', '/follow-ups/due');
  },
  markFollowUpSent(followUpId: string): Promise<FollowUp> {
    return request('POST', `/follow-ups/${enc(followUpId)}/sent`, {});
  },
  /** Creates or changes the round's one reflection. */
  saveReflection(roundId: string, reflection: PatchOf<'reflection'>): Promise<Reflection> {
    return request('PUT', `/rounds/${enc(roundId)}/reflection`, reflection);
  },
  trends(): Promise<ReflectionTrends> {
    return request('GET', '/reflections/trends');
  },
  /** Creates round N+1, seated and pre-filled from the last; `startsAt` is local to `timeZone`. */
  nextRound(opportunityId: string, start: { startsAt?: string }): Promise<NextRoundResult> {
    return request('POST', `/opportunities/${enc(opportunityId)}/next-round`, start);
  },
  /** Records the offer and returns the negotiation checklist; asking again changes nothing. */
  offer(opportunityId: string): Promise<OfferNextStep> {
    return request('POST', `/opportunities/${enc(opportunityId)}/offer`);
  },
  markCold(opportunityId: string): Promise<{ readonly opportunity: Opportunity }> {
    return request('POST', `/opportunities/${enc(opportunityId)}/cold`);
  },
};
