import type { Command } from 'commander';
import { createRecord, listRecords } from '../../app/records.js';
import { resolveRecordId } from '../../app/resolve.js';
import { audienceKinds } from '../../domain/interviewer.js';
import { collect, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

interface AddOptions {
  name: string;
  title?: string;
  department?: string;
  kind?: string;
  email?: string;
  profileUrl?: string;
  priority?: string[];
  round?: string[];
  json?: boolean;
}

export function registerInterviewer(program: Command, runtime: CliRuntime): void {
  const interviewer = program.command('interviewer').description('Add interviewers');

  interviewer
    .command('add')
    .description('Add an interviewer to an opportunity, optionally seated in rounds')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .requiredOption('--name <name>', 'full name')
    .option('--title <title>', 'job title')
    .option('--department <department>', 'department')
    .option('--kind <kind>', `audience kind: ${audienceKinds.join(', ')}`)
    .option('--email <address>', 'email address')
    .option('--profile-url <url>', 'profile page')
    .option('--priority <text>', 'repeatable; what this person cares about', collect)
    .option('--round <round>', 'repeatable; round number or id this person sits in', collect)
    .option('--json', 'print the created interviewer as JSON')
    .action(async (reference: string, options: AddOptions) => {
      const created = await withWorkspace(runtime, (ctx) =>
        ctx.store.transaction(async (store) => {
          const tx = { ...ctx, store };
          const opportunityId = await resolveRecordId(tx, 'opportunity', reference);
          const record = await createRecord(tx, 'interviewer', {
            opportunityId,
            name: options.name,
            title: options.title,
            department: options.department,
            audienceKind: options.kind,
            email: options.email,
            profileUrl: options.profileUrl,
            priorities: options.priority,
          });
          const rounds = await listRecords(tx, 'round', { opportunityId });
          for (const wanted of options.round ?? []) {
            const round =
              rounds.find((candidate) => String(candidate.number) === wanted) ??
              rounds.find((candidate) => candidate.id.startsWith(wanted));
            if (!round) {
              throw new UsageError(
                `--round ${wanted}: this opportunity has no round with that number or id.`,
              );
            }
            await createRecord(tx, 'participation', {
              roundId: round.id,
              interviewerId: record.id,
            });
          }
          return record;
        }),
      );
      if (options.json) return printJson(runtime, created);
      runtime.out(`Added interviewer ${created.id}: ${created.name}`);
    });
}
