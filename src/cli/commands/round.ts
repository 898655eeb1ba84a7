import type { Command } from 'commander';
import { createRecord } from '../../app/records.js';
import { resolveRecordId } from '../../app/resolve.js';
import { formatInZone, instantFromLocal } from '../../domain/local-time.js';
import { roundFormats } from '../../domain/round.js';
import { collect, parseInteger, printJson, withWorkspace, type CliRuntime } from '../output.js';

interface AddOptions {
  number?: string;
  at?: string;
  tz?: string;
  duration?: string;
  format?: string[];
  location?: string;
  videoLink?: string;
  decisionBy?: string;
  interviewer?: string[];
  json?: boolean;
}

const systemTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function registerRound(program: Command, runtime: CliRuntime): void {
  const round = program.command('round').description('Add interview rounds');

  round
    .command('add')
    .description('Add a round to an opportunity (numbered next when --number is absent)')
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--number <n>', 'round number, e.g. 2')
    .option('--at <date time>', 'start as local date and time, e.g. "2026-11-25 14:00"')
    .option('--tz <zone>', "IANA time zone of --at (default: this computer's zone)")
    .option('--duration <minutes>', 'length in minutes')
    .option('--format <format>', `repeatable; one of ${roundFormats.join(', ')}`, collect)
    .option('--location <place>', 'address or room')
    .option('--video-link <url>', 'video call link')
    .option('--decision-by <date>', 'expected decision date, YYYY-MM-DD')
    .option(
      '--interviewer <id>',
      'repeatable; interviewer id (or the start of it) who sits in this round',
      collect,
    )
    .option('--json', 'print the created round as JSON')
    .action(async (reference: string, options: AddOptions) => {
      const timeZone = options.tz ?? systemTimeZone();
      const created = await withWorkspace(runtime, (ctx) =>
        ctx.store.transaction(async (store) => {
          const tx = { ...ctx, store };
          const opportunityId = await resolveRecordId(tx, 'opportunity', reference);
          const record = await createRecord(tx, 'round', {
            opportunityId,
            number: parseInteger('number', options.number),
            startsAt: options.at ? instantFromLocal(options.at, timeZone) : undefined,
            timeZone,
            durationMinutes: parseInteger('duration', options.duration),
            formats: options.format,
            location: options.location,
            videoLink: options.videoLink,
            expectedDecisionOn: options.decisionBy,
          });
          for (const interviewer of options.interviewer ?? []) {
            const interviewerId = await resolveRecordId(tx, 'interviewer', interviewer);
            await createRecord(tx, 'participation', { roundId: record.id, interviewerId });
          }
          return record;
        }),
      );
      if (options.json) return printJson(runtime, created);
      const when = created.startsAt
        ? formatInZone(created.startsAt, created.timeZone)
        : 'not scheduled yet';
      runtime.out(`Added round ${created.number} (${created.id}): ${when}`);
    });
}
