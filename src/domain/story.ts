import { z } from 'zod';
import { defineEntity } from './entity.js';
import { longText, optional, tagList, textList } from './common.js';

/**
 * A story in the STAR + reflection shape, kept in the candidate's bank and reused across
 * opportunities. Every part may be empty while the story is being written.
 */
export const storyEntity = defineEntity({
  kind: 'story',
  collection: 'stories',
  label: 'story',
  references: {},
  fields: z.object({
    title: z.string().trim().min(1, 'must not be empty').max(300),
    situation: z.string().max(20_000).default(''),
    task: z.string().max(20_000).default(''),
    action: z.string().max(20_000).default(''),
    result: z.string().max(20_000).default(''),
    reflection: z.string().max(20_000).default(''),
    /** Competencies the story shows, e.g. "stakeholder management". */
    tags: tagList.default([]),
    /** The numbers the story can quote, e.g. "cut onboarding from 10 to 4 days". */
    metrics: textList.default([]),
    notes: optional(longText),
  }),
});

export type Story = z.output<typeof storyEntity.record>;
