import type { Command } from 'commander';
import { createRecord, getRecord, listRecords } from '../../app/records.js';
import { resolveRecordId } from '../../app/resolve.js';
import { parseInteger, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

interface AddOptions {
  question: string;
  askedBy?: string;
  answer?: string;
  rating?: string;
  followUp?: boolean;
  story?: string;
  json?: boolean;
}

export function registerDebrief(program: Command, runtime: CliRuntime): void {
  const debrief = program.command('debrief').description('Record how a round went');

  debrief
    .command('add')
    .description('Add a question you were asked in a round, how you answered and how it went')
    .argument('<round>', 'round id (or the start of it)')
    .requiredOption('--question <text>', 'the question you were asked')
    .option('--asked-by <interviewer>', 'interviewer id (or the start of it) who asked it')
    .option('--answer <text>', 'your answer, in brief')
    .option('--rating <1-5>', 'how well you think you answered, 1 (poorly) to 5 (very well)')
    .option('--follow-up', 'mark it as needing a follow-up')
    .option('--story <story>', 'story id (or the start of it) you told')
    .option('--json', 'print the created item as JSON')
    .action(async (reference: string, options: AddOptions) => {
      const rating = parseInteger('rating', options.rating);
      const item = await withWorkspace(runtime, (ctx) =>
        ctx.store.transaction(async (store) => {
          const tx = { ...ctx, store };
          const roundId = await resolveRecordId(tx, 'round', reference);
          const round = await getRecord(tx, 'round', roundId);
          let askedByInterviewerId: string | undefined;
          if (options.askedBy) {
            const people = await listRecords(tx, 'interviewer', {
              opportunityId: round.opportunityId,
            });
            const person = people.find((candidate) =>
              candidate.id.startsWith(options.askedBy ?? ''),
            );
            if (!person)
              throw new UsageError(
                `--asked-by ${options.askedBy}: no interviewer of this opportunity has that id.`,
              );
            askedByInterviewerId = person.id;
          }
          return createRecord(tx, 'debriefItem', {
            roundId,
            question: options.question,
            answerSummary: options.answer,
            selfRating: rating,
            followUpNeeded: options.followUp ?? false,
            askedByInterviewerId,
            storyId: options.story ? await resolveRecordId(tx, 'story', options.story) : undefined,
          });
        }),
      );
      if (options.json) return printJson(runtime, item);
      runtime.out(
        `Added to the debrief of the round: ${item.question}${item.selfRating ? ` (${item.selfRating}/5)` : ''}`,
      );
    });
}
