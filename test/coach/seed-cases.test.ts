import { describe, expect, test } from 'vitest';
import { analyseAnswer } from '../../src/coach/answer-analysis.js';
import { quotedPassages, seedsAvailable, seedText } from '../support/seeds.js';

// The source articles' own examples must come out right. They are read from ../shared/seeds at
// test time rather than copied into the repository.
describe.runIf(seedsAvailable)('the seed articles’ own cases', () => {
  test('their STAR example answers have all four parts', () => {
    const examples = quotedPassages().filter((passage) =>
      /\(Situation\)|My task was|My role was/u.test(passage),
    );
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      expect(analyseAnswer(example).star, example.slice(0, 60)).toEqual({
        situation: true,
        task: true,
        action: true,
        result: true,
      });
    }
  });

  test('"I single-handedly turned that project around" is boastful', () => {
    const sentence = /I single-handedly turned that project around\./u.exec(seedText())?.[0];
    expect(sentence).toBeDefined();
    expect(analyseAnswer(sentence!).findings.map((finding) => finding.kind)).toContain('boastful');
  });

  test('"My last boss was terrible, and I couldn’t stand working there" is negative about an employer', () => {
    const sentence = /My last boss was terrible, and I couldn.t stand working there/u.exec(
      seedText(),
    )?.[0];
    expect(sentence).toBeDefined();
    expect(analyseAnswer(sentence!).findings.map((finding) => finding.kind)).toContain(
      'negative_about_employer',
    );
  });
});
