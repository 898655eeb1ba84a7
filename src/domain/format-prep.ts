import { z } from 'zod';
import { defineEntity } from './entity.js';
import { currencySchema, longText, moneySchema, optional, shortText, textList } from './common.js';

const opportunityOwner = { kind: 'opportunity', required: true } as const;

/** The candidate's salary numbers for an opportunity. The walk-away figure is private. */
export const salaryPrepEntity = defineEntity({
  kind: 'salaryPrep',
  collection: 'salary-preps',
  label: 'salary preparation',
  references: { opportunityId: opportunityOwner },
  onePer: 'opportunityId',
  privateFields: ['walkAway', 'notes'],
  fields: z.object({
    currency: currencySchema,
    target: optional(moneySchema),
    rangeLow: optional(moneySchema),
    rangeHigh: optional(moneySchema),
    /** The figure below which the candidate declines. Never shared, never printed. */
    walkAway: optional(moneySchema),
    /** Where the market figures come from (salary surveys, peers, postings). */
    marketSources: textList.default([]),
    notes: optional(longText),
  }),
});

const presentationSection = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(300),
  plannedMinutes: z.number().min(0).max(600),
  notes: z.string().max(10_000).default(''),
});

/** A presentation the candidate gives in a round: topic, time limit and timed outline. */
export const presentationPlanEntity = defineEntity({
  kind: 'presentationPlan',
  collection: 'presentation-plans',
  label: 'presentation plan',
  references: {
    opportunityId: opportunityOwner,
    roundId: { kind: 'round', required: false },
  },
  fields: z.object({
    topic: z.string().trim().min(1, 'must not be empty').max(500),
    audience: optional(shortText),
    timeLimitMinutes: optional(z.number().int().min(1).max(600)),
    sections: z.array(presentationSection).max(100).default([]),
  }),
});

/** What the candidate would do in the first 30, 60 and 90 days of the role. */
export const dayPlanEntity = defineEntity({
  kind: 'dayPlan',
  collection: 'day-plans',
  label: '30-60-90 day plan',
  references: { opportunityId: opportunityOwner },
  onePer: 'opportunityId',
  fields: z.object({
    first30: textList.default([]),
    first60: textList.default([]),
    first90: textList.default([]),
    notes: optional(longText),
  }),
});

/** The candidate's personal "why": why this role, at this company, now. */
export const personalWhyEntity = defineEntity({
  kind: 'personalWhy',
  collection: 'personal-whys',
  label: 'personal why',
  references: { opportunityId: opportunityOwner },
  onePer: 'opportunityId',
  fields: z.object({
    whyRole: z.string().max(10_000).default(''),
    whyCompany: z.string().max(10_000).default(''),
    whyNow: z.string().max(10_000).default(''),
  }),
});

export type SalaryPrep = z.output<typeof salaryPrepEntity.record>;
export type PresentationPlan = z.output<typeof presentationPlanEntity.record>;
export type DayPlan = z.output<typeof dayPlanEntity.record>;
export type PersonalWhy = z.output<typeof personalWhyEntity.record>;
