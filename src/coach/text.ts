import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './finding.js';

/** One token of the text, located by character offsets. */
export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: string;
  readonly isWord: boolean;
  readonly sentence: number;
}

/** One sentence of the text and the tokens in it (`tokens` indexes `ParsedText.tokens`). */
export interface Sentence extends Span {
  readonly text: string;
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
}

export interface ParsedText {
  readonly text: string;
  /** The text in lower case, character for character (same offsets), for caseless patterns. */
  readonly lower: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Words, not punctuation or symbols. */
  readonly wordCount: number;
}

let nlp: WinkMethods | undefined;

/** The English pipeline (tokens, sentences, parts of speech, lemmas), loaded on first use. */
function pipeline(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const WORD_TYPES = new Set([
  'word',
  'number',
  'alpha',
  'currency',
  'ordinal',
  'hashtag',
  'email',
  'url',
]);

/**
 * Splits a text into sentences and tagged tokens in one pass of the NLP pipeline, and locates
 * every token by its character offsets in the original text.
 */
export function parseText(text: string): ParsedText {
  const engine = pipeline();
  // wink's `its` helpers are plain functions that never use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const types = doc.tokens().out(its.type);
  const pos = doc.tokens().out(its.pos);
  // The type declarations of wink-nlp describe `its.lemma` with the wrong parameter list.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */

  const sentenceOf = new Array<number>(values.length).fill(0);
  sentenceSpans.forEach(([first, last], index) => {
    for (let token = first; token <= last; token += 1) sentenceOf[token] = index;
  });

  const tokens: Token[] = [];
  let cursor = 0;
  let wordCount = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? '';
    cursor += (spaces[index] ?? '').length;
    // The pipeline keeps the text as it is; if it ever differs, find the token from here on.
    let start = cursor;
    if (text.startsWith(value, cursor) === false) {
      const found = text.indexOf(value, cursor);
      start = found === -1 ? cursor : found;
    }
    const end = start + value.length;
    cursor = end;
    const type = types[index] ?? 'word';
    const isWord = WORD_TYPES.has(type) && /[\p{L}\p{N}]/u.test(value);
    if (isWord) wordCount += 1;
    tokens.push({
      text: value,
      lower: value.toLowerCase().replaceAll('\u2019', "'"),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: pos[index] ?? 'X',
      isWord,
      sentence: sentenceOf[index] ?? 0,
      start,
      end,
    });
  }

  const blank = (index: number) => (tokens[index]?.text ?? '').trim() === '';
  const sentences: Sentence[] = sentenceSpans.map(([first, last]) => {
    // Line breaks come through as tokens; a sentence starts and ends at visible text.
    let from = first;
    let to = last;
    while (from < to && blank(from)) from += 1;
    while (to > from && blank(to)) to -= 1;
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to]?.end ?? start;
    return { start, end, text: text.slice(start, end), firstToken: first, endToken: last + 1 };
  });
  return { text, lower: lowerCase(text), tokens, sentences, wordCount };
}

/**
 * Lower-cases a text without changing its length, so offsets found in it hold for the original.
 * (A few characters, such as "İ", lower-case to two; those are kept as they are.)
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let result = '';
  for (const char of text) {
    const mapped = char.toLowerCase();
    result += mapped.length === char.length ? mapped : char;
  }
  return result;
}

/**
 * The same pattern without the `i` flag, to run on lower-cased text: case-insensitive Unicode
 * regular expressions are many times slower in V8. Patterns must be written in lower case.
 */
export function caseless(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('i', ''));
}

/** Finds every match of a pattern (which must have the `g` flag) as spans. */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    spans.push({ start, end: start + match[0].length });
  }
  return spans;
}

/** A regular expression that matches any of the phrases as whole words, case-insensitively. */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['\u2019]")
        .replace(/\s+/g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A phrase found in a parsed text: where, and in which sentence. */
export interface PhraseMatch extends Span {
  readonly sentence: number;
}

/** A phrase found, with the tags of every entry that spells that phrase. */
export interface TaggedMatch<T> extends PhraseMatch {
  readonly tags: readonly T[];
}

/** Finds any of a fixed list of phrases by comparing tokens, far faster than one large regex. */
export interface PhraseMatcher {
  /** Every non-overlapping occurrence, longest phrase first at each position. */
  find(parsed: ParsedText): PhraseMatch[];
}

export interface TaggedPhraseMatcher<T> {
  find(parsed: ParsedText): TaggedMatch<T>[];
}

/**
 * Compiles tagged phrases into one matcher: one pass over a text finds them all, each with its
 * tags (several entries may spell the same phrase). Phrases are tokenised by the same pipeline as
 * the texts they are matched against, so "couldn't" or "single-handedly" split the same way.
 */
export function taggedPhraseMatcher<T>(
  entries: readonly (readonly [phrase: string, tag: T])[],
): TaggedPhraseMatcher<T> {
  const byFirstWord = new Map<string, { words: string[]; tags: T[] }[]>();
  for (const [phrase, tag] of entries) {
    const words = parseText(phrase).tokens.map((token) => token.lower);
    const [first] = words;
    if (first === undefined) continue;
    const bucket = byFirstWord.get(first) ?? [];
    const same = bucket.find((entry) => entry.words.join(' ') === words.join(' '));
    if (same) {
      if (!same.tags.includes(tag)) same.tags.push(tag);
    } else {
      bucket.push({ words, tags: [tag] });
    }
    byFirstWord.set(first, bucket);
  }
  for (const bucket of byFirstWord.values()) bucket.sort((a, b) => b.words.length - a.words.length);

  return {
    find(parsed) {
      const { tokens } = parsed;
      const matches: TaggedMatch<T>[] = [];
      for (let index = 0; index < tokens.length; index += 1) {
        const bucket = byFirstWord.get(tokens[index]?.lower ?? '');
        if (!bucket) continue;
        for (const { words, tags } of bucket) {
          if (!words.every((word, offset) => tokens[index + offset]?.lower === word)) continue;
          const first = tokens[index];
          const last = tokens[index + words.length - 1];
          if (first && last)
            matches.push({ start: first.start, end: last.end, sentence: first.sentence, tags });
          index += words.length - 1;
          break;
        }
      }
      return matches;
    },
  };
}

/** Compiles a phrase list into a matcher (see {@link taggedPhraseMatcher}). */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const matcher = taggedPhraseMatcher(phrases.map((phrase) => [phrase, true] as const));
  return {
    find: (parsed) =>
      matcher.find(parsed).map(({ start, end, sentence }) => ({ start, end, sentence })),
  };
}
