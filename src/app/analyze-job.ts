import { extractPosting, type PostingExtraction } from '../coach/posting-extraction.js';
import { jobAnalysisRequest } from '../domain/analysis-request.js';
import type { PostingDocument } from '../domain/posting.js';
import { PostingReadError, readPosting } from '../io/posting-import.js';
import { ValidationError } from './errors.js';

/** A posting read and extracted: the extraction, and the document it was read from. */
export interface JobAnalysis extends PostingExtraction {
  readonly id?: string | number;
  readonly posting: PostingDocument;
}

/** The `analyze job --jsonl` contract, keys in this order; title and company only when found. */
export interface JobAnalysisSummary {
  readonly id?: string | number;
  readonly title?: string;
  readonly company?: string;
  readonly requirements: readonly string[];
  readonly preferred: readonly string[];
  readonly responsibilities: readonly string[];
  readonly skills: readonly string[];
}

/**
 * Validates a job-analysis request (`{id?, text, format?}`), reads the posting in its format
 * (detected when absent) and extracts requirements, preferred qualifications, responsibilities
 * and skills. The CLI, batch mode and the HTTP route all call this.
 * @throws ValidationError for a malformed request, or a `json` posting that does not parse.
 */
export function analyzeJobRequest(input: unknown): JobAnalysis {
  const parsed = jobAnalysisRequest.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod('job analysis request', parsed.error);
  const request = parsed.data;
  let posting: PostingDocument;
  try {
    posting = readPosting(request.text, request.format);
  } catch (error) {
    if (error instanceof PostingReadError) {
      throw new ValidationError(error.message, [{ field: 'text', message: error.message }]);
    }
    throw error;
  }
  return {
    ...(request.id === undefined ? {} : { id: request.id }),
    ...extractPosting(posting),
    posting,
  };
}

/** Just the contract fields, in the contract's order. */
export function summarizeJob(result: JobAnalysis): JobAnalysisSummary {
  return {
    ...(result.id === undefined ? {} : { id: result.id }),
    ...(result.title === undefined ? {} : { title: result.title }),
    ...(result.company === undefined ? {} : { company: result.company }),
    requirements: result.requirements,
    preferred: result.preferred,
    responsibilities: result.responsibilities,
    skills: result.skills,
  };
}
