/** Delivery findings for an answer: hedges, filler words, length by the timing lights, and pace. */
import {
  fillerLikePattern,
  fillerPhrases,
  fillerYouKnowPattern,
  hedgePhrases,
  kindOfDeterminers,
} from '../content/answer-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import { limit, type Finding, type Span } from './finding.js';
import { caseless, matchSpans, phraseMatcher, type ParsedText } from './text.js';

/** Toastmasters-style light for the answer's length. */
export type TimingLight = 'under' | 'green' | 'amber' | 'red';

/** How long the answer runs, whether that was timed or estimated, and its light. */
export interface AnswerTiming {
  readonly seconds: number;
  readonly measured: boolean;
  readonly light: TimingLight;
}

const hedgeMatcher = phraseMatcher(hedgePhrases);
const fillerMatcher = phraseMatcher(fillerPhrases);
// Patterns run on lower-cased text (see `caseless`).
const fillerLike = caseless(fillerLikePattern);
const fillerYouKnow = caseless(fillerYouKnowPattern);

/** Softeners ("maybe", "sort of"), but not "sort of" naming a kind ("a sort of tool"). */
export function hedgeSpans(text: string, parsed: ParsedText): Span[] {
  return hedgeMatcher.find(parsed).filter((span) => {
    const phrase = text.slice(span.start, span.end).toLowerCase();
    if (!phrase.endsWith(' of')) return true;
    return !kindOfDeterminers.test(text.slice(Math.max(0, span.start - 12), span.start));
  });
}

/** Too many softeners for the length of the answer, or three or more. */
export function hedgingFinding(hedges: Span[], words: number): Finding<'hedging'> | undefined {
  const threshold = thresholds.hedgesPerHundredWords.value;
  const rate = words > 0 ? (hedges.length / words) * 100 : 0;
  const [first] = hedges;
  if (!first || (rate <= threshold && hedges.length < 3)) return undefined;
  return {
    kind: 'hedging',
    severity: rate > threshold * 2 ? 'problem' : 'warn',
    message: `${hedges.length} softeners ("maybe", "sort of", "I guess"…), ${rate.toFixed(1)} per 100 words: the answer sounds unsure of your own work.`,
    advice:
      'Say what you did and what happened as facts. Keep one softener at most, where you really are unsure.',
    ...first,
    spans: hedges,
    threshold: limit('hedgesPerHundredWords'),
  };
}

/** Filler words and phrases, with "like" and "you know" only where they fill. */
export function fillerSpans(text: string, parsed: ParsedText): Span[] {
  return [
    ...fillerMatcher.find(parsed).map(({ start, end }) => ({ start, end })),
    ...matchSpans(parsed.lower, fillerLike).map((span) => {
      const found = text.slice(span.start, span.end).toLowerCase().lastIndexOf('like');
      return { start: span.start + found, end: span.start + found + 4 };
    }),
    ...matchSpans(parsed.lower, fillerYouKnow),
  ].sort((a, b) => a.start - b.start);
}

/** More fillers a minute than listeners let pass. */
export function fillerWordsFinding(
  fillers: Span[],
  perMinute: number,
  measured: boolean,
): Finding<'filler_words'> | undefined {
  const harmless = thresholds.fillersHarmless.value;
  const [first] = fillers;
  if (!first || perMinute <= harmless) return undefined;
  const harmful = perMinute >= thresholds.fillersHarmful.value;
  return {
    kind: 'filler_words',
    severity: harmful ? 'problem' : 'warn',
    message: `${fillers.length} filler words, about ${perMinute.toFixed(1)} a minute${measured ? '' : ' at a conversational pace'}.`,
    advice:
      'Pause silently instead of filling the gap; a short pause sounds confident. Practise the opening sentence until it comes without "um".',
    ...first,
    spans: fillers,
    threshold: limit(harmful ? 'fillersHarmful' : 'fillersHarmless'),
  };
}

/** The timing light an answer of this many seconds earns. */
export function lightFor(seconds: number): TimingLight {
  if (seconds < thresholds.answerMinimumSeconds.value) return 'under';
  if (seconds < thresholds.answerAmberSeconds.value) return 'green';
  if (seconds <= thresholds.answerMaximumSeconds.value) return 'amber';
  return 'red';
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** Too short, running long or too long, by the timing light. */
export function lengthFindings(
  timing: AnswerTiming,
  words: number,
  whole: Span,
): Finding<'too_short' | 'running_long' | 'too_long'>[] {
  if (words === 0) return [];
  const how = timing.measured ? 'took' : 'would take about';
  const said = `${words} words ${how} ${clock(timing.seconds)}`;
  switch (timing.light) {
    case 'under':
      return [
        {
          kind: 'too_short',
          severity: timing.seconds < thresholds.answerMinimumSeconds.value / 2 ? 'problem' : 'warn',
          message: `${said}, under the one-minute mark: probably too thin for a second-round question.`,
          advice:
            'Add the detail the interviewer needs: the stakes, two or three steps you took, and the measured result.',
          ...whole,
          threshold: limit('answerMinimumSeconds'),
        },
      ];
    case 'green':
      return [];
    case 'amber':
      return [
        {
          kind: 'running_long',
          severity: 'info',
          message: `${said}: past the amber mark, so head for the result.`,
          advice: 'Trim the set-up and keep the actions and the result.',
          ...whole,
          threshold: limit('answerAmberSeconds'),
        },
      ];
    case 'red':
      return [
        {
          kind: 'too_long',
          severity:
            timing.seconds > thresholds.answerMaximumSeconds.value * 1.5 ? 'problem' : 'warn',
          message: `${said}, past the two-minute mark where attention drops.`,
          advice:
            'Cut the situation to two sentences and keep the three strongest actions; let the interviewer ask for more.',
          ...whole,
          threshold: limit('answerMaximumSeconds'),
        },
      ];
  }
}

/** Speaking faster or slower than listeners follow comfortably (needs a measured time). */
export function paceFindings(
  wordsPerMinute: number,
  whole: Span,
): Finding<'pace_too_fast' | 'pace_too_slow'>[] {
  if (wordsPerMinute > thresholds.paceTooFast.value) {
    return [
      {
        kind: 'pace_too_fast',
        severity: 'warn',
        message: `${wordsPerMinute} words a minute: faster than listeners follow comfortably.`,
        advice: `Aim for ${thresholds.paceTargetLow.value}–${thresholds.paceTargetHigh.value} words a minute: pause after each step and after the result.`,
        ...whole,
        threshold: limit('paceTooFast'),
      },
    ];
  }
  if (wordsPerMinute < thresholds.paceTooSlow.value) {
    return [
      {
        kind: 'pace_too_slow',
        severity: 'warn',
        message: `${wordsPerMinute} words a minute: slow enough to sound hesitant.`,
        advice: `Aim for ${thresholds.paceTargetLow.value}–${thresholds.paceTargetHigh.value} words a minute; rehearse the outline so the next step comes to mind.`,
        ...whole,
        threshold: limit('paceTooSlow'),
      },
    ];
  }
  return [];
}
