/** The personal "why" check: does each answer name something only this employer and role have? */
import {
  commonWords,
  stockPhrases,
  whyAdvice,
  whyAnswerMaximumWords,
  whyNowCues,
} from '../content/why.js';
import type { PersonalWhy } from '../domain/format-prep.js';
import { severityRank, type Finding, type Span } from './finding.js';

export type WhyAnswer = 'whyRole' | 'whyCompany' | 'whyNow';
export type WhyFindingKind = 'generic_why' | 'missing_why_now' | 'too_long';

/** A finding about one of the three answers; offsets are into that answer's text. */
export interface WhyFinding extends Finding<WhyFindingKind> {
  readonly answer: WhyAnswer;
}

/** What is specific to this employer and role, gathered from the opportunity, research and posting. */
export interface WhySpecifics {
  readonly company: string;
  readonly role: string;
  readonly products?: readonly string[];
  readonly values?: readonly string[];
  readonly mission?: string | null;
  readonly responsibilities?: readonly string[];
  readonly skills?: readonly string[];
}

/** A specific thing an answer names, and where. */
export interface SpecificMention extends Span {
  readonly text: string;
}

export interface WhyCheck {
  readonly words: Record<WhyAnswer, number>;
  /** What each answer names that is specific to the company or role. */
  readonly mentions: Record<WhyAnswer, readonly SpecificMention[]>;
  readonly findings: readonly WhyFinding[];
}

const answers: readonly WhyAnswer[] = ['whyRole', 'whyCompany', 'whyNow'];
const answerLabel: Record<WhyAnswer, string> = {
  whyRole: 'Why this role',
  whyCompany: 'Why this company',
  whyNow: 'Why now',
};
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const common = new Set(commonWords);

/**
 * Checks the three answers of a personal "why": `generic_why` when the role or company answer
 * names nothing specific, `missing_why_now` when "why now" is empty or names no moment, and
 * `too_long` past the word limit.
 * @example checkWhy(why, { company: 'Larkspur', role: 'Product Manager', products: ['Bloom'] }).findings
 */
export function checkWhy(why: Pick<PersonalWhy, WhyAnswer>, specifics: WhySpecifics): WhyCheck {
  const phrases = specificPhrases(specifics);
  const keywords = specificKeywords(specifics);
  const findings: WhyFinding[] = [];
  const words = {} as Record<WhyAnswer, number>;
  const mentions = {} as Record<WhyAnswer, SpecificMention[]>;

  for (const answer of answers) {
    const text = why[answer];
    const tokens = wordsOf(text);
    words[answer] = tokens.length;
    mentions[answer] = mentionsIn(text, tokens, phrases, keywords);
    const whole = { start: 0, end: text.length };
    const limit = whyAnswerMaximumWords.value;
    if (tokens.length > limit) {
      const cut = tokens[limit];
      findings.push({
        kind: 'too_long',
        answer,
        severity: 'warn',
        start: cut?.start ?? 0,
        end: text.length,
        message: `${answerLabel[answer]} runs to ${tokens.length} words; aim for ${limit} or fewer.`,
        advice: whyAdvice.tooLong,
        threshold: { name: 'whyAnswerMaximumWords', ...whyAnswerMaximumWords },
      });
    }
    if (answer !== 'whyNow' && tokens.length > 0 && mentions[answer].length === 0) {
      const stock = stockSpans(text);
      findings.push({
        kind: 'generic_why',
        answer,
        severity: 'problem',
        ...whole,
        ...(stock.length > 0 ? { spans: stock } : {}),
        message: `${answerLabel[answer]} names nothing specific to ${specifics.company} or the ${specifics.role} role${stock.length > 0 ? ', and leans on stock phrases' : ''}.`,
        advice: whyAdvice.generic,
      });
    }
    if (answer === 'whyNow') {
      const cues = tokens.filter((token) => whyNowCues.includes(token.lower));
      const phraseCues = whyNowCues.filter(
        (cue) => cue.includes(' ') && text.toLowerCase().includes(cue),
      );
      if (tokens.length === 0 || (cues.length === 0 && phraseCues.length === 0)) {
        findings.push({
          kind: 'missing_why_now',
          answer,
          severity: tokens.length === 0 ? 'problem' : 'warn',
          ...whole,
          message:
            tokens.length === 0
              ? 'There is no answer to "why now?" yet.'
              : 'Why now does not say what makes this the moment for a move.',
          advice: whyAdvice.missingNow,
        });
      }
    }
  }
  // Problems first, then in the order of the answers.
  const order = (finding: WhyFinding) => answers.indexOf(finding.answer);
  findings.sort(
    (a, b) => severityRank[b.severity] - severityRank[a.severity] || order(a) - order(b),
  );
  return { words, mentions, findings };
}

interface WordToken extends Span {
  readonly text: string;
  readonly lower: string;
}

function wordsOf(text: string): WordToken[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Names matched whole: the company, the role title, products and skills. */
function specificPhrases(specifics: WhySpecifics): string[] {
  return [
    specifics.company,
    specifics.role,
    ...(specifics.products ?? []),
    ...(specifics.skills ?? []),
  ]
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length >= 2);
}

/** Distinctive words from every source, compared by their stem. */
function specificKeywords(specifics: WhySpecifics): Set<string> {
  const sources = [
    specifics.company,
    specifics.role,
    specifics.mission ?? '',
    ...(specifics.products ?? []),
    ...(specifics.values ?? []),
    ...(specifics.responsibilities ?? []),
    ...(specifics.skills ?? []),
  ];
  const keys = new Set<string>();
  for (const source of sources) {
    for (const token of wordsOf(source)) {
      if (token.lower.length >= 4 && !common.has(token.lower)) keys.add(stem(token.lower));
    }
  }
  return keys;
}

function mentionsIn(
  text: string,
  tokens: readonly WordToken[],
  phrases: readonly string[],
  keywords: ReadonlySet<string>,
): SpecificMention[] {
  const found: SpecificMention[] = [];
  const lower = text.toLowerCase();
  for (const phrase of phrases) {
    // Short names ("Go", "R", "SQL") are matched in their own case, or every "go" would count.
    const haystack = phrase.length <= 3 ? text : lower;
    const needle = phrase.length <= 3 ? phrase : phrase.toLowerCase();
    let at = haystack.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;
      if (isWordEdge(text, at - 1) && isWordEdge(text, end)) {
        found.push({ start: at, end, text: text.slice(at, end) });
      }
      at = haystack.indexOf(needle, end);
    }
  }
  for (const token of tokens) {
    if (token.lower.length < 4 || common.has(token.lower)) continue;
    const covered = found.some(
      (mention) => mention.start <= token.start && token.end <= mention.end,
    );
    if (!covered && keywords.has(stem(token.lower))) found.push(token);
  }
  return found
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, text: mention }) => ({ start, end, text: mention }));
}

function isWordEdge(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !/[\p{L}\p{N}]/u.test(char);
}

/** A light stem, so "onboarding" meets "onboard" and "products" meets "product". */
function stem(word: string): string {
  const bare = word.replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 's', 'er']) {
    if (bare.length - suffix.length >= 4 && bare.endsWith(suffix)) {
      return bare.slice(0, -suffix.length);
    }
  }
  return bare;
}

function stockSpans(text: string): Span[] {
  const lower = text.toLowerCase();
  return stockPhrases.flatMap((phrase) => {
    const spans: Span[] = [];
    let at = lower.indexOf(phrase);
    while (at >= 0) {
      spans.push({ start: at, end: at + phrase.length });
      at = lower.indexOf(phrase, at + phrase.length);
    }
    return spans;
  });
}
