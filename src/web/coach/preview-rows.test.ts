import { describe, expect, it } from 'vitest';
import { previewRows, splitByLabels, trimSpan, type PreviewPart } from './preview-rows.js';

const noParts: Record<PreviewPart, { start: number; end: number }[]> = {
  situation: [],
  task: [],
  action: [],
  result: [],
  reflection: [],
};

/** The span of `phrase` in `text`, for tests that mark a phrase by its words. */
const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`“${phrase}” is not in the text`);
  return { start, end: start + phrase.length };
};

describe('splitByLabels', () => {
  it('covers the whole range with one unlabelled piece when nothing is marked', () => {
    expect(splitByLabels(10, [])).toEqual([{ start: 0, end: 10, labels: [] }]);
  });

  it('gives overlapping spans their shared piece with both labels', () => {
    expect(
      splitByLabels(10, [
        { start: 2, end: 6, label: 'a' },
        { start: 4, end: 8, label: 'b' },
      ]),
    ).toEqual([
      { start: 0, end: 2, labels: [] },
      { start: 2, end: 4, labels: ['a'] },
      { start: 4, end: 6, labels: ['a', 'b'] },
      { start: 6, end: 8, labels: ['b'] },
      { start: 8, end: 10, labels: [] },
    ]);
  });

  it('keeps a span nested inside another as its own piece', () => {
    expect(
      splitByLabels(6, [
        { start: 0, end: 6, label: 'outer' },
        { start: 2, end: 3, label: 'inner' },
      ]).map((piece) => piece.labels),
    ).toEqual([['outer'], ['outer', 'inner'], ['outer']]);
  });

  it('clips spans to the range and ignores empty ones', () => {
    expect(
      splitByLabels(4, [
        { start: -2, end: 2, label: 'a' },
        { start: 3, end: 3, label: 'empty' },
        { start: 3, end: 9, label: 'b' },
      ]),
    ).toEqual([
      { start: 0, end: 2, labels: ['a'] },
      { start: 2, end: 3, labels: [] },
      { start: 3, end: 4, labels: ['b'] },
    ]);
  });
});

describe('trimSpan', () => {
  it('drops white space at both ends', () => {
    expect(trimSpan('a \n bc  d', { start: 1, end: 7 })).toEqual({ start: 4, end: 6 });
  });

  it('returns an empty span for white space only', () => {
    const span = trimSpan('a   b', { start: 1, end: 4 });
    expect(span.end - span.start).toBe(0);
  });
});

describe('previewRows', () => {
  const story =
    'Our queue grew every week.\n\nI rewrote the rules. I trained the team.\n\nThe backlog fell by half.';

  it('labels each sentence with its part and starts a new paragraph at each blank line', () => {
    const rows = previewRows(
      story,
      {
        ...noParts,
        situation: [at(story, 'Our queue grew every week.')],
        action: [at(story, 'I rewrote the rules.'), at(story, 'I trained the team.')],
        result: [at(story, 'The backlog fell by half.')],
      },
      [],
    );
    expect(
      rows.map((row) => [row.parts, story.slice(row.start, row.end), row.opensParagraph]),
    ).toEqual([
      [['situation'], 'Our queue grew every week.', true],
      [['action'], 'I rewrote the rules. I trained the team.', true],
      [['result'], 'The backlog fell by half.', true],
    ]);
  });

  it('shows text that carries no part as an unlabelled row', () => {
    const rows = previewRows(story, { ...noParts, action: [at(story, 'I trained the team.')] }, []);
    expect(rows.map((row) => [row.parts, story.slice(row.start, row.end)])).toEqual([
      [[], 'Our queue grew every week.'],
      [[], 'I rewrote the rules.'],
      [['action'], 'I trained the team.'],
      [[], 'The backlog fell by half.'],
    ]);
  });

  it('gives a sentence that carries two parts both labels, in story order', () => {
    const sentence = at(story, 'The backlog fell by half.');
    const rows = previewRows(story, { ...noParts, result: [sentence], action: [sentence] }, []);
    expect(rows.at(-1)?.parts).toEqual(['action', 'result']);
  });

  it('does not let a part span that starts with the blank line between fields open a row early', () => {
    const result = at(story, 'The backlog fell by half.');
    const rows = previewRows(
      story,
      { ...noParts, result: [{ start: result.start - 2, end: result.end }] },
      [],
    );
    expect(rows.at(-1)).toMatchObject({ parts: ['result'], start: result.start, end: result.end });
  });

  it('marks the evidence of findings inside the rows, splitting a row around it', () => {
    const rows = previewRows(
      story,
      { ...noParts, action: [at(story, 'I rewrote the rules. I trained the team.')] },
      [{ key: 'boastful', spans: [at(story, 'rewrote'), at(story, 'trained')] }],
    );
    const action = rows.find((row) => row.parts.includes('action'));
    expect(action?.pieces.map((piece) => [piece.text, piece.findings])).toEqual([
      ['I ', []],
      ['rewrote', ['boastful']],
      [' the rules. I ', []],
      ['trained', ['boastful']],
      [' the team.', []],
    ]);
  });

  it('splits evidence that runs across two rows into a marked piece in each', () => {
    const evidence = { start: story.indexOf('week'), end: story.indexOf('rewrote') + 7 };
    const rows = previewRows(story, noParts, [{ key: 'hedging', spans: [evidence] }]);
    const marked = rows.flatMap((row) =>
      row.pieces.filter((piece) => piece.findings.includes('hedging')).map((piece) => piece.text),
    );
    expect(marked).toEqual(['week.', 'I rewrote']);
  });

  it('shows nothing for an empty story', () => {
    expect(previewRows('', noParts, [])).toEqual([]);
  });
});
