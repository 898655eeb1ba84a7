/** Chooses the questions the candidate asks each interviewer: their own first, then the bank's. */
import { analyseQuestionToAsk } from './ask-analysis.js';
import { lemmasOf } from './plan-questions.js';
import type { PlanInput, PlanInterviewer, PlannedAsk } from './plan-types.js';

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const lemma of a) if (b.has(lemma)) shared += 1;
  return shared / Math.min(a.size, b.size);
}

/**
 * Per interviewer: the candidate's own questions meant for them, then questions from the bank
 * that suit their audience kind and the stage, leaving out anything asked before and spreading
 * categories; every question is linted by the question analyser.
 */
export function planAsks(input: PlanInput): Map<string, PlannedAsk[]> {
  const limit = input.asksPerInterviewer ?? 4;
  const askedBefore = input.askedBefore.map(lemmasOf);
  const askedEarlier = (text: string) =>
    askedBefore.some((earlier) => overlap(lemmasOf(text), earlier) >= 0.7);
  const taken = new Set<string>();
  const lint = (text: string) =>
    analyseQuestionToAsk(text, { stage: input.stage, roundOneQuestions: input.askedBefore })
      .findings;
  const result = new Map<string, PlannedAsk[]>();

  // Recent news becomes a question for the people who set direction: it shows the research.
  // Executives first, then hiring managers: one news item each, newest first.
  const newsFor = new Map<string, NonNullable<PlanInput['news']>[number]>();
  const directors = [
    ...input.interviewers.filter((interviewer) => interviewer.audienceKind === 'executive'),
    ...input.interviewers.filter((interviewer) => interviewer.audienceKind === 'hiring_manager'),
  ];
  directors.forEach((interviewer, index) => {
    const item = input.news?.[index];
    if (item) newsFor.set(interviewer.id, item);
  });
  const researchAsk = (interviewer: PlanInterviewer): PlannedAsk | undefined => {
    const item = newsFor.get(interviewer.id);
    if (!item) return undefined;
    const headline = item.headline
      .replace(/[.!?]+$/u, '')
      .replace(/^(?:The|A|An)\b/u, (article) => article.toLowerCase());
    const scope =
      interviewer.audienceKind === 'executive' ? "the company's priorities" : "this team's work";
    const text = `I read that ${headline}. How will that shape ${scope} over the next year?`;
    const analysis = analyseQuestionToAsk(text, {
      stage: input.stage,
      roundOneQuestions: input.askedBefore,
    });
    return {
      text,
      category: analysis.category,
      origin: 'research',
      why: item.talkingPoint
        ? `from your company research — your note: ${item.talkingPoint}`
        : 'from your company research: recent news shows you follow the company',
      findings: analysis.findings,
    };
  };

  const forInterviewer = (interviewer: PlanInterviewer): PlannedAsk[] => {
    const asks: PlannedAsk[] = input.myQuestions
      .filter((mine) => mine.targetInterviewerIds.includes(interviewer.id))
      .map((mine) => {
        const analysis = analyseQuestionToAsk(mine.question, {
          stage: input.stage,
          roundOneQuestions: input.askedBefore,
        });
        return {
          text: mine.question,
          category: mine.category ?? analysis.category,
          origin: 'mine' as const,
          why: 'your own question for this interviewer',
          findings: analysis.findings,
        };
      });
    const fromResearch = researchAsk(interviewer);
    if (fromResearch) asks.push(fromResearch);
    const categories = new Set(asks.map((ask) => ask.category));
    const audience = interviewer.audienceKind;
    const suitable = input.askBank.filter(
      (question) =>
        (audience === null || question.audiences.includes(audience)) &&
        (question.when === 'any' || question.when === input.stage) &&
        !taken.has(question.id) &&
        !askedEarlier(question.text),
    );
    // New categories first, then bank order; the bank is curated, its order is its preference.
    const ordered = [
      ...suitable.filter((question) => !categories.has(question.category)),
      ...suitable.filter((question) => categories.has(question.category)),
    ];
    for (const question of ordered) {
      if (asks.length >= limit) break;
      if (
        categories.has(question.category) &&
        ordered.some((other) => !categories.has(other.category) && !taken.has(other.id))
      ) {
        continue;
      }
      taken.add(question.id);
      categories.add(question.category);
      asks.push({
        text: question.text,
        category: question.category,
        origin: 'bank',
        why: question.why,
        findings: lint(question.text),
      });
    }
    return asks;
  };

  for (const interviewer of input.interviewers)
    result.set(interviewer.id, forInterviewer(interviewer));
  return result;
}
