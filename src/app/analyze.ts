import { analyseAnswer, type AnswerAnalysis } from '../coach/answer-analysis.js';
import { analyseQuestionToAsk, type AskAnalysis } from '../coach/ask-analysis.js';
import type { Finding } from '../coach/finding.js';
import { analyseThankYouNote, type NoteAnalysis } from '../coach/note-analysis.js';
import {
  answerAnalysisRequest,
  askAnalysisRequest,
  noteAnalysisRequest,
} from '../domain/analysis-request.js';
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

type WithId<T> = T & { id?: string | number };

/** Only the keys whose value is set, so that absent options stay absent. */
function defined<T extends Record<string, unknown>>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/**
 * Validates a question-to-ask request (`{id?, question, stage?, roundOneQuestions?}`) and analyses
 * it: category, premature compensation, website-answerable, closed yes/no, repeats of round 1.
 */
export function analyzeAskRequest(input: unknown): WithId<AskAnalysis> {
  const request = parse(askAnalysisRequest, input, 'question analysis request');
  const analysis = analyseQuestionToAsk(
    request.question,
    defined({ stage: request.stage, roundOneQuestions: request.roundOneQuestions }),
  );
  return { ...withId(request.id), ...analysis };
}

/** The `analyze ask --jsonl` contract: `{id, category, findings}`. */
export function summarizeAsk(result: WithId<AskAnalysis>) {
  return { ...withId(result.id), category: result.category, findings: result.findings };
}

/**
 * Validates a thank-you note request and analyses the note. Spelling is checked only when a
 * checker is given (it needs the dictionary files, which only the server and CLI load).
 */
export function analyzeNoteRequest(
  input: unknown,
  isCorrectlySpelled?: (word: string) => boolean,
): WithId<NoteAnalysis> {
  const request = parse(noteAnalysisRequest, input, 'note analysis request');
  const analysis = analyseThankYouNote(
    request.body,
    defined({
      interviewerName: request.interviewerName,
      conversationNotes: request.conversationNotes,
      otherNotes: request.otherNotes,
      interviewEndedAt: request.interviewEndedAt,
      sentAt: request.sentAt,
      dueAt: request.dueAt,
      knownWords: request.knownWords,
      isCorrectlySpelled,
    }),
  );
  return { ...withId(request.id), ...analysis };
}

/** The `analyze note --jsonl` contract: `{id, findings}`. */
export function summarizeNote(result: WithId<NoteAnalysis>) {
  return { ...withId(result.id), findings: result.findings };
}
