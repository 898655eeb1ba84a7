/** The shapes a round plan is made from and made of. */
import type { AudienceKind } from '../domain/interviewer.js';
import type {
  AskBankQuestion,
  BankQuestion,
  Competency,
  QuestionType,
} from '../domain/question-bank.js';
import type { AskCategory } from '../domain/question-to-ask.js';
import type { RoundFormat } from '../domain/round.js';
import type { CoverageItem } from './coverage.js';
import type { Finding } from './finding.js';

export interface PlanInterviewer {
  readonly id: string;
  readonly name: string;
  readonly audienceKind: AudienceKind | null;
  readonly priorities: readonly string[];
  /** Concerns this person voiced about the candidate (participation notes, feedback). */
  readonly concerns: readonly string[];
}

export interface PlanStory {
  readonly id: string;
  readonly title: string;
  readonly tags: readonly string[];
  /** The story's parts joined as prose. */
  readonly text: string;
}

/** A question from an earlier round and how it went. */
export interface EarlierAnswer {
  readonly question: string;
  readonly askedBy: string | null;
  readonly selfRating: number | null;
  readonly followUpNeeded: boolean;
  readonly storyId: string | null;
  readonly roundNumber: number;
}

export interface MissedPoint {
  readonly point: string;
  readonly interviewerId: string | null;
}

export interface MyQuestion {
  readonly id: string;
  readonly question: string;
  readonly category: AskCategory | null;
  readonly targetInterviewerIds: readonly string[];
}

export interface PlanInput {
  readonly roundNumber: number;
  readonly formats: readonly RoundFormat[];
  readonly company: string;
  readonly role: string;
  readonly interviewers: readonly PlanInterviewer[];
  readonly skills: readonly string[];
  readonly responsibilities: readonly string[];
  readonly coverage: readonly CoverageItem[];
  readonly earlierAnswers: readonly EarlierAnswer[];
  readonly missedPoints: readonly MissedPoint[];
  readonly stories: readonly PlanStory[];
  /** The candidate's own questions to ask, not yet asked. */
  readonly myQuestions: readonly MyQuestion[];
  /** Questions the candidate already asked in earlier rounds. */
  readonly askedBefore: readonly string[];
  /** Company news, newest first, to turn into questions that show the research. */
  readonly news?: readonly { readonly headline: string; readonly talkingPoint: string | null }[];
  readonly stage: 'before_offer' | 'after_offer';
  readonly bank: readonly BankQuestion[];
  readonly askBank: readonly AskBankQuestion[];
  readonly competencies: readonly Competency[];
  readonly questionsPerInterviewer?: number;
  readonly asksPerInterviewer?: number;
}

export type QuestionOrigin = 'bank' | 'follow_up' | 'missed_point' | 'concern' | 'posting_gap';

export interface StoryAssignment {
  readonly storyId: string;
  readonly title: string;
  readonly reason: string;
  /** This interviewer already heard this story in an earlier round. */
  readonly toldThemBefore: boolean;
  /** Other interviewers of this round who are planned to hear it too. */
  readonly alsoFor: readonly string[];
}

export interface PlannedQuestion {
  readonly id: string;
  readonly text: string;
  readonly type: QuestionType | 'follow_up';
  readonly origin: QuestionOrigin;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly competencies: readonly string[];
  readonly listeningFor: string;
  readonly story?: StoryAssignment;
  /** When no story fits: what to write. */
  readonly storyAdvice?: string;
}

export interface PlannedAsk {
  readonly text: string;
  readonly category: AskCategory;
  readonly origin: 'mine' | 'research' | 'bank';
  readonly why: string;
  readonly findings: readonly Finding[];
}

export interface InterviewerPlan {
  readonly interviewerId: string;
  readonly name: string;
  readonly audienceKind: AudienceKind | null;
  readonly focus: string;
  /** Concerns this person voiced about the candidate, to be ready for. */
  readonly concerns: readonly string[];
  readonly questions: readonly PlannedQuestion[];
  readonly asks: readonly PlannedAsk[];
}

export interface RoundPlan {
  readonly roundNumber: number;
  readonly interviewers: readonly InterviewerPlan[];
  /** Requirements the evidence does not cover, or covers thinly. */
  readonly gaps: readonly CoverageItem[];
  /** Which story goes to whom in this round. */
  readonly storyUse: readonly {
    readonly storyId: string;
    readonly title: string;
    readonly interviewers: readonly string[];
  }[];
}
