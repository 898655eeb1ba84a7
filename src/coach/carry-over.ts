/** What the next round inherits from the ones before: stories told to whom, promises, questions asked. */
import type { CandidatePromise, DebriefItem } from '../domain/debrief.js';
import type { Interviewer } from '../domain/interviewer.js';
import type { QuestionToAsk } from '../domain/question-to-ask.js';
import type { Round } from '../domain/round.js';
import type { Story } from '../domain/story.js';

export interface CarryOverInput {
  readonly rounds: readonly Pick<Round, 'id' | 'number'>[];
  readonly interviewers: readonly Pick<Interviewer, 'id' | 'name'>[];
  readonly stories: readonly Pick<Story, 'id' | 'title'>[];
  readonly debriefItems: readonly Pick<
    DebriefItem,
    'roundId' | 'askedByInterviewerId' | 'storyId' | 'question'
  >[];
  readonly promises: readonly Pick<
    CandidatePromise,
    'id' | 'roundId' | 'toInterviewerId' | 'promise' | 'dueOn' | 'kept'
  >[];
  readonly questionsToAsk: readonly Pick<
    QuestionToAsk,
    'id' | 'question' | 'askedInRoundId' | 'answerNotes'
  >[];
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface StoryTold {
  readonly story: { readonly id: string; readonly title: string };
  /** Each telling: to whom (null when the debrief did not say), in which round, for which question. */
  readonly toldTo: readonly {
    readonly interviewer: PersonRef | null;
    readonly roundNumber: number;
    readonly question: string;
  }[];
}

export interface CarryOver {
  readonly storiesTold: readonly StoryTold[];
  /** Promises not yet kept, oldest round first. */
  readonly openPromises: readonly {
    readonly id: string;
    readonly promise: string;
    readonly dueOn: string | null;
    readonly to: PersonRef | null;
    readonly roundNumber: number;
  }[];
  /** Questions the candidate already asked: ask something new, or follow up on the answer. */
  readonly questionsAsked: readonly {
    readonly id: string;
    readonly question: string;
    readonly roundNumber: number;
    readonly answerNotes: string | null;
  }[];
  /** The same, as sentences a person reads before the next round. */
  readonly reminders: readonly string[];
}

/**
 * The carry-over from earlier rounds into the next: which story was told to whom (so no one hears
 * the same story twice), the promises still open, and the questions already asked.
 * @example carryOver(input).reminders[0] // 'Femke de Wit has heard "Invoice splitting" (round 1).'
 */
export function carryOver(input: CarryOverInput): CarryOver {
  const roundNumber = new Map(input.rounds.map((round) => [round.id, round.number ?? 0]));
  const person = new Map(input.interviewers.map(({ id, name }) => [id, { id, name }]));
  const personOf = (id: string | null) => (id ? (person.get(id) ?? null) : null);
  const byRound = <T>(items: readonly T[], round: (item: T) => string | null) =>
    items
      .filter((item) => roundNumber.has(round(item) ?? ''))
      .sort(
        (a, b) => (roundNumber.get(round(a) ?? '') ?? 0) - (roundNumber.get(round(b) ?? '') ?? 0),
      );

  const tellings = new Map<string, StoryTold['toldTo'][number][]>();
  for (const item of byRound(input.debriefItems, (entry) => entry.roundId)) {
    if (!item.storyId) continue;
    const told = tellings.get(item.storyId) ?? [];
    tellings.set(item.storyId, told);
    told.push({
      interviewer: personOf(item.askedByInterviewerId),
      roundNumber: roundNumber.get(item.roundId) ?? 0,
      question: item.question,
    });
  }
  const storiesTold = [...tellings].flatMap(([storyId, toldTo]): StoryTold[] => {
    const story = input.stories.find((candidate) => candidate.id === storyId);
    return story ? [{ story: { id: story.id, title: story.title }, toldTo }] : [];
  });
  const openPromises = byRound(
    input.promises.filter((promise) => !promise.kept),
    (promise) => promise.roundId,
  ).map((promise) => ({
    id: promise.id,
    promise: promise.promise,
    dueOn: promise.dueOn,
    to: personOf(promise.toInterviewerId),
    roundNumber: roundNumber.get(promise.roundId) ?? 0,
  }));
  const questionsAsked = byRound(input.questionsToAsk, (question) => question.askedInRoundId).map(
    (question) => ({
      id: question.id,
      question: question.question,
      roundNumber: roundNumber.get(question.askedInRoundId ?? '') ?? 0,
      answerNotes: question.answerNotes,
    }),
  );
  return {
    storiesTold,
    openPromises,
    questionsAsked,
    reminders: [
      ...storiesTold.map(storyReminder),
      ...openPromises.map((entry) => {
        const details = [
          entry.to ? `to ${entry.to.name}` : null,
          `round ${entry.roundNumber}`,
          entry.dueOn ? `due ${entry.dueOn}` : null,
        ].filter((detail) => detail !== null);
        return `Still to keep: ${entry.promise.replace(/[.!]$/, '')} (${details.join(', ')}).`;
      }),
      ...questionsAsked.map(
        (entry) =>
          `Already asked in round ${entry.roundNumber}: "${entry.question}" — ask something new, or build on the answer.`,
      ),
    ],
  };
}

/** 'Femke de Wit has heard "Invoice splitting" (round 1).' */
function storyReminder(told: StoryTold): string {
  const listeners = [
    ...new Set(
      told.toldTo.map((entry) => entry.interviewer?.name ?? 'an interviewer not recorded'),
    ),
  ];
  const rounds = [...new Set(told.toldTo.map((entry) => entry.roundNumber))];
  const who =
    listeners.length === 1
      ? `${listeners[0]} has`
      : `${listeners.slice(0, -1).join(', ')} and ${listeners.at(-1)} have`;
  const when = `round${rounds.length === 1 ? '' : 's'} ${rounds.join(', ')}`;
  const sentence = `${who} heard "${told.story.title}" (${when}): tell them another story.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
