import {
  amountWords,
  askCategoryCues,
  askCategoryPrecedence,
  askIgnoredLemmas,
  askSynonyms,
  compensationTerms,
  discourseOpeners,
  likingVerbs,
  notCompanyNames,
  notCompensationPhrases,
  offeringVerbs,
  openRephrasingRules,
  openRequestPatterns,
  opinionVerbs,
  questionWords,
  websiteFacts,
  yesNoAuxiliaries,
} from '../content/ask-lexicon.js';
import { thresholds, type ThresholdName } from '../content/thresholds.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import { sortFindings, type Finding, type Span, type ThresholdUsed } from './finding.js';
import {
  matchSpans,
  parseText,
  phrasePattern,
  type ParsedText,
  type Sentence,
  type Token,
} from './text.js';

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

const limit = (name: ThresholdName): ThresholdUsed => ({ name, ...thresholds[name] });

const compensationPattern = phrasePattern(compensationTerms);
const notCompensationPattern = phrasePattern(notCompensationPhrases);
const auxiliaries = new Set(yesNoAuxiliaries);
const whWords = new Set(questionWords);
const openers = new Set(discourseOpeners);
const ignoredLemmas = new Set(askIgnoredLemmas);
const contentTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM', 'ADV']);
const notNames = new Set(notCompanyNames);
const rephrasingRules = openRephrasingRules.map((rule) => ({
  ...rule,
  pattern: new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('i') ? rule.pattern.flags : `${rule.pattern.flags}i`,
  ),
}));

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

// ——— Sentences ———

function wordsOf(parsed: ParsedText, sentence: Sentence): Token[] {
  return parsed.tokens
    .slice(sentence.firstToken, sentence.endToken)
    .filter((token) => token.isWord);
}

/** Sentences that ask: those ending in a question mark, or failing that, those shaped like one. */
function questionSentences(parsed: ParsedText): Sentence[] {
  const marked = parsed.sentences.filter((sentence) => /\?[\s"'”’)\]]*$/.test(sentence.text));
  if (marked.length > 0) return marked;
  return parsed.sentences.filter((sentence) => {
    const first = wordsOf(parsed, sentence).find((token) => !openers.has(token.lower));
    return first !== undefined && (whWords.has(first.lower) || auxiliaries.has(first.lower));
  });
}

/** The sentence without its end mark and closing quotes. */
function contentEnd(sentence: Sentence): number {
  const trimmed = sentence.text.replace(/[\s?!.…"'”’)\]]+$/u, '');
  return sentence.start + trimmed.length;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Straight apostrophes and single spaces, as the patterns in the lexicon expect. */
const straighten = (text: string): string => collapse(text.replace(/[’‘]/g, "'"));

// ——— Pay and benefits ———

function compensationSpans(question: string): Span[] {
  const exclusions = matchSpans(question, notCompensationPattern);
  return matchSpans(question, compensationPattern).filter(
    (span) => !exclusions.some((other) => other.start < span.end && span.start < other.end),
  );
}

function quoteList(items: readonly string[], quote: (item: string) => string): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

function distinctTexts(question: string, spans: readonly Span[], most = 3): string[] {
  const seen = new Map<string, string>();
  for (const span of spans) {
    const text = question.slice(span.start, span.end).replace(/\s+/g, ' ');
    if (!seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
  }
  return [...seen.values()].slice(0, most);
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

// ——— Facts the website answers ———

interface WebsiteHit {
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

function websiteFact(parsed: ParsedText, focus: readonly Sentence[]): WebsiteHit | undefined {
  for (const sentence of focus) {
    const reading = factReading(parsed, sentence);
    const hit = websiteFacts.find((candidate) => candidate.pattern.test(reading));
    if (hit) return { sentence, fact: hit.fact };
  }
  return undefined;
}

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

// ——— Yes/no questions ———

/** The words of a sentence's main clause when it is a yes/no question; otherwise undefined. */
function closedClause(parsed: ParsedText, sentence: Sentence): Token[] | undefined {
  const words = wordsOf(parsed, sentence);
  let start = words.findIndex((token) => !openers.has(token.lower));
  const first = words[start];
  if (!first || whWords.has(first.lower)) return undefined;
  if (!isAuxiliary(first)) {
    // "Given the launch, is there…": the question starts after an opening phrase.
    const comma = parsed.tokens
      .slice(sentence.firstToken, sentence.endToken)
      .find((token) => /^[,:;—–]$/.test(token.text) && token.start > first.start);
    if (!comma) return undefined;
    start = words.findIndex((token) => token.start > comma.start);
    const afterComma = words[start];
    if (!afterComma || !isAuxiliary(afterComma)) return undefined;
  }
  const clause = words.slice(start);
  const aux = clause[0] as Token;
  const reading = straighten(parsed.text.slice(aux.start, contentEnd(sentence))).toLowerCase();
  if (openRequestPatterns.some((pattern) => pattern.test(reading))) return undefined;
  if (clause.some((token) => whWords.has(token.lower))) return undefined;
  // "Is the role more hands-on or strategic?" offers a choice, not a yes or no.
  const or = clause.findIndex((token) => token.lower === 'or');
  if (or > 0 && clause[or + 1] !== undefined && clause[or + 1]?.lower !== 'not') return undefined;
  return clause;
}

function isAuxiliary(token: Token): boolean {
  return (
    auxiliaries.has(token.lower) ||
    (token.pos === 'AUX' && auxiliaries.has(token.lemma) && /^(ca|wo)$/.test(token.lower))
  );
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

/** The sentence with its yes/no clause turned into an open question; what comes before stays. */
function openSentence(parsed: ParsedText, sentence: Sentence, clause: readonly Token[]): string {
  const aux = clause[0];
  if (!aux) return sentence.text;
  const prefix = parsed.text.slice(sentence.start, aux.start);
  const written = straighten(parsed.text.slice(aux.start, contentEnd(sentence))).trim();
  let open = ruleRephrasing(written) ?? structuralRephrasing(parsed, clause, contentEnd(sentence));
  if (/\w/.test(prefix)) open = open.charAt(0).toLowerCase() + open.slice(1);
  return prefix + open;
}

function ruleRephrasing(written: string): string | undefined {
  for (const rule of rephrasingRules) {
    const match = written.match(rule.pattern);
    if (match) return typeof rule.open === 'string' ? rule.open : rule.open(match);
  }
  return undefined;
}

/** Rewrites the common shapes by moving the auxiliary behind "how" or "what". */
function structuralRephrasing(parsed: ParsedText, clause: readonly Token[], end: number): string {
  const aux = clause[0] as Token;
  let at = 1;
  // "Isn't the team remote?" is rephrased as if it were "Is the team remote?".
  while (['not', "n't", 'n’t'].includes(clause[at]?.lower ?? '')) at += 1;
  const auxWord = aux.lower === 'ca' ? 'can' : aux.lower === 'wo' ? 'will' : aux.lower;
  const from = (index: number): string => {
    const token = clause[index];
    return token ? collapse(parsed.text.slice(token.start, end)) : '';
  };
  const between = (first: number, last: number): string => {
    const a = clause[first];
    const b = clause[last - 1];
    return a && b && last > first ? lowerStart(a, collapse(parsed.text.slice(a.start, b.end))) : '';
  };
  const split = (first: number): { head: string; tail: string } => {
    let stop = first;
    while (clause[stop] && !isClauseBreak(clause[stop] as Token)) stop += 1;
    return { head: between(first, stop), tail: from(stop) };
  };
  const withTail = (text: string, tail: string): string => (tail ? `${text} ${tail}` : text);

  if (aux.lemma === 'be' && clause[at]?.lower === 'there') {
    let first = at + 1;
    const rest = from(first).toLowerCase();
    const amount = amountWords.find((word) => rest.startsWith(`${word} `));
    if (amount) {
      first += amount.split(' ').length;
      const { head, tail } = split(first);
      const plural = clause[first] && clause[first]?.lemma !== clause[first]?.lower;
      const how =
        amount === 'much' ? 'much' : amount === 'many' ? 'many' : plural ? 'many' : 'much';
      return `How ${how} ${withTail(`${head} ${auxWord} there`, tail)}?`;
    }
    const article = clause[first]?.lower;
    if (article === 'a' || article === 'an')
      return `What can you tell me about the ${from(first + 1)}?`;
    if (article === 'any' || article === 'some') first += 1;
    const { head, tail } = split(first);
    if (head) return `What ${withTail(`${head} ${auxWord} there`, tail)}?`;
  }

  const subject = subjectEnd(clause, at);
  const subjectText = between(at, subject.end);
  const verb = clause[subject.end];

  if (['do', 'does', 'did'].includes(auxWord) && verb && subjectText) {
    const rest = from(subject.end + 1);
    if (likingVerbs.includes(verb.lemma) && rest)
      return `What ${auxWord} ${subjectText} ${verb.lower} most about ${rest}?`;
    if (verb.lemma === 'have') {
      let first = subject.end + 1;
      const article = clause[first]?.lower;
      if (article && ['a', 'an', 'any', 'some'].includes(article)) first += 1;
      const { head, tail } = split(first);
      if (head) return `What ${withTail(`${head} ${auxWord} ${subjectText} have`, tail)}?`;
    }
    if (offeringVerbs.includes(verb.lemma) && auxWord !== 'did' && rest) {
      const who = ['you', 'they', 'y’all'].includes(subjectText.toLowerCase())
        ? 'the company'
        : subjectText;
      const object = rest.replace(/^(?:any|some)\s+/i, '');
      return `How does ${who} approach ${object}?`;
    }
    const saysClause = clause
      .slice(subject.end + 1)
      .some((token) => token.pos === 'AUX' || token.pos === 'VERB');
    if (opinionVerbs.includes(verb.lemma) && subjectText.toLowerCase() === 'you' && saysClause) {
      return `What is your view on whether ${rest.replace(/^that\s+/i, '')}?`;
    }
    if (verb.lemma === 'know' && /^(?:if|whether)\s/i.test(rest)) {
      return `What can you tell me about whether ${rest.replace(/^(?:if|whether)\s+/i, '')}?`;
    }
    return `How ${auxWord} ${subjectText} ${from(subject.end)}?`;
  }

  if (aux.lemma === 'be' && subjectText && verb) {
    if (verb.pos === 'ADJ' && subject.hasHead) {
      // "Were you confident and engaged?" → "How confident and engaged were you?"
      let end = subject.end + 1;
      while (clause[end]?.lower === 'and' && ['ADJ', 'VERB'].includes(clause[end + 1]?.pos ?? '')) {
        end += 2;
      }
      const quality = between(subject.end, end).toLowerCase();
      return `How ${withTail(`${quality} ${auxWord} ${subjectText}`, from(end))}?`;
    }
    if (verb.pos === 'VERB' && /ing$/.test(verb.lower))
      return `How ${auxWord} ${subjectText} ${from(subject.end)}?`;
  }

  if (
    ['have', 'has', 'had'].includes(auxWord) &&
    verb?.pos === 'VERB' &&
    subjectText &&
    verb.lower !== 'got'
  ) {
    return `How ${auxWord} ${subjectText} ${from(subject.end)}?`;
  }

  if (
    ['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must'].includes(
      auxWord,
    ) &&
    subjectText
  ) {
    return `How ${auxWord} ${from(at)}?`;
  }

  // Too short to have a topic of its own ("Is that right?"): ask about "that".
  const topic = clause.length - at > 2 ? topicOf(parsed, clause.slice(at)) : undefined;
  return `What can you tell me about ${topic ?? 'that'}?`;
}

/** Keeps a name's or "I"'s capital; lowers a word that was capitalised only by position. */
function lowerStart(token: Token, text: string): string {
  if (token.pos === 'PROPN' || token.lower === 'i' || /^\p{Lu}{2,}/u.test(token.text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const isPossessive = (token: Token | undefined): boolean =>
  token?.lower === "'s" || token?.lower === '’s';

function isClauseBreak(token: Token): boolean {
  return (
    ['ADP', 'SCONJ', 'PART', 'CCONJ', 'VERB', 'AUX', 'PRON'].includes(token.pos) &&
    !isPossessive(token)
  );
}

/**
 * Where the subject after the auxiliary ends: a pronoun alone, or determiners, adjectives and
 * nouns up to the word that starts the rest (the tagger sometimes calls that verb a noun, as in
 * "Does the team use…", so a second noun after the head is taken as the verb).
 */
function subjectEnd(clause: readonly Token[], start: number): { end: number; hasHead: boolean } {
  const first = clause[start];
  if (!first) return { end: start, hasHead: false };
  if (first.pos === 'PRON' && first.lower !== 'there') return { end: start + 1, hasHead: true };
  let index = start;
  let hasHead = false;
  while (clause[index]) {
    const token = clause[index] as Token;
    if (token.pos === 'DET' || token.pos === 'NUM' || isPossessive(token)) {
      index += 1;
    } else if (token.pos === 'ADJ') {
      if (hasHead) break;
      index += 1;
    } else if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      if (hasHead && !isPossessive(clause[index - 1])) break;
      hasHead = true;
      index += 1;
    } else {
      break;
    }
  }
  return { end: index, hasHead };
}

/** The first noun phrase of the clause, with "a"/"any" read as "the": what the question is about. */
function topicOf(parsed: ParsedText, clause: readonly Token[]): string | undefined {
  const start = clause.findIndex((token) => token.pos === 'NOUN' || token.pos === 'PROPN');
  if (start === -1) return undefined;
  let first = start;
  while (first > 0 && ['DET', 'ADJ', 'NUM'].includes(clause[first - 1]?.pos ?? '')) first -= 1;
  let last = start;
  // A following noun belongs to the phrase only if nothing but space separates them and it is
  // not the first half of a hyphenated word ("hands-off").
  const isNounAfter = (index: number) => {
    const token = clause[index];
    const previous = clause[index - 1];
    return (
      (token?.pos === 'NOUN' || token?.pos === 'PROPN') &&
      previous !== undefined &&
      parsed.text.slice(previous.end, token.start).trim() === '' &&
      parsed.text.charAt(token.end) !== '-'
    );
  };
  // Runs on through a possessive: "the manager's style".
  for (;;) {
    if (isNounAfter(last + 1)) last += 1;
    else if (isPossessive(clause[last + 1]) && isNounAfter(last + 2)) last += 2;
    else break;
  }
  const words = clause.slice(first, last + 1);
  const head = words[0];
  if (!head) return undefined;
  const text = collapse(parsed.text.slice(head.start, (words.at(-1) as Token).end));
  if (head.pos === 'DET') {
    const rest = text.slice(head.text.length).trim();
    return ['a', 'an', 'any', 'some'].includes(head.lower) ? `the ${rest}` : lowerStart(head, text);
  }
  return head.pos === 'PROPN' ? text : `the ${lowerStart(head, text)}`;
}

// ——— Repeats of round 1 ———

interface RepeatHit {
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

function roundOneRepeat(
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

// ——— Category ———

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

function categorise(
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
