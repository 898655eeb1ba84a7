import {
  analyseAnswer,
  findResultQuantity,
  resultNotQuantified,
  starParts,
  type AnswerAnalysis,
  type AnswerFindingKind,
} from './answer-analysis.js';
import { sortFindings, type Span } from './finding.js';

export const storyFields = ['situation', 'task', 'action', 'result', 'reflection'] as const;
export type StoryField = (typeof storyFields)[number];
export type StoryText = Readonly<Record<StoryField, string>>;

/** Where each field of the story sits in the text that was analysed. */
export type FieldOffsets = Readonly<Record<StoryField, Span>>;

export interface StoryAnalysis extends AnswerAnalysis {
  /** The story's fields joined into the one text that was analysed (spans refer to it). */
  readonly text: string;
  readonly fields: FieldOffsets;
}

/** Fields with at least this many words count as the part they are labelled, whatever they say. */
const FILLED_FIELD_WORDS = 4;

const SEPARATOR = '\n\n';

/**
 * Analyses a story from the story bank. The fields are read as one answer, so a part written in
 * the wrong box is still found; a box the candidate filled counts as that part.
 * @example analyseStory({ situation: '…', task: '…', action: '…', result: '', reflection: '' }).star.result // false
 */
export function analyseStory(story: StoryText): StoryAnalysis {
  const fields = {} as Record<StoryField, Span>;
  let text = '';
  for (const field of storyFields) {
    const value = story[field].trim();
    if (text !== '' && value !== '') text += SEPARATOR;
    fields[field] = { start: text.length, end: text.length + value.length };
    text += value;
  }
  const analysis = analyseAnswer(text);
  const filled = (field: StoryField) => wordCount(story[field]) >= FILLED_FIELD_WORDS;
  const star = { ...analysis.star };
  const parts = { ...analysis.parts };
  for (const part of starParts) {
    if (!star[part] && filled(part)) {
      star[part] = true;
      parts[part] = [fields[part]];
    }
  }
  const reflection = analysis.reflection || filled('reflection');
  if (reflection && parts.reflection.length === 0) parts.reflection = [fields.reflection];
  const dropped = new Set<AnswerFindingKind>(
    starParts
      .filter((part) => star[part] && !analysis.star[part])
      .map((part) => `missing_${part}` as const),
  );
  if (reflection) dropped.add('missing_reflection');
  const resultQuantified = findResultQuantity(text, parts.result) !== undefined;
  const findings = analysis.findings.filter(
    (finding) =>
      !dropped.has(finding.kind) && !(finding.kind === 'result_not_quantified' && resultQuantified),
  );
  // A result found only through its box still needs a measure.
  if (star.result && !analysis.star.result && !resultQuantified) {
    findings.push(resultNotQuantified(fields.result, [fields.result]));
  }
  return {
    ...analysis,
    star,
    reflection,
    parts,
    resultQuantified,
    findings: sortFindings(findings),
    text,
    fields,
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
