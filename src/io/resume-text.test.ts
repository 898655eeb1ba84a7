import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evidenceItemEntity } from '../domain/evidence.js';
import type { ResumeEvidence } from '../domain/resume.js';
import { readResume } from './resume-import.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../test/fixtures/resumes', name), 'utf8');

const summarise = (items: readonly ResumeEvidence[]) =>
  items.map((item) => [item.kind, item.title, item.organization ?? null]);

describe('a plain-text résumé with capitalised headings, columns and • bullets', () => {
  const items = readResume(fixture('tomas-reyes.txt'));

  test('each section yields its entries, and name and contact details are left out', () => {
    expect(summarise(items)).toEqual([
      ['other', 'Profile', null],
      ['work', 'Operations Manager', 'BRIGHTWAY DISTRIBUTION LTD'],
      ['work', 'Shift Supervisor', 'KESTREL FOODS'],
      ['education', 'BSc Logistics and Supply Chain Management', 'Aston University'],
      ['certificate', 'Lean Six Sigma Green Belt', 'British Quality Foundation'],
      ['certificate', 'IOSH Managing Safely', null],
      ['skill', 'Warehouse systems', null],
      ['skill', 'Lean', null],
      ['skill', 'Kaizen', null],
      ['skill', 'Workforce planning', null],
      ['skill', 'Budgeting', null],
      ['volunteer', 'Volunteer Driver', 'Bristol Food Bank'],
      ['other', 'Memberships', null],
    ]);
  });

  test("a role's bullets are its highlights, a wrapped bullet joined into one", () => {
    expect(items[1]).toEqual({
      kind: 'work',
      title: 'Operations Manager',
      organization: 'BRIGHTWAY DISTRIBUTION LTD',
      startDate: '2020-01-01',
      highlights: [
        'Run a 140-person fulfilment centre shipping 35,000 parcels a day',
        'Reduced mis-picks by 38% by redesigning slotting with the floor leads and retraining every shift within six weeks',
        'Negotiated a new carrier contract worth £1.2m a year',
      ],
      skills: [],
    });
  });

  test('date ranges on the title line become start and end dates', () => {
    expect(items[2]).toMatchObject({ startDate: '2015-03-01', endDate: '2019-12-01' });
    expect(items[11]).toMatchObject({ startDate: '2018-01-01', endDate: '2021-01-01' });
  });

  test('a lone year beside a degree is its end date', () => {
    expect(items[3]).toMatchObject({ endDate: '2014-01-01' });
    expect(items[3]).not.toHaveProperty('startDate');
  });

  test('a labelled skills line is one item; an unlabelled list is one item per skill', () => {
    expect(items[6]).toMatchObject({
      title: 'Warehouse systems',
      skills: ['Manhattan WMS', 'SAP EWM'],
    });
    expect(items[7]).toMatchObject({ title: 'Lean', skills: ['Lean'] });
  });

  test('a section it does not take apart is kept as an other item with its text', () => {
    expect(items[12]).toEqual({
      kind: 'other',
      title: 'Memberships',
      summary: 'Chartered Institute of Logistics and Transport (CILT), member since 2016',
      highlights: [],
      skills: [],
    });
  });

  test('every item is a valid evidence-item create input', () => {
    for (const item of items) expect(evidenceItemEntity.create.safeParse(item).success).toBe(true);
  });
});

describe('a Markdown résumé with # headings, "Role — Company, dates" lines and - bullets', () => {
  const items = readResume(fixture('priya-shah.md'));

  test('each section yields its entries', () => {
    expect(summarise(items)).toEqual([
      ['other', 'Summary', null],
      ['work', 'Clinical Informatics Nurse', 'Pennine Care Hospitals'],
      ['work', 'Staff Nurse', "St Bede's Hospital"],
      ['education', 'MSc Health Informatics', 'University of Salford'],
      ['education', 'BSc (Hons) Adult Nursing', 'University of Manchester'],
      ['project', 'Sepsis screening prompt', 'Pennine Care Hospitals'],
      ['skill', 'Clinical', null],
      ['skill', 'Informatics', null],
      ['skill', 'Teaching', null],
      ['award', 'Nurse of the Year', 'Pennine Care Hospitals'],
      ['other', 'Languages I speak', null],
    ]);
  });

  test("a paragraph under a role's title is its summary and its bullets its highlights", () => {
    expect(items[1]).toMatchObject({
      startDate: '2022-01-01',
      summary: 'Lead nurse on the EPR optimisation project for two intensive care units.',
      highlights: [
        'Cut duplicate observations charting by 45% after redesigning the ICU flowsheet',
        'Trained 180 nurses and doctors in the new fluid balance workflow',
        'Chair the monthly safety huddle on system-related incidents',
      ],
    });
    expect(items[1]).not.toHaveProperty('endDate');
  });

  test('month names in brackets are read as the first of the month', () => {
    expect(items[2]).toMatchObject({ startDate: '2016-09-01', endDate: '2022-08-01' });
  });

  test('dated list items in an education section are one entry each', () => {
    expect(items[3]).toMatchObject({ startDate: '2021-01-01', endDate: '2023-01-01' });
    expect(items[4]).toMatchObject({ endDate: '2016-01-01' });
  });

  test('an unknown heading is kept as an other item rather than dropped', () => {
    expect(items[10]).toMatchObject({ kind: 'other', summary: 'Gujarati, English' });
  });
});

describe('plain-text layouts', () => {
  test('"Company | Role | dates" lines without blank lines between entries', () => {
    const items = readResume(
      [
        'Experience',
        '==========',
        'Acme Corp | Product Manager | 2019-2021',
        '- Shipped billing v2',
        'Beta Ltd | Associate Product Manager | 2016 - 2019',
        '- Ran user interviews',
      ].join('\n'),
    );
    expect(items).toEqual([
      {
        kind: 'work',
        title: 'Product Manager',
        organization: 'Acme Corp',
        startDate: '2019-01-01',
        endDate: '2021-01-01',
        highlights: ['Shipped billing v2'],
        skills: [],
      },
      {
        kind: 'work',
        title: 'Associate Product Manager',
        organization: 'Beta Ltd',
        startDate: '2016-01-01',
        endDate: '2019-01-01',
        highlights: ['Ran user interviews'],
        skills: [],
      },
    ]);
  });

  test('"Role at Company (dates)" with a sentence beneath as its summary', () => {
    const [item] = readResume(
      'WORK EXPERIENCE:\nHead of Sales at Gamma Inc. (03/2018 – 04/2021)\nGrew revenue 30%.',
    );
    expect(item).toMatchObject({
      kind: 'work',
      title: 'Head of Sales',
      organization: 'Gamma Inc.',
      startDate: '2018-03-01',
      endDate: '2021-04-01',
      summary: 'Grew revenue 30%.',
    });
  });

  test('"Heading: text" on its own line is a section of one line', () => {
    const items = readResume(
      'Experience\nAnalyst, Acme Ltd, 2019–2021\n\nInterests: climbing, chess',
    );
    expect(summarise(items)).toEqual([
      ['work', 'Analyst', 'Acme Ltd'],
      ['other', 'Interests', null],
    ]);
  });

  test('text with no headings at all is kept whole as an other item', () => {
    const text =
      'I have run retail stores for ten years and managed teams of up to twenty people across three sites.';
    expect(readResume(text)).toEqual([
      { kind: 'other', title: 'Profile', summary: text, highlights: [], skills: [] },
    ]);
  });

  test('bullets under a section with no title line are kept under the section name', () => {
    expect(readResume('Experience\n- Ran the night shift\n- Trained new starters')).toEqual([
      {
        kind: 'other',
        title: 'Experience',
        highlights: ['Ran the night shift', 'Trained new starters'],
        skills: [],
      },
    ]);
  });

  test('a web address on a project line becomes its link', () => {
    const [project] = readResume('Projects\nCSV linter | github.com/example/csv-lint | 2022');
    expect(project).toMatchObject({
      kind: 'project',
      title: 'CSV linter',
      url: 'https://github.com/example/csv-lint',
      startDate: '2022-01-01',
    });
  });
});
