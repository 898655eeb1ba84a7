import { describe, expect, it } from 'vitest';
import { newStoryLink, storyPrefillOf, tagOf } from './story-prefill.js';

describe('story prefill', () => {
  it('carries the purpose, tags and the way back through the link', () => {
    const link = newStoryLink({
      purpose: 'Strong stakeholder management across planning & sales',
      tags: ['stakeholder management', 'planning'],
      back: '/opportunities/abc/fit',
      backLabel: 'the role fit',
    });
    expect(link.startsWith('/stories/new?')).toBe(true);
    expect(storyPrefillOf(link.slice(link.indexOf('?')))).toEqual({
      purpose: 'Strong stakeholder management across planning & sales',
      tags: ['stakeholder management', 'planning'],
      back: '/opportunities/abc/fit',
      backLabel: 'the role fit',
    });
  });

  it('asks for nothing without a purpose or tags', () => {
    expect(storyPrefillOf('')).toBeNull();
    expect(storyPrefillOf('?back=/opportunities')).toBeNull();
  });

  it('goes back only to a page of the app', () => {
    for (const back of [
      '//evil.example/x',
      'https://evil.example',
      'javascript:alert(1)',
      '/\\evil',
    ]) {
      expect(storyPrefillOf(`?for=x&back=${encodeURIComponent(back)}`)?.back).toBeNull();
    }
  });

  it('writes a competency id as a plain tag', () => {
    expect(tagOf('stakeholder-management')).toBe('stakeholder management');
  });
});
