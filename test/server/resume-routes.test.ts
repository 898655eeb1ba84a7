import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, test } from 'vitest';
import { listRecords } from '../../src/app/records.js';
import { problemResponse } from '../../src/server/problem.js';
import { resumeRoutes } from '../../src/server/resume-routes.js';
import { sqliteTarget, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/resumes', name), 'utf8');

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
  app.route('/api/v1', resumeRoutes(ctx));
  const post = (path: string, body: string, contentType: string) =>
    app.request(path, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { ctx, post };
}

describe('POST /api/v1/resume/import', () => {
  test('a JSON Resume body creates evidence items and answers the counts by kind', async () => {
    const { ctx, post } = await api();
    const response = await post(
      '/api/v1/resume/import',
      fixture('maren-okafor.resume.json'),
      'application/json',
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as { created: number; byKind: Record<string, number> };
    expect(result.created).toBe(12);
    expect(result.byKind).toMatchObject({ work: 2, skill: 3, education: 1 });
    expect(await listRecords(ctx, 'evidenceItem')).toHaveLength(12);
  });

  test('a text/plain body is read as a plain-text résumé', async () => {
    const { post } = await api();
    const response = await post(
      '/api/v1/resume/import',
      fixture('tomas-reyes.txt'),
      'text/plain; charset=utf-8',
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { created: number }).created).toBe(13);
  });

  test('replace=true replaces the items imported before', async () => {
    const { ctx, post } = await api();
    await post('/api/v1/resume/import', fixture('tomas-reyes.txt'), 'text/plain');
    const response = await post(
      '/api/v1/resume/import?replace=true',
      '{"work":[{"position":"Analyst"}]}',
      'application/json',
    );
    expect(response.status).toBe(200);
    expect((await listRecords(ctx, 'evidenceItem')).map((item) => item.title)).toEqual(['Analyst']);
  });

  test('an invalid JSON Resume is a 422 problem pointing at the field', async () => {
    const { post } = await api();
    const response = await post(
      '/api/v1/resume/import',
      '{"work":[{"position":"Analyst","highlights":"one"}]}',
      'application/json',
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as {
      detail: string;
      errors: { field: string; pointer: string }[];
    };
    expect(problem.detail).toContain('work.0.highlights must be an array of strings');
    expect(problem.errors).toEqual([
      {
        field: 'work.0.highlights',
        pointer: '#/work/0/highlights',
        detail: 'must be an array of strings',
      },
    ]);
  });

  test('a body that is neither JSON nor text is refused with 415', async () => {
    const { post } = await api();
    const response = await post('/api/v1/resume/import', '<html></html>', 'text/html');
    expect(response.status).toBe(415);
  });

  test('a replace value other than true or false is refused', async () => {
    const { post } = await api();
    const response = await post(
      '/api/v1/resume/import?replace=yes',
      '{"work":[{"position":"Analyst"}]}',
      'application/json',
    );
    expect(response.status).toBe(422);
  });
});
