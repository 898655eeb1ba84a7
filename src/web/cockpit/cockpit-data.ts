import type { Interviewer, Participation } from '../../domain/interviewer.js';
import type { Opportunity } from '../../domain/opportunity.js';
import type { Round } from '../../domain/round.js';
import { api } from '../api.js';

/** Everything the opportunity page shows about one opportunity. */
export interface Cockpit {
  readonly opportunity: Opportunity;
  /** In round-number order. */
  readonly rounds: readonly Round[];
  readonly interviewers: readonly Interviewer[];
  readonly participations: readonly Participation[];
}

export async function loadCockpit(opportunityId: string): Promise<Cockpit> {
  const [opportunity, rounds, interviewers] = await Promise.all([
    api.get('opportunity', opportunityId),
    api.list('round', { opportunityId }),
    api.list('interviewer', { opportunityId }),
  ]);
  const participations = (
    await Promise.all(rounds.map((round) => api.list('participation', { roundId: round.id })))
  ).flat();
  const sorted = [...rounds].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return { opportunity, rounds: sorted, interviewers, participations };
}

/** The rounds an interviewer sits in, in round order. */
export function roundsOf(cockpit: Cockpit, interviewerId: string): Round[] {
  const roundIds = new Set(
    cockpit.participations
      .filter((participation) => participation.interviewerId === interviewerId)
      .map((participation) => participation.roundId),
  );
  return cockpit.rounds.filter((round) => roundIds.has(round.id));
}

/** The interviewers who sit in a round. */
export function interviewersOf(cockpit: Cockpit, roundId: string): Interviewer[] {
  const interviewerIds = new Set(
    cockpit.participations
      .filter((participation) => participation.roundId === roundId)
      .map((participation) => participation.interviewerId),
  );
  return cockpit.interviewers.filter((interviewer) => interviewerIds.has(interviewer.id));
}

/** "Round 2", or "Unnumbered round" for a round without a number. */
export function roundName(round: Pick<Round, 'number'>): string {
  return round.number === null ? 'Unnumbered round' : `Round ${round.number}`;
}
