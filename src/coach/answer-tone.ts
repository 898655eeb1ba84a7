/** Ownership and tone findings for an answer: only "we" acting, boasting, an employer run down. */
import {
  boastPatterns,
  employerReferencePattern,
  negativeTerms,
  peerReferencePattern,
} from '../content/answer-lexicon.js';
import type { Finding, Span } from './finding.js';
import { actorOf } from './star-parts.js';
import { caseless, matchSpans, phraseMatcher, type ParsedText } from './text.js';

const negativeMatcher = phraseMatcher(negativeTerms);
// Patterns run on lower-cased text (see `caseless`).
const employerReference = caseless(employerReferencePattern);
const peerReference = caseless(peerReferencePattern);
/** One pass over the text instead of one per pattern. */
const boastPattern = new RegExp(
  boastPatterns.map((regex) => `(?:${regex.source})`).join('|'),
  'gu',
);

/** Only "we" doing things, never "I": the interviewer cannot tell what was yours. */
export function ownershipFindings(
  parsed: ParsedText,
  actions: readonly Span[],
): Finding<'unclear_ownership'>[] {
  const sentences = parsed.sentences.filter((sentence) =>
    actions.some((span) => span.start <= sentence.start && sentence.end <= span.end),
  );
  const actors = sentences.map((sentence) => actorOf(parsed, sentence));
  if (actors.includes('self') || !actors.includes('others')) return [];
  const evidence = sentences
    .filter((_, index) => actors[index] === 'others')
    .map(({ start, end }) => ({ start, end }));
  const [first] = evidence;
  return first
    ? [
        {
          kind: 'unclear_ownership',
          severity: 'warn',
          message:
            'Every action is something "we", "the team" or "someone" did; your own part is not visible.',
          advice:
            'Keep the team in the story but say what you personally did: "I proposed…", "I built…", "I persuaded…".',
          ...first,
          spans: evidence,
        },
      ]
    : [];
}

type ToneFindingKind = 'boastful' | 'negative_about_employer';

/** Boasting (sole credit, or colleagues put down) and speaking badly of an employer. */
export function toneFindings(text: string, parsed: ParsedText): Finding<ToneFindingKind>[] {
  const findings: Finding<ToneFindingKind>[] = [];
  const negativeMatches = negativeMatcher.find(parsed);
  const sentenceOf = (match: { sentence: number }) => {
    const sentence = parsed.sentences[match.sentence];
    return sentence ? parsed.lower.slice(sentence.start, sentence.end) : '';
  };
  const aboutEmployer = negativeMatches.filter((match) =>
    employerReference.test(sentenceOf(match)),
  );
  // Running down colleagues, rather than the employer, is a way of talking oneself up.
  const aboutPeers = negativeMatches.filter(
    (match) => !aboutEmployer.includes(match) && peerReference.test(sentenceOf(match)),
  );
  const boasts = [
    ...matchSpans(parsed.lower, boastPattern),
    ...aboutPeers.map(({ start, end }) => ({ start, end })),
  ].sort((a, b) => a.start - b.start);
  const [firstBoast] = boasts;
  if (firstBoast) {
    findings.push({
      kind: 'boastful',
      severity: 'warn',
      message:
        'This takes sole credit or puts others down, which interviewers read as a warning about teamwork.',
      advice:
        'State your own contribution plainly and give others theirs: "I led the fix, with help from…".',
      ...firstBoast,
      spans: boasts,
    });
  }
  const negatives = aboutEmployer.map(({ start, end }) => ({ start, end }));
  const [firstNegative] = negatives;
  if (firstNegative) {
    findings.push({
      kind: 'negative_about_employer',
      severity: 'problem',
      message:
        'This speaks badly of a former employer, manager or colleagues; the interviewer will wonder what you will say about them.',
      advice:
        'Describe the situation neutrally and move to what you did about it and what you learned.',
      ...firstNegative,
      spans: negatives,
    });
  }
  return findings;
}
