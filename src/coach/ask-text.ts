/** Reading a question to ask: its asking sentences, their words, tidied text and quoted terms. */
import { discourseOpeners, questionWords, yesNoAuxiliaries } from '../content/ask-lexicon.js';
import type { Span } from './finding.js';
import type { ParsedText, Sentence, Token } from './text.js';

export const auxiliaries = new Set(yesNoAuxiliaries);
export const whWords = new Set(questionWords);
export const openers = new Set(discourseOpeners);

/** The words of a sentence, without punctuation or symbols. */
export function wordsOf(parsed: ParsedText, sentence: Sentence): Token[] {
  return parsed.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((token) => token.isWord);
}

/** Sentences that ask: those ending in a question mark, or failing that, those shaped like one. */
export function questionSentences(parsed: ParsedText): Sentence[] {
  const marked = parsed.sentences.filter((sentence) => /\?[\s"'”’)\]]*$/.test(sentence.text));
  if (marked.length > 0) return marked;
  return parsed.sentences.filter((sentence) => {
    const first = wordsOf(parsed, sentence).find((token) => !openers.has(token.lower));
    return first !== undefined && (whWords.has(first.lower) || auxiliaries.has(first.lower));
  });
}

/** The sentence without its end mark and closing quotes. */
export function contentEnd(sentence: Sentence): number {
  const trimmed = sentence.text.replace(/[\s?!.…"'”’)\]]+$/u, '');
  return sentence.start + trimmed.length;
}

/** Single spaces, and none at either end. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Straight apostrophes and single spaces, as the patterns in the lexicon expect. */
export const straighten = (text: string): string => collapse(text.replace(/[’‘]/g, "'"));

/** Quotes each item and joins them as prose: “a”, “b” and “c”. */
export function quoteList(items: readonly string[], quote: (item: string) => string): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** The texts the spans cover, each once whatever its case, at most `most` of them. */
export function distinctTexts(question: string, spans: readonly Span[], most = 3): string[] {
  const seen = new Map<string, string>();
  for (const span of spans) {
    const text = question.slice(span.start, span.end).replace(/\s+/g, ' ');
    if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()].slice(0, most);
}
