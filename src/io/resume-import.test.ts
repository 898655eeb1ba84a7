import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evidenceItemEntity } from '../domain/evidence.js';
import type { ResumeEvidence } from '../domain/resume.js';
import { detectResumeFormat, readResume, ResumeReadError } from './resume-import.js';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../../test/fixtures/resumes', name), 'utf8');

const resume = (document: Record<string, unknown>) => JSON.stringify(document);

function readError(run: () => unknown): ResumeReadError {
  try {
    run();
  } catch (error) {
    if (error instanceof ResumeReadError) return error;
    throw error;
  }
  throw new Error('expected a ResumeReadError');
}

const byTitle = (items: readonly ResumeEvidence[], title: string) => {
  const found = items.find((item) => item.title === title);
  if (!found)
    throw new Error(`no item titled "${title}" in ${items.map((i) => i.title).join(', ')}`);
  return found;
};

describe('JSON Resume', () => {
  const items = readResume(fixture('maren-okafor.resume.json'), 'json');

  test('every evidence section of a full résumé becomes items of its kind', () => {
    expect(items.map((item) => item.kind)).toEqual([
      'other', // basics.summary
      'work',
      'work',
      'volunteer',
      'education',
      'award',
      'certificate',
      'publication',
      'project',
      'skill',
      'skill',
      'skill', // a language spoken
    ]);
  });

  test('a work entry becomes an item with its position, employer, dates, summary and every highlight', () => {
    expect(byTitle(items, 'Senior Analytics Engineer')).toEqual({
      kind: 'work',
      title: 'Senior Analytics Engineer',
      organization: 'Northwind Health',
      startDate: '2021-04-01',
      summary: 'Own the bed-management data models used by four hospitals.',
      highlights: [
        'Rebuilt the nightly bed-occupancy pipeline so reports land by 06:30 on 99% of days, up from 70%',
        'Led a team of three analysts through the move from spreadsheets to dbt',
        "Cut the discharge dashboard's load time from 40 s to 3 s",
      ],
      skills: [],
      url: 'https://northwind.example.org',
    });
  });

  test('education is titled "studyType in area" at its institution, with courses as highlights', () => {
    expect(byTitle(items, 'BSc in Mathematics')).toMatchObject({
      kind: 'education',
      organization: 'University of Sheffield',
      startDate: '2013-09-01',
      endDate: '2016-06-01',
      summary: 'Score: First',
      highlights: ['MAS361 - Medical Statistics', 'MAS364 - Bayesian Statistics'],
    });
  });

  test('awards, certificates and publications keep their issuer and date', () => {
    expect(byTitle(items, 'Data Team of the Year')).toMatchObject({
      kind: 'award',
      organization: 'Northwind Health Staff Awards',
      startDate: '2023-11-02',
    });
    expect(byTitle(items, 'dbt Analytics Engineering Certification')).toMatchObject({
      kind: 'certificate',
      organization: 'dbt Labs',
      startDate: '2022-05-01',
      url: 'https://certs.example.org/maren-okafor',
    });
    expect(byTitle(items, 'Forecasting Bed Demand with Simple Models')).toMatchObject({
      kind: 'publication',
      organization: 'Journal of Hospital Operations',
      startDate: '2023-01-01',
    });
  });

  test('a project keeps its highlights, and its keywords become skills', () => {
    expect(byTitle(items, 'Ward Pulse')).toMatchObject({
      kind: 'project',
      organization: 'Northwind Health',
      highlights: ['Adopted on 12 wards within two months'],
      skills: ['Streamlit', 'PostgreSQL'],
      summary:
        'A one-page ward dashboard built with nurses.\nRoles: Lead developer, User researcher',
    });
  });

  test('each skill becomes one item titled by its name with its keywords as skills', () => {
    expect(byTitle(items, 'Data modelling')).toMatchObject({
      kind: 'skill',
      skills: ['SQL', 'dbt', 'Kimball'],
      summary: 'Level: Advanced',
    });
    expect(byTitle(items, 'Python').skills).toEqual(['Python']);
  });

  test('every item is a valid evidence-item create input', () => {
    for (const item of items) expect(evidenceItemEntity.create.safeParse(item).success).toBe(true);
  });

  test('dates given as a year or a month start on its first day; a full date stays as it is', () => {
    const [job] = readResume(
      resume({ work: [{ position: 'Analyst', startDate: '2017', endDate: '2021-03' }] }),
    );
    expect(job).toMatchObject({ startDate: '2017-01-01', endDate: '2021-03-01' });
    const [award] = readResume(resume({ awards: [{ title: 'Prize', date: '2023-11-02' }] }));
    expect(award?.startDate).toBe('2023-11-02');
  });

  test('an empty or null end date reads as an ongoing role, not as an error', () => {
    const [job] = readResume(
      resume({ work: [{ position: 'Analyst', startDate: '2020-01', endDate: '', summary: null }] }),
    );
    expect(job).not.toHaveProperty('endDate');
    expect(job).not.toHaveProperty('summary');
  });

  test('keys the spec does not define are allowed and ignored', () => {
    const items = readResume(
      resume({ work: [{ position: 'Analyst', teamSize: 4 }], customSection: { any: 'thing' } }),
    );
    expect(items).toEqual([{ kind: 'work', title: 'Analyst', highlights: [], skills: [] }]);
  });

  test('a link that is not a web address is left out rather than refused', () => {
    const [job] = readResume(
      resume({ work: [{ position: 'Analyst', url: 'acme internal wiki' }] }),
    );
    expect(job).not.toHaveProperty('url');
  });

  test('an entry that says nothing is skipped', () => {
    expect(readResume(resume({ work: [{}, { name: 'Acme' }] }))).toEqual([
      { kind: 'work', title: 'Acme', organization: 'Acme', highlights: [], skills: [] },
    ]);
  });
});

describe('JSON Resume validation', () => {
  test('highlights that are not a list of strings are refused, naming the JSON path', () => {
    const error = readError(() =>
      readResume(resume({ work: [{}, {}, { position: 'Analyst', highlights: 'Cut costs' }] })),
    );
    expect(error.message).toContain('work.2.highlights must be an array of strings');
    expect(error.issues).toEqual([
      { field: 'work.2.highlights', message: 'must be an array of strings' },
    ]);
  });

  test('every wrong type is reported at its own path', () => {
    const error = readError(() =>
      readResume(
        resume({
          basics: 'Maren',
          education: { institution: 'Sheffield' },
          skills: [{ name: 'SQL', keywords: ['a', 3] }],
          awards: [{ title: 12 }],
        }),
      ),
    );
    expect(error.issues.map((issue) => `${issue.field} ${issue.message}`)).toEqual([
      'basics must be an object',
      'education must be an array of objects',
      'awards.0.title must be a string',
      'skills.0.keywords must be an array of strings',
    ]);
  });

  test('a date that is not YYYY, YYYY-MM or YYYY-MM-DD is refused', () => {
    for (const startDate of ['March 2019', '2019-13', '2021-02-30', '19-03-01']) {
      const error = readError(() => readResume(resume({ work: [{ startDate }] })));
      expect(error.issues).toEqual([
        { field: 'work.0.startDate', message: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    }
  });

  test('text that is not JSON is refused when the format is json', () => {
    const error = readError(() => readResume('Maren Okafor\nAnalytics engineer', 'json'));
    expect(error.message).toMatch(/^The résumé is not valid JSON: /);
  });

  test('a JSON object without any résumé section is not a résumé', () => {
    const error = readError(() => readResume(resume({ title: 'Data Engineer', company: 'Acme' })));
    expect(error.message).toMatch(/not a JSON Resume: it has none of its sections \(basics, work/);
  });

  test('JSON that is not an object is not a résumé', () => {
    expect(() => readResume('[{"position": "Analyst"}]', 'json')).toThrow(
      /A JSON Resume is one JSON object/,
    );
  });
});

describe('reading any résumé', () => {
  test('empty input is refused', () => {
    for (const text of ['', '  \n\t\n']) {
      expect(() => readResume(text)).toThrow(new ResumeReadError('The résumé is empty.'));
    }
  });

  test('without a format, a JSON object is read as JSON Resume and anything else as text', () => {
    expect(detectResumeFormat('  {"work": []}')).toBe('json');
    expect(detectResumeFormat('EXPERIENCE\nAnalyst — Acme')).toBe('text');
    expect(readResume('\ufeff{"work": [{"position": "Analyst"}]}')).toHaveLength(1);
  });

  test('a JSON document read as text is kept as text rather than refused', () => {
    const [item] = readResume('{"work": []}', 'text');
    expect(item).toMatchObject({ kind: 'other', summary: '{"work": []}' });
  });
});
