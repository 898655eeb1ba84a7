/** Readiness items for what the candidate will say: stories, practice, and questions to ask. */
import { readinessTimes } from '../content/readiness.js';
import {
  assessed,
  bySeniority,
  personInClause,
  personLabel,
  quoted,
  readinessLinks as links,
  statusOf,
} from './readiness-build.js';
import type { AssessedItem, ReadinessInput } from './readiness-types.js';

const DAY = 24 * 3600_000;

/** Every likely question that wants a story has one. */
export function storiesItem(input: ReadinessInput, roundId: string): AssessedItem | undefined {
  const wanted = input.likelyQuestions.filter((question) => question.needsStory);
  if (wanted.length === 0) return undefined;
  const names = new Map(input.interviewers.map((person) => [person.id, person.name]));
  const open = wanted.filter((question) => question.storyTitle === null);
  const first = open[0];
  const asker = (id: string) => names.get(id) ?? 'an interviewer';
  return assessed('stories', {
    title: 'Stories for the likely questions',
    status: statusOf(wanted.length - open.length, wanted.length),
    missing: open.map(
      (question) =>
        `${asker(question.interviewerId)}: ${quoted(question.question)} — no story fits`,
    ),
    step: 7,
    link: links.plan(roundId),
    units: open.length,
    ...(first
      ? {
          next: {
            title: `Write a story for ${asker(first.interviewerId)}’s likely question`,
            gap: `${open.length === 1 ? 'one likely question has' : `${open.length} likely questions have`} no story, such as ${asker(first.interviewerId)}’s ${quoted(first.question, 80)}`,
          },
        }
      : {}),
  });
}

/** Timed practice in the last week. */
export function practiceItem(input: ReadinessInput, now: Date): AssessedItem {
  const { practiceWindowDays, practiceAttempts } = readinessTimes;
  const from = now.getTime() - practiceWindowDays.value * DAY;
  const recent = input.practice.filter((attempt) => {
    const at = Date.parse(attempt.attemptedAt ?? attempt.createdAt);
    return at >= from && at <= now.getTime();
  }).length;
  const target = practiceAttempts.value;
  const status =
    recent >= target ? 'done' : recent > 0 || input.practice.length > 0 ? 'partly' : 'not_started';
  const count = recent === 0 ? 'no practice answers' : `${recent} of ${target} practice answers`;
  return assessed('practice', {
    title: 'Practice done',
    status,
    missing: [
      `${count.charAt(0).toUpperCase()}${count.slice(1)} in the last ${practiceWindowDays.value} days`,
    ],
    step: 8,
    link: links.practice(input.opportunity.id, input.round?.id ?? null),
    next: {
      title: 'Practise answers aloud in a timed mock interview',
      gap: `you have ${count} in the last ${practiceWindowDays.value} days`,
    },
  });
}

/** Each interviewer of the round has questions aimed at them, not already asked earlier. */
export function asksItem(input: ReadinessInput): AssessedItem | undefined {
  if (input.interviewers.length === 0) return undefined;
  const target = readinessTimes.asksPerInterviewer.value;
  const earlier = new Set(input.earlierRounds.map((entry) => entry.round.id));
  const usable = input.questionsToAsk.filter(
    (question) => question.askedInRoundId === null || !earlier.has(question.askedInRoundId),
  );
  const counts = bySeniority(input.interviewers).map((person) => ({
    person,
    count: usable.filter((question) => question.targetInterviewerIds.includes(person.id)).length,
  }));
  const short = counts.filter((entry) => entry.count < target);
  const first = short[0];
  const none = counts.every((entry) => entry.count === 0);
  const prepared = (count: number) =>
    count === 0 ? 'no questions prepared' : `only ${count} of ${target} questions prepared`;
  return assessed('asks', {
    title: 'Questions to ask each interviewer',
    status: short.length === 0 ? 'done' : none ? 'not_started' : 'partly',
    missing: short.map(
      ({ person, count }) => `${personLabel(person)}: ${count} of ${target} questions prepared`,
    ),
    step: 9,
    link: links.opportunity(input.opportunity.id, 'questions'),
    units: short.length,
    ...(first
      ? {
          next: {
            title: `Prepare questions for ${first.person.name}`,
            gap: `${personInClause(first.person)} has ${prepared(first.count)}`,
          },
        }
      : {}),
  });
}
