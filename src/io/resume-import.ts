/**
 * Reads a résumé — a JSON Resume document or plain text — into evidence items.
 */
import {
  jsonResumeSchema,
  jsonResumeSections,
  type ResumeEvidence,
  type ResumeFormat,
} from '../domain/resume.js';
import { jsonResumeToEvidence } from './resume-json.js';
import { readTextResume } from './resume-text.js';

/** One thing wrong with a résumé, located by its JSON path (`work.2.highlights`) when it has one. */
export interface ResumeIssue {
  readonly field: string;
  readonly message: string;
}

/** The input is not a résumé in the format asked for: empty, not JSON, not a JSON Resume. */
export class ResumeReadError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ResumeIssue[] = [],
  ) {
    super(message);
    this.name = 'ResumeReadError';
  }
}

/** JSON when the text is an object literal; anything else is read as text. */
export function detectResumeFormat(text: string): ResumeFormat {
  return /^\s*\{/.test(text) ? 'json' : 'text';
}

function parseJsonResume(text: string): ResumeEvidence[] {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'parse error';
    throw new ResumeReadError(`The résumé is not valid JSON: ${reason}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ResumeReadError(
      'A JSON Resume is one JSON object with sections such as "basics", "work" and "education".',
    );
  }
  if (!jsonResumeSections.some((section) => section in value)) {
    throw new ResumeReadError(
      `This JSON document is not a JSON Resume: it has none of its sections (${jsonResumeSections.join(', ')}).`,
    );
  }
  const parsed = jsonResumeSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    const listed = issues.slice(0, 3).map((issue) => `${issue.field} ${issue.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new ResumeReadError(`Invalid JSON Resume: ${listed.join('; ')}${more}.`, issues);
  }
  return jsonResumeToEvidence(parsed.data);
}

/**
 * Reads a résumé into evidence items, one per role, study, project, award, certificate,
 * publication or skill, in the order the résumé gives them. Without a format, text that starts
 * with `{` is read as JSON Resume (https://jsonresume.org/schema) and anything else as plain text.
 * @throws ResumeReadError for empty input, JSON that does not parse, or a JSON document that is
 *   not a valid JSON Resume (each issue names its JSON path).
 * @example readResume('{"work":[{"name":"Acme","position":"Analyst","highlights":["Cut costs 12%"]}]}')
 */
export function readResume(text: string, format?: ResumeFormat): ResumeEvidence[] {
  const content = text.replace(/^\ufeff/, '');
  if (content.trim() === '') throw new ResumeReadError('The résumé is empty.');
  const chosen = format ?? detectResumeFormat(content);
  return chosen === 'json' ? parseJsonResume(content) : readTextResume(content);
}
