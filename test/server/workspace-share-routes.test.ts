import { afterEach, describe, expect, test } from 'vitest';
import { createRecord } from '../../src/app/records.js';
import { createHttpApp } from '../../src/server/app.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { anOpportunity, contextFor } from '../support/fixtures.js';

const TOKEN = 'test-token-0123456789abcdef0123456789abcdef';
const HOST = '127.0.0.1:4312';

describe.each(databaseTargets)('GET /api/v1/workspace/export?share=true [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });

  /** A server whose workspace has salary numbers with a walk-away of 123456 and private notes. */
  async function server() {
    open = await target.create();
    const ctx = await contextFor(open.database);
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    await createRecord(ctx, 'salaryPrep', {
      opportunityId: opportunity.id,
      currency: 'EUR',
      target: 95_000,
      walkAway: 123_456,
      notes: 'my secret',
    });
    const app = createHttpApp({ ctx, token: TOKEN, allowedHosts: new Set([HOST]) });
    return (path: string, method = 'GET', body?: string) =>
      app.request(path, {
        method,
        headers: { host: HOST, authorization: `Bearer ${TOKEN}` },
        ...(body === undefined ? {} : { body }),
      });
  }

  test('the share leaves out the walk-away and notes; the full export has them', async () => {
    const call = await server();
    const share = await call('/api/v1/workspace/export?share=true');
    expect(share.status).toBe(200);
    expect(share.headers.get('content-disposition')).toContain('roundtwo-workspace-share.json');
    const shared = await share.text();
    expect(shared).not.toContain('123456');
    expect(shared).not.toContain('my secret');
    expect(JSON.parse(shared)).toMatchObject({ share: true });

    const full = await (await call('/api/v1/workspace/export?share=false')).text();
    expect(full).toContain('123456');
    expect(full).toContain('my secret');
  });

  test('a share value other than true or false is refused rather than read as a full export', async () => {
    const call = await server();
    const response = await call('/api/v1/workspace/export?share=yes');
    expect(response.status).toBe(422);
    expect(((await response.json()) as { detail: string }).detail).toContain(
      'share: must be true or false',
    );
  });

  test('a misspelt or unknown query parameter is a 422 naming it, not a full export', async () => {
    const call = await server();
    for (const query of ['shared=true', 'share=true&sahre=true', 'Share=true']) {
      const response = await call(`/api/v1/workspace/export?${query}`);
      expect(response.status, query).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const { detail } = (await response.json()) as { detail: string };
      expect(detail, query).toMatch(/shared|sahre|Share/);
      expect(detail).not.toContain('123456');
    }
  });

  test('importing a share over a workspace with data is a 409, even with replace', async () => {
    const call = await server();
    const shared = await (await call('/api/v1/workspace/export?share=true')).text();
    const response = await call('/api/v1/workspace/import?replace=true', 'POST', shared);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/made for sharing/);
    expect(await (await call('/api/v1/workspace/export')).text()).toContain('123456');
  });
});
