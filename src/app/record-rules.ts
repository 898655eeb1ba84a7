import type { EntityKind } from '../domain/entities.js';
import type { AppContext } from './context.js';
import { InvalidReferenceError } from './errors.js';

type Values = Record<string, unknown>;

/**
 * Rules that fill in or check a record's values before it is written, beyond what its schema
 * says. On a change, `values` is the stored record with the change applied.
 */
export async function prepareRecord(
  ctx: AppContext,
  kind: EntityKind,
  values: Values,
): Promise<Values> {
  switch (kind) {
    case 'round':
      return numberRound(ctx, values);
    case 'questionToAsk':
      await checkTargetInterviewers(ctx, values);
      return values;
    default:
      return values;
  }
}

/** A round without a number becomes the opportunity's next round. */
async function numberRound(ctx: AppContext, values: Values): Promise<Values> {
  if (values.number !== null && values.number !== undefined) return values;
  const rounds = await ctx.store
    .records('round')
    .list(ctx.workspaceId, { opportunityId: String(values.opportunityId) });
  const highest = Math.max(0, ...rounds.map((round) => round.number ?? 0));
  return { ...values, number: highest + 1 };
}

/** The interviewers a question is meant for must be interviewers of the same opportunity. */
async function checkTargetInterviewers(ctx: AppContext, values: Values): Promise<void> {
  const ids = Array.isArray(values.targetInterviewerIds)
    ? (values.targetInterviewerIds as string[])
    : [];
  for (const [index, id] of ids.entries()) {
    const interviewer = await ctx.store.records('interviewer').findById(ctx.workspaceId, id);
    if (!interviewer || interviewer.opportunityId !== values.opportunityId) {
      throw new InvalidReferenceError(
        `targetInterviewerIds.${index}`,
        `targetInterviewerIds.${index}: no interviewer with id "${id}" in this opportunity.`,
      );
    }
  }
}
