import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { entities, entityKinds } from '../../src/domain/entities.js';
import { columnsOf } from '../../src/store/columns.js';
import { UniqueViolation } from '../../src/store/errors.js';
import { DatabaseNewerThanCodeError, migrateToLatest } from '../../src/store/migrate.js';
import { createStore, tableOf } from '../../src/store/store.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { fixedClock, sequentialIds } from '../support/fixtures.js';
import { openLocalWorkspace } from '../../src/app/workspace.js';
import { fillWorkspace } from '../support/sample-workspace.js';

describe.each(databaseTargets)('repositories [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });
  const fresh = async (options?: { migrate?: boolean }) =>
    (open = await target.create(options)).database;

  test('every table has exactly the columns its record schema describes', async () => {
    await fresh();
    const tables = await open!.tables();
    for (const kind of entityKinds) {
      const table = tables.find((candidate) => candidate.name === tableOf(kind));
      expect(table, `table for ${kind}`).toBeDefined();
      const stored = table!.columns.map((column) => column.name).sort();
      const described = [
        ...columnsOf(entities[kind].record).map((column) => column.column),
        'workspace_id',
      ].sort();
      expect(stored, kind).toEqual(described);
    }
  });

  test('a record of every kind reads back exactly as written', async () => {
    const database = await fresh();
    const ctx = await openLocalWorkspace(createStore(database), fixedClock(), sequentialIds());
    const ids = await fillWorkspace(ctx);
    for (const kind of entityKinds) {
      const record = await ctx.store.records(kind).findById(ctx.workspaceId, ids[kind]);
      expect(record, kind).toBeDefined();
      expect(entities[kind].record.parse(record)).toEqual(record);
    }
    const salary = await ctx.store.records('salaryPrep').findById(ctx.workspaceId, ids.salaryPrep);
    expect(salary?.walkAway).toBe(60000.5);
    const plan = await ctx.store
      .records('presentationPlan')
      .findById(ctx.workspaceId, ids.presentationPlan);
    expect(plan?.sections).toEqual([
      { title: 'Context', plannedMinutes: 3, notes: '' },
      { title: 'Plan', plannedMinutes: 9.5, notes: 'Keep it concrete.' },
    ]);
    const debrief = await ctx.store
      .records('debriefItem')
      .findById(ctx.workspaceId, ids.debriefItem);
    expect(debrief?.followUpNeeded).toBe(true);
    const round = await ctx.store.records('round').findById(ctx.workspaceId, ids.round);
    expect(round).toMatchObject({
      startsAt: '2026-11-25T14:00:00.000Z',
      expectedDecisionOn: '2026-12-04',
    });
  });

  test('lists only the records of one owner, oldest first', async () => {
    const database = await fresh();
    const clock = fixedClock();
    const ctx = await openLocalWorkspace(createStore(database), clock, sequentialIds());
    const rounds = ctx.store.records('round');
    const opportunities = ctx.store.records('opportunity');
    const now = () => clock.now().toISOString();
    for (const id of ['opp-a', 'opp-b']) {
      await opportunities.insert(ctx.workspaceId, {
        id,
        company: id,
        role: 'Role',
        status: 'interviewing',
        location: null,
        postingUrl: null,
        postingText: null,
        postingHtml: null,
        notes: null,
        createdAt: now(),
        updatedAt: now(),
      });
    }
    for (const [id, opportunityId] of [
      ['r-2', 'opp-a'],
      ['r-1', 'opp-b'],
      ['r-3', 'opp-a'],
    ] as const) {
      clock.advance(1000);
      await rounds.insert(ctx.workspaceId, {
        id,
        opportunityId,
        number: null,
        startsAt: null,
        timeZone: 'UTC',
        durationMinutes: null,
        formats: [],
        location: null,
        videoLink: null,
        logistics: null,
        expectedDecisionOn: null,
        status: 'scheduled',
        notes: null,
        checklistDone: [],
        createdAt: now(),
        updatedAt: now(),
      });
    }
    const listed = await rounds.list(ctx.workspaceId, { opportunityId: 'opp-a' });
    expect(listed.map((round) => round.id)).toEqual(['r-2', 'r-3']);
  });

  test('an update writes only the given fields', async () => {
    const database = await fresh();
    const ctx = await openLocalWorkspace(createStore(database), fixedClock(), sequentialIds());
    const ids = await fillWorkspace(ctx);
    const repository = ctx.store.records('interviewer');
    expect(await repository.update(ctx.workspaceId, ids.interviewer, { title: 'VP Data' })).toBe(
      true,
    );
    const changed = await repository.findById(ctx.workspaceId, ids.interviewer);
    expect(changed).toMatchObject({
      title: 'VP Data',
      name: 'Priya Natarajan',
      priorities: ['Data quality', 'Hiring'],
    });
    expect(await repository.update(ctx.workspaceId, 'missing', { title: 'x' })).toBe(false);
  });

  test('deleting an owner deletes what it owns and clears links to it', async () => {
    const database = await fresh();
    const ctx = await openLocalWorkspace(createStore(database), fixedClock(), sequentialIds());
    const ids = await fillWorkspace(ctx);
    expect(await ctx.store.records('interviewer').delete(ctx.workspaceId, ids.interviewer)).toBe(
      true,
    );
    expect(
      await ctx.store.records('participation').findById(ctx.workspaceId, ids.participation),
    ).toBeUndefined();
    const debrief = await ctx.store
      .records('debriefItem')
      .findById(ctx.workspaceId, ids.debriefItem);
    expect(debrief?.askedByInterviewerId).toBeNull();

    expect(await ctx.store.records('opportunity').delete(ctx.workspaceId, ids.opportunity)).toBe(
      true,
    );
    expect(await ctx.store.records('round').count(ctx.workspaceId)).toBe(0);
    expect(await ctx.store.records('debriefItem').count(ctx.workspaceId)).toBe(0);
    // Stories belong to the candidate, not to the opportunity; a practice attempt loses its links only.
    expect(await ctx.store.records('story').count(ctx.workspaceId)).toBe(1);
    const attempt = await ctx.store
      .records('practiceAttempt')
      .findById(ctx.workspaceId, ids.practiceAttempt);
    expect(attempt).toMatchObject({ opportunityId: null, roundId: null, storyId: ids.story });
  });

  test('a second record where only one may exist is a UniqueViolation', async () => {
    const database = await fresh();
    const ctx = await openLocalWorkspace(createStore(database), fixedClock(), sequentialIds());
    const ids = await fillWorkspace(ctx);
    const existing = await ctx.store
      .records('salaryPrep')
      .findById(ctx.workspaceId, ids.salaryPrep);
    await expect(
      ctx.store.records('salaryPrep').insert(ctx.workspaceId, { ...existing!, id: 'another' }),
    ).rejects.toBeInstanceOf(UniqueViolation);
  });

  test("one workspace never sees another workspace's records", async () => {
    const database = await fresh();
    const store = createStore(database);
    const ctx = await openLocalWorkspace(store, fixedClock(), sequentialIds());
    const ids = await fillWorkspace(ctx);
    await store.workspaces.insert({
      id: 'other',
      name: 'Other',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await store.records('opportunity').findById('other', ids.opportunity)).toBeUndefined();
    expect(await store.records('story').list('other')).toEqual([]);
    expect(await store.records('story').delete('other', ids.story)).toBe(false);
    expect(await store.records('story').update('other', ids.story, { title: 'stolen' })).toBe(
      false,
    );
  });

  test('a transaction that fails writes nothing', async () => {
    const database = await fresh();
    const ctx = await openLocalWorkspace(createStore(database), fixedClock(), sequentialIds());
    await expect(
      ctx.store.transaction(async (tx) => {
        await tx.records('story').insert(ctx.workspaceId, {
          id: 's-1',
          title: 'T',
          situation: '',
          task: '',
          action: '',
          result: '',
          reflection: '',
          tags: [],
          metrics: [],
          notes: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await ctx.store.records('story').count(ctx.workspaceId)).toBe(0);
  });

  test('migrating twice changes nothing the second time', async () => {
    const database = await fresh();
    await migrateToLatest(database);
    const tables = await open!.tables();
    expect(tables.length).toBe(entityKinds.length + 1);
  });

  test('a database migrated by a newer Round Two is refused with advice and left alone', async () => {
    const database = await fresh();
    await sql`insert into kysely_migration (name, timestamp) values ('2099-01-01-0001-future', '2099-01-01T00:00:00.000Z')`.execute(
      database.db,
    );
    const error = await migrateToLatest(database).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseNewerThanCodeError);
    expect((error as Error).message).toMatch(
      /newer version of Round Two.*2099-01-01-0001-future.*Update Round Two/s,
    );
  });
});

describe.each(databaseTargets)('upgrading a database [$dialect]', (target) => {
  test('a database made by the first release keeps its data when the later migrations run', async () => {
    const open = await target.create({ migrate: false });
    try {
      const { migrations } = await import('../../src/store/migrations/index.js');
      const first = Object.keys(migrations[target.dialect])[0]!;
      await migrateToLatest(open.database, first);
      const ctx = await openLocalWorkspace(
        createStore(open.database),
        fixedClock(),
        sequentialIds(),
      );
      await ctx.store
        .records('opportunity')
        .insert(ctx.workspaceId, {
          id: 'kept',
          company: 'Acme',
          role: 'Analyst',
          status: 'interviewing',
          location: null,
          postingUrl: null,
          postingText: null,
          postingHtml: null,
          notes: null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        })
        .catch(() => undefined);
      await migrateToLatest(open.database);
      expect(
        (await ctx.store.records('opportunity').findById(ctx.workspaceId, 'kept'))?.company,
      ).toBe('Acme');
    } finally {
      await open.dispose();
    }
  });
});
