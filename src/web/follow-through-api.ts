import type { Finding } from '../coach/finding.js';
import type { NoteFindingKind } from '../coach/note-analysis.js';
import type { Readiness } from '../coach/readiness-types.js';
import type { Brief } from '../domain/brief.js';
import type { ThankYouNote } from '../domain/thank-you-note.js';
import { request } from './api.js';

/** A thank-you note as `POST /rounds/{id}/thank-you-notes/draft` returns it. */
export interface ThankYouNoteView {
  readonly note: ThankYouNote;
  readonly interviewer: {
    readonly id: string;
    readonly name: string;
    readonly email: string | null;
  };
  readonly overdue: boolean;
  /** Why the note is due when it is, in the round's time zone. */
  readonly dueReason: string | null;
  readonly words: number;
  /** What the coach finds in it, spelling included (which the browser cannot check). */
  readonly findings: readonly Finding<NoteFindingKind>[];
}

export interface RoundThankYouNotes {
  readonly round: { readonly id: string; readonly number: number; readonly timeZone: string };
  readonly interviewEndedAt: string | null;
  /** How many drafts this call made. */
  readonly drafted: number;
  readonly notes: readonly ThankYouNoteView[];
}

const enc = encodeURIComponent;
const query = (values: Record<string, string | number | undefined>) => {
  const pairs = Object.entries(values).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return pairs.length === 0 ? '' : `?${new URLSearchParams(pairs.map(([k, v]) => [k, String(v)]))}`;
};

/** Readiness, the day-of brief, thank-you notes and the calendar and contact files. */
export const followThroughApi = {
  /** The checklist, countdown and next action for a round (the next scheduled one by default). */
  readiness(opportunityId: string, roundId?: string): Promise<Readiness> {
    return request('GET', `/opportunities/${enc(opportunityId)}/readiness${query({ roundId })}`);
  },
  /** The day-of brief of a round, by its number (the next scheduled round by default). */
  brief(opportunityId: string, roundNumber?: number): Promise<Brief> {
    return request(
      'GET',
      `/opportunities/${enc(opportunityId)}/brief${query({ round: roundNumber })}`,
    );
  },
  /** Drafts a note to each interviewer of the round who has none; returns every note of it. */
  draftThankYouNotes(roundId: string): Promise<RoundThankYouNotes> {
    return request('POST', `/rounds/${enc(roundId)}/thank-you-notes/draft`);
  },
  /** Records that the note was sent now. */
  markNoteSent(noteId: string): Promise<ThankYouNote> {
    return request('POST', `/thank-you-notes/${enc(noteId)}/sent`, {});
  },
  /** A `mailto:` link for the note, or null when it is too long for one. */
  mailto(noteId: string): Promise<{ readonly mailto: string | null }> {
    return request('GET', `/thank-you-notes/${enc(noteId)}/mailto`);
  },
};

/** Where each file is downloaded from, under `/api/v1`. */
export const filePaths = {
  brief: (opportunityId: string, format: 'pdf' | 'md', roundNumber?: number) =>
    `/opportunities/${enc(opportunityId)}/brief.${format}${query({ round: roundNumber })}`,
  email: (noteId: string) => `/thank-you-notes/${enc(noteId)}/eml`,
  calendar: (roundId: string) => `/rounds/${enc(roundId)}/calendar.ics`,
  contact: (interviewerId: string) => `/interviewers/${enc(interviewerId)}/contact.vcf`,
};
