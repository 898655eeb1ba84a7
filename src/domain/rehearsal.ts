import { z } from 'zod';
import { defineEntity } from './entity.js';
import { instantSchema, longText, optional } from './common.js';

/**
 * The instants of one run-through: the start, each "next section", the end. One more than the
 * plan's sections when complete (a plan has at most 100), in order.
 */
export const runThroughSchema = z
  .array(instantSchema)
  .min(2, 'needs at least a start and an end')
  .max(101)
  .refine(
    (instants) => instants.every((instant, i) => i === 0 || instant >= (instants[i - 1] ?? '')),
    {
      message: 'must be in time order',
    },
  );

/** One timed run-through of a presentation plan, kept so the candidate can see progress. */
export const rehearsalEntity = defineEntity({
  kind: 'rehearsal',
  collection: 'rehearsals',
  label: 'presentation rehearsal',
  references: { presentationPlanId: { kind: 'presentationPlan', required: true } },
  fields: z.object({
    timestamps: runThroughSchema,
    notes: optional(longText),
  }),
});

export type Rehearsal = z.output<typeof rehearsalEntity.record>;
