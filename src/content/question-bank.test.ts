import { describe, expect, test } from 'vitest';
import { seedsAvailable, seedText } from '../../test/support/seeds.js';
import { audienceKinds } from '../domain/interviewer.js';
import {
  bankQuestionSchema,
  competencySchema,
  questionPlaceholders,
  type BankQuestion,
  type QuestionType,
} from '../domain/question-bank.js';
import { competencies, competencyById, competencyIds } from './competencies.js';
import { questionBank, questionsOfType } from './question-bank/index.js';

/** The least the planner needs of each type to vary its questions across a panel. */
const minimumPerType: Readonly<Record<QuestionType, number>> = {
  behavioral: 70,
  situational: 25,
  technical_general: 15,
  culture_fit: 20,
  role_specific: 25,
  motivation: 15,
  career_goals: 10,
  salary: 8,
  second_round: 25,
  presentation_qa: 8,
  case_study: 8,
  panel: 5,
};

const placeholderPattern = /\{([^{}]*)\}/g;
const placeholdersIn = (text: string): string[] =>
  [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');

const stopWords = new Set(
  'a an the and or of to in on for with you your i me my we us our it its is are was were be been do does did how what which who whom when where why that this these those there their they them as at by from about would could should can will have has had if so than then into out up any some tell describe give walk take time'.split(
    ' ',
  ),
);

/** The content words of a question, crudely stemmed, for comparing what two questions ask. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .replace(/[^a-z0-9{}]+/g, ' ')
      .split(' ')
      .filter((word) => word.length > 0 && !stopWords.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, '')),
  );
}

function overlap(first: Set<string>, second: Set<string>): number {
  let shared = 0;
  for (const word of first) if (second.has(word)) shared += 1;
  return shared / (first.size + second.size - shared);
}

/** Pairs of questions whose content words overlap at least this much (Jaccard). */
function nearDuplicates(questions: readonly BankQuestion[], limit: number): string[] {
  const words = questions.map((question) => contentWords(question.text));
  const pairs: string[] = [];
  for (let first = 0; first < questions.length; first += 1) {
    for (let second = first + 1; second < questions.length; second += 1) {
      if (overlap(words[first]!, words[second]!) >= limit) {
        pairs.push(`${questions[first]!.id} ~ ${questions[second]!.id}`);
      }
    }
  }
  return pairs;
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

describe('the competency list', () => {
  test('has about thirty competencies, each valid, with a description and keywords', () => {
    expect(competencies.length).toBeGreaterThanOrEqual(28);
    for (const competency of competencies) {
      expect(() => competencySchema.parse(competency), competency.id).not.toThrow();
    }
  });

  test('has unique ids in kebab case', () => {
    expect(new Set(competencyIds).size).toBe(competencyIds.length);
    for (const id of competencyIds) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  test('writes keywords in lower case so they match lower-cased text', () => {
    for (const competency of competencies) {
      for (const keyword of competency.keywords) expect(keyword).toBe(keyword.toLowerCase());
    }
  });

  test('finds a competency by its id', () => {
    expect(competencyById('stakeholder-management')?.name).toBe('Stakeholder management');
    expect(competencyById('juggling')).toBeUndefined();
  });
});

describe('the question bank', () => {
  test('holds at least 260 questions', () => {
    expect(questionBank.length).toBeGreaterThanOrEqual(260);
  });

  test.each(Object.entries(minimumPerType))('has at least enough %s questions', (type, least) => {
    expect(questionsOfType(type as QuestionType).length).toBeGreaterThanOrEqual(least);
  });

  test('every question matches the schema', () => {
    for (const question of questionBank) {
      expect(() => bankQuestionSchema.parse(question), question.id).not.toThrow();
    }
  });

  test('ids are unique kebab-case slugs', () => {
    const ids = questionBank.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every competency a question names exists', () => {
    const unknown = questionBank.flatMap((question) =>
      question.competencies
        .filter((id) => competencyById(id) === undefined)
        .map((id) => `${question.id}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  test('behavioural questions probe every competency at least twice', () => {
    const behavioral = questionsOfType('behavioral');
    const thin = competencyIds.filter(
      (id) => behavioral.filter((question) => question.competencies.includes(id)).length < 2,
    );
    expect(thin).toEqual([]);
  });

  test('every question has at least one audience, and every audience kind is served', () => {
    for (const question of questionBank) expect(question.audiences.length).toBeGreaterThan(0);
    const served = new Set(questionBank.flatMap((question) => question.audiences));
    expect([...audienceKinds].filter((kind) => !served.has(kind))).toEqual([]);
  });

  test('no question lists the same competency or audience twice', () => {
    for (const question of questionBank) {
      expect(new Set(question.competencies).size, question.id).toBe(question.competencies.length);
      expect(new Set(question.audiences).size, question.id).toBe(question.audiences.length);
    }
  });

  test('every question ends as a question or a request, and says what the interviewer listens for', () => {
    for (const question of questionBank) {
      expect(question.text, question.id).toMatch(/[?.]$/);
      expect(question.listeningFor, question.id).toMatch(/\.$/);
    }
  });

  test('role-specific templates each use at least one placeholder, all from the allowed set', () => {
    const allowed = new Set<string>(questionPlaceholders);
    for (const template of questionsOfType('role_specific')) {
      const used = placeholdersIn(template.text);
      expect(used.length, template.id).toBeGreaterThan(0);
      expect(
        used.filter((name) => !allowed.has(name)),
        template.id,
      ).toEqual([]);
    }
  });

  test('only role-specific templates carry placeholders or braces', () => {
    const stray = questionBank
      .filter((question) => question.type !== 'role_specific')
      .filter((question) =>
        [question.text, question.listeningFor, ...(question.followUps ?? [])].some((text) =>
          /[{}]/.test(text),
        ),
      )
      .map((question) => question.id);
    expect(stray).toEqual([]);
  });

  test('no two questions have the same text once case and punctuation are ignored', () => {
    const normalised = questionBank.map((question) => wordsOf(question.text).join(' '));
    expect(normalised.filter((text, index) => normalised.indexOf(text) !== index)).toEqual([]);
  });

  test('no two questions ask the same thing in slightly different words', () => {
    expect(nearDuplicates(questionBank, 0.6)).toEqual([]);
  });

  test.runIf(seedsAvailable)(
    'is written in its own words, sharing no 8-word run with the source articles',
    () => {
      const seedWords = wordsOf(seedText());
      const runs = new Set<string>();
      for (let start = 0; start + 8 <= seedWords.length; start += 1) {
        runs.add(seedWords.slice(start, start + 8).join(' '));
      }
      const copied = questionBank.flatMap((question) =>
        [question.text, question.listeningFor, ...(question.followUps ?? [])].filter((text) => {
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
