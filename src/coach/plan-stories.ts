/**
 * Gives each story-shaped question the story that fits it best. Within a round no interviewer
 * hears the same story twice, the panel hears as few repeats as the bank allows, and a story an
 * interviewer already heard in an earlier round is avoided, and flagged when it must be used.
 */
import { storyQuestionTypes } from '../content/plan-lexicon.js';
import type { Competency } from '../domain/question-bank.js';
import { competenciesIn, lemmasOf, type Candidate } from './plan-questions.js';
import type { PlanInput, PlannedQuestion, PlanStory } from './plan-types.js';

interface StoryProfile {
  readonly story: PlanStory;
  readonly competencies: ReadonlySet<string>;
  readonly lemmas: ReadonlySet<string>;
}

const needsStory = (question: Candidate) =>
  question.origin !== 'missed_point' &&
  (question.origin !== 'bank' || (storyQuestionTypes as readonly string[]).includes(question.type));

function profile(story: PlanStory, competencies: readonly Competency[]): StoryProfile {
  const text = `${story.title}. ${story.text} ${story.tags.join('. ')}`;
  return {
    story,
    competencies: new Set(competenciesIn(text, competencies)),
    lemmas: lemmasOf(text),
  };
}

/** Assigns stories to the chosen questions of every interviewer, best questions first. */
export function assignStories(
  input: PlanInput,
  chosen: ReadonlyMap<string, readonly Candidate[]>,
): Map<string, PlannedQuestion[]> {
  const profiles = input.stories.map((story) => profile(story, input.competencies));
  const names = new Map(
    input.competencies.map((competency) => [competency.id, competency.name.toLowerCase()]),
  );
  const interviewerName = new Map(
    input.interviewers.map((interviewer) => [interviewer.id, interviewer.name]),
  );
  const heardBefore = new Set(
    input.earlierAnswers
      .filter((answer) => answer.storyId && answer.askedBy)
      .map((answer) => `${answer.askedBy ?? ''}:${answer.storyId ?? ''}`),
  );
  const usedBy = new Map<string, string[]>();
  const result = new Map<string, PlannedQuestion[]>();
  const queue = [...chosen.entries()]
    .flatMap(([interviewerId, questions]) =>
      questions.map((question, order) => ({ interviewerId, question, order })),
    )
    .sort(
      (a, b) =>
        b.question.score - a.question.score ||
        a.order - b.order ||
        a.interviewerId.localeCompare(b.interviewerId),
    );
  const planned = new Map<string, PlannedQuestion>();

  for (const { interviewerId, question } of queue) {
    const key = `${interviewerId}:${question.id}`;
    if (!needsStory(question)) {
      planned.set(key, question);
      continue;
    }
    const wanted = new Set(question.competencies);
    const words = lemmasOf(question.text);
    let best:
      { profile: StoryProfile; score: number; shared: string[]; terms: string[] } | undefined;
    for (const candidate of profiles) {
      const users = usedBy.get(candidate.story.id) ?? [];
      if (users.includes(interviewerId)) continue;
      const shared = [...candidate.competencies].filter((id) => wanted.has(id));
      const terms = [...words].filter((lemma) => candidate.lemmas.has(lemma));
      let score = 3 * Math.min(2, shared.length) + 0.5 * Math.min(3, terms.length);
      if (score === 0) continue;
      score -= 1.5 * users.length;
      if (heardBefore.has(`${interviewerId}:${candidate.story.id}`)) score -= 3;
      if (!best || score > best.score) best = { profile: candidate, score, shared, terms };
    }
    if (!best) {
      const need = question.competencies.map((id) => names.get(id) ?? id)[0];
      planned.set(key, {
        ...question,
        storyAdvice: need
          ? `No story in your bank shows ${need}; write one.`
          : 'No story in your bank fits this question; write one.',
      });
      continue;
    }
    const storyId = best.profile.story.id;
    const others = usedBy.get(storyId) ?? [];
    usedBy.set(storyId, [...others, interviewerId]);
    const because = [
      best.shared.length > 0
        ? `shows ${best.shared.map((id) => names.get(id) ?? id).join(' and ')}`
        : '',
      best.terms.length > 0 ? `mentions ${best.terms.slice(0, 3).join(', ')}` : '',
    ].filter(Boolean);
    planned.set(key, {
      ...question,
      story: {
        storyId,
        title: best.profile.story.title,
        reason: `It ${because.join(' and ')}.`,
        toldThemBefore: heardBefore.has(`${interviewerId}:${storyId}`),
        alsoFor: [],
      },
    });
  }

  for (const [interviewerId, questions] of chosen) {
    result.set(
      interviewerId,
      questions.map((question) => {
        const plannedQuestion: PlannedQuestion =
          planned.get(`${interviewerId}:${question.id}`) ?? question;
        const story = plannedQuestion.story;
        if (!story) return plannedQuestion;
        const alsoFor = (usedBy.get(story.storyId) ?? [])
          .filter((other) => other !== interviewerId)
          .map((other) => interviewerName.get(other) ?? other);
        return { ...plannedQuestion, story: { ...story, alsoFor } };
      }),
    );
  }
  return result;
}
