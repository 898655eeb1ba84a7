/** Finds a question to ask that the company's own website already answers. */
import { notCompanyNames, websiteFacts } from '../content/ask-lexicon.js';
import { contentEnd, openers, straighten, wordsOf } from './ask-text.js';
import type { ParsedText, Sentence, Token } from './text.js';

const notNames = new Set(notCompanyNames);

/** The sentence that asks a website fact, and the fact in words ("what the company does"). */
export interface WebsiteHit {
  readonly sentence: Sentence;
  readonly fact: string;
}

/**
 * The sentence as the website patterns read it: lower case, straight apostrophes, no opening
 * "so"/"and", no end mark, and any run of capitalised words (a company's name) as "the company".
 */
function factReading(parsed: ParsedText, sentence: Sentence): string {
  const end = contentEnd(sentence);
  const words = wordsOf(parsed, sentence);
  const firstWord = words[0];
  let reading = '';
  let cursor = sentence.start;
  for (let index = 0; index < words.length; index += 1) {
    const token = words[index];
    if (!token || token.start >= end || token === firstWord || !isNameWord(token)) continue;
    let last = index;
    while (words[last + 1] && isNameWord(words[last + 1] as Token)) last += 1;
    const previous = words[index - 1];
    const start =
      previous?.lower === 'the' && previous !== firstWord ? previous.start : token.start;
    reading += `${parsed.text.slice(cursor, start)}the company`;
    cursor = (words[last] as Token).end;
    index = last;
  }
  reading += parsed.text.slice(cursor, end);
  let text = straighten(reading).toLowerCase().trim();
  for (;;) {
    const opener = /^([a-z]+)[\s,]+/.exec(text);
    if (!opener || !openers.has(opener[1] ?? '')) break;
    text = text.slice(opener[0].length);
  }
  return text.replace(/[\s,;:]+$/, '');
}

function isNameWord(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) && !notNames.has(token.lower);
}

/** The first of the sentences that asks something the company website states, if any. */
export function websiteFact(
  parsed: ParsedText,
  focus: readonly Sentence[],
): WebsiteHit | undefined {
  for (const sentence of focus) {
    const reading = factReading(parsed, sentence);
    const hit = websiteFacts.find((candidate) => candidate.pattern.test(reading));
    if (hit) return { sentence, fact: hit.fact };
  }
  return undefined;
}
