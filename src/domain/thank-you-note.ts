import { z } from 'zod';
import { defineEntity } from './entity.js';
import { instantSchema, optional } from './common.js';

export const thankYouStatuses = ['draft', 'ready', 'sent'] as const;

/** A thank-you note to one interviewer after one round. */
export const thankYouNoteEntity = defineEntity({
  kind: 'thankYouNote',
  collection: 'thank-you-notes',
  label: 'thank-you note',
  references: {
    roundId: { kind: 'round', required: true },
    interviewerId: { kind: 'interviewer', required: true },
  },
  fields: z.object({
    subject: z.string().max(500).default(''),
    body: z.string().max(50_000).default(''),
    dueAt: optional(instantSchema),
    status: z.enum(thankYouStatuses).default('draft'),
    sentAt: optional(instantSchema),
  }),
});

export type ThankYouNote = z.output<typeof thankYouNoteEntity.record>;
