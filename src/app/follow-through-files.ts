/** After the interview, as files: the round for a calendar, an interviewer's card, a note as e-mail. */
import { thankYouDueAt } from '../coach/thank-you-deadline.js';
import { calendarReminders, thankYouDeadline } from '../content/follow-through.js';
import { roundCalendar } from '../io/calendar.js';
import { interviewerCard } from '../io/vcard.js';
import type { AppContext } from './context.js';
import type { Interviewer } from '../domain/interviewer.js';
import type { Round } from '../domain/round.js';
import { ValidationError } from './errors.js';
import { getRecord, listRecords } from './records.js';

/** A file to download: its suggested name and its text. */
export interface ExportFile {
  readonly filename: string;
  readonly content: string;
}

/**
 * The round as an .ics file: the event in the candidate's zone with reminders, and a to-do for
 * the thank-you notes at their deadline. A round without a start time cannot be exported.
 * @example const { filename, content } = await roundCalendarFile(ctx, roundId)
 */
export async function roundCalendarFile(ctx: AppContext, roundId: string): Promise<ExportFile> {
  const round = await getRecord(ctx, 'round', roundId);
  const endedAt = interviewEndOf(round);
  if (!round.startsAt || !endedAt) {
    throw new ValidationError(
      'This round has no start time yet; set one to export it to a calendar.',
      [{ field: 'startsAt', message: 'required for a calendar event' }],
    );
  }
  const opportunity = await getRecord(ctx, 'opportunity', round.opportunityId);
  const people = await interviewersOf(ctx, round.opportunityId);
  const seats = await listRecords(ctx, 'participation', { roundId });
  const content = roundCalendar({
    round: {
      ...round,
      startsAt: round.startsAt,
      durationMinutes: round.durationMinutes ?? thankYouDeadline.defaultInterviewMinutes.value,
    },
    opportunity,
    interviewers: seats.flatMap((seat) => people.get(seat.interviewerId) ?? []),
    thankYouDueAt: thankYouDueAt(endedAt, round.timeZone).dueAt,
    now: ctx.clock.now(),
    reminders: {
      eveningBeforeHour: calendarReminders.eveningBeforeHour.value,
      minutesBefore: calendarReminders.minutesBefore.value,
    },
  });
  return { filename: `round-${round.number ?? 1}-${slug(opportunity.company)}.ics`, content };
}

/**
 * An interviewer as a vCard 4.0 contact.
 * @example const { content } = await interviewerVcard(ctx, interviewerId)
 */
export async function interviewerVcard(
  ctx: AppContext,
  interviewerId: string,
): Promise<ExportFile> {
  const interviewer = await getRecord(ctx, 'interviewer', interviewerId);
  const opportunity = await getRecord(ctx, 'opportunity', interviewer.opportunityId);
  return {
    filename: `${slug(interviewer.name)}.vcf`,
    content: interviewerCard({ interviewer, company: opportunity.company }),
  };
}

export interface ThankYouEmail extends ExportFile {
  /** A mailto: link with the whole note, or undefined when too long for one: use the .eml. */
  readonly mailto: string | undefined;
}

/**
 * A note as an .eml draft addressed to the interviewer, and as a mailto: link when it fits.
 * @example const { content, mailto } = await thankYouEmail(ctx, noteId)
 */
export async function thankYouEmail(ctx: AppContext, noteId: string): Promise<ThankYouEmail> {
  const note = await getRecord(ctx, 'thankYouNote', noteId);
  const interviewer = await getRecord(ctx, 'interviewer', note.interviewerId);
  const to = interviewer.email ? { name: interviewer.name, address: interviewer.email } : null;
  // The mail composer is loaded only when a note is exported.
  const { mailtoLink, thankYouEml } = await import('../io/email.js');
  const content = await thankYouEml({
    to,
    subject: note.subject,
    body: note.body,
    date: ctx.clock.now(),
    messageId: `thank-you-${note.id}@roundtwo.local`,
  });
  return {
    filename: `thank-you-${slug(interviewer.name)}.eml`,
    content,
    mailto: mailtoLink({ to: interviewer.email, subject: note.subject, body: note.body }),
  };
}

/** When a round ends: its start plus its length (an hour when none is set). */
export function interviewEndOf(round: Round): string | null {
  if (!round.startsAt) return null;
  const minutes = round.durationMinutes ?? thankYouDeadline.defaultInterviewMinutes.value;
  return new Date(Date.parse(round.startsAt) + minutes * 60_000).toISOString();
}

/** The interviewers of an opportunity by id. */
export async function interviewersOf(ctx: AppContext, opportunityId: string) {
  const list = await listRecords(ctx, 'interviewer', { opportunityId });
  return new Map<string, Interviewer>(list.map((person) => [person.id, person]));
}

/**
 * The round a follow-through command means: the one numbered `number`, else for `after` the last
 * round that has started (notes follow an interview) and for `before` the next scheduled one.
 */
export async function roundOfOpportunity(
  ctx: AppContext,
  opportunityId: string,
  which: { readonly number?: number; readonly moment: 'after' | 'before' },
): Promise<Round> {
  const rounds = (await listRecords(ctx, 'round', { opportunityId })).sort(
    (a, b) => (a.number ?? 0) - (b.number ?? 0),
  );
  const issue = (message: string) => new ValidationError(message, [{ field: 'round', message }]);
  if (rounds.length === 0) throw issue('This opportunity has no rounds yet.');
  if (which.number !== undefined) {
    const round = rounds.find((candidate) => candidate.number === which.number);
    if (!round) throw issue(`This opportunity has no round ${which.number}.`);
    return round;
  }
  const now = ctx.clock.now().getTime();
  const started = rounds.filter((round) => round.startsAt && Date.parse(round.startsAt) <= now);
  const round =
    which.moment === 'after'
      ? started.at(-1)
      : (rounds.find((candidate) => candidate.status === 'scheduled') ?? rounds.at(-1));
  if (!round)
    throw issue('No round of this opportunity has taken place yet; name one with its number.');
  return round;
}

/** A file-name-safe form of a name: plain letters and digits joined by dashes. */
export function slug(text: string, fallback = 'file'): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return plain.slice(0, 60) || fallback;
}
