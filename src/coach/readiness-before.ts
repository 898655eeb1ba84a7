/** Readiness items for the groundwork: the round itself, debrief, dossiers, company research, role fit. */
import { readinessTimes } from '../content/readiness.js';
import {
  assessed,
  bySeniority,
  personInClause,
  personLabel,
  quoted,
  readinessLinks as links,
  statusOf,
  wordList,
} from './readiness-build.js';
import { dayWords, localDateOf } from './readiness-time.js';
import type { AssessedItem, ReadinessInput, ReadinessInterviewer } from './readiness-types.js';

const DAY = 24 * 3600_000;
const filled = (text: string | null | undefined) => (text ?? '').trim() !== '';

/** Opportunity without a round: the one thing that unlocks the rest. */
export function scheduleItem(input: ReadinessInput): AssessedItem {
  return assessed('schedule', {
    title: 'Next round scheduled',
    status: 'not_started',
    missing: ['No round yet: add the date, time and time zone of the next interview'],
    step: 1,
    link: links.opportunity(input.opportunity.id, 'rounds'),
    next: { title: 'Schedule the next round', gap: 'no round is scheduled yet', dueAt: null },
  });
}

/** The debriefs of the rounds before this one: questions with ratings and who asked, and notes. */
export function debriefItem(input: ReadinessInput): AssessedItem | undefined {
  const rounds = input.earlierRounds;
  const [only] = rounds;
  if (!only) return undefined;
  const missing: string[] = [];
  let next: { title: string; gap: string } | undefined;
  let complete = 0;
  let started = 0;
  let link = links.debrief(only.round.id);
  for (const { round, debrief, missedPoints, promises, feedback } of rounds) {
    const name = `round ${round.number ?? 1}`;
    const unrated = debrief.filter((entry) => entry.selfRating === null).length;
    const anonymous = debrief.filter((entry) => entry.askedByInterviewerId === null).length;
    const checks: [ok: boolean, line: string, clause: string][] = [
      [
        debrief.length > 0,
        'no questions recorded',
        `the ${name} debrief has no questions recorded`,
      ],
      [
        unrated === 0,
        `${unrated} of ${debrief.length} questions have no self-rating`,
        `${unrated} ${name} questions have no self-rating`,
      ],
      [
        anonymous === 0,
        `${anonymous} questions do not say who asked them`,
        `${anonymous} ${name} questions do not say who asked them`,
      ],
      [
        missedPoints + promises + feedback > 0,
        'no missed points, promises or feedback noted',
        `the ${name} debrief notes no missed points, promises or feedback`,
      ],
    ];
    const gaps = checks.filter(([ok]) => !ok).map(([, line, clause]) => [line, clause] as const);
    if (gaps.length === 0) complete += 1;
    if (debrief.length + missedPoints + promises + feedback > 0) started += 1;
    missing.push(...gaps.map(([line]) => `Round ${round.number ?? 1}: ${line}`));
    const [firstGap] = gaps;
    if (firstGap && !next) {
      next = { title: `Finish the ${name} debrief`, gap: firstGap[1] };
      link = links.debrief(round.id);
    }
  }
  return assessed('debrief', {
    title:
      rounds.length === 1
        ? `Round ${only.round.number ?? 1} debrief captured`
        : 'Earlier rounds debriefed',
    status: complete === rounds.length ? 'done' : started === 0 ? 'not_started' : 'partly',
    missing,
    step: 2,
    link,
    units: rounds.length - complete,
    ...(next ? { next } : {}),
  });
}

/** What an interviewer's dossier lacks. */
function dossierGaps(person: ReadinessInterviewer): string[] {
  return [
    filled(person.title) ? '' : 'title',
    person.audienceKind ? '' : 'audience kind',
    person.priorities.length > 0 ? '' : 'priorities',
    filled(person.background) ? '' : 'background',
  ].filter(Boolean);
}

/** Each interviewer of the round researched: title, audience kind, priorities, background. */
export function interviewersItem(input: ReadinessInput): AssessedItem {
  const people = bySeniority(input.interviewers);
  const opportunityId = input.opportunity.id;
  if (people.length === 0) {
    return assessed('interviewers', {
      title: 'Interviewers researched',
      status: 'not_started',
      missing: ['No interviewers added to this round: ask the recruiter who you will meet'],
      step: 3,
      link: links.opportunity(opportunityId, 'interviewers'),
      next: {
        title: 'Find out who you will meet',
        gap: 'no interviewers are known for this round',
      },
    });
  }
  const gaps = people.map((person) => ({ person, lacking: dossierGaps(person) }));
  const open = gaps.filter((entry) => entry.lacking.length > 0);
  const blank = open.filter((entry) => entry.lacking.length === 4).length;
  const first = open[0];
  return assessed('interviewers', {
    title: 'Interviewers researched',
    status: open.length === 0 ? 'done' : blank === people.length ? 'not_started' : 'partly',
    missing: open.map(
      ({ person, lacking }) => `${personLabel(person)}: no ${wordList(lacking)} noted`,
    ),
    step: 3,
    link: links.opportunity(opportunityId, 'interviewers'),
    units: open.length,
    ...(first
      ? {
          next: {
            title: `Research ${first.person.name}`,
            gap: `${personInClause(first.person)} has no ${wordList(first.lacking)} noted`,
          },
        }
      : {}),
  });
}

/** The company profile, and news newer than the last round (or the last month). */
export function researchItem(input: ReadinessInput, now: Date): AssessedItem {
  const { research, opportunity } = input;
  const lacking = [
    filled(research?.mission) ? '' : 'mission',
    (research?.values.length ?? 0) > 0 ? '' : 'values',
    (research?.products.length ?? 0) > 0 ? '' : 'products',
    (research?.competitors.length ?? 0) > 0 ? '' : 'competitors',
    filled(research?.culture) ? '' : 'culture',
  ].filter(Boolean);
  const last = input.earlierRounds.at(-1)?.round;
  const since =
    last?.startsAt != null
      ? localDateOf(last.startsAt, last.timeZone)
      : new Date(now.getTime() - readinessTimes.newsWindowDays.value * DAY)
          .toISOString()
          .slice(0, 10);
  const sinceWords = last
    ? `round ${last.number ?? 1} (${dayWords(since)})`
    : `the last ${readinessTimes.newsWindowDays.value} days`;
  // News from the day of the last round counts: it may well have come out after the interview.
  const recent = input.news.filter(
    (item) => item.publishedOn !== null && item.publishedOn >= since,
  );
  const missing = [
    ...(lacking.length > 0 ? [`No ${wordList(lacking)} noted about ${opportunity.company}`] : []),
    ...(recent.length === 0 ? [`No news since ${sinceWords}`] : []),
  ];
  const parts = 6 - lacking.length - (recent.length === 0 ? 1 : 0);
  const status = statusOf(parts, 6);
  return assessed('research', {
    title: last
      ? `Company research and news since round ${last.number ?? 1}`
      : 'Company research and recent news',
    status,
    missing,
    step: 4,
    link: links.research(opportunity.id),
    next:
      lacking.length > 0
        ? {
            title: `Research ${opportunity.company}: ${wordList(lacking.slice(0, 2))}`,
            gap: `your research on ${opportunity.company} has no ${wordList(lacking)}`,
          }
        : {
            title: `Find news about ${opportunity.company} since ${sinceWords}`,
            gap: `you have no news about ${opportunity.company} since ${sinceWords}`,
            effortMinutes: 15,
          },
  });
}

/** The posting's requirements, each backed by a story or résumé item. */
export function requirementsItem(input: ReadinessInput): AssessedItem {
  const { itemCount, gaps } = input.coverage;
  const link = links.fit(input.opportunity.id);
  if (itemCount === 0) {
    return assessed('requirements', {
      title: 'Requirements covered by evidence',
      status: 'not_started',
      missing: ['No job posting saved: paste it to see which requirements your evidence covers'],
      step: 5,
      link,
      next: { title: 'Save the job posting', gap: 'no job posting is saved', effortMinutes: 5 },
    });
  }
  const blocking = gaps.filter((gap) => gap.strength === 'none' || gap.kind === 'requirement');
  const ordered = [...blocking].sort(
    (a, b) =>
      Number(a.kind !== 'requirement') - Number(b.kind !== 'requirement') ||
      Number(a.strength !== 'none') - Number(b.strength !== 'none'),
  );
  const first = ordered[0];
  const noEvidence = gaps.filter((gap) => gap.strength === 'none').length;
  return assessed('requirements', {
    title: 'Requirements covered by evidence',
    status: blocking.length === 0 ? 'done' : noEvidence === itemCount ? 'not_started' : 'partly',
    missing: ordered.map(
      (gap) =>
        `${quoted(gap.text)}: ${gap.strength === 'none' ? 'no evidence' : 'only a thin match'}`,
    ),
    step: 5,
    link,
    units: blocking.length,
    ...(first
      ? {
          next: {
            title: `Back ${quoted(first.text, 50)} with a story or résumé item`,
            gap: `the ${first.kind === 'requirement' ? 'requirement' : first.kind} ${quoted(first.text, 50)} has ${first.strength === 'none' ? 'no evidence' : 'only a thin match'}`,
          },
        }
      : {}),
  });
}
