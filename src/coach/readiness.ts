/**
 * Readiness: a checklist over the journey for one round, a countdown to it, and the one next best
 * action, chosen by impact and time left. Pure: the time is passed in.
 */
import { effortFloorCurve, readinessTimes, urgencyCurve } from '../content/readiness.js';
import { followUpItem, reflectionItem, roundThankYouDue, thankYouItem } from './readiness-after.js';
import {
  debriefItem,
  interviewersItem,
  requirementsItem,
  researchItem,
  scheduleItem,
} from './readiness-before.js';
import { asksItem, practiceItem, storiesItem } from './readiness-answers.js';
import {
  dayPlanItem,
  formatItems,
  logisticsItem,
  promisesItem,
  salaryItem,
  whyItem,
} from './readiness-prep.js';
import { countdownTo, curveAt, hoursBetween, leftWords, localWhen } from './readiness-time.js';
import type {
  AssessedItem,
  NextAction,
  Readiness,
  ReadinessInput,
  ReadinessPhase,
  ReadinessRound,
} from './readiness-types.js';

export type * from './readiness-types.js';

/** Whether the round in view is still ahead, or has started (then follow-through applies). */
export function phaseOf(round: ReadinessRound | null, now: Date): ReadinessPhase {
  if (!round) return 'no_round';
  if (round.status === 'completed') return 'after';
  return round.startsAt !== null && Date.parse(round.startsAt) <= now.getTime()
    ? 'after'
    : 'before';
}

/**
 * Assesses how ready the candidate is for the round in view: one item per step of the journey
 * that applies (done / partly / not started, with what is missing), the countdown in the round's
 * zone, and the one next best action with its reason. Before the interview the items are the
 * preparation steps; once it has started they are the follow-through (thank-you notes, promises,
 * reflection, follow-up).
 * @example assessReadiness(input, new Date('2026-11-24T09:00:00Z')).nextAction?.title
 * // 'Prepare questions for Arjun Mehta'
 */
export function assessReadiness(input: ReadinessInput, now: Date): Readiness {
  const { round, opportunity } = input;
  const phase = phaseOf(round, now);
  const assessedItems = itemsFor(input, phase, now);
  const deadline = phase === 'before' ? (round?.startsAt ?? null) : null;
  return {
    opportunity: {
      id: opportunity.id,
      company: opportunity.company,
      role: opportunity.role,
      status: opportunity.status,
    },
    phase,
    round: round
      ? {
          id: round.id,
          number: round.number ?? 1,
          startsAt: round.startsAt,
          timeZone: round.timeZone,
        }
      : null,
    countdown: round?.startsAt ? countdownTo(round.startsAt, round.timeZone, now) : null,
    items: assessedItems.map((entry) => entry.item),
    nextAction: chooseNextAction(assessedItems, {
      now,
      interviewAt: deadline,
      timeZone: round?.timeZone ?? 'UTC',
    }),
  };
}

function itemsFor(input: ReadinessInput, phase: ReadinessPhase, now: Date): AssessedItem[] {
  const { round } = input;
  const zone = round?.timeZone ?? 'UTC';
  if (!round || phase === 'no_round') {
    return present([
      scheduleItem(input),
      debriefItem(input),
      researchItem(input, now),
      requirementsItem(input),
      practiceItem(input, now),
      salaryItem(input),
      whyItem(input),
      promisesItem(input, { timeZone: zone }),
    ]);
  }
  if (phase === 'after') {
    return present([
      thankYouItem(input, round, now),
      promisesItem(input, { timeZone: zone, afterDueAt: roundThankYouDue(round) }),
      reflectionItem(input, round),
      followUpItem(input, round, now),
    ]);
  }
  return present([
    debriefItem(input),
    interviewersItem(input),
    researchItem(input, now),
    requirementsItem(input),
    storiesItem(input, round.id),
    practiceItem(input, now),
    asksItem(input),
    ...formatItems(input, round),
    salaryItem(input),
    whyItem(input),
    (round.number ?? 1) >= 2 ? dayPlanItem(input) : undefined,
    logisticsItem(input, round),
    promisesItem(input, { timeZone: zone }),
  ]);
}

const present = (items: readonly (AssessedItem | undefined)[]) =>
  items.filter((entry): entry is AssessedItem => entry !== undefined);

interface Timing {
  readonly now: Date;
  /** The interview's start, before it; null when there is none or it is past. */
  readonly interviewAt: string | null;
  readonly timeZone: string;
}

interface Candidate {
  readonly entry: AssessedItem;
  readonly deadline: string | null;
  readonly score: number;
  readonly fits: boolean;
  readonly order: number;
}

/**
 * The next best action: `impact × urgency / effort`, where urgency grows as the step's deadline
 * nears and the effort counted never falls below the session floor of the time left (days out,
 * impact decides; inside 48 hours, quick wins come first). A step longer than the preparation
 * time left before its deadline is dropped, unless nothing else is left to do.
 */
export function chooseNextAction(
  items: readonly AssessedItem[],
  timing: Timing,
): NextAction | null {
  const { now } = timing;
  const candidates: Candidate[] = items.flatMap((entry, order) => {
    const next = entry.next;
    if (!next || entry.item.status === 'done') return [];
    const deadline = next.dueAt !== undefined ? next.dueAt : timing.interviewAt;
    const hoursLeft = deadline ? hoursBetween(now, deadline) : Infinity;
    const urgency = curveAt(urgencyCurve, hoursLeft);
    const effort = Math.max(next.effortMinutes, curveAt(effortFloorCurve, hoursLeft), 1);
    const score = (entry.item.impact * urgency) / effort;
    const fits = hoursLeft <= 0 || next.effortMinutes <= availableMinutes(hoursLeft);
    return [{ entry, deadline, score, fits, order }];
  });
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(b.fits) - Number(a.fits) ||
      b.score - a.score ||
      b.entry.item.impact - a.entry.item.impact ||
      a.order - b.order,
  );
  const best = ranked[0];
  if (!best?.entry.next) return null;
  const { item, next } = best.entry;
  return {
    itemId: item.id,
    title: next.title,
    reason: reasonFor(next.gap, best.deadline, best.deadline === timing.interviewAt, timing),
    effortMinutes: next.effortMinutes,
    ...(item.link ? { link: item.link } : {}),
  };
}

/** Preparation minutes left before a deadline `hoursLeft` away. */
function availableMinutes(hoursLeft: number): number {
  if (!Number.isFinite(hoursLeft)) return Infinity;
  const { prepMinutesPerDay, lastMinuteMinutes } = readinessTimes;
  const byDays = (hoursLeft / 24) * prepMinutesPerDay.value;
  return Math.min(hoursLeft * 60, Math.max(byDays, lastMinuteMinutes.value));
}

/** "2 days left and …", "Due in 5 hours (Mon 30 Nov, 09:00) and …", "Overdue since … : …". */
function reasonFor(
  gap: string,
  deadline: string | null,
  isInterview: boolean,
  timing: Timing,
): string {
  const clause = gap.charAt(0).toUpperCase() + gap.slice(1);
  if (!deadline) return `${clause}.`;
  const ms = Date.parse(deadline) - timing.now.getTime();
  const when = localWhen(deadline, timing.timeZone);
  if (isInterview) return `${leftWords(ms)} left and ${gap}.`.replace(/^./, (c) => c.toUpperCase());
  if (ms <= 0) return `Overdue since ${when}: ${gap}.`;
  return `Due in ${leftWords(ms)} (${when}) and ${gap}.`;
}
