/** Readiness after the interview: thank-you notes by their deadline, reflection, follow-up. */
import { DateTime } from 'luxon';
import { thankYouDeadline } from '../content/follow-through.js';
import { readinessTimes } from '../content/readiness.js';
import { assessed, bySeniority, readinessLinks as links, statusOf } from './readiness-build.js';
import { dayWords, localDue, localWhen } from './readiness-time.js';
import type { AssessedItem, ReadinessInput, ReadinessRound } from './readiness-types.js';
import { thankYouDueAt } from './thank-you-deadline.js';

/** When the round ends: its start plus its length (an hour when none is set). */
export function interviewEnd(round: ReadinessRound): string | null {
  if (!round.startsAt) return null;
  const minutes = round.durationMinutes ?? thankYouDeadline.defaultInterviewMinutes.value;
  return new Date(Date.parse(round.startsAt) + minutes * 60_000).toISOString();
}

/** The thank-you deadline of a round by the deadline rule, or null without a start. */
export function roundThankYouDue(round: ReadinessRound): string | null {
  const end = interviewEnd(round);
  return end ? thankYouDueAt(end, round.timeZone).dueAt : null;
}

/** One note per interviewer of the round, sent by its deadline; overdue ones say so. */
export function thankYouItem(
  input: ReadinessInput,
  round: ReadinessRound,
  now: Date,
): AssessedItem {
  const link = links.opportunity(input.opportunity.id, 'notes');
  const base = { title: 'Thank-you notes sent', step: 12, link } as const;
  if (input.interviewers.length === 0) {
    return assessed('thank-you', {
      ...base,
      status: 'not_started',
      missing: ['No interviewers recorded for this round: add them to draft their notes'],
      next: {
        title: `Add who you met in round ${round.number ?? 1}`,
        gap: 'no interviewers are recorded for the round, so no notes can be drafted',
        dueAt: roundThankYouDue(round),
      },
    });
  }
  const ruleDue = roundThankYouDue(round);
  const notes = new Map(input.thankYouNotes.map((note) => [note.interviewerId, note]));
  const open = bySeniority(input.interviewers)
    .map((person) => {
      const note = notes.get(person.id);
      return { person, note, dueAt: note?.dueAt ?? ruleDue };
    })
    .filter((entry) => entry.note?.status !== 'sent')
    .sort((a, b) => (a.dueAt ?? '~').localeCompare(b.dueAt ?? '~'));
  const drafted = input.interviewers.filter((person) => notes.has(person.id)).length;
  const sent = input.interviewers.length - open.length;
  const when = (dueAt: string | null) => {
    if (!dueAt) return '';
    const overdue = Date.parse(dueAt) < now.getTime();
    return ` — ${overdue ? 'overdue since' : 'due'} ${localWhen(dueAt, round.timeZone)}`;
  };
  const state = (entry: (typeof open)[number]) =>
    entry.note ? `${entry.note.status === 'ready' ? 'ready' : 'drafted'}, not sent` : 'not drafted';
  const dueWords = (dueAt: string | null) =>
    !dueAt
      ? ''
      : Date.parse(dueAt) < now.getTime()
        ? ` — overdue since ${localDue(dueAt, round.timeZone)}`
        : ` — due ${localDue(dueAt, round.timeZone)}`;
  const first = open[0];
  return assessed('thank-you', {
    ...base,
    status:
      sent === input.interviewers.length ? 'done' : sent + drafted === 0 ? 'not_started' : 'partly',
    missing: open.map((entry) => `${entry.person.name}: ${state(entry)}${when(entry.dueAt)}`),
    units: open.length,
    ...(first
      ? {
          next: {
            title: `Send the thank-you note to ${first.person.name}${dueWords(first.dueAt)}`,
            gap: `the note to ${first.person.name} is ${first.note ? 'not sent yet' : 'not drafted yet'}`,
            dueAt: first.dueAt,
          },
        }
      : {}),
  });
}

/** The candidate's own ratings of the round, best recorded while fresh. */
export function reflectionItem(input: ReadinessInput, round: ReadinessRound): AssessedItem {
  const reflection = input.reflection;
  const ratings = [
    ['preparation', reflection?.preparationRating],
    ['answers', reflection?.answersRating],
    ['body language', reflection?.bodyLanguageRating],
    ['connection', reflection?.connectionRating],
  ] as const;
  const unrated = ratings.filter(([, value]) => value == null).map(([name]) => name);
  const end = interviewEnd(round);
  const dueAt = end
    ? new Date(Date.parse(end) + readinessTimes.reflectionDueHours.value * 3600_000).toISOString()
    : null;
  const name = `round ${round.number ?? 1}`;
  return assessed('reflection', {
    title: 'Reflection recorded',
    status: !reflection ? 'not_started' : statusOf(4 - unrated.length, 4),
    missing: !reflection
      ? ['No reflection: rate preparation, answers, body language and connection']
      : unrated.map((aspect) => `No rating for ${aspect}`),
    step: 13,
    link: links.reflection(round.id),
    next: {
      title: `Record your reflection on ${name}`,
      gap: !reflection
        ? `there is no reflection on ${name}`
        : `the reflection has no rating for ${unrated.join(', ')}`,
      dueAt,
    },
  });
}

/** 09:00 on a calendar date in the round's zone: when a planned message is due. */
const morningOf = (date: string, timeZone: string) =>
  DateTime.fromISO(date, { zone: timeZone })
    .set({ hour: thankYouDeadline.movedToHour.value })
    .toUTC()
    .toISO() ?? date;

/** A status inquiry planned for after the expected decision date, and sent when it is due. */
export function followUpItem(
  input: ReadinessInput,
  round: ReadinessRound,
  now: Date,
): AssessedItem {
  const expected = round.expectedDecisionOn;
  const mine = input.followUps.filter(
    (entry) =>
      (entry.roundId === round.id || entry.roundId === null) && entry.status !== 'cancelled',
  );
  const base = { title: 'Follow-up planned', step: 14, link: links.followUp(input.opportunity.id) };
  if (mine.some((entry) => entry.status === 'sent' || entry.status === 'answered')) {
    return assessed('follow-up', { ...base, status: 'done' });
  }
  const planned = mine
    .filter((entry) => entry.status === 'planned')
    .sort((a, b) => (a.dueOn ?? '~').localeCompare(b.dueOn ?? '~'))[0];
  if (planned) {
    const dueAt = planned.dueOn ? morningOf(planned.dueOn, round.timeZone) : null;
    const due = dueAt !== null && Date.parse(dueAt) <= now.getTime();
    const on = planned.dueOn ? ` for ${dayWords(planned.dueOn)}` : '';
    return assessed('follow-up', {
      ...base,
      status: due ? 'partly' : 'done',
      missing: [`The follow-up planned${on} is not sent`],
      next: {
        title: `Send the follow-up planned${on}`,
        gap: `the follow-up planned${on} is not sent`,
        dueAt,
      },
    });
  }
  if (expected) {
    return assessed('follow-up', {
      ...base,
      status: 'partly',
      missing: [
        `No follow-up planned for after the expected decision date (${dayWords(expected)})`,
      ],
      next: {
        title: `Plan a status inquiry for after ${dayWords(expected)}`,
        gap: `no follow-up is planned after the expected decision date (${dayWords(expected)})`,
        dueAt: morningOf(expected, round.timeZone),
      },
    });
  }
  return assessed('follow-up', {
    ...base,
    status: 'not_started',
    missing: ['No expected decision date: ask when they expect to decide', 'No follow-up planned'],
    next: {
      title: 'Note when they expect to decide',
      gap: 'no expected decision date is noted, so no follow-up can be planned',
      dueAt: null,
    },
  });
}
