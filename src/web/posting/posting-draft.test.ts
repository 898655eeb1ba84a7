import { describe, expect, it } from 'vitest';
import { postingFields } from './posting-draft.js';
import { postingFieldOf } from './posting-file.js';

describe('posting draft', () => {
  it('saves a saved page as the posting and clears pasted text', () => {
    expect(
      postingFields({ text: 'old text', page: { name: 'job.html', html: '<p>Job</p>' } }),
    ).toEqual({ postingHtml: '<p>Job</p>', postingText: null });
  });

  it('saves pasted text and clears a page saved before', () => {
    expect(postingFields({ text: 'Nurse wanted', page: null })).toEqual({
      postingHtml: null,
      postingText: 'Nurse wanted',
    });
  });

  it('saves no posting when the text is blank', () => {
    expect(postingFields({ text: '  \n', page: null })).toEqual({
      postingHtml: null,
      postingText: null,
    });
  });

  it('keeps a web page whole and reads other files as text, by extension', () => {
    expect(postingFieldOf('Job – Careers.HTM')).toBe('postingHtml');
    expect(postingFieldOf('job.html')).toBe('postingHtml');
    expect(postingFieldOf('job.json')).toBe('postingText');
    expect(postingFieldOf('notes.md')).toBe('postingText');
    expect(postingFieldOf('ad.txt')).toBe('postingText');
    expect(postingFieldOf('ad.pdf')).toBeNull();
    expect(postingFieldOf('README')).toBeNull();
  });
});
