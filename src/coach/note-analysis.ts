/** Analyses a thank-you note: its types, the gap, length and lateness findings, and running all. */
import { placeholderPatterns } from '../content/note-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import { limit, sortFindings, type Finding, type Span } from './finding.js';
import { layoutOf, normaliseWord } from './note-layout.js';
import { missingName, namePartsOf } from './note-names.js';
import { sameAsOtherNote } from './note-similarity.js';
import { misspellings, spelling } from './note-spelling.js';
import { noSpecificReference } from './note-topics.js';
import { matchSpans } from './text.js';

export type NoteFindingKind =
  | 'placeholder_left'
  | 'no_specific_reference'
  | 'same_as_other_note'
  | 'too_long'
  | 'missing_name'
  | 'spelling'
  | 'late';

export interface NoteOptions {
  /** The interviewer the note is for, as they write their name. */
  readonly interviewerName?: string;
  /** What was discussed with this interviewer; the note should pick up something from it. */
  readonly conversationNotes?: string;
  /** The candidate's notes to the other interviewers of the round. */
  readonly otherNotes?: readonly string[];
  /** ISO 8601 instants; with both, a note sent after the due time is flagged. */
  readonly interviewEndedAt?: string;
  readonly sentAt?: string;
  /**
   * The note's own deadline, when known (the follow-through rule moves a weekend or late-evening
   * deadline to the next working morning). Lateness is judged against it instead of 24 hours.
   */
  readonly dueAt?: string;
  /** Words the spelling check accepts as they are (names, product names, jargon). */
  readonly knownWords?: readonly string[];
  /** A spelling dictionary (see `loadSpellChecker` in io/spelling); no spelling check without it. */
  readonly isCorrectlySpelled?: (word: string) => boolean;
}

export interface NoteAnalysis {
  /** Words in the note, counted as a word processor does ("team’s" and "follow-up" are one). */
  readonly words: number;
  readonly findings: Finding<NoteFindingKind>[];
}

const WORD =
  /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)*/gu;

/**
 * Reviews a thank-you note before it is sent: template gaps left in, nothing specific to the
 * conversation, the same text as another interviewer's note, too long, no name (or the wrong
 * spelling of it), spelling mistakes (with a dictionary) and lateness.
 * @example analyseThankYouNote('Dear [Name], thank you!').findings.map((f) => f.kind)
 */
export function analyseThankYouNote(body: string, options: NoteOptions = {}): NoteAnalysis {
  if (body.length > thresholds.maximumTextCharacters.value) {
    throw new RangeError(
      `A thank-you note may be at most ${thresholds.maximumTextCharacters.value} characters long.`,
    );
  }
  const layout = layoutOf(body);
  const words = [...body.matchAll(WORD)].length;
  const interviewerName = options.interviewerName?.trim() || undefined;
  const nameParts = namePartsOf(interviewerName ?? '');
  const placeholders = placeholderSpans(body);
  const findings: Finding<NoteFindingKind>[] = [];

  if (placeholders.length > 0) findings.push(placeholderLeft(body, placeholders));

  const missing = missingName(body, layout, interviewerName, nameParts, placeholders);
  if (missing) findings.push(missing);

  const generic = noSpecificReference(body, layout, nameParts, options.conversationNotes);
  if (generic) findings.push(generic);

  const twin = sameAsOtherNote(body, nameParts, options.otherNotes ?? []);
  if (twin) findings.push(twin);

  if (words > thresholds.noteMaximumWords.value) findings.push(tooLong(body, words));

  if (options.isCorrectlySpelled) {
    const known = new Set([...(options.knownWords ?? []), ...nameParts].map(normaliseWord));
    const misspelled = misspellings(body, layout, placeholders, known, options.isCorrectlySpelled);
    if (misspelled.length > 0) findings.push(spelling(body, misspelled));
  }

  const lateness = late(body, options.interviewEndedAt, options.sentAt, options.dueAt);
  if (lateness) findings.push(lateness);

  return { words, findings: sortFindings(findings) };
}

// ——— Placeholders ———

function placeholderSpans(body: string): Span[] {
  const spans = placeholderPatterns
    .flatMap((pattern) => matchSpans(body, pattern))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) {
    const previous = kept.at(-1);
    if (previous && span.start < previous.end) continue;
    kept.push(span);
  }
  return kept;
}

function placeholderLeft(body: string, spans: Span[]): Finding<NoteFindingKind> {
  const first = spans[0] as Span;
  const shown = [...new Set(spans.map((span) => body.slice(span.start, span.end)))].slice(0, 3);
  const count = spans.length === 1 ? 'a template gap' : `${spans.length} template gaps`;
  return {
    kind: 'placeholder_left',
    severity: 'problem',
    message: `The note still has ${count}: ${shown.map((text) => `“${text}”`).join(', ')}.`,
    advice:
      'Fill in each one with the real name, company or detail before sending; a gap left in tells the reader the note came from a template.',
    start: first.start,
    end: first.end,
    spans,
  };
}

// ——— Length ———

function tooLong(body: string, words: number): Finding<NoteFindingKind> {
  const most = thresholds.noteMaximumWords.value;
  return {
    kind: 'too_long',
    severity: 'warn',
    message: `The note runs to ${words} words; past ${most} a busy reader tends to skim it or stop.`,
    advice:
      'Keep to three short paragraphs: thanks with one thing you remember from the conversation, a line on why you fit, and a warm close. Leave out what your CV already says.',
    start: 0,
    end: body.length,
    threshold: limit('noteMaximumWords'),
  };
}

// ——— Timing ———

function hoursText(hours: number): string {
  if (hours < 1) return 'less than an hour';
  const whole = Math.round(hours);
  return whole === 1 ? 'an hour' : `${whole} hours`;
}

function late(
  body: string,
  interviewEndedAt: string | undefined,
  sentAt: string | undefined,
  dueAt: string | undefined,
): Finding<NoteFindingKind> | undefined {
  if (sentAt === undefined) return undefined;
  const sent = Date.parse(sentAt);
  if (dueAt !== undefined) {
    const deadline = Date.parse(dueAt);
    if (Number.isNaN(deadline) || Number.isNaN(sent) || sent <= deadline) return undefined;
    return {
      kind: 'late',
      severity: 'warn',
      message: `Sent ${hoursText((sent - deadline) / 3_600_000)} after its deadline.`,
      advice:
        'A late note is still worth sending. Next time, draft it the same evening while the conversation is fresh, and send it by the deadline.',
      start: 0,
      end: body.length,
      threshold: limit('noteDueHours'),
    };
  }
  if (interviewEndedAt === undefined) return undefined;
  const ended = Date.parse(interviewEndedAt);
  if (Number.isNaN(ended) || Number.isNaN(sent)) return undefined;
  const hours = (sent - ended) / 3_600_000;
  const due = thresholds.noteDueHours.value;
  if (hours <= due) return undefined;
  return {
    kind: 'late',
    severity: 'warn',
    message: `Sent ${hoursText(hours)} after the interview ended: ${hoursText(hours - due)} past the ${due}-hour mark.`,
    advice:
      'A late note is still worth sending. Next time, draft it the same evening while the conversation is fresh, and send it by the next morning.',
    start: 0,
    end: body.length,
    threshold: limit('noteDueHours'),
  };
}
