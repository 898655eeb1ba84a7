import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { listRecords } from '../../src/app/records.js';
import type { Readiness } from '../../src/coach/readiness.js';
import { problemResponse } from '../../src/server/problem.js';
import { readinessRoutes } from '../../src/server/readiness-routes.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor, fixedClock } from '../support/fixtures.js';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

/** The routes as the API mounts them, with the API's error handling, over the example. */
async function api() {
  open = await sqliteTarget.create();
  const ctx = await contextFor(open.database, fixedClock('2026-11-20T09:00:00.000Z'));
  const opportunity = await loadExampleOpportunity(ctx);
  const app = new Hono();
  app.onError((error, c) => problemResponse(c, error));
  app.route('/api/v1', readinessRoutes(ctx));
  const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
  return { app, opportunity, rounds };
}

describe('GET /api/v1/opportunities/{id}/readiness', () => {
  test('answers the readiness of the next round: countdown, checklist and next action', async () => {
    const { app, opportunity } = await api();
    const response = await app.request(`/api/v1/opportunities/${opportunity.id}/readiness`);
    expect(response.status).toBe(200);
    const readiness = (await response.json()) as Readiness;
    expect(readiness.phase).toBe('before');
    expect(readiness.round?.number).toBe(2);
    expect(readiness.countdown?.text).toBe('5 days 3 hours — Wed 25 Nov, 13:30 (Europe/Amsterdam)');
    expect(readiness.items.length).toBeGreaterThan(10);
    expect(readiness.nextAction?.reason).toMatch(/^5 days left and /);
  });

  test('?roundId= names the round: round 1 shows its follow-through', async () => {
    const { app, opportunity, rounds } = await api();
    const first = rounds.find((round) => round.number === 1);
    const response = await app.request(
      `/api/v1/opportunities/${opportunity.id}/readiness?roundId=${first?.id}`,
    );
    const readiness = (await response.json()) as Readiness;
    expect(readiness.phase).toBe('after');
    expect(readiness.nextAction?.itemId).toBe('thank-you');
  });

  test('an unknown opportunity or round is a 404 problem', async () => {
    const { app, opportunity } = await api();
    const missing = await app.request('/api/v1/opportunities/nope/readiness');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const noRound = await app.request(
      `/api/v1/opportunities/${opportunity.id}/readiness?roundId=nope`,
    );
    expect(noRound.status).toBe(404);
  });

  test('an unknown or malformed query parameter is a 422 problem', async () => {
    const { app, opportunity } = await api();
    const path = `/api/v1/opportunities/${opportunity.id}/readiness`;
    expect((await app.request(`${path}?round=2`)).status).toBe(422);
    expect((await app.request(`${path}?roundId=a%20b`)).status).toBe(422);
  });
});

describe('GET /api/v1/readiness', () => {
  test('lists the readiness of every opportunity in play', async () => {
    const { app, opportunity } = await api();
    const response = await app.request('/api/v1/readiness');
    expect(response.status).toBe(200);
    const all = (await response.json()) as Readiness[];
    expect(all.map((entry) => entry.opportunity.id)).toEqual([opportunity.id]);
  });
});
