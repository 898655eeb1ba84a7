import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { ValidationError } from '../../src/app/errors.js';
import { importResume } from '../../src/app/import-resume.js';
import { createRecord, listRecords } from '../../src/app/records.js';
import { databaseTargets, type TestDatabase } from '../support/databases.js';
import { contextFor } from '../support/fixtures.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/resumes', name), 'utf8');

const aJsonResume = (work: Record<string, unknown>[]) => JSON.stringify({ work });

describe.each(databaseTargets)('importing a résumé [$dialect]', (target) => {
  let open: TestDatabase | undefined;
  afterEach(async () => {
    await open?.dispose();
    open = undefined;
  });
  const workspace = async (): Promise<AppContext> => {
    open = await target.create();
    return contextFor(open.database);
  };

  test('a JSON Resume creates one evidence item per entry and counts them by kind', async () => {
    const ctx = await workspace();
    const result = await importResume(ctx, fixture('maren-okafor.resume.json'));
    expect(result).toEqual({
      created: 12,
      byKind: {
        work: 2,
        project: 1,
        education: 1,
        certificate: 1,
        award: 1,
        volunteer: 1,
        publication: 1,
        skill: 3,
        other: 1,
      },
    });
    const stored = await listRecords(ctx, 'evidenceItem');
    expect(stored).toHaveLength(12);
    expect(stored.find((item) => item.title === 'Senior Analytics Engineer')).toMatchObject({
      kind: 'work',
      organization: 'Northwind Health',
      startDate: '2021-04-01',
      endDate: null,
      highlights: [
        'Rebuilt the nightly bed-occupancy pipeline so reports land by 06:30 on 99% of days, up from 70%',
        'Led a team of three analysts through the move from spreadsheets to dbt',
        "Cut the discharge dashboard's load time from 40 s to 3 s",
      ],
    });
  });

  test('a plain-text résumé is imported in the order it reads', async () => {
    const ctx = await workspace();
    const result = await importResume(ctx, fixture('priya-shah.md'), { format: 'text' });
    expect(result.created).toBe(11);
    expect((await listRecords(ctx, 'evidenceItem')).map((item) => item.title).slice(0, 3)).toEqual([
      'Summary',
      'Clinical Informatics Nurse',
      'Staff Nurse',
    ]);
  });

  test('importing again adds to the items already there', async () => {
    const ctx = await workspace();
    await importResume(ctx, aJsonResume([{ position: 'Analyst' }]));
    await importResume(ctx, aJsonResume([{ position: 'Engineer' }]));
    expect((await listRecords(ctx, 'evidenceItem')).map((item) => item.title)).toEqual([
      'Analyst',
      'Engineer',
    ]);
  });

  test('replace deletes the existing résumé items first, and nothing else', async () => {
    const ctx = await workspace();
    await importResume(ctx, aJsonResume([{ position: 'Analyst' }]));
    await createRecord(ctx, 'story', { title: 'Saved the launch' });
    const result = await importResume(ctx, aJsonResume([{ position: 'Engineer' }]), {
      replace: true,
    });
    expect(result.created).toBe(1);
    expect((await listRecords(ctx, 'evidenceItem')).map((item) => item.title)).toEqual([
      'Engineer',
    ]);
    expect(await listRecords(ctx, 'story')).toHaveLength(1);
  });

  test('an item the workspace refuses leaves nothing written, not even the replaced items deleted', async () => {
    const ctx = await workspace();
    await importResume(ctx, aJsonResume([{ position: 'Analyst' }]));
    const before = await listRecords(ctx, 'evidenceItem');
    const resume = aJsonResume([
      { position: 'Engineer', highlights: ['Shipped the app'] },
      { position: 'Lead', highlights: ['x'.repeat(2_001)] },
    ]);
    const error = await importResume(ctx, resume, { replace: true }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(
      /^Résumé item 2 \(work "Lead"\) cannot be saved, so nothing was imported: highlights\.0: /,
    );
    expect((error as ValidationError).issues[0]?.field).toBe('items.1.highlights.0');
    expect(await listRecords(ctx, 'evidenceItem')).toEqual(before);
  });

  test('an invalid JSON Resume is a validation error naming the JSON path', async () => {
    const ctx = await workspace();
    const error = await importResume(
      ctx,
      aJsonResume([{}, {}, { position: 'Analyst', highlights: 'one' }]),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { field: 'work.2.highlights', message: 'must be an array of strings' },
    ]);
    expect(await listRecords(ctx, 'evidenceItem')).toEqual([]);
  });

  test('empty input and non-JSON read as JSON are validation errors', async () => {
    const ctx = await workspace();
    await expect(importResume(ctx, '  ')).rejects.toThrow(ValidationError);
    await expect(importResume(ctx, 'Analyst at Acme', { format: 'json' })).rejects.toThrow(
      /not valid JSON/,
    );
  });

  test('a résumé with nothing to import is refused, so replace never just empties the list', async () => {
    const ctx = await workspace();
    await importResume(ctx, aJsonResume([{ position: 'Analyst' }]));
    await expect(
      importResume(ctx, JSON.stringify({ basics: { name: 'Maren' } }), { replace: true }),
    ).rejects.toThrow(/holds nothing to import/);
    expect(await listRecords(ctx, 'evidenceItem')).toHaveLength(1);
  });
});
