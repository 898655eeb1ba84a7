import { afterEach, describe, expect, test } from 'vitest';
import { ConflictError, ValidationError } from '../../src/app/errors.js';
import { createRecord, listRecords } from '../../src/app/records.js';
import {
  exportWorkspace,
  importWorkspace,
  serializeWorkspace,
} from '../../src/app/workspace-transfer.js';
import { entities, entityKinds } from '../../src/domain/entities.js';
import { databaseTargets, sqliteTarget, type TestDatabase } from '../support/databases.js';
import { aStory, contextFor } from '../support/fixtures.js';
import { fillWorkspace } from '../support/sample-workspace.js';

describe.each(databaseTargets)('workspace export and import [$dialect]', (target) => {
  const opened: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.dispose()));
  });
  const workspace = async () => {
    const database = await target.create();
    opened.push(database);
    return contextFor(database.database);
  };

  test('export → import into an empty workspace → export gives the same bytes, with every kind present', async () => {
    const source = await workspace();
    await fillWorkspace(source);
    const first = serializeWorkspace(await exportWorkspace(source));
    const document = JSON.parse(first) as { records: Record<string, unknown[]> };
    for (const kind of entityKinds)
      expect(document.records[entities[kind].collection], kind).toHaveLength(1);

    const destination = await workspace();
    const summary = await importWorkspace(destination, first);
    expect(summary.records).toBe(entityKinds.length);
    expect(serializeWorkspace(await exportWorkspace(destination))).toBe(first);
  });

  test('importing into a workspace that has data needs replace, and replace swaps the contents', async () => {
    const source = await workspace();
    await fillWorkspace(source);
    const file = serializeWorkspace(await exportWorkspace(source));
    const destination = await workspace();
    await createRecord(destination, 'story', aStory({ title: 'Mine' }));
    await expect(importWorkspace(destination, file)).rejects.toBeInstanceOf(ConflictError);
    expect((await listRecords(destination, 'story')).map((story) => story.title)).toEqual(['Mine']);

    await importWorkspace(destination, file, { replace: true });
    expect(serializeWorkspace(await exportWorkspace(destination))).toBe(file);
  });

  test('a file from a newer Round Two is refused and nothing changes', async () => {
    const ctx = await workspace();
    await fillWorkspace(ctx);
    const before = serializeWorkspace(await exportWorkspace(ctx));
    const newer = JSON.stringify({ ...JSON.parse(before), version: 2 });
    await expect(importWorkspace(ctx, newer, { replace: true })).rejects.toThrow(
      /newer Round Two \(format version 2\).*reads up to version 1/,
    );
    expect(serializeWorkspace(await exportWorkspace(ctx))).toBe(before);
  });

  test('broken files are refused with the reason and leave the workspace untouched', async () => {
    const ctx = await workspace();
    await fillWorkspace(ctx);
    const before = serializeWorkspace(await exportWorkspace(ctx));
    const good = JSON.parse(before) as {
      records: { rounds: { opportunityId: string; timeZone: string }[] };
    };

    const dangling = structuredClone(good);
    dangling.records.rounds[0]!.opportunityId = 'gone';
    const badZone = structuredClone(good);
    badZone.records.rounds[0]!.timeZone = 'Nowhere/Land';
    const cases: [string, RegExp][] = [
      ['{ not json', /not valid JSON/],
      ['{"format":"something-else","version":1}', /not a Round Two workspace export/],
      [JSON.stringify(dangling), /records\.rounds\.0\.opportunityId points at opportunity "gone"/],
      [JSON.stringify(badZone), /records\.rounds\.0\.timeZone/],
    ];
    for (const [text, reason] of cases) {
      const error = await importWorkspace(ctx, text, { replace: true }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(reason);
    }
    expect(serializeWorkspace(await exportWorkspace(ctx))).toBe(before);
  });
});

test('a workspace exported from SQLite imports into PostgreSQL with the same bytes', async () => {
  const { postgresTarget } = await import('../support/databases.js');
  if (!postgresTarget) return;
  const sqlite = await sqliteTarget.create();
  const postgres = await postgresTarget.create();
  try {
    const source = await contextFor(sqlite.database);
    await fillWorkspace(source);
    const file = serializeWorkspace(await exportWorkspace(source));
    const destination = await contextFor(postgres.database);
    await importWorkspace(destination, file);
    expect(serializeWorkspace(await exportWorkspace(destination))).toBe(file);
  } finally {
    await sqlite.dispose();
    await postgres.dispose();
  }
});
