import type { Interviewer, Participation } from '../../domain/interviewer.js';
import type { Opportunity } from '../../domain/opportunity.js';
import type { QuestionToAsk } from '../../domain/question-to-ask.js';
import type { Round } from '../../domain/round.js';
import type { ThankYouNote } from '../../domain/thank-you-note.js';
import { afterRoundApi, type FollowUpsOverview } from '../after-round-api.js';
import { api, toProblem } from '../api.js';
import type { Load } from '../use-load.js';

/** Everything the opportunity page shows about one opportunity. */
export interface Cockpit {
  readonly opportunity: Opportunity;
  /** In round-number order. */
  readonly rounds: readonly Round[];
  readonly interviewers: readonly Interviewer[];
  readonly participations: readonly Participation[];
  readonly questions: readonly QuestionToAsk[];
  /** The thank-you notes after the rounds that are done. */
  readonly thankYouNotes: readonly ThankYouNote[];
  /** Follow-ups due, coming up or suggesting the opportunity went cold, of every opportunity. */
  readonly followUps: Settled<FollowUpsOverview>;
  /** Counts the loads, so that what loads after the cockpit (readiness) can follow it. */
  readonly version: number;
}

export type Settled<T> = Exclude<Load<T>, { status: 'loading' }>;

/** Loads `load`, keeping a failure as a value so that one panel's problem stays in that panel. */
export async function settled<T>(load: Promise<T>): Promise<Settled<T>> {
  try {
    return { status: 'ready', data: await load };
  } catch (error) {
    return { status: 'error', problem: toProblem(error) };
  }
}

let loads = 0;

export async function loadCockpit(opportunityId: string): Promise<Cockpit> {
  const [opportunity, rounds, interviewers, questions, followUps] = await Promise.all([
    api.get('opportunity', opportunityId),
    api.list('round', { opportunityId }),
    api.list('interviewer', { opportunityId }),
    api.list('questionToAsk', { opportunityId }),
    settled(afterRoundApi.dueFollowUps()),
  ]);
  const done = rounds.filter((round) => round.status === 'completed');
  const [participations, thankYouNotes] = await Promise.all([
    Promise.all(rounds.map((round) => api.list('participation', { roundId: round.id }))),
    Promise.all(done.map((round) => api.list('thankYouNote', { roundId: round.id }))),
  ]);
  const sorted = [...rounds].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return {
    opportunity,
    rounds: sorted,
    interviewers,
    participations: participations.flat(),
    questions,
    thankYouNotes: thankYouNotes.flat(),
    followUps,
    version: ++loads,
  };
}

/** The rounds an interviewer sits in, in round order. */
export function roundsOf(cockpit: Cockpit, interviewerId: string): Round[] {
  const roundIds = new Set(
    cockpit.participations
      .filter((participation) => participation.interviewerId === interviewerId)
      .map((participation) => participation.roundId),
  );
  return cockpit.rounds.filter((round) => roundIds.has(round.id));
}

/** The interviewers who sit in a round. */
export function interviewersOf(cockpit: Cockpit, roundId: string): Interviewer[] {
  const interviewerIds = new Set(
    cockpit.participations
      .filter((participation) => participation.roundId === roundId)
      .map((participation) => participation.interviewerId),
  );
  return cockpit.interviewers.filter((interviewer) => interviewerIds.has(interviewer.id));
}

/** "Round 2", or "Unnumbered round" for a round without a number. */
export function roundName(round: Pick<Round, 'number'>): string {
  return round.number === null ? 'Unnumbered round' : `Round ${round.number}`;
}

/** The questions the candidate means to ask this interviewer in particular. */
export function questionsFor(cockpit: Cockpit, interviewerId: string): QuestionToAsk[] {
  return cockpit.questions.filter((question) =>
    question.targetInterviewerIds.includes(interviewerId),
  );
}

/** The questions already asked in round 1, which a later question should not repeat. */
export function roundOneQuestions(cockpit: Cockpit): string[] {
  const firstRounds = new Set(
    cockpit.rounds.filter((round) => round.number === 1).map((round) => round.id),
  );
  return cockpit.questions
    .filter((question) => question.askedInRoundId && firstRounds.has(question.askedInRoundId))
    .map((question) => question.question);
}
