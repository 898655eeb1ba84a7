import type { Readiness, ReadinessItem } from '../coach/readiness.js';

const marks: Record<ReadinessItem['status'], string> = {
  done: '✓',
  partly: '◐',
  not_started: '✗',
};

/** How many lines of "missing" an item shows before "… and N more". */
const MISSING_SHOWN = 4;

/** "Round 2 in 4 days 3 hours — Fri 27 Nov, 13:30 (Europe/Amsterdam)", or why there is none. */
export function formatWhen(readiness: Readiness): string {
  const { round, countdown } = readiness;
  if (!round) return 'no round scheduled';
  const name = `Round ${round.number}`;
  if (!countdown) return `${name}, no date yet`;
  return countdown.past ? `${name} ${countdown.text}` : `${name} in ${countdown.text}`;
}

/** The checklist: a mark per item with what is missing, then the next action and why. */
export function formatReadiness(readiness: Readiness): string {
  const { opportunity, items, nextAction } = readiness;
  const done = items.filter((item) => item.status === 'done').length;
  const lines = [
    `${opportunity.role} at ${opportunity.company}`,
    `${formatWhen(readiness)} · ${done} of ${items.length} ready`,
    '',
  ];
  for (const item of items) {
    lines.push(`${marks[item.status]} ${item.title}`);
    for (const line of item.missing.slice(0, MISSING_SHOWN)) lines.push(`    ${line}`);
    const more = item.missing.length - MISSING_SHOWN;
    if (more > 0) lines.push(`    … and ${more} more`);
  }
  lines.push('');
  if (nextAction) {
    lines.push(`Next: ${nextAction.title} (about ${nextAction.effortMinutes} min)`);
    lines.push(`  ${nextAction.reason}`);
  } else {
    lines.push(
      readiness.phase === 'after'
        ? 'Next: nothing left on the list; wait for their news.'
        : 'Next: nothing left on the list. Rest, and reread your brief.',
    );
  }
  return lines.join('\n');
}

/** One line per opportunity: id, company and role, the countdown and the next action. */
export function formatReadinessList(all: readonly Readiness[]): string {
  if (all.length === 0) {
    return 'No opportunities in play. Add one with `roundtwo opportunity add`, or load the example with `roundtwo example`.';
  }
  return all
    .map((readiness) => {
      const { opportunity, nextAction } = readiness;
      const next = nextAction ? `Next: ${nextAction.title}` : 'Next: nothing left on the list';
      return `${opportunity.id}  ${opportunity.company} (${opportunity.role}): ${formatWhen(readiness)} · ${next}`;
    })
    .join('\n');
}
