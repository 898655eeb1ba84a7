/** Builds the round plan: per interviewer, likely questions with a story each, and questions to ask. */
import { audienceFocus } from '../content/plan-lexicon.js';
import { planAsks } from './plan-asks.js';
import { probeQuestions } from './plan-probes.js';
import { rankBankQuestions, type Candidate } from './plan-questions.js';
import { assignStories } from './plan-stories.js';
import type { PlanInput, RoundPlan } from './plan-types.js';

/**
 * Plans a round: for each interviewer the questions they are likely to ask, ranked, each with its
 * reasons and the story to tell; and the questions to ask them. Pure and deterministic.
 * @example planRoundFor(input).interviewers[0]?.questions[0]?.story?.title
 */
export function planRoundFor(input: PlanInput): RoundPlan {
  const perInterviewer = input.questionsPerInterviewer ?? 6;
  const probes = probeQuestions(input);
  const chosenAnywhere = new Map<string, number>();
  const chosen = new Map<string, Candidate[]>();

  for (const interviewer of input.interviewers) {
    // Questions that come from this candidate's own round 1 (weak answers, missed points,
    // concerns, posting gaps) are the most specific the plan has: they take up to half the slots.
    const own = [...(probes.get(interviewer.id) ?? [])]
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, Math.ceil(perInterviewer / 2));
    const picked: Candidate[] = [...own];
    const remaining = rankBankQuestions(input, interviewer);
    while (picked.length < perInterviewer && remaining.length > 0) {
      // On a panel, spread the bank: a question already planned for someone else counts for less.
      let bestIndex = 0;
      let bestScore = -Infinity;
      remaining.forEach((candidate, index) => {
        const score = candidate.score - 2 * (chosenAnywhere.get(candidate.id) ?? 0);
        if (
          score > bestScore ||
          (score === bestScore && candidate.id < (remaining[bestIndex]?.id ?? ''))
        ) {
          bestScore = score;
          bestIndex = index;
        }
      });
      const [next] = remaining.splice(bestIndex, 1);
      if (!next) break;
      picked.push(next);
      chosenAnywhere.set(next.id, (chosenAnywhere.get(next.id) ?? 0) + 1);
    }
    chosen.set(interviewer.id, picked);
  }

  const withStories = assignStories(input, chosen);
  const asks = planAsks(input);
  const interviewers = input.interviewers.map((interviewer) => ({
    interviewerId: interviewer.id,
    name: interviewer.name,
    audienceKind: interviewer.audienceKind,
    focus: audienceFocus[interviewer.audienceKind ?? 'unknown'].summary,
    concerns: interviewer.concerns,
    questions: withStories.get(interviewer.id) ?? [],
    asks: asks.get(interviewer.id) ?? [],
  }));

  const storyUse = new Map<string, { storyId: string; title: string; interviewers: string[] }>();
  for (const plan of interviewers) {
    for (const question of plan.questions) {
      if (!question.story) continue;
      const entry = storyUse.get(question.story.storyId) ?? {
        storyId: question.story.storyId,
        title: question.story.title,
        interviewers: [],
      };
      if (!entry.interviewers.includes(plan.name)) entry.interviewers.push(plan.name);
      storyUse.set(question.story.storyId, entry);
    }
  }
  return {
    roundNumber: input.roundNumber,
    interviewers,
    gaps: input.coverage.filter((item) => item.strength !== 'strong'),
    storyUse: [...storyUse.values()],
  };
}
