import { DateTime } from 'luxon';
import { isOverdue, thankYouDueAt, type ThankYouDeadline } from '../../coach/thank-you-deadline.js';
import { thankYouDeadline } from '../../content/follow-through.js';
import type { Round } from '../../domain/round.js';
import type { ThankYouNote } from '../../domain/thank-you-note.js';

/**
 * When the notes after a round are due, by the same rule the server drafts with: 24 hours after
 * the interview ends, moved to the next working morning when that falls outside working hours.
 */
export function roundNotesDeadline(
  round: Pick<Round, 'startsAt' | 'durationMinutes' | 'timeZone'>,
): ThankYouDeadline | null {
  if (!round.startsAt) return null;
  const minutes = round.durationMinutes ?? thankYouDeadline.defaultInterviewMinutes.value;
  const endedAt = new Date(Date.parse(round.startsAt) + minutes * 60_000).toISOString();
  return thankYouDueAt(endedAt, round.timeZone);
}

/** "Mon 30 Nov, 09:00": an instant on the wall clock of the round's zone. */
export function localWhen(instant: string, timeZone: string): string {
  return DateTime.fromISO(instant, { zone: timeZone }).toFormat('ccc d LLL, HH:mm');
}

/** Where a note stands in time, as the card says it. */
export type NoteTiming =
  | { readonly kind: 'sent'; readonly text: string }
  | { readonly kind: 'overdue'; readonly text: string }
  | { readonly kind: 'due'; readonly text: string }
  | { readonly kind: 'none'; readonly text: string };

/**
 * "Sent Mon 09:12", "Overdue: it was due Mon 30 Nov, 09:00", "Due Mon 30 Nov, 09:00
 * (Europe/Amsterdam)". A note without its own deadline (written by hand) has the round's.
 * @example noteTiming({ status: 'sent', sentAt: '2026-11-30T08:12:00Z', dueAt: null }, null, 'Europe/Amsterdam', now).text // 'Sent Mon 09:12'
 */
export function noteTiming(
  note: Pick<ThankYouNote, 'status' | 'sentAt' | 'dueAt'>,
  roundDueAt: string | null,
  timeZone: string,
  now: Date,
): NoteTiming {
  if (note.status === 'sent') {
    return note.sentAt
      ? {
          kind: 'sent',
          text: `Sent ${DateTime.fromISO(note.sentAt, { zone: timeZone }).toFormat('ccc HH:mm')}`,
        }
      : { kind: 'sent', text: 'Sent' };
  }
  const dueAt = note.dueAt ?? roundDueAt;
  if (!dueAt) return { kind: 'none', text: 'No deadline: the round has no date.' };
  const when = `${localWhen(dueAt, timeZone)} (${timeZone})`;
  return isOverdue(dueAt, now, note.status)
    ? { kind: 'overdue', text: `Overdue: it was due ${when}` }
    : { kind: 'due', text: `Due ${when}` };
}
