import type { analyseQuestionToAsk } from '../../coach/ask-analysis.js';
import type { analyseAnswer } from '../../coach/answer-analysis.js';
import type { analyseThankYouNote } from '../../coach/note-analysis.js';
import type { analyseStory } from '../../coach/story-analysis.js';
import { lazyModule } from './lazy-module.js';

// The coach loads apart from the app: its language model is megabytes of JavaScript, so pages
// open without waiting for it. The model builds its tables on the first analysis, which takes a
// moment, so each loader runs one analysis while "Preparing the coach…" shows, not on the first
// keystroke. The analysers share the model, which loads once.

export const loadStoryCoach = lazyModule(async (): Promise<typeof analyseStory> => {
  const { analyseStory } = await import('../../coach/story-analysis.js');
  analyseStory({
    situation: 'The team was late.',
    task: '',
    action: 'I planned the work.',
    result: 'We shipped on time.',
    reflection: '',
  });
  return analyseStory;
});

export const loadAskCoach = lazyModule(async (): Promise<typeof analyseQuestionToAsk> => {
  const { analyseQuestionToAsk } = await import('../../coach/ask-analysis.js');
  analyseQuestionToAsk('Is the team growing?');
  return analyseQuestionToAsk;
});

export const loadNoteCoach = lazyModule(async (): Promise<typeof analyseThankYouNote> => {
  const { analyseThankYouNote } = await import('../../coach/note-analysis.js');
  analyseThankYouNote('Dear Sam, thank you for the talk about the roadmap.');
  return analyseThankYouNote;
});

export const loadAnswerCoach = lazyModule(async (): Promise<typeof analyseAnswer> => {
  const { analyseAnswer } = await import('../../coach/answer-analysis.js');
  analyseAnswer('When the portal failed I rebuilt it. Failures fell by 70%.');
  return analyseAnswer;
});

/** The recorder's delivery analysis: voice activity and the findings on pauses and start. */
export const loadVoiceCoach = lazyModule(async () => {
  const [{ detectVoiceActivity }, { audioDeliveryFindings }] = await Promise.all([
    import('../../coach/voice-activity.js'),
    import('../../coach/audio-delivery.js'),
  ]);
  return { detectVoiceActivity, audioDeliveryFindings };
});
