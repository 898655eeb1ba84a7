/** Spelling mistakes in a thank-you note, leaving out names, acronyms, links and template gaps. */
import type { Finding, Span } from './finding.js';
import { inside, normaliseWord, SPELLING_WORD, type NoteLayout } from './note-layout.js';
import { looksLikeName } from './note-names.js';
import { matchSpans } from './text.js';

const LINK = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Words the dictionary rejects, apart from known words, acronyms, names, links and gaps. */
export function misspellings(
  body: string,
  layout: NoteLayout,
  placeholders: readonly Span[],
  known: ReadonlySet<string>,
  isCorrectlySpelled: (word: string) => boolean,
): Span[] {
  const links = matchSpans(body, LINK);
  const skipped = [...links, ...placeholders];
  const spans: Span[] = [];
  for (const match of body.matchAll(SPELLING_WORD)) {
    const word = match[0];
    const span = { start: match.index, end: match.index + word.length };
    if (word.length < 2 || /\p{N}/u.test(word) || known.has(normaliseWord(word))) continue;
    if (/^\p{Lu}[\p{Lu}'’]+$/u.test(word)) continue; // all capitals: an acronym
    if (skipped.some((other) => span.start < other.end && other.start < span.end)) continue;
    const capitalised = /^\p{Lu}/u.test(word);
    if (capitalised && (inside(span, layout.signature) || looksLikeName(body, span))) continue;
    if (!isCorrectlySpelled(word)) spans.push(span);
  }
  return spans;
}

/** The finding that lists the misspelled words, five at most by name. */
export function spelling(body: string, spans: Span[]): Finding<'spelling'> {
  const first = spans[0] as Span;
  const words = [...new Set(spans.map((span) => body.slice(span.start, span.end)))];
  const shown = words.slice(0, 5).map((word) => `“${word}”`);
  const more = words.length > 5 ? ` and ${words.length - 5} more` : '';
  return {
    kind: 'spelling',
    severity: 'warn',
    message:
      words.length === 1
        ? `${shown[0] ?? ''} looks misspelled.`
        : `These words look misspelled: ${shown.join(', ')}${more}.`,
    advice: `${words.length === 1 ? 'Check it' : 'Check each one'}; if it is a name, a product or a term the dictionary does not know, add it to your known words so it is not flagged again.`,
    start: first.start,
    end: first.end,
    spans,
  };
}
