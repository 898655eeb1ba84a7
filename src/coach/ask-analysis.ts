/** Analyses a question to ask: its types, its findings, and `analyseQuestionToAsk` running all. */
import { compensationTerms, notCompensationPhrases } from '../content/ask-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import { categorise } from './ask-category.js';
import { distinctTexts, questionSentences, quoteList } from './ask-text.js';
import { limit, sortFindings, type Finding, type Span } from './finding.js';
import { closedClause, openSentence } from './open-question.js';
import { roundOneRepeat, type RepeatHit } from './round-one-repeat.js';
import { matchSpans, parseText, phrasePattern, type Sentence } from './text.js';
import { websiteFact, type WebsiteHit } from './website-fact.js';

export type AskFindingKind =
  'premature_compensation' | 'answerable_by_website' | 'closed_yes_no' | 'repeats_round_one';

/** Where the candidate is: before an offer, pay and benefits are better left to the employer. */
export type AskStage = 'before_offer' | 'after_offer';

export interface AskOptions {
  /** Defaults to `before_offer`, the usual case for a second interview. */
  readonly stage?: AskStage;
  /** Questions the candidate already asked in round 1. */
  readonly roundOneQuestions?: readonly string[];
}

export interface AskAnalysis {
  readonly category: AskCategory;
  /** Why that category, in words: "mentions 'team' and 'collaborate'". */
  readonly categoryReason: string;
  readonly findings: Finding<AskFindingKind>[];
  /** The question with each yes/no part turned into an open one; only when there is one. */
  readonly openRephrasing?: string;
}

const compensationPattern = phrasePattern(compensationTerms);
const notCompensationPattern = phrasePattern(notCompensationPhrases);

/**
 * Reviews a question the candidate means to ask an interviewer: files it under a category (with
 * the reason) and flags pay or benefits raised before an offer, facts the company website
 * already answers, yes/no questions (with an open rewording) and repeats of round-1 questions.
 * @example analyseQuestionToAsk('What does the company do?').findings[0]?.kind // 'answerable_by_website'
 */
export function analyseQuestionToAsk(question: string, options: AskOptions = {}): AskAnalysis {
  if (question.length > thresholds.maximumTextCharacters.value) {
    throw new RangeError(
      `A question to ask may be at most ${thresholds.maximumTextCharacters.value} characters long.`,
    );
  }
  const stage = options.stage ?? 'before_offer';
  const parsed = parseText(question);
  const asking = questionSentences(parsed);
  const focus = asking.length > 0 ? asking : parsed.sentences;
  const findings: Finding<AskFindingKind>[] = [];

  const compensation = compensationSpans(question);
  if (compensation.length > 0 && stage === 'before_offer') {
    findings.push(prematureCompensation(question, compensation));
  }

  const website = websiteFact(parsed, focus);
  if (website) findings.push(answerableByWebsite(website));

  const closed = asking.flatMap((sentence) => {
    const clause = closedClause(parsed, sentence);
    return clause ? [{ sentence, clause }] : [];
  });
  let openRephrasing: string | undefined;
  if (closed.length > 0) {
    let rewritten = '';
    let cursor = 0;
    for (const { sentence, clause } of closed) {
      const open = openSentence(parsed, sentence, clause);
      findings.push(closedYesNo(sentence, open));
      rewritten += question.slice(cursor, sentence.start) + open;
      cursor = sentence.end;
    }
    openRephrasing = (rewritten + question.slice(cursor)).trim();
  }

  const repeat = roundOneRepeat(parsed, focus, options.roundOneQuestions ?? []);
  if (repeat) findings.push(repeatsRoundOne(question, repeat));

  const { category, reason } = categorise(
    question,
    parsed,
    focus,
    asking.length > 0,
    compensation,
    website,
  );
  return {
    category,
    categoryReason: reason,
    findings: sortFindings(findings),
    ...(openRephrasing === undefined ? {} : { openRephrasing }),
  };
}

// ——— Pay and benefits ———

function compensationSpans(question: string): Span[] {
  const exclusions = matchSpans(question, notCompensationPattern);
  return matchSpans(question, compensationPattern).filter(
    (span) => !exclusions.some((other) => other.start < span.end && span.start < other.end),
  );
}

function prematureCompensation(question: string, spans: Span[]): Finding<AskFindingKind> {
  const first = spans[0] ?? { start: 0, end: question.length };
  const terms = quoteList(distinctTexts(question, spans), (term) => `“${term}”`);
  return {
    kind: 'premature_compensation',
    severity: 'warn',
    message: `This brings up pay or benefits (${terms}) before there is an offer.`,
    advice:
      'Hold questions about pay, time off and benefits until the employer raises them or makes an offer; until then, ask about the work, the team and how success is judged. If they bring up salary first, be ready with your researched range.',
    start: first.start,
    end: first.end,
    spans,
  };
}

// ——— Findings of the other checks ———

function answerableByWebsite(hit: WebsiteHit): Finding<AskFindingKind> {
  return {
    kind: 'answerable_by_website',
    severity: 'warn',
    message: `This asks ${hit.fact}, which the company’s own website already tells any visitor. Asking it in a second interview suggests you have not looked.`,
    advice:
      'Look it up beforehand and build on it instead: say what you found and ask what it means for the team or the role — for example, “I read that you opened an office in Lisbon; how will that change the team’s work?”',
    start: hit.sentence.start,
    end: hit.sentence.end,
  };
}

function closedYesNo(sentence: Sentence, open: string): Finding<AskFindingKind> {
  return {
    kind: 'closed_yes_no',
    severity: 'info',
    message: `“${sentence.text.trim()}” can be answered with a plain yes or no, which leaves the interviewer little to talk about.`,
    advice: `Start with how, what or “tell me about”, so the answer has to describe something — for example: “${open.trim()}”`,
    start: sentence.start,
    end: sentence.end,
  };
}

function repeatsRoundOne(question: string, hit: RepeatHit): Finding<AskFindingKind> {
  return {
    kind: 'repeats_round_one',
    severity: 'warn',
    message: `You asked much the same thing in round 1: “${hit.roundOne}”`,
    advice:
      'Ask something new this time, or take the topic one step further: build on what they told you then, ask how it has changed since, or what it will mean for your first months.',
    start: 0,
    end: question.length,
    threshold: limit('questionRepeatSimilarity'),
  };
}
