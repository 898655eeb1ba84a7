/** Finds the round-1 question that a question to ask repeats, by the content words they share. */
import { askIgnoredLemmas, askSynonyms } from '../content/ask-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import { whWords } from './ask-text.js';
import { parseText, type ParsedText, type Sentence, type Token } from './text.js';

const ignoredLemmas = new Set(askIgnoredLemmas);
const contentTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);

/** The round-1 question repeated, and the share of content words the two have in common. */
export interface RepeatHit {
  readonly roundOne: string;
  readonly similarity: number;
}

function contentLemmas(tokens: readonly Token[]): Set<string> {
  const lemmas = new Set<string>();
  for (const token of tokens) {
    if (!token.isWord || !contentTags.has(token.pos)) continue;
    for (const part of token.lemma.split('-')) {
      if (part.length < 2 && !/\d/.test(part)) continue;
      if (ignoredLemmas.has(part) || whWords.has(part)) continue;
      lemmas.add(askSynonyms[part] ?? askSynonyms[token.lower] ?? part);
    }
  }
  return lemmas;
}

/** The round-1 question most like this one, when they share enough content words. */
export function roundOneRepeat(
  parsed: ParsedText,
  focus: readonly Sentence[],
  roundOne: readonly string[],
): RepeatHit | undefined {
  if (roundOne.length === 0) return undefined;
  const mine = contentLemmas(
    focus.flatMap((sentence) => parsed.tokens.slice(sentence.firstToken, sentence.endToken)),
  );
  if (mine.size === 0) return undefined;
  let best: RepeatHit | undefined;
  for (const earlier of roundOne) {
    if (earlier.trim() === '') continue;
    const theirs = contentLemmas(parseText(earlier).tokens);
    let shared = 0;
    for (const lemma of mine) if (theirs.has(lemma)) shared += 1;
    const similarity = shared / Math.max(mine.size, theirs.size);
    if (
      shared > 0 &&
      similarity >= thresholds.questionRepeatSimilarity.value &&
      (!best || similarity > best.similarity)
    ) {
      best = { roundOne: earlier.trim(), similarity };
    }
  }
  return best;
}
