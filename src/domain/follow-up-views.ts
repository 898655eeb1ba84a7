import type { FollowUp } from './follow-up.js';

// What the follow-up use cases answer, shared by the HTTP API and the web app.

export interface OpportunityRef {
  readonly id: string;
  readonly company: string;
  readonly role: string;
}
export interface RoundRef {
  readonly id: string;
  readonly number: number;
  readonly timeZone: string;
  readonly expectedDecisionOn: string | null;
}

/** A status inquiry to send now, with its draft (the stored record: edits are kept). */
export interface DueFollowUp {
  readonly followUp: FollowUp;
  readonly opportunity: OpportunityRef;
  readonly round: RoundRef;
  readonly sequence: 1 | 2;
  readonly reason: string;
  readonly words: number;
  /** Whom the draft greets: the round's recruiter, else its hiring manager, else its first interviewer. */
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

/** What falls due later, and on which date. */
export interface UpcomingFollowUp {
  readonly opportunity: OpportunityRef;
  readonly round: RoundRef;
  readonly next: 'send' | 'suggest_cold';
  readonly sequence: 1 | 2 | null;
  readonly dueOn: string;
  readonly reason: string;
}

export interface FollowUpsOverview {
  /** How many planned follow-ups this call created. */
  readonly created: number;
  readonly due: readonly DueFollowUp[];
  readonly coldSuggestions: readonly ColdSuggestion[];
  readonly upcoming: readonly UpcomingFollowUp[];
}
