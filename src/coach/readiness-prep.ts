/** Readiness items for format prep, salary, the personal why, the 30-60-90 plan, logistics and promises. */
import { formatChecklists } from '../content/format-checklists.js';
import { timeRehearsal } from './rehearsal.js';
import { casePracticeWords, formatChecklist, type PreparedFormat } from '../content/readiness.js';
import type { RoundFormat } from '../domain/round.js';
import {
  assessed,
  personLabel,
  quoted,
  readinessLinks as links,
  statusOf,
  wordList,
} from './readiness-build.js';
import { dayWords, endOfDay } from './readiness-time.js';
import type { AssessedItem, ReadinessInput, ReadinessRound } from './readiness-types.js';

const prepared: readonly PreparedFormat[] = [
  'presentation',
  'case_study',
  'panel',
  'informal_meal',
  'skills_test',
];
const isPrepared = (format: RoundFormat): format is PreparedFormat =>
  (prepared as readonly string[]).includes(format);
const formatWords: Record<PreparedFormat, string> = {
  presentation: 'presentation',
  case_study: 'case study',
  panel: 'panel',
  informal_meal: 'informal meal',
  skills_test: 'skills test',
};
const filled = (text: string | null | undefined) => (text ?? '').trim() !== '';

/** One item per format of the round that needs its own preparation. */
export function formatItems(input: ReadinessInput, round: ReadinessRound): AssessedItem[] {
  return round.formats
    .filter(isPrepared)
    .map((format) =>
      format === 'presentation'
        ? presentationItem(input, round)
        : checklistItem(input, round, format),
    );
}

/** A presentation plan for the round whose timed sections fit its time limit, rehearsed within it. */
function presentationItem(input: ReadinessInput, round: ReadinessRound): AssessedItem {
  const plan =
    input.presentationPlans.find((candidate) => candidate.roundId === round.id) ??
    input.presentationPlans.find((candidate) => candidate.roundId === null);
  const base = {
    title: 'Presentation planned to time',
    step: 10,
    link: links.prep(input.opportunity.id),
  } as const;
  if (!plan) {
    return assessed('format:presentation', {
      ...base,
      status: 'not_started',
      missing: ['No presentation plan: topic, time limit and timed sections'],
      next: {
        title: 'Outline the presentation with timed sections',
        gap: 'there is no plan for the presentation',
      },
    });
  }
  const total = plan.sections.reduce((sum, section) => sum + section.plannedMinutes, 0);
  const limit = plan.timeLimitMinutes;
  const missing = [
    ...(limit === null ? ['No time limit noted: ask how long you have'] : []),
    ...(plan.sections.length === 0 ? ['No sections with planned minutes'] : []),
    ...(limit !== null && total > limit
      ? [`The sections add up to ${total} minutes for a ${limit}-minute slot`]
      : []),
  ];
  const gap =
    limit !== null && total > limit
      ? `the presentation's sections add up to ${total} minutes for a ${limit}-minute slot`
      : plan.sections.length === 0
        ? 'the presentation has no timed sections'
        : 'the presentation has no time limit noted';
  if (missing.length > 0)
    return assessed('format:presentation', {
      ...base,
      status: 'partly',
      missing,
      next: {
        title:
          limit !== null && total > limit
            ? `Cut the presentation to ${limit} minutes`
            : 'Time the presentation’s sections',
        gap,
        effortMinutes: 30,
      },
    });
  return rehearsedItem(input, plan, limit ?? total, base);
}

/**
 * A plan that fits is half the work: the presentation is ready once a timed run-through of it
 * has finished within the slot. The latest run-through is the one that counts.
 */
function rehearsedItem(
  input: ReadinessInput,
  plan: ReadinessInput['presentationPlans'][number],
  limitMinutes: number,
  base: { readonly title: string; readonly step: number; readonly link: string },
): AssessedItem {
  const runs = input.rehearsals.filter((run) => run.presentationPlanId === plan.id);
  const latest = runs
    .map((run) => run.timestamps)
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))
    .at(-1);
  const seconds = latest ? timeRehearsal(plan, latest).totalSeconds : null;
  const within = seconds !== null && seconds <= limitMinutes * 60;
  const minutes = seconds === null ? '' : (seconds / 60).toFixed(1);
  return assessed('format:presentation', {
    ...base,
    status: within ? 'done' : 'partly',
    missing: within
      ? []
      : seconds === null
        ? ['Not yet rehearsed against the clock']
        : [`The latest run-through took ${minutes} minutes for a ${limitMinutes}-minute slot`],
    next: {
      title:
        seconds === null
          ? 'Rehearse the presentation against the clock'
          : `Rehearse again to finish within ${limitMinutes} minutes`,
      gap:
        seconds === null
          ? 'the presentation has a timed plan but no run-through'
          : `the latest run-through took ${minutes} minutes`,
      effortMinutes: 20,
    },
  });
}

/**
 * A format prepared by going through its checklist: done when the candidate has ticked every item
 * of it on the round, partly when some. Without ticks, what the workspace already holds that helps
 * with the format (priorities of the panel, a case practised aloud…) makes it partly done.
 */
function checklistItem(
  input: ReadinessInput,
  round: ReadinessRound,
  format: Exclude<PreparedFormat, 'presentation'>,
): AssessedItem {
  const items = formatChecklists[format];
  // Ids that are not in the content (an item since removed, a typo from the API) do not count.
  const ticked = items.filter((item) => round.checklistDone.includes(item.id)).length;
  const related = relatedData(input, format);
  const words = formatWords[format];
  const title = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const counted = `${ticked} of ${items.length}`;
  const status =
    ticked === items.length ? 'done' : ticked > 0 || related.length > 0 ? 'partly' : 'not_started';
  return assessed(`format:${format}`, {
    title: `${title} prepared`,
    status,
    missing: [
      ticked > 0 ? `${title} checklist: ${counted} ticked` : formatChecklist[format],
      ...related.filter((line) => !line.startsWith('✓')),
    ],
    step: 10,
    link: links.prep(input.opportunity.id),
    next:
      ticked > 0
        ? {
            title: `Finish the ${words} checklist for round ${round.number ?? 1}`,
            gap: `only ${counted} items on the ${words} checklist are ticked`,
          }
        : {
            title: `Prepare for the ${words} in round ${round.number ?? 1}`,
            gap: `the ${words} is not prepared: ${formatChecklist[format].replace(/^.*?: /, '')}`,
          },
  });
}

/** What the workspace already holds that helps with a format ("✓ …"), or is still missing. */
function relatedData(input: ReadinessInput, format: Exclude<PreparedFormat, 'presentation'>) {
  switch (format) {
    case 'case_study':
      return input.practice.some((attempt) =>
        casePracticeWords.some((word) => attempt.question.toLowerCase().includes(word)),
      )
        ? ['✓ a case practised aloud']
        : [];
    case 'skills_test':
      return input.practice.length > 0 ? ['✓ practice answers recorded'] : [];
    case 'panel': {
      const known = input.interviewers.filter((person) => person.priorities.length > 0);
      return known.length === 0
        ? []
        : known.length === input.interviewers.length
          ? ['✓ every panel member’s priorities noted']
          : input.interviewers
              .filter((person) => person.priorities.length === 0)
              .map((person) => `${personLabel(person)}: priorities unknown`);
    }
    case 'informal_meal':
      return input.interviewers.some((person) => person.rapportHooks.length > 0)
        ? ['✓ rapport hooks for small talk']
        : [];
  }
}

/** Target, range and walk-away figure. */
export function salaryItem(input: ReadinessInput): AssessedItem {
  const salary = input.salary;
  const lacking = [
    salary?.target != null ? '' : 'target',
    salary?.rangeLow != null && salary.rangeHigh != null ? '' : 'range',
    salary?.walkAway != null ? '' : 'walk-away figure',
  ].filter(Boolean);
  return assessed('salary', {
    title: 'Salary target, range and walk-away',
    status: statusOf(3 - lacking.length, 3),
    missing: lacking.length > 0 ? [`No ${wordList(lacking)} set`] : [],
    step: 10,
    link: links.prep(input.opportunity.id),
    next: {
      title: `Set your salary ${wordList(lacking)}`,
      gap: `no salary ${wordList(lacking)} is set`,
    },
  });
}

/** Why this role, why this company, why now: all three answered. */
export function whyItem(input: ReadinessInput): AssessedItem {
  const why = input.personalWhy;
  const lacking = [
    filled(why?.whyRole) ? '' : '“why this role”',
    filled(why?.whyCompany) ? '' : `“why ${input.opportunity.company}”`,
    filled(why?.whyNow) ? '' : '“why now”',
  ].filter(Boolean);
  return assessed('why', {
    title: 'Personal “why”',
    status: statusOf(3 - lacking.length, 3),
    missing: lacking.map((question) => `${question} is not answered`),
    step: 10,
    link: links.prep(input.opportunity.id),
    next: {
      title: 'Write your personal why',
      gap: `${wordList(lacking)} ${lacking.length === 1 ? 'is' : 'are'} not answered`,
    },
  });
}

/** A 30-60-90 day plan with something in each period. */
export function dayPlanItem(input: ReadinessInput): AssessedItem {
  const plan = input.dayPlan;
  const lacking = (
    [
      ['days 1–30', plan?.first30],
      ['days 31–60', plan?.first60],
      ['days 61–90', plan?.first90],
    ] as const
  ).flatMap(([period, entries]) => ((entries?.length ?? 0) > 0 ? [] : [period]));
  return assessed('day-plan', {
    title: '30-60-90 day plan',
    status: statusOf(3 - lacking.length, 3),
    missing: lacking.length > 0 ? [`Nothing planned for the ${wordList(lacking)}`] : [],
    step: 10,
    link: links.prep(input.opportunity.id),
    next: {
      title: 'Sketch a 30-60-90 day plan',
      gap: `nothing is planned for the ${wordList(lacking)}`,
    },
  });
}

/** Start time, place or video link, and whom to ask for at an on-site round. */
export function logisticsItem(input: ReadinessInput, round: ReadinessRound): AssessedItem {
  const onSite = filled(round.location);
  const checks: [ok: boolean, line: string, clause: string][] = [
    [round.startsAt !== null, 'No start time', 'the round has no start time'],
    [
      onSite || round.videoLink !== null,
      'No location or video link',
      'there is no location or video link',
    ],
    [
      !onSite || filled(round.logistics),
      'Whom to ask for on arrival is not noted',
      'whom to ask for on arrival is not noted',
    ],
  ];
  const open = checks.filter(([ok]) => !ok);
  return assessed('logistics', {
    title: 'Logistics confirmed',
    status: statusOf(checks.length - open.length, checks.length),
    missing: open.map(([, line]) => line),
    step: 11,
    link: links.opportunity(input.opportunity.id, 'rounds'),
    next: {
      title: `Confirm the logistics of round ${round.number ?? 1}`,
      gap: open[0]?.[2] ?? '',
    },
  });
}

/**
 * Promises still to keep. One made without a date is due by the next interview before it, and
 * by its round's thank-you deadline after it (`afterDueAt`).
 */
export function promisesItem(
  input: ReadinessInput,
  options: { readonly timeZone: string; readonly afterDueAt?: string | null },
): AssessedItem | undefined {
  const all = input.promises;
  if (all.length === 0) return undefined;
  const open = all.filter((promise) => !promise.kept);
  const dueOf = (promise: (typeof open)[number]) =>
    promise.dueOn
      ? endOfDay(promise.dueOn, options.timeZone)
      : promise.roundId === input.round?.id
        ? (options.afterDueAt ?? null)
        : undefined;
  const ordered = [...open].sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  const first = ordered[0];
  return assessed('promises', {
    title: 'Promises kept',
    status: statusOf(all.length - open.length, all.length),
    missing: ordered.map((promise) => {
      const details = [
        promise.toName ? `to ${promise.toName}` : '',
        promise.dueOn ? `due ${dayWords(promise.dueOn)}` : '',
      ].filter(Boolean);
      return `${quoted(promise.promise)}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
    }),
    step: 2,
    link: links.debrief(first?.roundId ?? all[0]?.roundId ?? ''),
    units: open.length,
    ...(first
      ? {
          next: {
            title: `Keep your promise: ${first.promise.replace(/\.$/, '')}`,
            gap: `the promise ${quoted(first.promise, 60)}${first.toName ? ` to ${first.toName}` : ''} is still open`,
            ...(dueOf(first) !== undefined ? { dueAt: dueOf(first) } : {}),
          },
        }
      : {}),
  });
}
