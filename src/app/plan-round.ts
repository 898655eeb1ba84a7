import { assessCoverage, type CoverageItem, type EvidenceText } from '../coach/coverage.js';
import { planRoundFor } from '../coach/plan.js';
import type {
  EarlierAnswer,
  MissedPoint,
  PlanInterviewer,
  RoundPlan,
} from '../coach/plan-types.js';
import { extractPosting, type PostingExtraction } from '../coach/posting-extraction.js';
import { competencies } from '../content/competencies.js';
import { questionBank } from '../content/question-bank/index.js';
import { questionsToAskBank } from '../content/questions-to-ask-bank.js';
import type { Opportunity } from '../domain/opportunity.js';
import type { Story } from '../domain/story.js';
import { readPosting } from '../io/posting-import.js';
import type { AppContext } from './context.js';
import { getRecord, listRecords } from './records.js';

const EMPTY_POSTING: PostingExtraction = {
  requirements: [],
  preferred: [],
  responsibilities: [],
  skills: [],
};

/** The requirements of an opportunity's posting, or none when it has no posting or it cannot be read. */
export function postingOf(opportunity: Opportunity): PostingExtraction {
  const raw = opportunity.postingHtml ?? opportunity.postingText;
  if (!raw || raw.trim() === '') return EMPTY_POSTING;
  try {
    return extractPosting(readPosting(raw));
  } catch {
    return EMPTY_POSTING;
  }
}

export const storyText = (story: Story) =>
  [story.situation, story.task, story.action, story.result, story.reflection]
    .filter((part) => part.trim() !== '')
    .join(' ');

async function evidenceOf(ctx: AppContext): Promise<EvidenceText[]> {
  const stories = await listRecords(ctx, 'story');
  const items = await listRecords(ctx, 'evidenceItem');
  return [
    ...stories.map((story) => ({
      id: story.id,
      kind: 'story' as const,
      title: story.title,
      text: storyText(story),
      tags: story.tags,
    })),
    ...items.map((item) => ({
      id: item.id,
      kind: 'evidence' as const,
      title: [item.title, item.organization].filter(Boolean).join(', '),
      text: [item.summary ?? '', ...item.highlights].join(' '),
      tags: item.skills,
    })),
  ];
}

export interface OpportunityCoverage {
  readonly opportunityId: string;
  readonly posting: PostingExtraction;
  readonly coverage: readonly CoverageItem[];
}

/**
 * How the candidate's stories and résumé cover the opportunity's posting, gaps first.
 * @example const { coverage } = await assessOpportunityCoverage(ctx, opportunityId)
 */
export async function assessOpportunityCoverage(
  ctx: AppContext,
  opportunityId: string,
): Promise<OpportunityCoverage> {
  const opportunity = await getRecord(ctx, 'opportunity', opportunityId);
  const posting = postingOf(opportunity);
  const coverage = assessCoverage(posting, await evidenceOf(ctx), competencies);
  return { opportunityId, posting, coverage };
}

export interface RoundPlanView {
  readonly round: { readonly id: string; readonly number: number };
  readonly opportunity: { readonly id: string; readonly company: string; readonly role: string };
  readonly posting: PostingExtraction;
  readonly plan: RoundPlan;
}

/**
 * Plans a round from everything the workspace knows: the posting and how the evidence covers it,
 * who sits in the round, how earlier rounds went (weak answers, missed points, concerns, stories
 * told), the story bank and the candidate's own questions to ask.
 * @example const { plan } = await planRound(ctx, roundId)
 */
export async function planRound(ctx: AppContext, roundId: string): Promise<RoundPlanView> {
  const round = await getRecord(ctx, 'round', roundId);
  const opportunity = await getRecord(ctx, 'opportunity', round.opportunityId);
  const number = round.number ?? 1;
  const rounds = await listRecords(ctx, 'round', { opportunityId: opportunity.id });
  const earlier = rounds.filter((other) => (other.number ?? 0) < number);
  const numberOf = new Map(rounds.map((other) => [other.id, other.number ?? 0]));

  const seats = await listRecords(ctx, 'participation', { roundId });
  const people = new Map(
    (await listRecords(ctx, 'interviewer', { opportunityId: opportunity.id })).map((person) => [
      person.id,
      person,
    ]),
  );
  const earlierAnswers: EarlierAnswer[] = [];
  const missedPoints: MissedPoint[] = [];
  const concerns = new Map<string, string[]>();
  for (const past of earlier) {
    for (const item of await listRecords(ctx, 'debriefItem', { roundId: past.id })) {
      earlierAnswers.push({
        question: item.question,
        askedBy: item.askedByInterviewerId,
        selfRating: item.selfRating,
        followUpNeeded: item.followUpNeeded,
        storyId: item.storyId,
        roundNumber: past.number ?? 0,
      });
    }
    for (const point of await listRecords(ctx, 'missedPoint', { roundId: past.id })) {
      if (!point.addressed)
        missedPoints.push({ point: point.point, interviewerId: point.interviewerId });
    }
    for (const feedback of await listRecords(ctx, 'feedback', { roundId: past.id })) {
      if (feedback.tone === 'concern' && feedback.fromInterviewerId) {
        concerns.set(feedback.fromInterviewerId, [
          ...(concerns.get(feedback.fromInterviewerId) ?? []),
          feedback.feedback,
        ]);
      }
    }
    for (const seat of await listRecords(ctx, 'participation', { roundId: past.id })) {
      concerns.set(seat.interviewerId, [
        ...(concerns.get(seat.interviewerId) ?? []),
        ...seat.concerns,
      ]);
    }
  }
  const interviewers: PlanInterviewer[] = seats.flatMap((seat) => {
    const person = people.get(seat.interviewerId);
    if (!person) return [];
    return [
      {
        id: person.id,
        name: person.name,
        audienceKind: person.audienceKind,
        priorities: person.priorities,
        concerns: [...new Set([...(concerns.get(person.id) ?? []), ...seat.concerns])],
      },
    ];
  });

  const evidence = await evidenceOf(ctx);
  const posting = postingOf(opportunity);
  const coverage = assessCoverage(posting, evidence, competencies);
  const stories = (await listRecords(ctx, 'story')).map((story) => ({
    id: story.id,
    title: story.title,
    tags: story.tags,
    text: storyText(story),
  }));
  const questionsToAsk = await listRecords(ctx, 'questionToAsk', { opportunityId: opportunity.id });
  const askedEarlier = (question: (typeof questionsToAsk)[number]) =>
    question.askedInRoundId !== null &&
    (numberOf.get(question.askedInRoundId) ?? Infinity) < number;

  const news = (await listRecords(ctx, 'newsItem', { opportunityId: opportunity.id }))
    .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''))
    .map((item) => ({ headline: item.headline, talkingPoint: item.talkingPoint }));
  const plan = planRoundFor({
    news,
    roundNumber: number,
    formats: round.formats,
    company: opportunity.company,
    role: opportunity.role,
    interviewers,
    skills: posting.skills,
    responsibilities: posting.responsibilities,
    coverage,
    earlierAnswers,
    missedPoints,
    stories,
    myQuestions: questionsToAsk
      .filter((question) => question.askedInRoundId === null)
      .map((question) => ({
        id: question.id,
        question: question.question,
        category: question.category,
        targetInterviewerIds: question.targetInterviewerIds,
      })),
    askedBefore: questionsToAsk.filter(askedEarlier).map((question) => question.question),
    stage:
      opportunity.status === 'offer' || opportunity.status === 'accepted'
        ? 'after_offer'
        : 'before_offer',
    bank: questionBank,
    askBank: questionsToAskBank,
    competencies,
  });
  return {
    round: { id: round.id, number },
    opportunity: { id: opportunity.id, company: opportunity.company, role: opportunity.role },
    posting,
    plan,
  };
}
