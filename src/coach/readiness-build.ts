/** Small helpers the readiness assessors share: building an item, naming people, web links. */
import {
  audienceOrder,
  audienceWords,
  itemWeights,
  type ReadinessItemKind,
} from '../content/readiness.js';
import type {
  AssessedItem,
  NextStep,
  ReadinessInterviewer,
  ReadinessStatus,
} from './readiness-types.js';

export interface ItemParts {
  readonly title: string;
  readonly status: ReadinessStatus;
  readonly missing?: readonly string[];
  readonly step: number;
  readonly link?: string;
  /** How many units of work are left (interviewers, stories…); 1 by default, 0 when done. */
  readonly units?: number;
  readonly next?: Omit<NextStep, 'effortMinutes'> & { readonly effortMinutes?: number };
}

/** An item with its impact and effort from the content weights. */
export function assessed(kind: ReadinessItemKind, parts: ItemParts): AssessedItem {
  const weight = itemWeights[kind];
  const units = parts.status === 'done' ? 0 : (parts.units ?? 1);
  const item = {
    id: kind,
    title: parts.title,
    status: parts.status,
    missing: parts.status === 'done' ? [] : [...(parts.missing ?? [])],
    impact: weight.impact,
    effortMinutes: units * weight.effortMinutes,
    step: parts.step,
    ...(parts.link ? { link: parts.link } : {}),
  };
  if (parts.status === 'done' || !parts.next) return { item };
  return {
    item,
    next: { ...parts.next, effortMinutes: parts.next.effortMinutes ?? weight.effortMinutes },
  };
}

/** Done when every part is, not started when none is, partly otherwise. */
export function statusOf(done: number, total: number): ReadinessStatus {
  if (done >= total) return 'done';
  return done === 0 ? 'not_started' : 'partly';
}

/** "Arjun Mehta (executive)" for lists of what is missing. */
export const personLabel = (person: ReadinessInterviewer) =>
  person.audienceKind ? `${person.name} (${audienceWords[person.audienceKind]})` : person.name;

/** "Arjun Mehta, the executive interviewer" for a reason. */
export const personInClause = (person: ReadinessInterviewer) =>
  person.audienceKind
    ? `${person.name}, the ${audienceWords[person.audienceKind]} interviewer,`
    : person.name;

/** Interviewers in the order their gaps matter: senior people and the decision-maker first. */
export function bySeniority<T extends ReadinessInterviewer>(people: readonly T[]): T[] {
  return people
    .map((person, index) => ({ person, index }))
    .sort(
      (a, b) =>
        audienceOrder[a.person.audienceKind ?? 'unknown'] -
          audienceOrder[b.person.audienceKind ?? 'unknown'] || a.index - b.index,
    )
    .map(({ person }) => person);
}

/** "a, b and c". */
export function wordList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** A text in curly quotes, shortened to `max` characters; quotes inside become single ones. */
export function quoted(text: string, max = 70): string {
  const inner = text.replaceAll('“', '‘').replaceAll('”', '’').replaceAll('"', "'");
  return `“${inner.length > max ? `${inner.slice(0, max - 1).trimEnd()}…` : inner}”`;
}

/** Where each item is done in the web app. */
export const readinessLinks = {
  opportunity: (id: string, section: 'rounds' | 'interviewers' | 'questions' | 'notes') =>
    `/opportunities/${id}#${section}-title`,
  research: (id: string) => `/opportunities/${id}/research`,
  fit: (id: string) => `/opportunities/${id}/fit`,
  /** A mock interview of the round's plan: the practice page with the round chosen. */
  practice: (id: string, roundId: string | null) =>
    `/practice?opportunity=${id}${roundId ? `&round=${roundId}` : ''}`,
  prep: (id: string) => `/opportunities/${id}/prep`,
  followUp: (id: string) => `/opportunities/${id}/follow-up`,
  plan: (roundId: string) => `/rounds/${roundId}/plan`,
  debrief: (roundId: string) => `/rounds/${roundId}/debrief`,
  reflection: (roundId: string) => `/rounds/${roundId}/reflection`,
} as const;
