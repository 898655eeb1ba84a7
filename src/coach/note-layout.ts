/** How a thank-you note is laid out (greeting, body, sign-off) and how its words are compared. */
import { greetingPattern, signOffPattern } from '../content/note-lexicon.js';
import type { Span } from './finding.js';

/** A word as the spelling check and the comparisons read it: "team’s" is one, "follow-up" two. */
export const SPELLING_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** One line of the note, located by character offsets. */
export interface Line extends Span {
  readonly text: string;
}

/** Where the greeting, the body and the sign-off of a note are. */
export interface NoteLayout {
  /** The first non-empty line when it opens with a greeting word. */
  readonly greeting?: Line;
  /** What follows the greeting word on that line, up to the first comma or colon. */
  readonly salutation?: Span & { readonly text: string };
  /** From the closing line ("Best,", "Kind regards,") to the end. */
  readonly signOff?: Span;
  /** What follows the closing line: the writer's name and details. */
  readonly signature?: Span;
  /** The note between the two. */
  readonly core: Span;
}

/** The lines of a text, empty ones included. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** Finds the greeting line, the closing line and the body between them. */
export function layoutOf(body: string): NoteLayout {
  const lines = linesOf(body).filter((line) => line.text.trim() !== '');
  const first = lines[0];
  const opening = first ? greetingPattern.exec(first.text) : null;
  const greeting = first && opening ? first : undefined;
  let salutation: NoteLayout['salutation'];
  if (greeting && opening) {
    const afterWord = greeting.text.slice(opening[0].length);
    const text = (/^[^,:;!.\n]*/.exec(afterWord)?.[0] ?? '').trim();
    const start = greeting.start + opening[0].length + afterWord.indexOf(text);
    salutation = { start, end: start + text.length, text };
  }
  let signOff: Span | undefined;
  let signature: Span | undefined;
  for (let index = lines.length - 1; index >= 1; index -= 1) {
    const line = lines[index] as Line;
    if (line === greeting) break;
    if (signOffPattern.test(line.text)) {
      signOff = { start: line.start, end: body.length };
      signature = { start: line.end, end: body.length };
      break;
    }
  }
  const core = { start: greeting ? greeting.end : 0, end: signOff ? signOff.start : body.length };
  return {
    ...(greeting ? { greeting } : {}),
    ...(salutation ? { salutation } : {}),
    ...(signOff ? { signOff } : {}),
    ...(signature ? { signature } : {}),
    core,
  };
}

/** Straight apostrophes in place of curly ones. */
export const straighten = (text: string): string => text.replace(/[’‘]/g, "'");
/** A word in one form for comparison: composed accents, straight apostrophes, lower case. */
export const normaliseWord = (word: string): string =>
  straighten(word.normalize('NFC')).toLowerCase();
/** Whether the span lies wholly within the outer one. */
export const inside = (span: Span, outer: Span | undefined): boolean =>
  outer !== undefined && span.start >= outer.start && span.end <= outer.end;
