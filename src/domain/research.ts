import { z } from 'zod';
import { defineEntity } from './entity.js';
import { localDateSchema, longText, optional, shortText, textList, urlSchema } from './common.js';

const opportunityOwner = { kind: 'opportunity', required: true } as const;

/** What the candidate has learned about the company: one profile per opportunity. */
export const companyResearchEntity = defineEntity({
  kind: 'companyResearch',
  collection: 'company-research',
  label: 'company research',
  references: { opportunityId: opportunityOwner },
  onePer: 'opportunityId',
  fields: z.object({
    mission: optional(longText),
    values: textList.default([]),
    products: textList.default([]),
    competitors: textList.default([]),
    culture: optional(longText),
    website: optional(urlSchema),
    notes: optional(longText),
  }),
});

/** A dated piece of company news, with what the candidate could say about it. */
export const newsItemEntity = defineEntity({
  kind: 'newsItem',
  collection: 'news-items',
  label: 'news item',
  references: { opportunityId: opportunityOwner },
  fields: z.object({
    headline: z.string().trim().min(1, 'must not be empty').max(500),
    publishedOn: optional(localDateSchema),
    source: optional(shortText),
    url: optional(urlSchema),
    summary: optional(longText),
    talkingPoint: optional(longText),
  }),
});

export type CompanyResearch = z.output<typeof companyResearchEntity.record>;
export type NewsItem = z.output<typeof newsItemEntity.record>;
