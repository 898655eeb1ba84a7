import type { Finding, Span } from '../../coach/finding.js';
import { trimSpan, type Evidence } from './preview-rows.js';

/** Longest quote shown under a finding, in characters; about one line of the findings panel. */
const QUOTE_LENGTH = 120;

/**
 * The places a finding points at, trimmed of white space; none when it is about the text as a
 * whole (a missing part, the length), which no single place can show.
 */
export function evidenceSpans(text: string, finding: Finding): Span[] {
  const whole = trimSpan(text, { start: 0, end: text.length });
  const spans = (finding.spans ?? [finding])
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start);
  const aboutEverything = spans.some((span) => span.start <= whole.start && span.end >= whole.end);
  return aboutEverything ? [] : spans;
}

/** The evidence of every finding that has a place in the text, keyed by kind. */
export function evidenceOf(text: string, findings: readonly Finding[]): Evidence[] {
  return findings
    .map((finding) => ({ key: finding.kind, spans: evidenceSpans(text, finding) }))
    .filter((evidence) => evidence.spans.length > 0);
}

/** A quote of the evidence, with the rest of its sentence around it for context. */
export interface Quote {
  readonly before: string;
  readonly evidence: string;
  readonly after: string;
}

/** Context shorter than this says nothing; the quote is the evidence alone. */
const MIN_CONTEXT = 12;

const collapse = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * The words a finding rests on, as a short quote of about `max` characters: the evidence itself
 * (cut at a word with an ellipsis when it is longer) and as much of its sentence around it as fits.
 */
export function quoteOf(text: string, span: Span, max = QUOTE_LENGTH): Quote {
  const { start, end } = trimSpan(text, span);
  const evidence = collapse(text.slice(start, end));
  if (evidence.length >= max) return { before: '', evidence: cutAfter(evidence, max), after: '' };
  const budget = Math.floor((max - evidence.length) / 2);
  if (budget < MIN_CONTEXT) return { before: '', evidence, after: '' };
  const sentenceStart = Math.max(
    0,
    ...[...text.slice(0, start).matchAll(/[.!?]\s|\n/gu)].map((m) => m.index + m[0].length),
  );
  const sentenceEnd = /[.!?](?=\s|$)|\n/u.exec(text.slice(end));
  const before = collapse(text.slice(sentenceStart, start)).trimStart();
  const after = collapse(text.slice(end, sentenceEnd ? end + sentenceEnd.index + 1 : text.length));
  return {
    before: before.length > budget ? `…${cutBefore(before, budget)}` : before,
    evidence,
    after: after.trimEnd().length > budget ? cutAfter(after, budget) : after.trimEnd(),
  };
}

/** The start of `text`, at most `max` characters, ending at a word, with an ellipsis. */
function cutAfter(text: string, max: number): string {
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The end of `text`, at most `max` characters, starting at a word. */
function cutBefore(text: string, max: number): string {
  const cut = text.slice(text.length - max);
  const firstSpace = cut.indexOf(' ');
  return firstSpace >= 0 && firstSpace < max / 2 ? cut.slice(firstSpace + 1) : cut;
}
