import type { DebriefItem, Feedback, MissedPoint } from '../../domain/debrief.js';
import type { Interviewer, Participation } from '../../domain/interviewer.js';
import type { Opportunity } from '../../domain/opportunity.js';
import type { Round } from '../../domain/round.js';
import type { Story } from '../../domain/story.js';
import { api } from '../api.js';
import type { Choice } from '../components/fields.js';

/** Everything the debrief page of one round shows and edits. */
export interface Debrief {
  readonly round: Round;
  readonly opportunity: Opportunity;
  /** Everyone the candidate meets for this opportunity, this round's people first. */
  readonly interviewers: readonly Interviewer[];
  /** Who sat in this round, with the topics and concerns noted for each. */
  readonly participations: readonly Participation[];
  readonly items: readonly DebriefItem[];
  readonly missedPoints: readonly MissedPoint[];
  readonly feedback: readonly Feedback[];
  readonly stories: readonly Story[];
}

export async function loadDebrief(roundId: string): Promise<Debrief> {
  const round = await api.get('round', roundId);
  const [opportunity, interviewers, participations, items, missedPoints, feedback, stories] =
    await Promise.all([
      api.get('opportunity', round.opportunityId),
      api.list('interviewer', { opportunityId: round.opportunityId }),
      api.list('participation', { roundId }),
      api.list('debriefItem', { roundId }),
      api.list('missedPoint', { roundId }),
      api.list('feedback', { roundId }),
      api.list('story'),
    ]);
  const seated = new Set(participations.map((participation) => participation.interviewerId));
  const inRoundFirst = [...interviewers].sort(
    (a, b) => Number(seated.has(b.id)) - Number(seated.has(a.id)),
  );
  return {
    round,
    opportunity,
    interviewers: inRoundFirst,
    participations,
    items,
    missedPoints,
    feedback,
    stories,
  };
}

/** An interviewer's name by id, or `null` when the record names nobody (or someone deleted). */
export function nameOf(debrief: Debrief, interviewerId: string | null): string | null {
  if (!interviewerId) return null;
  return debrief.interviewers.find((person) => person.id === interviewerId)?.name ?? null;
}

/** A select's choices of who said or asked something, with "not sure" first. */
export function interviewerChoices(debrief: Debrief, none: string): Choice<string>[] {
  return [
    { value: '', label: none },
    ...debrief.interviewers.map((person) => ({ value: person.id, label: person.name })),
  ];
}

/** The value of an interviewer or story select as a reference: `''` means none. */
export const referenceOf = (value: string): string | null => (value === '' ? null : value);
