import { z } from 'zod';
import { defineEntity } from './entity.js';
import {
  instantSchema,
  localDateSchema,
  longText,
  optional,
  shortText,
  timeZoneSchema,
  urlSchema,
} from './common.js';

export const roundFormats = [
  'one_on_one',
  'panel',
  'presentation',
  'case_study',
  'skills_test',
  'informal_meal',
  'team_meet',
] as const;
export const roundStatuses = ['scheduled', 'completed', 'cancelled'] as const;

/** One interview round of an opportunity: when, where, in what format. */
export const roundEntity = defineEntity({
  kind: 'round',
  collection: 'rounds',
  label: 'round',
  references: { opportunityId: { kind: 'opportunity', required: true } },
  fields: z.object({
    /** 1 for the first interview, 2 for the second…; assigned as the next number when absent. */
    number: optional(z.number().int().min(1).max(20)),
    /** The start as an instant; shown in `timeZone`. Absent while the round is not scheduled. */
    startsAt: optional(instantSchema),
    /** The candidate's IANA time zone for this round, e.g. `Europe/Berlin`. */
    timeZone: timeZoneSchema,
    durationMinutes: optional(
      z
        .number()
        .int()
        .min(5)
        .max(24 * 60),
    ),
    formats: z.array(z.enum(roundFormats)).max(roundFormats.length).default([]),
    location: optional(shortText),
    videoLink: optional(urlSchema),
    /** Who to ask for at reception, parking, what to bring… */
    logistics: optional(longText),
    expectedDecisionOn: optional(localDateSchema),
    status: z.enum(roundStatuses).default('scheduled'),
    notes: optional(longText),
    /** The format checklist items the candidate has ticked for this round (ids from content). */
    checklistDone: z.array(z.string().trim().min(1).max(100)).max(500).default([]),
  }),
});

export type Round = z.output<typeof roundEntity.record>;
export type RoundFormat = (typeof roundFormats)[number];
