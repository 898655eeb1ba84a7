import { z } from 'zod';
import { defineEntity } from './entity.js';
import { longText, optional, ratingSchema, textList } from './common.js';

/** The candidate's own look back at a round, rated 1–5 on four aspects. */
export const reflectionEntity = defineEntity({
  kind: 'reflection',
  collection: 'reflections',
  label: 'reflection',
  references: { roundId: { kind: 'round', required: true } },
  onePer: 'roundId',
  fields: z.object({
    preparationRating: optional(ratingSchema),
    answersRating: optional(ratingSchema),
    bodyLanguageRating: optional(ratingSchema),
    connectionRating: optional(ratingSchema),
    wentWell: optional(longText),
    toImprove: optional(longText),
    lessons: textList.default([]),
  }),
});

export type Reflection = z.output<typeof reflectionEntity.record>;
