import type { StoryAnalysis, StoryText } from '../../coach/story-analysis.js';
import { starParts } from '../stories/star-parts.js';
import { loadStoryCoach } from './load-coach.js';
import { useLiveAnalysis, type LiveAnalysis } from './use-live-analysis.js';

/** Where the coach stands for the story being written. */
export type StoryCoach = LiveAnalysis<StoryAnalysis>;

/**
 * Loads the coach in the background and re-analyses the story after every pause in typing.
 * Timed as `roundtwo:story-analysis` and `roundtwo:story-feedback`.
 */
export function useStoryCoach(story: StoryText): StoryCoach {
  const input = starParts.map(({ field }) => story[field]).join('\u0000');
  return useLiveAnalysis('story', loadStoryCoach, input, (analyse) => analyse(story));
}
