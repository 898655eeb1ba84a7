import { describe, expect, it } from 'vitest';
import type { Finding } from '../../coach/finding.js';
import { evidenceOf, evidenceSpans, quoteOf } from './evidence.js';

const aFinding = (overrides: Partial<Finding> = {}): Finding => ({
  kind: 'hedging',
  severity: 'warn',
  message: 'A message.',
  advice: 'Some advice.',
  start: 0,
  end: 0,
  ...overrides,
});

const text = 'We were late. I think maybe we could sort of fix it. It worked.';
const at = (phrase: string) => ({
  start: text.indexOf(phrase),
  end: text.indexOf(phrase) + phrase.length,
});

describe('evidenceSpans', () => {
  it('lists every place a finding points at', () => {
    const finding = aFinding({ ...at('maybe'), spans: [at('maybe'), at('sort of')] });
    expect(evidenceSpans(text, finding)).toEqual([at('maybe'), at('sort of')]);
  });

  it('uses the main span when the finding has no list of places', () => {
    expect(evidenceSpans(text, aFinding(at('It worked.')))).toEqual([at('It worked.')]);
  });

  it('has no place for a finding about the whole text', () => {
    expect(
      evidenceSpans(text, aFinding({ kind: 'too_short', start: 0, end: text.length })),
    ).toEqual([]);
  });

  it('counts a span padded with white space around the whole text as the whole text', () => {
    const padded = `  ${text}\n`;
    expect(evidenceSpans(padded, aFinding({ start: 0, end: padded.length }))).toEqual([]);
  });
});

describe('evidenceOf', () => {
  it('keys evidence by the finding’s kind and leaves out findings without a place', () => {
    const findings = [
      aFinding({ kind: 'missing_result', start: 0, end: text.length }),
      aFinding({ kind: 'hedging', ...at('maybe') }),
    ];
    expect(evidenceOf(text, findings)).toEqual([{ key: 'hedging', spans: [at('maybe')] }]);
  });
});

describe('quoteOf', () => {
  it('quotes the evidence with the rest of its sentence', () => {
    expect(quoteOf(text, at('maybe'))).toEqual({
      before: 'I think ',
      evidence: 'maybe',
      after: ' we could sort of fix it.',
    });
  });

  it('cuts long context at a word with an ellipsis on the side it cut', () => {
    const long = `${'word '.repeat(40)}maybe ${'more '.repeat(40)}end.`;
    const quote = quoteOf(
      long,
      { start: long.indexOf('maybe'), end: long.indexOf('maybe') + 5 },
      40,
    );
    expect(quote.evidence).toBe('maybe');
    expect(quote.before.startsWith('…')).toBe(true);
    expect(quote.after.endsWith('…')).toBe(true);
    expect(quote.before.length + quote.evidence.length + quote.after.length).toBeLessThanOrEqual(
      42,
    );
  });

  it('cuts evidence longer than the limit at a word and drops the context', () => {
    const long =
      'The migration finished two weeks early and the team moved on to the next project.';
    expect(quoteOf(long, { start: 0, end: long.length }, 30)).toEqual({
      before: '',
      evidence: 'The migration finished two…',
      after: '',
    });
  });

  it('collapses line breaks and runs of spaces in the quote', () => {
    const spaced = 'First line\n\n  second   line.';
    expect(quoteOf(spaced, { start: 0, end: spaced.length }).evidence).toBe(
      'First line second line.',
    );
  });
});
