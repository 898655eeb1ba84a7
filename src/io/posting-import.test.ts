import { describe, expect, test } from 'vitest';
import { detectPostingFormat, PostingReadError, readPosting } from './posting-import.js';

const jobPosting = (fields: Record<string, unknown>) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...fields });

const page = (jsonLd: string, body = '<main><h1>Page title</h1><p>Page text.</p></main>') =>
  `<!doctype html><html><head><script type="application/ld+json">${jsonLd}</script></head><body>${body}</body></html>`;

describe('detectPostingFormat', () => {
  test('a JSON object or array that parses is json', () => {
    expect(detectPostingFormat('  {"title": "Nurse"}')).toBe('json');
    expect(detectPostingFormat('[{"@type": "JobPosting"}]')).toBe('json');
  });

  test('text that only starts like JSON is not json', () => {
    expect(detectPostingFormat('{Remote} Senior nurse wanted')).toBe('text');
  });

  test('HTML tags make html', () => {
    expect(detectPostingFormat('<p>We are hiring</p><ul><li>SQL</li></ul>')).toBe('html');
    expect(detectPostingFormat('<!DOCTYPE html><html></html>')).toBe('html');
  });

  test('a less-than sign in prose is not HTML', () => {
    expect(detectPostingFormat('Caseload of <5 patients per nurse')).toBe('text');
  });

  test('Markdown headings, list items, bold text or links make markdown', () => {
    expect(detectPostingFormat('## Requirements\nSQL')).toBe('markdown');
    expect(detectPostingFormat('Requirements\n- 3 years of SQL')).toBe('markdown');
    expect(detectPostingFormat('**Requirements** SQL')).toBe('markdown');
  });

  test('anything else is text', () => {
    expect(detectPostingFormat('Requirements\n3 years of SQL')).toBe('text');
  });
});

describe('readPosting: text and Markdown', () => {
  test('pasted text keeps its lines, with tidy line endings and blank lines', () => {
    const posting = readPosting('Nurse\r\n\r\n\r\n\r\n• BLS   \r\n• ACLS', 'text');
    expect(posting).toEqual({ description: 'Nurse\n\n• BLS\n• ACLS', sourceFormat: 'text' });
  });

  test('Markdown loses its marks but keeps headings on their own lines and lists as "- " lines', () => {
    const posting = readPosting(
      '# Data Analyst\n\n## What you bring\n* **Advanced** SQL ([docs](https://x.example))\n    + window functions\n1. Python\n',
    );
    expect(posting.sourceFormat).toBe('markdown');
    expect(posting.title).toBe('Data Analyst');
    expect(posting.description).toBe(
      'Data Analyst\n\nWhat you bring\n\n- Advanced SQL (docs)\n  - window functions\n- Python',
    );
  });

  test('a setext heading underlined with = is the title', () => {
    expect(readPosting('Account Executive\n=================\n\nSell.', 'markdown').title).toBe(
      'Account Executive',
    );
  });
});

describe('readPosting: HTML with schema.org JobPosting JSON-LD', () => {
  test('reads title, company, location, salary and the description as text with lists kept', () => {
    const posting = readPosting(
      page(
        jobPosting({
          title: 'Registered Nurse',
          hiringOrganization: { '@type': 'Organization', name: 'Lakeside Hospital' },
          jobLocation: {
            '@type': 'Place',
            address: { addressLocality: 'Duluth', addressRegion: 'MN', addressCountry: 'US' },
          },
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'USD',
            value: { '@type': 'QuantitativeValue', minValue: 40, maxValue: 52, unitText: 'HOUR' },
          },
          description:
            '<p>Join our unit.</p><h3>Requirements</h3><ul><li>BLS</li><li>Epic<ul><li>charting</li></ul></li></ul>',
        }),
      ),
    );
    expect(posting).toEqual({
      title: 'Registered Nurse',
      company: 'Lakeside Hospital',
      location: 'Duluth, MN, US',
      description: 'Join our unit.\n\nRequirements\n\n- BLS\n- Epic\n  - charting',
      baseSalary: { currency: 'USD', min: 40, max: 52, unit: 'HOUR' },
      sourceFormat: 'html',
    });
  });

  test('finds the JobPosting inside an @graph or a top-level array', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Careers' },
        { '@type': ['JobPosting'], title: 'A' },
      ],
    });
    const list = JSON.stringify([
      { '@type': 'Organization' },
      { '@type': 'JobPosting', title: 'B' },
    ]);
    expect(readPosting(page(graph)).title).toBe('A');
    expect(readPosting(page(list)).title).toBe('B');
  });

  test('decodes a description whose HTML was escaped twice', () => {
    const posting = readPosting(
      page(
        jobPosting({
          title: 'X',
          description: '&lt;ul&gt;&lt;li&gt;SQL &amp;amp; Python&lt;/li&gt;&lt;/ul&gt;',
        }),
      ),
    );
    expect(posting.description).toBe('- SQL & Python');
  });

  test('keeps the line breaks of a plain-text description', () => {
    const posting = readPosting(page(jobPosting({ description: 'Duties:\n- Drive\n- Deliver' })));
    expect(posting.description).toBe('Duties:\n- Drive\n- Deliver');
  });

  test('reads the list properties, structured requirements and a remote location', () => {
    const posting = readPosting(
      page(
        jobPosting({
          jobLocationType: 'TELECOMMUTE',
          hiringOrganization: 'Tallyworks',
          responsibilities: '<ul><li>Build services</li></ul>',
          qualifications: [
            'BLS required',
            { '@type': 'EducationalOccupationalCredential', credentialCategory: 'bachelor degree' },
          ],
          experienceRequirements: {
            '@type': 'OccupationalExperienceRequirements',
            monthsOfExperience: 36,
          },
          skills: [{ '@type': 'DefinedTerm', name: 'Go' }, 'SQL'],
          baseSalary: 95000,
        }),
      ),
    );
    expect(posting).toMatchObject({
      company: 'Tallyworks',
      location: 'Remote',
      responsibilities: ['- Build services'],
      qualifications: ['BLS required', 'Bachelor degree'],
      experienceRequirements: ['At least 3 years of experience'],
      skills: ['Go', 'SQL'],
      baseSalary: { min: 95000, max: 95000 },
    });
  });

  test('skips a JSON-LD block that does not parse and reads the page instead', () => {
    const posting = readPosting(page('{ not json', '<main><h1>Driver</h1><p>Drive.</p></main>'));
    expect(posting).toMatchObject({ title: 'Driver', description: 'Driver\n\nDrive.' });
  });
});

describe('readPosting: JSON', () => {
  test('reads a bare schema.org JobPosting object', () => {
    const posting = readPosting(jobPosting({ title: 'Nurse', description: '<p>Care.</p>' }));
    expect(posting).toEqual({ title: 'Nurse', description: 'Care.', sourceFormat: 'json' });
  });

  test('reads a JSON Resume job.json: lists, skills with keywords, highlights, location, salary', () => {
    const posting = readPosting(
      JSON.stringify({
        title: 'Supply Chain Analyst',
        company: 'Corvid',
        description: 'We make tents.',
        highlights: ['Place purchase orders'],
        location: { city: 'Salt Lake City', region: 'UT', countryCode: 'US' },
        remote: 'Hybrid',
        salary: '$72,000 - $85,000 per year',
        qualifications: ['Strong Excel skills'],
        responsibilities: ['Maintain the supply plan'],
        skills: [{ name: 'Demand planning', keywords: ['forecasting'] }],
      }),
    );
    expect(posting).toEqual({
      title: 'Supply Chain Analyst',
      company: 'Corvid',
      location: 'Salt Lake City, UT, US (hybrid)',
      description: 'We make tents.\n- Place purchase orders',
      responsibilities: ['Maintain the supply plan'],
      qualifications: ['Strong Excel skills'],
      skills: ['Demand planning', 'forecasting'],
      baseSalary: { currency: 'USD', min: 72000, max: 85000, unit: 'YEAR' },
      sourceFormat: 'json',
    });
  });

  test('invalid JSON given as json is an error that says so', () => {
    expect(() => readPosting('{"title": ', 'json')).toThrow(PostingReadError);
    expect(() => readPosting('{"title": ', 'json')).toThrow(/not valid JSON/);
  });

  test('JSON that holds no posting is an error', () => {
    expect(() => readPosting('{"name": "Ada"}', 'json')).toThrow(/no job posting/);
  });
});
