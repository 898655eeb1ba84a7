import type { AudienceKind } from '../../domain/interviewer.js';
import type { BankQuestion, QuestionType } from '../../domain/question-bank.js';
import type { CompetencyId } from '../competencies.js';

/** A bank question as written in a content file: its type comes from the file it lives in. */
export interface QuestionEntry {
  readonly id: string;
  readonly text: string;
  readonly competencies: readonly CompetencyId[];
  readonly audiences: readonly AudienceKind[];
  readonly listeningFor: string;
  readonly followUps?: readonly string[];
}

/** Stamps one type on a list of entries, so each file states its type once. */
export function defineQuestions(
  type: QuestionType,
  entries: readonly QuestionEntry[],
): readonly BankQuestion[] {
  return entries.map(({ followUps, ...entry }) => ({
    ...entry,
    type,
    competencies: [...entry.competencies],
    audiences: [...entry.audiences],
    ...(followUps ? { followUps: [...followUps] } : {}),
  }));
}
