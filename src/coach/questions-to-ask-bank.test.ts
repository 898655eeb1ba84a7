import { describe, expect, test } from 'vitest';
import { seedsAvailable, seedText } from '../../test/support/seeds.js';
import { questionsToAskBank } from '../content/questions-to-ask-bank.js';
import { audienceKinds } from '../domain/interviewer.js';
import { askBankQuestionSchema } from '../domain/question-bank.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import { analyseQuestionToAsk } from './ask-analysis.js';

// This test lives in coach/ because it runs the bank through the coach's analyser, and the
// content layer may not import the coach.

const minimumPerCategory: Readonly<Partial<Record<AskCategory, number>>> = {
  team: 10,
  role: 10,
  culture: 10,
  growth: 8,
  next_steps: 6,
  strategy: 10,
  compensation: 8,
};

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const stopWords = new Set(
  'a an the and or of to in on for with you your i me my we us our it its is are was were be been do does did how what which who whom when where why that this these those there their they them as at by from about would could should can will have has had if so than then into out up any some'.split(
    ' ',
  ),
);

function contentWords(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((word) => !stopWords.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, '')),
  );
}

function overlap(first: Set<string>, second: Set<string>): number {
  let shared = 0;
  for (const word of first) if (second.has(word)) shared += 1;
  return shared / (first.size + second.size - shared);
}

const byCategory = (category: AskCategory) =>
  questionsToAskBank.filter((question) => question.category === category);

describe('the questions-to-ask bank', () => {
  test('holds at least 90 questions', () => {
    expect(questionsToAskBank.length).toBeGreaterThanOrEqual(90);
  });

  test.each(Object.entries(minimumPerCategory))(
    'has at least enough %s questions',
    (category, least) => {
      expect(byCategory(category as AskCategory).length).toBeGreaterThanOrEqual(least);
    },
  );

  test('every question matches the schema', () => {
    for (const question of questionsToAskBank) {
      expect(() => askBankQuestionSchema.parse(question), question.id).not.toThrow();
    }
  });

  test('ids are unique kebab-case slugs', () => {
    const ids = questionsToAskBank.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('has no questions about company basics a website answers', () => {
    expect(byCategory('company_basics')).toEqual([]);
  });

  test('keeps every pay and benefits question for after an offer', () => {
    const compensation = byCategory('compensation');
    expect(compensation.length).toBeGreaterThanOrEqual(8);
    for (const question of compensation) expect(question.when, question.id).toBe('after_offer');
  });

  test('every question has at least one audience, and every audience kind is served', () => {
    for (const question of questionsToAskBank) {
      expect(question.audiences.length, question.id).toBeGreaterThan(0);
    }
    const served = new Set(questionsToAskBank.flatMap((question) => question.audiences));
    expect([...audienceKinds].filter((kind) => !served.has(kind))).toEqual([]);
  });

  test('no two questions ask the same thing in slightly different words', () => {
    const words = questionsToAskBank.map((question) => contentWords(question.text));
    const pairs: string[] = [];
    for (let first = 0; first < words.length; first += 1) {
      for (let second = first + 1; second < words.length; second += 1) {
        if (overlap(words[first]!, words[second]!) >= 0.6) {
          pairs.push(`${questionsToAskBank[first]!.id} ~ ${questionsToAskBank[second]!.id}`);
        }
      }
    }
    expect(pairs).toEqual([]);
  });

  test('the analyser finds no yes/no question and nothing the website answers', () => {
    const flagged = questionsToAskBank.flatMap((question) =>
      analyseQuestionToAsk(question.text, {
        stage: question.when === 'after_offer' ? 'after_offer' : 'before_offer',
      })
        .findings.filter(
          (finding) => finding.kind === 'closed_yes_no' || finding.kind === 'answerable_by_website',
        )
        .map((finding) => `${question.id}: ${finding.kind}`),
    );
    expect(flagged).toEqual([]);
  });

  test('the analyser finds no premature pay question among those meant for before an offer', () => {
    const flagged = questionsToAskBank
      .filter((question) => question.when !== 'after_offer')
      .filter((question) =>
        analyseQuestionToAsk(question.text, { stage: 'before_offer' }).findings.some(
          (finding) => finding.kind === 'premature_compensation',
        ),
      )
      .map((question) => question.id);
    expect(flagged).toEqual([]);
  });

  test.runIf(seedsAvailable)(
    'is written in its own words, sharing no 8-word run with the source articles',
    () => {
      const seedWords = wordsOf(seedText());
      const runs = new Set<string>();
      for (let start = 0; start + 8 <= seedWords.length; start += 1) {
        runs.add(seedWords.slice(start, start + 8).join(' '));
      }
      const copied = questionsToAskBank.flatMap((question) =>
        [question.text, question.why].filter((text) => {
          const words = wordsOf(text);
          for (let start = 0; start + 8 <= words.length; start += 1) {
            if (runs.has(words.slice(start, start + 8).join(' '))) return true;
          }
          return false;
        }),
      );
      expect(copied).toEqual([]);
    },
  );
});
