import { z } from 'zod';

/** The forms a job posting arrives in: pasted text, Markdown, a saved web page, a JSON file. */
export const postingFormats = ['text', 'markdown', 'html', 'json'] as const;
export type PostingFormat = (typeof postingFormats)[number];

const items = z.array(z.string());

/** Base pay as a posting states it; a single figure is both `min` and `max`. */
export const postingSalarySchema = z.object({
  currency: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** `HOUR`, `DAY`, `WEEK`, `MONTH` or `YEAR` (schema.org's `unitText`), when stated. */
  unit: z.string().optional(),
});

/**
 * A job posting read from any of its formats into one shape. `description` is readable plain text:
 * headings on lines of their own, list items as `- ` lines (indented two spaces per level of
 * nesting). The lists are filled only when the source keeps them apart (schema.org `JobPosting`
 * properties, JSON Resume `job.json` fields); each entry may itself hold several `- ` lines.
 */
export const postingDocumentSchema = z.object({
  title: z.string().optional(),
  company: z.string().optional(),
  location: z.string().optional(),
  description: z.string(),
  responsibilities: items.optional(),
  qualifications: items.optional(),
  skills: items.optional(),
  experienceRequirements: items.optional(),
  educationRequirements: items.optional(),
  baseSalary: postingSalarySchema.optional(),
  sourceFormat: z.enum(postingFormats),
});

export type PostingDocument = z.infer<typeof postingDocumentSchema>;
export type PostingSalary = z.infer<typeof postingSalarySchema>;
