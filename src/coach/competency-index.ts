/** Finds the competencies a text names, in one pass over its tokens. */
import type { Competency } from '../domain/question-bank.js';
import {
  parseText,
  taggedPhraseMatcher,
  type ParsedText,
  type TaggedPhraseMatcher,
} from './text.js';

const matchers = new WeakMap<readonly Competency[], TaggedPhraseMatcher<string>>();

function matcherFor(competencies: readonly Competency[]): TaggedPhraseMatcher<string> {
  let matcher = matchers.get(competencies);
  if (!matcher) {
    matcher = taggedPhraseMatcher(
      competencies.flatMap((competency) =>
        [competency.name.toLowerCase(), ...competency.keywords].map(
          (phrase) => [phrase, competency.id] as const,
        ),
      ),
    );
    matchers.set(competencies, matcher);
  }
  return matcher;
}

/** The ids of the competencies a text names by their name or a keyword, in lexicon order. */
export function competenciesOf(
  text: string | ParsedText,
  competencies: readonly Competency[],
): string[] {
  const parsed = typeof text === 'string' ? parseText(text) : text;
  const found = new Set(
    matcherFor(competencies)
      .find(parsed)
      .flatMap((match) => match.tags),
  );
  return competencies
    .filter((competency) => found.has(competency.id))
    .map((competency) => competency.id);
}
