import type { Interviewer } from '../../domain/interviewer.js';
import type { Round } from '../../domain/round.js';
import type { Cockpit } from '../cockpit/cockpit-data.js';

/**
 * What the coach compares a note with: what was discussed with this interviewer, and the notes
 * to the others in the round (a note should not be theirs with the name swapped).
 */
export function noteContextOf(cockpit: Cockpit, round: Round, interviewer: Interviewer) {
  const participation = cockpit.participations.find(
    (p) => p.roundId === round.id && p.interviewerId === interviewer.id,
  );
  const conversationNotes = [...(participation?.topicsDiscussed ?? []), participation?.notes ?? '']
    .filter((line) => line.trim() !== '')
    .join('\n');
  const otherNotes = cockpit.thankYouNotes
    .filter((note) => note.roundId === round.id && note.interviewerId !== interviewer.id)
    .map((note) => note.body)
    .filter((body) => body.trim() !== '');
  return {
    interviewerName: interviewer.name,
    ...(conversationNotes === '' ? {} : { conversationNotes }),
    otherNotes,
  };
}
