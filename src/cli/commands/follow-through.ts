import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { RoundThankYouNotes } from '../../app/follow-through.js';
import { resolveRecordId } from '../../app/resolve.js';
import { formatInZone } from '../../domain/local-time.js';
import { parseInteger, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

// The use cases load the language model, spelling dictionary and mail composer: load them when a
// command runs, not at start-up.
const notesModule = () => import('../../app/follow-through.js');
const filesModule = () => import('../../app/follow-through-files.js');

function writeOut(runtime: CliRuntime, file: string | undefined, content: string): void {
  if (!file) {
    runtime.write(content);
    return;
  }
  try {
    writeFileSync(file, content);
  } catch (error) {
    throw new UsageError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

/**
 * `roundtwo thanks` (drafts and lists a round's thank-you notes), `thanks sent`, `thanks eml`,
 * `roundtwo calendar` (.ics of a round) and `roundtwo contact` (.vcf of an interviewer).
 */
export function registerFollowThrough(program: Command, runtime: CliRuntime): void {
  const thanks = program
    .command('thanks')
    .description(
      'Thank-you notes for a round: drafts the missing ones, lists each with its deadline and findings',
    )
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--round <n>', 'round number (default: the last round that has taken place)')
    .option('--json', 'print the notes as JSON')
    .action(async (reference: string, options: { round?: string; json?: boolean }) => {
      const number = parseInteger('round', options.round);
      const { draftThankYouNotes } = await notesModule();
      const { roundOfOpportunity } = await filesModule();
      const view = await withWorkspace(runtime, async (ctx) => {
        const opportunityId = await resolveRecordId(ctx, 'opportunity', reference);
        const round = await roundOfOpportunity(ctx, opportunityId, {
          moment: 'after',
          ...(number === undefined ? {} : { number }),
        });
        return draftThankYouNotes(ctx, round.id);
      });
      if (options.json) printJson(runtime, view);
      else runtime.out(formatNotes(view));
    });

  thanks
    .command('sent')
    .description('Mark a thank-you note as sent (now, or at --at)')
    .argument('<note>', 'note id (or the start of it)')
    .option('--at <instant>', 'when it was sent, ISO 8601 with an offset, e.g. 2026-11-30T08:30Z')
    .option('--json', 'print the note as JSON')
    .action(async (reference: string, options: { at?: string; json?: boolean }) => {
      if (options.at !== undefined && !/(?:Z|[+-]\d\d:?\d\d)$/i.test(options.at.trim())) {
        throw new UsageError(`--at must be an ISO 8601 time with an offset, not "${options.at}".`);
      }
      const { markThankYouSent } = await notesModule();
      const note = await withWorkspace(runtime, async (ctx) => {
        const id = await resolveRecordId(ctx, 'thankYouNote', reference);
        return markThankYouSent(ctx, id, options.at?.trim());
      });
      if (options.json) printJson(runtime, note);
      else runtime.out(`Marked note ${note.id} as sent at ${note.sentAt ?? ''}.`);
    });

  thanks
    .command('eml')
    .description(
      'Export a thank-you note as an .eml draft (to stdout, or -o FILE) and a mailto: link',
    )
    .argument('<note>', 'note id (or the start of it)')
    .option('-o, --output <file>', 'file to write, e.g. thanks.eml')
    .action(async (reference: string, options: { output?: string }) => {
      const { thankYouEmail } = await filesModule();
      const email = await withWorkspace(runtime, async (ctx) =>
        thankYouEmail(ctx, await resolveRecordId(ctx, 'thankYouNote', reference)),
      );
      writeOut(runtime, options.output, email.content);
      if (!options.output) return;
      runtime.err(`Wrote ${options.output}; open it in your mail program to review and send.`);
      runtime.err(
        email.mailto
          ? `Or open this link: ${email.mailto}`
          : 'The note is too long for a mailto: link; use the .eml file.',
      );
    });

  program
    .command('calendar')
    .description('Write a round as an .ics calendar file with reminders and the thank-you to-do')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--round <n>', 'round number (default: the next scheduled round, else the last)')
    .option('-o, --output <file>', 'file to write, e.g. round-2.ics (default: stdout)')
    .action(async (reference: string, options: { round?: string; output?: string }) => {
      const number = parseInteger('round', options.round);
      const { roundCalendarFile, roundOfOpportunity } = await filesModule();
      const file = await withWorkspace(runtime, async (ctx) => {
        const opportunityId = await resolveRecordId(ctx, 'opportunity', reference);
        const round = await roundOfOpportunity(ctx, opportunityId, {
          moment: 'before',
          ...(number === undefined ? {} : { number }),
        });
        return roundCalendarFile(ctx, round.id);
      });
      writeOut(runtime, options.output, file.content);
      if (options.output) runtime.err(`Wrote ${options.output}.`);
    });

  program
    .command('contact')
    .description('Write an interviewer as a vCard 4.0 contact file')
    .argument('<interviewer>', 'interviewer id (or the start of it)')
    .option('-o, --output <file>', 'file to write, e.g. femke.vcf (default: stdout)')
    .action(async (reference: string, options: { output?: string }) => {
      const { interviewerVcard } = await filesModule();
      const file = await withWorkspace(runtime, async (ctx) =>
        interviewerVcard(ctx, await resolveRecordId(ctx, 'interviewer', reference)),
      );
      writeOut(runtime, options.output, file.content);
      if (options.output) runtime.err(`Wrote ${options.output}.`);
    });
}

/** The notes as text: who, status and deadline in the round's zone, findings, then the note. */
function formatNotes(view: RoundThankYouNotes): string {
  const { round, opportunity } = view;
  const lines = [
    `Thank-you notes — round ${round.number}, ${opportunity.role} at ${opportunity.company}`,
  ];
  if (view.interviewEndedAt) {
    lines.push(`Interview ended ${formatInZone(view.interviewEndedAt, round.timeZone)}.`);
  }
  if (view.drafted > 0) {
    lines.push(`Drafted ${view.drafted} new ${view.drafted === 1 ? 'note' : 'notes'}.`);
  }
  if (view.notes.length === 0) {
    lines.push('', 'No interviewers are recorded for this round; add them to draft notes.');
  }
  for (const entry of view.notes) {
    const { note, interviewer } = entry;
    const due = note.dueAt ? `due ${formatInZone(note.dueAt, round.timeZone)}` : 'no deadline';
    const state =
      note.status === 'sent' && note.sentAt
        ? `sent ${formatInZone(note.sentAt, round.timeZone)}`
        : `${note.status}, ${due}`;
    lines.push('', `${interviewer.name}${entry.overdue ? ' — OVERDUE' : ''} (${state})`);
    lines.push(`  note id: ${note.id}`);
    if (entry.dueReason && note.status !== 'sent') lines.push(`  why then: ${entry.dueReason}`);
    if (entry.findings.length === 0) lines.push('  findings: none');
    for (const finding of entry.findings) {
      lines.push(`  ${finding.severity === 'problem' ? '!!' : '!'} ${finding.message}`);
      lines.push(`     ${finding.advice}`);
    }
    lines.push(`  Subject: ${note.subject}`, '');
    lines.push(...note.body.split('\n').map((line) => (line ? `    ${line}` : '')));
  }
  return lines.join('\n');
}
