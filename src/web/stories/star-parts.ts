import type { Story } from '../../domain/story.js';

/** The parts of a STAR + reflection story, in the order they are told. */
export const starParts = [
  { field: 'situation', label: 'Situation', hint: 'Where and when; what was at stake.' },
  { field: 'task', label: 'Task', hint: 'What you were responsible for.' },
  { field: 'action', label: 'Action', hint: 'What you did yourself — say “I”, not “we”.' },
  { field: 'result', label: 'Result', hint: 'What changed, with a number if you have one.' },
  { field: 'reflection', label: 'Reflection', hint: 'What you learned or would do differently.' },
] as const satisfies readonly { field: keyof Story; label: string; hint: string }[];

export type StarField = (typeof starParts)[number]['field'];

/** Which parts of a story have text in them. */
export function filledParts(story: Pick<Story, StarField>): Set<StarField> {
  return new Set(
    starParts.filter(({ field }) => story[field].trim() !== '').map(({ field }) => field),
  );
}
