/** Yes/no questions to ask: finding the closed clause, and rewording it as an open question. */
import {
  amountWords,
  likingVerbs,
  offeringVerbs,
  openRephrasingRules,
  openRequestPatterns,
  opinionVerbs,
} from '../content/ask-lexicon.js';
import {
  auxiliaries,
  collapse,
  contentEnd,
  openers,
  straighten,
  whWords,
  wordsOf,
} from './ask-text.js';
import type { ParsedText, Sentence, Token } from './text.js';

const rephrasingRules = openRephrasingRules.map((rule) => ({
  ...rule,
  pattern: new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('i') ? rule.pattern.flags : `${rule.pattern.flags}i`,
  ),
}));

/** The words of a sentence's main clause when it is a yes/no question; otherwise undefined. */
export function closedClause(parsed: ParsedText, sentence: Sentence): Token[] | undefined {
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

/** The sentence with its yes/no clause turned into an open question; what comes before stays. */
export function openSentence(
  parsed: ParsedText,
  sentence: Sentence,
  clause: readonly Token[],
): string {
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
