import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { createRecord, getRecord, listRecords } from '../../src/app/records.js';
import { afterRoundPaths } from '../../src/server/after-round-openapi.js';
import { afterRoundRoutes } from '../../src/server/after-round-routes.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { problemResponse } from '../../src/server/problem.js';
import { recordRoutes } from '../../src/server/record-routes.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor, fixedClock } from '../support/fixtures.js';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

/**
 * The routes as the API mounts them — before the record routes — with the API's error handling,
 * over the example loaded on Fri 20 Nov 2026 (round 2 on 25 Nov, decision expected 4 Dec).
 */
async function api() {
  open = await sqliteTarget.create();
  const clock = fixedClock('2026-11-20T09:00:00.000Z');
  const ctx = await contextFor(open.database, clock);
  const opportunity = await loadExampleOpportunity(ctx);
  const [first, second] = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
  const app = new Hono();
  app.onError((error, c) => problemResponse(c, error));
  const v1 = new Hono();
  v1.route('/', afterRoundRoutes(ctx));
  v1.route('/', recordRoutes(ctx));
  app.route('/api/v1', v1);
  const call = (method: string, path: string, body?: unknown) =>
    app.request(`/api/v1${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  const at = (instant: string) => clock.advance(Date.parse(instant) - clock.now().getTime());
  return { ctx, call, at, opportunity, first: first!, second: second! };
}

interface DueResponse {
  created: number;
  due: { followUp: { id: string; body: string; status: string }; sequence: number }[];
  upcoming: { dueOn: string }[];
}

describe('follow-ups over HTTP', () => {
  test('GET /follow-ups/due drafts the reminder once, and is not read as a record id', async () => {
    const { call, at } = await api();
    at('2026-12-07T08:00:00.000Z');
    const response = await call('GET', '/follow-ups/due');
    expect(response.status).toBe(200);
    const first = (await response.json()) as DueResponse;
    expect(first.created).toBe(1);
    expect(first.due[0]?.followUp.body).toMatch(/^Dear Femke,/);
    const again = (await (await call('GET', '/follow-ups/due')).json()) as DueResponse;
    expect(again.created).toBe(0);
    expect(again.due[0]?.followUp.id).toBe(first.due[0]?.followUp.id);
  });

  test('POST /follow-ups/{id}/sent marks it sent, with or without a body', async () => {
    const { call, at } = await api();
    at('2026-12-07T08:00:00.000Z');
    const { due } = (await (await call('GET', '/follow-ups/due')).json()) as DueResponse;
    const id = due[0]!.followUp.id;
    const sent = await call('POST', `/follow-ups/${id}/sent`, {
      sentAt: '2026-12-07T07:30:00+00:00',
    });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toMatchObject({ status: 'sent', sentAt: '2026-12-07T07:30:00.000Z' });
    const again = await call('POST', `/follow-ups/${id}/sent`);
    expect(again.status).toBe(200);
  });

  test('a sent time in the future is a 422 problem; an unknown follow-up a 404', async () => {
    const { call, at } = await api();
    at('2026-12-07T08:00:00.000Z');
    const { due } = (await (await call('GET', '/follow-ups/due')).json()) as DueResponse;
    const future = await call('POST', `/follow-ups/${due[0]!.followUp.id}/sent`, {
      sentAt: '2027-01-01T00:00:00Z',
    });
    expect(future.status).toBe(422);
    expect(future.headers.get('content-type')).toBe('application/problem+json');
    expect((await call('POST', '/follow-ups/nope/sent')).status).toBe(404);
  });

  test('POST /opportunities/{id}/cold marks it cold; again after it ended is a 409', async () => {
    const { ctx, call, opportunity } = await api();
    const cold = await call('POST', `/opportunities/${opportunity.id}/cold`);
    expect(cold.status).toBe(200);
    expect(await cold.json()).toMatchObject({ opportunity: { status: 'cold' } });
    await call('PATCH', `/opportunities/${opportunity.id}`, { status: 'rejected' });
    expect((await getRecord(ctx, 'opportunity', opportunity.id)).status).toBe('rejected');
    expect((await call('POST', `/opportunities/${opportunity.id}/cold`)).status).toBe(409);
  });
});

describe('reflection over HTTP', () => {
  test('PUT /rounds/{id}/reflection creates (201), then changes (200)', async () => {
    const { call, first } = await api();
    const created = await call('PUT', `/rounds/${first.id}/reflection`, {
      connectionRating: 2,
      lessons: ['Give the result in numbers'],
    });
    expect(created.status).toBe(201);
    const changed = await call('PUT', `/rounds/${first.id}/reflection`, { connectionRating: 4 });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      connectionRating: 4,
      lessons: ['Give the result in numbers'],
    });
  });

  test('an out-of-range rating or an unknown field is a 422 naming the field', async () => {
    const { call, first } = await api();
    const response = await call('PUT', `/rounds/${first.id}/reflection`, { answersRating: 9 });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toBe('answersRating');
    const unknown = await call('PUT', `/rounds/${first.id}/reflection`, { mood: 'fine' });
    expect(unknown.status).toBe(422);
  });

  test('GET /reflections/trends gives the series per aspect, not a record lookup', async () => {
    const { call, first } = await api();
    await call('PUT', `/rounds/${first.id}/reflection`, { connectionRating: 3 });
    const response = await call('GET', '/reflections/trends');
    expect(response.status).toBe(200);
    const trends = (await response.json()) as {
      rounds: number;
      dimensions: { dimension: string; series: { rating: number }[] }[];
    };
    expect(trends.rounds).toBe(1);
    expect(trends.dimensions.find((d) => d.dimension === 'connection')?.series).toMatchObject([
      { rating: 3 },
    ]);
  });
});

describe('next step over HTTP', () => {
  test('POST /opportunities/{id}/next-round creates round 3 with the interviewers seated', async () => {
    const { call, opportunity } = await api();
    const response = await call('POST', `/opportunities/${opportunity.id}/next-round`, {
      startsAt: '2026-12-10 14:00',
      timeZone: 'Europe/Amsterdam',
    });
    expect(response.status).toBe(201);
    const next = (await response.json()) as {
      round: { number: number; startsAt: string };
      seated: { name: string }[];
      carryOver: { openPromises: unknown[] };
    };
    expect(next.round).toMatchObject({ number: 3, startsAt: '2026-12-10T13:00:00.000Z' });
    expect(next.seated).toHaveLength(3);
    expect(next.carryOver.openPromises).toHaveLength(1);
  });

  test('a bad time zone is a 422; no body at all is fine', async () => {
    const { call, opportunity } = await api();
    const bad = await call('POST', `/opportunities/${opportunity.id}/next-round`, {
      timeZone: 'Mars/Olympus',
    });
    expect(bad.status).toBe(422);
    expect((await call('POST', `/opportunities/${opportunity.id}/next-round`)).status).toBe(201);
  });

  test('POST /opportunities/{id}/offer returns the checklist, walk-away only under private', async () => {
    const { ctx, call, opportunity } = await api();
    await createRecord(ctx, 'salaryPrep', {
      opportunityId: opportunity.id,
      currency: 'EUR',
      target: 92_000,
      rangeLow: 80_000,
      rangeHigh: 100_000,
      walkAway: 83_250,
    });
    const response = await call('POST', `/opportunities/${opportunity.id}/offer`);
    expect(response.status).toBe(200);
    const result = (await response.json()) as {
      opportunity: { status: string };
      checklist: { private: { walkAway: number }; salary: { walkAwaySet: boolean } };
    };
    expect(result.opportunity.status).toBe('offer');
    expect(result.checklist.salary.walkAwaySet).toBe(true);
    expect(result.checklist.private.walkAway).toBe(83_250);
  });
});

test('the after-round paths make a valid OpenAPI 3.1 document with the rest of the API', async () => {
  const { validate } = await import('@readme/openapi-parser');
  const document = openApiDocument('0.0.0') as { paths: Record<string, unknown> };
  Object.assign(document.paths, afterRoundPaths());
  const result = await validate(structuredClone(document) as never);
  expect(result.valid, JSON.stringify((result as { errors?: unknown }).errors)).toBe(true);
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(['/api/v1/follow-ups/due', '/api/v1/opportunities/{id}/offer']),
  );
});
