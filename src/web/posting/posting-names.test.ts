import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postingNamesOf } from './posting-names.js';

const savedPage = readFileSync(
  new URL('../../../test/browser/fixtures/job-posting.html', import.meta.url),
  'utf8',
);

const page = (jsonLd: string) =>
  `<html><head><script type="application/ld+json">${jsonLd}</script></head><body></body></html>`;

describe('postingNamesOf', () => {
  it('reads the title and hiring organisation of a saved page’s JobPosting', () => {
    expect(postingNamesOf(savedPage, 'html')).toEqual({
      title: 'Operations Analyst',
      company: 'Harbourline Logistics',
    });
  });

  it('finds the JobPosting inside an @graph and decodes escaped characters', () => {
    const html = page(
      JSON.stringify({
        '@graph': [
          { '@type': 'WebPage', name: 'Careers' },
          { '@type': ['JobPosting'], title: 'R&amp;D Lead', hiringOrganization: 'Acme &#38; Co' },
        ],
      }),
    );
    expect(postingNamesOf(html, 'html')).toEqual({ title: 'R&D Lead', company: 'Acme & Co' });
  });

  it('skips a broken JSON-LD block and reads the next one', () => {
    const html =
      page('{ not json') +
      page(JSON.stringify({ '@type': 'JobPosting', title: 'Nurse', hiringOrganization: {} }));
    expect(postingNamesOf(html, 'html')).toEqual({ title: 'Nurse' });
  });

  it('reads nothing from a page without a JobPosting', () => {
    expect(postingNamesOf(page('{"@type":"Organization","name":"Acme"}'), 'html')).toEqual({});
    expect(postingNamesOf('<p>Senior nurse wanted</p>', 'html')).toEqual({});
  });

  it('reads a JSON Resume job.json', () => {
    const job = JSON.stringify({ title: 'Account Executive', company: 'Brightside' });
    expect(postingNamesOf(job, 'json')).toEqual({
      title: 'Account Executive',
      company: 'Brightside',
    });
  });

  it('reads nothing from plain text, even when it mentions JSON-LD', () => {
    expect(postingNamesOf(page('{"@type":"JobPosting","title":"X"}'), 'text')).toEqual({});
  });
});
