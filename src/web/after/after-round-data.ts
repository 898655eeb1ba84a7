import type { Opportunity } from '../../domain/opportunity.js';
import type { Reflection } from '../../domain/reflection.js';
import type { Round } from '../../domain/round.js';
import { afterRoundApi, type FollowUpsOverview } from '../after-round-api.js';
import { api, toProblem } from '../api.js';
import type { Settled } from '../cockpit/cockpit-data.js';

/** What the "after the interview" page shows about one opportunity. */
export interface AfterRound {
  readonly opportunity: Opportunity;
  /** Rounds that took place (marked done, or started), in order, each with its reflection. */
  readonly rounds: readonly {
    readonly round: Round;
    readonly reflection: Reflection | undefined;
  }[];
  readonly followUps: Settled<FollowUpsOverview>;
}

export async function loadAfterRound(opportunityId: string, now: Date): Promise<AfterRound> {
  const [opportunity, rounds, followUps] = await Promise.all([
    api.get('opportunity', opportunityId),
    api.list('round', { opportunityId }),
    afterRoundApi.dueFollowUps().then(
      (data): Settled<FollowUpsOverview> => ({ status: 'ready', data }),
      (error: unknown): Settled<FollowUpsOverview> => ({
        status: 'error',
        problem: toProblem(error),
      }),
    ),
  ]);
  const happened = rounds
    .filter(
      (round) =>
        round.status === 'completed' ||
        (round.status === 'scheduled' &&
          round.startsAt !== null &&
          Date.parse(round.startsAt) <= now.getTime()),
    )
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const reflections = await Promise.all(
    happened.map((round) => api.list('reflection', { roundId: round.id })),
  );
  return {
    opportunity,
    rounds: happened.map((round, index) => ({ round, reflection: reflections[index]?.[0] })),
    followUps,
  };
}
