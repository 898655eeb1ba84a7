import { describe, expect, test } from 'vitest';
import { analyseStory, type StoryText } from './story-analysis.js';

const story = (parts: Partial<StoryText>): StoryText => ({
  situation: '',
  task: '',
  action: '',
  result: '',
  reflection: '',
  ...parts,
});
const kinds = (parts: Partial<StoryText>) =>
  analyseStory(story(parts)).findings.map((finding) => finding.kind);

describe('analyseStory', () => {
  test('a weak story with only a situation and an action is missing its result', () => {
    const analysis = analyseStory(
      story({
        situation: 'Our support queue was growing every week.',
        action: 'I rewrote the triage rules and trained the team on them.',
      }),
    );
    expect(analysis.star).toMatchObject({ situation: true, action: true, result: false });
    expect(analysis.findings.map((finding) => finding.kind)).toContain('missing_result');
  });

  test('adding a measured result clears the missing result and is not flagged as unmeasured', () => {
    const found = kinds({
      situation: 'Our support queue was growing every week.',
      action: 'I rewrote the triage rules and trained the team on them.',
      result: 'The backlog fell from 400 to 120 tickets in a month.',
    });
    expect(found).not.toContain('missing_result');
    expect(found).not.toContain('result_not_quantified');
  });

  test('a filled result box without a figure counts as a result that needs a measure', () => {
    const analysis = analyseStory(
      story({
        situation: 'Our support queue was growing every week.',
        action: 'I rewrote the triage rules and trained the team on them.',
        result: 'Everyone was much happier with it afterwards.',
      }),
    );
    expect(analysis.star.result).toBe(true);
    const unmeasured = analysis.findings.find(
      (finding) => finding.kind === 'result_not_quantified',
    );
    expect(analysis.text.slice(unmeasured!.start, unmeasured!.end)).toBe(
      'Everyone was much happier with it afterwards.',
    );
  });

  test('a part written in the wrong box is still found, and spans point into the joined text', () => {
    const analysis = analyseStory(
      story({
        situation:
          'Last year our clinic’s wait times passed an hour. I was asked to halve them. I moved triage onto tablets. Waits fell from 68 to 24 minutes.',
      }),
    );
    expect(analysis.star).toEqual({ situation: true, task: true, action: true, result: true });
    expect(analysis.fields.situation).toEqual({ start: 0, end: analysis.text.length });
  });

  test('a filled reflection box counts as the reflection', () => {
    const found = kinds({
      situation: 'Our support queue was growing every week.',
      action: 'I rewrote the triage rules.',
      result: 'The backlog fell by 70%.',
      reflection: 'Fixing the intake beats working faster.',
    });
    expect(found).not.toContain('missing_reflection');
  });
});
