/** The shapes readiness is assessed from and made of. */
import type { ReadinessItemKind } from '../content/readiness.js';
import type { CandidatePromise, DebriefItem } from '../domain/debrief.js';
import type { FollowUp } from '../domain/follow-up.js';
import type { DayPlan, PersonalWhy, PresentationPlan, SalaryPrep } from '../domain/format-prep.js';
import type { Interviewer } from '../domain/interviewer.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { PracticeAttempt } from '../domain/practice.js';
import type { Rehearsal } from '../domain/rehearsal.js';
import type { QuestionToAsk } from '../domain/question-to-ask.js';
import type { Reflection } from '../domain/reflection.js';
import type { CompanyResearch, NewsItem } from '../domain/research.js';
import type { Round } from '../domain/round.js';
import type { ThankYouNote } from '../domain/thank-you-note.js';
import type { CoverageItem } from './coverage.js';

export type ReadinessRound = Pick<
  Round,
  | 'id'
  | 'number'
  | 'startsAt'
  | 'timeZone'
  | 'durationMinutes'
  | 'formats'
  | 'location'
  | 'videoLink'
  | 'logistics'
  | 'status'
  | 'expectedDecisionOn'
  | 'checklistDone'
>;

/** A round before the one in view, with what its debrief holds. */
export interface EarlierRound {
  readonly round: Pick<Round, 'id' | 'number' | 'startsAt' | 'timeZone' | 'status'>;
  readonly debrief: readonly Pick<
    DebriefItem,
    'question' | 'selfRating' | 'askedByInterviewerId'
  >[];
  readonly missedPoints: number;
  readonly promises: number;
  readonly feedback: number;
}

export type ReadinessInterviewer = Pick<
  Interviewer,
  'id' | 'name' | 'title' | 'audienceKind' | 'priorities' | 'background' | 'rapportHooks'
>;

/** A likely question of the round plan and whether a story is ready for it. */
export interface LikelyQuestion {
  readonly interviewerId: string;
  readonly question: string;
  /** The question is answered with a story (behavioural, situational…). */
  readonly needsStory: boolean;
  readonly storyTitle: string | null;
}

export type ReadinessPromise = Pick<
  CandidatePromise,
  'promise' | 'dueOn' | 'kept' | 'roundId' | 'toInterviewerId'
> & {
  /** The name of the person it was made to, if known. */
  readonly toName: string | null;
};

/** Everything readiness is judged from: plain data the use case gathers. */
export interface ReadinessInput {
  readonly opportunity: Pick<Opportunity, 'id' | 'company' | 'role' | 'status'>;
  /** The round in view (the next scheduled one, or the one asked for); null when there is none. */
  readonly round: ReadinessRound | null;
  /** Rounds numbered before it that took place, with their debriefs. */
  readonly earlierRounds: readonly EarlierRound[];
  /** The interviewers who sit in the round in view. */
  readonly interviewers: readonly ReadinessInterviewer[];
  readonly research: Pick<
    CompanyResearch,
    'mission' | 'values' | 'products' | 'competitors' | 'culture'
  > | null;
  readonly news: readonly Pick<NewsItem, 'headline' | 'publishedOn'>[];
  /** How many posting items there are, and those the evidence does not cover strongly. */
  readonly coverage: {
    readonly itemCount: number;
    readonly gaps: readonly Pick<CoverageItem, 'text' | 'kind' | 'strength'>[];
  };
  /** The likely questions of the round plan; empty without a round. */
  readonly likelyQuestions: readonly LikelyQuestion[];
  readonly questionsToAsk: readonly Pick<
    QuestionToAsk,
    'targetInterviewerIds' | 'askedInRoundId'
  >[];
  /** Practice attempts for this opportunity or any of its rounds. */
  readonly practice: readonly Pick<PracticeAttempt, 'question' | 'attemptedAt' | 'createdAt'>[];
  readonly presentationPlans: readonly Pick<
    PresentationPlan,
    'id' | 'roundId' | 'topic' | 'timeLimitMinutes' | 'sections'
  >[];
  /** Timed run-throughs of those presentation plans. */
  readonly rehearsals: readonly Pick<Rehearsal, 'presentationPlanId' | 'timestamps'>[];
  readonly salary: Pick<SalaryPrep, 'target' | 'rangeLow' | 'rangeHigh' | 'walkAway'> | null;
  readonly personalWhy: Pick<PersonalWhy, 'whyRole' | 'whyCompany' | 'whyNow'> | null;
  readonly dayPlan: Pick<DayPlan, 'first30' | 'first60' | 'first90'> | null;
  /** Promises made in any round of the opportunity. */
  readonly promises: readonly ReadinessPromise[];
  /** The thank-you notes of the round in view. */
  readonly thankYouNotes: readonly Pick<ThankYouNote, 'interviewerId' | 'status' | 'dueAt'>[];
  readonly reflection: Pick<
    Reflection,
    'preparationRating' | 'answersRating' | 'bodyLanguageRating' | 'connectionRating'
  > | null;
  readonly followUps: readonly Pick<FollowUp, 'roundId' | 'kind' | 'dueOn' | 'status'>[];
}

export type ReadinessStatus = 'done' | 'partly' | 'not_started';

/** One step of the journey as it stands for this round. */
export interface ReadinessItem {
  readonly id: ReadinessItemKind;
  readonly title: string;
  readonly status: ReadinessStatus;
  /** What exactly is missing, in plain words; empty when done. */
  readonly missing: readonly string[];
  /** 1–5: how much the interview suffers without it. */
  readonly impact: number;
  /** Minutes the rest of it takes. */
  readonly effortMinutes: number;
  /** The step of the journey in DESIGN.md (1–14). */
  readonly step: number;
  /** Where in the web app to do it. */
  readonly link?: string;
}

/** The one thing to do next, and why now. */
export interface NextAction {
  readonly itemId: ReadinessItemKind;
  readonly title: string;
  /** Names the time left and the specific gap. */
  readonly reason: string;
  readonly effortMinutes: number;
  readonly link?: string;
}

export interface Countdown {
  /** The round's start, UTC ISO-8601. */
  readonly until: string;
  /** Elapsed time to the start (or since it, when past), split into whole units. */
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  /** "4 days 3 hours — Fri 27 Nov, 13:30 (Europe/Amsterdam)". */
  readonly text: string;
  readonly past: boolean;
}

/** `before` the round in view, `after` it has started, or `no_round` when none is scheduled. */
export type ReadinessPhase = 'before' | 'after' | 'no_round';

export interface Readiness {
  readonly opportunity: Pick<Opportunity, 'id' | 'company' | 'role' | 'status'>;
  readonly phase: ReadinessPhase;
  readonly round: {
    readonly id: string;
    readonly number: number;
    readonly startsAt: string | null;
    readonly timeZone: string;
  } | null;
  readonly countdown: Countdown | null;
  readonly items: readonly ReadinessItem[];
  readonly nextAction: NextAction | null;
}

/**
 * An item as an assessor builds it, with the single next step that would move it on: what it is,
 * the gap it closes (a clause for the reason), how long it takes and by when.
 */
export interface AssessedItem {
  readonly item: ReadinessItem;
  readonly next?: NextStep;
}

export interface NextStep {
  readonly title: string;
  /** The gap as a clause: "Arjun Mehta, the executive interviewer, has no questions prepared". */
  readonly gap: string;
  readonly effortMinutes: number;
  /** The step's own deadline (UTC ISO-8601) when it differs from the interview's start. */
  readonly dueAt?: string | null;
}
