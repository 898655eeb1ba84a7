import type { Feedback } from '../../domain/debrief.js';
import type { Choice } from '../components/fields.js';

/** How the candidate rates an answer, 1 to 5, each step in words. */
export const ratingWords = {
  '1': 'poor',
  '2': 'weak',
  '3': 'fair',
  '4': 'good',
  '5': 'strong',
} as const;

export type RatingValue = keyof typeof ratingWords | '';

export const ratingChoices: Choice<RatingValue>[] = [
  ...(Object.keys(ratingWords) as (keyof typeof ratingWords)[]).map((value) => ({
    value,
    label: `${value} – ${ratingWords[value]}`,
  })),
  { value: '', label: 'Not rated' },
];

export const ratingValues = ratingChoices.map((choice) => choice.value);

/** "2 of 5 (weak)". */
export function describeRating(rating: number): string {
  const word = ratingWords[String(rating) as keyof typeof ratingWords];
  return word ? `${rating} of 5 (${word})` : `${rating} of 5`;
}

export const toneLabels = {
  positive: 'Positive',
  neutral: 'Neutral',
  concern: 'A concern',
} satisfies Record<Feedback['tone'], string>;
