/**
 * When to ask about a decision that is late, and when to stop asking: the status-inquiry rule,
 * in the candidate's time zone.
 */
import { DateTime } from 'luxon';
import { weekendDays } from '../content/follow-through.js';
import { followUpRules } from '../content/follow-up.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { OpportunityStatus } from '../domain/opportunity.js';
import type { Round } from '../domain/round.js';
import { draftStatusInquiry, type FollowUpDraft } from './follow-up-draft.js';

export type FollowUpRound = Pick<
  Round,
  'id' | 'number' | 'startsAt' | 'timeZone' | 'expectedDecisionOn' | 'status'
>;
export type FollowUpRecord = Pick<
  FollowUp,
  'id' | 'kind' | 'roundId' | 'status' | 'dueOn' | 'sentAt' | 'createdAt'
>;

export interface FollowUpSituation {
  readonly opportunity: {
    readonly company: string;
    readonly role: string;
    readonly status: OpportunityStatus;
  };
  readonly rounds: readonly FollowUpRound[];
  /** The opportunity's follow-ups, of any kind and round. */
  readonly followUps: readonly FollowUpRecord[];
  readonly now: Date | string;
  /** The candidate's IANA time zone, in which "today" and working days are counted. */
  readonly timeZone: string;
  /** Whom the draft greets, e.g. the recruiter of the round. */
  readonly recipientName?: string;
  /** Something discussed in the round, for the line that restates interest. */
  readonly topic?: string;
}

interface Base {
  /** The round whose decision is awaited. */
  readonly roundId: string;
  readonly reason: string;
}

/** What to do about an opportunity's silence now. */
export type FollowUpAdvice =
  | { readonly action: 'none'; readonly roundId: string | null; readonly reason: string }
  /** Nothing yet: on `dueOn`, the next inquiry (or the cold suggestion, `next`) falls due. */
  | (Base & {
      readonly action: 'wait';
      readonly next: 'send' | 'suggest_cold';
      readonly sequence: 1 | 2 | null;
      readonly dueOn: string;
    })
  /** An inquiry is due; `existingId` is its planned record when there is one already. */
  | (Base & {
      readonly action: 'send';
      readonly sequence: 1 | 2;
      readonly dueOn: string;
      readonly existingId: string | null;
      readonly draft: FollowUpDraft;
    })
  /** Two inquiries went unanswered past their time: suggest marking the opportunity cold. */
  | (Base & { readonly action: 'suggest_cold'; readonly followUpIds: readonly string[] });

const { maximumFollowUps, firstAfterWorkingDays, spacingWorkingDays, coldAfterWorkingDays } =
  followUpRules;

/**
 * Whether a status inquiry is due for an opportunity that is still interviewing. Only its latest
 * round counts (a newer round is news), and only when that round has an expected decision date:
 *
 * - the first inquiry is due on the working day after the decision date (a Friday date → Monday);
 * - the second, 5 working days after the first was sent (or after its due date, if it was
 *   cancelled rather than sent);
 * - 5 working days after the second, with no answer, the advice is to mark the opportunity cold;
 * - an inquiry marked answered ends the sequence.
 *
 * Days are the candidate's local dates; Saturday and Sunday are not working days, and public
 * holidays are not known.
 * @example adviseFollowUp({ ...situation, now: '2026-12-07T08:00:00Z' }).action // 'send'
 */
export function adviseFollowUp(situation: FollowUpSituation): FollowUpAdvice {
  const { opportunity, timeZone } = situation;
  if (opportunity.status !== 'interviewing') {
    return {
      action: 'none',
      roundId: null,
      reason: `The opportunity is ${opportunity.status}, not interviewing.`,
    };
  }
  const round = latestRound(situation.rounds);
  if (!round) return { action: 'none', roundId: null, reason: 'No rounds yet.' };
  const label = `Round ${round.number ?? '?'}`;
  const now = DateTime.fromJSDate(new Date(situation.now), { zone: timeZone });
  // A round the candidate marked completed has taken place, whatever date it carries.
  if (
    round.status !== 'completed' &&
    round.startsAt &&
    Date.parse(round.startsAt) > now.toMillis()
  ) {
    return { action: 'none', roundId: round.id, reason: `${label} has not taken place yet.` };
  }
  if (!round.expectedDecisionOn) {
    return {
      action: 'none',
      roundId: round.id,
      reason: `${label} has no expected decision date; add one to be reminded when it passes.`,
    };
  }
  const inquiries = situation.followUps
    .filter((entry) => entry.kind === 'status_inquiry' && entry.roundId === round.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (inquiries.some((entry) => entry.status === 'answered')) {
    return { action: 'none', roundId: round.id, reason: 'They answered your follow-up.' };
  }
  const today = now.toISODate() ?? '';
  const decision = round.expectedDecisionOn;
  const draftFor = (sequence: 1 | 2) =>
    draftStatusInquiry({
      ...situation,
      round,
      decisionOn: decision,
      firstSentOn: sequence === 2 ? sentOn(inquiries[0], timeZone) : null,
    });

  let dueOn = addWorkingDays(decision, firstAfterWorkingDays.value);
  let why = `The decision expected on ${shown(decision)} has passed without news`;
  let pending = `A decision is expected on ${shown(decision)}; if none comes`;
  // One pass per allowed inquiry (followUpRules.maximumFollowUps: 2, as the 1 | 2 type says).
  for (const sequence of [1, 2] as const) {
    const inquiry = inquiries[sequence - 1];
    if (!inquiry) {
      const base = { roundId: round.id, sequence, dueOn };
      return today >= dueOn
        ? {
            action: 'send',
            ...base,
            existingId: null,
            draft: draftFor(sequence),
            reason: `${why}: follow-up ${sequence} of ${maximumFollowUps.value} is due (from ${shown(dueOn)}).`,
          }
        : {
            action: 'wait',
            next: 'send',
            ...base,
            reason: `${pending}, follow-up ${sequence} falls due on ${shown(dueOn)}.`,
          };
    }
    if (inquiry.status === 'planned') {
      return {
        action: 'send',
        roundId: round.id,
        sequence,
        dueOn: inquiry.dueOn ?? dueOn,
        existingId: inquiry.id,
        draft: draftFor(sequence),
        reason: `${why}: follow-up ${sequence} of ${maximumFollowUps.value} is waiting to be sent.`,
      };
    }
    const from = sentOn(inquiry, timeZone) ?? inquiry.dueOn ?? dueOn;
    const done = inquiry.status === 'sent' ? `sent on ${shown(from)}` : 'cancelled';
    why = `Follow-up ${sequence} (${done}) has had no answer`;
    pending = `${why} yet; if none comes`;
    dueOn = addWorkingDays(
      from,
      sequence === 1 ? spacingWorkingDays.value : coldAfterWorkingDays.value,
    );
  }
  const ids = inquiries.slice(0, maximumFollowUps.value).map((entry) => entry.id);
  if (today >= dueOn) {
    return {
      action: 'suggest_cold',
      roundId: round.id,
      followUpIds: ids,
      reason: `${why} by ${shown(dueOn)}: after ${maximumFollowUps.value} follow-ups, consider marking the opportunity cold (you can reopen it if they reply).`,
    };
  }
  return {
    action: 'wait',
    next: 'suggest_cold',
    roundId: round.id,
    sequence: null,
    dueOn,
    reason: `${pending} by ${shown(dueOn)}, the opportunity has probably gone cold.`,
  };
}

/** The round whose decision is awaited: the highest-numbered one that was not cancelled. */
export function latestRound<R extends Pick<Round, 'number' | 'status'>>(
  rounds: readonly R[],
): R | undefined {
  return rounds
    .filter((round) => round.status !== 'cancelled')
    .reduce<R | undefined>(
      (latest, round) => (!latest || (round.number ?? 0) > (latest.number ?? 0) ? round : latest),
      undefined,
    );
}

/** The local date an inquiry was sent, if it was. */
function sentOn(inquiry: FollowUpRecord | undefined, timeZone: string): string | null {
  if (!inquiry?.sentAt) return null;
  return DateTime.fromISO(inquiry.sentAt, { zone: timeZone }).toISODate();
}

/**
 * The date `count` working days after `date` (YYYY-MM-DD): 1 working day after a Friday is the
 * Monday, and after a Saturday too.
 * @example addWorkingDays('2026-12-04', 1) // '2026-12-07'
 */
export function addWorkingDays(date: string, count: number): string {
  let day = DateTime.fromISO(date, { zone: 'UTC' });
  let left = count;
  while (left > 0) {
    day = day.plus({ days: 1 });
    if (!weekendDays.includes(day.weekday)) left -= 1;
  }
  return day.toISODate() ?? date;
}

/** A date as "Fri 4 Dec 2026". */
function shown(date: string): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
}
