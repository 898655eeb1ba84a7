import { describe, expect, test } from 'vitest';
import type { RoundPlanView } from '../api.js';
import { planSet } from './plan-source.js';
import { MAX_SET_QUESTIONS, ownQuestions } from './practice-set.js';

describe("the candidate's own questions", () => {
  test('one per line, blank lines and repeats dropped, in the order written', () => {
    expect(ownQuestions('Why us?\n\n  Why now?  \nWhy us?\n')).toEqual(['Why us?', 'Why now?']);
  });

  test(`at most ${MAX_SET_QUESTIONS} in one sitting`, () => {
    const many = Array.from({ length: 30 }, (_, i) => `Question ${i + 1}?`).join('\n');
    expect(ownQuestions(many)).toHaveLength(MAX_SET_QUESTIONS);
  });
});

const question = (text: string) => ({
  id: text,
  text,
  type: 'behavioral' as const,
  origin: 'bank' as const,
  score: 1,
  reasons: [],
  competencies: [],
  listeningFor: '',
});

const person = (interviewerId: string, name: string, questions: string[]) => ({
  interviewerId,
  name,
  audienceKind: null,
  focus: '',
  concerns: [],
  questions: questions.map(question),
  asks: [],
});

const view = {
  round: { id: 'r2', number: 2 },
  opportunity: { id: 'opp', company: 'Larkspur Freight', role: 'Product Manager' },
  plan: {
    roundNumber: 2,
    interviewers: [
      person('i1', 'Femke de Vries', ['Why this role?', 'Tell me about a failure.']),
      person('i2', 'Joost Bakker', ['Tell me about a failure.', 'How do you prioritise?']),
    ],
    gaps: [],
    storyUse: [],
  },
} as unknown as RoundPlanView;

describe('a mock interview from a round plan', () => {
  test("the whole panel asks each person's questions in turn, each question once", () => {
    const set = planSet(view, '');
    expect(set.title).toBe('Round 2 with the whole panel');
    expect(set.questions.map((q) => [q.question, q.askedBy])).toEqual([
      ['Why this role?', 'Femke de Vries'],
      ['Tell me about a failure.', 'Femke de Vries'],
      ['How do you prioritise?', 'Joost Bakker'],
    ]);
    expect(set.questions[0]).toMatchObject({ opportunityId: 'opp', roundId: 'r2' });
  });

  test("one interviewer's questions only", () => {
    const set = planSet(view, 'i2');
    expect(set.title).toBe('Round 2 with Joost Bakker');
    expect(set.questions.map((q) => q.question)).toEqual([
      'Tell me about a failure.',
      'How do you prioritise?',
    ]);
  });
});
