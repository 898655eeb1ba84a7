import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { loadExampleOpportunity } from '../../src/app/example.js';
import { briefSchema } from '../../src/domain/brief.js';
import { briefRoutes } from '../../src/server/brief-routes.js';
import { problemResponse } from '../../src/server/problem.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor, fixedClock } from '../support/fixtures.js';
import { pdfInfo, pdfText } from '../support/pdf-tools.js';

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
  app.route('/api/v1', briefRoutes(ctx));
  const get = (path: string) => app.request(`/api/v1${path}`);
  return { get, id: opportunity.id };
}

describe('GET /api/v1/opportunities/{id}/brief', () => {
  test('answers the next round’s brief as JSON that matches the brief schema', async () => {
    const { get, id } = await api();
    const response = await get(`/opportunities/${id}/brief`);
    expect(response.status).toBe(200);
    const brief = briefSchema.parse(await response.json());
    expect(brief.header).toMatchObject({ roundNumber: 2, countdown: 'in 5 days' });
    expect(brief.interviewers.map((person) => person.name)).toEqual([
      'Femke de Wit',
      'Arjun Mehta',
      'Sanne Bakker',
    ]);
  });

  test('?round=1 briefs round 1', async () => {
    const { get, id } = await api();
    const response = await get(`/opportunities/${id}/brief?round=1`);
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { header: { roundNumber: number } }).header.roundNumber,
    ).toBe(1);
  });

  test('a round that is not a number, or does not exist, is a 422 problem', async () => {
    const { get, id } = await api();
    for (const round of ['two', '9']) {
      const response = await get(`/opportunities/${id}/brief?round=${round}`);
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  test('an unknown opportunity is a 404 problem', async () => {
    const { get } = await api();
    for (const suffix of ['', '.pdf', '.md']) {
      const response = await get(`/opportunities/nothing-here/brief${suffix}`);
      expect(response.status).toBe(404);
    }
  });
});

describe('brief downloads', () => {
  test('brief.pdf is a one-page PDF download named after the company and round', async () => {
    const { get, id } = await api();
    const response = await get(`/opportunities/${id}/brief.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="brief-larkspur-freight-round-2.pdf"',
    );
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(pdfText(pdf)).toContain('Arjun Mehta');
  });

  test('brief.md?round=1 is the Markdown of round 1', async () => {
    const { get, id } = await api();
    const response = await get(`/opportunities/${id}/brief.md?round=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="brief-larkspur-freight-round-1.md"',
    );
    expect(await response.text()).toMatch(/^# Day-of brief: .+, round 1\n/);
  });
});
