/** Timing a presentation run-through against its plan. */
import {
  planToleranceMinutes,
  rehearsalAdvice,
  sectionOverrunShare,
} from '../content/rehearsal.js';
import type { Severity, ThresholdUsed } from './finding.js';

export interface RehearsalPlan {
  readonly sections: readonly { readonly title: string; readonly plannedMinutes: number }[];
  readonly timeLimitMinutes: number | null;
}

/** One section as planned and as delivered. */
export interface SectionTiming {
  readonly index: number;
  readonly title: string;
  readonly plannedSeconds: number;
  /** Null when the run-through stopped before this section. */
  readonly actualSeconds: number | null;
  /** Actual minus planned: positive is over, negative under. Null when not reached. */
  readonly overSeconds: number | null;
}

export type RehearsalFindingKind =
  'section_over' | 'total_over_limit' | 'plan_mismatch' | 'sections_not_reached';

export interface RehearsalFinding {
  readonly kind: RehearsalFindingKind;
  readonly severity: Severity;
  readonly message: string;
  readonly advice: string;
  /** The section the finding is about, by index into `sections`. */
  readonly section?: number;
  readonly threshold?: ThresholdUsed;
}

export interface RehearsalReport {
  readonly startedAt: string;
  readonly endedAt: string;
  readonly sections: readonly SectionTiming[];
  readonly totalSeconds: number;
  readonly plannedSeconds: number;
  readonly timeLimitSeconds: number | null;
  /** Total minus the time limit: positive is over. Null without a limit. */
  readonly overLimitSeconds: number | null;
  readonly findings: readonly RehearsalFinding[];
}

/**
 * Times a run-through. `timestamps` are ISO instants: the start, each press of "next section",
 * and the end — one more than the sections for a complete run, fewer when it stopped early. The
 * caller checks they are in order and no more than the sections plus one.
 * @example timeRehearsal(plan, ['2026-11-20T09:00:00Z', '2026-11-20T09:02:10Z', '2026-11-20T09:07:00Z'])
 */
export function timeRehearsal(plan: RehearsalPlan, timestamps: readonly string[]): RehearsalReport {
  const times = timestamps.map((instant) => Date.parse(instant));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? first;
  const sections = plan.sections.map((section, index): SectionTiming => {
    const plannedSeconds = Math.round(section.plannedMinutes * 60);
    const from = times[index];
    const to = times[index + 1];
    const actualSeconds = from === undefined || to === undefined ? null : seconds(to - from);
    return {
      index,
      title: section.title,
      plannedSeconds,
      actualSeconds,
      overSeconds: actualSeconds === null ? null : actualSeconds - plannedSeconds,
    };
  });
  const totalSeconds = seconds(last - first);
  const plannedSeconds = sections.reduce((sum, section) => sum + section.plannedSeconds, 0);
  const timeLimitSeconds = plan.timeLimitMinutes === null ? null : plan.timeLimitMinutes * 60;
  const overLimitSeconds = timeLimitSeconds === null ? null : totalSeconds - timeLimitSeconds;

  const findings: RehearsalFinding[] = [];
  if (overLimitSeconds !== null && overLimitSeconds > 0) {
    findings.push({
      kind: 'total_over_limit',
      severity: 'problem',
      message: `The run-through took ${clock(totalSeconds)}, ${clock(overLimitSeconds)} over the ${plan.timeLimitMinutes} minute limit.`,
      advice: rehearsalAdvice.totalOver,
    });
  }
  const share = sectionOverrunShare.value / 100;
  for (const section of sections) {
    if (section.overSeconds === null || section.plannedSeconds === 0) continue;
    if (section.overSeconds > section.plannedSeconds * share) {
      const percent = Math.round((section.overSeconds / section.plannedSeconds) * 100);
      findings.push({
        kind: 'section_over',
        severity: 'warn',
        section: section.index,
        message: `"${section.title}" took ${clock(section.actualSeconds ?? 0)} against ${clock(section.plannedSeconds)} planned (${percent}% over).`,
        advice: rehearsalAdvice.sectionOver,
        threshold: { name: 'sectionOverrunShare', ...sectionOverrunShare },
      });
    }
  }
  const missed = sections.filter((section) => section.actualSeconds === null);
  if (missed.length > 0) {
    findings.push({
      kind: 'sections_not_reached',
      severity: 'info',
      message: `Not reached: ${missed.map((section) => `"${section.title}"`).join(', ')}.`,
      advice: rehearsalAdvice.notReached,
    });
  }
  if (plan.timeLimitMinutes !== null && sections.length > 0) {
    const plannedMinutes = plan.sections.reduce((sum, section) => sum + section.plannedMinutes, 0);
    const gap = plannedMinutes - plan.timeLimitMinutes;
    if (Math.abs(gap) > planToleranceMinutes) {
      findings.push({
        kind: 'plan_mismatch',
        severity: gap > 0 ? 'warn' : 'info',
        message: `The sections plan ${minutes(plannedMinutes)} for a ${minutes(plan.timeLimitMinutes)} limit.`,
        advice: gap > 0 ? rehearsalAdvice.planOver : rehearsalAdvice.planUnder,
      });
    }
  }
  return {
    startedAt: new Date(first).toISOString(),
    endedAt: new Date(last).toISOString(),
    sections,
    totalSeconds,
    plannedSeconds,
    timeLimitSeconds,
    overLimitSeconds,
    findings,
  };
}

/** Whole seconds: a key press is not more precise than that. */
const seconds = (ms: number) => Math.round(ms / 1000);

/** 135 → "2:15". */
export function clock(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '';
  const abs = Math.abs(totalSeconds);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

const minutes = (value: number) => `${value} minute${value === 1 ? '' : 's'}`;
