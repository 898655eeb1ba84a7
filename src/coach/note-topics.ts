/** Whether a thank-you note picks up something specific from the conversation it thanks for. */
import { genericNoteLemmas } from '../content/note-lexicon.js';
import { thresholds } from '../content/thresholds.js';
import { limit, type Finding, type Span } from './finding.js';
import { inside, normaliseWord, straighten, type NoteLayout } from './note-layout.js';
import { parseText, type Token } from './text.js';

const genericLemmas = new Set(genericNoteLemmas);
const topicTags = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

interface Topic {
  readonly key: string;
  readonly text: string;
  /** A thing (noun, name or number) rather than a doing or a quality. */
  readonly thing: boolean;
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
    topics.push({
      key: lemma,
      text: token.text,
      thing: token.pos !== 'VERB' && token.pos !== 'ADJ',
    });
  }
  return topics;
}

/** Same lemma, or a shared six-letter stem for longer words ("migrate" and "migration"). */
function sameTopic(a: string, b: string): boolean {
  return a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6));
}

/**
 * Whether the note takes up the conversation. The note's things (nouns, names, numbers) are
 * compared with every topic of the notes, so "the migration" picks up "they will migrate". When
 * the notes cover several topics, one shared word is too weak — a note written for someone else
 * shares one as easily — so it takes two, or a shared two-word phrase.
 */
function picksUpNotes(mine: readonly Topic[], notes: readonly Topic[]): boolean {
  const shared = new Set(
    mine
      .filter((topic) => topic.thing && notes.some((noted) => sameTopic(topic.key, noted.key)))
      .map((topic) => topic.key),
  );
  const needed = new Set(notes.map((topic) => topic.key)).size >= 5 ? 2 : 1;
  if (shared.size >= needed) return true;
  const pairs = (topics: readonly Topic[]) =>
    topics.slice(1).map((topic, index) => `${topics[index]?.key ?? ''} ${topic.key}`);
  const notePairs = new Set(pairs(notes));
  return pairs(mine).some((pair) => notePairs.has(pair));
}

/** Nothing from the conversation notes, or, without notes, too few words of substance. */
export function noSpecificReference(
  body: string,
  layout: NoteLayout,
  nameParts: readonly string[],
  conversationNotes: string | undefined,
): Finding<'no_specific_reference'> | undefined {
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
    if (picksUpNotes(mine, notes)) return undefined;
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
