/** The after-round results as text for a terminal. */
import { DateTime } from 'luxon';
import { formatMoney } from '../coach/offer-checklist.js';
import type { ReflectionTrends } from '../coach/reflection-trends.js';
import type { FollowUpsOverview, OpportunityRef, RoundRef } from '../app/follow-ups.js';
import type { NextRound, OfferNextStep } from '../app/next-step.js';
import type { RecordedReflection } from '../app/reflection.js';
import { formatInZone } from '../domain/local-time.js';

const day = (date: string) => DateTime.fromISO(date, { zone: 'UTC' }).toFormat('ccc d LLL yyyy');
const title = (opportunity: OpportunityRef, round: RoundRef) =>
  `${opportunity.role} at ${opportunity.company}, round ${round.number}`;
const indent = (text: string, by = '    ') =>
  text.split('\n').map((line) => (line ? `${by}${line}` : ''));

/** Due inquiries with their drafts, opportunities gone quiet, then what comes up later. */
export function formatFollowUps(overview: FollowUpsOverview): string {
  const lines: string[] = [];
  if (overview.due.length === 0) lines.push('No follow-ups due.');
  else lines.push(`Follow-ups due (${overview.due.length}):`);
  if (overview.created > 0) {
    lines.push(`Drafted ${overview.created} new follow-up${overview.created === 1 ? '' : 's'}.`);
  }
  for (const entry of overview.due) {
    const { followUp, recipient } = entry;
    const to = recipient
      ? `${recipient.name}${recipient.email ? ` <${recipient.email}>` : ''}`
      : 'no interviewer recorded for this round';
    lines.push(
      '',
      `${title(entry.opportunity, entry.round)} — follow-up ${entry.sequence} of 2`,
      `  id: ${followUp.id}`,
      `  due ${followUp.dueOn ? `since ${day(followUp.dueOn)}` : 'now'}; to: ${to}; ${entry.words} words`,
      `  why: ${entry.reason}`,
      `  Subject: ${followUp.subject}`,
      '',
      ...indent(followUp.body),
      '',
      `  When sent: roundtwo followups sent ${followUp.id}`,
    );
  }
  if (overview.coldSuggestions.length > 0) lines.push('', 'Gone quiet:');
  for (const entry of overview.coldSuggestions) {
    lines.push(
      `  ${title(entry.opportunity, entry.round)}: ${entry.reason}`,
      `    Mark it cold: roundtwo followups cold ${entry.opportunity.id}`,
    );
  }
  if (overview.upcoming.length > 0) lines.push('', 'Coming up:');
  for (const entry of overview.upcoming) {
    lines.push(`  ${day(entry.dueOn)} — ${title(entry.opportunity, entry.round)}: ${entry.reason}`);
  }
  return lines.join('\n');
}

/** The reflection as recorded. */
export function formatReflection({ reflection, created }: RecordedReflection): string {
  const rated = [
    ['preparation', reflection.preparationRating],
    ['answers', reflection.answersRating],
    ['body language', reflection.bodyLanguageRating],
    ['connection', reflection.connectionRating],
  ] as const;
  const lines = [
    `${created ? 'Recorded' : 'Updated'} the reflection on this round (${reflection.id}).`,
    `  ${rated.map(([label, value]) => `${label} ${value ?? '–'}`).join(', ')}`,
  ];
  if (reflection.wentWell) lines.push(`  went well: ${reflection.wentWell}`);
  if (reflection.toImprove) lines.push(`  to improve: ${reflection.toImprove}`);
  for (const lesson of reflection.lessons) lines.push(`  lesson: ${lesson}`);
  lines.push('See how it compares with other rounds: roundtwo trends');
  return lines.join('\n');
}

/** The summaries, a line per aspect with its ratings in date order, and the repeated lessons. */
export function formatTrends(trends: ReflectionTrends): string {
  if (trends.rounds === 0) {
    return 'No reflections yet. After a round: roundtwo reflect <round> --preparation N --answers N --body-language N --connection N';
  }
  const lines = [
    `Reflection trends across ${trends.rounds} round${trends.rounds === 1 ? '' : 's'}`,
  ];
  for (const summary of trends.summaries) lines.push(`  ${summary}`);
  lines.push('');
  const width = Math.max(...trends.dimensions.map((d) => d.label.length));
  for (const dimension of trends.dimensions) {
    const series = dimension.series.map((point) => `${point.date} ${point.rating}`).join(', ');
    const average = dimension.average === null ? '' : ` (average ${dimension.average})`;
    lines.push(`${dimension.label.padEnd(width)}  ${series || 'not rated'}${average}`);
  }
  if (trends.repeatedLessons.length > 0) lines.push('', 'Lessons you keep writing down:');
  for (const lesson of trends.repeatedLessons) {
    lines.push(`  "${lesson.lesson}" (${lesson.rounds} rounds)`);
  }
  return lines.join('\n');
}

/** The new round, who sits in it, and what carries over. */
export function formatNextRound(next: NextRound): string {
  const { round } = next;
  const when = round.startsAt ? formatInZone(round.startsAt, round.timeZone) : 'not scheduled yet';
  const lines = [`Added round ${round.number ?? ''} (${round.id}): ${when}`];
  lines.push(
    next.seated.length > 0
      ? `Seated from the last round: ${next.seated.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ')}`
      : 'No interviewers seated yet: add them with roundtwo round add or the web app.',
  );
  if (next.cancelledFollowUps > 0) {
    lines.push(
      `Cancelled ${next.cancelledFollowUps} planned status inquiry: this round is the news.`,
    );
  }
  if (next.carryOver.reminders.length > 0) lines.push('', 'Carried over:');
  for (const reminder of next.carryOver.reminders) lines.push(`  - ${reminder}`);
  return lines.join('\n');
}

/** The negotiation checklist; the walk-away figure only when asked for. */
export function formatOffer(offer: OfferNextStep, showWalkAway: boolean): string {
  const { checklist, opportunity } = offer;
  const { salary } = checklist;
  const lines = [
    `Offer: ${opportunity.role} at ${opportunity.company} — status is now "${opportunity.status}".`,
  ];
  if (salary.summary.length > 0) {
    lines.push('', 'Your numbers:', ...salary.summary.map((line) => `  ${line}`));
  }
  if (salary.walkAwaySet) {
    const walkAway = checklist.private.walkAway;
    lines.push(
      showWalkAway && walkAway !== null
        ? `  Walk-away (yours only): ${formatMoney(walkAway, salary.currency ?? 'EUR')}`
        : '  Walk-away: hidden (roundtwo offer … --show-walk-away shows it to you).',
    );
    if (showWalkAway) lines.push(...checklist.private.checks.map((check) => `  ! ${check}`));
  }
  if (salary.missing.length > 0) {
    lines.push('', 'To prepare:', ...salary.missing.map((line) => `  - ${line}`));
  }
  if (checklist.counterScript) {
    lines.push('', 'A counter-proposal:', `  "${checklist.counterScript}"`);
  }
  lines.push('', 'Steps:');
  checklist.steps.forEach((step, index) => {
    lines.push(`  ${index + 1}. ${step.title}`, `     ${step.detail}`);
  });
  lines.push('', 'Questions to ask now:');
  for (const question of checklist.questions) lines.push(`  - ${question.text}`);
  return lines.join('\n');
}
