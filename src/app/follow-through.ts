/** After the interview: thank-you drafts with deadlines, sending them, calendar and contact files. */
import type { Finding } from '../coach/finding.js';
import { analyseThankYouNote, type NoteFindingKind } from '../coach/note-analysis.js';
import { isOverdue, thankYouDueAt } from '../coach/thank-you-deadline.js';
import { draftThankYou, type FitPoint } from '../coach/thank-you-draft.js';
import type { ThankYouNote } from '../domain/thank-you-note.js';
import { loadSpellChecker } from '../io/spelling.js';
import type { AppContext } from './context.js';
import { ValidationError } from './errors.js';
import { interviewEndOf, interviewersOf } from './follow-through-files.js';
import { assessOpportunityCoverage } from './plan-round.js';
import { createRecord, getRecord, listRecords, updateRecord } from './records.js';

/** A thank-you note with what the coach finds in it and whether it is past its deadline. */
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
  readonly findings: readonly Finding<NoteFindingKind>[];
}

export interface RoundThankYouNotes {
  readonly round: { readonly id: string; readonly number: number; readonly timeZone: string };
  readonly opportunity: { readonly id: string; readonly company: string; readonly role: string };
  /** When the interview ended (start plus duration), if the round has a start. */
  readonly interviewEndedAt: string | null;
  /** How many drafts this call made. */
  readonly drafted: number;
  readonly notes: readonly ThankYouNoteView[];
}

/**
 * Drafts a thank-you note for each interviewer of the round who has none yet — from what was
 * discussed with them, their concerns, the promises made to them, the role and the candidate's
 * strongest fit — due by the deadline rule in the round's zone. Returns every note of the round
 * with the coach's findings (spelling included) and whether it is overdue.
 * @example const { notes } = await draftThankYouNotes(ctx, roundId)
 */
export async function draftThankYouNotes(
  ctx: AppContext,
  roundId: string,
): Promise<RoundThankYouNotes> {
  const round = await getRecord(ctx, 'round', roundId);
  const opportunity = await getRecord(ctx, 'opportunity', round.opportunityId);
  const seats = await listRecords(ctx, 'participation', { roundId });
  const people = await interviewersOf(ctx, round.opportunityId);
  const promises = (await listRecords(ctx, 'promise', { roundId })).filter((entry) => !entry.kept);
  const endedAt = interviewEndOf(round);
  const deadline = endedAt ? thankYouDueAt(endedAt, round.timeZone) : undefined;
  const existing = new Set(
    (await listRecords(ctx, 'thankYouNote', { roundId })).map((note) => note.interviewerId),
  );
  const missing = seats.filter((seat) => !existing.has(seat.interviewerId));

  const fit = missing.length > 0 ? await fitOf(ctx, opportunity.id) : [];
  await ctx.store.transaction(async (store) => {
    const tx = { ...ctx, store };
    for (const seat of missing) {
      const person = people.get(seat.interviewerId);
      if (!person) continue;
      const draft = draftThankYou({
        interviewer: person,
        role: opportunity.role,
        company: opportunity.company,
        topicsDiscussed: seat.topicsDiscussed,
        concerns: seat.concerns,
        promises: promises.filter((entry) => entry.toInterviewerId === person.id),
        fit,
      });
      await createRecord(tx, 'thankYouNote', {
        roundId,
        interviewerId: person.id,
        ...draft,
        dueAt: deadline?.dueAt ?? null,
        status: 'draft',
      });
    }
  });

  const notes = await listRecords(ctx, 'thankYouNote', { roundId });
  const isCorrectlySpelled = await loadSpellChecker();
  const knownWords = [
    opportunity.company,
    opportunity.role,
    ...[...people.values()].map((p) => p.name),
  ]
    .join(' ')
    .split(/[\s,;/()]+/)
    .filter(Boolean);
  const now = ctx.clock.now();
  const views = notes.map((note): ThankYouNoteView => {
    const person = people.get(note.interviewerId);
    const seat = seats.find((candidate) => candidate.interviewerId === note.interviewerId);
    const conversation = [
      ...(seat?.topicsDiscussed ?? []),
      ...(seat?.concerns ?? []),
      ...promises
        .filter((entry) => entry.toInterviewerId === note.interviewerId)
        .map((e) => e.promise),
      seat?.notes ?? '',
    ].join('\n');
    const analysis = analyseThankYouNote(note.body, {
      ...(person ? { interviewerName: person.name } : {}),
      ...(conversation.trim() ? { conversationNotes: conversation } : {}),
      otherNotes: notes.filter((other) => other.id !== note.id).map((other) => other.body),
      // Lateness is judged against the note's own deadline (the weekend rule may move it).
      ...(endedAt ? { interviewEndedAt: endedAt } : {}),
      ...(note.sentAt ? { sentAt: note.sentAt } : {}),
      ...(note.dueAt ? { dueAt: note.dueAt } : {}),
      knownWords,
      isCorrectlySpelled,
    });
    return {
      note,
      interviewer: {
        id: note.interviewerId,
        name: person?.name ?? '',
        email: person?.email ?? null,
      },
      overdue: isOverdue(note.dueAt, now, note.status),
      dueReason: note.dueAt && note.dueAt === deadline?.dueAt ? deadline.reason : null,
      words: analysis.words,
      findings: analysis.findings,
    };
  });
  return {
    round: { id: round.id, number: round.number ?? 1, timeZone: round.timeZone },
    opportunity: { id: opportunity.id, company: opportunity.company, role: opportunity.role },
    interviewEndedAt: endedAt,
    drafted: missing.length,
    notes: views,
  };
}

/**
 * Records that a note was sent, at `sentAt` (an instant; now by default). A time in the future is
 * refused.
 * @example await markThankYouSent(ctx, noteId)
 */
export async function markThankYouSent(
  ctx: AppContext,
  noteId: string,
  sentAt?: string,
): Promise<ThankYouNote> {
  const now = ctx.clock.now();
  if (sentAt !== undefined && Date.parse(sentAt) > now.getTime()) {
    throw new ValidationError('A note cannot have been sent in the future.', [
      { field: 'sentAt', message: 'must not be later than now' },
    ]);
  }
  return updateRecord(ctx, 'thankYouNote', noteId, {
    status: 'sent',
    sentAt: sentAt ?? now.toISOString(),
  });
}

/** Up to two requirements the candidate's evidence covers strongly, each with its best evidence. */
async function fitOf(ctx: AppContext, opportunityId: string): Promise<FitPoint[]> {
  const { coverage } = await assessOpportunityCoverage(ctx, opportunityId);
  const fit: FitPoint[] = [];
  // Requirements before nice-to-haves; responsibilities read as duties, not as what I bring.
  const ranked = [...coverage].sort(
    (a, b) => Number(a.kind !== 'requirement') - Number(b.kind !== 'requirement'),
  );
  for (const item of ranked) {
    const best = item.matches[0];
    if (item.strength !== 'strong' || item.kind === 'responsibility' || !best) continue;
    if (fit.some((point) => point.evidence === best.title)) continue;
    fit.push({ need: item.text, evidence: best.title });
    if (fit.length === 2) break;
  }
  return fit;
}
