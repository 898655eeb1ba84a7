/** Whether a thank-you note is nearly the same as another note of the round, by shared phrases. */
import { thresholds } from '../content/thresholds.js';
import { limit, type Finding } from './finding.js';
import { layoutOf, normaliseWord, SPELLING_WORD } from './note-layout.js';
import { looksLikeName } from './note-names.js';

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

/** The other note most like this one, when enough of their three-word phrases match. */
export function sameAsOtherNote(
  body: string,
  nameParts: readonly string[],
  otherNotes: readonly string[],
): Finding<'same_as_other_note'> | undefined {
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
