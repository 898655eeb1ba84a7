import { z } from 'zod';
import { defineEntity } from './entity.js';
import { instantSchema, localDateSchema, optional } from './common.js';

export const followUpKinds = ['status_inquiry', 'promised_material', 'other'] as const;
export const followUpStatuses = ['planned', 'sent', 'answered', 'cancelled'] as const;

/** A message the candidate plans or has sent after a round, e.g. a status inquiry. */
export const followUpEntity = defineEntity({
  kind: 'followUp',
  collection: 'follow-ups',
  label: 'follow-up',
  references: {
    opportunityId: { kind: 'opportunity', required: true },
    roundId: { kind: 'round', required: false },
  },
  fields: z.object({
    kind: z.enum(followUpKinds).default('status_inquiry'),
    dueOn: optional(localDateSchema),
    subject: z.string().max(500).default(''),
    body: z.string().max(20_000).default(''),
    status: z.enum(followUpStatuses).default('planned'),
    sentAt: optional(instantSchema),
  }),
});

export type FollowUp = z.output<typeof followUpEntity.record>;
