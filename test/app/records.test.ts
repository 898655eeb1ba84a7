import { afterEach, describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import {
  ConflictError,
  InvalidReferenceError,
  NotFoundError,
  ValidationError,
} from '../../src/app/errors.js';
import { loadExampleOpportunity } from '../../src/app/example.js';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecords,
  updateRecord,
} from '../../src/app/records.js';
import { resolveRecordId } from '../../src/app/resolve.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import {
  anInterviewer,
  anOpportunity,
  aRound,
  aStory,
  contextFor,
  fixedClock,
} from '../support/fixtures.js';

describe.each(databaseTargets)('record use cases [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });
  const workspace = async (clock = fixedClock()): Promise<AppContext> => {
    open = await target.create();
    return contextFor(open.database, clock);
  };

  test('creating a record returns it with a generated id, defaults and timestamps', async () => {
    const ctx = await workspace();
    const story = await createRecord(ctx, 'story', { title: 'Led the migration' });
    expect(story).toEqual({
      id: 'id-0002',
      title: 'Led the migration',
      situation: '',
      task: '',
      action: '',
      result: '',
      reflection: '',
      tags: [],
      metrics: [],
      notes: null,
      createdAt: '2026-11-20T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(await getRecord(ctx, 'story', story.id)).toEqual(story);
  });

  test('invalid input is refused with every failing field named, and nothing is written', async () => {
    const ctx = await workspace();
    const error = await createRecord(ctx, 'opportunity', {
      company: '',
      role: 42,
      status: 'maybe',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => issue.field).sort()).toEqual([
      'company',
      'role',
      'status',
    ]);
    expect(await listRecords(ctx, 'opportunity')).toEqual([]);
  });

  test('unknown fields are refused rather than silently dropped', async () => {
    const ctx = await workspace();
    await expect(createRecord(ctx, 'story', { title: 'T', sitaution: 'typo' })).rejects.toThrow(
      /sitaution/,
    );
  });

  test('a round without a number becomes the next round of its opportunity', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const first = await createRecord(ctx, 'round', aRound(opportunity.id));
    const second = await createRecord(ctx, 'round', aRound(opportunity.id));
    expect([first.number, second.number]).toEqual([1, 2]);
    await expect(
      createRecord(ctx, 'round', aRound(opportunity.id, { number: 2 })),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  test('a round refuses a time zone that is not IANA', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const error = await createRecord(
      ctx,
      'round',
      aRound(opportunity.id, { timeZone: 'CEST' }),
    ).catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual([
      { field: 'timeZone', message: 'must be an IANA time zone such as "Europe/London" or "UTC"' },
    ]);
  });

  test('a reference to a record that does not exist is refused with its field', async () => {
    const ctx = await workspace();
    const error = await createRecord(ctx, 'round', aRound('no-such-opportunity')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidReferenceError);
    expect((error as InvalidReferenceError).issues[0]?.field).toBe('opportunityId');
  });

  test('an interviewer of one opportunity cannot be seated in a round of another', async () => {
    const ctx = await workspace();
    const first = await createRecord(ctx, 'opportunity', anOpportunity());
    const second = await createRecord(ctx, 'opportunity', anOpportunity({ company: 'Other Co' }));
    const round = await createRecord(ctx, 'round', aRound(first.id));
    const stranger = await createRecord(ctx, 'interviewer', anInterviewer(second.id));
    await expect(
      createRecord(ctx, 'participation', { roundId: round.id, interviewerId: stranger.id }),
    ).rejects.toThrow(/another opportunity/);
    await expect(
      createRecord(ctx, 'questionToAsk', {
        opportunityId: first.id,
        question: 'Q?',
        targetInterviewerIds: [stranger.id],
      }),
    ).rejects.toThrow(/targetInterviewerIds.0/);
  });

  test('an update changes only the given fields and moves updatedAt', async () => {
    const clock = fixedClock();
    const ctx = await workspace(clock);
    const story = await createRecord(ctx, 'story', aStory());
    clock.advance(60_000);
    const changed = await updateRecord(ctx, 'story', story.id, { result: 'Late reports: 12 → 0.' });
    expect(changed).toEqual({
      ...story,
      result: 'Late reports: 12 → 0.',
      updatedAt: '2026-11-20T09:01:00.000Z',
    });
  });

  test('an update cannot move a record to another owner', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const round = await createRecord(ctx, 'round', aRound(opportunity.id));
    await expect(
      updateRecord(ctx, 'round', round.id, { opportunityId: 'elsewhere' }),
    ).rejects.toThrow(/opportunityId/);
  });

  test('an optional link can be set and cleared', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const round = await createRecord(ctx, 'round', aRound(opportunity.id));
    const interviewer = await createRecord(ctx, 'interviewer', anInterviewer(opportunity.id));
    const item = await createRecord(ctx, 'debriefItem', { roundId: round.id, question: 'Why us?' });
    const linked = await updateRecord(ctx, 'debriefItem', item.id, {
      askedByInterviewerId: interviewer.id,
    });
    expect(linked.askedByInterviewerId).toBe(interviewer.id);
    const cleared = await updateRecord(ctx, 'debriefItem', item.id, { askedByInterviewerId: null });
    expect(cleared.askedByInterviewerId).toBeNull();
  });

  test('a second salary preparation for one opportunity is a conflict with advice', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    await createRecord(ctx, 'salaryPrep', { opportunityId: opportunity.id, currency: 'EUR' });
    await expect(
      createRecord(ctx, 'salaryPrep', { opportunityId: opportunity.id, currency: 'EUR' }),
    ).rejects.toThrow(/already a salary preparation for this opportunity; change that one/);
  });

  test('lists can be narrowed to one owner, and unknown filters are refused', async () => {
    const ctx = await workspace();
    const first = await createRecord(ctx, 'opportunity', anOpportunity());
    const second = await createRecord(ctx, 'opportunity', anOpportunity({ company: 'Other Co' }));
    await createRecord(ctx, 'interviewer', anInterviewer(first.id, { name: 'A' }));
    await createRecord(ctx, 'interviewer', anInterviewer(second.id, { name: 'B' }));
    const listed = await listRecords(ctx, 'interviewer', { opportunityId: second.id });
    expect(listed.map((person) => person.name)).toEqual(['B']);
    await expect(listRecords(ctx, 'interviewer', { colour: 'red' })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  test('deleting an opportunity deletes its rounds, interviewers and debrief', async () => {
    const ctx = await workspace();
    const opportunity = await createRecord(ctx, 'opportunity', anOpportunity());
    const round = await createRecord(ctx, 'round', aRound(opportunity.id));
    await createRecord(ctx, 'debriefItem', { roundId: round.id, question: 'Why us?' });
    await deleteRecord(ctx, 'opportunity', opportunity.id);
    expect(await listRecords(ctx, 'round')).toEqual([]);
    expect(await listRecords(ctx, 'debriefItem')).toEqual([]);
    await expect(deleteRecord(ctx, 'opportunity', opportunity.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  test('an id can be typed as its unique start', async () => {
    const ctx = await workspace();
    await createRecord(ctx, 'story', aStory());
    await createRecord(ctx, 'story', aStory());
    expect(await resolveRecordId(ctx, 'story', 'id-0003')).toBe('id-0003');
    await expect(resolveRecordId(ctx, 'story', 'id-000')).rejects.toThrow(/start of 2 story ids/);
    await expect(resolveRecordId(ctx, 'story', 'zzz')).rejects.toBeInstanceOf(NotFoundError);
  });

  test('the example opportunity loads with its rounds, interviewers and round-1 debrief', async () => {
    const ctx = await workspace();
    const opportunity = await loadExampleOpportunity(ctx);
    expect(opportunity.company).toBe('Larkspur Freight');
    const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
    expect(rounds.map((round) => [round.number, round.status])).toEqual([
      [1, 'completed'],
      [2, 'scheduled'],
    ]);
    // The second round is five days after "now", at 13:30 Amsterdam time.
    expect(rounds[1]?.startsAt).toBe('2026-11-25T12:30:00.000Z');
    expect(await listRecords(ctx, 'interviewer', { opportunityId: opportunity.id })).toHaveLength(
      3,
    );
    expect(await listRecords(ctx, 'participation', { roundId: rounds[1]!.id })).toHaveLength(3);
    expect(await listRecords(ctx, 'debriefItem', { roundId: rounds[0]!.id })).toHaveLength(2);
  });
});
