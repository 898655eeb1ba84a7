import { afterEach, describe, expect, test } from 'vitest';
import { createHttpApp } from '../../src/server/app.js';
import { listRecords } from '../../src/app/records.js';
import type { AppContext } from '../../src/app/context.js';
import { sqliteTarget, databaseTargets, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';

let open: TestDatabase | undefined;
afterEach(async () => {
  await open?.dispose();
  open = undefined;
});

async function server(target = sqliteTarget, options: { maxBodyBytes?: number } = {}) {
  open = await target.create();
  const ctx = await contextFor(open.database);
  const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]), ...options });
  const call = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(path, {
      method,
      headers: {
        host: HOST,
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return { app, ctx, call };
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: { field: string; pointer: string; detail: string }[];
  };
  expect(problem.status).toBe(status);
  expect(problem.title).toBeTruthy();
  expect(problem.detail).toBeTruthy();
  return problem;
}

const nothingWritten = async (ctx: AppContext) => {
  expect(await listRecords(ctx, 'opportunity')).toEqual([]);
};

describe.each(databaseTargets)('HTTP API [$dialect]', (target) => {
  test('creates an opportunity and its round 2, returning ids, and lists rounds by opportunity', async () => {
    const { call } = await server(target);
    const created = await call('POST', '/api/v1/opportunities', {
      company: 'Acme',
      role: 'Analyst',
    });
    expect(created.status).toBe(201);
    const opportunity = (await created.json()) as { id: string; company: string };
    expect(opportunity.id).toBeTruthy();
    expect(created.headers.get('location')).toBe(`/api/v1/opportunities/${opportunity.id}`);

    const round = await call('POST', '/api/v1/rounds', {
      opportunityId: opportunity.id,
      number: 2,
      startsAt: '2026-11-25T15:00:00+01:00',
      timeZone: 'Europe/Paris',
      formats: ['panel'],
    });
    expect(round.status).toBe(201);
    const roundRecord = (await round.json()) as { id: string };
    expect(roundRecord).toMatchObject({ number: 2, startsAt: '2026-11-25T14:00:00.000Z' });

    const listed = await call('GET', `/api/v1/rounds?opportunityId=${opportunity.id}`);
    expect(((await listed.json()) as unknown[]).length).toBe(1);

    const patched = await call('PATCH', `/api/v1/opportunities/${opportunity.id}`, {
      status: 'offer',
    });
    expect(await patched.json()).toMatchObject({ status: 'offer', company: 'Acme' });
    expect((await call('DELETE', `/api/v1/opportunities/${opportunity.id}`)).status).toBe(204);
    await expectProblem(await call('GET', `/api/v1/rounds/${roundRecord.id}`), 404);
  });
});

describe('HTTP API refuses bad requests with problem details and writes nothing', () => {
  test('malformed JSON is a 400', async () => {
    const { call, ctx } = await server();
    const problem = await expectProblem(
      await call('POST', '/api/v1/opportunities', '{"company": "Acme",'),
      400,
    );
    expect(problem.type).toBe('/problems/malformed-json');
    await nothingWritten(ctx);
  });

  test('wrong types are a 422 naming each field with a JSON pointer', async () => {
    const { call, ctx } = await server();
    const problem = await expectProblem(
      await call('POST', '/api/v1/opportunities', { company: 7, role: ['x'] }),
      422,
    );
    expect(problem.errors?.map((error) => [error.field, error.pointer])).toEqual([
      ['company', '#/company'],
      ['role', '#/role'],
    ]);
    await nothingWritten(ctx);
  });

  test('an unknown id is a 404, and a reference to one is a 422 on that field', async () => {
    const { call } = await server();
    await expectProblem(await call('GET', '/api/v1/opportunities/nope'), 404);
    await expectProblem(await call('PATCH', '/api/v1/stories/nope', { title: 'x' }), 404);
    await expectProblem(await call('DELETE', '/api/v1/stories/nope'), 404);
    const problem = await expectProblem(
      await call('POST', '/api/v1/rounds', { opportunityId: 'nope', timeZone: 'UTC' }),
      422,
    );
    expect(problem.errors?.[0]?.field).toBe('opportunityId');
  });

  test('an oversized body is a 413', async () => {
    const { call, ctx } = await server(sqliteTarget, { maxBodyBytes: 10_000 });
    const problem = await expectProblem(
      await call('POST', '/api/v1/opportunities', {
        company: 'Acme',
        role: 'Analyst',
        notes: 'x'.repeat(20_000),
      }),
      413,
    );
    expect(problem.detail).toMatch(/10000 bytes/);
    await nothingWritten(ctx);
  });

  test('a body that is not JSON is a 415', async () => {
    const { call, ctx } = await server();
    await expectProblem(
      await call('POST', '/api/v1/opportunities', 'company=Acme', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
    );
    await nothingWritten(ctx);
  });

  test('an unknown route is a 404 problem', async () => {
    const { call } = await server();
    await expectProblem(await call('GET', '/api/v1/nothing-here'), 404);
  });
});

describe('local mode guards', () => {
  test('a request without the API token is refused with 401', async () => {
    const { app } = await server();
    const response = await app.request('/api/v1/opportunities', { headers: { host: HOST } });
    await expectProblem(response, 401);
  });

  test('a request for another Host name (DNS rebinding) is refused with 403', async () => {
    const { call } = await server();
    const problem = await expectProblem(
      await call('GET', '/api/v1/opportunities', undefined, { host: 'evil.example:4312' }),
      403,
    );
    expect(problem.detail).toMatch(/evil\.example/);
  });

  test('health and the OpenAPI document need no token', async () => {
    const { app } = await server();
    expect(await (await app.request('/healthz', { headers: { host: HOST } })).json()).toEqual({
      status: 'ok',
    });
    const response = await app.request('/api/openapi.json', { headers: { host: HOST } });
    expect(response.status).toBe(200);
  });

  test('responses carry security headers', async () => {
    const { call } = await server();
    const response = await call('GET', '/api/v1/opportunities');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

test('the OpenAPI document is valid OpenAPI 3.1 and describes every collection', async () => {
  const { validate } = await import('@readme/openapi-parser');
  const { app } = await server();
  const document = (await (
    await app.request('/api/openapi.json', { headers: { host: HOST } })
  ).json()) as {
    paths: Record<string, unknown>;
  };
  const result = await validate(structuredClone(document) as never);
  expect(result.valid, JSON.stringify((result as { errors?: unknown }).errors)).toBe(true);
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(['/api/v1/opportunities', '/api/v1/rounds/{id}', '/api/v1/stories']),
  );
});

test('the workspace can be exported and imported over HTTP', async () => {
  const { call } = await server();
  await call('POST', '/api/v1/workspace/example');
  const exported = await call('GET', '/api/v1/workspace/export');
  expect(exported.headers.get('content-disposition')).toContain('roundtwo-workspace.json');
  const text = await exported.text();
  const conflict = await call('POST', '/api/v1/workspace/import', text);
  await expectProblem(conflict, 409);
  const replaced = await call('POST', '/api/v1/workspace/import?replace=true', text);
  expect(replaced.status).toBe(200);
  expect(await (await call('GET', '/api/v1/workspace/export')).text()).toBe(text);
});

describe('analysis over HTTP', () => {
  test('POST /api/v1/analyze/answer returns the analysis of the answer', async () => {
    const { call } = await server();
    const response = await call('POST', '/api/v1/analyze/answer', {
      answer: 'Our queue kept growing. I rewrote the triage rules.',
    });
    expect(response.status).toBe(200);
    const analysis = (await response.json()) as {
      star: { result: boolean };
      findings: { kind: string }[];
    };
    expect(analysis.star.result).toBe(false);
    expect(analysis.findings.map((finding) => finding.kind)).toContain('missing_result');
  });

  test('an empty answer is a 422 naming the field', async () => {
    const { call } = await server();
    const problem = await expectProblem(
      await call('POST', '/api/v1/analyze/answer', { answer: ' ' }),
      422,
    );
    expect(problem.errors?.[0]?.field).toBe('answer');
  });
});

describe('question and note analysis over HTTP', () => {
  test('POST /api/v1/analyze/ask categorises the question and flags premature compensation', async () => {
    const { call } = await server();
    const response = await call('POST', '/api/v1/analyze/ask', {
      question: 'How many vacation days do you offer?',
    });
    const analysis = (await response.json()) as { category: string; findings: { kind: string }[] };
    expect(analysis.category).toBe('compensation');
    expect(analysis.findings.map((finding) => finding.kind)).toContain('premature_compensation');
  });

  test('POST /api/v1/analyze/note checks spelling on the server', async () => {
    const { call } = await server();
    const response = await call('POST', '/api/v1/analyze/note', {
      body: 'Dear Priya,\nThank you for explaning the data platform roadmap.\nBest,\nSam',
      interviewerName: 'Priya Natarajan',
    });
    const analysis = (await response.json()) as { findings: { kind: string }[] };
    expect(analysis.findings.map((finding) => finding.kind)).toContain('spelling');
  });
});

describe('plan and coverage over HTTP', () => {
  test('GET /api/v1/rounds/{id}/plan plans the round; an unknown round is a 404 problem', async () => {
    const { call } = await server();
    const opportunity = (await (await call('POST', '/api/v1/workspace/example')).json()) as {
      id: string;
    };
    const rounds = (await (
      await call('GET', `/api/v1/rounds?opportunityId=${opportunity.id}`)
    ).json()) as { id: string }[];
    const response = await call('GET', `/api/v1/rounds/${rounds[1]!.id}/plan`);
    expect(response.status).toBe(200);
    const view = (await response.json()) as { plan: { interviewers: { questions: unknown[] }[] } };
    expect(view.plan.interviewers[0]?.questions.length).toBeGreaterThan(0);
    await expectProblem(await call('GET', '/api/v1/rounds/nope/plan'), 404);
  });

  test('GET /api/v1/opportunities/{id}/coverage lists the posting’s items, gaps first', async () => {
    const { call } = await server();
    const opportunity = (await (await call('POST', '/api/v1/workspace/example')).json()) as {
      id: string;
    };
    const coverage = (await (
      await call('GET', `/api/v1/opportunities/${opportunity.id}/coverage`)
    ).json()) as {
      coverage: { strength: string; advice?: string }[];
    };
    expect(coverage.coverage[0]?.strength).toBe('none');
    expect(coverage.coverage[0]?.advice).toMatch(/^No story or résumé item shows/);
  });
});
