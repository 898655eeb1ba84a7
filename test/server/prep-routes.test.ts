import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { createRecord } from '../../src/app/records.js';
import { prepRoutes } from '../../src/server/prep-routes.js';
import { problemResponse } from '../../src/server/problem.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { anOpportunity, contextFor } from '../support/fixtures.js';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

/** The routes as the API mounts them, with the API's error handling. */
async function api() {
  open = await sqliteTarget.create();
  const ctx = await contextFor(open.database);
  const app = new Hono();
  app.onError((error, c) => problemResponse(c, error));
  app.route('/api/v1', prepRoutes(ctx));
  const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
  return { ctx, app, opportunity };
}

describe('format prep routes', () => {
  test('GET salary-scripts leaves the walk-away out unless asked for', async () => {
    const { ctx, app, opportunity } = await api();
    await createRecord(ctx, 'salaryPrep', {
      opportunityId: opportunity.id,
      currency: 'GBP',
      target: 70_000,
      rangeLow: 65_000,
      rangeHigh: 80_000,
      walkAway: 61_357,
    });
    const path = `/api/v1/opportunities/${opportunity.id}/salary-scripts`;
    const plain = await app.request(path);
    expect(plain.status).toBe(200);
    const text = await plain.text();
    expect(text).not.toMatch(/61[ ,.]?357/);
    expect((JSON.parse(text) as { scripts: unknown[] }).scripts).toHaveLength(4);
    const shown = (await (await app.request(`${path}?showWalkAway=true`)).json()) as {
      private: { walkAway: number };
    };
    expect(shown.private.walkAway).toBe(61_357);
  });

  test('GET why-check of an unknown opportunity is a 404 problem', async () => {
    const { app } = await api();
    const response = await app.request('/api/v1/opportunities/nope/why-check');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  test('GET why-check answers the findings', async () => {
    const { app, opportunity } = await api();
    const response = await app.request(`/api/v1/opportunities/${opportunity.id}/why-check`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { written: boolean; findings: { kind: string }[] };
    expect(body.written).toBe(false);
    expect(body.findings.map((f) => f.kind)).toEqual(['missing_why_now']);
  });

  test('GET a format checklist; an unknown format is a 422 problem', async () => {
    const { app } = await api();
    const panel = await app.request('/api/v1/formats/case-study/checklist');
    expect(((await panel.json()) as { format: string }).format).toBe('case_study');
    expect((await app.request('/api/v1/formats/karaoke/checklist')).status).toBe(422);
  });

  test('POST rehearsal-report times the run-through; bad timestamps are a 422', async () => {
    const { ctx, app, opportunity } = await api();
    const plan = await createRecord(ctx, 'presentationPlan', {
      opportunityId: opportunity.id,
      topic: 'Pipeline rebuild',
      timeLimitMinutes: 1,
      sections: [{ title: 'All of it', plannedMinutes: 1 }],
    });
    const post = (body: unknown) =>
      app.request(`/api/v1/presentation-plans/${plan.id}/rehearsal-report`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ok = await post({ timestamps: ['2026-11-20T09:00:00Z', '2026-11-20T09:01:30Z'] });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { overLimitSeconds: number }).overLimitSeconds).toBe(30);
    expect((await post({ timestamps: ['yesterday'] })).status).toBe(422);
  });
});
