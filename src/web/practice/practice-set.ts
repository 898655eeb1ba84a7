/** One question to practise and, when it comes from a round plan, where it comes from. */
export interface PracticeQuestion {
  readonly question: string;
  readonly opportunityId: string | null;
  readonly roundId: string | null;
  /** Who is likely to ask it, for questions from a round's plan. */
  readonly askedBy?: string;
}

/** The questions of one mock interview, practised one at a time in order. */
export interface PracticeSet {
  /** What the set is, in words: "Round 2 — the whole panel", "Behavioural questions". */
  readonly title: string;
  readonly questions: readonly PracticeQuestion[];
}

/** Most questions one sitting takes: past that, practice turns into reading. */
export const MAX_SET_QUESTIONS = 20;

/**
 * The candidate's own questions, one per line, blank lines and repeats dropped.
 * @example ownQuestions('Why us?\n\nWhy now?\nWhy us?') // ['Why us?', 'Why now?']
 */
export function ownQuestions(text: string): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [...new Set(lines)].slice(0, MAX_SET_QUESTIONS);
}
