import { describe, expect, test } from 'vitest';
import { analyseAnswer } from '../../src/coach/answer-analysis.js';
import { analyseQuestionToAsk } from '../../src/coach/ask-analysis.js';
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

describe.runIf(seedsAvailable)('the seed articles’ questions to ask', () => {
  test('"What does the company do?" is answerable from the website', () => {
    expect(seedText()).toContain('What does the company do?');
    const kinds = analyseQuestionToAsk('What does the company do?').findings.map(
      (finding) => finding.kind,
    );
    expect(kinds).toContain('answerable_by_website');
  });

  test('the product-line question they recommend has no problem', () => {
    const question =
      /I noticed that your company recently launched a new product line\. How do you see this impacting the team I would be joining\?/u.exec(
        seedText(),
      )?.[0];
    expect(question).toBeDefined();
    expect(analyseQuestionToAsk(question!).findings).toEqual([]);
  });

  test('asking about vacation or salary before an offer is premature', () => {
    for (const question of [
      'How much vacation time will I get?',
      'What is the salary for this role?',
    ]) {
      const kinds = analyseQuestionToAsk(question, { stage: 'before_offer' }).findings.map(
        (finding) => finding.kind,
      );
      expect(kinds, question).toContain('premature_compensation');
    }
  });
});
