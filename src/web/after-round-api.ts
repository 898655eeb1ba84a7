import type { CarryOver } from '../coach/carry-over.js';
import type { OfferChecklist } from '../coach/offer-checklist.js';
import type { ReflectionTrends } from '../coach/reflection-trends.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { PatchOf } from '../domain/records.js';
import type { Reflection } from '../domain/reflection.js';
import type { Round } from '../domain/round.js';
import { request } from './api.js';

// The shapes of src/app/follow-ups.ts and src/app/next-step.ts, which the web app may not import.

interface OpportunityRef {
  readonly id: string;
  readonly company: string;
  readonly role: string;
}
interface RoundRef {
  readonly id: string;
  readonly number: number;
  readonly timeZone: string;
  readonly expectedDecisionOn: string | null;
}

/** A status inquiry to send now, with its stored draft. */
export interface DueFollowUp {
  readonly followUp: FollowUp;
  readonly opportunity: OpportunityRef;
  readonly round: RoundRef;
  readonly sequence: 1 | 2;
  readonly reason: string;
  readonly words: number;
  readonly recipient: {
    readonly id: string;
    readonly name: string;
    readonly email: string | null;
  } | null;
}

export interface ColdSuggestion {
  readonly opportunity: OpportunityRef;
  readonly round: RoundRef;
  readonly reason: string;
  readonly followUpIds: readonly string[];
}

export interface UpcomingFollowUp {
  readonly opportunity: OpportunityRef;
  readonly round: RoundRef;
  readonly next: 'send' | 'suggest_cold';
  readonly sequence: 1 | 2 | null;
  readonly dueOn: string;
  readonly reason: string;
}

export interface FollowUpsOverview {
  readonly created: number;
  readonly due: readonly DueFollowUp[];
  readonly coldSuggestions: readonly ColdSuggestion[];
  readonly upcoming: readonly UpcomingFollowUp[];
}

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
