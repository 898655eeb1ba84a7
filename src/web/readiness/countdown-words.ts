import type { Countdown } from '../../coach/readiness-types.js';

const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The time on a countdown in its two largest units, as a person says it: "4 days 3 hours",
 * "5 hours 20 minutes", "12 minutes".
 * @example countdownWords({ days: 0, hours: 2, minutes: 0 }) // '2 hours'
 */
export function countdownWords(countdown: Pick<Countdown, 'days' | 'hours' | 'minutes'>): string {
  const { days, hours, minutes } = countdown;
  if (days > 0)
    return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) {
    return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  }
  return unit(minutes, 'minute');
}

/** "About 20 minutes", "About 1 hour 30 minutes": the effort a step takes. */
export function effortWords(minutes: number): string {
  if (minutes < 60) return `About ${unit(Math.max(1, Math.round(minutes)), 'minute')}`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  return `About ${unit(hours, 'hour')}${rest > 0 ? ` ${unit(rest, 'minute')}` : ''}`;
}
