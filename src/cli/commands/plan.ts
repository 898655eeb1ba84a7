import type { Command } from 'commander';
import { resolveRecordId } from '../../app/resolve.js';
import { listRecords } from '../../app/records.js';
import { formatPlan } from '../plan-report.js';
import { parseInteger, printJson, UsageError, withWorkspace, type CliRuntime } from '../output.js';

export function registerPlan(program: Command, runtime: CliRuntime): void {
  program
    .command('plan')
    .description(
      'Plan a round: likely questions per interviewer with a story each, and questions to ask them',
    )
    .argument('<opportunity>', 'opportunity id (or the start of it)')
    .option('--round <n>', 'round number (default: the next scheduled round, else the last)')
    .option('--json', 'print the plan as JSON')
    .action(async (reference: string, options: { round?: string; json?: boolean }) => {
      const wanted = parseInteger('round', options.round);
      // Loaded here, not at start-up: planning loads the language model.
      const { planRound } = await import('../../app/plan-round.js');
      const view = await withWorkspace(runtime, async (ctx) => {
        const opportunityId = await resolveRecordId(ctx, 'opportunity', reference);
        const rounds = await listRecords(ctx, 'round', { opportunityId });
        if (rounds.length === 0) {
          throw new UsageError(
            'this opportunity has no rounds yet; add one with `roundtwo round add`.',
          );
        }
        const byNumber = [...rounds].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
        const round =
          wanted !== undefined
            ? byNumber.find((candidate) => candidate.number === wanted)
            : (byNumber.find((candidate) => candidate.status === 'scheduled') ?? byNumber.at(-1));
        if (!round)
          throw new UsageError(
            `--round ${wanted}: this opportunity has no round with that number.`,
          );
        return planRound(ctx, round.id);
      });
      if (options.json) printJson(runtime, view);
      else runtime.out(formatPlan(view));
    });
}
