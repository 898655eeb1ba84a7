import { z } from 'zod';
import { defineEntity } from './entity.js';
import { longText, optional, requiredName, shortText, urlSchema } from './common.js';

export const opportunityStatuses = [
  'preparing',
  'interviewing',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'cold',
] as const;

/** A role at a company that the candidate is interviewing for. */
export const opportunityEntity = defineEntity({
  kind: 'opportunity',
  collection: 'opportunities',
  label: 'opportunity',
  references: {},
  fields: z.object({
    company: requiredName,
    role: requiredName,
    status: z.enum(opportunityStatuses).default('interviewing'),
    location: optional(shortText),
    postingUrl: optional(urlSchema),
    /** The job posting as the candidate pasted it (plain text or Markdown). */
    postingText: optional(longText),
    /** The job posting page as saved from a job board, kept for its JSON-LD and structure. */
    postingHtml: optional(z.string().max(2_000_000)),
    notes: optional(longText),
  }),
});

export type Opportunity = z.output<typeof opportunityEntity.record>;
export type OpportunityStatus = (typeof opportunityStatuses)[number];
