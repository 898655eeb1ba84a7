import { describe, expect, test } from 'vitest';
import type { PostingDocument } from '../domain/posting.js';
import { extractPosting } from './posting-extraction.js';

const aPosting = (description: string, fields: Partial<PostingDocument> = {}): PostingDocument => ({
  description,
  sourceFormat: 'text',
  ...fields,
});
const extract = (description: string, fields: Partial<PostingDocument> = {}) =>
  extractPosting(aPosting(description, fields));

describe('sections named by their headings', () => {
  const posting = [
    'Data Analyst',
    '',
    "What you'll do",
    '- Build dashboards in Tableau',
    '- Partner with product managers on metrics',
    '',
    'What you bring',
    '- 3+ years of SQL',
    '- Strong communication skills',
    '',
    'Nice to have',
    '- Experience with dbt',
  ].join('\n');

  test('list items fall under the section their heading names', () => {
    expect(extract(posting)).toMatchObject({
      responsibilities: ['Build dashboards in Tableau', 'Partner with product managers on metrics'],
      requirements: ['3+ years of SQL', 'Strong communication skills'],
      preferred: ['Experience with dbt'],
    });
  });

  test('Markdown headings, ALL CAPS headings and headings ending in a colon all count', () => {
    for (const heading of ['## Requirements', 'REQUIREMENTS', 'Must have:', '**Qualifications**']) {
      expect(extract(`${heading}\n- Valid driver's licence`).requirements).toEqual([
        "Valid driver's licence",
      ]);
    }
  });

  test('a section named inline keeps its items: "Nice to have: Kafka."', () => {
    expect(extract('Requirements\n- Go\n\nNice to have: Kafka or Kinesis.').preferred).toEqual([
      'Kafka or Kinesis.',
    ]);
  });

  test('a sub-heading keeps the section: "Technical:" under Requirements', () => {
    expect(
      extract('Requirements\nTechnical:\n- Python\nPeople:\n- Coaching juniors').requirements,
    ).toEqual(['Python', 'Coaching juniors']);
  });

  test('"Essential functions" are duties, "Essential:" alone heads must-haves', () => {
    expect(extract('Essential functions\n- Triage patients').responsibilities).toEqual([
      'Triage patients',
    ]);
    expect(extract('Essential:\n- RN licence').requirements).toEqual(['RN licence']);
  });
});

describe('list marks', () => {
  test.each(['•', '-', '*', '–', '▪', '✔', '►', '1.', '2)', '(3)', 'a)'])(
    'takes off the list mark "%s"',
    (mark) => {
      const posting = `Requirements\n${mark} Valid licence\n${mark} Clean record`;
      expect(extract(posting).requirements).toEqual(['Valid licence', 'Clean record']);
    },
  );

  test('reads "A • B • C" on one line as three items', () => {
    expect(
      extract('Duties: Greet guests • Answer phones • Take payments').responsibilities,
    ).toEqual(['Greet guests', 'Answer phones', 'Take payments']);
  });

  test('lines standing alone under a heading are items even without marks', () => {
    expect(
      extract('WHAT YOU NEED\nHigh school diploma or GED\nFluent Spanish').requirements,
    ).toEqual(['High school diploma or GED', 'Fluent Spanish']);
  });
});

describe('nested lists', () => {
  test('a lead-in over short items folds them in', () => {
    const posting =
      'Requirements\n- Production experience with one of:\n  - React\n  - Vue\n  - Angular';
    expect(extract(posting).requirements).toEqual([
      'Production experience with one of: React, Vue, Angular',
    ]);
  });

  test('a full item keeps its nested items beside it', () => {
    const posting =
      'Responsibilities\n• Run demos\no Partner with a solutions engineer\n• Close deals';
    expect(extract(posting).responsibilities).toEqual([
      'Run demos',
      'Partner with a solutions engineer',
      'Close deals',
    ]);
  });

  test('a short label gives way to its items and can name their section', () => {
    const posting = 'Requirements\n- SQL\n- Nice to have:\n  - dbt\n  - Airflow';
    expect(extract(posting)).toMatchObject({
      requirements: ['SQL'],
      preferred: ['dbt', 'Airflow'],
    });
  });

  test('a nested line in lower case finishes its parent', () => {
    expect(extract('Duties\n- Run demos\n  - with the SE team').responsibilities).toEqual([
      'Run demos with the SE team',
    ]);
  });
});

describe('prose', () => {
  const prose =
    'Harbor & Pine runs four garden centres. You will reconcile bank accounts each month. ' +
    'You will manage accounts payable. You have a degree in accounting and 2+ years of ' +
    'experience. Experience with NetSuite would be a plus. We offer a 401(k) match.';

  test('sorts sentences by what they say, and leaves the company and the benefits out', () => {
    expect(extract(prose)).toMatchObject({
      responsibilities: [
        'You will reconcile bank accounts each month.',
        'You will manage accounts payable.',
      ],
      requirements: ['You have a degree in accounting and 2+ years of experience.'],
      preferred: ['Experience with NetSuite would be a plus.'],
    });
  });

  test('joins text hard-wrapped at a fixed width before splitting it into sentences', () => {
    const wrapped = [
      'As a sales representative, you will call on cardiologists and hospital pharmacy',
      'teams to educate them on our products and their approved uses. You must hold a',
      'valid driver license and live within the territory for the whole of the year.',
    ].join('\n');
    expect(extract(wrapped)).toMatchObject({
      responsibilities: [
        'As a sales representative, you will call on cardiologists and hospital pharmacy teams to educate them on our products and their approved uses.',
      ],
      requirements: [
        'You must hold a valid driver license and live within the territory for the whole of the year.',
      ],
    });
  });

  test("a list after a lead-in sentence takes the lead-in's section", () => {
    const posting =
      'We are a friendly team of twelve people who care a great deal about our customers and you will like it here. In this role you will:\n- Answer tickets\n- Write help articles';
    expect(extract(posting).responsibilities).toEqual(['Answer tickets', 'Write help articles']);
  });
});

describe('must-have or nice-to-have', () => {
  test('"a plus", "preferred" and "nice to have" inside a requirements list make it preferred', () => {
    const posting =
      'Requirements\n- SQL\n- Looker is a plus\n- BSN preferred\n- Spanish (nice to have)';
    expect(extract(posting)).toMatchObject({
      requirements: ['SQL'],
      preferred: ['Looker is a plus', 'BSN preferred', 'Spanish (nice to have)'],
    });
  });

  test('a preference inside a longer aside still qualifies a must-have', () => {
    expect(extract('Requirements\n- Nursing degree (BSN preferred)').requirements).toEqual([
      'Nursing degree (BSN preferred)',
    ]);
  });

  test('"ideally" after a must-have only qualifies it; at the start it makes a nice-to-have', () => {
    const posting =
      'Requirements\n- 3+ years in sales, ideally in SaaS\n- Ideally, you have sold to hospitals';
    expect(extract(posting)).toMatchObject({
      requirements: ['3+ years in sales, ideally in SaaS'],
      preferred: ['Ideally, you have sold to hospitals'],
    });
  });

  test('an item joining a must-have and a nice-to-have becomes two', () => {
    expect(extract('Requirements\n- Advanced Excel; Power BI a plus')).toMatchObject({
      requirements: ['Advanced Excel'],
      preferred: ['Power BI a plus'],
    });
  });
});

describe('what is not a requirement', () => {
  const posting = [
    'Requirements',
    '- Current RN licence',
    '- Medical, dental and vision insurance',
    '- $45–$52 per hour',
    '',
    'Acme Health is an equal opportunity employer. To apply, send your CV to jobs@acme.example.',
    '',
    'Benefits',
    '- Tuition reimbursement',
  ].join('\n');

  test('benefits, pay, equal-opportunity statements and application instructions are left out', () => {
    expect(extract(posting)).toMatchObject({
      requirements: ['Current RN licence'],
      preferred: [],
      responsibilities: [],
    });
  });

  test('a benefits word does not hide a real requirement', () => {
    expect(extract('Requirements\n- Experience administering 401(k) plans').requirements).toEqual([
      'Experience administering 401(k) plans',
    ]);
  });

  test('the company telling its story is not a requirement, even with "years" in it', () => {
    expect(
      extract(
        'Our nurses have been recognised three years running. Acme is hiring experienced nurses.',
      ).requirements,
    ).toEqual([]);
  });
});
