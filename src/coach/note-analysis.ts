import {
  genericNoteLemmas,
  genericSalutations,
  greetingPattern,
  honorifics,
  placeholderPatterns,
  signOffPattern,
} from '../content/note-lexicon.js';
import { thresholds, type ThresholdName } from '../content/thresholds.js';
import { sortFindings, type Finding, type Span, type ThresholdUsed } from './finding.js';
import { matchSpans, parseText, type Token } from './text.js';

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

const limit = (name: ThresholdName): ThresholdUsed => ({ name, ...thresholds[name] });

const WORD =
  /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*)*/gu;
const SPELLING_WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:mr|mrs|ms|mx|dr|prof|st)$/iu;
const genericLemmas = new Set(genericNoteLemmas);
const salutations = new Set(genericSalutations);
const titles = new Set(honorifics);
const topicTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

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

  const lateness = late(body, options.interviewEndedAt, options.sentAt);
  if (lateness) findings.push(lateness);

  return { words, findings: sortFindings(findings) };
}

// ——— Layout: greeting, body, sign-off ———

interface Line extends Span {
  readonly text: string;
}

interface NoteLayout {
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

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

function layoutOf(body: string): NoteLayout {
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

const straighten = (text: string): string => text.replace(/[’‘]/g, "'");
const normaliseWord = (word: string): string => straighten(word.normalize('NFC')).toLowerCase();
const withoutAccents = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const inside = (span: Span, outer: Span | undefined): boolean =>
  outer !== undefined && span.start >= outer.start && span.end <= outer.end;

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

function looksLikeName(text: string, word: Span): boolean {
  const value = text.slice(word.start, word.end);
  return (
    /^\p{Lu}/u.test(value) &&
    value !== 'I' &&
    !/^I['’]/.test(value) &&
    !opensSentence(text, word.start)
  );
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

// ——— The reader's name ———

/** The parts of a name worth looking for: "Dr. Ana María López-Ortiz" → Ana, María, López-Ortiz. */
function namePartsOf(name: string): string[] {
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

function missingName(
  body: string,
  layout: NoteLayout,
  interviewerName: string | undefined,
  parts: readonly string[],
  placeholders: readonly Span[],
): Finding<NoteFindingKind> | undefined {
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

// ——— Something specific to this conversation ———

interface Topic {
  readonly key: string;
  readonly text: string;
}

/** Words that carry the conversation's content: not thanks, not names, not small words. */
function topicsOf(tokens: readonly Token[], within: Span, names: ReadonlySet<string>): Topic[] {
  const topics: Topic[] = [];
  for (const token of tokens) {
    if (!token.isWord || !topicTags.has(token.pos) || !inside(token, within)) continue;
    const lemma = straighten(token.lemma);
    const lower = straighten(token.lower);
    if (lemma.length < 3 && !/\d/.test(lemma)) continue;
    if (
      genericLemmas.has(lemma) ||
      genericLemmas.has(lower) ||
      names.has(lower) ||
      /^'/.test(lemma)
    )
      continue;
    topics.push({ key: lemma, text: token.text });
  }
  return topics;
}

/** Same lemma, or a shared six-letter stem for longer words ("migrate" and "migration"). */
function sameTopic(a: string, b: string): boolean {
  return a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
}

function noSpecificReference(
  body: string,
  layout: NoteLayout,
  nameParts: readonly string[],
  conversationNotes: string | undefined,
): Finding<NoteFindingKind> | undefined {
  // The reader's name, given or as the greeting writes it, is not a topic of the conversation.
  const greeted = layout.salutation?.text.split(/\s+/) ?? [];
  const names = new Set([...nameParts, ...greeted].map(normaliseWord));
  const mine = topicsOf(parseText(body).tokens, layout.core, names);
  const whole = { start: 0, end: body.length };
  if (conversationNotes !== undefined && conversationNotes.trim() !== '') {
    const notes = topicsOf(
      parseText(conversationNotes).tokens,
      { start: 0, end: conversationNotes.length },
      names,
    );
    if (notes.length === 0) return undefined;
    if (mine.some((topic) => notes.some((noted) => sameTopic(topic.key, noted.key))))
      return undefined;
    const examples = frequentTopics(notes, 3).map((topic) => `“${topic}”`);
    const perhaps =
      examples.length > 1
        ? `${examples.slice(0, -1).join(', ')} or ${examples.at(-1) ?? ''}`
        : examples.join('');
    return {
      kind: 'no_specific_reference',
      severity: 'warn',
      message:
        'The note mentions nothing from your conversation notes with this interviewer, so it could have been sent to anyone.',
      advice: `Add a sentence that picks up one thing you talked about — from your notes, perhaps ${perhaps} — and why it stayed with you.`,
      ...whole,
    };
  }
  const distinct = new Set(mine.map((topic) => topic.key));
  if (distinct.size >= thresholds.noteMinimumSpecificWords.value) return undefined;
  return {
    kind: 'no_specific_reference',
    severity: 'warn',
    message:
      'Apart from the usual thanks, the note says almost nothing about this particular conversation.',
    advice:
      'Name one thing you discussed — a project, a problem they are working on, something they said — and what it made you think. It shows you listened.',
    ...whole,
    threshold: limit('noteMinimumSpecificWords'),
  };
}

function frequentTopics(topics: readonly Topic[], most: number): string[] {
  const counts = new Map<string, { text: string; count: number; first: number }>();
  topics.forEach((topic, index) => {
    const entry = counts.get(topic.key) ?? { text: topic.text, count: 0, first: index };
    entry.count += 1;
    counts.set(topic.key, entry);
  });
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, most)
    .map((entry) => entry.text);
}

// ——— The same note to two people ———

/** The note's own words: no greeting or signature, no names, lower case. */
function ownWords(note: string, names: ReadonlySet<string>): string[] {
  const { core } = layoutOf(note);
  const words: string[] = [];
  const text = note.slice(0, core.end);
  for (const match of text.slice(core.start).matchAll(SPELLING_WORD)) {
    const span = {
      start: core.start + match.index,
      end: core.start + match.index + match[0].length,
    };
    const word = normaliseWord(match[0]);
    if (names.has(word) || looksLikeName(text, span)) continue;
    words.push(word);
  }
  return words;
}

function shingles(words: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index += 1)
    set.add(words.slice(index, index + 3).join(' '));
  return set;
}

function sameAsOtherNote(
  body: string,
  nameParts: readonly string[],
  otherNotes: readonly string[],
): Finding<NoteFindingKind> | undefined {
  if (otherNotes.length === 0) return undefined;
  const names = new Set(nameParts.map(normaliseWord));
  const mine = shingles(ownWords(body, names));
  if (mine.size === 0) return undefined;
  let best: { note: string; similarity: number } | undefined;
  for (const note of otherNotes) {
    const theirs = shingles(ownWords(note, names));
    if (theirs.size === 0) continue;
    let shared = 0;
    for (const shingle of mine) if (theirs.has(shingle)) shared += 1;
    const similarity = shared / (mine.size + theirs.size - shared);
    if (similarity >= thresholds.noteSimilarity.value && (!best || similarity > best.similarity)) {
      best = { note, similarity };
    }
  }
  if (!best) return undefined;
  const { core } = layoutOf(best.note);
  const opening = best.note.slice(core.start, core.end).trim().split(/\s+/).slice(0, 6).join(' ');
  return {
    kind: 'same_as_other_note',
    severity: 'problem',
    message: `This note is nearly the same as another of your notes (the one beginning “${opening}…”): ${Math.round(best.similarity * 100)}% of their three-word phrases match.`,
    advice:
      'Interviewers often compare notes. Rewrite the middle of this one around what you discussed with this person, so it could only have been sent to them.',
    start: 0,
    end: body.length,
    threshold: limit('noteSimilarity'),
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

// ——— Spelling ———

function misspellings(
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

function spelling(body: string, spans: Span[]): Finding<NoteFindingKind> {
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
): Finding<NoteFindingKind> | undefined {
  if (interviewEndedAt === undefined || sentAt === undefined) return undefined;
  const ended = Date.parse(interviewEndedAt);
  const sent = Date.parse(sentAt);
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
