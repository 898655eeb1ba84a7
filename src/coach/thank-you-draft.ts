/** Composes a thank-you draft for one interviewer from what was discussed with them. */
import { DateTime } from 'luxon';
import {
  clauseOpeners,
  promiseVerbs,
  thankYouTemplates,
  topicLeadIns,
  type ThankYouTemplateSlot,
} from '../content/follow-through.js';
import { thresholds } from '../content/thresholds.js';
import { honorifics } from '../content/note-lexicon.js';

/** Something the role asks for and the candidate's evidence for it ("my fit"). */
export interface FitPoint {
  /** The requirement, as the posting words it ("Comfort with SQL and product analytics"). */
  readonly need: string;
  /** The story or résumé item that shows it, by its title. */
  readonly evidence: string;
}

export interface ThankYouDraftInput {
  readonly interviewer: {
    readonly id: string;
    readonly name: string;
    readonly title?: string | null;
    /** What they are known to care about; used only when no topic of the talk was noted. */
    readonly priorities?: readonly string[];
  };
  readonly role: string;
  readonly company: string;
  /** What was discussed with this person, one topic an entry. */
  readonly topicsDiscussed: readonly string[];
  /** Concerns they voiced about the candidate. */
  readonly concerns: readonly string[];
  /** What the candidate promised them, with the local date it is due by when set. */
  readonly promises: readonly { readonly promise: string; readonly dueOn?: string | null }[];
  /** The candidate's strongest matches to the role; at most two are used. */
  readonly fit: readonly FitPoint[];
  /** Signs the note when given; otherwise the mail client's signature does. */
  readonly senderName?: string | null;
}

export interface ThankYouDraft {
  readonly subject: string;
  readonly body: string;
}

const MOST_WORDS_PER_PHRASE = 24;
const SUBJECT_TOPIC_WORDS = 7;
const titles = new Set(honorifics);

/**
 * Drafts a thank-you note to one interviewer: thanks for the conversation about the role, the
 * topics discussed with them, an answer to a concern they raised, the promises made to them and
 * the candidate's fit, in at most 200 words. The wording is chosen from several templates by the
 * interviewer's id (no randomness), so two interviewers of a round rarely get the same sentences,
 * and never the same substance when their notes differ.
 * @example draftThankYou({ interviewer: { id: 'i1', name: 'Femke de Wit' }, role: 'PM', company: 'Larkspur', topicsDiscussed: ['the rail corridor pricing'], concerns: [], promises: [], fit: [] }).body
 */
export function draftThankYou(input: ThankYouDraftInput): ThankYouDraft {
  const { interviewer } = input;
  const pick = picker(interviewer.id);
  const names = nameForms(interviewer.name);
  // Not the role: job titles are written in title case ("Shipper Platform"), names or not.
  const context = [
    input.company,
    ...(interviewer.priorities ?? []),
    ...input.topicsDiscussed,
    ...input.concerns,
    ...input.promises.map((entry) => entry.promise),
    ...input.fit.flatMap((point) => [point.need, point.evidence]),
  ].join('\n');
  const phrase = (text: string) => asPhrase(text, context);
  const topics = input.topicsDiscussed.map((topic) => phrase(stripLeadIn(topic)));
  const title = interviewer.title?.trim() || undefined;
  const base = { role: input.role.trim(), company: input.company.trim(), title };

  // Each part has a priority: when the note runs long, the lowest go first.
  const parts: { text: string; priority: number }[] = [];
  const add = (text: string | undefined, priority: number) => {
    if (text) parts.push({ text, priority });
  };
  add(pick('opening', base), 9);
  const [first, second] = topics;
  if (first !== undefined) {
    const slot = isClause(first) ? 'topicClause' : 'topic';
    add(pick(slot, { ...base, topic: slot === 'topicClause' ? capitalise(first) : first }), 10);
  } else {
    const priority = interviewer.priorities?.[0];
    if (priority) add(pick('priority', { topic: phrase(priority) }), 5);
  }
  if (second !== undefined) add(pick('secondTopic', { topic: second }), 4);
  const concern = input.concerns[0];
  if (concern) add(pick('concern', { concern: phrase(concern) }), 6);
  input.promises.slice(0, 2).forEach((entry, index) => {
    add(promiseSentence(entry, names, pick, phrase), index === 0 ? 8 : 3);
  });
  const fit = input.fit.slice(0, 2);
  if (fit.length > 0) {
    add(
      pick('fit', {
        needs: joinAnd(fit.map((point) => phrase(point.need))),
        evidence: joinAnd(fit.map((point) => phrase(point.evidence))),
      }),
      7,
    );
  }
  add(pick('closing', base), 2);

  const greeting = `Dear ${names.first},`;
  const signOff = [pick('signOff', {}), input.senderName?.trim()].filter(Boolean).join('\n');
  const compose = (kept: readonly { text: string }[]) =>
    [greeting, paragraphs(kept.map((part) => part.text)), signOff].join('\n\n');
  let kept = [...parts];
  while (wordsIn(compose(kept)) > thresholds.noteMaximumWords.value && kept.length > 1) {
    const lowest = kept.reduce((low, part) => (part.priority < low.priority ? part : low));
    kept = kept.filter((part) => part !== lowest);
  }
  // A subject line is read at a glance: a long topic stays in the body only.
  const subjectTopic =
    first !== undefined && !isClause(first) && first.split(/\s+/).length <= SUBJECT_TOPIC_WORDS
      ? first
      : undefined;
  const subject =
    pick('subject', { ...base, topic: subjectTopic }) ?? `Thank you — ${input.role.trim()}`;
  return { subject: capitalise(subject), body: compose(kept) };
}

type Slots = Readonly<Record<string, string | undefined>>;
type Pick = (slot: ThankYouTemplateSlot, values: Slots) => string | undefined;

/** Chooses, by a stable hash of the interviewer's id, a template whose slots all have values. */
function picker(interviewerId: string): Pick {
  return (slot, values) => {
    const usable = thankYouTemplates[slot].filter((template) =>
      [...template.matchAll(/\{(\w+)\}/g)].every((match) => values[match[1] as string]),
    );
    if (usable.length === 0) return undefined;
    const template = usable[fnv1a(`${interviewerId}:${slot}`) % usable.length] as string;
    return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  };
}

/** FNV-1a, 32 bits: the same id always gives the same number. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function promiseSentence(
  entry: ThankYouDraftInput['promises'][number],
  names: NameForms,
  pick: Pick,
  phrase: (text: string) => string,
): string | undefined {
  let text = entry.promise
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^i(?:'|’)ll\s+|^i\s+will\s+/i, '');
  for (const form of names.all) {
    const name = escapeRegExp(form);
    text = text
      .replace(new RegExp(`(?<!\\p{L})${name}(?:'|’)s(?!\\p{L})`, 'gu'), 'your')
      .replace(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'gu'), 'you');
  }
  const by = entry.dueOn ? ` by ${DateTime.fromISO(entry.dueOn).toFormat('cccc d LLLL')}` : '';
  const firstWord = /^\p{L}+/u.exec(text)?.[0]?.toLowerCase() ?? '';
  if (promiseVerbs.includes(firstWord)) {
    return pick('promise', { promise: `${lowerFirst(shorten(text, MOST_WORDS_PER_PHRASE))}${by}` });
  }
  return pick('promiseNote', { promise: `${phrase(text)}${by}` });
}

interface NameForms {
  readonly first: string;
  /** Full name first, then the given name, so the longer form is replaced before the shorter. */
  readonly all: readonly string[];
}

function nameForms(name: string): NameForms {
  const words = name.trim().split(/\s+/);
  const given = words.find((word) => !titles.has(word.toLowerCase().replace(/\.$/, '')));
  const first = given ?? name.trim();
  return { first, all: [...new Set([name.trim(), first])].filter((form) => form.length >= 2) };
}

/** A note's text as a phrase inside a sentence: trimmed, no final stop, at most 24 words. */
function asPhrase(text: string, context: string): string {
  const trimmed = shorten(
    text
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/[.;:!]+$/, ''),
    MOST_WORDS_PER_PHRASE,
  );
  return keepsCapital(trimmed, context) ? trimmed : lowerFirst(trimmed);
}

/**
 * Whether the first word is a name or an acronym: capitals inside it ("SQL", "McKinsey"), or
 * written with a capital somewhere in the notes other than at the start of a line ("Rotterdam").
 */
function keepsCapital(text: string, context: string): boolean {
  const word = /^[\p{L}\p{N}'’-]+/u.exec(text)?.[0] ?? '';
  if (word === '' || word === 'I' || /^I['’]/.test(word)) return true;
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  const escaped = escapeRegExp(word);
  return new RegExp(`\\S[^\\S\\n]+${escaped}(?![\\p{L}])`, 'u').test(context);
}

function stripLeadIn(topic: string): string {
  return topicLeadIns.reduce((text, pattern) => text.replace(pattern, ''), topic.trim());
}

function isClause(phrase: string): boolean {
  const first = /^\p{L}+/u.exec(phrase)?.[0]?.toLowerCase() ?? '';
  return clauseOpeners.includes(first);
}

function shorten(text: string, most: number): string {
  const words = text.split(/\s+/);
  return words.length <= most ? text : `${words.slice(0, most).join(' ')}…`;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Two or three sentences a paragraph: thanks and the talk, then fit and promises, then the close. */
function paragraphs(sentences: readonly string[]): string {
  if (sentences.length <= 3) return sentences.join(' ');
  const cut = Math.ceil((sentences.length - 1) / 2);
  return [
    sentences.slice(0, cut).join(' '),
    sentences.slice(cut, -1).join(' '),
    sentences.at(-1) ?? '',
  ].join('\n\n');
}

const wordsIn = (text: string) =>
  text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
