import type { Command } from 'commander';
import { listRecords } from '../../app/records.js';
import { resolveRecordId } from '../../app/resolve.js';
import { parseInteger, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';
import { formatReadiness, formatReadinessList } from '../readiness-report.js';

/**
 * `roundtwo status [<opportunity>] [--round N] [--json]`: without an opportunity, a line per
 * opportunity in play (countdown and next action); with one, the readiness checklist with what is
 * missing, then the one next action and why.
 */
export function registerStatus(program: Command, runtime: CliRuntime): void {
  program
    .command('status')
    .description(
      'Readiness: countdown, checklist and the one next action (every opportunity in play when none is named)',
    )
    .argument('[opportunity]', 'opportunity id (or the start of it)')
    .option('--round <n>', 'round number (default: the next scheduled round)')
    .option('--json', 'print readiness as JSON')
    .action(async (reference: string | undefined, options: { round?: string; json?: boolean }) => {
      const number = parseInteger('round', options.round);
      if (number !== undefined && reference === undefined) {
        throw new UsageError(
          '--round needs an opportunity: roundtwo status <opportunity> --round N',
        );
      }
      // Loaded here, not at start-up: readiness plans the round, which loads the language model.
      const { listReadiness, readinessOf } = await import('../../app/readiness.js');
      if (reference === undefined) {
        const all = await withWorkspace(runtime, (ctx) => listReadiness(ctx));
        if (options.json) printJson(runtime, all);
        else runtime.out(formatReadinessList(all));
        return;
      }
      const readiness = await withWorkspace(runtime, async (ctx) => {
        const opportunityId = await resolveRecordId(ctx, 'opportunity', reference);
        if (number === undefined) return readinessOf(ctx, opportunityId);
        const rounds = await listRecords(ctx, 'round', { opportunityId });
        const round = rounds.find((candidate) => candidate.number === number);
        if (!round) {
          throw new UsageError(
            `--round ${number}: this opportunity has no round with that number.`,
          );
        }
        return readinessOf(ctx, opportunityId, { roundId: round.id });
      });
      if (options.json) printJson(runtime, readiness);
      else runtime.out(formatReadiness(readiness));
    });
}
