import type { AppContext } from '../../src/app/context.js';
import { openLocalWorkspace } from '../../src/app/workspace.js';
import type { Clock, IdGenerator } from '../../src/domain/runtime.js';
import type { Database } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';

/** A clock that stands still until told to move. */
export function fixedClock(
  start = '2026-11-20T09:00:00.000Z',
): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Ids `id-0001`, `id-0002`…: readable, sortable, repeatable. */
export function sequentialIds(prefix = 'id'): IdGenerator {
  let next = 0;
  return () => `${prefix}-${String(++next).padStart(4, '0')}`;
}

export async function contextFor(
  database: Database,
  clock: Clock = fixedClock(),
): Promise<AppContext> {
  return openLocalWorkspace(createStore(database), clock, sequentialIds());
}

/** Test data builders: valid inputs with the fields a test cares about overridden. */
export const anOpportunity = (overrides: Record<string, unknown> = {}) => ({
  company: 'Northwind Health',
  role: 'Data Engineer',
  ...overrides,
});

export const aRound = (opportunityId: string, overrides: Record<string, unknown> = {}) => ({
  opportunityId,
  timeZone: 'Europe/London',
  startsAt: '2026-11-25T14:00:00.000Z',
  formats: ['panel'],
  ...overrides,
});

export const anInterviewer = (opportunityId: string, overrides: Record<string, unknown> = {}) => ({
  opportunityId,
  name: 'Priya Natarajan',
  title: 'Head of Data',
  audienceKind: 'hiring_manager',
  ...overrides,
});

export const aStory = (overrides: Record<string, unknown> = {}) => ({
  title: 'Rebuilt the nightly pipeline',
  situation: 'Reports were late three mornings a week.',
  task: 'I had to make them reliable before the audit.',
  action: 'I split the job into idempotent steps and added alerting.',
  result: 'Late reports fell from 12 a month to 1.',
  reflection: 'I now design for re-runs from the start.',
  tags: ['reliability'],
  ...overrides,
});
