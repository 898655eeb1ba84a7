/** Where an answer's STAR parts are, who acts in each sentence, and how its result is measured. */
import {
  actionCues,
  changeVerbs,
  hypotheticalPattern,
  nonActionLemmas,
  openingContextPattern,
  outcomeComparatives,
  passiveActionPattern,
  pastTenseActions,
  quantityPatterns,
  reflectionCues,
  resultCues,
  settingNumberPatterns,
  situationCues,
  starLabelPattern,
  taskCues,
  taskPattern,
  vagueActionPattern,
} from '../content/answer-lexicon.js';
import type { Span } from './finding.js';
import {
  caseless,
  lowerCase,
  phraseMatcher,
  type ParsedText,
  type PhraseMatcher,
  type Sentence,
} from './text.js';

export const starParts = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof starParts)[number];
/** A STAR part, or the reflection that closes the answer. */
export type AnswerPart = StarPart | 'reflection';

const cueMatchers: Record<AnswerPart, PhraseMatcher> = {
  situation: phraseMatcher(situationCues),
  task: phraseMatcher(taskCues),
  action: phraseMatcher(actionCues),
  result: phraseMatcher(resultCues),
  reflection: phraseMatcher(reflectionCues),
};
const changeVerbMatcher = phraseMatcher(changeVerbs);
const comparativeMatcher = phraseMatcher(outcomeComparatives);

/** The sentences (by index) in which a matcher finds anything. */
const sentencesWith = (matcher: PhraseMatcher, parsed: ParsedText) =>
  new Set(matcher.find(parsed).map((match) => match.sentence));
const nonAction = new Set<string>(nonActionLemmas);
// Patterns run on lower-cased text (see `caseless`).
const task = caseless(taskPattern);
const hypothetical = caseless(hypotheticalPattern);
const openingContext = caseless(openingContextPattern);
const vagueAction = caseless(vagueActionPattern);
const passiveAction = caseless(passiveActionPattern);
const quantities = quantityPatterns.map(caseless);
const settingNumbers = settingNumberPatterns.map(caseless);
const starLabel = caseless(starLabelPattern);
const partMark = /\((situation|task|action|result|reflection)\)/gu;
const pastActions = new Set<string>(pastTenseActions);
const labelToPart: Record<string, AnswerPart> = {
  situation: 'situation',
  context: 'situation',
  background: 'situation',
  challenge: 'situation',
  task: 'task',
  goal: 'task',
  action: 'action',
  actions: 'action',
  approach: 'action',
  result: 'result',
  results: 'result',
  outcome: 'result',
  impact: 'result',
  reflection: 'reflection',
  lesson: 'reflection',
  lessons: 'reflection',
  learning: 'reflection',
  learnings: 'reflection',
  takeaway: 'reflection',
};

/** The sentences that carry each STAR part, from labels when the candidate wrote them, else from cues. */
export function findParts(parsed: ParsedText): Record<AnswerPart, Span[]> {
  const parts: Record<AnswerPart, Span[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
    reflection: [],
  };
  const labelled = labelledParts(parsed);
  if (labelled) return labelled;
  const { sentences } = parsed;
  const cues = Object.fromEntries(
    (Object.keys(cueMatchers) as AnswerPart[]).map((part) => [
      part,
      sentencesWith(cueMatchers[part], parsed),
    ]),
  ) as Record<AnswerPart, Set<number>>;
  const changes = sentencesWith(changeVerbMatcher, parsed);
  const comparatives = sentencesWith(comparativeMatcher, parsed);
  sentences.forEach((sentence, index) => {
    const text = parsed.lower.slice(sentence.start, sentence.end);
    const has = (part: AnswerPart) => cues[part].has(index);
    const first = index === 0;
    const late = sentences.length > 2 && index >= sentences.length / 2;
    const isReflection = has('reflection');
    const isTask = has('task') || task.test(text);
    const isResult =
      !isReflection &&
      (has('result') ||
        (changes.has(index) && (late || hasQuantity(text))) ||
        // Late in the answer, a comparison or a measure reads as the outcome even without a cue.
        (late && !isTask && (comparatives.has(index) || hasQuantity(text))));
    const actor = actorOf(parsed, sentence);
    // Others' doing inside an outcome sentence ("we avoided paying twice") is the result, not an action.
    const isAction =
      !isTask &&
      !isReflection &&
      (actor === 'self' ||
        (actor === 'others' && !isResult) ||
        (has('action') && !hypothetical.test(text)));
    const isSituation =
      has('situation') ||
      (first && !isTask && openingContext.test(text)) ||
      (first &&
        !isTask &&
        !isAction &&
        !isResult &&
        !isReflection &&
        isPastNarrative(parsed, sentence));
    const span = { start: sentence.start, end: sentence.end };
    const marked = markedParts(text);
    if (marked.size > 0) {
      for (const part of marked) parts[part].push(span);
      return;
    }
    if (isReflection) parts.reflection.push(span);
    if (isTask) parts.task.push(span);
    if (isResult) parts.result.push(span);
    if (isAction) parts.action.push(span);
    // A sentence that reads as the result is not also the scene, unless it opens the answer.
    if (isSituation && (!isResult || first) && !isReflection) parts.situation.push(span);
  });
  return parts;
}

/** Parts a sentence marks itself with, as in "…met the deadline (Result)." */
function markedParts(text: string): Set<AnswerPart> {
  const marked = new Set<AnswerPart>();
  for (const match of text.matchAll(partMark)) {
    marked.add((match[1] ?? '').toLowerCase() as AnswerPart);
  }
  return marked;
}

function labelledParts(parsed: ParsedText): Record<AnswerPart, Span[]> | undefined {
  const matches = [...parsed.lower.matchAll(starLabel)];
  const labels = new Set(matches.map((match) => labelToPart[(match[1] ?? '').toLowerCase()]));
  if (labels.size < 2) return undefined;
  const parts: Record<AnswerPart, Span[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
    reflection: [],
  };
  matches.forEach((match, index) => {
    const part = labelToPart[(match[1] ?? '').toLowerCase()];
    const start = match.index + match[0].length;
    const end = matches[index + 1]?.index ?? parsed.text.length;
    const content = parsed.text.slice(start, end);
    if (part && /[\p{L}\p{N}]/u.test(content)) {
      const leading = content.length - content.trimStart().length;
      parts[part].push({ start: start + leading, end: start + content.trimEnd().length });
    }
  });
  return parts;
}

const MODALS = new Set([
  'would',
  'will',
  'could',
  'should',
  'can',
  'might',
  'may',
  'must',
  "'d",
  "'ll",
]);
const OTHER_SUBJECTS = new Set(['we', 'team']);

/**
 * Who does something in a sentence: the candidate ("I rewrote", "I then called"), others ("we
 * moved", "the team mapped", "a review was carried out"), or nobody. A state ("I was", "I felt"),
 * a hypothetical ("I would listen"), a habit in the present ("I make a list") and a vague stand-in
 * ("I dealt with it") are not actions.
 */
export function actorOf(parsed: ParsedText, sentence: Sentence): 'self' | 'others' | undefined {
  const { tokens } = parsed;
  const lowered = parsed.lower.slice(sentence.start, sentence.end);
  let others = false;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const subject = tokens[index]?.lower ?? '';
    const self = subject === 'i';
    if (!self && !OTHER_SUBJECTS.has(subject)) continue;
    if (doesSomething(parsed, index, sentence.endToken)) {
      if (self) {
        if (!vagueAction.test(lowered)) return 'self';
      } else {
        others = true;
      }
    }
  }
  if (others || passiveAction.test(lowered)) return 'others';
  return undefined;
}

/** Told in the past tense, as a story is: "was", "had", or a verb in the past. */
function isPastNarrative(parsed: ParsedText, sentence: Sentence): boolean {
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = parsed.tokens[index];
    if (!token) continue;
    if (token.lower === 'was' || token.lower === 'were' || token.lower === 'had') return true;
    if (token.pos === 'VERB' && (/[a-z]ed$/u.test(token.lower) || pastActions.has(token.lower)))
      return true;
  }
  return false;
}

function doesSomething(parsed: ParsedText, subject: number, end: number): boolean {
  const { tokens } = parsed;
  const stop = Math.min(subject + 7, end);
  for (let next = subject + 1; next < stop; next += 1) {
    const token = tokens[next];
    if (!token || token.pos === 'PUNCT' || token.pos === 'PRON' || token.pos === 'SCONJ')
      return false;
    if (token.pos === 'AUX' && (token.lemma === 'be' || token.lemma === 'have')) return false;
    if (
      MODALS.has(token.lower) ||
      token.lower === "n't" ||
      token.lower === 'not' ||
      token.lower === 'never'
    ) {
      return false;
    }
    // A story is told in the past: "I make a list" is a habit, "I made a list" an action.
    const past = /[a-z]ed$/u.test(token.lower) || pastActions.has(token.lower);
    if (token.pos === 'VERB') return past && !nonAction.has(token.lemma);
    // Right after the subject, a past form the tagger misread still names an action.
    const adjacent = next === subject + 1 || tokens[next - 1]?.pos === 'ADV';
    if (adjacent && (pastActions.has(token.lower) || /^[a-z]{3,}ed$/u.test(token.lower)))
      return true;
  }
  return false;
}

/** Whether a lower-cased sentence measures something, once years, team sizes and deadlines are blanked. */
function hasQuantity(lowered: string): boolean {
  const cleaned = settingNumbers.reduce((rest, regex) => rest.replace(regex, ' '), lowered);
  return quantities.some((regex) => regex.test(cleaned));
}

/** The first measure of outcome inside a result sentence, ignoring years, team sizes and deadlines. */
export function findResultQuantity(text: string, results: readonly Span[]): Span | undefined {
  for (const span of results) {
    const sentence = lowerCase(text.slice(span.start, span.end));
    const cleaned = settingNumbers.reduce(
      (rest, regex) => rest.replace(regex, (match) => ' '.repeat(match.length)),
      sentence,
    );
    for (const regex of quantities) {
      const match = regex.exec(cleaned);
      if (match)
        return { start: span.start + match.index, end: span.start + match.index + match[0].length };
    }
  }
  return undefined;
}
