import { z } from 'zod';
import { defineEntity } from './entity.js';
import {
  localDateSchema,
  longText,
  optional,
  shortText,
  tagList,
  textList,
  urlSchema,
} from './common.js';

export const evidenceKinds = [
  'work',
  'project',
  'education',
  'certificate',
  'award',
  'volunteer',
  'publication',
  'skill',
  'other',
] as const;

/** An item of the candidate's résumé that can back a requirement of the role. */
export const evidenceItemEntity = defineEntity({
  kind: 'evidenceItem',
  collection: 'evidence-items',
  label: 'résumé item',
  references: {},
  fields: z.object({
    kind: z.enum(evidenceKinds).default('work'),
    title: z.string().trim().min(1, 'must not be empty').max(500),
    organization: optional(shortText),
    startDate: optional(localDateSchema),
    endDate: optional(localDateSchema),
    summary: optional(longText),
    highlights: textList.default([]),
    skills: tagList.default([]),
    url: optional(urlSchema),
  }),
});

export type EvidenceItem = z.output<typeof evidenceItemEntity.record>;
