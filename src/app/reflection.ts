/** The candidate's reflection after a round, and the trends across all of them. */
import {
  reflectionTrends as trendsOf,
  type ReflectedRound,
  type ReflectionTrends,
} from '../coach/reflection-trends.js';
import { reflectionEntity, type Reflection } from '../domain/reflection.js';
import type { AppContext } from './context.js';
import { ValidationError } from './errors.js';
import { createRecord, getRecord, listRecords, updateRecord } from './records.js';

/** What a reflection holds, without its round: every field optional. */
export const reflectionInputSchema = reflectionEntity.patch;

export interface RecordedReflection {
  readonly reflection: Reflection;
  /** True when this call created the round's reflection, false when it changed it. */
  readonly created: boolean;
}

/**
 * Records the reflection on a round: creates the round's one reflection, or changes it when
 * there is one already. Fields left out keep their stored value (or their default, on creation).
 * A round that has not started yet cannot be reflected on.
 * @example await recordReflection(ctx, roundId, { connectionRating: 4, lessons: ['Pause first'] })
 */
export async function recordReflection(
  ctx: AppContext,
  roundId: string,
  input: unknown,
): Promise<RecordedReflection> {
  const parsed = reflectionInputSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod('reflection', parsed.error);
  return ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    const round = await getRecord(tx, 'round', roundId);
    const started =
      round.status === 'completed' ||
      !round.startsAt ||
      Date.parse(round.startsAt) <= ctx.clock.now().getTime();
    if (!started) {
      throw new ValidationError(
        `Round ${round.number ?? ''} has not taken place yet; reflect on it afterwards.`,
        [{ field: 'roundId', message: 'the round starts in the future' }],
      );
    }
    const [existing] = await listRecords(tx, 'reflection', { roundId });
    if (existing) {
      return {
        reflection: await updateRecord(tx, 'reflection', existing.id, parsed.data),
        created: false,
      };
    }
    return {
      reflection: await createRecord(tx, 'reflection', { ...parsed.data, roundId }),
      created: true,
    };
  });
}

/**
 * Trends across every reflected round of every opportunity: a series per rating aspect for the
 * chart, the headline summaries and the lessons that keep coming back.
 * @example (await reflectionTrends(ctx)).summaries // ['connection improved from 2 to 4 over 3 rounds']
 */
export async function reflectionTrends(ctx: AppContext): Promise<ReflectionTrends> {
  const reflections = await listRecords(ctx, 'reflection');
  const rounds = new Map((await listRecords(ctx, 'round')).map((round) => [round.id, round]));
  const opportunities = new Map(
    (await listRecords(ctx, 'opportunity')).map((opportunity) => [opportunity.id, opportunity]),
  );
  const reflected = reflections.flatMap((reflection): ReflectedRound[] => {
    const round = rounds.get(reflection.roundId);
    const opportunity = round ? opportunities.get(round.opportunityId) : undefined;
    if (!round || !opportunity) return [];
    return [
      {
        roundId: round.id,
        roundNumber: round.number ?? 1,
        opportunityId: opportunity.id,
        company: opportunity.company,
        role: opportunity.role,
        at: round.startsAt ?? reflection.createdAt,
        timeZone: round.timeZone,
        ratings: {
          preparation: reflection.preparationRating,
          answers: reflection.answersRating,
          bodyLanguage: reflection.bodyLanguageRating,
          connection: reflection.connectionRating,
        },
        lessons: reflection.lessons,
      },
    ];
  });
  return trendsOf(reflected);
}
