import { afterEach, describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { ConflictError } from '../../src/app/errors.js';
import { createRecord, listRecords } from '../../src/app/records.js';
import {
  exportWorkspace,
  importWorkspace,
  serializeWorkspace,
} from '../../src/app/workspace-transfer.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { anOpportunity, aStory, contextFor } from '../support/fixtures.js';

/** An opportunity with salary numbers whose walk-away and notes are private. */
async function withSalary(ctx: AppContext) {
  const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
  await createRecord(ctx, 'salaryPrep', {
    opportunityId: opportunity.id,
    currency: 'EUR',
    target: 95_000,
    rangeLow: 90_000,
    rangeHigh: 105_000,
    walkAway: 123_456,
    marketSources: ['Peers at two freight firms'],
    notes: 'my secret',
  });
  return opportunity;
}

describe.each(databaseTargets)('an export for sharing [$dialect]', (target) => {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.dispose()));
  });
  const workspace = async () => {
    const database = await target.create();
    opened.push(database);
    return contextFor(database.database);
  };

  test('leaves out the salary walk-away and notes, which a full export keeps', async () => {
    const ctx = await workspace();
    await withSalary(ctx);
    const full = serializeWorkspace(await exportWorkspace(ctx));
    const share = serializeWorkspace(await exportWorkspace(ctx, { share: true }));

    expect(full).toContain('123456');
    expect(full).toContain('my secret');
    expect(share).not.toContain('123456');
    expect(share).not.toContain('my secret');
    expect(JSON.parse(share)).toMatchObject({
      share: true,
      records: {
        'salary-preps': [
          { target: 95_000, marketSources: ['Peers at two freight firms'], walkAway: null },
        ],
      },
    });
    expect(JSON.parse(full)).not.toHaveProperty('share');
  });

  test('imports into an empty workspace, with the private fields empty', async () => {
    const source = await workspace();
    await withSalary(source);
    const share = serializeWorkspace(await exportWorkspace(source, { share: true }));

    const coach = await workspace();
    const summary = await importWorkspace(coach, share);
    expect(summary.byKind).toEqual({ opportunity: 1, salaryPrep: 1 });
    const [prep] = await listRecords(coach, 'salaryPrep');
    expect(prep).toMatchObject({ target: 95_000, walkAway: null, notes: null });
  });

  test('never replaces a workspace that has data, so nothing private is lost', async () => {
    const ctx = await workspace();
    await withSalary(ctx);
    await createRecord(ctx, 'story', aStory({ title: 'Mine' }));
    const before = serializeWorkspace(await exportWorkspace(ctx));
    const share = serializeWorkspace(await exportWorkspace(ctx, { share: true }));

    const refused = await importWorkspace(ctx, share, { replace: true }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as Error).message).toMatch(
      /export made for sharing.*only be imported into an empty workspace.*full export/,
    );
    expect(serializeWorkspace(await exportWorkspace(ctx))).toBe(before);
  });
});
