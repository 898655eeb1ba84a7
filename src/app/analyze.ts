import { analyseAnswer, type AnswerAnalysis } from '../coach/answer-analysis.js';
import type { Finding } from '../coach/finding.js';
import { answerAnalysisRequest } from '../domain/analysis-request.js';
import { ValidationError } from './errors.js';
import type { z } from 'zod';

function parse<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(what, result.error);
  return result.data;
}

const withId = (id: string | number | undefined) => (id === undefined ? {} : { id });

/** The fields of an answer analysis that scripts rely on (the `analyze answer --jsonl` contract). */
export interface AnswerAnalysisSummary {
  readonly id?: string | number;
  readonly words: number;
  readonly estimatedSeconds: number;
  readonly star: AnswerAnalysis['star'];
  readonly resultQuantified: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Validates an answer-analysis request (`{id?, answer, question?, seconds?}`) and analyses it.
 * The HTTP route, the CLI and batch mode all call this.
 */
export function analyzeAnswerRequest(input: unknown): AnswerAnalysis & { id?: string | number } {
  const request = parse(answerAnalysisRequest, input, 'answer analysis request');
  const analysis = analyseAnswer(request.answer, {
    ...(request.question === undefined ? {} : { question: request.question }),
    ...(request.seconds === undefined ? {} : { seconds: request.seconds }),
  });
  return { ...withId(request.id), ...analysis };
}

/** Just the contract fields, in the contract's order. */
export function summarizeAnswer(
  result: AnswerAnalysis & { id?: string | number },
): AnswerAnalysisSummary {
  return {
    ...withId(result.id),
    words: result.words,
    estimatedSeconds: result.estimatedSeconds,
    star: result.star,
    resultQuantified: result.resultQuantified,
    findings: result.findings,
  };
}
