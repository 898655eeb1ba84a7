import { z } from 'zod';
import { defineEntity } from './entity.js';
import {
  emailSchema,
  longText,
  optional,
  requiredName,
  shortText,
  textList,
  urlSchema,
} from './common.js';

export const audienceKinds = [
  'recruiter',
  'hiring_manager',
  'executive',
  'peer',
  'cross_functional',
  'technical',
] as const;

/** A person the candidate meets in one or more rounds of an opportunity. */
export const interviewerEntity = defineEntity({
  kind: 'interviewer',
  collection: 'interviewers',
  label: 'interviewer',
  references: { opportunityId: { kind: 'opportunity', required: true } },
  fields: z.object({
    name: requiredName,
    title: optional(shortText),
    department: optional(shortText),
    audienceKind: optional(z.enum(audienceKinds)),
    email: optional(emailSchema),
    profileUrl: optional(urlSchema),
    background: optional(longText),
    priorities: textList.default([]),
    rapportHooks: textList.default([]),
    notes: optional(longText),
  }),
});

/** That an interviewer sits in a round, and what was discussed with them there. */
export const participationEntity = defineEntity({
  kind: 'participation',
  collection: 'participations',
  label: 'interviewer in a round',
  references: {
    roundId: { kind: 'round', required: true },
    interviewerId: { kind: 'interviewer', required: true },
  },
  fields: z.object({
    /** What the interviewer focused on, in the candidate's words: feeds thank-you notes. */
    topicsDiscussed: textList.default([]),
    /** Concerns the interviewer voiced about the candidate. */
    concerns: textList.default([]),
    notes: optional(longText),
  }),
});

export type Interviewer = z.output<typeof interviewerEntity.record>;
export type AudienceKind = (typeof audienceKinds)[number];
export type Participation = z.output<typeof participationEntity.record>;
