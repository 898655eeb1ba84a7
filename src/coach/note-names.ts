/** The reader's name in a thank-you note: its parts, if the note uses it, what looks like one. */
import { genericSalutations, honorifics } from '../content/note-lexicon.js';
import type { Finding, Span } from './finding.js';
import { linesOf, SPELLING_WORD, straighten, type NoteLayout } from './note-layout.js';

const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|dr|prof|st)$/iu;
const salutations = new Set(genericSalutations);
const titles = new Set(honorifics);
const withoutAccents = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** True when the word opens a sentence or a line, so a capital there says nothing about names. */
function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0 && /[ \t"'“‘([]/.test(text.charAt(index))) index -= 1;
  if (index < 0) return true;
  // The full stop of "Dr." or "Ms." does not end a sentence.
  if (text.charAt(index) === '.' && TITLE_BEFORE.test(text.slice(Math.max(0, index - 6), index))) {
    return false;
  }
  return /[.!?:\n\r]/.test(text.charAt(index));
}

/** A capitalised word that does not open a sentence, and is not "I": most likely a name. */
export function looksLikeName(text: string, word: Span): boolean {
  const value = text.slice(word.start, word.end);
  return (
    /^\p{Lu}/u.test(value) &&
    value !== 'I' &&
    !/^I['’]/.test(value) &&
    !opensSentence(text, word.start)
  );
}

/** The parts of a name worth looking for: "Dr. Ana María López-Ortiz" → Ana, María, López-Ortiz. */
export function namePartsOf(name: string): string[] {
  return name
    .normalize('NFC')
    .split(/\s+/)
    .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((part) => part.length >= 2 && !titles.has(part.toLowerCase()));
}

function containsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'iu').test(text);
}

function nameSpan(body: string, layout: NoteLayout): Span {
  if (layout.greeting) return { start: layout.greeting.start, end: layout.greeting.end };
  const first = linesOf(body).find((line) => line.text.trim() !== '');
  return first ? { start: first.start, end: first.end } : { start: 0, end: body.length };
}

/**
 * The note does not name its reader: not by the interviewer's name (or not with its accents), or,
 * with no name given, not in the greeting or the opening line.
 */
export function missingName(
  body: string,
  layout: NoteLayout,
  interviewerName: string | undefined,
  parts: readonly string[],
  placeholders: readonly Span[],
): Finding<'missing_name'> | undefined {
  const { salutation } = layout;
  if (
    salutation &&
    placeholders.some((gap) => gap.start < salutation.end && salutation.start < gap.end)
  ) {
    return undefined; // The template gap is reported on its own.
  }
  const where = nameSpan(body, layout);
  const example = parts[0] ? `“Dear ${parts[0]},”` : '“Dear Priya,” or “Dear Ms Okafor,”';
  const advice = `Open with the reader’s name as they write it — ${example} — so the note is plainly for them.`;
  if (interviewerName !== undefined && parts.length > 0) {
    const text = straighten(body.normalize('NFC'));
    const variants = parts.flatMap((part) => [
      part,
      ...part.split('-').filter((piece) => piece.length >= 2),
    ]);
    if (variants.some((part) => containsWord(text, straighten(part)))) return undefined;
    const loose = withoutAccents(text);
    const nearly = variants.find((part) => containsWord(loose, withoutAccents(straighten(part))));
    return {
      kind: 'missing_name',
      severity: 'warn',
      message: nearly
        ? `The note spells the name differently from “${interviewerName.trim()}”: check the accents on “${nearly}”.`
        : `The note never uses ${interviewerName.trim()}’s name.`,
      advice,
      ...where,
    };
  }
  if (interviewerName !== undefined) return undefined;
  if (layout.greeting && salutation) {
    const named = !salutations.has(
      salutation.text.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, ''),
    );
    const restOfLine = { start: salutation.end, end: layout.greeting.end };
    if (named || namedWithin(body, restOfLine)) return undefined;
    return {
      kind: 'missing_name',
      severity: 'warn',
      message: salutation.text
        ? `The greeting “${layout.greeting.text.trim()}” does not name the person you met.`
        : `The greeting “${layout.greeting.text.trim()}” has no name in it.`,
      advice,
      ...where,
    };
  }
  if (namedWithin(body, where)) return undefined;
  return {
    kind: 'missing_name',
    severity: 'warn',
    message: 'The note does not open with the name of the person you met.',
    advice,
    ...where,
  };
}

function namedWithin(body: string, span: Span): boolean {
  const text = body.slice(0, span.end);
  for (const match of text.slice(span.start).matchAll(SPELLING_WORD)) {
    if (
      looksLikeName(text, {
        start: span.start + match.index,
        end: span.start + match.index + match[0].length,
      })
    ) {
      return true;
    }
  }
  return false;
}
