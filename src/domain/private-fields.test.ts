import { describe, expect, test } from 'vitest';
import { entities, entityKinds } from './entities.js';
import { withoutPrivateFields } from './private-fields.js';

const prep = {
  id: 'prep-1',
  opportunityId: 'opp-1',
  currency: 'EUR',
  target: 95_000,
  rangeLow: 90_000,
  rangeHigh: 105_000,
  walkAway: 123_456,
  marketSources: ['Survey 2026'],
  notes: 'my secret',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
};

describe('withoutPrivateFields', () => {
  test('empties the salary walk-away and notes and keeps every other field', () => {
    const shared = withoutPrivateFields('salaryPrep', prep);
    expect(shared).toEqual({ ...prep, walkAway: null, notes: null });
    expect(entities.salaryPrep.record.safeParse(shared).success).toBe(true);
    expect(prep.walkAway).toBe(123_456);
  });

  test('leaves a record of a kind without private fields as it is', () => {
    const story = { id: 's-1', title: 'Monolith split', notes: 'kept' };
    expect(withoutPrivateFields('story', story)).toBe(story);
  });

  test('every field declared private can be left empty, so a share export stays valid', () => {
    for (const kind of entityKinds) {
      const shape = entities[kind].fields.shape as Record<
        string,
        { safeParse(v: unknown): unknown }
      >;
      for (const field of entities[kind].privateFields ?? []) {
        expect([kind, field, shape[field]?.safeParse(undefined)]).toMatchObject([
          kind,
          field,
          { success: true },
        ]);
      }
    }
  });
});
