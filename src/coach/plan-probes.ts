/**
 * Questions the plan adds beyond the bank: follow-ups on weak round-1 answers, a slot for the
 * points the candidate failed to get across, the interviewer's concerns, and posting gaps.
 */
import type { Competency } from '../domain/question-bank.js';
import { competenciesIn, type Candidate } from './plan-questions.js';
import type { PlanInput, PlanInterviewer } from './plan-types.js';

const quote = (text: string) => `“${text.length > 90 ? `${text.slice(0, 87)}…` : text}”`;

/** Who picks up a thread from an earlier round: the person who started it, else the hiring manager. */
function ownerOf(
  interviewers: readonly PlanInterviewer[],
  askedBy: string | null,
): PlanInterviewer | undefined {
  return (
    interviewers.find((interviewer) => interviewer.id === askedBy) ??
    interviewers.find((interviewer) => interviewer.audienceKind === 'hiring_manager') ??
    interviewers[0]
  );
}

/** Extra questions for each interviewer, by id. */
export function probeQuestions(input: PlanInput): Map<string, Candidate[]> {
  const probes = new Map<string, Candidate[]>(
    input.interviewers.map((interviewer) => [interviewer.id, []]),
  );
  const add = (interviewer: PlanInterviewer | undefined, candidate: Candidate) => {
    if (interviewer) probes.get(interviewer.id)?.push(candidate);
  };
  const competencies: readonly Competency[] = input.competencies;

  input.earlierAnswers.forEach((answer, index) => {
    const weak = answer.selfRating !== null && answer.selfRating <= 3;
    if (!weak && !answer.followUpNeeded) return;
    const owner = ownerOf(input.interviewers, answer.askedBy);
    const asker = input.interviewers.find((interviewer) => interviewer.id === answer.askedBy);
    add(owner, {
      id: `follow-up-${index + 1}`,
      text: `Coming back to ${quote(answer.question)}: can you take us through a concrete example, step by step, and what came of it?`,
      type: 'follow_up',
      origin: 'follow_up',
      score: 9 - (answer.selfRating ?? 3),
      reasons: [
        weak
          ? `you rated your answer ${answer.selfRating}/5 in round ${answer.roundNumber}`
          : `you noted it needs a follow-up after round ${answer.roundNumber}`,
        asker
          ? `${asker.name} asked it and is in this round`
          : 'second rounds often return to weak first-round answers',
      ],
      competencies: competenciesIn(answer.question, competencies),
      listeningFor:
        'A fuller, concrete answer than last time: your own actions and a measured result.',
    });
  });

  input.missedPoints.forEach((missed, index) => {
    add(ownerOf(input.interviewers, missed.interviewerId), {
      id: `missed-point-${index + 1}`,
      text: 'Is there anything you did not get to tell us last time that we should know?',
      type: 'second_round',
      origin: 'missed_point',
      score: 6,
      reasons: [
        `you meant to get across ${quote(missed.point)} and did not; this is the opening for it`,
      ],
      competencies: competenciesIn(missed.point, competencies),
      listeningFor: 'That you reflected on round 1 and bring something new and relevant.',
    });
  });

  for (const interviewer of input.interviewers) {
    interviewer.concerns.forEach((concern, index) => {
      add(interviewer, {
        id: `concern-${interviewer.id}-${index + 1}`,
        text: `One thing we are still unsure about is ${quote(concern)}. How would you address that?`,
        type: 'situational',
        origin: 'concern',
        score: 8,
        reasons: [`${interviewer.name} raised this concern about you`],
        competencies: competenciesIn(concern, competencies),
        listeningFor: 'A calm, specific answer with evidence, not defensiveness.',
      });
    });
  }

  const gaps = input.coverage
    .filter((item) => item.strength === 'none' && item.kind === 'requirement')
    .slice(0, 3);
  const gapOwners = input.interviewers.filter(
    (interviewer) =>
      interviewer.audienceKind === 'hiring_manager' || interviewer.audienceKind === 'technical',
  );
  gaps.forEach((gap, index) => {
    const owner = gapOwners[index % Math.max(1, gapOwners.length)] ?? input.interviewers[0];
    add(owner, {
      id: `posting-gap-${index + 1}`,
      text: `The role asks for ${quote(gap.text.replace(/[.;]$/, ''))}. Tell us about your experience there.`,
      type: 'behavioral',
      origin: 'posting_gap',
      score: 6,
      reasons: ['a requirement in the posting that none of your stories or résumé items covers'],
      competencies: gap.competencies,
      listeningFor: 'Honest, relevant experience — or a credible plan to close the gap quickly.',
    });
  });
  return probes;
}
