import { z } from 'zod';
import type { evidenceKinds } from './evidence.js';

export type EvidenceKind = (typeof evidenceKinds)[number];

/** The forms a résumé arrives in: a JSON Resume document, or plain text (Markdown included). */
export const resumeFormats = ['json', 'text'] as const;
export type ResumeFormat = (typeof resumeFormats)[number];

/** An evidence item read from a résumé: the create input of an `evidenceItem`, without ids. */
export interface ResumeEvidence {
  readonly kind: EvidenceKind;
  readonly title: string;
  readonly organization?: string;
  /** YYYY-MM-DD; a month or a year alone is read as its first day. */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly summary?: string;
  readonly highlights: readonly string[];
  readonly skills: readonly string[];
  readonly url?: string;
}

const RESUME_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A JSON Resume date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the calendar date it starts on, e.g.
 * `2019-03` → `2019-03-01`; `undefined` when it is not a real date of that shape.
 */
export function resumeDateToLocalDate(value: string): string | undefined {
  const match = RESUME_DATE.exec(value);
  if (!match) return undefined;
  const [, year = '', month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month}-${day}`;
  // Date.UTC rolls 2021-02-30 over into March: a real date reads back unchanged.
  return date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

// The spec types every field but requires none. Real files often write `null` or "" for a field
// they leave out (an ongoing job's endDate), so both read as absent rather than as errors.
const text = z.string({ error: 'must be a string' }).nullish();
const date = z
  .string({ error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine((value) => value === '' || resumeDateToLocalDate(value) !== undefined, {
    error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .nullish();
const textList = z
  .custom<string[]>(
    (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string'),
    { error: 'must be an array of strings' },
  )
  .nullish();

/** An object that may carry keys the spec does not name (`additionalProperties: true`). */
const open = <S extends z.ZodRawShape>(shape: S) =>
  z.looseObject(shape, { error: 'must be an object' });
const section = <S extends z.ZodRawShape>(shape: S) =>
  z.array(open(shape), { error: 'must be an array of objects' }).nullish();

/**
 * The JSON Resume schema, v1.0.0 (https://jsonresume.org/schema): every section and field it
 * defines, all optional; unknown keys are kept, wrong types are errors at their JSON path.
 */
export const jsonResumeSchema = open({
  $schema: text,
  basics: open({
    name: text,
    label: text,
    image: text,
    email: text,
    phone: text,
    url: text,
    summary: text,
    location: open({
      address: text,
      postalCode: text,
      city: text,
      countryCode: text,
      region: text,
    }).nullish(),
    profiles: section({ network: text, username: text, url: text }),
  }).nullish(),
  work: section({
    name: text,
    location: text,
    description: text,
    position: text,
    url: text,
    startDate: date,
    endDate: date,
    summary: text,
    highlights: textList,
  }),
  volunteer: section({
    organization: text,
    position: text,
    url: text,
    startDate: date,
    endDate: date,
    summary: text,
    highlights: textList,
  }),
  education: section({
    institution: text,
    url: text,
    area: text,
    studyType: text,
    startDate: date,
    endDate: date,
    score: text,
    courses: textList,
  }),
  awards: section({ title: text, date, awarder: text, summary: text }),
  certificates: section({ name: text, date, url: text, issuer: text }),
  publications: section({
    name: text,
    publisher: text,
    releaseDate: date,
    url: text,
    summary: text,
  }),
  skills: section({ name: text, level: text, keywords: textList }),
  languages: section({ language: text, fluency: text }),
  interests: section({ name: text, keywords: textList }),
  references: section({ name: text, reference: text }),
  projects: section({
    name: text,
    description: text,
    highlights: textList,
    keywords: textList,
    startDate: date,
    endDate: date,
    url: text,
    roles: textList,
    entity: text,
    type: text,
  }),
  meta: open({ canonical: text, version: text, lastModified: text }).nullish(),
});

export type JsonResume = z.output<typeof jsonResumeSchema>;

/** The top-level sections of a JSON Resume: a document with none of them is not one. */
export const jsonResumeSections = [
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
] as const;
