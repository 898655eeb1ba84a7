/** Files a question to ask under a category by weighted topic cues, and says why. */
import { askCategoryCues, askCategoryPrecedence } from '../content/ask-lexicon.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import { distinctTexts, quoteList } from './ask-text.js';
import type { Span } from './finding.js';
import type { ParsedText, Sentence, Token } from './text.js';
import type { WebsiteHit } from './website-fact.js';

interface Cue {
  readonly category: AskCategory;
  readonly words: readonly string[];
  readonly weight: number;
}

/** Cues indexed by their first word, so matching looks only at cues that can start at a word. */
const cuesByFirstWord = new Map<string, Cue[]>();
for (const [category, cues] of Object.entries(askCategoryCues) as [
  AskCategory,
  (typeof askCategoryCues)[AskCategory],
][]) {
  for (const [phrase, weight] of cues) {
    const words = phrase.toLowerCase().split(/[\s-]+/);
    const first = words[0] ?? '';
    const list = cuesByFirstWord.get(first) ?? [];
    list.push({ category, words, weight });
    cuesByFirstWord.set(first, list);
  }
}

interface CueHit extends Span {
  readonly category: AskCategory;
  readonly weight: number;
}

/** One word of the text for cue matching; hyphenated words count as their parts. */
interface CueWord extends Span {
  readonly forms: readonly string[];
}

function cueWords(tokens: readonly Token[]): CueWord[] {
  const words: CueWord[] = [];
  for (const token of tokens) {
    if (!token.isWord) continue;
    const lower = token.lower.replace(/’/g, "'");
    if (lower.includes('-') && lower.length > 1) {
      for (const part of lower.split('-'))
        if (part) words.push({ forms: [part], start: token.start, end: token.end });
    } else {
      words.push({ forms: [lower, token.lemma], start: token.start, end: token.end });
    }
  }
  return words;
}

function cueHits(tokens: readonly Token[], weight: number): CueHit[] {
  const words = cueWords(tokens);
  const hits: CueHit[] = [];
  words.forEach((word, index) => {
    const candidates = new Set(word.forms.flatMap((form) => cuesByFirstWord.get(form) ?? []));
    for (const cue of candidates) {
      const matches = cue.words.every(
        (part, offset) => words[index + offset]?.forms.includes(part) === true,
      );
      if (!matches) continue;
      const last = words[index + cue.words.length - 1] as CueWord;
      hits.push({
        category: cue.category,
        weight: cue.weight * weight,
        start: word.start,
        end: last.end,
      });
    }
  });
  return hits;
}

/**
 * The category and why: pay terms or a website fact decide it, else the weightiest topic cues
 * (cues in the asking sentences count fully); with no cues, the role.
 */
export function categorise(
  question: string,
  parsed: ParsedText,
  focus: readonly Sentence[],
  hasQuestion: boolean,
  compensation: readonly Span[],
  website: WebsiteHit | undefined,
): { category: AskCategory; reason: string } {
  const quote = (term: string): string => `'${term}'`;
  if (compensation.length > 0) {
    return {
      category: 'compensation',
      reason: `mentions ${quoteList(distinctTexts(question, compensation), quote)}`,
    };
  }
  if (website)
    return {
      category: 'company_basics',
      reason: `asks ${website.fact}, which the company website covers`,
    };

  // Cues in the question itself count fully; cues in a lead-in sentence count half.
  const hits = parsed.sentences.flatMap((sentence) =>
    cueHits(
      parsed.tokens.slice(sentence.firstToken, sentence.endToken),
      !hasQuestion || focus.includes(sentence) ? 1 : 0.5,
    ),
  );
  const scores = new Map<AskCategory, number>();
  for (const hit of hits) scores.set(hit.category, (scores.get(hit.category) ?? 0) + hit.weight);
  let best: AskCategory | undefined;
  for (const category of askCategoryPrecedence) {
    const score = scores.get(category) ?? 0;
    if (score > 0 && (best === undefined || score > (scores.get(best) ?? 0))) best = category;
  }
  if (!best)
    return {
      category: 'role',
      reason: 'no topic words stood out, so it is filed under the role itself',
    };
  const winning = hits
    .filter((hit) => hit.category === best)
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
  return {
    category: best,
    reason: `mentions ${quoteList(distinctTexts(question, winning), quote)}`,
  };
}
